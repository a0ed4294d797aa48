package boilerplate

import (
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/textnorm"
)

// latin1Fold folds the letters U+00C0–U+00FF (two-byte UTF-8 sequences
// starting with 0xC3) that [textnorm.Key] folds to one ASCII letter, indexed
// by their second byte less 0x80; 0 means "not a one-letter folding" (×,
// ÷, æ, ß, ð, ø, þ…), left to [keyer.key].
var latin1Fold = func() (t [64]byte) {
	for i := range t {
		k := textnorm.Key(string(rune(0xC0 + i)))
		if len(k) == 1 && k[0] >= 'a' && k[0] <= 'z' {
			t[i] = k[0]
		}
	}
	return t
}()

// keyer folds words for the lookups of this package into a reused buffer.
type keyer struct{ buf [48]byte }

// key returns the folded form of w, as [textnorm.Key] folds it, in a buffer
// that the next call overwrites (a fresh one for words longer than the
// buffer). Map lookups with string(key) do not allocate.
func (k *keyer) key(w string) []byte {
	return textnorm.AppendKey(k.buf[:0], w)
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

// shortKey is the longest key, in bytes, that a [table] packs into two
// words; longer keys go to a map.
const shortKey = 16

// table is an open-addressing hash table from folded words to their ids.
// Keys of up to [shortKey] bytes are packed, zero-padded, into two
// little-endian words, so that a lookup folds, hashes and compares a token
// without a buffer.
type table struct {
	slots []slot
	his   []uint64 // the second words of the keys, by slot
	shift uint
	mask  uint64               // len(slots)-1
	ascii [utf8.RuneSelf]int32 // the one-byte keys
	long  map[string]int32     // the keys longer than shortKey bytes

	// ascii8 holds again the ASCII keys of up to eight bytes, the words
	// looked up most, in eight bytes a slot (small enough to stay in the
	// L1 cache): see [mark8]. 0 marks an empty slot.
	ascii8      []uint64
	ascii8IDs   []int32
	ascii8Shift uint
	ascii8Mask  uint64
}

// mark8 encodes an ASCII key of n bytes, 1 <= n <= 8, packed in lo: the
// high bit of its last byte, free in ASCII, marks its length.
func mark8(lo uint64, n int) uint64 { return lo | 0x80<<(8*(n-1)) }

// find8 returns the id of the ASCII key of n bytes packed in lo, or 0.
func (t *table) find8(lo uint64, n int) int32 {
	k := mark8(lo, n)
	for i := k * 0x9e3779b97f4a7c15 >> t.ascii8Shift; ; i = (i + 1) & t.ascii8Mask {
		if e := t.ascii8[i]; e == k || e == 0 {
			return t.ascii8IDs[i]
		}
	}
}

// slot is an entry of a [table]: the first word of the key, its length
// and its id; id 0 marks an empty slot. Four slots fill a cache line.
type slot struct {
	lo uint64
	n  int32
	id int32
}

func newTable(m map[string]int32) table {
	bits := uint(1)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := table{slots: make([]slot, 1<<bits), his: make([]uint64, 1<<bits), shift: 64 - bits, mask: 1<<bits - 1, long: map[string]int32{}}
	mask := uint64(len(t.slots) - 1)
	n8 := 0
	for k, v := range m {
		if len(k) == 1 && k[0] < utf8.RuneSelf {
			t.ascii[k[0]] = v
		}
		if len(k) > shortKey {
			t.long[k] = v
			continue
		}
		lo, hi := pack(k)
		i := hashKey(lo, hi) >> t.shift
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = slot{lo, int32(len(k)), v}
		t.his[i] = hi
		if len(k) <= 8 && isASCII(k) {
			n8++
		}
	}
	bits = 1
	for 1<<bits < 2*n8 {
		bits++
	}
	t.ascii8, t.ascii8IDs = make([]uint64, 1<<bits), make([]int32, 1<<bits)
	t.ascii8Shift, t.ascii8Mask = 64-bits, 1<<bits-1
	for k, v := range m {
		if len(k) == 0 || len(k) > 8 || !isASCII(k) {
			continue
		}
		lo, _ := pack(k)
		e := mark8(lo, len(k))
		i := e * 0x9e3779b97f4a7c15 >> t.ascii8Shift
		for t.ascii8[i] != 0 {
			i = (i + 1) & t.ascii8Mask
		}
		t.ascii8[i], t.ascii8IDs[i] = e, v
	}
	return t
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// pack returns the bytes of a key of at most [shortKey] bytes as two
// zero-padded little-endian words.
func pack[S string | []byte](k S) (lo, hi uint64) {
	for i := len(k) - 1; i >= 0; i-- {
		if i >= 8 {
			hi = hi<<8 | uint64(k[i])
		} else {
			lo = lo<<8 | uint64(k[i])
		}
	}
	return lo, hi
}

// hashKey hashes a packed key (Fibonacci hashing: the table uses the top
// bits). Keys of the same first word differ in length only when they hold
// NUL bytes, so the length is left out.
func hashKey(lo, hi uint64) uint64 {
	return lo*0x9e3779b97f4a7c15 ^ hi*0xc2b2ae3d27d4eb4f
}

// find returns the id of the packed key of n bytes, or 0.
func (t *table) find(lo, hi uint64, n int) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := hashKey(lo, hi) >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.lo == lo && s.n == int32(n) && (n <= 8 || t.his[i] == hi) || s.id == 0 {
			return s.id
		}
	}
}

// get returns the id of the folded key, or 0.
func (t *table) get(key []byte) int32 {
	if len(key) > shortKey {
		return t.long[string(key)]
	}
	lo, hi := pack(key)
	return t.find(lo, hi, len(key))
}

// hiBits has the high bit of every byte of a word set.
const hiBits = 0x8080808080808080

// load64 returns the eight bytes of s from i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lower8 lower-cases the ASCII letters of a word of ASCII bytes.
func lower8(x uint64) uint64 {
	const ones = 0x0101010101010101
	ge := x + ones*(0x80-'A')     // high bit set in bytes >= 'A'
	gt := x + ones*(0x80-'Z'-1)   // high bit set in bytes > 'Z'
	return x | (ge&^gt&hiBits)>>2 // 0x80 >> 2 is the case bit
}

// lookupAt returns the id of the word src[start:end] once folded, as
// [rules.lookup]. An ASCII word of up to 16 bytes followed by enough bytes
// of src is folded eight bytes at a time.
func (r *rules) lookupAt(src string, start, end int, k *keyer) int32 {
	n := end - start
	switch {
	case n == 1:
		if c := src[start]; c < utf8.RuneSelf {
			return r.table.ascii[lowerASCII[c]]
		}
	case n <= 8 && start+8 <= len(src):
		x := load64(src, start) & (^uint64(0) >> (64 - 8*n))
		if x&hiBits == 0 {
			return r.table.find(lower8(x), 0, n)
		}
	case n <= shortKey && start+16 <= len(src):
		x := load64(src, start)
		y := load64(src, start+8) & (^uint64(0) >> (128 - 8*n))
		if (x|y)&hiBits == 0 {
			return r.table.find(lower8(x), lower8(y), n)
		}
	}
	return r.lookup(src[start:end], k)
}

// lookup returns the id of the word w once folded as [textnorm.Key] folds
// it, or 0. It folds and packs ASCII and Latin-1 letters and the curly
// apostrophe in one pass, and leaves the rest to k.
func (r *rules) lookup(w string, k *keyer) int32 {
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		return r.table.ascii[lowerASCII[w[0]]]
	}
	if len(w) > 2*r.maxLen {
		return 0
	}
	var lo, hi uint64
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		var b byte
		switch {
		case c < utf8.RuneSelf:
			b = lowerASCII[c]
			i++
		case c == 0xc3 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] < 0xc0 && latin1Fold[w[i+1]-0x80] != 0:
			b = latin1Fold[w[i+1]-0x80]
			i += 2
		case c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] == 0x99 || w[i+2] == 0x98):
			b = '\''
			i += 3
		default:
			key := k.key(w)
			if len(key) > r.maxLen {
				return 0
			}
			return r.table.get(key)
		}
		switch {
		case n < 8:
			lo |= uint64(b) << (8 * n)
		case n < shortKey:
			hi |= uint64(b) << (8 * (n - 8))
		default:
			key := k.key(w)
			if len(key) > r.maxLen {
				return 0
			}
			return r.table.get(key)
		}
		n++
	}
	if n > r.maxLen {
		return 0
	}
	return r.table.find(lo, hi, n)
}
