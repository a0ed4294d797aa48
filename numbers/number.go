package numbers

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// MaxDigits is the largest number of significant digits that [Parse] and
// [Extract] read in one number; longer digit strings are an [ErrRange] for
// Parse and are skipped by Extract. It keeps every operation linear.
const MaxDigits = 400

// maxExp bounds the decimal exponent of a Number.
const maxExp = 1_000_000

// Number is an exact decimal or rational value. Decimal values (the common
// case: 700000, 8.6e6, -3.5, 12.5) are held as an unsigned 64-bit mantissa
// and a power of ten, without allocation; larger values and fractions with
// no finite decimal expansion (1/3) are held as a *big.Rat. The zero value
// is 0. A Number is immutable and safe for concurrent use.
type Number struct {
	mant uint64
	exp  int32
	neg  bool
	r    *big.Rat // when non-nil, the value (mant, exp and neg are unused)
}

var pow10 = func() (t [20]uint64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// Int returns the Number equal to i.
func Int(i int64) Number {
	if i < 0 {
		return Number{mant: uint64(-i), neg: true}
	}
	return Number{mant: uint64(i)}
}

// Decimal returns the Number mant×10^exp, negated when neg is true.
func Decimal(mant uint64, exp int32, neg bool) Number {
	return Number{mant: mant, exp: exp, neg: neg && mant != 0}.norm()
}

// FromRat returns the Number equal to r (which it copies); the result is
// decimal when r has a finite decimal expansion that fits.
func FromRat(r *big.Rat) Number { return fromRat(new(big.Rat).Set(r)) }

// norm strips trailing zeros of the mantissa into the exponent.
func (n Number) norm() Number {
	if n.r != nil {
		return n
	}
	if n.mant == 0 {
		return Number{}
	}
	for n.mant%10 == 0 && n.exp < maxExp {
		n.mant /= 10
		n.exp++
	}
	return n
}

// decimalPlaces returns the number of decimal places of a rational with
// denominator den, and false when its expansion does not terminate.
func decimalPlaces(den *big.Int) (int, bool) {
	a := int(den.TrailingZeroBits())
	d := new(big.Int).Rsh(den, uint(a))
	five := big.NewInt(5)
	q, m := new(big.Int), new(big.Int)
	b := 0
	for d.Cmp(big.NewInt(1)) > 0 {
		q.QuoRem(d, five, m)
		if m.Sign() != 0 {
			return 0, false
		}
		d.Set(q)
		b++
	}
	return max(a, b), true
}

// fromRat takes ownership of r.
func fromRat(r *big.Rat) Number {
	if r.Sign() == 0 {
		return Number{}
	}
	den := r.Denom()
	k, ok := decimalPlaces(den)
	if !ok || k > maxExp {
		return Number{r: r}
	}
	// value = num × (10^k / den) × 10^-k
	f := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	f.Quo(f, den)
	num := new(big.Int).Mul(r.Num(), f)
	neg := num.Sign() < 0
	num.Abs(num)
	if num.IsUint64() {
		return Number{mant: num.Uint64(), exp: int32(-k), neg: neg}.norm()
	}
	return Number{r: r}
}

// Rat returns the value of n as a new *big.Rat.
func (n Number) Rat() *big.Rat {
	if n.r != nil {
		return new(big.Rat).Set(n.r)
	}
	x := new(big.Int).SetUint64(n.mant)
	if n.neg {
		x.Neg(x)
	}
	switch {
	case n.exp > 0:
		x.Mul(x, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.exp)), nil))
		return new(big.Rat).SetInt(x)
	case n.exp < 0:
		d := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n.exp)), nil)
		return new(big.Rat).SetFrac(x, d)
	}
	return new(big.Rat).SetInt(x)
}

// IsZero reports whether n is 0.
func (n Number) IsZero() bool {
	if n.r != nil {
		return n.r.Sign() == 0
	}
	return n.mant == 0
}

// Sign returns -1, 0 or +1.
func (n Number) Sign() int {
	if n.r != nil {
		return n.r.Sign()
	}
	switch {
	case n.mant == 0:
		return 0
	case n.neg:
		return -1
	}
	return 1
}

// Cmp compares n and m and returns -1, 0 or +1.
func (n Number) Cmp(m Number) int {
	if n.r == nil && m.r == nil && n.exp == m.exp && n.neg == m.neg && !n.neg {
		switch {
		case n.mant < m.mant:
			return -1
		case n.mant > m.mant:
			return 1
		}
		return 0
	}
	return n.Rat().Cmp(m.Rat())
}

// Float64 returns the float64 nearest to n.
func (n Number) Float64() float64 {
	if n.r != nil {
		f, _ := n.r.Float64()
		return f
	}
	var f float64
	switch {
	case n.mant < 1<<53 && n.exp >= 0 && n.exp <= 22:
		f = float64(n.mant) * math.Pow10(int(n.exp))
	case n.mant < 1<<53 && n.exp < 0 && n.exp >= -22:
		f = float64(n.mant) / math.Pow10(int(-n.exp))
	default:
		f, _ = strconv.ParseFloat(n.String(), 64)
		return f
	}
	if n.neg {
		f = -f
	}
	return f
}

// Int64 returns n as an int64 and true when n is an integer that fits.
func (n Number) Int64() (int64, bool) {
	if n.r != nil {
		if !n.r.IsInt() || !n.r.Num().IsInt64() {
			return 0, false
		}
		return n.r.Num().Int64(), true
	}
	m := n.mant
	switch {
	case n.exp < 0:
		if -n.exp >= 20 || m%pow10[-n.exp] != 0 {
			return 0, m == 0
		}
		m /= pow10[-n.exp]
	case n.exp > 0:
		if n.exp >= 20 {
			return 0, m == 0
		}
		hi, lo := bits.Mul64(m, pow10[n.exp])
		if hi != 0 {
			return 0, false
		}
		m = lo
	}
	if n.neg {
		if m > 1<<63 {
			return 0, false
		}
		return -int64(m), true
	}
	if m > math.MaxInt64 {
		return 0, false
	}
	return int64(m), true
}

// String returns n in decimal notation with a dot (8600000, 12.5, -3.5),
// or as a fraction a/b when n has no finite decimal expansion (1/3).
func (n Number) String() string {
	if n.r != nil {
		if n.r.IsInt() {
			return n.r.Num().String()
		}
		if k, ok := decimalPlaces(n.r.Denom()); ok {
			return n.r.FloatString(k)
		}
		return n.r.RatString()
	}
	var buf [48]byte
	return string(n.appendDecimal(buf[:0]))
}

// appendDecimal appends the decimal form of a mantissa/exponent Number.
func (n Number) appendDecimal(b []byte) []byte {
	if n.neg && n.mant != 0 {
		b = append(b, '-')
	}
	start := len(b)
	b = strconv.AppendUint(b, n.mant, 10)
	switch {
	case n.mant == 0:
	case n.exp > 0:
		for range n.exp {
			b = append(b, '0')
		}
	case n.exp < 0:
		digits := len(b) - start
		k := int(-n.exp)
		if k >= digits {
			// 0.000ddd
			pad := k - digits
			b = append(b, make([]byte, pad+2)...)
			copy(b[start+pad+2:], b[start:start+digits])
			b[start], b[start+1] = '0', '.'
			for i := range pad {
				b[start+2+i] = '0'
			}
		} else {
			b = append(b, 0)
			p := len(b) - 1 - k
			copy(b[p+1:], b[p:len(b)-1])
			b[p] = '.'
		}
	}
	return b
}

// jsonDigits is the number of significant digits written for a value with
// no finite decimal expansion.
const jsonDigits = 20

// MarshalJSON writes n as a JSON number: exact for decimal values, rounded
// to 20 significant digits for the few values with no finite decimal
// expansion (1/3 → 0.33333333333333333333).
func (n Number) MarshalJSON() ([]byte, error) {
	if n.r != nil {
		if n.r.IsInt() {
			return n.r.Num().Append(nil, 10), nil
		}
		if k, ok := decimalPlaces(n.r.Denom()); ok {
			return []byte(n.r.FloatString(k)), nil
		}
		f := new(big.Float).SetPrec(128).SetRat(n.r)
		return f.Append(nil, 'g', jsonDigits), nil
	}
	var buf [48]byte
	return n.appendDecimal(buf[:0]), nil
}

// UnmarshalJSON reads a JSON number written by MarshalJSON.
func (n *Number) UnmarshalJSON(b []byte) error {
	r, ok := new(big.Rat).SetString(string(b))
	if !ok {
		return syntaxError(string(b))
	}
	*n = fromRat(r)
	return nil
}

// mul returns a×b.
func mul(a, b Number) Number {
	if a.r == nil && b.r == nil {
		hi, lo := bits.Mul64(a.mant, b.mant)
		e := int64(a.exp) + int64(b.exp)
		if hi == 0 && e > -maxExp && e < maxExp {
			return Number{mant: lo, exp: int32(e), neg: a.neg != b.neg && lo != 0}.norm()
		}
	}
	return fromRat(new(big.Rat).Mul(a.Rat(), b.Rat()))
}

// add returns a+b.
func add(a, b Number) Number {
	if a.r == nil && b.r == nil && a.neg == b.neg {
		if a.exp > b.exp {
			a, b = b, a
		}
		// Align b on a's exponent.
		if d := b.exp - a.exp; d < 20 {
			hi, lo := bits.Mul64(b.mant, pow10[d])
			if hi == 0 {
				s, c := bits.Add64(a.mant, lo, 0)
				if c == 0 {
					return Number{mant: s, exp: a.exp, neg: a.neg}.norm()
				}
			}
		}
	}
	return fromRat(new(big.Rat).Add(a.Rat(), b.Rat()))
}

// quo returns a/b; b must not be zero.
func quo(a, b Number) Number {
	return fromRat(new(big.Rat).Quo(a.Rat(), b.Rat()))
}

// neg returns -a.
func negate(a Number) Number {
	if a.r != nil {
		return Number{r: new(big.Rat).Neg(a.r)}
	}
	a.neg = !a.neg && a.mant != 0
	return a
}
