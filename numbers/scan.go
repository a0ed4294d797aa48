package numbers

import (
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
	"golang.org/x/text/currency"
)

const (
	tokWord   = token.Word
	tokNumber = token.Number
)

// Extract returns the quantities of text, in order, without overlap. It
// never fails; text may be any string, including invalid UTF-8.
func Extract(text string) []Quantity {
	s := newScanner(text)
	// Quantities never span a line break: tokens are streamed and read
	// one line at a time, without materialising the whole token slice.
	var line []token.Token
	base := 0
	nl := -1 // offset of the next line break after the line's first token
	for t := range token.All(text) {
		if len(line) > 0 && nl >= 0 && t.Start > nl {
			s.line(line, base)
			base += len(line)
			line = line[:0]
		}
		if len(line) == 0 {
			nl = strings.IndexByte(text[t.End:], '\n')
			if nl >= 0 {
				nl += t.End
			}
		}
		line = append(line, t)
	}
	s.line(line, base)
	cfaZones(text, s.out)
	return s.out
}

// ExtractDoc returns the quantities of a parsed document, with offsets
// into d.Text. d may be a [token.Doc.Select] subset.
func ExtractDoc(d *token.Doc) []Quantity {
	if d == nil {
		return nil
	}
	s := newScanner(d.Text)
	toks := d.Tokens
	for i := 0; i < len(toks); {
		j := len(toks)
		if nl := strings.IndexByte(d.Text[toks[i].End:], '\n'); nl >= 0 {
			nl += toks[i].End
			j = i + 1
			for j < len(toks) && toks[j].Start < nl {
				j++
			}
		}
		s.line(toks[i:j], i)
		i = j
	}
	cfaZones(d.Text, s.out)
	return s.out
}

// scanner reads quantities from a token stream.
type scanner struct {
	text  string
	toks  []token.Token
	base  int                // index of toks[0] in the whole text
	cache [keyCache]keyEntry // folded keys of recently seen tokens
	buf   [64]byte
	lex   map[string]wordEntry
	inner bool // reading the second bound of an interval
	out   []Quantity
}

// keyCache is the size of the direct-mapped cache of folded keys: every
// lookup is near the token being read, so a small ring suffices.
const keyCache = 128

type keyEntry struct {
	idx   int32 // token index + 1; 0 means empty
	flags uint16
	key   string
}

func newScanner(text string) *scanner {
	return &scanner{text: text, lex: lexWords()}
}

// line reads the quantities of the tokens of one line; base is the index
// of its first token in the whole text (for the key cache).
func (s *scanner) line(toks []token.Token, base int) {
	s.toks, s.base = toks, base
	n := len(toks)
	lim := n
	for i := 0; i < n; {
		// Every quantity has a token that can carry a number (hot) within
		// its first few tokens: find the next one, then try the few
		// tokens before it that can open a quantity.
		h := i
		for h < n && !s.isHot(h) {
			h++
		}
		if h == n {
			break
		}
		found := false
		for j := max(i, h-maxCue-1); j <= h; j++ {
			if j < h && !s.canStart(j, h) {
				continue
			}
			if e := s.phone(j, lim); e > j {
				i, found = e, true
				break
			}
			q, e, ok := s.at(j, lim)
			if ok && e > j {
				if !s.inName(&q, j, e, lim) && !s.inIdiom(j, e, lim) {
					s.out = append(s.out, q)
				}
				i, found = e, true
				break
			}
		}
		if !found {
			i = h + 1
		}
	}
}

// canStart reports whether token j, before the hot token h, can open a
// quantity: an approximation cue, entre or de before the number, a vague
// plural, a currency, a weekday or a month, a determiner before a
// fraction noun.
func (s *scanner) canStart(j, h int) bool {
	t := &s.toks[j]
	switch t.Kind {
	case token.Symbol, token.Punct:
		if t.Kind == token.Symbol && currencySymbols[t.Text] != currency.XXX {
			return true
		}
		return s.flags(j)&fCueFirst != 0 && s.cueAt(j)
	case token.Word, token.Elision, token.Abbrev:
	default:
		return false
	}
	if j+1 == h {
		switch k := s.kk(h); {
		case strings.HasPrefix(k, "siecle"):
			return true // xxie siècle
		case k == "moitie" || k == "tiers" || k == "quart":
			return true // la moitié
		case k == "cinquieme" || k == "dixieme" || k == "centieme" || k == "millieme":
			return true // le dixième des revenus
		}
	}
	if c := t.Text[len(t.Text)-1]; 'A' <= c && c <= 'Z' && len(t.Text) <= 4 || abbrevOK(t.Text) {
		return true // ISO codes, FCFA, US$, Dh
	}
	if !startBigram(t.Text) {
		return false
	}
	f := s.flags(j)
	if f&(fWeekday|fMonth) != 0 {
		return true
	}
	switch s.kk(j) {
	case "entre", "de", "d'", "moins":
		if j+1 == h {
			return true
		}
	case "des", "plusieurs", "quelques":
		return j+1 == h
	}
	return f&fCueFirst != 0 && s.cueAt(j)
}

// cueAt reports whether an approximation cue starts at j.
func (s *scanner) cueAt(j int) bool {
	_, _, _, ok := s.cue(j, len(s.toks), approxCues)
	return ok
}

// kk returns the folded key of token i ("" for tokens that are not words,
// abbreviations, elisions or symbols, or that fold to nothing known).
func (s *scanner) kk(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.entry(i).key
}

// flags returns the word flags of token i (0 for unknown words).
func (s *scanner) flags(i int) uint16 {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.entry(i).flags
}

// entry returns the cached key and flags of token i, computing them on
// first use.
func (s *scanner) entry(i int) *keyEntry {
	id := int32(s.base + i + 1)
	e := &s.cache[id%keyCache]
	if e.idx != id {
		e.idx = id
		e.key, e.flags = s.fold(i)
	}
	return e
}

func (s *scanner) fold(i int) (string, uint16) {
	t := s.toks[i]
	w := t.Text
	switch t.Kind {
	case token.Word, token.Abbrev, token.Elision:
	case token.Symbol:
		e := s.lex[w]
		return w, e.flags
	default:
		return "", 0
	}
	if len(w) > 48 {
		return "", 0
	}
	if !needsFold(w) {
		return w, s.lex[w].flags
	}
	b, ok := foldInto(s.buf[:0], w)
	if !ok {
		return "", 0
	}
	if e, ok := s.lex[string(b)]; ok {
		return e.key, e.flags
	}
	return string(b), 0
}

func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// isHot reports whether token i can carry a number: digits, a date or
// time, a number word, an ordinal.
func (s *scanner) isHot(i int) bool {
	t := s.toks[i]
	switch t.Kind {
	case token.Number, token.Date, token.Time:
		return true
	case token.Punct:
		// ½ ¾ and the other fraction characters (U+00BC–U+00BE,
		// U+2150–U+215E): test the first byte before the table
		if c := t.Text[0]; c != 0xC2 && c != 0xE2 {
			return false
		}
		_, ok := vulgarFractions[t.Text]
		return ok
	case token.Word:
	default:
		return false
	}
	c := t.Text[0]
	if l := c | 0x20; l == 'm' || l == 'f' || l == 'd' { // Mi-2021, fin-2023, début-2025
		if h := strings.IndexByte(t.Text, '-'); h > 0 && h+1 < len(t.Text) && '0' <= t.Text[h+1] && t.Text[h+1] <= '9' {
			return true
		}
	}
	if 'A' <= c && c <= 'Z' && len(t.Text) > 3 && '0' <= t.Text[3] && t.Text[3] <= '9' {
		_, ok := isoCurrency(t.Text[:3])
		return ok // USD3,14
	}
	f := hotFirst[c]
	if f == 0 {
		return false
	}
	if f&hotDigit != 0 {
		return true
	}
	if f&hotRoman != 0 && s.romanHot(i) {
		return true
	}
	if !hotHash(t.Text) {
		return false
	}
	k := s.kk(i)
	if k == "" {
		return false
	}
	p, _ := nextPart(k)
	if _, ok := cardinals[p]; ok {
		if k == "un" || k == "une" {
			return s.unHot(i)
		}
		return true
	}
	switch k {
	case "premier", "premiere", "premiers", "premieres", "second", "seconde", "seconds", "secondes",
		"moitie", "tiers", "quart":
		return true
	}
	if _, ok := demiScale(k); ok {
		return true
	}
	if _, _, ok := hyphenFraction(k); ok {
		return true
	}
	if strings.HasSuffix(k, "ieme") || strings.HasSuffix(k, "iemes") || strings.HasSuffix(k, "siecle") {
		return true
	}
	return strings.HasPrefix(k, "mi-")
}

// romanHot reports whether token i may be a Roman ordinal (XXIe, IIIe,
// Ier, XVIII before siècle), without folding it.
func (s *scanner) romanHot(i int) bool {
	w := s.toks[i].Text
	n := 0
	for n < len(w) && hotFirst[w[n]]&hotRoman != 0 {
		n++
	}
	rest := w[n:]
	if rest == "" {
		return n >= 2
	}
	if len(rest) > 8 {
		return false
	}
	var buf [16]byte
	b, ok := foldInto(buf[:0], rest)
	if !ok {
		return false
	}
	suf := string(b)
	if !ordinalSuffix(suf, 1) && !(ordinalSuffix(suf, 2) && n > 1) {
		return false
	}
	// Le, De, Ce, Me, Les, Des: words, not ordinals.
	if n == 1 && (suf == "e" || suf == "es") && strings.IndexByte("LCDM", w[0]) >= 0 {
		return i+1 < len(s.toks) && strings.HasPrefix(s.kk(i+1), "siecle")
	}
	return true
}

// Flags of hotFirst.
const (
	hotDigit = 1 << iota
	hotRoman
	hotLetter
)

// hotFirst flags the first bytes of tokens that can carry a number.
var hotFirst = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] |= hotDigit
	}
	for _, c := range "IVXLCDM" {
		t[c] |= hotRoman
	}
	for _, c := range "zudtqcshnovmbpZUDTQCSHNOVMBP" {
		t[c] |= hotLetter // first letters of number words (zéro, un, deux…)
	}
	return t
}()

// hotHash reports whether the folded first part of w (up to a hyphen) may
// be a word that carries a number. It folds and hashes on the fly, without
// allocating; the set has false positives, never false negatives.
func hotHash(w string) bool {
	if len(w) < 2 {
		return false
	}
	if b := uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20); hotBigrams[b>>6]&(1<<(b&63)) == 0 {
		return false
	}
	h, ok := partHash(w)
	return !ok || hotParts[h>>6&(hotBits/64-1)]&(1<<(h&63)) != 0
}

// hotBits is the size of the bit set of hotParts.
const hotBits = 1 << 13

// partHash hashes the folded form of w up to its first hyphen (FNV-1a).
// It reports false when it cannot tell: a rune other than an ASCII or
// Latin-1 letter (the exact check decides).
func partHash(w string) (uint32, bool) {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '-':
			return h, true
		case c < 0x80:
			c = lowerASCII[c]
		case c == 0xC2 && i+1 < len(w) && w[i+1] == 0xAD:
			i++ // soft hyphen
			continue
		case c == 0xC3 && i+1 < len(w):
			i++
			c = accentFold[w[i]]
			if c == 0 {
				return 0, true // a letter in no number word
			}
		default:
			return 0, false
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h, true
}

var lowerASCII = func() (t [128]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// accentFold maps the second byte of a two-byte Latin-1 letter (after
// 0xC3) to its base letter, or 0.
var accentFold = func() (t [256]byte) {
	for b := 0x80; b < 0xC0; b++ {
		if f, ok := foldInto(nil, string([]byte{0xC3, byte(b)})); ok {
			t[b] = f[0]
		}
	}
	return t
}()

// hotBigrams is the bit set of the first two bytes (lower-cased) of the
// words of hotParts, checked before hashing.
var hotBigrams = func() *[1 << 10]uint64 {
	var m [1 << 10]uint64
	set := func(w string) {
		b := uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20)
		m[b>>6] |= 1 << (b & 63)
	}
	for _, w := range hotWords() {
		set(w)
	}
	set("zé")
	return &m
}()

// hotWords lists the folded words whose first part can carry a number.
func hotWords() []string {
	var l []string
	for w := range cardinals {
		l = append(l, w)
	}
	for stem := range ordinalStems {
		l = append(l, stem+"ieme", stem+"iemes")
	}
	return append(l, "premier", "premiere", "premiers", "premieres", "second",
		"seconde", "seconds", "secondes", "siecle", "siecles", "mi", "unieme", "uniemes",
		"moitie", "tiers", "quart", "quarts", "demi", "demie", "demis", "demies")
}

// hotParts is the bit set of partHash over the words that can carry a
// number: cardinal words, ordinal words in -ième, premier, second, siècle,
// the mi- prefix.
var hotParts = func() *[hotBits / 64]uint64 {
	var m [hotBits / 64]uint64
	set := func(w string) {
		h, _ := partHash(w)
		m[h>>6&(hotBits/64-1)] |= 1 << (h & 63)
	}
	for _, w := range hotWords() {
		set(w)
	}
	return &m
}()

// startWords are the folded words that can open a quantity before its
// first number: the first words of approximation cues, entre, de, vague
// plurals, weekdays and months.
var startWords = func() map[string]bool {
	m := map[string]bool{"entre": true, "de": true, "d'": true, "moins": true, "des": true,
		"plusieurs": true, "quelques": true, "~": true, "≈": true}
	for c := range approxCues {
		w, _, _ := strings.Cut(c, " ")
		if i := strings.IndexByte(w, '\''); i >= 0 && i < len(w)-1 {
			w = w[:i+1]
		}
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range months {
		m[w] = true
		m[w+"."] = true
	}
	return m
}()

// startBigrams is the bit set of the first two bytes (lower-cased) of the
// words that can open a quantity before its number (start words, cue
// words, months, weekdays); every word starting with an accented letter
// passes.
var startBigrams = func() *[1 << 10]uint64 {
	var m [1 << 10]uint64
	set := func(b uint16) { m[b>>6] |= 1 << (b & 63) }
	add := func(w string) {
		if len(w) == 1 {
			for c := 0; c < 256; c++ {
				set(uint16(w[0]|0x20)<<8 | uint16(byte(c)|0x20))
			}
			return
		}
		set(uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20))
		set(uint16(w[0]|0x20)<<8 | 0xC3 | 0x20) // an accented second letter: décembre
	}
	for w := range startWords {
		add(w)
	}
	for w := range cueFirsts {
		add(w)
	}
	for c := 0; c < 256; c++ {
		set(uint16(0xC3|0x20)<<8 | uint16(byte(c)|0x20))
	}
	return &m
}()

func startBigram(w string) bool {
	if len(w) < 2 {
		return true
	}
	b := uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20)
	return startBigrams[b>>6]&(1<<(b&63)) != 0
}

// unHot reports whether the article un/une at i may be a numeral: it ends
// the phrase or comes before a number word, a fraction, a currency, sur,
// et, pour, or a noun and sur (un Français sur trois).
func (s *scanner) unHot(i int) bool {
	n := len(s.toks)
	if i+1 >= n || s.toks[i+1].Kind != token.Word {
		// un à un, une par une: not a count.
		p := s.kk(i - 1)
		return !((p == "a" || p == "par") && (s.kk(i-2) == "un" || s.kk(i-2) == "une"))
	}
	if countPreps[s.kk(i+1)] && s.keyBefore(i, 2, 4, "en") {
		return true // il n'en reste qu'un en détention
	}
	switch nx := s.toks[i+1].Text; nx {
	case "sur", "et", "pour", "virgule", "ou":
		return true
	default:
		if hotHash(nx) {
			k := s.kk(i + 1)
			if w, ok := cardinals[k]; ok && w.cls == wApprox {
				return true // une demi-douzaine, une dizaine
			}
			p, _ := nextPart(k)
			if _, ok := cardinals[p]; ok {
				return true
			}
			if _, ok := fractionWords[k]; ok {
				return true
			}
			if _, ok := ordinalWord(k); ok {
				return true
			}
			if _, ok := demiScale(k); ok {
				return true // un demi-million
			}
		}
	}
	if s.flags(i+1)&fCurrency != 0 {
		return true
	}
	return i+2 < n && s.toks[i+2].Text == "sur"
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
	case token.Word, token.Number, token.Symbol, token.Elision, token.Abbrev, token.Punct:
	default:
		return Quantity{}, 0, false
	}
	if v, ok := vulgarFractions[t.Text]; ok {
		q := s.make(i, i+1, Fraction) // ¾ des terres
		q.Value = ptr(quo(Int(int64(v[0])), Int(int64(v[1]))))
		return q, i + 1, true
	}
	if q, j, ok := s.dateWords(i, lim); ok {
		return q, j, true
	}
	if c, j := s.spacedClock(i, lim); j > i {
		q := s.make(i, j, Date)
		q.Date = c
		return q, j, true
	}
	if q, j, ok := s.ordinal(i, lim); ok {
		return q, j, true
	}
	if q, j, ok := s.fractionNoun(i, lim); ok {
		return q, j, true
	}
	if q, j, ok := s.isoGlued(i, lim); ok {
		return q, j, true
	}
	if _, _, ok := hyphenFraction(s.kk(i)); ok && s.toks[i].Kind == tokWord {
		// trois-quarts, deux-tiers
		n, d, _ := hyphenFraction(s.kk(i))
		q := s.make(i, i+1, Fraction)
		q.Value = ptr(quo(Int(int64(n)), Int(int64(d))))
		return q, i + 1, true
	}
	return s.quantity(i, lim)
}

// isoGlued reads an ISO code glued to its amount: USD3,14, EUR29,99.
func (s *scanner) isoGlued(i, lim int) (Quantity, int, bool) {
	w := s.toks[i].Text
	if s.toks[i].Kind != tokWord || len(w) < 4 || w[3] < '0' || w[3] > '9' {
		return Quantity{}, 0, false
	}
	u, ok := isoCurrency(w[:3])
	if !ok || digitRun(w, 3) != len(w) {
		return Quantity{}, 0, false
	}
	end := i + 1
	if i+2 < lim && s.toks[i+1].Text == "," && s.toks[i+2].Kind == tokNumber &&
		s.adjacent(i, i+1) && s.adjacent(i+1, i+2) && digitRun(s.toks[i+2].Text, 0) == len(s.toks[i+2].Text) {
		end = i + 3
	}
	v, st := parseDigits(s.text[s.toks[i].Start+3 : s.toks[end-1].End])
	if st != digitsOK {
		return Quantity{}, 0, false
	}
	q := s.make(i, end, Money)
	q.Value, q.Currency = ptr(v), u
	return q, end, true
}

// hyphenFraction splits a hyphenated fraction (trois-quarts, deux-tiers)
// into its numerator and denominator.
func hyphenFraction(k string) (uint64, uint64, bool) {
	a, b, ok := strings.Cut(k, "-")
	if !ok {
		return 0, 0, false
	}
	w, ok := cardinals[a]
	den, ok2 := fractionWords[b]
	if !ok || !ok2 || w.cls != wUnit || den == 2 {
		return 0, 0, false
	}
	return w.val, den, true
}

// demiScale returns half the scale of demi-million, demi-milliard.
func demiScale(k string) (uint64, bool) {
	a, b, ok := strings.Cut(k, "-")
	if !ok || a != "demi" {
		return 0, false
	}
	w, ok := cardinals[b]
	if !ok || w.cls != wScale || w.val < 1e6 {
		return 0, false
	}
	return w.val, true
}

// fractionNoun reads a fraction noun after a determiner: la moitié, de
// moitié, le tiers des voix, le quart.
func (s *scanner) fractionNoun(i, lim int) (Quantity, int, bool) {
	d, k := s.key(i, lim), s.key(i+1, lim)
	var den uint64
	switch k {
	case "moitie":
		switch d {
		case "la", "une", "de", "a", "leur", "cette":
			den = 2
		case "sa": // sa moitié de la facture; avec sa moitié (a spouse)
			if n := s.key(i+2, lim); n == "de" || n == "du" || n == "des" || n == "d'" {
				den = 2
			}
		}
	case "tiers", "quart":
		switch d {
		case "le", "du", "au", "un":
			switch n := s.key(i+2, lim); {
			case fractionIdiom(k, n, s.key(i+3, lim)):
				return Quantity{}, 0, false
			case n == "de" || n == "des" || n == "du" || n == "d'":
				if s.key(i+3, lim) == "heure" {
					return Quantity{}, 0, false
				}
				den = 3
			case n == "restant" || n == "restants":
				den = 3 // le tiers restant
			case i+2 >= lim || s.toks[i+2].Kind == token.Punct:
				if d == "au" && k == "tiers" {
					return Quantity{}, 0, false // assuré au tiers
				}
				den = 3
			}
			if k == "quart" && den != 0 {
				den = 4
			}
		}
	case "cinquieme", "dixieme", "centieme", "millieme":
		// le dixième des revenus: a fraction; le dixième candidat: a rank
		if n := s.key(i+2, lim); (d == "le" || d == "du" || d == "au") && (n == "de" || n == "des" || n == "du" || n == "d'") {
			c, _ := ordinalWord(k)
			den = cardinals[c].val
		}
	}
	if den == 0 {
		return Quantity{}, 0, false
	}
	q := s.make(i, i+2, Fraction)
	q.Value = ptr(quo(Int(1), Decimal(den, 0, false)))
	return q, i + 2, true
}

// make builds a Quantity over tokens [i, j).
func (s *scanner) make(i, j int, kind Kind) Quantity {
	st, en := s.toks[i].Start, s.toks[j-1].End
	return Quantity{Text: s.text[st:en], Start: st, End: en, Kind: kind}
}

func ptr(n Number) *Number { return &n }

func abbrevOK(w string) bool {
	_, ok := abbrevCurrency(w)
	return ok
}

// card returns the number word of token i, if it is one (before lim).
func (s *scanner) card(i, lim int) (numWord, bool) {
	if i >= lim || s.flags(i)&fCardinal == 0 {
		return numWord{}, false
	}
	w, ok := cardinals[s.kk(i)]
	return w, ok
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
	if k == "" || s.toks[j].Kind != tokWord || k[0] < 'a' || k[0] > 'z' {
		return "", j
	}
	f := s.flags(j)
	if f&(fNotUnit|fCardinal|fMonth|fApproxCue) != 0 || f&fStop != 0 && f&fUnitNoun == 0 {
		return "", j
	}
	return s.toks[j].Text, j + 1
}

// breakBefore reports whether a line break separates tokens i-1 and i.
func (s *scanner) breakBefore(i int) bool {
	a, b := s.toks[i-1].End, s.toks[i].Start
	return b > a && strings.IndexByte(s.text[a:b], '\n') >= 0
}

// inName reports whether the quantity q, read from tokens [j, e), is
// part of a name: a spelled ordinal with a capital after a capitalised
// word (sur La Première); digits right after a noun they name (la loi 96,
// l'article 12), or right after a word with a capital that is no
// function word, cue, month or weekday, with nothing or a capitalised
// word counted, followed by a function word, a word in the singular, a
// capitalised word or a punctuation mark (le CAC 40 a clôturé, Windows 11
// équipe, le Boeing 737 MAX est cloué au sol); or, in the middle of a
// sentence, a capitalised number word before a capitalised word (les
// Trente Glorieuses).
func (s *scanner) inName(q *Quantity, j, e, lim int) bool {
	if k := s.kk(j); q.Kind == Ordinal && j > 0 && !s.sentenceStart(j) && s.toks[j].Kind == tokWord &&
		textnorm.StartsUpper(s.toks[j].Text) && textnorm.StartsUpper(s.toks[j-1].Text) && q.Unit == "" &&
		(strings.HasPrefix(k, "premi") || strings.HasPrefix(k, "second") || strings.HasSuffix(k, "ieme")) {
		return true // sur La Première (a radio station), not François Ier
	}
	if q.Kind != Cardinal || j == 0 || s.sentenceStart(j) {
		return false
	}
	t := s.toks[j]
	switch t.Kind {
	case tokNumber:
		p := s.toks[j-1]
		if q.Unit == "" && p.Kind == tokWord && idNouns[s.kk(j-1)] {
			return true // la loi 96, l'article 12
		}
		if q.Unit != "" && !textnorm.StartsUpper(q.Unit) || p.Kind != tokWord || len(p.Text) < 2 || !textnorm.HasUpper(p.Text) ||
			s.flags(j-1)&(fMonth|fWeekday|fStop|fApproxCue|fCueFirst|fStart) != 0 || s.text[p.End:t.Start] != " " {
			return false
		}
		if e >= lim {
			return true
		}
		n := s.toks[e]
		switch n.Kind {
		case token.Punct:
			return strings.Contains(",.;:!?)", n.Text)
		case token.Elision:
			return true
		case tokWord:
			// a function word, a name, or a word in the singular, which
			// the number does not count (Windows 11 équipe, la Renault 5
			// électrique)
			k := s.kk(e)
			return textnorm.StartsUpper(n.Text) || nameFollowers[k] || k != "" && !strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "x")
		}
		return false
	case tokWord:
		if !textnorm.StartsUpper(t.Text) {
			return false
		}
		if q.Unit != "" {
			return textnorm.StartsUpper(q.Unit)
		}
		return e < lim && s.toks[e].Kind == tokWord && textnorm.StartsUpper(s.toks[e].Text)
	}
	return false
}

// idNouns are the nouns that a number names rather than counts: la loi
// 96, l'article 12, la ligne 14.
var idNouns = map[string]bool{
	"loi": true, "article": true, "articles": true, "alinea": true, "amendement": true, "decret": true,
	"chapitre": true, "paragraphe": true, "ligne": true, "vol": true, "route": true, "salle": true,
	"quai": true, "voie": true, "porte": true, "terminal": true, "bus": true, "tram": true,
	"numero": true, "resolution": true, "tome": true, "volume": true, "episode": true,
}

// nameFollowers are the function words that may follow a name ending in
// digits (le CAC 40 a clôturé, Ariane 6 sera lancée, France 2 et TF1).
var nameFollowers = map[string]bool{
	"a": true, "ont": true, "est": true, "sont": true, "sera": true, "serait": true, "etait": true,
	"avait": true, "va": true, "doit": true, "peut": true, "et": true, "ou": true, "de": true,
	"du": true, "des": true, "en": true, "sur": true, "dans": true, "pour": true, "avec": true,
	"par": true, "qui": true, "que": true, "le": true, "la": true, "les": true, "au": true,
	"aux": true, "se": true, "ne": true, "reste": true, "fait": true, "vient": true,
}

// sentenceStart reports whether token i opens a sentence of the line: it
// is the first, or comes after an end of sentence, a colon or an opening
// quote.
func (s *scanner) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	switch p := s.toks[i-1]; p.Kind {
	case token.OpenQuote:
		return true
	case token.Punct:
		return strings.Contains(".!?…:", p.Text)
	}
	return false
}

// idioms are fixed phrases whose number words count nothing, as folded
// tokens (a comma stands for any punctuation mark): faire les cent pas, se mettre en quatre, deux poids, deux
// mesures.
var idioms = []string{
	"les cent pas", "mettre en quatre", "mis en quatre", "met en quatre", "mettent en quatre",
	"cheveux en quatre", "plie en quatre", "plies en quatre", "pliee en quatre", "pliees en quatre",
	"a deux doigts", "midi a quatorze heures", "en deux temps , trois mouvements",
	"deux temps , trois mouvements", "deux temps trois mouvements", "septieme art", "quatrieme pouvoir",
	"ses quatre verites", "leurs quatre verites", "ni une ni deux", "ni un ni deux",
	"deux poids , deux mesures", "deux poids deux mesures", "d' une pierre deux coups",
	"quatre epingles", "quatre coins", "entre quatre yeux", "quatre veines", "voir trente-six chandelles",
	"vu trente-six chandelles",
	"trente-six du mois", "septieme ciel", "quatre cents coups", "cinquieme roue", "son trente et un",
	"son trente-et-un", "un de ces quatre", "trois fois rien", "comme trois pommes", "a quatre pattes",
	"en deux mots", "deux gouttes d' eau", "un clin d' oeil", "sept lieues", "mille morceaux",
	"taux zero", "tolerance zero", "zero dechet", "risque zero", "zero carbone", "zero defaut", "patient zero",
	"partir de zero", "repartir de zero", "reparti de zero", "repart de zero", "mille sabords",
	"vingt-deux , v'la", "au second degre", "au premier abord", "de premier plan", "la une",
	"par quatre chemins", "sept fois sa langue", "quatre-quarts",
}

// idiomRef is an idiom and the position of a number word in it.
type idiomRef struct {
	words []string
	pos   int
}

// idiomIndex maps each word of an idiom to the idioms that hold it.
var idiomIndex = sync.OnceValue(func() map[string][]idiomRef {
	m := map[string][]idiomRef{}
	for _, p := range idioms {
		w := strings.Fields(p)
		for i, k := range w {
			if k == "," {
				w[i] = "" // the key of a punctuation mark
				continue
			}
			m[k] = append(m[k], idiomRef{w, i})
		}
	}
	return m
})

// inIdiom reports whether a token of the quantity read from tokens [j, e)
// is a word of an idiom written around it.
func (s *scanner) inIdiom(j, e, lim int) bool {
	index := idiomIndex()
	for n := j; n < e; n++ {
		for _, r := range index[s.kk(n)] {
			b := n - r.pos
			if b < 0 || b+len(r.words) > lim {
				continue
			}
			ok := true
			for x, w := range r.words {
				if s.kk(b+x) != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// vulgarFractions are the Unicode fraction characters, as numerator and
// denominator.
var vulgarFractions = map[string][2]uint8{
	"½": {1, 2}, "⅓": {1, 3}, "⅔": {2, 3}, "¼": {1, 4}, "¾": {3, 4}, "⅕": {1, 5}, "⅖": {2, 5},
	"⅗": {3, 5}, "⅘": {4, 5}, "⅙": {1, 6}, "⅚": {5, 6}, "⅛": {1, 8}, "⅜": {3, 8}, "⅝": {5, 8}, "⅞": {7, 8},
}
