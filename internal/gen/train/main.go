// Command train trains the embedded entity model internal/model/data/ner.bin
// with entities.Train on the permissively licensed data only:
//
//   - europeana-fr.train.conll (Europeana Newspapers, CC0 1.0)
//   - newseye-fr.train.conll (NewsEye / HIPE-2022, CC BY 4.0)
//   - the hand annotations of the Wikinews articles (CC BY 2.5) in
//     entities/testdata/wikinews, except the development articles (every
//     4th id in sorted order, see [IsDev]), which are never trained on.
//
// The Wikinews articles are tokenised with token.Parse and repeated
// -repeat times, as modern news is the target. The output is deterministic.
//
// Usage:
//
//	go run ./internal/gen/train -data ../shared/data/ner -wikinews entities/testdata/wikinews -texts testdata/wikinews -o internal/model/data/ner.bin
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/token"
)

func main() {
	data := flag.String("data", "../shared/data/ner", "directory of the CoNLL training data")
	wiki := flag.String("wikinews", "entities/testdata/wikinews", "directory of the Wikinews annotations (<id>.tsv)")
	texts := flag.String("texts", "testdata/wikinews", "directory of the Wikinews texts (<id>.txt)")
	out := flag.String("o", "internal/model/data/ner.bin", "output model file")
	repeat := flag.Int("repeat", 6, "how many times the Wikinews training articles are repeated")
	seed := flag.Uint64("seed", 0, "seed of the sentence shuffling")
	flag.Parse()
	b, err := Generate(*data, *wiki, *texts, *repeat, entities.TrainOptions{Seed: *seed})
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// Generate trains the model and returns its bytes.
func Generate(data, wiki, texts string, repeat int, opts entities.TrainOptions) ([]byte, error) {
	var all bytes.Buffer
	for _, f := range []string{"europeana-fr.train.conll", "newseye-fr.train.conll"} {
		b, err := os.ReadFile(filepath.Join(data, f))
		if err != nil {
			return nil, err
		}
		all.Write(b)
		all.WriteString("\n")
	}
	ids, err := IDs(wiki)
	if err != nil {
		return nil, err
	}
	var news bytes.Buffer
	for i, id := range ids {
		if IsDev(i) {
			continue
		}
		if err := Wikinews(&news, filepath.Join(texts, id+".txt"), filepath.Join(wiki, id+".tsv")); err != nil {
			return nil, err
		}
	}
	for range repeat {
		all.Write(news.Bytes())
	}
	m, err := entities.Train(&all, opts)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := m.Save(&out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// IDs returns the sorted ids of the annotated articles.
func IDs(dir string) ([]string, error) {
	m, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, f := range m {
		ids = append(ids, strings.TrimSuffix(filepath.Base(f), ".tsv"))
	}
	slices.Sort(ids)
	return ids, nil
}

// IsDev reports whether the i-th article (in sorted id order) is a
// development article: every 4th, starting with the first.
func IsDev(i int) bool { return i%4 == 0 }

// Wikinews writes an annotated article as CoNLL sentences, tokenised by
// token.Parse. A token is inside an entity when it overlaps its span.
func Wikinews(w io.Writer, txt, tsv string) error {
	text, err := os.ReadFile(txt)
	if err != nil {
		return err
	}
	ann, err := os.ReadFile(tsv)
	if err != nil {
		return err
	}
	type span struct {
		s, e  int
		label string
	}
	var spans []span
	for n, line := range strings.Split(string(ann), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return fmt.Errorf("%s:%d: want START END LABEL TEXT", tsv, n+1)
		}
		s, err1 := strconv.Atoi(f[0])
		e, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || s < 0 || e > len(text) || s >= e {
			return fmt.Errorf("%s:%d: bad span", tsv, n+1)
		}
		spans = append(spans, span{s, e, f[2]})
	}
	d := token.Parse(string(text))
	fmt.Fprint(w, "-DOCSTART-\tO\n\n")
	for _, s := range d.Sentences {
		prev := -1
		for _, t := range s.Tokens {
			tag := "O"
			for k, sp := range spans {
				if t.Start < sp.e && t.End > sp.s {
					if prev == k {
						tag = "I-" + sp.label
					} else {
						tag = "B-" + sp.label
					}
					prev = k
					break
				}
			}
			if tag == "O" {
				prev = -1
			}
			fmt.Fprintf(w, "%s\t%s\n", strings.ReplaceAll(t.Text, "\t", " "), tag)
		}
		fmt.Fprintln(w)
	}
	return nil
}
