package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
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
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	m := t.Model
	if m == nil {
		m = defaultModel()
	}
	links := t.Links
	if links == nil {
		links = defaultTable()
	}
	s := scratchPool.Get().(*scratch)
	if len(d.Tokens) <= maxPooledTokens {
		// The buffers of a large document are left to the collector.
		defer scratchPool.Put(s)
	}
	ents := make([]Entity, 0, len(d.Tokens)/16+1)
	var words []string
	// Fold and hash every distinct word once; the lower-case words of the
	// document tell capitalised common words from names.
	s.words.reset()
	s.ids = grow(s.ids, len(d.Tokens))
	s.kids = grow(s.kids, len(d.Tokens))
	s.docKeys = grow(s.docKeys, len(d.Tokens))
	keys := s.docKeys
	for i, tk := range d.Tokens {
		id := s.words.add(tk)
		s.ids[i] = id
		keys[i] = s.words.keys[id]
		s.kids[i] = s.words.kid[id]
	}
	s.words.finish()
	s.wscores = grow(s.wscores, len(s.words.tmpl))
	clear(s.wscores)
	ti := 0
	for _, sn := range d.Sentences {
		if len(sn.Tokens) == 0 {
			continue
		}
		for ti < len(d.Tokens) && d.Tokens[ti].Start < sn.Tokens[0].Start {
			ti++
		}
		if ti+len(sn.Tokens) > len(d.Tokens) {
			break
		}
		words = words[:0]
		for _, tk := range sn.Tokens {
			words = append(words, tk.Text)
		}
		tags := m.tag(words, keys[ti:ti+len(sn.Tokens)], s.ids[ti:ti+len(sn.Tokens)], s)
		ents = appendEntities(ents, d.Text, sn.Tokens, tags)
	}
	ents = consistency(d, ents)
	ents = matchMedia(d, ents)
	s.linkKeys = grow(s.linkKeys, len(s.words.cases))
	clear(s.linkKeys)
	ents = links.match(d, keys, s.kids, s.linkKeys, ents)
	links.linkAll(ents)
	return ents
}

// maxPooledTokens is the size of the largest document whose scratch
// buffers are kept for the next call.
const maxPooledTokens = 1 << 16

// appendEntities turns the BIO tags of a sentence into entities, dropping
// the ones that fail the post-filters.
func appendEntities(ents []Entity, text string, toks []token.Token, tags []int) []Entity {
	for i := 0; i < len(toks); {
		if tags[i] == tagO {
			i++
			continue
		}
		l := tagLabel(tags[i])
		j := i + 1
		for j < len(toks) && tags[j] == tagI(l) {
			j++
		}
		// Trim punctuation and quotes at the edges.
		a, b := i, j
		for a < b && !isNameToken(toks[a]) {
			a++
		}
		for b > a && !isNameToken(toks[b-1]) {
			b--
		}
		if a < b && keep(toks[a:b]) {
			s, e := toks[a].Start, toks[b-1].End
			ents = append(ents, Entity{Text: text[s:e], Start: s, End: e, Label: l})
		}
		i = j
	}
	return ents
}

func isNameToken(t token.Token) bool {
	switch t.Kind {
	case token.Word, token.Abbrev, token.Number, token.Handle, token.Hashtag, token.URL:
		return true
	}
	return false
}

// keep rejects spans that cannot be names: no upper-case letter or digit
// in the first token, or a single stop word.
func keep(toks []token.Token) bool {
	first := toks[0].Text
	hasUpper := false
	for _, r := range first {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			hasUpper = true
			break
		}
	}
	if !hasUpper && toks[0].Kind != token.Handle && toks[0].Kind != token.Hashtag {
		// "département américain de la Justice" starts in lower case:
		// keep it when a later token is capitalised and the first is an
		// organisation or place head.
		k := textnorm.Key(first)
		if c := cueWords[k]; c != cueOrg && c != cueLoc && c != cueMisc {
			return false
		}
		cap := false
		for _, t := range toks[1:] {
			r, _ := utf8.DecodeRuneInString(t.Text)
			if unicode.IsUpper(r) {
				cap = true
			}
		}
		if !cap {
			return false
		}
	}
	if len(toks) == 1 && lexicon.Stopwords().Has(first) {
		return false
	}
	return true
}
