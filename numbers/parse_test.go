package numbers

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDigits(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"dot grouping", "700.000", "700000"},
		{"space grouping", "26 000", "26000"},
		{"nbsp grouping", "26\u00a0000", "26000"},
		{"narrow nbsp", "1\u202f234\u202f567,89", "1234567.89"},
		{"swiss apostrophe", "1'000", "1000"},
		{"typographic apostrophe", "1’000’000", "1000000"},
		{"comma decimal", "8,6", "8.6"},
		{"negative", "-3,5", "-3.5"},
		{"unicode minus", "−3,5", "-3.5"},
		{"plus sign", "+12", "12"},
		{"dot decimal", "1.5", "1.5"},
		{"dot four digits is decimal", "1.5000", "1.5"},
		{"plain", "2023", "2023"},
		{"zero", "0", "0"},
		{"leading zeros", "007", "7"},
		{"small decimal", "0,05", "0.05"},
		{"grouped decimal", "1.234.567,89", "1234567.89"},
		{"twenty digits", "123456789012345678901", "123456789012345678901"},
		{"twenty digits decimal", "12345678901234567890,5", "12345678901234567890.5"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Parse(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, n.String())
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"empty", "", ErrSyntax},
		{"letters", "abc", ErrSyntax},
		{"trailing comma", "12,", ErrSyntax},
		{"mixed separators", "1.234 567", ErrSyntax},
		{"bad group", "1 23", ErrSyntax},
		{"too many digits", string(make([]byte, 0)) + repeat('9', MaxDigits+1), ErrRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "%v", err)
			var pe *ParseError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, tc.in, pe.Input)
			assert.Equal(t, "Parse", pe.Func)
		})
	}
}

func repeat(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

func TestNumberMethods(t *testing.T) {
	n, err := Parse("8,6")
	require.NoError(t, err)
	assert.Equal(t, 8.6, n.Float64())
	_, ok := n.Int64()
	assert.False(t, ok)
	assert.Equal(t, "43/5", n.Rat().RatString())
	m := mul(n, Int(1_000_000))
	i, ok := m.Int64()
	assert.True(t, ok)
	assert.Equal(t, int64(8_600_000), i)
	b, err := m.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, "8600000", string(b))
	third := quo(Int(1), Int(3))
	assert.Equal(t, "1/3", third.String())
	b, err = third.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, "0.33333333333333333333", string(b))
	assert.Equal(t, "0.75", quo(Int(3), Int(4)).String())
}

func BenchmarkParseDigits(b *testing.B) {
	b.ReportAllocs()
	in := "1 234 567,89"
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Parse(in); err != nil {
			b.Fatal(err)
		}
	}
}
