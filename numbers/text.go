package numbers

// parseText parses a non-digit expression.
func parseText(s string) (Number, error) {
	return Number{}, syntaxError(s)
}
