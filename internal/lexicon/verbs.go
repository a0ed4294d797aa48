package lexicon

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/internal/textnorm"
)

//go:generate go run ../gen/verbs -data ../../../shared/data/lexicons -o data/verbs.txt

//go:embed data/verbs.txt
var verbsTxt string

// Verbs returns the French reporting verbs: each inflected form, folded
// (see [textnorm.Key]), mapped to its lemma (déclare, a-t-il déclaré →
// déclarer). About 180 lemmas and 7,600 forms, from the Gender Gap Tracker
// list (MIT) with lemmas derived by rule.
var Verbs = sync.OnceValue(func() map[string]string {
	recs := Records(verbsTxt)
	m := make(map[string]string, len(recs))
	for _, r := range recs {
		form, lemma, ok := strings.Cut(r, "\t")
		if !ok {
			continue
		}
		m[textnorm.Key(form)] = lemma
	}
	return m
})
