package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/numbers"
)

// write prints one record in the chosen format.
func write(w *bufio.Writer, format string, r *record) error {
	switch format {
	case "jsonl":
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		w.Write(b)
		return w.WriteByte('\n')
	case "text":
		report(w, r)
		return w.Flush()
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	w.Write(b)
	return w.WriteByte('\n')
}

// report writes a readable summary of one document: metadata, who said
// what, entities by type, amounts.
func report(w *bufio.Writer, r *record) {
	d := r.Document
	title := r.ID
	if r.Part > 0 {
		title = fmt.Sprintf("%s (part %d, from byte %d)", r.ID, r.Part+1, r.Offset)
	}
	fmt.Fprintf(w, "== %s\n", title)
	if m := d.Meta; m != nil {
		if m.Title != "" {
			fmt.Fprintf(w, "Title:     %s\n", m.Title)
		}
		if !m.Published.IsZero() {
			fmt.Fprintf(w, "Published: %s\n", m.Published.Format("2006-01-02 15:04 MST"))
		}
		if len(m.Authors) > 0 {
			fmt.Fprintf(w, "Authors:   %s\n", strings.Join(m.Authors, ", "))
		}
		if m.Agency != "" {
			fmt.Fprintf(w, "Agency:    %s\n", m.Agency)
		}
	}
	if d.Blocks != nil {
		n := 0
		for _, b := range d.Blocks {
			if !b.Boilerplate {
				n++
			}
		}
		fmt.Fprintf(w, "Blocks:    %d, of which %d article\n", len(d.Blocks), n)
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintf(w, "\nWho said what\n")
		for _, q := range d.Quotes {
			who := "(unknown)"
			if s := q.Speaker; s != nil {
				who = s.Name
				if s.Acronym != "" {
					who += " (" + s.Acronym + ")"
				}
			}
			verb := q.Verb
			if verb == "" {
				verb = "—"
			}
			fmt.Fprintf(w, "  %s [%s, %s]: %s\n", who, q.Kind, verb, ellipsis(q.Text, 160))
		}
	}
	if len(d.Entities) > 0 {
		fmt.Fprintf(w, "\nEntities\n")
		byLabel := map[entities.Label][]string{}
		seen := map[string]bool{}
		for _, e := range d.Entities {
			name := e.Text
			if e.Canonical != "" && e.Canonical != e.Text {
				name += " → " + e.Canonical
			}
			k := e.Label.String() + "\x00" + name
			if !seen[k] {
				seen[k] = true
				byLabel[e.Label] = append(byLabel[e.Label], name)
			}
		}
		for _, l := range []entities.Label{entities.PER, entities.ORG, entities.LOC, entities.MISC} {
			if names := byLabel[l]; len(names) > 0 {
				fmt.Fprintf(w, "  %-4s %s\n", l, strings.Join(names, "; "))
			}
		}
	}
	if len(d.Quantities) > 0 {
		fmt.Fprintf(w, "\nAmounts\n")
		for _, q := range d.Quantities {
			fmt.Fprintf(w, "  %-9s %-40s %s\n", q.Kind, ellipsis(q.Text, 40), describe(q))
		}
	}
	w.WriteByte('\n')
}

// describe renders the value of a quantity for the text report.
func describe(q numbers.Quantity) string {
	var parts []string
	switch {
	case q.Date != "":
		parts = append(parts, q.Date)
	case q.Value != nil:
		parts = append(parts, q.Value.String())
	default:
		lo, hi := "…", "…"
		if q.Low != nil {
			lo = q.Low.String()
		}
		if q.High != nil {
			hi = q.High.String()
		}
		parts = append(parts, "["+lo+", "+hi+"]")
	}
	if c := q.CurrencyCode(); c != "" {
		parts = append(parts, c)
	}
	if q.Approx != numbers.Exact {
		parts = append(parts, "("+q.Approx.String()+")")
	}
	if q.Unit != "" {
		parts = append(parts, q.Unit)
	}
	return strings.Join(parts, " ")
}

func ellipsis(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
