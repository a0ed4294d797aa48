package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	articles := map[string]string{
		"a.txt": "Grève à la SNCF\n\n« Nous irons jusqu'au bout », a déclaré Sophie Binet. « Le gouvernement doit reculer », a-t-elle ajouté.\n",
		"b.txt": "Budget\n\n« Le déficit sera tenu », a assuré Bruno Le Maire.\n\nSelon Sophie Binet, le budget est injuste.\n",
	}
	for name, text := range articles {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	var out strings.Builder
	require.NoError(t, run(dir, &out))
	want := "2 articles, 4 quotations, 2 speakers\n" +
		"  3  F  Sophie Binet\n" +
		"  1  M  Bruno Le Maire\n" +
		"women among quoted people of known gender: 1 of 2 (50 %)\n"
	assert.Equal(t, want, out.String())
}

func TestRunEmptyDir(t *testing.T) {
	var out strings.Builder
	assert.Error(t, run(t.TempDir(), &out))
}
