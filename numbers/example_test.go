package numbers_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/numbers"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func ExampleParse() {
	for _, s := range []string{"700.000", "8,6 millions", "quatre-vingt-dix-sept", "un million et demi", "trois quarts", "1,5 Md€"} {
		n, err := numbers.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s, "→", n)
	}
	_, err := numbers.Parse("plus de cinq")
	fmt.Println(err)
	// Output:
	// 700.000 → 700000
	// 8,6 millions → 8600000
	// quatre-vingt-dix-sept → 97
	// un million et demi → 1500000
	// trois quarts → 0.75
	// 1,5 Md€ → 1500000000
	// numbers.Parse: parsing "plus de cinq": invalid syntax
}

func ExampleExtract() {
	text := "Le logiciel a infecté plus de 700.000 ordinateurs et la police a saisi 8,6 millions de dollars le 26 août 2023."
	for _, q := range numbers.Extract(text) {
		switch {
		case q.Kind == numbers.Date:
			fmt.Printf("%q %s %s\n", q.Text, q.Kind, q.Date)
		case q.Value != nil:
			fmt.Printf("%q %s %s %s\n", q.Text, q.Kind, q.Value, q.CurrencyCode())
		default:
			fmt.Printf("%q %s %s ≥ %s %s\n", q.Text, q.Kind, q.Approx, q.Low, q.Unit)
		}
	}
	// Output:
	// "plus de 700.000 ordinateurs" cardinal more_than ≥ 700000 ordinateurs
	// "8,6 millions de dollars" money 8600000 USD
	// "26 août 2023" date 2023-08-26
}

// Example_format prints a value back in French with golang.org/x/text.
// Note that x/text groups thousands with a no-break space (U+00A0), not
// the narrow no-break space (U+202F) of French typography.
func Example_format() {
	n, _ := numbers.Parse("huit millions six cent mille")
	p := message.NewPrinter(language.French)
	i, _ := n.Int64()
	fmt.Printf("%q\n", p.Sprintf("%d", i))
	q := numbers.Extract("une hausse de 12,5 %")[0]
	fmt.Printf("%q\n", p.Sprintf("%.1f %%", q.Value.Float64()))
	// Output:
	// "8\u00a0600\u00a0000"
	// "12,5 %"
}
