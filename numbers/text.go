package numbers

import "github.com/depeche-nlp/depeche/token"

// parseText parses a non-digit expression: the whole input must be one
// quantity with a value.
func parseText(s string) (Number, error) {
	toks := token.Tokenize(s)
	if len(toks) == 0 || len(toks) > 64 {
		return Number{}, syntaxError(s)
	}
	sc := newScanner(s)
	sc.toks = toks
	// A lone un/une is the number one here.
	if len(toks) == 1 && (sc.kk(0) == "un" || sc.kk(0) == "une") {
		return Int(1), nil
	}
	q, j, ok := sc.at(0, len(toks))
	if !ok || j != len(toks) || q.Value == nil || q.Kind == Date || q.Unit != "" {
		return Number{}, syntaxError(s)
	}
	return *q.Value, nil
}
