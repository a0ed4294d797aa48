package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldQuote is one hand-annotated quotation of testdata/wikinews.
type goldQuote struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Verb    string `json:"verb"`
	Speaker string `json:"speaker"`
}

// overlap is the share of the longer span that two spans have in common.
func overlap(a0, a1, b0, b1 int) float64 {
	in := min(a1, b1) - max(a0, b0)
	if in <= 0 {
		return 0
	}
	return float64(in) / float64(max(a1-a0, b1-b0))
}

// sameSpeaker compares a resolved name with the gold speaker, loosely:
// folded, without determiners, one containing the other or sharing the
// last word.
func sameSpeaker(got, want string) bool {
	norm := func(s string) string {
		s = textnorm.Key(s)
		for _, d := range []string{"le ", "la ", "les ", "l'", "un ", "une "} {
			s = strings.TrimPrefix(s, d)
		}
		return strings.TrimSpace(s)
	}
	g, w := norm(got), norm(want)
	if g == "" || w == "" {
		return false
	}
	if strings.Contains(g, w) || strings.Contains(w, g) {
		return true
	}
	return lastWord(g) == lastWord(w)
}

type score struct{ gold, pred, tp, spk int }

func (s score) f1() float64 {
	if s.gold == 0 || s.pred == 0 {
		return 0
	}
	p, r := float64(s.tp)/float64(s.pred), float64(s.tp)/float64(s.gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// split is a fixed partition of the dev articles by their numeric id:
// TUNE (id % 4 != 0) is the one whose errors are studied; DEV (id % 4 ==
// 0) is only ever scored, never read error by error.
type split int

const (
	tuneSplit split = iota
	devSplit
)

func (s split) String() string { return [...]string{"TUNE", "DEV"}[s] }

// inSplit reports whether the gold file f belongs to split s.
func inSplit(f string, s split) bool {
	id, err := strconv.Atoi(strings.TrimSuffix(filepath.Base(f), ".json"))
	if err != nil {
		return false
	}
	return (id%4 == 0) == (s == devSplit)
}

// inNewsSplit reports whether the gold file f of testdata/news belongs to
// split s: TUNE is a001–a016, b001–b012 and the e, h, i, n, o, p, r, t,
// u, v, zm–zp, zr, zx, zy, ya, yb, ye, yf, yg, yi and yj series; DEV is
// b013–b025 and the f, g, j, k, q, w, x, y, zc, zd, ze, zg, zh, zq,
// zs–zw, zz, yc, yd, yh and yk–yo series, only ever scored.
func inNewsSplit(f string, s split) bool {
	id := strings.TrimSuffix(filepath.Base(f), ".json")
	series := strings.TrimRight(id, "0123456789")
	n, err := strconv.Atoi(id[len(series):])
	if series == "" || err != nil {
		return false
	}
	dev := series == "b" && n >= 13 || slices.Contains([]string{"f", "g", "j", "k", "q", "w", "x", "y", "zc", "zd", "ze", "zg", "zh", "zq", "zs", "zt", "zu", "zv", "zw", "zz", "yc", "yd", "yh", "yk", "yl", "ym", "yn", "yo"}, series)
	return dev == (s == devSplit)
}

// evalDir scores Extract on the hand-annotated articles of dir that belong
// to split s according to in.
func evalDir(t *testing.T, dir, goldDir string, s split, in func(string, split) bool) (score, []string) {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var sc score
	var misses []string
	for _, f := range files {
		if !in(f, s) {
			continue
		}
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		var gold []goldQuote
		require.NoError(t, json.Unmarshal(raw, &gold), f)
		txt, err := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(f), ".json")+".txt"))
		require.NoError(t, err)
		got := Extract(string(txt))
		sc.gold += len(gold)
		sc.pred += len(got)
		used := make([]bool, len(got))
		for _, g := range gold {
			best, bo := -1, 0.3
			for i, q := range got {
				if o := overlap(g.Start, g.End, q.Start, q.End); !used[i] && o >= bo {
					best, bo = i, o
				}
			}
			if best < 0 {
				misses = append(misses, "MISS "+filepath.Base(f)+" "+g.Text)
				continue
			}
			used[best] = true
			sc.tp++
			name := ""
			if got[best].Speaker != nil {
				name = got[best].Speaker.Name
			}
			if sameSpeaker(name, g.Speaker) {
				sc.spk++
			} else {
				misses = append(misses, "SPK "+filepath.Base(f)+" got "+name+" want "+g.Speaker)
			}
		}
		for i, q := range got {
			if !used[i] {
				misses = append(misses, "FP "+filepath.Base(f)+" "+q.Text)
			}
		}
	}
	return sc, misses
}

// TestAccuracyWikinews measures quotation F1 (overlap ≥ 0.3) and resolved
// speaker accuracy on the hand-annotated French Wikinews articles, split
// into TUNE (studied) and DEV (scored only). Set QUOTE_MISSES=1 with -v to
// list the TUNE errors.
func TestAccuracyWikinews(t *testing.T) {
	tests := []floor{
		// Measured: TUNE (129 gold quotations) F1 0.956, speaker 0.917;
		// DEV (64) F1 0.870, speaker 0.860. Before the split was studied:
		// TUNE 0.781 / 0.758, DEV 0.775 / 0.651.
		{tuneSplit, 0.93, 0.89},
		{devSplit, 0.84, 0.82},
	}
	checkAccuracy(t, "wikinews", inSplit, tests)
}

// TestAccuracyNews measures the same scores on the original news-style
// articles of testdata/news, written in many press styles, with a fixed
// split (see inNewsSplit): TUNE is studied, DEV only scored. Set
// QUOTE_MISSES=1 with -v to list the TUNE errors.
func TestAccuracyNews(t *testing.T) {
	tests := []floor{
		// Measured: TUNE (a, b001–b012, e, h, i, n, o, p, r, t, u, v,
		// zm–zp, zr, zx, zy, ya, yb, ye, yf, yg, yi and yj: 3,377 gold
		// quotations) F1 0.946, speaker 0.940; DEV (b013–b025, f, g, j, k,
		// q, w, x, y, zc, zd, ze, zg, zh, zq, zs–zw, zz, yc, yd, yh and
		// yk–yo: 3,549) F1 0.922, speaker 0.893.
		// The later series were annotated by hand after the rules were
		// written; the DEV ones were never studied (but one error line of
		// b019, shown by a comparison tool that took b013–b025 for TUNE).
		// First runs: f 0.866 / 0.887, j 0.912 / 0.828, g and k 0.918 /
		// 0.844, w and x 0.817 / 0.804, y, zc, zd and ze 0.879 / 0.889, q
		// (portraits) 0.897 / 0.718, zg 0.885 / 0.761; TUNE: i and t 0.886 /
		// 0.856, u and v 0.899 / 0.866, r (wire) 0.889 / 0.862, o (analyses
		// and interviews) 0.745 / 0.860, n and p 0.883 / 0.904, portraits
		// zm 0.933 / 0.667 and zo 0.958 / 0.739, many-voiced reportages zn
		// 0.946 / 0.754, analyses, interviews and press reviews zp 0.842 /
		// 0.764, portraits and reportages zr 0.966 / 0.801 (the code of
		// the start of that work: 0.966 / 0.718); DEV: a day's mix of a
		// news site zq 0.932 / 0.861 (start of that work: 0.881 / 0.831)
		// and zs 0.967 / 0.897 (0.932 / 0.882); zt, written while the last
		// changes were made and scored once after them, 0.929 / 0.892
		// (0.905 / 0.887); zu, scored once after them too, 0.932 / 0.821
		// (0.899 / 0.789); zv, scored once with the final code of that
		// stop, 0.940 / 0.885 (0.911 / 0.872); zw, scored once with the
		// final code of the next, 0.941 / 0.933 (0.915 / 0.876). The six
		// day samples together (920 quotations): 0.941 / 0.879 (0.907 /
		// 0.855). Long articles of 650–950 words with five or six voices
		// each, first runs: TUNE zx 0.941 / 0.913, zy 0.964 / 0.783, ya
		// 0.955 / 0.840, yb 0.973 / 0.889; DEV zz 0.938 / 0.857 (code of
		// the start of that stop: 0.938 / 0.829) and yc 0.951 / 0.849
		// (the same). Reactions, press conferences, hearings and live
		// reports with five to eight speakers, first runs: TUNE ye 0.982 /
		// 0.855, yf 0.922 / 0.661, yg (written after the rules for the
		// other two) 0.988 / 0.927 (code of the start of the stop: 0.988 /
		// 0.871); DEV yd 0.960 / 0.787 (0.965 / 0.780). Ordinary articles,
		// DEV yh 0.951 / 0.908 (0.951 / 0.920). Written at the end of that
		// stop and scored once: TUNE yi (justice) 0.968 / 0.911 (0.968 /
		// 0.878) and yj (economy) 0.989 / 0.926 (0.989 / 0.936); DEV yk (a
		// mix) 0.974 / 0.872 (0.974 / 0.862). Written during the next stop,
		// DEV, scored on arrival and never studied: yl (ordinary articles
		// of national and regional dailies) 0.908 / 0.885 (code of the
		// start of that stop: the same), ym (Belgian, Swiss, Québec and
		// African press, wire copy) 0.917 / 0.917 (0.917 / 0.909); yn (a
		// day of a general news site) 0.920 / 0.913 (0.920 / 0.891) and yo
		// (regional press and weeklies) 0.907 / 0.939 (the same), both
		// written while the last changes were made.
		{tuneSplit, 0.92, 0.92},
		{devSplit, 0.90, 0.87},
	}
	checkAccuracy(t, "news", inNewsSplit, tests)
}

// floor is the lowest F1 and speaker accuracy accepted on a split.
type floor struct {
	s          split
	f1, spkAcc float64
}

// checkAccuracy scores the articles of testdata/<set> against the gold of
// quote/testdata/<set> on each split and checks the floors.
func checkAccuracy(t *testing.T, set string, in func(string, split) bool, floors []floor) {
	for _, tc := range floors {
		t.Run(tc.s.String(), func(t *testing.T) {
			sc, misses := evalDir(t, "../testdata/"+set, "testdata/"+set, tc.s, in)
			acc := float64(sc.spk) / float64(max(sc.tp, 1))
			t.Logf("%s %s: gold %d, found %d, matched %d: P %.3f R %.3f F1 %.3f, speaker accuracy %.3f",
				set, tc.s, sc.gold, sc.pred, sc.tp, float64(sc.tp)/float64(max(sc.pred, 1)), float64(sc.tp)/float64(max(sc.gold, 1)), sc.f1(), acc)
			if tc.s == tuneSplit && testing.Verbose() && os.Getenv("QUOTE_MISSES") != "" {
				for _, m := range misses {
					t.Log(m)
				}
			}
			assert.GreaterOrEqual(t, sc.f1(), tc.f1)
			assert.GreaterOrEqual(t, acc, tc.spkAcc)
		})
	}
}

func filepathGlob(p string) ([]string, error) { return filepath.Glob(p) }
