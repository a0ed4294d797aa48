package entities

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/depeche-nlp/depeche/internal/model"
	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func spans(ents []Entity) []spantest.Span {
	out := make([]spantest.Span, len(ents))
	for i, e := range ents {
		out[i] = spantest.Span{Start: e.Start, End: e.End, Text: e.Text}
	}
	return out
}

// TestSample checks every mention of the hand-annotated entities of the
// sample article, with its span, and the words that must not be entities.
func TestSample(t *testing.T) {
	b, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	text := string(b)
	ents := Extract(text)
	require.Empty(t, spantest.Check(text, spans(ents), spantest.Options{}))
	byStart := map[int]Entity{}
	for _, e := range ents {
		byStart[e.Start] = e
	}
	tests := []struct {
		text      string
		label     Label
		starts    []int
		canonical string
		id        string
		acronym   string
	}{
		{"Etats-Unis", LOC, []int{4, 301}, "États-Unis", "Q30", ""},
		{"France", LOC, []int{19, 318, 966}, "France", "Q142", ""},
		{"Qakbot", MISC, []int{70, 364, 547}, "", "", ""},
		{"Reuters", ORG, []int{109, 227, 1465}, "Reuters", "Q130879", ""},
		{"REUTERS", ORG, []int{203, 1559}, "Reuters", "Q130879", ""},
		{"Kacper Pempel", PER, []int{211, 1567}, "", "", ""},
		{"Laure Beccuau", PER, []int{1177}, "", "", ""},
		{"Christopher Bing", PER, []int{2015}, "", "", ""},
		{"David Ljunggren", PER, []int{2035}, "", "", ""},
		{"Bertrand Boucey", PER, []int{2065}, "", "", ""},
		{"Jean Terzian", PER, []int{2084}, "", "", ""},
		{"département américain de la Justice", ORG, []int{818}, "Département de la Justice des États-Unis", "Q1553390", "DoJ"},
		{"Paris", LOC, []int{1021, 1454}, "", "", ""},
		{"FBI", ORG, []int{1617}, "Federal Bureau of Investigation", "Q8333", "FBI"},
		{"Fusion Media", ORG, []int{3002, 3516, 3932, 4143}, "", "", ""},
		{"Fusion Media Ltd", ORG, []int{4467}, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			for _, s := range tc.starts {
				e, ok := byStart[s]
				if !assert.True(t, ok, "no entity at %d", s) {
					continue
				}
				assert.Equal(t, tc.text, e.Text)
				assert.Equal(t, s+len(tc.text), e.End)
				assert.Equal(t, tc.label, e.Label)
				assert.Equal(t, tc.canonical, e.Canonical)
				assert.Equal(t, tc.id, e.ID)
				assert.Equal(t, tc.acronym, e.Acronym)
			}
		})
	}
	for _, w := range []string{"Parmi", "Les", "Avant", "Illustration", "Publié", "Installez", "Web"} {
		t.Run("not "+w, func(t *testing.T) {
			for i := strings.Index(text, w); i >= 0; {
				for _, e := range ents {
					assert.False(t, e.Start <= i && i < e.End, "%q inside entity %q", w, e.Text)
				}
				j := strings.Index(text[i+1:], w)
				if j < 0 {
					break
				}
				i += 1 + j
			}
		})
	}
}

// TestExtract checks short French sentences written for the purpose.
func TestExtract(t *testing.T) {
	type ent struct {
		text  string
		label Label
	}
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"empty", "", nil},
		{"spaces", " \n\t ", nil},
		{"no names", "il pleut depuis trois jours et la rivière déborde.", nil},
		{"person with title", "M. Emmanuel Macron a reçu jeudi Mme Ursula von der Leyen à l'Élysée.",
			[]ent{{"Emmanuel Macron", PER}, {"Ursula von der Leyen", PER}, {"Élysée", ORG}}},
		{"places", "Le président s'est rendu à Marseille puis à Lyon avant de rejoindre Bruxelles.",
			[]ent{{"Marseille", LOC}, {"Lyon", LOC}, {"Bruxelles", LOC}}},
		{"elided country", "Les exportations d'Allemagne vers l'Italie ont baissé.",
			[]ent{{"Allemagne", LOC}, {"Italie", LOC}}},
		{"legal form ends a name", "© 2024 Acme Widgets Ltd Tous droits réservés.",
			[]ent{{"Acme Widgets Ltd", ORG}}},
		{"prosecutor title", "Le procureur de la République de Lyon a ouvert une enquête.",
			[]ent{{"Lyon", LOC}}},
		{"acronyms", "L'ONU et l'OTAN ont condamné l'attaque, selon l'AFP.",
			[]ent{{"ONU", ORG}, {"OTAN", ORG}, {"AFP", ORG}}},
		{"names with their company in brackets", "Étaient présents Buffet Patrick (Eramet), Crouzet Philippe (Vallourec) et Lévy Maurice (Publicis).",
			[]ent{{"Buffet Patrick", PER}, {"Eramet", ORG}, {"Crouzet Philippe", PER}, {"Vallourec", ORG}, {"Lévy Maurice", PER}, {"Publicis", ORG}}},
		{"un in a heading in capitals", "PISTE D'UN INDIVIDU ISOLE", nil},
		{"acronym of a common noun", "Le PIB de la France a progressé, selon l'Insee.",
			[]ent{{"France", LOC}, {"Insee", ORG}}},
		{"foreign places", "La fusillade a eu lieu à Las Vegas, dans le Nevada, puis à Orlando en Floride.",
			[]ent{{"Las Vegas", LOC}, {"Nevada", LOC}, {"Orlando", LOC}, {"Floride", LOC}}},
		{"article of a newspaper name", "Après avoir lu cette brève parue dans L'Express, il a appelé.",
			[]ent{{"L'Express", ORG}}},
		{"verb after a person name", "Alors qu'Olivier Létang devrait être nommé président, le club hésite.",
			[]ent{{"Olivier Létang", PER}}},
		{"news media", "Selon Le Monde et L’Équipe, l'équipe a été reçue. Nice-Matin l'a confirmé sur France 2.",
			[]ent{{"Le Monde", ORG}, {"L’Équipe", ORG}, {"Nice-Matin", ORG}, {"France 2", ORG}}},
		{"roman numeral", "Le chapitre III du rapport cite l'EI et l'État islamique.",
			[]ent{{"EI", ORG}, {"État islamique", ORG}}},
		{"long institution name", "La Commission nationale de contrôle des techniques de renseignement a rendu son avis.",
			[]ent{{"Commission nationale de contrôle des techniques de renseignement", ORG}}},
		{"union name in lower case", "La Confédération française démocratique du travail a appelé à la grève.",
			[]ent{{"Confédération française démocratique du travail", ORG}}},
		{"institution name stops before a time noun", "L'Union européenne des années 1990 avait choisi Bruxelles.",
			[]ent{{"Union européenne", ORG}, {"Bruxelles", LOC}}},
		{"product after its head noun", "Il utilise le logiciel Signal depuis qu'il vit à Lyon.",
			[]ent{{"Signal", MISC}, {"Lyon", LOC}}},
		{"cities playing a match", "Toulouse a battu Reims samedi, puis Marseille s'est imposé face à Lens.",
			[]ent{{"Toulouse", ORG}, {"Reims", ORG}, {"Marseille", ORG}, {"Lens", ORG}}},
		{"club named after a city", "Le Biarritz Olympique a gagné samedi à Bayonne.",
			[]ent{{"Biarritz Olympique", ORG}, {"Bayonne", LOC}}},
		{"party acronym before a person", "Le député LR Éric Ciotti et la députée UMP Laure de la Raudière ont voté contre.",
			[]ent{{"LR", ORG}, {"Éric Ciotti", PER}, {"UMP", ORG}, {"Laure de la Raudière", PER}}},
		{"acronym and a word that is a first name", "La banque JP Morgan a publié ses résultats.",
			[]ent{{"JP Morgan", ORG}}},
		{"institution names with pour, sur and a name after et de la", "La Commission nationale pour la protection des données a écrit au ministère de l'Enseignement supérieur et de la Recherche.",
			[]ent{{"Commission nationale pour la protection des données", ORG}, {"ministère de l'Enseignement supérieur et de la Recherche", ORG}}},
		{"two institutions joined by et stay two", "Les juges du Conseil d'État et de la Cour de cassation ont siégé.",
			[]ent{{"Conseil d'État", ORG}, {"Cour de cassation", ORG}}},
		{"a city after à is the place even when an organisation bears its name", "Mardi matin, 340 employés de Lumeris Technologies, à Montréal et à Québec, ont appris que leur poste était aboli. Montréal International a réagi.",
			[]ent{{"Lumeris Technologies", ORG}, {"Montréal", LOC}, {"Québec", LOC}, {"Montréal International", ORG}}},
		{"a surname alone after a full name whose first name is not French", "Le maire de Chicago appelle à voter Obama. Selon lui, Barack Obama est le mieux placé pour gagner.",
			[]ent{{"Chicago", LOC}, {"Obama", PER}, {"Barack Obama", PER}}},
		{"a surname alone after the full name", "Montebourg veut relancer l'industrie. Arnaud Montebourg a présenté son plan à Bercy.",
			[]ent{{"Montebourg", PER}, {"Arnaud Montebourg", PER}, {"Bercy", ORG}}},
		{"the items of an enumeration take the label of most of them", "Le festival accueille Stromae, Angèle, Orelsan et Aya Nakamura.",
			[]ent{{"Stromae", PER}, {"Angèle", PER}, {"Orelsan", PER}, {"Aya Nakamura", PER}}},
		{"institution name stops before a date", "Le Conseil européen de fin juin a validé le plan.",
			[]ent{{"Conseil européen", ORG}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			require.Empty(t, spantest.Check(tc.in, spans(got), spantest.Options{}))
			var g []ent
			for _, e := range got {
				g = append(g, ent{e.Text, e.Label})
			}
			assert.Equal(t, tc.want, g)
		})
	}
}

// TestExtractBarriers checks that no entity contains a bracket, a comma,
// a semicolon or a colon, whatever the model scores.
func TestExtractBarriers(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"surname first name (company)", "Étaient présents Buffet Patrick (Eramet), Crouzet Philippe (Vallourec) et Lévy Maurice (Publicis)."},
		{"brackets inside a capitalised run", "Le Conseil (Paris Nord) et la Banque (Lyon Sud) Générale."},
		{"commas between capitals", "Jean Dupont, Marie Martin, Paul Durand; Airbus: Boeing, Safran."},
		{"unmatched bracket", "Selon Jean (Dupont et Marie) Martin, Le Monde [AFP] Reuters."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			require.Empty(t, spantest.Check(tc.in, spans(got), spantest.Options{}))
			require.NotEmpty(t, got)
			for _, e := range got {
				assert.False(t, strings.ContainsAny(e.Text, "()[],;:"), e.Text)
			}
		})
	}
}

// TestExtractEdgeCases checks that odd input gives valid spans.
func TestExtractEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"invalid utf8", "Le \xff\xfe président \xc3 Jean Dupont à Paris\xff."},
		{"nbsp", "Selon\u00a0Jean\u00a0Dupont, la France\u202fa gagné."},
		{"curly quotes", "« Nous irons à Paris », a dit Marie Curie. “Oui”, a répondu l’ONU."},
		{"straight quotes", `"Nous irons à Paris", a dit Marie Curie.`},
		{"only punctuation", "!!! ... ,,, « » —"},
		{"long word", strings.Repeat("A", 10000)},
		{"many capitals", strings.Repeat("Paris Londres Berlin ", 500)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			assert.Empty(t, spantest.Check(tc.in, spans(got), spantest.Options{}))
		})
	}
}

func TestExtractLarge(t *testing.T) {
	b, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	var sb strings.Builder
	for sb.Len() < 10<<20 {
		sb.Write(b)
	}
	text := sb.String()
	got := Extract(text)
	assert.Empty(t, spantest.Check(text, spans(got), spantest.Options{}))
	assert.Greater(t, len(got), 1000)
}

// TestExtractDocSelect checks that offsets refer to d.Text when the Doc is
// a selection of paragraphs.
func TestExtractDocSelect(t *testing.T) {
	text := "Publicité\nLe ministre a rencontré Angela Merkel à Berlin.\nFin"
	d := token.Parse(text).Select(func(p token.Paragraph) bool { return strings.Contains(p.Text, "Berlin") })
	got := ExtractDoc(d)
	require.Empty(t, spantest.Check(text, spans(got), spantest.Options{}))
	var texts []string
	for _, e := range got {
		texts = append(texts, e.Text)
	}
	assert.Equal(t, []string{"Angela Merkel", "Berlin"}, texts)
	assert.Nil(t, ExtractDoc(nil))
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, canonical, id, acronym string
		label                        Label
	}{
		{"département américain de la Justice", "Département de la Justice des États-Unis", "Q1553390", "DoJ", ORG},
		{"DoJ", "Département de la Justice des États-Unis", "Q1553390", "DoJ", ORG},
		{"Etats-Unis", "États-Unis", "Q30", "", LOC},
		{"ETATS-UNIS", "États-Unis", "Q30", "", LOC},
		{"France", "France", "Q142", "", LOC},
		{"fbi", "", "", "", ORG}, // acronyms match in capitals only
		{"Un", "", "", "", ORG},  // not UN
		{"Fbi", "", "", "", ORG},
		{"Europol", "Europol", "", "", ORG},
		{"l’Agence France-Presse", "", "", "", ORG}, // not an alias: the article is not part of names
		{"ONU", "Organisation des Nations unies", "Q1065", "ONU", ORG},
		{"Royaume-Uni", "Royaume-Uni", "Q145", "", LOC},
		{"OCDE", "Organisation de coopération et de développement économiques", "Q41550", "OCDE", ORG},
		{"Pôle emploi", "France Travail", "", "", ORG},
		{"Etat islamique", "État islamique", "", "EI", ORG},
		{"Maison Blanche", "Maison-Blanche", "Q35525", "", ORG},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, ok := Lookup(tc.name)
			if tc.canonical == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.canonical, l.Canonical)
			assert.Equal(t, tc.id, l.ID)
			assert.Equal(t, tc.acronym, l.Acronym)
			assert.Equal(t, tc.label, l.Label)
		})
	}
}

func TestTableAdd(t *testing.T) {
	tb := NewTable()
	tb.Add(Link{Canonical: "Direction générale de la Sécurité intérieure", Acronym: "DGSI", Label: ORG, Aliases: []string{"renseignement intérieur"}})
	l, ok := tb.Lookup("DGSI")
	require.True(t, ok)
	assert.Equal(t, "Direction générale de la Sécurité intérieure", l.Canonical)
	l, ok = tb.Lookup("Renseignement Intérieur")
	require.True(t, ok)
	assert.Equal(t, "DGSI", l.Acronym)
	_, ok = tb.Lookup("France")
	assert.True(t, ok, "NewTable starts from the default links")
	var empty Table
	_, ok = empty.Lookup("France")
	assert.False(t, ok)
	tg := Tagger{Links: tb}
	got := tg.Extract("La DGSI a été saisie par le parquet.")
	require.Len(t, got, 1)
	assert.Equal(t, Entity{Text: "DGSI", Start: 3, End: 7, Label: ORG, Canonical: "Direction générale de la Sécurité intérieure", Acronym: "DGSI"}, got[0])
}

func TestLabelJSON(t *testing.T) {
	b, err := json.Marshal(Entity{Text: "FBI", Start: 3, End: 6, Label: ORG, Canonical: "Federal Bureau of Investigation", ID: "Q8333", Acronym: "FBI"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"FBI","start":3,"end":6,"label":"ORG","canonical":"Federal Bureau of Investigation","id":"Q8333","acronym":"FBI"}`, string(b))
	for l, s := range map[Label]string{PER: "PER", ORG: "ORG", LOC: "LOC", MISC: "MISC", Label(9): "O"} {
		assert.Equal(t, s, l.String())
	}
}

func TestConcurrentExtract(t *testing.T) {
	b, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	want := Extract(string(b))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 5 {
				assert.Equal(t, want, Extract(string(b)))
				Lookup("FBI")
			}
		})
	}
	wg.Go(func() { DefaultTable(); NewTable().Add(Link{Canonical: "Test", Label: ORG}) })
	wg.Wait()
}

const smallCoNLL = `-DOCSTART-	O

M	B-PER
.	I-PER
Chéron	I-PER
est	O
à	O
Paris	B-LOC
.	O

Le	O
ministère	B-ORG
de	I-ORG
la	I-ORG
Guerre	I-ORG
d	O
'	O
Allemagne	B-LOC
.	O

Mme	B-PER
Curie	I-PER
l'a	O
dit	O
à	O
l'Académie	B-ORG
.	O
`

// TestTrainDeterministic trains twice on a small set and checks that the
// models are identical, and that Save and Load round-trip.
func TestTrainDeterministic(t *testing.T) {
	m1, err := Train(strings.NewReader(smallCoNLL), TrainOptions{Epochs: 3, Bits: 12})
	require.NoError(t, err)
	m2, err := Train(strings.NewReader(smallCoNLL), TrainOptions{Epochs: 3, Bits: 12})
	require.NoError(t, err)
	var b1, b2 bytes.Buffer
	require.NoError(t, m1.Save(&b1))
	require.NoError(t, m2.Save(&b2))
	assert.Equal(t, b1.Bytes(), b2.Bytes())
	// Header, transitions, the row bitmap, then the non-zero rows only.
	require.Positive(t, m1.stored())
	assert.Less(t, m1.stored(), 1<<12)
	assert.Equal(t, 6+6+2*(nTags+1)*nTags+8*(1<<12)/64+m1.stored()*nTags, b1.Len())
	m3, err := Load(bytes.NewReader(b1.Bytes()))
	require.NoError(t, err)
	var b3 bytes.Buffer
	require.NoError(t, m3.Save(&b3))
	assert.Equal(t, b1.Bytes(), b3.Bytes())
	tg := Tagger{Model: m3}
	assert.Empty(t, spantest.Check("M. Chéron est à Paris.", spans(tg.Extract("M. Chéron est à Paris.")), spantest.Options{}))
}

func TestNormalise(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		words []string
		tags  []string
	}{
		{"split elision", "d\tB-LOC\n'\tI-LOC\nAllemagne\tI-LOC\n", []string{"d'", "Allemagne"}, []string{"O", "B-LOC"}},
		{"joined elision", "l'Allemagne\tB-LOC\n", []string{"l'", "Allemagne"}, []string{"O", "B-LOC"}},
		{"title out of PER", "M\tB-PER\n.\tI-PER\nChéron\tI-PER\n", []string{"M.", "Chéron"}, []string{"O", "B-PER"}},
		{"Mme out of PER", "Mme\tB-PER\nCurie\tI-PER\n", []string{"Mme", "Curie"}, []string{"O", "B-PER"}},
		{"OCR hyphenation", "Shakes¬\tB-PER\npeare\tB-PER\nécrit\tO\n", []string{"Shakespeare", "écrit"}, []string{"B-PER", "O"}},
	}
	names := map[int]string{tagO: "O", tagB(PER): "B-PER", tagI(PER): "I-PER", tagB(LOC): "B-LOC", tagI(LOC): "I-LOC"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := readCoNLL(strings.NewReader(tc.in))
			require.NoError(t, err)
			require.Len(t, s, 1)
			assert.Equal(t, tc.words, s[0].words)
			var tags []string
			for _, tg := range s[0].tags {
				tags = append(tags, names[tg])
			}
			assert.Equal(t, tc.tags, tags)
		})
	}
}

func TestTrainErrors(t *testing.T) {
	for _, in := range []string{"Paris\tB-XYZ\n", "Paris\n", "Paris\tX-LOC\n"} {
		_, err := Train(strings.NewReader(in), TrainOptions{Bits: 8})
		assert.Error(t, err, in)
	}
	_, err := Load(strings.NewReader("not a model"))
	assert.Error(t, err)
	_, err = Load(strings.NewReader("DPNER\x01\x00"))
	assert.Error(t, err)
}

// TestEmbeddedModel checks the size of the embedded model.
func TestEmbeddedModel(t *testing.T) {
	m := DefaultModel()
	require.NotNil(t, m)
	assert.LessOrEqual(t, len(model.NER), 10<<20)
}

// TestOpenEnd checks that a name the model ends on a preposition takes the
// noun after it, or loses the preposition when none follows.
func TestOpenEnd(t *testing.T) {
	tests := []struct {
		name, text, tagged, want string
	}{
		{"noun after la", "Elle dirige la Maison de la radio depuis mai.", "Maison de", "Maison de la radio"},
		{"noun after des", "La Cité des sciences ouvre lundi.", "Cité des", "Cité des sciences"},
		{"no noun after", "Il parle de la Banque de, dit-il, France.", "Banque de", "Banque"},
		{"name that ends well", "La Banque de France a relevé ses prévisions.", "Banque de France", "Banque de France"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := token.Parse(tc.text)
			s := strings.Index(tc.text, tc.tagged)
			require.GreaterOrEqual(t, s, 0)
			got := openEnd(d, []Entity{{Text: tc.tagged, Start: s, End: s + len(tc.tagged), Label: LOC}})
			require.Len(t, got, 1)
			assert.Equal(t, tc.want, got[0].Text)
			assert.Equal(t, tc.text[got[0].Start:got[0].End], got[0].Text)
		})
	}
}
