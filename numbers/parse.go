package numbers

// Parse reads one French number expression and returns its exact value:
// digits in French notation ("700.000", "26 000", "1'000", "8,6", "-3,5",
// "1.5"), digits with a scale word ("8,6 millions", "1,2 milliard"),
// spelled-out cardinals ("quatre-vingt-dix-sept", "un million et demi"),
// fractions ("trois quarts", "1/4"), ordinals (rank: "XXIe" → 21) and
// percentages (points: "12,5 %" → 12.5).
//
// A money amount parses to its value in the currency's unit, the currency
// being dropped: "1,5 Md€" → 1500000000; use [Extract] to get the currency.
// Expressions that give only bounds ("plus de 5", "entre 3 et 5"), dates and
// anything else than one quantity are an [ErrSyntax]. Approximation words
// are read and dropped: "une dizaine" → 10, "environ 20" → 20.
//
// Errors are *[ParseError] wrapping [ErrSyntax] or [ErrRange]. Parse does
// not allocate on plain digit input.
func Parse(s string) (Number, error) {
	n, st := parseDigits(s)
	switch st {
	case digitsOK:
		return n, nil
	case digitsRange:
		return Number{}, rangeError(s)
	}
	return parseText(s)
}
