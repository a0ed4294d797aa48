package entities

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// TrainOptions tunes [Train]. The zero value gives the settings of the
// embedded model.
type TrainOptions struct {
	// Epochs is the number of passes over the data; 0 means 8.
	Epochs int
	// Bits is the log2 of the number of hashed feature rows; 0 means 18
	// (a model file of 2.4 MB).
	Bits int
	// Seed seeds the shuffling of the sentences between epochs. Six
	// perceptrons, shuffled from Seed to Seed+5, are averaged.
	Seed uint64
}

// sentence is one training sentence: words and their BIO tags.
type sentence struct {
	words []string
	tags  []int
	doc   int // index of the document (-DOCSTART-) in the input
}

// Train trains a model on CoNLL-style data: one token per line, "TOKEN<TAB>TAG"
// with IOB2 tags over PER, ORG, LOC and MISC, a blank line between
// sentences, "-DOCSTART-" lines ignored. Tokens are normalised like the
// run-time tokenizer sees them: split elisions ("d ' Allemagne" and
// "l'Allemagne" become "d'" "Allemagne"), OCR line-end hyphenation is
// joined ("Shakes¬ peare"), and leading titles (M., Mme, professeur) are
// taken out of PER spans. A document (between "-DOCSTART-" lines) without
// any MISC is taken as not annotating MISC. Training is deterministic: the
// same data and options give the same model, byte for byte.
func Train(r io.Reader, opts TrainOptions) (*Model, error) {
	sents, err := readCoNLL(r)
	if err != nil {
		return nil, err
	}
	return train(sents, opts), nil
}

// readCoNLL reads and normalises CoNLL sentences.
func readCoNLL(r io.Reader) ([]sentence, error) {
	var out []sentence
	var cur sentence
	doc := 0
	flush := func() {
		if len(cur.words) > 0 {
			s := normalise(cur)
			s.doc = doc
			out = append(out, s)
		}
		cur = sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		i := strings.LastIndexAny(l, "\t ")
		if i < 0 {
			return nil, fmt.Errorf("entities: CoNLL line %d: no tag", line)
		}
		w, tg := l[:i], l[i+1:]
		if w == "-DOCSTART-" {
			flush()
			doc++
			continue
		}
		t, err := parseTag(tg)
		if err != nil {
			return nil, fmt.Errorf("entities: CoNLL line %d: %w", line, err)
		}
		cur.words = append(cur.words, strings.ReplaceAll(w, "_", " "))
		cur.tags = append(cur.tags, t)
	}
	flush()
	return out, sc.Err()
}

func parseTag(s string) (int, error) {
	if s == "O" {
		return tagO, nil
	}
	if len(s) < 3 || s[1] != '-' {
		return 0, fmt.Errorf("bad tag %q", s)
	}
	var l Label
	switch s[2:] {
	case "PER":
		l = PER
	case "ORG":
		l = ORG
	case "LOC":
		l = LOC
	case "MISC":
		l = MISC
	default:
		return 0, fmt.Errorf("bad tag %q", s)
	}
	switch s[0] {
	case 'B':
		return tagB(l), nil
	case 'I':
		return tagI(l), nil
	}
	return 0, fmt.Errorf("bad tag %q", s)
}

var titleWords = map[string]bool{"m.": true, "m": true, "mm.": true, "mm": true, "mme": true, "mmes": true,
	"mlle": true, "mlles": true, "mgr": true, "veuve": true, "femme": true, "honorable": true, "sieur": true, "dame": true, "dr": true, "me": true, "monsieur": true, "madame": true, "mademoiselle": true}

// normalise retokenises a CoNLL sentence the way token.Parse splits text
// and takes titles out of PER spans.
func normalise(s sentence) sentence { return normaliseTitles(s, false) }

// normaliseTitles is normalise; keepTitles leaves the titles in PER spans
// as the source annotates them (for measuring against the original gold).
func normaliseTitles(s sentence, keepTitles bool) sentence {
	s = joinHyphenation(s)
	var out sentence
	n := len(s.words)
	for i := 0; i < n; i++ {
		w, t := s.words[i], s.tags[i]
		// "d" "'" "Allemagne" (NewsEye) → "d'" "Allemagne".
		if i+2 < n && (s.words[i+1] == "'" || s.words[i+1] == "’") && isElisionStem(w) {
			out.words = append(out.words, w+s.words[i+1])
			out.tags = append(out.tags, tagO)
			nt := s.tags[i+2]
			if t != tagO && tagIsB(t) {
				nt = t // the entity started on the article
			}
			out.words = append(out.words, s.words[i+2])
			out.tags = append(out.tags, nt)
			i += 2
			continue
		}
		// "l'Allemagne" → "l'" "Allemagne".
		if toks := token.Tokenize(w); len(toks) == 2 && toks[0].Kind == token.Elision && toks[1].Start == toks[0].End {
			out.words = append(out.words, toks[0].Text, toks[1].Text)
			nt := t
			if tagIsI(t) && i > 0 && s.tags[i-1] == tagO {
				nt = tagB(tagLabel(t))
			}
			out.tags = append(out.tags, tagO, nt)
			continue
		}
		out.words = append(out.words, w)
		out.tags = append(out.tags, t)
	}
	// Take titles out of PER spans: "M" "." "Chéron" → O O B-PER.
	for i := 0; i < len(out.words) && !keepTitles; i++ {
		if out.tags[i] != tagB(PER) {
			continue
		}
		j := i
		for j < len(out.words) && (out.tags[j] == tagB(PER) && j == i || out.tags[j] == tagI(PER)) {
			k := textnorm.Key(out.words[j])
			if titleWords[k] || cueWords[k] == cueTitle || (k == "." && j > i) {
				j++
				continue
			}
			break
		}
		if j > i && j < len(out.words) && out.tags[j] == tagI(PER) {
			for k := i; k < j; k++ {
				out.tags[k] = tagO
			}
			out.tags[j] = tagB(PER)
		}
	}
	// Glue a "M" "." pair into "M." as the tokenizer gives it.
	for i := 0; i+1 < len(out.words); i++ {
		if out.words[i+1] == "." && titleWords[textnorm.Key(out.words[i])+"."] && (out.tags[i] == tagO && out.tags[i+1] == tagO || keepTitles && tagIsB(out.tags[i]) && out.tags[i+1] == out.tags[i]+1) {
			out.words[i] += "."
			out.words = append(out.words[:i+1], out.words[i+2:]...)
			out.tags = append(out.tags[:i+1], out.tags[i+2:]...)
		}
	}
	return out
}

// joinHyphenation joins the words that OCR split at a line end with "¬"
// ("Shakes¬" "peare" → "Shakespeare"), keeping the tag of the first part.
func joinHyphenation(s sentence) sentence {
	if !slices.ContainsFunc(s.words, func(w string) bool { return strings.HasSuffix(w, "¬") }) {
		return s
	}
	var out sentence
	out.doc = s.doc
	for i := 0; i < len(s.words); i++ {
		w, t := s.words[i], s.tags[i]
		for strings.HasSuffix(w, "¬") && i+1 < len(s.words) {
			i++
			w = strings.TrimSuffix(w, "¬") + s.words[i]
		}
		out.words = append(out.words, w)
		out.tags = append(out.tags, t)
	}
	return out
}

func isElisionStem(w string) bool {
	switch textnorm.Key(w) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu":
		return true
	}
	return false
}

// prepared is a training sentence with its features computed.
type prepared struct {
	feats  [][]uint32
	gold   []int
	noMISC bool // the document has no MISC: a MISC guess is not an error
}

// train runs the averaged perceptron. Weights are integers, so training is
// exact and deterministic on every platform.
func train(sents []sentence, opts TrainOptions) *Model {
	epochs := opts.Epochs
	if epochs <= 0 {
		epochs = 8
	}
	bits := uint(opts.Bits)
	if bits == 0 {
		bits = 18
	}
	rows := 1 << bits

	// Precompute the features of every token once.
	data := make([]prepared, len(sents))
	var s scratch
	lower := map[int]map[string]bool{}
	for _, sn := range sents {
		if lower[sn.doc] == nil {
			lower[sn.doc] = map[string]bool{}
		}
		for _, w := range sn.words {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) {
				lower[sn.doc][textnorm.Key(w)] = true
			}
		}
	}
	// Documents without any MISC (all of Europeana, which does not
	// annotate them) are partially labelled: a MISC guess there is not
	// counted as an error.
	misc := map[int]bool{}
	for _, sn := range sents {
		for _, t := range sn.tags {
			if t != tagO && tagLabel(t) == MISC {
				misc[sn.doc] = true
			}
		}
	}
	var keys []string
	for k, sn := range sents {
		keys = keys[:0]
		for _, w := range sn.words {
			keys = append(keys, textnorm.Key(w))
		}
		s.infos = infos(sn.words, keys, s.infos, lower[sn.doc])
		p := prepared{gold: sn.tags, feats: make([][]uint32, len(sn.words)), noMISC: !misc[sn.doc]}
		for i := range sn.words {
			p.feats[i] = features(s.infos, i, bits, nil)
		}
		data[k] = p
	}
	// An ensemble of perceptrons, one per shuffling seed, averaged: less
	// variance than one run.
	avg := make([]float64, rows*nTags)
	var tavg [nTags + 1][nTags]float64
	for e := range ensemble {
		perceptron(data, rows, epochs, opts.Seed+uint64(e), avg, &tavg)
	}
	maxAbs := 0.0
	for i := range avg {
		avg[i] /= ensemble
		maxAbs = max(maxAbs, math.Abs(avg[i]))
	}
	for p := range tavg {
		for t := range tavg[p] {
			tavg[p][t] /= ensemble
			maxAbs = max(maxAbs, math.Abs(tavg[p][t]))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 127 / maxAbs
	}
	m := &Model{bits: bits}
	q := make([]byte, len(avg))
	for i, v := range avg {
		q[i] = byte(int8(math.Round(v * scale)))
	}
	m.setWeights(q)
	for p := range tavg {
		for t := range tavg[p] {
			m.trans[p][t] = int32(int16(math.Round(tavg[p][t] * scale)))
		}
	}
	return m
}

// ensemble is the number of perceptrons averaged by train.
const ensemble = 6

// perceptron trains one averaged perceptron with the given shuffling seed
// and adds its weights to avg and tavg.
func perceptron(data []prepared, rows, epochs int, seed uint64, avg []float64, tavg *[nTags + 1][nTags]float64) {
	w := make([]int32, rows*nTags)
	u := make([]int64, rows*nTags) // sum of c×update, for averaging
	var tw [nTags + 1][nTags]int32
	var tu [nTags + 1][nTags]int64
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x6465706563686521))
	c := int64(1)
	var emit []int32
	var back []uint8
	var tags []int
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			p := &data[k]
			n := len(p.gold)
			emit = grow(emit, n*nTags)
			for i := range n {
				e := emit[i*nTags : i*nTags+nTags]
				clear(e)
				for _, f := range p.feats[i] {
					row := w[int(f)*nTags : int(f)*nTags+nTags]
					for t, v := range row {
						e[t] += v
					}
				}
			}
			back, tags = viterbi(emit, &tw, n, back, tags)
			prevG, prevP := nTags, nTags
			for i := range n {
				g, pr := p.gold[i], tags[i]
				if p.noMISC && g == tagO && pr != tagO && tagLabel(pr) == MISC {
					g = pr
				}
				if g != pr {
					for _, f := range p.feats[i] {
						w[int(f)*nTags+g]++
						u[int(f)*nTags+g] += c
						w[int(f)*nTags+pr]--
						u[int(f)*nTags+pr] -= c
					}
				}
				if g != pr || prevG != prevP {
					tw[prevG][g]++
					tu[prevG][g] += c
					tw[prevP][pr]--
					tu[prevP][pr] -= c
				}
				prevG, prevP = g, pr
			}
			c++
		}
	}
	// Add the averaged weights (w - u/c) to avg and tavg.
	for i := range w {
		avg[i] += float64(w[i]) - float64(u[i])/float64(c)
	}
	for p := range tw {
		for t := range tw[p] {
			tavg[p][t] += float64(tw[p][t]) - float64(tu[p][t])/float64(c)
		}
	}
}
