package numbers

import (
	"math/big"
	"strings"
)

// digitStatus is the outcome of parseDigits.
type digitStatus uint8

const (
	digitsOK digitStatus = iota
	digitsSyntax
	digitsRange
)

// groupSep returns the length of the thousands separator at the start of
// s, or 0: space, dot, apostrophe, no-break space, narrow no-break space,
// thin space or typographic apostrophe.
func groupSep(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case ' ', '.', '\'':
		return 1
	}
	switch {
	case strings.HasPrefix(s, "\u00a0"):
		return 2
	case strings.HasPrefix(s, "\u202f"), strings.HasPrefix(s, "\u2009"), strings.HasPrefix(s, "’"):
		return 3
	}
	return 0
}

func digitRun(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// parseDigits reads a whole string of digits in French notation: an
// optional sign (+, -, U+2212), thousands groups of three digits with one
// separator used throughout (700.000, 26 000, 1'000, 1 234 567), and a
// decimal comma (8,6) or, when there are no groups, a decimal point (1.5).
// It does not allocate unless the value exceeds 19 digits.
func parseDigits(s string) (Number, digitStatus) {
	i := 0
	neg := false
	switch {
	case strings.HasPrefix(s, "-"):
		neg, i = true, 1
	case strings.HasPrefix(s, "+"):
		i = 1
	case strings.HasPrefix(s, "−"):
		neg, i = true, len("−")
	}
	d0 := i
	j := digitRun(s, i)
	if j == i {
		return Number{}, digitsSyntax
	}
	// Spans of digits, collected without allocating: the integer part is
	// s[d0:end] with separators, the fraction s[f0:f1].
	grouped := false
	end := j
	if j-i <= 3 {
		sep := ""
		for {
			n := groupSep(s[end:])
			if n == 0 || sep != "" && s[end:end+n] != sep {
				break
			}
			k := digitRun(s, end+n)
			if k-(end+n) != 3 {
				break
			}
			sep = s[end : end+n]
			end = k
			grouped = true
		}
	}
	f0, f1 := end, end
	if end < len(s) && (s[end] == ',' || s[end] == '.' && !grouped) {
		f0 = end + 1
		f1 = digitRun(s, f0)
		if f1 == f0 {
			return Number{}, digitsSyntax
		}
	}
	if f1 != len(s) {
		return Number{}, digitsSyntax
	}
	// Accumulate.
	var mant uint64
	sig := 0
	over := false
	acc := func(c byte) {
		if sig == 0 && c == '0' {
			return
		}
		sig++
		if mant > (1<<64-1-9)/10 {
			over = true
			return
		}
		mant = mant*10 + uint64(c-'0')
	}
	for k := d0; k < end; k++ {
		if c := s[k]; '0' <= c && c <= '9' {
			acc(c)
		}
	}
	for k := f0; k < f1; k++ {
		acc(s[k])
	}
	if sig > MaxDigits || f1-f0 > MaxDigits {
		return Number{}, digitsRange
	}
	exp := int32(-(f1 - f0))
	if !over {
		return Number{mant: mant, exp: exp, neg: neg && mant != 0}.norm(), digitsOK
	}
	b := make([]byte, 0, f1-d0)
	for k := d0; k < f1; k++ {
		if c := s[k]; '0' <= c && c <= '9' {
			b = append(b, c)
		}
	}
	x, ok := new(big.Int).SetString(string(b), 10)
	if !ok {
		return Number{}, digitsSyntax
	}
	if neg {
		x.Neg(x)
	}
	r := new(big.Rat).SetInt(x)
	if exp < 0 {
		r.Quo(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-exp)), nil)))
	}
	return fromRat(r), digitsOK
}
