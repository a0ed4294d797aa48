// Command train trains the embedded entity model internal/model/data/ner.bin
// with entities.Train on the permissively licensed data only:
//
//   - europeana-fr.train.conll (Europeana Newspapers, CC0 1.0)
//   - newseye-fr.train.conll (NewsEye / HIPE-2022, CC BY 4.0)
//   - the hand annotations of the Wikinews articles (CC BY 2.5) in
//     entities/testdata/wikinews, and of the news-style articles written
//     for depeche (MIT) in entities/testdata/news listed in news.list,
//     except the development articles of each set (every 4th id in sorted
//     order, see [IsDev]), which are never trained on.
//
// The modern articles are tokenised with token.Parse and repeated -repeat
// times, as modern news is the target; the historical corpora are read
// twice. The output is deterministic. The
// news articles used are listed in news.list, so that articles added
// later change the model only when the list is updated.
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
	newsAnn := flag.String("news", "entities/testdata/news", "directory of the news annotations (<id>.tsv)")
	newsTexts := flag.String("newstexts", "testdata/news", "directory of the news texts (<id>.txt)")
	newsList := flag.String("newslist", "internal/gen/train/news.list", "ids of the news articles to use")
	out := flag.String("o", "internal/model/data/ner.bin", "output model file")
	repeat := flag.Int("repeat", 6, "how many times the modern articles are repeated")
	seed := flag.Uint64("seed", 0, "seed of the sentence shuffling")
	epochs := flag.Int("epochs", 0, "passes over the data (0: the default of entities.Train)")
	flag.Parse()
	wikiIDs, err := IDs(*wiki)
	if err != nil {
		log.Fatal(err)
	}
	newsIDs, err := ReadList(*newsList)
	if err != nil {
		log.Fatal(err)
	}
	sets := []Set{{Ann: *wiki, Texts: *texts, IDs: wikiIDs}, {Ann: *newsAnn, Texts: *newsTexts, IDs: newsIDs}}
	b, err := Generate(*data, sets, *repeat, entities.TrainOptions{Seed: *seed, Epochs: *epochs})
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// Set is a set of hand-annotated articles: <Texts>/<id>.txt and
// <Ann>/<id>.tsv for each id, sorted.
type Set struct {
	Ann, Texts string
	IDs        []string
}

// historicalRepeat is how many times the historical corpora are read per
// training pass.
const historicalRepeat = 2

// Generate trains the model and returns its bytes. The training articles
// of the sets (not [IsDev]) are repeated repeat times.
func Generate(data string, sets []Set, repeat int, opts entities.TrainOptions) ([]byte, error) {
	var all bytes.Buffer
	for _, f := range []string{"europeana-fr.train.conll", "newseye-fr.train.conll"} {
		b, err := os.ReadFile(filepath.Join(data, f))
		if err != nil {
			return nil, err
		}
		// The historical corpora twice, so that the growing modern set
		// does not drown them.
		for range historicalRepeat {
			all.Write(b)
			all.WriteString("\n")
		}
	}
	var news bytes.Buffer
	for _, set := range sets {
		for i, id := range set.IDs {
			if IsDev(i) {
				continue
			}
			if err := Wikinews(&news, filepath.Join(set.Texts, id+".txt"), filepath.Join(set.Ann, id+".tsv")); err != nil {
				return nil, err
			}
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

// ReadList reads a list of ids, one per line ("#" starts a comment), and
// returns them sorted.
func ReadList(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			ids = append(ids, line)
		}
	}
	slices.Sort(ids)
	return ids, nil
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
