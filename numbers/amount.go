package numbers

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/token"
	"golang.org/x/text/currency"
)

// amount is one number with what qualifies it, read from tokens [i, end).
type amount struct {
	i, end    int
	val       Number
	low, high *Number // vague plurals
	approx    Approx
	kind      Kind
	cur       currency.Unit
	hasCur    bool
	scale     uint64 // the last scale applied (million: 1e6)
	deOK      bool   // a noun may follow after de (millions de, dizaine de)
	article   bool   // the lone article un/une
	year      bool   // a plain four-digit number
	unit      string
	sign      bool   // the number had an explicit sign
	per       uint64 // the divisor of its unit: 100 for points de base, 10 for pour mille
}

// scaleAbbrev returns the scale of an abbreviation (M, Md, mds).
func scaleAbbrev(w string) (scaleAbbr, bool) {
	if len(w) > 4 {
		return scaleAbbr{}, false
	}
	sa, ok := scaleAbbrevs[w]
	return sa, ok
}

// subunit returns the currency of a sub-unit word at j (centimes).
func (s *scanner) subunit(j int) (currency.Unit, bool) {
	if s.flags(j)&fSubunit == 0 {
		return currency.XXX, false
	}
	u, ok := subunits[s.kk(j)]
	return u, ok
}

// cue reads an approximation phrase at i; it returns the qualifier, the
// token after the phrase and the phrase.
func (s *scanner) cue(i, lim int, table map[string]Approx) (Approx, int, string, bool) {
	if i >= lim {
		return Exact, i, "", false
	}
	if s.flags(i)&fCueFirst == 0 {
		return Exact, i, "", false
	}
	var buf [64]byte
	b := buf[:0]
	best, bestEnd, bestKey := Exact, 0, ""
	for j := i; j < lim && j < i+maxCue; j++ {
		k := s.kk(j)
		if k == "" {
			if t := s.toks[j].Text; s.flags(j)&fCueFirst != 0 {
				k = t
			} else {
				break
			}
		}
		if j > i && b[len(b)-1] != '\'' {
			b = append(b, ' ')
		}
		b = append(b, k...)
		if a, ok := table[string(b)]; ok {
			best, bestEnd, bestKey = a, j+1, string(b)
		}
	}
	if bestEnd == 0 {
		return Exact, i, "", false
	}
	return best, bestEnd, bestKey, true
}

// cueFirsts are the first words of the cues of approxCues and postCues.
var cueFirsts = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range []map[string]Approx{approxCues, postCues} {
		for c := range t {
			w, _, _ := strings.Cut(c, " ")
			if i := strings.IndexByte(w, '\''); i >= 0 && i < len(w)-1 {
				w = w[:i+1]
			}
			m[w] = true
		}
	}
	return m
}()

// numeral reads a number at i: digits (with scale words), digits glued to
// a scale (100K), or a spelled-out number.
func (s *scanner) numeral(i, lim int) (amount, bool) {
	a := amount{i: i}
	if i >= lim {
		return a, false
	}
	t := s.toks[i]
	switch t.Kind {
	case tokNumber:
		v, st := parseDigits(t.Text)
		if st != digitsOK {
			return a, false
		}
		a.val, a.end = v, i+1
		a.sign = t.Text[0] == '-' || t.Text[0] == '+' || t.Text[0] > 0x7f
		a.year = len(t.Text) == 4 && !a.sign
		if v.exp >= 6 {
			a.deOK = true // 1 000 000 d'habitants
		}
		s.scales(&a, lim)
		return a, true
	case tokWord:
		w := t.Text
		if w[0] >= '0' && w[0] <= '9' {
			d := digitRun(w, 0)
			m, ok := attachedScales[w[d:]]
			if !ok || d > 18 || d == 1 && w[d:] == "G" {
				return a, false // (5G, 4G: network generations)
			}
			v, _ := parseDigits(w[:d])
			a.val, a.end, a.scale = mul(v, Decimal(m, 0, false)), i+1, m
			s.scales(&a, lim)
			return a, true
		}
		// un demi-million, demi-milliard
		d := i
		if k := s.kk(i); k == "un" || k == "une" {
			d++
		}
		if v, ok := demiScale(s.key(d, lim)); ok {
			a.val, a.end, a.scale, a.deOK = Decimal(v/2, 0, false), d+1, v, true
			s.scales(&a, lim)
			return a, true
		}
		r, ok := s.spelled(i, lim)
		if !ok || r.ordinal {
			return a, false
		}
		if r.n == 1 && s.kk(i) == "neuf" && s.neufAdjective(i, lim) {
			return a, false
		}
		a.val, a.end, a.scale, a.article = r.val, r.end, r.scale, r.article
		a.deOK = r.scale >= 1e6
		if r.scale >= 1e6 || r.decimal {
			s.scales(&a, lim)
		}
		return a, true
	}
	return a, false
}

// scales applies the scale words and abbreviations after a number:
// 8,6 millions, 1,5 Md€, 3 000 milliards, 2 millions et demi.
func (s *scanner) scales(a *amount, lim int) {
	j := a.end
	for j < lim && s.toks[j].Kind == tokWord {
		var v uint64
		if w, ok := s.card(j, lim); ok && w.cls == wScale && !(w.val == 1000 && w.plural) {
			v = w.val
			if v >= 1e6 {
				a.deOK = true
			}
		} else if sa, ok := scaleAbbrev(s.toks[j].Text); ok {
			_, attached := attachedScales[s.toks[j].Text]
			glued := attached && s.toks[j-1].Kind == tokNumber && s.adjacent(j-1, j) // 1,2M
			if sa.strict && !glued {
				_, _, ok := s.currencyAfter(j+1, lim, true)
				if k := s.key(j+1, lim); !ok && (k == "de" || k == "d'") && j+2 < lim && s.toks[j+2].Kind == tokWord && lowerStart(s.toks[j+2].Text) {
					ok = true // 1,5 M de maillots
				}
				if !ok {
					break
				}
			}
			v = sa.val
			a.deOK = true
		} else {
			break
		}
		if a.scale != 0 && a.scale >= v {
			break
		}
		a.val = mul(a.val, Decimal(v, 0, false))
		a.scale = v
		a.year = false
		j++
	}
	// 3 milliards 200 millions, 1 million 200 000.
	for a.scale >= 1e6 && j < lim && s.toks[j].Kind == tokNumber {
		v, st := parseDigits(s.toks[j].Text)
		if st != digitsOK || v.Sign() <= 0 || v.exp < 0 {
			break
		}
		w, ok := s.card(j+1, lim)
		if ok && w.cls == wScale && w.val < a.scale && !(w.val == 1000 && w.plural) {
			v = mul(v, Decimal(w.val, 0, false))
			if v.Cmp(Decimal(a.scale, 0, false)) >= 0 {
				break
			}
			a.val, a.scale, j = add(a.val, v), w.val, j+2
			continue
		}
		if len(s.toks[j].Text) >= 5 && v.Cmp(Decimal(a.scale, 0, false)) < 0 {
			a.val, j = add(a.val, v), j+1
		}
		break
	}
	if a.scale != 0 && j+1 < lim && s.kk(j) == "et" && isHalf(s.kk(j+1)) {
		a.val = add(a.val, Decimal(a.scale/2, 0, false))
		j += 2
	}
	a.end = j
}

// vague reads "des centaines de millions", "plusieurs milliers",
// "quelques dizaines" at i.
func (s *scanner) vague(i, lim int) (amount, bool) {
	a := amount{i: i}
	switch s.key(i, lim) {
	case "des", "plusieurs", "quelques", "de":
	default:
		return a, false
	}
	w, ok := s.card(i+1, lim)
	if !ok || !w.plural || w.cls != wApprox && w.cls != wScale || w.val < 10 {
		return a, false
	}
	lo := Decimal(w.val, 0, false)
	j := i + 2
	for {
		k := s.key(j, lim)
		if k != "de" && k != "d'" {
			break
		}
		w2, ok := s.card(j+1, lim)
		if !ok || !w2.plural || !(w2.cls == wScale || w2.cls == wApprox && w2.val == 1000) || w2.val <= w.val {
			break
		}
		lo = mul(lo, Decimal(w2.val, 0, false))
		j += 2
	}
	hi := mul(lo, Int(10))
	a.low, a.high, a.approx, a.end, a.deOK = &lo, &hi, Vague, j, true
	return a, true
}

// core reads one amount at i: an optional currency before it, a number or
// a vague plural, an approximating noun (une dizaine de), a fraction.
func (s *scanner) core(i, lim int) (amount, bool) {
	if a, ok := s.vague(i, lim); ok {
		return a, true
	}
	u, j, hasCur := s.currencyBefore(i, lim)
	if !hasCur {
		j = i
	}
	a, ok := s.numeral(j, lim)
	if !ok {
		return a, false
	}
	a.i = i
	if hasCur {
		a.cur, a.hasCur, a.kind, a.article, a.year = u, true, Money, false, false
		return a, true
	}
	// une dizaine (de milliers), deux centaines.
	if w, ok := s.card(a.end, lim); ok && w.cls == wApprox && (!w.plural || a.val.Cmp(Int(2)) >= 0) {
		a.val = mul(a.val, Decimal(w.val, 0, false))
		a.approx = About
		if w.val == 12 || w.val == 6 { // une douzaine, une demi-douzaine
			a.approx = Exact
		}
		a.end++
		a.article, a.year, a.deOK = false, false, true
		if k := s.key(a.end, lim); k == "de" || k == "d'" {
			if w2, ok := s.card(a.end+1, lim); ok && (w2.cls == wScale || w2.cls == wApprox && w2.val == 1000 && w2.plural) && w2.val > w.val {
				a.val = mul(a.val, Decimal(w2.val, 0, false))
				a.end += 2
			}
		}
		return a, true
	}
	// Fractions: un tiers, trois quarts, deux cinquièmes, 3/4.
	k := s.key(a.end, lim)
	if den, ok := fractionWords[k]; ok && s.toks[a.end].Kind == tokWord && a.scale == 0 {
		nk := s.key(a.end+1, lim)
		if !fractionIdiom(k, nk, s.key(a.end+2, lim)) && !(den == 2 && !a.article) {
			a.val = quo(a.val, Decimal(den, 0, false))
			a.kind, a.end, a.article, a.year = Fraction, a.end+1, false, false
			return a, true
		}
	}
	if r, ok := s.spelled(a.end, lim); ok && r.ordinal && a.scale == 0 && s.toks[a.end].Kind == tokWord && r.val.Cmp(Int(2)) >= 0 {
		nk := s.key(r.end, lim)
		if a.val.Cmp(Int(2)) >= 0 && !a.article || a.article && (nk == "" || nk == "de" || nk == "des" || nk == "du" || nk == "d'" || s.toks[r.end].Kind == token.Punct) {
			a.val = quo(a.val, r.val)
			a.kind, a.end, a.article, a.year = Fraction, r.end, false, false
			return a, true
		}
	}
	if s.toks[a.i].Kind == tokNumber && a.end == a.i+1 && a.end+1 < lim && s.toks[a.end].Text == "/" &&
		s.toks[a.end+1].Kind == tokNumber && s.adjacent(a.end-1, a.end) && s.adjacent(a.end, a.end+1) {
		dt := s.toks[a.end+1].Text
		// (a denominator of digits only, never 0: 0/+0 is no fraction)
		if d, st := parseDigits(dt); st == digitsOK && dt[0] >= '1' && dt[0] <= '9' && !d.IsZero() && len(dt) <= 3 && !a.sign && len(s.toks[a.i].Text) <= 3 {
			a.val = quo(a.val, d)
			a.kind, a.end, a.year = Fraction, a.end+2, false
			return a, true
		}
	}
	return a, true
}

// suffix reads what follows an amount: percent sign or words, currency,
// cents; and with full, the counted noun.
func (s *scanner) suffix(a *amount, lim int, full bool) {
	j := a.end
	if a.kind == Cardinal && !a.hasCur {
		k := s.key(j, lim)
		switch {
		case j < lim && s.toks[j].Text == "%":
			a.kind, j = Percent, j+1
		case k == "pourcent" || k == "pour-cent" || k == "pourcents":
			a.kind, j = Percent, j+1
		case k == "pour" && (s.key(j+1, lim) == "cent" || j+1 < lim && s.toks[j+1].Text == "100"):
			a.kind, j = Percent, j+2
		case k == "pour" && s.key(j+1, lim) == "mille", j < lim && s.toks[j].Text == "‰":
			a.kind, a.per = Percent, 10
			a.val = quo(a.val, Int(10))
			if k == "pour" {
				j += 2
			} else {
				j++
			}
		case (k == "points" || k == "point" || k == "pts" || k == "pt") && s.key(j+1, lim) == "de" && strings.HasPrefix(s.key(j+2, lim), "pourcentage"):
			a.kind, j = Percent, j+3
		case (k == "points" || k == "point") && s.key(j+1, lim) == "de" && s.key(j+2, lim) == "base":
			a.kind, a.per, j = Percent, 100, j+3
			a.val = quo(a.val, Int(100))
		default:
			if u, e, ok := s.currencyAfter(j, lim, a.deOK); ok && !(a.article && s.kk(a.i) == "un" && s.kk(j) == "livre") {
				// (un livre is a book; une livre, a pound)
				if u == frf && s.swissGrouping(a) {
					u = chf // 1'000 francs: Swiss digit grouping
				}
				a.kind, a.cur, a.hasCur, j = Money, u, true, e
				if c, e2, ok := s.cents(j, lim, true); ok && a.scale == 0 && a.low == nil {
					a.val = add(a.val, c)
					j = e2
				}
			} else if u, ok := s.subunit(j); ok && a.low == nil && a.scale == 0 && (s.toks[a.end-1].Kind == tokNumber || k != "ct" && k != "cts") {
				a.kind, a.cur, a.hasCur, j = Money, u, true, j+1
				a.val = quo(a.val, Int(100))
				// 50 centimes d'euro, 10 cents de dollar
				if k := s.key(j, lim); k == "de" || k == "d'" {
					if u2, e, ok := s.currencyName(j+1, lim); ok {
						a.cur, j = u2, e
					}
				}
			}
		}
		if a.kind != Cardinal {
			a.article, a.year = false, false
		}
	} else if a.hasCur && a.kind == Money && a.i < a.end && j < lim {
		// $5 millions is handled by scales; nothing else.
	}
	a.end = j
	if !full {
		return
	}
	if a.kind == Cardinal || a.kind == Fraction {
		if a.kind == Cardinal {
			// un Français sur trois, 9 sur 10.
			e := j
			unit, ne := s.noun(j, lim, a.deOK)
			if ne > j {
				e = ne
			}
			if s.key(e, lim) == "sur" && a.low == nil {
				if b, ok := s.numeral(e+1, lim); ok && !b.val.IsZero() && b.scale == 0 {
					a.val = quo(a.val, b.val)
					a.kind, a.unit, a.end, a.article, a.year = Fraction, unit, b.end, false, false
					return
				}
			}
		}
		if a.kind == Cardinal || a.deOK {
			if unit, ne := s.noun(j, lim, a.deOK); ne > j && agrees(a, unit) {
				a.unit, a.end, a.year = unit, ne, false
				if a.article {
					a.end = j
					a.unit = ""
				}
			}
		}
	}
}

// quantity reads a cardinal, fraction, percent or money quantity at i,
// with its approximation cue, range and counted noun.
func (s *scanner) quantity(i, lim int) (Quantity, int, bool) {
	start := i
	approx, j, cueKey, hasCue := s.cue(i, lim, approxCues)
	if !hasCue {
		j = i
	} else if strings.HasPrefix(cueKey, "plus qu") && s.keyBefore(i, 1, 4, "ne", "n'") {
		// il ne reste plus que sept places: only seven, not more than
		start, approx, cueKey, hasCue = j, Exact, "", false
	}
	// plus de la moitié, près du quart
	if hasCue && j > i {
		if fq, e, ok := s.fractionNoun(j, lim); ok {
			q := s.make(start, e, Fraction)
			q.Approx = approx
			switch approx {
			case MoreThan, AtLeast:
				q.Low = fq.Value
			case LessThan, AtMost:
				q.High = fq.Value
			default:
				q.Value = fq.Value
			}
			return q, e, true
		}
	}
	neg := false
	if p := s.key(j-1, lim); !hasCue && s.key(j, lim) == "moins" && p != "au" && p != "du" && p != "le" && p != "pas" {
		if nk := s.key(j+1, lim); nk != "de" && nk != "d'" && nk != "que" && nk != "qu'" && j+1 < lim {
			if _, ok := s.numeral(j+1, lim); ok {
				neg = true
				j++
			}
		}
	}
	mode := 0
	switch k := s.key(j, lim); {
	case k == "entre":
		mode = 1
		j++
	case (k == "de" || k == "d'") && !hasCue && !neg:
		mode = 2
		j++
	}
	a, ok := s.core(j, lim)
	if !ok {
		return Quantity{}, 0, false
	}
	s.suffix(&a, lim, false)
	// A range: entre 5 et 10, de 3 à 5 %, 5-10 %, 5 à 10 millions.
	var b amount
	ranged := false
	c := a.end
	conn := s.key(c, lim)
	if c < lim && a.low == nil {
		isConn := false
		switch mode {
		case 1:
			isConn = conn == "et"
		case 2:
			isConn = conn == "a"
		default:
			t := s.toks[c].Text
			isConn = (t == "-" || t == "–" || t == "—") && s.toks[c].Kind == token.Punct || conn == "a" && !a.article && a.kind != Fraction ||
				conn == "ou" && a.kind != Fraction // deux ou trois
		}
		if isConn {
			if bb, ok := s.core(c+1, lim); ok && bb.low == nil && !bb.article && bb.kind != Fraction {
				s.suffix(&bb, lim, true)
				b, ranged = bb, true
			}
		}
	}
	if ranged {
		// Share scale, kind and currency: entre 5 et 10 millions d'euros,
		// de 25 à 50 points de base.
		a0 := a
		if b.scale != 0 && a.scale == 0 {
			if v := mul(a.val, Decimal(b.scale, 0, false)); v.Cmp(b.val) <= 0 {
				a.val = v
			}
		}
		if a.kind == Cardinal && b.kind != Cardinal {
			a.kind, a.cur, a.hasCur = b.kind, b.cur, b.hasCur
			if b.per != 0 {
				a.val = quo(a.val, Int(int64(b.per)))
			}
		}
		if b.kind == Cardinal && a.kind != Cardinal {
			b.kind, b.cur = a.kind, a.cur
		}
		if a.kind != b.kind || a.cur != b.cur || a.val.Cmp(b.val) >= 0 {
			ranged, a = false, a0
		}
	}
	if !ranged {
		if mode != 0 {
			return Quantity{}, 0, false
		}
		s.suffix(&a, lim, true)
		if a.article && a.kind == Cardinal {
			// un/une: a numeral only when nothing follows it.
			if a.end < lim && (s.toks[a.end].Kind == tokWord || s.toks[a.end].Kind == tokNumber) && !s.pronounCount(a.i, a.end, lim) || s.key(a.i-1, lim) == "l'" || hasCue && a.end < lim && s.toks[a.end].Kind != token.Punct {
				// (il en faut au moins un. counts one)
				return Quantity{}, 0, false
			}
		}
	}
	end := a.end
	if ranged {
		end = b.end
	}
	// Postfix cue: 20 dollars environ, 10 ans ou plus.
	if !ranged && approx == Exact && a.low == nil {
		if pa, pe, _, ok := s.cue(end, lim, postCues); ok && pa != Exact {
			approx, end = pa, pe
		}
	}
	q := s.make(start, end, a.kind)
	if !ranged && a.low == nil && a.kind == Cardinal && (approx == Exact || cueKey == "vers") {
		if c, e, ok := s.clockHours(a, start, end, lim, cueKey); ok {
			q = s.make(start, e, Date)
			q.Date = c
			return q, e, true
		}
	}
	if hasCue && cueKey == "vers" && a.kind == Cardinal && !(a.year && !ranged) {
		return Quantity{}, 0, false
	}
	if neg {
		a.val = negate(a.val)
		if ranged {
			return Quantity{}, 0, false
		}
	}
	q.Currency, q.Unit = a.cur, a.unit
	switch {
	case ranged:
		q.Low, q.High = ptr(a.val), ptr(b.val)
		q.Unit = b.unit
		if a.year && b.year && a.kind == Cardinal && b.unit == "" && isYear(a.val) && isYear(b.val) {
			y1, _ := a.val.Int64()
			y2, _ := b.val.Int64()
			q.Kind, q.Low, q.High = Date, nil, nil
			q.Date = yearString(int(y1)) + "/" + yearString(int(y2))
		}
		q.Approx = approx
		if approx == MoreThan || approx == AtLeast {
			q.High = nil
		}
		if approx == LessThan || approx == AtMost {
			q.Low = nil
		}
		return q, end, true
	case a.low != nil:
		q.Low, q.High, q.Approx = a.low, a.high, Vague
		switch approx {
		case MoreThan, AtLeast:
			q.Approx, q.High = approx, nil
		case LessThan, AtMost:
			q.Approx, q.Low = approx, nil
		}
		return q, end, true
	}
	if approx == Exact {
		approx = a.approx
	}
	q.Approx = approx
	if a.year && a.kind == Cardinal && a.unit == "" && isYear(a.val) && s.yearContext(start, a.i, lim, approx, cueKey) {
		y, _ := a.val.Int64()
		q.Kind, q.Date = Date, yearString(int(y))
		return q, end, true
	}
	if !a.year && !a.article && a.kind == Cardinal && a.unit == "" && approx == Exact && a.scale < 1e6 &&
		s.toks[a.i].Kind == tokWord && spelledYearCues[s.key(a.i-1, lim)] && isYear(a.val) {
		// en deux mille vingt-quatre, depuis mille neuf cent quatre-vingt-dix-huit
		if y, ok := a.val.Int64(); ok && a.val.Cmp(Int(y)) == 0 {
			q.Kind, q.Date = Date, yearString(int(y))
			return q, end, true
		}
	}
	switch approx {
	case MoreThan, AtLeast, LessThan, AtMost:
		if approx == MoreThan || approx == AtLeast {
			q.Low = ptr(a.val)
		} else {
			q.High = ptr(a.val)
		}
		// plus de 30 et moins de 50, moins de 30 mais plus de 20: one interval.
		if c := s.key(end, lim); (c == "et" || c == "mais") && !s.inner {
			next := end + 1
			if k := s.key(next, lim); k == "d'" || k == "de" {
				next++ // d'au moins 3 % et d'au plus 5 %
			}
			s.inner = true // one level only: linear time
			q2, e2, ok := s.quantity(next, lim)
			s.inner = false
			if ok && q.Kind == Cardinal && q.Unit == "" && q2.Kind != Cardinal {
				// supérieur à 100 et inférieur à 200 euros: the unit comes last
				q.Kind, q.Currency = q2.Kind, q2.Currency
			}
			if ok && q2.Kind == q.Kind && q2.Currency == q.Currency && q2.Value == nil {
				lo, hi := q.Low, q2.High
				if q.Low == nil {
					lo, hi = q2.Low, q.High
				}
				if lo != nil && hi != nil && lo.Cmp(*hi) < 0 {
					unit := a.unit
					if unit == "" {
						unit = q2.Unit
					}
					q = s.make(start, e2, q.Kind)
					q.Low, q.High, q.Currency, q.Unit = lo, hi, q2.Currency, unit
					return q, e2, true
				}
			}
		}
	default:
		q.Value = ptr(a.val)
	}
	return q, end, true
}

func isYear(n Number) bool {
	y, ok := n.Int64()
	return ok && y >= 1000 && y <= 2199
}

// yearCues are the words after which a four-digit number is a year.
var yearCues = map[string]bool{
	"en": true, "depuis": true, "avant": true, "apres": true, "fin": true, "debut": true,
	"mi": true, "courant": true, "printemps": true, "ete": true, "automne": true, "hiver": true,
	"an": true, "annee": true, "l'an": true, "ici": true, "vers": true, "saison": true,
	"exercice": true, "millesime": true, "de": true, "d'": true, "partir": true, "janvier": true,
	"en-": true, "jusqu'en": true, "durant": true, "pendant": true, "au": true, "in": true,
}

// spelledYearCues are the words after which a number in words between
// 1000 and 2199 is a year: fewer than for digits, as « une hausse de deux
// mille » counts.
var spelledYearCues = map[string]bool{
	"en": true, "depuis": true, "fin": true, "debut": true, "mi": true, "an": true, "l'an": true,
	"ici": true, "jusqu'en": true, "printemps": true, "ete": true, "automne": true, "hiver": true,
}

// yearContext tells whether the four-digit number at i (the quantity
// starting at start) is a year.
func (s *scanner) yearContext(start, i, lim int, approx Approx, cueKey string) bool {
	prev := s.key(start-1, lim)
	if start < i {
		prev = s.key(i-1, lim)
	}
	if approx != Exact && approx != About && cueKey != "a partir de" && cueKey != "jusqu'a" {
		return false
	}
	if approx == About && cueKey != "vers" {
		return false
	}
	if yearCues[prev] || start > 0 && (s.toks[start-1].Text == "dès" || s.toks[start-1].Text == "Dès") {
		return true
	}
	switch prev {
	case "les", "des", "ces", "aux", "nos", "vos", "leurs", "ses", "mes", "quelque", "sur", "par", "et", "a":
		return false
	}
	y, _ := s.numVal(i)
	return y >= 1900 && y <= 2099
}

func (s *scanner) numVal(i int) (int64, bool) {
	n, st := parseDigits(s.toks[i].Text)
	if st != digitsOK {
		return 0, false
	}
	return n.Int64()
}

func yearString(y int) string {
	var b [4]byte
	for k := 3; k >= 0; k-- {
		b[k] = byte('0' + y%10)
		y /= 10
	}
	return string(b[:])
}

// agrees reports whether unit can be the noun counted by a: from two on,
// a French counted noun is plural (« 27 États », « 2,3 millions de
// personnes »), so « le budget 2024 prévoit » has no unit. Short words and
// words with capitals (km, kg, MW) are unit symbols and always agree.
func agrees(a *amount, unit string) bool {
	if len(unit) <= 3 || strings.ToLower(unit) != unit {
		return true
	}
	switch unit[len(unit)-1] {
	case 's', 'x', 'z':
		return true
	}
	if a.deOK || a.low != nil {
		// millions de, dizaine de: the noun after de is plural already
		// when it can be.
		return true
	}
	return a.val.Cmp(Int(2)) < 0
}

// countContinues are the function words that may follow a count: neuf
// de ses tableaux, neuf sur dix.
var countContinues = map[string]bool{"de": true, "des": true, "du": true, "sur": true, "parmi": true, "entre": true, "contre": true}

// neufAdjective reports whether "neuf" at i is the adjective new, not
// nine: after flambant, tout, remis or du; after à, quoi de or rien de
// with no word after it (remis à neuf, quoi de neuf ?); after a noun with
// no word after it but a function word (un vélo neuf, un appartement neuf
// est en vente), unless en comes just before (elle en a hébergé neuf).
// The noun is a word in lower case that is no function word, number or
// month.
func (s *scanner) neufAdjective(i, lim int) bool {
	p := s.key(i-1, lim)
	switch p {
	case "flambant", "tout", "remis", "du":
		return true
	}
	if i+1 < lim && s.toks[i+1].Kind == tokWord && (s.flags(i+1)&fStop == 0 || countContinues[s.kk(i+1)]) {
		return false // neuf heures, neuf TGV, neuf de ses tableaux
	}
	if p == "a" || p == "de" && (s.key(i-2, lim) == "quoi" || s.key(i-2, lim) == "rien") {
		return true
	}
	if s.key(i-2, lim) == "en" || s.key(i-3, lim) == "en" {
		return false // elle en a hébergé neuf
	}
	return i > 0 && s.toks[i-1].Kind == tokWord && lowerStart(s.toks[i-1].Text) &&
		s.flags(i-1)&(fStop|fCardinal|fMonth|fWeekday|fApproxCue) == 0
}

// lowerStart reports whether w starts with a lower-case letter.
func lowerStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// fractionIdiom reports whether the fraction noun k, followed by the words
// nk and nnk, is part of an idiom, not a fraction: un quart de finale, au
// quart de tour, un tiers de confiance, le tiers payant.
func fractionIdiom(k, nk, nnk string) bool {
	switch {
	case strings.HasPrefix(k, "quart"):
		return nk == "de" && (nnk == "finale" || nnk == "tour")
	case k == "tiers":
		return nk == "de" && nnk == "confiance" || nk == "payant"
	}
	return false
}

// pronounCount reports whether the lone un/une of tokens [i, end) counts
// what the pronoun en stands for (il n'en reste qu'un en détention, il en
// a acheté un pour sa fille): en comes two to four tokens before, and a
// preposition after.
func (s *scanner) pronounCount(i, end, lim int) bool {
	return countPreps[s.key(end, lim)] && s.keyBefore(i, 2, 4, "en")
}

// keyBefore reports whether one of keys is the key of a token from near
// to far tokens before token i (far ≥ near ≥ 1).
func (s *scanner) keyBefore(i, near, far int, keys ...string) bool {
	for k := i - near; k >= i-far && k >= 0; k-- {
		if slices.Contains(keys, s.kk(k)) {
			return true
		}
	}
	return false
}

// countPreps are the prepositions that may follow a pronominal count.
var countPreps = map[string]bool{
	"en": true, "a": true, "au": true, "aux": true, "dans": true, "sur": true, "pour": true,
	"depuis": true, "chez": true, "parmi": true, "seulement": true, "encore": true,
}

// clockHours reads a cardinal of heures after à, vers, dès, avant or
// après, or after de before à, as a clock time (à 20 heures, vers 8 heures
// 30, de 10 heures à 18 heures), not a duration (pendant 20 heures). It returns the time and the end of its tokens.
func (s *scanner) clockHours(a amount, start, end, lim int, cueKey string) (string, int, bool) {
	if a.unit != "heures" && a.unit != "heure" || a.scale != 0 {
		return "", 0, false
	}
	h, ok := a.val.Int64()
	if !ok || h < 0 || h > 24 || a.val.Cmp(Int(h)) != 0 {
		return "", 0, false
	}
	switch p := s.key(start-1, lim); {
	case cueKey == "vers", p == "a", p == "des", p == "avant", p == "apres", p == "vers":
	case p == "de" && s.key(end, lim) == "a" && end+1 < lim && s.toks[end+1].Kind == tokNumber && h < 24:
		// de 10 heures à 18 heures (not une grève de 24 heures à l'appel de…)
	default:
		return "", 0, false
	}
	m, end := s.minutesAt(end, lim)
	return clockString(int(h), m, -1), end, true
}

var (
	frf = cur("FRF")
	chf = cur("CHF")
)

// swissGrouping reports whether the digits of a are grouped by
// apostrophes, as in Switzerland (1'000).
func (s *scanner) swissGrouping(a *amount) bool {
	for k := a.i; k < a.end && k < len(s.toks); k++ {
		if t := s.toks[k]; t.Kind == tokNumber && strings.ContainsAny(t.Text, "'’") {
			return true
		}
	}
	return false
}
