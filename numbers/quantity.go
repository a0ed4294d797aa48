package numbers

import (
	"encoding/json"

	"golang.org/x/text/currency"
)

// Kind is the type of a [Quantity].
type Kind uint8

// The kinds of quantity.
const (
	Cardinal Kind = iota // a count or measure: 700.000, quatre pays
	Ordinal              // a rank: 1er, XXIe, vingt et unième (Value is the rank)
	Fraction             // a fraction: un tiers, 3/4, un sur trois
	Percent              // a percentage, in points: 12,5 % → 12.5
	Money                // an amount of money, with its Currency
	Date                 // a date, a year or a time, in the Date field
)

var kindNames = [...]string{"cardinal", "ordinal", "fraction", "percent", "money", "date"}

// String returns the lower-case name of k, as used in JSON.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText encodes k as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Approx qualifies the value of a [Quantity].
type Approx uint8

// The approximation qualifiers.
const (
	Exact    Approx = iota // no qualifier
	About                  // environ, près de, quelque, une dizaine: Value is the centre
	AtLeast                // au moins, pas moins de: Low is the bound
	MoreThan               // plus de: Low is the (excluded) bound
	AtMost                 // jusqu'à, au plus: High is the bound
	LessThan               // moins de: High is the (excluded) bound
	Vague                  // des centaines de, plusieurs milliers: Low and High give the order of magnitude
)

var approxNames = [...]string{"", "about", "at_least", "more_than", "at_most", "less_than", "vague"}

// String returns the JSON name of a: "" for Exact, "about", "at_least"…
func (a Approx) String() string {
	if int(a) < len(approxNames) {
		return approxNames[a]
	}
	return "unknown"
}

// MarshalText encodes a as its name.
func (a Approx) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// Quantity is one quantity found in a text. Text is input[Start:End].
//
// Value is the exact value, nil when only bounds are known (ranges, plus
// de, moins de, vague plurals). Low and High are the bounds of a range or
// of an open interval, nil when open or not applicable. Currency is set
// for money (its zero value, currency.XXX, means none); Unit is the
// counted noun as written (ordinateurs, serveurs, siècle), empty when
// there is none; Date is the ISO 8601 form of a date, as precise as the
// text (2023-08-29T18:33, 2017-05-13, 2023-08, 2023, --01-01 for a day
// without year, T18:33 for a time alone, 2007/2025 for a year range).
type Quantity struct {
	Text     string        `json:"text"`
	Start    int           `json:"start"`
	End      int           `json:"end"`
	Kind     Kind          `json:"kind"`
	Value    *Number       `json:"value"`
	Low      *Number       `json:"low"`
	High     *Number       `json:"high"`
	Approx   Approx        `json:"approx"`
	Currency currency.Unit `json:"currency"`
	Unit     string        `json:"unit"`
	Date     string        `json:"date"`
}

// CurrencyCode returns the ISO 4217 code of the currency of q, or "" when
// it has none.
func (q Quantity) CurrencyCode() string {
	if q.Currency == currency.XXX {
		return ""
	}
	return q.Currency.String()
}

// MarshalJSON writes q with the fields text, start, end, kind, value, low,
// high, approx, currency (ISO code or ""), unit and date.
func (q Quantity) MarshalJSON() ([]byte, error) {
	type plain struct {
		Text     string  `json:"text"`
		Start    int     `json:"start"`
		End      int     `json:"end"`
		Kind     Kind    `json:"kind"`
		Value    *Number `json:"value"`
		Low      *Number `json:"low"`
		High     *Number `json:"high"`
		Approx   Approx  `json:"approx"`
		Currency string  `json:"currency"`
		Unit     string  `json:"unit"`
		Date     string  `json:"date"`
	}
	return json.Marshal(plain{q.Text, q.Start, q.End, q.Kind, q.Value, q.Low, q.High, q.Approx, q.CurrencyCode(), q.Unit, q.Date})
}
