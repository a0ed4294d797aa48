package depeche_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/depeche-nlp/depeche"
	"github.com/depeche-nlp/depeche/boilerplate"
	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/numbers"
	"github.com/depeche-nlp/depeche/quote"
)

func fixture(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/qakbot.txt")
	require.NoError(tb, err)
	return string(b)
}

// wikinews concatenates the Wikinews articles of testdata/wikinews.
func wikinews(tb testing.TB) string {
	tb.Helper()
	files, err := filepath.Glob("testdata/wikinews/*.txt")
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

// at returns the offsets of the n-th (from 1) occurrence of s in text.
func at(t *testing.T, text, s string, n int) (int, int) {
	t.Helper()
	from := 0
	for i := 1; ; i++ {
		j := strings.Index(text[from:], s)
		require.GreaterOrEqual(t, j, 0, "%q occurrence %d not in the fixture", s, i)
		if i == n {
			return from + j, from + j + len(s)
		}
		from += j + len(s)
	}
}

func TestAnalyzeSampleBlocks(t *testing.T) {
	text := fixture(t)
	doc := depeche.Analyze(text)
	want := []boilerplate.Class{
		boilerplate.Title, boilerplate.Dateline, boilerplate.Caption,
		boilerplate.Content, boilerplate.Content, boilerplate.Content, boilerplate.Content,
		boilerplate.Caption, boilerplate.Content, boilerplate.Content,
		boilerplate.Byline, boilerplate.Comments, boilerplate.Promo,
		boilerplate.Disclaimer, boilerplate.Disclaimer, boilerplate.Disclaimer,
		boilerplate.Disclaimer, boilerplate.Disclaimer, boilerplate.Disclaimer,
		boilerplate.Copyright,
	}
	require.Len(t, doc.Blocks, len(want))
	for i, b := range doc.Blocks {
		assert.Equal(t, want[i], b.Class, "block %d: %q", i, b.Text)
		assert.Equal(t, text[b.Start:b.End], b.Text)
		assert.NotEmpty(t, b.Reason, "block %d has no reason", i)
	}
	require.NotNil(t, doc.Meta)
	assert.Equal(t, "Les Etats-Unis, la France démantèlent la plateforme cybercriminelle Qakbot", doc.Meta.Title)
	paris, err := time.LoadLocation("Europe/Paris")
	require.NoError(t, err)
	assert.True(t, time.Date(2023, 8, 29, 18, 33, 0, 0, paris).Equal(doc.Meta.Published), "published %v", doc.Meta.Published)
	assert.Equal(t, "Reuters", doc.Meta.Agency)
	assert.Equal(t, []string{"Christopher Bing", "David Ljunggren", "Bertrand Boucey", "Jean Terzian"}, doc.Meta.Authors)
	assert.True(t, strings.HasPrefix(doc.Body, "Les Etats-Unis, la France démantèlent"))
	assert.True(t, strings.HasSuffix(doc.Body, "du reste de l'infrastructure.\""))
	assert.Equal(t, 6, strings.Count(doc.Body, "\n\n"))
}

func TestAnalyzeSampleEntities(t *testing.T) {
	text := fixture(t)
	doc := depeche.Analyze(text)
	type ent struct {
		text  string
		n     int // occurrence in the text
		label entities.Label
		canon string
	}
	// Only the article blocks are tagged: the caption, byline and
	// disclaimers are boilerplate.
	want := []ent{
		{"Etats-Unis", 1, entities.LOC, "États-Unis"},
		{"France", 1, entities.LOC, ""},
		{"Qakbot", 1, entities.MISC, ""},
		{"Reuters", 2, entities.ORG, ""},
		{"Etats-Unis", 2, entities.LOC, "États-Unis"},
		{"France", 2, entities.LOC, ""},
		{"Qakbot", 2, entities.MISC, ""},
		{"Qakbot", 3, entities.MISC, ""},
		{"département américain de la Justice", 1, entities.ORG, "Département de la Justice des États-Unis"},
		{"France", 3, entities.LOC, ""},
		{"Paris", 1, entities.LOC, ""},
		{"Laure Beccuau", 1, entities.PER, ""},
		{"Paris", 2, entities.LOC, ""},
		{"FBI", 1, entities.ORG, ""},
	}
	require.Len(t, doc.Entities, len(want), "%v", doc.Entities)
	for i, w := range want {
		t.Run(w.text, func(t *testing.T) {
			got := doc.Entities[i]
			start, end := at(t, text, w.text, w.n)
			assert.Equal(t, w.text, got.Text)
			assert.Equal(t, start, got.Start)
			assert.Equal(t, end, got.End)
			assert.Equal(t, w.label, got.Label)
			if w.canon != "" {
				assert.Equal(t, w.canon, got.Canonical)
			}
		})
	}
}

func TestAnalyzeSampleQuantities(t *testing.T) {
	text := fixture(t)
	doc := depeche.Analyze(text)
	type qty struct {
		text     string
		n        int
		kind     numbers.Kind
		value    string // "" when only bounds are known
		low      string
		approx   numbers.Approx
		currency string
	}
	want := []qty{
		{"plus de 700.000 ordinateurs", 1, numbers.Cardinal, "", "700000", numbers.MoreThan, ""},
		{"des centaines de millions de dollars", 1, numbers.Money, "", "100000000", numbers.Vague, "USD"},
		{"quelque 700.000 machines", 1, numbers.Cardinal, "700000", "", numbers.About, ""},
		{"26.000", 1, numbers.Cardinal, "26000", "", numbers.Exact, ""},
		{"Six serveurs", 1, numbers.Cardinal, "6", "", numbers.Exact, ""},
		{"170", 1, numbers.Cardinal, "170", "", numbers.Exact, ""},
		{"8,6 millions de dollars", 1, numbers.Money, "8600000", "", numbers.Exact, "USD"},
		{"26 août 2023", 1, numbers.Date, "", "", numbers.Exact, ""},
		{"une cinquantaine de serveurs", 1, numbers.Cardinal, "50", "", numbers.About, ""},
		{"quatre pays", 1, numbers.Cardinal, "4", "", numbers.Exact, ""},
	}
	require.Len(t, doc.Quantities, len(want), "%v", doc.Quantities)
	for i, w := range want {
		t.Run(w.text, func(t *testing.T) {
			got := doc.Quantities[i]
			start, end := at(t, text, w.text, w.n)
			assert.Equal(t, w.text, got.Text)
			assert.Equal(t, start, got.Start)
			assert.Equal(t, end, got.End)
			assert.Equal(t, w.kind, got.Kind)
			if w.value != "" {
				require.NotNil(t, got.Value)
				assert.Equal(t, w.value, got.Value.String())
			}
			if w.low != "" {
				require.NotNil(t, got.Low)
				assert.Equal(t, w.low, got.Low.String())
			}
			assert.Equal(t, w.approx, got.Approx)
			assert.Equal(t, w.currency, got.CurrencyCode())
		})
	}
	assert.Equal(t, "2023-08-26", doc.Quantities[7].Date)
}

func TestAnalyzeSampleQuotes(t *testing.T) {
	text := fixture(t)
	doc := depeche.Analyze(text)
	type q struct {
		prefix, suffix string
		kind           quote.Kind
		verb           string
		speaker        string
		acronym        string
	}
	want := []q{
		{"Une opération menée", "des délits financiers", quote.Indirect, "annoncer", "autorités françaises et américaines", ""},
		{"Le logiciel malveillant Qakbot", "à travers le monde", quote.Direct, "déclarer", "département américain de la Justice", "DoJ"},
		{"Parmi les quelque 700.000 machines", "en France", quote.Indirect, "préciser", "Laure Beccuau", ""},
		{"Six serveurs", "territoire français", quote.Indirect, "ajouter", "Laure Beccuau", ""},
		{"Elle a permis la saisie", "en cryptomonnaies", quote.Indirect, "selon", "Laure Beccuau", ""},
		{"Dans la nuit du 26 août 2023", "tout à fait inopérant", quote.Direct, "déclarer", "Laure Beccuau", ""},
		{"L'opération a conduit en outre", "reste de l'infrastructure.", quote.Direct, "", "Laure Beccuau", ""},
	}
	require.Len(t, doc.Quotes, len(want))
	for i, w := range want {
		t.Run(w.prefix, func(t *testing.T) {
			got := doc.Quotes[i]
			assert.True(t, strings.HasPrefix(got.Text, w.prefix), "text %q", got.Text)
			assert.True(t, strings.HasSuffix(got.Text, w.suffix), "text %q", got.Text)
			assert.Equal(t, text[got.Start:got.End], got.Text)
			assert.Equal(t, w.kind, got.Kind)
			assert.Equal(t, w.verb, got.Verb)
			require.NotNil(t, got.Speaker)
			assert.Contains(t, got.Speaker.Name, w.speaker)
			assert.Equal(t, w.acronym, got.Speaker.Acronym)
		})
	}
	assert.Equal(t, "F", doc.Quotes[5].Speaker.Gender)
	assert.Equal(t, "elle", doc.Quotes[5].Speaker.Text)
}

func TestAnalyzeParts(t *testing.T) {
	text := fixture(t)
	tests := []struct {
		name                                 string
		parts                                depeche.Parts
		blocks, entities, quantities, quotes bool
		bodyIsInput                          bool
	}{
		{"all (zero value)", 0, true, true, true, true, false},
		{"boilerplate only", depeche.Boilerplate, true, false, false, false, false},
		{"numbers without boilerplate", depeche.Numbers, false, false, true, false, true},
		{"entities and quotes", depeche.Entities | depeche.Quotes, false, true, false, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := depeche.Analyzer{Parts: tc.parts}
			doc := a.Analyze(text)
			assert.Equal(t, tc.blocks, doc.Blocks != nil)
			assert.Equal(t, tc.entities, doc.Entities != nil)
			assert.Equal(t, tc.quantities, doc.Quantities != nil)
			assert.Equal(t, tc.quotes, doc.Quotes != nil)
			assert.Equal(t, tc.bodyIsInput, doc.Body == text)
		})
	}
	// Without boilerplate removal the caption's quantities are read too.
	doc := (&depeche.Analyzer{Parts: depeche.Numbers}).Analyze(text)
	assert.Greater(t, len(doc.Quantities), 10)
}

func TestAnalyzeSpans(t *testing.T) {
	inputs := map[string]string{
		"sample":   fixture(t),
		"empty":    "",
		"spaces":   " \n\u00a0\n",
		"invalid":  "Le \xff ministre a déclaré : « Non\xfe ».",
		"quotes":   "« Nous ne céderons pas », a affirmé Mme Dupont. “Jamais”, a-t-elle ajouté.",
		"wikinews": wikinews(t),
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			doc := depeche.Analyze(text)
			checkSpans(t, text, doc)
		})
	}
}

func checkSpans(t *testing.T, text string, doc *depeche.Document) {
	t.Helper()
	var blocks, ents, qty, qs, speakers []spantest.Span
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
		if q.Speaker != nil {
			speakers = append(speakers, spantest.Span{Start: q.Speaker.Start, End: q.Speaker.End, Text: q.Speaker.Text})
		}
	}
	assert.Empty(t, spantest.Check(text, blocks, spantest.Options{}), "blocks")
	assert.Empty(t, spantest.Check(text, ents, spantest.Options{}), "entities")
	assert.Empty(t, spantest.Check(text, qty, spantest.Options{}), "quantities")
	assert.Empty(t, spantest.Check(text, qs, spantest.Options{}), "quotes")
	for _, s := range speakers {
		assert.Empty(t, spantest.Check(text, []spantest.Span{s}, spantest.Options{}), "speaker")
	}
}

func TestAnalyzeJSON(t *testing.T) {
	doc := depeche.Analyze(fixture(t))
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"blocks", "meta", "body", "entities", "quantities", "quotes"} {
		assert.Contains(t, m, k)
	}
	assert.NotContains(t, m, "Text")
	s := string(b)
	assert.Contains(t, s, `"class":"title"`)
	assert.Contains(t, s, `"label":"PER"`)
	assert.Contains(t, s, `"value":8600000`)
	assert.Contains(t, s, `"currency":"USD"`)
	assert.Contains(t, s, `"kind":"direct"`)
	assert.Contains(t, s, `"published":"2023-08-29T18:33:00+02:00"`)
}

func TestConcurrentAnalyze(t *testing.T) {
	text := fixture(t)
	want, err := json.Marshal(depeche.Analyze(text))
	require.NoError(t, err)
	var wg sync.WaitGroup
	results := make([][]byte, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _ = json.Marshal(depeche.Analyze(text))
		}()
	}
	wg.Wait()
	for _, r := range results {
		assert.JSONEq(t, string(want), string(r))
	}
}

// distinct returns about n bytes of paragraphs of unit, each copy numbered
// so that no block repeats (repeated blocks are boilerplate).
func distinct(unit string, n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		for line := range strings.Lines(unit) {
			if strings.TrimSpace(line) != "" {
				fmt.Fprintf(&b, "%d. ", i)
			}
			b.WriteString(line)
		}
	}
	return b.String()
}

// TestAnalyzeSegments analyses a text larger than one segment: every block
// is found once, with offsets into the whole text.
func TestAnalyzeSegments(t *testing.T) {
	text := distinct(wikinews(t), 3<<20)
	doc := depeche.Analyze(text)
	lines := 0
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) != "" {
			lines++
		}
	}
	assert.Len(t, doc.Blocks, lines)
	checkSpans(t, text, doc)
	assert.Greater(t, len(doc.Quotes), 3*100)
	assert.Greater(t, len(doc.Entities), 3*1000)
}

func TestShift(t *testing.T) {
	text := "« Oui », a dit Marie Dupont à Lyon, 3 euros."
	a := depeche.Analyzer{Parts: depeche.Entities | depeche.Numbers | depeche.Quotes}
	doc := a.Analyze(text)
	require.NotEmpty(t, doc.Quotes)
	require.NotEmpty(t, doc.Entities)
	require.NotEmpty(t, doc.Quantities)
	doc.Shift(10)
	padded := "0123456789" + text
	checkSpans(t, padded, doc)
}
