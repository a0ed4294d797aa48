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
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"sample", "", []string{
			`vague:  "des centaines de millions de dollars"   USD [100000000, 1000000000]`,
			`amount: "8,6 millions de dollars"                USD 8600000`,
			"total USD: $US 8\u00a0600\u00a0000,00",
		}},
		{"two currencies", "Le club a payé 12 millions d'euros, puis 3,5 M€ et 200 000 francs suisses.", []string{
			`amount: "12 millions d'euros"                    EUR 12000000`,
			`amount: "3,5 M€"                                 EUR 3500000`,
			`amount: "200 000 francs suisses"                 CHF 200000`,
			"total CHF: CHF 200\u00a0000,00",
			"total EUR: € 15\u00a0500\u00a0000,00",
		}},
		{"no money", "Quatre personnes ont été blessées.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := "../../testdata/qakbot.txt"
			if tc.text != "" {
				path = filepath.Join(dir, tc.name+".txt")
				require.NoError(t, os.WriteFile(path, []byte(tc.text), 0o644))
			}
			var out strings.Builder
			require.NoError(t, run(path, &out))
			got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if tc.want == nil {
				assert.Equal(t, "", out.String())
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestRunMissingFile(t *testing.T) {
	var out strings.Builder
	assert.Error(t, run(filepath.Join(t.TempDir(), "absent.txt"), &out))
}
