package boilerplate

import (
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
	keys  []string
	vals  []*wordInfo
	mask  uint64
	ascii [utf8.RuneSelf]*wordInfo // the one-byte keys
}

func newTable(m map[string]*wordInfo) table {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := table{keys: make([]string, size), vals: make([]*wordInfo, size), mask: uint64(size - 1)}
	for k, v := range m {
		i := hashKey(k) & t.mask
		for t.vals[i] != nil {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
		if len(k) == 1 && k[0] < utf8.RuneSelf {
			t.ascii[k[0]] = v
		}
	}
	return t
}

// hashKey is FNV-1a over the bytes of a folded key.
func hashKey[S string | []byte](s S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// get returns the entry of the folded key, or nil.
func (t *table) get(key []byte) *wordInfo {
	if len(key) == 1 && key[0] < utf8.RuneSelf {
		return t.ascii[key[0]]
	}
	i := hashKey(key) & t.mask
	for {
		v := t.vals[i]
		if v == nil {
			return nil
		}
		if t.keys[i] == string(key) {
			return v
		}
		i = (i + 1) & t.mask
	}
}
