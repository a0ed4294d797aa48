package entities

import (
	"math/bits"
	"math/rand/v2"
	"os"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refInfos computes the token information of every sentence of d the
// way training does (infos), as the reference for the cached path.
func refInfos(d *token.Doc) [][]tokInfo {
	keys := make([]string, len(d.Tokens))
	lower := map[string]bool{}
	for i, tk := range d.Tokens {
		keys[i] = textnorm.Key(tk.Text)
		if r, _ := utf8.DecodeRuneInString(tk.Text); tk.Kind == token.Word && unicode.IsUpper(r) {
			lower[keys[i]] = false
		}
	}
	for i, tk := range d.Tokens {
		if r, _ := utf8.DecodeRuneInString(tk.Text); tk.Kind == token.Word && unicode.IsLower(r) {
			if _, ok := lower[keys[i]]; ok {
				lower[keys[i]] = true
			}
		}
	}
	var out [][]tokInfo
	ti := 0
	for _, sn := range d.Sentences {
		for ti < len(d.Tokens) && d.Tokens[ti].Start < sn.Tokens[0].Start {
			ti++
		}
		var words []string
		for _, tk := range sn.Tokens {
			words = append(words, tk.Text)
		}
		out = append(out, infos(words, keys[ti:ti+len(words)], nil, lower))
	}
	return out
}

// TestInfosDoc checks that the per-document word cache of ExtractDoc gives
// the same token information as infos, used in training.
func TestInfosDoc(t *testing.T) {
	sample, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	tests := []struct {
		name string
		text string
	}{
		{"sample", string(sample)},
		{"case", "Le Monde et le monde. LE MONDE, Monde, monde ! M. Paris à Paris-Saclay, PARIS."},
		{"accents", "Émile Zola, émile, Élysée et l’Élysée ; ÉTATS-UNIS, États-Unis, Etats-Unis."},
		{"spaces", "Laure\u00a0Beccuau\u202fa dit : « Oui ». Nations unies (ONU), Nations Unies."},
		{"invalid", "Jean \xff Dupont \xfe\xfe dupont. Œuvre œuvre."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := token.Parse(tc.text)
			want := refInfos(d)
			var w docWords
			w.reset()
			ids := make([]int32, len(d.Tokens))
			keys := make([]string, len(d.Tokens))
			for i, tk := range d.Tokens {
				ids[i] = w.add(tk)
				keys[i] = w.keys[ids[i]]
			}
			w.finish()
			require.Len(t, want, len(d.Sentences))
			ti := 0
			for k, sn := range d.Sentences {
				for ti < len(d.Tokens) && d.Tokens[ti].Start < sn.Tokens[0].Start {
					ti++
				}
				var words []string
				for _, tk := range sn.Tokens {
					words = append(words, tk.Text)
				}
				n := len(words)
				got := infosDoc(&w, ids[ti:ti+n], keys[ti:ti+n], words, nil)
				assert.Equal(t, want[k], got, "sentence %d: %s", k, sn.Text)
			}
		})
	}
}

// TestSplitFeatures checks that the groups of wordFeatures and
// pairFeatures are the features of every token, and that the cached
// emissions of ExtractDoc are the scores of features.
func TestSplitFeatures(t *testing.T) {
	sample, err := os.ReadFile("../testdata/qakbot.txt")
	require.NoError(t, err)
	m := DefaultModel()
	tests := []struct {
		name string
		text string
	}{
		{"sample", string(sample)},
		{"short", "Paris. Le Monde. A B C D E F, G H (I) J."},
		{"one", "France"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := token.Parse(tc.text)
			var s scratch
			s.words.reset()
			ids := make([]int32, len(d.Tokens))
			keys := make([]string, len(d.Tokens))
			for i, tk := range d.Tokens {
				ids[i] = s.words.add(tk)
				keys[i] = s.words.keys[ids[i]]
			}
			s.words.finish()
			s.wscores = make([]wordScore, len(s.words.tmpl))
			ti := 0
			for _, sn := range d.Sentences {
				for ti < len(d.Tokens) && d.Tokens[ti].Start < sn.Tokens[0].Start {
					ti++
				}
				var words []string
				for _, tk := range sn.Tokens {
					words = append(words, tk.Text)
				}
				n := len(words)
				s.infos = infosDoc(&s.words, ids[ti:ti+n], keys[ti:ti+n], words, nil)
				s.sent = ids[ti : ti+n]
				m.emissions(&s)
				for i := range n {
					want := features(s.infos, i, m.bits, nil)
					var got []uint32
					for g := range nGroups {
						j := i + groupOffset[g]
						var ti *tokInfo
						if j >= 0 && j < n {
							ti = &s.infos[j]
						}
						got = wordFeatures(g, ti, m.bits, got)
					}
					got = pairFeatures(s.infos, i, m.bits, got)
					assert.ElementsMatch(t, want, got, "token %q", words[i])
					if e := s.emit[i*nTags : i*nTags+nTags]; e[1] != forbidden {
						var sc [nTags]int32
						m.score(&sc, want)
						assert.Equal(t, sc[:], e, "token %q", words[i])
					}
				}
			}
		})
	}
}

// TestScore checks the lane sums of score against a plain sum of the
// weight rows, with extreme weights and the largest number of features.
func TestScore(t *testing.T) {
	const rows = 1 << 12
	w := make([]byte, rows*nTags)
	rng := rand.New(rand.NewPCG(1, 2))
	for r := range rows {
		switch r % 5 {
		case 0: // a zero row, not stored
		case 1:
			for k := range nTags {
				w[r*nTags+k] = 0x80 // -128
			}
		case 2:
			for k := range nTags {
				w[r*nTags+k] = 0x7f // 127
			}
		default:
			for k := range nTags {
				w[r*nTags+k] = byte(rng.IntN(256))
			}
		}
	}
	m := &Model{bits: 12}
	m.setWeights(w)
	tests := []struct {
		name  string
		feats []uint32
	}{
		{"none", nil},
		{"zero rows", []uint32{0, 5, 10}},
		{"all -128", []uint32{1, 6, 11, 16, 21, 26, 31, 36, 41, 46, 51, 56, 61, 66, 71, 76, 81, 86, 91, 96, 101, 106, 111, 116, 121, 126, 131, 136, 141}},
		{"all 127", []uint32{2, 7, 12, 17, 22, 27, 32, 37, 42, 47, 52, 57, 62, 67, 72, 77, 82, 87, 92, 97, 102, 107, 112, 117, 122, 127, 132, 137, 142}},
		{"mixed", []uint32{3, 4, 8, 9, 13, 14, 4095, 4094, 4093, 2048, 1, 2}},
	}
	for i := range 20 {
		f := make([]uint32, maxFeatures)
		for j := range f {
			f[j] = uint32(rng.IntN(rows))
		}
		tests = append(tests, struct {
			name  string
			feats []uint32
		}{"random" + string(rune('a'+i)), f})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want [nTags]int32
			for _, f := range tc.feats {
				if m.nz[f/64]&(1<<(f%64)) == 0 {
					continue
				}
				r := int(m.rank[f/64]) + bits.OnesCount64(m.nz[f/64]&(1<<(f%64)-1))
				for k := range nTags {
					want[k] += int32(int8(m.w[r*nTags+k]))
				}
			}
			var got [nTags]int32
			m.score(&got, tc.feats)
			assert.Equal(t, want, got)
		})
	}
	// Hand-computed: 29 rows of -128 and 29 rows of 127.
	var got [nTags]int32
	m.score(&got, tests[2].feats)
	assert.Equal(t, int32(-128*29), got[0])
	m.score(&got, tests[3].feats)
	assert.Equal(t, int32(127*29), got[8])
}

// TestMergeByStart checks the merge against hand-sorted starts, with the
// fallback to sorting when starts repeat or are out of order.
func TestMergeByStart(t *testing.T) {
	ents := func(starts ...int) []Entity {
		out := make([]Entity, len(starts))
		for i, s := range starts {
			out[i] = Entity{Start: s, End: s + 1}
		}
		return out
	}
	starts := func(es []Entity) []int {
		out := []int{}
		for _, e := range es {
			out = append(out, e.Start)
		}
		return out
	}
	tests := []struct {
		name string
		a, b []Entity
		want []int
	}{
		{"empty b", ents(1, 5), nil, []int{1, 5}},
		{"empty a", nil, ents(2, 3), []int{2, 3}},
		{"interleaved", ents(1, 5, 9), ents(3, 7, 11), []int{1, 3, 5, 7, 9, 11}},
		{"b first", ents(10, 20), ents(1, 2), []int{1, 2, 10, 20}},
		{"same start", ents(1, 5), ents(5, 8), []int{1, 5, 5, 8}},
		{"unsorted a", ents(5, 1), ents(3), []int{1, 3, 5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, starts(mergeByStart(tc.a, tc.b)))
		})
	}
	es := ents(4, 2, 9, 1)
	sortByStart(es)
	assert.Equal(t, []int{1, 2, 4, 9}, starts(es))
}

// TestBestPrev checks the unrolled maximum: the first best index wins,
// and nothing above neg gives neg and 0.
func TestBestPrev(t *testing.T) {
	tests := []struct {
		name      string
		prev, col [nTags]int32
		best      int32
		arg       int
	}{
		{"zeros", [nTags]int32{}, [nTags]int32{}, 0, 0},
		{"last", [nTags]int32{1, 2, 3, 4, 5, 6, 7, 8, 9}, [nTags]int32{}, 9, 8},
		{"tie", [nTags]int32{0, 5, 0, 0, 5, 0, 0, 0, 0}, [nTags]int32{0, 0, 0, 0, 0, 0, 0, 0, 0}, 5, 1},
		{"sum", [nTags]int32{10, 0, 0, 0, 0, 0, 0, 0, 0}, [nTags]int32{-20, 0, 0, 0, 0, 0, 0, 3, 0}, 3, 7},
		{"all impossible", [nTags]int32{neg, neg, neg, neg, neg, neg, neg, neg, neg}, [nTags]int32{-1, -1, -1, -1, -1, -1, -1, -1, -1}, neg, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			best, arg := bestPrev(&tc.prev, &tc.col)
			assert.Equal(t, tc.best, best)
			assert.Equal(t, tc.arg, arg)
		})
	}
}
