package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGenerateMatchesEmbedded regenerates the gazetteer from the raw
// lexicons and checks that the embedded file is what the generator writes.
func TestGenerateMatchesEmbedded(t *testing.T) {
	const data = "../../../../shared/data/lexicons"
	if _, err := os.Stat(data); err != nil {
		t.Skip("raw lexicons not present beside the module:", err)
	}
	got, err := Generate(data, "cities.txt", "regions.txt")
	require.NoError(t, err)
	want, err := os.ReadFile("../../lexicon/data/gazetteer.txt")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}
