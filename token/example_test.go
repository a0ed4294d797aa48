package token_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/token"
)

func ExampleTokenize() {
	for _, t := range token.Tokenize("« Non », a-t-elle dit à l’AFP : 26\u00a0000 €.") {
		fmt.Printf("%-11s %q [%d:%d]\n", t.Kind, t.Text, t.Start, t.End)
	}
	// Output:
	// open_quote  "«" [0:2]
	// word        "Non" [3:6]
	// close_quote "»" [7:9]
	// punct       "," [9:10]
	// word        "a" [11:12]
	// clitic      "-t-elle" [12:19]
	// word        "dit" [20:23]
	// word        "à" [24:26]
	// elision     "l’" [27:31]
	// word        "AFP" [31:34]
	// punct       ":" [35:36]
	// number      "26\u00a0000" [37:44]
	// symbol      "€" [45:48]
	// punct       "." [48:49]
}

func ExampleSplit() {
	text := "M. Dupont est arrivé à 18h30. « C'est fini ! », a-t-il lancé. Le reste… plus tard."
	for _, s := range token.Split(text) {
		fmt.Println(s.Text)
	}
	// Output:
	// M. Dupont est arrivé à 18h30.
	// « C'est fini ! », a-t-il lancé.
	// Le reste… plus tard.
}

func ExampleParse() {
	d := token.Parse("Titre de l'article\n\nPremier paragraphe. Il a deux phrases.\n")
	for _, p := range d.Paragraphs {
		fmt.Printf("[%d:%d] %d sentence(s): %s\n", p.Start, p.End, len(p.Sentences), p.Text)
	}
	// Output:
	// [0:18] 1 sentence(s): Titre de l'article
	// [20:58] 2 sentence(s): Premier paragraphe. Il a deux phrases.
}
