package numbers

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readFixture(t testing.TB) string {
	b, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	return string(b)
}

// TestSampleArticle checks every quantity of the sample article, and
// nothing else.
func TestSampleArticle(t *testing.T) {
	text := readFixture(t)
	type row struct {
		text, kind, value, low, high, approx, cur, unit, date string
	}
	want := []row{
		{"29/08/2023 18:33", "date", "", "", "", "", "", "", "2023-08-29T18:33"},
		{"13 mai 2017", "date", "", "", "", "", "", "", "2017-05-13"},
		{"plus de 700.000 ordinateurs", "cardinal", "", "700000", "", "more_than", "", "ordinateurs", ""},
		{"des centaines de millions de dollars", "money", "", "100000000", "1000000000", "vague", "USD", "", ""},
		{"quelque 700.000 machines", "cardinal", "700000", "", "", "about", "", "machines", ""},
		{"26.000", "cardinal", "26000", "", "", "", "", "", ""},
		{"Six serveurs", "cardinal", "6", "", "", "", "", "serveurs", ""},
		{"170", "cardinal", "170", "", "", "", "", "", ""},
		{"8,6 millions de dollars", "money", "8600000", "", "", "", "USD", "", ""},
		{"13 mai 2017", "date", "", "", "", "", "", "", "2017-05-13"},
		{"26 août 2023", "date", "", "", "", "", "", "", "2023-08-26"},
		{"une cinquantaine de serveurs", "cardinal", "50", "", "", "about", "", "serveurs", ""},
		{"quatre pays", "cardinal", "4", "", "", "", "", "pays", ""},
		// The copyright line: a year range is a date.
		{"2007-2025", "date", "", "", "", "", "", "", "2007/2025"},
	}
	got := Extract(text)
	require.Len(t, got, len(want))
	for i, w := range want {
		t.Run(w.text, func(t *testing.T) {
			q := got[i]
			assert.Equal(t, w.text, q.Text)
			assert.Equal(t, text[q.Start:q.End], q.Text)
			assert.Equal(t, w.kind, q.Kind.String())
			assert.Equal(t, w.value, numString(q.Value))
			assert.Equal(t, w.low, numString(q.Low))
			assert.Equal(t, w.high, numString(q.High))
			assert.Equal(t, w.approx, q.Approx.String())
			assert.Equal(t, w.cur, q.CurrencyCode())
			assert.Equal(t, w.unit, q.Unit)
			assert.Equal(t, w.date, q.Date)
		})
	}
	// ExtractDoc on the parsed document gives the same result.
	assert.Equal(t, got, ExtractDoc(token.Parse(text)))
}

func TestExtractDocSelect(t *testing.T) {
	text := "Titre 2023\nIl y a 5 chats.\nEt 3 chiens."
	d := token.Parse(text).Select(func(p token.Paragraph) bool { return strings.HasPrefix(p.Text, "Il") })
	got := ExtractDoc(d)
	require.Len(t, got, 1)
	assert.Equal(t, "5 chats", got[0].Text)
	assert.Equal(t, text[got[0].Start:got[0].End], got[0].Text)
	assert.Nil(t, ExtractDoc(nil))
}

func TestQuantityJSON(t *testing.T) {
	got := Extract("la saisie de 8,6 millions de dollars")
	require.Len(t, got, 1)
	b, err := json.Marshal(got[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"8,6 millions de dollars","start":13,"end":36,"kind":"money","value":8600000,"low":null,"high":null,"approx":"","currency":"USD","unit":"","date":""}`, string(b))
	assert.Contains(t, string(b), `"value":8600000,`)
}

func TestExtractEdgeCases(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
	}{
		{"empty", "", 0},
		{"invalid utf8", "\xff\xfe 12 \xff", 1},
		{"nbsp grouping", "26\u00a0000 personnes", 1},
		{"narrow nbsp percent", "12,5\u202f%", 1},
		{"curly apostrophe", "8,6 millions d’euros", 1},
		{"phone number", "appelez le 01 23 45 67 89", 0},
		{"two numbers", "2 chats et 3 chiens", 2},
		{"huge digits", strings.Repeat("9", 5000), 0},
		{"newline breaks", "vingt\net un", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			assert.Len(t, got, tc.n, "%+v", got)
			assert.Equal(t, "", spantest.Check(tc.in, spans(got), spantest.Options{}))
		})
	}
}

func TestParseText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"8,6 millions", "8600000"},
		{"quatre-vingt-dix-sept", "97"},
		{"un million et demi", "1500000"},
		{"vingt-et-un", "21"},
		{"un", "1"},
		{"trois quarts", "0.75"},
		{"un tiers", "1/3"},
		{"1/4", "0.25"},
		{"XXIe", "21"},
		{"12,5 %", "12.5"},
		{"1,5 Md€", "1500000000"},
		{"une dizaine", "10"},
		{"deux cent mille", "200000"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			n, err := Parse(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, n.String())
		})
	}
	for _, in := range []string{"plus de 5", "entre 3 et 5", "29/08/2023", "bonjour", "une personne", "5 chats et 3 chiens"} {
		t.Run(in, func(t *testing.T) {
			_, err := Parse(in)
			assert.True(t, errors.Is(err, ErrSyntax), "%v", err)
		})
	}
}

func TestConcurrentExtract(t *testing.T) {
	text := readFixture(t)
	want := Extract(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				assert.Equal(t, want, Extract(text))
				_, err := Parse("quatre-vingt-dix-sept")
				assert.NoError(t, err)
			}
		})
	}
	wg.Wait()
}

func spans(qs []Quantity) []spantest.Span {
	out := make([]spantest.Span, len(qs))
	for i, q := range qs {
		out[i] = spantest.Span{Start: q.Start, End: q.End, Text: q.Text}
	}
	return out
}

func FuzzExtract(f *testing.F) {
	for line := range strings.Lines(extractRows) {
		if in, _, ok := strings.Cut(line, "|"); ok {
			f.Add(strings.TrimSpace(in))
		}
	}
	for line := range strings.Lines(readFixture(f)) {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Extract(in)
		if msg := spantest.Check(in, spans(got), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
		for _, q := range got {
			if _, err := json.Marshal(q); err != nil {
				t.Fatal(err)
			}
		}
		if doc := ExtractDoc(token.Parse(in)); !reflect.DeepEqual(got, doc) {
			t.Fatal("ExtractDoc and Extract disagree")
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"700.000", "26 000", "8,6 millions", "-3,5", "1'000", "quatre-vingt-dix-sept", "1,5 Md€", "12,5 %", "un tiers"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n, err := Parse(in)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != in || !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("bad error %v", err)
			}
			return
		}
		if _, err := n.MarshalJSON(); err != nil {
			t.Fatal(err)
		}
		_ = n.Float64()
	})
}

func wikinews(b *testing.B) string {
	files, err := filepath.Glob("../testdata/wikinews/*.txt")
	require.NoError(b, err)
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		sb.Write(data)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func BenchmarkExtract(b *testing.B) {
	text := readFixture(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

func BenchmarkExtractWikinews(b *testing.B) {
	text := wikinews(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

func BenchmarkExtractDoc(b *testing.B) {
	d := token.Parse(readFixture(b))
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		ExtractDoc(d)
	}
}

func BenchmarkParseWords(b *testing.B) {
	in := "quatre-vingt-dix-sept mille"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokenizeBaseline measures token.Tokenize alone on the fixture,
// so that the cost of Extract beyond tokenisation can be read at the same
// moment on a loaded machine.
func BenchmarkTokenizeBaseline(b *testing.B) {
	text := readFixture(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		token.Tokenize(text)
	}
}

func BenchmarkTokenizeBaselineWikinews(b *testing.B) {
	text := wikinews(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		token.Tokenize(text)
	}
}
