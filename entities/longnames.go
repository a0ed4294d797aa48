package entities

import (
	"slices"
	"strings"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// institutionHeads are the first words of the organisation names that go
// on in lower case: "Commission nationale de contrôle des techniques de
// renseignement", "Confédération française démocratique du travail".
var institutionHeads = map[string]bool{"commission": true, "autorite": true, "union": true,
	"confederation": true, "federation": true, "comite": true, "agence": true, "syndicat": true,
	"association": true, "institut": true, "observatoire": true, "office": true, "conseil": true,
	"haute": true, "haut": true, "centre": true, "caisse": true, "mouvement": true, "ligue": true,
	"chambre": true, "direction": true, "delegation": true, "secretariat": true, "organisation": true,
	"fondation": true, "conference": true, "societe": true, "collectif": true, "cour": true,
	"inspection": true, "mission": true, "groupement": true, "etablissement": true, "ecole": true,
	"universite": true, "academie": true, "tribunal": true, "ministere": true, "service": true,
	"programme": true, "fonds": true, "banque": true, "regie": true}

// adjectiveEnds are the endings of the lower-case adjectives that may
// continue an institution name.
var adjectiveEnds = []string{"ique", "iques", "al", "ale", "ales", "aux", "aire", "aires", "el",
	"elle", "els", "elles", "if", "ive", "ifs", "ives", "ien", "ienne", "iens", "iennes", "ais",
	"aise", "aises", "ois", "oise", "oises", "ome", "omes", "ain", "aine", "ains", "aines"}

// timeNouns end a name: "l'Union européenne des années 2000".
var timeNouns = map[string]bool{"annee": true, "annees": true, "mois": true, "jour": true,
	"jours": true, "semaine": true, "semaines": true, "an": true, "ans": true, "siecle": true,
	"fois": true, "derniers": true, "dernieres": true, "membres": true, "pays": true,
	"moment": true, "part": true}

func isAdjective(k string) bool {
	for _, s := range adjectiveEnds {
		if len(k) > len(s)+2 && strings.HasSuffix(k, s) {
			return true
		}
	}
	return false
}

// longNames extends the organisations headed by an institution word over
// the lower-case words that complete their name: adjectives, and "de",
// "des", "du", "pour", "sur" followed by a noun, joined by "et"
// ("Commission nationale pour la protection des données"). After "de" or
// "et de" the noun may be a capitalised name tagged on its own, which is
// then absorbed ("ministère de l'Enseignement supérieur et de la
// Recherche").
func longNames(d *token.Doc, ents []Entity) []Entity {
	toks := d.Tokens
	stop := lexicon.Stopwords()
	verbs := lexicon.Verbs()
	drop := 0 // entities absorbed, removed at the end
	for i := range ents {
		e := &ents[i]
		if e.Label != ORG || e.End < 0 {
			continue
		}
		j, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
		if !ok {
			continue
		}
		if a := textnorm.Key(toks[j].Text); a == "la" || a == "le" || a == "l'" {
			j++
		}
		if j >= len(toks) || !institutionHeads[textnorm.Key(toks[j].Text)] {
			continue
		}
		k, ok := slices.BinarySearchFunc(toks, e.End, func(t token.Token, s int) int { return t.End - s })
		if !ok {
			continue
		}
		next := i + 1 // the next entity not absorbed
		limit := func() int {
			if next < len(ents) {
				l, _ := slices.BinarySearchFunc(toks, ents[next].Start, func(t token.Token, s int) int { return t.Start - s })
				return l
			}
			return len(toks)
		}
		lim := limit()
		end := k // last token of the name
		n := k + 1
		for n < len(toks) && n < k+16 {
			if gap := d.Text[toks[n-1].End:toks[n].Start]; gap != " " && gap != "" {
				break
			}
			w := textnorm.Key(toks[n].Text)
			if n < lim && lowerWord(toks[n]) && isAdjective(w) && !stop.Has(w) && verbs[w] == "" {
				end = n
				n++
				continue
			}
			// [et] de|des|du|d'|pour|sur [la|l'|le|les] [grand…] noun
			m := n
			et := w == "et"
			if et && m+1 < len(toks) {
				m++
				w = textnorm.Key(toks[m].Text)
			}
			de := w == "de" || w == "des" || w == "du" || w == "d'"
			if !de && w != "pour" && w != "sur" {
				break
			}
			m++
			if m < len(toks) {
				switch textnorm.Key(toks[m].Text) {
				case "la", "l'":
					m++
				case "le", "les":
					if !de {
						m++
					}
				}
			}
			if m < len(toks) && preAdjectives[textnorm.Key(toks[m].Text)] {
				m++
			}
			if m >= len(toks) {
				break
			}
			if m >= lim && m == lim && de && next < len(ents) && ents[next].Start == toks[m].Start && ents[next].Label != PER && upperWord(toks[m]) {
				// de la Recherche: the name tagged on its own
				me, _ := slices.BinarySearchFunc(toks, ents[next].End, func(t token.Token, s int) int { return t.End - s })
				if me >= len(toks) || toks[me].End != ents[next].End {
					break
				}
				// after et, one word that is not a name of its own (et
				// de la Recherche, not et de la Cour de cassation, et de
				// la Ligue)
				if et && (me != m || institutionHeads[textnorm.Key(toks[m].Text)]) {
					break
				}
				ents[next].End = -1 // absorbed
				drop++
				next++
				lim = limit()
				end = me
				n = me + 1
				continue
			}
			if m >= lim || !lowerWord(toks[m]) {
				break
			}
			w = textnorm.Key(toks[m].Text)
			// (a plural such as données is a noun, not a verb form)
			if stop.Has(w) || verbs[w] != "" && !strings.HasSuffix(w, "s") || timeNouns[w] || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") {
				break
			}
			end = m
			n = m + 1
		}
		if end > k {
			e.End = toks[end].End
			e.Text = d.Text[e.Start:e.End]
		}
	}
	if drop == 0 {
		return ents
	}
	return slices.DeleteFunc(ents, func(e Entity) bool { return e.End < 0 })
}

// preAdjectives are the adjectives that come before the noun inside a
// name: "Société des grands projets".
var preAdjectives = map[string]bool{"grand": true, "grande": true, "grands": true, "grandes": true,
	"petit": true, "petite": true, "petits": true, "petites": true, "haut": true, "haute": true,
	"hautes": true, "hauts": true, "nouveau": true, "nouvelle": true, "nouveaux": true,
	"nouvelles": true, "jeunes": true}

// clubWords make a sports club of a place name: "Biarritz Olympique".
var clubWords = map[string]bool{"olympique": true, "fc": true, "ac": true, "as": true, "sc": true,
	"rc": true, "racing": true, "sporting": true, "athletic": true, "club": true, "united": true,
	"basket": true, "handball": true, "rugby": true, "football": true, "volley": true, "hockey": true,
	"asvel": true, "us": true, "stade": false}

// clubs labels ORG the places named with a club word.
func clubs(ents []Entity) {
	for i := range ents {
		e := &ents[i]
		if e.Label != LOC || strings.IndexByte(e.Text, ' ') < 0 {
			continue
		}
		for _, w := range strings.Fields(e.Text) {
			if clubWords[textnorm.Key(w)] {
				e.Label = ORG
				break
			}
		}
	}
}

// productHeads are the common nouns that name the product, work or event
// right after them: "le logiciel Signal", "le festival Solidays".
var productHeads = map[string]bool{"logiciel": true, "logiciels": true, "application": true,
	"applications": true, "appli": true, "console": true, "smartphone": true, "smartphones": true,
	"festival": true, "salon": true, "jeu": true, "film": true, "album": true, "roman": true,
	"serie": true, "emission": true, "navigateur": true, "virus": true, "malware": true,
	"rancongiciel": true, "ouragan": true, "tempete": true, "cyclone": true, "typhon": true,
	"tablette": true, "messagerie": true, "documentaire": true, "spectacle": true}

// products labels MISC the names right after a product head in lower case.
func products(d *token.Doc, ents []Entity) {
	toks := d.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Label == MISC {
			continue
		}
		j, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
		if !ok || j == 0 {
			continue
		}
		p := toks[j-1]
		if !lowerWord(p) || d.Text[p.End:e.Start] != " " || !productHeads[textnorm.Key(p.Text)] {
			continue
		}
		e.Label = MISC
	}
}

// matchVerbs before or after a place make it the club of that place:
// "a battu Reims", "Reims s'est imposé".
var matchBefore = map[string]bool{"battu": true, "battue": true, "battre": true, "bat": true,
	"affronte": true, "affronter": true, "affrontera": true, "recoit": true, "recevra": true,
	"elimine": true, "eliminer": true, "domine": true, "dominer": true}

var matchAfter = map[string]bool{"s'est": true, "bat": true, "a": true, "l'emporte": true, "l'a": true,
	"recoit": true, "recevra": true, "affronte": true, "affrontera": true}

var matchAfter2 = map[string]bool{"impose": true, "imposee": true, "battu": true, "emporte": true,
	"domine": true, "elimine": true}

// matches labels ORG the places that play a match.
func matches(d *token.Doc, ents []Entity) {
	toks := d.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Label != LOC || strings.IndexByte(e.Text, ' ') >= 0 {
			continue
		}
		j, ok := slices.BinarySearchFunc(toks, e.Start, func(t token.Token, s int) int { return t.Start - s })
		if !ok {
			continue
		}
		club := false
		if j > 0 && matchBefore[textnorm.Key(toks[j-1].Text)] {
			club = true
		}
		if j > 1 && textnorm.Key(toks[j-2].Text) == "face" && (textnorm.Key(toks[j-1].Text) == "a" || textnorm.Key(toks[j-1].Text) == "au") {
			club = true
		}
		if j+2 < len(toks) && toks[j+1].Start == e.End+1 {
			w, w2 := textnorm.Key(toks[j+1].Text), textnorm.Key(toks[j+2].Text)
			if w == "s'" || w == "l'" {
				if j+3 < len(toks) {
					w, w2 = w+w2, textnorm.Key(toks[j+3].Text)
				}
			}
			if matchAfter[w] && matchAfter2[w2] || w == "bat" || w == "l'emporte" {
				club = true
			}
		}
		if club {
			e.Label = ORG
		}
	}
}
