package entities_test

import (
	"fmt"

	"github.com/depeche-nlp/depeche/entities"
)

func ExampleExtract() {
	text := "Le FBI et le département américain de la Justice ont coopéré avec la France, a déclaré Laure Beccuau à Paris."
	for _, e := range entities.Extract(text) {
		fmt.Printf("%s %q [%d:%d]", e.Label, e.Text, e.Start, e.End)
		if e.ID != "" {
			fmt.Printf(" → %s (%s)", e.Canonical, e.ID)
		}
		fmt.Println()
	}
	// Output:
	// ORG "FBI" [3:6] → Federal Bureau of Investigation (Q8333)
	// ORG "département américain de la Justice" [13:50] → Département de la Justice des États-Unis (Q1553390)
	// LOC "France" [73:79] → France (Q142)
	// PER "Laure Beccuau" [93:106]
	// LOC "Paris" [110:115]
}

func ExampleLookup() {
	l, ok := entities.Lookup("Etats-Unis")
	fmt.Println(ok, l.Canonical, l.ID, l.Label)
	l, _ = entities.Lookup("DoJ")
	fmt.Println(l.Canonical)
	// Output:
	// true États-Unis Q30 LOC
	// Département de la Justice des États-Unis
}

func ExampleTable_Add() {
	links := entities.NewTable()
	links.Add(entities.Link{Canonical: "Direction générale de la Sécurité intérieure", Acronym: "DGSI", Label: entities.ORG})
	t := entities.Tagger{Links: links}
	for _, e := range t.Extract("La DGSI enquête.") {
		fmt.Println(e.Label, e.Text, e.Canonical)
	}
	// Output:
	// ORG DGSI Direction générale de la Sécurité intérieure
}
