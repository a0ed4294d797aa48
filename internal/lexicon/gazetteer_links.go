package lexicon

import _ "embed"

//go:generate go run ../gen/gazetteerlinks -data ../../../shared/data/lexicons -links ../gen/gazetteerlinks/links.tsv -o data/gazetteer_links.txt

// GazetteerLinks is the generated linking table of package entities: one
// "canonical<TAB>label<TAB>qid<TAB>acronym<TAB>aliases" record per line,
// aliases separated by "|" (see [Records] and [Fields]).
//
//go:embed data/gazetteer_links.txt
var GazetteerLinks string
