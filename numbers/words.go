package numbers

import (
	"strings"

	"golang.org/x/text/currency"
)

// wordClass is the grammatical role of a number word.
type wordClass uint8

const (
	wNone    wordClass = iota
	wZero              // zéro
	wUnit              // un … neuf
	wTeen              // dix … seize
	wTen               // vingt … nonante
	wHundred           // cent
	wScale             // mille, million, milliard…
	wApprox            // dizaine, centaine, millier…
)

type numWord struct {
	cls    wordClass
	val    uint64
	plural bool // centaines, millions: may start a vague quantity
}

// cardinals maps a folded number word to its role and value.
var cardinals = func() map[string]numWord {
	m := map[string]numWord{
		"zero": {wZero, 0, false}, "un": {wUnit, 1, false}, "une": {wUnit, 1, false},
		"deux": {wUnit, 2, false}, "trois": {wUnit, 3, false}, "quatre": {wUnit, 4, false},
		"cinq": {wUnit, 5, false}, "six": {wUnit, 6, false}, "sept": {wUnit, 7, false},
		"huit": {wUnit, 8, false}, "neuf": {wUnit, 9, false},
		"dix": {wTeen, 10, false}, "onze": {wTeen, 11, false}, "douze": {wTeen, 12, false},
		"treize": {wTeen, 13, false}, "quatorze": {wTeen, 14, false}, "quinze": {wTeen, 15, false},
		"seize": {wTeen, 16, false},
		"vingt": {wTen, 20, false}, "vingts": {wTen, 20, false}, "trente": {wTen, 30, false},
		"quarante": {wTen, 40, false}, "cinquante": {wTen, 50, false}, "soixante": {wTen, 60, false},
		"septante": {wTen, 70, false}, "huitante": {wTen, 80, false}, "octante": {wTen, 80, false},
		"nonante": {wTen, 90, false},
		"cent":    {wHundred, 100, false}, "cents": {wHundred, 100, false},
		"mille": {wScale, 1e3, false}, "mil": {wScale, 1e3, false},
	}
	for _, s := range []struct {
		w string
		v uint64
	}{{"million", 1e6}, {"milliard", 1e9}, {"billion", 1e12}, {"billiard", 1e15}, {"trillion", 1e18}} {
		m[s.w] = numWord{wScale, s.v, false}
		m[s.w+"s"] = numWord{wScale, s.v, true}
	}
	for _, s := range []struct {
		w string
		v uint64
	}{{"huitaine", 8}, {"dizaine", 10}, {"douzaine", 12}, {"quinzaine", 15}, {"vingtaine", 20},
		{"trentaine", 30}, {"quarantaine", 40}, {"cinquantaine", 50}, {"soixantaine", 60},
		{"centaine", 100}, {"millier", 1000}, {"demi-douzaine", 6}} {
		m[s.w] = numWord{wApprox, s.v, false}
		m[s.w+"s"] = numWord{wApprox, s.v, true}
	}
	return m
}()

// ordinalStems maps the stem of an ordinal in -ième to its cardinal word.
var ordinalStems = map[string]string{
	"un": "un", "deux": "deux", "trois": "trois", "quatr": "quatre", "cinqu": "cinq",
	"six": "six", "sept": "sept", "huit": "huit", "neuv": "neuf", "dix": "dix",
	"onz": "onze", "douz": "douze", "treiz": "treize", "quatorz": "quatorze",
	"quinz": "quinze", "seiz": "seize", "vingt": "vingt", "trent": "trente",
	"quarant": "quarante", "cinquant": "cinquante", "soixant": "soixante",
	"septant": "septante", "huitant": "huitante", "octant": "octante", "nonant": "nonante",
	"cent": "cent", "mill": "mille", "million": "million", "milliard": "milliard",
	"zero": "zero",
}

// ordinalWord returns the cardinal word of an ordinal word ending in
// -ième(s) (deuxième → deux, vingtième → vingt), with ok false otherwise.
func ordinalWord(k string) (string, bool) {
	k = strings.TrimSuffix(k, "s")
	stem, ok := strings.CutSuffix(k, "ieme")
	if !ok {
		return "", false
	}
	c, ok := ordinalStems[stem]
	return c, ok
}

// fractionWords maps a folded fraction noun to its denominator.
var fractionWords = map[string]uint64{
	"demi": 2, "demie": 2, "demis": 2, "demies": 2, "tiers": 3, "quart": 4, "quarts": 4,
}

// months maps a folded month name or abbreviation to its number.
var months = map[string]int{
	"janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
	"avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
	"sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
	"decembre": 12, "dec": 12,
}

var weekdays = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true,
}

// scaleAbbr is the value of an abbreviated scale; a strict one is read
// only before a currency.
type scaleAbbr struct {
	val    uint64
	strict bool
}

// scaleAbbrevs maps an abbreviated scale (case-sensitive) to its value.
// strict ones are read only before a currency.
var scaleAbbrevs = map[string]scaleAbbr{
	"k": {1e3, true}, "K": {1e3, true}, "M": {1e6, true}, "G": {1e9, true},
	"Md": {1e9, false}, "Mds": {1e9, false}, "Mrd": {1e9, false}, "Mrds": {1e9, false},
	"md": {1e9, true}, "mds": {1e9, false}, "mrd": {1e9, false}, "mrds": {1e9, false},
	"Mio": {1e6, false}, "mio": {1e6, false}, "mln": {1e6, false}, "Mn": {1e6, true},
	"bn": {1e9, false}, "Bn": {1e9, false}, "MM": {1e6, true},
}

// attachedScales are the scale suffixes read when glued to digits: 100K, 3M.
var attachedScales = map[string]uint64{
	"k": 1e3, "K": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9, "G": 1e9,
	"mds": 1e9, "Mio": 1e6, "bn": 1e9,
}

func cur(code string) currency.Unit { return currency.MustParseISO(code) }

// currencySymbols maps a currency symbol to its currency.
var currencySymbols = map[string]currency.Unit{
	"€": cur("EUR"), "$": cur("USD"), "£": cur("GBP"), "¥": cur("JPY"), "₹": cur("INR"),
	"₽": cur("RUB"), "₩": cur("KRW"), "₺": cur("TRY"), "₪": cur("ILS"), "₴": cur("UAH"),
	"₦": cur("NGN"), "฿": cur("THB"), "₫": cur("VND"), "₱": cur("PHP"), "₣": cur("FRF"),
}

// dollarPrefixes maps the letters glued to $ (US$, $CA) to a currency.
var dollarPrefixes = map[string]currency.Unit{
	"US": cur("USD"), "CA": cur("CAD"), "CAN": cur("CAD"), "C": cur("CAD"), "AU": cur("AUD"),
	"AUS": cur("AUD"), "A": cur("AUD"), "HK": cur("HKD"), "NZ": cur("NZD"), "S": cur("SGD"),
	"SG": cur("SGD"), "R": cur("BRL"), "NT": cur("TWD"),
}

// currencyWord describes a currency name: its default currency (XXX when
// the name needs a qualifier, as dinar) and whether it is a sub-unit.
type currencyWord struct {
	unit currency.Unit
	// needsQualifier: the name alone is not money (couronnes).
	needsQualifier bool
}

// currencyNames maps a folded currency name (singular) to its currency.
var currencyNames = map[string]currencyWord{
	"euro": {cur("EUR"), false}, "dollar": {cur("USD"), false}, "livre": {cur("GBP"), false},
	"sterling": {cur("GBP"), false}, "yen": {cur("JPY"), false}, "yuan": {cur("CNY"), false},
	"renminbi": {cur("CNY"), false}, "rouble": {cur("RUB"), false}, "roupie": {cur("INR"), false},
	"real": {cur("BRL"), false}, "reai": {cur("BRL"), false}, "franc": {cur("FRF"), false},
	"dinar": {currency.XXX, false}, "dirham": {cur("MAD"), false}, "peso": {currency.XXX, false},
	"won": {cur("KRW"), false}, "rand": {cur("ZAR"), false}, "shekel": {cur("ILS"), false},
	"sheqel": {cur("ILS"), false}, "hryvnia": {cur("UAH"), false}, "hryvna": {cur("UAH"), false},
	"zloty": {cur("PLN"), false}, "forint": {cur("HUF"), false}, "couronne": {currency.XXX, true},
	"lire": {cur("TRY"), true}, "livre turque": {cur("TRY"), false}, "naira": {cur("NGN"), false},
	"cedi": {cur("GHS"), false}, "ariary": {cur("MGA"), false}, "riyal": {cur("SAR"), false},
	"rial": {currency.XXX, false}, "leu": {cur("RON"), false}, "lei": {cur("RON"), false},
	"baht": {cur("THB"), false}, "ringgit": {cur("MYR"), false}, "rupiah": {cur("IDR"), false},
	"dong": {cur("VND"), true}, "birr": {cur("ETB"), false}, "shilling": {cur("KES"), true},
	"kwanza": {cur("AOA"), false}, "gourde": {cur("HTG"), true}, "lev": {cur("BGN"), false},
	"kuna": {cur("HRK"), false}, "sol": {cur("PEN"), true}, "bolivar": {cur("VEF"), false},
	"quetzal": {cur("GTQ"), false}, "dalasi": {cur("GMD"), false}, "tenge": {cur("KZT"), false},
	"lari": {cur("GEL"), false}, "dram": {cur("AMD"), false}, "manat": {cur("AZN"), true},
	"taka": {cur("BDT"), false}, "afghani": {cur("AFN"), false}, "kyat": {cur("MMK"), false},
}

// currencyQualifiers maps a folded adjective after a currency name (singular,
// masculine or feminine) to the currency it makes.
var currencyQualifiers = map[string]currency.Unit{
	"americain": cur("USD"), "americaine": cur("USD"), "us": cur("USD"), "canadien": cur("CAD"),
	"canadienne": cur("CAD"), "australien": cur("AUD"), "neo-zelandais": cur("NZD"),
	"singapourien": cur("SGD"), "hongkongais": cur("HKD"), "taiwanais": cur("TWD"),
	"sterling": cur("GBP"), "britannique": cur("GBP"), "suisse": cur("CHF"), "cfa": cur("XOF"),
	"cfp": cur("XPF"), "francai": cur("FRF"), "francais": cur("FRF"), "belge": cur("BEF"),
	"congolai": cur("CDF"), "congolais": cur("CDF"), "guineen": cur("GNF"), "rwandai": cur("RWF"),
	"rwandais": cur("RWF"), "burundai": cur("BIF"), "burundais": cur("BIF"), "djiboutien": cur("DJF"),
	"comorien": cur("KMF"), "malgache": cur("MGA"),
	"algerien": cur("DZD"), "tunisien": cur("TND"), "libyen": cur("LYD"), "irakien": cur("IQD"),
	"jordanien": cur("JOD"), "koweitien": cur("KWD"), "bahreini": cur("BHD"), "serbe": cur("RSD"),
	"marocain": cur("MAD"), "emirati": cur("AED"), "egyptien": cur("EGP"), "egyptienne": cur("EGP"),
	"libanais": cur("LBP"), "libanai": cur("LBP"), "libanaise": cur("LBP"), "syrien": cur("SYP"), "syrienne": cur("SYP"),
	"turc": cur("TRY"), "turque": cur("TRY"), "mexicain": cur("MXN"), "argentin": cur("ARS"),
	"chilien": cur("CLP"), "colombien": cur("COP"), "cubain": cur("CUP"), "philippin": cur("PHP"),
	"uruguayen": cur("UYU"), "suedoise": cur("SEK"), "danoise": cur("DKK"), "norvegienne": cur("NOK"),
	"tcheque": cur("CZK"), "islandaise": cur("ISK"), "saoudien": cur("SAR"), "qatari": cur("QAR"),
	"iranien": cur("IRR"), "yemenite": cur("YER"), "omanai": cur("OMR"), "omanais": cur("OMR"),
	"indienne": cur("INR"), "pakistanaise": cur("PKR"), "indonesienne": cur("IDR"),
	"russe": cur("RUB"), "bresilien": cur("BRL"), "chinois": cur("CNY"), "japonais": cur("JPY"),
	"zimbabween": cur("ZWL"), "jamaicain": cur("JMD"), "nigerian": cur("NGN"),
	"sud-africain": cur("ZAR"), "kenyan": cur("KES"), "ougandais": cur("UGX"), "ougandai": cur("UGX"),
	"tanzanien": cur("TZS"), "somalien": cur("SOS"), "ukrainienne": cur("UAH"),
	"polonais": cur("PLN"), "polonai": cur("PLN"), "hongrois": cur("HUF"), "hongroi": cur("HUF"),
	"roumain": cur("RON"), "bulgare": cur("BGN"), "coreen": cur("KRW"), "sud-coreen": cur("KRW"),
	"nord-coreen": cur("KPW"), "israelien": cur("ILS"), "haitienne": cur("HTG"),
	"peruvien": cur("PEN"), "venezuelien": cur("VEF"), "vietnamien": cur("VND"),
	"thailandais": cur("THB"), "malaisien": cur("MYR"),
}

// currencyAbbrevs maps non-ISO currency abbreviations to their currency.
var currencyAbbrevs = map[string]currency.Unit{
	"FCFA": cur("XOF"), "CFA": cur("XOF"), "Fcfa": cur("XOF"), "Rs": cur("INR"), "DH": cur("MAD"),
	"Dh": cur("MAD"), "Dhs": cur("MAD"), "DA": cur("DZD"), "DT": cur("TND"), "SFr": cur("CHF"),
	"Fr": cur("CHF"), "fr": cur("CHF"), "FS": cur("CHF"), "MAD": cur("MAD"),
}

// isoExcluded lists ISO 4217 codes that are also common capitalised words.
var isoExcluded = map[string]bool{
	"ALL": true, "TOP": true, "SOS": true, "BOB": true, "CUP": true, "MOP": true, "PEN": true,
	"GEL": true, "XXX": true, "XTS": true, "BAM": true, "TMT": true, "NIO": true, "SVC": true,
	"AMD": true, "MRO": true, "STD": true, "CVE": true, "LAK": true, "KGS": true, "BEL": true, "LUF": true,
}

// isoCurrency returns the currency of an upper-case ISO 4217 code.
func isoCurrency(w string) (currency.Unit, bool) {
	if len(w) != 3 || isoExcluded[w] {
		return currency.XXX, false
	}
	for i := 0; i < 3; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return currency.XXX, false
		}
	}
	u, err := currency.ParseISO(w)
	if err != nil {
		return currency.XXX, false
	}
	return u, true
}

// subunits are the names of hundredths of a currency.
var subunits = map[string]currency.Unit{
	"cent": cur("USD"), "cents": cur("USD"), "centime": cur("EUR"), "centimes": cur("EUR"),
	"penny": cur("GBP"), "pence": cur("GBP"), "ct": cur("EUR"), "cts": cur("EUR"),
}

// approxCues are the phrases before a number that qualify it, as folded
// token sequences joined by spaces (an elision keeps its apostrophe).
var approxCues = map[string]Approx{
	"plus de": MoreThan, "plus d'": MoreThan, "un peu plus de": MoreThan, "un peu plus d'": MoreThan,
	"bien plus de": MoreThan, "largement plus de": MoreThan, "au-dela de": MoreThan,
	"au-dela d'": MoreThan, "superieur a": MoreThan, "superieure a": MoreThan,
	"superieurs a": MoreThan, "superieures a": MoreThan, "plus que": MoreThan,
	"moins de": LessThan, "moins d'": LessThan, "un peu moins de": LessThan,
	"un peu moins d'": LessThan, "inferieur a": LessThan, "inferieure a": LessThan,
	"inferieurs a": LessThan, "inferieures a": LessThan, "en dessous de": LessThan,
	"en-dessous de": LessThan, "au-dessous de": LessThan, "sous la barre de": LessThan,
	"sous la barre des": LessThan, "moins que": LessThan,
	"au moins": AtLeast, "au minimum": AtLeast, "pas moins de": AtLeast, "pas moins d'": AtLeast,
	"un minimum de": AtLeast, "un minimum d'": AtLeast, "minimum": AtLeast, "au bas mot": AtLeast,
	"superieur ou egal a": AtLeast, "superieure ou egale a": AtLeast, "a partir de": AtLeast,
	"a partir d'": AtLeast,
	"au plus":     AtMost, "au maximum": AtMost, "tout au plus": AtMost, "jusqu'a": AtMost,
	"jusqu'au": AtMost, "pas plus de": AtMost, "pas plus d'": AtMost, "un maximum de": AtMost,
	"un maximum d'": AtMost, "maximum": AtMost, "inferieur ou egal a": AtMost,
	"inferieure ou egale a": AtMost,
	"environ":               About, "env.": About, "pres de": About, "pres d'": About, "quelque": About,
	"approximativement": About, "a peu pres": About, "autour de": About, "autour d'": About,
	"aux alentours de": About, "aux alentours d'": About, "de l'ordre de": About,
	"de l'ordre d'": About, "quasiment": About, "presque": About, "grosso modo": About,
	"pas loin de": About, "pas loin d'": About, "plus ou moins": About, "approx.": About,
	"dans les": About, "~": About, "≈": About, "vers": About, "avoisinant": About,
	"plus grand que": MoreThan, "plus grande que": MoreThan, "plus grands que": MoreThan,
	"plus eleve que": MoreThan, "plus elevee que": MoreThan, "nettement plus de": MoreThan,
	"nettement plus d'": MoreThan, "bien au-dela de": MoreThan,
	"plus petit que": LessThan, "plus petite que": LessThan, "plus petits que": LessThan,
	"plus faible que": LessThan, "bien moins de": LessThan, "bien moins d'": LessThan,
	"nettement moins de": LessThan, "largement moins de": LessThan,
	"egal ou superieur a": AtLeast, "egale ou superieure a": AtLeast, "au moins egal a": AtLeast,
	"egal ou inferieur a": AtMost, "egale ou inferieure a": AtMost, "au plus egal a": AtMost,
	"ne depassant pas": AtMost, "ne depasse pas": AtMost, "n'excedant pas": AtMost,
	"aux environs de": About, "aux environs d'": About, "dans les environs de": About,
	"quasi": About, "pratiquement": About,
	"au-dessus de": MoreThan, "au-dessus d'": MoreThan, "au dessus de": MoreThan,
	"au dela de": MoreThan, "au dela d'": MoreThan, "pas plus que": AtMost, "pas moins que": AtLeast,
	">": MoreThan, "> =": AtLeast, "≥": AtLeast, "⩾": AtLeast, "<": LessThan, "< =": AtMost,
	"≤": AtMost, "⩽": AtMost,
	"plus des": MoreThan, "moins des": LessThan, "pres des": About, "pres du": About,
	"plus du": MoreThan, "moins du": LessThan,
	"tout juste": Exact, "exactement": Exact, "precisement": Exact, "pile": Exact,
}

// postCues are the phrases after a number that qualify it.
var postCues = map[string]Approx{
	"environ": About, "ou plus": AtLeast, "et plus": AtLeast, "au moins": AtLeast,
	"au minimum": AtLeast, "minimum": AtLeast, "au plus": AtMost, "au maximum": AtMost,
	"maximum": AtMost, "max": AtMost, "tout au plus": AtMost, "ou moins": AtMost,
	"a peu pres": About, "pile": Exact, "tout rond": Exact,
}

// maxCue is the largest number of tokens in a cue.
const maxCue = 5

// unitNouns are counted nouns that the stopword list contains.
var unitNouns = map[string]bool{
	"personnes": true, "personne": true, "fois": true, "ans": true, "an": true, "jours": true,
	"jour": true, "heures": true, "heure": true, "mois": true, "semaines": true, "annees": true,
	"minutes": true, "secondes": true, "points": true, "hommes": true, "femmes": true,
	"enfants": true, "gens": true, "pays": true, "villes": true, "parties": true, "cas": true,
	"morts": true, "millions": false,
}

// notUnits are words that follow numbers without being counted nouns.
var notUnits = map[string]bool{
	"premiers": true, "premieres": true, "derniers": true, "dernieres": true, "prochains": true,
	"prochaines": true, "autres": true, "seuls": true, "seules": true, "fois-ci": true,
	"environ": true, "exactement": true, "mai": true, "ou": true, "et": true, "pour": true,
}
