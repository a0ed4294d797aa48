package boilerplate

import (
	"strings"
	"unicode"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
)

// neighbour returns the quality of the nearest block before (dir -1) or
// after (dir +1) i that is not short (and not near-good when skipNear),
// and bad at the edges of the page.
func (p *page) neighbour(i, dir int, skipNear bool) quality {
	for j := i + dir; j >= 0 && j < len(p.q); j += dir {
		q := p.q[j]
		if q == short || (skipNear && q == near) || p.transparent(j) {
			continue
		}
		return q
	}
	return bad
}

// transparent reports whether block j is an interruption that articles
// carry inside them (a caption, a credit, an ad, an inline read-on link, an
// embedded post, a video player's label): it is skipped when looking for
// a block's neighbours.
func (p *page) transparent(j int) bool {
	if p.q[j] != bad {
		return false
	}
	switch p.class[j] {
	case Caption, Credit:
		return true
	case Dateline:
		return p.feats[j].words == 0 // a live-blog timestamp
	case Advertising:
		return p.feats[j].words <= 2
	case Related:
		return p.reason[j] == "read-on link" || p.feats[j].words >= 4 && p.feats[j].nCues > 0 && p.feats[j].cues[0].at <= 2
	case Other:
		return p.reason[j] == "embedded social-media post" || p.reason[j] == "attribution line" || p.reason[j] == "video player"
	}
	return false
}

// embeds marks embedded social-media posts: the lines with handles or
// hashtags just before an attribution line "— Name (@handle) date".
func (d *Detector) embeds(p *page) {
	for i := range p.q {
		if p.reason[i] != "attribution line" || p.feats[i].handles == 0 {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if p.feats[j].handles == 0 && p.feats[j].words > 3 {
				break
			}
			p.q[j], p.class[j], p.reason[j] = bad, Other, "embedded social-media post"
		}
	}
}

// disclaimers extends legal disclaimers to the neighbouring blocks that
// use at least one word of the legal vocabulary.
func (d *Detector) disclaimers(p *page) {
	for changed := true; changed; {
		changed = false
		for i := range p.q {
			if p.class[i] == Disclaimer || p.feats[i].legal == 0 || p.class[i] == Copyright {
				continue
			}
			if i > 0 && p.class[i-1] == Disclaimer || i+1 < len(p.q) && p.class[i+1] == Disclaimer {
				p.q[i], p.class[i], p.reason[i] = bad, Disclaimer, "legal vocabulary next to a disclaimer"
				changed = true
			}
		}
	}
}

// sentenceAfterContent reports whether block i is a sentence of at least
// six words ending in a full stop, with no cue word and no word for the
// reader or the site (vous, nous).
func (p *page) sentenceAfterContent(i int) bool {
	f := &p.feats[i]
	return f.final && f.words >= 6 && f.sents == 1 && f.you == 0 && f.we == 0 && f.nCues == 0 && f.legal == 0 && f.links == 0 && p.reason[i] == ""
}

// smooth decides short and near-good blocks from their context, as jusText
// does: a short block between content is content (a subheading), a short
// block among boilerplate is boilerplate (a menu item).
func (d *Detector) smooth(p *page) {
	n := len(p.q)
	res := make([]quality, n)
	copy(res, p.q)
	p.nearRuns(res)
	for i, q := range p.q {
		if q != short || res[i] == good { // (good: in a run of sentences)
			continue
		}
		prev, next := p.neighbour(i, -1, true), p.neighbour(i, 1, true)
		switch {
		case prev == good && next == good:
			res[i] = good
		case prev == good && p.feats[i].colonEnd && p.feats[i].words >= 3:
			res[i] = good
		case p.neighbour(i, -1, false) != bad && (i == n-1 || next == good) && p.sentenceAfterContent(i):
			// « La visite doit se poursuivre mardi à Oran. »: a short
			// sentence that ends the text or comes between content, and
			// does not speak to the reader
			res[i] = good
		case prev == bad && next == bad:
			res[i] = bad
		case prev == bad && p.neighbour(i, -1, false) == near, next == bad && p.neighbour(i, 1, false) == near:
			res[i] = good
		default:
			res[i] = bad
		}
		if res[i] == bad && p.reason[i] == "" {
			p.reason[i] = "short, among boilerplate"
		}
	}
	for i, q := range p.q {
		if q != near {
			continue
		}
		prev, next := p.neighbour(i, -1, true), p.neighbour(i, 1, true)
		if prev == bad && next == bad && res[i] != good {
			res[i] = bad
			if p.reason[i] == "" {
				p.reason[i] = "prose-like but among boilerplate"
			}
		} else {
			res[i] = good
		}
	}
	copy(p.q, res)
}

// select_ keeps the article: the runs of content blocks, joined across
// gaps of at most MaxGap blocks, that are large enough next to the main
// run; and it turns comment threads into comments.
func (d *Detector) select_(p *page) {
	n := len(p.q)
	d.comments(p)
	type run struct{ start, end, chars int }
	var runs []run
	gap := d.maxGap()
	last := -1
	for i := 0; i < n; i++ {
		if p.q[i] != good {
			continue
		}
		if last >= 0 && i-last-1 <= gap && len(runs) > 0 && !p.barrier(last, i) {
			runs[len(runs)-1].end = i + 1
			runs[len(runs)-1].chars += p.feats[i].chars
		} else {
			runs = append(runs, run{i, i + 1, p.feats[i].chars})
		}
		last = i
	}
	if len(runs) == 0 {
		return
	}
	best := 0
	for i, r := range runs {
		if r.chars > runs[best].chars {
			best = i
		}
	}
	min := int(float64(runs[best].chars) * d.minShare())
	for i, r := range runs {
		if i == best || r.chars >= min && !p.barrier(min2(r.end, runs[best].end)-1, max2(r.start, runs[best].start)) {
			continue
		}
		for j := r.start; j < r.end; j++ {
			if p.q[j] == good {
				p.q[j] = bad
				p.class[j] = Related
				p.reason[j] = "prose far from the article"
			}
		}
	}
}

// barrier reports whether a related-articles header ("À lire aussi",
// "Sur le même sujet", "Après cet article") stands between blocks a and b:
// what follows it is a list of teasers, not the same article.
func (p *page) barrier(a, b int) bool {
	for j := a + 1; j < b; j++ {
		f := &p.feats[j]
		if p.class[j] == Related && f.words <= 6 && p.reason[j] != "read-on link" && !f.colonEnd {
			return true
		}
	}
	return false
}

// comments finds comment threads: after the article has started, a
// comment cue followed by at least two comment-metadata blocks (reply and
// report buttons, "Soumis par", dates) opens a thread that runs to the end
// of the page; prose inside it is a comment.
func (d *Detector) comments(p *page) {
	n := len(p.q)
	started := false
	for i := 0; i < n; i++ {
		if p.q[i] == good {
			started = true
			continue
		}
		if !started || p.class[i] != Comments {
			continue
		}
		marks := 0
		for j := i + 1; j < n && j < i+40; j++ {
			if p.class[j] == Comments || p.class[j] == Dateline {
				marks++
			}
		}
		if marks < 2 {
			continue
		}
		for j := i + 1; j < n; j++ {
			if p.q[j] == good || p.class[j] == Other && p.reason[j] != "repeated block" {
				p.q[j] = bad
				p.class[j] = Comments
				p.reason[j] = "inside a comment thread"
			}
		}
		return
	}
}

// pickTitle chooses the title among the headline-like blocks shortly
// before the first content block, skipping datelines, bylines, captions
// and buttons. Nearer is better; a headline that the page repeats (in a
// breadcrumb, a share box) or that a dateline or byline follows is
// preferred. The prose blocks between the title and the content are the
// standfirst and become content.
func (d *Detector) pickTitle(p *page) {
	first := -1
	for i, q := range p.q {
		if q == good {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	best, bestScore := -1, -1<<30
	// Datelines, bylines, captions and buttons between the title and the
	// article do not count in the window.
	dist := 0
	for i := first - 1; i >= 0 && dist < d.titleWindow(); i-- {
		f := &p.feats[i]
		switch p.class[i] {
		case Dateline, Byline, Caption, Credit, Share, Comments, Advertising, Subscription, Promo, Cookie:
			continue
		case Copyright, Disclaimer:
			dist++
			continue
		}
		dist++
		if !headline(f) || f.buttonLike() {
			continue
		}
		if p.authorName(i) {
			p.class[i], p.reason[i] = Byline, "author name"
			continue
		}
		score := -dist
		if p.repeated[i] && f.words >= 5 {
			// A headline repeated in a breadcrumb or a share box; short
			// repeated lines are menu entries.
			score += 4
		}
		if !f.final {
			score += 3
		}
		if f.words >= 5 {
			score += 2
		}
		for j := i + 1; j < len(p.q) && j <= i+3; j++ {
			if p.class[j] == Dateline || p.class[j] == Byline {
				score += 4
				break
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		if f := &p.feats[first]; headline(f) && f.words <= 20 && !f.final {
			p.title = first
		}
		return
	}
	// A standfirst may look like a headline: the title is the first of two
	// adjacent headline-like blocks, when it is the shorter.
	if best > 0 && headline(&p.feats[best-1]) && p.feats[best-1].words < p.feats[best].words && !p.repeated[best-1] {
		switch p.class[best-1] {
		case Other, Related:
			best--
		}
	}
	p.title = best
	p.q[best] = bad
	for j := best + 1; j < first; j++ {
		f := &p.feats[j]
		if p.orig[j] == near || p.orig[j] == good || p.orig[j] == short && f.words >= 6 && f.density() >= d.stopLow() && (f.final || f.ellipsis) {
			if p.class[j] == Other || p.class[j] == Related {
				p.q[j] = good
				p.reason[j] = "standfirst under the title"
			}
		} else if p.class[j] == Other && f.words >= 1 && f.words <= 4 && f.capInit == f.words && !f.final && j <= best+3 {
			p.class[j], p.reason[j] = Byline, "name under the title"
		}
	}
}

// headline reports whether a block looks like a news headline: a few words,
// starting with a capital or a quote, not a full sentence ending with a
// period.
func headline(f *feat) bool {
	if f.words < 3 || f.words > 30 || f.chars > 220 {
		return false
	}
	if f.period || f.final && f.sents > 1 {
		return false
	}
	if f.links > 0 || f.seps > 2 || f.crumbs > 0 || f.slashes >= 2 || f.degrees > 0 {
		return false
	}
	return unicode.IsUpper(f.first) || f.first == '«' || f.first == '"' || f.first == '“' || unicode.IsDigit(f.first)
}

// name gives every block its final class and reason.
func (d *Detector) name(p *page) {
	for i, q := range p.q {
		f := &p.feats[i]
		switch {
		case i == p.title:
			p.class[i], p.reason[i] = Title, "headline before the article"
		case q == good:
			p.class[i] = Content
			if p.reason[i] == "standfirst under the title" {
			} else if f.chars < d.lengthLow() {
				p.reason[i] = "short, between content blocks"
			} else if f.chars > d.lengthHigh() {
				p.reason[i] = "long prose, high stopword density"
			} else {
				p.reason[i] = "prose next to content"
			}
		case p.class[i] == Other && (p.reason[i] == "short, among boilerplate" || p.reason[i] == "low stopword density" || p.reason[i] == ""):
			switch {
			case f.words <= 3 && !f.final:
				p.class[i], p.reason[i] = Navigation, "menu-like: few words, no sentence"
			case f.words >= 4 && !f.final || f.ellipsis:
				p.class[i], p.reason[i] = Related, "headline-like line among boilerplate"
				if p.underHeader(i, Advertising) {
					p.class[i], p.reason[i] = Advertising, "sponsored link under an advertising header"
				}
			case p.reason[i] == "":
				p.reason[i] = "low stopword density, short"
			}
		case p.class[i] == Other && p.reason[i] == "prose-like but among boilerplate":
			p.class[i] = Related
		}
		if i > 0 && p.class[i-1] == Cookie && p.reason[i-1] != "button of a consent notice" && f.words <= 4 && !f.final {
			switch p.class[i] {
			case Promo, Other:
				p.class[i], p.reason[i] = Cookie, "button of a consent notice"
			}
		}
		if p.reason[i] == "" {
			p.reason[i] = "boilerplate"
		}
	}
}

func min2(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// underHeader reports whether block i follows, across a run of boilerplate
// lines, a short header of class c ("Contenus sponsorisés").
func (p *page) underHeader(i int, c Class) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if p.q[j] == good || j == p.title {
			return false
		}
		if p.class[j] == c && p.feats[j].words <= 6 {
			return true
		}
		if p.class[j] != Related && p.class[j] != Other && p.class[j] != c {
			return false
		}
	}
	return false
}

// buttonLike reports whether a short block carries the vocabulary of a
// button or a menu (share, subscribe, cookie, comment, menu words), even
// when the cue did not class it: such a block is not a headline.
func (f *feat) buttonLike() bool {
	if f.words > 8 {
		return false
	}
	for _, h := range f.cues[:f.nCues] {
		switch h.class {
		case Share, Navigation, Subscription, Cookie, Comments:
			return true
		}
	}
	return false
}

// authorName reports whether block i is a person's name alone, as a site
// prints its author near the title: two to four capitalised words, the
// first a known first name (Nadia El Amrani).
func (p *page) authorName(i int) bool {
	f := &p.feats[i]
	if f.words < 2 || f.words > 4 || f.capInit != f.words || f.final {
		return false
	}
	first, _, _ := strings.Cut(p.text[p.spans[i].start:p.spans[i].end], " ")
	_, ok := lexicon.FirstNames()[textnorm.Key(first)]
	return ok
}

// nearRun is the number of short or near-good sentences in a row that
// make content whatever surrounds them.
const nearRun = 4

// nearRuns marks the short (six words or more) and near-good blocks that
// end a sentence, have no cue and do not speak to the reader (vous: a
// help text, a paywall FAQ), when they come in runs of nearRun or more
// with only transparent blocks (timestamps, captions) between them:
// the entries of a live blog between their timestamps, an article cut
// into short paragraphs. Such a run is content even among boilerplate:
// its blocks are set good in res.
func (p *page) nearRuns(res []quality) {
	n := len(p.q)
	isNear := func(k int) bool {
		f := &p.feats[k]
		return (p.q[k] == near || p.q[k] == short && f.words >= 6) && f.final && f.you == 0 && f.nCues == 0
	}
	for i := 0; i < n; {
		if !isNear(i) {
			i++
			continue
		}
		count, last := 0, i
		for k := i; k < n; k++ {
			if isNear(k) {
				count, last = count+1, k
				continue
			}
			if !p.transparent(k) {
				break
			}
		}
		if count >= nearRun {
			for k := i; k <= last; k++ {
				if isNear(k) {
					res[k] = good
				}
			}
		}
		i = last + 1
	}
}
