package numbers

import (
	"strings"

	"github.com/depeche-nlp/depeche/token"
)

// ordinalSuffix reports whether the folded suffix s after n (digits or a
// Roman numeral) marks an ordinal: 1er 1re 1ère 2e 2ème 2nd 3es XXIe.
func ordinalSuffix(s string, n uint64) bool {
	switch s {
	case "e", "eme", "ieme", "es", "emes", "iemes", "em":
		return n != 0
	case "er", "re", "ere", "ers", "res", "eres":
		return n == 1
	case "nd", "nde", "nds", "ndes", "d":
		return n == 2
	}
	return false
}

// roman returns the value of an upper-case Roman numeral, or 0.
func roman(s string) uint64 {
	if s == "" || len(s) > 12 {
		return 0
	}
	val := func(c byte) uint64 {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		case 'D':
			return 500
		case 'M':
			return 1000
		}
		return 0
	}
	var total uint64
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && val(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	// Reject non-canonical spellings (IIII, VX, IIX) by re-encoding.
	if total == 0 || total > 3999 || toRoman(total) != s {
		return 0
	}
	return total
}

func toRoman(n uint64) string {
	vals := [...]uint64{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// rankVerbs are the participles after which seconde is a rank: elle a
// terminé seconde.
var rankVerbs = map[string]bool{
	"termine": true, "terminee": true, "arrive": true, "arrivee": true, "classe": true, "classee": true,
	"fini": true, "finie": true, "place": true, "placee": true, "sortie": true, "sorti": true,
}

var ordinalDeterminers = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "du": true, "au": true, "aux": true,
	"des": true, "sa": true, "son": true, "ses": true, "leur": true, "leurs": true, "cette": true,
	"ce": true, "ces": true, "notre": true, "votre": true, "nos": true, "vos": true, "en": true,
}

// ordinal reads an ordinal at i: 1er, 2e, XXIe, premier, vingt et unième.
func (s *scanner) ordinal(i, lim int) (Quantity, int, bool) {
	t := s.toks[i]
	if t.Kind != tokWord {
		return Quantity{}, 0, false
	}
	k := s.kk(i)
	w := t.Text
	var rank uint64
	end := i + 1
	switch {
	case w[0] >= '0' && w[0] <= '9':
		d := digitRun(w, 0)
		if d > 18 || k == "" {
			return Quantity{}, 0, false
		}
		v, st := parseDigits(w[:d])
		n, ok := v.Int64()
		if st != digitsOK || !ok || !ordinalSuffix(k[d:], uint64(n)) {
			return Quantity{}, 0, false
		}
		rank = uint64(n)
	case w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 'a' && w[0] <= 'z':
		if rank = s.romanOrdinal(i, lim); rank != 0 {
			break
		}
		switch k {
		case "premier", "premiere", "premiers", "premieres":
			if nk := s.key(i+1, lim); nk == "ministre" || nk == "ministres" || nk == "secretaire" {
				return Quantity{}, 0, false
			}
			rank = 1
		case "second", "seconde", "seconds", "secondes":
			// la seconde place, Second tour, terminé second; not une
			// seconde (the feminine is also the unit of time).
			if k == "seconde" || k == "secondes" {
				p := s.key(i-1, lim)
				if !ordinalDeterminers[p] && !rankVerbs[p] && !(i == 0 || s.toks[i-1].Kind == token.Punct || s.breakBefore(i)) {
					return Quantity{}, 0, false
				}
			}
			rank = 2
		default:
			r, ok := s.spelled(i, lim)
			if !ok || !r.ordinal {
				return Quantity{}, 0, false
			}
			n, ok := r.val.Int64()
			if !ok {
				return Quantity{}, 0, false
			}
			rank, end = uint64(n), r.end
		}
	default:
		return Quantity{}, 0, false
	}
	q := Quantity{Kind: Ordinal, Value: ptr(Decimal(rank, 0, false))}
	if unit, e := s.noun(end, lim, false); e > end {
		q.Unit, end = unit, e
	}
	st, en := s.toks[i].Start, s.toks[end-1].End
	q.Text, q.Start, q.End = s.text[st:en], st, en
	return q, end, true
}

// romanOrdinal returns the rank of a Roman ordinal at i (XXIe, IIIe
// République, Ier, XVIII siècle), or 0.
func (s *scanner) romanOrdinal(i, lim int) uint64 {
	w := s.toks[i].Text
	k := s.kk(i)
	n := 0
	for n < len(w) && strings.IndexByte("IVXLCDM", w[n]) >= 0 {
		n++
	}
	siecle := strings.HasPrefix(s.key(i+1, lim), "siecle")
	if n == 0 {
		// xxie siècle in lower case.
		if !siecle {
			return 0
		}
		for n < len(w) && strings.IndexByte("ivxlcdm", w[n]) >= 0 {
			n++
		}
		if n == 0 {
			return 0
		}
		v := roman(strings.ToUpper(w[:n]))
		if v != 0 && (n == len(k) || ordinalSuffix(k[n:], v)) {
			return v
		}
		return 0
	}
	v := roman(w[:n])
	if v == 0 || siecle && v > 30 {
		return 0 // (Le siècle des Lumières: no 50th century)
	}
	if n == len(w) {
		if siecle {
			return v
		}
		return 0
	}
	if n > len(k) {
		return 0
	}
	suf := k[n:]
	if !ordinalSuffix(suf, v) {
		return 0
	}
	// Le, De, Ce, Me, Les, Des: words, not ordinals.
	if n == 1 && strings.IndexByte("LCDM", w[0]) >= 0 && (suf == "e" || suf == "es") && !siecle {
		return 0
	}
	return v
}
