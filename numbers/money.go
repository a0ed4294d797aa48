package numbers

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/token"
	"golang.org/x/text/currency"
)

// symbolCurrency returns the currency of a symbol token ($, €).
func symbolCurrency(t token.Token) (currency.Unit, bool) {
	if t.Kind != token.Symbol {
		return currency.XXX, false
	}
	u, ok := currencySymbols[t.Text]
	return u, ok
}

// abbrevCurrency returns the currency of a non-ISO abbreviation (FCFA, Dh).
func abbrevCurrency(w string) (currency.Unit, bool) {
	if len(w) > 4 || len(w) < 2 {
		return currency.XXX, false
	}
	u, ok := currencyAbbrevs[w]
	return u, ok
}

// adjacent reports whether tokens a and b touch (no space between).
func (s *scanner) adjacent(a, b int) bool { return s.toks[a].End == s.toks[b].Start }

// currencyBefore reads a currency written before an amount ($100, € 20,
// US$ 5, USD 10, CHF 100) at token i; it returns the token after it.
func (s *scanner) currencyBefore(i, lim int) (currency.Unit, int, bool) {
	if i >= lim {
		return currency.XXX, i, false
	}
	t := s.toks[i]
	if u, ok := symbolCurrency(t); ok {
		j := i + 1
		if t.Text == "$" && j < lim && s.toks[j].Kind == tokWord && s.adjacent(i, j) {
			if v, ok := dollarPrefixes[s.toks[j].Text]; ok {
				return v, j + 1, true
			}
		}
		return u, j, true
	}
	if t.Kind != tokWord {
		return currency.XXX, i, false
	}
	if i+1 < lim && s.toks[i+1].Text == "$" && s.adjacent(i, i+1) {
		if v, ok := dollarPrefixes[t.Text]; ok {
			return v, i + 2, true
		}
	}
	if u, ok := isoCurrency(t.Text); ok {
		return u, i + 1, true
	}
	if u, ok := abbrevCurrency(t.Text); ok {
		j := i + 1
		if j < lim && s.toks[j].Text == "." && s.adjacent(i, j) {
			j++
		}
		return u, j, true
	}
	return currency.XXX, i, false
}

// singular strips the plural mark of a folded currency name.
func singular(k string) string {
	if k == "reais" {
		return "reai"
	}
	if strings.HasSuffix(k, "s") || strings.HasSuffix(k, "x") {
		return k[:len(k)-1]
	}
	return k
}

// currencyAfter reads a currency written after an amount (10 €, 10 euros,
// 8,6 millions de dollars, 10 dollars canadiens, 10 CHF) at token j. de
// tells whether "de"/"d'" may come first (after a scale noun).
func (s *scanner) currencyAfter(j, lim int, de bool) (currency.Unit, int, bool) {
	if j >= lim {
		return currency.XXX, j, false
	}
	t := s.toks[j]
	if u, ok := symbolCurrency(t); ok {
		e := j + 1
		if e < lim && s.toks[e].Kind == tokWord {
			if v, ok := dollarPrefixes[s.toks[e].Text]; ok && t.Text == "$" && (s.adjacent(j, e) || len(s.toks[e].Text) >= 2) {
				return v, e + 1, true
			}
		}
		return u, e, true
	}
	if t.Kind != tokWord && t.Kind != token.Elision {
		return currency.XXX, j, false
	}
	k := s.kk(j)
	if (k == "de" || k == "d'") && de {
		if u, e, ok := s.currencyName(j+1, lim); ok {
			return u, e, true
		}
		if j+1 < lim {
			if u, ok := isoCurrency(s.toks[j+1].Text); ok {
				return u, j + 2, true // 1,5 million de CHF
			}
			if u, ok := abbrevCurrency(s.toks[j+1].Text); ok {
				return u, j + 2, true // 2 millions de FCFA
			}
		}
		return currency.XXX, j, false
	}
	if u, e, ok := s.currencyName(j, lim); ok {
		return u, e, true
	}
	if j+1 < lim && s.toks[j+1].Text == "$" && s.adjacent(j, j+1) {
		if v, ok := dollarPrefixes[t.Text]; ok {
			return v, j + 2, true
		}
	}
	if u, ok := isoCurrency(t.Text); ok {
		return u, j + 1, true
	}
	if u, ok := abbrevCurrency(t.Text); ok {
		e := j + 1
		if e < lim && s.toks[e].Text == "." && s.adjacent(j, e) {
			e++
		}
		return u, e, true
	}
	if k == "f" && j+1 < lim && s.toks[j+1].Text == "CFA" {
		return cur("XOF"), j + 2, true
	}
	return currency.XXX, j, false
}

// currencyName reads a currency name with its qualifier (euros, dollars
// canadiens, livres sterling, francs suisses, couronnes suédoises).
func (s *scanner) currencyName(j, lim int) (currency.Unit, int, bool) {
	k := s.key(j, lim)
	if k == "" || s.toks[j].Kind != tokWord || s.flags(j)&fCurrency == 0 {
		return currency.XXX, j, false
	}
	cw, ok := currencyNames[singular(k)]
	if !ok {
		return currency.XXX, j, false
	}
	e := j + 1
	u := cw.unit
	q := s.key(e, lim)
	if q != "" && s.toks[e].Kind == tokWord {
		if v, ok := currencyQualifiers[singular(q)]; ok {
			u = v
			e++
		} else if v, ok := currencyQualifiers[q]; ok {
			u = v
			e++
		} else if v, ok := currencyAbbrevs[s.toks[e].Text]; ok && s.toks[e].Text == "CFA" {
			u = v
			e++
		} else if q == "de" && s.key(e+1, lim) == "hong" && s.key(e+2, lim) == "kong" {
			u = cur("HKD")
			e += 3
		} else if q == "de" && s.key(e+1, lim) == "singapour" {
			u = cur("SGD")
			e += 2
		}
	}
	if e == j+1 && cw.needsQualifier {
		return currency.XXX, j, false
	}
	return u, e, true
}

// cents reads the hundredths after an amount of money: "et 15 cents",
// "50 centimes", or two digits right after the currency (3€50, 3 euros 50).
func (s *scanner) cents(j, lim int, glued bool) (Number, int, bool) {
	k := j
	if s.key(k, lim) == "et" {
		k++
	}
	if k < lim && (s.toks[k].Kind == tokNumber || s.toks[k].Kind == tokWord) {
		var v Number
		e := 0
		if s.toks[k].Kind == tokNumber {
			n, st := parseDigits(s.toks[k].Text)
			if st != digitsOK {
				return Number{}, j, false
			}
			v, e = n, k+1
		} else {
			r, ok := s.spelled(k, lim)
			if !ok || r.ordinal {
				return Number{}, j, false
			}
			if c := s.key(r.end-1, lim); (c == "cents" || c == "cent") && r.end-1 > k {
				// et cinq cents: the sub-unit, not five hundred
				if r2, ok := s.spelled(k, r.end-1); ok && !r2.ordinal && r2.end == r.end-1 {
					r = r2
				}
			}
			v, e = r.val, r.end
		}
		if v.Cmp(Int(100)) >= 0 {
			return Number{}, j, false
		}
		if _, ok := subunits[s.key(e, lim)]; ok {
			return quo(v, Int(100)), e + 1, true
		}
		// 3 euros 50, cinq euros cinquante: two digits or a spelled
		// number, nothing counted after them.
		if glued && k == j && (s.toks[k].Kind == tokNumber && len(s.toks[k].Text) == 2 || s.toks[k].Kind == tokWord && !v.IsZero()) {
			// (trois euros vingt au marché: a function word may follow)
			if e >= lim || s.toks[e].Kind != tokWord && s.toks[e].Kind != tokNumber || s.toks[e].Kind == tokWord && s.flags(e)&fStop != 0 && s.flags(e)&fCardinal == 0 {
				return quo(v, Int(100)), e, true
			}
		}
	}
	return Number{}, j, false
}

// The places that name a franc CFA zone: the Central African countries
// of the CEMAC (franc CFA BEAC, XAF) and the West African ones of the
// UEMOA (franc CFA BCEAO, XOF), with their capitals and main cities.
var (
	cemacPlaces = []string{"Cameroun", "Gabon", "Tchad", "Centrafrique", "centrafricain", "Brazzaville",
		"Guinée équatoriale", "Yaoundé", "Douala", "Libreville", "Djamena", "Bangui", "Malabo", "CEMAC", "Cemac", "BEAC"}
	uemoaPlaces = []string{"Sénégal", "Côte d'Ivoire", "Côte d’Ivoire", "Mali", "Burkina", "Niger", "Bénin", "Togo",
		"Guinée-Bissau", "Dakar", "Abidjan", "Bamako", "Ouagadougou", "Niamey", "Cotonou", "Lomé", "UEMOA", "Uemoa", "BCEAO"}
)

// cfaZones gives the francs CFA of qs (XOF by default) the currency of
// the zone the text names last before them, or first after them when
// none comes before: francs CFA in an article about Cameroon are XAF. An
// ISO code written in the quantity is kept.
func cfaZones(text string, qs []Quantity) {
	var todo []int
	for i, q := range qs {
		if q.Currency == xof && !strings.Contains(q.Text, "XOF") && strings.Contains(strings.ToUpper(q.Text), "CFA") {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return
	}
	type mention struct {
		at      int
		central bool
	}
	var ms []mention
	for z, places := range [][]string{uemoaPlaces, cemacPlaces} {
		for _, p := range places {
			for off := 0; ; {
				k := strings.Index(text[off:], p)
				if k < 0 {
					break
				}
				at := off + k
				off = at + len(p)
				if wordAt(text, at, off) {
					ms = append(ms, mention{at, z == 1})
				}
			}
		}
	}
	if len(ms) == 0 {
		return
	}
	slices.SortFunc(ms, func(a, b mention) int { return a.at - b.at })
	for _, i := range todo {
		k, _ := slices.BinarySearchFunc(ms, qs[i].Start, func(m mention, at int) int { return m.at - at })
		m := ms[min(k, len(ms)-1)]
		if k > 0 {
			m = ms[k-1] // the last place named before the amount
		}
		if m.central {
			qs[i].Currency = xaf
		}
	}
}

// wordAt reports whether text[at:end] is a whole word: no letter touches
// it on either side (Niger, not Nigeria).
func wordAt(text string, at, end int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && unicode.IsLetter(r) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && unicode.IsLetter(r) {
		return false
	}
	return true
}

var (
	xof = cur("XOF")
	xaf = cur("XAF")
)
