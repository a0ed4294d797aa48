package quote

import (
	"testing"

	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCueRows covers reported-speech cues and speaker resolution in the
// styles of French, Belgian and Swiss news: participles, verbs with an
// object or a prepositional phrase before que or an infinitive, incises
// in reported speech, selon phrases, roles, acronyms and pronouns.
func TestCueRows(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"participle en affirmant que, up to sans que",
			"Le syndicat a nié toute responsabilité en affirmant que le geste était lié à des problèmes privés, sans que la direction ne précise davantage.",
			[]want{{"le geste était lié à des problèmes privés", "indirect", "affirmer", "Le syndicat", "syndicat", ""}}},
		{"participle after a comma, subject of the main clause",
			"Le président François Hollande a demandé une enquête, estimant que ce drame appelle une réponse rapide.",
			[]want{{"ce drame appelle une réponse rapide", "indirect", "estimer", "Le président François Hollande", "François Hollande", "M"}}},
		{"comme le précise X, with apposition",
			"L'armée ne quittera pas la région, comme le précise l'ambassadeur de France, Bernard Bajolet.",
			[]want{{"L'armée ne quittera pas la région", "indirect", "préciser", "l'ambassadeur de France", "Bernard Bajolet", "M"}}},
		{"prepositional phrase between the verb and que",
			"Des analystes jugent dans la presse coréenne que le verdict pourrait être une chance.",
			[]want{{"le verdict pourrait être une chance", "indirect", "juger", "Des analystes", "analystes", ""}}},
		{"verb with an object before à and an infinitive",
			"Le ministère de la Santé invite les Français à boire beaucoup d'eau.",
			[]want{{"boire beaucoup d'eau", "indirect", "inviter", "Le ministère de la Santé", "ministère de la Santé", ""}}},
		{"time phrase before à, role with apposition",
			"Le maire de Lyon, Grégory Doucet, appelle cet après-midi à voter pour la réforme.",
			[]want{{"voter pour la réforme", "indirect", "appeler", "Le maire de Lyon", "Grégory Doucet", "M"}}},
		{"promettre de, pronoun to the named subject",
			"Anne Hidalgo est arrivée. Elle a promis de remettre le pouvoir avant le 30 juin.",
			[]want{{"remettre le pouvoir avant le 30 juin", "indirect", "promettre", "Elle", "Anne Hidalgo", "F"}}},
		{"second verb of the subject after mais",
			"Météo France a relevé 27 degrés à Nice, mais précise que les records n'ont pas été battus.",
			[]want{{"les records n'ont pas été battus", "indirect", "préciser", "Météo France", "Météo France", ""}}},
		{"selon a report by an institute, title in quotes is not a quotation",
			"Selon un rapport publié par l'Insee sur « Les revenus des ménages », la crise a touché les plus pauvres.",
			[]want{{"la crise a touché les plus pauvres", "indirect", "selon", "l'Insee", "Insee", ""}}},
		{"Swiss institution with selon",
			"Selon le Conseil fédéral, la mesure entrera en vigueur le 1er janvier.",
			[]want{{"la mesure entrera en vigueur le 1er janvier", "indirect", "selon", "le Conseil fédéral", "Conseil fédéral", ""}}},
		{"selon meaning depending on", "Selon les cas, les résultats sont publiés entre 8 heures et 19 heures.", nil},
		{"impersonal passive", "Il est prévu que la capsule amerrisse dans le Pacifique.", nil},
		{"name of a law in quotes", "Le texte, la loi dite « Sur l'information », a été adopté par les députés russes hier.", nil},
		{"incise in reported speech, connective left out",
			"Par ailleurs, poursuit l'ancien président, une langue n'a pas d'avenir sans économie.",
			[]want{{"une langue n'a pas d'avenir sans économie", "indirect", "poursuivre", "l'ancien président", "ancien président", "M"}}},
		{"incise with an inverted pronoun splits the content",
			"Les orateurs estiment que le français recule. Le français, disent-ils, est la langue de l'avenir.",
			[]want{
				{"le français recule", "indirect", "estimer", "Les orateurs", "orateurs", ""},
				{"Le français", "indirect", "dire", "ils", "orateurs", ""},
				{"est la langue de l'avenir", "indirect", "dire", "ils", "orateurs", ""},
			}},
		{"role noun to the person named with that role",
			"Le ministre de l'Intérieur Gérald Darmanin a annoncé mardi de nouvelles mesures. « Nous serons fermes », a déclaré le ministre.",
			[]want{{"Nous serons fermes", "direct", "déclarer", "le ministre", "Gérald Darmanin", "M"}}},
		{"acronym in parentheses before the apposed name",
			"« Les marges ont augmenté », explique le président de l'Union française des industries pétrolières (Ufip), Jean Louis Schilansky.",
			[]want{{"Les marges ont augmenté", "direct", "expliquer", "le président de l'Union française des industries pétrolières", "Jean Louis Schilansky", "M"}}},
		{"acronym expanded from the article",
			"La Confédération générale du travail (CGT) a tenu son congrès. « Nous ne céderons pas », a déclaré la CGT.",
			[]want{{"Nous ne céderons pas", "direct", "déclarer", "la CGT", "Confédération générale du travail", ""}}},
		{"definite description to the person last quoted",
			"« Les résultats sont alarmants », a expliqué Gilles-Éric Séralini. « Les mortalités sont plus rapides », résume l'universitaire.",
			[]want{
				{"Les résultats sont alarmants", "direct", "expliquer", "Gilles-Éric Séralini", "Gilles-Éric Séralini", "M"},
				{"Les mortalités sont plus rapides", "direct", "résumer", "l'universitaire", "Gilles-Éric Séralini", "M"},
			}},
		{"pronoun to the subject, not to an apposed name",
			"Le journaliste Thierry Roland s'est éteint samedi, aux côtés de son complice, Jean-Michel Larqué. Il avait lancé en 1998 : « On peut mourir tranquille ! »",
			[]want{{"On peut mourir tranquille !", "direct", "lancer", "Il", "Thierry Roland", "M"}}},
		{"selon eux to the plural subject",
			"Les talibans ont visé cet hôtel car, selon eux, il abritait des fêtes.",
			[]want{{"il abritait des fêtes", "indirect", "selon", "eux", "talibans", ""}}},
		{"pour X followed by a colon",
			"La conclusion est claire pour les chercheurs : le génome est altéré.",
			[]want{{"le génome est altéré", "indirect", "pour", "les chercheurs", "chercheurs", ""}}},
		{"relative qui with an object clitic",
			"Il a eu un clash avec Bernard Bonnet, le préfet de Corse, qui lui avait rétorqué : « Je partirai quand vous cesserez. »",
			[]want{{"Je partirai quand vous cesserez.", "direct", "rétorquer", "le préfet de Corse", "Bernard Bonnet", "M"}}},
		{"faire savoir que",
			"La coordination a fait savoir que neuf départements n'ont plus qu'une maternité.",
			[]want{{"neuf départements n'ont plus qu'une maternité", "indirect", "faire savoir", "La coordination", "coordination", ""}}},
		{"quoted fragment object of a cue verb",
			"Jean-François Copé a déploré un discours « truffé d'incantations ».",
			[]want{{"truffé d'incantations", "direct", "déplorer", "Jean-François Copé", "Jean-François Copé", "M"}}},
		{"se dire convaincu que",
			"Le premier ministre s'est dit convaincu que la réforme passera.",
			[]want{{"la réforme passera", "indirect", "dire", "Le premier ministre", "premier ministre", "M"}}},
		{"negated infinitive after a reporting verb",
			"La ministre a dit ne pas vouloir démissionner avant l'été.",
			[]want{{"ne pas vouloir démissionner avant l'été", "indirect", "dire", "La ministre", "ministre", "F"}}},
		{"elided negation before avoir",
			"Le maire a affirmé n'avoir jamais reçu cette lettre.",
			[]want{{"n'avoir jamais reçu cette lettre", "indirect", "affirmer", "Le maire", "maire", "M"}}},
		{"reported content after a colon, without quote marks",
			"Le ministère a précisé : les vols reprendront lundi matin.",
			[]want{{"les vols reprendront lundi matin", "indirect", "préciser", "Le ministère", "ministère", ""}}},
		{"a threat with an infinitive is not reported speech", "L'entreprise menace de fermer son usine de Douai.", nil},
		{"second quoted fragment of the same clause",
			"Jean-François Copé a déploré un discours « truffé d'incantations » et manquant « de courage politique ».",
			[]want{
				{"truffé d'incantations", "direct", "déplorer", "Jean-François Copé", "Jean-François Copé", "M"},
				{"de courage politique", "direct", "déplorer", "Jean-François Copé", "Jean-François Copé", "M"},
			}},
		{"participle before a quoted fragment, subject of the main clause",
			"Le syndicat estime que la direction a menti, évoquant des « refus répétés de dialoguer ».",
			[]want{
				{"la direction a menti", "indirect", "estimer", "Le syndicat", "syndicat", ""},
				{"refus répétés de dialoguer", "direct", "évoquer", "Le syndicat", "syndicat", ""},
			}},
		{"sentence-initial participle, subject after the clause",
			"Estimant que la réforme est injuste, le syndicat a appelé à la grève.",
			[]want{{"la réforme est injuste", "indirect", "estimer", "le syndicat", "syndicat", ""}}},
		{"sentence-initial participle before a quotation",
			"Antoni Pastor a été exclu. Estimant que « le catalan est notre propre langue », il avait voté contre le texte.",
			[]want{{"le catalan est notre propre langue", "direct", "estimer", "il", "Antoni Pastor", "M"}}},
		{"definite description of an organisation to the one last quoted",
			"Le syndicat SUD estime que la direction a menti. La centrale syndicale précise que trois postes seront supprimés.",
			[]want{
				{"la direction a menti", "indirect", "estimer", "Le syndicat SUD", "syndicat SUD", ""},
				{"trois postes seront supprimés", "indirect", "préciser", "La centrale syndicale", "syndicat SUD", ""},
			}},
		{"que followed by a quotation and a participle: two direct quotations",
			"Le syndicat estime que « la direction a menti » évoquant des « refus répétés de dialoguer ».",
			[]want{
				{"la direction a menti", "direct", "estimer", "Le syndicat", "syndicat", ""},
				{"refus répétés de dialoguer", "direct", "évoquer", "Le syndicat", "syndicat", ""},
			}},
		{"selon a ranking by an organisation whose name holds sans",
			"Selon le classement établi par Reporters sans frontières, la Birmanie est classée 169e.",
			[]want{{"la Birmanie est classée 169e", "indirect", "selon", "Reporters sans frontières", "Reporters sans frontières", ""}}},
		{"selon experts questioned by a newspaper: the experts speak",
			"Selon les experts interrogés par Le Monde, la hausse va continuer.",
			[]want{{"la hausse va continuer", "indirect", "selon", "les experts interrogés", "experts interrogés", ""}}},
		{"estimer à with a number",
			"La CGT estime à 75 000 le nombre d'emplois menacés.",
			[]want{{"75 000 le nombre d'emplois menacés", "indirect", "estimer", "La CGT", "CGT", ""}}},
		{"pour X with an apposition before the colon",
			"La CGT tiendra une conférence. Pour Bernard Thibault, son secrétaire général : « C'est un moment important. »",
			[]want{{"C'est un moment important.", "direct", "pour", "Bernard Thibault", "Bernard Thibault", "M"}}},
		{"faire valoir after a quotation",
			"« Le texte est prêt », a fait valoir le ministre.",
			[]want{{"Le texte est prêt", "direct", "faire valoir", "le ministre", "ministre", "M"}}},
		{"laisser entendre que",
			"La ministre a laissé entendre qu'elle pourrait démissionner.",
			[]want{{"elle pourrait démissionner", "indirect", "laisser entendre", "La ministre", "ministre", "F"}}},
		{"speaker and colon, title style",
			"Laure Beccuau : « Nous poursuivrons les auteurs. »",
			[]want{{"Nous poursuivrons les auteurs.", "direct", "", "Laure Beccuau", "Laure Beccuau", "F"}}},
		{"role with apposition and colon",
			"Le ministre de la Santé, François Braun : « La situation est sous contrôle. »",
			[]want{{"La situation est sous contrôle.", "direct", "", "Le ministre de la Santé", "François Braun", "M"}}},
		{"impersonal on is not resolved to a person",
			"Jean Martin est arrivé. « Rien n'est décidé », explique-t-on à Matignon.",
			[]want{{"Rien n'est décidé", "direct", "expliquer", "on", "on", ""}}},
		{"quotation after a colon goes to the subject of its sentence",
			"« Tout va bien », a dit Paul Durand. Marie Durand, infirmière à Lyon, ne décolère pas : « Nous manquons de tout. »",
			[]want{
				{"Tout va bien", "direct", "dire", "Paul Durand", "Paul Durand", "M"},
				{"Nous manquons de tout.", "direct", "", "Marie Durand", "Marie Durand", "F"},
			}},
		{"lawyer's title Me is not part of the name",
			"« Nous allons déposer plainte », a annoncé à l'AFP l'avocat de la famille, Me Jean Dupont.",
			[]want{{"Nous allons déposer plainte", "direct", "annoncer", "l'avocat de la famille", "Jean Dupont", "M"}}},
		{"capitalised role is a description, not a name",
			"Le Premier ministre a déclaré mardi soir sur TF1 qu'il ne démissionnerait pas.",
			[]want{{"il ne démissionnerait pas", "indirect", "déclarer", "Le Premier ministre", "Premier ministre", "M"}}},
		{"participle after a main clause, Belgian institution",
			"Le Parquet fédéral belge a confirmé l'arrestation de deux suspects, précisant qu'ils seraient entendus mardi.",
			[]want{{"ils seraient entendus mardi", "indirect", "préciser", "Le Parquet fédéral belge", "Parquet fédéral belge", ""}}},
		{"appeler à with a noun is not reported speech", "Les syndicats appellent à une nouvelle journée de mobilisation jeudi.", nil},
		{"tenir à + infinitive cue",
			"Le ministre a tenu à préciser que rien n'était décidé.",
			[]want{{"rien n'était décidé", "indirect", "préciser", "Le ministre", "ministre", "M"}}},
		{"modal + infinitive cue",
			"La présidente a voulu rappeler que la loi s'applique à tous.",
			[]want{{"la loi s'applique à tous", "indirect", "rappeler", "La présidente", "présidente", "F"}}},
		{"selon phrase between the verb and que",
			"Le maire a déclaré, selon l'AFP, que la fête aurait lieu.",
			[]want{{"la fête aurait lieu", "indirect", "déclarer", "Le maire", "maire", "M"}}},
		{"du côté de X, on …",
			"Du côté de l’opposition, on dénonce « un budget insincère ».",
			[]want{{"un budget insincère", "direct", "dénoncer", "l’opposition", "opposition", ""}}},
		{"du côté du X, on estime que",
			"Du côté du gouvernement, on estime que la réforme est nécessaire.",
			[]want{{"la réforme est nécessaire", "indirect", "estimer", "gouvernement", "gouvernement", ""}}},
		{"a subordinate clause after an incise is not content",
			"Marie Dupuy est arrivée. « Nous étudierons toutes les options », a-t-elle ajouté, avant de quitter la salle.",
			[]want{{"Nous étudierons toutes les options", "direct", "ajouter", "elle", "Marie Dupuy", "F"}}},
		{"pour X with a bare role apposition before a quotation",
			"Pour Jean-Luc Martin, président de l’association des commerçants, « la situation devient intenable ».",
			[]want{{"la situation devient intenable", "direct", "pour", "Jean-Luc Martin", "Jean-Luc Martin", "M"}}},
		{"feminine role to the woman named as subject before",
			"La Première ministre Élisabeth Borne a, elle, défendu la réforme. « Elle est juste », a insisté la cheffe du gouvernement.",
			[]want{{"Elle est juste", "direct", "insister", "la cheffe du gouvernement", "Élisabeth Borne", "F"}}},
		{"Swiss style, demonym as a description of the last speaker",
			"Le conseiller fédéral Alain Berset a estimé que la Suisse devait rester neutre. Le Fribourgeois a ajouté : « La neutralité nous protège. »",
			[]want{
				{"la Suisse devait rester neutre", "indirect", "estimer", "Le conseiller fédéral Alain Berset", "Alain Berset", "M"},
				{"La neutralité nous protège.", "direct", "ajouter", "Le Fribourgeois", "Alain Berset", "M"},
			}},
		{"Belgian style, party description of the last speaker",
			"“Il faut agir”, affirme le bourgmestre de Bruxelles, Philippe Close. Le socialiste précise que des mesures seront prises.",
			[]want{
				{"Il faut agir", "direct", "affirmer", "le bourgmestre de Bruxelles", "Philippe Close", "M"},
				{"des mesures seront prises", "indirect", "préciser", "Le socialiste", "Philippe Close", "M"},
			}},
		{"Belgian style, straight quotes and a feminine role",
			"\"Nous sommes prêts\", a déclaré mardi la ministre belge de l'Intérieur, Annelies Verlinden.",
			[]want{{"Nous sommes prêts", "direct", "déclarer", "la ministre belge de l'Intérieur", "Annelies Verlinden", "F"}}},
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
