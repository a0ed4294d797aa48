package quote

import (
	"cmp"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func spans(qs []Quote) []spantest.Span {
	out := make([]spantest.Span, 0, 2*len(qs))
	for _, q := range qs {
		out = append(out, spantest.Span{Start: q.Start, End: q.End, Text: q.Text})
	}
	return out
}

// speakerSpans returns the speaker mentions of qs sorted by offset: a
// quotation may be attributed to a mention before the one of the previous
// quotation, so only their bounds and text are invariants, not their order.
func speakerSpans(qs []Quote) []spantest.Span {
	var out []spantest.Span
	for _, q := range qs {
		if q.Speaker != nil {
			out = append(out, spantest.Span{Start: q.Speaker.Start, End: q.Speaker.End, Text: q.Speaker.Text})
		}
	}
	slices.SortFunc(out, func(a, b spantest.Span) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

type want struct {
	text, kind, verb, mention, name, gender string
}

// row is a table row of quotation tests: an input and every quotation
// expected from it, in order.
type row struct {
	name, in string
	want     []want
}

// checkRows runs Extract on every row and checks each quotation, its
// speaker (a want with no mention expects no speaker) and the spans.
func checkRows(t *testing.T, rows []row) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			require.Len(t, got, len(tc.want), "%+v", got)
			for i, w := range tc.want {
				q := got[i]
				assert.Equal(t, w.text, q.Text)
				assert.Equal(t, w.kind, q.Kind.String())
				assert.Equal(t, w.verb, q.Verb)
				if w.mention == "" {
					assert.Nil(t, q.Speaker)
					continue
				}
				if assert.NotNil(t, q.Speaker) {
					assert.Equal(t, w.mention, q.Speaker.Text)
					assert.Equal(t, w.name, q.Speaker.Name)
					assert.Equal(t, w.gender, q.Speaker.Gender)
				}
			}
			assert.Empty(t, spantest.Check(tc.in, spans(got), spantest.Options{}))
			assert.Empty(t, spantest.Check(tc.in, speakerSpans(got), spantest.Options{Overlap: true}))
		})
	}
}

// TestSample checks the seven quotations of the sample article, and
// nothing else.
func TestSample(t *testing.T) {
	raw, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	text := string(raw)
	got := Extract(text)
	rows := []want{
		{"Une opération menée par plusieurs pays occidentaux, dont les Etats-Unis et la France, a permis de démanteler la plateforme Qakbot utilisée par de nombreux pirates informatiques pour commettre des délits financiers", "indirect", "annoncer", "les autorités françaises et américaines", "autorités françaises et américaines", ""},
		{"Le logiciel malveillant Qakbot a infecté plus de 700.000 ordinateurs, facilité le déploiement de rançongiciels et infligé des centaines de millions de dollars de préjudices à des entreprises, des prestataires de soins et des administrations publiques à travers le monde", "direct", "déclarer", "le département américain de la Justice", "département américain de la Justice", ""},
		{"Parmi les quelque 700.000 machines identifiées comme infectées, 26.000 l'ont été en France", "indirect", "préciser", "la procureure de la République de Paris", "Laure Beccuau", "F"},
		{"Six serveurs, sur les 170 à l'origine de ce logiciel malveillant, se trouvaient sur le territoire français", "indirect", "ajouter", "Laure Beccuau", "Laure Beccuau", "F"},
		{"Elle a permis la saisie de 8,6 millions de dollars en cryptomonnaies", "indirect", "selon", "la procureure de Paris", "Laure Beccuau", "F"},
		{"Dans la nuit du 26 août 2023, le FBI a procédé à la redirection du trafic vers des serveurs sous son contrôle, libérant toutes les machines du botnet, et rendant celui-ci tout à fait inopérant", "direct", "déclarer", "elle", "Laure Beccuau", "F"},
		{"L'opération a conduit en outre à la coupure d'une cinquantaine de serveurs répartis entre les quatre pays partenaires, puis à la mise hors opération du reste de l'infrastructure.", "direct", "", "elle", "Laure Beccuau", "F"},
	}
	require.Len(t, got, len(rows))
	for i, w := range rows {
		t.Run(w.verb+"/"+w.mention, func(t *testing.T) {
			q := got[i]
			assert.Equal(t, w.text, q.Text)
			assert.Equal(t, strings.Index(text, w.text), q.Start)
			assert.Equal(t, w.kind, q.Kind.String())
			assert.Equal(t, w.verb, q.Verb)
			require.NotNil(t, q.Speaker)
			assert.Equal(t, w.mention, q.Speaker.Text)
			assert.Equal(t, w.name, q.Speaker.Name)
			assert.Equal(t, w.gender, q.Speaker.Gender)
		})
	}
	assert.Equal(t, "DoJ", got[1].Speaker.Acronym)
	assert.Equal(t, 1437, got[4].Speaker.Start) // selon la procureure de Paris, not « Elle »
	assert.Empty(t, spantest.Check(text, spans(got), spantest.Options{}))
	assert.Empty(t, spantest.Check(text, speakerSpans(got), spantest.Options{Overlap: true}))
}

// TestRows covers quote marks and French news constructions that the
// sample and the dev articles lack.
func TestRows(t *testing.T) {
	rows := []row{
		{"Le Monde guillemets with NBSP, speaker before with colon",
			"Laure Beccuau a déclaré\u00a0: «\u00a0Nous poursuivrons les auteurs.\u00a0»",
			[]want{{"Nous poursuivrons les auteurs.", "direct", "déclarer", "Laure Beccuau", "Laure Beccuau", "F"}}},
		{"AFP style, inverted subject after",
			"« La situation est grave », a déclaré jeudi le ministre de l'Intérieur, Gérald Darmanin.",
			[]want{{"La situation est grave", "direct", "déclarer", "le ministre de l'Intérieur", "Gérald Darmanin", "M"}}},
		{"English curly quotes and clitic",
			"Marie Dupont est inquiète. “Nous manquons de tout”, explique-t-elle.",
			[]want{{"Nous manquons de tout", "direct", "expliquer", "elle", "Marie Dupont", "F"}}},
		{"low-high quotes",
			"„Le vote est acquis”, a affirmé Jean Martin.",
			[]want{{"Le vote est acquis", "direct", "affirmer", "Jean Martin", "Jean Martin", "M"}}},
		{"single guillemets",
			"‹ Tout va bien ›, a assuré Paul Durand.",
			[]want{{"Tout va bien", "direct", "assurer", "Paul Durand", "Paul Durand", "M"}}},
		{"nested quotes stay one quotation",
			"« Il m'a dit “jamais” puis il est parti », raconte Sophie Martin.",
			[]want{{"Il m'a dit “jamais” puis il est parti", "direct", "raconter", "Sophie Martin", "Sophie Martin", "F"}}},
		{"incise inside the quotation",
			"Pierre Leroy est venu. « Nous sommes prêts, a-t-il déclaré, à négocier demain. »",
			[]want{
				{"Nous sommes prêts", "direct", "déclarer", "il", "Pierre Leroy", "M"},
				{"à négocier demain.", "direct", "déclarer", "il", "Pierre Leroy", "M"},
			}},
		{"multi-paragraph quotation",
			"Anne Roux a expliqué : « Le projet avance.\n« Il sera livré en mai. »",
			[]want{
				{"Le projet avance.", "direct", "expliquer", "Anne Roux", "Anne Roux", "F"},
				{"Il sera livré en mai.", "direct", "", "Anne Roux", "Anne Roux", "F"},
			}},
		{"selon at the start",
			"Selon le syndicat, les salaires n'ont pas augmenté depuis 2020.",
			[]want{{"les salaires n'ont pas augmenté depuis 2020", "indirect", "selon", "le syndicat", "syndicat", ""}}},
		{"estime que",
			"Le gouverneur Jean Petit estime que la crise sera longue.",
			[]want{{"la crise sera longue", "indirect", "estimer", "Le gouverneur Jean Petit", "Jean Petit", "M"}}},
		{"mixed reported speech",
			"Selon eux, il s'agit de « fêtes sauvages » organisées chaque semaine.",
			[]want{{"il s'agit de « fêtes sauvages » organisées chaque semaine", "mixed", "selon", "eux", "eux", ""}}},
		{"a naming (qualifiée de « … ») is a direct fragment, with its agent as speaker when the sentence gives one",
			"La réforme, qualifiée de « petite-bourgeoise », entre en vigueur. Sa politique, qualifiée de « décevante » par l'opposition, sera revue. Le ministre qualifie de « scandale » la décision.",
			[]want{
				{"petite-bourgeoise", "direct", "qualifier", "", "", ""},
				{"décevante", "direct", "qualifier", "l'opposition", "opposition", ""},
				{"scandale", "direct", "qualifier", "Le ministre", "ministre", "M"},
			}},
		{"a name with no naming verb is no quotation",
			"La réforme, dite « petite-bourgeoise », entre en vigueur.",
			nil},
		{"no cue at all", "Le train part à 8 heures.", nil},
	}
	checkRows(t, rows)
}

func TestJSON(t *testing.T) {
	b, err := json.Marshal(Quote{Text: "x", Start: 1, End: 2, Kind: Mixed, Verb: "dire"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"x","start":1,"end":2,"kind":"mixed","verb":"dire","speaker":null}`, string(b))
}

func TestEdgeInputs(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"invalid utf-8", "« a\xff\xfe b », a dit-il \xc3"},
		{"lone marks", "» « \" “ ” „ ‹ ›"},
		{"unclosed", "« Jamais fermé, a déclaré Paul Durand\n\nUne autre ligne."},
		{"narrow nbsp", "«\u202fOui\u202f», a-t-elle dit."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			assert.Empty(t, spantest.Check(tc.in, spans(got), spantest.Options{}))
			assert.Empty(t, spantest.Check(tc.in, speakerSpans(got), spantest.Options{Overlap: true}))
		})
	}
}

func TestConcurrentExtract(t *testing.T) {
	raw, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	want := Extract(string(raw))
	var x Extractor
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			assert.Equal(t, want, x.Extract(string(raw)))
		})
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	f.Add("« Nous sommes prêts, a-t-il déclaré, à négocier. »")
	f.Add("Selon le syndicat, les salaires baissent.")
	f.Add("\"Oui\", a dit Jean Martin.\n« Non »")
	// the medium between verb and subject, incises with a complement,
	// pronouns of the one spoken to, names of works, À X, on
	f.Add("« Nous tiendrons », a lancé au micro de France 2 la maire, Anne Kerjean. « A, a-t-il déclaré à l'issue de la cérémonie. B »")
	f.Add("« Oui », nous a répondu Marta Lopes. « Non », m'a-t-il confié. À Bercy, on assure « suivre le dossier ». Au ministère, on indique que rien n'est fait.")
	f.Add("Une banderole : « Pas touche ». « Les Nuits », troisième long-métrage de X. Lire aussi : « Titre » : entretien. « Fin. » Selon un sondage Ifop, il gagne.")
	f.Add("Pour le neurologue Karim Bensaïd, chef de service, qui n'a pas participé, ces résultats sont « fragiles ». La préfète, Marie Durand, annonce le plan.")
	if raw, err := os.ReadFile("../testdata/qakbot.txt"); err == nil {
		for _, l := range strings.Split(string(raw), "\n")[:20] {
			f.Add(l)
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Extract(in)
		if msg := spantest.Check(in, spans(got), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
		if msg := spantest.Check(in, speakerSpans(got), spantest.Options{Overlap: true}); msg != "" {
			t.Fatal(msg)
		}
	})
}

// FuzzExtractDoc checks the spans of Extractor.ExtractDoc on a whole
// document and on every other paragraph of it, and that the whole
// document gives what Extract gives.
func FuzzExtractDoc(f *testing.F) {
	f.Add("« Nous sommes prêts », a dit Marie Roux.\n\nSelon la CGT, les salaires baissent.")
	f.Add("Le ministre a déclaré que la réforme passerait.\nMenu\n« Non », a-t-il ajouté.")
	f.Fuzz(func(t *testing.T, in string) {
		var x Extractor
		d := token.Parse(in)
		got := x.ExtractDoc(d, nil)
		if msg := spantest.Check(in, spans(got), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
		if !reflect.DeepEqual(got, Extract(in)) {
			t.Fatal("ExtractDoc and Extract disagree")
		}
		n := 0
		sub := d.Select(func(token.Paragraph) bool { n++; return n%2 == 1 })
		got = x.ExtractDoc(sub, nil)
		if msg := spantest.Check(sub.Text, spans(got), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
		if msg := spantest.Check(sub.Text, speakerSpans(got), spantest.Options{Overlap: true}); msg != "" {
			t.Fatal(msg)
		}
	})
}

func benchText(b *testing.B, paths ...string) string {
	var sb strings.Builder
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(b, err)
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkExtract(b *testing.B) {
	text := benchText(b, "../testdata/qakbot.txt")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

func BenchmarkExtractWikinews(b *testing.B) {
	files, _ := filepathGlob("../testdata/wikinews/*.txt")
	text := benchText(b, files...)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

// BenchmarkExtractDoc measures the quotation code alone: the text is
// parsed and tagged once, outside the loop.
func BenchmarkExtractDoc(b *testing.B) {
	files, _ := filepathGlob("../testdata/wikinews/*.txt")
	text := benchText(b, files...)
	d := token.Parse(text)
	ents := entities.ExtractDoc(d)
	var x Extractor
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.ExtractDoc(d, ents)
	}
}
