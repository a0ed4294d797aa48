package boilerplate

import (
	"slices"
	"strings"
	"sync"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// A cue is a phrase whose presence in a block gives the block a class.
type cue struct {
	class  Class
	words  []int32 // the ids of the words of the phrase, folded
	start  bool    // the phrase must start the block
	max    int     // the cue applies only to blocks of at most max words
	reason string
	prio   int  // the index of its list: earlier lists win
	strong bool // the cue classes prose-like blocks too
	noun   bool // a weak one-word cue that news uses as a noun (newsNouns)
}

// cueDef is the written form of a cue list: one phrase per line.
type cueDef struct {
	class Class
	// strong cues class prose-like blocks too (up to max words), and
	// strong menu and share cues need not cover half of the block.
	strong bool
	start  bool
	max    int
	reason string
	list   string // phrases separated by "|"
}

// The cue vocabularies. Phrases are matched on folded tokens (lower case,
// no accents), so "Abonnez-vous" matches "abonnez-vous". Earlier lists win
// when several match. max bounds the length of the blocks a cue can
// classify: a long paragraph that mentions "cookies" is still content.
var cueDefs = []cueDef{
	{Subscription, true, false, 35, "paywall vocabulary", "de cet article a lire|de l' article a lire|la suite est reservee|reservee aux abonnes|reserve aux abonnes|reservee aux abonne|reserve aux abonne|pour lire la suite de cet article|cet article est reserve|cet article vous est offert|abonnez-vous pour lire|abonnez-vous pour continuer"},
	{Promo, true, false, 20, "newsletter vocabulary", "newsletter|newsletters|infolettre|infolettres|lettre d' information|votre adresse e-mail|votre adresse mail|votre adresse email|votre boite mail|dans votre boite|boite de reception|adresse e-mail|adresse email"},
	{Cookie, true, false, 60, "cookie-consent vocabulary", "nous respectons votre vie privee|avec nos partenaires , nous|vos choix s' appliqueront|transmises a nos|identification par analyse du terminal|continuer sans accepter|refuser et fermer|accepter et fermer|tout accepter|tout refuser|gerer mes choix|parametrer mes choix|parametrer les cookies|gestion des cookies|nos partenaires utilisons|et nos partenaires"},
	{Share, true, false, 8, "share-button vocabulary", "partager l' article|partager cet article|offrir l' article|offrir cet article|ajouter a vos selections|ajouter a mes favoris|lire plus tard|sauvegarder l' article|enregistrer l' article|copier le lien|ecouter l' article|ecouter cet article|sur les reseaux sociaux|vos selections|mes selections|ne plus suivre|suivre ce sujet"},
	{Share, true, true, 2, "share-button vocabulary", "suivre"},
	{Dateline, false, true, 5, "relative time", "il y a"},
	{Cookie, false, false, 4, "cookie-consent button", "accepter|refuser|j' accepte|je refuse|accepter et continuer|personnaliser|parametrer|gerer les cookies|j' ai compris"},
	{Promo, false, false, 8, "newsletter vocabulary", "chaque matin|chaque soir|chaque semaine|l' essentiel de l' actu|l' essentiel de l' actualite"},
	{Dateline, false, false, 30, "publication-date vocabulary", "publie le|publie|mis a jour le|mis a jour|mise a jour|modifie le|actualise le|temps de lecture|lecture :|derniere mise a jour"},
	{Byline, false, false, 25, "byline vocabulary", "un texte de|propos recueillis par|relu par|relue par|redige par|edite par|avec afp|avec reuters|avec ap|envoye special|envoyee speciale|envoyes speciaux|de notre correspondant|de notre correspondante|par la redaction|ecrit par|texte :|auteur :|journaliste|correspondant a|correspondante a"},
	{Copyright, false, false, 60, "copyright notice", "tous droits reserves|droits reserves|all rights reserved|copyright|droits de reproduction"},
	{Cookie, false, false, 90, "cookie-consent vocabulary", "cookies|cookie|temoins de navigation|traceurs|accepter et fermer|tout accepter|tout refuser|parametrer les cookies|vos choix de consentement|consentement"},
	{Related, false, true, 40, "related-article cue", "lire aussi|a lire aussi|apres cet article|a lire egalement|lire egalement|voir aussi|a voir aussi|a voir egalement|lire :|voir :|a lire :|lire la suite|> > a lire|> > lire|> lire|sur le meme sujet|dans la meme rubrique|la redaction vous conseille|articles lies|nos articles lies|les plus lus|les + lus|les plus partages|les + partages|les plus commentes|les + commentes|les plus populaires|les + populaires|plus d' articles|plus d' actu|a ne pas manquer|vous aimerez aussi|vous aimerez egalement|ses derniers articles|derniers articles|articles recents|article precedent|article suivant|tous les articles|a la une|en continu|l' actu en continu|dans l' actu|en ce moment|a decouvrir|a decouvrir aussi|notre selection|nos autres articles|recommande pour vous|recommandes pour vous|sur le sujet|+ sur le sujet|+ dans la meme rubrique|tous les flashes|derniers flashes|autres articles|dernieres actualites|dernieres infos|les dernieres actus|lire l' article|voir la video|le direct|en direct"},
	{Comments, false, false, 14, "comment-thread vocabulary", "commentaires|commentaire|reagir|reactions|reaction|repondre|reply|responses|signaler|alerter|soumis par|a repondu|laissez un commentaire|ajouter un commentaire|vos commentaires|derniers commentaires|voir les contributions|contributions|poster un commentaire|afficher les commentaires|commenter|signaler un abus|j' aime|annuler la reponse"},
	{Subscription, false, false, 30, "subscription vocabulary", "abonnez-vous|s' abonner|abonnez vous|abonnement|abonnements|deja abonne|deja abonne ?|abonne|abonnes|reserve aux abonnes|edition abonnes|offre numerique|sans engagement|par mois|essai gratuit|se connecter|connectez-vous|connexion|deconnexion|mot de passe|creer un compte|identifiez-vous|mon compte|premium|vous possedez deja un compte|deja un compte|s' identifier|je m' abonne|offre speciale|debloquer l' article"},
	{Share, false, false, 10, "share-button vocabulary", "partager|partage|partages|partagez|tweeter|tweet|envoyer par e-mail|envoyer par mail|envoyer par sms|envoyer|imprimer|facebook|twitter|linkedin|whatsapp|whats' app|pinterest|flipboard|messenger|copier le lien|share|google +|google+|courriel|e-mail|mail|x|impression|option d' impression"},
	{Promo, false, false, 30, "promotion vocabulary", "newsletter|newsletters|telechargez|telecharger|installez|application|applications|applis|appli|inscrivez-vous|s' inscrire|inscription|recevez|suivez-nous|suivez|rejoignez-nous|podcast|podcasts|app store|google play|alerte info|alertes|notifications|decouvrir|decouvrez|en savoir plus|boutique|la boutique|evenements|jeux-concours"},
	{Advertising, false, false, 25, "advertising vocabulary", "publicite|sponsorise|contenu sponsorise|contenus sponsorises|partenaire|partenaires|annonce|annonces|codes promo|code promo|contenu partenaire|supplement partenaire|suppléments partenaires|offres d' emploi|petites annonces|bons plans|bon plan"},
	{Other, true, true, 14, "embedded social-media post", "voir cette publication sur|une publication partagee par|voir ce post sur|voir le post sur|voir ce tweet|un post partage par|voir cette video sur"},
	{Advertising, true, false, 40, "gambling advertisement", "jouer comporte des risques|bonus de bienvenue|appelez le 09 74 75 13 13"},
	{Subscription, true, false, 12, "call for support", "soutenez votre media|soutenez le journalisme|soutenez notre redaction|soutenez l' information"},
	{Advertising, true, false, 40, "sponsored-content notice", "contenu propose par|cet article a ete realise par|la redaction n' a pas participe|publi-reportage|publireportage|article sponsorise|contenu sponsorise par"},
	{Advertising, false, true, 3, "shopping button", "acheter|j' achete|commander|voir le prix|en profiter"},
	{Advertising, false, true, 7, "shopping button", "voir l' offre|voir les offres|voir le prix chez|acheter chez"},
	{Other, false, true, 6, "video player", "lecture en cours|video -|video –|regarder la video|duree :"},
	{Navigation, false, false, 6, "menu vocabulary", "accueil|menu|rechercher|recherche|retour|haut de page|retour en haut|plan du site|mentions legales|conditions generales|conditions generales de vente|conditions generales d' utilisation|politique de confidentialite|annonces legales|cgu|cgv|contact|contacts|nous contacter|contactez-nous|faq|aide|precedent|suivant|fermer|rubriques|services|archives|flux rss|rss|skip to|skip|aller au contenu|sommaire|navigation|index|sections|qui sommes-nous|la redaction|charte|ok|valider|afficher plus|voir plus|voir tout|tout voir|plus de|edition|editions"},
}

// strongLegal phrases mark a legal disclaimer; weakLegal words only
// support one. A block is a disclaimer with one strong and one more cue,
// or three weak ones; next to a disclaimer, one cue is enough.
var strongLegal = "n' engagent que leurs auteurs|n' engagent que leur auteur|n' engage que son auteur|un credit vous engage|verifiez vos capacites de remboursement|percevoir une commission|toucher une commission|liens affilies|liens d' affiliation|conseil en investissement|divulgation des risques|ne sauraient etre tenus responsables|autorisation ecrite|vous disposez d' un droit|ne cautionne pas|conditions d' utilisation|reproduction interdite|ne constitue pas un conseil|politique de confidentialite|mentions legales|tous droits reserves|prenez note que"

// weakLegal also holds phrases that legal notices use but that news text
// uses too (version anglaise, données personnelles): they
// never make a disclaimer on their own.
var weakLegal = "notre site|doit etre rembourse|en cas d' achat|via ces liens|une commission|avertissement|risques|risque|investisseurs|investissement|responsable|responsables|conformement a|annonceurs|a des fins|sous reserve|ce site|du site|site web|site internet|interdit|propriete intellectuelle|autorisation prealable|droit d' acces|version anglaise|conditions generales|donnees personnelles|reglement general|rgpd"

// legalCue is a phrase of the legal vocabulary.
type legalCue struct {
	words  []int32
	strong bool
}

// Word flags of the lookup table.
const (
	fStop        uint16 = 1 << iota // a French stopword
	fMonth                          // a month name
	fDay                            // a weekday name
	fAgency                         // a news agency or photo agency name
	fAvec                           // avec, with: starts a list of contributors
	fReadOn                         // lire, voir, écouter…: starts a read-on link
	fPhoto                          // photo, illustration, crédits: a credit word
	fBylineStart                    // par, auteur: starts a byline
	fCredit                         // crédit, crédits: a credit word when "photo" or ":" follows
	fEst                            // est, sont: the verb of an author biography
	fRole                           // journaliste, correspondant…: a newsroom role
	fYou                            // vous, votre, vos: the page speaks to the reader
	fWe                             // nous, notre, nos: the site speaks of itself
	fCue                            // cue phrases start with the word
	fLegal                          // legal phrases start with the word
	fArticle                        // le, les, des, une…: the word after is a noun of a sentence
)

// rules is the compiled vocabulary, built once. Words are numbered from
// 1; id 0 stands for every word that is not in the vocabulary.
type rules struct {
	words  map[string]int32 // ids by folded word, while building
	infos  []wordInfo       // by id; infos[0] is empty
	flags  []uint16         // infos[id].flags, packed for the hot loop
	maxLen int              // longest key, in bytes
	table  table            // the same words, for lookups
}

// wordInfo is what the rules know of a folded word.
type wordInfo struct {
	flags uint16
	cues  []cue      // cues that start with the word
	legal []legalCue // legal phrases that start with the word
	// single is set when a cue or legal phrase is the word alone; next has
	// bit id%64 set for the id of the second word of each longer one.
	single bool
	next   uint64
}

// startsPhrase records on its first word that ws is a phrase.
func (r *rules) startsPhrase(ws []int32) *wordInfo {
	w0 := &r.infos[ws[0]]
	if len(ws) == 1 {
		w0.single = true
	} else {
		w0.next |= 1 << (uint(ws[1]) % 64)
	}
	return w0
}

// mayStartPhrase reports whether a cue or legal phrase that starts with
// the word may start at toks[i]: it is the word alone, or the next word
// may be its second word.
func (wi *wordInfo) mayStartPhrase(toks []tok, i int) bool {
	return wi.single || i+1 < len(toks) && wi.next&(1<<(uint(toks[i+1].id)%64)) != 0
}

// id returns the id of the folded word w, adding it if needed.
func (r *rules) id(w string) int32 {
	id, ok := r.words[w]
	if !ok {
		id = int32(len(r.infos))
		r.infos = append(r.infos, wordInfo{})
		r.words[w] = id
		r.maxLen = max(r.maxLen, len(w))
	}
	return id
}

// info returns the entry of the folded word w, adding it if needed. The
// pointer is valid until the next word is added.
func (r *rules) info(w string) *wordInfo { return &r.infos[r.id(w)] }

var months = []string{"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec"}

// roles are the newsroom roles that an author biography names: "Anne
// Dupont est journaliste au service politique".
var roles = []string{"journaliste", "journalistes", "correspondant", "correspondante", "correspondants", "reporter", "reporteur", "reportrice", "redacteur", "redactrice", "chroniqueur", "chroniqueuse", "editorialiste", "pigiste", "photographe", "photojournaliste"}

// articles are the determiners after which a word of a weak cue
// vocabulary is a noun of a sentence (les réactions, un journaliste), not a
// menu label or a byline.
var articles = []string{"le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "deux", "trois", "plusieurs", "quelques", "nombreux", "nombreuses"}

// newsNouns are the words of the weak cue vocabularies that news prose
// uses as ordinary nouns after a determiner: un journaliste, les
// réactions, ses partenaires, l'application, une annonce.
var newsNouns = []string{"journaliste", "journalistes", "reaction", "reactions", "partenaire", "partenaires", "application", "applications", "annonce", "annonces", "evenements", "contributions", "abonnes", "abonnement", "abonnements", "publicite", "boutique", "podcast", "alertes", "notifications", "edition", "editions", "archives", "services", "index", "charte", "inscription", "telechargement"}

var weekdays = []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}

// agencies are news and photo agencies, folded. The first ones are news
// agencies that may sign a text ([Meta].Agency).
var agencies = []string{"afp", "reuters", "ap", "belga", "ats", "ansa", "dpa", "efe", "keystone-ats", "bloomberg", "xinhua", "apa", "aps", "relaxnews", "sipa", "maxppp", "abaca", "getty", "epa", "keystone", "dr", "shutterstock", "istock", "hans", "afp/archives", "reuters/archives"}

var compiled = sync.OnceValue(func() *rules {
	r := &rules{words: map[string]int32{}, infos: make([]wordInfo, 1)}
	for w := range lexicon.Stopwords() {
		r.info(w).flags |= fStop
	}
	for _, w := range months {
		r.info(w).flags |= fMonth
	}
	for _, w := range weekdays {
		r.info(w).flags |= fDay
	}
	for _, w := range agencies {
		r.info(w).flags |= fAgency
	}
	for _, w := range []string{"avec", "with"} {
		r.info(w).flags |= fAvec
	}
	for _, w := range []string{"lire", "voir", "ecouter", "regarder", "revoir", "relire", "decouvrir"} {
		r.info(w).flags |= fReadOn
	}
	for _, w := range []string{"illustration", "photo", "photos"} {
		r.info(w).flags |= fPhoto
	}
	for _, w := range []string{"credit", "credits"} {
		r.info(w).flags |= fCredit
	}
	for _, w := range []string{"est", "sont", "etait"} {
		r.info(w).flags |= fEst
	}
	for _, w := range []string{"vous", "votre", "vos"} {
		r.info(w).flags |= fYou
	}
	for _, w := range []string{"nous", "notre", "nos"} {
		r.info(w).flags |= fWe
	}
	for _, w := range roles {
		r.info(w).flags |= fRole
	}
	for _, w := range articles {
		r.info(w).flags |= fArticle
	}
	for _, w := range []string{"par", "auteur", "auteurs"} {
		r.info(w).flags |= fBylineStart
	}
	for prio, d := range cueDefs {
		for p := range strings.SplitSeq(d.list, "|") {
			ws := r.phrase(p)
			if len(ws) == 0 {
				continue
			}
			w0 := r.startsPhrase(ws)
			w0.flags |= fCue
			noun := !d.strong && len(ws) == 1 && slices.Contains(newsNouns, p)
			w0.cues = append(w0.cues, cue{class: d.class, words: ws, start: d.start, max: d.max, reason: d.reason, prio: prio, strong: d.strong, noun: noun})
		}
	}
	for i, list := range []string{strongLegal, weakLegal} {
		for p := range strings.SplitSeq(list, "|") {
			ws := r.phrase(p)
			w0 := r.startsPhrase(ws)
			w0.flags |= fLegal
			w0.legal = append(w0.legal, legalCue{ws, i == 0})
		}
	}
	r.flags = make([]uint16, len(r.infos))
	for i := range r.infos {
		r.flags[i] = r.infos[i].flags
	}
	r.table = newTable(r.words)
	return r
})

// phrase returns the ids of the words of a cue phrase, tokenised the way
// blocks are tokenised and folded.
func (r *rules) phrase(p string) []int32 {
	var out []int32
	for _, k := range phraseKeys(p) {
		out = append(out, r.id(k))
	}
	return out
}

// phraseKeys tokenises a cue phrase the way blocks are tokenised and folds
// each token.
func phraseKeys(p string) []string {
	var out []string
	for _, t := range token.Tokenize(p) {
		out = append(out, textnorm.Key(t.Text))
	}
	return out
}
