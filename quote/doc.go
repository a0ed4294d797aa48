// Package quote finds attributed quotations in French news text and who
// said them, with speakers resolved across the article.
//
// # Getting Started
//
// [Extract] returns the quotations of a text in order:
//
//	for _, q := range quote.Extract(article) {
//		if q.Speaker != nil {
//			fmt.Println(q.Speaker.Name, ":", q.Text)
//		}
//	}
//
// Each [Quote] has byte offsets of its content (without the quote marks)
// into the input, a [Kind] (direct, indirect or mixed), the lemma of its
// cue (déclarer, préciser, selon…) and a [Speaker]: the mention that
// attributes it (possibly elle), the resolved name, the entity link
// (canonical name, ID, acronym) and the gender when known.
//
// An [Extractor] takes a custom verb list or entity tagger; its
// [Extractor.ExtractDoc] works on a parsed [token.Doc] so that a pipeline
// tokenises once. Extractor is safe for concurrent use.
//
// # What it reads
//
// Quote marks « » (with or without no-break spaces), “ ” „ ”, ‹ › and
// straight quotes, nested quotes, and quotations continued over several
// paragraphs. Cues after the quotation (« … », a déclaré X; « … »,
// a-t-elle déclaré), before it (X a déclaré : « … »; X estime que « … »),
// in an incise (« A, a-t-il dit, B »), and reported speech: …, a précisé
// X; selon X; d'après X; pour X, …; X estime que …; X a affirmé avoir …;
// c'est ce qu'a annoncé X. Quotations without a cue that form a sentence
// are carried to the current speaker; short naming fragments are kept
// only inside attributed reported speech (kind mixed).
//
// # Speakers
//
// Pronouns go to the last speaker of compatible gender and number; role
// nouns (la procureure de Paris) to the name given in apposition or by a
// continuation verb (a ajouté Laure Beccuau); names to their fullest form
// in the article; names and acronyms are linked with [entities.Lookup].
// Gender comes from first names (INSEE « Fichier des prénoms »), role
// nouns, determiners and pronouns.
//
// The reporting-verb lexicon (about 150 lemmas, 5,000 forms) is generated
// from the Gender Gap Tracker list with lemmas derived by rule.
//
// # Accuracy
//
// On the hand-annotated French Wikinews dev articles (193 quotations):
// quotation F1 0.78 (overlap ≥ 0.3) and resolved-speaker accuracy 0.72.
//
// # Known limits
//
// Reported speech introduced by participles (en affirmant que), by verbs
// with an object (appellent à), and cues spread over long clauses are
// missed; speakers named only by a description far from any name stay
// descriptions. Throughput is about 3 MB/s on one core, dominated by
// entity tagging of the paragraphs that hold quotations.
package quote
