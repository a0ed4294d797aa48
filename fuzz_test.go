package depeche_test

import (
	"os"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche"
	"github.com/depeche-nlp/depeche/internal/spantest"
)

// FuzzAnalyze checks the span invariants of every result of the pipeline:
// blocks, entities, quantities, quotations and speakers.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"", "\n\n", "« Non », a-t-elle dit.", "Publié le 29/08/2023 18:33\n© Reuters",
		"Il a payé 8,6 millions de dollars, selon M. Dupont.", "caf\xe9 \xff « ", "\u00a0\u202f«\u00a0»",
		`"Oui", a dit l'ONU. "Non"`, "PARIS (AFP) - Le ministre a annoncé que 3 000 postes seraient créés.",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("testdata/qakbot.txt"); err == nil {
		for line := range strings.Lines(string(b)) {
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := depeche.Analyze(text)
		var blocks, ents, qty, qs []spantest.Span
		for _, b := range doc.Blocks {
			blocks = append(blocks, spantest.Span{Start: b.Start, End: b.End, Text: b.Text})
		}
		for _, e := range doc.Entities {
			ents = append(ents, spantest.Span{Start: e.Start, End: e.End, Text: e.Text})
		}
		for _, q := range doc.Quantities {
			qty = append(qty, spantest.Span{Start: q.Start, End: q.End, Text: q.Text})
		}
		for _, q := range doc.Quotes {
			qs = append(qs, spantest.Span{Start: q.Start, End: q.End, Text: q.Text})
			if s := q.Speaker; s != nil {
				if msg := spantest.Check(text, []spantest.Span{{Start: s.Start, End: s.End, Text: s.Text}}, spantest.Options{}); msg != "" {
					t.Fatal("speaker:", msg)
				}
			}
		}
		for name, sp := range map[string][]spantest.Span{"blocks": blocks, "entities": ents, "quantities": qty, "quotes": qs} {
			if msg := spantest.Check(text, sp, spantest.Options{}); msg != "" {
				t.Fatal(name+":", msg)
			}
		}
	})
}
