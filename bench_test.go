package depeche_test

import (
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/depeche-nlp/depeche"
)

func benchTexts(b *testing.B) []struct{ name, text string } {
	return []struct{ name, text string }{
		{"qakbot", fixture(b)},
		{"wikinews", wikinews(b)},
	}
}

// BenchmarkAnalyze runs the whole pipeline: blocks, entities, quantities,
// quotations.
func BenchmarkAnalyze(b *testing.B) {
	for _, in := range benchTexts(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				depeche.Analyze(in.text)
			}
		})
	}
}

// BenchmarkProseNewDocument is the baseline: prose/v2 (English-trained)
// tokenising, tagging and finding entities in the same text.
func BenchmarkProseNewDocument(b *testing.B) {
	for _, in := range benchTexts(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := prose.NewDocument(in.text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
