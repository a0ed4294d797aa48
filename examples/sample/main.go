// Command sample analyses the sample article end to end and prints what
// depeche finds: the page metadata, the clean article, who said what, the
// entities and the amounts.
//
//	go run ./examples/sample [file]
//
// Without a file it reads testdata/qakbot.txt (run it from the module root).
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/depeche-nlp/depeche"
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
	doc := depeche.Analyze(string(b))
	if m := doc.Meta; m != nil {
		fmt.Fprintf(w, "Title:     %s\n", m.Title)
		if !m.Published.IsZero() {
			fmt.Fprintf(w, "Published: %s\n", m.Published.Format("2006-01-02 15:04 -0700"))
		}
		fmt.Fprintf(w, "Agency:    %s\n", m.Agency)
		fmt.Fprintf(w, "Authors:   %v\n", m.Authors)
	}
	kept := 0
	for _, bl := range doc.Blocks {
		if !bl.Boilerplate {
			kept++
		}
	}
	fmt.Fprintf(w, "Blocks:    %d, article %d\n\n", len(doc.Blocks), kept)
	for _, q := range doc.Quotes {
		who := "?"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		fmt.Fprintf(w, "%-38s %-8s %-9s [%d:%d]\n", who, q.Kind, q.Verb, q.Start, q.End)
	}
	fmt.Fprintln(w)
	for _, e := range doc.Entities {
		fmt.Fprintf(w, "%-4s %-36s [%d:%d] %s\n", e.Label, e.Text, e.Start, e.End, e.Canonical)
	}
	fmt.Fprintln(w)
	for _, q := range doc.Quantities {
		v := "?"
		switch {
		case q.Date != "":
			v = q.Date
		case q.Value != nil:
			v = q.Value.String()
		case q.Low != nil:
			v = ">" + q.Low.String()
		}
		fmt.Fprintf(w, "%-9s %-38s %s %s\n", q.Kind, q.Text, v, q.CurrencyCode())
	}
	return nil
}
