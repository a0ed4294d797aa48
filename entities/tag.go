package entities

import (
	"github.com/depeche-nlp/depeche/token"
)

// Label is the type of an [Entity], from the CoNLL set.
type Label uint8

// The entity labels.
const (
	PER  Label = iota // a person: Laure Beccuau
	ORG               // an organisation: FBI, département américain de la Justice
	LOC               // a place: Paris, Etats-Unis
	MISC              // another name: an event, a product, a work (Qakbot)
)

var labelNames = [...]string{PER: "PER", ORG: "ORG", LOC: "LOC", MISC: "MISC"}

// String returns the CoNLL name of l: "PER", "ORG", "LOC" or "MISC".
func (l Label) String() string {
	if int(l) < len(labelNames) {
		return labelNames[l]
	}
	return "O"
}

// MarshalText encodes l as its name.
func (l Label) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// Entity is one mention of a named entity. Text is input[Start:End].
// Canonical, ID and Acronym are set when the mention is linked (see [Lookup]).
type Entity struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Label     Label  `json:"label"`
	Canonical string `json:"canonical,omitempty"`
	ID        string `json:"id,omitempty"`
	Acronym   string `json:"acronym,omitempty"`
}

// Tagger finds entities with a model and links them with a table. Its zero
// value uses the embedded model and the default linking table. A Tagger is
// safe for concurrent use once its fields are set.
type Tagger struct {
	// Model is the sequence model; nil means the embedded default.
	Model *Model
	// Links is the linking table; nil means the default table.
	Links *Table
}

var defaultTagger Tagger

// Extract returns the entities of text, in order and non-overlapping, with
// the default [Tagger].
func Extract(text string) []Entity { return defaultTagger.Extract(text) }

// ExtractDoc is [Extract] on a parsed document; offsets refer to d.Text.
func ExtractDoc(d *token.Doc) []Entity { return defaultTagger.ExtractDoc(d) }

// Extract returns the entities of text, in order and non-overlapping.
func (t *Tagger) Extract(text string) []Entity { return t.ExtractDoc(token.Parse(text)) }

// ExtractDoc returns the entities of d, in order and non-overlapping, with
// offsets into d.Text.
func (t *Tagger) ExtractDoc(d *token.Doc) []Entity {
	return nil
}
