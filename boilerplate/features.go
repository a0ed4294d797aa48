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
}

// density is the share of stopwords among the words.
func (f *feat) density() float64 {
	if f.words == 0 {
		return 0
	}
	return float64(f.stop) / float64(f.words)
}

// measure computes the features of paragraph p.
func measure(p token.Paragraph, toks []token.Token, r *rules, k *keyer) feat {
	var f feat
	f.chars = utf8.RuneCountInString(p.Text)
	f.sents = len(p.Sentences)
	if r0, _ := utf8.DecodeRuneInString(p.Text); r0 != utf8.RuneError {
		f.first = r0
	}
	if len(p.Text) > 0 {
		f.paren = p.Text[0] == '(' && p.Text[len(p.Text)-1] == ')'
	}
	n := 0 // token index within the paragraph
	var legalSeen [6]string
	nLegal := 0
	visit := func(t token.Token, all func(i int) (token.Token, bool)) {
		i := n
		n++
		switch t.Kind {
		case token.Word, token.Elision, token.Clitic, token.Abbrev:
			f.words++
			var wi *wordInfo
			var key []byte
			if len(t.Text) <= 2*r.maxLen {
				key = k.key(t.Text)
				if len(key) <= r.maxLen {
					wi = r.words[string(key)]
				}
			}
			var fl uint8
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
				if pt, _ := all(i - 1); pt.Kind == token.Number || pt.Text == "1er" {
					f.dayDates++
				}
			}
			if i <= 1 && (string(key) == "avec" || string(key) == "with") {
				f.avec = true
			}
			if f.words == 1 && fl&fAgency != 0 {
				f.agencyFirst = true
			}
			if i == 0 {
				switch string(key) {
				case "lire", "voir", "ecouter", "regarder", "revoir", "relire", "decouvrir":
					f.readOn = colonSoon(all, i)
				}
			}
			if fl&fAgency != 0 {
				f.agencyWord = f.words
				if nt, ok := all(i + 1); ok && nt.Text == "/" {
					f.creditSlash = true
				}
			}
			c, _ := utf8.DecodeRuneInString(t.Text)
			if unicode.IsUpper(c) {
				f.capInit++
				if len(t.Text) > 1 && isAllUpper(t.Text) {
					f.upper++
				}
			}
			if (string(key) == "illustration" || string(key) == "photo" || string(key) == "photos" || string(key) == "credit" || string(key) == "credits") && f.words <= 60 {
				f.photo = true
			}
			if i == 0 && (string(key) == "par" || string(key) == "auteur" || string(key) == "auteurs") {
				f.byline = true
			}
			if f.words < 200 {
				var cands []cue
				var legal []legalCue
				if wi != nil {
					cands, legal = wi.cues, wi.legal
				}
				f.matchCues(cands, i, k, all)
				if legal != nil && nLegal < len(legalSeen) {
					for _, lc := range legal {
						ws := lc.words
						if matchAt(ws, i, k, all) && !seen(legalSeen[:nLegal], ws[0]+ws[len(ws)-1]) {
							legalSeen[nLegal] = ws[0] + ws[len(ws)-1]
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
			if i < 3 {
				if wi := r.words[string(k.key(t.Text))]; wi != nil {
					f.matchCues(wi.cues, i, k, all)
				}
			}
		}
	}
	all := func(i int) (token.Token, bool) {
		if i >= 0 && i < len(toks) {
			return toks[i], true
		}
		return token.Token{}, false
	}
	for _, t := range toks {
		visit(t, all)
	}
	f.legal = nLegal
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
	class  Class
	max    int
	reason string
	at     int // token index
}

// matchCues records the cues among cands that match at token i.
func (f *feat) matchCues(cands []cue, i int, k *keyer, all func(int) (token.Token, bool)) {
	for _, c := range cands {
		if f.nCues == len(f.cues) {
			return
		}
		if c.start && i != 0 && !(i <= 2 && leadingPunct(all, i)) {
			continue
		}
		if matchAt(c.words, i, k, all) {
			f.cues[f.nCues] = cueHit{class: c.class, max: c.max, reason: c.reason, at: i}
			f.nCues++
			f.coverage += len(c.words)
		}
	}
}

// cue returns the best cue that applies to a block of f.words words: the
// one from the earliest list, and false if none applies.
func (f *feat) cue() (cueHit, bool) {
	best, ok := cueHit{}, false
	for _, h := range f.cues[:f.nCues] {
		if f.words > h.max {
			continue
		}
		if (h.class == Navigation || h.class == Share) && 2*f.coverage < f.words {
			continue
		}
		if !ok || priority(h.class) < priority(best.class) {
			best, ok = h, true
		}
	}
	return best, ok
}

// leadingPunct reports whether the tokens before i are all punctuation
// (">> Lire aussi", "- Voir :").
func leadingPunct(all func(int) (token.Token, bool), i int) bool {
	for j := 0; j < i; j++ {
		t, _ := all(j)
		if t.Kind != token.Punct && t.Kind != token.Symbol {
			return false
		}
	}
	return true
}

func priority(c Class) int {
	for i, d := range cueDefs {
		if d.class == c {
			return i
		}
	}
	return len(cueDefs)
}

// matchAt reports whether the folded tokens from i on spell ws.
func matchAt(ws []string, i int, k *keyer, all func(int) (token.Token, bool)) bool {
	for j := 1; j < len(ws); j++ {
		t, ok := all(i + j)
		if !ok || string(k.key(t.Text)) != ws[j] {
			return false
		}
	}
	return true
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
func colonSoon(all func(int) (token.Token, bool), i int) bool {
	for j := i + 1; j <= i+4; j++ {
		t, ok := all(j)
		if !ok {
			return false
		}
		if t.Text == ":" {
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
