package depeche_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche"
)

func ExampleAnalyze() {
	text := `Le gouvernement relève le salaire minimum

Publié le 12/01/2024 à 09:15

Paris (AFP) - Le salaire minimum augmentera de 1,5 % au 1er mai, a annoncé jeudi la ministre du Travail, Catherine Vautrin.

« C'est un geste pour plus de deux millions de salariés », a-t-elle déclaré.

Abonnez-vous à notre newsletter`
	doc := depeche.Analyze(text)
	fmt.Println("Title:", doc.Meta.Title)
	for _, q := range doc.Quotes {
		fmt.Printf("%s (%s): %s\n", q.Speaker.Name, q.Verb, q.Text)
	}
	for _, e := range doc.Entities {
		fmt.Println(e.Label, e.Text)
	}
	for _, n := range doc.Quantities {
		fmt.Println(n.Kind, n.Text)
	}
	// Output:
	// Title: Le gouvernement relève le salaire minimum
	// Catherine Vautrin (annoncer): Le salaire minimum augmentera de 1,5 % au 1er mai
	// Catherine Vautrin (déclarer): C'est un geste pour plus de deux millions de salariés
	// LOC Paris
	// ORG AFP
	// PER Catherine Vautrin
	// percent 1,5 %
	// date 1er mai
	// cardinal plus de deux millions de salariés
}

func ExampleAnalyzer() {
	// Only the quantities, on the whole text: no boilerplate removal.
	a := depeche.Analyzer{Parts: depeche.Numbers}
	doc := a.Analyze("Le club a dépensé 180 millions d'euros en 2023, soit plus de 40 % de son budget.")
	for _, q := range doc.Quantities {
		fmt.Printf("%s [%d:%d] %s\n", q.Kind, q.Start, q.End, q.Text)
	}
	// Output:
	// money [20:40] 180 millions d'euros
	// date [44:48] 2023
	// percent [55:67] plus de 40 %
}
