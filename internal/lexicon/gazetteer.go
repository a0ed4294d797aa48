package lexicon

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

//go:generate go run ../gen/gazetteer -data ../../../shared/data/lexicons -cities ../gen/gazetteer/cities.txt -regions ../gen/gazetteer/regions.txt -o data/gazetteer.txt

//go:embed data/gazetteer.txt
var gazetteerData string

// GazClass is a set of gazetteer classes, one bit each.
type GazClass uint8

// The gazetteer classes.
const (
	GazCountry GazClass = 1 << iota // a country or territory: France, États-Unis
	GazRegion                       // a region or département: Bretagne, Afrique
	GazCity                         // a city: Paris, Londres
	GazFirst                        // a first name: Laure, Jean-Pierre
	GazDemonym                      // a demonym: américain, françaises
	GazSigle                        // an acronym of the administration: DGSI

	// GazPrefix is not a class: it marks a word that starts a name of
	// several words (Arabie in "arabie saoudite").
	GazPrefix GazClass = 1 << 7
)

var gazClassNames = map[string]GazClass{
	"country": GazCountry, "region": GazRegion, "city": GazCity,
	"first": GazFirst, "demonym": GazDemonym, "sigle": GazSigle,
}

// Gazetteer is the table of known names used as tagger features. Keys are
// the folded tokens of a name joined by one space ("arabie saoudite").
// It is read-only and safe for concurrent use.
type Gazetteer struct {
	Names    map[string]GazClass
	MaxWords int             // the largest number of tokens in a name
	Prefixes map[string]bool // the keys of the first 1..n-1 tokens of the names
}

// Lookup returns the classes of the folded, space-joined key.
func (g *Gazetteer) Lookup(key string) GazClass { return g.Names[key] }

// Names returns the embedded gazetteer, parsed once on first use.
var Names = sync.OnceValue(func() *Gazetteer {
	g := &Gazetteer{Names: make(map[string]GazClass, strings.Count(gazetteerData, "\n")), Prefixes: map[string]bool{}}
	var b strings.Builder
	for _, line := range Records(gazetteerData) {
		name, class, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if simpleName(name) {
			// One token: no need to run the tokenizer.
			g.Names[textnorm.Key(name)] |= gazClassNames[class]
			g.MaxWords = max(g.MaxWords, 1)
			continue
		}
		b.Reset()
		n := 0
		for t := range token.All(name) {
			if n > 0 {
				if n == 1 {
					g.Names[b.String()] |= GazPrefix
				}
				g.Prefixes[b.String()] = true
				b.WriteByte(' ')
			}
			b.WriteString(textnorm.Key(t.Text))
			n++
		}
		if n == 0 {
			continue
		}
		g.Names[b.String()] |= gazClassNames[class]
		g.MaxWords = max(g.MaxWords, n)
	}
	return g
})

// simpleName reports whether name is made of letters and inner hyphens
// only, which the tokenizer keeps as one word.
func simpleName(name string) bool {
	if name == "" || name[0] == '-' || name[len(name)-1] == '-' {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}
