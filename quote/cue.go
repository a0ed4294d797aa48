package quote

import (
	"strings"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// finite reports whether the verb group at i parses and is not a present
// participle or an infinitive.
func (st *state) finite(i, limit int) (string, int, int, bool) {
	if i > 0 && (determiners[st.key[i-1]] || st.key[i-1] == "de" || st.key[i-1] == "d'" || st.key[i-1] == "en") {
		return "", 0, 0, false
	}
	if i > 0 && (st.key[i-1] == "ne" || st.key[i-1] == "n'") {
		return "", 0, 0, false
	}
	l, e, c, ok := st.verbGroup(i, limit)
	if !ok || weakVerbs[l] {
		return "", 0, 0, false
	}
	if v := st.key[e-1]; st.t[e-1].Kind == token.Word && strings.HasSuffix(v, "ant") {
		return "", 0, 0, false
	}
	return l, e, c, true
}

// weakVerbs are verbs of the source list that report speech too rarely
// to be cues on their own.
var weakVerbs = map[string]bool{"savoir": true, "valoir": true, "vouloir": true, "lire": true, "demeurer": true, "trouver": true, "entendre": true, "donner": true, "laisser": true, "exciter": true, "calculer": true}

// words counts the word tokens of [a, b).
func (st *state) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if st.t[i].Kind == token.Word || st.t[i].Kind == token.Number {
			n++
		}
	}
	return n
}

// direct attributes each quotation between quote marks.
func (st *state) direct() {
	for si := range st.segs {
		sg := &st.segs[si]
		st.directSeg(si, sg)
	}
}

func (st *state) directSeg(si int, sg *seg) {
	o, c := sg.o, sg.c
	lim := len(st.t)
	p := st.para[min(o+1, lim-1)]
	add := func(start, end int, verb string, m mention, floating bool) {
		if start >= end {
			return
		}
		st.cands = append(st.cands, cand{start: start, end: end, kind: Direct, verb: verb, m: m, floating: floating, group: sg.group, para: p})
	}
	// Incise inside the quotation: « A, a-t-elle déclaré, B ».
	for i := o + 1; i+1 < c; i++ {
		if !st.isPunct(i, ",") {
			continue
		}
		l, e, cl, ok := st.finite(i+1, c)
		if !ok || e >= c {
			continue
		}
		var m mention
		if cl >= 0 {
			m = mention{s: cl, e: cl + 1, pron: true, ok: true}
		} else {
			m = st.npAfter(e, c)
			if !m.ok {
				continue
			}
			e = m.e
			if m.appos[1] > 0 {
				e = m.appos[1]
			}
		}
		if !(st.isPunct(e, ",") || st.isPunct(e, ".")) || e+1 >= c {
			continue
		}
		add(sg.start, st.t[i-1].End, l, m, false)
		add(st.t[e+1].Start, sg.end, l, m, false)
		return
	}
	n := st.words(o+1, c)
	// Cue after the quotation.
	if sg.closed {
		j := c + 1
		for j < lim && st.t[j].Kind == token.CloseQuote {
			j++
		}
		if st.isPunct(j, ",") {
			j++
		}
		if j < lim && st.sent[j] == st.sent[c] || j < lim && st.para[j] == st.para[c] {
			end := st.sents[st.sent[j]][1]
			if l, e, cl, ok := st.finite(j, end); ok {
				if cl >= 0 {
					add(sg.start, sg.end, l, mention{s: cl, e: cl + 1, pron: true, ok: true}, false)
					return
				}
				if m := st.npAfter(e, end); m.ok {
					add(sg.start, sg.end, l, m, false)
					return
				}
			}
			if st.key[j] == "selon" || st.key[j] == "d'" && j+1 < lim && st.key[j+1] == "apres" {
				k, verb := j+1, "selon"
				if st.key[j] == "d'" {
					k, verb = j+2, "d'après"
				}
				if m := st.npAfter(k, end); m.ok {
					add(sg.start, sg.end, verb, m, false)
					return
				}
			}
		}
	}
	// Cue before: X a déclaré : « … », X estime que « … », selon X, « … ».
	if o >= 0 {
		a := st.sents[st.sent[o]][0]
		j := o - 1
		if j >= a && (st.isPunct(j, ":") || st.key[j] == "que" || st.key[j] == "qu'" || st.isPunct(j, ",")) {
			j--
		}
		for k := j; k >= a && j-k < 20; k-- {
			if st.t[k].Kind == token.CloseQuote || st.t[k].Kind == token.OpenQuote || st.isPunct(k, ".") {
				break
			}
			if l, m, ok := st.prepCue(k, o); ok {
				add(sg.start, sg.end, l, m, false)
				return
			}
			l, e, cl, ok := st.finite(k, o)
			if !ok {
				continue
			}
			for k2 := k - 1; k2 >= a && k2 >= k-6; k2-- {
				if l2, e2, cl2, ok2 := st.finite(k2, o); ok2 && e2 == e {
					k, l, cl = k2, l2, cl2
				}
			}
			var m mention
			switch {
			case cl >= 0:
				m = mention{s: cl, e: cl + 1, pron: true, ok: true}
			default:
				m = st.npBefore(k)
				if !m.ok && e < o {
					m = st.npAfter(e, o)
				}
			}
			if m.ok {
				add(sg.start, sg.end, l, m, false)
				return
			}
			break
		}
	}
	// No cue: a floating quotation (a sentence or more), or a naming
	// fragment that is left out.
	startsClause := o < 0 || o == st.sents[st.sent[o]][0] || st.isPunct(o-1, ":") || st.t[o-1].Kind == token.OpenQuote
	if n >= 4 && startsClause || n >= 8 {
		add(sg.start, sg.end, "", mention{}, true)
	}
}

// prepCue reads selon X, d'après X, de l'avis de X, pour X at k, with the
// noun phrase ending before limit.
func (st *state) prepCue(k, limit int) (string, mention, bool) {
	verb, j := "", 0
	switch {
	case st.key[k] == "selon":
		verb, j = "selon", k+1
	case st.key[k] == "d'" && k+1 < limit && st.key[k+1] == "apres":
		verb, j = "d'après", k+2
	case st.key[k] == "pour" && (k == st.sents[st.sent[k]][0] || st.isPunct(k-1, ",") || st.key[k-1] == "mais" || st.isPunct(k-1, ":")):
		verb, j = "pour", k+1
	case st.key[k] == "de" && k+3 < limit && st.key[k+1] == "l'" && (st.key[k+2] == "avis" || st.key[k+2] == "opinion") && (st.key[k+3] == "de" || st.key[k+3] == "d'"):
		verb, j = "de l'"+st.key[k+2]+" de", k+4
	default:
		return "", mention{}, false
	}
	m := st.npAfter(j, limit)
	if !m.ok {
		return "", mention{}, false
	}
	if verb == "pour" && !m.pron && !st.personish(m) {
		return "", mention{}, false
	}
	return verb, m, true
}

// personish reports whether m names a person or organisation: a name, an
// entity or a role noun.
func (st *state) personish(m mention) bool {
	for i := m.s; i < m.e; i++ {
		if st.entAt[i] >= 0 || i > m.s && st.isCap(i) {
			return true
		}
		if _, ok := roleOf(st.key[i]); ok {
			return true
		}
	}
	return st.isCap(m.s) && !determiners[st.key[m.s]]
}

// contentStart skips a dateline such as « (Reuters) - » or « 5 juillet
// 2012. - » at the start of a sentence.
func (st *state) contentStart(a, b int) int {
	i := a
	if st.isPunct(i, "(") {
		for i < b && !st.isPunct(i, ")") {
			i++
		}
		i++
	}
	for i < b && st.t[i].Kind == token.Punct && strings.ContainsAny(st.t[i].Text, "-–—") {
		i++
	}
	if i >= b {
		return a
	}
	return i
}

// indirect finds reported speech in each sentence.
func (st *state) indirect() {
	for si, r := range st.sents {
		a, b := r[0], r[1]
		if b-a < 4 {
			continue
		}
		st.indirectSentence(si, a, b)
	}
}

// contentEnd trims the final punctuation of [s, b).
func (st *state) contentEnd(s, b int) int {
	e := b
	for e > s && st.t[e-1].Kind == token.Punct && st.t[e-1].Text != ")" {
		e--
	}
	// Stop before « : « … » » that follows.
	for i := s; i < e; i++ {
		if st.isPunct(i, ":") && i+1 < e && st.t[i+1].Kind == token.OpenQuote {
			return i
		}
	}
	return e
}

func (st *state) addIndirect(s, e int, verb string, m mention) {
	if s >= e {
		return
	}
	for s < e && st.t[s].Kind == token.Punct {
		s++
	}
	if s >= e || st.words(s, e) < 3 {
		return
	}
	// Content that is one quotation is a direct quote (attributed there).
	if st.t[s].Kind == token.OpenQuote && st.inSeg[s+1] >= 0 {
		sg := st.segs[st.inSeg[s+1]]
		if sg.c >= e-1 {
			return
		}
	}
	kind := Indirect
	for i := s; i < e; i++ {
		if st.t[i].IsQuote() {
			kind = Mixed
			if g := st.inSeg[i]; g >= 0 {
				st.segs[g].used = true
			}
			if i+1 < e {
				if g := st.inSeg[i+1]; g >= 0 {
					st.segs[g].used = true
				}
			}
		}
	}
	if st.inSeg[s] >= 0 {
		return
	}
	st.cands = append(st.cands, cand{start: st.t[s].Start, end: st.t[e-1].End, kind: kind, verb: verb, m: m, group: -1, para: st.para[s]})
}

func (st *state) indirectSentence(si, a, b int) {
	for i := a; i < b; i++ {
		if st.inSeg[i] >= 0 || st.t[i].IsQuote() {
			continue
		}
		// selon X / d'après X / pour X,
		if verb, m, ok := st.prepCue(i, b); ok {
			if m.pron && !strongPron[st.key[m.s]] {
				continue
			}
			e := m.e
			if m.appos[1] > 0 {
				e = m.appos[1]
			}
			if st.isPunct(e, ",") {
				// selon X, content
				if e+1 < b && st.t[e+1].Kind == token.OpenQuote {
					return
				}
				st.addIndirect(e+1, st.contentEnd(e+1, b), verb, m)
				return
			}
			if i > a && verb != "pour" {
				// content, selon X.
				end := i
				if st.isPunct(i-1, ",") {
					end = i - 1
				}
				if end <= a {
					continue
				}
				s := st.contentStart(a, end)
				if st.t[end-1].Kind == token.CloseQuote {
					continue
				}
				st.addIndirect(s, end, verb, m)
				return
			}
			continue
		}
		// content, a précisé X.
		if st.isPunct(i, ",") && i > a {
			if l, e, cl, ok := st.finite(i+1, b); ok {
				var m mention
				if cl >= 0 {
					m = mention{s: cl, e: cl + 1, pron: true, ok: true}
				} else {
					m = st.npAfter(e, b)
					e = m.e
				}
				if m.ok && (m.pron || st.personish(m)) && (e >= b || st.t[e].Kind == token.Punct || npStop[st.key[e]]) && !st.hasQue(e, b) {
					st.addIndirect(st.contentStart(a, i), i, l, m)
					return
				}
			}
		}
		// c'est ce qu'a annoncé X
		if st.key[i] == "c'" && i+3 < b && st.key[i+1] == "est" && st.key[i+2] == "ce" && st.key[i+3] == "qu'" {
			if l, e, _, ok := st.finite(i+4, b); ok {
				if m := st.npAfter(e, b); m.ok {
					if i > a {
						end := i
						if st.isPunct(i-1, ",") {
							end--
						}
						st.addIndirect(st.contentStart(a, end), end, l, m)
					} else if si > 0 && st.para[st.sents[si-1][0]] == st.para[i] {
						pa, pb := st.sents[si-1][0], st.sents[si-1][1]
						st.addIndirect(st.contentStart(pa, pb), st.contentEnd(pa, pb), l, m)
					}
					return
				}
			}
		}
		// X estime que content / X a affirmé avoir … / X demande de …
		l, e, cl, ok := st.finite(i, b)
		if !ok || e >= b {
			continue
		}
		var m mention
		if cl >= 0 {
			m = mention{s: cl, e: cl + 1, pron: true, ok: true}
		} else {
			m = st.npBefore(i)
		}
		if !m.ok {
			continue
		}
		k := e
		for k < b && (adverbs[st.key[k]] || st.isPunct(k, ",")) && k-e < 6 {
			k++
		}
		// au contraire, pour sa part
		switch {
		case k < b && (st.key[k] == "que" || st.key[k] == "qu'"):
			st.addIndirect(k+1, st.contentEnd(k+1, b), l, m)
			return
		case k+1 < b && infVerbs[textnorm.Key(l)] && (st.key[k] == "de" || st.key[k] == "d'" || st.key[k] == "a") && st.t[k].Kind != token.Punct:
			st.addIndirect(k+1, st.contentEnd(k+1, b), l, m)
			return
		case k < b && isInfinitive(st.key[k]) && !st.isCap(k) && infSpeech[textnorm.Key(l)]:
			st.addIndirect(k, st.contentEnd(k, b), l, m)
			return
		}
	}
}

// infSpeech are the verbs that report speech with an infinitive: X a
// affirmé avoir…
var infSpeech = set("affirmer assurer reconnaitre nier dementir admettre declarer dire estimer penser croire")

// hasQue reports whether a que starts a clause in [a, b).
func (st *state) hasQue(a, b int) bool {
	for i := a; i < b; i++ {
		if st.key[i] == "que" || st.key[i] == "qu'" {
			return true
		}
	}
	return false
}

func isInfinitive(k string) bool {
	switch k {
	case "avoir", "etre", "vouloir", "pouvoir", "devoir", "faire":
		return true
	}
	return false
}
