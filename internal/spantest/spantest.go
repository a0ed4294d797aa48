// Package spantest checks the span invariants that every result of depeche
// must hold: offsets in bounds and on rune boundaries, Text equal to the
// input between them, results in order and, where required, not
// overlapping. It is shared by the tests and fuzzers of all packages.
package spantest

import (
	"fmt"
	"unicode/utf8"
)

// Span is the part of a result that the checks read.
type Span struct {
	Start, End int
	Text       string
}

// Options says which ordering rules apply to a list of spans.
type Options struct {
	// Overlap allows a span to start before the previous one ends (nested
	// or overlapping results); order by Start is still required.
	Overlap bool
	// Empty allows spans with Start == End.
	Empty bool
}

// Check returns a description of the first violated invariant, or "" when
// spans hold them all against input.
func Check(input string, spans []Span, o Options) string {
	prevStart, prevEnd := 0, 0
	for i, s := range spans {
		switch {
		case s.Start < 0 || s.End > len(input) || s.Start > s.End:
			return fmt.Sprintf("span %d [%d:%d] out of bounds (len %d)", i, s.Start, s.End, len(input))
		case s.Start == s.End && !o.Empty:
			return fmt.Sprintf("span %d [%d:%d] is empty", i, s.Start, s.End)
		case input[s.Start:s.End] != s.Text:
			return fmt.Sprintf("span %d [%d:%d]: Text %q != input %q", i, s.Start, s.End, s.Text, input[s.Start:s.End])
		case !boundary(input, s.Start) || !boundary(input, s.End):
			return fmt.Sprintf("span %d [%d:%d] cuts a UTF-8 sequence", i, s.Start, s.End)
		case s.Start < prevStart:
			return fmt.Sprintf("span %d [%d:%d] starts before span %d", i, s.Start, s.End, i-1)
		case !o.Overlap && i > 0 && s.Start < prevEnd:
			return fmt.Sprintf("span %d [%d:%d] overlaps the previous one ending at %d", i, s.Start, s.End, prevEnd)
		}
		prevStart, prevEnd = s.Start, s.End
	}
	return ""
}

// boundary reports whether offset i of s does not fall inside a valid
// multi-byte UTF-8 sequence.
func boundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	if utf8.RuneStart(s[i]) {
		return true
	}
	// A continuation byte: fine only if it is not part of a valid rune that
	// started before i.
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			r, n := utf8.DecodeRuneInString(s[j:])
			return r == utf8.RuneError && n == 1 || j+n <= i
		}
	}
	return true
}
