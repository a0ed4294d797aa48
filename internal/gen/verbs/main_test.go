package main

import (
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGenerateMatchesEmbedded regenerates the list from the raw lexicons and
// checks that the embedded file is what the generator writes.
func TestGenerateMatchesEmbedded(t *testing.T) {
	const data = "../../../../shared/data/lexicons"
	if _, err := os.Stat(data); err != nil {
		t.Skip("raw lexicons not present beside the module:", err)
	}
	got, err := Generate(data)
	require.NoError(t, err)
	want, err := os.ReadFile("../../lexicon/data/verbs.txt")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

func TestConjugate(t *testing.T) {
	tests := []struct {
		name, lemma string
		want        []string
	}{
		{"regular", "déclarer", []string{"déclare", "déclarent", "déclara", "déclarèrent", "déclaré", "déclarera", "déclarait", "déclarant"}},
		{"cédille", "annoncer", []string{"annonçait", "annonça", "annonce", "annonçant"}},
		{"soft g", "juger", []string{"jugeait", "jugea", "juge", "jugent"}},
		{"é to è", "considérer", []string{"considère", "considèrent", "considérait"}},
		{"double l", "appeler", []string{"appelle", "appellent", "appelait", "appellera"}},
		{"e to è", "marteler", []string{"martèle", "martèlent", "martelait"}},
		{"y to i", "appuyer", []string{"appuie", "appuient", "appuyait"}},
		{"gu stem", "alléguer", []string{"allègue", "alléguait"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := conjugate(tc.lemma)
			for _, f := range tc.want {
				assert.True(t, slices.Contains(got, f), "%s lacks %s", tc.lemma, f)
			}
		})
	}
}

func TestIrregularLemma(t *testing.T) {
	tests := []struct{ form, want string }{
		{"dit", "dire"}, {"disait", "dire"}, {"dirent", "dire"}, {"écrivait", "écrire"},
		{"reconnaît", "reconnaître"}, {"admis", "admettre"}, {"soutient", "soutenir"},
		{"prévient", "prévenir"}, {"répondit", "répondre"}, {"poursuivit", "poursuivre"},
		{"conclut", "conclure"}, {"prévoit", "prévoir"}, {"abcd", ""},
	}
	for _, tc := range tests {
		t.Run(tc.form, func(t *testing.T) {
			assert.Equal(t, tc.want, irregularLemma(tc.form))
		})
	}
}

// TestGeneratedForms checks forms that the source list lacks and the
// generator adds: participles of irregular verbs, every form of the first
// group, and added news verbs.
func TestGeneratedForms(t *testing.T) {
	const data = "../../../../shared/data/lexicons"
	if _, err := os.Stat(data); err != nil {
		t.Skip("raw lexicons not present beside the module:", err)
	}
	got, err := Generate(data)
	require.NoError(t, err)
	tests := []struct{ form, lemma string }{
		{"promis", "promettre"}, {"promise", "promettre"}, {"appelé", "appeler"},
		{"maintient", "maintenir"}, {"certifie", "certifier"}, {"souvient", "souvenir"},
		{"rétorqué", "rétorquer"},
	}
	for _, tc := range tests {
		t.Run(tc.form, func(t *testing.T) {
			assert.Contains(t, string(got), "\n"+tc.form+"\t"+tc.lemma+"\n")
		})
	}
}
