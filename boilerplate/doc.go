// Package boilerplate tells which blocks of a scraped French news page are
// the article and which are boilerplate, and why.
//
// The input is the text of a page with one block per line (or per
// paragraph): the article's title and paragraphs mixed with menus,
// datelines, bylines, captions and photo credits, share buttons, "Lire
// aussi" links, related-article lists, subscription and cookie prompts,
// newsletter and app promotions, comment threads, legal disclaimers and
// copyright lines. Every non-blank line becomes a [Block] with a [Class], a
// Boilerplate flag (false only for [Title] and [Content]) and a short
// Reason.
//
// # Getting Started
//
//	for _, b := range boilerplate.Detect(page) {
//		fmt.Println(b.Class, b.Boilerplate, b.Reason, b.Text)
//	}
//	article := boilerplate.Clean(page)        // title and body, one per line
//	meta := boilerplate.Analyze(page).Meta    // title, time, authors, agency
//
// [DetectDoc] and [Detector.AnalyzeDoc] take a parsed *token.Doc, so that a
// pipeline tokenises the page once; the Doc may be a Select-ed subset of
// paragraphs, and offsets always refer to its Text.
//
// # How blocks are classified
//
// The method is jusText's, adapted to plain text and to French:
//
//   - Cue vocabularies per class (copyright, cookie, related, comments,
//     subscription, share, promotion, advertising, menu, dateline, byline)
//     are matched on folded tokens. A cue only classifies blocks up to a
//     length bound, and menu and share cues must cover half of the block,
//     so a paragraph that mentions "abonnés" or "services" stays content.
//   - Shape rules: captions that say who is where ("(au centre)", "de
//     gauche à droite"), breadcrumbs (Accueil > Sports > Football), weather
//     widgets (Lyon : 7 °C), match minutes and race kilometres of a live
//     report (78', 90+3', km 45),
//     copyright signs, photo credits (© Reuters, Crédits photo,
//     REUTERS/Name, (Name/Publisher), a trailing agency name),
//     datelines (a date with few other words), bylines (Par …, (Avec …),
//     ats/jfe), legal disclaimers (legal vocabulary, extended to the
//     neighbouring blocks that share it), embedded social-media posts.
//   - The other blocks are judged by length and French stopword density
//     ([Detector] LengthLow, LengthHigh, StopwordsLow, StopwordsHigh) as
//     bad, short, near-good or good; then context smoothing decides the
//     short and near-good ones from their nearest neighbours (a short
//     block between two content blocks is a subheading; a headline among
//     menus is a related-article link). Captions, credits and inline
//     read-on links are transparent to this context.
//   - Runs of content separated by at most [Detector].MaxGap blocks form
//     the article; smaller runs far from it (under MinShare of its size,
//     or behind a "Sur le même sujet" header) are teasers. Four or more
//     short sentences in a row, with only timestamps or captions between
//     them (the entries of a live blog), are content even among
//     boilerplate, unless they speak to the reader; so are three or more
//     numbered steps in a row ("1. Ouvrez…", "2. Cliquez…"). Comment
//     threads (a comment header followed by reply buttons and dates) turn
//     the prose after them into comments.
//   - What an article drags after its last paragraph is removed: author
//     biographies ("Anne Dupont est journaliste au service…"), notes
//     addressed to the reader (vous/votre with nous/notre), legal notes and
//     the short header of such a box. Headline-and-summary pairs that
//     alternate at the end of the content are a teaser list. Live-blog
//     timestamps ("11:52") are datelines transparent to the context.
//   - The title is the best headline-like block in the TitleWindow blocks
//     before the article: near, repeated elsewhere on the page, followed
//     by a dateline or byline; a person's name alone there (two to four
//     capitalised words, a known first name) is the author. Prose between
//     the title and the article is
//     the standfirst (chapô) and counts as content.
//
// # Metadata
//
// [Analyze] also returns a [Meta]: the title, the publication and update
// times read from the datelines ("Publié le 29/08/2023 18:33", "12 avril
// 2015 à 22h23", "04.05.2015 à 13h36"), in Europe/Paris unless the
// dateline says GMT or UTC (the zone database is loaded with
// time.LoadLocation; without one, the EU summer-time rule is applied to
// fixed CET/CEST zones), the byline authors, and the news agency
// ("(Reuters) -", "(AFP)", "Par Belga", "Le Monde avec AFP").
//
// # Accuracy
//
// Content-block F1 (title and content against everything else) is 0.98
// (precision 0.98, recall 0.98), measured on 17 real pages (dev, not
// shipped) from Le Monde, Libération, Le Figaro, 20 Minutes, Slate,
// Challenges, Clubic, Radio-Canada and Framablog, converted from HTML to
// one block per line and labelled by hand. The thresholds were tuned on
// these pages, so expect less on other sites: on 72 pages written by
// hand by people who never saw the package's output (testdata/pages:
// dailies, regional and local papers, live blogs, a match report,
// reviews, a newsletter, a press release, an opinion column, a how-to,
// Belgian, Swiss, Québec and African sites), it scored 0.85 and 0.77 on
// the first two sets at their first run, and 0.93 and 0.85 after the
// rules they led to; the next seven sets, each written after the rules
// of the ones before, scored 0.82, 0.77, 0.91, 0.87, 0.81, 0.86 and 0.87
// at their first run, 0.83, 0.80, 0.95, 0.95, 0.89, 0.87 and 0.89 now.
// The real pages gained too (0.93 → 0.98, from the affiliate-link notice
// of one page).
//
// # Speed
//
// [Detect] tokenises the page line by line into a reused buffer and looks
// every token up once in an open-addressing table of the folded
// vocabulary; [DetectDoc] reads the tokens of the Doc instead, and both
// give the same blocks. Neither allocates per token. Most of the time goes
// to tokenising and to the per-token lookups.
//
// # Known limits
//
//   - Teaser lists whose items are not strict headline/summary pairs, or
//     that come before more content, are read as content.
//   - Reader comments without reply buttons, dates or a comment header look
//     like prose and are read as content.
//   - Photo captions without a credit, an agency or a closing date are read
//     as content.
//   - Titles of several sentences ("VIDÉO. …") or ending with a period may
//     be missed.
//
// A [Detector] and the package functions are safe for concurrent use.
package boilerplate
