package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// finite reports whether the verb group at i parses and is not a present
// participle or an infinitive.
func (st *state) finite(i, limit int) (string, int, int, bool) {
	if i < 0 || i >= limit || i >= len(st.t) {
		return "", 0, 0, false
	}
	// « … », nous a répondu X: a pronoun of the one spoken to, right
	// after the quotation
	if !st.is(i, fVerbish) && !(i >= 2 && i+1 < limit && st.t[i-2].Kind == token.CloseQuote && st.isP(i-1, fComma) &&
		st.t[i].Kind != token.Clitic && st.is(i+1, fVerbish) && dativeClitic[st.key[i]]) {
		return "", 0, 0, false
	}
	// (l'a résumé: an object pronoun before an auxiliary, not a
	// determiner)
	// (il la décrit comme, qui le qualifie: an object pronoun after a
	// subject pronoun)
	objPron := i > 1 && (st.key[i-1] == "la" || st.key[i-1] == "le" || st.key[i-1] == "les" || st.key[i-1] == "l'") && subjPron[st.key[i-2]]
	if i > 0 && (st.is(i-1, fDet) && !(st.isAux(i) && st.key[i-1] == "l'") && !objPron || st.key[i-1] == "de" || st.key[i-1] == "d'" || st.key[i-1] == "en") {
		return "", 0, 0, false
	}
	if i > 0 && (st.key[i-1] == "ne" || st.key[i-1] == "n'") {
		return "", 0, 0, false
	}
	// être without se is a passive (il est prévu que, sont appelés à,
	// étaient ensuite invitées à)
	if st.is(i, fEtre) && !st.isSe(i-1) || i > 0 && st.is(i-1, fEtre) && !st.isSe(i-2) || i > 1 && st.is(i-1, fAdv) && st.is(i-2, fEtre) && !st.isSe(i-3) {
		return "", 0, 0, false
	}
	l, e, c, ok := st.verbGroup(i, limit)
	if !ok || weakVerbs[l] || objPron && l != "décrire" {
		return "", 0, 0, false
	}
	if v := st.key[e-1]; st.t[e-1].Kind == token.Word && strings.HasSuffix(v, "ant") {
		return "", 0, 0, false
	}
	return l, e, c, true
}

func (st *state) isSe(i int) bool {
	return i >= 0 && (st.key[i] == "se" || st.key[i] == "s'")
}

// weakVerbs are verbs of the source list that report speech too rarely
// to be cues on their own.
var weakVerbs = map[string]bool{"savoir": true, "valoir": true, "vouloir": true, "lire": true, "demeurer": true, "trouver": true, "entendre": true, "donner": true, "laisser": true, "exciter": true, "calculer": true, "adresser": true}

// evaluative are the cue lemmas whose object may be the speaker's own
// short wording: a déploré un discours « truffé d'incantations ».
var evaluative = map[string]bool{"déplorer": true, "dénoncer": true, "saluer": true, "juger": true, "regretter": true, "fustiger": true, "critiquer": true, "qualifier": true, "parler": true, "condamner": true}

// viewCue reports whether the word at k opens a view of the quotation
// opening at o whose verb the lexicon lacks: y voit « … » (voir), qualifie
// ce plan de « … » (qualifier). It returns the lemma and the first token
// of the verb group (y, or the auxiliary), after which comes the subject;
// -1 when there is none.
func (st *state) viewCue(k, o int) (string, int) {
	v := k
	if k > 0 && st.isAux(k-1) {
		v = k - 1 // y a vu, a qualifié
	}
	switch {
	case voirForms[st.key[k]] && o-k == 1 && v > 0 && st.key[v-1] == "y":
		return "voir", v - 1
	case qualifierForms[st.key[k]] && o-k >= 2 && o-k <= 8 && (st.key[o-1] == "de" || st.key[o-1] == "d'"):
		for i := k + 1; i < o-1; i++ {
			if st.t[i].Kind == token.Punct || st.t[i].IsQuote() || st.isAux(i) {
				return "", -1
			}
		}
		return "qualifier", v
	}
	return "", -1
}

// voirForms and qualifierForms are the forms of voir (after y) and
// qualifier (before … de « … ») that report a view, folded.
var (
	voirForms      = set("voit voient voyait voyaient vu verra verront verrait verraient")
	qualifierForms = set("qualifie qualifient qualifiait qualifiaient qualifiee qualifies qualifiees qualifiera")
)

// quoteEnds reports whether a quotation that opens the sentence at a or
// follows a colon closes just before i: X a jugé que … : « … », a-t-elle
// estimé is attributed by the direct path, not as reported content.
func (st *state) quoteEnds(a, i int) bool {
	if i < 2 || st.t[i-1].Kind != token.CloseQuote || st.inSeg[i-2] < 0 {
		return false
	}
	o := st.segs[st.inSeg[i-2]].o
	return o == a || o > a && st.isP(o-1, fColon)
}

// reports reports whether the verb l with subject m reports speech: not
// in a condition (si elle estime que …), and the thingVerbs only for a
// person or an organisation (le plan prévoit une « … » is not speech).
func (st *state) reports(l string, m mention) bool {
	if m.s > 0 && (st.key[m.s-1] == "si" || st.key[m.s-1] == "s'") {
		return false
	}
	// on constatera que, on notera que: the writer
	if m.e-m.s == 1 && st.key[m.s] == "on" && m.e < len(st.t) && strings.HasSuffix(st.key[m.e], "ra") && st.is(m.e, fVerb) {
		return false
	}
	if m.e-m.s <= 2 && firstSecond[st.key[m.s]] {
		// the writer (je rejoins…, nous avons expliqué que…) or the
		// reader (vous expliquerez que…) is not a quoted speaker
		return false
	}
	if thingVerbs[l] && !m.pron {
		h := m.s
		for h < m.e-1 && (st.is(h, fDet) || st.t[h].Kind == token.Number || st.key[h] == "des" || st.key[h] == "une") {
			h++
		}
		if planNouns[st.key[h]] || !st.personish(m) {
			return false
		}
	}
	return true
}

// thingVerbs report speech only with a person or an organisation as
// subject: la note signifie que, le plan prévoit que, les chiffres
// montrent que are no one's words.
var thingVerbs = map[string]bool{"prévoir": true, "signifier": true, "montrer": true, "démontrer": true, "prouver": true, "illustrer": true, "impliquer": true, "traduire": true, "refléter": true}

// firstSecond are the subject pronouns of the first and second persons.
var firstSecond = set("je j' tu nous vous")

// planNouns head the subjects of prévoir that plan rather than speak.
var planNouns = set("plan plans loi lois texte textes projet projets dispositif dispositifs disposition dispositions accord accords budget reforme article articles decret mesure mesures contrat programme calendrier scenario protocole reglement convention")

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
	// the words of the works the article names (« La France des zones
	// grises » (Éditions du Seuil, …)): the same words in the title are
	// a work too
	var works map[string]bool
	for si := range st.segs {
		sg := &st.segs[si]
		if sg.closed && sg.o >= 0 && st.namesWork(sg.o, sg.c, len(st.t)) {
			if works == nil {
				works = map[string]bool{}
			}
			works[st.d.Text[sg.start:sg.end]] = true
		}
	}
	for si := range st.segs {
		sg := &st.segs[si]
		if works[st.d.Text[sg.start:sg.end]] {
			continue
		}
		st.directSeg(si, sg)
	}
}

// inciseTail holds the words that open a complement of an incise's
// verb before the quotation goes on (« A, a-t-il déclaré à l'issue de la
// cérémonie. B », « A, a-t-elle lancé devant la presse, B »), folded.
var inciseTail = set("a au aux dans devant lors sur apres avant depuis pendant lundi mardi mercredi jeudi vendredi samedi dimanche hier")

func (st *state) directSeg(si int, sg *seg) {
	o, c := sg.o, sg.c
	lim := len(st.t)
	p := st.para[min(o+1, lim-1)]
	// A fragment of one or two words inside a sentence is a quotation
	// only as the object of an evaluative verb (dénonce un « passage en
	// force »); elsewhere it names or distances (s'est dit « horrifié »,
	// décrit comme un « type riche », selon elle, « prématuré »).
	short := sg.closed && o > 0 && o > st.sents[st.sent[o]][0] && !st.isP(o-1, fColon) && st.t[o-1].Kind != token.OpenQuote && st.words(o+1, c) <= 2
	add := func(start, end int, verb string, m mention, floating bool) {
		if start >= end || short && !evaluative[verb] {
			return
		}
		st.cands = append(st.cands, cand{start: start, end: end, kind: Direct, verb: verb, m: m, floating: floating, group: sg.group, para: int(p)})
	}
	// Incise inside the quotation: « A, a-t-elle déclaré, B ».
	for i := o + 1; i+1 < c; i++ {
		if !st.isP(i, fComma) {
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
		// « A, a raconté X, qui dirigeait les opérations. B » /
		// « A, a expliqué X en lisant l'arrêt. B »
		if e < c && (st.key[e] == "en" || st.is(e, fSubord) || inciseTail[st.key[e]] || st.is(e, fTimeNoun) || st.isP(e, fComma) && e+1 < c && (st.key[e+1] == "qui" || st.key[e+1] == "en")) {
			tail := inciseTail[st.key[e]] || st.is(e, fTimeNoun)
			for k := e + 1; k < c && k-e < 16; k++ {
				if st.isP(k, fPeriod) || tail && st.isP(k, fComma) {
					e = k
					break
				}
				if st.t[k].Kind == token.Punct && !st.isP(k, fComma) || st.t[k].IsQuote() {
					break
				}
			}
		}
		if !(st.isP(e, fComma) || st.isP(e, fPeriod)) || e+1 >= c {
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
		comma := st.isP(j, fComma)
		if comma {
			j++
		}
		// « … ? » l'a interpellé la rapporteure, lui a répondu X
		if j+1 < lim && (st.key[j] == "l'" || st.key[j] == "lui" || st.key[j] == "leur") && st.isAux(j+1) {
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
			// « … », c'est ce qu'a affirmé X
			if comma && j+4 < end && st.key[j] == "c'" && st.key[j+1] == "est" && st.key[j+2] == "ce" && st.key[j+3] == "qu'" {
				if l, e, _, ok := st.finite(j+4, end); ok {
					if m := st.npAfter(e, end); m.ok && !m.pron {
						add(sg.start, sg.end, l, m, false)
						return
					}
				}
			}
			// « … », peut-on lire dans le communiqué de la préfecture: the
			// text that says it
			if comma && j+4 < end && st.key[j] == "peut" && st.t[j+1].Kind == token.Clitic && st.key[j+2] == "lire" && st.key[j+3] == "dans" {
				if m := st.npAfter(j+4, end); m.ok && !m.pron {
					add(sg.start, sg.end, "lire", m, false)
					return
				}
			}
			if comma || st.isP(c-1, fPeriod) || c > 0 && (st.t[c-1].Text == "?" || st.t[c-1].Text == "!") {
				if l, m, ok := st.anyInverted(j, end); ok {
					add(sg.start, sg.end, l, m, false)
					return
				}
			}
			if st.key[j] == "selon" || st.key[j] == "d'" && j+1 < lim && st.key[j+1] == "apres" {
				k, verb := j+1, "selon"
				if st.key[j] == "d'" {
					k, verb = j+2, "d'après"
				}
				m := st.npAfter(k, end)
				// « … . » Selon X, il recueillerait …: selon opens the
				// next sentence, whose words it reports
				next := !comma && st.isP(c-1, fPeriod) && startsUpper(st.t[j].Text) && m.ok && max(m.e, m.appos[1]) < end && !st.isP(max(m.e, m.appos[1]), fPeriod)
				if m.ok && !next {
					add(sg.start, sg.end, verb, m, false)
					return
				}
			}
		}
	}
	// A naming by someone: la réforme, qualifiée de « petite-bourgeoise »
	// (par X): a direct fragment, whose speaker is the agent when the
	// sentence gives one
	if o > 1 && sg.closed && (st.key[o-1] == "de" || st.key[o-1] == "d'") && qualifierForms[st.key[o-2]] && endsAccented(st.t[o-2].Text) && !(o > 2 && st.isAux(o-3)) {
		var m mention
		if c+2 < lim && st.key[c+1] == "par" {
			m = st.npAfter(c+2, lim)
		}
		add(sg.start, sg.end, "qualifier", m, false)
		return
	}
	// A name or a title: la loi dite « … », un rapport sur « … ».
	naming := o > 0 && st.is(o-1, fNaming) && st.t[o-1].Kind != token.Punct && !(o > 1 && (st.is(o-2, fAux) || st.t[o-2].Kind == token.Clitic || st.isSe(o-2)))
	if naming && st.key[o-1] == "dit" && o > 1 {
		// X dit « … » with a speaker as subject is the verb, not la loi
		// dite « … »
		if m := st.npBefore(o - 1); m.ok && (m.pron || st.personish(m)) {
			naming = false
		}
	}
	if o > 1 && st.key[o-1] == "que" && (st.key[o-2] == "tel" || st.key[o-2] == "telle" || st.key[o-2] == "tels" || st.key[o-2] == "telles") {
		naming = true // des thèmes tels que « … »
	}
	if o > 1 && (st.key[o-1] == "sur" || st.key[o-1] == "intitule" || st.key[o-1] == "intitulee") {
		// un rapport de l'Insee sur « … »
		for k := o - 2; k >= 0 && k >= o-6; k-- {
			if st.is(k, fDocNoun) {
				naming = true
				break
			}
		}
	}
	if !naming && sg.closed && st.namesWork(o, c, lim) {
		naming = true
	}
	// Cue before: X a déclaré : « … », X estime que « … », selon X, « … ».
	if o >= 0 && !naming {
		a := st.sents[st.sent[o]][0]
		j := o - 1
		if j >= a && (st.isP(j, fColon) || st.key[j] == "que" || st.key[j] == "qu'" || st.isP(j, fComma)) {
			j--
		}
		for k := j; k >= a && j-k < 20; k-- {
			if st.t[k].Kind == token.CloseQuote && k > j-4 && len(st.cands) > 0 && !st.isP(k+1, fPeriod) {
				// a second fragment of the same clause: un discours « A »
				// et manquant « B »
				if pc := st.cands[len(st.cands)-1]; pc.kind == Direct && pc.verb != "" && k > 0 && pc.end >= st.t[k-1].Start && pc.end <= st.t[k].Start && st.sent[k] == st.sent[o] {
					add(sg.start, sg.end, pc.verb, pc.m, false)
					return
				}
			}
			if st.t[k].Kind == token.CloseQuote || st.t[k].Kind == token.OpenQuote || st.isP(k, fPeriod) {
				break
			}
			if l, m, ok := st.prepCue(k, o); ok {
				add(sg.start, sg.end, l, m, false)
				return
			}
			// Estimant que « … », il …
			if st.t[k].Kind == token.Word && strings.HasSuffix(st.key[k], "ant") && sg.closed && k == st.contentStart(a, o) {
				if l, ok := st.verb(k); ok && !weakVerbs[l] {
					if _, m := st.mainSubject(sg.c+1, st.sents[st.sent[o]][1]); m.ok {
						add(sg.start, sg.end, l, m, false)
						return
					}
				}
			}
			// parlant d'un « … », un message disant « … »
			if l, ok := st.verb(k); ok && !weakVerbs[l] && strings.HasSuffix(st.key[k], "ant") && st.t[k].Kind == token.Word && k > a && o-k <= 3 {
				if m := st.subjectBefore(k, a); m.ok {
					add(sg.start, sg.end, l, m, false)
					return
				}
			}
			// X y voit « … »; X a qualifié ce plan de « … »: a view
			if l, v := st.viewCue(k, o); v > a {
				if m := st.npBefore(v); m.ok && (m.pron || st.personish(m)) {
					add(sg.start, sg.end, l, m, false)
					return
				}
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
			case e == k+1 && endsAccented(st.t[k].Text) && !(k > a && st.isAux(k-1)) && sg.closed && c+2 < lim && st.key[c+1] == "par" && st.npAfter(c+2, lim).ok:
				// une hypothèse jugée « irréaliste » par X: the agent
				m = st.npAfter(c+2, lim)
			default:
				m = st.npBefore(k)
				if !m.ok && e < o && !(k > a && st.key[k-1] == "et") {
					// (not the object of a second verb: X demande … et
					// dénonce les radiations, « … »)
					m = st.npAfter(e, o)
				}
				if !m.ok && k > a {
					// Le FMI (…), avec lequel …, a salué des « … »; Il
					// refuse …, mais reconnaît que « … »
					if sm := st.subjectBefore(k, a); sm.ok && (!sm.pron || st.key[k-1] == "mais" || st.key[k-1] == "et") && sm.e < k {
						m = sm
					}
				}
			}
			if m.ok && st.reports(l, m) {
				add(sg.start, sg.end, l, m, false)
				return
			}
			break
		}
	}
	// A speaker and a colon, as in titles and live reports:
	// Laure Beccuau : « … »
	if o > 1 && !naming && st.isP(o-1, fColon) {
		a := st.sents[st.sent[o]][0]
		if c := st.contentStart(a, o-1); c < o-1 {
			// 16 h 48 - : the time of a live report
			if t := st.liveTime(c, o-1); t > c {
				c = t
			}
			// Réaction du député X, rapporteur du texte : « … »
			if c+2 < o-1 && reactionNouns[st.key[c]] && (st.key[c+1] == "de" || st.key[c+1] == "du" || st.key[c+1] == "d'") {
				e := c + 2
				for e < o-1 && !st.isP(e, fComma) && st.t[e].Kind != token.Punct && e-c < 12 {
					e++
				}
				if m := (mention{s: c + 2, e: e, ok: true}); e > c+2 && (e == o-1 || st.apposEnd(e+1, o-1) == o-1 || st.plainWords(e+1, o-1)) && st.personish(m) {
					add(sg.start, sg.end, "", m, false)
					return
				}
			}
			// (a title's rubric is no speaker: Démocratie directe : « … »)
			if m := st.npAfter(c, o-1); m.ok && m.s == c && !m.pron && !st.is(c, fConn) && (m.e == o-1 || m.appos[1] == o-1 || st.isP(m.e, fComma) && st.apposEnd(m.e+1, o-1) == o-1) && st.personish(m) && !(st.para[o] == 0 && !st.namesSomeone(m)) {
				add(sg.start, sg.end, "", m, false)
				return
			}
			// Une idée qui séduit Youssef El Idrissi, responsable de
			// l'association : « … »: a person named just before the colon
			if m, ok := st.nameBeforeColon(c, o-1); ok {
				add(sg.start, sg.end, "", m, false)
				return
			}
		}
	}
	// No cue: a floating quotation (a sentence or more), or a naming
	// fragment that is left out.
	startsClause := o < 0 || o == st.sents[st.sent[o]][0] || st.isP(o-1, fColon) || st.t[o-1].Kind == token.OpenQuote
	// une enquête pour « dégradation volontaire … »: a name after a
	// preposition, unless it is a sentence of its own
	if !startsClause && o > 0 && st.t[o-1].Kind == token.Word && st.isPrep(o-1) && sg.closed && st.t[c-1].Kind != token.Punct {
		naming = true
	}
	// A long fragment inside a sentence with no cue is a quotation only
	// when it continues one of its paragraph; otherwise it cites a text
	// (a law, a report) or names something.
	inPara := false
	if k := len(st.cands) - 1; k >= 0 && st.cands[k].para == int(p) {
		inPara = true
	}
	// « Nouvelles mesures pour l'emploi » alone on its line, with no final
	// punctuation, is a subheading
	if sg.closed && o >= 0 && (o == 0 || st.para[o-1] != st.para[o]) && (c+1 >= lim || st.para[c+1] != st.para[c]) && !st.isP(c-1, fPeriod) && n < 12 {
		naming = true
	}
	// (X n'a pas caché sa colère : « C'est un scandale. »: after a
	// colon, a short sentence too)
	colonSentence := o > 0 && st.isP(o-1, fColon) && sg.closed && n >= 2 && st.isP(c-1, fPeriod)
	if !naming && (n >= 4 && startsClause || n >= 8 && inPara || colonSentence) {
		// « … » Cette petite phrase de Paul Vernet …: the noun that
		// names the words names their speaker
		if m, ok := st.namingNounAfter(c, lim); ok {
			add(sg.start, sg.end, "", m, false)
			return
		}
		add(sg.start, sg.end, "", mention{}, true)
	}
}

// signNouns are the nouns of written words that are shown, not said (une
// banderole : « … »), and workNouns those of works and products named in
// quote marks (la série « … », « … », troisième long-métrage de X), folded.
var (
	signNouns = set("banderole banderoles pancarte pancartes slogan slogans panneau panneaux affiche affiches tract tracts hashtag inscription inscriptions devise mot-diese graffiti tag")
	workNouns = set("serie series film films long-metrage court-metrage documentaire livre roman album spectacle emission piece podcast feuilleton exposition chanson essai ouvrage episode episodes")
)

// namesWork reports whether the closed quotation between the marks at o
// and c names a work, a product or a sign rather than reporting words: it
// follows a sign noun (une banderole : « … »); or it is short, opens with a
// capital, ends without punctuation and follows a noun (le camembert « Cœur
// de Cotentin », la série « Engrenages »), comes before its author or its
// publisher (« … » de Shoshana Zuboff, « … » (Seuil, 312 pages)) or opens
// a sentence before a work noun (« Les Nuits de Tamanrasset », troisième
// long-métrage de …); or it sits in a read-also line (Lire aussi : « … »).
func (st *state) namesWork(o, c, lim int) bool {
	if o < 0 {
		return false
	}
	a := st.sents[st.sent[o]][0]
	if k := st.contentStart(a, o); k+1 < o && (st.key[k] == "lire" || st.key[k] == "voir" || k+2 < o && st.key[k] == "a" && st.key[k+1] == "lire") {
		return true // Lire aussi : « … », À lire aussi
	}
	j := o - 1
	if j >= a && st.isP(j, fColon) {
		j--
	}
	if j >= a && signNouns[st.key[j]] {
		return true
	}
	// l'affiche sur la vitrine de la mercerie : « … »
	if j >= a && st.isP(o-1, fColon) {
		for k := j; k > a && j-k < 10 && st.t[k].Kind != token.Punct; k-- {
			if signNouns[st.key[k]] && st.is(k-1, fDet) {
				return true
			}
			if st.isAux(k) || st.is(k, fVerbish) {
				break
			}
		}
	}
	title := st.capOpen(o+1) && st.words(o+1, c) <= 8 && st.t[c-1].Kind != token.Punct
	if !title {
		return false
	}
	// « L'Âge du capitalisme de surveillance » de Shoshana Zuboff; « La
	// France des zones grises » (Seuil, 312 pages): a work and its author
	// or publisher
	if k := c + 1; k+1 < lim && (st.key[k] == "de" || st.key[k] == "d'") && st.isCap(k+1) {
		if _, first := st.firstAt(k + 1); first || st.perAt(k+1) {
			return true
		}
	}
	if k := c + 1; k+1 < lim && st.isP(k, fLParen) && st.isCap(k+1) {
		return true
	}
	if st.titleCase(o+1, c) {
		return true // « Les Marchands de colère », « L'Âge du doute »
	}
	if o-1 >= a && st.t[o-1].Kind == token.Word && !st.isCap(o-1) && !st.is(o-1, fVerbish) && !st.isAux(o-1) && !st.is(o-1, fNPStop) && !st.is(o-1, fDet) && !st.isPrep(o-1) {
		return true // le camembert « Cœur de Cotentin »
	}
	if o == a || st.t[o-1].Kind == token.Punct {
		// « … », troisième long-métrage de …; « … » : une série
		k := c + 1
		if k < lim && (st.isP(k, fComma) || st.isP(k, fColon)) {
			k++
			for n := 0; n < 3 && k < lim && st.t[k].Kind == token.Word && !workNouns[st.key[k]]; n++ {
				k++ // une (nouvelle) série, troisième long-métrage
			}
			return k < lim && workNouns[st.key[k]]
		}
	}
	return false
}

// titleCase reports whether the words from i to c are written as the title
// of a work: an article with a capital, then a capitalised noun that is no
// place or people (Les Eaux de Saint-Louis, not Les Français), and no
// verb.
func (st *state) titleCase(i, c int) bool {
	if i+1 >= c || !st.is(i, fDet) || !st.capOpen(i) || !st.isCap(i+1) || st.t[i].Kind == token.Word && !st.isCap(i) {
		return false
	}
	if lexicon.Names().Lookup(st.key[i+1]) != 0 {
		return false
	}
	for k := i + 1; k < c; k++ {
		if st.is(k, fVerbish) || st.isAux(k) {
			return false
		}
	}
	return true
}

// capOpen reports whether the words from i open with a capital, after an
// elided article too (L'Affaire du col de Vars).
func (st *state) capOpen(i int) bool {
	if i+1 < len(st.t) && st.t[i].Kind == token.Elision && st.is(i, fDet) {
		if r, _ := utf8.DecodeRuneInString(st.t[i].Text); unicode.IsUpper(r) {
			return st.isCap(i + 1)
		}
	}
	return st.isCap(i)
}

// anyInverted reads, after a quotation and its comma, a verb outside the
// lexicon with the inverted subject that names its speaker: « … »,
// anticipe à Pékin Andy Rothman; « … », s'étrangle la ministre. The lemma
// is guessed for verbs in -er and empty otherwise.
func (st *state) anyInverted(j, end int) (string, mention, bool) {
	if j < end && st.isSe(j) {
		j++
	}
	// a plaisanté son président: an auxiliary and a past participle
	aux := j+2 < end && st.isAux(j) && st.t[j+1].Kind == token.Word && !st.isCap(j+1)
	if aux {
		j++
	}
	if j+1 >= end || st.t[j].Kind != token.Word || st.isCap(j) || st.is(j, fDet|fPron|fStrongPron|fConn|fAdv|fSubord|fAux|fEtre|fNPStop|fClauseStop) || st.isPrep(j) {
		return "", mention{}, false
	}
	w := strings.ToLower(st.t[j].Text)
	lemma := ""
	switch {
	case len(w) < 4:
		return "", mention{}, false
	case aux && strings.HasSuffix(w, "é"):
		lemma = strings.TrimSuffix(w, "é") + "er" // plaisanté → plaisanter
	case aux && (strings.HasSuffix(w, "i") || strings.HasSuffix(w, "u") || strings.HasSuffix(w, "it") || strings.HasSuffix(w, "is")):
	case aux:
		return "", mention{}, false
	case strings.HasSuffix(w, "ent"):
		lemma = w[:len(w)-2] + "r" // anticipent → anticiper
	case strings.HasSuffix(w, "e"):
		lemma = w + "r"
	case strings.HasSuffix(w, "it") || strings.HasSuffix(w, "ond") || strings.HasSuffix(w, "ut"):
	default:
		return "", mention{}, false
	}
	k := j + 1
	// à Pékin, depuis Genève: where it was said
	if k+2 < end && (st.key[k] == "a" || st.key[k] == "depuis") && st.isCap(k+1) && lexicon.Names().Lookup(st.key[k+1])&(lexicon.GazCity|lexicon.GazCountry|lexicon.GazRegion) != 0 {
		k += 2
	}
	m := st.npAfter(k, end)
	// (le trésorier, Gilles Hamon: a noun outside the role list with a
	// name in apposition)
	if !m.ok || m.pron || m.s != k || !st.personish(m) && m.appos[1]-m.appos[0] < 2 {
		return "", mention{}, false
	}
	e := m.e
	if m.appos[1] > 0 {
		e = m.appos[1]
	}
	if e < end && !st.isP(e, fComma) && !st.isP(e, fPeriod) && !st.isP(e, fLParen) {
		return "", mention{}, false
	}
	return lemma, m, true
}

// nameBeforeColon finds, in [a, colon), a person's name (first name and
// surname) followed only by an apposition up to the colon.
func (st *state) nameBeforeColon(a, colon int) (mention, bool) {
	for k := colon - 1; k > a && colon-k < 16; k-- {
		if st.t[k].Kind == token.Punct && !st.isP(k, fComma) || st.t[k].IsQuote() {
			break
		}
		if _, first := st.firstAt(k); !first || !st.isCap(k) || st.isCap(k-1) {
			continue
		}
		e := st.capRun(k, colon)
		if e-k < 2 {
			continue
		}
		if e == colon || st.isP(e, fComma) && st.apposEnd(e+1, colon) == colon {
			return mention{s: k, e: e, ok: true}, true
		}
	}
	return mention{}, false
}

// liveTime returns the token after the time that opens an entry of a
// live report at c (16 h 48 -, 16h48 :, 9 h -), or c.
func (st *state) liveTime(c, b int) int {
	k := c
	switch {
	case k < b && st.t[k].Kind == token.Time:
		k++
	case k+2 < b && st.t[k].Kind == token.Number && st.key[k+1] == "h" && st.t[k+2].Kind == token.Number:
		k += 3
	case k+1 < b && st.t[k].Kind == token.Number && st.key[k+1] == "h":
		k += 2
	default:
		return c
	}
	if k < b && st.t[k].Kind == token.Punct && strings.ContainsAny(st.t[k].Text, "-–—:") {
		return k + 1
	}
	return c
}

// reactionNouns introduce the speaker of the quotation after a colon:
// Réaction du député X : « … ».
var reactionNouns = set("reaction reactions commentaire reponse replique temoignage")

// plainWords reports whether [a, b) holds at most twelve words and commas
// and no other mark: an apposition and a participle phrase (…, habitante
// de Saas-Balen, recueilli par Le Nouvelliste :).
func (st *state) plainWords(a, b int) bool {
	if b-a > 16 {
		return false
	}
	for k := a; k < b; k++ {
		if st.t[k].Kind == token.Punct && !st.isP(k, fComma) || st.t[k].IsQuote() {
			return false
		}
	}
	return true
}

// wordNouns name what someone said: cette phrase de X, ces propos de X.
var wordNouns = set("phrase phrases propos declaration declarations mots formule formules confidence confidences paroles sortie petite-phrase aveu remarque")

// namingNounAfter reads, after the closing mark at c, a demonstrative
// noun phrase that names the quoted words and their speaker: « … » Cette
// petite phrase de Paul Vernet, Ces propos du ministre.
func (st *state) namingNounAfter(c, lim int) (mention, bool) {
	k := c + 1
	if k < lim && st.t[k].Kind == token.Punct && !st.isP(k, fComma) {
		k++
	}
	if k >= lim || !(st.key[k] == "cette" || st.key[k] == "ces" || st.key[k] == "ce" || st.key[k] == "cet") {
		return mention{}, false
	}
	end := st.sents[st.sent[k]][1]
	for j := k + 1; j < end && j-k <= 3; j++ {
		if st.t[j].Kind != token.Word {
			return mention{}, false
		}
		if !wordNouns[st.key[j]] {
			continue
		}
		n := j + 1
		if n+1 >= end {
			return mention{}, false
		}
		if st.key[n] != "de" && st.key[n] != "d'" {
			return mention{}, false
		}
		n++
		m := st.npAfter(n, end)
		if !m.ok || m.pron || m.s != n || !st.personish(m) {
			return mention{}, false
		}
		return m, true
	}
	return mention{}, false
}

// prepCue reads selon X, d'après X, de l'avis de X, pour X at k, with the
// noun phrase ending before limit.
func (st *state) prepCue(k, limit int) (string, mention, bool) {
	if st.f[k]&fPrepCue == 0 {
		return "", mention{}, false
	}
	verb, j, colon := "", 0, false
	switch {
	case st.key[k] == "selon":
		verb, j = "selon", k+1
	case st.key[k] == "d'" && k+1 < limit && st.key[k+1] == "apres":
		verb, j = "d'après", k+2
	case st.key[k] == "pour" && (k == st.sents[st.sent[k]][0] || st.isP(k-1, fComma) || st.key[k-1] == "mais" || st.isP(k-1, fColon)):
		verb, j = "pour", k+1
	case st.key[k] == "pour" && k+1 < limit && st.t[k].Kind == token.Word && !st.verbBefore(k):
		// la conclusion est claire pour les scientifiques : … (not elle
		// dénonce la difficulté pour ses musiciens d'obtenir des visas : …)
		verb, j, colon = "pour", k+1, true
	case st.key[k] == "de" && k+3 < limit && st.key[k+1] == "l'" && (st.key[k+2] == "avis" || st.key[k+2] == "opinion") && (st.key[k+3] == "de" || st.key[k+3] == "d'") &&
		(k == st.sents[st.sent[k]][0] || st.t[k-1].Kind == token.Punct || st.is(k-1, fConn)):
		// de l'avis de X opens a clause; se passer de l'avis de X is no cue
		verb, j = "de l'"+st.key[k+2]+" de", k+4
	default:
		return "", mention{}, false
	}
	m := st.npAfter(j, limit)
	if !m.ok {
		return "", mention{}, false
	}
	if colon {
		e := m.e
		if m.appos[1] > 0 {
			e = m.appos[1]
		}
		if !st.isP(e, fColon) || m.pron || !st.personish(m) {
			return "", mention{}, false
		}
	}
	if m.pron {
		return verb, m, true
	}
	doc := false
	for k := m.s; k < m.e && k < m.s+3; k++ {
		doc = doc || st.is(k, fDocNoun)
	}
	e := m.e
	if m.appos[1] > 0 {
		e = m.appos[1]
	}
	e = st.skipParen(e, limit)
	if e < limit && !st.isP(e, fComma) && st.t[e].Kind != token.Punct || st.isP(e, fLParen) {
		// selon un rapport établi par l'Insee sur « … », content
		for k := e; k < limit && k-e < 20; k++ {
			if st.isP(k, fComma) {
				m.tail = k
				break
			}
			if st.t[k].Kind == token.Punct && st.t[k].Text != "(" && st.t[k].Text != ")" || st.is(k, fClauseStop) && st.key[k] != "et" {
				break
			}
		}
	} else if st.isP(e, fComma) && e > m.e {
		m.tail = e
	}
	whole := m
	if m.tail > 0 {
		whole.e = m.tail
	}
	if !st.personish(whole) && !(doc && verb != "pour") && !(st.agentNoun(m) && verb != "pour") {
		// selon les cas, pour la première fois
		return "", mention{}, false
	}
	// un rapport établi par X, le modèle émis par X: X speaks
	if doc {
		end := m.tail
		if end == 0 {
			end = min(m.e+1, limit) // not in the words reported after the comma
			if !st.isP(m.e, fComma) {
				end = limit
			}
		}
		for k := m.s; k < end; k++ {
			if st.key[k] == "par" {
				if m2 := st.npAfter(k+1, end); m2.ok {
					m2.tail = m.tail
					m = m2
				}
				break
			}
		}
	}
	return verb, m, true
}

// agentNoun reports whether the head of m is a noun of agent by its
// ending: prévisionnistes, historiens, chercheurs, manifestants.
func (st *state) agentNoun(m mention) bool {
	for k := m.s; k < m.e; k++ {
		if st.is(k, fDet) || st.key[k] == "d'" || st.key[k] == "autres" {
			continue
		}
		w := st.key[k]
		for _, suf := range []string{"iste", "istes", "ien", "iens", "ienne", "iennes", "eur", "eurs", "euse", "euses", "ants", "antes", "ents", "aires", "logue", "logues"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
				return true
			}
		}
		return false
	}
	return false
}

// personish reports whether m names a person or organisation: a name, an
// entity or a role noun.
func (st *state) personish(m mention) bool {
	for i := m.s; i < m.e; i++ {
		if st.entAt[i] >= 0 || i > m.s && st.isCap(i) {
			return true
		}
		if _, ok := st.roleBare(i); ok {
			return true
		}
		if _, ok := roleOf(strings.TrimSuffix(st.key[i], "s")); ok && strings.HasSuffix(st.key[i], "s") {
			return true
		}
	}
	return st.isCap(m.s) && !st.is(m.s, fDet)
}

// apposEnd returns the end of an appositive noun phrase starting at s (a
// determiner and a role noun: le président du MTA), or s.
func (st *state) apposEnd(s, b int) int {
	r := s
	if r < b && (st.key[r] == "elle-meme" || st.key[r] == "lui-meme") {
		r++ // elle-même doctorante en chimie
	}
	if r < b && st.is(r, fDet) {
		r++
	}
	if r >= b {
		return s
	}
	_, role := st.roleAt(r)
	// basée à Lausanne, installée depuis 2010 à Genève
	t := st.t[r].Text
	part := r == s && r+1 < b && endsAccented(t) &&
		(st.key[r+1] == "a" || st.key[r+1] == "au" || st.key[r+1] == "en" || st.key[r+1] == "dans" || st.key[r+1] == "depuis" || st.key[r+1] == "par")
	if !role && !part {
		return s
	}
	k := r + 1
	for k < b && !st.is(k, fClauseStop) && k-s < 16 {
		if st.isP(k, fLParen) {
			// chercheur à l'Observatoire français des conjonctures
			// économiques (OFCE)
			if p := st.skipParen(k, b); p > k {
				k = p
				continue
			}
		}
		if st.t[k].Kind == token.Punct {
			break
		}
		if _, verb := st.verb(k); verb && !st.is(k-1, fDet) && !part || st.isAux(k) && !part {
			return s // a clause (le pilote a suivi …), not an apposition
		}
		k++
	}
	return k
}

// impersonal reports whether the à or de at k ends an impersonal phrase
// of the writer: il est à noter, force est de constater, il convient de
// rappeler, il reste à préciser.
func (st *state) impersonal(k, a int) bool {
	if k-2 < a {
		return false
	}
	switch st.key[k-1] {
	case "est", "etait", "sera":
		return st.key[k-2] == "il" || st.key[k-2] == "force"
	case "convient", "conviendra", "reste", "restera":
		return st.key[k-2] == "il"
	}
	return false
}

// learntFrom reads, at the comma i, "a-t-on appris auprès de X" or "a-t-on
// appris de source X" and returns X.
func (st *state) learntFrom(i, b int) (mention, bool) {
	if !st.isP(i, fComma) || i+5 >= b || !st.isAux(i+1) || st.t[i+2].Kind != token.Clitic || !strings.HasSuffix(st.key[i+2], "on") || st.key[i+3] != "appris" {
		return mention{}, false
	}
	j := i + 4
	if st.is(j, fAdv) && j+2 < b {
		j++ // a-t-on appris vendredi, hier, également auprès du parquet
	}
	if k := st.skipTimeNP(j, b); k > j && k+2 < b {
		j = k // (mardi) soir, la semaine dernière
	}
	switch {
	case st.key[j] == "aupres" && j+1 < b && (st.key[j+1] == "de" || st.key[j+1] == "d'" || st.key[j+1] == "du" || st.key[j+1] == "des"):
		// auprès du parquet de Marseille: up to the punctuation
		e := j + 2
		for e < b && (st.t[e].Kind == token.Word || st.t[e].Kind == token.Elision) && e-j < 10 {
			e++
		}
		if e > j+2 {
			return mention{s: j + 2, e: e, ok: true}, true
		}
	case st.key[j] == "de" && j+1 < b && strings.HasPrefix(st.key[j+1], "source"):
		e := j + 2
		for e < b && st.t[e].Kind == token.Word && !st.is(e, fNPStop) && e-j < 5 {
			e++
		}
		return mention{s: j + 1, e: e, ok: true}, true
	}
	return mention{}, false
}

// hasVerbish reports whether a word of [a, b) may start a verb group.
func (st *state) hasVerbish(a, b int) bool {
	for k := a; k < b; k++ {
		if st.is(k, fVerbish) && !st.isCap(k) {
			return true
		}
	}
	return false
}

// subjPron are the subject pronouns (and qui) an object pronoun may follow
// before its verb: il la décrit, qui les accuse.
var subjPron = set("il elle ils elles on qui")

// afterSemi returns the token after the last semicolon of [s, e) outside
// quotation marks, or s.
func (st *state) afterSemi(s, e int) int { return st.afterLast(s, e, fSemi) }

// afterColon returns the token after the last colon of [s, e) outside
// quotation marks, or s.
func (st *state) afterColon(s, e int) int { return st.afterLast(s, e, fColon) }

// afterLast returns the token after the last punctuation mark of class f
// in [s, e) outside quotation marks, or s.
func (st *state) afterLast(s, e int, f uint64) int {
	for k := e - 1; k > s; k-- {
		if st.isP(k, f) && st.inSeg[k] < 0 {
			return k + 1
		}
	}
	return s
}

// afterIntro returns the token after the opening participle phrase of
// [s, e) and its comma (Contactée à Lubumbashi, la porte-parole …), or s.
func (st *state) afterIntro(s, e int) int {
	if s >= e || !st.introParticiple(s) {
		return s
	}
	for k := s + 1; k < e && k-s < 8; k++ {
		if st.isP(k, fComma) {
			return k + 1
		}
	}
	return s
}

// contentStart skips a dateline such as « (Reuters) - » or « 5 juillet
// 2012. - » at the start of a sentence.
func (st *state) contentStart(a, b int) int {
	i := a
	if d := st.dateline(a, b); d > a {
		i = d
	} else if t := st.liveTime(a, b); t > a && t < b {
		i = t // 15h10 – …: the time of a live report
	}
	if st.isP(i, fLParen) {
		for i < b && !st.isP(i, fRParen) {
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

// months are the French month names, folded.
var months = set("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre")

// dateline returns the token after a dateline that opens the sentence at
// a (PARIS (AFP) - ; Lyon, le 3 mars 2025 - ; BRUXELLES, 12 mai (Belga)
// – ; 22 mai 2012. - ), or a when there is none: capitalised words,
// numbers, months, a parenthesised place or agency, then a dash.
func (st *state) dateline(a, b int) int {
	si := st.sent[a]
	if st.sents[si][0] != a {
		return st.datelineAt(a, b)
	}
	if len(st.dl) == 0 {
		st.dl = grow(st.dl, len(st.sents))
		for i := range st.dl {
			st.dl[i] = -1
		}
	}
	if st.dl[si] < 0 {
		st.dl[si] = int32(st.datelineAt(a, st.sents[si][1]))
	}
	if d := int(st.dl[si]); d <= b {
		return d
	}
	return a
}

// isUpperWord reports whether w has no lower-case letter.
func isUpperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (st *state) datelineAt(a, b int) int {
	caps, date := false, false
	for k := a; k < b && k-a < 16; k++ {
		tk := st.t[k]
		switch tk.Kind {
		case token.Punct:
			if strings.ContainsAny(tk.Text, "-–—") && k > a {
				if !caps && !date {
					return a
				}
				for k < b && st.t[k].Kind == token.Punct && strings.ContainsAny(st.t[k].Text, "-–—") {
					k++
				}
				return k
			}
			switch tk.Text {
			case "(", ")", ",", ".":
				if tk.Text == "(" {
					caps = caps || k > a
				}
				continue
			}
			return a
		case token.Number, token.Date:
			continue
		case token.Word, token.Abbrev:
			w := tk.Text
			switch {
			case st.is(k, fMonth):
				date = true
			case st.key[k] == "le" || st.key[k] == "er" || st.key[k] == "1er":
			case len(w) >= 2 && isUpperWord(w):
				caps = true
			case st.isCap(k):
			default:
				return a
			}
		default:
			return a
		}
	}
	return a
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
		if st.isP(i, fColon) && i+1 < e && st.t[i+1].Kind == token.OpenQuote {
			return i
		}
	}
	return e
}

func (st *state) addIndirect(s, e int, verb string, m mention) {
	st.addIndirectMin(s, e, verb, m, 3)
}

// apposStart reports whether an apposition to a speaker starts at s: a
// role noun with or without determiner (le président de…, analyste à…),
// or a relative clause.
func (st *state) apposStart(s, b int) bool {
	for k := s; k < b && k < s+3; k++ {
		if st.key[k] == "qui" {
			return true
		}
		if _, ok := st.roleAt(k); ok {
			return true
		}
		if !st.is(k, fDet) && k > s {
			break
		}
	}
	return false
}

// connectivesOnly reports whether [s, e) holds only connectives and
// adverbs (Par ailleurs, Toutefois).
func (st *state) connectivesOnly(s, e int) bool {
	for k := s; k < e; k++ {
		if !st.is(k, fConn) && !st.is(k, fAdv) && st.t[k].Kind != token.Punct {
			return false
		}
	}
	return true
}

// addIndirectMin adds reported content [s, e) of at least minWords words.
func (st *state) addIndirectMin(s, e int, verb string, m mention, minWords int) {
	if s >= e {
		return
	}
	for s < e && st.t[s].Kind == token.Punct {
		s++
	}
	if s >= e || st.words(s, e) < minWords {
		return
	}
	// Content that is one quotation is a direct quote (attributed there),
	// also when a participle follows it (« … » évoquant des « … »).
	if st.t[s].Kind == token.OpenQuote && s+1 < len(st.t) && st.inSeg[s+1] >= 0 {
		sg := st.segs[st.inSeg[s+1]]
		if sg.c >= e-1 {
			return
		}
		if n := sg.c + 1; n < e && st.t[n].Kind == token.Word && strings.HasSuffix(st.key[n], "ant") {
			if _, ok := st.verb(n); ok {
				return
			}
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
	st.cands = append(st.cands, cand{start: st.t[s].Start, end: st.t[e-1].End, kind: kind, verb: verb, m: m, group: -1, para: int(st.para[s])})
}

func (st *state) indirectSentence(si, a, b int) {
	for i := a; i < b; i++ {
		if st.inSeg[i] >= 0 || st.t[i].IsQuote() {
			continue
		}
		// …, a-t-on appris auprès du parquet / de source policière: the
		// source of a wire dispatch
		if m, ok := st.learntFrom(i, b); ok {
			if s := st.contentStart(a, i); st.words(s, i) >= 4 {
				st.addIndirect(s, i, "apprendre", m)
				return
			}
		}
		// « … », a lancé X, pour qui …: a relative clause on the speaker
		// of a quotation of this sentence
		if st.isP(i, fComma) && i+2 < b && (st.key[i+1] == "qui" || st.key[i+1] == "pour" && st.key[i+2] == "qui") {
			if n := st.candIn(st.t[a].Start, st.t[i].Start); n >= 0 && st.cands[n].m.ok {
				before := len(st.cands)
				st.quiTail(i, b, st.cands[n].m)
				if len(st.cands) > before {
					return
				}
			}
		}
		// X, pour qui content, …: the view of X
		if st.key[i] == "pour" && i > a && i+3 < b && st.key[i+1] == "qui" && st.t[i+1].Kind == token.Word {
			if m := st.quiAntecedent(i); m.ok && !m.pron && st.opinionHolder(m) {
				end := st.clauseEnd(i+2, b)
				if st.isP(i-1, fComma) {
					// a relative clause set off by commas ends at the next
					for k := i + 2; k < end; k++ {
						if st.isP(k, fComma) && st.inSeg[k] < 0 {
							end = k
							break
						}
					}
				}
				if st.words(i+2, end) >= 3 {
					st.addIndirect(i+2, end, "pour", m)
					return
				}
			}
		}
		// …, a souligné X, en rappelant que …: a gerund of a reporting
		// verb reports more words of the sentence's speaker
		if st.key[i] == "en" && i+2 < b && st.t[i+1].Kind == token.Word && strings.HasSuffix(st.key[i+1], "ant") && (st.key[i+2] == "que" || st.key[i+2] == "qu'") && st.isP(i-1, fComma) {
			if l, ok := st.verb(i + 1); ok && !weakVerbs[l] {
				m := st.subjectBefore(i, a)
				if n := st.candIn(st.t[a].Start, st.t[i].Start); n >= 0 && st.cands[n].m.ok {
					m = st.cands[n].m
				}
				if m.ok && (m.pron || st.personish(m)) {
					st.addIndirectMin(i+3, st.clauseEnd(i+3, b), l, m, 2)
					return
				}
			}
		}
		// selon X / d'après X / pour X,
		if verb, m, ok := st.prepCue(i, b); ok {
			if m.pron && !st.is(m.s, fStrongPron) {
				continue
			}
			e := m.e
			if m.appos[1] > 0 {
				e = m.appos[1]
			}
			if m.tail > 0 {
				e = m.tail
			}
			// Pour X, son secrétaire général : « … »
			if st.isP(e, fComma) {
				if p := st.apposEnd(e+1, b); p > e+1 && (st.isP(p, fColon) || st.isP(p, fComma)) {
					e = p
					if verb != "pour" && st.isP(p, fColon) && p+1 < b && !st.t[p+1].IsQuote() {
						st.addIndirect(p+1, st.contentEnd(p+1, b), verb, m)
						return
					}
				}
			}
			// content, selon X, le président de Y(, elle-même …).
			if p := st.apposEnd(e+1, b); st.isP(e, fComma) && i > a && st.isP(i-1, fComma) && st.words(a, i) >= 4 && (p == b-1 || st.isP(p, fComma) && st.apposEnd(p+1, b) == b-1) {
				e = b - 1
			}
			if st.isP(e, fColon) && verb == "pour" && e+1 < b && !st.t[e+1].IsQuote() {
				st.addIndirect(e+1, st.contentEnd(e+1, b), verb, m)
				return
			}
			// Pour X, chef de service, qui n'a pas participé à l'étude,
			// content: a relative clause of X before the words reported
			if st.isP(e, fComma) && e+1 < b && (st.key[e+1] == "qui" || st.key[e+1] == "dont") && i == st.contentStart(a, b) {
				for k := e + 2; k < b && k-e < 20; k++ {
					if st.isP(k, fComma) {
						if st.words(k+1, b) >= 3 {
							e = k
						}
						break
					}
					if st.t[k].Kind == token.Punct || st.t[k].IsQuote() {
						break
					}
				}
			}
			// Le chômage a, selon l'Insee, atteint …; Le chômage, selon
			// l'Insee, a atteint …: selon inside the clause reports all of it
			if verb != "pour" && i-1 > a && st.isP(i-1, fComma) && st.isP(e, fComma) && e+1 < b && st.t[e+1].Kind == token.Word && !st.isCap(e+1) {
				s := st.contentStart(a, i-1)
				// (the subject after a fronted phrase: En accordant …, les
				// débats ont, selon plusieurs témoins, banalisé …)
				subj := st.afterLast(s, i-1, fComma)
				auxEnd := st.isAux(i-2) && i-2 > subj
				subjOnly := st.verbless(subj, i-1) && !st.hasVerbish(subj, i-1) && (st.isAux(e+1) || st.isSe(e+1) || st.key[e+1] == "ne" || st.key[e+1] == "n'")
				if subj < i-1 && st.is(subj, fDet) && (auxEnd || subjOnly) {
					st.addIndirect(s, st.contentEnd(e+1, b), verb, m)
					return
				}
			}
			// content, selon X, qui …: the relative clause belongs to X
			rel := e+1 < b && (st.key[e+1] == "qui" || st.key[e+1] == "dont" || st.key[e+1] == "lequel" || st.key[e+1] == "laquelle")
			// content, selon X, contre 23 l'an dernier: a complement, not
			// the words reported
			rel = rel || e+1 < b && (st.isPrep(e+1) || st.key[e+1] == "contre" || st.key[e+1] == "soit" || st.key[e+1] == "avec")
			// content, selon X, et content: the words before
			rel = rel || e+1 < b && (st.key[e+1] == "et" || st.key[e+1] == "mais" || st.key[e+1] == "tandis")
			// content, selon Vigicrues, son plus haut niveau depuis 1999:
			// an apposition to the words before
			rel = rel || e+1 < b && possessive[st.key[e+1]] && st.verbless(e+1, b)
			if st.isP(e, fComma) && !(rel && verb != "pour" && i > a && st.words(a, i) >= 4) {
				// selon X, content
				if e+1 < b && st.t[e+1].Kind == token.OpenQuote {
					return
				}
				// pour X opens the sentence, possibly after a connective
				// (est autorisée, pour la police, dans certains cas is not
				// reported); a relative clause belongs to X
				if verb == "pour" && (!st.connectivesOnly(st.contentStart(a, b), i) || e+1 < b && (st.key[e+1] == "qui" || st.key[e+1] == "dont" || st.key[e+1] == "je" || st.key[e+1] == "j'")) {
					continue
				}
				st.addIndirect(e+1, st.contentEnd(e+1, b), verb, m)
				return
			}
			if i > a && verb != "pour" {
				// content, selon X.
				end := i
				if st.isP(i-1, fComma) {
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
		if st.isP(i, fComma) && i > a {
			if l, e, cl, ok := st.finite(i+1, b); ok && !(infVerbs[textnorm.Key(l)] && st.infAfter(e, b) > 0) {
				var m mention
				if cl >= 0 {
					m = mention{s: cl, e: cl + 1, pron: true, ok: true}
				} else {
					m = st.npAfter(e, b)
					e = m.e
					if m.ok && st.pluralNP(m) && !st.pluralVerb(i+1) {
						// …, raconte trois générations d'une famille: a
						// plural noun after a singular verb is its object
						m = mention{}
					}
				}
				if m.ok && m.appos[1] > 0 {
					e = m.appos[1]
				}
				if m.ok && (m.pron || st.personish(m)) && st.isP(e, fComma) && st.words(e+1, b) >= 3 && !st.hasQue(e, b) && !st.apposStart(e+1, b) && !st.is(e+1, fSubord) && !strings.HasSuffix(st.key[e+1], "ant") && st.t[i-1].Kind != token.CloseQuote && !inciseTail[st.key[e+1]] {
					// (…, a annoncé X, à quelques jours du Téléthon: a
					// complement, not the rest of the words)
					// an incise: A, poursuit X, B / Il est, disent-ils, B
					// (X va plus loin : A, affirme-t-il, B: after the colon)
					s := st.afterColon(st.contentStart(a, i), i)
					// (D'ici là, a rappelé X, « … »: a fronted phrase, no words)
					if !st.connectivesOnly(s, i) && !(st.isPrep(s) && st.words(s, i) <= 3 && st.verbless(s, i)) {
						st.addIndirectMin(s, i, l, m, 2)
					}
					st.addIndirect(e+1, st.clauseEnd(e+1, b), l, m)
					return
				}
				if m.ok && (m.pron || st.personish(m)) && (e >= b || st.t[e].Kind == token.Punct || st.is(e, fNPStop)) && !st.hasQue(e, b) && !st.quoteEnds(a, i) && !st.personNP(st.afterSemi(st.contentStart(a, i), i), i) && !st.appositiveNP(st.afterIntro(st.afterSemi(st.contentStart(a, i), i), i), i) {
					st.addIndirect(st.afterSemi(st.contentStart(a, i), i), i, l, m)
					st.participleTail(e, b, m)
					st.quiTail(e, b, m)
					return
				}
			}
		}
		// c'est ce qu'a annoncé X
		if st.key[i] == "c'" && i+3 < b && st.key[i+1] == "est" && st.key[i+2] == "ce" && st.key[i+3] == "qu'" {
			if l, e, _, ok := st.finite(i+4, b); ok {
				if m := st.npAfter(e, b); m.ok {
					// C'est ce qu'a annoncé X dimanche : content
					for k := m.e; k < b && k-m.e < 8; k++ {
						if st.isP(k, fColon) && k+1 < b && !st.t[k+1].IsQuote() {
							st.addIndirect(k+1, st.contentEnd(k+1, b), l, m)
							return
						}
						if st.t[k].Kind == token.Punct && !st.isP(k, fComma) || st.t[k].IsQuote() {
							break
						}
					}
					if i > a {
						end := i
						if st.isP(i-1, fComma) || st.isP(i-1, fColon) {
							end-- // content : c'est ce qu'a confirmé X
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
		// content, comme le précise X : « … » / comme l'a indiqué X.
		if st.key[i] == "comme" && i+2 < b && (st.key[i+1] == "le" || st.key[i+1] == "l'") {
			if l, e, _, ok := st.verbGroup(i+2, b); ok && !weakVerbs[l] {
				if m := st.npAfter(e, b); m.ok && st.personish(m) {
					cs := st.contentStart(a, b)
					if i == cs || i == cs+2 && st.isP(cs+1, fComma) && connectives[st.key[cs]] {
						// Comme l'a rappelé X, interrogée par …, content
						e := st.skipParen(max(m.e, m.appos[1]), b)
						if e < b && !st.isP(e, fComma) && (st.isPrep(e) || st.is(e, fGapStart)) {
							// Comme l'a rappelé X pendant le procès, content
							k := e + 1
							for k < b && k-e < 8 && st.gapWord(k) && !st.isAux(k) && !st.is(k, fVerbish) {
								k++
							}
							if k < b && st.isP(k, fComma) {
								e = k
							}
						}
						if !st.isP(e, fComma) {
							continue
						}
						if k := e + 1; k < b && st.t[k].Kind == token.Word && pastParticiple(st.key[k]) {
							for k < b && k-e < 12 && !st.isP(k, fComma) {
								k++
							}
							if !st.isP(k, fComma) {
								continue
							}
							e = k
						}
						st.addIndirect(e+1, st.clauseEnd(e+1, b), l, m)
						return
					}
					if i == a {
						continue
					}
					end := i
					if st.isP(i-1, fComma) {
						end--
					}
					st.addIndirect(st.contentStart(a, end), end, l, m)
					return
				}
			}
		}
		// X le disait lors du congrès, content / X l'a rappelé lundi, content
		// (l' only before an auxiliary: l'alerte is a noun)
		if (st.key[i] == "le" || st.key[i] == "l'" && st.isAux(i+1)) && i > a && i+2 < b {
			if l, e, _, ok := st.verbGroup(i+1, b); ok && !weakVerbs[l] && st.t[i+1].Kind == token.Word {
				m := st.npBefore(i)
				if cs := st.contentStart(a, b); !m.ok && cs == i-1 && st.isCap(cs) && st.t[cs].Kind == token.Word && !st.is(cs, fNPStop) {
					m = mention{s: cs, e: i, ok: true} // Pyg le disait
				}
				if m.ok && m.e == i && m.s == st.contentStart(a, b) && !m.pron && st.reports(l, m) {
					c := e
					for n := 0; c < b && n < 12 && st.inSeg[c] < 0; n++ {
						if p := st.skipParen(c, b); p > c {
							c = p
							continue
						}
						if st.t[c].Kind == token.Punct {
							break
						}
						c++
					}
					if c+1 < b && c > e && st.isP(c, fComma) && !st.t[c+1].IsQuote() && !st.is(c+1, fConn) {
						switch st.key[c+1] {
						case "mais", "et", "car", "or", "donc", "puis", "qui", "que", "qu'":
						default:
							st.addIndirect(c+1, st.clauseEnd(c+1, b), l, m)
							return
						}
					}
				}
			}
		}
		// Estimant que content, X a …
		if st.t[i].Kind == token.Word && strings.HasSuffix(st.key[i], "ant") && i == st.contentStart(a, b) {
			if l, ok := st.verb(i); ok && !weakVerbs[l] {
				if k := st.queAfter(i+1, b); k > 0 {
					if c, m := st.mainSubject(k, b); m.ok {
						if st.t[k].Kind != token.OpenQuote {
							st.addIndirect(k, c, l, m)
						}
						return
					}
				}
			}
		}
		// X a tenu à préciser que …, X a voulu rappeler que … (not the
		// writer's il est à noter que, force est de constater que)
		if i > a+1 && st.t[i].Kind == token.Word && st.is(i, fVerbish) && (st.key[i-1] == "a" || st.key[i-1] == "de" || st.key[i-1] == "d'" || st.is(i-1, fModal)) && !st.impersonal(i-1, a) {
			if l, ok := st.verb(i); ok && !weakVerbs[l] && st.isLemma(i, l) {
				if k := st.queAfter(i+1, b); k > 0 {
					if m := st.subjectBefore(i, a); m.ok && st.reports(l, m) {
						st.addIndirect(k, st.clauseEnd(k, b), l, m)
						return
					}
				}
			}
		}
		// X, en affirmant que content / X …, estimant que content
		if pl, pe, ok := st.participle(i, b); ok {
			if k := st.queAfter(pe, b); k > 0 {
				m := st.subjectBefore(i, a)
				// « … », a affirmé X, regrettant que …: the speaker of the
				// cue just before
				if n := st.candIn(st.t[a].Start, st.t[i].Start); n >= 0 && st.cands[n].m.ok && (st.cands[n].m.e == i-1 || st.cands[n].m.appos[1] == i-1) {
					m = st.cands[n].m
				}
				if m.ok && st.reports(pl, m) {
					st.addIndirect(k, st.clauseEnd(k, b), pl, m)
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
			if !m.ok && i > a && (st.key[i-1] == "et" || st.key[i-1] == "mais") {
				// X a relevé …, mais précise que …
				m = st.subjectBefore(i-1, a)
			}
		}
		if !m.ok || !st.reports(l, m) {
			continue
		}
		lk := textnorm.Key(l)
		k := e
		for k < b && (st.is(k, fAdv) || st.isP(k, fComma)) && k-e < 6 {
			k++
		}
		// au contraire, pour sa part
		switch {
		case st.queAfter(e, b) > 0:
			q := st.queAfter(e, b)
			s := q
			for j := e; j < q; j++ {
				// a jugé « impératif » que …: the fragment goes with the
				// reported clause, which is mixed
				if st.t[j].Kind == token.OpenQuote && s == q && st.inSeg[j+1] >= 0 && st.segs[st.inSeg[j+1]].c == q-2 {
					s = j // only right before que: « urgent » lundi que … stays indirect
				}
				if g := st.inSeg[j]; g >= 0 {
					st.segs[g].used = true
				}
			}
			// a clear cue and que: short content counts (a dit que oui)
			end := st.clauseEnd(q, b)
			st.addIndirectMin(s, end, l, m, 1)
			st.quiTail(end, b, m)
			st.secondCue(end, b, m)
			return
		case infVerbs[lk]:
			if q := st.infAfter(e, b); q > 0 {
				st.addIndirectMin(q, st.clauseEnd(q, b), l, m, 2)
				return
			}
		case (lk == "estimer" || lk == "evaluer" || lk == "chiffrer") && k+1 < b && st.key[k] == "a" && st.t[k+1].Kind == token.Number && !(e-1 == i && endsAccented(st.t[i].Text)):
			// (not the participle of an apposition: Son coût, estimé à 4
			// milliards d'euros, …)
			// La CGT estime à 75 000 le nombre d'emplois menacés
			st.addIndirect(k+1, st.clauseEnd(k+1, b), l, m)
			return
		case infSpeech[lk] && k+1 < b && k == e && st.t[k].Kind == token.OpenQuote && st.infLike(k+1, b):
			// a indiqué « prendre acte » de la décision
			st.addIndirect(k, st.clauseEnd(k, b), l, m)
			return
		case infSpeech[lk] && st.infGap(e, b) > 0 && st.inSeg[st.infGap(e, b)] < 0:
			// X a affirmé à la barre avoir …, X dit craindre …
			q := st.infGap(e, b)
			st.addIndirect(q, st.clauseEnd(q, b), l, m)
			return
		case k < b && (st.key[k] == "avoir" || st.key[k] == "etre" || st.key[k] == "n'avoir" || isInfinitive(st.key[k]) && infSpeech[lk]) && !st.isCap(k):
			for k > e && (st.key[k-1] == "ne" || st.key[k-1] == "n'" || st.key[k-1] == "pas" || st.key[k-1] == "plus" || st.key[k-1] == "jamais") {
				k-- // a dit ne pas vouloir …
			}
			st.addIndirect(k, st.clauseEnd(k, b), l, m)
			return
		case k+2 < b && (st.key[k] == "ne" || st.key[k] == "n'") && (st.key[k+1] == "pas" || st.key[k+1] == "plus" || st.key[k+1] == "jamais") && st.infLike(k+2, b),
			k+1 < b && st.key[k] == "n'" && (st.key[k+1] == "avoir" || st.key[k+1] == "etre"):
			// X a dit ne pas vouloir …
			st.addIndirect(k, st.clauseEnd(k, b), l, m)
			return
		case k+1 < b && st.isP(k, fColon) && !st.t[k+1].IsQuote() && st.inSeg[k+1] < 0:
			// X a précisé : les vols reprendront lundi.
			st.addIndirect(k+1, st.clauseEnd(k+1, b), l, m)
			return
		}
	}
}

// candIn returns the last candidate found that lies in [s, e), or -1: the
// quotations of the whole text come first, then reported speech sentence
// by sentence, so the last one found may lie after e or in another
// sentence. It looks at the last 64 only.
func (st *state) candIn(s, e int) int {
	for n := len(st.cands) - 1; n >= 0 && n >= len(st.cands)-64; n-- {
		if st.cands[n].start >= s && st.cands[n].end <= e {
			return n
		}
	}
	return -1
}

// participle reads a present participle of a reporting verb at i (en
// affirmant, estimant), not at the start of the sentence.
func (st *state) participle(i, b int) (string, int, bool) {
	if i == 0 || st.t[i].Kind != token.Word || !strings.HasSuffix(st.key[i], "ant") {
		return "", 0, false
	}
	l, ok := st.verb(i)
	if !ok || weakVerbs[l] {
		return "", 0, false
	}
	if !(st.key[i-1] == "en" || st.isP(i-1, fComma)) {
		return "", 0, false
	}
	return l, i + 1, true
}

// gapWord reports whether the token at k may stand between a verb and its
// que or infinitive: adverbs, prepositions and their noun phrases (précise
// tout de même que, juge dans la presse que, confie au Figaro que).
func (st *state) gapWord(k int) bool {
	tk := st.t[k]
	if tk.Kind != token.Word && tk.Kind != token.Elision && tk.Kind != token.Number && tk.Kind != token.Abbrev {
		return false
	}
	return !st.is(k, fClauseStop) || st.key[k] == "et"
}

// subordinators open a clause that is not reported content after an
// incise: « … », a-t-elle ajouté, avant de quitter la salle.
var subordinators = set("avant apres pour sans alors tandis lors en puis afin pendant quand lorsque puisque car")

// modals before an infinitive cue: a voulu rappeler que, doit préciser que.
var modals = set("veut veulent voulu voulait voulaient souhaite souhaitent souhaitait tient tiennent tenu tenait doit doivent devait peut peuvent pouvait prefere")

var gapStart = set(`selon d'apres a au aux dans devant lors sur en pendant aupres chez lundi mardi mercredi jeudi vendredi
	samedi dimanche hier aujourd'hui tout ce cet cette mardi encore aussi egalement d'ailleurs
	notamment pourtant toutefois cependant alors ainsi deja bien clairement publiquement ouvertement
	fermement officiellement vivement lui leur
	convaincu convaincue convaincus convaincues persuade persuadee persuades persuadees certain certaine
	certains certaines sur sure surs sures confiant confiante confiants confiantes inquiet inquiete
	inquiets inquietes satisfait satisfaite satisfaits heureux heureuse optimiste optimistes
	necessaire indispensable important essentiel urgent possible probable normal inacceptable`)

// queAfter returns the token after the que that opens the reported clause
// of a verb group ending at e, with a short gap of adverbs or
// prepositional phrases before it; 0 if none.
func (st *state) queAfter(e, b int) int {
	k := e
	for k < b && st.isP(k, fComma) {
		k++
	}
	// a annoncé le 3 mars que, a dit la semaine dernière que
	k = st.skipTimeNP(k, b)
	if k < b && (st.key[k] == "que" || st.key[k] == "qu'") {
		return k + 1
	}
	// dès lundi, dès le départ (not the article des)
	des := k < b && st.key[k] == "des" && st.t[k].Text != "des" && st.t[k].Text != "Des"
	// par exemple, par ailleurs (not par X, que …)
	par := k+1 < b && st.key[k] == "par" && (st.key[k+1] == "exemple" || st.key[k+1] == "ailleurs")
	// de son côté, pour sa part
	side := k+2 < b && possessive[st.key[k+1]] && (st.key[k] == "de" && st.key[k+2] == "cote" || st.key[k] == "pour" && st.key[k+2] == "part")
	if k >= b || !st.is(k, fGapStart) && !st.is(k, fAdv) && st.t[k].Kind != token.OpenQuote && !des && !par && !side {
		return 0
	}
	for j := k; j < b && j-k < 16; j++ {
		if st.key[j] == "que" || st.key[j] == "qu'" {
			if (st.is(j-1, fSubord) || queConj[st.key[j-1]]) && !(j-k >= 3 && st.key[j-1] == "meme" && st.key[j-3] == "tout") {
				return 0 // tandis que, alors que (not tout de même que)
			}
			if st.isP(j-1, fComma) || st.t[j-1].Kind == token.Word || st.t[j-1].Kind == token.CloseQuote {
				return j + 1
			}
			return 0
		}
		if (st.key[j] == "et" || st.key[j] == "mais") && j+1 < b && st.t[j+1].Kind == token.Word && (st.isVerbForm(j+1) || st.isAux(j+1)) {
			return 0 // dénonce « une provocation » et affirme que: another verb's que
		}
		if st.t[j].Kind == token.OpenQuote && j+1 < b && st.inSeg[j+1] >= 0 {
			// a jugé « impératif » mardi que …
			if sg := st.segs[st.inSeg[j+1]]; sg.closed && st.words(sg.o+1, sg.c) <= 3 {
				j = sg.c
				continue
			}
		}
		if !st.gapWord(j) && !st.isP(j, fComma) {
			return 0
		}
	}
	return 0
}

// infAfter returns the start of the infinitive clause after a verb group
// ending at e (demande de…, invite les Français à…, appelle cet
// après-midi à voter); 0 if none.
func (st *state) infAfter(e, b int) int {
	for j := e; j+1 < b && j-e < 8; j++ {
		if (st.key[j] == "de" || st.key[j] == "d'" || st.key[j] == "a") && st.t[j].Kind != token.Punct && st.infLike(j+1, b) {
			return j + 1
		}
		if !st.gapWord(j) {
			return 0
		}
	}
	return 0
}

// infLike reports whether an infinitive starts at k, possibly after
// object clitics or a negation.
func (st *state) infLike(k, b int) bool {
	for n := 0; k < b && n < 3; n++ {
		switch st.key[k] {
		case "se", "s'", "ne", "n'", "y", "en", "l'", "lui", "leur", "nous", "vous", "pas", "plus", "jamais", "rien":
			k++
			continue
		}
		break
	}
	if k >= b || st.t[k].Kind != token.Word || st.isCap(k) {
		return false
	}
	w := st.key[k]
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re") || strings.HasSuffix(w, "oir"))
}

// clauseEnd returns the end of a reported clause that starts at s: the end
// of the sentence, or a comma before « sans que » or before a second verb
// of the main clause (…, mais a réitéré).
func (st *state) clauseEnd(s, b int) int {
	for k := s; k+1 < b; k++ {
		if st.isP(k, fSemi) {
			return st.contentEnd(s, k)
		}
		if k > s && st.key[k] == "et" && st.inSeg[k] < 0 && st.secondVerb(k+1, b) {
			return st.contentEnd(s, k) // … et assure que …, … et dit avoir …
		}
		if !st.isP(k, fComma) || st.inSeg[k] >= 0 {
			continue
		}
		n := st.key[k+1]
		if n == "sans" && k+2 < b && (st.key[k+2] == "que" || st.key[k+2] == "qu'") || n == "afin" {
			return st.contentEnd(s, k)
		}
		if n == "en" && k > s && st.t[k-1].Kind == token.CloseQuote {
			return st.contentEnd(s, k) // « … », en référence à …
		}
		if n == "tout" && k+2 < b && st.key[k+2] == "en" {
			return st.contentEnd(s, k) // …, tout en reconnaissant …
		}
		// X, qui demandait de …, a quitté la réunion: the main clause
		// goes on after the relative one; …, ni les patrons
		if n == "ni" || st.isAux(k+1) && k+2 < b && (st.t[k+2].Kind == token.Clitic || st.t[k+2].Kind == token.Word && pastParticiple(st.key[k+2])) {
			return st.contentEnd(s, k)
		}
		if l, ok := st.verb(k + 1); ok && !weakVerbs[l] && strings.HasSuffix(n, "ant") && st.t[k+1].Kind == token.Word {
			return st.contentEnd(s, k) // …, évoquant des « … »
		}
		if st.gerundive(k+1, b) {
			return st.contentEnd(s, k) // …, répondant ainsi aux élus
		}
		if (n == "mais" || n == "et") && k+2 < b {
			j := k + 2
			for j < b && st.is(j, fAdv) && j-k < 5 {
				j++
			}
			if j < b && (st.isAux(j) || st.t[j].Kind == token.Word && st.isVerbForm(j)) {
				return st.contentEnd(s, k)
			}
			if n == "mais" && st.newSpeaker(k+2, b) {
				return st.contentEnd(s, k) // …, mais un responsable a jugé …
			}
		}
	}
	return st.contentEnd(s, b)
}

// secondVerb reports whether a reporting verb of the same subject starts
// at k, after et: assure, dit avoir, a ajouté.
func (st *state) secondVerb(k, b int) bool {
	if k >= b || st.t[k].Kind != token.Word {
		return false
	}
	if st.isVerbForm(k) {
		// (qu'il transmettrait … et demanderait à: a conditional or a
		// future goes on with the reported words)
		w := st.key[k]
		if strings.HasSuffix(w, "rait") || strings.HasSuffix(w, "raient") || strings.HasSuffix(w, "ra") || strings.HasSuffix(w, "ront") {
			return false
		}
		l, _ := st.verb(k)
		return !weakVerbs[l]
	}
	return st.isAux(k) && st.t[k].Text != "à" && k+1 < b && st.isVerbForm(k+1)
}

// secondCue reads, after reported words that end at e, a second reporting
// verb of the same speaker m and its own words (l'office explique que …
// et assure que …; Boréalis affirme que … et dit avoir « … »).
func (st *state) secondCue(e, b int, m mention) {
	k := e
	for k < b && (st.t[k].Kind == token.Punct || st.t[k].IsQuote()) && !st.isP(k, fPeriod) {
		k++
	}
	if k+1 >= b || st.key[k] != "et" || !st.secondVerb(k+1, b) {
		return
	}
	l, ve, cl, ok := st.finite(k+1, b)
	if !ok || cl >= 0 {
		return
	}
	if q := st.queAfter(ve, b); q > 0 {
		st.addIndirectMin(q, st.clauseEnd(q, b), l, m, 1)
		return
	}
	if infVerbs[textnorm.Key(l)] || infSpeech[textnorm.Key(l)] {
		if q := st.infAfter(ve, b); q > 0 {
			st.addIndirectMin(q, st.clauseEnd(q, b), l, m, 2)
		}
	}
}

// notGerund are words in -ant that are no present participle.
var notGerund = set("cependant maintenant pendant durant avant devant suivant moyennant nonobstant neanmoins")

// gerundive reports whether a present participle opens a clause at k that
// is no reported content: répondant ainsi aux syndicats, laissant …
func (st *state) gerundive(k, b int) bool {
	if k+1 >= b || st.t[k].Kind != token.Word || st.isCap(k) {
		return false
	}
	w := st.key[k]
	if len(w) < 6 || !strings.HasSuffix(w, "ant") || notGerund[w] {
		return false
	}
	if l, ok := st.verb(k); ok && !weakVerbs[l] {
		return false // a reporting participle: handled as such
	}
	n := k + 1
	return st.is(n, fAdv) || st.is(n, fDet) || st.key[n] == "a" || st.key[n] == "au" || st.key[n] == "aux" || st.key[n] == "de" || st.key[n] == "d'" || st.key[n] == "en" || st.key[n] == "sur" || st.key[n] == "par"
}

// newSpeaker reports whether a subject and a reporting verb open the
// clause at k: un responsable américain s'est dit …
func (st *state) newSpeaker(k, b int) bool {
	if !st.is(k, fSubjDet) && !st.isCap(k) {
		return false
	}
	m := st.npAfter(k, b)
	if !m.ok || m.s != k {
		return false
	}
	j := m.e
	if m.appos[1] > 0 {
		j = m.appos[1]
	}
	for n := 0; j < b && n < 4 && (st.isSe(j) || st.isAux(j) || st.is(j, fAdv) || st.key[j] == "ne" || st.key[j] == "n'"); n++ {
		j++
	}
	if j >= b || st.t[j].Kind != token.Word {
		return false
	}
	l, ok := st.verb(j)
	return ok && !weakVerbs[l]
}

func (st *state) isVerbForm(j int) bool {
	l, ok := st.verb(j)
	return ok && !st.isLemma(j, l)
}

// mainSubject finds, after a sentence-initial participial clause that
// starts at k, the comma that ends it and the subject that follows
// (Estimant que …, il a quitté le parti); it returns the comma.
func (st *state) mainSubject(k, b int) (int, mention) {
	for c := k; c+1 < b; c++ {
		if !st.isP(c, fComma) || st.inSeg[c] >= 0 {
			continue
		}
		n := c + 1
		if st.t[n].Kind == token.Word && st.is(n, fPron) {
			return c, mention{s: n, e: n + 1, pron: true, ok: true}
		}
		if st.is(n, fSubjDet) || st.isCap(n) {
			m := st.npAfter(n, b)
			if m.ok && m.s == n {
				e := m.e
				if m.appos[1] > 0 {
					e = m.appos[1]
				}
				if e < b && (st.isAux(e) || st.isSe(e) || st.t[e].Kind == token.Word && !st.is(e, fNPStop)) {
					return c, m
				}
			}
		}
	}
	return 0, mention{}
}

// inReported reports whether token i follows, in the clause that starts at
// a, a que introduced by a reporting verb (X estime que [i …]).
func (st *state) inReported(a, i int) bool {
	for k := a + 1; k < i; k++ {
		if st.key[k] != "que" && st.key[k] != "qu'" {
			continue
		}
		for v := k - 1; v >= a && v >= k-3; v-- {
			if st.t[v].Kind == token.Word && st.isVerbForm(v) {
				return true
			}
		}
	}
	return false
}

// subjectBefore finds the subject of the clause that holds token i: the
// noun phrase before the nearest auxiliary or verb form on its left.
func (st *state) subjectBefore(i, a int) mention {
	for k := i - 1; k > a && i-k < 40; k-- {
		if st.t[k].Kind != token.Word || st.inSeg[k] >= 0 {
			continue
		}
		// a-t-il ajouté, regrettant que …: the inverted pronoun
		if st.isVerbForm(k) && st.t[k-1].Kind == token.Clitic {
			return mention{s: k - 1, e: k, pron: true, ok: true}
		}
		if (st.isAux(k) || st.isVerbForm(k)) && k+1 < len(st.t) && st.t[k+1].Kind == token.Clitic {
			return mention{s: k + 1, e: k + 2, pron: true, ok: true}
		}
		if st.isAux(k) || st.isVerbForm(k) || st.is(k-1, fPron) {
			for k > a+1 && st.isAux(k-1) {
				k-- // La Poste a nié: the subject ends before a
			}
			if m := st.npBefore(k); m.ok && !st.inReported(a, m.s) {
				return m
			}
		}
	}
	// the noun phrase that opens the sentence, after an opening phrase of
	// place or time (À Bercy, chacun s'accorde à dire que …)
	c := st.contentStart(a, i)
	switch st.key[c] {
	case "a", "au", "aux", "en", "dans", "chez", "sur", "depuis", "lors", "apres", "avant", "cote":
		for k := c + 1; k < i && k-c < 8; k++ {
			if st.isP(k, fComma) {
				c = k + 1
				break
			}
			if st.t[k].Kind == token.Punct || st.isAux(k) || st.isVerbForm(k) {
				break
			}
		}
	}
	if c < i {
		if m := st.npAfter(c, i); m.ok && m.s == c && !m.pron {
			return m
		}
		if indefSubject[st.key[c]] && c+1 < i && (st.isSe(c+1) || st.isAux(c+1) || st.t[c+1].Kind == token.Word && st.is(c+1, fVerbish)) {
			return mention{s: c, e: c + 1, ok: true} // chacun s'accorde à dire
		}
	}
	return mention{}
}

// indefSubject are indefinite pronouns that may be the subject of a cue.
var indefSubject = set("chacun chacune certains certaines plusieurs beaucoup tous toutes")

// notInf are words ending like infinitives that are not verbs.
var notInf = set("entre contre notre votre autre autres premier premiere dernier derniere quatre hier leur leurs sur pour par fer mer cher chere hiver super")

// infGap returns the start of an infinitive clause after a speech verb
// ending at e, past adverbs and a short prepositional phrase (a affirmé à
// la barre avoir signé, dit craindre une saturation); 0 if none.
func (st *state) infGap(e, b int) int {
	for j := e; j < b && j-e < 6; j++ {
		k := st.key[j]
		if st.t[j].Kind == token.Word && (k == "avoir" || k == "etre" || k == "n'avoir") {
			return j
		}
		if (k == "ne" || k == "n'") && j+1 < b && (st.key[j+1] == "avoir" || st.key[j+1] == "etre" || (st.key[j+1] == "pas" || st.key[j+1] == "plus" || st.key[j+1] == "jamais") && st.infLike(j+2, b)) {
			return j
		}
		if st.t[j].Kind == token.Word && !st.isCap(j) && !st.is(j, fNotInf|fMonth|fNPStop|fDet) && st.infLike(j, b) && (j == e || st.is(j-1, fAdv) || st.t[j-1].Kind == token.Word && !st.is(j-1, fDet) && !st.isPrep(j-1)) {
			if _, v := st.verb(j); v || j+1 < b && (st.is(j+1, fDet) || st.key[j+1] == "que" || st.key[j+1] == "qu'" || st.key[j+1] == "de" || st.key[j+1] == "d'" || st.key[j+1] == "a") {
				return j
			}
		}
		if st.isP(j, fComma) || st.t[j].Kind == token.Punct || st.t[j].IsQuote() || st.is(j, fClauseStop) {
			return 0
		}
	}
	return 0
}

// appositiveNP reports whether tokens [s, e) are a noun phrase and its
// apposition or relative clause, the subject of the verb after them and
// no clause reported (Le Cercle des économistes, qui les organise, a
// invité …; La députée Katrin Oberländer, élue de Görlitz, résume …; Le
// port, principalement dédié aux exportations, a affiché …).
func (st *state) appositiveNP(s, e int) bool {
	if s >= e || !st.is(s, fDet) {
		return false
	}
	comma := -1
	for k := s; k < e; k++ {
		if st.isP(k, fComma) {
			if comma >= 0 {
				return false // two commas: a clause may sit between
			}
			comma = k
		} else if st.t[k].Kind == token.Punct || st.t[k].IsQuote() {
			return false
		}
	}
	if comma < 0 || comma-s > 10 || e-comma > 13 || comma+1 >= e {
		return false
	}
	for k := s; k < comma; k++ {
		if st.isAux(k) || st.is(k, fVerbish) && !st.isCap(k) {
			return false // Les ventes ont baissé, surtout en Europe
		}
	}
	k := comma + 1
	if st.key[k] == "qui" || st.key[k] == "dont" {
		// a short noun phrase, not a clause with its object (La famille
		// contrôle toujours le groupe, qui possède …)
		return comma-s <= 6
	}
	if st.is(k, fAdv) && k+1 < e {
		k++
	}
	if st.isCap(k) && st.capRun(k, e) == e && e-k <= 4 && st.personRole(s+1) {
		return true // La porte-parole de l'EGC, Espérance Mukendi, défend …
	}
	if st.t[k].Kind != token.Word || st.isCap(k) {
		return false
	}
	if r, ok := st.roleAt(k); ok && !r.Org {
		return true // membres de la majorité, chercheur à l'OFCE
	}
	return endsAccented(st.t[k].Text) && !st.isAux(k-1) // élue de Görlitz, dédié aux exportations
}

// namesSomeone reports whether m holds a first name or a role noun: it
// can name a person, not only a topic.
func (st *state) namesSomeone(m mention) bool {
	for k := m.s; k < m.e; k++ {
		if _, first := st.firstAt(k); first {
			return true
		}
		if _, ok := st.roleAt(k); ok {
			return true
		}
	}
	return false
}

// personNP reports whether tokens [s, e) are a person named in apposition
// and no clause: the subject of the verb after the comma (La préfète du
// Gard, Marie Durand, annonce …; Paul Roux, père de deux enfants,
// résume …), not words it reports.
func (st *state) personNP(s, e int) bool {
	if e-s > 16 {
		return false
	}
	name := func(k int) bool {
		_, first := st.firstAt(k)
		return first && st.isCap(k)
	}
	// role, Name: the name runs to the end
	for k := e - 1; k > s; k-- {
		if st.isP(k-1, fComma) && name(k) {
			return st.capRun(k, e) == e
		}
		if !st.isCap(k) && st.t[k].Kind != token.Word {
			break
		}
	}
	// Premier témoin à la barre, Name, 76 ans: a person and an age
	if e-s >= 4 && st.key[e-1] == "ans" && st.t[e-2].Kind == token.Number && st.isP(e-3, fComma) && st.isCap(e-4) {
		return true
	}
	// Name, apposition: no clause after the comma; also after a short
	// fronted phrase or a noun of kin (Leur fils, X, urgentiste au CHU; À
	// sa suite, X, ancienne comptable)
	for a := s; a < e && a-s <= 5; a++ {
		if a > s && (!st.isP(a-1, fComma) || a >= 2 && (st.isAux(a-2) || st.is(a-2, fVerbish) && !st.isCap(a-2))) {
			if st.isAux(a) || st.is(a, fVerbish) && !st.isCap(a) || st.t[a].Kind == token.Punct && !st.isP(a, fComma) {
				break
			}
			continue
		}
		if !name(a) {
			continue
		}
		if c := st.capRun(a, e); c < e && st.isP(c, fComma) && e-a <= 16 {
			for k := c + 1; k < e; k++ {
				if st.t[k].Kind == token.Punct || st.key[k] == "qui" || st.key[k] == "que" || st.key[k] == "qu'" {
					return false
				}
			}
			return true
		}
		return false
	}
	return false
}

// isPrep reports whether the token at j is a preposition that an
// infinitive may follow without being the verb's object (pour, sans).
func (st *state) isPrep(j int) bool {
	switch st.key[j] {
	case "pour", "sans", "de", "d'", "a", "apres", "avant", "par", "en":
		return true
	}
	return false
}

// infSpeech are the verbs that report speech with an infinitive: X a
// affirmé avoir…
var infSpeech = set("affirmer assurer reconnaitre nier dementir admettre declarer dire estimer penser croire esperer souhaiter juger indiquer expliquer avouer raconter confier pretendre certifier confirmer annoncer revendiquer contester")

// hasQue reports whether a que in [a, b) may open the object clause of
// the verb before a: not one of a conjunction (tandis que, alors que) nor
// one after a comma and a participle (…, précisant que), which open
// clauses of their own.
func (st *state) hasQue(a, b int) bool {
	neg := false
	for i := a; i < b; i++ {
		if st.isP(i, fComma) && i+1 < b && st.t[i+1].Kind == token.Word && (st.is(i+1, fSubord) || st.key[i+1] == "qui" || strings.HasSuffix(st.key[i+1], "ant")) {
			return false
		}
		if st.key[i] == "ne" || st.key[i] == "n'" {
			neg = true
		}
		if st.key[i] == "que" || st.key[i] == "qu'" {
			if i > a && (st.is(i-1, fSubord) || queConj[st.key[i-1]]) {
				continue
			}
			if neg {
				neg = false // n'ont représenté qu'une part: ne … que
				continue
			}
			return true
		}
	}
	return false
}

// pluralNP reports whether the noun phrase m is plural by its first word:
// les, des, ces, plusieurs, a number above one.
func (st *state) pluralNP(m mention) bool {
	if startsUpper(st.t[m.s].Text) {
		return false // a name (a précisé Les Ponts Jacques Cartier et Champlain)
	}
	switch st.key[m.s] {
	case "les", "des", "ces", "leurs", "plusieurs", "nos", "vos", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix":
		return true
	}
	return st.t[m.s].Kind == token.Number && st.key[m.s] != "1"
}

// pluralVerb reports whether the verb group starting at i is plural: ont,
// sont, font, or a form in -ent or -ont.
func (st *state) pluralVerb(i int) bool {
	k := st.key[i]
	return strings.HasSuffix(k, "ent") || strings.HasSuffix(k, "ont")
}

// verbBefore reports whether a reporting verb comes before token k in
// its sentence.
func (st *state) verbBefore(k int) bool {
	for i := k - 1; i >= st.sents[st.sent[k]][0]; i-- {
		if st.t[i].Kind == token.Word && st.isVerbForm(i) {
			return true
		}
	}
	return false
}

// possessive are the possessive determiners, folded.
var possessive = set("son sa ses leur leurs")

// verbless reports whether [a, b) is a short phrase with no auxiliary
// or form of être: an apposition, not a clause.
func (st *state) verbless(a, b int) bool {
	e := st.contentEnd(a, b)
	if st.words(a, e) > 12 {
		return false
	}
	for k := a; k < e; k++ {
		if st.isAux(k) || st.is(k, fEtre) || st.t[k].IsQuote() {
			return false
		}
	}
	return true
}

// queConj are the words that make a conjunction or a comparison with que:
// bien que, parce que, dès lors que, bien moins que, plutôt que.
var queConj = set("bien parce lors ainsi meme tel telle tels telles sorte facon maniere moins plus autant mieux plutot davantage")

// quiTail adds the reported clause of a relative clause on the speaker
// that follows a cue ending at e (…, a précisé la mairie, qui a ajouté
// que …; …, a lancé X, de la CGT, pour qui …).
func (st *state) quiTail(e, b int, m mention) {
	if !m.ok {
		return
	}
	// skip an apposition: , de la CGT,
	for n := 0; n < 2 && st.isP(e, fComma) && e+1 < b && (st.key[e+1] == "de" || st.key[e+1] == "du" || st.key[e+1] == "d'" || st.key[e+1] == "des"); n++ {
		k := e + 1
		for k < b && k-e < 10 && st.t[k].Kind != token.Punct && st.key[k] != "qui" && !st.t[k].IsQuote() {
			k++
		}
		if !st.isP(k, fComma) {
			return
		}
		e = k
	}
	if !st.isP(e, fComma) || e+2 >= b {
		return
	}
	if st.key[e+1] == "pour" && st.key[e+2] == "qui" {
		st.addIndirect(e+3, st.clauseEnd(e+3, b), "pour", m)
		return
	}
	if st.key[e+1] != "qui" {
		return
	}
	if l, ve, _, ok := st.finite(e+2, b); ok && st.reports(l, m) {
		if k := st.queAfter(ve, b); k > 0 {
			st.addIndirectMin(k, st.clauseEnd(k, b), l, m, 1)
		}
	}
}

// participleTail adds the reported clause of a participle that follows a
// cue ending at e (…, a-t-il ajouté, regrettant que …): its speaker is the
// cue's.
func (st *state) participleTail(e, b int, m mention) {
	if !st.isP(e, fComma) || e+1 >= b {
		return
	}
	if pl, pe, ok := st.participle(e+1, b); ok {
		if k := st.queAfter(pe, b); k > 0 && st.reports(pl, m) {
			st.addIndirect(k, st.clauseEnd(k, b), pl, m)
		}
	}
}

func isInfinitive(k string) bool {
	switch k {
	case "avoir", "etre", "vouloir", "pouvoir", "devoir", "faire":
		return true
	}
	return false
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// endsAccented reports whether the word w ends like a past participle in
// é, ée, és or ées (estimé, not estime).
func endsAccented(w string) bool {
	for _, end := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// pastParticiple reports whether the folded word w ends like a past
// participle (interrogée, sollicité, cités).
func pastParticiple(w string) bool {
	for _, suf := range []string{"e", "ee", "es", "ees", "i", "ie", "is", "ies"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}
