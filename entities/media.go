package entities

import (
	"strings"

	"github.com/depeche-nlp/depeche/token"
)

// mediaNames are names of news media, matched in the text as written
// (apostrophes ’ and ' alike): the article is part of the name ("Le
// Monde", "L'Équipe"), and the case tells the name from the words ("la
// croix", "l'équipe"). Hand-made for this package.
var mediaNames = []string{
	"Le Monde", "Le Monde diplomatique", "Le Figaro", "Le Parisien", "Aujourd'hui en France",
	"Les Échos", "Les Echos", "Le Point", "L'Obs", "Le Nouvel Observateur", "L'Express", "Mediapart",
	"Le Canard enchaîné", "Le Journal du dimanche", "Le Journal du Dimanche", "Le JDD", "Paris Match",
	"L'Humanité", "La Croix", "Ouest-France", "Sud Ouest", "Sud-Ouest", "Nice-Matin", "Nice Matin",
	"Corse-Matin", "Corse Matin", "Var-Matin", "La Provence", "Le Télégramme", "La Voix du Nord",
	"Le Progrès", "Le Dauphiné libéré", "Le Dauphiné Libéré", "Le Républicain lorrain",
	"L'Est républicain", "Les Dernières Nouvelles d'Alsace", "La Dépêche du Midi", "La Dépêche",
	"Midi libre", "Midi Libre", "L'Équipe", "France Football", "20 Minutes", "Télérama",
	"Les Inrockuptibles", "Courrier international", "La Tribune", "La Tribune de Genève", "Le Temps",
	"Le Soir", "La Libre Belgique", "Le Devoir", "La Presse", "Radio-Canada", "France Inter",
	"France Info", "Franceinfo", "France Culture", "France Bleu", "Radio France", "RFI", "France 24",
	"France Télévisions", "France 2", "France 3", "France 5", "TF1", "LCI", "BFMTV", "BFM TV",
	"BFM Business", "CNews", "M6", "Arte", "Canal+", "RTL", "Europe 1", "RMC", "The New York Times",
	"New York Times", "The Washington Post", "Washington Post", "The Guardian", "The Times",
	"Financial Times", "The Wall Street Journal", "Wall Street Journal", "The Economist",
	"Der Spiegel", "Die Zeit", "El País", "El Mundo", "La Repubblica", "Corriere della Sera",
	"BBC", "CNN", "Al-Jazira", "Al Jazeera", "Bloomberg", "Associated Press", "Politico",
	"Le HuffPost", "HuffPost", "Le Huffington Post", "Valeurs actuelles", "Libération",
	"Challenges", "Les Numériques", "Numerama", "Le Journal de Montréal", "La Voix du Nord",
}

// media is the set of mediaNames (apostrophes as '), mediaPrefixes the set
// of their byte prefixes (the names included), and maxMediaTokens the
// longest name in tokens.
var media, mediaPrefixes, maxMediaTokens = func() (map[string]bool, map[string]bool, int) {
	m := make(map[string]bool, len(mediaNames))
	p := make(map[string]bool, 16*len(mediaNames))
	n := 0
	for _, name := range mediaNames {
		m[name] = true
		for i := 1; i <= len(name); i++ {
			p[name[:i]] = true
		}
		c := 0
		for range token.All(name) {
			c++
		}
		n = max(n, c)
	}
	return m, p, n
}()

// matchMedia tags the media names of d as ORG. A match replaces the
// entities it covers and yields to the ones it would cut. "Libération"
// after "la" is the event, not the newspaper.
func matchMedia(d *token.Doc, ents []Entity) []Entity {
	toks := d.Tokens
	var found []Entity
	var buf []byte
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != token.Elision && t.Kind != token.Number && !upperWord(t) {
			continue
		}
		best := -1
		for j := i; j < len(toks) && j < i+maxMediaTokens; j++ {
			if j > i && toks[j].Start-toks[j-1].End > 1 {
				break
			}
			s := d.Text[t.Start:toks[j].End]
			if strings.Contains(s, "’") {
				buf = append(buf[:0], s...)
				s = strings.ReplaceAll(string(buf), "’", "'")
			}
			if !mediaPrefixes[s] {
				// No name starts with s, nor with a longer s.
				break
			}
			if media[s] {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		if t.Text == "Libération" && i > 0 && (toks[i-1].Text == "la" || toks[i-1].Text == "La") {
			continue
		}
		found = append(found, Entity{Text: d.Text[t.Start:toks[best].End], Start: t.Start, End: toks[best].End, Label: ORG})
		i = best
	}
	return mergeMatches(ents, found)
}
