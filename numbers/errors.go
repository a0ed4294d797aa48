package numbers

import (
	"errors"
	"strconv"
)

// ErrSyntax indicates that the input of [Parse] is not one French number
// expression.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange indicates that the input of [Parse] is a number too large to
// represent (more than [MaxDigits] significant digits or an exponent
// beyond ±1e6).
var ErrRange = errors.New("value out of range")

// ParseError records a failed [Parse], like [strconv.NumError]: the
// function, the input and the reason, which is [ErrSyntax] or [ErrRange]
// (test with errors.Is).
type ParseError struct {
	Func  string // the failing function ("Parse")
	Input string // the input
	Err   error  // the reason: ErrSyntax or ErrRange
}

// Error formats the error like strconv does.
func (e *ParseError) Error() string {
	return "numbers." + e.Func + ": parsing " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns the reason, so that errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }

func syntaxError(s string) *ParseError { return &ParseError{Func: "Parse", Input: s, Err: ErrSyntax} }
func rangeError(s string) *ParseError  { return &ParseError{Func: "Parse", Input: s, Err: ErrRange} }
