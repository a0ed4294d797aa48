package boilerplate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixtureLines returns the non-blank lines of the sample and of the
// Wikinews articles.
func fixtureLines(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/wikinews/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	files = append(files, "../testdata/qakbot.txt")
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for l := range strings.SplitSeq(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// tricky are lines that exercise the slow paths: accents, ligatures,
// curly apostrophes, NBSP, invalid UTF-8, capitals, long words.
var tricky = []string{
	"ŒUVRES complètes d’Éloïse : l’œuvre À LIRE AUSSI",
	"Publié le 29/08/2023 à 18h33 · Mis à jour le 30 août",
	"« Abonnez-vous ! » dit-il. (AFP) Lire aussi : la suite…",
	"\xff\xfe invalide \xc3 \xe2\x80 l\xe2\x80\x99 fin",
	"anticonstitutionnellement PHOTOJOURNALISTE photojournalistes",
	"26\u00a0000 euros\u202f; Tous droits réservés © 2024",
	"a", "É", "Ð", "’", "x.", "...", "?!",
	// Lines of eight to sixteen bytes: the last words are read backwards.
	"Par Anne Dupont", "Le 12 mai 2024", "AFP / Reuters", "Lire aussi", "Ok, à lundi",
	"à la une", "Tu es là ?", "ab cd ef",
}

func TestScratchMatchesReference(t *testing.T) {
	for _, line := range append(fixtureLines(t), tricky...) {
		checkScratch(t, line)
	}
}

// FuzzScratch checks the fast paths of the per-token work (eight-byte
// loads, inline lookups, streamed sentence count) against the reference
// functions on any line.
func FuzzScratch(f *testing.F) {
	for _, line := range tricky {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.Contains(line, "\n") {
			return
		}
		checkScratch(t, line)
	})
}

// checkScratch adds the tokens of line to a scratch and compares its
// sentence count, rune count and word ids with [token.Split],
// [utf8.RuneCountInString] and the word folded by [textnorm.Key] looked up
// in the vocabulary.
func checkScratch(t *testing.T, line string) {
	t.Helper()
	r := compiled()
	s := new(scratch)
	s.begin()
	for tk := range token.All(line) {
		s.add(r, line, tk.Kind, tk.Start, tk.End)
	}
	f := measure(line, line, r, s)
	assert.Equal(t, len(token.Split(line)), f.sents, "sentences of %q", line)
	assert.Equal(t, utf8.RuneCountInString(line), f.chars, "runes of %q", line)
	for _, tk := range s.toks {
		w := line[tk.start:tk.end]
		want := int32(0)
		if looked[tk.kind] && len(w) <= 2*r.maxLen {
			want = r.words[textnorm.Key(w)]
		}
		assert.Equal(t, want, tk.id, "id of %q", w)
	}
}
