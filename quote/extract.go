package quote

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// seg is one paragraph's part of a quotation between quote marks.
type seg struct {
	o, c   int // token indices of the opening and closing marks; c is one past the paragraph for an unclosed part
	start  int // content bytes
	end    int
	group  int  // segments of one quotation spread over paragraphs share a group
	closed bool // ends with a closing mark in this paragraph
	used   bool // inside the content of an indirect quotation
}

// mention is a speaker mention: tokens [s, e).
type mention struct {
	s, e  int
	appos [2]int // a name in apposition, tokens [a, b), or zero
	pron  bool
	ok    bool
	tail  int // for "selon X …, content": the comma that ends the cue phrase, or 0
}

// cand is a quotation found, before speaker resolution.
type cand struct {
	start, end int
	kind       Kind
	verb       string
	m          mention
	floating   bool
	group      int // direct quotes spread over paragraphs: the segment group, else -1
	para       int
}

// state holds the work of one ExtractDoc call.
type state struct {
	d       *token.Doc
	t       []token.Token
	key     []string
	f       []uint64 // word classes of each token
	wi      []int32  // entry of each token's key in tab, or -1
	tab     *wordTable
	lem     []string // lemma of each verb form, for an Extractor's own verbs
	buf     []byte   // scratch for index
	folded  []int
	verbs   map[string]string
	sent    []int32 // sentence index of each token
	sents   [][2]int
	para    []int32 // paragraph index of each token
	inSeg   []int32
	segs    []seg
	cands   []cand
	ents    []entities.Entity
	entAt   []int32 // entity index covering each token, or -1
	nameOf  map[string]string
	rolePos map[string]int // token of the apposition behind each role: key of nameOf
	orgs    orgTally
	docOf   map[string][2]int // the complement of a document noun: le rapport final du BEA
	dl      []int32           // end of the dateline of each sentence, -1 until computed
	// defaultVerbs is set when verbs is the embedded lexicon
	defaultVerbs bool
}

// ExtractDoc returns the quotations of d, in order, with offsets into
// d.Text. ents are the entities of d; nil means tag them with the
// Extractor's Tagger.
func (x *Extractor) ExtractDoc(d *token.Doc, ents []entities.Entity) []Quote {
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	st := statePool.Get().(*state)
	defer st.release()
	st.d, st.t, st.verbs = d, d.Tokens, x.Verbs
	st.defaultVerbs = false
	if st.verbs == nil {
		st.verbs = lexicon.Verbs()
		st.defaultVerbs = true
		st.tab = defaultTable()
	} else {
		st.tab = baseTable()
	}
	st.index()
	st.pairQuotes()
	if len(st.segs) == 0 && !st.hasCue() {
		return nil
	}
	st.entAt = grow(st.entAt, len(st.t))
	for i := range st.entAt {
		st.entAt[i] = -1
	}
	if ents == nil {
		st.direct()
		st.interview()
		st.indirect()
		if len(st.cands) == 0 {
			return nil
		}
		// Tag only the paragraphs around the quotations found: the others
		// cannot name a speaker, and tagging is the costly part.
		sub := d.Select(st.keepPara())
		if x.Tagger != nil {
			ents = x.Tagger(sub)
		} else {
			ents = entities.ExtractDoc(sub)
		}
		st.ents = ents
		st.indexEntities()
	} else {
		st.ents = ents
		st.indexEntities()
		st.direct()
		st.interview()
		st.indirect()
	}
	return st.resolve()
}

// Word classes of a token, bits of state.f.
const (
	fDet uint64 = 1 << iota
	fSubjDet
	fEtre
	fNaming
	fConn
	fFair
	fLaisser
	fAux
	fAdv
	fNPStop
	fClauseStop
	fPron
	fStrongPron
	fObjClitic
	fDocNoun
	fNumeral
	fTimeNoun
	fMonth
	fSubord
	fModal
	fGapStart
	fNotInf
	fVerbLike // se, s', vient, viennent, venait, met (en garde)
	fPrepCue  // selon, d', pour, de: may start a prepCue
	// set per token
	fVerb     // a form of the Extractor's verbs
	fVerbish  // may start a verb group
	fCap      // a capitalised word or abbreviation
	fLemmaKey // the folded lemma of a verb of the embedded lexicon
	fRole     // a role noun
	fFirst    // a first name
	fDemonym  // a demonym of the gazetteer
	fRolePlural
	fRoleOrg
	// the genders of a role noun and of a first name, as bytes
	fComma
	fPeriod
	fColon
	fLParen
	fRParen
	fSemi
	shiftRoleGender  = 48
	shiftFirstGender = 56
)

// needsKey reports whether textnorm.Key may change s.
func needsKey(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// wordClasses maps the folded words of the closed classes to their bits.
var wordClasses = sync.OnceValue(func() map[string]uint64 {
	m := map[string]uint64{}
	for _, c := range []struct {
		set  map[string]bool
		flag uint64
	}{
		{determiners, fDet}, {subjDet, fSubjDet}, {etreForms, fEtre}, {namingWords, fNaming},
		{connectives, fConn}, {fairForms, fFair}, {laisserForms, fLaisser}, {auxiliaries, fAux},
		{adverbs, fAdv}, {npStop, fNPStop}, {clauseStop, fClauseStop}, {pronouns, fPron},
		{strongPron, fStrongPron}, {objClitics, fObjClitic}, {docNouns, fDocNoun}, {numerals, fNumeral},
		{timeNouns, fTimeNoun}, {months, fMonth}, {subordinators, fSubord}, {modals, fModal},
		{gapStart, fGapStart}, {notInf, fNotInf}, {verbLike, fVerbLike}, {prepCueWords, fPrepCue},
	} {
		for w := range c.set {
			m[w] |= c.flag
		}
	}
	return m
})

var (
	verbLike     = set("se s' vient viennent venait " + mettreFinite)
	prepCueWords = set("selon d' pour de")
)

// roleAt returns the role noun at i, without the ex- of a former role.
func (st *state) roleAt(i int) (lexicon.Role, bool) {
	if k := st.key[i]; strings.HasPrefix(k, "ex-") {
		return roleOf(k[3:])
	}
	return st.roleBare(i)
}

// roleBare returns the role noun at i.
func (st *state) roleBare(i int) (lexicon.Role, bool) {
	f := st.f[i]
	if f&fRole == 0 {
		return lexicon.Role{}, false
	}
	return lexicon.Role{Gender: byte(f >> shiftRoleGender), Plural: f&fRolePlural != 0, Org: f&fRoleOrg != 0}, true
}

// firstAt returns the gender of the first name at i (none out of the
// text).
func (st *state) firstAt(i int) (byte, bool) {
	if i < 0 || i >= len(st.f) || st.f[i]&fFirst == 0 {
		return 0, false
	}
	return byte(st.f[i] >> shiftFirstGender), true
}

// is reports whether the token at i has one of the word classes f (none
// out of the text).
func (st *state) is(i int, f uint64) bool { return i >= 0 && i < len(st.f) && st.f[i]&f != 0 }

// statePool keeps the per-token tables of finished calls for reuse.
var statePool = sync.Pool{New: func() any { return new(state) }}

// grow returns s with length n, zeroed, reusing its array when large
// enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release drops the references to the caller's data and returns st to
// the pool.
func (st *state) release() {
	clear(st.key)
	clear(st.lem)
	clear(st.cands)
	st.d, st.t, st.verbs, st.ents, st.tab = nil, nil, nil, nil, nil
	st.key, st.lem = st.key[:0], st.lem[:0]
	st.sents, st.segs, st.cands = st.sents[:0], st.segs[:0], st.cands[:0]
	st.dl = st.dl[:0]
	clear(st.nameOf)
	clear(st.rolePos)
	clear(st.orgs.n)
	clear(st.orgs.org)
	st.orgs.best, st.orgs.top, st.orgs.next = mention{}, 0, 0
	clear(st.docOf)
	statePool.Put(st)
}

// index fills the per-token tables.
func (st *state) index() {
	n := len(st.t)
	st.key = grow(st.key, n)
	st.f = grow(st.f, n)
	st.wi = grow(st.wi, n)
	st.sent = grow(st.sent, n)
	st.para = grow(st.para, n)
	st.inSeg = grow(st.inSeg, n)
	tab := st.tab
	// Lower-case ASCII keys are written to one buffer, made a string at the
	// end: folded[j] is the token whose key starts at buffer offset
	// folded[j+1].
	buf, folded := st.buf[:0], st.folded[:0]
	defer func() { st.buf, st.folded = buf, folded }()
	for i, tk := range st.t {
		k := tk.Text
		e := int32(-1)
		inBuf := false // the key is buf[folded[len(folded)-1]:]
		switch tk.Kind {
		case token.Word, token.Elision, token.Clitic, token.Abbrev:
			if !needsKey(k) {
				e = tab.find(k)
				break
			}
			off := len(buf)
			buf = textnorm.AppendKey(buf, k)
			folded = append(folded, i, off)
			e = tab.findBytes(buf[off:])
			k, inBuf = "", true
		default:
			e = tab.find(k)
		}
		st.key[i] = k
		st.wi[i] = e
		klen := len(k)
		if inBuf {
			klen = len(buf) - folded[len(folded)-1]
		}
		var f uint64
		if e >= 0 {
			f = tab.ents[e].f
		}
		if !st.defaultVerbs {
			f &^= fVerb | fLemmaKey
			if inBuf {
				k = string(buf[folded[len(folded)-1]:])
			}
			if l, ok := st.verbs[k]; ok {
				f |= fVerb
				if len(st.lem) != n {
					st.lem = grow(st.lem, n)
				}
				st.lem[i] = l
			}
		}
		if tk.Kind == token.Word || tk.Kind == token.Elision {
			if f&fVerb != 0 || klen <= 9 && f&(fAux|fEtre|fFair|fLaisser|fVerbLike) != 0 {
				f |= fVerbish
			}
		}
		if tk.Kind == token.Word || tk.Kind == token.Abbrev {
			if c := tk.Text[0]; c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					f |= fCap
				}
			} else if r, _ := utf8.DecodeRuneInString(tk.Text); unicode.IsUpper(r) {
				f |= fCap
			}
		}
		if tk.Kind == token.Punct && len(tk.Text) == 1 {
			switch tk.Text[0] {
			case ',':
				f |= fComma
			case '.':
				f |= fPeriod
			case ':':
				f |= fColon
			case '(':
				f |= fLParen
			case ')':
				f |= fRParen
			case ';':
				f |= fSemi
			}
		}
		st.f[i] = f
		st.inSeg[i] = -1
	}
	if len(folded) > 0 {
		all := string(buf)
		for j := 0; j < len(folded); j += 2 {
			end := len(all)
			if j+3 < len(folded) {
				end = folded[j+3]
			}
			st.key[folded[j]] = all[folded[j+1]:end]
		}
	}
	// La tendance se confirme, la hausse s'explique par, la rumeur s'est
	// révélée: pronominal forms that report no speech
	for i := 1; i < n; i++ {
		if st.f[i]&fVerb == 0 {
			continue
		}
		r := i - 1
		if r > 0 && st.f[r]&fEtre != 0 {
			r--
		}
		if l := st.lemmaAt(i); (st.key[r] == "se" || st.key[r] == "s'") && (mutePronominal[l] || l == "expliquer" && i+1 < n && st.key[i+1] == "par") {
			st.f[i] &^= fVerb | fVerbish
		}
	}
	k := 0
	for pi, p := range st.d.Paragraphs {
		for _, s := range p.Sentences {
			if len(s.Tokens) == 0 {
				continue
			}
			a := k
			if a >= n || st.t[a].Start != s.Tokens[0].Start {
				a = tokenIndex(st.t, s.Tokens[0].Start)
			}
			b := min(a+len(s.Tokens), n)
			for a < b {
				// A sentence too long for one (a list, a page with no
				// full stop) is read in pieces cut after a comma or a
				// quote mark, so that no cue looks further than
				// maxSentTokens tokens: the time stays linear.
				e := b
				if b-a > maxSentTokens {
					e = a + maxSentTokens
					for c := e; c > a+maxSentTokens/2; c-- {
						if st.t[c-1].Kind == token.Punct && (st.t[c-1].Text == "," || st.t[c-1].Text == ";") || st.t[c-1].Kind == token.CloseQuote {
							e = c
							break
						}
					}
				}
				si := len(st.sents)
				st.sents = append(st.sents, [2]int{a, e})
				for j := a; j < e; j++ {
					st.sent[j] = int32(si)
					st.para[j] = int32(pi)
				}
				a = e
			}
			k = b
		}
	}
}

// mutePronominal are the reporting verbs whose pronominal form reports
// no speech (la tendance se confirme, le projet se précise); s'expliquer
// does only when not followed by par (la hausse s'explique par …).
var mutePronominal = map[string]bool{"appeler": true, "confirmer": true, "préciser": true, "résumer": true, "traduire": true, "révéler": true, "annoncer": true, "répéter": true, "conclure": true, "dessiner": true, "profiler": true, "avérer": true, "démontrer": true, "refléter": true, "illustrer": true, "vérifier": true}

// lemmaAt returns the lemma of the verb form at i.
func (st *state) lemmaAt(i int) string {
	l, _ := st.verb(i)
	return l
}

// maxSentTokens is the longest sentence read as one, in tokens; real
// sentences are far shorter.
const maxSentTokens = 240

func tokenIndex(toks []token.Token, start int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// hasCue reports whether any token is a reporting verb or selon: texts
// without one have no quotation.
func (st *state) hasCue() bool {
	for i, k := range st.key {
		if st.t[i].Kind == token.Word && (st.is(i, fVerbish) || k == "selon" || k == "apres" || k == "pour") {
			return true
		}
	}
	return false
}

// keepBefore is how many paragraphs before a quotation's are tagged:
// the look-backs for a speaker (a person named with an age, the subject
// of the lead) reach that far.
const keepBefore = 2

// keepPara returns a filter for the paragraphs whose entities are tagged:
// those of the quotations found and the keepBefore paragraphs before each.
func (st *state) keepPara() func(token.Paragraph) bool {
	keep := make([]bool, len(st.d.Paragraphs))
	for _, c := range st.cands {
		for p := max(0, c.para-keepBefore); p <= c.para; p++ {
			keep[p] = true
		}
	}
	n := 0
	return func(token.Paragraph) bool {
		n++
		return keep[n-1]
	}
}

func (st *state) indexEntities() {
	j := 0
	for ei, e := range st.ents {
		for j < len(st.t) && st.t[j].End <= e.Start {
			j++
		}
		for k := j; k < len(st.t) && st.t[k].Start < e.End; k++ {
			st.entAt[k] = int32(ei)
		}
	}
}

// closes reports whether the closing mark c matches the opening mark o.
func closes(o, c string) bool {
	switch o {
	case "«":
		return c == "»"
	case "“", "„":
		return c == "”" || c == "“"
	case "‹":
		return c == "›"
	case `"`:
		return c == `"`
	}
	return true
}

// pairQuotes finds the quotations between quote marks, paragraph by
// paragraph; a paragraph that leaves a quotation open continues it in the
// next one when that one opens with the same mark or closes it first.
func (st *state) pairQuotes() {
	var stack []int
	carry := -1 // group of an open quotation carried to the next paragraph
	group := 0
	for _, p := range st.d.Paragraphs {
		if len(p.Sentences) == 0 {
			continue
		}
		a := st.sents[st.sent[tokenIndex(st.t, p.Sentences[0].Tokens[0].Start)]][0]
		last := p.Sentences[len(p.Sentences)-1]
		b := tokenIndex(st.t, last.Tokens[len(last.Tokens)-1].Start) + 1
		open, segOpen, g := -1, -1, -1
		if carry >= 0 && len(stack) > 0 {
			first := st.t[a]
			switch {
			case first.Kind == token.OpenQuote:
				segOpen, g = a, carry
				a++
			case st.closesFirst(a, b):
				segOpen, g = a-1, carry
			default:
				stack = stack[:0]
			}
			if g < 0 {
				stack = stack[:0]
			}
		} else {
			stack = stack[:0]
		}
		carry = -1
		if g >= 0 {
			open = segOpen
		}
		for i := a; i < b; i++ {
			tk := st.t[i]
			switch tk.Kind {
			case token.OpenQuote:
				if len(stack) == 0 {
					open, g = i, group
					group++
				}
				stack = append(stack, i)
			case token.CloseQuote:
				if len(stack) == 0 {
					continue
				}
				k := len(stack) - 1
				for k > 0 && !closes(st.t[stack[k]].Text, tk.Text) {
					k--
				}
				if !closes(st.t[stack[k]].Text, tk.Text) && len(stack) > 1 {
					continue
				}
				stack = stack[:k]
				if len(stack) == 0 {
					st.addSeg(open, i, g, true)
					open = -1
				}
			}
		}
		if len(stack) > 0 && open >= -1 {
			st.addSeg(open, b, g, false)
			carry = g
		}
	}
}

// closesFirst reports whether tokens [a, b) hold a closing mark before any
// opening one.
func (st *state) closesFirst(a, b int) bool {
	for i := a; i < b; i++ {
		switch st.t[i].Kind {
		case token.CloseQuote:
			return true
		case token.OpenQuote:
			return false
		}
	}
	return false
}

func (st *state) addSeg(o, c, g int, closed bool) {
	start := st.d.Paragraphs[0].Start
	if o >= 0 {
		start = st.t[o].End
	} else if o+1 < len(st.t) {
		start = st.t[o+1].Start
	}
	var end int
	if closed {
		end = st.t[c].Start
	} else {
		end = st.t[c-1].End
	}
	if o+1 < len(st.t) && o+1 < c {
		start = max(start, st.t[o+1].Start)
		end = min(end, st.t[c-1].End)
	} else {
		return
	}
	if start >= end {
		return
	}
	si := int32(len(st.segs))
	st.segs = append(st.segs, seg{o: o, c: c, start: start, end: end, group: g, closed: closed})
	for i := o + 1; i < c; i++ {
		st.inSeg[i] = si
	}
}

// Word classes.
var (
	determiners = set("le la les l' un une des son sa ses leur leurs ce cet cette ces du au aux notre nos votre vos plusieurs certains certaines quelques")
	// subjDet are the determiners that may start a subject after a verb
	// (a déclaré le ministre), unlike au, aux, du (a demandé au ministre).
	subjDet   = set("le la les l' un une des son sa ses leur leurs ce cet cette ces notre nos votre vos plusieurs certains certaines quelques")
	etreForms = set("est sont etait etaient sera seront serait seraient fut furent ete")
	// namingWords before an opening mark make the quotation a name or a
	// title (la loi dite « … », un rapport sur « … »), not speech.
	namingWords = set(`dit dite dits dites intitule intitulee intitules intitulees baptise baptisee baptises
		baptisees surnomme surnommee surnommes nomme nommee nommes`)
	// connectives opening a sentence are not part of reported content.
	connectives = set(`toutefois cependant pourtant neanmoins ainsi enfin d'ailleurs ailleurs par
		en outre de plus surtout donc alors mais et or aussi egalement puis ensuite`)
	fairForms    = set("fait font faisait faisaient fera feront ferait feraient fit firent")
	laisserForms = set("laisse laissent laissait laissaient laissera laisserait laisse")
	auxiliaries  = set("a ont avait avaient aura auront aurait auraient eut eurent est sont etait etaient sera serait fut")
	adverbs      = set(`alors encore aussi egalement ainsi notamment cependant toutefois deja bien clairement
		enfin meme ensuite recemment pourtant hier aujourd'hui lundi mardi mercredi jeudi vendredi samedi
		dimanche matin soir toujours simplement seulement publiquement ouvertement fermement officiellement
		vivement plus tard lui leur d'ailleurs immediatement aussitot finalement, souvent parfois encore
		ne pas jamais tres tout volontiers dernier derniere`)
	npStop = set(`dans a au aux lors en sur devant pendant apres avant par pour sans avec selon que qu' qui pres environ
		dont lequel laquelle mais car donc hier lundi mardi mercredi jeudi vendredi samedi dimanche
		lui ce cela ceci il elle ils elles on se s' ne n' y est sont a-t-il ont vers chez contre sous entre
		lorsque quand si comme ou et`)
	clauseStop = set(`que qu' qui dont mais car donc lorsque quand si comme ou ; : . ! ? et puisque parce`)
	pronouns   = set("il elle ils elles elle-meme lui-meme")
	strongPron = set("lui elle eux elles")
	objClitics = set("lui leur l' le la les me m' te t' nous vous y en")
	docNouns   = set(`communique rapport informations information etude declaration message bilan chiffres sondage
		source sources document texte note lettre avis enquete analyse estimation estimations
		propos temoignage temoignages modele releve decompte recensement calculs projections previsions
		classement palmares barometre statistiques donnees rapports etudes communiques enquetes sondages
		evaluation evaluations publication bulletin audit expertise simulation simulations`)
	infVerbs = set(`demander appeler promettre exhorter inviter proposer recommander conseiller exiger reclamer
		souhaiter ordonner supplier implorer sommer suggerer jurer preconiser`)
	contVerb = set("ajouter poursuivre completer rencherir conclure insister preciser continuer enchainer expliquer")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isAux reports whether the token at i is an auxiliary (a, ont, est…),
// not the preposition à that folds to the same key.
func (st *state) isAux(i int) bool {
	return i >= 0 && i < len(st.t) && st.t[i].Kind == token.Word && st.is(i, fAux) && st.t[i].Text != "à" && st.t[i].Text != "À"
}

// isP reports whether the token at i is the punctuation mark of flag p
// (fComma, fPeriod…).
func (st *state) isP(i int, p uint64) bool {
	return i >= 0 && i < len(st.t) && st.f[i]&p != 0
}

func (st *state) isCap(i int) bool {
	return i >= 0 && i < len(st.t) && st.f[i]&fCap != 0
}

// verb returns the lemma of the token at i when it is a verb form.
func (st *state) verb(i int) (string, bool) {
	if st.f[i]&fVerb == 0 {
		return "", false
	}
	if st.defaultVerbs {
		return st.tab.ents[st.wi[i]].lemma, true
	}
	return st.lem[i], true
}

// isLemma reports whether the verb form at j is its lemma l (an
// infinitive).
func (st *state) isLemma(j int, l string) bool {
	if st.defaultVerbs {
		return st.f[j]&fLemmaKey != 0
	}
	return textnorm.Key(l) == st.key[j]
}

// lemma returns the lemma of the reporting verb at i.
func (st *state) lemma(i int) (string, bool) {
	if i < 0 || i >= len(st.t) || st.t[i].Kind != token.Word {
		return "", false
	}
	l, ok := st.verb(i)
	return l, ok
}

// verbGroup parses a reporting verb group starting at i: [se] [aux
// [clitic] [adverbs]] verb [clitic]. It returns the lemma, the end of the
// group and the index of the inverted subject pronoun, or -1.
func (st *state) verbGroup(i, limit int) (lemma string, end, clitic int, ok bool) {
	clitic = -1
	j := i
	if j < limit && (st.key[j] == "se" || st.key[j] == "s'") {
		j++
	} else if j+1 < limit && dativeClitic[st.key[j]] && st.t[j].Kind != token.Clitic && (st.isAux(j+1) || st.is(j+1, fVerbish)) && j >= 2 && st.isP(j-1, fComma) && st.t[j-2].Kind == token.CloseQuote {
		j++ // « … », nous a répondu X; m'a confié X; lui a lancé X
	}
	if j >= limit {
		return "", 0, -1, false
	}
	if st.key[j] == "vient" || st.key[j] == "viennent" || st.key[j] == "venait" {
		if j+2 < limit && (st.key[j+1] == "de" || st.key[j+1] == "d'") {
			if l, ok := st.lemma(j + 2); ok {
				return l, j + 3, -1, true
			}
		}
		return "", 0, -1, false
	}
	if l, n := st.periphrase(j, limit); n > 0 {
		return l, j + n, -1, true
	}
	if st.isAux(j) {
		j++
		if j < limit && st.t[j].Kind == token.Clitic {
			clitic = j
			j++
		}
		// a elle aussi jugé, ont eux aussi affirmé: a stressed pronoun
		// that repeats the subject
		if j+1 < limit && st.is(j, fStrongPron) && (st.key[j+1] == "aussi" || st.key[j+1] == "non" || st.key[j+1] == "meme" || st.key[j+1] == "egalement") {
			j += 2
			if st.key[j-1] == "non" && j < limit && st.key[j] == "plus" {
				j++
			}
		}
		for n := 0; n < 4 && j < limit; n++ {
			if pair := st.adverbPair(j, limit); pair {
				j += 2 // au contraire, en revanche, à nouveau
			} else if (st.is(j, fAdv) || st.isP(j, fComma) && n > 0) && st.key[j] != "pour" {
				j++
			} else {
				break
			}
		}
		// pour sa part, de son côté, en outre
		if j+2 < limit && st.key[j] == "pour" && (st.key[j+1] == "sa" || st.key[j+1] == "son" || st.key[j+1] == "leur") && st.key[j+2] == "part" {
			j += 3
		}
		if l, n := st.periphrase(j, limit); n > 0 {
			return l, j + n, clitic, true
		}
		l, ok := st.lemma(j)
		if !ok || l == st.key[j] || j+1 <= limit && strings.HasSuffix(st.key[j], "ant") {
			return "", 0, -1, false
		}
		j++
		if clitic < 0 && j < limit && st.t[j].Kind == token.Clitic {
			clitic = j
			j++
		}
		return l, j, clitic, true
	}
	l, ok := st.lemma(j)
	if !ok || st.isLemma(j, l) {
		return "", 0, -1, false
	}
	j++
	if j < limit && st.t[j].Kind == token.Clitic {
		clitic = j
		j++
	}
	return l, j, clitic, true
}

// adverbPair reports whether the tokens at j and j+1 are an adverb of
// two words (au contraire, en revanche, à nouveau, de nouveau, par
// ailleurs) that may stand between an auxiliary and its participle.
func (st *state) adverbPair(j, limit int) bool {
	if j+1 >= limit {
		return false
	}
	switch st.key[j] {
	case "au":
		return st.key[j+1] == "contraire"
	case "en":
		return st.key[j+1] == "revanche" || st.key[j+1] == "outre"
	case "a", "de":
		return st.key[j+1] == "nouveau" && st.t[j].Text != "a"
	case "par":
		return st.key[j+1] == "ailleurs"
	case "sans":
		return st.key[j+1] == "detour" || st.key[j+1] == "ambages" || st.key[j+1] == "hesiter"
	case "d'":
		return st.key[j+1] == "emblee" || st.key[j+1] == "ailleurs" // a d'emblée expliqué
	}
	return false
}

// dativeClitic holds the pronouns of the one spoken to, which may come
// before a reporting verb (« … », nous a répondu X; m'a-t-il confié).
var dativeClitic = set("nous vous m' me t' te lui leur")

// periphrase returns the lemma and the length of a reporting verb of
// several words at j (fait savoir, laisse entendre, met en garde), or 0.
func (st *state) periphrase(j, limit int) (string, int) {
	if j+1 >= limit {
		return "", 0
	}
	switch {
	case st.is(j, fFair):
		switch st.key[j+1] {
		case "savoir", "valoir", "remarquer", "observer":
			return "faire " + st.key[j+1], 2
		}
	case st.is(j, fLaisser) && st.key[j+1] == "entendre":
		return "laisser entendre", 2
	case j+2 < limit && st.key[j+1] == "en" && st.key[j+2] == "garde" && mettre[st.key[j]]:
		return "mettre en garde", 3
	}
	return "", 0
}

// mettreFinite are the finite forms of mettre that may start mettre en
// garde (verbLike); mettre adds the participle.
const mettreFinite = "met mettent mettait mettaient mettra mettront"

var mettre = set(mettreFinite + " mis")

// mannerNouns say how words were said after d'un, d'une (d'une voix
// blanche, d'un ton las), folded.
var mannerNouns = set("voix ton air trait geste")

// npAfter reads a speaker noun phrase starting at i (after a verb or
// selon), skipping time adverbs.
func (st *state) npAfter(i, limit int) mention {
	j := i
	// selon lui, d'après eux
	if j < limit && st.is(j, fStrongPron) && st.t[j].Kind == token.Word && (j+1 >= limit || st.t[j+1].Kind == token.Punct) {
		return mention{s: j, e: j + 1, pron: true, ok: true}
	}
	// raconte, encore en larmes, la danseuse X: a short aside between
	// commas before the subject
	if j+2 < limit && st.isP(j, fComma) {
		for k := j + 1; k < limit && k-j <= 6; k++ {
			if st.isP(k, fComma) {
				if k > j+1 && k+1 < limit && (st.is(k+1, fSubjDet) || st.isCap(k+1)) && !st.is(k+1, fNPStop) {
					j = k + 1
				}
				break
			}
			if st.t[k].Kind == token.Punct || st.t[k].IsQuote() || st.isAux(k) || st.is(k, fVerbish) {
				break
			}
		}
	}
	for n := 0; n < 4 && j < limit; n++ {
		j0 := j
		for j < limit {
			if st.adverbPair(j, limit) {
				j += 2 // admet sans détour X
			} else if st.is(j, fAdv) && !st.is(j, fDet) {
				j++
			} else {
				break
			}
		}
		j = st.skipTimeNP(j, limit)
		// pour sa part, de son côté, quant à lui
		if j+2 < limit && st.key[j] == "pour" && (st.key[j+1] == "sa" || st.key[j+1] == "son" || st.key[j+1] == "leur") && st.key[j+2] == "part" {
			j += 3
		}
		if j+2 < limit && st.key[j] == "de" && (st.key[j+1] == "son" || st.key[j+1] == "leur") && st.key[j+2] == "cote" {
			j += 3
		}
		// avoue en riant X: a gerund before the subject
		if j+2 < limit && st.key[j] == "en" && st.t[j+1].Kind == token.Word && strings.HasSuffix(st.key[j+1], "ant") && !st.isCap(j+1) {
			j += 2
		}
		if st.isP(j, fComma) && j > i {
			j++
		}
		// à l'AFP, au Monde, à la presse, aux journalistes, à la radio X
		if j+1 < limit && (st.key[j] == "a" || st.key[j] == "au" || st.key[j] == "aux") && st.t[j].Kind == token.Word && st.t[j].Text != "a" {
			k := j + 1
			if st.key[j] == "a" && (st.key[k] == "l'" || st.key[k] == "la" || st.key[k] == "les") {
				k++
			}
			if k+1 < limit && (st.isCap(k) && (st.is(k+1, fDet) || st.isCap(k+1)) || !st.isCap(k) && st.t[k].Kind == token.Word && !st.is(k, fNPStop) && !st.is(k, fDet) && (st.is(k+1, fSubjDet) || st.isCap(k+1) && !st.is(k+1, fNPStop))) {
				j = k + 1
			}
		}
		j = st.skipMedium(j, limit)
		if j == j0 {
			break
		}
	}
	if j >= limit {
		return mention{}
	}
	s := j
	if st.is(j, fStrongPron) && st.t[j].Kind == token.Word {
		return mention{s: j, e: j + 1, pron: true, ok: true}
	}
	dautres := st.key[j] == "d'" && j+1 < limit && st.key[j+1] == "autres"
	if st.is(j, fNumeral) && j+1 < limit && st.t[j+1].Kind == token.Word && !st.is(j+1, fNPStop) {
		dautres = true // deux sources proches des négociations
	}
	if !st.is(j, fSubjDet) && !st.isCap(j) && !dautres {
		return mention{}
	}
	if st.isCap(j) && (st.is(j, fNPStop) || st.is(j, fPron)) {
		return mention{}
	}
	e := j
	for e < limit && e-s < 16 {
		tk := st.t[e]
		k := st.key[e]
		if tk.Kind != token.Word && tk.Kind != token.Elision && tk.Kind != token.Abbrev && tk.Kind != token.Number && (tk.Kind != token.URL || e == s) {
			break
		}
		if tk.Kind == token.Elision && e > s && st.elidedName(e+1) {
			e++ // Yao N'Guessan
			continue
		}
		if tk.Kind == token.Elision && k != "l'" && k != "d'" || k == "l'" && e > s && e+1 < limit && st.is(e+1, fVerbish) && !st.isCap(e+1) {
			break // Le généraliste n'y croit pas; Le préfet l'assure
		}
		if e > s && (k == "elle-meme" || k == "lui-meme" || k == "eux-memes" || k == "elles-memes") {
			break // la STIB elle-même
		}
		if e > s && k == "d'" && e+2 < limit && (st.key[e+1] == "une" || st.key[e+1] == "un") && mannerNouns[st.key[e+2]] {
			break // l'accusé d'une voix blanche
		}
		if e > s && (k == "a" || k == "au" || k == "aux") && tk.Text != "a" && st.roleNameAfter(s, e, limit) {
			e++ // le commissaire à l'économie Pierre Vernet
			continue
		}
		if e > s && st.is(e, fNPStop) && !(k == "et" && e+1 < limit && (st.isCap(e+1) || st.is(e+1, fDet) || st.key[e+1] == "de" || st.key[e+1] == "d'" || st.t[e+1].Kind == token.Word && !st.is(e+1, fNPStop) && (e+2 >= limit || st.t[e+2].Kind == token.Punct || isDe(st.key[e+2]) || st.key[e+2] == "des"))) && !(k == "en" && st.isCap(e+1)) && !(k == "sans" && st.isCap(e-1) && e == s+1) {
			// (la Fédération des communautés francophones et acadienne du
			// Canada: an adjective and its complement go on)
			break
		}
		e++
	}
	for e > s && (st.key[e-1] == "de" || st.key[e-1] == "d'" || st.key[e-1] == "l'" || st.key[e-1] == "du" || st.key[e-1] == "des" || st.is(e-1, fDet) || st.key[e-1] == "et") {
		e--
	}
	if e == s || e == s+1 && st.is(s, fDet) {
		return mention{}
	}
	m := mention{s: s, e: e, ok: true}
	// le chef du Département de la défense, de la protection de la
	// population et des sports (DDPS), Urs Gerber-Sutter
	e2 := e
	for n := 0; n < 4 && st.isP(e2, fComma) && e2+2 < limit && (st.key[e2+1] == "de" || st.key[e2+1] == "du" || st.key[e2+1] == "des" || st.key[e2+1] == "d'"); n++ {
		k := e2 + 1
		for k < limit && k-e2 < 12 && st.t[k].Kind != token.Punct && (!st.is(k, fNPStop) || st.key[k] == "et" || k == e2+1) {
			k++
		}
		if k == e2+2 {
			break
		}
		e2 = k
	}
	if p := st.skipParen(e2, limit); e2 > e && st.isP(p, fComma) && st.isCap(p+1) {
		e, m.e = e2, e2
	}
	if p := st.skipParen(e, limit); p > e && st.isP(p, fComma) {
		e = p // le président de l'Ufip (Union …), Jean Louis Schilansky
	}
	if e+1 < limit && st.isP(e, fComma) && st.isCap(e+1) {
		a := e + 1
		b := st.capRun(a, limit)
		if b > a && (b == limit || st.t[b].Kind == token.Punct || st.is(b, fNPStop)) {
			m.appos = [2]int{a, b}
		}
	}
	return m
}

// isPlace reports whether the words [s, e) are a country, region or
// city of the gazetteer.
func (st *state) isPlace(s, e int) bool {
	k := st.key[s]
	if e-s > 1 {
		k = strings.Join(st.key[s:e], " ")
	}
	return lexicon.Names().Names[k]&(lexicon.GazCountry|lexicon.GazRegion|lexicon.GazCity) != 0
}

// skipMedium returns the token after the medium or occasion of a speech
// that stands between an inverted verb and its subject (« … », a confirmé
// sur Europe 1 le ministre; a lancé au micro de France 2 X; a assuré dans
// un communiqué X; a déclaré lors d'une conférence de presse X; a écrit sur
// son compte X la députée; a estimé dans un entretien accordé au Monde X;
// a expliqué en conférence de presse X; a commenté auprès de l'AFP X;
// confiait après la rencontre X; a déclaré à l'issue de l'audience X),
// or j when there is none or no subject follows it.
func (st *state) skipMedium(j, limit int) int {
	if j+2 >= limit || st.t[j].Kind != token.Word {
		return j
	}
	k := j + 1
	switch st.key[j] {
	case "au":
		// au micro de France 2, au téléphone, au terme de l'audience
		if !auNouns[st.key[k]] {
			return j
		}
		k++
		if k+1 < limit && isDe(st.key[k]) {
			k++
			if st.isCap(k) {
				k = st.mediumName(k, limit)
			} else {
				if st.is(k, fDet) {
					k++
				}
				if k < limit && st.t[k].Kind == token.Word && !st.isCap(k) && !st.is(k, fNPStop) {
					k++
				}
			}
		}
		return st.subjectAt(j, k, limit)
	case "sur":
		if st.isCap(k) {
			return st.subjectAt(j, st.mediumName(k, limit), limit) // sur BFMTV
		}
	case "dans", "devant", "apres", "avant", "pendant", "durant":
		// confiait après la rencontre l'entraîneur, X
	case "a":
		// a déclaré à l'issue de la rencontre X, à la sortie du tribunal X
		if st.t[j].Text == "a" {
			return j
		}
		if k < limit && (st.key[k] == "l'" || st.key[k] == "la") {
			k++
		}
		if k+1 >= limit || !exitNouns[st.key[k]] || !isDe(st.key[k+1]) && st.key[k+1] != "des" {
			return j
		}
		k += 2
		if k < limit && st.is(k, fDet) {
			k++
		}
		if k < limit && st.t[k].Kind == token.Word && !st.isCap(k) && !st.is(k, fNPStop) {
			k++
		}
		return st.subjectAt(j, k, limit)
	case "en":
		if !occasionNouns[st.key[k]] {
			return j
		}
	case "lors":
		if !isDe(st.key[k]) {
			return j
		}
		k++
	case "aupres":
		// a commenté auprès de l'AFP X
		if !isDe(st.key[k]) && st.key[k] != "des" {
			return j
		}
		k++
		if k < limit && st.is(k, fDet) {
			k++
		}
		if k < limit && st.isCap(k) {
			return st.subjectAt(j, st.mediumName(k, limit), limit)
		}
	default:
		return j
	}
	// A determiner and a noun: dans un communiqué, sur son compte,
	// lors d'une conférence, devant les journalistes.
	if k < limit && st.is(k, fDet) {
		k++
	}
	if k >= limit || st.t[k].Kind != token.Word || st.isCap(k) || st.is(k, fDet) || st.is(k, fNPStop) {
		return j
	}
	k++
	if k+1 < limit && st.isCap(k) && st.is(k+1, fDet) {
		k++ // son compte Instagram, la chaîne LCI
	}
	if k < limit && st.t[k].Kind == token.Word && endsAccented(st.t[k].Text) {
		k++ // un entretien accordé au Monde, un message publié sur X
	}
	if k+1 < limit {
		switch {
		case st.key[k] == "de" && st.key[k+1] == "presse":
			k += 2
		case st.key[k] == "presse":
			k++ // un point presse
		case (isDe(st.key[k]) || st.key[k] == "au" || st.key[k] == "sur" || st.key[k] == "a" && st.t[k].Text != "a") && st.isCap(k+1):
			k = st.mediumName(k+1, limit) // le plateau de LCI, à Libération
		}
	}
	return st.subjectAt(j, k, limit)
}

// exitNouns are the nouns of à l'issue de X, à la sortie de X between a
// verb and its subject, folded.
var exitNouns = set("issue sortie fin veille suite occasion")

// auNouns are the nouns of au X between a verb and its subject (a
// raconté au téléphone X, a déclaré au terme de l'audience X), folded.
var auNouns = set("micro telephone terme cours sortir lendemain moment journal")

// occasionNouns are the nouns of en X between a verb and its subject (a
// expliqué en conférence de presse X, a déclaré en séance X), folded.
var occasionNouns = set("conference seance audience visite reunion interview entretien marge deplacement meeting duplex direct public prive substance")

// subjectAt returns k when a subject may start at k (a determiner or a
// capital), else j.
func (st *state) subjectAt(j, k, limit int) int {
	if k > j && k < limit && (st.is(k, fSubjDet) || st.isCap(k)) && !st.is(k, fNPStop) {
		return k
	}
	return j
}

// mediumName returns the end of the name of a medium at k: capitalised
// words, up to a number (France 2, Europe 1) or a first name that opens
// the speaker's name (Europe 1 Mathieu Dupont, BFMTV Anne Morel).
func (st *state) mediumName(k, limit int) int {
	e := k
	for e < limit && e-k < 4 {
		if st.t[e].Kind == token.Number && e > k {
			return e + 1
		}
		if !st.isCap(e) || st.is(e, fNPStop) {
			break
		}
		if _, first := st.firstAt(e); first && e > k {
			break
		}
		e++
		if e < limit && st.t[e].Text == "+" && st.t[e].Start == st.t[e-1].End {
			e++ // Canal+
		}
	}
	return e
}

// isDe reports whether the folded word k is de, d' or du.
func isDe(k string) bool { return k == "de" || k == "d'" || k == "du" }

// roleNameAfter reports whether the preposition à, au or aux at p, after
// a role noun in [s, p), opens the role's complement and is followed by
// the person's name (le commissaire à l'économie Pierre Vernet, la
// ministre déléguée aux Sports Anne Morel, la directrice du projet à la
// STM, Nadia Belhadj).
func (st *state) roleNameAfter(s, p, limit int) bool {
	role := false
	for k := s; k < p; k++ {
		if r, ok := st.roleAt(k); ok && !r.Org {
			role = true
		}
	}
	if !role {
		return false
	}
	for k := p + 1; k < limit && k-p <= 6; k++ {
		if st.isCap(k) {
			if _, first := st.firstAt(k); first || st.perAt(k) {
				b := st.capRun(k, limit)
				return b-k >= 2 && (b == limit || st.t[b].Kind == token.Punct || st.is(b, fNPStop))
			}
			continue // aux Sports
		}
		// la directrice du projet à la STM, Nadia Belhadj
		if st.isP(k, fComma) && k > p+1 && k+1 < limit && st.isCap(k+1) {
			if _, first := st.firstAt(k + 1); first || st.perAt(k+1) {
				b := st.capRun(k+1, limit)
				return b-k > 2 && (b == limit || st.t[b].Kind == token.Punct || st.is(b, fNPStop))
			}
		}
		if st.t[k].Kind != token.Word && st.t[k].Kind != token.Elision || st.is(k, fNPStop) && st.key[k] != "et" {
			return false
		}
	}
	return false
}

// numerals may start a speaker noun phrase: deux sources, trois experts.
var numerals = set("deux trois quatre cinq six sept huit neuf dix douze quinze vingt cent")

// timeNouns head the time phrases that may stand between a verb and its
// subject: a salué la semaine dernière le ministre.
var timeNouns = set("semaine mois an annee week-end matin soir jour veille lendemain nuit apres-midi hiver ete printemps automne")

// skipTimeNP returns the token after a time phrase at j (la semaine
// dernière, cette semaine, l'an dernier, mardi soir), or j.
func (st *state) skipTimeNP(j, limit int) int {
	if j >= limit {
		return j
	}
	k := j
	// en octobre, en octobre 2024, en 2023
	if st.key[k] == "en" && k+1 < limit && st.t[k].Text == "en" {
		if st.is(k+1, fMonth) {
			k += 2
			if k < limit && st.t[k].Kind == token.Number && len(st.t[k].Text) == 4 {
				k++
			}
			return k
		}
		if st.t[k+1].Kind == token.Number && len(st.t[k+1].Text) == 4 {
			return k + 2
		}
	}
	switch st.key[k] {
	case "le", "la", "l'", "ce", "cet", "cette", "dans":
		k++
	}
	if k >= limit || st.t[k].Kind == token.Number {
		return st.skipDate(j, k, limit)
	}
	if !st.is(k, fTimeNoun) || st.t[k].Kind != token.Word || st.isCap(k) {
		return j // (selon Le Soir, Le Matin: a newspaper)
	}
	k++
	if k < limit {
		switch st.key[k] {
		case "dernier", "derniere", "prochain", "prochaine", "passe", "passee", "meme", "precedent", "precedente":
			k++
		}
	}
	return st.skipDate(k, k, limit)
}

// skipDate returns the token after a date at k (15 novembre, le 3 mars
// 2024), or j when there is none.
func (st *state) skipDate(j, k, limit int) int {
	if k+1 >= limit || st.t[k].Kind != token.Number || !st.is(k+1, fMonth) {
		return j
	}
	k += 2
	if k < limit && st.t[k].Kind == token.Number && len(st.t[k].Text) == 4 {
		k++
	}
	return k
}

// skipParen returns the token after the parenthesis that opens at e, or
// e when there is none.
func (st *state) skipParen(e, limit int) int {
	if !st.isP(e, fLParen) {
		return e
	}
	for k := e + 1; k < limit && k-e < 16; k++ {
		if st.isP(k, fRParen) {
			return k + 1
		}
	}
	return e
}

// capRun returns the end of the run of capitalised words (with name
// particles) starting at a.
func (st *state) capRun(a, limit int) int {
	b := a
	for b < limit {
		if b > a && st.para[b] != st.para[a] {
			break // a name never runs over a line break
		}
		if st.isCap(b) && !st.is(b, fNPStop) {
			b++
			continue
		}
		if b > a && b+1 < limit && st.elidedName(b+1) {
			b += 2 // Aya N'Guessan, Eugene O'Neill
			continue
		}
		if b > a && b+1 < limit && nameParticles[st.key[b]] && st.t[b].Kind != token.Punct {
			// Jean de La Fontaine, Marjolein van der Berg
			n := b + 1
			if n+1 < limit && nameParticles[st.key[n]] && st.key[n] != st.key[b] {
				n++
			}
			if st.isCap(n) {
				b = n
				continue
			}
		}
		break
	}
	return b
}

// nameParticles are the particles inside a name in capitals (de, van
// der, ben, da), folded.
var nameParticles = set("de d' du van von ben le la der den di da dos das del della ter ten bin ibn")

// npBefore reads the subject noun phrase that ends just before the verb
// group at v.
func (st *state) npBefore(v int) mention {
	if v <= 0 {
		return mention{}
	}
	a := st.sents[st.sent[v]][0]
	j := v - 1
	if j < a {
		return mention{}
	}
	if st.key[j] == "qui" && st.t[j].Kind == token.Word {
		return st.quiAntecedent(j)
	}
	// elle a cité Talleyrand et promis de …: a second participle of the
	// same auxiliary shares its subject
	if st.key[j] == "et" && j > a && st.t[v].Kind == token.Word && pastParticiple(st.key[v]) {
		for k := j - 1; k > a && j-k < 12; k-- {
			if st.t[k].Kind == token.Punct && !st.isP(k, fComma) {
				break
			}
			if st.isAux(k) {
				return st.npBefore(k)
			}
		}
	}
	// L'association demande une revalorisation … et dénonce …: a second
	// verb shares the subject of the first
	if st.key[j] == "et" && j > a && st.t[v].Kind == token.Word && !st.isCap(v) && st.isVerbForm(v) {
		for k := j - 1; k > a && j-k < 20; k-- {
			if st.t[k].Kind == token.Punct && !st.isP(k, fComma) && !st.isP(k, fLParen) && !st.isP(k, fRParen) || st.t[k].IsQuote() {
				break
			}
			if st.t[k].Kind == token.Word && !st.isCap(k) && (st.isVerbForm(k) || st.isAux(k) && st.t[k].Text != "à") {
				if m := st.npBefore(k); m.ok {
					return m
				}
				break
			}
		}
	}
	// object clitics: qui lui avait rétorqué, Jean-Paul II l'a nommé; se
	for n := 0; n < 2 && j > a && st.t[j].Kind != token.Punct && (st.is(j, fObjClitic) || st.isSe(j)); n++ {
		j--
	}
	if st.key[j] == "qui" && st.t[j].Kind == token.Word {
		return st.quiAntecedent(j)
	}
	// L'Organisation … (OCDE) avait appelé
	if st.isP(j, fRParen) {
		for k := j - 1; k > a && j-k < 16; k-- {
			if st.isP(k, fLParen) {
				if k-1 >= a && st.t[k-1].Kind == token.Word {
					return st.npBefore(k)
				}
				break
			}
		}
	}
	if st.t[j].Kind == token.Word && st.is(j, fPron) {
		return mention{s: j, e: j + 1, pron: true, ok: true}
	}
	if st.t[j].Kind == token.Word && st.key[j] == "on" {
		// Du côté de l'opposition, on dénonce …; chez Renault, on assure …
		c := st.contentStart(a, j)
		n := c
		switch {
		case n+3 < j && st.key[n] == "du" && st.key[n+1] == "cote" && (st.key[n+2] == "de" || st.key[n+2] == "d'" || st.key[n+2] == "du" || st.key[n+2] == "des"):
			n += 3
		case n+1 < j && st.key[n] == "chez":
			n++
		case n+1 < j && st.t[n].Text != "a" && st.key[n] == "a" && st.isCap(n+1):
			// À Bercy, on assure …: an institution, not a place (À Lille,
			// on estime …)
			if e := st.capRun(n+1, j); e == j-1 && st.isP(e, fComma) {
				if r, ok := st.roleAt(n + 1); ok && r.Org || !st.isPlace(n+1, e) {
					return mention{s: n + 1, e: e, ok: true}
				}
			}
			return mention{s: j, e: j + 1, pron: true, ok: true}
		case n+1 < j && (st.key[n] == "au" || st.key[n] == "aux"), n+2 < j && st.t[n].Text != "a" && st.key[n] == "a" && (st.key[n+1] == "la" || st.key[n+1] == "l'"):
			// Au ministère de la Santé, on indique …; à la Chancellerie,
			// on fait valoir …: a body that can speak, not a place (à
			// Paris, on estime …)
			s := n + 1
			if st.key[n] == "a" {
				s++
			}
			m := mention{s: s, e: j - 1, ok: true}
			words := st.isP(j-1, fComma) && j-1-s <= 14
			for k := s; words && k < j-1; k++ {
				words = st.t[k].Kind != token.Punct && !st.t[k].IsQuote()
			}
			if words && st.opinionHolder(m) {
				return m
			}
			return mention{s: j, e: j + 1, pron: true, ok: true}
		default:
			return mention{s: j, e: j + 1, pron: true, ok: true}
		}
		// (Chez Snap, installé à Santa Monica, on indique: an apposition
		// between)
		if m := st.npAfter(n, j); m.ok && st.isP(m.e, fComma) && (m.e == j-1 || st.key[c] == "chez" && st.isP(j-1, fComma)) {
			return m
		}
		if n < j-1 && st.isP(j-1, fComma) && j-1-n <= 6 && !st.isCap(n) || st.isCap(n) && st.capRun(n, j) == j-1 {
			return mention{s: n, e: j - 1, ok: true} // du côté du gouvernement
		}
		return mention{s: j, e: j + 1, pron: true, ok: true}
	}
	if st.isP(j, fComma) {
		// Name, apposition, verb  or  Subject, verb
		b := st.segBack(j-1, a)
		if b < 0 && !st.isP(j-1, fRParen) {
			return mention{}
		}
		inner := b >= 0 && st.validNP(b, j)
		// Le parquet, qui avait requis la relaxe à l'audience, a rappelé:
		// a relative clause between the subject and its verb
		for k := b - 1; b > a && k > a && j-k < 20; k-- {
			if st.t[k].Kind == token.Punct || st.t[k].IsQuote() {
				break
			}
			if (st.key[k] == "qui" || st.key[k] == "dont") && st.isP(k-1, fComma) {
				b, inner = k, false
				break
			}
		}
		if b-1 >= a && st.isP(b-1, fComma) {
			c := st.segBack(b-2, a)
			ce := b - 1
			if c < 0 && b-2 > a && st.isP(b-2, fRParen) {
				// La Fondation … (FTI), qui gère la zone, rappelle
				for k := b - 3; k > a && b-k < 10; k-- {
					if st.isP(k, fLParen) {
						c, ce = st.segBack(k-1, a), k
						break
					}
				}
			}
			// La ministre s'est, elle, voulue confiante: the subject ends
			// before the auxiliary
			for ce > c+1 && (st.isAux(ce-1) || st.isSe(ce-1)) {
				ce--
			}
			// La CGT, par la voix de Driss Lamrani, réclame: the person
			// who speaks for the body
			if b+3 < j && st.key[b] == "par" && st.key[b+1] == "la" && st.key[b+2] == "voix" && (st.key[b+3] == "de" || st.key[b+3] == "d'" || st.key[b+3] == "du") {
				n := b + 4
				if st.key[b+3] == "du" {
					n = b + 3
				}
				if m := st.npAfter(n, j); m.ok && !m.pron {
					return m
				}
			}
			if c >= 0 && ce == c+1 && st.introParticiple(c) && inner {
				// Contactée, la filiale française d'AMD, assure: the
				// participle opens the sentence, the noun phrase is the
				// subject
				return mention{s: b, e: j, ok: true}
			}
			if c >= 0 && (c == a || st.isP(c-1, fComma) || st.is(c-1, fClauseStop)) && st.validNP(c, ce) {
				m := mention{s: c, e: ce, ok: true}
				if st.isCap(b) {
					m.appos = [2]int{b, j}
				} else if st.is(b, fDet) && !isDe(st.key[b]) && st.key[b] != "des" && st.isCap(b+1) && st.capRun(b+1, j) == j {
					// l'agence, la Pagasa, indique (not Sylvie Laperrière,
					// des Estacades de Trois-Rivières, se souvient)
					m.appos = [2]int{b + 1, j}
				}
				return m
			}
		}
		if inner && (b == a || b > a && (st.isP(b-1, fComma) || st.is(b-1, fClauseStop))) {
			return mention{s: b, e: j, ok: true}
		}
		// Michel Guay, jeune appelé et témoin de la scène, raconte
		for p := j - 1; p > a && j-p < 30; p-- {
			if st.t[p].Kind == token.Punct && !st.isP(p, fComma) && !st.isP(p, fLParen) && !st.isP(p, fRParen) || st.t[p].IsQuote() {
				break
			}
			if !st.isP(p, fComma) {
				continue
			}
			q := p - 1
			for q >= a && st.isCap(q) && !st.is(q, fNPStop) {
				q--
			}
			q++
			if p == q+1 && st.introParticiple(q) {
				// Contactée, la filiale …, installée à …, assure
				if m := st.npAfter(p+1, j); m.ok && m.s == p+1 && !m.pron {
					return m
				}
				break
			}
			_, first := st.firstAt(q)
			if q < p && (first || q == st.contentStart(a, p) || st.isP(q-1, fComma) || st.is(q-1, fClauseStop)) && st.capRun(q, p) == p && st.validNP(q, p) {
				return mention{s: q, e: p, ok: true}
			}
		}
		if j-1 > a && st.isP(j-1, fRParen) {
			// Le ministre, le libéral Grégory Vandenabeele (MR), défend:
			// the name before the brackets
			for k := j - 2; k > a && j-k < 16; k-- {
				if st.isP(k, fLParen) {
					if st.t[k-1].Kind == token.Word {
						return st.npBefore(k)
					}
					break
				}
			}
		}
		return mention{}
	}
	b := st.segBack(j, a)
	if b < 0 {
		return mention{}
	}
	// Start at the first determiner or capital.
	for b <= j && !st.is(b, fDet) && !st.isCap(b) {
		b++
	}
	if b > j || !st.validNP(b, j+1) {
		return mention{}
	}
	return mention{s: b, e: j + 1, ok: true}
}

// introParticiple reports whether the word at i is a past participle
// that opens a sentence before its subject: Contacté, Interrogée,
// Sollicités, Joint.
func (st *state) introParticiple(i int) bool {
	if st.t[i].Kind != token.Word {
		return false
	}
	k := st.key[i]
	switch k {
	case "joint", "jointe", "joints", "jointes", "interroge", "interrogee", "interroges", "interrogees", "contacte", "contactee", "contactes", "contactees", "sollicite", "sollicitee", "sollicites", "sollicitees", "questionne", "questionnee", "questionnes", "questionnees", "interpelle", "interpellee", "approche", "approchee":
		return true
	}
	return false
}

// quiAntecedent reads the speaker before the relative pronoun at q: the
// subject noun phrase, or a name just before its comma (…, a réagi la
// conseillère Léa Dubochet, qui annonce que …).
func (st *state) quiAntecedent(q int) mention {
	m := st.npBefore(q)
	if m.ok && m.e == q-1 {
		return m
	}
	// the noun phrase right before ", qui": …, jugée incomplète par
	// l'organisation Article 19, qui regrette
	if q >= 2 && st.isP(q-1, fComma) {
		a := st.sents[st.sent[q]][0]
		k := q - 2
		for k > a && (st.t[k-1].Kind == token.Word || st.t[k-1].Kind == token.Elision || st.t[k-1].Kind == token.Number) && !st.is(k-1, fNPStop) && !st.isAux(k-1) && !st.is(k-1, fVerbish) && q-k < 8 {
			k--
		}
		for k < q-1 && !st.is(k, fDet) && !st.isCap(k) {
			k++
		}
		if k < q-1 && k > a && st.validNP(k, q-1) && (st.key[k-1] == "par" || st.isP(k-1, fComma) || st.is(k-1, fVerbish)) {
			return mention{s: k, e: q - 1, ok: true}
		}
	}
	if m.ok {
		return m
	}
	j := q - 1
	if !st.isP(j, fComma) {
		return mention{}
	}
	a := st.sents[st.sent[q]][0]
	k := j - 1
	for k > a && st.isCap(k-1) && !st.is(k-1, fNPStop) && !st.is(k-1, fDet) {
		k--
	}
	if k >= a && k < j && st.isCap(k) && st.capRun(k, j) == j {
		_, first := st.firstAt(k)
		if first || st.perAt(k) {
			return mention{s: k, e: j, ok: true}
		}
	}
	// a name with its capitalised article: … que contredit en partie Le
	// Canard enchaîné, qui affirme que
	for k = j - 1; k > a && j-k <= 4 && st.t[k].Kind == token.Word && !st.is(k, fNPStop) && !st.is(k, fDet); k-- {
	}
	if k > a && st.is(k, fDet) && st.isCap(k) && !st.isCap(k-1) && k+1 < j && st.isCap(k+1) {
		return mention{s: k, e: j, ok: true}
	}
	return mention{}
}

// segBack returns the start of the clause segment that ends at j, walking
// back to a, stopping at punctuation and clause words; -1 if empty.
func (st *state) segBack(j, a int) int {
	b := j + 1
	for k := j; k >= a && j-k < 16; k-- {
		tk := st.t[k]
		if tk.Kind != token.Word && tk.Kind != token.Elision && tk.Kind != token.Abbrev && tk.Kind != token.Number {
			break
		}
		if st.is(k, fClauseStop) && !(st.key[k] == "et" && k > a && (st.isCap(k-1) || k+1 <= j && (st.key[k+1] == "de" || st.key[k+1] == "d'" || st.key[k+1] == "des" || st.key[k+1] == "du"))) {
			break
		}
		if k < j && (st.key[k] == "selon" || st.key[k] == "pour" || st.key[k] == "dans" || st.key[k] == "a" && st.t[k].Kind == token.Word) {
			if st.key[k] == "pour" && k > a && st.isCap(k-1) && st.t[k-1].Kind == token.Word {
				continue // la Fondation pour les terrains industriels
			}
			if st.key[k] == "a" && st.t[k].Text != "a" && k > a && st.t[k-1].Kind == token.Word && st.isCap(k+1) && st.capRun(k+1, j+1) == j+1 {
				continue // un porte-parole de Woodside à Perth
			}
			break
		}
		b = k
	}
	if b > j {
		return -1
	}
	return b
}

// validNP reports whether tokens [s, e) look like a speaker: a determiner
// and a noun, or a capitalised name.
func (st *state) validNP(s, e int) bool {
	if s >= e || e-s > 16 {
		return false
	}
	if _, isVerb := st.verb(s); isVerb && !st.isCap(s) {
		return false
	}
	if st.is(s, fDet) {
		return e-s >= 2 && st.t[s+1].Kind == token.Word
	}
	if st.isCap(s) {
		return !st.is(s, fNPStop) && !st.is(s, fPron) && st.key[s] != "c'"
	}
	return false
}
