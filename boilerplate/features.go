package boilerplate

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// feat holds the measures of one block that the rules read.
type feat struct {
	chars      int  // runes
	words      int  // word-like tokens: words, elisions, clitics, abbreviations
	stop       int  // stopwords among them
	sents      int  // sentences
	final      bool // ends with . ! ? … (possibly followed by quotes or brackets)
	ellipsis   bool // ends with … or ...
	nums       int  // numbers, dates and times
	dates      int  // date and time tokens, month and weekday names
	links      int  // URLs, e-mails, handles, hashtags
	capInit    int  // words starting with a capital
	seps       int  // menu separators: | ▪ • › · and runs of > or /
	crumbs     int  // breadcrumb separators: > ›
	slashes    int  // slashes: two or more separate a breadcrumb (Accueil / Agenda / Week-end)
	degrees    int  // degree signs: a weather widget
	minute     bool // the block is a match minute: 78', 90+3'
	step       int  // the number of a numbered step the block starts with (2. Cliquez…), 0 if none
	parName    bool // a byline start followed by a name: Par Hélène Carrasco, professeure…
	where      bool // says where people stand in a picture: (au centre), de gauche à droite
	agencyWord int  // word position (1-based) of the last agency word, 0 if none
	first      rune // first letter of the block

	cues        [6]cueHit // the cues found, in order
	nCues       int
	legal       int  // distinct legal-disclaimer cues
	strongLegal bool // one of them is a strong cue
	dayDates    int  // date tokens and month names (not clock times)
	creditSlash bool // an agency name followed by "/": REUTERS/Name
	dashStart   bool // the block starts with a dash
	colonEnd    bool // the block ends with a colon
	handles     int  // handles and hashtags
	readOn      bool // starts with Lire/Voir/Écouter/Regarder and has a colon soon after
	avec        bool // starts with "avec" (after a bracket)
	agencyFirst bool // the first word is an agency: ats/jfe, AFP
	period      bool // ends with a period or an ellipsis
	parenCredit bool // ends with a bracketed credit: (Louise Petit/Libération)
	coverage    int  // tokens covered by cues
	photo       bool
	byline      bool // starts like a byline: Par …, Un texte de …, Propos recueillis par …
	paren       bool // the block is wrapped in brackets
	copySign    bool // the block starts with ©
	copyYear    bool // © or copyright followed by a year
	bio         bool // a name, "est", then a newsroom role: an author biography
	dateEnd     bool // ends with ", le 3 mars 2024.": a caption's place and date
	you         int  // words addressing the reader: vous, votre, vos
	we          int  // words of the site about itself: nous, notre, nos
}

// density is the share of stopwords among the words.
func (f *feat) density() float64 {
	if f.words == 0 {
		return 0
	}
	return float64(f.stop) / float64(f.words)
}

// tok is a token of a block without pointers (storing it costs no write
// barrier): its bounds in the source text, its kind and its vocabulary id,
// 0 for a word outside the vocabulary.
type tok struct {
	start, end int
	id         int32
	kind       token.Kind
}

// blk is a block being measured: its tokens, with bounds in src.
type blk struct {
	src  string
	toks []tok
}

// text returns the text of token i.
func (b *blk) text(i int) string {
	t := &b.toks[i]
	return b.src[t.start:t.end]
}

// scratch is the reusable working memory of one classification.
type scratch struct {
	k    keyer
	toks []tok     // the tokens of the current block
	rare []rareTok // the tokens that measure looks at again
	f    feat      // the counts of the current block

	first   int  // the index of the first token of the current sentence
	pending bool // a terminal token was seen: a sentence may end
}

// begin starts a new block.
func (s *scratch) begin() {
	s.toks = s.toks[:0]
	s.rare = s.rare[:0]
	s.f = feat{}
	s.first, s.pending = 0, false
}

// add appends the token src[start:end] of the given kind, with its
// vocabulary id, and counts it: the counts that every token updates are
// kept here, while the tokens whose word has rarer flags (or that may start
// a cue) are listed in s.rare for [measure]. The common case, an ASCII word
// of two to eight bytes, is looked up without a call.
func (s *scratch) add(r *rules, src string, kind token.Kind, start, end int) {
	var id int32
	if looked[kind] {
		n := end - start
		if n == 1 && src[start] < utf8.RuneSelf {
			id = r.table.ascii[lowerASCII[src[start]]]
		} else if n >= 2 && n <= 8 && (start+8 <= len(src) || end >= 8) {
			var x uint64
			if start+8 <= len(src) {
				x = load64(src, start) & (^uint64(0) >> (64 - 8*n))
			} else {
				x = load64(src, end-8) >> (64 - 8*n)
			}
			if x&hiBits == 0 {
				id = r.table.find8(lower8(x), n)
			} else {
				id = r.lookupAt(src, start, end, &s.k)
			}
		} else {
			id = r.lookupAt(src, start, end, &s.k)
		}
	}
	i := len(s.toks)
	s.toks = append(s.toks, tok{start, end, id, kind})
	f := &s.f
	switch kind {
	case token.Word, token.Elision, token.Clitic, token.Abbrev:
		f.words++
		fl := r.flags[id]
		if kind == token.Elision {
			fl |= fStop
		}
		if c := src[start]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				f.capInit++
			}
		} else if c, _ := utf8.DecodeRuneInString(src[start:end]); unicode.IsUpper(c) {
			f.capInit++
		}
		if fl&fStop != 0 {
			f.stop++
		}
		if fl&^fStop != 0 {
			s.rare = append(s.rare, rareTok{int32(i), int32(f.words)})
		}
	case token.Number, token.Date, token.Time:
		f.nums++
		if kind != token.Number {
			f.dates++
		}
		if kind == token.Date {
			f.dayDates++
		} else if i > 0 && i <= 3 && f.copySign && end-start >= 4 {
			f.copyYear = true
		}
	case token.URL, token.Email, token.Handle, token.Hashtag:
		f.links++
		if kind != token.URL && kind != token.Email {
			f.handles++
		}
	case token.Symbol:
		switch src[start:end] {
		case "©":
			if i == 0 {
				f.copySign = true
			}
			f.photo = f.photo || f.words <= 60
		case ">":
			f.seps++
			f.crumbs++
		case "°":
			f.degrees++
		}
	case token.CloseQuote, token.OpenQuote:
		if t := src[start:end]; t == "›" || t == "‹" {
			f.seps++
			f.crumbs++
		}
	case token.Punct:
		switch src[start:end] {
		case "/":
			f.seps++
			f.slashes++
		case "|", "▪", "•", "›", "·", ">", "»":
			f.seps++
		case "–":
			f.seps++
			if i == 0 {
				f.dashStart = true
			}
		case "—", "-":
			if i == 0 {
				f.dashStart = true
			}
		}
		if i < 3 && r.flags[id]&fCue != 0 {
			s.rare = append(s.rare, rareTok{int32(i), int32(f.words)})
		}
	}
	// Sentences, as [token.Split] splits a line: after a terminal token and
	// its closers, a token that can start a sentence starts one.
	if s.pending {
		if isCloser(src, kind, start, end) {
			return
		}
		if startsSentence(src, kind, start, end) {
			f.sents++
			s.first = i
		}
		s.pending = false
	}
	if isTerminal(src, kind, start, end) {
		s.pending = true
	}
}

// rareTok is a token that [measure] looks at again: its index and the
// number of words up to it.
type rareTok struct{ i, words int32 }

// looked tells the kinds of token that are looked up in the vocabulary.
var looked = func() (l [256]bool) {
	for k := range l {
		switch token.Kind(k) {
		case token.Number, token.Date, token.Time, token.URL, token.Email, token.Handle, token.Hashtag:
		default:
			l[k] = true
		}
	}
	return l
}()

// measure computes the features of a block, its text, from its tokens
// added to s since [scratch.begin].
func measure(text string, src string, r *rules, s *scratch) feat {
	f := s.f
	b := &blk{src, s.toks}
	toks := b.toks
	if s.pending {
		f.sents++
		s.first = len(toks)
	}
	if s.first < len(toks) {
		f.sents++
	}
	f.chars = runeCount(text)
	if r0, _ := utf8.DecodeRuneInString(text); r0 != utf8.RuneError {
		f.first = r0
	}
	if len(text) > 0 {
		f.paren = text[0] == '(' && text[len(text)-1] == ')'
	}
	var legalSeen [6][2]int32
	nLegal := 0
	estAt := -1
	for _, rt := range s.rare {
		i, words := int(rt.i), int(rt.words)
		t := &toks[i]
		if t.kind == token.Punct {
			f.matchCues(r.infos[t.id].cues, i, toks)
			continue
		}
		fl0 := r.flags[t.id]
		fl := fl0
		if fl&(fMonth|fDay) != 0 {
			f.dates++
		}
		if fl&fMonth != 0 && i > 0 {
			if pt := &toks[i-1]; pt.kind == token.Number || b.text(i-1) == "1er" {
				f.dayDates++
			}
		}
		if i <= 1 && fl&fAvec != 0 {
			f.avec = true
		}
		if words == 1 && fl&fAgency != 0 {
			f.agencyFirst = true
		}
		if i == 0 && fl&fReadOn != 0 {
			f.readOn = colonSoon(b, i)
		}
		if i == 1 && fl&fReadOn != 0 && (b.text(0) == "À" || b.text(0) == "A") {
			// À lire aussi : a headline (the header alone is a related cue)
			f.readOn = colonSoon(b, i) && b.text(len(toks)-1) != ":"
		}
		if fl&fAgency != 0 {
			f.agencyWord = words
			// (not the agencies of a dateline: VEVEY (ATS/AWP) - …)
			if i+1 < len(toks) && b.text(i+1) == "/" && !(i > 0 && i <= 4 && b.text(i-1) == "(") {
				f.creditSlash = true
			}
		}
		if fl&fCredit != 0 && i+1 < len(toks) && (b.text(i+1) == ":" || r.flags[toks[i+1].id]&fPhoto != 0) {
			fl |= fPhoto
		}
		if fl&fPhoto != 0 && words <= 60 && !(i > 0 && strings.HasPrefix(b.text(i-1), "appareil")) {
			f.photo = true // (not un appareil photo)
		}
		if fl&fEst != 0 && estAt < 0 && words >= 2 && words <= 5 {
			estAt = i
		}
		if fl&fRole != 0 && estAt >= 0 && i-estAt <= 2 {
			f.bio = true
		}
		if fl&fYou != 0 {
			f.you++
		}
		if fl&fWe != 0 {
			f.we++
		}
		if i == 0 && fl&fBylineStart != 0 {
			f.byline = true
		}
		if words < 200 && fl0&(fCue|fLegal) != 0 && r.infos[t.id].mayStartPhrase(toks, i) {
			wi := &r.infos[t.id]
			if fl0&fCue != 0 {
				f.matchCues(wi.cues, i, toks)
			}
			if fl0&fLegal != 0 && nLegal < len(legalSeen) {
				for _, lc := range wi.legal {
					ws := lc.words
					id := [2]int32{ws[0], ws[len(ws)-1]}
					if matchAt(ws, i, toks) && !seenPair(legalSeen[:nLegal], id) {
						legalSeen[nLegal] = id
						nLegal++
						if lc.strong {
							f.strongLegal = true
						}
						break
					}
				}
			}
		}
	}
	f.legal = nLegal
	f.dateEnd = endsWithDate(b, r)
	f.minute = matchMinute(b)
	f.step = stepNumber(b)
	f.parName = f.byline && len(toks) >= 3 && b.text(0) != "" && textnorm.StartsUpper(b.text(1)) && textnorm.StartsUpper(b.text(2))
	f.where = f.words <= captionWhereMax && saysWhere(b)
	if len(toks) > 0 {
		last := len(toks) - 1
		for last > 0 && (toks[last].kind == token.CloseQuote || b.text(last) == ")" || b.text(last) == "]") {
			last--
		}
		lt := b.text(last)
		switch lt {
		case ".", "!", "?", "…", "...", "?!", "!!", ".»", "?»":
			f.final = true
		}
		f.parenCredit = parenCredit(b)
		end := b.text(len(toks) - 1)
		if end == ":" {
			f.colonEnd = true
		}
		if lt == "." || lt == "…" || lt == "..." {
			f.period = true
		}
		if lt == "…" || lt == "..." {
			f.ellipsis = true
		}
		if toks[len(toks)-1].kind == token.Punct && len(end) > 1 && end[0] == '.' {
			f.final = true
		}
	}
	return f
}

// runeCount is [utf8.RuneCountInString], eight ASCII bytes at a time.
func runeCount(s string) int {
	n, i := 0, 0
	for i+8 <= len(s) {
		m := load64(s, i) & hiBits
		if m == 0 {
			n += 8
			i += 8
			continue
		}
		k := bits.TrailingZeros64(m) / 8
		n += k + 1
		i += k
		if c := s[i]; c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			i += 2
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

func seenPair(list [][2]int32, id [2]int32) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
}

func seen(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// cueHit is a cue found in a block.
type cueHit struct {
	*cue
	at int // token index
}

// matchCues records the cues among cands that match at token i.
func (f *feat) matchCues(cands []cue, i int, toks []tok) {
	for k := range cands {
		c := &cands[k]
		if f.nCues == len(f.cues) {
			return
		}
		if c.start && i != 0 && !(i <= 2 && leadingPunct(toks, i)) {
			continue
		}
		if c.noun && i > 0 && compiled().flags[toks[i-1].id]&fArticle != 0 {
			continue // les réactions, un journaliste: a noun of a sentence
		}
		if matchAt(c.words, i, toks) {
			f.cues[f.nCues] = cueHit{cue: c, at: i}
			f.nCues++
			f.coverage += len(c.words)
		}
	}
}

// cue returns the best cue that applies to a block of f.words words: the
// one from the earliest list, and false if none applies.
func (f *feat) cue() (cueHit, bool) {
	best, ok := cueHit{}, false
	proseLike := f.final && f.words >= 12
	cookies := 0
	for _, h := range f.cues[:f.nCues] {
		if h.class == Cookie {
			cookies++
		}
	}
	for _, h := range f.cues[:f.nCues] {
		if h.class == Cookie && cookies >= 2 && f.words <= cookieMaxWords {
			// Several consent phrases: a consent notice however long.
		} else if f.words > h.max || (proseLike || f.words >= 7 && len(h.words) == 1 && f.you == 0) && h.at > 2 && !h.strong && h.class != Cookie && h.class != Copyright {
			// (a single weak word inside a headline or a sentence that
			// does not speak to the reader is a word of news: « …,
			// annonce EDF », « Québec publie ses balises »)
			continue
		}
		if (h.class == Navigation || h.class == Share) && !h.strong && 2*f.coverage < f.words {
			continue
		}
		if !ok || h.prio < best.prio {
			best, ok = h, true
		}
	}
	return best, ok
}

// cookieMaxWords is the length, in words, up to which a block with two
// cookie-consent cues or more is a consent notice.
const cookieMaxWords = 200

// leadingPunct reports whether the tokens before i are all punctuation
// (">> Lire aussi", "- Voir :").
func leadingPunct(toks []tok, i int) bool {
	for j := 0; j < i; j++ {
		if k := toks[j].kind; k != token.Punct && k != token.Symbol {
			return false
		}
	}
	return true
}

// matchAt reports whether the folded tokens from i on spell ws, the ids of
// the words of a phrase.
func matchAt(ws []int32, i int, toks []tok) bool {
	if i+len(ws) > len(toks) {
		return false
	}
	for j := 1; j < len(ws); j++ {
		if toks[i+j].id != ws[j] {
			return false
		}
	}
	return true
}

// isTerminal reports whether the token src[start:end] of the given kind
// may end a sentence.
func isTerminal(src string, kind token.Kind, start, end int) bool {
	switch kind {
	case token.Punct:
		s := src[start:end]
		switch s[0] {
		case '.', '!', '?':
			return true
		}
		return s == "…"
	case token.Abbrev:
		switch src[start:end] {
		case "etc.", "Inc.", "Ltd.", "Co.", "al.":
			return true
		}
	}
	return false
}

// isCloser reports whether the token src[start:end] of the given kind
// closes a quotation or a bracket.
func isCloser(src string, kind token.Kind, start, end int) bool {
	if kind == token.CloseQuote {
		return true
	}
	if kind != token.Punct || end-start != 1 {
		return false
	}
	return src[start] == ')' || src[start] == ']'
}

// startsSentence reports whether the token src[start:end] of the given
// kind may start a sentence.
func startsSentence(src string, kind token.Kind, start, end int) bool {
	switch kind {
	case token.OpenQuote, token.Number, token.Date, token.Time, token.URL, token.Handle, token.Hashtag:
		return true
	case token.Punct:
		switch src[start:end] {
		case "(", "[", "-", "–", "—", "•", "*", "/":
			return true
		}
		return false
	case token.CloseQuote, token.Clitic, token.Symbol:
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[start:end])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// colonSoon reports whether a colon follows token i within four tokens.
func colonSoon(b *blk, i int) bool {
	for j := i + 1; j <= i+4; j++ {
		if j >= len(b.toks) {
			return false
		}
		if b.text(j) == ":" {
			return true
		}
	}
	return false
}

// parenCredit reports whether the tokens end with a bracketed photo credit
// made of capitalised words around a slash: (Name/Publisher), (Photo X/AFP).
func parenCredit(b *blk) bool {
	n := len(b.toks)
	if n < 5 || b.text(n-1) != ")" {
		return false
	}
	slash := false
	for j := n - 2; j >= 0 && j >= n-10; j-- {
		t, k := b.text(j), b.toks[j].kind
		switch {
		case t == "(":
			return slash && j > 0
		case t == "/":
			slash = true
		case k == token.Word || k == token.Abbrev:
			r, _ := utf8.DecodeRuneInString(t)
			if !unicode.IsUpper(r) {
				return false
			}
		case t == "-" || t == "." || t == "," || k == token.Elision:
		default:
			return false
		}
	}
	return false
}

// endsWithDate reports whether the tokens end with a comma and a day:
// ", le 3 mars 2024." or ", le 1er mai.".
func endsWithDate(b *blk, r *rules) bool {
	toks := b.toks
	k := len(toks) - 1
	if k >= 0 && b.text(k) == "." {
		k--
	}
	if k >= 0 && toks[k].kind == token.Number && toks[k].end-toks[k].start == 4 {
		k--
	}
	if k < 0 || r.flags[toks[k].id]&fMonth == 0 {
		return false
	}
	k--
	if k < 0 || !(toks[k].kind == token.Number && toks[k].end-toks[k].start <= 2 || b.text(k) == "1er") {
		return false
	}
	k--
	if k >= 0 && (b.text(k) == "le" || b.text(k) == "Le") {
		k--
	}
	return k > 0 && b.text(k) == ","
}

// matchMinute reports whether the block is the minute of an event in a
// live match report (78', 90+3') or the kilometre of a race (km 45).
func matchMinute(b *blk) bool {
	t := b.toks
	if len(t) == 2 && t[1].kind == token.Number && strings.EqualFold(b.text(0), "km") {
		return true // km 45 of a cycling stage
	}
	if len(t) != 2 && len(t) != 4 || t[0].kind != token.Number || len(b.text(0)) > 3 {
		return false
	}
	if len(t) == 4 && (b.text(1) != "+" || t[2].kind != token.Number) {
		return false
	}
	switch b.text(len(t) - 1) {
	case "'", "’", "′":
		return true
	}
	return false
}

// captionWhereMax is the longest block, in words, that saysWhere reads.
const captionWhereMax = 40

// saysWhere reports whether the block says where people stand in a
// picture, as captions do: "(au centre)", "(à gauche)", "de gauche à
// droite".
func saysWhere(b *blk) bool {
	t := b.toks
	is := strings.EqualFold
	for i := 0; i+2 < len(t); i++ {
		w := b.text(i + 1)
		switch b.text(i) {
		case "(":
			n := b.text(i + 2)
			if (is(w, "au") && is(n, "centre") || (is(w, "à") || is(w, "a")) && (is(n, "gauche") || is(n, "droite")) || is(w, "en") && (is(n, "haut") || is(n, "bas"))) &&
				i+3 < len(t) && b.text(i+3) == ")" {
				return true
			}
		case "de", "De":
			if is(w, "gauche") && i+3 < len(t) && (b.text(i+2) == "à" || b.text(i+2) == "a") && is(b.text(i+3), "droite") {
				return true
			}
		}
	}
	return false
}

// stepNumber returns the number of the step a block starts with, « 2. »
// or « 2) » followed by a word, or 0.
func stepNumber(b *blk) int {
	t := b.toks
	if len(t) < 3 || t[0].kind != token.Number || t[2].kind != token.Word {
		return 0
	}
	if sep := b.text(1); sep != "." && sep != ")" {
		return 0
	}
	w := b.text(0)
	if len(w) > 2 {
		return 0
	}
	v, err := strconv.Atoi(w)
	if err != nil || v < 0 {
		return 0
	}
	return v
}
