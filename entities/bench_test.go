package entities

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/internal/model"
	"github.com/depeche-nlp/depeche/token"
	"github.com/stretchr/testify/require"
)

func benchText(b *testing.B, large bool) string {
	if !large {
		t, err := os.ReadFile("../testdata/qakbot.txt")
		require.NoError(b, err)
		return string(t)
	}
	m, err := filepath.Glob("../testdata/wikinews/*.txt")
	require.NoError(b, err)
	var sb strings.Builder
	for _, f := range m {
		t, err := os.ReadFile(f)
		require.NoError(b, err)
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkExtract(b *testing.B) {
	for _, large := range []bool{false, true} {
		name := "qakbot"
		if large {
			name = "wikinews"
		}
		b.Run(name, func(b *testing.B) {
			text := benchText(b, large)
			Extract(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(text)
			}
		})
	}
}

func BenchmarkExtractDoc(b *testing.B) {
	text := benchText(b, true)
	d := token.Parse(text)
	ExtractDoc(d)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ExtractDoc(d)
	}
}

// BenchmarkProse runs the English prose/v2 baseline on the same text.
func BenchmarkProse(b *testing.B) {
	text := benchText(b, false)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		proseExtract(text)
	}
}

func BenchmarkLookup(b *testing.B) {
	const name = "département américain de la Justice"
	b.SetBytes(int64(len(name)))
	b.ReportAllocs()
	for b.Loop() {
		Lookup(name)
	}
}

// BenchmarkLoad measures the decoding of the embedded model, the cost of
// the first call.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(model.NER)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadString(model.NER); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTrainSmall(b *testing.B) {
	data := bytes.Repeat([]byte(smallCoNLL), 50)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Train(bytes.NewReader(data), TrainOptions{Bits: 14}); err != nil {
			b.Fatal(err)
		}
	}
}
