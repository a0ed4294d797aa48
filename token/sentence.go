package token

import (
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text. Tokens is a sub-slice of the tokens of
// the text; Text is input[Start:End], from the first token's start to the
// last token's end.
type Sentence struct {
	Text   string  `json:"text"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Tokens []Token `json:"-"`
}

// Paragraph is one block of a text: a non-blank line, trimmed of white
// space. Sentences is a sub-slice of the sentences of the text.
type Paragraph struct {
	Text      string     `json:"text"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Sentences []Sentence `json:"sentences"`
}

// Split returns the sentences of text, in order. A sentence never spans a
// line break.
func Split(text string) []Sentence {
	return Parse(text).Sentences
}

// split appends to out the sentences of the tokens of one line.
func split(text string, toks []Token, out []Sentence) []Sentence {
	first := 0
	for i := 0; i < len(toks); i++ {
		if !isTerminal(toks[i]) {
			continue
		}
		j := i + 1
		for j < len(toks) && isCloser(toks[j]) {
			j++
		}
		if j < len(toks) && !startsSentence(toks[j]) {
			i = j - 1
			continue
		}
		out = appendSentence(text, toks[first:j], out)
		first = j
		i = j - 1
	}
	if first < len(toks) {
		out = appendSentence(text, toks[first:], out)
	}
	return out
}

func appendSentence(text string, toks []Token, out []Sentence) []Sentence {
	start, end := toks[0].Start, toks[len(toks)-1].End
	return append(out, Sentence{Text: text[start:end], Start: start, End: end, Tokens: toks})
}

// isTerminal reports whether t may end a sentence: . ! ? … and their runs,
// or an abbreviation such as etc. that may close one.
func isTerminal(t Token) bool {
	switch t.Kind {
	case Punct:
		switch t.Text[0] {
		case '.', '!', '?':
			return true
		}
		return t.Text == "…"
	case Abbrev:
		switch t.Text {
		case "etc.", "Inc.", "Ltd.", "Co.", "al.":
			return true
		}
	}
	return false
}

// isCloser reports whether t closes what the sentence opened: a closing
// quote or bracket.
func isCloser(t Token) bool {
	return t.Kind == CloseQuote || t.Kind == Punct && (t.Text == ")" || t.Text == "]")
}

// startsSentence reports whether t can start a new sentence after a
// terminal mark: a capital, a digit, an opening quote or bracket, a dash.
func startsSentence(t Token) bool {
	switch t.Kind {
	case OpenQuote, Number, Date, Time, URL, Handle, Hashtag:
		return true
	case Punct:
		switch t.Text {
		case "(", "[", "-", "–", "—", "•", "*", "/":
			return true
		}
		return false
	case CloseQuote, Clitic, Symbol:
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
