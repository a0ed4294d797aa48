package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Byte classes of the ASCII range.
const (
	clsOther  uint8 = iota
	clsSpace        // white space
	clsLetter       // a-z A-Z
	clsDigit        // 0-9
)

var ascii = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clsLetter
		t[c-'a'+'A'] = clsLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = clsDigit
	}
	for _, c := range " \t\n\r\v\f" {
		t[c] = clsSpace
	}
	return t
}()

// isSpaceRune reports whether the non-ASCII rune r separates tokens: no-break
// and thin spaces, the other Unicode spaces, zero-width space and BOM.
func isSpaceRune(r rune) bool {
	switch r {
	case '\u00a0', '\u202f', '\u200b', '\ufeff', '\u2028', '\u2029', '\u0085':
		return true
	}
	return unicode.IsSpace(r)
}

// isWordRune reports whether the non-ASCII rune r continues a word: letters,
// digits, combining marks, and the soft hyphen and joiners found inside
// scraped words.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		r == '\u00ad' || r == '\u200d' || r == '\u200c'
}

// scanner walks a text token by token.
type scanner struct {
	src string
	pos int
	// quoteOpen tracks straight double quotes in the current line, to class
	// an ambiguous " as opening or closing.
	quoteOpen bool
}

// next returns the bounds and kind of the next token; start is -1 at the
// end of the text. Returning the span rather than a Token keeps the hot
// loop free of 40-byte copies.
func (s *scanner) next() (start, end int, kind Kind) {
	src := s.src
	i := s.pos
	for i < len(src) {
		c := src[i]
		if c == ' ' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if ascii[c] != clsSpace {
				break
			}
			if c == '\n' {
				s.quoteOpen = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && n == 1 || isSpaceRune(r) {
			i += n
			continue
		}
		break
	}
	if i >= len(src) {
		s.pos = len(src)
		return -1, -1, 0
	}
	end, kind = s.scan(i)
	s.pos = end
	return i, end, kind
}

// at returns the byte at i, or 0 past the end.
func (s *scanner) at(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

func (s *scanner) isDigit(i int) bool { c := s.at(i); return '0' <= c && c <= '9' }

// isAlnum reports whether a letter or digit starts at i.
func (s *scanner) isAlnum(i int) bool {
	if i >= len(s.src) {
		return false
	}
	c := s.src[i]
	if c < utf8.RuneSelf {
		return ascii[c] == clsLetter || ascii[c] == clsDigit
	}
	r, _ := utf8.DecodeRuneInString(s.src[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// prevIsSpace reports whether the text before i is empty or ends in white
// space or an opening bracket.
func (s *scanner) prevIsSpace(i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s.src[:i])
	switch r {
	case '(', '[', '{', '«', '“', '„', '‹', '—', '–', '/':
		return true
	}
	return r < utf8.RuneSelf && ascii[r] == clsSpace || r >= utf8.RuneSelf && isSpaceRune(r)
}

// digits returns the end of the run of ASCII digits starting at i.
func (s *scanner) digits(i int) int {
	for i < len(s.src) && '0' <= s.src[i] && s.src[i] <= '9' {
		i++
	}
	return i
}

// wordByte classes every byte for wordRun: 1 for an ASCII letter or digit,
// 2 for the first byte of a multi-byte sequence, 0 for the rest.
var wordByte = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 2
		case ascii[c] == clsLetter || ascii[c] == clsDigit:
			t[c] = 1
		}
	}
	return t
}()

// wordRun returns the end of the run of letters, digits and marks at i.
func (s *scanner) wordRun(i int) int {
	src := s.src
	for i < len(src) {
		switch wordByte[src[i]] {
		case 1:
			i++
			continue
		case 0:
			return i
		}
		// Latin-1 letters (à-ÿ, À-Þ) are the common case in French: U+00C0
		// to U+00FF but × and ÷, encoded C3 80 to C3 BF.
		if src[i] == 0xC3 && i+1 < len(src) {
			if c := src[i+1]; c >= 0x80 && c <= 0xBF && c != 0x97 && c != 0xB7 {
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && n == 1 || !isWordRune(r) {
			return i
		}
		i += n
	}
	return i
}

// scan returns the end and kind of the token that starts at i, which is not
// white space.
func (s *scanner) scan(i int) (int, Kind) {
	src := s.src
	c := src[i]
	if c < utf8.RuneSelf {
		switch ascii[c] {
		case clsDigit:
			return s.number(i, i)
		case clsLetter:
			return s.word(i)
		}
		switch c {
		case '-', '+':
			if s.isDigit(i+1) && s.prevIsSpace(i) {
				return s.number(i, i+1)
			}
			if c == '-' {
				if n := clitic(src[i:]); n > 0 && i > 0 && !s.prevIsSpace(i) {
					return i + n, Clitic
				}
				return s.run(i, '-'), Punct
			}
			return i + 1, Symbol
		case '"':
			return i + 1, s.straightQuote(i)
		case '.':
			return s.run(i, '.'), Punct
		case '!', '?':
			j := i + 1
			for j < len(src) && (src[j] == '!' || src[j] == '?') {
				j++
			}
			return j, Punct
		case '@':
			if j := s.handle(i + 1); j > i+1 {
				return j, Handle
			}
			return i + 1, Symbol
		case '#':
			if s.isAlnum(i + 1) {
				return s.wordRun(i + 1), Hashtag
			}
			return i + 1, Symbol
		case '%', '$', '&', '*', '=', '<', '>', '|', '~', '^', '`', '\\', '_':
			return i + 1, Symbol
		}
		return i + 1, Punct
	}
	r, n := utf8.DecodeRuneInString(src[i:])
	switch {
	case isWordRune(r):
		return s.word(i)
	case r == '«' || r == '“' || r == '„' || r == '‹':
		return i + n, OpenQuote
	case r == '»' || r == '”' || r == '›':
		return i + n, CloseQuote
	case r == '−' && s.isDigit(i+n) && s.prevIsSpace(i):
		return s.number(i, i+n)
	case unicode.IsSymbol(r):
		return i + n, Symbol
	}
	return i + n, Punct
}

// run returns the end of the run of byte c starting at i.
func (s *scanner) run(i int, c byte) int {
	for i < len(s.src) && s.src[i] == c {
		i++
	}
	return i
}

// straightQuote classes the " at i as opening or closing, from the spaces
// around it, or by alternation when the context says nothing.
func (s *scanner) straightQuote(i int) Kind {
	before := s.prevIsSpace(i)
	after := i+1 >= len(s.src) || s.nextIsSpaceOrPunct(i+1)
	open := s.quoteOpen
	switch {
	case before && !after:
		open = false
	case !before && after:
		open = true
	}
	s.quoteOpen = !open
	if open {
		return CloseQuote
	}
	return OpenQuote
}

// nextIsSpaceOrPunct reports whether white space or closing punctuation
// starts at i.
func (s *scanner) nextIsSpaceOrPunct(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.src[i:])
	switch r {
	case ',', '.', ';', ':', '!', '?', ')', ']', '}', '»', '…':
		return true
	}
	return r < utf8.RuneSelf && ascii[r] == clsSpace || r >= utf8.RuneSelf && isSpaceRune(r)
}

// handle returns the end of the @handle whose name starts at i.
func (s *scanner) handle(i int) int {
	for i < len(s.src) {
		c := s.src[i]
		if c < utf8.RuneSelf && (ascii[c] == clsLetter || ascii[c] == clsDigit || c == '_') {
			i++
			continue
		}
		break
	}
	return i
}

// apostrophe returns the length of the apostrophe (' or ’) at i, or 0.
func (s *scanner) apostrophe(i int) int {
	src := s.src
	if i >= len(src) {
		return 0
	}
	switch src[i] {
	case '\'':
		return 1
	case 0xE2: // ’ is E2 80 99
		if i+2 < len(src) && src[i+1] == 0x80 && src[i+2] == 0x99 {
			return 3
		}
	}
	return 0
}

// word scans a word starting at i: letters and digits, joined by
// apostrophes and hyphens, with elisions, clitics, abbreviations, e-mail
// addresses and web addresses split off or recognised.
func (s *scanner) word(start int) (int, Kind) {
	src := s.src
	i := start
	for {
		i = s.wordRun(i)
		if i >= len(src) {
			return i, Word
		}
		if n := s.apostrophe(i); n > 0 {
			if isElision(src[start:i]) {
				return i + n, Elision
			}
			if s.isAlnum(i + n) {
				i += n
				continue
			}
			return i, Word
		}
		switch src[i] {
		case '-':
			if !s.isAlnum(i+1) || clitic(src[i:]) > 0 {
				return i, Word
			}
			i++
			continue
		case '.':
			return s.dot(start, i)
		case '@':
			if j := s.email(start); j > 0 {
				return j, Email
			}
		case ':':
			if w := src[start:i]; (w == "http" || w == "https") && strings.HasPrefix(src[i:], "://") {
				return s.url(i), URL
			}
		}
		return i, Word
	}
}

// dot decides what the word src[start:i], followed by a dot at i, is: an
// abbreviation or initial that keeps its dot, an e-mail or web address, or
// a word before a full stop.
func (s *scanner) dot(start, i int) (int, Kind) {
	src := s.src
	w := src[start:i]
	if s.isAlnum(i + 1) {
		if w == "www" {
			return s.url(i), URL
		}
		if j := s.email(start); j > 0 {
			return j, Email
		}
		// lemonde.fr, Cybermalveillance.gouv.fr: the last label is a
		// top-level domain
		if j := s.wordRun(i + 1); !s.isAlnum(j) {
			last := src[i+1 : j]
			for n := 0; n < 4 && j+1 < len(src) && src[j] == '.' && s.isAlnum(j+1); n++ {
				k := s.wordRun(j + 1)
				if s.isAlnum(k) {
					break
				}
				last, j = src[j+1:k], k
			}
			if isDomain(last) && (j >= len(src) || src[j] != '.' || !s.isAlnum(j+1)) {
				return s.url(i), URL
			}
		}
	}
	if isInitial(w) {
		// J.-C., U.S., S.A.: initials chained with dots and hyphens.
		j := i + 1
		for {
			k := j
			if s.at(k) == '-' {
				k++
			}
			e := s.wordRun(k)
			if e == k || !isInitial(src[k:e]) || s.at(e) != '.' {
				return j, Abbrev
			}
			j = e + 1
		}
	}
	if isAbbrev(w) {
		return i + 1, Abbrev
	}
	return i, Word
}

// email returns the end of the e-mail address starting at start, or 0.
func (s *scanner) email(start int) int {
	src := s.src
	i := start
	for i < len(src) && i-start < 64 && (isASCIIWord(src[i]) || src[i] == '.' || src[i] == '+' || src[i] == '-') {
		i++
	}
	if i == start || s.at(i) != '@' {
		return 0
	}
	i++
	d := i
	dots := 0
	for i < len(src) && (isASCIIWord(src[i]) || src[i] == '-' || src[i] == '.' && isASCIIWord(s.at(i+1))) {
		if src[i] == '.' {
			dots++
		}
		i++
	}
	if i == d || dots == 0 {
		return 0
	}
	return i
}

func isASCIIWord(c byte) bool {
	return c < utf8.RuneSelf && (ascii[c] == clsLetter || ascii[c] == clsDigit || c == '_')
}

// url returns the end of the web address that runs through i: up to white
// space or a quote mark, less trailing punctuation.
func (s *scanner) url(i int) int {
	src := s.src
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if ascii[c] == clsSpace || c == '"' || c == '<' || c == '>' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && n == 1 || isSpaceRune(r) || r == '»' || r == '«' || r == '”' || r == '“' {
			break
		}
		i += n
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(src[:i])
		if !strings.ContainsRune(".,;:!?)]'’…", r) {
			break
		}
		i -= n
	}
	return i
}

// number scans a number whose digits start at d (after a sign at start, if
// any): grouped digits and decimals, dates and times. Digits run into
// letters (1er, 2e, 3D) make a word.
func (s *scanner) number(start, d int) (int, Kind) {
	src := s.src
	i := s.digits(d)
	n := i - d
	signed := d > start
	if !signed {
		if j, k := s.dateOrTime(d, i); j > 0 {
			return j, k
		}
	}
	plain := true
	if n <= 3 {
		if j := s.groups(i); j > i {
			i, plain = j, false
		}
	}
	switch {
	case s.at(i) == ',' && s.isDigit(i+1):
		i, plain = s.digits(i+1), false
	case s.at(i) == '.' && s.isDigit(i+1) && plain:
		i, plain = s.digits(i+1), false
	}
	if plain && !signed && i < len(src) && s.isAlnum(i) {
		return s.word(start)
	}
	return i, Number
}

// groups consumes thousands groups after the leading digits that end at i:
// one separator (space, no-break space, narrow no-break space, thin space,
// dot or apostrophe) used throughout, each time followed by exactly three
// digits. It returns i when there is none.
func (s *scanner) groups(i int) int {
	src := s.src
	sep := ""
	for {
		rest := src[i:]
		n := 0
		switch {
		case len(rest) > 0 && (rest[0] == ' ' || rest[0] == '.' || rest[0] == '\''):
			n = 1
		case strings.HasPrefix(rest, "\u00a0"):
			n = 2
		case strings.HasPrefix(rest, "\u202f"), strings.HasPrefix(rest, "\u2009"), strings.HasPrefix(rest, "’"):
			n = 3
		}
		if n == 0 || sep != "" && rest[:n] != sep {
			return i
		}
		j := s.digits(i + n)
		if j-(i+n) != 3 {
			return i
		}
		sep = rest[:n]
		i = j
	}
}

// dateOrTime recognises a numeric date or a clock time whose first digits
// are src[d:i].
func (s *scanner) dateOrTime(d, i int) (int, Kind) {
	n := i - d
	c := s.at(i)
	switch {
	case n <= 2 && (c == '/' || c == '.'):
		// 29/08/2023, 29/08/23, 29.08.2023
		j := s.digits(i + 1)
		if m := j - i - 1; m < 1 || m > 2 || s.at(j) != c {
			return 0, 0
		}
		k := s.digits(j + 1)
		if y := k - j - 1; (y == 4 || y == 2 && c == '/') && !s.isAlnum(k) {
			return k, Date
		}
	case n == 4 && c == '-':
		// 2023-08-29
		j := s.digits(i + 1)
		if j-i-1 != 2 || s.at(j) != '-' {
			return 0, 0
		}
		k := s.digits(j + 1)
		if k-j-1 == 2 && !s.isAlnum(k) {
			return k, Date
		}
	case n <= 2 && c == ':':
		// 18:33, 18:33:05
		j := s.digits(i + 1)
		if j-i-1 != 2 {
			return 0, 0
		}
		if s.at(j) == ':' && s.digits(j+1)-j-1 == 2 {
			j = s.digits(j + 1)
		}
		if !s.isAlnum(j) {
			return j, Time
		}
	case n <= 2 && (c == 'h' || c == 'H'):
		// 18h33, 18h
		j := s.digits(i + 1)
		if m := j - i - 1; (m == 0 || m == 2) && !s.isAlnum(j) {
			return j, Time
		}
	}
	return 0, 0
}

// clitic returns the length of the inverted subject pronoun at the start of
// s (-t-il, -elle, -on…), when one ends there, or 0.
func clitic(s string) int {
	if len(s) < 3 || s[0] != '-' {
		return 0
	}
	i := 1
	if strings.HasPrefix(s[1:], "t-") {
		i = 3
	}
	for _, p := range [...]string{"elles", "elle", "ils", "il", "on", "je", "tu", "ce"} {
		if strings.HasPrefix(s[i:], p) {
			e := i + len(p)
			if e == len(s) {
				return e
			}
			if c := s[e]; c >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(s[e:])
				if isWordRune(r) {
					return 0
				}
			} else if ascii[c] == clsLetter || ascii[c] == clsDigit || c == '-' {
				return 0
			}
			return e
		}
	}
	return 0
}

// isElision reports whether w, followed by an apostrophe, is an elided
// word: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu'.
func isElision(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'l', 'd', 'j', 'm', 'n', 's', 't', 'c':
			return true
		}
	case 2, 5, 6:
		switch strings.ToLower(w) {
		case "qu", "jusqu", "lorsqu", "puisqu", "quoiqu":
			return true
		}
	}
	return false
}

// isInitial reports whether w is a single upper-case letter.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && unicode.IsUpper(r)
}

// isAbbrev reports whether w followed by a dot is a common French
// abbreviation that does not end a sentence by itself.
func isAbbrev(w string) bool {
	switch w {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr", "Drs", "Pr", "Me", "Mr",
		"St", "Ste", "Sts", "Prof", "Gal", "Gén", "Lt", "Col", "Sgt", "Cdt", "Jr",
		"etc", "cf", "Cf", "p", "pp", "av", "apr", "al", "env", "éd", "éds", "chap", "fig",
		"ex", "vs", "n", "no", "coll", "dir", "trad", "tél", "Tél", "hab", "janv", "févr",
		"avr", "juil", "oct", "nov", "déc", "bd", "boul", "Cie", "cie", "Sté", "Inc", "Ltd", "Co":
		return true
	}
	return false
}

// isDomain reports whether tld, the part after a dot, is a top-level domain
// common in French news text, so that lemonde.fr is one token.
func isDomain(tld string) bool {
	switch tld {
	case "fr", "com", "org", "net", "be", "ch", "ca", "lu", "eu", "io", "info", "gouv", "tv", "co", "uk", "de", "it", "es", "news", "africa":
		return true
	}
	return false
}
