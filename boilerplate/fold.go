package boilerplate

import (
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
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			k.buf[n] = c
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
			return []byte(textnorm.Key(w))
		}
	}
	return k.buf[:n]
}
