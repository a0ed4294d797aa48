package numbers

import (
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractCases checks the cases of testdata/cases, written by hand
// without the package: every phrase yields the one quantity described
// (kind, value, bounds, approximation, currency, date), or none.
func TestExtractCases(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for cols := range tableRows(string(b), 8) {
			n++
			in := cols[0]
			t.Run(filepath.Base(f)+"/"+in, func(t *testing.T) {
				q, ok := extractOne(t, in, cols[1])
				if !ok {
					return
				}
				assert.Equal(t, cols[1], q.Kind.String(), "kind")
				assertNumber(t, cols[2], q.Value, "value")
				assertNumber(t, cols[3], q.Low, "low")
				assertNumber(t, cols[4], q.High, "high")
				assert.Equal(t, cols[5], q.Approx.String(), "approx")
				assert.Equal(t, cols[6], q.CurrencyCode(), "currency")
				assert.Equal(t, cols[7], q.Date, "date")
			})
		}
	}
	assert.GreaterOrEqual(t, n, 750)
}

// assertNumber checks that got is the number written in want: a decimal
// (12.5), a fraction (1/3), or "" for none.
func assertNumber(t *testing.T, want string, got *Number, field string) {
	t.Helper()
	if want == "" {
		assert.Nil(t, got, field)
		return
	}
	if !assert.NotNil(t, got, field) {
		return
	}
	r, ok := new(big.Rat).SetString(want)
	require.True(t, ok, "%s: bad expected number %q", field, want)
	assert.Zero(t, r.Cmp(got.Rat()), "%s: want %s, got %s", field, want, got.String())
}
