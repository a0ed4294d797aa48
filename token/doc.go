// Package token splits French text into tokens, sentences and paragraphs,
// with byte offsets into the caller's text.
//
// It is the text core shared by every package of depeche: a document is
// parsed once with [Parse], and the resulting [Doc] is handed to the
// entity, quantity and quotation extractors.
//
// # Getting started
//
//	d := token.Parse("« Nous n'avons rien cédé », a-t-elle déclaré à l'AFP.")
//	for _, t := range d.Tokens {
//		fmt.Println(t.Kind, t.Text)
//	}
//
// # Tokens
//
// Every [Token] has Start and End byte offsets with Text == input[Start:End].
// The tokenizer knows French typography:
//
//   - elisions are split off with their apostrophe, straight or curly:
//     l'ONU → l' + ONU, jusqu’à → jusqu’ + à; aujourd'hui, prud'homme and
//     presqu'île stay whole;
//   - inverted subject pronouns are split: a-t-elle → a + -t-elle,
//     dit-il → dit + -il, while peut-être, Etats-Unis and Jean-Baptiste stay
//     whole;
//   - numbers keep their French grouping: 700.000, 26 000 (with a space,
//     U+00A0 or U+202F), 1'000, 8,6, -3,5; dates 29/08/2023 and times 18:33,
//     18h33 are single tokens;
//   - abbreviations and initials keep their dot: M., Mme, etc., J.-C., C.;
//   - quote marks « » “ ” „ ‹ › are tokens of kind [OpenQuote] or
//     [CloseQuote], and a straight " is classed by its context;
//   - web addresses, e-mail addresses, @handles and #hashtags are single
//     tokens.
//
// [Tokenize] returns a slice, [All] an iterator, and a [Scanner] yields bare
// offsets and kinds for callers that scan much text and keep few tokens.
//
// # Sentences and paragraphs
//
// A [Paragraph] is a non-blank line. A [Sentence] ends after . ! ? … or their
// runs, with the closing quotes and brackets that follow, when the next
// token can start a sentence (a capital, a digit, an opening quote); it does
// not end after an abbreviation or an initial (M. Macron, C. Bing), inside a
// number, or before a lower-case incise (« Quel choix ! », a-t-il dit). A
// sentence never crosses a line break.
//
// # Limits
//
// The rules are written for French news text. A sentence that ends with an
// initial (« la lettre A. ») is not split; a space-grouped number is joined
// to a following group of exactly three digits (« les 3 000 »), which
// misreads two adjacent numbers in rare lists.
//
// All functions are safe for concurrent use.
package token
