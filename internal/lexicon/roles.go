package lexicon

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/internal/textnorm"
)

//go:generate go run ../gen/quoteroles -data ../../../shared/data/lexicons -o data

//go:embed data/roles.txt
var rolesTxt string

//go:embed data/roles_firstnames.txt
var firstNamesTxt string

// Role describes a noun that names a speaker: procureure, ministre,
// syndicat.
type Role struct {
	Gender byte // 'M', 'F' or 'E' (epicene: the determiner decides)
	Plural bool // ministres, autorités
	Org    bool // an organisation or collective head: syndicat, parquet
}

// Roles returns the role nouns by folded form (see [textnorm.Key]).
var Roles = sync.OnceValue(func() map[string]Role {
	recs := Records(rolesTxt)
	m := make(map[string]Role, len(recs))
	for _, r := range recs {
		f := Fields(r)
		if len(f) != 4 || f[1] == "" {
			continue
		}
		m[textnorm.Key(f[0])] = Role{Gender: f[1][0], Plural: f[2] == "P", Org: f[3] == "org"}
	}
	return m
})

// FirstNames returns the gender ('F' or 'M') of French first names by
// folded form, from the INSEE « Fichier des prénoms » (names given to one
// sex at least 95 % of the time).
var FirstNames = sync.OnceValue(func() map[string]byte {
	recs := Records(firstNamesTxt)
	m := make(map[string]byte, len(recs))
	for _, r := range recs {
		name, g, ok := strings.Cut(r, "\t")
		if !ok || g == "" {
			continue
		}
		m[textnorm.Key(name)] = g[0]
	}
	return m
})
