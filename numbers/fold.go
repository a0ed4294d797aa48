package numbers

import (
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/internal/lexicon"
)

// foldInto writes the lookup key of w into buf: lower case, Latin accents
// removed, œ spelled oe, typographic apostrophe made straight, superscript
// ordinal letters (ᵉ ʳ ᵈ ⁿ) made plain. It reports false when w contains a
// rune it does not know or does not fit: such a word is in no lexicon.
func foldInto(buf []byte, w string) ([]byte, bool) {
	buf = buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < 0x80 {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		if c == 0xC3 && i+1 < len(w) {
			d := w[i+1] | 0x20 // upper-case À..Þ (0x80..0x9E) to lower (0xA0..)
			var f byte
			switch d {
			case 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5:
				f = 'a'
			case 0xA7:
				f = 'c'
			case 0xA8, 0xA9, 0xAA, 0xAB:
				f = 'e'
			case 0xAC, 0xAD, 0xAE, 0xAF:
				f = 'i'
			case 0xB1:
				f = 'n'
			case 0xB2, 0xB3, 0xB4, 0xB5, 0xB6:
				f = 'o'
			case 0xB9, 0xBA, 0xBB, 0xBC:
				f = 'u'
			case 0xBD, 0xBF:
				f = 'y'
			default:
				return buf, false
			}
			buf = append(buf, f)
			i += 2
			continue
		}
		rest := w[i:]
		switch {
		case strings.HasPrefix(rest, "œ"), strings.HasPrefix(rest, "Œ"):
			buf = append(buf, 'o', 'e')
			i += 2
		case strings.HasPrefix(rest, "’"):
			buf = append(buf, '\'')
			i += 3
		case strings.HasPrefix(rest, "ᵉ"):
			buf = append(buf, 'e')
			i += 3
		case strings.HasPrefix(rest, "ʳ"):
			buf = append(buf, 'r')
			i += 2
		case strings.HasPrefix(rest, "ᵈ"):
			buf = append(buf, 'd')
			i += 3
		case strings.HasPrefix(rest, "ⁿ"):
			buf = append(buf, 'n')
			i += 3
		case strings.HasPrefix(rest, "\u2011"), strings.HasPrefix(rest, "\u2010"):
			buf = append(buf, '-')
			i += 3
		case strings.HasPrefix(rest, "\u00ad"):
			i += 2
		default:
			return buf, false
		}
	}
	return buf, true
}

// Word flags: the tables a folded word belongs to, found with one lookup.
const (
	fStop      uint16 = 1 << iota // a stopword
	fCardinal                     // a key of cardinals
	fMonth                        // a month name or abbreviation (with or without its dot)
	fWeekday                      // a day of the week
	fStart                        // can open a quantity before its number (startWords)
	fCueFirst                     // the first word of an approximation cue
	fApproxCue                    // a one-word approximation cue (environ)
	fCurrency                     // a currency name, singular or plural
	fSubunit                      // a sub-unit of a currency (centimes)
	fNotUnit                      // never a counted noun
	fUnitNoun                     // a counted noun although a stopword
)

// wordEntry is the canonical key of a known folded word and its flags.
type wordEntry struct {
	key   string
	flags uint16
}

// lexWords maps every folded word (or symbol) that the package looks up to
// its canonical key and flags, so that folding a known word does not
// allocate and table membership costs one lookup per token.
var lexWords = sync.OnceValue(func() map[string]wordEntry {
	m := map[string]wordEntry{}
	add := func(w string, f uint16) {
		e := m[w]
		e.key, e.flags = w, e.flags|f
		m[w] = e
	}
	for w := range lexicon.Stopwords() {
		add(w, fStop)
	}
	for w := range cardinals {
		add(w, fCardinal)
	}
	for w := range months {
		add(w, fMonth)
		add(w+".", fMonth)
	}
	for w := range weekdays {
		add(w, fWeekday)
	}
	for w := range startWords {
		add(w, fStart)
	}
	for w := range cueFirsts {
		add(w, fCueFirst)
	}
	for w := range approxCues {
		if !strings.Contains(w, " ") {
			add(w, fApproxCue)
		}
		for _, p := range strings.Fields(w) {
			add(p, 0)
		}
	}
	for w := range postCues {
		for _, p := range strings.Fields(w) {
			add(p, 0)
		}
	}
	for w := range currencyNames {
		add(w, fCurrency)
		add(w+"s", fCurrency)
		add(w+"x", fCurrency)
	}
	add("reais", fCurrency)
	for w := range currencyQualifiers {
		add(w, 0)
		add(w+"s", 0)
	}
	for w := range subunits {
		add(w, fSubunit)
	}
	for w := range notUnits {
		add(w, fNotUnit)
	}
	for w, ok := range unitNouns {
		if ok {
			add(w, fUnitNoun)
		}
	}
	for w := range fractionWords {
		add(w, 0)
	}
	for w := range yearCues {
		add(w, 0)
	}
	return m
})
