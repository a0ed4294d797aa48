package entities

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const nerData = "../../shared/data/ner"

// evalDoc is one document of a development set: its text and gold spans.
type evalDoc struct {
	text string
	gold []Entity
}

type score struct{ tp, fp, fn int }

func (s score) f1() float64 {
	if s.tp == 0 {
		return 0
	}
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	return 2 * p * r / (p + r)
}

func (s *score) add(gold, pred []Entity, ignoreMISC bool) {
	type key struct {
		s, e int
		l    Label
	}
	g := map[key]bool{}
	for _, e := range gold {
		g[key{e.Start, e.End, e.Label}] = true
	}
	for _, e := range pred {
		if ignoreMISC && e.Label == MISC {
			continue
		}
		if k := (key{e.Start, e.End, e.Label}); g[k] {
			s.tp++
			delete(g, k)
		} else {
			s.fp++
		}
	}
	s.fn += len(g)
}

// readCoNLLDocs reads a CoNLL file as documents whose text is the
// normalised sentences, one per line, tokens joined by spaces. At most
// maxSents sentences are read (0: all).
func readCoNLLDocs(t *testing.T, path string, maxSents int) []evalDoc {
	return readCoNLLDocsAs(t, path, maxSents, normalised)
}

// conllForm is how an evaluation text is made from CoNLL tokens.
type conllForm int

const (
	normalised conllForm = iota // as for training: elisions split, hyphenation joined, titles out of names
	withTitles                  // normalised, but titles kept inside PER spans where the source has them (NewsEye: "M. Chéron")
	raw                         // the source tokens as they are, joined by spaces ("d ' Allemagne", "ex¬ cessif"), original gold
)

// readCoNLLDocsAs is readCoNLLDocs with the texts made in form f.
func readCoNLLDocsAs(t *testing.T, path string, maxSents int, form conllForm) []evalDoc {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var docs []evalDoc
	var b strings.Builder
	var gold []Entity
	var cur sentence
	nsent := 0
	flushSent := func() {
		if len(cur.words) == 0 {
			return
		}
		s := cur
		if form != raw {
			s = normaliseTitles(cur, form == withTitles)
		}
		cur = sentence{}
		nsent++
		if maxSents > 0 && nsent > maxSents {
			return
		}
		starts := make([]int, len(s.words))
		for i, w := range s.words {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[i] = b.Len()
			b.WriteString(w)
		}
		for i := 0; i < len(s.words); i++ {
			if !tagIsB(s.tags[i]) && !tagIsI(s.tags[i]) {
				continue
			}
			l := tagLabel(s.tags[i])
			j := i + 1
			for j < len(s.words) && s.tags[j] == tagI(l) {
				j++
			}
			end := starts[j-1] + len(s.words[j-1])
			gold = append(gold, Entity{Start: starts[i], End: end, Label: l})
			i = j - 1
		}
		b.WriteByte('\n')
	}
	flushDoc := func() {
		flushSent()
		if b.Len() > 0 {
			docs = append(docs, evalDoc{text: b.String(), gold: gold})
		}
		b.Reset()
		gold = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.TrimSpace(l) == "" {
			flushSent()
			continue
		}
		i := strings.LastIndexAny(l, "\t ")
		require.Positive(t, i, l)
		w, tg := l[:i], l[i+1:]
		if w == "-DOCSTART-" {
			flushDoc()
			continue
		}
		tag, err := parseTag(tg)
		require.NoError(t, err)
		cur.words = append(cur.words, strings.ReplaceAll(w, "_", " "))
		cur.tags = append(cur.tags, tag)
	}
	flushDoc()
	return docs
}

// wikinewsDev reads the development articles: every 4th id in sorted
// order, the rule of internal/gen/train.
func wikinewsDev(t *testing.T) []evalDoc {
	m, err := filepath.Glob("testdata/wikinews/*.tsv")
	require.NoError(t, err)
	var ids []string
	for _, f := range m {
		ids = append(ids, strings.TrimSuffix(filepath.Base(f), ".tsv"))
	}
	return annotatedDev(t, "wikinews", ids)
}

// newsDev reads the development articles among the news-style articles
// listed in internal/gen/train/news.list.
func newsDev(t *testing.T) []evalDoc {
	b, err := os.ReadFile("../internal/gen/train/news.list")
	require.NoError(t, err)
	var ids []string
	for line := range strings.Lines(string(b)) {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			ids = append(ids, line)
		}
	}
	return annotatedDev(t, "news", ids)
}

// annotatedDev reads every 4th article (sorted ids) of a hand-annotated
// set: ../testdata/<set>/<id>.txt and testdata/<set>/<id>.tsv.
func annotatedDev(t *testing.T, set string, ids []string) []evalDoc {
	slices.Sort(ids)
	require.NotEmpty(t, ids)
	var docs []evalDoc
	for i, id := range ids {
		if i%4 != 0 {
			continue
		}
		text, err := os.ReadFile("../testdata/" + set + "/" + id + ".txt")
		require.NoError(t, err)
		ann, err := os.ReadFile("testdata/" + set + "/" + id + ".tsv")
		require.NoError(t, err)
		d := evalDoc{text: string(text)}
		for line := range strings.Lines(string(ann)) {
			f := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
			if len(f) < 3 {
				continue
			}
			s, _ := strconv.Atoi(f[0])
			e, _ := strconv.Atoi(f[1])
			l, err := parseTag("B-" + f[2])
			require.NoError(t, err, line)
			d.gold = append(d.gold, Entity{Start: s, End: e, Label: tagLabel(l)})
		}
		docs = append(docs, d)
	}
	return docs
}

// proseExtract runs the English prose/v2 model and finds its entities in
// text, in order (prose gives no offsets).
func proseExtract(text string) []Entity {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false))
	if err != nil {
		return nil
	}
	var out []Entity
	pos := 0
	for _, e := range doc.Entities() {
		i := strings.Index(text[pos:], e.Text)
		if i < 0 {
			continue
		}
		s := pos + i
		l := MISC
		switch e.Label {
		case "PERSON":
			l = PER
		case "GPE", "LOC", "FAC":
			l = LOC
		case "ORG":
			l = ORG
		}
		out = append(out, Entity{Text: e.Text, Start: s, End: s + len(e.Text), Label: l})
		pos = s + len(e.Text)
	}
	return out
}

// TestAccuracy measures entity F1 (exact span and label) on the
// development sets, for our model and the prose/v2 baseline, and checks
// floors a little below the measured scores.
func TestAccuracy(t *testing.T) {
	const proseTexts = 25 // texts of an annotated set read by prose/v2, which is slow
	if _, err := os.Stat(nerData); err != nil {
		t.Skip("NER data not present beside the module:", err)
	}
	sets := []struct {
		name       string
		docs       func(max int) []evalDoc
		ignoreMISC bool
		floor      float64
	}{
		{"wikinews-dev", func(int) []evalDoc { return wikinewsDev(t) }, false, 0.74},
		{"news-dev", func(n int) []evalDoc {
			docs := newsDev(t)
			if n > 0 && len(docs) > proseTexts {
				docs = docs[:proseTexts] // prose/v2 is slow
			}
			return docs
		}, false, 0.82},
		{"europeana-dev", func(n int) []evalDoc { return readCoNLLDocs(t, nerData+"/europeana-fr.dev.conll", n) }, true, 0.45},
		{"newseye-dev", func(n int) []evalDoc { return readCoNLLDocs(t, nerData+"/newseye-fr.dev.conll", n) }, false, 0.50},
		// the original gold, with titles inside person names (M. Chéron),
		// on the normalised text and on the source tokens as they are
		{"newseye-titles", func(n int) []evalDoc { return readCoNLLDocsAs(t, nerData+"/newseye-fr.dev.conll", n, withTitles) }, false, 0.30},
		{"newseye-raw", func(n int) []evalDoc { return readCoNLLDocsAs(t, nerData+"/newseye-fr.dev.conll", n, raw) }, false, 0.30},
		{"wikineural-dev", func(n int) []evalDoc {
			return readCoNLLDocs(t, nerData+"/eval-only/wikineural-fr.dev.conll", n)
		}, false, 0.72},
	}
	const proseSents = 300
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			var ours, perLabel [4]score
			_ = perLabel
			var all, plo score // plo: PER, ORG and LOC only
			for _, d := range set.docs(0) {
				pred := Extract(d.text)
				all.add(d.gold, pred, set.ignoreMISC)
				plo.add(slices.DeleteFunc(slices.Clone(d.gold), isMISC), slices.DeleteFunc(slices.Clone(pred), isMISC), false)
				for l := range 4 {
					ours[l].add(filter(d.gold, Label(l)), filter(pred, Label(l)), false)
				}
			}
			var base, oursCapped score
			if !testing.Short() {
				for _, d := range set.docs(proseSents) {
					base.add(d.gold, proseExtract(d.text), set.ignoreMISC)
					oursCapped.add(d.gold, Extract(d.text), set.ignoreMISC)
				}
			}
			fmt.Printf("%-15s ours F1 %.3f (PER/ORG/LOC %.3f, tp %d fp %d fn %d) PER %.3f ORG %.3f LOC %.3f MISC %.3f | first %d sentences or %d texts: ours %.3f prose %.3f\n",
				set.name, all.f1(), plo.f1(), all.tp, all.fp, all.fn, ours[PER].f1(), ours[ORG].f1(), ours[LOC].f1(), ours[MISC].f1(),
				proseSents, proseTexts, oursCapped.f1(), base.f1())
			assert.GreaterOrEqual(t, all.f1(), set.floor)
		})
	}
}

func isMISC(e Entity) bool { return e.Label == MISC }

func filter(es []Entity, l Label) []Entity {
	var out []Entity
	for _, e := range es {
		if e.Label == l {
			out = append(out, e)
		}
	}
	return out
}
