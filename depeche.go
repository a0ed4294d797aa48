package depeche

import (
	"strings"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/boilerplate"
	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/numbers"
	"github.com/depeche-nlp/depeche/quote"
	"github.com/depeche-nlp/depeche/token"
)

// Parts selects the analyses that an [Analyzer] runs. The zero value means
// all of them.
type Parts uint8

// The parts of the pipeline.
const (
	Boilerplate Parts = 1 << iota // split the page into blocks and keep the article
	Entities                      // tag named entities
	Numbers                       // extract quantities
	Quotes                        // extract quotations (tags entities for its own use)
	All         = Boilerplate | Entities | Numbers | Quotes
)

// Document is the analysis of one text. Every offset is a byte offset into
// Text, the caller's input.
//
// Its JSON form has the fields blocks, meta, body, entities, quantities and
// quotes, in that order; a part that was not run is omitted.
type Document struct {
	// Text is the input, unchanged. It is not part of the JSON form.
	Text string `json:"-"`
	// Blocks are the non-blank lines of the input, each classed as article
	// (title, content) or boilerplate, with the reason.
	Blocks []boilerplate.Block `json:"blocks,omitempty"`
	// Meta is the page metadata read from the blocks: title, publication
	// time, byline authors, agency.
	Meta *boilerplate.Meta `json:"meta,omitempty"`
	// Body is the clean article: the title and content blocks, separated by
	// blank lines. Without the boilerplate part it is the whole input.
	Body string `json:"body"`
	// Entities are the named entities of the article, in order.
	Entities []entities.Entity `json:"entities,omitempty"`
	// Quantities are the numbers, amounts, percentages and dates of the
	// article, in order.
	Quantities []numbers.Quantity `json:"quantities,omitempty"`
	// Quotes are the attributed quotations of the article, in order.
	Quotes []quote.Quote `json:"quotes,omitempty"`
}

// Analyzer runs the pipeline. Its zero value runs every part with the
// embedded models; it is safe for concurrent use, as long as its fields are
// not changed while it is in use.
type Analyzer struct {
	// Parts selects the analyses to run; zero means [All].
	Parts Parts
	// Boilerplate classifies the blocks; nil means the default detector.
	Boilerplate *boilerplate.Detector
	// Tagger tags entities; nil means the embedded model. Bring your own
	// model with entities.Load.
	Tagger *entities.Tagger
	// Quotes extracts quotations; nil means the default extractor.
	Quotes *quote.Extractor
}

var defaultAnalyzer Analyzer

// Analyze runs the whole pipeline with the default [Analyzer]: the page is
// split into blocks, the article blocks are kept, and entities, quantities
// and quotations are read from them. The text is tokenised once.
func Analyze(text string) *Document { return defaultAnalyzer.Analyze(text) }

// segmentSize is the size above which [Analyzer.Analyze] cuts its input
// into segments analysed one after the other, at blank lines or line
// breaks, so that time and memory grow linearly with the input. A news page
// is far below it.
const segmentSize = 1 << 20

// Analyze runs the parts of the pipeline that a selects on text.
//
// A text larger than 1 MiB is not one article: it is cut at blank lines (or
// line breaks) into segments of about 1 MiB, analysed in turn, and the
// results are joined, with offsets into text as always. The metadata is the
// first segment's.
func (a *Analyzer) Analyze(text string) *Document {
	if len(text) <= segmentSize {
		return a.analyze(text)
	}
	doc := &Document{Text: text}
	var body []string
	for start := 0; start < len(text); {
		end := cut(text, start, segmentSize)
		part := a.analyze(text[start:end])
		part.Shift(start)
		if doc.Meta == nil {
			doc.Meta = part.Meta
		}
		doc.Blocks = append(doc.Blocks, part.Blocks...)
		doc.Entities = append(doc.Entities, part.Entities...)
		doc.Quantities = append(doc.Quantities, part.Quantities...)
		doc.Quotes = append(doc.Quotes, part.Quotes...)
		if part.Body != "" {
			body = append(body, part.Body)
		}
		start = end
	}
	doc.Body = strings.Join(body, "\n\n")
	return doc
}

// cut returns the end of the segment of text that starts at start: about n
// bytes, ending after a blank line, else after a line break, else at a rune
// boundary.
func cut(text string, start, n int) int {
	end := start + n
	if end >= len(text) {
		return len(text)
	}
	window := text[start:end]
	lo := len(window) / 2
	if i := strings.LastIndex(window[lo:], "\n\n"); i >= 0 {
		return start + lo + i + 2
	}
	if i := strings.LastIndexByte(window[lo:], '\n'); i >= 0 {
		return start + lo + i + 1
	}
	for end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// Shift moves every offset of d by delta. Use it when d was analysed from
// the part of a larger text that starts at byte delta, so that the offsets
// point into the larger text; Text is not changed.
func (d *Document) Shift(delta int) {
	for i := range d.Blocks {
		d.Blocks[i].Start += delta
		d.Blocks[i].End += delta
	}
	for i := range d.Entities {
		d.Entities[i].Start += delta
		d.Entities[i].End += delta
	}
	for i := range d.Quantities {
		d.Quantities[i].Start += delta
		d.Quantities[i].End += delta
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		q.Start += delta
		q.End += delta
		if q.Speaker != nil {
			s := *q.Speaker
			s.Start += delta
			s.End += delta
			q.Speaker = &s
		}
	}
}

// analyze runs the pipeline on one segment.
func (a *Analyzer) analyze(text string) *Document {
	parts := a.Parts
	if parts == 0 {
		parts = All
	}
	d := token.Parse(text)
	doc := &Document{Text: text}
	article := d
	if parts&Boilerplate != 0 {
		det := a.Boilerplate
		if det == nil {
			det = &boilerplate.Detector{}
		}
		res := det.AnalyzeDoc(d)
		doc.Blocks = res.Blocks
		doc.Meta = &res.Meta
		keep := make(map[int]bool, len(res.Blocks))
		var body strings.Builder
		for _, b := range res.Blocks {
			if b.Boilerplate {
				continue
			}
			keep[b.Start] = true
			if body.Len() > 0 {
				body.WriteString("\n\n")
			}
			body.WriteString(b.Text)
		}
		doc.Body = body.String()
		article = d.Select(func(p token.Paragraph) bool { return keep[p.Start] })
	} else {
		doc.Body = text
	}
	var ents []entities.Entity
	if parts&(Entities|Quotes) != 0 {
		tagger := a.Tagger
		if tagger == nil {
			tagger = &entities.Tagger{}
		}
		ents = tagger.ExtractDoc(article)
		if parts&Entities != 0 {
			doc.Entities = ents
		}
	}
	if parts&Numbers != 0 {
		doc.Quantities = numbers.ExtractDoc(article)
	}
	if parts&Quotes != 0 {
		qe := a.Quotes
		if qe == nil {
			qe = &quote.Extractor{}
		}
		doc.Quotes = qe.ExtractDoc(article, ents)
	}
	return doc
}
