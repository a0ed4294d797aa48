package quote_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/quote"
)

func ExampleExtract() {
	text := "« Nous ne renoncerons pas », a déclaré la maire, Anne Hidalgo.\n" +
		"Selon elle, les travaux commenceront en mai."
	for _, q := range quote.Extract(text) {
		fmt.Printf("%s (%s, %s): %s\n", q.Speaker.Name, q.Kind, q.Verb, q.Text)
	}
	// Output:
	// Anne Hidalgo (direct, déclarer): Nous ne renoncerons pas
	// Anne Hidalgo (indirect, selon): les travaux commenceront en mai
}
