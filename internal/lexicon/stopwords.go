package lexicon

import (
	_ "embed"
	"sync"
)

//go:embed data/stopwords.txt
var stopwordsTxt string

// Stopwords returns the French stopword list: the union of stopwords-iso
// (MIT) and the Snowball French stop list (BSD-3-Clause), folded.
var Stopwords = sync.OnceValue(func() Set { return parseSet(stopwordsTxt) })
