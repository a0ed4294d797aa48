package token_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/depeche-nlp/depeche/token"
)

// readFixture reads testdata/qakbot.txt.
func readFixture() (string, error) {
	b, err := os.ReadFile("../testdata/qakbot.txt")
	return string(b), err
}

func fixture(tb testing.TB) string {
	tb.Helper()
	s, err := readFixture()
	require.NoError(tb, err)
	return s
}

// corpus concatenates the Wikinews articles of testdata/wikinews.
func corpus(tb testing.TB) string {
	tb.Helper()
	files, err := filepath.Glob("../testdata/wikinews/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, files)
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(tb, err)
		b.Write(data)
		b.WriteString("\n\n")
	}
	return b.String()
}

func benchInputs(b *testing.B) map[string]string {
	return map[string]string{"qakbot": fixture(b), "wikinews": corpus(b)}
}

func BenchmarkTokenize(b *testing.B) {
	for name, text := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				token.Tokenize(text)
			}
		})
	}
}

func BenchmarkAll(b *testing.B) {
	text := fixture(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range token.All(text) {
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	for name, text := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				token.Split(text)
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	text := fixture(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		token.Parse(text)
	}
}
