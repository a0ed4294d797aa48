package boilerplate

import (
	"unicode"
	"unicode/utf8"

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
	upper      int  // words written in capitals (two letters or more)
	capInit    int  // words starting with a capital
	seps       int  // menu separators: | ▪ • › · and runs of > or /
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

// scratch is the reusable working memory of one classification.
type scratch struct {
	k    keyer
	wis  []*wordInfo   // the vocabulary entry of each token of the block, or nil
	toks []token.Token // the tokens of the current line, for [Detector.Detect]
}

// lookup fills s.wis with the vocabulary entries of toks.
func (s *scratch) lookup(toks []token.Token, r *rules) []*wordInfo {
	if cap(s.wis) < len(toks) {
		s.wis = make([]*wordInfo, len(toks)+len(toks)/2+16)
	}
	wis := s.wis[:len(toks)]
	for i := range toks {
		t := &toks[i]
		wis[i] = nil
		switch t.Kind {
		case token.Number, token.Date, token.Time, token.URL, token.Email, token.Handle, token.Hashtag:
			continue
		}
		if len(t.Text) == 1 && t.Text[0] < utf8.RuneSelf {
			wis[i] = r.table.ascii[lowerASCII[t.Text[0]]]
			continue
		}
		if len(t.Text) > 2*r.maxLen {
			continue
		}
		if key := s.k.key(t.Text); len(key) <= r.maxLen {
			wis[i] = r.table.get(key)
		}
	}
	return wis
}

// measure computes the features of a block: its text and its tokens.
func measure(text string, toks []token.Token, r *rules, s *scratch) feat {
	var f feat
	f.chars = utf8.RuneCountInString(text)
	f.sents = countSentences(toks)
	if r0, _ := utf8.DecodeRuneInString(text); r0 != utf8.RuneError {
		f.first = r0
	}
	if len(text) > 0 {
		f.paren = text[0] == '(' && text[len(text)-1] == ')'
	}
	wis := s.lookup(toks, r)
	var legalSeen [6][2]*wordInfo
	nLegal := 0
	estAt := -1
	for i := range toks {
		t := &toks[i]
		switch t.Kind {
		case token.Word, token.Elision, token.Clitic, token.Abbrev:
			f.words++
			wi := wis[i]
			var fl uint16
			if wi != nil {
				fl = wi.flags
			}
			if t.Kind == token.Elision {
				fl |= fStop
			}
			if fl&fStop != 0 {
				f.stop++
			}
			if fl&(fMonth|fDay) != 0 {
				f.dates++
			}
			if fl&fMonth != 0 && i > 0 {
				if pt := &toks[i-1]; pt.Kind == token.Number || pt.Text == "1er" {
					f.dayDates++
				}
			}
			if i <= 1 && fl&fAvec != 0 {
				f.avec = true
			}
			if f.words == 1 && fl&fAgency != 0 {
				f.agencyFirst = true
			}
			if i == 0 && fl&fReadOn != 0 {
				f.readOn = colonSoon(toks, i)
			}
			if fl&fAgency != 0 {
				f.agencyWord = f.words
				if i+1 < len(toks) && toks[i+1].Text == "/" {
					f.creditSlash = true
				}
			}
			if c := t.Text[0]; c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					f.capInit++
					if len(t.Text) > 1 && isAllUpper(t.Text) {
						f.upper++
					}
				}
			} else if c, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(c) {
				f.capInit++
				if len(t.Text) > 1 && isAllUpper(t.Text) {
					f.upper++
				}
			}
			if fl&fCredit != 0 && i+1 < len(toks) && (toks[i+1].Text == ":" || wis[i+1] != nil && wis[i+1].flags&fPhoto != 0) {
				fl |= fPhoto
			}
			if fl&fPhoto != 0 && f.words <= 60 {
				f.photo = true
			}
			if fl&fEst != 0 && estAt < 0 && f.words >= 2 && f.words <= 5 {
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
			if f.words < 200 && wi != nil {
				if wi.cues != nil {
					f.matchCues(wi.cues, i, toks, wis)
				}
				if wi.legal != nil && nLegal < len(legalSeen) {
					for _, lc := range wi.legal {
						ws := lc.words
						id := [2]*wordInfo{ws[0], ws[len(ws)-1]}
						if matchAt(ws, i, wis) && !seenPair(legalSeen[:nLegal], id) {
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
		case token.Number, token.Date, token.Time:
			f.nums++
			if t.Kind != token.Number {
				f.dates++
			}
			if t.Kind == token.Date {
				f.dayDates++
			} else if i > 0 && i <= 3 && f.copySign && len(t.Text) >= 4 {
				f.copyYear = true
			}
		case token.URL, token.Email, token.Handle, token.Hashtag:
			f.links++
			if t.Kind != token.URL && t.Kind != token.Email {
				f.handles++
			}
		case token.Symbol:
			if t.Text == "©" && i == 0 {
				f.copySign = true
			}
			if t.Text == "©" {
				f.photo = f.photo || f.words <= 60
			}
		case token.Punct:
			switch t.Text {
			case "|", "▪", "•", "›", "·", ">", "»", "/", "–":
				f.seps++
			}
			if i == 0 && (t.Text == "—" || t.Text == "–" || t.Text == "-") {
				f.dashStart = true
			}
			if i < 3 && wis[i] != nil {
				f.matchCues(wis[i].cues, i, toks, wis)
			}
		}
	}
	f.legal = nLegal
	f.dateEnd = endsWithDate(toks, wis)
	if len(toks) > 0 {
		last := len(toks) - 1
		for last > 0 && (toks[last].Kind == token.CloseQuote || toks[last].Text == ")" || toks[last].Text == "]") {
			last--
		}
		lt := toks[last].Text
		switch lt {
		case ".", "!", "?", "…", "...", "?!", "!!", ".»", "?»":
			f.final = true
		}
		f.parenCredit = parenCredit(toks)
		if toks[len(toks)-1].Text == ":" {
			f.colonEnd = true
		}
		if lt == "." || lt == "…" || lt == "..." {
			f.period = true
		}
		if lt == "…" || lt == "..." {
			f.ellipsis = true
		}
		if toks[len(toks)-1].Kind == token.Punct && len(toks[len(toks)-1].Text) > 1 && toks[len(toks)-1].Text[0] == '.' {
			f.final = true
		}
	}
	return f
}

func seenPair(list [][2]*wordInfo, id [2]*wordInfo) bool {
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
func (f *feat) matchCues(cands []cue, i int, toks []token.Token, wis []*wordInfo) {
	for k := range cands {
		c := &cands[k]
		if f.nCues == len(f.cues) {
			return
		}
		if c.start && i != 0 && !(i <= 2 && leadingPunct(toks, i)) {
			continue
		}
		if matchAt(c.words, i, wis) {
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
		} else if f.words > h.max || proseLike && h.at > 2 && !h.strong && h.class != Cookie && h.class != Copyright {
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
func leadingPunct(toks []token.Token, i int) bool {
	for j := 0; j < i; j++ {
		t := &toks[j]
		if t.Kind != token.Punct && t.Kind != token.Symbol {
			return false
		}
	}
	return true
}

// matchAt reports whether the folded tokens from i on spell ws: wis holds
// the vocabulary entries of the tokens.
func matchAt(ws []*wordInfo, i int, wis []*wordInfo) bool {
	if i+len(ws) > len(wis) {
		return false
	}
	for j := 1; j < len(ws); j++ {
		if wis[i+j] != ws[j] {
			return false
		}
	}
	return true
}

// countSentences counts the sentences of the tokens of one line, as
// [token.Parse] splits them.
func countSentences(toks []token.Token) int {
	n, first := 0, 0
	for i := 0; i < len(toks); i++ {
		if !isTerminal(&toks[i]) {
			continue
		}
		j := i + 1
		for j < len(toks) && isCloser(&toks[j]) {
			j++
		}
		if j < len(toks) && !startsSentence(&toks[j]) {
			i = j - 1
			continue
		}
		n++
		first = j
		i = j - 1
	}
	if first < len(toks) {
		n++
	}
	return n
}

func isTerminal(t *token.Token) bool {
	switch t.Kind {
	case token.Punct:
		switch t.Text[0] {
		case '.', '!', '?':
			return true
		}
		return t.Text == "…"
	case token.Abbrev:
		switch t.Text {
		case "etc.", "Inc.", "Ltd.", "Co.", "al.":
			return true
		}
	}
	return false
}

func isCloser(t *token.Token) bool {
	return t.Kind == token.CloseQuote || t.Kind == token.Punct && (t.Text == ")" || t.Text == "]")
}

func startsSentence(t *token.Token) bool {
	switch t.Kind {
	case token.OpenQuote, token.Number, token.Date, token.Time, token.URL, token.Handle, token.Hashtag:
		return true
	case token.Punct:
		switch t.Text {
		case "(", "[", "-", "–", "—", "•", "*", "/":
			return true
		}
		return false
	case token.CloseQuote, token.Clitic, token.Symbol:
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func isAllUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// colonSoon reports whether a colon follows token i within four tokens.
func colonSoon(toks []token.Token, i int) bool {
	for j := i + 1; j <= i+4; j++ {
		if j >= len(toks) {
			return false
		}
		if toks[j].Text == ":" {
			return true
		}
	}
	return false
}

// parenCredit reports whether the tokens end with a bracketed photo credit
// made of capitalised words around a slash: (Name/Publisher), (Photo X/AFP).
func parenCredit(toks []token.Token) bool {
	n := len(toks)
	if n < 5 || toks[n-1].Text != ")" {
		return false
	}
	slash := false
	for j := n - 2; j >= 0 && j >= n-10; j-- {
		t := toks[j]
		switch {
		case t.Text == "(":
			return slash && j > 0
		case t.Text == "/":
			slash = true
		case t.Kind == token.Word || t.Kind == token.Abbrev:
			r, _ := utf8.DecodeRuneInString(t.Text)
			if !unicode.IsUpper(r) {
				return false
			}
		case t.Text == "-" || t.Text == "." || t.Text == "," || t.Kind == token.Elision:
		default:
			return false
		}
	}
	return false
}

// endsWithDate reports whether the tokens end with a comma and a day:
// ", le 3 mars 2024." or ", le 1er mai.".
func endsWithDate(toks []token.Token, wis []*wordInfo) bool {
	k := len(toks) - 1
	if k >= 0 && toks[k].Text == "." {
		k--
	}
	if k >= 0 && toks[k].Kind == token.Number && len(toks[k].Text) == 4 {
		k--
	}
	if k < 0 || wis[k] == nil || wis[k].flags&fMonth == 0 {
		return false
	}
	k--
	if k < 0 || !(toks[k].Kind == token.Number && len(toks[k].Text) <= 2 || toks[k].Text == "1er") {
		return false
	}
	k--
	if k >= 0 && (toks[k].Text == "le" || toks[k].Text == "Le") {
		k--
	}
	return k > 0 && toks[k].Text == ","
}
