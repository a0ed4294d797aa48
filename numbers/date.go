package numbers

import (
	"strconv"
	"strings"

	"github.com/depeche-nlp/depeche/token"
)

func twoDigits(b []byte, n int) []byte {
	return append(b, byte('0'+n/10%10), byte('0'+n%10))
}

func isoDate(y, m, d int) string {
	b := make([]byte, 0, 10)
	if y > 0 {
		b = append(b, yearString(y)...)
	} else {
		b = append(b, '-')
	}
	if m > 0 {
		b = append(b, '-')
		b = twoDigits(b, m)
	}
	if d > 0 {
		b = append(b, '-')
		b = twoDigits(b, d)
	}
	return string(b)
}

func daysIn(m, y int) int {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// clock parses a time token (18:33, 18:33:05, 18h33, 18h) as T18:33.
func clock(t string) (string, bool) {
	sep := strings.IndexAny(t, ":hH")
	if sep <= 0 {
		return "", false
	}
	h, err := strconv.Atoi(t[:sep])
	if err != nil || h > 24 {
		return "", false
	}
	m, sec := 0, -1
	rest := t[sep+1:]
	if rest != "" {
		mm, ss, hasSec := strings.Cut(rest, ":")
		if m, err = strconv.Atoi(mm); err != nil || m > 59 {
			return "", false
		}
		if hasSec {
			if sec, err = strconv.Atoi(ss); err != nil || sec > 59 {
				return "", false
			}
		}
	}
	return clockString(h, m, sec), true
}

// clockString writes a time of day in ISO 8601: T18:33, T18:33:05 (sec
// -1: no seconds).
func clockString(h, m, sec int) string {
	b := []byte{'T'}
	b = twoDigits(b, h)
	b = append(b, ':')
	b = twoDigits(b, m)
	if sec >= 0 {
		b = append(b, ':')
		b = twoDigits(b, sec)
	}
	return string(b)
}

// minutesAt reads the minutes written as two digits at token e after an
// hour (8 heures 30) and returns them with the end of their token, or 0
// and e.
func (s *scanner) minutesAt(e, lim int) (int, int) {
	if e < lim && s.toks[e].Kind == tokNumber && len(s.toks[e].Text) == 2 {
		if v, err := strconv.Atoi(s.toks[e].Text); err == nil && v < 60 {
			return v, e + 1
		}
	}
	return 0, e
}

// timeAfter reads a time after a date: "18:33", "à 18h33", ", 18h".
func (s *scanner) timeAfter(j, lim int) (string, int) {
	k := j
	if kk := s.key(k, lim); kk == "a" || k < lim && s.toks[k].Text == "," {
		k++
	}
	if k < lim && s.toks[k].Kind == token.Time {
		if c, ok := clock(s.toks[k].Text); ok {
			return c, k + 1
		}
	}
	if c, e := s.spacedClock(k, lim); e > k {
		return c, e
	}
	if k > j && k+1 < lim && s.toks[k].Kind == tokNumber && len(s.toks[k].Text) <= 2 {
		// à 15 heures, à 8 heures 30
		if kk := s.key(k+1, lim); kk == "heures" || kk == "heure" {
			if h, _ := strconv.Atoi(s.toks[k].Text); h <= 24 {
				m, e := s.minutesAt(k+2, lim)
				return clockString(h, m, -1), e
			}
		}
	}
	return "", j
}

// spacedClock reads a time written with spaces around its h at k (18 h,
// 18 h 45) and returns it with the end of its tokens, or "" and k.
func (s *scanner) spacedClock(k, lim int) (string, int) {
	if k+1 >= lim || s.toks[k].Kind != tokNumber || len(s.toks[k].Text) > 2 || s.toks[k+1].Text != "h" && s.toks[k+1].Text != "H" {
		return "", k
	}
	t, end := s.toks[k].Text+"h", k+2
	if end < lim && s.toks[end].Kind == tokNumber && len(s.toks[end].Text) == 2 {
		t += s.toks[end].Text
		end++
	}
	c, ok := clock(t)
	if !ok {
		return "", k
	}
	return c, end
}

// dateToken reads a numeric date token (29/08/2023, 2023-08-29) and the
// time after it.
func (s *scanner) dateToken(i, lim int) (Quantity, int, bool) {
	t := s.toks[i].Text
	var parts [3]int
	var lens [3]int
	p := 0
	for k := 0; k < len(t) && p < 3; {
		e := digitRun(t, k)
		if e == k {
			return Quantity{}, 0, false
		}
		parts[p], _ = strconv.Atoi(t[k:e])
		lens[p] = e - k
		p++
		k = e + 1
	}
	if p != 3 {
		return Quantity{}, 0, false
	}
	d, m, y := parts[0], parts[1], parts[2]
	if lens[0] == 4 {
		y, d = parts[0], parts[2]
	} else if lens[2] == 2 {
		y += 2000
		if y > 2069 {
			y -= 100
		}
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(m, y) || y < 1000 {
		return Quantity{}, 0, false
	}
	date := isoDate(y, m, d)
	end := i + 1
	if c, e := s.timeAfter(end, lim); c != "" {
		date, end = date+c, e
	}
	q := s.make(i, end, Date)
	q.Date = date
	return q, end, true
}

// timeAlone reads a clock time.
func (s *scanner) timeAlone(i, lim int) (Quantity, int, bool) {
	c, ok := clock(s.toks[i].Text)
	if !ok {
		return Quantity{}, 0, false
	}
	q := s.make(i, i+1, Date)
	q.Date = c
	return q, i + 1, true
}

// month returns the month of the word at j (mai, janv.), or 0.
func (s *scanner) month(j, lim int) int {
	if j >= lim || s.flags(j)&fMonth == 0 {
		return 0
	}
	return months[strings.TrimSuffix(s.kk(j), ".")]
}

// year4 returns the year of a plain four-digit number at j, or 0.
func (s *scanner) year4(j, lim int) int {
	if j >= lim || s.toks[j].Kind != tokNumber || len(s.toks[j].Text) != 4 {
		return 0
	}
	y, err := strconv.Atoi(s.toks[j].Text)
	if err != nil || y < 1000 || y > 2999 {
		return 0
	}
	return y
}

// dateWords reads a written date at i: [lundi] 26 août [2023] [à 18h],
// 1er janvier, mai 2017, mi-2024.
func (s *scanner) dateWords(i, lim int) (Quantity, int, bool) {
	j := i
	k := s.kk(i)
	if s.flags(i)&fWeekday != 0 {
		j++
	}
	day, dayEnd := 0, j+1
	switch {
	case j < lim && s.toks[j].Kind == tokNumber && len(s.toks[j].Text) <= 2:
		day, _ = strconv.Atoi(s.toks[j].Text)
	case s.key(j, lim) == "1er" || s.key(j, lim) == "premier":
		day = 1
	case j < lim && s.toks[j].Kind == tokWord:
		// le quatorze juillet, le vingt et un mars
		if r, ok := s.spelled(j, lim); ok && !r.ordinal && !r.article && r.end < lim && s.month(r.end, lim) != 0 {
			if v, ok := r.val.Int64(); ok && r.val.Cmp(Int(v)) == 0 {
				day, dayEnd = int(v), r.end
			}
		}
	}
	if day >= 1 && day <= 31 {
		if m := s.month(dayEnd, lim); m != 0 {
			end := dayEnd + 1
			if end+1 < lim && s.toks[end].Text == "." && s.toks[end-1].End == s.toks[end].Start && s.year4(end+1, lim) != 0 {
				end++ // 7 sept. 2021
			}
			y := s.year4(end, lim)
			if y != 0 {
				end++
			} else if sy, e := s.spelledYear(end, lim); sy != 0 {
				y, end = sy, e // le onze septembre deux mille un
			}
			if day > daysIn(m, y) {
				return Quantity{}, 0, false
			}
			date := isoDate(y, m, day)
			if c, e := s.timeAfter(end, lim); c != "" {
				date, end = date+c, e
			}
			q := s.make(i, end, Date)
			q.Date = date
			return q, end, true
		}
	}
	if j != i {
		return Quantity{}, 0, false
	}
	if m := s.month(i, lim); m != 0 {
		if i+2 < lim && s.toks[i+1].Text == "." && s.toks[i].End == s.toks[i+1].Start {
			if y := s.year4(i+2, lim); y != 0 {
				q := s.make(i, i+3, Date) // sept. 2019
				q.Date = isoDate(y, m, 0)
				return q, i + 3, true
			}
		}
		if y := s.year4(i+1, lim); y != 0 {
			q := s.make(i, i+2, Date)
			q.Date = isoDate(y, m, 0)
			return q, i + 2, true
		}
		if y, e := s.spelledYear(i+1, lim); y != 0 && fullMonths[k] {
			// mai deux mille dix-huit (a full month name: Sept mille… counts)
			q := s.make(i, e, Date)
			q.Date = isoDate(y, m, 0)
			return q, e, true
		}
	}
	// mi-2024, fin-2023
	if p, rest, ok := strings.Cut(k, "-"); ok && (p == "mi" || p == "fin" || p == "debut") && len(rest) == 4 {
		if y, err := strconv.Atoi(rest); err == nil && y >= 1000 {
			q := s.make(i, i+1, Date)
			q.Date = yearString(y)
			return q, i + 1, true
		}
	}
	return Quantity{}, 0, false
}

// spelledYear reads a year written in words at j (deux mille vingt-quatre,
// mille neuf cent quatre-vingt-quatre, dix-neuf cent soixante-dix) and
// returns it with the end of its tokens, or 0.
func (s *scanner) spelledYear(j, lim int) (int, int) {
	if j >= lim || s.toks[j].Kind != tokWord {
		return 0, j
	}
	r, ok := s.spelled(j, lim)
	if !ok || r.ordinal || r.article || !isYear(r.val) {
		return 0, j
	}
	y, _ := r.val.Int64()
	if r.val.Cmp(Int(y)) != 0 {
		return 0, j
	}
	return int(y), r.end
}

// fullMonths are the month names written in full, folded.
var fullMonths = map[string]bool{
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true,
	"juillet": true, "aout": true, "septembre": true, "octobre": true, "novembre": true, "decembre": true,
}
