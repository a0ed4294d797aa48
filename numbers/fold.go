package numbers

import (
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
)

// foldInto writes the lookup key of w into buf, as [textnorm.AppendKey]
// folds it (superscript ordinal letters ᵉ ʳ ᵈ ⁿ included). It reports false
// when the key holds a byte outside ASCII: such a word is in no lexicon.
func foldInto(buf []byte, w string) ([]byte, bool) {
	buf = textnorm.AppendKey(buf[:0], w)
	for _, c := range buf {
		if c >= 0x80 {
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
