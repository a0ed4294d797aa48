// Command whoisquoted reads a folder of French articles (one .txt file per
// article) and reports who is quoted: each speaker with the number of
// quotations, and the share of women among the quoted people whose gender
// is known.
//
//	go run ./examples/whoisquoted [dir]
//
// Without a folder it reads testdata/wikinews (run it from the module root).
package main

import (
	"cmp"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"

	"github.com/depeche-nlp/depeche/quote"
)

func main() {
	dir := "testdata/wikinews"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := run(dir, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// speaker is one quoted person or organisation.
type speaker struct {
	name   string
	gender string
	quotes int
}

func run(dir string, w io.Writer) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .txt file in %s", dir)
	}
	var ex quote.Extractor
	byName := map[string]*speaker{}
	total := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		for _, q := range ex.Extract(string(b)) {
			total++
			if q.Speaker == nil || q.Speaker.Name == "" {
				continue
			}
			s := byName[q.Speaker.Name]
			if s == nil {
				s = &speaker{name: q.Speaker.Name}
				byName[q.Speaker.Name] = s
			}
			s.quotes++
			if s.gender == "" {
				s.gender = q.Speaker.Gender
			}
		}
	}
	list := make([]*speaker, 0, len(byName))
	women, men := 0, 0
	for _, s := range byName {
		list = append(list, s)
		switch s.gender {
		case "F":
			women++
		case "M":
			men++
		}
	}
	slices.SortFunc(list, func(a, b *speaker) int {
		return cmp.Or(cmp.Compare(b.quotes, a.quotes), cmp.Compare(a.name, b.name))
	})
	fmt.Fprintf(w, "%d articles, %d quotations, %d speakers\n", len(files), total, len(list))
	for _, s := range list[:min(len(list), 15)] {
		fmt.Fprintf(w, "%3d  %-1s  %s\n", s.quotes, s.gender, s.name)
	}
	if women+men > 0 {
		fmt.Fprintf(w, "women among quoted people of known gender: %d of %d (%.0f %%)\n", women, women+men, 100*float64(women)/float64(women+men))
	}
	return nil
}
