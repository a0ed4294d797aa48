package boilerplate

import (
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

// page is the working state of one classification.
type page struct {
	doc    *token.Doc
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
	out := make([]Block, len(p.doc.Paragraphs))
	for i, par := range p.doc.Paragraphs {
		c := p.class[i]
		out[i] = Block{Text: par.Text, Start: par.Start, End: par.End, Class: c, Boilerplate: c.IsBoilerplate(), Reason: p.reason[i]}
	}
	return out
}

// classify runs the whole pipeline on doc.
func (d *Detector) classify(doc *token.Doc) *page {
	n := len(doc.Paragraphs)
	p := &page{doc: doc, feats: make([]feat, n), q: make([]quality, n), class: make([]Class, n), reason: make([]string, n), repeated: make([]bool, n), title: -1}
	r := compiled()
	var k keyer
	seen := make(map[string]int, n)
	ti := 0
	for i, par := range doc.Paragraphs {
		for ti < len(doc.Tokens) && doc.Tokens[ti].Start < par.Start {
			ti++
		}
		tj := ti
		for tj < len(doc.Tokens) && doc.Tokens[tj].Start < par.End {
			tj++
		}
		p.feats[i] = measure(par, doc.Tokens[ti:tj], r, &k)
		ti = tj
		seen[par.Text]++
	}
	lo, hi := d.lengthLow(), d.lengthHigh()
	sl, sh := d.stopLow(), d.stopHigh()
	for i, par := range doc.Paragraphs {
		f := &p.feats[i]
		c, why, isBad := d.rule(f)
		if isBad {
			p.q[i], p.class[i], p.reason[i] = bad, c, why
			continue
		}
		dens := f.density()
		switch {
		case seen[par.Text] > 1 && f.words >= 3:
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
	d.select_(p)
	d.pickTitle(p)
	d.name(p)
	return p
}

// rule applies the cue vocabularies and the shape rules to a block. It
// returns the class, the reason and true when the block is boilerplate by
// itself.
func (d *Detector) rule(f *feat) (Class, string, bool) {
	proseLike := f.final && f.words >= 12
	if f.legal >= 3 || f.strongLegal && f.legal >= 2 {
		return Disclaimer, "legal-disclaimer vocabulary", true
	}
	if f.readOn && f.words <= 40 {
		return Related, "read-on link", true
	}
	if h, ok := f.cue(); ok && (!proseLike || h.at <= 2 || h.class == Cookie || h.class == Copyright) {
		if h.class == Copyright || h.class == Cookie || !proseLike || f.words <= 30 {
			return h.class, h.reason, true
		}
	}
	switch {
	case f.byline && f.words <= 15 && !f.final:
		return Byline, "byline", true
	case f.paren && f.avec && f.words <= 25:
		return Byline, "contributors in brackets", true
	case f.agencyFirst && f.words <= 4 && !f.final:
		return Byline, "agency signature", true
	case f.copySign && (f.copyYear || f.words <= 4):
		return Copyright, "copyright sign", true
	case f.photo && (!f.final || f.words <= 25 || f.copySign), f.creditSlash && f.words <= 60, f.parenCredit && f.words <= 60, f.agencyWord > 0 && f.agencyWord >= f.words-1 && !f.final && f.words <= 60 && !f.paren:
		if f.words <= 6 {
			return Credit, "photo credit", true
		}
		return Caption, "photo caption with credit", true
	case f.dashStart && f.words <= 10 && !f.final && (f.handles > 0 || f.words <= 6):
		return Other, "attribution line", true
	case f.dayDates > 0 && f.words <= 16 && !f.final && f.words-f.stop-f.dates <= 6:
		return Dateline, "date and time", true
	case f.links > 0 && f.links*2 >= f.words:
		return Other, "links", true
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
