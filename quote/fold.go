package quote

import (
	"sync"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/textnorm"
)

func foldKey(s string) string { return textnorm.Key(s) }

// runeKeys holds textnorm.Key of the non-ASCII runes of Latin text (Latin-1,
// Latin Extended-A and B, combining marks) and of general punctuation
// (’, U+202F), so that index folds words without allocating. Key folds
// rune by rune, so the key of a word is the concatenation of these.
type runeKeys struct {
	latin [0x370]string
	punct [0x70]string // from U+2000
}

var foldRunes = sync.OnceValue(func() *runeKeys {
	t := &runeKeys{}
	for r := rune(0x80); r < 0x370; r++ {
		t.latin[r] = textnorm.Key(string(r))
	}
	for r := rune(0x2000); r < 0x2070; r++ {
		t.punct[r-0x2000] = textnorm.Key(string(r))
	}
	return t
})

// appendKey appends textnorm.Key(s) to buf; ok is false, and buf
// unchanged, when s holds a rune outside the table or invalid UTF-8.
func (t *runeKeys) appendKey(buf []byte, s string) ([]byte, bool) {
	n := len(buf)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return buf[:n], false
		case r < 0x370:
			buf = append(buf, t.latin[r]...)
		case r >= 0x2000 && r < 0x2070:
			buf = append(buf, t.punct[r-0x2000]...)
		default:
			return buf[:n], false
		}
		i += size
	}
	return buf, true
}
