// Command verbs generates internal/lexicon/data/verbs.txt: French reporting
// verbs, one inflected form per line with its lemma (form<TAB>lemma), NFC,
// sorted by form.
//
// The forms come from the Gender Gap Tracker French quote-verb list (MIT),
// which lists every inflected form but no lemma. Lemmas are derived here by
// rule: a conjugator for first-group verbs in -er (with the ç, ge, é/è, ll
// and y/i spelling changes) and, for the irregular verbs, a hand list of
// stems followed by a valid French ending. A few frequent news verbs missing
// from the source list (démentir, marteler, nier…) are added with forms from
// the same conjugator.
//
// Usage:
//
//	go run ./internal/gen/verbs -data ../shared/data/lexicons -o internal/lexicon/data/verbs.txt
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

func main() {
	data := flag.String("data", "../shared/data/lexicons", "directory of the raw lexicons")
	out := flag.String("o", "internal/lexicon/data/verbs.txt", "output file")
	flag.Parse()
	b, err := Generate(*data)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// notLemma lists infinitive-looking lines of the source that are not lemmas
// of their own (typos and variants), with the lemma they stand for, or "" to
// drop them.
var notLemma = map[string]string{
	"dancer":       "",
	"re-connaître": "reconnaître",
	"reconnaitre":  "reconnaître",
	"preciser":     "préciser",
}

// dropForms are source lines that are not forms of a reporting verb.
var dropForms = map[string]bool{}

func init() {
	// Forms of être and avoir, nouns and typos that the source lists among
	// its forms.
	for _, f := range strings.Fields(`soyons soyez soit soient sois es êtes étiez étions
		fus fut fûmes fûtes furent fusse fusses fût fussions fussiez fussent
		sera serai seras serons serez seront serais serait serions seriez seraient
		eue eues eus eut eûmes eûtes eurent eusse eusses eût eussions eussiez eussent eussé
		dires lires lits lit-divan savoirs vouloirs sourires lancers
		dénonnçais extasiantes`) {
		dropForms[f] = true
	}
}

// extraLemmas are first-group lemmas whose infinitive the source lacks
// although it lists some of their forms.
var extraLemmas = strings.Fields(`lâcher analyser calculer donner exciter inviter
	laisser ordonner questionner reprocher répéter signaler étonner insurger
	indigner louanger`)

// irregular maps each non-first-group lemma to the stems its forms start
// with; a form is a stem followed by one of [endings].
var irregular = map[string][]string{
	"admettre":    {"admet", "admett", "admi", "admîm", "admît", "admis"},
	"promettre":   {"promet", "promett", "promi", "promîm", "promît", "promis"},
	"avertir":     {"avert", "averti", "avertiss", "avertî"},
	"réagir":      {"réag", "réagi", "réagiss", "réagî"},
	"réjouir":     {"réjou", "réjoui", "réjouiss", "réjouî"},
	"conclure":    {"conclu", "conclû"},
	"craindre":    {"crain", "craign", "craind", "craint"},
	"plaindre":    {"plain", "plaign", "plaind", "plaint"},
	"croire":      {"croi", "croy", "cru", "crû"},
	"dire":        {"di", "dis", "dî", "dit"},
	"prédire":     {"prédi", "prédis", "prédî", "prédit"},
	"écrire":      {"écri", "écriv", "écrit"},
	"décrire":     {"décri", "décriv", "décrit"},
	"lire":        {"li", "lis", "lu", "lû"},
	"sourire":     {"souri", "sourî"},
	"savoir":      {"sai", "sav", "sach", "su", "sû", "sau"},
	"valoir":      {"vau", "val", "vaill", "vaud", "valu", "valû"},
	"vouloir":     {"veu", "voul", "veuill", "voud", "voulu", "voulû"},
	"prévoir":     {"prévoi", "prévoy", "prévi", "prévî", "prévu"},
	"répondre":    {"répond", "répondî"},
	"défendre":    {"défend", "défendî"},
	"entendre":    {"entend", "entendî"},
	"prétendre":   {"prétend", "prétendî"},
	"poursuivre":  {"poursui", "poursuiv", "poursuivî"},
	"reconnaître": {"reconnai", "reconnaî", "reconnaît", "reconnaiss", "reconnu", "reconnû"},
	"soutenir":    {"souti", "souten", "soutien", "soutienn", "soutin", "soutîn", "soutiend"},
	"prévenir":    {"préven", "prévien", "prévienn", "prévin", "prévîn", "préviend"},
	"démentir":    {"démen", "dément", "démentî"},
	"soumettre":   {"soumet", "soumett", "soumi", "soumîm", "soumît", "soumis"},
}

// endings are the inflectional endings that may follow an irregular stem.
var endings = strings.Fields(`_ s t x e es ent ons ez ais ait aient ions iez
	a as ai âmes âtes èrent is it îmes îtes irent us ut ûmes ûtes urent
	mes tes rent nt ns
	ra rai ras rons rez ront rais rait rions riez raient
	rai ras ra rons rez ront
	isse isses ît issions issiez issent usse usses ût ussions ussiez ussent
	sse sses ssions ssiez ssent ssent
	ant ante antes ants é ée és ées ie ies i ue ues u ise ises ite ites
	re ir oir dre`)

// added are frequent news reporting verbs missing from the source list;
// their forms come from the first-group conjugator.
var added = []string{
	"détailler", "exhorter", "fustiger", "interpeller", "interroger",
	"lâcher", "marteler", "nier", "préconiser", "regretter", "répéter",
	"signaler", "souffler", "glisser", "appuyer", "railler", "tempêter",
	"indigner", "confesser", "reprocher", "jurer", "alerter", "féliciter",
	"exclamer", "emporter", "résumer", "condamner", "mettre", "démentir",
	"rapporter", "préciser", "commenter", "prôner", "martyriser",
	// reporting verbs of news style that the source lacks
	"alarmer", "asséner", "certifier", "claironner",
	"objecter", "riposter", "sommer", "supposer", "implorer", "supplier",
	"conseiller", "murmurer", "chuchoter", "crier", "hurler", "écrier",
	"clamer", "proclamer", "contester", "énumérer", "pronostiquer",
	"communiquer", "rassurer", "relativiser", "renchérir", "tacler",
	"maintenir", "souvenir", "abonder", "corriger", "argumenter", "signifier",
	"compléter", "convenir", "parler",
	// moods and tones of reply (on minimise : « … », s'amuse-t-il)
	"minimiser", "temporiser", "tempérer", "amuser",
	"esclaffer", "pester", "râler", "fulminer", "lamenter", "tancer",
	"persifler", "scander", "grincer", "agacer", "énerver",
	"enthousiasmer", "embrayer",
}

// participles are the past participles (masculine singular) of the
// irregular verbs, which the source list omits; the feminine and plural
// forms are added by agreement.
var participles = map[string]string{
	"admettre": "admis", "promettre": "promis", "soumettre": "soumis",
	"avertir": "averti", "réagir": "réagi", "réjouir": "réjoui",
	"conclure": "conclu", "craindre": "craint", "plaindre": "plaint",
	"croire": "cru", "dire": "dit", "prédire": "prédit", "écrire": "écrit",
	"décrire": "décrit", "prévoir": "prévu", "répondre": "répondu",
	"défendre": "défendu", "prétendre": "prétendu", "poursuivre": "poursuivi",
	"reconnaître": "reconnu", "soutenir": "soutenu", "prévenir": "prévenu",
	"démentir": "démenti", "maintenir": "maintenu", "renchérir": "renchéri",
	"convenir": "convenu",
}

// presentParticiples are the present participles of the irregular verbs
// that the source list omits (…, reconnaissant que …).
var presentParticiples = map[string]string{
	"conclure": "concluant", "croire": "croyant", "plaindre": "plaignant",
	"poursuivre": "poursuivant", "prétendre": "prétendant",
	"prévenir": "prévenant", "prévoir": "prévoyant",
	"reconnaître": "reconnaissant", "réjouir": "réjouissant",
	"répondre": "répondant", "soumettre": "soumettant",
	"soutenir": "soutenant",
}

// addedIrregular gives the forms of added verbs outside the first group.
// convenir leaves out the impersonal il convient, il convenait, il
// conviendrait (de …), which report nothing.
var addedIrregular = map[string][]string{
	"convenir":  {"convenir", "conviens", "conviennent", "convenaient", "convint", "convinrent", "convenu", "convenue", "convenus", "convenues", "conviendra", "conviendront", "conviendraient", "convenant"},
	"démentir":  {"démentir", "dément", "démentent", "démentait", "démentaient", "démentit", "démentirent", "démenti", "démentie", "démentis", "démenties", "démentira", "démentiront", "démentirait", "démentiraient", "démentant", "démente", "démens"},
	"maintenir": {"maintenir", "maintient", "maintiennent", "maintenait", "maintenaient", "maintint", "maintinrent", "maintenu", "maintenue", "maintenus", "maintenues", "maintiendra", "maintiendront", "maintiendrait", "maintiendraient", "maintenant", "maintienne"},
	"souvenir":  {"souvenir", "souviens", "souvient", "souviennent", "souvenait", "souvenaient", "souvint", "souvinrent", "souvenu", "souvenue", "souvenus", "souvenues", "souviendra", "souviendrait", "souvenant"},
	"renchérir": {"renchérir", "renchérit", "renchérissent", "renchérissait", "renchérissaient", "renchérirent", "renchéri", "renchérie", "renchéris", "renchérira", "renchérirait", "renchérissant"},
	"mettre":    nil,
}

// Generate returns the content of the generated list.
func Generate(dir string) ([]byte, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "quote-verbs-ggt-fr", "quote_verb_list.txt"))
	if err != nil {
		return nil, err
	}
	var forms []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		f := norm.NFC.String(strings.ToLower(strings.TrimSpace(sc.Text())))
		if f == "" || seen[f] || dropForms[f] {
			continue
		}
		seen[f] = true
		forms = append(forms, f)
	}
	// Lemmas: infinitives of the list, cleaned, plus the irregular table.
	lemmas := map[string]bool{}
	for _, f := range forms {
		if l, ok := notLemma[f]; ok {
			if l != "" {
				lemmas[l] = true
			}
			continue
		}
		if strings.HasSuffix(f, "er") {
			lemmas[f] = true
		}
	}
	for l := range irregular {
		lemmas[l] = true
	}
	for _, l := range extraLemmas {
		lemmas[l] = true
	}
	// Form → lemma for first-group verbs, by conjugation.
	conj := map[string]string{}
	for l := range lemmas {
		if _, irr := irregular[l]; irr || !strings.HasSuffix(l, "er") {
			continue
		}
		for _, f := range conjugate(l) {
			if old, ok := conj[f]; !ok || l < old {
				conj[f] = l
			}
		}
	}
	out := map[string]string{}
	var unknown []string
	for _, f := range forms {
		if l, ok := notLemma[f]; ok {
			if l != "" {
				out[f] = l
			}
			continue
		}
		if l, ok := conj[f]; ok {
			out[f] = l
			continue
		}
		if l := irregularLemma(f); l != "" {
			out[f] = l
			continue
		}
		unknown = append(unknown, f)
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("no lemma for %d forms: %v", len(unknown), unknown)
	}
	for _, l := range added {
		if fs, ok := addedIrregular[l]; ok {
			for _, f := range fs {
				if _, dup := out[f]; !dup {
					out[f] = l
				}
			}
			continue
		}
		for _, f := range conjugate(l) {
			if _, dup := out[f]; !dup {
				out[f] = l
			}
		}
	}
	// Every form of the first-group lemmas, not only those the source
	// lists (it lacks many participles: appelé, jugé…).
	for l := range lemmas {
		if _, irr := irregular[l]; irr || !strings.HasSuffix(l, "er") {
			continue
		}
		for _, f := range conjugate(l) {
			if _, dup := out[f]; !dup {
				out[f] = l
			}
		}
	}
	for l, pp := range participles {
		for _, f := range []string{pp, pp + "e", pp + "es", strings.TrimSuffix(pp, "s") + "s"} {
			if _, dup := out[f]; !dup {
				out[f] = l
			}
		}
	}
	for l, f := range presentParticiples {
		if _, dup := out[f]; !dup {
			out[f] = l
		}
	}
	// The inflected present participles are verbal adjectives (une
	// position confiante, des chiffres alarmants), never a cue.
	for f := range out {
		if strings.HasSuffix(f, "ante") || strings.HasSuffix(f, "antes") || strings.HasSuffix(f, "ants") {
			delete(out, f)
		}
	}
	keys := make([]string, 0, len(out))
	for f := range out {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	var buf bytes.Buffer
	buf.WriteString("# Code generated by internal/gen/verbs; DO NOT EDIT.\n")
	buf.WriteString("# Source: Gender Gap Tracker quote_verb_list.txt (MIT, Copyright (c) 2018-2023 Maite Taboada); lemmas derived by rule.\n")
	buf.WriteString("# form\tlemma\n")
	for _, f := range keys {
		fmt.Fprintf(&buf, "%s\t%s\n", f, out[f])
	}
	return buf.Bytes(), nil
}

// irregularLemma returns the irregular lemma whose longest stem starts f
// with a valid ending after it, or "".
func irregularLemma(f string) string {
	best, bestLen := "", 0
	for l, stems := range irregular {
		for _, s := range stems {
			if len(s) <= bestLen || !strings.HasPrefix(f, s) {
				continue
			}
			rest := f[len(s):]
			if rest == "" || slices.Contains(endings, rest) {
				best, bestLen = l, len(s)
			} else if rest+"_" == "_" {
				best, bestLen = l, len(s)
			}
		}
		if f == l {
			return l
		}
	}
	return best
}

// conjugate returns the forms of the first-group verb l (ending in -er):
// all simple tenses, the participles and the infinitive.
func conjugate(l string) []string {
	s := strings.TrimSuffix(l, "er")
	var out []string
	soft := func(end string) string {
		// ç and ge before a and o.
		if end != "" && (end[0] == 'a' || end[0] == 'o' || strings.HasPrefix(end, "â")) {
			switch {
			case strings.HasSuffix(s, "c"):
				return strings.TrimSuffix(s, "c") + "ç" + end
			case strings.HasSuffix(s, "g"):
				return s + "e" + end
			}
		}
		return s + end
	}
	mute := muteStems(s)
	// Endings after a stressed (full) stem.
	full := []string{"ons", "ez", "ais", "ait", "ions", "iez", "aient",
		"ai", "as", "a", "âmes", "âtes", "èrent",
		"asse", "asses", "ât", "assions", "assiez", "assent",
		"ant", "ants", "ante", "antes", "é", "ée", "és", "ées", "er"}
	for _, e := range full {
		out = append(out, soft(e))
	}
	// Endings after a mute-e stem: present, subjunctive, future, conditional.
	muteEnd := []string{"e", "es", "ent",
		"erai", "eras", "era", "erons", "erez", "eront",
		"erais", "erait", "erions", "eriez", "eraient"}
	for _, m := range mute {
		for _, e := range muteEnd {
			out = append(out, m+e)
		}
	}
	return out
}

// muteStems returns the stems used before a mute e: appel → appell,
// considér → considèr, lev → lèv, appuy → appui; the plain stem is kept too
// (future forms such as considérera).
func muteStems(s string) []string {
	out := []string{s}
	switch {
	case strings.HasSuffix(s, "uy") || strings.HasSuffix(s, "oy"):
		out = append(out, strings.TrimSuffix(s, "y")+"i")
	case strings.HasSuffix(s, "el") && !strings.HasSuffix(s, "ell") && !strings.HasSuffix(s, "éel"):
		if strings.HasSuffix(s, "tel") && s != "martel" || strings.HasSuffix(s, "pel") {
			out = append(out, s+"l")
		} else {
			out = append(out, s[:len(s)-2]+"èl")
		}
	default:
		// The last é or e of the stem, before its final consonants.
		i := len(s)
		if strings.HasSuffix(s, "gu") || strings.HasSuffix(s, "qu") {
			i -= 2
		}
		for i > 0 && !isVowelByte(s[i-1]) {
			i--
		}
		if strings.HasSuffix(s[:i], "é") && i < len(s) {
			out = append(out, s[:i-len("é")]+"è"+s[i:])
		} else if i >= 1 && s[i-1] == 'e' && i < len(s) && i >= 2 && !isVowelByte(s[i-2]) {
			out = append(out, s[:i-1]+"è"+s[i:])
		}
	}
	return out
}

func isVowelByte(c byte) bool {
	return strings.IndexByte("aeiouy", c) >= 0 || c >= 0x80
}
