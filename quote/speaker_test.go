package quote

import (
	"testing"
)

// TestSpeakerRows covers speaker resolution in articles with several
// speakers: role phrases before a name, descriptions after a continuation
// verb, naming nouns after a quotation, the subject of the cue verb.
func TestSpeakerRows(t *testing.T) {
	rows := []row{
		{"a role with an à complement before the name",
			"« La croissance tiendra cette année », a prévenu le commissaire à l'économie Pierre Vernet.",
			[]want{{"La croissance tiendra cette année", "direct", "prévenir", "le commissaire à l'économie Pierre Vernet", "Pierre Vernet", "M"}}},
		{"a role with an aux complement before the name",
			"« Les stades seront prêts », assure la ministre déléguée aux Sports Anne Morel.",
			[]want{{"Les stades seront prêts", "direct", "assurer", "la ministre déléguée aux Sports Anne Morel", "Anne Morel", "F"}}},
		{"à after the speaker is not part of the role",
			"« Nous tiendrons », a déclaré le maire à la presse.",
			[]want{{"Nous tiendrons", "direct", "déclarer", "le maire", "maire", "M"}}},
		{"the subject ends before s'est",
			"La ministre de l'agriculture s'est, elle, montrée prudente, en estimant que la récolte serait « moyenne ».",
			[]want{{"la récolte serait « moyenne »", "mixed", "estimer", "La ministre de l'agriculture", "ministre de l'agriculture", "F"}}},
		{"a feminine role is not the man named before",
			"Le rapport a été remis lundi à Jean-Marc Tissot. La ministre du logement a estimé que le texte ouvrait la voie à un accord.",
			[]want{{"le texte ouvrait la voie à un accord", "indirect", "estimer", "La ministre du logement", "ministre du logement", "F"}}},
		{"a description by a demonym after ajouter is the last speaker",
			"« Les risques restent élevés », prévient Paul Vernet, le vice-président de la Commission. « Nous devons rester attentifs », ajoute le politique letton.",
			[]want{
				{"Les risques restent élevés", "direct", "prévenir", "Paul Vernet", "Paul Vernet", "M"},
				{"Nous devons rester attentifs", "direct", "ajouter", "le politique letton", "Paul Vernet", "M"},
			}},
		{"the antecedent of a-t-il précisé does not name the description before",
			"La ministre du logement a estimé que le texte ouvrait la voie à un accord. Dimanche, Dominique-Jean Chertier, le médiateur, a quitté la salle. « Sans attendre leur réponse », a-t-il précisé.",
			[]want{
				{"le texte ouvrait la voie à un accord", "indirect", "estimer", "La ministre du logement", "ministre du logement", "F"},
				{"Sans attendre leur réponse", "direct", "préciser", "il", "Dominique-Jean Chertier", "M"},
			}},
		{"a plural description is not one person named among them",
			"Parmi les opposants au projet figure Aline Carpentier. Les opposants au projet craignent qu'il serve à surveiller des militants.",
			[]want{{"il serve à surveiller des militants", "indirect", "craindre", "Les opposants au projet", "opposants au projet", ""}}},
		{"people close to two ministers are two other speakers",
			"L'entourage du ministre comme celui de Marc Dufour, le ministre des Comptes, s'en défend. « Le ministre a rappelé la règle », précise un proche du ministre. « Il n'y a pas de dossier », ajoute un proche de Marc Dufour.",
			[]want{
				{"Le ministre a rappelé la règle", "direct", "préciser", "un proche du ministre", "proche du ministre", "M"},
				{"Il n'y a pas de dossier", "direct", "ajouter", "un proche de Marc Dufour", "proche de Marc Dufour", "M"},
			}},
		{"a naming noun after the quotation names its speaker",
			"« Nous ne céderons rien sur les retraites. » Cette petite phrase de Paul Vernet, lundi à la radio, a surpris ses alliés.",
			[]want{{"Nous ne céderons rien sur les retraites.", "direct", "", "Paul Vernet", "Paul Vernet", "M"}}},
		{"ces propos de la ministre name her",
			"« La réforme sera votée avant l'été. » Ces propos de la ministre Anne Morel ont agacé l'opposition.",
			[]want{{"La réforme sera votée avant l'été.", "direct", "", "la ministre Anne Morel", "Anne Morel", "F"}}},
		{"selon nos informations has no speaker",
			"Selon nos informations, le club pourrait changer d'entraîneur avant la fin de la saison.",
			[]want{{"le club pourrait changer d'entraîneur avant la fin de la saison", "indirect", "selon", "", "", ""}}},
		{"a-t-il ajouté goes on with the last speaker, not a man named since",
			"« Le club doit se reconstruire », a déclaré Paul Vernet, le président du club. Le milieu de terrain Marc Dubois a signé jeudi pour trois ans. « Nous avons besoin de stabilité », a-t-il ajouté.",
			[]want{
				{"Le club doit se reconstruire", "direct", "déclarer", "Paul Vernet", "Paul Vernet", "M"},
				{"Nous avons besoin de stabilité", "direct", "ajouter", "il", "Paul Vernet", "M"},
			}},
		{"a role goes to the person quoted last, not to the last one first quoted",
			"« Nous limitons la gêne », a assuré Jean Castel. Le ministre Hugo Delmas a appelé au dialogue : « Il faut se parler. » Pour Jean Castel, « la porte reste ouverte ». Le patron de la compagnie a précisé qu'une réunion aurait lieu vendredi.",
			[]want{
				{"Nous limitons la gêne", "direct", "assurer", "Jean Castel", "Jean Castel", "M"},
				{"Il faut se parler.", "direct", "appeler", "Le ministre Hugo Delmas", "Hugo Delmas", "M"},
				{"la porte reste ouverte", "direct", "pour", "Jean Castel", "Jean Castel", "M"},
				{"une réunion aurait lieu vendredi", "indirect", "préciser", "Le patron de la compagnie", "Jean Castel", "M"},
			}},
		{"a-t-il ajouté in a new paragraph goes to the subject of the sentence before",
			"« Le magasin était calme », a affirmé le gérant, Luc Martin.\nJoint par téléphone, le voisin du suspect, Hugo Perrin, s'est dit bouleversé. Le jeune homme vivait seul depuis deux ans, a-t-il ajouté.",
			[]want{
				{"Le magasin était calme", "direct", "affirmer", "le gérant", "Luc Martin", "M"},
				{"Le jeune homme vivait seul depuis deux ans", "indirect", "ajouter", "il", "Hugo Perrin", "M"},
			}},
		{"a naming noun names the unnamed speaker just quoted",
			"Selon la ministre du Logement interrogée par la radio, les loyers baisseront dès le mois de juin. « Nous tiendrons parole sur ce point. » Cette phrase d'Anne Morel a rassuré les locataires.",
			[]want{
				{"les loyers baisseront dès le mois de juin", "indirect", "selon", "la ministre du Logement interrogée", "Anne Morel", "F"},
				{"Nous tiendrons parole sur ce point.", "direct", "", "Anne Morel", "Anne Morel", "F"},
			}},
		{"a role of the standfirst names the person of the title",
			"Marie Lenoir, une vie au tribunal\n\nÀ 52 ans, l'avocate de Poligny plaide toujours aux assises.\n\n« Elle ne lâche rien », dit Anne Morel, son ancienne stagiaire. « Le doute décide de tout », confie l'avocate.",
			[]want{
				{"Elle ne lâche rien", "direct", "dire", "Anne Morel", "Anne Morel", "F"},
				{"Le doute décide de tout", "direct", "confier", "l'avocate", "Marie Lenoir", "F"},
			}},
		{"a pronoun goes to the speaker quoted last, not to the one first quoted last",
			"« Nous partons », a dit Marie Lenoir. « J'ai eu peur », a raconté Anne Morel. « Je reste », a répondu Marie Lenoir. « Pas moi », a-t-elle ajouté.",
			[]want{
				{"Nous partons", "direct", "dire", "Marie Lenoir", "Marie Lenoir", "F"},
				{"J'ai eu peur", "direct", "raconter", "Anne Morel", "Anne Morel", "F"},
				{"Je reste", "direct", "répondre", "Marie Lenoir", "Marie Lenoir", "F"},
				{"Pas moi", "direct", "ajouter", "elle", "Marie Lenoir", "F"},
			}},
		{"a sentence about a trade just before a floating quotation names its speaker",
			"« Le pain, c'est une vie entière », dit Paul Vernet. Une habituée, Anne Morel, repart avec sa baguette. Le boulanger essuie ses mains sur son tablier. « Tant que j'aurai des bras, je serai là. »",
			[]want{
				{"Le pain, c'est une vie entière", "direct", "dire", "Paul Vernet", "Paul Vernet", "M"},
				{"Tant que j'aurai des bras, je serai là.", "direct", "", "Le boulanger", "Paul Vernet", "M"},
			}},
		{"a role that is not the last speaker's goes to the person of the title",
			"Marie Lenoir, trente ans de marchés\n\nElle vend son comté sur trois marchés du Jura.\n\nSon amie d'enfance, Anne Morel, se souvient d'une gamine têtue. « Elle ne lâche jamais rien. »\n\nLe métier a changé, reconnaît la fromagère.",
			[]want{
				{"Elle ne lâche jamais rien.", "direct", "", "Anne Morel", "Anne Morel", "F"},
				{"Le métier a changé", "indirect", "reconnaître", "la fromagère", "Marie Lenoir", "F"},
			}},
		{"a name before an object pronoun and a verb is the subject a pronoun refers to",
			"« Il reviendra », a dit Paul Vernet. Marc Dubois y amène ses enfants chaque été. Il assure que le village « n'a pas changé ».",
			[]want{
				{"Il reviendra", "direct", "dire", "Paul Vernet", "Paul Vernet", "M"},
				{"le village « n'a pas changé »", "mixed", "assurer", "Il", "Marc Dubois", "M"},
			}},
		{"a pronoun in a new paragraph goes to the description the paragraph opens with",
			"Paul Roux, l'ancien rappeur\n\nSon producteur, Marc Dubois, a suivi toute l'aventure. « Il lisait dans le bus. »\n\nEn 2018, le rappeur change de vie. Il raconte ce choix sans lyrisme : « Le rap ne changeait rien. »",
			[]want{
				{"Il lisait dans le bus.", "direct", "", "Marc Dubois", "Marc Dubois", "M"},
				{"Le rap ne changeait rien.", "direct", "raconter", "Il", "Paul Roux", "M"},
			}},
		{"a surname with a capitalised elision is one name",
			"Amani Koffi N'Guessan ouvre une cabosse. « Le feu avance », soupire le planteur de 58 ans.\n\nSa fille, Aya N'Guessan, 26 ans, est revenue d'Abidjan. « C'est un métier d'entrepreneur », explique-t-elle.",
			[]want{
				{"Le feu avance", "direct", "soupirer", "le planteur de 58 ans", "Amani Koffi N'Guessan", "M"},
				{"C'est un métier d'entrepreneur", "direct", "expliquer", "elle", "Aya N'Guessan", "F"},
			}},
		{"a description set before elle speaks for the quotation after",
			"Zoé Tran, l'échiquier pour horizon\n\n« On a eu peur », admet Anne Morel, sa mère.\n\nLa lycéenne, elle, refuse l'étiquette de prodige. « Je travaille six heures par jour. »",
			[]want{
				{"On a eu peur", "direct", "admettre", "Anne Morel", "Anne Morel", "F"},
				{"Je travaille six heures par jour.", "direct", "", "La lycéenne", "Zoé Tran", "F"},
			}},
		{"a description by age goes to the person named just before",
			"« Zoé sait attendre », explique Minh Tran, son père.\n\nÀ Cannes, elle a battu le grand maître Julien Moreau. Battu en 61 coups, le joueur de 38 ans a salué « une partie d'une patience incroyable ».",
			[]want{
				{"Zoé sait attendre", "direct", "expliquer", "Minh Tran", "Minh Tran", ""},
				{"une partie d'une patience incroyable", "direct", "saluer", "le joueur de 38 ans", "Julien Moreau", "M"},
			}},
		{"a sentence adverb before elle is no antecedent",
			"Béatrice Rochat est déjà là. Elle ne dit rien pendant une minute. Puis elle tranche : « On monte. »",
			[]want{{"On monte.", "direct", "trancher", "elle", "Béatrice Rochat", "F"}}},
		{"a surname alone is the person of the title, not a relative",
			"Béatrice Rochat, la guide des Diablerets\n\nSon fils, Lucien Rochat, 27 ans, a grandi dans ses cordées. « Elle dit toujours que le sommet, c'est la moitié du chemin », sourit-il.\n\nRochat a vu le glacier reculer. Elle raconte avoir découvert un sentier romain.",
			[]want{
				{"Elle dit toujours que le sommet, c'est la moitié du chemin", "direct", "sourire", "il", "Lucien Rochat", "M"},
				{"avoir découvert un sentier romain", "indirect", "raconter", "Elle", "Béatrice Rochat", "F"},
			}},
		{"an impersonal il is no speaker; the named subject before it is",
			"Dans la petite mairie, Martine Lafargue signe des parapheurs. Il y a le permis de construire d'un couple. « Le maire d'une petite commune, c'est le dernier service public. »",
			[]want{{"Le maire d'une petite commune, c'est le dernier service public.", "direct", "", "Martine Lafargue", "Martine Lafargue", "F"}}},
		{"il y a with a participle is a person",
			"« Il viendra », a dit Anne Morel. Son fils, Paul Morel, urgentiste à Limoges, visait le cabinet. Il y a renoncé. « J'admire mon père, mais je l'ai vu rater mes anniversaires. »",
			[]want{
				{"Il viendra", "direct", "dire", "Anne Morel", "Anne Morel", "F"},
				{"J'admire mon père, mais je l'ai vu rater mes anniversaires.", "direct", "", "Il", "Paul Morel", "M"},
			}},
		{"a description of six words goes to the person named as subject just before",
			"« Elle répond à tout le monde », a dit Martine Lafargue. Sa première adjointe, Sylvie Chassaing, travaille à ses côtés depuis 2001. La secrétaire de mairie devenue élue dit d'elle qu'elle est « un mélange de douceur et de bulldozer ».",
			[]want{
				{"Elle répond à tout le monde", "direct", "dire", "Martine Lafargue", "Martine Lafargue", "F"},
				{"un mélange de douceur et de bulldozer", "direct", "dire", "La secrétaire de mairie devenue élue", "Sylvie Chassaing", "F"},
			}},
		{"a demonym description goes to the person described",
			"Réal Thériault, cinquante ans derrière le banc\n\nSa fille, Annie Thériault, raconte : « Papa n'a jamais raté un match. »\n\nL'Abitibien est né en 1951 à Noranda. Il le dit sans fierté : « Je n'ai jamais été bon joueur. »",
			[]want{
				{"Papa n'a jamais raté un match.", "direct", "raconter", "Sa fille", "Annie Thériault", "F"},
				{"Je n'ai jamais été bon joueur.", "direct", "", "Il", "Réal Thériault", "M"},
			}},
		{"a demonym description goes to the person named as subject since the last speaker",
			"« Il fait froid », dit Marc Dubois, son voisin. Réal Thériault ouvre la porte du vestiaire. L'Abitibien sourit : « Je n'ai jamais été bon joueur. »",
			[]want{
				{"Il fait froid", "direct", "dire", "Marc Dubois", "Marc Dubois", "M"},
				{"Je n'ai jamais été bon joueur.", "direct", "sourire", "L'Abitibien", "Réal Thériault", "M"},
			}},
	}
	checkRows(t, rows)
}
