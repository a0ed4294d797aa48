package boilerplate_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/depeche-nlp/depeche/boilerplate"
	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
)

// checkBlocks verifies the span invariants and that blocks are exactly the
// non-blank lines of text.
func checkBlocks(t *testing.T, text string, bs []boilerplate.Block) {
	t.Helper()
	require.Empty(t, spantest.Check(text, spans(bs), spantest.Options{}))
	n := 0
	for _, p := range token.Parse(text).Paragraphs {
		require.Less(t, n, len(bs))
		assert.Equal(t, p.Start, bs[n].Start)
		assert.Equal(t, p.End, bs[n].End)
		n++
	}
	assert.Equal(t, n, len(bs))
	for _, b := range bs {
		assert.Equal(t, b.Class.IsBoilerplate(), b.Boilerplate)
		assert.NotEmpty(t, b.Reason)
	}
}

func TestEdgeCases(t *testing.T) {
	cases := []struct {
		name string
		text string
		n    int
	}{
		{"empty", "", 0},
		{"blank lines", "\n \n\t\n\u00a0\n", 0},
		{"invalid UTF-8", "Titre \xff\xfe d'un article\n\nUn paragraphe \xc3 cassé, qui parle de la réforme.", 2},
		{"NBSP and U+202F", "Le prix\u00a0: 26\u202f000 €\n\u202fLire aussi\u00a0: « La suite »\u00a0", 2},
		{"curly and straight quotes", "« Nous irons jusqu’au bout », a-t-il dit.\n\"Pas question\", répond l'opposition.", 2},
		{"CRLF", "Titre de l’article\r\n\r\nPremier paragraphe de l’article, avec une phrase complète.\r\n", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bs := boilerplate.Detect(tc.text)
			assert.Len(t, bs, tc.n)
			checkBlocks(t, tc.text, bs)
			assert.True(t, utf8.ValidString(boilerplate.Clean(tc.text)) || !utf8.ValidString(tc.text))
		})
	}
}

func TestLargeInput(t *testing.T) {
	line := "Les députés ont adopté le texte dans la nuit, après de longs débats sur l’âge de départ à la retraite.\nAccueil\n"
	text := strings.Repeat(line, 10<<20/len(line))
	bs := boilerplate.Detect(text)
	require.NotEmpty(t, bs)
	assert.Empty(t, spantest.Check(text, spans(bs), spantest.Options{}))
}

func TestDetectDocSelect(t *testing.T) {
	text := readSample(t)
	d := token.Parse(text)
	sub := d.Select(func(p token.Paragraph) bool { return !strings.HasPrefix(p.Text, "©") })
	bs := boilerplate.DetectDoc(sub)
	require.Len(t, bs, 17)
	require.Empty(t, spantest.Check(text, spans(bs), spantest.Options{}))
	assert.Equal(t, boilerplate.Title, bs[0].Class)
	assert.Equal(t, boilerplate.Content, bs[2].Class)
}

func TestClassText(t *testing.T) {
	for c := boilerplate.Other; c <= boilerplate.Advertising; c++ {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back boilerplate.Class
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	var c boilerplate.Class
	assert.Error(t, c.UnmarshalText([]byte("menu")))
	assert.Equal(t, "title", boilerplate.Title.String())
	assert.Equal(t, "comments", boilerplate.Comments.String())
}

func TestConcurrentDetect(t *testing.T) {
	text := readSample(t)
	want := boilerplate.Detect(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				assert.Equal(t, want, boilerplate.Detect(text))
				_ = boilerplate.Analyze(text)
			}
		})
	}
	wg.Wait()
}

func fuzzSeeds(f *testing.F) {
	f.Add("")
	for _, pg := range pages {
		var b strings.Builder
		for _, l := range pg.lines {
			_, s, _ := strings.Cut(l, "|")
			b.WriteString(s + "\n")
		}
		f.Add(b.String())
	}
	b, err := os.ReadFile("../testdata/qakbot.txt")
	if err == nil {
		f.Add(string(b))
		for _, l := range strings.Split(string(b), "\n") {
			f.Add(l)
		}
	}
	f.Add("\xff\n\u00a0« \n©\n(Reuters) -\nPar\n")
}

func FuzzDetect(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		bs := boilerplate.Detect(text)
		if msg := spantest.Check(text, spans(bs), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
		if len(bs) != len(token.Parse(text).Paragraphs) {
			t.Fatalf("%d blocks for %d paragraphs", len(bs), len(token.Parse(text).Paragraphs))
		}
		if !reflect.DeepEqual(bs, boilerplate.DetectDoc(token.Parse(text))) {
			t.Fatal("Detect and DetectDoc disagree")
		}
	})
}

func FuzzClean(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		out := boilerplate.Clean(text)
		for _, l := range strings.Split(out, "\n") {
			if l != "" && !strings.Contains(text, l) {
				t.Fatalf("line %q not in input", l)
			}
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		r := boilerplate.Analyze(text)
		if msg := spantest.Check(text, spans(r.Blocks), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
		if r.Meta.Title != "" && !strings.Contains(text, r.Meta.Title) {
			t.Fatalf("title %q not in input", r.Meta.Title)
		}
	})
}

func loadWikinews(b *testing.B) string {
	fs, err := filepath.Glob("../testdata/wikinews/*.txt")
	require.NoError(b, err)
	var sb strings.Builder
	for _, f := range fs {
		d, err := os.ReadFile(f)
		require.NoError(b, err)
		sb.Write(d)
		sb.WriteString("\n")
	}
	return sb.String()
}

func BenchmarkDetect(b *testing.B) {
	text := readSample(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		boilerplate.Detect(text)
	}
}

func BenchmarkDetectLarge(b *testing.B) {
	text := loadWikinews(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		boilerplate.Detect(text)
	}
}

func BenchmarkDetectDoc(b *testing.B) {
	text := readSample(b)
	d := token.Parse(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		boilerplate.DetectDoc(d)
	}
}

func BenchmarkDetectDocLarge(b *testing.B) {
	text := loadWikinews(b)
	d := token.Parse(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		boilerplate.DetectDoc(d)
	}
}

func BenchmarkClean(b *testing.B) {
	text := readSample(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		boilerplate.Clean(text)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	text := readSample(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		boilerplate.Analyze(text)
	}
}
