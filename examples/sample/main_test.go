package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunSample(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run("../../testdata/qakbot.txt", &out))
	got := out.String()
	tests := []struct{ name, line string }{
		{"title", "Title:     Les Etats-Unis, la France démantèlent la plateforme cybercriminelle Qakbot\n"},
		{"published", "Published: 2023-08-29 18:33 +0200\n"},
		{"agency", "Agency:    Reuters\n"},
		{"blocks", "Blocks:    20, article 7\n"},
		{"doj quote", "département américain de la Justice    direct   déclarer  [523:800]\n"},
		{"floating quote", "Laure Beccuau                          direct             [1828:2011]\n"},
		{"person", "PER  Laure Beccuau                        [1177:1190] \n"},
		{"linked org", "ORG  département américain de la Justice  [818:855] Département de la Justice des États-Unis\n"},
		{"money", "money     8,6 millions de dollars                8600000 USD\n"},
		{"date", "date      26 août 2023                           2023-08-26 \n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Contains(t, got, tc.line)
		})
	}
	assert.Equal(t, 7, strings.Count(got, " direct ")+strings.Count(got, " indirect "), "quotations")
}
