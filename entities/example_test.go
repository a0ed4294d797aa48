package entities_test

import (
	"bytes"
	"fmt"
	"strings"

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

func ExampleTrain() {
	data := `Jean	B-PER
Dupont	I-PER
vit	O
à	O
Lyon	B-LOC
.	O

Marie	B-PER
Martin	I-PER
travaille	O
à	O
Nantes	B-LOC
.	O
`
	m, err := entities.Train(strings.NewReader(data), entities.TrainOptions{Epochs: 5, Bits: 12})
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		fmt.Println(err)
		return
	}
	m, err = entities.Load(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	t := entities.Tagger{Model: m, Links: &entities.Table{}}
	for _, e := range t.Extract("Paul Durand vit à Rennes.") {
		fmt.Println(e.Label, e.Text)
	}
	// Output:
	// PER Paul Durand
	// LOC Rennes
}
