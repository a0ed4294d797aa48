package numbers

import (
	"math/bits"
	"strings"
)

// spell is the state of a spelled-out cardinal being read word by word.
type spell struct {
	total, cur uint64
	last       wordClass
	lastVal    uint64
	lastScale  uint64
	n          int
	ord        bool // the word being fed is an ordinal (millionième)
}

func mulOK(a, b uint64) (uint64, bool) {
	hi, lo := bits.Mul64(a, b)
	return lo, hi == 0
}

func addOK(a, b uint64) (uint64, bool) {
	s, c := bits.Add64(a, b, 0)
	return s, c == 0
}

// feed adds one number word; it returns false, leaving s unchanged, when
// the word cannot continue the number (deux trois, vingt trente).
func (s *spell) feed(w numWord, plural bool) bool {
	t := *s
	seg := t.cur % 100
	switch w.cls {
	case wZero:
		if t.n > 0 {
			return false
		}
	case wUnit:
		switch {
		case t.last == wTen && t.lastVal != 0:
		case t.last == wTeen && t.lastVal == 10 && w.val >= 6 && seg%10 == 0:
		case t.last != wUnit && t.last != wTeen && t.last != wTen && t.last != wZero && seg == 0:
		default:
			return false
		}
		t.cur += w.val
	case wTeen:
		switch {
		case t.last == wTen && (seg == 60 || seg == 80):
		case t.last != wUnit && t.last != wTeen && t.last != wTen && t.last != wZero && seg == 0:
		default:
			return false
		}
		t.cur += w.val
	case wTen:
		switch {
		case w.val == 20 && t.last == wUnit && t.lastVal == 4 && seg == 4:
			t.cur += 76
		case t.last != wUnit && t.last != wTeen && t.last != wTen && t.last != wZero && seg == 0:
			if w.val == 20 && plural {
				return false // vingts only in quatre-vingts
			}
			t.cur += w.val
		default:
			return false
		}
	case wHundred:
		switch {
		case t.cur == 0 && t.last != wZero:
			t.cur = 100
		case t.cur >= 2 && t.cur <= 9 && t.last == wUnit:
			t.cur *= 100
		case t.cur >= 11 && t.cur <= 19 && !plural:
			t.cur *= 100 // dix-neuf cent (years)
		default:
			return false
		}
	case wScale:
		if w.val == 1000 && plural {
			return false
		}
		if t.last == wZero {
			return false
		}
		if t.lastScale != 0 && t.lastScale < w.val {
			// mille milliards
			if t.cur != 0 {
				return false
			}
			v, ok := mulOK(t.total, w.val)
			if !ok {
				return false
			}
			t.total = v
		} else {
			g := t.cur
			if g == 0 {
				if w.val > 1000 && !(t.ord && t.n == 0) || t.last == wScale {
					return false // million needs a count; mille mille is not a number
				}
				g = 1
			}
			if g == 1 && t.last == wUnit && w.val == 1000 && t.n == 1 {
				// un mille: accepted (mille et un nuits aside)
			}
			v, ok := mulOK(g, w.val)
			if !ok {
				return false
			}
			if v, ok = addOK(t.total, v); !ok {
				return false
			}
			t.total = v
		}
		t.cur = 0
		t.lastScale = w.val
	default:
		return false
	}
	t.last, t.lastVal = w.cls, w.val
	t.n++
	*s = t
	return true
}

func (s *spell) value() (uint64, bool) { return addOK(s.total, s.cur) }

// parts iterates over the hyphen-separated parts of a folded word.
func nextPart(k string) (part, rest string) {
	if i := strings.IndexByte(k, '-'); i >= 0 {
		return k[:i], k[i+1:]
	}
	return k, ""
}

// spelledResult is a spelled-out number read from tokens.
type spelledResult struct {
	val      Number
	end      int
	ordinal  bool // ended in an ordinal word (vingt et unième)
	article  bool // the lone word un or une
	scale    uint64
	n        int // number words
	lastWord string
	decimal  bool // read with virgule
}

var half = Decimal(5, -1, false)

// spelled reads a spelled-out number starting at token i.
func (s *scanner) spelled(i, lim int) (spelledResult, bool) {
	var st spell
	j := i
	res := spelledResult{}
	for j < lim && s.toks[j].Kind == tokWord {
		k := s.kk(j)
		if k == "et" {
			if st.n == 0 || j+1 >= lim {
				break
			}
			nk := s.kk(j + 1)
			if (nk == "un" || nk == "une" || nk == "onze") && (st.last == wTen || st.last == wScale && st.lastScale == 1000) {
				if st.feed(cardinals[nk], false) {
					j += 2
					continue
				}
			}
			if (nk == "unieme" || nk == "onzieme") && st.last == wTen {
				c, _ := ordinalWord(nk)
				st.feed(cardinals[c], false)
				j += 2
				res.ordinal = true
				break
			}
			break
		}
		if !hotHash(s.toks[j].Text) {
			break // no number word starts so
		}
		save := st
		ok := true
		ord := false
		for rest := k; ; {
			var p string
			p, rest = nextPart(rest)
			if p == "et" {
				q, _ := nextPart(rest)
				if st.last == wTen && (q == "un" || q == "une" || q == "onze" || q == "unieme" || q == "onzieme") {
					continue
				}
				ok = false
				break
			}
			w, found := cardinals[p]
			plural := false
			if found {
				plural = strings.HasSuffix(p, "s") && w.cls != wUnit
			} else if rest == "" {
				if c, isOrd := ordinalWord(p); isOrd && !(st.n > 0 && strings.HasSuffix(p, "s")) {
					w, found = cardinals[c], true
					ord = true
					// un millième, un cinquième: a fraction, not a rank.
					if st.n == 1 && (s.kk(i) == "un" || s.kk(i) == "une") {
						found = false
					}
				}
			}
			st.ord = ord
			if !found || w.cls == wApprox || !st.feed(w, plural) {
				ok = false
				break
			}
			if rest == "" {
				break
			}
		}
		if !ok {
			st = save
			break
		}
		res.lastWord = k
		j++
		if ord {
			res.ordinal = true
			break
		}
	}
	if st.n == 0 {
		return res, false
	}
	// Zero alone cannot be followed by anything but virgule.
	v, ok := st.value()
	if !ok {
		return res, false
	}
	res.val = Decimal(v, 0, false)
	res.end = j
	res.n = st.n
	if st.last == wScale {
		res.scale = st.lastScale
	}
	res.article = st.n == 1 && (s.kk(i) == "un" || s.kk(i) == "une")
	if res.ordinal {
		return res, true
	}
	// et demi: un million et demi, trois et demie.
	if j+1 < lim && s.kk(j) == "et" && isHalf(s.kk(j+1)) {
		h := half
		if st.last == wScale {
			h = Decimal(st.lastScale/2, 0, false)
		}
		res.val = add(res.val, h)
		res.end = j + 2
		res.article = false
		return res, true
	}
	// virgule: deux virgule cinq, zéro virgule zéro cinq.
	if j+1 < lim && s.kk(j) == "virgule" {
		var frac []byte
		k := j + 1
		for k < lim && s.kk(k) == "zero" {
			frac = append(frac, '0')
			k++
		}
		if k < lim && s.kk(k) != "zero" {
			if sub, ok := s.spelled(k, s.scaleWordAt(k, lim)); ok && !sub.ordinal && sub.val.r == nil && sub.val.exp >= 0 {
				frac = sub.val.appendDecimal(frac)
				k = sub.end
			}
		}
		if len(frac) > 0 && len(frac) <= 19 {
			f, _ := parseDigits("0," + string(frac))
			res.val = add(res.val, f)
			res.end = k
			res.article = false
			res.scale = 0
			res.decimal = true
		}
	}
	return res, true
}

// scaleWordAt returns the index of the first scale word (mille, millions)
// at or after k, or lim: the digits after virgule stop there.
func (s *scanner) scaleWordAt(k, lim int) int {
	for j := k; j < lim && s.toks[j].Kind == tokWord; j++ {
		if w, ok := cardinals[s.kk(j)]; ok && w.cls == wScale {
			return j
		}
	}
	return lim
}

func isHalf(k string) bool { return k == "demi" || k == "demie" }
