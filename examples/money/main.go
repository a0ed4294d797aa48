// Command money sums the amounts of money in a French article by currency.
//
//	go run ./examples/money [file]
//
// Without a file it reads testdata/qakbot.txt (run it from the module root).
// Exact amounts are added exactly; vague ones (« des centaines de millions
// de dollars ») are listed apart with their bounds.
package main

import (
	"fmt"
	"io"
	"log"
	"math/big"
	"os"
	"slices"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/depeche-nlp/depeche/numbers"
)

func main() {
	path := "testdata/qakbot.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	if err := run(path, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(path string, w io.Writer) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sums := map[string]*big.Rat{}
	p := message.NewPrinter(language.French)
	for _, q := range numbers.Extract(string(b)) {
		if q.Kind != numbers.Money {
			continue
		}
		code := q.CurrencyCode()
		if q.Value == nil {
			lo, hi := "…", "…"
			if q.Low != nil {
				lo = q.Low.String()
			}
			if q.High != nil {
				hi = q.High.String()
			}
			fmt.Fprintf(w, "vague:  %-40q %s [%s, %s]\n", q.Text, code, lo, hi)
			continue
		}
		if sums[code] == nil {
			sums[code] = new(big.Rat)
		}
		sums[code].Add(sums[code], q.Value.Rat())
		fmt.Fprintf(w, "amount: %-40q %s %s\n", q.Text, code, q.Value)
	}
	codes := make([]string, 0, len(sums))
	for c := range sums {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		f, _ := sums[c].Float64()
		unit, err := currency.ParseISO(c)
		if err != nil {
			fmt.Fprintf(w, "total %s: %s\n", c, sums[c].FloatString(2))
			continue
		}
		// x/text formats French amounts with U+00A0 as the group separator.
		fmt.Fprintf(w, "total %s: %s\n", c, p.Sprint(currency.Symbol(unit.Amount(f))))
	}
	return nil
}
