// Package entities finds named entities in French news text — persons,
// organisations, places and other names — and links the well-known ones to a
// canonical name, a Wikidata identifier and an acronym.
//
// # Getting Started
//
// [Extract] tags a text with the embedded model:
//
//	for _, e := range entities.Extract(text) {
//		fmt.Println(e.Label, e.Text, e.Canonical)
//	}
//
// [ExtractDoc] does the same on a [token.Doc] that was parsed once for a
// whole pipeline. A [Tagger] holds a custom [Model] or linking [Table]; its
// zero value uses the embedded defaults.
package entities
