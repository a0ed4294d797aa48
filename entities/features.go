package entities

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// Tags of the BIO scheme: O, then B and I for each label.
const (
	tagO  = 0
	nTags = 1 + 2*4
)

func tagB(l Label) int     { return 1 + 2*int(l) }
func tagI(l Label) int     { return 2 + 2*int(l) }
func tagLabel(t int) Label { return Label((t - 1) / 2) }
func tagIsB(t int) bool    { return t > 0 && t%2 == 1 }
func tagIsI(t int) bool    { return t > 0 && t%2 == 0 }
func allowed(prev, t int) bool {
	// An I tag continues a B or I of the same label.
	return !tagIsI(t) || (prev > 0 && tagLabel(prev) == tagLabel(t))
}

// featureVersion changes whenever the feature templates change, so that a
// model trained with other features is refused by Load.
const featureVersion = 9

// Cue classes of a word.
const (
	cueNone  = iota
	cueTitle // M., Mme, président, ministre
	cueOrg   // ministère, université, groupe
	cueLoc   // ville, région, rue
	cuePrep  // à, en, de, au: place prepositions
	cueVerb  // a dit, selon
	cueMisc  // logiciel, film, ouragan: heads of product, work and event names
	cueCorp  // Media, Group, Inc: company-name endings
)

var cueWords = map[string]uint8{}

func init() {
	for _, w := range []string{"m.", "mm.", "mme", "mmes", "mlle", "mgr", "dr", "me", "pr", "monsieur", "madame",
		"president", "presidente", "ministre", "premier", "depute", "deputee", "senateur", "senatrice",
		"maire", "juge", "procureur", "procureure", "general", "colonel", "capitaine", "commissaire",
		"secretaire", "directeur", "directrice", "porte-parole", "avocat", "avocate", "professeur",
		"docteur", "chancelier", "roi", "reine", "prince", "princesse", "pape", "eveque", "abbe",
		"saint", "sainte", "lieutenant", "sergent", "marechal", "amiral", "ambassadeur", "gouverneur",
		"candidat", "candidate", "chef", "patron", "pdg", "fondateur", "entraineur", "joueur", "acteur",
		"actrice", "chanteur", "chanteuse", "ecrivain", "auteur", "journaliste", "photographe", "president-directeur"} {
		cueWords[w] = cueTitle
	}
	for _, w := range []string{"ministere", "departement", "universite", "groupe", "societe", "compagnie",
		"banque", "agence", "office", "institut", "conseil", "commission", "parti", "federation",
		"association", "union", "comite", "tribunal", "cour", "parquet", "assemblee", "senat", "police",
		"gendarmerie", "service", "services", "direction", "entreprise", "club", "syndicat", "fondation",
		"centre", "ecole", "lycee", "college", "journal", "chambre", "etablissement", "organisation",
		"autorite", "haute", "haut", "bureau", "secretariat", "armee", "mouvement", "front", "ligue",
		"bourse", "ambassade", "orchestre", "eglise", "musee", "hopital", "prefecture", "mairie", "equipe",
		"ministeres", "gouvernement", "brigade", "regiment", "tribune", "station", "consulat", "academie"} {
		cueWords[w] = cueOrg
	}
	for _, w := range []string{"ville", "region", "province", "rue", "avenue", "boulevard", "place", "pays",
		"commune", "village", "etat", "capitale", "ile", "fleuve", "riviere", "mont", "lac", "quartier",
		"departement-de", "port", "gare", "aeroport", "ocean", "mer", "golfe", "canton", "arrondissement"} {
		cueWords[w] = cueLoc
	}
	for _, w := range []string{"a", "en", "au", "aux", "vers", "depuis", "dans", "pres", "sur"} {
		cueWords[w] = cuePrep
	}
	for _, w := range []string{"logiciel", "plateforme", "application", "reseau", "programme", "operation",
		"virus", "malware", "rancongiciel", "festival", "film", "livre", "album", "serie", "emission",
		"projet", "mission", "fusee", "satellite", "navire", "sonde", "ouragan", "tempete", "cyclone",
		"navette", "vaisseau", "capsule", "roman", "chanson", "jeu", "console", "smartphone", "modele",
		"marque", "magazine", "quotidien", "hebdomadaire", "titre", "prix", "trophee", "coupe", "tournoi",
		"championnat", "sommet", "conference", "salon", "exposition", "loi", "traite", "accord", "plan",
		"guerre", "bataille", "affaire", "scandale", "version", "systeme", "jeux", "election",
		"elections", "championnats", "olympiques", "mondial", "edition", "concours", "rapport", "etude"} {
		cueWords[w] = cueMisc
	}
	for _, w := range []string{"media", "medias", "group", "groupe", "inc", "inc.", "ltd", "ltd.", "limited", "corp",
		"corp.", "corporation", "sa", "sas", "sarl", "gmbh", "ag", "plc", "llc", "holding", "holdings",
		"bank", "airlines", "airways", "technologies", "technology", "software", "systems", "labs",
		"capital", "partners", "ventures", "pharma", "motors", "energy", "telecom", "electronics",
		"news", "press", "times", "post", "international", "foundation", "institute", "university",
		"company", "co", "co.", "entertainment", "studios", "records", "networks", "communications"} {
		if cueWords[w] == cueNone {
			cueWords[w] = cueCorp
		}
	}
	for _, w := range []string{"selon", "dit", "declare", "explique", "affirme", "indique", "estime", "a-t-il", "a-t-elle"} {
		cueWords[w] = cueVerb
	}
}

// tokInfo holds what the features need of one token.
type tokInfo struct {
	word, lower, shape, pre, suf2, suf3, suf4 uint64
	gazB, gazI                                lexicon.GazClass
	cue                                       uint8
	upper                                     bool // starts with an upper-case letter
	anchor                                    bool // upper case, digit or name head: may start a name
	stop                                      bool // a stop word (Les, Parmi, Avant)
	seenLower                                 bool // the word also occurs in lower case in the document
	prefix                                    bool // the word starts a gazetteer name of several words
	barrier                                   bool // a bracket, comma, semicolon or colon: never inside a name
}

// lexInfo is what the word lists say of one folded word.
type lexInfo struct {
	cue  uint8
	stop bool
	gaz  lexicon.GazClass // for words in lower case: demonyms
}

// lexInfos merges the cue words, stop words and demonyms into one small
// table: words in lower case need no other lookup.
var lexInfos = sync.OnceValue(func() map[string]lexInfo {
	stop := lexicon.Stopwords()
	m := make(map[string]lexInfo, len(stop)+len(cueWords))
	for k, c := range cueWords {
		m[k] = lexInfo{cue: c}
	}
	for k := range stop {
		li := m[k]
		li.stop = true
		m[k] = li
	}
	for k, c := range lexicon.Names().Names {
		if c&lexicon.GazDemonym != 0 {
			li := m[k]
			li.gaz = c
			m[k] = li
		}
	}
	return m
})

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// shapeHash hashes the shape of w: X for upper case, x for lower case, d
// for digits, other characters as they are, runs collapsed, at most 6
// classes.
func shapeHash(w string) uint64 {
	h := uint64(fnvOffset)
	var last rune = -1
	n := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r == '’':
			c = '\''
		}
		if c == last {
			continue
		}
		last = c
		if n++; n > 6 {
			break
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	// Long and short upper-case runs differ: FBI vs France.
	if l := utf8.RuneCountInString(w); l <= 1 {
		h ^= 1
	} else if l >= 5 {
		h ^= 2
	}
	return h
}

// prefixSuffix hashes the first 3 runes and the last 2, 3 and 4 runes of
// key.
func prefixSuffix(key string) (pre, suf2, suf3, suf4 uint64) {
	i, n := 0, 0
	for i < len(key) && n < 3 {
		_, s := utf8.DecodeRuneInString(key[i:])
		i += s
		n++
	}
	pre = hashString(key[:i])
	j, n := len(key), 0
	for j > 0 && n < 4 {
		_, s := utf8.DecodeLastRuneInString(key[:j])
		j -= s
		n++
		if n == 2 {
			suf2 = hashString(key[j:])
		}
		if n == 3 {
			suf3 = hashString(key[j:])
		}
	}
	if n < 3 {
		suf3 = hashString(key[j:])
	}
	suf4 = hashString(key[j:])
	return
}

// infos fills the per-token information of a sentence; keys are the
// folded words (textnorm.Key), lower the folded lower-case words of the
// document.
func infos(words, keys []string, out []tokInfo, lower map[string]bool) []tokInfo {
	out = out[:0]
	lex := lexInfos()
	gaz := lexicon.Names().Names
	for i, w := range words {
		k := keys[i]
		ti := tokInfo{word: hashString(w), lower: hashString(k), shape: shapeHash(w)}
		ti.pre, ti.suf2, ti.suf3, ti.suf4 = prefixSuffix(k)
		li := lex[k]
		ti.cue = li.cue
		r, _ := utf8.DecodeRuneInString(w)
		ti.upper = unicode.IsUpper(r)
		g := li.gaz
		if ti.upper {
			g = gaz[k] // names start with a capital
		}
		ti.gazB = g &^ lexicon.GazPrefix // one-word names; longer ones below
		ti.prefix = g&lexicon.GazPrefix != 0
		if ti.upper {
			ti.stop = li.stop
			ti.seenLower = lower[k]
		}
		ti.barrier = isBarrier(w)
		ti.anchor = ti.upper || unicode.IsDigit(r) || ti.cue == cueOrg || ti.cue == cueLoc || ti.cue == cueMisc || ti.cue == cueCorp
		out = append(out, ti)
	}
	gazetteer(words, keys, out, nil)
	return out
}

// docWords caches, for every distinct token text of a document, its
// folded key and the part of its tokInfo that depends on the text alone,
// so that each distinct word is folded, hashed and looked up once.
type docWords struct {
	ids        map[string]int32 // token text → word id
	kids       map[string]int32 // folded key → key id
	tmpl       []tokInfo        // by word id; seenLower set by finish
	kid        []int32          // by word id: the key id
	keys       []string         // by word id: the folded key
	lowerFirst []bool           // by word id: starts with a lower-case letter
	cases      []uint8          // by key id: caseUpper, caseLower (words only)
}

const (
	caseUpper = 1 // a word of the document with this key starts in upper case
	caseLower = 2 // and one starts in lower case
)

// reset empties w for a new document.
func (w *docWords) reset() {
	if w.ids == nil {
		w.ids = make(map[string]int32)
		w.kids = make(map[string]int32)
	}
	clear(w.ids)
	clear(w.kids)
	w.tmpl, w.kid, w.keys, w.cases, w.lowerFirst = w.tmpl[:0], w.kid[:0], w.keys[:0], w.cases[:0], w.lowerFirst[:0]
}

// add returns the word id of tk, recording its case for seenLower.
func (w *docWords) add(tk token.Token) int32 {
	id, ok := w.ids[tk.Text]
	if !ok {
		id = w.newWord(tk.Text)
	}
	if tk.Kind == token.Word {
		if w.tmpl[id].upper {
			w.cases[w.kid[id]] |= caseUpper
		} else if w.lowerFirst[id] {
			w.cases[w.kid[id]] |= caseLower
		}
	}
	return id
}

// newWord computes the text-only information of a new word, as infos does.
func (w *docWords) newWord(text string) int32 {
	id := int32(len(w.tmpl))
	w.ids[text] = id
	k := textnorm.Key(text)
	kid, ok := w.kids[k]
	if !ok {
		kid = int32(len(w.cases))
		w.kids[k] = kid
		w.cases = append(w.cases, 0)
	}
	ti := tokInfo{word: hashString(text), lower: hashString(k), shape: shapeHash(text)}
	ti.pre, ti.suf2, ti.suf3, ti.suf4 = prefixSuffix(k)
	li := lexInfos()[k]
	ti.cue = li.cue
	r, _ := utf8.DecodeRuneInString(text)
	ti.upper = unicode.IsUpper(r)
	g := li.gaz
	if ti.upper {
		g = lexicon.Names().Names[k]
		ti.stop = li.stop
	}
	ti.gazB = g &^ lexicon.GazPrefix
	ti.prefix = g&lexicon.GazPrefix != 0
	ti.barrier = isBarrier(text)
	ti.anchor = ti.upper || unicode.IsDigit(r) || ti.cue == cueOrg || ti.cue == cueLoc || ti.cue == cueMisc || ti.cue == cueCorp
	w.tmpl = append(w.tmpl, ti)
	w.kid = append(w.kid, kid)
	w.keys = append(w.keys, k)
	w.lowerFirst = append(w.lowerFirst, unicode.IsLower(r))
	return id
}

// finish sets seenLower once every token of the document is added: a
// capitalised word whose key is also a word in lower case (and, as a key
// of the lower map of infos, a capitalised word).
func (w *docWords) finish() {
	for id := range w.tmpl {
		if t := &w.tmpl[id]; t.upper {
			t.seenLower = w.cases[w.kid[id]] == caseUpper|caseLower
		}
	}
}

// infosDoc is infos for a sentence of word ids of w.
func infosDoc(w *docWords, ids []int32, keys []string, words []string, out []tokInfo) []tokInfo {
	out = out[:0]
	for _, id := range ids {
		out = append(out, w.tmpl[id])
	}
	gazetteer(words, keys, out, nil)
	return out
}

// isBarrier reports whether w is a punctuation mark that no name crosses
// or contains: a bracket, a comma, a semicolon or a colon.
func isBarrier(w string) bool {
	if len(w) != 1 {
		return false
	}
	switch w[0] {
	case '(', ')', '[', ']', '{', '}', ',', ';', ':':
		return true
	}
	return false
}

// gazetteer marks the longest gazetteer matches, starting at tokens that
// start with a letter. buf is scratch space, returned for reuse.
func gazetteer(words, keys []string, out []tokInfo, buf []byte) []byte {
	g := lexicon.Names()
	for i := 0; i < len(keys); {
		if !out[i].prefix {
			// At most a one-word name, already set by infos.
			i++
			continue
		}
		r, _ := utf8.DecodeRuneInString(words[i])
		if !unicode.IsLetter(r) {
			i++
			continue
		}
		best, class := 0, lexicon.GazClass(0)
		buf = buf[:0]
		for n := 1; n <= g.MaxWords && i+n <= len(keys); n++ {
			if n > 1 {
				if !g.Prefixes[string(buf)] {
					break
				}
				buf = append(buf, ' ')
			}
			buf = append(buf, keys[i+n-1]...)
			if c, ok := g.Names[string(buf)]; ok {
				best, class = n, c
			}
		}
		if best <= 1 {
			i++
			continue
		}
		out[i].gazB = class &^ lexicon.GazPrefix
		for j := i + 1; j < i+best; j++ {
			out[j].gazI |= class &^ lexicon.GazPrefix
		}
		i += best
	}
	return buf
}

// Feature templates.
const (
	fBias = iota + 1
	fWord
	fLower
	fLowerP1
	fLowerN1
	fLowerP2
	fLowerN2
	fShape
	fShapeP1
	fShapeN1
	fShapeP1Shape
	fShapeShapeN1
	fPre
	fSuf2
	fSuf3
	fGaz
	fGazP1
	fGazN1
	fFirstShape
	fLowerP1Shape
	fCue
	fCueP1
	fCueP2
	fCueN1
	fUpperCtx
	fLowerP1Lower
	fCueN2
	fGazP2
	fLowerShapeN1
	fCase
	fCaseShape
	fSuf4
	fLowerLowerN1
)

func mix(t, v uint64) uint64 {
	h := v ^ (t * 0x9E3779B97F4A7C15)
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	h ^= h >> 32
	return h
}

const maxFeatures = 33

// Groups of the features that depend on one token alone: the scored token
// itself, or one neighbour (one or two before, one or two after). Their
// scores are summed once per distinct word of a document; the other
// features are in pairFeatures. Together they are features.
const (
	gSelf = iota
	gP1
	gP2
	gN1
	gN2
	nGroups
)

// groupOffset is the position of the token of each group relative to the
// scored token.
var groupOffset = [nGroups]int{gSelf: 0, gP1: -1, gP2: -2, gN1: 1, gN2: 2}

// wordFeatures appends the features of group g given by token t, nil when
// the group's position is outside the sentence (g != gSelf), as features
// computes them.
func wordFeatures(g int, t *tokInfo, bits uint, dst []uint32) []uint32 {
	const none = 0x51ed270b27a1f1d5
	off := groupOffset[g]
	lower, shape, cue := none^uint64(off), none^uint64(off), uint64(99)
	if t != nil {
		lower, shape, cue = t.lower, t.shape, uint64(t.cue)
	}
	sh := uint64(64 - bits)
	add := func(tmpl, v uint64) { dst = append(dst, uint32(mix(tmpl, v)>>sh)) }
	switch g {
	case gSelf:
		add(fBias, 0)
		add(fWord, t.word)
		add(fLower, t.lower)
		add(fShape, t.shape)
		add(fPre, t.pre)
		add(fSuf2, t.suf2)
		add(fSuf3, t.suf3)
		add(fSuf4, t.suf4)
		add(fCue, cue)
	case gP1:
		add(fLowerP1, lower)
		add(fShapeP1, shape)
		add(fCueP1, cue)
	case gP2:
		add(fLowerP2, lower)
		add(fCueP2, cue)
	case gN1:
		add(fLowerN1, lower)
		add(fShapeN1, shape)
		add(fCueN1, cue)
	case gN2:
		add(fLowerN2, lower)
		add(fCueN2, cue)
	}
	return dst
}

// caseBits is the value of the fCase feature of t, first when it starts
// the sentence.
func caseBits(t *tokInfo, first bool) uint64 {
	c := uint64(0)
	if first {
		c = 1
	}
	if t.stop {
		c |= 2
	}
	if t.seenLower {
		c |= 4
	}
	if t.upper {
		c |= 8
	}
	return c
}

// upperBits is the value of the fUpperCtx feature of token i.
func upperBits(ts []tokInfo, i int) uint64 {
	up := uint64(0)
	if i > 0 && ts[i-1].upper {
		up |= 1
	}
	if i+1 < len(ts) && ts[i+1].upper {
		up |= 2
	}
	if ts[i].upper {
		up |= 4
	}
	return up
}

// gazTemplates are the gazetteer feature templates, by offset from the
// scored token (see gazValue).
var gazTemplates = [4]struct {
	tmpl uint64
	off  int
}{{fGaz, 0}, {fGazP1, -1}, {fGazN1, 1}, {fGazP2, -2}}

// gazValue is the value of a gazetteer feature for token j: 0xffff
// outside the sentence.
func gazValue(ts []tokInfo, j int) uint64 {
	if j < 0 || j >= len(ts) {
		return 0xffff
	}
	return uint64(ts[j].gazB) | uint64(ts[j].gazI)<<8
}

// pairFeatures appends the features of token i that are not in a group of
// wordFeatures, as features computes them. features stays the plain
// reference that TestSplitFeatures compares this split with.
func pairFeatures(ts []tokInfo, i int, bits uint, dst []uint32) []uint32 {
	const none = 0x51ed270b27a1f1d5
	lower := func(j int) uint64 {
		if j >= 0 && j < len(ts) {
			return ts[j].lower
		}
		return none ^ uint64(j-i)
	}
	shape := func(j int) uint64 {
		if j >= 0 && j < len(ts) {
			return ts[j].shape
		}
		return none ^ uint64(j-i)
	}
	t := &ts[i]
	sh := uint64(64 - bits)
	add := func(tmpl, v uint64) { dst = append(dst, uint32(mix(tmpl, v)>>sh)) }
	add(fShapeP1Shape, shape(i-1)*31^t.shape)
	add(fShapeShapeN1, t.shape*31^shape(i+1))
	for _, g := range gazTemplates {
		add(g.tmpl, gazValue(ts, i+g.off))
	}
	c := caseBits(t, i == 0)
	add(fFirstShape, (c&1)<<60^t.shape)
	add(fLowerP1Shape, lower(i-1)*31^t.shape)
	add(fUpperCtx, upperBits(ts, i))
	add(fLowerP1Lower, lower(i-1)*31^t.lower)
	add(fLowerShapeN1, lower(i+1)*31^t.shape)
	add(fCase, c)
	add(fCaseShape, c<<56^t.shape)
	add(fLowerLowerN1, t.lower*31^lower(i+1))
	return dst
}

// features appends the hashed feature rows of token i to dst.
func features(ts []tokInfo, i int, bits uint, dst []uint32) []uint32 {
	const none = 0x51ed270b27a1f1d5
	at := func(j int) *tokInfo {
		if j < 0 || j >= len(ts) {
			return nil
		}
		return &ts[j]
	}
	lower := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.lower
		}
		return none ^ uint64(j-i)
	}
	shape := func(j int) uint64 {
		if t := at(j); t != nil {
			return t.shape
		}
		return none ^ uint64(j-i)
	}
	gaz := func(j int) uint64 {
		if t := at(j); t != nil {
			return uint64(t.gazB) | uint64(t.gazI)<<8
		}
		return 0xffff
	}
	cue := func(j int) uint64 {
		if t := at(j); t != nil {
			return uint64(t.cue)
		}
		return 99
	}
	t := &ts[i]
	sh := uint64(64 - bits)
	add := func(tmpl, v uint64) { dst = append(dst, uint32(mix(tmpl, v)>>sh)) }
	add(fBias, 0)
	add(fWord, t.word)
	add(fLower, t.lower)
	add(fLowerP1, lower(i-1))
	add(fLowerN1, lower(i+1))
	add(fLowerP2, lower(i-2))
	add(fLowerN2, lower(i+2))
	add(fShape, t.shape)
	add(fShapeP1, shape(i-1))
	add(fShapeN1, shape(i+1))
	add(fShapeP1Shape, shape(i-1)*31^t.shape)
	add(fShapeShapeN1, t.shape*31^shape(i+1))
	add(fPre, t.pre)
	add(fSuf2, t.suf2)
	add(fSuf3, t.suf3)
	add(fSuf4, t.suf4)
	add(fGaz, gaz(i))
	add(fGazP1, gaz(i-1))
	add(fGazN1, gaz(i+1))
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	add(fFirstShape, first<<60^t.shape)
	add(fLowerP1Shape, lower(i-1)*31^t.shape)
	add(fCue, cue(i))
	add(fCueP1, cue(i-1))
	add(fCueP2, cue(i-2))
	add(fCueN1, cue(i+1))
	up := uint64(0)
	if p := at(i - 1); p != nil && p.upper {
		up |= 1
	}
	if n := at(i + 1); n != nil && n.upper {
		up |= 2
	}
	if t.upper {
		up |= 4
	}
	add(fUpperCtx, up)
	add(fLowerP1Lower, lower(i-1)*31^t.lower)
	add(fCueN2, cue(i+2))
	add(fGazP2, gaz(i-2))
	add(fLowerShapeN1, lower(i+1)*31^t.shape)
	c := first
	if t.stop {
		c |= 2
	}
	if t.seenLower {
		c |= 4
	}
	if t.upper {
		c |= 8
	}
	add(fCase, c)
	add(fCaseShape, c<<56^t.shape)
	add(fLowerLowerN1, t.lower*31^lower(i+1))
	return dst
}
