package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGenerateMatchesEmbedded retrains the model from the shared data and
// checks that it is byte for byte the embedded one.
func TestGenerateMatchesEmbedded(t *testing.T) {
	const data = "../../../../shared/data/ner"
	if _, err := os.Stat(data); err != nil {
		t.Skip("NER data not present beside the module:", err)
	}
	if testing.Short() {
		t.Skip("full training skipped in -short mode")
	}
	wiki, err := IDs("../../../entities/testdata/wikinews")
	require.NoError(t, err)
	news, err := ReadList("news.list")
	require.NoError(t, err)
	sets := []Set{
		{Ann: "../../../entities/testdata/wikinews", Texts: "../../../testdata/wikinews", IDs: wiki},
		{Ann: "../../../entities/testdata/news", Texts: "../../../testdata/news", IDs: news},
	}
	got, err := Generate(data, sets, 6, entities.TrainOptions{})
	require.NoError(t, err)
	want, err := os.ReadFile("../../model/data/ner.bin")
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "embedded model differs from a fresh training: run go generate ./internal/model")
}

func TestIsDev(t *testing.T) {
	tests := []struct {
		i   int
		dev bool
	}{{0, true}, {1, false}, {3, false}, {4, true}, {80, true}, {82, false}}
	for _, tc := range tests {
		assert.Equal(t, tc.dev, IsDev(tc.i), tc.i)
	}
}

func TestWikinews(t *testing.T) {
	dir := t.TempDir()
	txt, tsv := dir+"/1.txt", dir+"/1.tsv"
	require.NoError(t, os.WriteFile(txt, []byte("Le FBI et l'ONU à New York."), 0o644))
	require.NoError(t, os.WriteFile(tsv, []byte("3\t6\tORG\tFBI\n12\t15\tORG\tONU\n19\t27\tLOC\tNew York\n"), 0o644))
	var b bytes.Buffer
	require.NoError(t, Wikinews(&b, txt, tsv))
	assert.Equal(t, "-DOCSTART-\tO\n\nLe\tO\nFBI\tB-ORG\net\tO\nl'\tO\nONU\tB-ORG\nà\tO\nNew\tB-LOC\nYork\tI-LOC\n.\tO\n\n", b.String())
}
