package quote

import (
	"strings"

	"github.com/depeche-nlp/depeche/token"
)

// interview reads the answers of an interview laid out as in the press:
// paragraphs that open with the interviewee's name or initials and a
// colon (Séverine Rochat-Imboden : Les glaciers …, S. R.-I. : Il faut …),
// and, once such labels show the article is an interview, the plain
// paragraphs that follow a question. Each answer is a direct quotation
// of the labelled person. Answers in quote marks are left to direct.
func (st *state) interview() {
	n := len(st.t)
	if n == 0 {
		return
	}
	type para struct {
		a, b  int     // tokens of the paragraph
		label mention // the person label, if any
		body  int     // first token after the label's colon
	}
	var ps []para
	for a := 0; a < n; {
		b := a
		for b < n && st.para[b] == st.para[a] {
			b++
		}
		ps = append(ps, para{a: a, b: b, body: a})
		a = b
	}
	labels, pairs := 0, 0
	var who mention // the interviewee: the first person label
	var title mention
	for i := range ps {
		p := &ps[i]
		if i > 0 && st.endsQuestion(ps[i-1].a, ps[i-1].b) && !st.endsQuestion(p.a, p.b) {
			pairs++
		}
		c := p.a
		for c < p.b && c-p.a < 8 && !st.isP(c, fColon) {
			c++
		}
		if c >= p.b || c == p.a || !st.isP(c, fColon) || !st.personLabel(p.a, c) {
			continue
		}
		if i == 0 {
			// the title Name : « … » (its words are read by direct)
			if c+1 < p.b && st.t[c+1].Kind == token.OpenQuote {
				title = mention{s: p.a, e: c, ok: true}
			}
			continue
		}
		p.label, p.body = mention{s: p.a, e: c, ok: true}, c+1
		labels++
		if !who.ok {
			who = p.label
		}
	}
	// an interview: answers labelled with a name, or questions and
	// answers after a title Name : « … » or a standfirst that says so
	if labels < 2 && !(pairs >= 2 && (title.ok || st.saysInterview(ps[0].a, ps[min(1, len(ps)-1)].b))) {
		return
	}
	if !who.ok {
		who = title
	}
	for i := 1; i < len(ps); i++ {
		p := ps[i]
		if p.body >= p.b || st.t[p.body].IsQuote() {
			continue
		}
		m := p.label
		if !m.ok {
			// a plain paragraph after a question is the interviewee's
			// answer
			q := ps[i-1]
			if !st.endsQuestion(q.a, q.b) || st.endsQuestion(p.a, p.b) || st.hasQuoteMark(p.a, p.b) || !who.ok {
				continue
			}
			m = who
		}
		e := p.b
		for e > p.body && st.t[e-1].Kind == token.Punct && st.t[e-1].Text != "." && st.t[e-1].Text != "!" && st.t[e-1].Text != "?" && st.t[e-1].Text != "…" {
			e--
		}
		if st.words(p.body, e) < 3 {
			continue
		}
		st.cands = append(st.cands, cand{start: st.t[p.body].Start, end: st.t[e-1].End, kind: Direct, m: m, group: -1, para: int(st.para[p.a])})
	}
}

// personLabel reports whether tokens [a, c) are a person's name or
// initials used as the label of an answer: Séverine Rochat-Imboden, S. R.-I.,
// L. V. A.
func (st *state) personLabel(a, c int) bool {
	if st.initials(a, c) {
		return true
	}
	if _, first := st.firstAt(a); !first || !st.isCap(a) {
		return false
	}
	return st.capRun(a, c) == c && c-a >= 2
}

// initials reports whether the text of tokens [a, c) is a person's
// initials: capitals with full stops and hyphens (S. R.-I., L. V. A.).
func (st *state) initials(a, c int) bool {
	s := st.d.Text[st.t[a].Start:st.t[c-1].End]
	if len(s) > 16 || !strings.Contains(s, ".") {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z' || r == 'É':
			letters++
		case r == '.' || r == '-' || r == ' ':
		default:
			return false
		}
	}
	return letters >= 2
}

// initialsOf returns the capitals that start the words and the parts of
// hyphenated words of name: Séverine Rochat-Imboden → SRI.
func initialsOf(name string) string {
	var b strings.Builder
	start := true
	for _, r := range name {
		if r == ' ' || r == '-' {
			start = true
			continue
		}
		if start && r != '.' {
			b.WriteString(strings.ToUpper(string(r)))
		}
		start = false
	}
	return b.String()
}

// endsQuestion reports whether the paragraph of tokens [a, b) ends with
// a question mark.
func (st *state) endsQuestion(a, b int) bool {
	for k := b - 1; k >= a; k-- {
		if st.t[k].Kind == token.CloseQuote {
			continue
		}
		return st.t[k].Text == "?"
	}
	return false
}

// hasQuoteMark reports whether tokens [a, b) hold a quote mark.
func (st *state) hasQuoteMark(a, b int) bool {
	for k := a; k < b; k++ {
		if st.t[k].IsQuote() {
			return true
		}
	}
	return false
}

// byInitials returns the full name of the article whose initials are the
// capitals of label (S. R.-I. → Séverine Rochat-Imboden).
func (st *state) byInitials(label string) (string, bool) {
	var want strings.Builder
	for _, r := range label {
		if r >= 'A' && r <= 'Z' || r == 'É' {
			want.WriteRune(r)
		}
	}
	best := ""
	for k, full := range st.nameOf {
		if strings.Contains(k, ":") || !strings.Contains(full, " ") {
			continue
		}
		if initialsOf(full) == want.String() && (best == "" || full < best) {
			best = full
		}
	}
	return best, best != ""
}

// saysInterview reports whether tokens [a, b) name an interview: entretien,
// interview, propos recueillis.
func (st *state) saysInterview(a, b int) bool {
	for k := a; k < b; k++ {
		switch st.key[k] {
		case "entretien", "interview":
			return true
		case "propos":
			if k+1 < b && strings.HasPrefix(st.key[k+1], "recueilli") {
				return true
			}
		}
	}
	return false
}
