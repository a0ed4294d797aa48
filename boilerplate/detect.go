package boilerplate

import (
	"strings"

	"github.com/depeche-nlp/depeche/token"
)

// Detector classifies the blocks of a page. Its zero value is ready to use
// and applies the defaults given for each field; set a field to tune it.
// A Detector is not modified by its methods and is safe for concurrent use.
type Detector struct {
	// LengthLow is the length, in characters, under which a block is
	// "short": too short to judge alone, it takes the class of its
	// neighbours. Default 70.
	LengthLow int
	// LengthHigh is the length, in characters, over which a block with
	// enough stopwords is "good" (content) on its own. Default 200.
	LengthHigh int
	// StopwordsLow is the share of French stopwords under which a block
	// that is not short is boilerplate: menus, lists of names, tags.
	// Default 0.30.
	StopwordsLow float64
	// StopwordsHigh is the share of stopwords over which a block reads as
	// running French prose. Default 0.34.
	StopwordsHigh float64
	// MaxGap is the number of non-content blocks that may separate two
	// content blocks of the same article (an ad, a "Lire aussi" link, a
	// caption). Default 6.
	MaxGap int
	// MinShare is the share of the article's main run of content (in
	// characters) that another run of content must reach to be kept:
	// smaller runs far from the article are teasers, comments or
	// promotions. Default 0.2.
	MinShare float64
	// TitleWindow is the number of blocks before the first content block in
	// which the title is looked for. Default 12.
	TitleWindow int
}

func (d *Detector) lengthLow() int    { return def(d.LengthLow, 70) }
func (d *Detector) lengthHigh() int   { return def(d.LengthHigh, 200) }
func (d *Detector) maxGap() int       { return def(d.MaxGap, 6) }
func (d *Detector) titleWindow() int  { return def(d.TitleWindow, 12) }
func (d *Detector) stopLow() float64  { return def(d.StopwordsLow, 0.30) }
func (d *Detector) stopHigh() float64 { return def(d.StopwordsHigh, 0.34) }
func (d *Detector) minShare() float64 { return def(d.MinShare, 0.2) }

// def returns v, or d when v is zero or negative.
func def[T int | float64](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

var defaultDetector Detector

// Detect returns every non-blank line of text as a [Block], in order, with
// its class. It uses the default [Detector].
func Detect(text string) []Block { return defaultDetector.Detect(text) }

// DetectDoc is [Detect] on a parsed document: one block per paragraph of d.
// Offsets refer to d.Text.
func DetectDoc(d *token.Doc) []Block { return defaultDetector.DetectDoc(d) }

// Clean returns the article of a page: the title and the content blocks,
// one per line, in order.
func Clean(text string) string { return defaultDetector.Clean(text) }

// Analyze returns the blocks of text and the page metadata, with the
// default [Detector].
func Analyze(text string) Result { return defaultDetector.Analyze(text) }

// Detect returns every non-blank line of text as a [Block] with its class.
func (d *Detector) Detect(text string) []Block { return d.classify(pageOfText(text)).blocks() }

// DetectDoc returns one [Block] per paragraph of doc, read from the tokens
// of doc without tokenising again.
func (d *Detector) DetectDoc(doc *token.Doc) []Block { return d.classify(pageOfDoc(doc)).blocks() }

// Analyze returns the blocks of text and the page metadata.
func (d *Detector) Analyze(text string) Result { return d.AnalyzeDoc(token.Parse(text)) }

// AnalyzeDoc returns the blocks of doc and the page metadata.
func (d *Detector) AnalyzeDoc(doc *token.Doc) Result {
	p := d.classify(pageOfDoc(doc))
	bs := p.blocks()
	return Result{Blocks: bs, Meta: p.meta(bs)}
}

// Clean returns the title and the content blocks of text, one per line.
func (d *Detector) Clean(text string) string {
	var b strings.Builder
	for _, bl := range d.Detect(text) {
		if bl.Boilerplate {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}
