// Package numbers reads the numbers of French text exactly: numerals in
// digits or in words, quantities with their counted noun, percentages,
// money amounts with their currency, approximations and ranges as bounds,
// and dates, each with byte offsets into the caller's text.
//
// # Getting Started
//
// [Parse] reads one number expression:
//
//	n, err := numbers.Parse("8,6 millions") // n.String() == "8600000"
//
// [Extract] finds every quantity of a text, in order:
//
//	for _, q := range numbers.Extract("plus de 700.000 ordinateurs") {
//		fmt.Println(q.Kind, q.Low, q.Unit) // cardinal 700000 ordinateurs
//	}
//
// [ExtractDoc] does the same on a [token.Doc] already parsed, so that a
// pipeline tokenises once.
//
// # Values
//
// A [Number] is exact: decimal digits and a power of ten (8,6 millions is
// 8600000, never 8599999.999…), or a *big.Rat for values such as 1/3. It
// marshals to an exact JSON number.
//
// # Quantities
//
// A [Quantity] has a [Kind] (cardinal, ordinal, fraction, percent, money,
// date), a Value, Low/High bounds for ranges and open intervals, an
// [Approx] qualifier, a currency for money, the counted noun in Unit and an
// ISO 8601 date for dates.
//
// # Decisions
//
//   - The article un/une is the number one only when nothing is counted
//     after it: at the end of a phrase ("il en reste un."), before a number
//     word, a fraction or a currency ("un million", "un tiers", "un
//     euro"), in "un sur trois", "un pour cent", "un et demi". "un
//     communiqué", "une personne", "l'un des" are not quantities.
//   - Approximations become bounds only when the text gives one: "plus de
//     700.000" has Low 700000 and no Value; "environ 20" and "une dizaine"
//     keep their Value with Approx "about" and no bounds; vague plurals
//     ("des centaines de millions") give the order of magnitude as Low and
//     High (1e8 and 1e9). "une douzaine" is exactly 12, "une
//     demi-douzaine" 6.
//   - A four-digit number is a year (kind date) after a temporal cue (en,
//     depuis, d'ici, fin, mi-…) or, between 1900 and 2099, when no noun is
//     counted after it; "2007-2025" and "entre 2019 et 2023" are year ranges
//     (Date "2007/2025"). A year in words is a year after en, depuis,
//     d'ici, fin, début, l'an or a month ("en deux mille vingt-quatre",
//     "le quatorze juillet mille sept cent quatre-vingt-neuf"); "une
//     hausse de deux mille" counts.
//   - "ne … plus que" is "only": "il ne reste plus que sept places" is
//     exactly 7.
//   - A day without a year is written --MM-DD (ISO 8601:2000), a time alone
//     T18:33.
//   - [Parse] of a money amount returns the amount without its currency:
//     "1,5 Md€" is 1500000000.
//   - "points de base" are hundredths of a percentage point: 25 points de
//     base is a percent quantity of 0.25.
//   - Ranges have Low and High and no Value: "entre 5 et 10", "de 3 à 5 %",
//     "5-10 %", "deux ou trois jours"; two bounds joined by et or mais make
//     one interval ("plus de 30 et moins de 50": Low 30, High 50).
//     Comparison signs are cues: "> 20" is more_than, "≤ 20" at_most.
//   - "le cinquième des", "le dixième des", "le centième des", "le
//     tiers restant" and the characters ½ ¾ ⅓… are fractions.
//   - "la moitié", "de moitié", "le tiers des", "le quart" are fractions, as
//     is a lone article before an ordinal ("un cinquième", "un millième");
//     "deux centième" (singular) is a rank, "deux centièmes" a fraction.
//   - Compound amounts are one quantity: "3 milliards 200 millions",
//     "1 million 200 000", "cinq euros cinquante", "1,2M" (a scale letter
//     glued to digits), "dix dollars et cinq cents".
//   - Numbers that are part of a name are not quantities: digits right
//     after a word with a capital and before a function word, a word in
//     the singular or punctuation ("le CAC 40 a clôturé", "Windows 11
//     équipe", "l'iPhone 15 sort", "le Boeing 737 MAX est"), a
//     capitalised number word in the middle of a sentence before a
//     capitalised word ("les Trente Glorieuses"), network generations
//     ("la 5G"). "Renault 12 000 véhicules" still counts.
//   - "neuf" after a noun, with nothing counted after it, is the
//     adjective ("un vélo neuf", "rien de neuf"); "second" is the ordinal 2,
//     "seconde" only after a determiner or a verb of rank ("la seconde
//     guerre", "elle a terminé seconde", not "une seconde de retard").
//     Idioms are no fractions: "au quart de tour", "un tiers de
//     confiance", "le tiers payant", "quart de finale".
//   - Times are read with spaces around the h ("à 18 h 45", "18 h") and
//     as heures after à, vers, dès, avant, après, or de before à ("à 20
//     heures", "vers 8 heures 30", "de 10 heures à 18 heures", "le 5
//     décembre 2023 à 15 heures"); "pendant 20 heures" and "une grève de
//     24 heures" stay cardinals.
//   - Numbers that name rather than count are not quantities: "la loi
//     96", "l'article 12", "la ligne 14"; nor are number words in idioms
//     ("faire les cent pas", "se mettre en quatre", "deux poids, deux
//     mesures", "le septième art").
//   - Francs CFA are XOF (West Africa) unless the text names a country or
//     city of Central Africa (Cameroun, Gabon, Tchad, Libreville…) last
//     before the amount: XAF. Francs with digits grouped by apostrophes
//     (1'000 francs) are Swiss francs (CHF).
//   - Two bounds joined by et share the unit of the second ("supérieur à
//     100 et inférieur à 200 euros", "d'au moins 3 % et d'au plus 5 %");
//     a range shares the divisor of its unit ("de 25 à 50 points de
//     base" is 0.25 to 0.5).
//   - "un" counts what the pronoun en stands for before a preposition:
//     "il n'en reste qu'un en détention".
//
// # Known limits
//
//   - Relative dates (hier, lundi dernier, il y a deux jours), durations and
//     physical units other than as counted nouns are not read.
//   - Scores ("3 à 0") become two cardinals, as does "du 10 au 20".
//   - English digit grouping ("1,234,567") and ISO codes glued to digits
//     ("USD3,14") are not read as such; "une demi-heure" is not a quantity.
//   - The counted noun is the word right after the number (or after de for
//     scale nouns): adjectives and compound nouns are cut.
//   - A date with a two-digit year between dots ("le 12.10.23") is not
//     read as a date.
//   - "Selon 20 Minutes" (the newspaper) and "le 49.3" are read as
//     numbers, "faire les choses à moitié" as a half.
//   - "livres" (books) after a number is read as pounds, as Duckling
//     does ("un livre", masculine, is a book; "une livre" a pound); "neuf"
//     before a verb ("L'immeuble neuf compte…") or alone before a comma
//     is read as nine; "3M" (the
//     company) reads as three million; "un chapitre neuf" is read as an
//     adjective; hours are clock times even in durations ("3 h 30
//     d'autonomie").
//   - Values beyond 400 significant digits are skipped by Extract.
//
// # Accuracy
//
// Two hand-written tables pass in full: 325 French rows covering every
// form above, negatives included, and 380 rows phrased after the test
// suites of other number and quantity parsers (spelled numerals of any
// size, ordinals, fractions, percentages, amounts of money with ISO codes,
// symbols and names, number ranges and bounds). Both were written while
// developing the rules, so they are not a held-out measure. Thirteen more
// sets (testdata/cases: 250 phrases in the style of Duckling and text2num,
// 250 in that of Recognizers-Text and news usage, 250 of tricky spellings,
// 312 news sentences full of traps: idioms, names holding numbers, 250
// dates and times, 250 numbers in words inside sentences, 250 amounts of
// money, 250 percentages, ranges and bounds, 250 numbers in digits, 250
// ordinals and fractions, 250 on un/une, homographs and idioms, 250 bare
// expressions as the other suites list them, 250 mixed news sentences)
// were written by people who never saw the package's output. At their
// first run it got 98.0 %, 98.4 %, 98.8 %, 93.9 %, 98.0 %, 93.2 %,
// 97.6 %, 98.8 %, 97.6 %, 96.0 %, 94.0 %, 99.6 % and 96.8 % of them right
// (value, kind, bounds, approximation, currency and date), each set run
// after the fixes for the ones before it, and all but nine (see Known
// limits) after the fixes they led to. The sample Reuters article
// (testdata/qakbot.txt) yields exactly its 14 quantities.
//
// # Speed
//
// [Extract] streams the tokens of [token.All] one line at a time; only the
// few tokens that can carry a number (digits, dates, number words, found
// with a byte table, a bigram bit set and a hash bit set before any map
// lookup) and the cues just before them are examined, with one lexicon
// lookup per examined word. On the sample article, on one core, Extract
// runs at about two thirds of the speed of tokenisation alone (about 60–80
// MB/s when [token.Tokenize] does 100–120 MB/s) and [ExtractDoc] costs
// about as much as tokenising; number-dense text (the Wikinews fixture) is
// slower.
//
// # Concurrency
//
// All functions and types of the package are safe for concurrent use.
package numbers
