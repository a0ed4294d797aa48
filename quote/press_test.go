package quote

import (
	"testing"
)

// TestPressRows covers what real news pages add to the styles of
// TestCueRows: quote marks used to name or to keep a distance, reported
// clauses that carry quoted fragments, organisations as speakers, several
// speakers in one article and first-person text that is not reported.
func TestPressRows(t *testing.T) {
	rows := []row{
		{"one quoted word after se dire is not a quotation",
			"Joint par téléphone, le maire de la commune, Paul Renard, s'est dit « stupéfait » et a appelé au calme.",
			nil},
		{"two quoted words after décrire comme are not a quotation",
			"Sa voisine a décrit l'accusé comme un « homme discret » qui ne recevait personne.",
			nil},
		{"scare quotes with no cue are not a quotation",
			"Le club reste le « maillon faible » d'une ligue en plein essor.",
			nil},
		{"short fragment as the object of an evaluative verb stays a quotation",
			"La députée Claire Moulin a dénoncé un « passage en force » du gouvernement.",
			[]want{{"passage en force", "direct", "dénoncer", "La députée Claire Moulin", "Claire Moulin", "F"}}},
		{"a cue in a condition is not reported speech",
			"La commission pourra saisir le juge si elle estime que les règles ont été enfreintes.",
			nil},
		{"prévoir with a plan as subject is not speech",
			"Le plan de la direction prévoit une « baisse des effectifs de 200 postes dans les usines ».",
			nil},
		{"prévoir with a person as subject reports",
			"Le ministre Paul Durand prévoit que les prix baisseront dès l'automne.",
			[]want{{"les prix baisseront dès l'automne", "indirect", "prévoir", "Le ministre Paul Durand", "Paul Durand", "M"}}},
		{"the text of a law quoted inside a sentence is not a quotation",
			"Le décret permet aux préfets de fermer un lieu de culte afin que le juge « se prononce sur la dissolution de l'association dans un délai de trois mois ».",
			nil},
		{"de l'avis de inside a clause is not a cue",
			"Le préfet pourra se passer de l'avis de la commission régionale pour fermer un établissement.",
			nil},
		{"pour X after a comma inside a clause is not a cue",
			"L'usage des drones est désormais permis, pour les gendarmes, dans certaines zones.",
			nil},
		{"pour X followed by a relative clause is not a cue",
			"Est-ce une manière, pour le sénateur, qui brigue la mairie, de se démarquer de son parti ?",
			nil},
		{"the writer in the first person is not quoted",
			"Pour cet atelier, je rejoins une équipe qui veut former les bénévoles au logiciel libre.",
			nil},
		{"the reader in the second person is not quoted",
			"Vous expliquerez pourquoi la presse régionale a besoin de nouveaux actionnaires.",
			nil},
		{"the first person plural reporting is not quoted",
			"Nous avons rappelé que les inscriptions ferment le 3 mai.",
			nil},
		{"short fragment before que goes with the reported clause; apposition with an acronym",
			"Depuis Genève, Marc Vidal, directeur de l'Organisation mondiale du tourisme (OMT), a lui aussi jugé « urgent » lundi que les compagnies baissent leurs prix : « Le secteur ne tiendra pas », a-t-il estimé.",
			[]want{
				{"les compagnies baissent leurs prix", "indirect", "juger", "Marc Vidal", "Marc Vidal", "M"},
				{"Le secteur ne tiendra pas", "direct", "estimer", "il", "Marc Vidal", "M"},
			}},
		{"a quotation alone on its line with no final punctuation is a subheading",
			"« Des réformes favorables à l'emploi »\nLa situation espagnole paraît plus solide.",
			nil},
		{"a role with another complement is another person",
			"« Les comptes sont sains », a déclaré Luc Perrin, le ministre des Finances. Selon le ministre de l'Agriculture, les éleveurs seront aidés dès mars.",
			[]want{
				{"Les comptes sont sains", "direct", "déclarer", "Luc Perrin", "Luc Perrin", "M"},
				{"les éleveurs seront aidés dès mars", "indirect", "selon", "le ministre de l'Agriculture", "ministre de l'Agriculture", "M"},
			}},
		{"an indefinite description of someone close to a speaker stays itself",
			"« Les comptes sont sains », a déclaré Luc Perrin, le ministre des Finances. « Il n'a rien promis de plus », a précisé un proche du ministre.",
			[]want{
				{"Les comptes sont sains", "direct", "déclarer", "Luc Perrin", "Luc Perrin", "M"},
				{"Il n'a rien promis de plus", "direct", "préciser", "un proche du ministre", "proche du ministre", "M"},
			}},
		{"le gouvernement is not the organisation quoted before",
			"La Commission nationale du débat public a estimé que le projet manquait de clarté. Le gouvernement a répondu que le calendrier serait tenu.",
			[]want{
				{"le projet manquait de clarté", "indirect", "estimer", "La Commission nationale du débat public", "Commission nationale du débat public", ""},
				{"le calendrier serait tenu", "indirect", "répondre", "Le gouvernement", "gouvernement", ""},
			}},
		{"an interview: answers after the name, the initials or a question",
			"Anne Morel : « La forêt brûlera encore »\n\nENTRETIEN. Ingénieure forestière, Anne Morel revient sur l'été.\n\nLe Temps : Quelle est l'ampleur des dégâts ?\n\nAnne Morel : Trois mille hectares ont brûlé en deux semaines.\n\nFaut-il replanter ?\n\nA. M. : Pas partout. La forêt sait se refaire seule.\n\nQu'est-ce qui vous inquiète le plus ?\n\nL'eau, qui manque de plus en plus tôt dans l'été.",
			[]want{
				{"La forêt brûlera encore", "direct", "", "Anne Morel", "Anne Morel", "F"},
				{"Trois mille hectares ont brûlé en deux semaines.", "direct", "", "Anne Morel", "Anne Morel", "F"},
				{"Pas partout. La forêt sait se refaire seule.", "direct", "", "A. M.", "Anne Morel", "F"},
				{"L'eau, qui manque de plus en plus tôt dans l'été.", "direct", "", "Anne Morel", "Anne Morel", "F"},
			}},
		{"one paragraph opening with a name and a colon is no interview",
			"Le programme de la soirée est connu.\n\nPaul Vernet : trois chansons de son premier album, puis un duo.",
			nil},
		{"in a press review, le quotidien is the outlet just named, not one named later",
			"Pour Le Figaro, le texte est « un signal désastreux ». Le quotidien rappelle que l'impôt sur la fortune a été supprimé en 2018.\n\nLes Échos adoptent une position plus nuancée. Le quotidien économique salue « un débat légitime ».\n\nLe quotidien belge Le Soir note que la Belgique pourrait « accueillir les exilés fiscaux ».",
			[]want{
				{"le texte est « un signal désastreux »", "mixed", "pour", "Le Figaro", "Le Figaro", ""},
				{"l'impôt sur la fortune a été supprimé en 2018", "indirect", "rappeler", "Le quotidien", "Le Figaro", ""},
				{"un débat légitime", "direct", "saluer", "Le quotidien économique", "Les Échos", ""},
				{"la Belgique pourrait « accueillir les exilés fiscaux »", "mixed", "noter", "Le quotidien belge Le Soir", "Le Soir", ""},
			}},
		{"an interview with no labels: answers after questions, under a title Name : « … »",
			"Hugo Lemaire : « Le public m'a porté »\n\nÉliminé en quarts de finale, le Lyonnais revient sur la quinzaine.\n\nQue reste-t-il de ce quart de finale ?\n\nBeaucoup de fatigue et un peu de frustration.\n\nComment expliquez-vous cette progression ?\n\nPar le travail, tout simplement.",
			[]want{
				{"Le public m'a porté", "direct", "", "Hugo Lemaire", "Hugo Lemaire", "M"},
				{"Beaucoup de fatigue et un peu de frustration.", "direct", "", "Hugo Lemaire", "Hugo Lemaire", "M"},
				{"Par le travail, tout simplement.", "direct", "", "Hugo Lemaire", "Hugo Lemaire", "M"},
			}},
		{"questions and answers of an explainer are the writer's",
			"Réforme des retraites : ce qu'il faut retenir\n\nQui est concerné ?\n\nLes salariés nés après 1968 partiront plus tard.\n\nQuand la réforme entre-t-elle en vigueur ?\n\nLe premier septembre, pour les premiers départs.",
			nil},
	}
	checkRows(t, rows)
}
