package depeche_test

import (
	"testing"

	"github.com/depeche-nlp/depeche"
)

func BenchmarkAnalyze(b *testing.B) {
	inputs := []struct{ name, text string }{
		{"qakbot", fixture(b)},
		{"wikinews", wikinews(b)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				depeche.Analyze(in.text)
			}
		})
	}
}
