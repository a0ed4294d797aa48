package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// consistency makes the labels of a document agree: every mention of a
// name gets the label most of its mentions got, and capitalised mentions
// the model missed are tagged when the same name was tagged elsewhere in
// the document (so is the surname alone of a person named in full).
func consistency(d *token.Doc, ents []Entity) []Entity {
	if len(ents) == 0 {
		return ents
	}
	ents = partyPerson(d, ents)
	ents = particles(d, ents)
	ents = prosecutor(d, ents)
	ents = trimPER(d, ents)
	ents = unsupportedPER(d, ents)
	ents = commonAcronyms(ents)
	companies(ents)
	places(d, ents)
	clubs(ents)
	ents = longNames(d, ents)
	products(d, ents)
	matches(d, ents)
	ents = timeTail(d, ents)
	ents = openEnd(d, ents)
	ents = propagate(d, ents)
	lists(d, ents)
	articles(d, ents)
	return ents
}

// surnames labels PER the one-word names that are the surname of a person
// named in full in the document with a known first name (Montebourg after
// Arnaud Montebourg), unless the word is a known place.
func surnames(ents []Entity) {
	g := lexicon.Names()
	var sur map[string]bool
	for _, e := range ents {
		if e.Label != PER {
			continue
		}
		i := strings.IndexByte(e.Text, ' ')
		j := strings.LastIndexByte(e.Text, ' ')
		if i <= 0 || !firstLike(g, e.Text[:i], i == j) || utf8.RuneCountInString(e.Text[j+1:]) < 3 {
			continue
		}
		if sur == nil {
			sur = map[string]bool{}
		}
		sur[e.Text[j+1:]] = true
	}
	for k := range ents {
		e := &ents[k]
		if e.Label == PER || !sur[e.Text] || g.Lookup(textnorm.Key(e.Text))&(lexicon.GazCountry|lexicon.GazRegion|lexicon.GazCity) != 0 {
			continue
		}
		e.Label = PER
	}
}

// firstLike reports whether w opens a person name as a first name: a
// known one, or, in a name of two words, a capitalised word that is no
// place (Barack Obama, Hu Jintao).
func firstLike(g *lexicon.Gazetteer, w string, two bool) bool {
	c := g.Lookup(textnorm.Key(w))
	if c&lexicon.GazFirst != 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return two && unicode.IsUpper(r) && c == 0 && utf8.RuneCountInString(w) >= 2
}

// propagate makes the labels of a document agree and tags the mentions
// the model missed (see consistency).
func propagate(d *token.Doc, ents []Entity) []Entity {
	if len(ents) == 0 {
		return ents
	}
	votes := make(map[string]*[4]int, len(ents))
	keys := make([]string, len(ents))
	for i, e := range ents {
		k := textnorm.Key(e.Text)
		keys[i] = k
		v := votes[k]
		if v == nil {
			v = new([4]int)
			votes[k] = v
		}
		v[e.Label]++
	}
	known := make(map[string]Label, len(ents))
	for i := range ents {
		e := &ents[i]
		v := votes[keys[i]]
		for l, n := range v {
			if n > v[e.Label] {
				e.Label = Label(l)
			}
		}
		r, _ := utf8.DecodeRuneInString(e.Text)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(e.Text) < 2 {
			continue
		}
		known[e.Text] = e.Label
		if e.Label == PER {
			// The surname: the last word of a multi-word name.
			if i := strings.LastIndexByte(e.Text, ' '); i > 0 && utf8.RuneCountInString(e.Text[i+1:]) > 2 {
				if _, ok := known[e.Text[i+1:]]; !ok {
					known[e.Text[i+1:]] = PER
				}
			}
		}
	}
	surnames(ents)
	extendLeft(d, ents, known)
	// Tag the capitalised token runs that match a known name and are not
	// inside an entity. firsts holds the first words of the known names.
	firsts := make(map[string]bool, len(known))
	for name := range known {
		if i := strings.IndexAny(name, " -'’"); i > 0 {
			firsts[name[:i]] = true
		}
		firsts[name] = true
	}
	toks := d.Tokens
	var added []Entity
	k := 0 // next entity not ending before the token
	for i := 0; i < len(toks); i++ {
		for k < len(ents) && ents[k].End <= toks[i].Start {
			k++
		}
		if k < len(ents) && ents[k].Start < toks[i].End {
			continue
		}
		r, _ := utf8.DecodeRuneInString(toks[i].Text)
		if !unicode.IsUpper(r) {
			continue
		}
		if !firsts[toks[i].Text] {
			continue
		}
		best := -1
		var bl Label
		for j := i; j < len(toks) && j < i+5; j++ {
			if k < len(ents) && toks[j].End > ents[k].Start {
				break
			}
			if l, ok := known[d.Text[toks[i].Start:toks[j].End]]; ok {
				best, bl = j, l
			}
		}
		if best < 0 {
			continue
		}
		// A match must end on a token boundary: "Paris" in "Paris-Saclay"
		// is a different word, which the tokenizer keeps whole anyway.
		s, e := toks[i].Start, toks[best].End
		added = append(added, Entity{Text: d.Text[s:e], Start: s, End: e, Label: bl})
		i = best
	}
	if len(added) == 0 {
		return ents
	}
	return mergeByStart(ents, added)
}

// byStart orders entities by start offset.
func byStart(a, b Entity) int { return a.Start - b.Start }

// increasing reports whether the starts of ents strictly increase.
func increasing(ents []Entity) bool {
	for i := 1; i < len(ents); i++ {
		if ents[i].Start <= ents[i-1].Start {
			return false
		}
	}
	return true
}

// sortByStart sorts ents by start. Entities whose starts already strictly
// increase (the usual case) have one sorted order, which they are in.
func sortByStart(ents []Entity) {
	if !increasing(ents) {
		slices.SortFunc(ents, byStart)
	}
}

// mergeByStart returns a and b sorted by start, as sorting their
// concatenation does: with distinct starts in increasing order in each
// (the usual case) the sorted order is unique and a merge finds it.
func mergeByStart(a, b []Entity) []Entity {
	if increasing(a) && increasing(b) {
		out := make([]Entity, 0, len(a)+len(b))
		i, j := 0, 0
		for i < len(a) && j < len(b) && a[i].Start != b[j].Start {
			if a[i].Start < b[j].Start {
				out = append(out, a[i])
				i++
			} else {
				out = append(out, b[j])
				j++
			}
		}
		if i == len(a) || j == len(b) {
			out = append(out, a[i:]...)
			return append(out, b[j:]...)
		}
	}
	out := append(a, b...)
	slices.SortFunc(out, byStart)
	return out
}

// unsupportedPER drops the one-word persons with no support in the
// document: not a known first name, no title before, and not a word of a
// longer person name, and right after a lower-case word. Capitalised common and product names ("site Web")
// are the usual source of such mistakes.
func unsupportedPER(d *token.Doc, ents []Entity) []Entity {
	words := map[string]bool{}
	for _, e := range ents {
		if e.Label == PER && strings.IndexByte(e.Text, ' ') > 0 {
			for w := range strings.FieldsSeq(e.Text) {
				words[w] = true
			}
		}
	}
	g := lexicon.Names()
	out := ents[:0]
	ti := 0
	for _, e := range ents {
		if e.Label != PER || strings.IndexByte(e.Text, ' ') >= 0 || words[e.Text] ||
			g.Lookup(textnorm.Key(e.Text))&lexicon.GazFirst != 0 {
			out = append(out, e)
			continue
		}
		for ti < len(d.Tokens) && d.Tokens[ti].Start < e.Start {
			ti++
		}
		if ti == 0 || cueWords[textnorm.Key(d.Tokens[ti-1].Text)] == cueTitle || !lowerWord(d.Tokens[ti-1]) {
			out = append(out, e)
		}
	}
	return out
}

// lowerWord reports whether t is a word starting with a lower-case letter.
func lowerWord(t token.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Kind == token.Word && unicode.IsLower(r)
}

var legalForms = map[string]bool{"ltd": true, "ltd.": true, "inc": true, "inc.": true, "sa": true,
	"sas": true, "sarl": true, "gmbh": true, "ag": true, "plc": true, "llc": true, "corp": true,
	"corp.": true, "limited": true, "nv": true, "bv": true, "spa": true}

// companies labels ORG the names ending with a company word ("Fusion Media
// Ltd", "Samsung Electronics") and the shorter mentions they start with
// ("Fusion Media").
func companies(ents []Entity) {
	prefixes := map[string]bool{}
	for i := range ents {
		e := &ents[i]
		// A legal form ends the name: "Fusion Media Ltd" in "Fusion Media
		// Ltd Tous droits réservés".
		for j := strings.IndexByte(e.Text, ' '); j > 0; j = nextSpace(e.Text, j) {
			w := e.Text[j+1:]
			if k := strings.IndexByte(w, ' '); k > 0 && legalForms[textnorm.Key(w[:k])] {
				e.End = e.Start + j + 1 + k
				e.Text = e.Text[:j+1+k]
				break
			}
		}
		j := strings.LastIndexByte(e.Text, ' ')
		if j < 0 || cueWords[textnorm.Key(e.Text[j+1:])] != cueCorp {
			continue
		}
		e.Label = ORG
		for ; j > 0; j = strings.LastIndexByte(e.Text[:j], ' ') {
			prefixes[e.Text[:j]] = true
		}
	}
	if len(prefixes) == 0 {
		return
	}
	for i := range ents {
		if prefixes[ents[i].Text] {
			ents[i].Label = ORG
		}
	}
}

var particleWords = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true,
	"du": true, "di": true, "da": true, "del": true, "della": true, "dos": true, "das": true,
	"ben": true, "bin": true, "al": true, "el": true, "ter": true, "zu": true, "y": true}

var frenchParticle = map[string]bool{"de": true, "du": true, "y": true, "el": true, "al": true}

// partyPerson splits a name that starts with an acronym followed by a
// first name: the party or body, then the person ("la députée LR Claire
// Moreau" → ORG "LR", PER "Claire Moreau").
func partyPerson(d *token.Doc, ents []Entity) []Entity {
	g := lexicon.Names()
	toks := d.Tokens
	var out []Entity
	for k, e := range ents {
		i, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
		if !ok || i+1 >= len(toks) || toks[i+1].End > e.End {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		a, f := toks[i], toks[i+1]
		if len(a.Text) < 2 || len(a.Text) > 6 || !isCaps(a.Text) || a.Kind != token.Word || !upperWord(f) || isCaps(f.Text) ||
			g.Lookup(textnorm.Key(f.Text))&lexicon.GazFirst == 0 || g.Lookup(textnorm.Key(a.Text))&lexicon.GazFirst != 0 {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		// a first name and a surname, or a first name and particles (not
		// JP Morgan, RATP Dev)
		if !(i+2 < len(toks) && toks[i+2].End <= e.End && upperWord(toks[i+2]) || i+2 < len(toks) && toks[i+1].End == e.End && particleWords[toks[i+2].Text]) {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		if out == nil {
			out = append(make([]Entity, 0, len(ents)+1), ents[:k]...)
		}
		out = append(out,
			Entity{Text: a.Text, Start: a.Start, End: a.End, Label: ORG},
			Entity{Text: d.Text[f.Start:e.End], Start: f.Start, End: e.End, Label: PER})
	}
	if out == nil {
		return ents
	}
	return out
}

// openWords never end a name.
var openWords = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "la": true,
	"le": true, "les": true, "l'": true, "et": true, "a": true, "au": true, "aux": true,
	"en": true, "sur": true, "pour": true}

// openEnd completes a name that ends on a preposition with the noun after
// it ("Cité de" + "la musique"), or takes the preposition off when no noun
// follows.
func openEnd(d *token.Doc, ents []Entity) []Entity {
	toks := d.Tokens
	stop := lexicon.Stopwords()
	out := ents[:0]
	for k, e := range ents {
		sp := strings.LastIndexByte(e.Text, ' ')
		if sp < 0 || !openWords[textnorm.Key(e.Text[sp+1:])] {
			out = append(out, e)
			continue
		}
		// the noun after: [la|l'|le|les] word, before the next name
		j, ok := slices.BinarySearchFunc(toks, e.End, func(t token.Token, s int) int { return t.End - s })
		if ok {
			n := j + 1
			if n < len(toks) {
				switch textnorm.Key(toks[n].Text) {
				case "la", "l'", "le", "les":
					n++
				}
			}
			free := k+1 >= len(ents) || n < len(toks) && ents[k+1].Start >= toks[n].End
			if n < len(toks) && free && toks[n].Kind == token.Word && toks[n].Start-toks[n-1].End <= 1 && !stop.Has(textnorm.Key(toks[n].Text)) {
				e.End = toks[n].End
				e.Text = d.Text[e.Start:e.End]
				out = append(out, e)
				continue
			}
		}
		for sp >= 0 && openWords[textnorm.Key(e.Text[sp+1:])] {
			e.End = e.Start + len(strings.TrimRight(e.Text[:sp], " "))
			e.Text = d.Text[e.Start:e.End]
			sp = strings.LastIndexByte(e.Text, ' ')
		}
		out = append(out, e)
	}
	return out
}

// timeWords end a name wrongly run into a date: le Conseil européen de fin
// juin.
var timeWords = map[string]bool{"fin": true, "debut": true, "mi": true, "milieu": true}

// timeTail takes "de fin", "de début" off the end of a name.
func timeTail(d *token.Doc, ents []Entity) []Entity {
	for k := range ents {
		e := &ents[k]
		sp := strings.LastIndexByte(e.Text, ' ')
		if sp < 0 || !timeWords[textnorm.Key(e.Text[sp+1:])] {
			continue
		}
		rest := strings.TrimRight(e.Text[:sp], " ")
		sp2 := strings.LastIndexByte(rest, ' ')
		if sp2 < 0 || (rest[sp2+1:] != "de" && rest[sp2+1:] != "du") {
			continue
		}
		e.End = e.Start + len(strings.TrimRight(rest[:sp2], " "))
		e.Text = d.Text[e.Start:e.End]
	}
	return ents
}

// particles extends a person name over lower-case particles and the
// capitalised words after them: "Ursula" + "von der Leyen".
func particles(d *token.Doc, ents []Entity) []Entity {
	toks := d.Tokens
	ti := 0
	out := ents[:0]
	for k := 0; k < len(ents); k++ {
		e := ents[k]
		if e.Label == PER {
			for ti < len(toks) && toks[ti].End <= e.End {
				ti++
			}
			j := ti
			foreign := false // von, van, ben: no French preposition
			// a first name alone takes the one word after its particles
			// whatever its label, and de la: Laure de la Raudière
			lone := ti > 0 && toks[ti-1].Start == e.Start && lexicon.Names().Lookup(textnorm.Key(e.Text))&lexicon.GazFirst != 0
			for j < len(toks) && (particleWords[toks[j].Text] || lone && j > ti && toks[j].Text == "la" && toks[j-1].Text == "de") && toks[j].Start-toks[j-1].End == 1 {
				foreign = foreign || !frenchParticle[toks[j].Text] && toks[j].Text != "la"
				j++
			}
			if j > ti && j < len(toks) && toks[j].Start-toks[j-1].End == 1 && upperWord(toks[j]) {
				next := k + 1
				free := next >= len(ents) || ents[next].Start >= toks[j].End
				samePER := next < len(ents) && ents[next].Start == toks[j].Start &&
					(ents[next].Label == PER || (foreign || lone) && ents[next].End == toks[j].End)
				if free || samePER {
					end := toks[j].End
					if samePER {
						end = ents[next].End
						k++
					}
					e.End = end
					e.Text = d.Text[e.Start:end]
				}
			}
		}
		out = append(out, e)
	}
	return out
}

// extendLeft widens an entity to the left when the capitalised words
// before it and its first words form a name tagged elsewhere in the
// document: "Media Ltd" after "Fusion" when "Fusion Media" is known.
func extendLeft(d *token.Doc, ents []Entity, known map[string]Label) {
	toks := d.Tokens
	for k := range ents {
		e := &ents[k]
		i, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
		if !ok {
			continue
		}
		limit := 0
		if k > 0 {
			limit = ents[k-1].End
		}
		for j := i - 1; j >= 0 && j >= i-2 && toks[j].Start >= limit; j-- {
			if !upperWord(toks[j]) {
				break
			}
			for m := i; m < len(toks) && toks[m].End <= e.End; m++ {
				if _, ok := known[d.Text[toks[j].Start:toks[m].End]]; ok {
					e.Start = toks[j].Start
					e.Text = d.Text[e.Start:e.End]
					break
				}
			}
		}
	}
}

// upperWord reports whether t is a word starting with an upper-case letter.
func upperWord(t token.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Kind == token.Word && unicode.IsUpper(r)
}

// prosecutor handles the title "procureur de la République (de Paris)":
// République there is part of the title, not a name; the place after it
// is a LOC.
func prosecutor(d *token.Doc, ents []Entity) []Entity {
	toks := d.Tokens
	out := ents[:0]
	for _, e := range ents {
		if !strings.HasPrefix(e.Text, "République") {
			out = append(out, e)
			continue
		}
		i, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
		if !ok || i < 3 || textnorm.Key(toks[i-1].Text) != "la" || textnorm.Key(toks[i-2].Text) != "de" ||
			!strings.HasPrefix(textnorm.Key(toks[i-3].Text), "procureur") {
			out = append(out, e)
			continue
		}
		// Keep what follows "République de", if anything.
		j := i + 1
		if j < len(toks) && toks[j].End <= e.End && (toks[j].Text == "de" || toks[j].Text == "d'" || toks[j].Text == "d’") {
			j++
		}
		if j < len(toks) && toks[j].End <= e.End && j > i+1 {
			out = append(out, Entity{Text: d.Text[toks[j].Start:e.End], Start: toks[j].Start, End: e.End, Label: LOC})
		}
	}
	return out
}

// trimPER takes the lower-case words off the end of a person name, and of
// any name of two capitalised words or more followed by lower-case words
// only: "Olivier Létang devrait" is "Olivier Létang" (a person when it
// starts with a first name). Names such as "Assemblée nationale" or "Union
// nationale des syndicats" have one capitalised word, or a connector.
func trimPER(d *token.Doc, ents []Entity) []Entity {
	toks := d.Tokens
	g := lexicon.Names()
	out := ents[:0]
	for _, e := range ents {
		if e.Label == PER || e.Label != MISC && strings.IndexByte(e.Text, ' ') > 0 {
			i, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
			if ok {
				j := i
				for j < len(toks) && toks[j].End <= e.End {
					j++
				}
				end := j
				for end > i+1 && lowerWord(toks[end-1]) {
					end--
				}
				caps := 0
				for _, t := range toks[i:end] {
					if upperWord(t) {
						caps++
					}
				}
				if end < j && (e.Label == PER || caps == end-i && caps >= 2) {
					e.End = toks[end-1].End
					e.Text = d.Text[e.Start:e.End]
					if g.Lookup(textnorm.Key(toks[i].Text))&lexicon.GazFirst != 0 {
						e.Label = PER
					}
				}
			}
		}
		out = append(out, e)
	}
	return out
}

// nonNames are upper-case acronyms of common nouns (produit intérieur
// brut, fournisseur d'accès à Internet), which are not names, the
// common nouns French writes with a capital (le Web, sur Internet) and the
// caption and credit words of news pages (Illustration, Photo).
var nonNames = map[string]bool{"PIB": true, "FAI": true, "IP": true, "NDLR": true, "TVA": true,
	"PME": true, "TPE": true, "ETI": true, "SMS": true, "ADN": true, "ARN": true, "VIH": true,
	"IVG": true, "CDI": true, "CDD": true, "HLM": true, "OGM": true, "PDG": true, "DG": true,
	"DRH": true, "QG": true, "USB": true, "PDF": true, "GPS": true, "UX": true, "CX": true,
	"UI": true, "IA": true, "PC": true, "TV": true, "CV": true, "VTC": true, "SDF": true,
	"ONG": true, "PMA": true, "GPA": true, "IRM": true, "RTT": true, "SMIC": true, "HT": true,
	"TTC": true, "PS4": false, "CEO": true, "CFO": true, "CTO": true, "VIP": true, "OK": true,
	"KO": true, "QI": true, "BTP": true, "RH": true, "PV": true, "AVC": true, "SIDA": true,
	"Web": true, "Internet": true, "Illustration": true, "Photo": true, "Photos": true, "Image": true,
	"Images": true, "Vidéo": true, "Infographie": true, "Crédit": true, "Crédits": true}

// commonAcronyms drops the entities that are only an acronym of a common
// noun (PIB, FAI) or a Roman numeral (III), and the words of a heading in
// capitals that open with an indefinite article (UN INDIVIDU ISOLÉ), which
// no name does.
func commonAcronyms(ents []Entity) []Entity {
	out := ents[:0]
	for _, e := range ents {
		if nonNames[e.Text] || romanNumeral(e.Text) {
			continue
		}
		if sp := strings.IndexByte(e.Text, ' '); sp > 0 && isCaps(e.Text) {
			switch e.Text[:sp] {
			case "UN", "UNE", "DES", "DU", "DE":
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// romanNumeral reports whether s is a Roman numeral of two letters or
// more (II, XIV), which is never a name alone.
func romanNumeral(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// placePreps open a place: à, en, au, aux, folded.
var placePreps = map[string]bool{"a": true, "en": true, "au": true, "aux": true}

// places relabels LOC the persons and other names that are known places
// (countries, regions, cities of the gazetteer): "Las Vegas", "Floride".
// A place name that is also a first name (Orlando) becomes LOC only after
// a place preposition (à, en, au); so does a one-word organisation (à
// Montréal), as clubs are named after their city.
func places(d *token.Doc, ents []Entity) {
	g := lexicon.Names()
	toks := d.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Label != PER && e.Label != MISC && e.Label != ORG {
			continue
		}
		k, n := key(e.Text)
		if n > g.MaxWords {
			continue
		}
		c := g.Lookup(k)
		if c&(lexicon.GazCountry|lexicon.GazRegion|lexicon.GazCity) == 0 {
			continue
		}
		if e.Label == ORG {
			// à Montréal et à Québec: a city after à, en, au is the place
			// (clubs named after their city have no preposition)
			j, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
			if !ok || j == 0 || !placePreps[textnorm.Key(toks[j-1].Text)] || n > 1 {
				continue
			}
		} else if c&lexicon.GazFirst != 0 || e.Label == PER && n == 1 {
			j, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
			if !ok || j == 0 || cueWords[textnorm.Key(toks[j-1].Text)] != cuePrep {
				continue
			}
		}
		e.Label = LOC
	}
}

// articles puts a capitalised article inside the organisation or other
// name it starts in the middle of a sentence: "L'Express", "Le Monde"
// after "dans".
func articles(d *token.Doc, ents []Entity) {
	toks := d.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Label != ORG && e.Label != MISC {
			continue
		}
		j, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
		if !ok || j < 2 {
			continue
		}
		a := toks[j-1]
		switch a.Text {
		case "Le", "La", "Les", "L'", "L’":
		default:
			continue
		}
		if gap := d.Text[a.End:e.Start]; gap != "" && gap != " " {
			continue
		}
		// Mid-sentence: the token before the article is a word in lower
		// case or a preposition, on the same line.
		p := toks[j-2]
		if !lowerWord(p) && p.Kind != token.Elision || strings.ContainsAny(d.Text[p.End:a.Start], "\n\r") {
			continue
		}
		if i > 0 && ents[i-1].End > a.Start {
			continue
		}
		e.Start = a.Start
		e.Text = d.Text[e.Start:e.End]
	}
}

// lists gives the items of an enumeration of names one label: in a run of
// three or more entities separated only by commas, semicolons, et or ou
// on one line ("Savenay, Nantes, Questembert et Auray"), items take the
// label most of the run has, when at least two thirds of it have it.
func lists(d *token.Doc, ents []Entity) {
	for i := 0; i < len(ents); {
		j := i + 1
		for j < len(ents) && listGap(d.Text[ents[j-1].End:ents[j].Start]) {
			j++
		}
		if j-i >= 3 {
			var n [4]int
			for _, e := range ents[i:j] {
				n[e.Label]++
			}
			best := PER
			for l := range Label(4) {
				if n[l] > n[best] {
					best = l
				}
			}
			if 3*n[best] >= 2*(j-i) {
				for k := i; k < j; k++ {
					ents[k].Label = best
				}
			}
		}
		i = j
	}
}

// listGap reports whether the text between two entities separates the
// items of an enumeration.
func listGap(s string) bool {
	switch strings.TrimSpace(s) {
	case ",", ";", "et", ", et", "ou", ", ou":
		return !strings.ContainsAny(s, "\n\r")
	}
	return false
}
