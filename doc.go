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
// The packages can be used on their own:
//
//   - [github.com/depeche-nlp/depeche/token]: French tokens, sentences and
//     paragraphs with byte offsets (elision, clitics, French number
//     grouping, quote marks).
//   - [github.com/depeche-nlp/depeche/numbers]: French numerals, quantities,
//     money, percentages and dates as exact values.
//   - [github.com/depeche-nlp/depeche/boilerplate]: which blocks of a
//     scraped page are the article, and why.
//   - [github.com/depeche-nlp/depeche/entities]: persons, organisations,
//     places and other names, linked to canonical names.
//   - [github.com/depeche-nlp/depeche/quote]: attributed quotations and their
//     speakers, resolved across the article.
//
// The command cmd/depeche runs them on files from the command line.
package depeche
