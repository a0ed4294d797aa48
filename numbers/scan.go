package numbers

import (
	"strings"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/token"
)

const (
	tokWord   = token.Word
	tokNumber = token.Number
)

// Extract returns the quantities of text, in order, without overlap. It
// never fails; text may be any string, including invalid UTF-8.
func Extract(text string) []Quantity {
	return extract(text, token.Tokenize(text))
}

// ExtractDoc returns the quantities of a parsed document, with offsets
// into d.Text. d may be a [token.Doc.Select] subset.
func ExtractDoc(d *token.Doc) []Quantity {
	if d == nil {
		return nil
	}
	return extract(d.Text, d.Tokens)
}

// scanner reads quantities from a token stream.
type scanner struct {
	text     string
	toks     []token.Token
	keys     []string // folded form of each word-like token, "" otherwise
	done     []bool   // keys[i] is computed
	buf      [64]byte
	interned map[string]string
	lims     []int32 // index of the first token of the next line
	hot      []int32 // index of the next token that can carry a number
	stop     lexicon.Set
	out      []Quantity
}

func extract(text string, toks []token.Token) []Quantity {
	if len(toks) == 0 {
		return nil
	}
	s := &scanner{text: text, toks: toks, stop: lexicon.Stopwords()}
	s.fold()
	s.lines()
	for i := 0; i < len(toks); {
		// Every quantity has a numeric token within its first few tokens.
		if h := int(s.hot[i]); h-i > maxCue+1 {
			i = h - maxCue - 1
			continue
		}
		lim := int(s.lims[i])
		if j := s.phone(i, lim); j > i {
			i = j
			continue
		}
		q, j, ok := s.at(i, lim)
		if !ok || j <= i {
			i++
			continue
		}
		s.out = append(s.out, q)
		i = j
	}
	return s.out
}

// fold prepares the lazily computed lookup keys of the tokens.
func (s *scanner) fold() {
	s.keys = make([]string, len(s.toks))
	s.done = make([]bool, len(s.toks))
}

// kk returns the folded key of token i ("" for tokens that are not words,
// abbreviations, elisions or symbols, or that fold to nothing known),
// computing it on first use.
func (s *scanner) kk(i int) string {
	if s.done[i] {
		return s.keys[i]
	}
	s.done[i] = true
	t := s.toks[i]
	switch t.Kind {
	case token.Word, token.Abbrev, token.Elision, token.Symbol:
	default:
		return ""
	}
	w := t.Text
	if len(w) > 48 {
		return ""
	}
	if !needsFold(w) {
		s.keys[i] = w
		return w
	}
	b, ok := foldInto(s.buf[:0], w)
	if !ok {
		return ""
	}
	if k, ok := s.interned[string(b)]; ok {
		s.keys[i] = k
		return k
	}
	k := string(b)
	if s.interned == nil {
		s.interned = make(map[string]string)
	}
	s.interned[k] = k
	s.keys[i] = k
	return k
}

func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// lines computes, for each token, the index of the first token after the
// end of its line (quantities never span a line break) and the index of
// the next token that can carry a number.
func (s *scanner) lines() {
	s.lims = make([]int32, len(s.toks))
	s.hot = make([]int32, len(s.toks))
	end := len(s.toks)
	next := int32(len(s.toks) + maxCue + 2)
	for i := len(s.toks) - 1; i >= 0; i-- {
		if s.isHot(i) {
			next = int32(i)
		}
		s.hot[i] = next
		s.lims[i] = int32(end)
		if i > 0 {
			for p := s.toks[i-1].End; p < s.toks[i].Start; p++ {
				if s.text[p] == '\n' {
					end = i
					break
				}
			}
		}
	}
}

// isHot reports whether token i can carry a number: digits, a date or
// time, a number word, an ordinal.
func (s *scanner) isHot(i int) bool {
	t := s.toks[i]
	switch t.Kind {
	case token.Number, token.Date, token.Time:
		return true
	case token.Word:
	default:
		return false
	}
	if c := t.Text[0]; c >= '0' && c <= '9' {
		return true
	}
	if c := t.Text[0]; strings.IndexByte("IVXLCDM", c) < 0 && len(t.Text) > 1 && !hotBigrams[bigram(t.Text)] {
		return false
	}
	k := s.kk(i)
	if k == "" {
		return false
	}
	if c := t.Text[0]; strings.IndexByte("IVXLCDM", c) >= 0 {
		n := 0
		for n < len(t.Text) && strings.IndexByte("IVXLCDM", t.Text[n]) >= 0 {
			n++
		}
		if n <= len(k) && (n == len(k) && n >= 2 || ordinalSuffix(k[n:], 1) || ordinalSuffix(k[n:], 2) && n > 1) {
			return true
		}
	}
	p, _ := nextPart(k)
	if _, ok := cardinals[p]; ok {
		if k == "un" || k == "une" {
			return s.unHot(i)
		}
		return true
	}
	switch k {
	case "premier", "premiere", "premiers", "premieres", "second", "seconde", "seconds", "secondes":
		return true
	}
	if strings.HasSuffix(k, "ieme") || strings.HasSuffix(k, "iemes") || strings.HasSuffix(k, "siecle") {
		return true
	}
	return strings.HasPrefix(k, "mi-")
}

// bigram returns the index of the first two bytes of w, lower-cased.
func bigram(w string) uint16 {
	return uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20)
}

// hotBigrams holds the first two bytes of every word that can carry a
// number (deux, premier, vingtième, mi-2024): others are skipped without
// folding.
var hotBigrams = func() map[uint16]bool {
	m := map[uint16]bool{}
	for w := range cardinals {
		if len(w) > 1 {
			m[bigram(w)] = true
		}
	}
	for _, w := range []string{"premier", "second", "mi-", "ze", "zé", "Zé"} {
		m[bigram(w)] = true
	}
	for w := range ordinalStems {
		m[bigram(w)] = true
	}
	return m
}()

// unHot reports whether the article un/une at i may be a numeral: it ends
// the phrase or comes before a number word, a fraction, a currency, sur,
// et, pour, or a noun and sur (un Français sur trois).
func (s *scanner) unHot(i int) bool {
	n := len(s.toks)
	if i+1 >= n || s.toks[i+1].Kind != token.Word {
		return true
	}
	k := s.kk(i + 1)
	p, _ := nextPart(k)
	if _, ok := cardinals[p]; ok {
		return true
	}
	if _, ok := fractionWords[k]; ok {
		return true
	}
	if _, ok := currencyNames[singular(k)]; ok {
		return true
	}
	if _, ok := ordinalWord(k); ok {
		return true
	}
	switch k {
	case "sur", "et", "pour", "virgule":
		return true
	}
	return i+2 < n && s.kk(i+2) == "sur"
}

// key returns the key of token i, or "" past lim.
func (s *scanner) key(i, lim int) string {
	if i < 0 || i >= lim {
		return ""
	}
	return s.kk(i)
}

// phone skips a run of four or more two-digit numbers (01 23 45 67 89).
func (s *scanner) phone(i, lim int) int {
	j := i
	for j < lim && s.toks[j].Kind == tokNumber && len(s.toks[j].Text) == 2 {
		j++
	}
	if j-i >= 4 {
		return j
	}
	return i
}

// at reads the quantity that starts at token i, if any.
func (s *scanner) at(i, lim int) (Quantity, int, bool) {
	t := s.toks[i]
	switch t.Kind {
	case token.Date:
		return s.dateToken(i, lim)
	case token.Time:
		return s.timeAlone(i, lim)
	case token.Word, token.Number, token.Symbol, token.Elision, token.Abbrev:
	default:
		return Quantity{}, 0, false
	}
	if q, j, ok := s.dateWords(i, lim); ok {
		return q, j, true
	}
	if q, j, ok := s.ordinal(i, lim); ok {
		return q, j, true
	}
	return s.quantity(i, lim)
}

// make builds a Quantity over tokens [i, j).
func (s *scanner) make(i, j int, kind Kind) Quantity {
	st, en := s.toks[i].Start, s.toks[j-1].End
	return Quantity{Text: s.text[st:en], Start: st, End: en, Kind: kind}
}

func ptr(n Number) *Number { return &n }

// isStop reports whether the folded word k is a stopword.
func (s *scanner) isStop(k string) bool {
	_, ok := s.stop[k]
	return ok
}

// noun returns the end of the counted noun at j (after de/d' when allowDe),
// or j when there is none.
func (s *scanner) noun(j, lim int, allowDe bool) (string, int) {
	k := s.key(j, lim)
	if allowDe && (k == "de" || k == "d'") {
		if u, e := s.noun(j+1, lim, false); e > j+1 {
			return u, e
		}
		return "", j
	}
	if k == "" || s.toks[j].Kind != tokWord || notUnits[k] || k[0] < 'a' || k[0] > 'z' {
		return "", j
	}
	if s.isStop(k) && !unitNouns[k] {
		return "", j
	}
	if _, ok := cardinals[k]; ok {
		return "", j
	}
	if _, ok := months[k]; ok {
		return "", j
	}
	if _, ok := approxCues[k]; ok {
		return "", j
	}
	return s.toks[j].Text, j + 1
}
