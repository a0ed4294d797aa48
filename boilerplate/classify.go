package boilerplate

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/token"
)

// quality is the jusText-style first judgement of a block.
type quality uint8

const (
	bad   quality = iota // boilerplate by itself
	short                // too short to judge: decided by its neighbours
	near                 // prose-like but short: kept next to content
	good                 // content by itself
)

// span is a block: a non-blank line without its surrounding white space.
type span struct{ start, end int }

// page is the working state of one classification.
type page struct {
	doc    *token.Doc // the parsed page, nil for [Detector.Detect]
	text   string
	spans  []span
	feats  []feat
	q      []quality
	class  []Class
	reason []string
	title  int // index of the title block, -1 if none

	orig     []quality // qualities before smoothing
	repeated []bool    // the text occurs more than once in the page

	contentSeen bool // meta: the first content block was read
}

func (p *page) blocks() []Block {
	out := make([]Block, len(p.spans))
	for i, sp := range p.spans {
		c := p.class[i]
		out[i] = Block{Text: p.text[sp.start:sp.end], Start: sp.start, End: sp.end, Class: c, Boilerplate: c.IsBoilerplate(), Reason: p.reason[i]}
	}
	return out
}

// newPage allocates the working state for n blocks.
func newPage(text string, n int) *page {
	return &page{text: text, spans: make([]span, 0, n), feats: make([]feat, 0, n), title: -1}
}

// pageOfText splits text into lines and measures each non-blank one,
// tokenising line by line into a reused buffer.
func pageOfText(text string) *page {
	p := newPage(text, strings.Count(text, "\n")/2+1)
	r := compiled()
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	var sc token.Scanner
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		ps, pe := trimSpace(text, start, end)
		if ps < pe {
			line := text[ps:pe]
			s.begin()
			sc.Reset(line)
			for {
				ts, te, kind, ok := sc.Next()
				if !ok {
					break
				}
				s.add(r, line, kind, ts, te)
			}
			p.spans = append(p.spans, span{ps, pe})
			p.feats = append(p.feats, measure(line, line, r, s))
		}
		start = end + 1
	}
	return p
}

// pageOfDoc measures the paragraphs of doc from its tokens.
func pageOfDoc(doc *token.Doc) *page {
	p := newPage(doc.Text, len(doc.Paragraphs))
	p.doc = doc
	r := compiled()
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	ti := 0
	for _, par := range doc.Paragraphs {
		for ti < len(doc.Tokens) && doc.Tokens[ti].Start < par.Start {
			ti++
		}
		tj := ti
		for tj < len(doc.Tokens) && doc.Tokens[tj].Start < par.End {
			tj++
		}
		s.begin()
		for k := ti; k < tj; k++ {
			t := &doc.Tokens[k]
			s.add(r, doc.Text, t.Kind, t.Start, t.End)
		}
		p.spans = append(p.spans, span{par.Start, par.End})
		p.feats = append(p.feats, measure(par.Text, doc.Text, r, s))
		ti = tj
	}
	return p
}

// scratchPool recycles the working memory of classifications.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// trimSpace returns the bounds of text[start:end] without leading and
// trailing white space, as [token.Parse] trims its paragraphs.
func trimSpace(text string, start, end int) (int, int) {
	for start < end {
		c := text[start]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			start++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		c := text[end-1]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// isSpace reports whether the non-ASCII rune r is white space for
// [token.Parse].
func isSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u202f', '\u200b', '\ufeff', '\u2028', '\u2029', '\u0085':
		return true
	}
	return unicode.IsSpace(r)
}

// classify runs the whole pipeline on the measured blocks of p.
func (d *Detector) classify(p *page) *page {
	n := len(p.spans)
	p.q, p.class, p.reason, p.repeated = make([]quality, n), make([]Class, n), make([]string, n), make([]bool, n)
	seen := make(map[string]int, n)
	for _, sp := range p.spans {
		seen[p.text[sp.start:sp.end]]++
	}
	lo, hi := d.lengthLow(), d.lengthHigh()
	sl, sh := d.stopLow(), d.stopHigh()
	for i, sp := range p.spans {
		f := &p.feats[i]
		c, why, isBad := d.rule(f)
		if isBad {
			p.q[i], p.class[i], p.reason[i] = bad, c, why
			continue
		}
		dens := f.density()
		switch {
		case seen[p.text[sp.start:sp.end]] > 1 && f.words >= 3:
			p.q[i], p.reason[i], p.repeated[i] = short, "repeated block", true
		case f.chars < lo:
			p.q[i] = short
		case dens >= sh && f.chars > hi:
			p.q[i] = good
		case dens >= sh || dens >= sl:
			p.q[i] = near
		default:
			p.q[i], p.reason[i] = bad, "low stopword density"
		}
	}
	p.steps()
	p.orig = append([]quality(nil), p.q...)
	d.embeds(p)
	d.disclaimers(p)
	d.smooth(p)
	if !p.hasGood() {
		// A short article whose paragraphs are all under LengthHigh: judge
		// near-good blocks as good.
		copy(p.q, p.orig)
		for i, q := range p.q {
			if q == near {
				p.q[i] = good
			}
		}
		d.smooth(p)
	}
	d.teasers(p)
	d.tail(p)
	d.select_(p)
	d.pickTitle(p)
	d.name(p)
	return p
}

// rule applies the cue vocabularies and the shape rules to a block. It
// returns the class, the reason and true when the block is boilerplate by
// itself.
// proseMinWords is the shortest block ending in sentence punctuation that
// counts as prose, which weak cue words do not class as boilerplate.
const proseMinWords = 12

func (d *Detector) rule(f *feat) (Class, string, bool) {
	proseLike := f.final && f.words >= proseMinWords
	if h, ok := f.cue(); ok && h.class == Cookie {
		return h.class, h.reason, true
	}
	// (three words of the weak legal vocabulary in a sentence of news —
	// la CNIL a été notifiée, conformément au règlement général — do not
	// make a notice; four do)
	if f.legal >= 3 && (!proseLike || f.legal >= 4) || f.strongLegal && f.legal >= 2 {
		return Disclaimer, "legal-disclaimer vocabulary", true
	}
	if f.readOn && f.words <= 40 {
		return Related, "read-on link", true
	}
	// A strong cue, a copyright or a cookie notice decides alone; a word of
	// a weak vocabulary (journaliste, réactions, partenaires, application)
	// decides only for a block that is not a sentence of prose: news
	// paragraphs use those words too.
	if h, ok := f.cue(); ok && (h.class == Cookie || h.class == Copyright || h.strong || !proseLike) &&
		!(h.class == Dateline && f.final && f.nums == 0 && f.dates == 0) {
		// (a question with « mise à jour » and no date is a subheading)
		return h.class, h.reason, true
	}
	switch {
	case f.byline && f.words <= 15 && !f.final:
		return Byline, "byline", true
	case f.parName && f.words <= 30 && f.sents == 1:
		return Byline, "byline with the author's title", true // Par X, professeure de…
	case f.paren && f.avec && f.words <= 25:
		return Byline, "contributors in brackets", true
	case f.copySign && f.copyYear:
		return Copyright, "copyright sign", true // © AFP 2024
	case f.agencyFirst && f.words <= 4 && !f.final:
		return Byline, "agency signature", true
	case f.copySign && f.words <= 4:
		return Copyright, "copyright sign", true
	case f.photo && (!f.final || f.words <= 25 || f.copySign), f.creditSlash && f.words <= 60, f.parenCredit && f.words <= 60, f.agencyWord > 0 && f.agencyWord >= f.words-1 && !f.final && f.words <= 60 && !f.paren:
		if f.words <= 6 {
			return Credit, "photo credit", true
		}
		return Caption, "photo caption with credit", true
	case f.dashStart && f.words <= 10 && !f.final && (f.handles > 0 || f.words <= 6):
		return Other, "attribution line", true
	case f.dayDates > 0 && f.words <= 16 && !f.final && f.sents <= 1 && f.words-f.stop-f.dates <= 5:
		return Dateline, "date and time", true
	case f.dateEnd && f.words <= captionMaxWords && f.sents == 1 && f.first != '«' && f.first != '"':
		return Caption, "caption ending with a place and date", true
	case f.words == 0 && f.nums > 0 && f.dates >= f.nums:
		return Dateline, "date and time", true
	case f.links > 0 && f.links*2 >= f.words:
		return Other, "links", true
	case f.crumbs > 0 && !f.final && f.words >= 2 && f.words <= 3*(f.crumbs+1),
		f.slashes >= 2 && !f.final && f.words >= 3 && f.words <= 3*(f.slashes+1):
		return Navigation, "breadcrumb", true // Accueil > Régions > Mayenne
	case f.degrees > 0 && f.words <= 8 && !f.final && f.sents <= 1:
		return Other, "weather", true // Lyon : 7 °C, averses
	case f.minute:
		return Dateline, "match minute", true // 78', 90+3'
	case f.where && f.sents <= 2:
		return Caption, "caption saying who is where", true // X (au centre)
	}
	return Other, "", false
}

// hasGood reports whether some block is content.
func (p *page) hasGood() bool {
	for _, q := range p.q {
		if q == good {
			return true
		}
	}
	return false
}

// Thresholds of the teaser-list pass.
const (
	teaserPairs       = 2   // headline and summary pairs that make a teaser list
	teaserSummaryMax  = 260 // longest summary, in characters
	teaserHeadlineMax = 20  // longest teaser headline, in words
)

// teasers finds lists of teasers with summaries at the end of the content:
// headline-like lines alternating with one-sentence summaries, at least
// teaserPairs times, with no other content after them. An article's
// subheadings are followed by longer paragraphs and more content.
func (d *Detector) teasers(p *page) {
	n := len(p.q)
	isHead := func(i int) bool {
		f := &p.feats[i]
		return p.q[i] == good && headline(f) && !f.final && f.words >= 4 && f.words <= teaserHeadlineMax
	}
	isSummary := func(i int) bool {
		f := &p.feats[i]
		return p.q[i] == good && f.final && f.sents == 1 && f.chars <= teaserSummaryMax && !f.colonEnd
	}
	for i := 0; i < n; i++ {
		if !isHead(i) {
			continue
		}
		j := i
		for j+1 < n && isHead(j) && isSummary(j+1) {
			j += 2
		}
		pairs := (j - i) / 2
		if pairs < teaserPairs {
			continue
		}
		after := false
		for k := j; k < n; k++ {
			if p.q[k] == good {
				after = true
				break
			}
		}
		if after {
			i = j
			continue
		}
		// The list must follow the article, not be the whole of it.
		before := 0
		for k := 0; k < i; k++ {
			if p.q[k] == good {
				before += p.feats[k].chars
			}
		}
		if before == 0 {
			return
		}
		for k := i; k < j; k++ {
			p.q[k], p.class[k], p.reason[k] = bad, Related, "teaser list: headlines with summaries"
		}
		return
	}
}

// tail removes what pages append to an article after its last paragraph:
// author biographies ("Anne Dupont est journaliste au service
// politique…"), notes addressed to the reader ("Vous avez des
// renseignements à nous transmettre ? Écrivez-nous"), legal notes and
// promotions, with the short header that announces them. It walks back
// from the last content block and stops at the first real paragraph.
func (d *Detector) tail(p *page) {
	removed := false
	for i := len(p.q) - 1; i >= 0; i-- {
		f := &p.feats[i]
		if p.q[i] != good {
			continue
		}
		switch {
		case f.bio && f.words <= bioMaxWords && f.capInit >= 2:
			p.q[i], p.class[i], p.reason[i] = bad, Byline, "author biography"
		case f.you >= 2 && f.we >= 1 && f.words <= tailMaxWords && f.first != '«' && f.first != '"' && f.first != '“':
			p.q[i], p.class[i], p.reason[i] = bad, Promo, "note to the reader after the article"
		case f.strongLegal && f.words <= tailMaxWords:
			p.q[i], p.class[i], p.reason[i] = bad, Disclaimer, "legal note after the article"
		case removed && f.chars < d.lengthLow() && !f.final:
			p.q[i], p.class[i], p.reason[i] = bad, Other, "header of a box after the article"
		default:
			return
		}
		removed = true
	}
}

// tailMaxWords is the length, in words, over which a block after the
// article is a paragraph of it whatever it says.
const tailMaxWords = 80

// bioMaxWords is the length, in words, over which a block is not an author
// biography.
const bioMaxWords = 45

// captionMaxWords is the length, in words, up to which a sentence ending
// with ", le 3 mars 2024." is a photo caption.
const captionMaxWords = 30

// minSteps is the number of numbered steps in a row that make a list of
// the article.
const minSteps = 3

// steps marks content the numbered steps of an article (« 2. Rendez-vous
// dans la rubrique Sécurité. », « 3. Cliquez sur… »): minSteps or more
// sentences in a row, each of three words or more, that start with 1.,
// 2., 3.… (or 1), 2)…) in order. Their cue words (application, votre) do
// not make them boilerplate; a numbered list of headlines (« Les plus
// lus ») has no final punctuation and stays out.
func (p *page) steps() {
	n := len(p.q)
	for i := 0; i < n; {
		k, want := i, 0
		for k < n {
			v := p.feats[k].step
			if v == 0 || want != 0 && v != want || p.feats[k].words < 3 || !p.feats[k].final {
				break
			}
			want = v + 1
			k++
		}
		if k-i >= minSteps {
			for j := i; j < k; j++ {
				p.q[j], p.class[j], p.reason[j] = good, Other, "step of a numbered list"
			}
			i = k
			continue
		}
		i++
	}
}
