package quote

import (
	"testing"

	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecallRows covers reported speech whose cue stands far from the
// content or after it with a clause of its own: conjunctions after the
// speaker, participles and relative clauses that continue the cue,
// adverbials between the verb and que, short clauses after a clear cue.
func TestRecallRows(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"cue after the content, then a clause with tandis que",
			"Aucune trace du colis n'a été retrouvée à ce stade, a indiqué de son côté la gendarmerie, tandis que la mairie a appelé au calme.",
			[]want{{"Aucune trace du colis n'a été retrouvée à ce stade", "indirect", "indiquer", "la gendarmerie", "gendarmerie", ""}}},
		{"a participle continues an inverted cue",
			"« Je ne sais rien », a déclaré Marc Dubois. Sa sœur n'avait jamais voyagé à l'étranger, a-t-il ajouté, précisant qu'elle vivait seule depuis dix ans.",
			[]want{
				{"Je ne sais rien", "direct", "déclarer", "Marc Dubois", "Marc Dubois", "M"},
				{"Sa sœur n'avait jamais voyagé à l'étranger", "indirect", "ajouter", "il", "Marc Dubois", "M"},
				{"elle vivait seule depuis dix ans", "indirect", "préciser", "il", "Marc Dubois", "M"},
			}},
		{"dès and a date between the verb and que",
			"Le ministère avait indiqué dès mardi que la réforme serait votée avant l'été.",
			[]want{{"la réforme serait votée avant l'été", "indirect", "indiquer", "Le ministère", "ministère", ""}}},
		{"a long adverbial between the verb and que",
			"Le syndicat a affirmé jeudi 12 mars, lors d'une conférence de presse à Lyon, que la grève serait reconduite.",
			[]want{{"la grève serait reconduite", "indirect", "affirmer", "Le syndicat", "syndicat", ""}}},
		{"a participle after the cue of a quotation, with par exemple",
			"« Nous signerons le texte », a affirmé Julie Caron, regrettant par exemple que la fusion des deux services « reste possible ».",
			[]want{
				{"Nous signerons le texte", "direct", "affirmer", "Julie Caron", "Julie Caron", "F"},
				{"la fusion des deux services « reste possible »", "mixed", "regretter", "Julie Caron", "Julie Caron", "F"},
			}},
		{"a quoted word right before que goes with the clause",
			"La maire a jugé « inacceptable » que les travaux prennent encore six mois de retard.",
			[]want{{"« inacceptable » que les travaux prennent encore six mois de retard", "mixed", "juger", "La maire", "maire", "F"}}},
		{"qui after the speaker of a cue reports again",
			"Le pont sera fermé pendant trois semaines, a précisé la mairie, qui a ajouté que des navettes seraient mises en place.",
			[]want{
				{"Le pont sera fermé pendant trois semaines", "indirect", "préciser", "la mairie", "mairie", ""},
				{"des navettes seraient mises en place", "indirect", "ajouter", "la mairie", "mairie", ""},
			}},
		{"a one-word clause after a clear cue and que",
			"Interrogé sur le calendrier, le ministre a dit que oui.",
			[]want{{"oui", "indirect", "dire", "le ministre", "ministre", "M"}}},
		{"pour qui after the speaker of a quotation",
			"« Nous ne céderons pas », a lancé Anne Roux, de la CGT, pour qui cette réforme est une « provocation ».",
			[]want{
				{"Nous ne céderons pas", "direct", "lancer", "Anne Roux", "Anne Roux", "F"},
				{"cette réforme est une « provocation »", "mixed", "pour", "Anne Roux", "Anne Roux", "F"},
			}},
		{"tandis que after a cue's object is not reported",
			"La direction a confirmé mardi un plan de départs de 300 postes, tandis que son concurrent pourrait supprimer 500 emplois.",
			nil},
		{"the content stops before mais and a new speaker",
			"La mairie a affirmé que le suspect avait été arrêté, mais un responsable de la police s'est dit sceptique sur cette version.",
			[]want{{"le suspect avait été arrêté", "indirect", "affirmer", "La mairie", "mairie", ""}}},
		{"the content stops before a participle clause that reports nothing",
			"La présidence avait indiqué dès lundi que le débat était prématuré, répondant ainsi aux demandes des élus.",
			[]want{{"le débat était prématuré", "indirect", "indiquer", "La présidence", "présidence", ""}}},
		{"cependant after the content is no participle clause",
			"Le club a assuré que le stade serait prêt, cependant sans donner de date.",
			[]want{{"le stade serait prêt, cependant sans donner de date", "indirect", "assurer", "Le club", "club", ""}}},
		{"reconnaissant que after the cue of a quotation",
			"« Nous émettons des réserves », a expliqué Paul Martin, reconnaissant que la médiation avait permis des avancées.",
			[]want{
				{"Nous émettons des réserves", "direct", "expliquer", "Paul Martin", "Paul Martin", "M"},
				{"la médiation avait permis des avancées", "indirect", "reconnaître", "Paul Martin", "Paul Martin", "M"},
			}},
		{"X le disait lors de …, content",
			"Paul Martin le disait lors du congrès de Lyon (en présence des délégués), la majorité des adhérents sont très âgés.",
			[]want{{"la majorité des adhérents sont très âgés", "indirect", "dire", "Paul Martin", "Paul Martin", "M"}}},
		{"X l'a rappelé lundi, content",
			"Le ministre l'a rappelé lundi à Lyon, la réforme sera votée en mars.",
			[]want{{"la réforme sera votée en mars", "indirect", "rappeler", "Le ministre", "ministre", "M"}}},
		{"l' before a noun that looks like a verb is no cue",
			"Les fortes pluies maintiennent l'alerte orange dans 12 départements, allant du sud au nord.",
			nil},
		{"a verbal adjective is no cue: s'est voulue confiante, en estimant que",
			"La directrice s'est voulue confiante, en estimant que le texte ouvrait la voie d'un compromis.",
			[]want{{"le texte ouvrait la voie d'un compromis", "indirect", "estimer", "La directrice", "directrice", "F"}}},
		{"pour qui with a quoted fragment, after reported speech in an earlier paragraph",
			"Le syndicat a affirmé que la grève continuerait.\n« Nous sommes déçus », a commenté Jean Dupont, de la CFDT, pour qui ces trois jours de discussions ont été une « thérapie de groupe ».",
			[]want{
				{"la grève continuerait", "indirect", "affirmer", "Le syndicat", "syndicat", ""},
				{"Nous sommes déçus", "direct", "commenter", "Jean Dupont", "Jean Dupont", "M"},
				{"ces trois jours de discussions ont été une « thérapie de groupe »", "mixed", "pour", "Jean Dupont", "Jean Dupont", "M"},
			}},
		{"s'accorde à dire que after a phrase of place",
			"Au ministère, chacun s'accorde à dire que la réforme est nécessaire.",
			[]want{{"la réforme est nécessaire", "indirect", "dire", "chacun", "chacun", ""}}},
		{"a tenu à dire que after a phrase of place, with a noun subject",
			"À Bercy, les experts ont tenu à dire que la réforme est nécessaire.",
			[]want{{"la réforme est nécessaire", "indirect", "dire", "les experts", "experts", ""}}},
		{"convenir reports",
			"Le ministre a convenu que la réforme était mal engagée.",
			[]want{{"la réforme était mal engagée", "indirect", "convenir", "Le ministre", "ministre", "M"}}},
		{"the impersonal il convient reports nothing",
			"Il convient que les élus se prononcent avant l'été.",
			nil},
		{"comme l'a souligné opens the sentence",
			"Comme l'a souligné la ministre, la réforme entrera en vigueur en mars.",
			[]want{{"la réforme entrera en vigueur en mars", "indirect", "souligner", "la ministre", "ministre", "F"}}},
		{"comme l'a souligné after a connective, with an acronym and a participle",
			"Cependant, comme l'a souligné l'Insee (l'Institut national de la statistique), sollicité pour cette étude, il est difficile de mesurer le chômage.",
			[]want{{"il est difficile de mesurer le chômage", "indirect", "souligner", "l'Insee", "Institut national de la statistique", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			require.Len(t, got, len(tc.want), "%+v", got)
			for i, w := range tc.want {
				q := got[i]
				assert.Equal(t, w.text, q.Text)
				assert.Equal(t, w.kind, q.Kind.String())
				assert.Equal(t, w.verb, q.Verb)
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
