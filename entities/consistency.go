package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// consistency makes the labels of a document agree: every mention of a
// name gets the label most of its mentions got, and capitalised mentions
// the model missed are tagged when the same name was tagged elsewhere in
// the document (so is the surname alone of a person named in full).
func consistency(d *token.Doc, ents []Entity) []Entity {
	if len(ents) == 0 {
		return ents
	}
	votes := make(map[string]*[4]int, len(ents))
	for _, e := range ents {
		k := textnorm.Key(e.Text)
		v := votes[k]
		if v == nil {
			v = new([4]int)
			votes[k] = v
		}
		v[e.Label]++
	}
	known := make(map[string]Label, len(ents))
	for i := range ents {
		e := &ents[i]
		v := votes[textnorm.Key(e.Text)]
		for l, n := range v {
			if n > v[e.Label] {
				e.Label = Label(l)
			}
		}
		r, _ := utf8.DecodeRuneInString(e.Text)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(e.Text) < 2 {
			continue
		}
		known[e.Text] = e.Label
		if e.Label == PER {
			// The surname: the last word of a multi-word name.
			if i := strings.LastIndexByte(e.Text, ' '); i > 0 && utf8.RuneCountInString(e.Text[i+1:]) > 2 {
				if _, ok := known[e.Text[i+1:]]; !ok {
					known[e.Text[i+1:]] = PER
				}
			}
		}
	}
	// Tag the capitalised token runs that match a known name and are not
	// inside an entity.
	toks := d.Tokens
	var added []Entity
	k := 0 // next entity not ending before the token
	for i := 0; i < len(toks); i++ {
		for k < len(ents) && ents[k].End <= toks[i].Start {
			k++
		}
		if k < len(ents) && ents[k].Start < toks[i].End {
			continue
		}
		r, _ := utf8.DecodeRuneInString(toks[i].Text)
		if !unicode.IsUpper(r) {
			continue
		}
		best := -1
		var bl Label
		for j := i; j < len(toks) && j < i+5; j++ {
			if k < len(ents) && toks[j].End > ents[k].Start {
				break
			}
			if l, ok := known[d.Text[toks[i].Start:toks[j].End]]; ok {
				best, bl = j, l
			}
		}
		if best < 0 {
			continue
		}
		// A match must end on a token boundary: "Paris" in "Paris-Saclay"
		// is a different word, which the tokenizer keeps whole anyway.
		s, e := toks[i].Start, toks[best].End
		added = append(added, Entity{Text: d.Text[s:e], Start: s, End: e, Label: bl})
		i = best
	}
	if len(added) == 0 {
		return ents
	}
	ents = append(ents, added...)
	slices.SortFunc(ents, func(a, b Entity) int { return a.Start - b.Start })
	return ents
}
