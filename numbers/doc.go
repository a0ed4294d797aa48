// Package numbers reads the numbers of French text exactly: numerals in
// digits or in words, quantities with their counted noun, percentages,
// money amounts with their currency, approximations and ranges as bounds,
// and dates, each with byte offsets into the caller's text.
//
// # Getting Started
//
// [Parse] reads one number expression:
//
//	n, err := numbers.Parse("8,6 millions") // n.String() == "8600000"
//
// [Extract] finds every quantity of a text, in order:
//
//	for _, q := range numbers.Extract("plus de 700.000 ordinateurs") {
//		fmt.Println(q.Kind, q.Low, q.Unit) // cardinal 700000 ordinateurs
//	}
//
// [ExtractDoc] does the same on a [token.Doc] already parsed, so that a
// pipeline tokenises once.
//
// # Values
//
// A [Number] is exact: decimal digits and a power of ten (8,6 millions is
// 8600000, never 8599999.999…), or a *big.Rat for values such as 1/3. It
// marshals to an exact JSON number.
//
// # Quantities
//
// A [Quantity] has a [Kind] (cardinal, ordinal, fraction, percent, money,
// date), a Value, Low/High bounds for ranges and open intervals, an
// [Approx] qualifier, a currency for money, the counted noun in Unit and an
// ISO 8601 date for dates.
//
// # Concurrency
//
// All functions and types of the package are safe for concurrent use.
package numbers
