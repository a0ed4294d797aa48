package quote

import (
	"testing"
)

// TestNewsRows covers agency datelines before a lead, and speakers named
// by a role, a nationality or an organisation description earlier in the
// article.
func TestNewsRows(t *testing.T) {
	rows := []row{
		{"AFP dateline, role apposition after the verb",
			"PARIS (AFP) - Le salaire minimum augmentera de 1,5 % au 1er mai, a annoncé jeudi la ministre du Travail, Catherine Vautrin.",
			[]want{{"Le salaire minimum augmentera de 1,5 % au 1er mai", "indirect", "annoncer", "la ministre du Travail", "Catherine Vautrin", "F"}}},
		{"city and date dateline",
			"Lyon, le 3 mars 2025 - La ligne de tram sera prolongée jusqu'à Vaulx-en-Velin, a indiqué la métropole.",
			[]want{{"La ligne de tram sera prolongée jusqu'à Vaulx-en-Velin", "indirect", "indiquer", "la métropole", "métropole", ""}}},
		{"Reuters dateline, selon at the end",
			"(Reuters) - Les exportations ont reculé de 3 % en avril, selon les douanes.",
			[]want{{"Les exportations ont reculé de 3 % en avril", "indirect", "selon", "les douanes", "douanes", ""}}},
		{"Belga dateline with an en dash",
			"BRUXELLES, 12 mai (Belga) – Le trafic ferroviaire sera perturbé mardi, a prévenu la SNCB.",
			[]want{{"Le trafic ferroviaire sera perturbé mardi", "indirect", "prévenir", "la SNCB", "SNCB", ""}}},
		{"date dateline ending with a full stop",
			"22 mai 2012. - Les négociations reprendront lundi, a affirmé le syndicat.",
			[]want{{"Les négociations reprendront lundi", "indirect", "affirmer", "le syndicat", "syndicat", ""}}},
		{"nationality noun before a name, then alone",
			"La Tchèque Petra Novakova a battu la Suissesse Anna Keller en deux sets. « J'ai très bien servi », a expliqué la Tchèque.",
			[]want{{"J'ai très bien servi", "direct", "expliquer", "la Tchèque", "Petra Novakova", "F"}}},
		{"role, second role apposition with the name, verb",
			"Son entraîneur, l'ancien joueur Marc Dubois, estime que la saison sera longue. « Nous devons progresser », a ajouté l'entraîneur.",
			[]want{
				{"la saison sera longue", "indirect", "estimer", "Son entraîneur", "Marc Dubois", "M"},
				{"Nous devons progresser", "direct", "ajouter", "l'entraîneur", "Marc Dubois", "M"},
			}},
		{"newspaper named after its description",
			"Selon le quotidien Le Temps, la banque a été perquisitionnée mardi.",
			[]want{{"la banque a été perquisitionnée mardi", "indirect", "selon", "le quotidien Le Temps", "Le Temps", ""}}},
		{"selon lui after a role apposition",
			"Le ministre des Finances, Paul Girard, a présenté le budget. Selon lui, le déficit reculera l'an prochain.",
			[]want{{"le déficit reculera l'an prochain", "indirect", "selon", "lui", "Paul Girard", "M"}}},
		{"numeral before a source noun",
			"L'accord porterait sur 20 milliards de dollars, selon deux sources proches des négociations.",
			[]want{{"L'accord porterait sur 20 milliards de dollars", "indirect", "selon", "deux sources proches des négociations", "deux sources proches des négociations", ""}}},
		{"pour sa part between the verb and the subject",
			"« C'est un film d'une grande délicatesse », juge pour sa part le critique Jean Valence.",
			[]want{{"C'est un film d'une grande délicatesse", "direct", "juger", "le critique Jean Valence", "Jean Valence", "M"}}},
		{"time phrase before the object, subject with an incise",
			"Le Fonds monétaire international, avec lequel le pays négocie, a salué la semaine dernière des « progrès significatifs ».",
			[]want{{"progrès significatifs", "direct", "saluer", "Le Fonds monétaire international", "Fonds monétaire international", ""}}},
		{"speech verb and an infinitive",
			"Le médecin Karim Haddad dit craindre une saturation durable des urgences.",
			[]want{{"craindre une saturation durable des urgences", "indirect", "dire", "Le médecin Karim Haddad", "Karim Haddad", "M"}}},
		{"prepositional phrase before avoir",
			"Le prévenu Marc Girard a affirmé à la barre avoir signé les attestations sans les lire.",
			[]want{{"avoir signé les attestations sans les lire", "indirect", "affirmer", "Le prévenu Marc Girard", "Marc Girard", "M"}}},
		{"verb of appeal with an object, role apposition before",
			"Le maire de la ville, Paul Martin, a appelé le gouvernement à envoyer des renforts.",
			[]want{{"envoyer des renforts", "indirect", "appeler", "Le maire de la ville", "Paul Martin", "M"}}},
		{"participle with an adverb before qu'",
			"La procureure, Marie Dubois, s'est refusée à tout commentaire, indiquant seulement qu'aucune piste n'était écartée.",
			[]want{{"aucune piste n'était écartée", "indirect", "indiquer", "La procureure", "Marie Dubois", "F"}}},
		{"organisation with its acronym in parentheses before the verb",
			"L'Organisation mondiale de la santé (OMS) avait appelé en 2023 les États à renforcer leur surveillance.",
			[]want{{"renforcer leur surveillance", "indirect", "appeler", "L'Organisation mondiale de la santé", "Organisation mondiale de la santé", ""}}},
		{"pronoun to the person named after an organisation was quoted",
			"Selon l'organisation, le salon a accueilli 118 000 visiteurs. La romancière Maude Gagnon a signé des livres pendant quatre heures. « Je ne m'y attendais pas », a-t-elle lancé.",
			[]want{
				{"le salon a accueilli 118 000 visiteurs", "indirect", "selon", "l'organisation", "organisation", ""},
				{"Je ne m'y attendais pas", "direct", "lancer", "elle", "Maude Gagnon", "F"},
			}},
		{"first description to the person named just before",
			"Le film est le deuxième long-métrage de la Tunisienne Salma Ben Ammar. « Je voulais filmer le travail des femmes », explique la cinéaste.",
			[]want{{"Je voulais filmer le travail des femmes", "direct", "expliquer", "la cinéaste", "Salma Ben Ammar", "F"}}},
		{"demonym to the surname named in full earlier and as subject just before",
			"Lens a gagné grâce à un doublé de Lucas Vanderbeken. « Je suis fier », a dit l'entraîneur Frédéric Maurel. Vanderbeken, recruté l'été dernier, a marqué deux buts. Le Belge a affirmé n'avoir « jamais connu une telle ambiance ».",
			[]want{
				{"Je suis fier", "direct", "dire", "l'entraîneur Frédéric Maurel", "Frédéric Maurel", "M"},
				{"n'avoir « jamais connu une telle ambiance »", "mixed", "affirmer", "Le Belge", "Lucas Vanderbeken", "M"},
			}},
	}
	checkRows(t, rows)
}
