package quote

import (
	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/token"
)

// Kind says how a [Quote] reports speech.
type Kind uint8

// The kinds of quotation.
const (
	Direct   Kind = iota // words between quote marks: « Nous ne renoncerons pas »
	Indirect             // reported speech: le ministre a précisé que…, selon X, …
	Mixed                // reported speech with quoted fragments
)

var kindNames = [...]string{Direct: "direct", Indirect: "indirect", Mixed: "mixed"}

// String returns the lower-case name of k, as used in JSON.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText encodes k as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Speaker is who a [Quote] is attributed to. Text, Start and End give the
// mention that attributes this quote (possibly a pronoun such as elle);
// Name is the resolved speaker: the fullest name or description the article
// gives. Canonical, ID and Acronym are set when the entity table links the
// speaker. Gender is "F", "M" or empty for unknown and for organisations.
type Speaker struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Name      string `json:"name"`
	Canonical string `json:"canonical,omitempty"`
	ID        string `json:"id,omitempty"`
	Acronym   string `json:"acronym,omitempty"`
	Gender    string `json:"gender"`
}

// Quote is one attributed quotation. Text is input[Start:End]: the quoted
// or reported content, without the quote marks. Verb is the lemma of the
// cue (déclarer, préciser, selon…), empty for a quote with no cue that is
// carried to the current speaker. Speaker is nil when unknown.
type Quote struct {
	Text    string   `json:"text"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Kind    Kind     `json:"kind"`
	Verb    string   `json:"verb"`
	Speaker *Speaker `json:"speaker"`
}

// Extractor finds quotations and their speakers. Its zero value uses the
// embedded reporting-verb lexicon and the default entity tagger. An
// Extractor is safe for concurrent use once its fields are set.
type Extractor struct {
	// Verbs maps folded verb forms (lower case, no accents) to their lemma;
	// nil means the embedded lexicon of about 180 reporting verbs.
	Verbs map[string]string
	// Tagger finds the entities of a document; nil means
	// [entities.ExtractDoc].
	Tagger func(d *token.Doc) []entities.Entity
}

var defaultExtractor Extractor

// Extract returns the quotations of text, in order, with the default
// [Extractor].
func Extract(text string) []Quote { return defaultExtractor.Extract(text) }

// Extract returns the quotations of text, in order.
func (x *Extractor) Extract(text string) []Quote {
	return x.ExtractDoc(token.Parse(text), nil)
}
