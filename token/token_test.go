package token_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
)

// kt is a token as a test expects it: its text and kind.
type kt struct {
	Text string
	Kind token.Kind
}

func kinds(toks []token.Token) []kt {
	out := make([]kt, len(toks))
	for i, t := range toks {
		out[i] = kt{t.Text, t.Kind}
	}
	return out
}

func spans(toks []token.Token) []spantest.Span {
	out := make([]spantest.Span, len(toks))
	for i, t := range toks {
		out[i] = spantest.Span{Start: t.Start, End: t.End, Text: t.Text}
	}
	return out
}

const (
	W  = token.Word
	A  = token.Abbrev
	E  = token.Elision
	C  = token.Clitic
	N  = token.Number
	D  = token.Date
	T  = token.Time
	P  = token.Punct
	OQ = token.OpenQuote
	CQ = token.CloseQuote
	S  = token.Symbol
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []kt
	}{
		{"elision straight", "l'ONU", []kt{{"l'", E}, {"ONU", W}}},
		{"elision curly", "jusqu’à l’aube", []kt{{"jusqu’", E}, {"à", W}, {"l’", E}, {"aube", W}}},
		{"elision capital", "L'opération D'abord", []kt{{"L'", E}, {"opération", W}, {"D'", E}, {"abord", W}}},
		{"elisions all", "j'ai m'a n'est s'il t'a c'est qu'il lorsqu'on puisqu'elle",
			[]kt{{"j'", E}, {"ai", W}, {"m'", E}, {"a", W}, {"n'", E}, {"est", W}, {"s'", E}, {"il", W},
				{"t'", E}, {"a", W}, {"c'", E}, {"est", W}, {"qu'", E}, {"il", W}, {"lorsqu'", E}, {"on", W},
				{"puisqu'", E}, {"elle", W}}},
		{"elision before quote", "l'« affaire »", []kt{{"l'", E}, {"«", OQ}, {"affaire", W}, {"»", CQ}}},
		{"aujourd'hui whole", "aujourd'hui et aujourd’hui", []kt{{"aujourd'hui", W}, {"et", W}, {"aujourd’hui", W}}},
		{"prud'hommes whole", "les prud'hommes, une presqu'île", []kt{{"les", W}, {"prud'hommes", W}, {",", P}, {"une", W}, {"presqu'île", W}}},
		{"quelqu'un whole", "quelqu'un", []kt{{"quelqu'un", W}}},
		{"O'Neill whole", "Eugene O'Neill", []kt{{"Eugene", W}, {"O'Neill", W}}},
		{"clitic a-t-elle", "a-t-elle déclaré", []kt{{"a", W}, {"-t-elle", C}, {"déclaré", W}}},
		{"clitic dit-il", "dit-il.", []kt{{"dit", W}, {"-il", C}, {".", P}}},
		{"clitic explique-t-on", "explique-t-on, soupire-t-elle", []kt{{"explique", W}, {"-t-on", C}, {",", P}, {"soupire", W}, {"-t-elle", C}}},
		{"clitic ont-ils", "Ont-ils dit", []kt{{"Ont", W}, {"-ils", C}, {"dit", W}}},
		{"clitic est-ce", "Est-ce que", []kt{{"Est", W}, {"-ce", C}, {"que", W}}},
		{"peut-être whole", "peut-être", []kt{{"peut-être", W}}},
		{"rendez-vous whole", "un rendez-vous", []kt{{"un", W}, {"rendez-vous", W}}},
		{"hyphenated names", "Etats-Unis Jean-Baptiste Saint-Étienne", []kt{{"Etats-Unis", W}, {"Jean-Baptiste", W}, {"Saint-Étienne", W}}},
		{"celui-ci whole", "celui-ci", []kt{{"celui-ci", W}}},
		{"dash apart", "Paris - Le", []kt{{"Paris", W}, {"-", P}, {"Le", W}}},
		{"number dot groups", "700.000 et 26.000", []kt{{"700.000", N}, {"et", W}, {"26.000", N}}},
		{"number space groups", "26 000 et 1 234 567,89", []kt{{"26 000", N}, {"et", W}, {"1 234 567,89", N}}},
		{"number nbsp groups", "26\u00a0000 et 3\u202f500", []kt{{"26\u00a0000", N}, {"et", W}, {"3\u202f500", N}}},
		{"number swiss", "1'000 CHF et 12’500", []kt{{"1'000", N}, {"CHF", W}, {"et", W}, {"12’500", N}}},
		{"number decimal comma", "8,6 millions", []kt{{"8,6", N}, {"millions", W}}},
		{"number negative", "de -3,5 %", []kt{{"de", W}, {"-3,5", N}, {"%", S}}},
		{"number decimal dot", "1.5 et 3.14", []kt{{"1.5", N}, {"et", W}, {"3.14", N}}},
		{"number year not grouped", "en 2023 500 personnes", []kt{{"en", W}, {"2023", N}, {"500", N}, {"personnes", W}}},
		{"number mixed separators", "1 000.000", []kt{{"1 000", N}, {".", P}, {"000", N}}},
		{"number end of sentence", "en 2023.", []kt{{"en", W}, {"2023", N}, {".", P}}},
		{"ordinals", "1er 2e XXIe 1ère", []kt{{"1er", W}, {"2e", W}, {"XXIe", W}, {"1ère", W}}},
		{"range", "2007-2025", []kt{{"2007", N}, {"-", P}, {"2025", N}}},
		{"date slash", "le 29/08/2023 à 18:33", []kt{{"le", W}, {"29/08/2023", D}, {"à", W}, {"18:33", T}}},
		{"date iso and swiss", "2023-08-29 29.08.2023", []kt{{"2023-08-29", D}, {"29.08.2023", D}}},
		{"time h", "18h33 ou 9h", []kt{{"18h33", T}, {"ou", W}, {"9h", T}}},
		{"fraction apart", "1/4", []kt{{"1", N}, {"/", P}, {"4", N}}},
		{"symbols", "12 % 5 € $3 £", []kt{{"12", N}, {"%", S}, {"5", N}, {"€", S}, {"$", S}, {"3", N}, {"£", S}}},
		{"money glued", "1,5 Md€", []kt{{"1,5", N}, {"Md", W}, {"€", S}}},
		{"abbreviations", "M. Macron, Mme Borne et MM. Dupont", []kt{{"M.", A}, {"Macron", W}, {",", P}, {"Mme", W}, {"Borne", W}, {"et", W}, {"MM.", A}, {"Dupont", W}}},
		{"titles", "Dr. House, Pr. Raoult, Me. Dupond", []kt{{"Dr.", A}, {"House", W}, {",", P}, {"Pr.", A}, {"Raoult", W}, {",", P}, {"Me.", A}, {"Dupond", W}}},
		{"etc and cf", "etc. cf. p. 12", []kt{{"etc.", A}, {"cf.", A}, {"p.", A}, {"12", N}}},
		{"initials", "C. Bing et J.-C. Decaux, U.S.", []kt{{"C.", A}, {"Bing", W}, {"et", W}, {"J.-C.", A}, {"Decaux", W}, {",", P}, {"U.S.", A}}},
		{"av J.-C.", "52 av. J.-C.", []kt{{"52", N}, {"av.", A}, {"J.-C.", A}}},
		{"guillemets nbsp", "«\u00a0Non\u00a0», dit-il", []kt{{"«", OQ}, {"Non", W}, {"»", CQ}, {",", P}, {"dit", W}, {"-il", C}}},
		{"curly quotes", "“Oui” et „ja”", []kt{{"“", OQ}, {"Oui", W}, {"”", CQ}, {"et", W}, {"„", OQ}, {"ja", W}, {"”", CQ}}},
		{"single guillemets", "‹ non ›", []kt{{"‹", OQ}, {"non", W}, {"›", CQ}}},
		{"straight quotes", `"Le logiciel", a`, []kt{{`"`, OQ}, {"Le", W}, {"logiciel", W}, {`"`, CQ}, {",", P}, {"a", W}}},
		{"straight quotes spaced", `" oui " et " non "`, []kt{{`"`, OQ}, {"oui", W}, {`"`, CQ}, {"et", W}, {`"`, OQ}, {"non", W}, {`"`, CQ}}},
		{"ellipsis and runs", "Quoi ?! Bon... Enfin…", []kt{{"Quoi", W}, {"?!", P}, {"Bon", W}, {"...", P}, {"Enfin", W}, {"…", P}}},
		{"url", "Voir https://www.lemonde.fr/article.html.", []kt{{"Voir", W}, {"https://www.lemonde.fr/article.html", token.URL}, {".", P}}},
		{"domain of several labels", "Selon Cybermalveillance.gouv.fr, ça monte.", []kt{{"Selon", W}, {"Cybermalveillance.gouv.fr", token.URL}, {",", P}, {"ça", W}, {"monte", W}, {".", P}}},
		{"www and domain", "sur www.afp.com et franceinfo.fr.", []kt{{"sur", W}, {"www.afp.com", token.URL}, {"et", W}, {"franceinfo.fr", token.URL}, {".", P}}},
		{"email", "Écrire à jean.dupont@exemple.fr.", []kt{{"Écrire", W}, {"à", W}, {"jean.dupont@exemple.fr", token.Email}, {".", P}}},
		{"handle hashtag", "@AFP #JO2024 #Élysée", []kt{{"@AFP", token.Handle}, {"#JO2024", token.Hashtag}, {"#Élysée", token.Hashtag}}},
		{"soft hyphen inside word", "pre\u00admier", []kt{{"pre\u00admier", W}}},
		{"oe ligature", "l'œuvre", []kt{{"l'", E}, {"œuvre", W}}},
		{"decomposed accents", "la Re\u0301publique", []kt{{"la", W}, {"Re\u0301publique", W}}},
		{"thin and narrow spaces", "12\u2009%\u202f!", []kt{{"12", N}, {"%", S}, {"!", P}}},
		{"covid", "COVID-19", []kt{{"COVID-19", W}}},
		{"empty", "", []kt{}},
		{"only spaces", " \u00a0\u202f\n\t", []kt{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := token.Tokenize(tc.in)
			assert.Equal(t, tc.want, kinds(got))
			assert.Empty(t, spantest.Check(tc.in, spans(got), spantest.Options{}))
		})
	}
}

func TestTokenizeSpans(t *testing.T) {
	in := "« Non », a-t-elle dit\u00a0: 26\u202f000 l’ont"
	want := []token.Token{
		{Text: "«", Start: 0, End: 2, Kind: OQ},
		{Text: "Non", Start: 3, End: 6, Kind: W},
		{Text: "»", Start: 7, End: 9, Kind: CQ},
		{Text: ",", Start: 9, End: 10, Kind: P},
		{Text: "a", Start: 11, End: 12, Kind: W},
		{Text: "-t-elle", Start: 12, End: 19, Kind: C},
		{Text: "dit", Start: 20, End: 23, Kind: W},
		{Text: ":", Start: 25, End: 26, Kind: P},
		{Text: "26\u202f000", Start: 27, End: 35, Kind: N},
		{Text: "l’", Start: 36, End: 40, Kind: E},
		{Text: "ont", Start: 40, End: 43, Kind: W},
	}
	assert.Equal(t, want, token.Tokenize(in))
}

func TestTokenizeInvalidUTF8(t *testing.T) {
	in := "caf\xe9 \xff\xfe l'\xc3"
	got := token.Tokenize(in)
	assert.Empty(t, spantest.Check(in, spans(got), spantest.Options{}))
	assert.Equal(t, []kt{{"caf", W}, {"l'", E}}, kinds(got))
}

// scanAll collects the tokens of a Scanner.
func scanAll(text string) []token.Token {
	var sc token.Scanner
	sc.Reset(text)
	var out []token.Token
	for {
		start, end, kind, ok := sc.Next()
		if !ok {
			return out
		}
		out = append(out, token.Token{Text: text[start:end], Start: start, End: end, Kind: kind})
	}
}

func TestScanner(t *testing.T) {
	tests := []struct{ name, in string }{
		{"sample", fixture(t)},
		{"french", "« Non », a-t-elle dit à l’AFP : 26\u00a0000 € le 29/08/2023."},
		{"invalid", "caf\xe9 \xff l'\xc3"},
		{"one token", "Paris"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := token.Tokenize(tc.in)
			got := scanAll(tc.in)
			require.Len(t, got, len(want))
			assert.Equal(t, want, got)
		})
	}
	var zero token.Scanner
	_, _, _, ok := zero.Next()
	assert.False(t, ok, "the zero Scanner scans the empty text")
}

func TestAllMatchesTokenize(t *testing.T) {
	text := fixture(t)
	var got []token.Token
	for tok := range token.All(text) {
		got = append(got, tok)
	}
	assert.Equal(t, token.Tokenize(text), got)
	n := 0
	for range token.All(text) {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

// TestSampleTokens checks every elision, number, date and time token of the
// sample article, in order.
func TestSampleTokens(t *testing.T) {
	text := fixture(t)
	var got []kt
	for _, tok := range token.Tokenize(text) {
		switch tok.Kind {
		case E, N, D, T, C, OQ, CQ:
			got = append(got, kt{tok.Text, tok.Kind})
		}
	}
	want := []kt{
		{"29/08/2023", D}, {"18:33", T},
		{"d'", E}, {"13", N}, {"2017", N},
		{`"`, OQ}, {"700.000", N}, {`"`, CQ},
		{"700.000", N}, {"26.000", N}, {"l'", E}, {"170", N}, {"l'", E},
		{"L'", E}, {"8,6", N},
		{"d'", E}, {"13", N}, {"2017", N},
		{`"`, OQ}, {"26", N}, {"2023", N}, {`"`, CQ}, {"-t-elle", C},
		{`"`, OQ}, {"L'", E}, {"d'", E}, {"l'", E}, {`"`, CQ},
		{"d'", E},
		{"d'", E}, {"d'", E}, {"l'", E},
		{"d’", E},
		{"s'", E},
		{"2007", N}, {"2025", N},
	}
	assert.Equal(t, want, got)
}

func TestConcurrentParse(t *testing.T) {
	text := fixture(t)
	want := token.Parse(text)
	done := make(chan *token.Doc)
	for range 8 {
		go func() { done <- token.Parse(text) }()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}

func TestLargeInputLinear(t *testing.T) {
	text := strings.Repeat(fixture(t)+"\n", 2400) // about 10 MB
	require.Greater(t, len(text), 10_000_000)
	d := token.Parse(text)
	assert.Equal(t, 2400*20, len(d.Paragraphs))
	assert.Empty(t, spantest.Check(text, spans(d.Tokens), spantest.Options{}))
}
