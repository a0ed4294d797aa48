package boilerplate

import (
	"encoding/binary"
	"sync"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/textnorm"
)

// latin1Fold folds the letters U+00C0–U+00FF (two-byte UTF-8 sequences
// starting with 0xC3) to lower-case ASCII without accents; 0 means "no
// single-letter folding".
var latin1Fold = func() (t [64]byte) {
	const src = "aaaaaaaceeeeiiiidnooooo\x00ouuuuyts" + "aaaaaaaceeeeiiiidnooooo\x00ouuuuyty"
	copy(t[:], src)
	t[0x1e] = 0 // Þ, ß, þ: leave to textnorm
	t[0x1f] = 0
	t[0x3e] = 0
	t[0x06] = 0 // æ/Æ fold to two letters: leave to textnorm
	t[0x26] = 0
	return t
}()

// keyer folds words for the lookups of this package without allocating for
// the common cases: ASCII words and Latin-1 accented letters.
type keyer struct{ buf [48]byte }

// foldRunes is the folded spelling of the runes below U+0250 and of the
// punctuation block U+2000–U+21FF, as [textnorm.Key] folds them.
var foldRunes = sync.OnceValue(func() *[2][0x250]string {
	var t [2][0x250]string
	for r := rune(0x80); r < 0x250; r++ {
		t[0][r] = textnorm.Key(string(r))
	}
	for r := rune(0x2000); r < 0x2200; r++ {
		t[1][r-0x2000] = textnorm.Key(string(r))
	}
	return &t
})

// key returns the folded form of w (as [textnorm.Key] does) in a buffer
// that the next call overwrites, or in a fresh slice for rare characters.
// Map lookups with string(key) do not allocate.
func (k *keyer) key(w string) []byte {
	if len(w) > len(k.buf) {
		return []byte(textnorm.Key(w))
	}
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c < utf8.RuneSelf:
			k.buf[n] = lowerASCII[c]
			n++
			i++
		case c == 0xc3 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] < 0xc0 && latin1Fold[w[i+1]-0x80] != 0:
			k.buf[n] = latin1Fold[w[i+1]-0x80]
			n++
			i += 2
		case c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] == 0x99 || w[i+2] == 0x98):
			k.buf[n] = '\''
			n++
			i += 3
		default:
			r, size := utf8.DecodeRuneInString(w[i:])
			var f string
			switch {
			case r == utf8.RuneError && size <= 1:
				return []byte(textnorm.Key(w))
			case r < 0x250:
				f = foldRunes()[0][r]
			case r >= 0x2000 && r < 0x2200:
				f = foldRunes()[1][r-0x2000]
			default:
				return []byte(textnorm.Key(w))
			}
			if n+len(f) > len(k.buf) {
				return []byte(textnorm.Key(w))
			}
			n += copy(k.buf[n:], f)
			i += size
		}
	}
	return k.buf[:n]
}

// lowerASCII maps ASCII bytes to lower case.
var lowerASCII = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c + 'a' - 'A')
	}
	return t
}()

// table is an open-addressing hash table from folded words to their
// entries, faster than a map for the short keys of this package.
type table struct {
	slots []slot
	shift uint
	ascii [utf8.RuneSelf]*wordInfo // the one-byte keys
}

// slot is an entry of a [table]: head holds the first eight bytes of the
// key, for a quick comparison.
type slot struct {
	head uint64
	n    int
	key  string
	val  *wordInfo
}

func newTable(m map[string]*wordInfo) table {
	bits := uint(1)
	for 1<<bits < 4*len(m) {
		bits++
	}
	t := table{slots: make([]slot, 1<<bits), shift: 64 - bits}
	mask := uint64(len(t.slots) - 1)
	for k, v := range m {
		var b [48]byte
		n := copy(b[:], k)
		head, h := hashKey(b[:], n)
		i := h >> t.shift
		for t.slots[i].val != nil {
			i = (i + 1) & mask
		}
		t.slots[i] = slot{head, len(k), k, v}
		if len(k) == 1 && k[0] < utf8.RuneSelf {
			t.ascii[k[0]] = v
		}
	}
	return t
}

// hashKey returns the first eight bytes of the key b[:n] (zero-padded) and
// its hash. b must hold at least eight bytes.
func hashKey(b []byte, n int) (head, h uint64) {
	const k1, k2 = 0x9e3779b97f4a7c15, 0xc2b2ae3d27d4eb4f
	head = binary.LittleEndian.Uint64(b)
	if n < 8 {
		head &= 1<<(8*uint(n)) - 1
	}
	h = (head ^ uint64(n)*k2) * k1
	for i := 8; i < n; i += 8 {
		var c uint64
		if i+8 <= len(b) {
			c = binary.LittleEndian.Uint64(b[i:])
		} else {
			for j := len(b) - 1; j >= i; j-- {
				c = c<<8 | uint64(b[j])
			}
		}
		if n-i < 8 {
			c &= 1<<(8*uint(n-i)) - 1
		}
		h = (h ^ c) * k1
		h ^= h >> 29
	}
	h ^= h >> 32
	return head, h * k2
}

// get returns the entry of the folded key, or nil. key must be the start
// of a buffer of at least eight bytes.
func (t *table) get(key []byte) *wordInfo {
	n := len(key)
	if n == 1 && key[0] < utf8.RuneSelf {
		return t.ascii[key[0]]
	}
	if cap(key) < 8 {
		var b [48]byte
		copy(b[:], key)
		key = b[:n]
	}
	head, h := hashKey(key[:max(n, 8)], n)
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.val == nil {
			return nil
		}
		if s.head == head && s.n == n && (n <= 8 || s.key == string(key)) {
			return s.val
		}
	}
}
