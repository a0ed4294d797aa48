package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGenerateMatchesEmbedded regenerates both tables and checks that the
// embedded files are what the generator writes.
func TestGenerateMatchesEmbedded(t *testing.T) {
	want, err := os.ReadFile("../../lexicon/data/roles.txt")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(Roles()))
	const data = "../../../../shared/data/lexicons"
	if _, err := os.Stat(data); err != nil {
		t.Skip("raw lexicons not present beside the module:", err)
	}
	got, err := FirstNames(data)
	require.NoError(t, err)
	want, err = os.ReadFile("../../lexicon/data/roles_firstnames.txt")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

func TestPlural(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ministre", "ministres"}, {"général", "généraux"}, {"fils", "fils"}, {"lieu", "lieux"},
		{"petite-fille", "petites-filles"}, {"petit-fils", "petits-fils"}, {"beau-père", "beaux-pères"}, {"belle-sœur", "belles-sœurs"},
	} {
		t.Run(tc.in, func(t *testing.T) { assert.Equal(t, tc.want, plural(tc.in)) })
	}
}
