package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is a text parsed once: its tokens, sentences and paragraphs, all with
// byte offsets into Text. The packages of depeche accept a *Doc so that a
// pipeline tokenises a document only once. A Doc is not modified after
// [Parse] returns and is safe for concurrent reads.
type Doc struct {
	Text       string      `json:"-"`
	Tokens     []Token     `json:"tokens"`
	Sentences  []Sentence  `json:"sentences"`
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Parse tokenises text and splits it into paragraphs (non-blank lines) and
// sentences. It never fails; empty text gives an empty Doc.
func Parse(text string) *Doc {
	d := &Doc{Text: text, Tokens: Tokenize(text)}
	d.Sentences = make([]Sentence, 0, len(d.Tokens)/16+1)
	paras := make([]Paragraph, 0, strings.Count(text, "\n")/2+1)
	ti := 0
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		ps, pe := trimSpace(text, start, end)
		if ps < pe {
			first := ti
			for ti < len(d.Tokens) && d.Tokens[ti].Start < end {
				ti++
			}
			s0 := len(d.Sentences)
			if ti > first {
				d.Sentences = split(text, d.Tokens[first:ti], d.Sentences)
			}
			paras = append(paras, Paragraph{Text: text[ps:pe], Start: ps, End: pe, Sentences: d.Sentences[s0:len(d.Sentences):len(d.Sentences)]})
		}
		start = end + 1
	}
	// Sentences may have moved while they grew: point the paragraphs at the
	// final array.
	k := 0
	for i := range paras {
		n := len(paras[i].Sentences)
		paras[i].Sentences = d.Sentences[k : k+n : k+n]
		k += n
	}
	d.Paragraphs = paras
	return d
}

// trimSpace returns the bounds of text[start:end] without leading and
// trailing white space (including no-break spaces).
func trimSpace(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !isSpaceRune(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !isSpaceRune(r) {
			break
		}
		end -= n
	}
	return start, end
}

// Select returns a Doc over the same Text that keeps only the paragraphs for
// which keep returns true, with their tokens and sentences. Offsets stay
// offsets into Text.
//
// When every paragraph is kept, Select returns d itself.
func (d *Doc) Select(keep func(Paragraph) bool) *Doc {
	kept := make([]bool, len(d.Paragraphs))
	all := true
	for i, p := range d.Paragraphs {
		kept[i] = keep(p)
		all = all && kept[i]
	}
	if all {
		return d
	}
	out := &Doc{Text: d.Text}
	var paras []Paragraph
	for i, p := range d.Paragraphs {
		if !kept[i] {
			continue
		}
		paras = append(paras, p)
		if len(p.Sentences) > 0 {
			first := p.Sentences[0].Tokens
			last := p.Sentences[len(p.Sentences)-1].Tokens
			lo := tokenIndex(d.Tokens, first[0].Start)
			hi := tokenIndex(d.Tokens, last[len(last)-1].Start) + 1
			out.Tokens = append(out.Tokens, d.Tokens[lo:hi]...)
		}
	}
	// Rebuild sentences over out.Tokens so that sub-slices point into it.
	ti := 0
	for _, p := range paras {
		for _, s := range p.Sentences {
			n := len(s.Tokens)
			out.Sentences = append(out.Sentences, Sentence{Text: s.Text, Start: s.Start, End: s.End, Tokens: out.Tokens[ti : ti+n : ti+n]})
			ti += n
		}
	}
	k := 0
	for _, p := range paras {
		n := len(p.Sentences)
		p.Sentences = out.Sentences[k : k+n : k+n]
		out.Paragraphs = append(out.Paragraphs, p)
		k += n
	}
	return out
}

// tokenIndex returns the index of the token that starts at offset start.
func tokenIndex(toks []Token, start int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
