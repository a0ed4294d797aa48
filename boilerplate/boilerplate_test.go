package boilerplate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/depeche-nlp/depeche/boilerplate"
	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
)

func readSample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	return string(b)
}

func spans(bs []boilerplate.Block) []spantest.Span {
	out := make([]spantest.Span, len(bs))
	for i, b := range bs {
		out[i] = spantest.Span{Start: b.Start, End: b.End, Text: b.Text}
	}
	return out
}

// TestSample checks every block of the sample article.
func TestSample(t *testing.T) {
	text := readSample(t)
	bs := boilerplate.Detect(text)
	require.Len(t, bs, 20)
	require.Empty(t, spantest.Check(text, spans(bs), spantest.Options{}))
	want := []struct {
		prefix string
		class  boilerplate.Class
	}{
		{"Les Etats-Unis, la France démantèlent", boilerplate.Title},
		{"Publié le 29/08/2023 18:33", boilerplate.Dateline},
		{"© Reuters. Illustration d'une personne", boilerplate.Caption},
		{"(Reuters) - Une opération menée", boilerplate.Content},
		{"\"Le logiciel malveillant Qakbot", boilerplate.Content},
		{"Parmi les quelque 700.000 machines", boilerplate.Content},
		{"L'opération, menée samedi dernier", boilerplate.Content},
		{"© Reuters. Illustration d'une personne", boilerplate.Caption},
		{"\"Dans la nuit du 26 août 2023", boilerplate.Content},
		{"\"L'opération a conduit en outre", boilerplate.Content},
		{"(Christopher Bing et David Ljunggren", boilerplate.Byline},
		{"Derniers commentaires", boilerplate.Comments},
		{"Installez nos applications", boilerplate.Promo},
		{"Divulgation des risques", boilerplate.Disclaimer},
		{"Avant de décider de négocier", boilerplate.Disclaimer},
		{"Fusion Media tient à vous rappeler", boilerplate.Disclaimer},
		{"Il est interdit d'utiliser", boilerplate.Disclaimer},
		{"Fusion Media peut être rémunéré", boilerplate.Disclaimer},
		{"La version anglaise de ce document", boilerplate.Disclaimer},
		{"© 2007-2025 - Fusion Media Ltd", boilerplate.Copyright},
	}
	for i, w := range want {
		t.Run(w.prefix, func(t *testing.T) {
			b := bs[i]
			assert.True(t, strings.HasPrefix(b.Text, w.prefix), b.Text)
			assert.Equal(t, w.class, b.Class, b.Reason)
			assert.Equal(t, w.class != boilerplate.Title && w.class != boilerplate.Content, b.Boilerplate)
			assert.NotEmpty(t, b.Reason)
		})
	}
}

func TestSampleClean(t *testing.T) {
	text := readSample(t)
	lines := strings.Split(boilerplate.Clean(text), "\n")
	require.Len(t, lines, 7)
	prefixes := []string{
		"Les Etats-Unis, la France démantèlent la plateforme cybercriminelle Qakbot",
		"(Reuters) - Une opération menée",
		"\"Le logiciel malveillant Qakbot",
		"Parmi les quelque 700.000 machines",
		"L'opération, menée samedi dernier",
		"\"Dans la nuit du 26 août 2023",
		"\"L'opération a conduit en outre",
	}
	for i, p := range prefixes {
		assert.True(t, strings.HasPrefix(lines[i], p), lines[i])
		assert.Contains(t, text, lines[i])
	}
}

func TestSampleMeta(t *testing.T) {
	m := boilerplate.Analyze(readSample(t)).Meta
	assert.Equal(t, "Les Etats-Unis, la France démantèlent la plateforme cybercriminelle Qakbot", m.Title)
	paris := time.FixedZone("CEST", 2*3600)
	assert.True(t, m.Published.Equal(time.Date(2023, 8, 29, 18, 33, 0, 0, paris)), m.Published.String())
	_, off := m.Published.Zone()
	assert.Equal(t, 2*3600, off)
	assert.Equal(t, []string{"Christopher Bing", "David Ljunggren", "Bertrand Boucey", "Jean Terzian"}, m.Authors)
	assert.Equal(t, "Reuters", m.Agency)
}

// page is a hand-written page text: each line is "class|text".
type page struct {
	name  string
	lines []string
}

// The pages below are written for these tests in the styles of French,
// Swiss and Belgian news sites; none is copied from a real page.
var pages = []page{
	{"Le Monde style", []string{
		"navigation|Accueil",
		"navigation|International",
		"navigation|Politique",
		"navigation|Société",
		"subscription|S’abonner au Monde à partir de 1 €",
		"title|La réforme des retraites adoptée après une nuit de débats à l’Assemblée",
		"content|Le texte, qui repousse l’âge légal de départ à 64 ans, a été voté par 287 voix contre 252.",
		"byline|Par Claire Dumont et Julien Martin",
		"dateline|Publié le 12 mars 2024 à 06h15, mis à jour à 09h40",
		"share|Partager sur Facebook",
		"share|Partager sur X",
		"content|Au terme d’une séance marathon, les députés ont adopté dans la nuit de lundi à mardi le projet de loi sur les retraites, qui prévoit un relèvement progressif de l’âge légal de départ et une accélération de la durée de cotisation.",
		"content|Le gouvernement, qui ne dispose que d’une majorité relative, avait multiplié les gestes en direction des députés du groupe Les Républicains pour s’assurer de leur soutien lors du vote final.",
		"related|Lire aussi : Retraites : ce que contient le projet de loi",
		"content|Les débats ont été tendus",
		"content|Dans l’opposition, la gauche a dénoncé un passage en force et annoncé qu’elle saisirait le Conseil constitutionnel dans les prochains jours, tandis que les syndicats appellent à une nouvelle journée de mobilisation jeudi.",
		"content|« Nous irons jusqu’au bout », a assuré le secrétaire général de la CFDT, qui estime que le texte reste injuste pour les carrières longues et les métiers pénibles, où l’espérance de vie en bonne santé est plus courte.",
		"related|Sur le même sujet",
		"related|Retraites : les syndicats appellent à une nouvelle grève jeudi",
		"related|Le Conseil constitutionnel saisi par la gauche",
		"related|Pourquoi le gouvernement a choisi le 49.3",
		"subscription|Déjà abonné ? Se connecter",
		"cookie|En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies pour vous proposer des contenus adaptés.",
		"copyright|© Le Monde 2024 - Tous droits réservés",
	}},
	{"Le Figaro style with comments", []string{
		"navigation|Actualité",
		"navigation|Economie",
		"navigation|Sport",
		"title|Le prix du gazole repasse sous la barre des 1,80 euro le litre",
		"byline|Par Thomas Leroy",
		"dateline|Publié le 04/10/2023 à 17:02, mis à jour le 04/10/2023 à 18:10",
		"caption|Une station-service à Lyon, le 2 octobre. Crédits photo : Jean Dupuis / Le Figaro",
		"content|Les prix des carburants ont de nouveau reculé la semaine dernière en France, selon les chiffres publiés lundi par le ministère de la Transition énergétique, une baisse qui intervient après plusieurs semaines de hausse continue.",
		"advertising|Publicité",
		"content|Le litre de gazole, carburant le plus vendu dans le pays, s’affichait en moyenne à 1,79 euro, soit près de trois centimes de moins que la semaine précédente, tandis que le sans-plomb 95 perdait deux centimes.",
		"content|Cette détente s’explique par le repli des cours du pétrole brut sur les marchés internationaux, où le baril de Brent est revenu sous les 90 dollars après avoir frôlé les 95 dollars à la fin du mois de septembre.",
		"related|La rédaction vous conseille",
		"related|Carburants : le gouvernement prolonge la remise à la pompe",
		"related|Pourquoi le prix de l’essence varie autant d’une station à l’autre",
		"comments|42 commentaires",
		"comments|jean-michel75",
		"comments|Il serait temps que le gouvernement baisse enfin les taxes sur les carburants, qui représentent plus de la moitié du prix payé par les automobilistes à la pompe.",
		"dateline|Le 04/10/2023 à 18:32",
		"comments|Répondre Signaler",
		"comments|Marie L.",
		"comments|Toujours la même histoire, les prix montent vite et baissent lentement, et ce sont toujours les mêmes qui paient à la fin du mois.",
		"dateline|Le 04/10/2023 à 19:05",
		"comments|Répondre Signaler",
		"navigation|Plan du site",
		"navigation|Mentions légales",
	}},
	{"legal words inside the article", []string{
		"title|Grève à la SNCF : le trafic fortement perturbé mardi",
		"dateline|Publié le 12/03/2024 à 08:15",
		"content|Le trafic sera fortement perturbé mardi sur l'ensemble du réseau, a annoncé la direction de la SNCF lundi soir, alors que les syndicats maintiennent leur appel à la grève.",
		"content|Selon la direction, il est interdit aux grévistes de bloquer l'accès aux gares, et un tel blocage ne constitue pas un droit, a-t-elle rappelé dans un communiqué publié lundi.",
		"content|Les dirigeants seront tenus responsables des retards, estime un représentant des usagers, qui rappelle que la version anglaise du rapport de l'autorité de régulation pointe déjà des manquements.",
		"content|Les négociations doivent reprendre jeudi au ministère des Transports, où le ministre recevra les organisations syndicales pour tenter de trouver une issue au conflit.",
		"related|Lire aussi : Les syndicats appellent à une mobilisation nationale",
		"copyright|© 2024 Le Journal - Tous droits réservés",
	}},
	{"cue words inside article prose", []string{
		"dateline|Publié le 12/03/2024 à 08:15",
		"title|Libération d'un reporter retenu au Mali depuis trois mois",
		"content|Le journaliste a été libéré samedi après trois mois de détention dans le nord du pays, a annoncé le ministère des Affaires étrangères.",
		"content|Plusieurs partenaires de la France ont salué cette libération, obtenue après de longues négociations menées par les autorités locales.",
		"content|L'application de l'accord de paix reste toutefois incertaine, selon des diplomates en poste à Bamako.",
		"content|Le journaliste doit rentrer à Paris dimanche, où il sera accueilli par sa famille et ses collègues de la rédaction.",
		"promo|Abonnez-vous à notre newsletter",
		"navigation|Mentions légales",
	}},
	{"Libération style", []string{
		"navigation|Menu",
		"subscription|Connexion Abonnement",
		"navigation|France",
		"navigation|Culture",
		"title|Dans les Cévennes, les bergers face au retour du loup",
		"byline|par Hélène Garnier, envoyée spéciale à Florac",
		"dateline|publié le 18 juin 2024 à 19h45",
		"content|Depuis trois ans, les attaques se multiplient sur les estives de Lozère, où les éleveurs de brebis tentent de s’adapter à la présence du prédateur.",
		"caption|Un troupeau sur le causse Méjean, en juin. (Louise Petit/Libération)",
		"content|Sur le plateau, au petit matin, Pierre Combes compte ses bêtes une à une. Il y a deux semaines, il en a perdu sept en une seule nuit, malgré les clôtures électriques et les deux patous qui veillent désormais sur le troupeau.",
		"content|« On ne dort plus, on vit avec la peur au ventre », raconte l’éleveur, qui a repris l’exploitation de son père il y a quinze ans et envisage aujourd’hui de réduire son cheptel pour pouvoir le surveiller plus facilement.",
		"content|Des aides insuffisantes",
		"content|L’Etat finance une partie des moyens de protection, mais les éleveurs jugent les indemnisations trop lentes et trop faibles au regard du travail supplémentaire que représente la garde permanente des troupeaux.",
		"share|partager",
		"share|tweeter",
		"subscription|Offre 100% numérique : 1€ par mois pendant 6 mois, sans engagement",
		"subscription|Voir les offres d’abonnement",
	}},
	{"20 Minutes style", []string{
		"navigation|Retour à l’accueil",
		"promo|Newsletter",
		"promo|Alerte Info",
		"navigation|Recherche",
		"title|Nantes : Un incendie ravage un entrepôt en pleine nuit, pas de blessé",
		"content|FAITS DIVERS Une cinquantaine de pompiers ont été mobilisés pour venir à bout des flammes",
		"byline|Julie Moreau",
		"dateline|Publié le 15/02/24 à 08h12 — Mis à jour le 15/02/24 à 10h30",
		"share|Partager sur Messenger",
		"share|Partager sur Facebook",
		"share|Partager sur Twitter",
		"caption|Illustration d’un camion de pompiers. — F. Elsner / 20 Minutes",
		"content|Un important incendie s’est déclaré dans la nuit de mercredi à jeudi dans un entrepôt de la zone industrielle de Nantes, a-t-on appris auprès des pompiers de Loire-Atlantique, qui ont été alertés peu avant 2 heures du matin.",
		"content|Le feu, qui a détruit la totalité du bâtiment de 3 000 m², n’a fait aucun blessé. Une enquête a été ouverte pour déterminer l’origine du sinistre, et les riverains ont été invités à garder leurs fenêtres fermées.",
		"related|>> A lire aussi : Incendie à Saint-Herblain : un suspect interpellé",
		"content|Selon les premiers éléments, l’entrepôt abritait des palettes de bois et du matériel de bricolage, ce qui a favorisé la propagation rapide des flammes pendant plusieurs heures.",
		"navigation|Faits divers",
		"navigation|Nantes",
		"navigation|Incendie",
		"related|Plus d’actu",
		"navigation|Précédent",
		"navigation|Suivant",
		"copyright|© Copyright 20 Minutes",
	}},
	{"AFP wire", []string{
		"title|Séisme au Maroc : le bilan dépasse les 2.000 morts",
		"dateline|Publié le 10/09/2023 à 14:20 (GMT)",
		"content|MARRAKECH (AFP) - Le bilan du séisme qui a frappé le Maroc dans la nuit de vendredi à samedi a dépassé les 2.000 morts, selon un nouveau bilan officiel publié dimanche par le ministère de l’Intérieur.",
		"content|Les secouristes poursuivaient leurs recherches dans les villages de montagne du Haut Atlas, les plus touchés par la secousse de magnitude 6,8, où de nombreuses maisons en pisé se sont effondrées sur leurs habitants.",
		"content|« Nous avons tout perdu, il ne nous reste que nos vies », a confié à l’AFP un habitant d’Amizmiz, une localité située à une soixantaine de kilomètres au sud-ouest de Marrakech.",
		"byline|(Avec Nadia Benali à Rabat)",
		"copyright|© 2023 AFP. Tous droits de reproduction et de représentation réservés.",
	}},
	{"RTS / Le Temps style", []string{
		"navigation|Info",
		"navigation|Suisse",
		"navigation|Monde",
		"title|Le Conseil fédéral veut renforcer la protection contre les crues",
		"dateline|Publié le 22 mai 2024 à 11:05",
		"content|Le gouvernement propose d’augmenter de 150 millions de francs par an les subventions aux cantons pour les ouvrages de protection, après les intempéries qui ont touché le Valais et le Tessin l’été dernier.",
		"content|Selon le Département de l’environnement, les dégâts causés par les crues ont coûté plus de 500 millions de francs aux collectivités publiques et aux assurances au cours des cinq dernières années.",
		"content|Les cantons de montagne saluent la mesure, mais estiment que les délais de procédure restent trop longs pour permettre des travaux rapides dans les zones les plus exposées aux laves torrentielles.",
		"byline|ats/jfe",
		"related|Sur le même sujet",
		"related|Intempéries en Valais : l’armée engagée pour dégager les routes",
		"related|Le Tessin compte les dégâts après les orages",
		"cookie|Nous utilisons des cookies pour améliorer votre expérience. Tout accepter",
	}},
	{"RTBF / Le Soir style", []string{
		"navigation|Accueil",
		"navigation|Belgique",
		"navigation|Régions",
		"title|Grève à la SNCB : un train sur deux circulera mardi",
		"dateline|Publié le 07 novembre 2023 à 16h04",
		"byline|Par Belga",
		"content|La SNCB prévoit d’assurer un service alternatif mardi, jour de grève nationale, avec en moyenne un train sur deux sur l’ensemble du réseau, a annoncé la société ferroviaire lundi après-midi.",
		"content|Les syndicats protestent contre le projet de réforme des pensions et contre la baisse des moyens accordés au rail, alors que le gouvernement fédéral doit encore trancher plusieurs dossiers budgétaires avant la fin de l’année.",
		"content|Les voyageurs sont invités à consulter l’application de la SNCB avant leur départ, les horaires pouvant encore être adaptés en fonction du nombre de cheminots en grève.",
		"promo|Téléchargez l’application pour recevoir nos alertes",
		"related|Les plus lus",
		"related|Tempête : des arbres abattus dans le Hainaut",
		"related|Bruxelles : la zone basse émission étendue en 2025",
		"copyright|© RTBF 2023",
	}},
	{"Ouest-France style", []string{
		"navigation|Bretagne",
		"navigation|Rennes",
		"title|Rennes. La ligne b du métro fermée ce week-end pour travaux",
		"byline|Ouest-France",
		"dateline|Publié le 03/05/2024 à 07h30",
		"content|La ligne b du métro rennais ne circulera pas samedi et dimanche, en raison de travaux de maintenance sur les voies entre les stations Gares et Cesson-Viasilva, annonce le réseau Star.",
		"content|Des bus de remplacement desserviront l’ensemble des stations pendant toute la durée de la fermeture, avec une fréquence d’un passage toutes les cinq minutes aux heures de pointe.",
		"content|Le réseau recommande aux usagers de prévoir un temps de trajet plus long et de privilégier la ligne a lorsque cela est possible, notamment pour rejoindre le centre-ville.",
		"related|Lire aussi : Rennes : la nouvelle ligne de bus express entre en service",
		"subscription|Cet article est réservé aux abonnés",
		"promo|Inscrivez-vous à notre newsletter",
	}},
	{"Mediapart style", []string{
		"navigation|Journal",
		"navigation|Club",
		"subscription|S’abonner",
		"title|Marchés publics : l’enquête qui embarrasse la préfecture",
		"content|Selon des documents obtenus par Mediapart, plusieurs contrats ont été attribués sans mise en concurrence à une entreprise dirigée par un proche d’un élu local.",
		"byline|Par Antoine Rivière",
		"dateline|12 septembre 2023 à 19h01",
		"content|Les faits remontent à 2019, lorsque la préfecture a lancé un vaste programme de rénovation de ses bâtiments administratifs, pour un montant total de plus de quatre millions d’euros, réparti en une dizaine de lots.",
		"content|D’après les pièces que nous avons pu consulter, au moins trois de ces lots ont été confiés à la même société, alors que d’autres entreprises avaient proposé des offres moins chères pour des prestations équivalentes.",
		"content|Contactée, la préfecture n’a pas répondu à nos questions précises, se contentant d’indiquer que « toutes les procédures ont été respectées » et qu’un audit interne était en cours.",
		"comments|Voir les 14 commentaires",
		"copyright|Mediapart - Tous droits réservés",
	}},
	{"article text that uses words of the boilerplate vocabularies", []string{
		"title|Nucléaire : l’EPR de Flamanville atteint sa pleine puissance, annonce EDF",
		"content|VEVEY (ATS/AWP) - Nestlé a annoncé mardi la suppression d'environ 1 200 postes en Suisse d'ici à 2027, dans le cadre d'un vaste plan d'économies présenté aux syndicats.",
		"content|La Commission nationale de l'informatique et des libertés (CNIL) a été notifiée, conformément au règlement général sur la protection des données (RGPD).",
		"content|Côté usage, rien de neuf : l'appareil photo principal de 48 mégapixels reste le même que sur le modèle précédent, et l'autonomie progresse à peine.",
		"content|Le site service-public.fr permet de signaler ces arnaques aux autorités compétentes depuis un formulaire en ligne.",
		"content|La visite doit se poursuivre mardi à Oran.",
	}},
	{"headline and short sentences whose nouns are weak cue words", []string{
		"navigation|Accueil",
		"title|Un journaliste français libéré au Mali",
		"content|BAMAKO (AFP) - Un journaliste français enlevé en mars dans le nord du Mali a été libéré samedi, a annoncé le ministère des Affaires étrangères, qui n'a pas donné de détails sur les conditions de sa libération.",
		"content|Les réactions se sont multipliées.",
		"content|Le président de la République a salué « une excellente nouvelle » et remercié les autorités maliennes pour leur coopération dans cette affaire.",
		"comments|Réactions",
		"copyright|© AFP 2024",
	}},
}

func TestPages(t *testing.T) {
	for _, pg := range append(pages[:len(pages):len(pages)], sitePages...) {
		t.Run(pg.name, func(t *testing.T) {
			var text strings.Builder
			var want []boilerplate.Class
			for _, l := range pg.lines {
				c, s, ok := strings.Cut(l, "|")
				require.True(t, ok, l)
				var cl boilerplate.Class
				require.NoError(t, cl.UnmarshalText([]byte(c)))
				want = append(want, cl)
				text.WriteString(s)
				text.WriteString("\n\n")
			}
			bs := boilerplate.Detect(text.String())
			require.Len(t, bs, len(want))
			for i, b := range bs {
				assert.Equal(t, want[i].IsBoilerplate(), b.Boilerplate, "%q: %s (%s)", b.Text, b.Class, b.Reason)
				assert.Equal(t, want[i], b.Class, "%q (%s)", b.Text, b.Reason)
			}
		})
	}
}

// pageText joins the lines of a table page, without their classes.
func pageText(pg page) string {
	var text strings.Builder
	for _, l := range pg.lines {
		_, s, _ := strings.Cut(l, "|")
		text.WriteString(s)
		text.WriteString("\n\n")
	}
	return text.String()
}

// TestDetectDocMatchesDetect checks that the text path and the parsed-doc
// path give the same blocks on every fixture and table page.
func TestDetectDocMatchesDetect(t *testing.T) {
	texts := map[string]string{"qakbot": readSample(t)}
	files, err := filepath.Glob("../testdata/wikinews/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts[filepath.Base(f)] = string(b)
	}
	for _, pg := range append(pages[:len(pages):len(pages)], sitePages...) {
		texts[pg.name] = pageText(pg)
	}
	texts["edge cases"] = "  \u00a0Titre\u202f\n\n\t« Citation » !\r\n\xff\xfe invalide\n© 2024\u00a0\n"
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, boilerplate.Detect(text), boilerplate.DetectDoc(token.Parse(text)))
		})
	}
}
