package boilerplate

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/depeche-nlp/depeche/token"
)

// paris is the Europe/Paris zone, or nil when the system has no time zone
// database (then [parisDate] applies the EU summer-time rule itself).
var paris = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		return nil
	}
	return loc
})

// parisDate returns the wall-clock time in Paris. Without a zone database
// it uses CET (UTC+1) and, from the last Sunday of March to the last
// Sunday of October at 01:00 UTC, CEST (UTC+2).
func parisDate(y int, m time.Month, d, hh, mm int) time.Time {
	if loc := paris(); loc != nil {
		return time.Date(y, m, d, hh, mm, 0, 0, loc)
	}
	start := lastSunday(y, time.March).Add(time.Hour)
	end := lastSunday(y, time.October).Add(time.Hour)
	utc := time.Date(y, m, d, hh, mm, 0, 0, time.UTC).Add(-time.Hour)
	if !utc.Before(start) && utc.Before(end.Add(time.Hour)) {
		return time.Date(y, m, d, hh, mm, 0, 0, time.FixedZone("CEST", 2*3600))
	}
	return time.Date(y, m, d, hh, mm, 0, 0, time.FixedZone("CET", 3600))
}

// lastSunday returns midnight UTC of the last Sunday of month m.
func lastSunday(y int, m time.Month) time.Time {
	t := time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	return t.AddDate(0, 0, -int(t.Weekday()))
}

var monthNum = map[string]time.Month{
	"janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
	"mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9,
	"octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}

// agencyNames spells the news agencies that sign texts.
var agencyNames = map[string]string{
	"afp": "AFP", "reuters": "Reuters", "ap": "AP", "belga": "Belga", "ats": "ATS",
	"ansa": "ANSA", "dpa": "DPA", "efe": "EFE", "keystone-ats": "Keystone-ATS",
	"bloomberg": "Bloomberg", "xinhua": "Xinhua", "apa": "APA", "relaxnews": "Relaxnews",
}

// meta reads the page metadata from the classified blocks.
func (p *page) meta(bs []Block) Meta {
	var m Meta
	var k keyer
	for i, b := range bs {
		par := p.doc.Paragraphs[i]
		switch b.Class {
		case Title:
			if m.Title == "" {
				m.Title = b.Text
			}
		case Dateline:
			pub, upd := readDates(par, &k)
			if m.Published.IsZero() {
				m.Published = pub
			}
			if m.Updated.IsZero() {
				m.Updated = upd
			}
			m.Authors = appendAuthors(m.Authors, par, &k, true)
			if m.Agency == "" {
				m.Agency = findAgency(par, &k, 40)
			}
		case Byline:
			m.Authors = appendAuthors(m.Authors, par, &k, false)
			if m.Agency == "" {
				m.Agency = findAgency(par, &k, 40)
			}
		case Content:
			if m.Agency == "" && !p.contentSeen {
				m.Agency = findAgency(par, &k, 8)
				p.contentSeen = true
			}
		}
	}
	return m
}

// tokens returns the tokens of a paragraph.
func tokens(par token.Paragraph) []token.Token {
	if len(par.Sentences) == 0 {
		return nil
	}
	if len(par.Sentences) == 1 {
		return par.Sentences[0].Tokens
	}
	var out []token.Token
	for _, s := range par.Sentences {
		out = append(out, s.Tokens...)
	}
	return out
}

// findAgency returns the first news agency named in the first max tokens.
func findAgency(par token.Paragraph, k *keyer, max int) string {
	for i, t := range tokens(par) {
		if i >= max {
			break
		}
		if t.Kind != token.Word {
			continue
		}
		if name, ok := agencyNames[string(k.key(t.Text))]; ok && (t.Text != "ap" && t.Text != "Ap") {
			return name
		}
	}
	return ""
}

// readDates reads the publication and update times of a dateline.
func readDates(par token.Paragraph, k *keyer) (pub, upd time.Time) {
	toks := tokens(par)
	utc := strings.Contains(par.Text, "GMT") || strings.Contains(par.Text, "UTC")
	updating := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == token.Word {
			switch string(k.key(t.Text)) {
			case "publie", "publiee", "cree":
				updating = false
			case "mis", "mise", "modifie", "actualise", "maj":
				updating = true
			}
		}
		y, mo, d, next, ok := readDate(toks, i, k)
		if !ok {
			continue
		}
		hh, mm := 0, 0
		for j := next; j < len(toks) && j < next+3; j++ {
			if toks[j].Kind == token.Time {
				hh, mm, ok = parseClock(toks[j].Text)
				if !ok {
					hh, mm = 0, 0
				}
				next = j + 1
				break
			}
		}
		var tm time.Time
		if utc {
			tm = time.Date(y, mo, d, hh, mm, 0, 0, time.UTC)
		} else {
			tm = parisDate(y, mo, d, hh, mm)
		}
		if updating && upd.IsZero() {
			upd = tm
		} else if !updating && pub.IsZero() {
			pub = tm
		}
		i = next - 1
	}
	return pub, upd
}

// readDate reads a date at token i: 29/08/2023, 2023-08-29, 04.05.2015,
// 01/06/18, or 12 avril 2015 (1er mars 2019). It returns the index after
// the date.
func readDate(toks []token.Token, i int, k *keyer) (int, time.Month, int, int, bool) {
	t := toks[i]
	switch t.Kind {
	case token.Date:
		parts := strings.FieldsFunc(t.Text, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
		if len(parts) != 3 {
			return 0, 0, 0, 0, false
		}
		a, e1 := strconv.Atoi(parts[0])
		b, e2 := strconv.Atoi(parts[1])
		c, e3 := strconv.Atoi(parts[2])
		if e1 != nil || e2 != nil || e3 != nil {
			return 0, 0, 0, 0, false
		}
		d, m, y := a, b, c
		if len(parts[0]) == 4 {
			y, m, d = a, b, c
		}
		if y < 100 {
			y += 2000
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return 0, 0, 0, 0, false
		}
		return y, time.Month(m), d, i + 1, true
	case token.Number, token.Word:
		txt := strings.TrimSuffix(strings.TrimSuffix(t.Text, "er"), "ER")
		d, err := strconv.Atoi(txt)
		if err != nil || d < 1 || d > 31 || i+2 >= len(toks) {
			return 0, 0, 0, 0, false
		}
		mo, ok := monthNum[strings.TrimSuffix(string(k.key(toks[i+1].Text)), ".")]
		if !ok {
			return 0, 0, 0, 0, false
		}
		y, err := strconv.Atoi(toks[i+2].Text)
		if err != nil || y < 1900 || y > 2200 {
			return 0, 0, 0, 0, false
		}
		return y, mo, d, i + 3, true
	}
	return 0, 0, 0, 0, false
}

// parseClock reads 18:33, 18h33 or 18h.
func parseClock(s string) (int, int, bool) {
	i := strings.IndexAny(s, ":hH")
	if i < 0 {
		return 0, 0, false
	}
	hh, err := strconv.Atoi(s[:i])
	if err != nil || hh > 23 {
		return 0, 0, false
	}
	mm := 0
	if rest := s[i+1:]; rest != "" {
		if mm, err = strconv.Atoi(rest); err != nil || mm > 59 {
			return 0, 0, false
		}
	}
	return hh, mm, true
}

// appendAuthors adds the person names of a byline to list: runs of two or
// more capitalised words (with particles), skipping agencies and the names
// after "édité par". In a dateline, only names after "par" count.
func appendAuthors(list []string, par token.Paragraph, k *keyer, afterPar bool) []string {
	toks := tokens(par)
	on := !afterPar
	start, words := -1, 0
	flush := func(end int) {
		if start >= 0 && words >= 2 {
			name := par.Text[toks[start].Start-par.Start : toks[end-1].End-par.Start]
			if !seen(list, name) {
				list = append(list, name)
			}
		}
		start, words = -1, 0
	}
	for i, t := range toks {
		key := string(k.key(t.Text))
		if key == "par" {
			flush(i)
			on = !(i > 0 && (string(k.key(toks[i-1].Text)) == "edite" || string(k.key(toks[i-1].Text)) == "editee"))
			continue
		}
		if !on {
			continue
		}
		r := []rune(t.Text)
		capital := len(r) > 0 && unicode.IsUpper(r[0])
		particle := start >= 0 && (key == "de" || key == "van" || key == "von" || key == "du" || key == "le" || key == "la" || key == "d'" || key == "da" || key == "di" || key == "del")
		if _, isAgency := agencyNames[key]; isAgency {
			capital = false
		}
		switch {
		case (t.Kind == token.Word || t.Kind == token.Abbrev) && capital:
			if start < 0 {
				start = i
			}
			words++
		case particle:
		default:
			flush(i)
		}
	}
	flush(len(toks))
	return list
}
