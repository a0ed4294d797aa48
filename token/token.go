package token

import "iter"

// Kind is the type of a [Token].
type Kind uint8

// The kinds of token.
const (
	Word       Kind = iota // a word, hyphenated compound or name: maison, Etats-Unis, aujourd'hui, 1er, COVID-19
	Abbrev                 // an abbreviation or initial with its dot: M., etc., J.-C., C.
	Elision                // an elided article or pronoun with its apostrophe: l', d’, qu', jusqu'
	Clitic                 // an inverted subject pronoun: -t-elle in a-t-elle, -il in dit-il
	Number                 // digits with French grouping and decimals: 700.000, 26 000, 8,6, -3,5, 1'000
	Date                   // a numeric date: 29/08/2023, 2023-08-29, 29.08.2023
	Time                   // a clock time: 18:33, 18h33, 18h
	Punct                  // punctuation: . , ; : ! ? … ... ?! ( ) – —
	OpenQuote              // an opening quote mark: « “ „ ‹ or an opening "
	CloseQuote             // a closing quote mark: » ” › or a closing "
	Symbol                 // a symbol: % € $ £ © °
	URL                    // a web address: https://…, www.…, lemonde.fr
	Email                  // an e-mail address
	Handle                 // a social-media handle: @AFP
	Hashtag                // a hashtag: #JO2024
)

var kindNames = [...]string{
	Word: "word", Abbrev: "abbrev", Elision: "elision", Clitic: "clitic",
	Number: "number", Date: "date", Time: "time", Punct: "punct",
	OpenQuote: "open_quote", CloseQuote: "close_quote", Symbol: "symbol",
	URL: "url", Email: "email", Handle: "handle", Hashtag: "hashtag",
}

// String returns the lower-case name of k, as used in JSON.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText encodes k as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Token is one token of a text. Text is always input[Start:End], a substring
// of the caller's input: no token is ever normalised.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  Kind   `json:"kind"`
}

// IsQuote reports whether t is an opening or closing quote mark.
func (t Token) IsQuote() bool { return t.Kind == OpenQuote || t.Kind == CloseQuote }

// Tokenize returns the tokens of text, in order. White space is not a token.
// Tokenize never fails: invalid UTF-8 bytes are skipped like white space.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+16)
	s := scanner{src: text}
	for {
		start, end, kind := s.next()
		if start < 0 {
			return toks
		}
		toks = append(toks, Token{Text: text[start:end], Start: start, End: end, Kind: kind})
	}
}

// All returns an iterator over the tokens of text, in order, without
// building a slice.
func All(text string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		s := scanner{src: text}
		for {
			start, end, kind := s.next()
			if start < 0 || !yield(Token{Text: text[start:end], Start: start, End: end, Kind: kind}) {
				return
			}
		}
	}
}

// Scanner reads the tokens of a text one at a time, without building
// Token values: Next returns the byte offsets and kind of each token. It is
// the allocation-free core under [Tokenize] and [All], for callers that
// scan a lot of text and look at few tokens. Its zero value scans the empty
// text; Reset gives it a text. A Scanner is not safe for concurrent use.
type Scanner struct {
	s scanner
}

// Reset makes sc scan text from its start.
func (sc *Scanner) Reset(text string) { sc.s = scanner{src: text} }

// Next returns the offsets and kind of the next token, with
// text[start:end] its text; ok is false at the end of the text.
func (sc *Scanner) Next() (start, end int, kind Kind, ok bool) {
	start, end, kind = sc.s.next()
	return start, end, kind, start >= 0
}
