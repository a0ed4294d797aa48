package token_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
)

func sentenceTexts(ss []token.Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Il pleut. Elle sort.", []string{"Il pleut.", "Elle sort."}},
		{"title abbreviation", "M. Macron est arrivé. Mme Borne aussi.", []string{"M. Macron est arrivé.", "Mme Borne aussi."}},
		{"initial", "Par C. Bing et D. Ljunggren. Fin.", []string{"Par C. Bing et D. Ljunggren.", "Fin."}},
		{"J.-C.", "En 52 av. J.-C. César gagne. Puis rien.", []string{"En 52 av. J.-C. César gagne.", "Puis rien."}},
		{"number dots", "Il y a 700.000 machines. Et 1.5 %.", []string{"Il y a 700.000 machines.", "Et 1.5 %."}},
		{"closing guillemet ends", "Il a dit : « Nous viendrons. » Puis il est parti.", []string{"Il a dit : « Nous viendrons. »", "Puis il est parti."}},
		{"incise after exclamation", "« Quel choix ! », a-t-il dit. Bon.", []string{"« Quel choix ! », a-t-il dit.", "Bon."}},
		{"question then lowercase", "Pourquoi ? demande-t-elle. Non.", []string{"Pourquoi ? demande-t-elle.", "Non."}},
		{"ellipsis", "Il hésite… Puis il signe.", []string{"Il hésite…", "Puis il signe."}},
		{"ellipsis lowercase", "Il hésite… puis il signe.", []string{"Il hésite… puis il signe."}},
		{"interrobang", "Vraiment ?! Oui.", []string{"Vraiment ?!", "Oui."}},
		{"straight quote closes", `"C'est fini." Il part.`, []string{`"C'est fini."`, "Il part."}},
		{"digit starts", "Il a 3 ans. 26 000 personnes sont venues.", []string{"Il a 3 ans.", "26 000 personnes sont venues."}},
		{"etc ends before capital", "Des pommes, des poires, etc. Le marché ferme.", []string{"Des pommes, des poires, etc.", "Le marché ferme."}},
		{"etc inside", "des pommes, etc. et des poires", []string{"des pommes, etc. et des poires"}},
		{"newline always splits", "Première ligne sans point\nSeconde ligne", []string{"Première ligne sans point", "Seconde ligne"}},
		{"parenthesis closes", "Il est parti (enfin.) Nous aussi.", []string{"Il est parti (enfin.)", "Nous aussi."}},
		{"le monde nbsp", "Selon lui, «\u00a0la France ne cédera pas\u00a0». Le ministre a quitté la salle.", []string{"Selon lui, «\u00a0la France ne cédera pas\u00a0».", "Le ministre a quitté la salle."}},
		{"dash dialogue", "Il répond. — Jamais !", []string{"Il répond.", "— Jamais !"}},
		{"url dot", "Voir lemonde.fr. Merci.", []string{"Voir lemonde.fr.", "Merci."}},
		{"empty", "", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := token.Split(tc.in)
			assert.Equal(t, tc.want, sentenceTexts(got))
			sp := make([]spantest.Span, len(got))
			for i, s := range got {
				sp[i] = spantest.Span{Start: s.Start, End: s.End, Text: s.Text}
			}
			assert.Empty(t, spantest.Check(tc.in, sp, spantest.Options{}))
		})
	}
}

// TestSampleSentences asserts every sentence boundary of the sample
// article.
func TestSampleSentences(t *testing.T) {
	text := fixture(t)
	want := []string{
		"Les Etats-Unis, la France démantèlent la plateforme cybercriminelle Qakbot",
		"Publié le 29/08/2023 18:33",
		"© Reuters.",
		"Illustration d'une personne tenant un laptop.",
		"/Illustration diffusée le 13 mai 2017/REUTERS/Kacper Pempel",
		"(Reuters) - Une opération menée par plusieurs pays occidentaux, dont les Etats-Unis et la France, a permis de démanteler la plateforme Qakbot utilisée par de nombreux pirates informatiques pour commettre des délits financiers, ont annoncé mardi les autorités françaises et américaines.",
		`"Le logiciel malveillant Qakbot a infecté plus de 700.000 ordinateurs, facilité le déploiement de rançongiciels et infligé des centaines de millions de dollars de préjudices à des entreprises, des prestataires de soins et des administrations publiques à travers le monde", a déclaré le département américain de la Justice dans un communiqué.`,
		"Parmi les quelque 700.000 machines identifiées comme infectées, 26.000 l'ont été en France, a précisé la procureure de la République de Paris dans un communiqué distinct.",
		"Six serveurs, sur les 170 à l'origine de ce logiciel malveillant, se trouvaient sur le territoire français, a ajouté Laure Beccuau dans un communiqué.",
		"L'opération, menée samedi dernier, a impliqué les autorités policières et judiciaires américaines, françaises, allemandes et néerlandaises.",
		"Elle a permis la saisie de 8,6 millions de dollars en cryptomonnaies, selon la procureure de Paris.",
		"© Reuters.",
		"Illustration d'une personne tenant un laptop.",
		"/Illustration diffusée le 13 mai 2017/REUTERS/Kacper Pempel",
		`"Dans la nuit du 26 août 2023, le FBI a procédé à la redirection du trafic vers des serveurs sous son contrôle, libérant toutes les machines du botnet, et rendant celui-ci tout à fait inopérant", a-t-elle déclaré dans le communiqué.`,
		`"L'opération a conduit en outre à la coupure d'une cinquantaine de serveurs répartis entre les quatre pays partenaires, puis à la mise hors opération du reste de l'infrastructure."`,
		"(Christopher Bing et David Ljunggren, rédigé par Bertrand Boucey et Jean Terzian)",
		"Derniers commentaires",
		"Installez nos applications",
		"Divulgation des risques: Négocier des instruments financiers et/ou des crypto-monnaies implique des risques élevés, notamment le risque de perdre tout ou partie de votre investissement, et cela pourrait ne pas convenir à tous les investisseurs.",
		"Les prix des crypto-monnaies sont extrêmement volatils et peuvent être affectés par des facteurs externes tels que des événements financiers, réglementaires ou politiques.",
		"La négociation sur marge augmente les risques financiers.",
		"Avant de décider de négocier des instruments financiers ou des crypto-monnaies, vous devez être pleinement informé des risques et des frais associés aux transactions sur les marchés financiers, examiner attentivement vos objectifs de placement, votre niveau d'expérience et votre tolérance pour le risque, et faire appel à des professionnels si nécessaire.",
		"Fusion Media tient à vous rappeler que les données contenues sur ce site Web ne sont pas nécessairement en temps réel ni précises.",
		"Les données et les prix sur affichés sur le site Web ne sont pas nécessairement fournis par un marché ou une bourse, mais peuvent être fournis par des teneurs de marché.",
		"Par conséquent, les prix peuvent ne pas être exacts et peuvent différer des prix réels sur un marché donné, ce qui signifie que les prix sont indicatifs et non appropriés à des fins de trading.",
		"Fusion Media et les fournisseurs de données contenues sur ce site Web ne sauraient être tenus responsables des pertes ou des dommages résultant de vos transactions ou de votre confiance dans les informations contenues sur ce site.",
		"Il est interdit d'utiliser, de stocker, de reproduire, d'afficher, de modifier, de transmettre ou de distribuer les données de ce site Web sans l'autorisation écrite préalable de Fusion Media et/ou du fournisseur de données.",
		"Tous les droits de propriété intellectuelle sont réservés par les fournisseurs et/ou la plateforme d’échange fournissant les données contenues sur ce site.",
		"Fusion Media peut être rémunéré par les annonceurs qui apparaissent sur le site Web, en fonction de votre interaction avec les annonces ou les annonceurs.",
		"La version anglaise de ce document est celle qui s'impose et qui prévaudra en cas de différence entre la version anglaise et la version française.",
		"© 2007-2025 - Fusion Media Ltd Tous droits réservés",
	}
	got := token.Split(text)
	assert.Equal(t, want, sentenceTexts(got))
}

func TestParseParagraphs(t *testing.T) {
	text := fixture(t)
	d := token.Parse(text)
	require.Len(t, d.Paragraphs, 20)
	tests := []struct {
		i          int
		start, end int
		sentences  int
	}{
		{0, 0, 76, 1},
		{1, 78, 105, 1},
		{2, 106, 224, 3},
		{4, 522, 876, 1},
		{5, 878, 1211, 2},
		{19, 4452, 4506, 1},
	}
	for _, tc := range tests {
		p := d.Paragraphs[tc.i]
		assert.Equal(t, tc.start, p.Start, "paragraph %d start", tc.i)
		assert.Equal(t, tc.end, p.End, "paragraph %d end", tc.i)
		assert.Len(t, p.Sentences, tc.sentences, "paragraph %d", tc.i)
		assert.Equal(t, text[p.Start:p.End], p.Text)
	}
}

func TestParseTrimsParagraphs(t *testing.T) {
	in := "  \u00a0Titre\u202f \r\n\n\n\t corps du texte. \n"
	d := token.Parse(in)
	require.Len(t, d.Paragraphs, 2)
	assert.Equal(t, "Titre", d.Paragraphs[0].Text)
	assert.Equal(t, 4, d.Paragraphs[0].Start)
	assert.Equal(t, "corps du texte.", d.Paragraphs[1].Text)
	assert.Equal(t, []string{"corps du texte."}, sentenceTexts(d.Paragraphs[1].Sentences))
}

func TestSelect(t *testing.T) {
	text := "Titre\nPremier paragraphe. Deux phrases.\nPub\nDernier."
	d := token.Parse(text)
	s := d.Select(func(p token.Paragraph) bool { return p.Text != "Pub" })
	require.Len(t, s.Paragraphs, 3)
	assert.Equal(t, []string{"Titre", "Premier paragraphe.", "Deux phrases.", "Dernier."}, sentenceTexts(s.Sentences))
	assert.Len(t, s.Tokens, 1+6+2)
	assert.Equal(t, "Dernier", s.Paragraphs[2].Sentences[0].Tokens[0].Text)
	assert.Equal(t, 44, s.Paragraphs[2].Start)
	assert.Same(t, d, d.Select(func(token.Paragraph) bool { return true }))
	none := d.Select(func(token.Paragraph) bool { return false })
	assert.Empty(t, none.Tokens)
	assert.Empty(t, none.Paragraphs)
}
