// Package textnorm folds French text for matching while keeping a map back to
// the caller's bytes.
//
// Folding is NFC, lower case, accents removed, typographic apostrophes and
// quotes made straight, no-break and thin spaces made plain spaces, and the
// ligatures œ and æ spelled out. It is for lookups only: every result that a
// package of depeche reports carries offsets into the original text, which
// [Fold] makes possible through its offset map.
//
// The per-rune table is computed once, lazily, with golang.org/x/text
// (unicode/norm, runes, cases); it is safe for concurrent use.
package textnorm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// tableSize is the number of leading code points (Latin-1 and Latin
// Extended-A/B) whose folding is precomputed.
const tableSize = 0x250

// foldTable maps a rune below tableSize, or one of the punctuation runes in
// specials, to its folded spelling.
type foldTable struct {
	low      [tableSize]string
	specials map[rune]string
}

var table = sync.OnceValue(func() *foldTable {
	t := &foldTable{specials: map[rune]string{
		'\u00a0': " ", '\u202f': " ", '\u2009': " ", '\u2007': " ", '\u2002': " ",
		'\u2003': " ", '\u2004': " ", '\u2005': " ", '\u2006': " ", '\u2008': " ",
		'\u200a': " ", '\u3000': " ",
		'\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2032': "'",
		'\u201c': "\"", '\u201d': "\"", '\u201e': "\"", '\u00ab': "\"", '\u00bb': "\"",
		'\u2039': "\"", '\u203a': "\"",
		'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2212': "-",
		'\u00ad': "", '\u200b': "", '\ufeff': "",
		'\u2026': "...",
	}}
	strip := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), cases.Lower(language.French), norm.NFC)
	// Superscript and modifier letters and digits (1ᵉʳ, 2ⁿᵈ, ⁴) fold to
	// their compatibility letters, as NFKD spells them.
	compat := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), cases.Lower(language.French), norm.NFC)
	for _, rg := range [][2]rune{{0x02B0, 0x02FF}, {0x1D2C, 0x1DBF}, {0x2070, 0x209F}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if _, ok := t.specials[r]; ok {
				continue
			}
			out, _, err := transform.String(compat, string(r))
			if err == nil && out != string(r) && out != "" && isASCIIAlnum(out) {
				t.specials[r] = out
			}
		}
	}
	for r := rune(0); r < tableSize; r++ {
		if s, ok := t.specials[r]; ok {
			t.low[r] = s
			continue
		}
		switch r {
		case 'œ', 'Œ':
			t.low[r] = "oe"
		case 'æ', 'Æ':
			t.low[r] = "ae"
		case 'ß':
			t.low[r] = "ss"
		default:
			out, _, err := transform.String(strip, string(r))
			if err != nil {
				out = string(r)
			}
			t.low[r] = out
		}
	}
	return t
})

// isASCIIAlnum reports whether s is made of ASCII letters and digits.
func isASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// fold returns the folded spelling of a non-ASCII rune.
func (t *foldTable) fold(r rune) string {
	if r < tableSize {
		return t.low[r]
	}
	if s, ok := t.specials[r]; ok {
		return s
	}
	if unicode.Is(unicode.Mn, r) {
		// A combining accent of decomposed (NFD) text: folded away like
		// the accent of a precomposed letter.
		return ""
	}
	return string(unicode.ToLower(r))
}

// needsFold reports whether s contains a byte that folding may change.
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

// Key returns the folded form of s, for dictionary lookups. It does not
// allocate when s is already folded (lower-case ASCII).
func Key(s string) string {
	if !needsFold(s) {
		return s
	}
	b := AppendKey(make([]byte, 0, len(s)+4), s)
	if len(b) == 0 {
		return ""
	}
	// b is not kept anywhere else: the string can share its bytes, so that
	// Key allocates once.
	return unsafe.String(&b[0], len(b))
}

// AppendKey appends the folded form of s, as [Key] returns it, to dst and
// returns the extended buffer. It allocates only when dst must grow, so a
// caller that folds many words into one reused buffer and looks them up
// with m[string(buf)] does not allocate.
func AppendKey(dst []byte, s string) []byte {
	t := table()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			dst = append(dst, c)
		case r < tableSize:
			dst = append(dst, t.low[r]...)
		default:
			if f, ok := t.specials[r]; ok {
				dst = append(dst, f...)
			} else if !unicode.Is(unicode.Mn, r) {
				// A combining accent of decomposed (NFD) text folds away
				// like the accent of a precomposed letter.
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
		i += n
	}
	return dst
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Fold returns the folded form of s and, for each byte of the folded string
// plus one, the offset in s of the byte it came from: offs[i] is where folded
// byte i starts in s, and offs[len(folded)] == len(s). Use [Span] to turn a
// folded match back into original offsets.
func Fold(s string) (folded string, offs []int) {
	t := table()
	var b strings.Builder
	b.Grow(len(s))
	offs = make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		var f string
		switch {
		case r == utf8.RuneError && n <= 1:
			f = s[i : i+1]
		case r < utf8.RuneSelf:
			b.WriteByte(lowerASCII(byte(r)))
			offs = append(offs, i)
			i += n
			continue
		default:
			f = t.fold(r)
		}
		b.WriteString(f)
		for range len(f) {
			offs = append(offs, i)
		}
		i += n
	}
	offs = append(offs, len(s))
	return b.String(), offs
}

// Span maps the folded byte range [start, end) back to the original text,
// given the offsets returned by [Fold]. The result always lies on rune
// boundaries of the original text.
func Span(offs []int, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end >= len(offs) {
		end = len(offs) - 1
	}
	if start > end {
		start = end
	}
	// A folded range that ends inside the expansion of one original rune
	// (œ → oe) extends to the end of that rune.
	for end > 0 && end < len(offs)-1 && offs[end] == offs[end-1] {
		end++
	}
	return offs[start], offs[end]
}

// HasUpper reports whether s has an upper-case letter (Windows, iPhone).
func HasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// StartsUpper reports whether s starts with an upper-case letter.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
