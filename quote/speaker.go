package quote

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// roleKey drops the ex- of a former role (l'ex-président).
func roleKey(k string) string { return strings.TrimPrefix(k, "ex-") }

func roleOf(k string) (lexicon.Role, bool) {
	r, ok := lexicon.Roles()[k]
	return r, ok
}

// cluster is one speaker of the article, with all its mentions.
type cluster struct {
	name    string // fullest name, or the description without its determiner
	named   bool   // name is a proper name
	gender  byte
	plural  bool
	org     bool
	roles   []string
	last    int // index of the last quote attributed to it
	pos     int // token of its last mention or quotation
	link    entities.Link
	linked  bool
	mention mention
	nk      nameKey // key of name, see key
}

// info is what a mention says about its speaker.
type info struct {
	def    bool // a definite description: le, la, l', ce, cette
	indef  bool // an indefinite one: un, une, des
	name   string
	named  bool
	role   string
	gender byte
	plural bool
	org    bool
	ent    int32
}

func (st *state) text(s, e int) string {
	if s >= e {
		return ""
	}
	return st.d.Text[st.t[s].Start:st.t[e-1].End]
}

// describe reads a non-pronoun mention.
func (st *state) describe(m mention) info {
	var in info
	in.ent = -1
	s, e := m.s, m.e
	// selon un communiqué de la police → la police
	if st.is(s, fDet) && s+1 < e && st.is(s+1, fDocNoun) && !(s+2 < e && strings.HasPrefix(st.key[s+2], "proche")) {
		for k := s + 2; k < e; k++ {
			if st.key[k] == "de" || st.key[k] == "d'" || st.key[k] == "du" || st.key[k] == "des" {
				if k+1 < e {
					s = k + 1
					if st.key[k] == "du" || st.key[k] == "des" {
						s = k + 1
					}
				}
				break
			}
		}
	}
	// le rapport → le rapport final du BEA named before: the BEA
	if st.is(s, fDet) && e == s+2 && st.is(s+1, fDocNoun) {
		if r, ok := st.docOf[st.key[s+1]]; ok {
			return st.describe(mention{s: r[0], e: r[1], ok: true})
		}
	}
	// The head: first role noun.
	det := ""
	if st.is(s, fDet) {
		det = st.key[s]
	}
	switch det {
	case "le", "la", "l'", "ce", "cet", "cette":
		in.def = true
	case "un", "une", "des":
		in.indef = true
	}
	for k := s; k < e; k++ {
		if k > s+1 && st.is(s, fDet) && (st.key[k] == "de" || st.key[k] == "d'" || st.key[k] == "du" || st.key[k] == "des") {
			break // un proche du ministre is not the minister
		}
		if r, ok := st.roleAt(k); ok {
			in.role = roleKey(st.key[k])
			in.gender = r.Gender
			in.plural = r.Plural
			in.org = r.Org
			break
		}
	}
	// le boulanger de 41 ans, la planteuse de 58 ans: a person described
	// by trade and age
	if in.role == "" && det != "" && s+4 <= e && st.t[s+1].Kind == token.Word && !st.isCap(s+1) && st.key[s+2] == "de" && st.t[s+3].Kind == token.Number && st.key[s+4] == "ans" {
		in.role = st.key[s+1]
	}
	// l'Abitibien, la Vaudoise: a person described by a demonym
	// (not Le Mauricien, a newspaper: a capital article inside a sentence
	// before an organisation)
	if in.role == "" && (det == "le" || det == "la" || det == "l'") && s+1 < e && st.t[s+1].Kind == token.Word && st.personNounAt(s+1) && !(st.orgAt(s+1) && startsUpper(st.t[s].Text) && s > st.sents[st.sent[s]][0]) {
		in.role = st.key[s+1]
		in.gender = demonymGender(in.role)
	}
	// la direction de l'AP-HP, la direction du CHU de Liège: the body
	// that speaks is the organisation
	if in.role == "direction" {
		for k := s + 2; k < e && k < s+5; k++ {
			if st.isCap(k) && (isDe(st.key[k-1]) || st.key[k-1] == "des" || st.key[k-1] == "l'" && k-2 > s && isDe(st.key[k-2])) {
				in.name, in.named, in.org, in.role = st.text(k, e), true, true, ""
				in.ent = st.entAt[k]
				return in
			}
		}
	}
	// l'affineur, la dentellière, une opératrice de conditionnement: a
	// trade the role list lacks
	if in.role == "" && ((det == "le" || det == "la" || det == "l'") && e-s == 2 || (det == "un" || det == "une") && e-s >= 2) && st.t[s+1].Kind == token.Word && !st.isCap(s+1) {
		if g := tradeGender(st.key[s+1]); g != 0 {
			in.role, in.gender = st.key[s+1], g
		}
	}
	switch det {
	case "la", "une", "cette", "sa":
		if in.gender == 0 || in.gender == 'E' {
			in.gender = 'F'
		}
	case "le", "un", "ce", "cet", "son", "du", "au":
		if in.gender == 0 || in.gender == 'E' {
			in.gender = 'M'
		}
	case "les", "des", "ces", "ses", "leurs", "aux":
		in.plural = true
	}
	// S. R.-I. labelling an answer: the person of these initials
	if e-s <= 6 && st.initials(s, e) {
		if full, ok := st.byInitials(st.d.Text[st.t[s].Start:st.t[e-1].End]); ok {
			in.name, in.named = full, true
			in.gender = firstGender(fold(strings.Fields(full)[0]))
			return in
		}
	}
	// A person's name: the appositive, or a trailing run of capitals that
	// starts with a first name or is a PER entity.
	name := [2]int{}
	if m.appos[1] > 0 {
		name = m.appos
	} else {
		for k := s; k < e; k++ {
			if k > s+1 && st.is(s, fDet) && (st.key[k-1] == "de" || st.key[k-1] == "d'" || st.key[k-1] == "du" || st.key[k-1] == "des" || st.key[k-1] == "a" && st.t[k-1].Text != "a" || st.key[k-1] == "au") {
				// le successeur de Claude Erignac, un proche de Marc Dufour;
				// un porte-parole de Woodside à Perth
				if st.isCap(k) {
					k = st.capRun(k, e) - 1
				}
				continue
			}
			if st.perAt(k) && !st.is(k, fDet) {
				b := min(st.entEnd(k), e)
				if _, title := st.roleAt(min(b, len(st.t)-1)); !st.roleOnly(k, b) && !(b < e && title) {
					// (Le Premier tagged before ministre is a title)
					// (Hadiza Moussa when the tagger saw only Moussa: the
					// capitalised words before it in the mention)
					a := k
					for a > s && st.isCap(a-1) && st.entAt[a-1] < 0 && st.t[a-1].Kind == token.Word && !st.is(a-1, fNPStop|fDet) && !st.personRole(a-1) {
						a--
					}
					name = [2]int{a, b}
					break
				}
			}
			if st.isCap(k) && (k > s || !st.is(k, fDet)) {
				if _, first := st.firstAt(k); first || st.key[k] == "m." || st.key[k] == "mme" {
					b := st.capRun(k, e)
					if b-k >= 2 || st.key[k] == "m." || st.key[k] == "mme" {
						name = [2]int{k, b}
						break
					}
				}
				// le député anversois Bart Claessens, tagged otherwise: two
				// or three capitalised words that end the mention right
				// after a person's role
				if b := st.capRun(k, e); b == e && b-k >= 2 && b-k <= 3 && st.titledAt(k) && !st.linkedAt(k) {
					name = [2]int{k, b}
					break
				}
			}
		}
	}
	if name[1] > 0 {
		a := name[0]
		// le député PLR Jean-Rémy Chappuis: the party before the first name
		if a+1 < name[1] && st.partyBefore(a+1) {
			a++
		}
		if st.key[a] == "m." || st.key[a] == "mme" || st.key[a] == "mlle" {
			if st.key[a] == "m." {
				in.gender = 'M'
			} else {
				in.gender = 'F'
			}
			a++
		}
		// Maître, Docteur, Professeur: Me Jean Dupont
		if a+1 < name[1] && (st.t[a].Text == "Me" || st.t[a].Text == "Dr" || st.t[a].Text == "Pr" || st.key[a] == "dr." || st.key[a] == "pr.") {
			a++
		}
		if a < name[1] {
			in.name = st.text(a, name[1])
			in.named = true
			// l'agence météorologique philippine, la Pagasa
			in.org = in.org && name == m.appos && st.entAt[a] >= 0 && st.ents[st.entAt[a]].Label != entities.PER
			if g := firstGender(st.key[a]); g != 0 && !in.org {
				in.gender = g
			}
			in.ent = st.entAt[a]
			return in
		}
	}
	// An organisation or other name: an entity, or capitals after the
	// determiner (la NASA, le syndicat SUD).
	for k := s; k < e; k++ {
		if st.entAt[k] >= 0 {
			in.ent = st.entAt[k]
			break
		}
	}
	// le quotidien Le Temps, l'ONG Public Eye, le magazine Variety: the
	// name that ends an organisation noun phrase
	if in.org && in.role != "" {
		for k := s + 1; k < e; k++ {
			if st.isCap(k) && st.capRun(k, e) == e && (e-k > 1 || strings.ToUpper(st.t[k].Text) != st.t[k].Text) && textnorm.Key(st.t[k-1].Text) != "de" && st.key[k-1] != "d'" && st.key[k-1] != "du" && st.key[k-1] != "des" && !(st.key[k-1] == "la" || st.key[k-1] == "l'") {
				if _, ok := st.roleBare(k - 1); ok || st.t[k-1].Kind == token.Word && !st.is(k-1, fNPStop) {
					in.name, in.named = st.text(k, e), true
					if st.entAt[k] >= 0 {
						in.ent = st.entAt[k]
					}
					return in
				}
			}
		}
	}
	// (Le Monde, La Poste in the middle of a sentence: the capital
	// article is part of the name)
	if det != "" && !(e-s >= 2 && s > st.sents[st.sent[s]][0] && startsUpper(st.t[s].Text) && st.isCap(s+1) && st.t[s-1].Kind == token.Word) {
		s++
	}
	in.name = st.text(s, e)
	if in.role == "" && st.isCap(s) {
		in.named = true
		if g, ok := st.firstAt(s); ok {
			in.gender = g
			in.org = false
		} else if st.capRun(s, e) == e && (e-s == 1 || det != "") || st.capRun(s, e) < e && st.entAt[s] >= 0 && st.ents[st.entAt[s]].Label == entities.ORG {
			in.org = true // la CGT, La Poste, Météo France, le Secrétariat d'État aux migrations
		} else if c := st.capRun(s, e); c+1 < e && st.key[c] == "et" && st.entAt[s] >= 0 && st.ents[st.entAt[s]].Label == entities.ORG {
			in.org = true // la CGT et Solidaires
		}
	}
	// le Fribourgeois, le socialiste: a person described by origin or
	// party, not an organisation
	if in.role == "" && e-s == 1 && !in.plural && st.personNounAt(s) {
		in.role, in.named, in.org = st.key[s], false, false
	}
	// le politique letton, le vétéran écossais: a noun described by a
	// demonym is a person
	if in.role == "" && det != "" && e-s == 2 && !in.plural && !st.isCap(s) && st.t[s].Kind == token.Word && st.f[s+1]&fDemonym != 0 && !st.isCap(s+1) {
		in.role, in.named, in.org = st.key[s], false, false
	}
	if in.role == "" && !in.named {
		in.org = true
	}
	return in
}

// media are the nouns of news outlets: a source quoted as selon le
// quotidien Le Temps is not la société that speaks next.
var media = set("quotidien journal hebdomadaire mensuel magazine revue chaine radio television site media")

// mediaRole reports whether one of roles is a news outlet.
func mediaRole(roles []string) bool {
	for _, r := range roles {
		if media[r] {
			return true
		}
	}
	return false
}

// personNounAt reports whether the noun at i describes a person by its
// ending: demonyms (fribourgeois, marseillaise, parisien) and agent nouns
// (socialiste, écologiste).
func (st *state) personNounAt(i int) bool {
	w := st.key[i]
	if st.f[i]&fDemonym != 0 || w == "suissesse" || w == "suissesses" {
		return true
	}
	return personSuffix(w)
}

// namesPerson reports whether the mention m holds a person's name
// (notre correspondant Lukas Brenner) or one stands in apposition to it.
func (st *state) namesPerson(m mention) bool {
	if m.appos[1] > m.appos[0] {
		return true
	}
	for k := m.s; k < m.e; k++ {
		if _, first := st.firstAt(k); first || st.perAt(k) {
			return true
		}
	}
	return false
}

// personRole reports whether the word at i is a role noun of a person
// (not of an organisation) or a noun of person by its ending.
func (st *state) personRole(i int) bool {
	if r, ok := st.roleAt(i); ok {
		return !r.Org
	}
	return st.personNounAt(i)
}

// tradeGender returns the gender of a noun of trade by its ending
// (affineur, dentellière), 0 when it is none.
func tradeGender(w string) byte {
	for _, suf := range []string{"euse", "iere", "trice"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return 'F'
		}
	}
	for _, suf := range []string{"eur", "ier"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return 'M'
		}
	}
	return 0
}

// demonymGender returns the gender a demonym's ending tells (abitibien,
// vaudoise); 0 when it does not (belge).
func demonymGender(w string) byte {
	for _, suf := range []string{"enne", "oise", "aise", "aine", "ine", "ande"} {
		if strings.HasSuffix(w, suf) {
			return 'F'
		}
	}
	for _, suf := range []string{"ien", "ois", "ais", "ain", "in", "and"} {
		if strings.HasSuffix(w, suf) {
			return 'M'
		}
	}
	return 0
}

// personSuffix reports whether w ends like a noun of person.
func personSuffix(w string) bool {
	for _, suf := range []string{"iste", "ois", "oise", "ais", "aise", "ien", "ienne", "ain", "aine", "and", "ande"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// roleOnly reports whether tokens [a, b) are role nouns and adjectives
// with no first name: Premier ministre tagged as a person.
func (st *state) roleOnly(a, b int) bool {
	role := false
	for k := a; k < b; k++ {
		if _, ok := st.firstAt(k); ok {
			return false
		}
		if _, ok := st.roleAt(k); ok {
			role = true
		}
	}
	return role
}

// hasCap reports whether a word of m after its first is capitalised: the
// description carries a name (le syndicat SUD). État is a common noun
// (la société d'État).
func (st *state) hasCap(m mention) bool {
	for k := m.s + 1; k < m.e; k++ {
		if st.isCap(k) && st.key[k] != "etat" {
			return true
		}
	}
	return false
}

// firstGender returns the gender of a folded first name, trying the first
// part of a compound one (gilles-eric → gilles); 0 when unknown.
func firstGender(k string) byte {
	fn := lexicon.FirstNames()
	if g, ok := fn[k]; ok {
		return g
	}
	if a, b, ok := strings.Cut(k, "-"); ok {
		if g, ok := fn[a]; ok && g != 'E' {
			return g
		}
		if g, ok := fn[b]; ok {
			return g // Dominique-Jean
		}
		if g, ok := fn[a]; ok {
			return g
		}
	}
	return 0
}

// nameKey holds what sameNameKey needs of a name, computed once.
type nameKey struct {
	name string
	one  bool   // a single word
	last string // its last word
}

func newNameKey(s string) nameKey {
	t := strings.TrimSpace(s)
	return nameKey{name: s, one: !strings.ContainsAny(t, " \t\n"), last: lastField(t)}
}

// sameNameKey reports whether names a and b are the same person: one is
// the other's last word(s).
func sameNameKey(a, b *nameKey) bool {
	if a.name == "" || b.name == "" {
		return false
	}
	if strings.EqualFold(a.name, b.name) {
		return true
	}
	if !a.one && !b.one {
		return false
	}
	return strings.EqualFold(a.last, b.last)
}

// key returns the name key of k's current name.
func (k *cluster) key() *nameKey {
	if k.nk.name != k.name || k.name == "" {
		k.nk = newNameKey(k.name)
	}
	return &k.nk
}

// lastField returns the last blank-separated word of s.
func lastField(s string) string {
	if i := strings.LastIndexAny(s, " \t\n"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func compatible(c *cluster, g byte, plural bool) bool {
	return c.plural == plural && sameGender(c.gender, g)
}

// sameGender reports whether genders a and b may be the same: equal, or
// one of them unknown (0) or epicene (E).
func sameGender(a, b byte) bool {
	return a == 0 || a == 'E' || b == 0 || b == 'E' || a == b
}

// resolve links every candidate to a speaker and builds the quotes.
func (st *state) resolve() []Quote {
	slices.SortStableFunc(st.cands, func(a, b cand) int { return a.start - b.start })
	st.fullNames()
	var clusters []*cluster
	out := make([]Quote, 0, len(st.cands))
	cl := make([]*cluster, 0, len(st.cands))
	var prev *cluster
	prevPara := -10
	lastEnd := -1
	for ci, c := range st.cands {
		if c.start < lastEnd {
			continue
		}
		floating := c.floating && c.verb == ""
		if c.kind == Direct && c.group >= 0 {
			// a fragment inside an indirect quotation
			if st.segUsed(c) {
				continue
			}
		}
		if c.floating && c.group >= 0 && !(ci > 0 && st.cands[ci-1].group == c.group) {
			// a quotation over several paragraphs whose cue comes with a
			// later part
			for cj := ci + 1; cj < len(st.cands) && st.cands[cj].group == c.group; cj++ {
				if cm := st.cands[cj]; !cm.floating && cm.m.ok {
					c.floating, c.m, c.verb = false, cm.m, cm.verb
					break
				}
			}
		}
		if c.verb == "pour" && c.m.ok && !c.m.pron && !st.opinionHolder(c.m) {
			// pour les réformes de société, …: no one's view
			continue
		}
		var k *cluster
		m := c.m
		if m.ok && !m.pron && (st.key[m.s] == "nos" || st.key[m.s] == "notre") && !st.namesPerson(m) {
			// selon nos informations: the outlet that publishes the
			// article, which the text does not name
			m = mention{}
		}
		possessed := false
		if m.ok && !m.pron && (c.verb == "selon" || c.verb == "d'après") && possessive[st.key[m.s]] && !st.namesPerson(m) {
			// selon ses calculs, selon ses propres sources: the one whose
			// sources they are, the speaker of the sentence or the last one
			if sm := st.subjectBefore(m.s, st.sents[st.sent[m.s]][0]); sm.ok && !sm.pron && sm.e <= m.s-1 && !possessive[st.key[sm.s]] && st.speakerLike(sm) {
				k = st.clusterFor(&clusters, sm, c, prev)
				possessed = true
			} else if sm, ok := st.subjectName(m.s, 0, 2); ok && (prev == nil || sm.s > prev.pos) {
				// Le maire, X, n'a pas dormi. 430 maisons ont été
				// touchées, selon ses chiffres: the person named as a
				// subject since the last speaker
				k, possessed = st.clusterFor(&clusters, sm, c, prev), true
			} else if prev != nil && c.para-prevPara <= 1 {
				k, possessed = prev, true
			}
		}
		if c.floating && !(c.group >= 0 && ci > 0 && st.cands[ci-1].group == c.group) {
			// Elle en parle sans fausse modestie. « … »; Il y voit plus
			// qu'un effet de mode : « … »: the pronoun subject of the
			// sentence before speaks
			if pm, ok := st.pronounBefore(st.openMark(c)); ok {
				c.floating, m, c.m = false, pm, pm
			} else if o := st.openMark(c); o > 0 && st.isP(o-1, fPeriod) {
				// Parmi les grévistes, une opératrice qui travaille de nuit
				// reste sceptique. « … »: someone new, described by the
				// sentence before
				if rm, ok := st.roleSubjectBefore(o, 0); ok && (st.key[rm.s] == "un" || st.key[rm.s] == "une") && (prev == nil || rm.s > prev.pos) {
					c.floating, m, c.m = false, rm, rm
				}
			}
		}
		switch {
		case possessed:
		case c.floating:
			o := st.openMark(c)
			if c.group >= 0 && len(cl) > 0 && ci > 0 && st.cands[ci-1].group == c.group {
				k = cl[len(cl)-1]
			} else if sm, ok := st.subjectName(o, 0, 0); ok && o > 0 && st.isP(o-1, fColon) {
				// Marie Durand, infirmière, ne décolère pas : « … »
				k = st.clusterFor(&clusters, sm, c, prev)
			} else if sm, ok := st.subjectName(o, 0, 3); ok && o > 0 && st.isP(o-1, fPeriod) && st.para[o] == st.para[sm.s] && (prev == nil || sm.s > prev.pos) {
				// Le sénateur, Jean Roux, a pris la défense des opposants.
				// « … »: the person named as a subject in the paragraph
				// since the last speaker spoke
				k = st.clusterFor(&clusters, sm, c, prev)
			} else if om, ok := st.orgSubject(o, 1); ok && o > 0 && st.isP(o-1, fPeriod) && st.para[om.s] == st.para[o] && int(st.sent[om.s]) == int(st.sent[o])-1 && (prev == nil || om.s > prev.pos) && st.hasVerb(om.e, o) {
				// L'association X a réagi sur Facebook. « … »: the
				// organisation that the sentence before says spoke
				rc := c
				rc.m = om
				k = st.clusterFor(&clusters, om, rc, prev)
			} else if sm, ok := st.openingName(o); ok {
				// Marie Lenoir, 54 ans, caissière depuis vingt ans. « … »
				k = st.clusterFor(&clusters, sm, c, prev)
			} else if prev != nil && c.para-prevPara <= 2 && !st.muteSource(prev.mention) {
				k = prev
			}
			if k == nil {
				if nm, ok := st.nearestName(st.tokenAt(c.start), 0); ok {
					k = st.clusterFor(&clusters, nm, c, prev)
				} else if c.para == 0 {
					// a quotation in the title of an interview or an op-ed:
					// the person the next lines name
					if nm, ok := st.nameAfter(st.tokenAt(c.end)); ok {
						k = st.clusterFor(&clusters, nm, c, prev)
					}
				}
			}
			if k != nil {
				m = k.mention
			}
		case !m.ok:
		case m.pron && strings.HasSuffix(st.key[m.s], "on"):
			// explique-t-on à Matignon, reconnaît-on chez le constructeur:
			// the place names the speaker; else an unnamed speaker
			if pm, ok := st.onPlace(m); ok {
				k = st.clusterFor(&clusters, pm, c, prev)
				m = pm
			}
		case m.pron && st.governed(m):
			// l'agence fait valoir qu'elle craint que …: the subject of
			// the verb that governs the pronoun's clause
			k = st.clusterFor(&clusters, st.governor(m.s-1), c, prev)
		case m.pron:
			g, plural := pronGender(st.key[m.s])
			// the compatible speaker quoted last
			named := false // or a person named as a subject since
			for _, kc := range clusters {
				if compatible(kc, g, plural) && kc.last >= 0 && (k == nil || kc.last > k.last) {
					k = kc
				}
			}
			// a person named as the subject of a sentence after that
			// speaker's last words is the likelier antecedent
			// (not for a-t-il ajouté: the one who already spoke goes on)
			if !plural && (!st.is(m.s, fStrongPron) || st.t[m.s].Kind == token.Word && (m.s == 0 || !st.isPrep(m.s-1) && !(st.isP(m.s-1, fComma) && st.isP(m.s+1, fComma)) && st.key[m.s-1] != "selon") || c.verb == "selon" || c.verb == "d'après" || c.verb == "pour") && !(k != nil && !k.org && goOnVerb[fold(c.verb)]) {
				if sm, ok := st.subjectName(m.s, g, 8); ok && (k == nil || sm.s > k.pos) {
					k = st.clusterFor(&clusters, sm, c, prev)
					named = true
				}
			} else if !plural && g != 0 && k != nil && !k.org && st.cands[k.last].para < c.para && (st.t[m.s].Kind == token.Clitic || m.s == st.sents[st.sent[m.s]][0]) {
				// a-t-il ajouté in a new paragraph right after a sentence
				// whose subject is another person of that gender: that
				// person goes on, not the speaker of an earlier paragraph
				// (Son frère, Paul Roux, s'est dit choqué. Il … , a-t-il ajouté)
				if sm, ok := st.prevSubject(m.s, g); ok && sm.s > k.pos {
					k = st.clusterFor(&clusters, sm, c, prev)
					named = true
				}
			}
			// En 2018, le rappeur met sa carrière entre parenthèses. Il
			// raconte …: in a paragraph after the speaker's last words,
			// the person the paragraph opens with
			// (not when the subject found since is that person: Assise au
			// premier rang, la directrice de l'hôpital, X, a fait le
			// point. « … », a-t-elle indiqué)
			if !plural && k != nil && !named && !k.org && st.cands[k.last].para < c.para && !goOnVerb[fold(c.verb)] {
				if rm, ok := st.paraRoleSubject(m.s, g); ok && rm.s > k.pos {
					rc := c
					rc.m = rm // the description, not the pronoun
					k = st.clusterFor(&clusters, rm, rc, prev)
				} else if rm, ok := st.roleSubjectBefore(st.tokenAt(c.start), g); ok && rm.s > k.pos {
					// La porte-parole du gouvernement a défendu la décision.
					// « … », a-t-elle martelé: the role the sentence before
					// the quotation is about
					rc := c
					rc.m = rm
					k = st.clusterFor(&clusters, rm, rc, prev)
				}
			}
			// Le Conseil national … va plus loin : A, affirme-t-il, B: the
			// organisation that opens the sentence of an inverted pronoun
			if !plural && st.t[m.s].Kind == token.Clitic && (k == nil || k.org) {
				if om, ok := st.orgSubject(m.s, 0); ok && (k == nil || om.s > k.pos) && st.sent[om.s] == st.sent[m.s] {
					rc := c
					rc.m = om
					k = st.clusterFor(&clusters, om, rc, prev)
				}
			}
			// il, elle for an organisation when a person has been named
			// since: the person
			if k != nil && k.org && !plural {
				if nm, ok := st.nearestName(m.s, g); ok && nm.s > k.pos {
					k = st.clusterFor(&clusters, nm, c, prev)
				} else if rm, ok := st.paraRoleSubject(m.s, g); ok && rm.s > k.pos {
					// un polisseur de 58 ans, qui …, fait ses comptes.
					// « … », lâche-t-il: the person the paragraph is about
					rc := c
					rc.m = rm
					k = st.clusterFor(&clusters, rm, rc, prev)
				} else if sm, ok := st.prevSubject(m.s, g); ok && m.s == st.sents[st.sent[m.s]][0] {
					// La sprinteuse X a battu le record, a annoncé la
					// fédération. Elle s'est dite …: the person the
					// sentence before is about
					k = st.clusterFor(&clusters, sm, c, prev)
				}
			}
			if k == nil && st.is(m.s, fStrongPron) && st.t[m.s].Kind == token.Word && m.s > 0 && (st.key[m.s-1] == "selon" || st.isPrep(m.s-1)) {
				// Les Talibans ont visé cet hôtel car, selon eux, …
				if sm := st.subjectBefore(m.s, st.sents[st.sent[m.s]][0]); sm.ok && !sm.pron {
					if in := st.describe(sm); in.plural == plural {
						k = st.clusterFor(&clusters, sm, c, prev)
					}
				}
			}
			if k == nil && !plural {
				if nm, ok := st.nearestName(m.s, g); ok {
					k = st.clusterFor(&clusters, nm, c, prev)
				}
			}
			if k == nil && (m.s == st.sents[st.sent[m.s]][0] || st.afterFronted(m.s)) {
				// no one named: the subject of the sentence before (…
				// l'armée s'est octroyé le pouvoir. Elle a promis de …)
				if sm, ok := st.prevClauseSubject(m.s, g, plural); ok {
					k = st.clusterFor(&clusters, sm, c, prev)
				}
			}
			// (a one-word name's gender is a guess from first names —
			// Moussa is a surname too —; the pronoun agrees)
			if k != nil && !k.org && (k.gender == 0 || (g == 'F' || g == 'M') && k.named && !strings.Contains(k.name, " ")) {
				k.gender = g
			}
		case m.e-m.s == 2 && (st.key[m.s+1] == "dernier" || st.key[m.s+1] == "derniere") && (st.key[m.s] == "ce" || st.key[m.s] == "cette"),
			m.e-m.s == 1 && (st.key[m.s] == "celui-ci" || st.key[m.s] == "celle-ci"):
			// ce dernier, cette dernière, celle-ci: the person named last
			g := byte('M')
			if st.key[m.s] == "cette" || st.key[m.s] == "celle-ci" {
				g = 'F'
			}
			if nm, ok := st.nearestName(m.s, g); ok {
				k = st.clusterFor(&clusters, nm, c, prev)
			} else {
				k = st.clusterFor(&clusters, m, c, prev)
			}
		case m.e-m.s >= 2 && (st.key[m.s] == "ce" || st.key[m.s] == "cet" || st.key[m.s] == "cette") && st.personRole(m.s+1):
			// soupire cette retraitée de 71 ans, juge ce chercheur: a
			// demonstrative description of the person named last, or of
			// the one who spoke last when no one was named since (Un
			// cadre des douanes confirme que … « … », explique ce
			// fonctionnaire)
			g := byte('M')
			if st.key[m.s] == "cette" {
				g = 'F'
			}
			if nm, ok := st.nearestName(m.s, g); prev != nil && !prev.org && !prev.plural && compatible(prev, g, false) && prev.last >= 0 && st.cands[prev.last].para >= c.para-1 && (!ok || prev.pos > nm.s) {
				k = prev
			} else if ok {
				k = st.clusterFor(&clusters, nm, c, prev)
			} else {
				k = st.clusterFor(&clusters, m, c, prev)
			}
			// (the role is the person's: cette vendeuse de poisson is not
			// la porte-parole du gouvernement)
			if r := roleKey(st.key[m.s+1]); k != nil && !slices.Contains(k.roles, r) {
				if _, ok := st.roleAt(m.s + 1); ok {
					k.roles = append(k.roles, r)
				}
			}
		default:
			k = st.clusterFor(&clusters, m, c, prev)
		}
		if floating && k != nil && k.named && !k.org && st.namedInside(c, k.name) {
			// « Raphaël est l'un des derniers … » is not Raphaël's: the
			// person named before, other than him
			if nm, ok := st.otherName(st.openMark(c), k.name); ok {
				k = st.clusterFor(&clusters, nm, c, prev)
				m = k.mention
			}
		}
		q := Quote{Text: st.d.Text[c.start:c.end], Start: c.start, End: c.end, Kind: c.kind, Verb: c.verb}
		if m.ok {
			s, e := st.t[m.s].Start, st.t[m.e-1].End
			if m.pron && st.t[m.s].Kind == token.Clitic {
				tx := st.d.Text[s:e]
				// -t-elle → elle
				trim := strings.LastIndexByte(tx, '-') + 1
				s += trim
			}
			q.Speaker = &Speaker{Text: st.d.Text[s:e], Start: s, End: e}
			if k != nil {
				k.mention = m
			}
		}
		if k != nil {
			k.last = ci
			k.pos = max(k.pos, st.tokenAt(c.start))
			if m.ok {
				k.pos = max(k.pos, m.s)
			}
			prev = k
			prevPara = c.para
		} else if !c.floating {
			prev = nil
		}
		out = append(out, q)
		cl = append(cl, k)
		lastEnd = c.end
	}
	// Names and links once every mention is known.
	for i := range out {
		k := cl[i]
		if out[i].Speaker == nil {
			continue
		}
		if k == nil {
			sp := out[i].Speaker
			sp.Name = sp.Text
			// an unresolved il or elle still tells the gender
			if key := textnorm.Key(sp.Text); key == "il" || key == "elle" {
				g, _ := pronGender(key)
				sp.Gender = string(g)
			}
			continue
		}
		sp := out[i].Speaker
		sp.Name = k.name
		if !strings.Contains(k.name, " ") {
			if long, ok := st.nameOf["acr:"+textnorm.Key(k.name)]; ok && long != "" {
				sp.Name = long
			}
		}
		if k.named {
			if full, ok := st.nameOf[textnorm.Key(lastWord(k.name))]; ok && len(full) > len(k.name) && strings.HasSuffix(full, k.name) {
				sp.Name = full
				if g := firstGender(textnorm.Key(strings.Fields(full)[0])); k.gender == 0 && !k.org && (g == 'F' || g == 'M') {
					k.gender = g // Ferrandi, named Nicolas Ferrandi before
				}
			}
		}
		if !k.linked {
			if l, ok := entities.Lookup(sp.Name); ok {
				k.link, k.linked = l, true
			}
		}
		if k.linked {
			sp.Canonical, sp.ID, sp.Acronym = k.link.Canonical, k.link.ID, k.link.Acronym
		}
		if !k.org && !k.plural && (k.gender == 'F' || k.gender == 'M') {
			sp.Gender = string(k.gender)
		}
	}
	return out
}

// clusterFor returns the cluster of the described mention m, adding a new
// one to *clusters when needed.
func (st *state) clusterFor(clusters *[]*cluster, m mention, c cand, prev *cluster) *cluster {
	in := st.describe(m)
	k := st.find(*clusters, in, c, prev)
	if k == nil {
		k = &cluster{name: in.name, named: in.named, gender: in.gender, plural: in.plural, org: in.org}
		if in.role != "" {
			k.roles = append(k.roles, in.role)
		}
		*clusters = append(*clusters, k)
	} else if !slices.Contains(*clusters, k) {
		*clusters = append(*clusters, k)
	}
	if in.ent >= 0 {
		e := st.ents[in.ent]
		if e.Canonical != "" || e.ID != "" {
			k.link = entities.Link{Canonical: e.Canonical, ID: e.ID, Acronym: e.Acronym}
			k.linked = true
		}
	}
	if k.mention.e == 0 {
		k.mention = m
	}
	return k
}

// objectClitic holds the object pronouns that may stand between a
// subject and its verb (Odile Marivaux l'a appris, le ministre leur a
// répondu), folded.
var objectClitic = set("l' le la les lui leur y en me m' te t' nous vous")

// verbClitic are the object pronouns that are no determiner or
// preposition: a word after them is a verb (Karim y amène ses enfants).
var verbClitic = set("lui leur y me m' te t' nous vous")

// muteNouns are the sources that report figures, never words in quote
// marks (selon un sondage Ifop, d'après les chiffres), folded.
var muteNouns = set("sondage sondages etude etudes chiffres estimation estimations releve releves decompte recensement calculs projections previsions classement palmares barometre statistiques donnees bilan")

// muteSource reports whether the mention m is headed by a mute noun: a
// quotation with no cue after it is not carried to it.
func (st *state) muteSource(m mention) bool {
	if !m.ok || m.pron {
		return false
	}
	k := m.s
	if k < m.e && st.is(k, fDet) {
		k++
	}
	return k < m.e && muteNouns[st.key[k]]
}

// pronounBefore returns the subject il or elle that opens the sentence
// ending just before the opening mark o (with a full stop or a colon), in
// o's paragraph, maybe after a fronted phrase, or the role that opens a
// short such sentence (Le maire assume.).
func (st *state) pronounBefore(o int) (mention, bool) {
	if o < 1 || !st.isP(o-1, fPeriod) && !st.isP(o-1, fColon) {
		return mention{}, false
	}
	a := st.contentStart(st.sents[st.sent[o-1]][0], o-1)
	// (Aujourd'hui retraité au Lieu, il la décrit …: a fronted phrase)
	for k := a; k < o-2 && k-a < 8; k++ {
		if st.isP(k, fComma) {
			if st.key[k+1] == "il" || st.key[k+1] == "elle" {
				if k-a <= 3 && st.is(a, fDet) && st.personRole(a+1) && st.para[a] == st.para[o] && st.inSeg[a] < 0 {
					// La lycéenne, elle, refuse l'étiquette. « … »: the
					// description
					return mention{s: a, e: k, ok: true}, true
				}
				a = k + 1
			}
			break
		}
		if st.t[k].Kind == token.Punct || st.t[k].IsQuote() {
			break
		}
	}
	if a < o-2 && linkAdverbs[st.key[a]] {
		a++ // Puis le jeune homme se lève : « … »
	}
	if st.para[a] != st.para[o] || st.inSeg[a] >= 0 || st.t[a].Kind != token.Word && st.key[a] != "l'" {
		return mention{}, false
	}
	// (Selon un sondage, il recueillerait 29 %: the subject of reported
	// words is no speaker)
	if st.inCand(st.t[a].Start) {
		return mention{}, false
	}
	switch st.key[a] {
	case "il", "elle":
		if st.impersonalIl(a) {
			return mention{}, false // Il y a le permis de construire …
		}
		return mention{s: a, e: a + 1, pron: true, ok: true}, true
	case "le", "la", "l'":
		// Le maire assume. « … »: a short sentence about a person
		// described by a role
		n := a + 1
		if n+1 < o-1 && ageAdjectives[st.key[n]] {
			n++ // le jeune homme, la vieille dame
		}
		if n < o-1 && (st.personRole(n) || ageNouns[st.key[n]]) && st.words(a, o-1) <= 10 {
			return mention{s: a, e: n + 1, ok: true}, true
		}
	}
	return mention{}, false
}

// linkAdverbs open a sentence without a comma before its subject (Puis
// le jeune homme se lève).
var linkAdverbs = set("puis alors ensuite enfin soudain aussitot")

// ageAdjectives come before a person noun (le jeune homme).
var ageAdjectives = set("jeune jeunes vieux vieil vieille petit petite")

// impersonalIl reports whether the il at i is impersonal: il y a, il
// faut, il s'agit, il semble.
func (st *state) impersonalIl(i int) bool {
	if st.key[i] != "il" || i+1 >= len(st.t) {
		return false
	}
	if st.key[i+1] == "y" {
		// il y a le permis, il y a deux ans; not il y a renoncé
		if i+3 >= len(st.t) {
			return false
		}
		switch st.key[i+2] {
		case "a", "avait", "aura", "aurait", "eut":
			n := i + 3
			return st.is(n, fDet) || st.t[n].Kind == token.Number || st.is(n, fNumeral) || st.key[n] == "plus" || st.key[n] == "peu" || st.key[n] == "beaucoup" || st.key[n] == "trop" || st.key[n] == "aussi" || st.key[n] == "toujours" || st.key[n] == "encore"
		}
		return false
	}
	switch st.key[i+1] {
	case "faut", "fallait", "faudra", "faudrait", "s'", "semble", "semblait", "suffit", "suffisait", "vaut", "paraît", "parait", "importe", "manque", "pleut", "neige":
		return true
	}
	return false
}

// namedInside reports whether the words of quotation c name the person
// name by its first or last word (Raphaël est l'un des derniers …).
func (st *state) namedInside(c cand, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	first, last := fold(f[0]), fold(f[len(f)-1])
	for i := st.tokenAt(c.start); i < len(st.t) && st.t[i].Start < c.end; i++ {
		if st.isCap(i) && (st.key[i] == first || st.key[i] == last) && (i == 0 || !st.isP(i-1, fComma) && st.key[i-1] != "suis" && st.key[i-1] != "appelle") && !st.isP(i+1, fComma) {
			return true // (not the one spoken to: « Raphaël, viens », nor « je suis Clara »)
		}
	}
	return false
}

// otherName returns the person named last before token o, in o's
// paragraph or the one before, who is not name.
func (st *state) otherName(o int, name string) (mention, bool) {
	nk := newNameKey(name)
	for from, n := o, 0; n < 4; n++ {
		nm, ok := st.nearestName(from, 0)
		if !ok || st.para[o]-st.para[nm.s] > 1 {
			return mention{}, false
		}
		in := st.describe(nm)
		if ik := newNameKey(in.name); in.named && !sameNameKey(&ik, &nk) {
			return nm, true
		}
		from = nm.s
	}
	return mention{}, false
}

// openMark returns the opening mark of the floating quotation c, or, when
// a connective and a colon stand before it (Puis : « … »), the start of
// their sentence: the quotation follows the sentence before.
func (st *state) openMark(c cand) int {
	o := st.tokenAt(c.start) - 1
	if o >= 2 && st.isP(o-1, fColon) && st.is(o-2, fConn) && st.sents[st.sent[o]][0] == o-2 {
		return o - 2
	}
	return o
}

// inCand reports whether the byte offset p lies inside the words of a
// candidate quotation (the candidates are sorted by start).
func (st *state) inCand(p int) bool {
	i, _ := slices.BinarySearchFunc(st.cands, p+1, func(c cand, s int) int { return c.start - s })
	for i--; i >= 0 && p-st.cands[i].start < 4096; i-- {
		if st.cands[i].start <= p && p < st.cands[i].end {
			return true
		}
	}
	return false
}

// openingName returns the person whose name opens the sentence that ends
// just before the opening mark o, in o's paragraph or the one before: a
// sentence introducing someone before their words (Marie Lenoir, 54 ans,
// caissière depuis vingt ans. « … »).
func (st *state) openingName(o int) (mention, bool) {
	if o < 1 || !st.isP(o-1, fPeriod) && !st.isP(o-1, fColon) {
		return mention{}, false
	}
	a := st.sents[st.sent[o-1]][0]
	a = st.contentStart(a, o-1)
	// (Parmi eux, Samuel Gagné, développeur de 29 ans. « … »)
	for k := a; k < o-1 && k-a < 4; k++ {
		if st.isP(k, fComma) {
			if _, first := st.firstAt(k + 1); first {
				a = k + 1
			}
			break
		}
	}
	if int(st.para[o])-int(st.para[a]) > 1 || st.inSeg[a] >= 0 {
		return mention{}, false
	}
	per := st.perAt(a)
	if _, first := st.firstAt(a); !first && !per {
		return mention{}, false
	}
	b := st.capRun(a, o)
	if b-a < 2 || b >= o || !st.isP(b, fComma) && st.t[b].Kind != token.Word {
		return mention{}, false
	}
	return mention{s: a, e: b, ok: true}, true
}

// apposedVerb reports whether the word at v, after a name at k set off
// by commas (le maire, Patrick Lenoël, attend …), can be the verb of
// that name: a word in lower case that is not a determiner, a stop word
// or a time noun.
func (st *state) apposedVerb(k, v int) bool {
	if k == 0 || !st.isP(k-1, fComma) || st.t[v].Kind != token.Word && st.t[v].Kind != token.Elision || st.isCap(v) {
		return false
	}
	if objectClitic[st.key[v]] && v+1 < len(st.t) && st.t[v+1].Kind == token.Word && !st.isCap(v+1) && !st.is(v+1, fNPStop) {
		return true // une professeure, Hélène Marchetti, la repère
	}
	return st.t[v].Kind == token.Word && !st.is(v, fNPStop) && !st.is(v, fDet) && !st.is(v, fTimeNoun)
}

// subjectName finds the closest person name before token i, within back
// sentences before its own, that is the subject of its clause (followed by a verb, not
// after a preposition) and agrees with gender g.
func (st *state) subjectName(i int, g byte, back int) (mention, bool) {
	lo := st.sents[max(0, int(st.sent[i])-back)][0]
	for k := i - 1; k >= lo; k-- {
		if !st.isCap(k) || st.inSeg[k] >= 0 {
			continue
		}
		if k+1 < i && st.isCap(k+1) && st.partyBefore(k+1) {
			continue // MR Véronique Delcourt: the name starts after the party
		}
		per := st.perAt(k)
		fg, first := st.firstAt(k)
		// Fatoumata, une Ivoirienne de 24 ans, voyageait …: a name alone
		// that an age in apposition shows to be a person's
		// (not La Genevoise, 25 ans: a noun)
		aged := (k == 0 || !st.is(k-1, fDet)) && st.ageApposition(k+1)
		if !per && !first && !aged {
			// (Urs Imhof se veut confiant: a name the article gave in
			// full before, with a first name the list lacks)
			full, ok := st.nameOf[st.key[k]]
			if !ok || !strings.Contains(full, " ") || !strings.HasSuffix(full, " "+st.t[k].Text) || k == 0 || !st.isCap(k-1) || !strings.HasPrefix(full, st.t[k-1].Text+" ") {
				continue
			}
			per = true
		}
		last := k
		for {
			if k > lo && st.isCap(k-1) && st.capRun(k-1, k+1) == k+1 && !st.is(k-1, fNPStop) && !st.is(k-1, fDet) && !st.partyBefore(k) {
				k--
			} else if k-1 > lo && st.elidedName(k) {
				k -= 2 // Aya N'Guessan
			} else {
				break
			}
		}
		// the gender is the first word's (Laura Bertin, not Bertin; none
		// for Hadiza Moussa, whose surname is a man's first name)
		if g2, f2 := st.firstAt(k); f2 {
			fg, first = g2, true
		} else if !per {
			fg, first = 0, false
		} else if k < last {
			fg = 0
		}
		b := st.capRun(k, len(st.t))
		if b > i {
			continue
		}
		if b-k < 2 && (first && st.kinBefore(k) || aged) {
			// Sa fille Céline, son petit-fils, Théo,: a first name alone
		} else if b-k < 2 {
			// a surname alone, known in full elsewhere (Vanderbeken)
			full, ok := st.nameOf[st.key[k]]
			if !ok || !strings.Contains(full, " ") || k > 0 && st.is(k-1, fDet) {
				continue
			}
			if fg := firstGender(textnorm.Key(strings.Fields(full)[0])); g != 0 && fg != 0 && fg != 'E' && fg != g {
				continue
			}
		}
		if g != 0 && first && fg != 0 && fg != 'E' && fg != g {
			continue
		}
		if g != 0 && !first && fg == 0 {
			if fg := firstGender(st.key[k]); fg != 0 && fg != g {
				continue // Marie-Laure
			}
		}
		if k > 4 && isDe(st.key[k-1]) && (st.key[k-2] == "cas" || st.key[k-2] == "exemple") && st.key[k-5] == "c'" && st.key[k-4] == "est" && b < len(st.t) && st.isP(b, fPeriod) {
			// C'est le cas de Léa Vidal.
			return mention{s: k, e: b, ok: true}, true
		}
		if k > 2 && st.key[k-1] == "chez" && k-1-st.sents[st.sent[k]][0] <= 4 && !st.hasVerb(st.sents[st.sent[k]][0], k) && !st.isAux(k-2) {
			// Même tonalité chez Hélène Vasseur, la DRH, qui …: the person
			// a verbless opening brings in
			return mention{s: k, e: b, ok: true}, true
		}
		if k > 0 {
			switch st.key[k-1] {
			case "de", "d'", "du", "des", "a", "au", "aux", "avec", "par", "pour", "sur", "chez", "contre", "entre", "selon", "et", "ou":
				continue
			}
		}
		if k > 1 && (st.key[k-1] == "appelle" || st.key[k-1] == "nomme" || st.key[k-1] == "prenomme") && (st.key[k-2] == "s'" || st.key[k-2] == "se") && b < len(st.t) && st.isP(b, fPeriod) {
			// Le héros du match s'appelle Kévin Tanguy.
			return mention{s: k, e: b, ok: true}, true
		}
		n := st.skipParen(b, len(st.t))
		if st.isP(n, fComma) && n+1 < len(st.t) && (st.isAux(n+1) || st.isSe(n+1) || st.key[n+1] == "ne" || st.key[n+1] == "n'" || st.isVerbForm(n+1) || st.apposedVerb(k, n+1)) {
			n++ // role, Name, verb
		} else if st.isP(n, fComma) {
			// Name, apposition, verb; Name, apposition (ACRONYM), une
			// apposition, verb
			n = st.appositionEnd(n, i)
			if !st.isP(n, fComma) {
				continue
			}
			n++
		}
		if n >= len(st.t) || st.t[n].Kind != token.Word && st.t[n].Kind != token.Elision || st.isCap(n) {
			continue
		}
		clitic := n+1 < len(st.t) && verbClitic[st.key[n]] && st.t[n+1].Kind == token.Word && !st.isCap(n+1) && !st.is(n+1, fNPStop|fDet)
		if st.isAux(n) || st.isSe(n) || st.key[n] == "ne" || st.key[n] == "n'" || !st.is(n, fNPStop) && !st.is(n, fDet) || objectClitic[st.key[n]] && n+1 < len(st.t) && (st.isAux(n+1) || st.isVerbForm(n+1) || st.apposedVerb(k, n) || clitic) {
			return mention{s: k, e: b, ok: true}, true
		}
	}
	return mention{}, false
}

// partyBefore reports whether the token before the first name at k is an
// all-capitals acronym, a party's (la conseillère MR Véronique Delcourt).
func (st *state) partyBefore(k int) bool {
	w := st.t[k-1].Text
	if _, first := st.firstAt(k); !first || len(w) < 2 || strings.ToUpper(w) != w {
		return false
	}
	return isAcronymWord(w)
}

// speakerLike reports whether m names or describes someone who can hold
// figures or sources: a name, a role, an organisation (not Trois cents
// maisons).
func (st *state) speakerLike(m mention) bool {
	if e := st.entAt[m.s]; e >= 0 && (st.ents[e].Label == entities.PER || st.ents[e].Label == entities.ORG) {
		return true
	}
	in := st.describe(m)
	return in.role != "" || in.org
}

// detGender returns the gender a folded determiner shows: M for le, un,
// ce, cet, son; F for la, une, cette; 0 for l', les and the others.
func detGender(k string) byte {
	switch k {
	case "le", "un", "ce", "cet", "son", "du", "au":
		return 'M'
	case "la", "une", "cette":
		return 'F'
	}
	return 0
}

// pastFronted returns the token after the comma that ends a fronted
// phrase of at most nine tokens opening [a, b) (Au café de la Lande, …),
// or a when there is none.
func (st *state) pastFronted(a, b int) int {
	for k := a; k < b && k-a < 9; k++ {
		if st.isP(k, fComma) {
			return k + 1
		}
		if st.t[k].Kind == token.Punct || st.t[k].IsQuote() {
			break
		}
	}
	return a
}

// roleSubjectBefore returns the description of a person of gender g (a
// determiner and a role noun, maybe with its complement) that is the
// subject of the sentence right before the one of token i, in i's
// paragraph: La porte-parole du gouvernement a défendu la décision.
func (st *state) roleSubjectBefore(i int, g byte) (mention, bool) {
	si := int(st.sent[i])
	if si == 0 {
		return mention{}, false
	}
	a, b := st.sents[si-1][0], st.sents[si-1][1]
	if st.para[a] != st.para[i] {
		return mention{}, false
	}
	// (Assise au deuxième rang, une ancienne infirmière …: a fronted
	// phrase)
	if !st.is(a, fDet) {
		a = st.pastFronted(a, b)
	}
	r := a + 1
	if r+1 < b && rolePreAdj[st.key[r]] {
		r++ // une ancienne infirmière
	}
	if r+1 >= b || !st.is(a, fDet) || st.inSeg[a] >= 0 {
		return mention{}, false
	}
	// (a role, or a trade the list lacks: une opératrice)
	trade := tradeGender(st.key[r])
	if !st.personRole(r) && trade == 0 {
		return mention{}, false
	}
	if dg := detGender(st.key[a]); g != 0 && dg != 0 && dg != g {
		return mention{}, false
	}
	if rl, ok := st.roleAt(r); ok && (rl.Plural || g != 0 && rl.Gender != 0 && rl.Gender != 'E' && rl.Gender != g) || !ok && (trade == 0 || g != 0 && trade != g) {
		return mention{}, false
	}
	// the complement (du gouvernement, de la cour), then the verb or a
	// relative clause (une ancienne infirmière qui a perdu …)
	e := r + 1
	for e < b && e-a < 8 && (isDe(st.key[e]) || st.key[e] == "des") {
		e++
		if e < b && st.is(e, fDet) {
			e++
		}
		if e < b && (st.t[e].Kind == token.Word || st.t[e].Kind == token.Abbrev) {
			e++ // (du prévenu: a noun, though a participle too)
		}
	}
	if e >= b || !(st.isAux(e) || st.isSe(e) || st.isVerbForm(e) || st.key[e] == "qui") {
		return mention{}, false
	}
	return mention{s: a, e: e, ok: true}, true
}

// hasVerb reports whether a reporting verb stands in [a, b).
func (st *state) hasVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := st.verb(k); ok {
			return true
		}
	}
	return false
}

// appositionEnd returns the comma that closes the apposition opened by
// the comma at n, before i: the second one of an apposition with an
// acronym in brackets and another after a determiner (X, chargé de
// programme à l'ACIDH (ACIDH), une ONG basée à Lubumbashi, se montre); n
// itself when there is none.
func (st *state) appositionEnd(n, i int) int {
	end := n
	for range 2 {
		k := end + 1
		for ; k < i && !st.isP(k, fComma); k++ {
			if k = st.skipParen(k, i); k >= i || st.t[k].Kind == token.Punct && !st.isP(k, fComma) {
				return end
			}
		}
		if k >= i {
			return end
		}
		end = k
		if k+1 >= i || !st.is(k+1, fDet) {
			break
		}
	}
	return end
}

// ageApposition reports whether the comma at i opens an apposition that
// gives an age: , une Ivoirienne de 24 ans, ; , 24 ans,.
func (st *state) ageApposition(i int) bool {
	if i+2 >= len(st.t) || !st.isP(i, fComma) {
		return false
	}
	for k := i + 1; k+1 < len(st.t) && k-i < 6; k++ {
		if st.t[k].Kind == token.Number && st.key[k+1] == "ans" {
			return true
		}
		if st.t[k].Kind == token.Punct {
			return false
		}
	}
	return false
}

// kinBefore reports whether the word at k follows a noun of kin or role,
// maybe with a comma (Sa fille Céline, son petit-fils, Théo).
func (st *state) kinBefore(k int) bool {
	j := k - 1
	if j > 0 && st.isP(j, fComma) {
		j--
	}
	return j > 0 && st.t[j].Kind == token.Word && !st.isCap(j) && st.personRole(j) && st.is(j-1, fDet)
}

// officeRoles are the role nouns of offices held by one person at a time
// (ministre, président, directeur), whose holder the article must name to
// be known, folded.
var officeRoles = set("ministre president presidente directeur directrice secretaire prefet prefete maire gouverneur gouverneure ambassadeur ambassadrice procureur procureure commissaire chancelier chanceliere")

// hasRole reports whether the article gives k's person any role.
func (st *state) hasRole(k *cluster) bool {
	if len(k.roles) > 0 {
		return true
	}
	for key, v := range st.nameOf {
		if v == k.name && strings.HasPrefix(key, "role:") {
			return true
		}
	}
	return false
}

// nameCluster returns the cluster of the named person nin that the
// description in refers to: the one already quoted, or a new one with the
// description's role.
func (st *state) nameCluster(clusters []*cluster, nin, in info, c cand) *cluster {
	if k := st.find(clusters, nin, c, nil); k != nil && compatible(k, in.gender, false) {
		k.roles = append(k.roles, in.role)
		return k
	}
	g := in.gender
	if g != 'F' && g != 'M' {
		g = nin.gender // l'octogénaire Gisèle Bouchard: the first name's
	}
	return &cluster{name: nin.name, named: true, gender: g, roles: []string{in.role}}
}

// companyNouns describe a company, which le constructeur, le groupe
// refer back to.
var companyNouns = set("constructeur groupe societe entreprise firme fabricant operateur compagnie enseigne marque laboratoire banque assureur editeur studio distributeur transporteur equipementier")

// entEnd returns the token after the entity that covers token i (i must
// be inside one).
func (st *state) entEnd(i int) int {
	e := i
	for e < len(st.t) && st.entAt[e] == st.entAt[i] {
		e++
	}
	return e
}

// lastOrg returns the organisation entity named last before token i, in
// its sentence or the back sentences before, outside quotation marks.
func (st *state) lastOrg(i, back int) (mention, bool) {
	si := int(st.sent[i])
	lo := st.sents[max(0, si-back)][0]
	for k := i - 1; k >= lo; k-- {
		e := st.entAt[k]
		if e < 0 || st.ents[e].Label != entities.ORG || st.inSeg[k] >= 0 {
			continue
		}
		s := k
		for s > 0 && st.entAt[s-1] == e {
			s--
		}
		if s >= 2 && st.key[s-1] == "par" && endsAccented(st.t[s-2].Text) {
			k = s
			continue // Interrogé par Marsactu, le gestionnaire …: the medium
		}
		return mention{s: s, e: k + 1, ok: true}, true
	}
	return mention{}, false
}

// orgTally counts the organisations named in a document, up to a token,
// for mainOrg: the scan only goes forward, so that the calls of a
// document take linear time together.
type orgTally struct {
	n    map[string]int
	org  map[string]bool // the name was tagged ORG at least once
	best mention
	top  int
	next int // first token not counted yet
}

// mainOrg returns a mention, before token i, of the organisation named
// most often before it outside quotations, at least twice (a mention the
// tagger took for a place counts: les salariés de Sotraval).
func (st *state) mainOrg(i int) (mention, bool) {
	o := &st.orgs
	if o.n == nil {
		o.n, o.org = map[string]int{}, map[string]bool{}
	}
	if i < o.next {
		return mention{}, false // (an earlier token than a call before: not counted)
	}
	for k := o.next; k < i; k++ {
		e := st.entAt[k]
		if e < 0 || st.ents[e].Label == entities.PER || st.inSeg[k] >= 0 || k > 0 && st.entAt[k-1] == e {
			continue
		}
		j := k + 1
		for j < len(st.t) && st.entAt[j] == e {
			j++
		}
		key := textnorm.Key(st.ents[e].Text)
		w, _, _ := strings.Cut(strings.ReplaceAll(key, "-", " "), " ")
		if unions[w] || k > 0 && strings.HasPrefix(st.key[k-1], "syndica") || len(key) < 2 {
			continue // not a trade union: la direction faces it
		}
		o.n[key]++
		o.org[key] = o.org[key] || st.ents[e].Label == entities.ORG
		if o.org[key] && o.n[key] > o.top {
			o.top, o.best = o.n[key], mention{s: k, e: j, ok: true}
		}
	}
	o.next = i
	return o.best, o.top > 1
}

// otherKind reports whether the organisation nouns roles describe a body
// of another kind than role: a company is not a union nor a ministry.
// Nouns of one kind (companyNouns, unionNouns) describe the same body.
func otherKind(roles []string, role string) bool {
	if len(roles) == 0 {
		return false
	}
	for _, r := range roles {
		if r == role || companyNouns[r] && companyNouns[role] || unionNouns[r] && unionNouns[role] {
			return false
		}
	}
	return unionNouns[role] || companyNouns[role]
}

// unionNouns describe a trade union.
var unionNouns = set("syndicat centrale intersyndicale confederation")

// unions are the first words of the names of trade unions in French-
// speaking countries (CGT-Cheminots, SUD-Rail, FGTB, Unia, CSN).
var unions = set("cgt cfdt fo sud solidaires unsa cfe cftc fsu snes snuipp sgen fgtb csc cgslb aclvb unia syna ssp ftq csn csq cssf ugtt umt ugta ugtm cstc cosatu")

// complement reports whether m has a noun complement (de, du, des); with
// named, only one that names something (le PDG de SNCF Voyageurs).
func (st *state) complement(m mention, named bool) bool {
	for k := m.s + 1; k < m.e; k++ {
		switch st.key[k] {
		case "de", "d'", "du", "des":
			if !named || k+1 < m.e && st.isCap(k+1) {
				return true
			}
		}
	}
	return false
}

// hypernyms are the role nouns that cover others: an élu is a député, a
// sénateur, a maire …; a parlementaire a député or a sénateur.
var hypernyms = map[string][]string{
	"elu":           {"depute", "senateur", "maire", "conseiller", "adjoint", "echevin", "bourgmestre", "eurodepute", "president", "vice-president", "syndic"},
	"elue":          {"deputee", "senatrice", "maire", "conseillere", "adjointe", "echevine", "bourgmestre", "eurodeputee", "presidente", "vice-presidente", "syndique"},
	"parlementaire": {"depute", "deputee", "senateur", "senatrice", "eurodepute", "eurodeputee"},
	"magistrat":     {"juge", "procureur", "president"},
	"magistrate":    {"juge", "procureure", "presidente"},
	"patron":        {"directeur", "pdg", "president", "president-directeur", "dirigeant", "fondateur", "administrateur"},
	"patronne":      {"directrice", "pdg", "presidente", "presidente-directrice", "dirigeante", "fondatrice", "administratrice"},
	"dirigeant":     {"directeur", "pdg", "president", "president-directeur", "fondateur", "administrateur"},
	"dirigeante":    {"directrice", "pdg", "presidente", "presidente-directrice", "fondatrice", "administratrice"},
}

// broaderRole reports whether role covers a role the article gives k's
// person (l'élu for le député X).
func (st *state) broaderRole(k *cluster, role string) bool {
	narrow, ok := hypernyms[role]
	if !ok || !k.named {
		return false
	}
	for _, r := range k.roles {
		if slices.Contains(narrow, r) {
			return true
		}
	}
	for key, v := range st.nameOf {
		if v != k.name || !strings.HasPrefix(key, "role:") {
			continue
		}
		r, _, _ := strings.Cut(key[len("role:"):], " ")
		if slices.Contains(narrow, r) {
			return true
		}
	}
	return false
}

// sharedComplement reports whether a capitalised word of the complement
// of m is in a role the article gives k's person (le syndicaliste de la
// FDSEA for X, président de la FDSEA).
func (st *state) sharedComplement(m mention, k *cluster) bool {
	if !k.named {
		return false
	}
	for i := m.s + 1; i < m.e; i++ {
		if !st.isCap(i) {
			continue
		}
		w := " " + st.key[i]
		for key, v := range st.nameOf {
			if v == k.name && strings.HasPrefix(key, "role:") && (strings.HasSuffix(key, w) || strings.Contains(key, w+" ")) {
				return true
			}
		}
	}
	return false
}

// onPlace reads, after an inverted on (reconnaît-on, indique-t-on), the
// place that names the speaker: chez X, à/au/aux X, dans l'entourage de X.
func (st *state) onPlace(m mention) (mention, bool) {
	j := m.e
	b := st.sents[st.sent[m.s]][1]
	if st.t[m.s].Kind != token.Clitic || j+1 >= b {
		return mention{}, false
	}
	switch st.key[j] {
	case "chez", "a", "au", "aux":
		if st.key[j] == "a" && st.t[j].Text == "a" {
			return mention{}, false
		}
		n := j + 1
		if st.key[j] == "a" && (st.key[n] == "la" || st.key[n] == "l'") {
			n++
		}
		if pm := st.npAfter(n, b); pm.ok && !pm.pron && st.personish(pm) {
			return pm, true
		}
	case "dans":
		if pm := st.npAfter(j+1, b); pm.ok && !pm.pron {
			return pm, true
		}
	}
	return mention{}, false
}

// governed reports whether the subject pronoun m opens a que clause of
// its sentence whose governing verb has a noun subject that agrees with
// it: l'agence fait valoir qu'elle craint, le ministre a dit qu'il
// partirait.
func (st *state) governed(m mention) bool {
	if m.s < 2 || st.t[m.s].Kind != token.Word || st.key[m.s-1] != "qu'" && st.key[m.s-1] != "que" {
		return false
	}
	sm := st.governor(m.s - 1)
	if !sm.ok || sm.pron {
		return false
	}
	g, plural := pronGender(st.key[m.s])
	in := st.describe(sm)
	return in.plural == plural && (in.gender == g || in.gender == 0 || in.gender == 'E')
}

// prevClauseSubject returns the noun subject of the last clause of the
// sentence before the one of token i that agrees with the pronoun's
// gender g and number.
func (st *state) prevClauseSubject(i int, g byte, plural bool) (mention, bool) {
	si := int(st.sent[i])
	if si == 0 {
		return mention{}, false
	}
	a, b := st.sents[si-1][0], st.sents[si-1][1]
	for k := b - 1; k > a; k-- {
		if !st.isAux(k) && !st.isSe(k) || st.isAux(k) && k > a && st.isSe(k-1) {
			continue
		}
		m := st.npBefore(k)
		if !m.ok || m.pron || st.inSeg[m.s] >= 0 {
			continue // (not a subject inside quotation marks)
		}
		in := st.describe(m)
		if in.plural != plural || g != 0 && in.gender != 0 && in.gender != 'E' && in.gender != g {
			continue
		}
		return m, true
	}
	return mention{}, false
}

// afterFronted reports whether the token i follows a short phrase that
// opens its sentence and ends with a comma (Dans ses lignes directrices
// de 2023, elle …).
func (st *state) afterFronted(i int) bool {
	a := st.sents[st.sent[i]][0]
	if i-a < 2 || i-a > 10 || !st.isP(i-1, fComma) {
		return false
	}
	for k := a; k < i-1; k++ {
		if st.t[k].Kind == token.Punct || st.t[k].IsQuote() || st.isAux(k) || st.isVerbForm(k) {
			return false
		}
	}
	return true
}

// governor returns the noun subject of the verb group that ends just
// before the que at q (l'agence fait également valoir qu'…).
func (st *state) governor(q int) mention {
	a := st.sents[st.sent[q]][0]
	for k := q - 1; k > a && q-k <= 4; k-- {
		if st.t[k].Kind != token.Word {
			return mention{}
		}
		if !st.is(k, fVerbish) && !st.isAux(k) {
			continue
		}
		v := k
		for v > a && (st.isAux(v-1) || st.is(v-1, fVerbish) || st.is(v-1, fAdv) || st.isSe(v-1)) {
			v--
		}
		if m := st.npBefore(v); m.ok {
			return m
		}
	}
	return mention{}
}

// opinionHolder reports whether m, the X of « pour X, … », may hold a
// view: a person or organisation entity, a role noun or a noun of agent
// (pour le ministre, pour les économistes), not a place or a thing.
func (st *state) opinionHolder(m mention) bool {
	for k := m.s; k < m.e; k++ {
		if k > m.s && (st.key[k] == "de" || st.key[k] == "d'" || st.key[k] == "du" || st.key[k] == "des") {
			break // the head only: not les réformes de société
		}
		if e := st.entAt[k]; e >= 0 {
			return st.ents[e].Label == entities.PER || st.ents[e].Label == entities.ORG
		}
		if _, ok := st.roleAt(k); ok {
			return true
		}
		if _, ok := roleOf(strings.TrimSuffix(st.key[k], "s")); ok {
			return true
		}
		if st.isCap(k) && !st.is(k, fDet) {
			return true // a name the tagger missed
		}
	}
	return st.agentNoun(m) || st.personNounAt(m.s) || m.e-m.s > 1 && st.personNounAt(m.s+1)
}

// orgSubject returns the organisation entity that opens one of the back
// sentences before the one of token i, or that sentence itself, as the
// subject of an auxiliary (Santé publique France a publié …): the
// nearest.
func (st *state) orgSubject(i, back int) (mention, bool) {
	si := int(st.sent[i])
	for s := si; s >= 0 && s >= si-back; s-- {
		a, b := st.sents[s][0], st.sents[s][1]
		a = st.contentStart(a, b) // BRUXELLES, 14 octobre 2025 – Les …
		// (Plus critique, L'Observateur s'interroge: after a fronted
		// phrase)
		for k := a; k < b && k-a < 5; k++ {
			if st.isP(k, fComma) {
				if k+1 < b && st.entAt[k+1] >= 0 || k+2 < b && st.is(k+1, fDet) && st.entAt[k+2] >= 0 {
					a = k + 1
				}
				break
			}
			if st.t[k].Kind == token.Punct {
				break
			}
		}
		if a < b && st.is(a, fDet) {
			a++
		}
		// L'association Aide aux victimes …: the name after an
		// organisation noun
		if a+1 < b && st.entAt[a] < 0 && st.t[a].Kind == token.Word && !st.isCap(a) {
			if r, ok := st.roleAt(a); ok && r.Org {
				a++
			}
		}
		if a >= b || a >= i || st.entAt[a] < 0 || st.ents[st.entAt[a]].Label != entities.ORG {
			continue
		}
		e := min(st.entEnd(a), b)
		if e < b && e < i && (st.isAux(e) || st.isSe(e) || st.isVerbForm(e) || st.t[e].Kind == token.Word && !st.isCap(e) && !st.is(e, fNPStop|fDet)) {
			return mention{s: a, e: e, ok: true}, true
		}
	}
	return mention{}, false
}

// prevSubject returns the person of gender g named as the subject of the
// sentence right before the one of token i.
func (st *state) prevSubject(i int, g byte) (mention, bool) {
	si := int(st.sent[i])
	if si == 0 {
		return mention{}, false
	}
	sm, ok := st.subjectName(st.sents[si][0], g, 1)
	if !ok || int(st.sent[sm.s]) != si-1 {
		return mention{}, false
	}
	return sm, true
}

// paraRoleSubject returns the description of a person (le rappeur,
// l'échevine) of gender g that is the subject of the first sentence of
// the paragraph of token i, maybe after a fronted phrase (En 2018, le
// rappeur met …), when that sentence comes before i.
func (st *state) paraRoleSubject(i int, g byte) (mention, bool) {
	si := int(st.sent[i])
	for n := 0; si > 0 && st.para[st.sents[si-1][0]] == st.para[i]; n++ {
		if n == 40 {
			return mention{}, false // (no paragraph is that long: linear time)
		}
		si--
	}
	a, b := st.sents[si][0], st.sents[si][1]
	if b > i {
		return mention{}, false
	}
	a = st.contentStart(a, b)
	// (Au café de la Lande, en face de l'usine, un polisseur …: one or
	// two fronted phrases)
	for n := 0; n < 2 && a < b && (n == 0 || st.isPrep(a) || st.key[a] == "en" || st.key[a] == "au"); n++ {
		a = st.pastFronted(a, b)
	}
	// (a role, or a trade the list lacks: un polisseur)
	if a+2 >= b || !st.is(a, fDet) || st.inSeg[a] >= 0 || !st.personRole(a+1) && tradeGender(st.key[a+1]) == 0 {
		return mention{}, false
	}
	if dg := detGender(st.key[a]); g != 0 && dg != 0 && dg != g {
		return mention{}, false // un journaliste is not elle
	}
	if r, ok := st.roleAt(a + 1); ok && (r.Plural || g != 0 && r.Gender != 0 && r.Gender != 'E' && r.Gender != g) {
		return mention{}, false
	} else if tg := tradeGender(st.key[a+1]); !ok && g != 0 && tg != g {
		// (a person noun outside the role list must show the gender)
		return mention{}, false
	}
	v := a + 2
	e := v
	if v+2 < b && st.key[v] == "de" && st.t[v+1].Kind == token.Number && st.key[v+2] == "ans" {
		v += 3 // un polisseur de 58 ans
		e = v
	}
	if st.isP(v, fComma) {
		// un polisseur de 58 ans, qui préfère taire son nom, fait
		if n := st.appositionEnd(v, b); n > v && n+1 < b {
			v = n + 1
		}
	}
	if v >= b || st.t[v].Kind != token.Word || st.isCap(v) || st.is(v, fNPStop|fDet) && !st.isAux(v) && !st.isSe(v) && !objectClitic[st.key[v]] {
		return mention{}, false
	}
	return mention{s: a, e: e, ok: true}, true
}

// tokenAt returns the index of the token that starts at or after offset.
func (st *state) tokenAt(off int) int { return min(tokenIndex(st.t, off), len(st.t)-1) }

// nameRun reports whether a person's name starts at token k, outside
// quote marks: a person entity, or a capitalised run of two words or more
// that opens with a first name. It returns the end of the run and the
// first name's gender, if k is one.
func (st *state) nameRun(k int) (end int, g byte, first, ok bool) {
	if !st.isCap(k) || st.inSeg[k] >= 0 {
		return 0, 0, false, false
	}
	per := st.perAt(k)
	g, first = st.firstAt(k)
	if !per && !first {
		return 0, 0, false, false
	}
	end = st.capRun(k, len(st.t))
	if end <= k || end-k < 2 && !per {
		// (a tagged name that is no run of capitalised words: AAAAa)
		return 0, 0, false, false
	}
	return end, g, first, true
}

// withAge reports whether the description m gives an age (le joueur de
// 38 ans).
func (st *state) withAge(m mention) bool {
	for k := m.s + 1; k < m.e; k++ {
		if k+1 < m.e && st.t[k].Kind == token.Number && st.key[k+1] == "ans" || ageNouns[st.key[k]] {
			return true
		}
	}
	return false
}

// ageOf returns the ages the description m gives: le joueur de 38 ans
// (38, 38), l'octogénaire (80, 89).
func (st *state) ageOf(m mention) (lo, hi int, ok bool) {
	for k := m.s + 1; k < m.e; k++ {
		if k+1 < m.e && st.t[k].Kind == token.Number && st.key[k+1] == "ans" {
			if n, err := strconv.Atoi(st.t[k].Text); err == nil {
				return n, n, true
			}
		}
		if d, ok := ageDecades[st.key[k]]; ok {
			return d, d + 9, true
		}
	}
	return 0, 0, false
}

// ageDecades are the first ages of the age nouns, folded.
var ageDecades = map[string]int{
	"trentenaire": 30, "quadragenaire": 40, "quadra": 40, "quinquagenaire": 50, "quinqua": 50,
	"sexagenaire": 60, "sexa": 60, "septuagenaire": 70, "octogenaire": 80, "nonagenaire": 90,
}

// nameOfAge returns the person named last before token i, within 500
// tokens, with an age between lo and hi in apposition (Gisèle Bouchard, 81
// ans) and no other gender than g.
func (st *state) nameOfAge(i, lo, hi int, g byte) (mention, bool) {
	for k := i - 1; k >= 2 && i-k < 500; k-- {
		if st.key[k] != "ans" || st.t[k-1].Kind != token.Number || !st.isP(k-2, fComma) {
			continue
		}
		n, err := strconv.Atoi(st.t[k-1].Text)
		if err != nil || n < lo || n > hi {
			continue
		}
		if g != 'F' && g != 'M' {
			g = 0
		}
		if nm, ok := st.nearestName(k-2, g); ok && st.capRun(nm.s, len(st.t)) == k-2 {
			return nm, true
		}
	}
	return mention{}, false
}

// ageNouns describe a person by age (le quadragénaire), folded.
var ageNouns = set("trentenaire trentenaires quadragenaire quadragenaires quinquagenaire quinquagenaires sexagenaire sexagenaires septuagenaire septuagenaires octogenaire octogenaires nonagenaire nonagenaires centenaire quadra quinqua sexa")

// elidedName reports whether the capitalised word at k follows a
// capitalised elision that follows a name word (Aya N'Guessan).
func (st *state) elidedName(k int) bool {
	return k > 1 && k < len(st.t) && st.t[k-1].Kind == token.Elision && startsUpper(st.t[k-1].Text) && st.t[k-1].End == st.t[k].Start && st.isCap(k-2)
}

// titledAt reports whether a person's role stands right before k, maybe
// with one adjective between (le député anversois ·).
func (st *state) titledAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if st.t[j].Kind != token.Word || st.isCap(j) || st.isPrep(j) || st.is(j, fDet|fNPStop) {
			return false // (la ministre déléguée aux Sports Anne Morel)
		}
		if r, ok := st.roleAt(j); ok {
			return !r.Org
		}
	}
	return false
}

// linkedAt reports whether the entity at k is a name of the linking table
// (a known organisation or place).
func (st *state) linkedAt(k int) bool {
	e := st.entAt[k]
	return e >= 0 && (st.ents[e].Canonical != "" || st.ents[e].Label == entities.LOC)
}

// orgAt reports whether the token at k is in an organisation the tagger
// found (Le Mauricien, a newspaper, not le Mauricien, a man).
func (st *state) orgAt(k int) bool {
	return k >= 0 && k < len(st.entAt) && st.entAt[k] >= 0 && st.ents[st.entAt[k]].Label == entities.ORG
}

// perAt reports whether the token at k is inside a person entity.
func (st *state) perAt(k int) bool {
	return k >= 0 && k < len(st.entAt) && st.entAt[k] >= 0 && st.ents[st.entAt[k]].Label == entities.PER
}

// nameAfter returns the first person named after token i, in its
// paragraph or the next (the standfirst after a title): a person entity
// or a first name and a surname.
func (st *state) nameAfter(i int) (mention, bool) {
	for k := i; k < len(st.t) && k-i < 300; k++ {
		if int(st.para[k]) > int(st.para[min(i, len(st.t)-1)])+2 {
			continue
		}
		if b, _, _, ok := st.nameRun(k); ok {
			return mention{s: k, e: b, ok: true}, true
		}
	}
	return mention{}, false
}

// nearestName finds the closest person name before token i (within a few
// sentences) whose gender agrees with g (0: any).
func (st *state) nearestName(i int, g byte) (mention, bool) {
	for k := i - 1; k >= 0 && i-k < 150; k-- {
		b, fg, first, ok := st.nameRun(k)
		if !ok {
			continue
		}
		if g != 0 && first && fg != g {
			continue
		}
		// the first word of the run
		for {
			if k > 0 && st.isCap(k-1) && st.capRun(k-1, b) == b && !st.partyBefore(k) {
				k--
			} else if k > 1 && st.elidedName(k) {
				k -= 2 // Aya N'Guessan
			} else {
				break
			}
		}
		if g != 0 {
			if fg := firstGender(st.key[k]); fg != 0 && fg != 'E' && fg != g {
				continue // Jean-Marc Tissot is not la ministre
			}
		}
		if k > 0 && st.key[k-1] == "les" {
			continue // les Ahmadi: a family
		}
		return mention{s: k, e: b, ok: true}, true
	}
	return mention{}, false
}

// segUsed reports whether the candidate c lies inside a quotation already
// used as part of an indirect one.
func (st *state) segUsed(c cand) bool {
	// The segments are top-level quotations in text order and disjoint
	// (pairQuotes): only the last one that starts at or before c can hold
	// it.
	i, _ := slices.BinarySearchFunc(st.segs, c.start+1, func(g seg, s int) int { return g.start - s })
	if i--; i < 0 {
		return false
	}
	g := &st.segs[i]
	return g.used && g.start <= c.start && c.end <= g.end
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func pronGender(k string) (byte, bool) {
	k = strings.TrimLeft(strings.TrimPrefix(k, "-t"), "-")
	k = strings.TrimSuffix(k, "-meme") // elle-même, lui-même
	switch k {
	case "elle":
		return 'F', false
	case "elles":
		return 'F', true
	case "ils", "eux":
		return 'M', true
	}
	return 'M', false
}

// find returns the cluster a described mention refers to, or nil.
func (st *state) find(clusters []*cluster, in info, c cand, prev *cluster) *cluster {
	if in.named {
		ink := newNameKey(in.name)
		if hero := st.nameOf["title:"]; ink.one && hero != "" && hero != in.name && strings.EqualFold(lastField(hero), in.name) {
			// Rochat alone, in a portrait of Béatrice Rochat that also
			// quotes her son Lucien Rochat: the person of the title
			in.name = hero
			ink = newNameKey(hero)
		}
		for i := len(clusters) - 1; i >= 0; i-- {
			if clusters[i].named && sameNameKey(clusters[i].key(), &ink) {
				k := clusters[i]
				if len(in.name) > len(k.name) {
					k.name = in.name
				}
				if in.role != "" {
					k.roles = append(k.roles, in.role)
				}
				return k
			}
		}
		// a continuation verb names the previous, unnamed speaker
		// (not the antecedent found for a pronoun: a-t-il précisé)
		if prev != nil && !prev.named && !prev.org && !c.m.pron && (contVerb[fold(c.verb)] || c.verb == "" && !c.floating && c.kind == Direct) && compatible(prev, in.gender, in.plural) {
			prev.name, prev.named = in.name, true
			if in.gender != 0 {
				prev.gender = in.gender
			}
			return prev
		}
		// the same role named elsewhere
		if in.role != "" {
			for i := len(clusters) - 1; i >= 0; i-- {
				// (not a body named with capitals: l'Agence catalane de
				// l'eau is not l'agence météorologique espagnole Aemet)
				if !clusters[i].named && slices.Contains(clusters[i].roles, in.role) && !strings.ContainsFunc(clusters[i].name, unicode.IsUpper) {
					k := clusters[i]
					k.name, k.named = in.name, true
					return k
				}
			}
		}
		return nil
	}
	if in.role != "" {
		tail := st.roleTail(c.m)
		// la direction, alone: the company the article is about
		if in.role == "direction" && in.def && c.m.e-c.m.s == 2 {
			if om, ok := st.mainOrg(c.m.s); ok {
				// (la direction de Verlica: the management speaks for the company)
				name := "direction de " + st.text(om.s, om.e)
				if r, _ := utf8.DecodeRuneInString(textnorm.Key(st.t[om.s].Text)); strings.ContainsRune("aeiouyh", r) {
					name = "direction d'" + st.text(om.s, om.e)
				}
				for _, k := range clusters {
					if k.org && k.named && strings.EqualFold(k.name, name) {
						return k
					}
				}
				return &cluster{name: name, named: true, org: true, roles: []string{in.role}, mention: om}
			}
		}
		// le quotidien after Pour Le Figaro, …: the outlet quoted last,
		// before a name the role gets later (le quotidien belge Le Soir)
		if in.def && !in.plural && in.org && media[in.role] && !st.hasCap(c.m) {
			var recent *cluster
			for i := len(clusters) - 1; i >= 0; i-- {
				if k := clusters[i]; k.org && k.named && !k.plural && k.last >= 0 && st.cands[k.last].para >= c.para-1 {
					recent = k
					break
				}
			}
			// (Les Échos adoptent une position nuancée. Le quotidien
			// économique salue …: the outlet the sentence before is
			// about)
			if om, ok := st.orgSubject(c.m.s, 1); ok && (recent == nil || om.s > recent.pos) {
				if om.s > 0 && st.entAt[om.s-1] == st.entAt[om.s] {
					om.s-- // Les Échos
				}
				name := st.text(om.s, om.e)
				for _, k := range clusters {
					if k.org && k.named && strings.EqualFold(k.name, name) {
						return k
					}
				}
				return &cluster{name: name, named: true, org: true, roles: []string{in.role}, mention: om}
			}
			if recent != nil {
				recent.roles = append(recent.roles, in.role)
				return recent
			}
		}
		for i := len(clusters) - 1; i >= 0 && !in.indef; i-- {
			// (un proche de X is someone new)
			if slices.Contains(clusters[i].roles, in.role) && compatible(clusters[i], in.gender, in.plural) && !st.otherTail(clusters[i], in.role, tail) {
				if k := st.subjectSpeaker(clusters, in, c, clusters[i].pos, clusters[i].name); k != nil {
					return k
				}
				return clusters[i]
			}
		}
		// a role named by apposition somewhere in the article (one
		// person: not les opposants au texte)
		n, ok := st.roleName("role:"+st.roleTail(c.m), c.m, in.gender)
		if in.plural || in.indef || in.org && st.hasCap(c.m) {
			// (un agent de sécurité is not l'agent X named before)
			// (le syndicat SUD names itself)
			n, ok = "", false
		} else if !ok {
			// la présidente de la FEF after X, présidente de la
			// Fédération des étudiants francophones (FEF): the same body
			for _, w := range st.roleBodies(c.m.s, c.m.e, nil) {
				if n, ok = st.nameOf["core:"+in.role+":"+w]; ok {
					break
				}
			}
		}
		if !ok && !(in.plural || in.indef || in.org && st.hasCap(c.m)) {
			n, ok = st.roleName("role:"+in.role, c.m, in.gender)
			if ok && st.otherTail(&cluster{name: n, named: true}, in.role, tail) {
				ok = false
			}
			if !ok {
				n, ok = st.sameOffice(tail)
			}
		}
		if ok {
			if k := st.subjectSpeaker(clusters, in, c, -1, n); k != nil {
				return k
			}
			nk := newNameKey(n)
			for i := len(clusters) - 1; i >= 0; i-- {
				if clusters[i].named && sameNameKey(clusters[i].key(), &nk) {
					clusters[i].roles = append(clusters[i].roles, in.role)
					return clusters[i]
				}
			}
			k := &cluster{name: n, named: true, gender: in.gender, org: in.org, roles: []string{in.role}}
			if g, ok := lexicon.FirstNames()[fold(strings.Fields(n)[0])]; ok && !in.org {
				k.gender = g
			}
			return k
		}
		// la centrale syndicale, le quotidien: the organisation last named
		if in.def && !in.plural && in.org && !st.hasCap(c.m) && !selfNamed[in.role] {
			for i := len(clusters) - 1; i >= 0; i-- {
				// not one described by another organisation noun (la
				// société after le quotidien Le Temps)
				// (a named one: le syndicat SUD, not l'accusation)
				// (le syndicat is not the département de la Justice quoted
				// last: a body described by a noun of another kind)
				if k := clusters[i]; k.org && (k.named || strings.ContainsFunc(k.name, unicode.IsUpper)) && !k.plural && k.name != in.name && mediaRole(k.roles) == media[in.role] && !otherKind(k.roles, in.role) {
					k.roles = append(k.roles, in.role)
					return k
				}
			}
			// none quoted yet: the organisation that is the subject of
			// a sentence just before (Santé publique France a publié …
			// l'agence sanitaire relève que)
			// (not a description with a complement: la direction du
			// laboratoire)
			om, ok := st.orgSubject(c.m.s, 2)
			if !ok && companyNouns[in.role] {
				// or the organisation named last, a sentence or two before
				// the words reported (le nombre de jeux reste limité,
				// selon le constructeur)
				om, ok = st.lastOrg(min(c.m.s, st.tokenAt(c.start)), 2)
			}
			// (la société d'État: owned by the state, no complement)
			stateOwned := c.m.e-c.m.s >= 3 && st.key[c.m.e-2] == "d'" && st.key[c.m.e-1] == "etat"
			if ok && (!st.complement(c.m, true) || stateOwned) {
				k := &cluster{name: st.text(om.s, om.e), named: true, org: true, roles: []string{in.role}, mention: om}
				if e := st.ents[st.entAt[om.s]]; e.Canonical != "" || e.ID != "" {
					k.link, k.linked = entities.Link{Canonical: e.Canonical, ID: e.ID, Acronym: e.Acronym}, true
				}
				return k
			}
		}
		// le chercheur, l'universitaire: the person last named
		if in.def && !in.plural && !in.org {
			var last *cluster
			other := false // the last person has this role with another complement
			// the person quoted last, not the one first quoted last
			var recent *cluster
			for _, k := range clusters {
				if k.named && !k.org && !k.plural && compatible(k, in.gender, false) && (recent == nil || k.last > recent.last) {
					recent = k
				}
			}
			if recent != nil {
				// (le ministre de l'Économie is not a person quoted last whom
				// the article gives no role at all)
				// (l'ancienne adjointe au maire de Mérignac: a former role
				// the speaker's present one does not exclude)
				former := c.m.s+1 < c.m.e && (st.key[c.m.s+1] == "ancien" || st.key[c.m.s+1] == "ancienne")
				// (le patron des députés PS after the words of a député: a
				// role with a complement the speaker quoted last does not
				// have; not an age: le jeune homme de 21 ans)
				// (l'élu de la Broye after the words of le député PLR X: a
				// word for all such offices)
				broader := st.broaderRole(recent, in.role)
				if other = st.otherTail(recent, in.role, tail) && !broader || st.complement(c.m, false) && !st.withAge(c.m) && !former && !broader && st.otherRole(recent, in.role) && !st.sharedComplement(c.m, recent) || st.complement(c.m, false) && officeRoles[in.role] && !st.hasRole(recent); !other {
					last = recent
				}
			}
			// Gisèle Bouchard, 81 ans, patiente … « … », dit l'octogénaire:
			// the person named with that age
			if lo, hi, ok := st.ageOf(c.m); ok {
				if nm, ok := st.nameOfAge(c.m.s, lo, hi, in.gender); ok {
					if nin := st.describe(nm); nin.named {
						return st.nameCluster(clusters, nin, in, c)
					}
				}
			}
			if recent != nil {
				// Battu en 61 coups, le joueur de 38 ans a salué …: a
				// description by age is of the person named since the last
				// speaker; Parmi les recrues figure Sophie Girardot, 31 ans.
				// La jeune généraliste reconnaît …: so is one right after
				// the sentence that introduced a person
				if nm, ok := st.nearestName(c.m.s, in.gender); ok && nm.s > recent.pos && (nm.s == 0 || !isDe(st.key[nm.s-1])) {
					near := int(st.sent[min(c.m.s, st.tokenAt(c.start))])-int(st.sent[nm.s]) <= 1 && !st.complement(c.m, true)
					if nin := st.describe(nm); nin.named && (st.withAge(c.m) || near && nin.name != recent.name) {
						return st.nameCluster(clusters, nin, in, c)
					}
				}
			}
			hero, ok := st.nameOf["title:"]
			if author, aok := st.nameOf["author:"]; aok && authorRoles[in.role] {
				// la cinéaste after « … », deuxième long-métrage de Leïla
				// Haddad-Ferreira: the author of the work the article is about
				hero, ok = author, true
			}
			// (not an age in the paragraph of the last words: la
			// quadragénaire after those of cette enseignante is her)
			if ok && recent != nil && recent.name != hero && !st.complement(c.m, true) && !(st.withAge(c.m) && recent.last >= 0 && st.cands[recent.last].para == c.para) && st.otherRole(recent, in.role) {
				// le boulanger after the words of Son ami, Gérard Vasseur:
				// not the friend but the person the title names
				hk := newNameKey(hero)
				for _, k := range clusters {
					if k.named && sameNameKey(k.key(), &hk) {
						if !compatible(k, in.gender, false) {
							break
						}
						k.roles = append(k.roles, in.role)
						return k
					}
				}
				if g := firstGender(fold(strings.Fields(hero)[0])); sameGender(g, in.gender) {
					return &cluster{name: hero, named: true, gender: g, roles: []string{in.role}}
				}
			}
			if other {
				return nil
			}
			// la cheffe du gouvernement after « La Première ministre
			// Élisabeth Borne a … »: a person of the same gender named as a
			// subject since
			// (short descriptions only: a long one may name someone new)
			if (in.gender == 'F' || in.gender == 'M') && c.m.e-c.m.s <= 7 {
				back := 2
				if last == nil {
					back = 6 // the first speaker: the person the lead is about
				}
				if sm, ok := st.subjectName(min(c.m.s, st.tokenAt(c.start)), in.gender, back); ok && (last == nil || sm.s > last.pos) {
					if nin := st.describe(sm); nin.named && (nin.gender == in.gender || nin.gender == 0) {
						if k := st.find(clusters, nin, c, nil); k != nil {
							if !compatible(k, in.gender, false) {
								return nil // Reto Gmür, known as le co-président, is not la ministre
							}
							k.roles = append(k.roles, in.role)
							return k
						}
						k := &cluster{name: nin.name, named: true, gender: in.gender, roles: []string{in.role}}
						return k
					}
				}
			}
			if last != nil {
				last.roles = append(last.roles, in.role)
				return last
			}
			if author, ok := st.nameOf["author:"]; ok && last == nil && authorRoles[in.role] {
				if g := firstGender(fold(strings.Fields(author)[0])); sameGender(g, in.gender) {
					nin := info{name: author, named: true, gender: g}
					return st.nameCluster(clusters, nin, in, c)
				}
			}
			// no one quoted yet: the person named just before (la
			// Tunisienne Salma Ben Ammar … explique la cinéaste)
			if (in.gender == 'F' || in.gender == 'M') && c.m.e-c.m.s <= 5 && !st.introduced(c.m.s, in.role) {
				from := c.m.s
				for n := 0; n < 3; n++ {
					nm, ok := st.nearestName(from, in.gender)
					if !ok {
						break
					}
					from = nm.s
					if nm.s > 0 && (st.key[nm.s-1] == "de" || st.key[nm.s-1] == "d'" || st.key[nm.s-1] == "par") {
						continue // le meurtre de X: not the one described
					}
					nin := st.describe(nm)
					if !nin.named {
						break
					}
					if officeRoles[in.role] && st.otherRole(&cluster{name: nin.name, named: true}, in.role) {
						continue // (le préfet is not the maire named before)
					}
					ninKey := newNameKey(nin.name)
					for _, k := range clusters {
						if k.named && sameNameKey(k.key(), &ninKey) && !compatible(k, in.gender, false) {
							nin.named = false
						}
					}
					if nin.named {
						k := &cluster{name: nin.name, named: true, gender: in.gender, roles: []string{in.role}}
						return k
					}
				}
			}
		}
	}
	for i := len(clusters) - 1; i >= 0; i-- {
		if strings.EqualFold(clusters[i].name, in.name) {
			return clusters[i]
		}
	}
	return nil
}

// subjectSpeaker returns the speaker of in's gender who is the subject of
// the sentence before the one that the role in opens, named after token
// since and other than the person named other: Mme Y n'entend pas
// désarmer. La députée annonce … is Y, not the other députée quoted
// before. Nil when there is none.
func (st *state) subjectSpeaker(clusters []*cluster, in info, c cand, since int, other string) *cluster {
	if in.org || in.gender != 'F' && in.gender != 'M' || st.hasCap(c.m) {
		return nil
	}
	ref := c.m.s
	if o := st.openMark(c); c.kind == Direct && o >= 0 && c.m.s > o && o == st.sents[st.sent[o]][0] && st.para[o] == st.para[c.m.s] {
		// X a réagi sur Facebook. « … », a écrit l'élue d'opposition: the
		// role after a quotation that opens its sentence
		ref = o
	} else if c.m.s != st.contentStart(st.sents[st.sent[c.m.s]][0], c.m.e) {
		return nil
	}
	sm, ok := st.prevSubject(ref, in.gender)
	if !ok || sm.s <= since {
		return nil
	}
	nk, ok2 := newNameKey(st.describe(sm).name), newNameKey(other)
	for _, k := range clusters {
		if k.named && !k.org && sameNameKey(k.key(), &nk) && !sameNameKey(k.key(), &ok2) && compatible(k, in.gender, false) {
			k.roles = append(k.roles, in.role)
			return k
		}
	}
	return nil
}

// offices are the descriptions news use for the same office, as role
// tails (see roleTail): a name given to one of them names the others (le
// secrétaire d'État, Rex Tillerson … le chef de la diplomatie américaine).
var offices = [][]string{
	{"chef de la diplomatie", "ministre des affaires etrangeres", "secretaire d' etat"},
	{"chef de l' etat", "president de la republique"},
	{"chef du gouvernement", "premier ministre", "premiere ministre"},
	{"accusation", "procureur", "procureure", "avocat general", "avocate generale"},
	{"maire", "edile"},
}

// sameOffice returns the name given by apposition to another description
// of the office of the folded role tail.
func (st *state) sameOffice(tail string) (string, bool) {
	for _, group := range offices {
		mine := ""
		for _, d := range group {
			if strings.HasPrefix(tail, d) {
				mine = d
			}
		}
		if mine == "" {
			continue
		}
		for _, d := range group {
			if d == mine {
				continue
			}
			// the office itself, not a junior one (secrétaire d'État aux
			// Transports)
			if n, ok := st.nameOf["role:"+d]; ok {
				return n, true
			}
		}
	}
	return "", false
}

// goOnVerb are the cues that continue the last speaker's words: a
// pronoun with them goes back to that speaker, not to a person named since.
var goOnVerb = set("ajouter poursuivre completer rencherir conclure continuer enchainer")

// selfNamed are organisation nouns that name one body by themselves: le
// gouvernement is not the commission quoted before.
var selfNamed = set("gouvernement executif police gendarmerie presidence opposition majorite justice parquet prefecture mairie armee direction")

// otherTail reports whether the article gives the speaker of k the role
// noun role with a complement other than the one of tail (le ministre de
// l'Économie is not le ministre du Redressement productif).
func (st *state) otherTail(k *cluster, role, tail string) bool {
	if !k.named || tail == role || !strings.HasPrefix(tail, role+" ") {
		return false
	}
	for key, v := range st.nameOf {
		if v == k.name && strings.HasPrefix(key, "role:"+role+" ") && key != "role:"+tail && !strings.HasPrefix("role:"+tail, key) && !strings.HasPrefix(key, "role:"+tail) {
			return true
		}
	}
	return false
}

// otherRole reports whether the article gives k's person a role other
// than role, and never role: le PDG de SNCF Voyageurs is not Rachid
// Amrani, secrétaire fédéral de la CGT.
func (st *state) otherRole(k *cluster, role string) bool {
	if !k.named {
		return false
	}
	other := false
	for _, r := range k.roles {
		if r == role {
			return false
		}
		other = true
	}
	for key, v := range st.nameOf {
		if v != k.name || !strings.HasPrefix(key, "role:") {
			continue
		}
		r, _, _ := strings.Cut(key[len("role:"):], " ")
		if r == role {
			return false
		}
		other = true
	}
	return other
}

// fold is the lookup key of s.
func fold(s string) string { return textnorm.Key(s) }

// roleIsSubject reports whether the role noun at r, after « Name, »,
// is the subject of the verb that follows it rather than an apposition
// (Interrogé par Marsactu, le gestionnaire assure …).
func (st *state) roleIsSubject(r, n int) bool {
	k := r + 1
	for k < n && k-r < 8 && (st.t[k].Kind == token.Word || st.t[k].Kind == token.Elision) && !st.isAux(k) && !st.isVerbForm(k) {
		k++
	}
	return k < n && k-r < 8 && (st.isAux(k) || st.isVerbForm(k)) && st.t[k].Kind == token.Word
}

// setRole records that the role noun at r (with its complement, up to
// limit) names full, unless an earlier apposition gave the role a name.
func (st *state) setRole(r, limit int, full string) {
	k := roleKey(st.key[r])
	if _, seen := st.nameOf["role:"+k]; !seen {
		st.nameOf["role:"+k] = full
		st.rolePos["role:"+k] = r
	}
	t := st.roleTail(mention{s: r, e: limit})
	if _, seen := st.nameOf["role:"+t]; !seen && t != k && t != "" {
		st.nameOf["role:"+t] = full
		st.rolePos["role:"+t] = r
	}
	var buf [2]string
	for _, w := range st.roleBodies(r, limit, buf[:0]) {
		if _, seen := st.nameOf["core:"+k+":"+w]; !seen {
			st.nameOf["core:"+k+":"+w] = full
		}
	}
}

// roleName returns the name given in apposition to the role of key, but
// not one given only after the mention m when a person of gender g is
// named before it in its paragraph (Sur le banc amiénois, X avait le
// sourire. « … », a regretté l'entraîneur: not l'entraîneur grenoblois,
// Y, named later).
func (st *state) roleName(key string, m mention, g byte) (string, bool) {
	n, ok := st.nameOf[key]
	if ok && st.rolePos[key] > m.e {
		if nm, near := st.nearestName(m.s, g); near && st.para[nm.s] == st.para[m.s] && !strings.Contains(n, st.text(nm.s, nm.e)) {
			return "", false
		}
	}
	return n, ok
}

// roleBodies returns, folded, the first capitalised word of the
// complement of the role noun in [r, limit) and the acronym in brackets
// after it: federation and fef for présidente de la Fédération des
// étudiants francophones (FEF); ars for directrice de l'ARS.
func (st *state) roleBodies(r, limit int, out []string) []string {
	cap := false
	for k := r + 1; k < limit && k < len(st.t) && k-r < 14; k++ {
		if st.isP(k, fComma) || st.isP(k, fPeriod) || st.t[k].IsQuote() {
			break
		}
		if st.isP(k, fLParen) && k+2 < limit && st.isP(k+2, fRParen) && isAcronymWord(st.t[k+1].Text) {
			return append(out, st.key[k+1])
		}
		if !cap && k > r+1 && st.isCap(k) && st.t[k].Kind == token.Word && isDe(st.key[k-1]) || !cap && k > r+2 && st.isCap(k) && st.t[k].Kind == token.Word && st.is(k-1, fDet) && isDe(st.key[k-2]) {
			cap = true
			out = append(out, st.key[k])
		}
	}
	return out
}

// roleTail returns the role noun of m with its complement, folded: the
// words from the role noun to the next punctuation, at most five (ministre
// de l'interieur).
func (st *state) roleTail(m mention) string {
	r := -1
	for k := m.s; k < m.e; k++ {
		if _, ok := st.roleAt(k); ok {
			r = k
			break
		}
	}
	if r < 0 {
		for k := m.s; k < m.e; k++ {
			if st.t[k].Kind == token.Word && st.personNounAt(k) {
				return st.key[k]
			}
		}
		return ""
	}
	var sb strings.Builder
	sb.WriteString(roleKey(st.key[r]))
	for k := r + 1; k < m.e && k < len(st.t) && k-r < 5; k++ {
		if st.t[k].Kind != token.Word && st.t[k].Kind != token.Elision || st.isCap(k) && !st.isCap(k-1) && st.is(k, fFirst) {
			break
		}
		sb.WriteByte(' ')
		sb.WriteString(st.key[k])
	}
	return sb.String()
}

// introduced reports whether the role noun r was introduced before token
// i without a name: un ancien salarié … L'ancien salarié a affirmé.
func (st *state) introduced(i int, r string) bool {
	named := false // a person named since (un affineur. Pascal Overney …)
	for k := i - 1; k > 0 && i-k < 200 && st.para[i]-st.para[k] <= 1; k-- {
		if _, first := st.firstAt(k); first && st.isCap(k) && st.inSeg[k] < 0 && st.capRun(k, i) > k+1 {
			named = true
		}
		if st.key[k] != r || st.isCap(k+1) || named {
			continue
		}
		for d := k - 1; d >= 0 && d >= k-2; d-- {
			if st.key[d] == "un" || st.key[d] == "une" {
				return true
			}
		}
	}
	return false
}

// afterRole reports whether the capitalised word at i follows a role noun
// or a demonym that follows a determiner: la Tchèque Tereza Hrubá, le
// critique belge Arnaud Vanderhaeghen.
func (st *state) afterRole(i int) bool {
	k := i - 1
	if k < 1 || st.t[k].Kind != token.Word {
		return false
	}
	r, role := st.roleBare(k)
	if role && r.Org || !role && !st.personNounAt(k) {
		return false
	}
	return st.is(k-1, fDet) || k > 1 && st.is(k-2, fDet)
}

// acronyms indexes "Long Name (ACR)" and "ACR (Long Name)" in the article:
// "acr:cgt" → Confédération générale du travail.
func (st *state) acronyms() {
	n := len(st.t)
	for i := 1; i+2 < n; i++ {
		if !st.isP(i, fLParen) || !st.isP(i+2, fRParen) {
			continue
		}
		in, out := i+1, i-1
		if isAcronymWord(st.t[in].Text) {
			// Long Name (ACR): back to the determiner or preposition that
			// opens it, over its inner de la, l', et, and commas
			// (Communauté économique des États de l'Afrique de l'Ouest)
			a := out
			first := -1 // the first word of the name, after its article
			ini := textnorm.Key(st.t[in].Text)[0]
			for k := out; k >= 0 && out-k < 16; k-- {
				if st.isP(k, fComma) && k+1 < out && (st.key[k+1] == "de" || st.key[k+1] == "du" || st.key[k+1] == "des" || st.key[k+1] == "et") {
					continue
				}
				if st.t[k].Kind != token.Word && st.t[k].Kind != token.Elision || st.isAux(k) || st.is(k, fVerbish) && !st.isCap(k) {
					break
				}
				inner := k > 0 && (st.key[k-1] == "de" || st.key[k-1] == "d'" || st.key[k-1] == "et" || st.key[k-1] == "des" || st.key[k-1] == "du" || st.key[k-1] == "pour" || st.key[k-1] == "sur")
				if st.is(k, fDet) && !inner && st.key[k] != "du" && st.key[k] != "des" {
					break // the determiner opens the name
				}
				first = k
				if st.isCap(k) && st.key[k][0] == ini {
					a = k
				}
			}
			// an acronym of another language (l'Association chinoise des
			// constructeurs automobiles (CAAM)): the capitalised name from
			// its article
			if a == out && first >= 0 && first < out-1 && st.isCap(first) && first > 0 && st.is(first-1, fDet) {
				a = first
			}
			if a < out || st.isCap(a) && a == out && len(st.t[a].Text) > len(st.t[in].Text) && st.key[a][0] == ini {
				st.nameOf["acr:"+textnorm.Key(st.t[in].Text)] = st.text(a, out+1)
			}
		}
	}
	// ACR (Long Name …), ACR (l'Long Name …)
	for i := 0; i+4 < n; i++ {
		if !st.isP(i+1, fLParen) || !isAcronymWord(st.t[i].Text) {
			continue
		}
		s := i + 2
		switch st.key[s] {
		case "l'", "le", "la", "les":
			s++
		}
		if st.isCap(s) {
			e := s
			for e < n && e-i < 18 && !st.isP(e, fRParen) {
				e++
			}
			if st.isP(e, fRParen) && e-s > 1 && st.key[s][0] == textnorm.Key(st.t[i].Text)[0] {
				st.nameOf["acr:"+textnorm.Key(st.t[i].Text)] = st.text(s, e)
			}
		}
	}
}

// acronymsByInitials gives an acronym the article never spells out the
// name of an organisation the article names whose initials it is
// (l'Association suisse des guides de montagne … selon l'ASGM).
func (st *state) acronymsByInitials() {
	var want []byte
	var byInit map[string]string // built at the first acronym left unnamed
	for i, t := range st.t {
		// (capitals only: ASGM, AP-HP; Paris is no acronym)
		if t.Kind != token.Word || len(t.Text) < 2 || !isUpperASCII(t.Text[0]) || !isUpperASCII(t.Text[1]) || !isAcronymWord(t.Text) {
			continue
		}
		if _, ok := st.nameOf["acr:"+st.key[i]]; ok {
			continue
		}
		if byInit == nil {
			byInit = map[string]string{}
			var have []byte
			for _, e := range st.ents {
				if e.Label != entities.ORG || !strings.Contains(e.Text, " ") {
					continue
				}
				if have = appendInitials(have[:0], e.Text); len(have) >= 2 && len(have) <= 8 {
					if _, seen := byInit[string(have)]; !seen {
						byInit[string(have)] = e.Text
					}
				}
			}
		}
		want = want[:0]
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				want = utf8.AppendRune(want, unicode.ToUpper(r))
			}
		}
		full, ok := byInit[string(want)]
		if !ok {
			full = "" // tried: an empty name is never used
		}
		st.nameOf["acr:"+st.key[i]] = full
	}
}

// isUpperASCII reports whether c is an ASCII capital.
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// appendInitials appends to b the capitals that start the words of an
// organisation's name, its particles left out: Assistance
// publique-Hôpitaux de Paris → APHP.
func appendInitials(b []byte, name string) []byte {
	for len(name) > 0 {
		i := strings.IndexAny(name, " -")
		w := name
		if i >= 0 {
			w, name = name[:i], name[i+1:]
		} else {
			name = ""
		}
		for _, p := range []string{"l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’"} {
			w = strings.TrimPrefix(w, p)
		}
		switch w {
		case "", "de", "des", "du", "la", "le", "les", "et", "pour", "en", "à", "au", "aux", "sur":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b = utf8.AppendRune(b, unicode.ToUpper(r))
	}
	return b
}

// isAcronym reports whether w is an acronym: two to six letters, mostly
// capitals (CGT, PP, Ufip).
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	up := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up >= 1 && unicode.IsUpper([]rune(w)[0]) && (up >= 2 || len(w) >= 3)
}

// isAcronymWord is isAcronym for a word of up to seven letters with
// accents (Cédéao, Unédic).
func isAcronymWord(w string) bool {
	if a, b, ok := strings.Cut(w, "-"); ok && len(a) >= 2 && len(b) >= 2 && strings.ToUpper(w) == w {
		return isAcronym(a) && isAcronym(b) // AP-HP
	}
	if len(w) <= 6 {
		return isAcronym(w)
	}
	n := utf8.RuneCountInString(w)
	return n <= 7 && isAcronym(strings.Map(func(r rune) rune {
		if r >= utf8.RuneSelf {
			return 'x'
		}
		return r
	}, w))
}

// fullNames indexes the fullest form of each name in the article (last
// word → full name) and the names given in apposition to role nouns
// ("role:procureure" → Laure Beccuau).
func (st *state) fullNames() {
	if st.nameOf == nil {
		st.nameOf, st.rolePos = map[string]string{}, map[string]int{}
	}
	n := len(st.t)
	for i := 0; i < n; i++ {
		if !st.isCap(i) {
			continue
		}
		// l'agence de notation Moody's, le groupe Renault: an organisation
		// named after its noun
		org := st.entAt[i] >= 0 && st.ents[st.entAt[i]].Label == entities.ORG && (i == 0 || st.entAt[i-1] != st.entAt[i] || st.t[i-1].Kind == token.Elision && (i == 1 || st.entAt[i-2] != st.entAt[i]))
		if _, ok := st.firstAt(i); !ok && !(st.perAt(i)) && !st.afterRole(i) && !org {
			continue
		}
		var b int
		if org {
			b = st.entEnd(i)
		} else {
			b = st.capRun(i, min(n, i+5))
			if b-i < 2 {
				continue
			}
		}
		full := st.text(i, b)
		if org && i > 0 && st.t[i-1].Kind == token.Elision && st.t[i-1].End == st.t[i].Start && unicode.IsUpper(rune(st.t[i-1].Text[0])) {
			full = st.text(i-1, b) // L'Oréal
		}
		if old := st.nameOf[st.key[b-1]]; len(full) > len(old) && !org {
			st.nameOf[st.key[b-1]] = full
		}
		// role, Name  /  role Name  /  la Tchèque Name  /  Son entraîneur,
		// l'ancien joueur vaudois Name: every role noun and demonym of the
		// noun phrases before the name
		j := i - 1
		if org && j >= 0 && st.entAt[j] == st.entAt[i] {
			j-- // L'Oréal: before its article
		}
		if st.isP(j, fComma) {
			j--
		}
		commas, last := 0, j+1
		if j >= 0 && (st.key[j] == "de" || st.key[j] == "d'" || st.key[j] == "du" || st.key[j] == "des" || st.key[j] == "par") {
			j = -1 // un proche de Marc Dufour: a complement, not an apposition
		}
		for k := j; k >= 0 && j-k < 12; k-- {
			if st.isP(k, fComma) && commas == 0 && k+1 <= j && st.is(k+1, fDet) {
				commas++
				last = k
				continue
			}
			if st.isP(k, fComma) && org && commas < 2 && last-k <= 5 {
				// Le groupe de cosmétique français, numéro un mondial,
				// L'Oréal: a short apposition between
				commas++
				last = k
				continue
			}
			if st.t[k].Kind != token.Word && st.t[k].Kind != token.Elision || st.isAux(k) || st.is(k, fVerbish) && !st.isCap(k) || st.para[k] != st.para[i] || notApposPreps[st.key[k]] {
				break // (le syndicat sur Facebook: a place of publication)
			}
			if r, ok := st.roleAt(k); ok && (k > 0 && (st.is(k-1, fDet) || firstPoss[st.key[k-1]]) || k > 1 && st.is(k-2, fDet)) {
				if !org || r.Org {
					st.setRole(k, j+1, full)
				}
			} else if !ok && !org && k > 0 && st.personNounAt(k) && (st.isCap(k) && st.is(k-1, fDet) || k == j) {
				st.setRole(k, k+1, full)
			}
		}
		// deuxième long-métrage de Leïla Haddad-Ferreira, le nouveau roman
		// d'Édith Mbarga Ngono: the author of a work
		if j := i - 1; !org && j > 0 && (st.key[j] == "de" || st.key[j] == "d'") && workNouns[st.key[j-1]] {
			if _, seen := st.nameOf["author:"]; !seen {
				st.nameOf["author:"] = full
			}
		}
		// Name, role  /  Name, le role  /  Name, 24 ans, role
		if st.isP(b, fComma) && b+4 < n && st.t[b+1].Kind == token.Number && st.key[b+2] == "ans" && st.isP(b+3, fComma) {
			b += 3
		}
		if st.isP(b, fComma) && b+1 < n {
			r := b + 1
			if st.is(r, fDet) && r+1 < n {
				r++
			}
			if rl, ok := st.roleAt(r); ok && (!org || rl.Org) && !st.roleIsSubject(r, n) {
				st.setRole(r, n, full)
			}
		}
		// Name (, 44 ans,) était ingénieur / est devenue médecin
		if c := b; !org && c+2 < n {
			if st.isP(c, fComma) {
				c++
			}
			switch st.key[c] {
			case "est", "etait", "fut", "devient", "devenu", "devenue":
				c++
			case "a":
				if st.key[c+1] == "ete" {
					c += 2
				}
			}
			if c > b+1 && c+1 < n && (st.key[c] == "devenu" || st.key[c] == "devenue") {
				c++
			}
			if c > b && c < n && (st.key[c] == "un" || st.key[c] == "une" || st.key[c] == "le" || st.key[c] == "la" || st.key[c] == "l'") {
				c++
			}
			for c > b && c < n && copulaAdj[st.key[c]] {
				c++ // l'unique médecin, la seule femme, le premier maire
			}
			if c > b && c < n && st.t[c].Kind == token.Word && !st.isCap(c) {
				if rl, ok := st.roleAt(c); ok && !rl.Org && !rl.Plural {
					st.setRole(c, n, full)
				}
			}
		}
		i = b - 1
	}
	st.titleRoles()
	st.acronyms()
	st.acronymsByInitials()
	st.documents()
}

// authorRoles are the role nouns of the author of a work (la cinéaste,
// le romancier), folded.
var authorRoles = set("cineaste realisateur realisatrice auteur autrice ecrivain ecrivaine romancier romanciere artiste chanteur chanteuse musicien musicienne compositeur compositrice dramaturge peintre photographe dessinateur dessinatrice plasticien plasticienne choregraphe poete poetesse documentariste scenariste")

// firstPoss are the possessives of the first person, which give a role
// in quoted words as son or sa do in the writer's (mon entraîneur, l'Espagnol
// X), folded.
var firstPoss = set("mon ma mes notre nos")

// copulaAdj are the adjectives between a copula and its role noun (X est
// l'unique médecin de la ville), folded.
var copulaAdj = set("unique seul seule premier premiere dernier derniere nouveau nouvel nouvelle ancien ancienne jeune vrai vraie")

// rolePreAdj are the adjectives that go before a role noun (l'ancien
// rappeur, la jeune cheffe), folded.
var rolePreAdj = set("ancien ancienne jeune nouveau nouvel nouvelle futur future celebre")

// notApposPreps end the noun phrase of a role before a name: what follows
// them is no name of the role (a écrit le syndicat sur Facebook, son club
// sur X), folded.
var notApposPreps = set("sur")

// titleRoles gives the person a title names (Nadia Ferhat-Lambert,
// l'astronome qui …) the roles that describe someone without a name in
// the title and the standfirst (À 44 ans, l'astrophysicienne dirige …):
// the article is about that person, who la chercheuse or l'astrophysicienne
// is later on.
func (st *state) titleRoles() {
	n := len(st.t)
	if n == 0 || st.para[n-1] == 0 {
		return
	}
	// a title: a short first paragraph with no full stop at its end
	e := 0
	for e < n && st.para[e] == 0 {
		e++
	}
	if st.words(0, e) > 20 || st.isP(e-1, fPeriod) && st.t[e-1].Text == "." {
		return
	}
	full, g := "", byte(0)
	for i := 0; i < n && st.para[i] == 0; i++ {
		fg, first := st.firstAt(i)
		if !st.isCap(i) || !first && !st.perAt(i) {
			continue
		}
		if b := st.capRun(i, n); b-i >= 2 && st.para[b-1] == 0 {
			full, g = st.text(i, b), fg
			break
		}
	}
	if full == "" {
		return
	}
	st.nameOf["title:"] = full
	for i := 1; i < n && st.para[i] <= 1; i++ {
		det := st.is(i-1, fDet) || i > 1 && st.is(i-2, fDet) && rolePreAdj[st.key[i-1]]
		// (un homme qui parle peu: too plain a noun to name only him)
		if !det || st.t[i].Kind != token.Word || st.isCap(i) || !st.personRole(i) || st.key[i] == "homme" || st.key[i] == "femme" {
			continue
		}
		if r, ok := st.roleAt(i); ok && (r.Plural || g != 0 && g != 'E' && r.Gender != 0 && r.Gender != g) {
			continue
		}
		// (not une professeure, Hélène Marchetti: the role of a name)
		k := i + 1
		for k < n && k-i < 6 && st.t[k].Kind == token.Word && !st.isCap(k) {
			k++
		}
		if k < n && st.isP(k, fComma) {
			k++
		}
		if k < n && st.isCap(k) {
			if _, first := st.firstAt(k); first || st.perAt(k) {
				continue
			}
		}
		st.setRole(i, i+1, full)
	}
}

// documents indexes the first document noun of the article given with its
// author (le rapport final du BEA, le communiqué de la préfecture), so
// that le rapport alone later names that author.
func (st *state) documents() {
	if st.docOf == nil {
		st.docOf = map[string][2]int{}
	}
	n := len(st.t)
	for i := 1; i+2 < n; i++ {
		if !st.is(i, fDocNoun) || !st.is(i-1, fDet) {
			continue
		}
		if _, seen := st.docOf[st.key[i]]; seen {
			continue
		}
		j := i + 1
		if j < n && st.t[j].Kind == token.Word && !st.isCap(j) && isAdjectiveLike(st.key[j]) {
			j++ // final, annuel, publié
		}
		if j+1 >= n || st.key[j] != "du" && st.key[j] != "de" && st.key[j] != "d'" && st.key[j] != "des" {
			continue
		}
		s := j + 1
		m := st.npAfter(s, st.sents[st.sent[s]][1])
		if !m.ok || m.s != s || m.pron {
			continue
		}
		for k := m.s + 1; k < m.e; k++ {
			if st.is(k, fVerbish) || st.isAux(k) {
				m.e = k // du BEA conclut
				break
			}
		}
		if st.personish(m) {
			st.docOf[st.key[i]] = [2]int{m.s, m.e}
		}
	}
}

// isAdjectiveLike reports whether the folded word k may be an adjective
// or participle after a noun (final, annuel, publiée).
func isAdjectiveLike(k string) bool {
	for _, end := range []string{"al", "el", "elle", "uel", "ier", "iere", "e", "ee", "if", "ive"} {
		if strings.HasSuffix(k, end) && len(k) > len(end)+2 {
			return true
		}
	}
	return false
}
