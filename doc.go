// Package depeche is natural-language processing for French news text, in
// pure Go.
//
// A dépêche is a wire-agency news item. Given the text of a French news
// page, depeche finds the article among the page junk, tags the people,
// organisations and places it names, reads every quantity as an exact value,
// and extracts who said what. Every result carries byte offsets into the
// caller's text.
//
// # Getting started
//
// [Analyze] runs the whole pipeline on the text of a page:
//
//	doc := depeche.Analyze(page)
//	fmt.Println(doc.Meta.Title, doc.Meta.Published)
//	for _, q := range doc.Quotes {
//		if q.Speaker != nil {
//			fmt.Printf("%s: %s\n", q.Speaker.Name, q.Text)
//		}
//	}
//
// The text is tokenised once ([token.Parse]); the blocks of the page are
// classed as article or boilerplate; entities, quantities and quotations are
// then read from the article blocks only. An [Analyzer] selects the parts to
// run ([Parts]) or brings its own entity model.
//
// # Packages
//
// Each part is a package that can be used on its own:
//
//   - [github.com/depeche-nlp/depeche/token]: French tokens, sentences and
//     paragraphs with byte offsets (elision, clitics, French number
//     grouping, quote marks).
//   - [github.com/depeche-nlp/depeche/numbers]: French numerals, quantities,
//     money, percentages and dates as exact values.
//   - [github.com/depeche-nlp/depeche/boilerplate]: which blocks of a
//     scraped page are the article, and why; page metadata.
//   - [github.com/depeche-nlp/depeche/entities]: persons, organisations,
//     places and other names, linked to canonical names.
//   - [github.com/depeche-nlp/depeche/quote]: attributed quotations and their
//     speakers, resolved across the article.
//
// The command cmd/depeche runs the pipeline on files from the command line
// and prints JSON or a readable report.
//
// # JSON
//
// A [Document] marshals to a stable JSON object with the fields blocks,
// meta, body, entities, quantities and quotes; each result has text, start
// and end, with text equal to the input bytes between start and end.
//
// # Limits
//
// The input is plain text, one block per line, as scraped from a page:
// depeche does not read HTML. The accuracy of each part, measured on
// development data, is given in the package documentation and the README.
package depeche
