package token_test

import (
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
)

func seed(f *testing.F) {
	for _, s := range []string{
		"", "l'ONU", "a-t-elle", "700.000", "26\u00a0000", "1'000", "-3,5 %", "29/08/2023 18:33",
		"« Non », dit-il.", `"Oui" et " non "`, "J.-C.", "M. Macron", "https://a.fr/x.", "a@b.fr",
		"caf\xe9\xff", "\u202f\u00a0", "aujourd’hui", "l’", "-t-", "1.", "..", "@", "#", "www.",
	} {
		f.Add(s)
	}
	b, err := readFixture()
	if err == nil {
		for line := range strings.Lines(b) {
			f.Add(line)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, in string) {
		toks := token.Tokenize(in)
		if msg := spantest.Check(in, spans(toks), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
		if sc := scanAll(in); len(sc) != len(toks) {
			t.Fatalf("Scanner gives %d tokens, Tokenize %d", len(sc), len(toks))
		}
	})
}

func FuzzParse(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, in string) {
		d := token.Parse(in)
		sp := make([]spantest.Span, 0, len(d.Sentences))
		n := 0
		for _, s := range d.Sentences {
			sp = append(sp, spantest.Span{Start: s.Start, End: s.End, Text: s.Text})
			n += len(s.Tokens)
			if len(s.Tokens) == 0 || s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
				t.Fatalf("sentence %q does not match its tokens", s.Text)
			}
		}
		if n != len(d.Tokens) {
			t.Fatalf("sentences hold %d tokens, doc has %d", n, len(d.Tokens))
		}
		if msg := spantest.Check(in, sp, spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
		pp := make([]spantest.Span, len(d.Paragraphs))
		for i, p := range d.Paragraphs {
			pp[i] = spantest.Span{Start: p.Start, End: p.End, Text: p.Text}
		}
		if msg := spantest.Check(in, pp, spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
	})
}
