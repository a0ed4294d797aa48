package entities

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/depeche-nlp/depeche/token"
)

// Link is an entry of a linking [Table]: a well-known entity with its
// canonical name, Wikidata identifier, acronym, label and aliases.
type Link struct {
	Canonical string   `json:"canonical"`
	ID        string   `json:"id,omitempty"`
	Acronym   string   `json:"acronym,omitempty"`
	Label     Label    `json:"label"`
	Aliases   []string `json:"aliases,omitempty"`
}

// Table maps names (canonical name, aliases and acronym, folded: case,
// accents and apostrophes do not matter) to links. Its zero value is empty
// and usable; [NewTable] starts from the default table. A Table is safe for
// concurrent use.
type Table struct {
	mu       sync.RWMutex
	links    []Link
	index    map[string]int
	caps     map[string]bool // keys known only as all-caps acronyms (UN, AP)
	prefixes map[string]bool
	maxWords int
}

// NewTable returns a table holding a copy of the default links, to which
// the caller may [Table.Add] its own.
func NewTable() *Table {
	t := &Table{}
	d := defaultTable()
	d.mu.RLock()
	defer d.mu.RUnlock()
	for _, l := range d.links {
		t.Add(l)
	}
	return t
}

// key folds name token by token, the way names are matched in a text.
func key(name string) (string, int) {
	var b strings.Builder
	n := 0
	for t := range token.All(name) {
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(textnorm.Key(t.Text))
		n++
	}
	return b.String(), n
}

// Add adds l to the table, indexed by its canonical name, aliases and
// acronym. A later link wins for a name that is already present.
func (t *Table) Add(l Link) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.index == nil {
		t.index = make(map[string]int)
		t.caps = make(map[string]bool)
		t.prefixes = make(map[string]bool)
	}
	i := len(t.links)
	t.links = append(t.links, l)
	for _, name := range append([]string{l.Canonical, l.Acronym}, l.Aliases...) {
		if k, n := key(name); n > 0 {
			_, seen := t.index[k]
			t.caps[k] = isCaps(name) && (!seen || t.caps[k])
			t.index[k] = i
			t.maxWords = max(t.maxWords, n)
			for j := strings.IndexByte(k, ' '); j > 0; j = nextSpace(k, j) {
				t.prefixes[k[:j]] = true
			}
		}
	}
}

// Lookup returns the link for name (any alias or acronym, folded).
func (t *Table) Lookup(name string) (Link, bool) {
	k, _ := key(name)
	t.mu.RLock()
	defer t.mu.RUnlock()
	i, ok := t.index[k]
	if !ok || t.caps[k] && !isCaps(name) {
		return Link{}, false
	}
	return t.links[i], true
}

// isCaps reports whether s has letters and none in lower case: an acronym
// written as such ("UN", "AP"), which must not match the words "Un", "ap".
func isCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// setLink fills the linking fields of e from l, the link of its text,
// when the labels are compatible.
func (t *Table) setLink(e *Entity, l Link) {
	if l.Label != e.Label && !(l.Label == ORG && e.Label == LOC) && !(l.Label == LOC && e.Label == ORG) {
		return
	}
	e.Label = l.Label
	e.Canonical, e.ID, e.Acronym = l.Canonical, l.ID, l.Acronym
}

// linkKey caches what the table says of one key alone: set is true once
// known, prefix when the key starts a longer name, index the link of the
// key (-1 if none).
type linkKey struct {
	set, prefix bool
	index       int32
}

// linkAll fills the linking fields of the entities of ents whose text is
// in the table with a compatible label, looking each distinct text up
// once.
func (t *Table) linkAll(ents []Entity) {
	type found struct {
		l  Link
		ok bool
	}
	cache := make(map[string]found, len(ents))
	for i := range ents {
		e := &ents[i]
		f, seen := cache[e.Text]
		if !seen {
			f.l, f.ok = t.Lookup(e.Text)
			cache[e.Text] = f
		}
		if f.ok {
			t.setLink(e, f.l)
		}
	}
}

// match tags the token runs of d that are names of the table and contain
// an upper-case letter ("département américain de la Justice", "FBI"). A
// match replaces the model's entities it covers and yields to the ones it
// would cut. keys and kids are the folded key and key id of every token;
// cache, by key id, is zero or filled by an earlier match of the same
// document and table.
func (t *Table) match(d *token.Doc, keys []string, kids []int32, cache []linkKey, ents []Entity) []Entity {
	t.mu.RLock()
	defer t.mu.RUnlock()
	if len(t.index) == 0 {
		return ents
	}
	toks := d.Tokens
	var buf []byte
	var found []Entity
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != token.Word && toks[i].Kind != token.Abbrev {
			continue
		}
		buf = buf[:0]
		best, bi := -1, 0
		for j := i; j < len(toks) && j < i+t.maxWords; j++ {
			if j > i {
				if toks[j].Start-toks[j-1].End > 1 || strings.ContainsAny(d.Text[toks[j-1].End:toks[j].Start], "\n\r") {
					break
				}
				if !t.prefixes[string(buf)] {
					break
				}
				buf = append(buf, ' ')
			}
			buf = append(buf, keys[j]...)
			li, ok := 0, false
			if j == i {
				c := &cache[kids[i]]
				if !c.set {
					c.set, c.prefix, c.index = true, t.prefixes[keys[i]], -1
					if li, ok := t.index[keys[i]]; ok {
						c.index = int32(li)
					}
				}
				if !c.prefix {
					if r, _ := utf8.DecodeRuneInString(toks[i].Text); !unicode.IsUpper(r) {
						break // a lower-case word alone is never a name
					}
				}
				li, ok = int(c.index), c.index >= 0
			} else {
				li, ok = t.index[string(buf)]
			}
			if ok && !(t.caps[string(buf)] && !isCaps(d.Text[toks[i].Start:toks[j].End])) {
				best, bi = j, li
			}
		}
		if best < 0 || !textnorm.HasUpper(d.Text[toks[i].Start:toks[best].End]) {
			continue
		}
		if best == i && t.caps[keys[i]] && lexicon.Stopwords().Has(keys[i]) && capsContext(d, i) {
			// "UN" in "PISTE D'UN INDIVIDU ISOLE" is the word un.
			continue
		}
		l := t.links[bi]
		s, e := toks[i].Start, toks[best].End
		found = append(found, Entity{Text: d.Text[s:e], Start: s, End: e, Label: l.Label})
		i = best
	}
	return mergeMatches(ents, found)
}

// capsContext reports whether a word next to token i, on the same line,
// is written in capitals: a heading in capitals, where a stop word such as
// "UN" is a word, not an acronym.
func capsContext(d *token.Doc, i int) bool {
	toks := d.Tokens
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(toks) {
			continue
		}
		a, b := toks[min(i, j)], toks[max(i, j)]
		if strings.ContainsAny(d.Text[a.End:b.Start], "\n\r") {
			continue
		}
		if w := toks[j]; (w.Kind == token.Word || w.Kind == token.Elision) && isCaps(w.Text) {
			return true
		}
	}
	return false
}

var defaultTable = sync.OnceValue(func() *Table {
	t := &Table{}
	for _, rec := range lexicon.Records(lexicon.GazetteerLinks) {
		f := lexicon.Fields(rec)
		if len(f) != 5 {
			continue
		}
		l := Link{Canonical: f[0], ID: f[2], Acronym: f[3]}
		switch f[1] {
		case "PER":
			l.Label = PER
		case "ORG":
			l.Label = ORG
		case "LOC":
			l.Label = LOC
		default:
			l.Label = MISC
		}
		if f[4] != "" {
			l.Aliases = strings.Split(f[4], "|")
		}
		t.Add(l)
	}
	return t
})

// DefaultTable returns the built-in linking table: institutions frequent
// in French news (ministries, courts, police and intelligence services,
// parties, international bodies, news agencies) and countries, with
// Wikidata identifiers where known. Adding to it affects every [Tagger]
// whose Links field is nil; use [NewTable] for a private copy.
func DefaultTable() *Table { return defaultTable() }

// Lookup looks name up in the default table: any alias or acronym,
// folded ("département américain de la Justice", "DoJ", "Etats-Unis").
func Lookup(name string) (Link, bool) { return defaultTable().Lookup(name) }

func nextSpace(s string, j int) int {
	k := strings.IndexByte(s[j+1:], ' ')
	if k < 0 {
		return -1
	}
	return j + 1 + k
}

// mergeMatches adds to ents, both sorted by Start, the matches found by a
// lexicon pass: a match replaces the entities it contains and is dropped
// when it only partly overlaps one.
func mergeMatches(ents, found []Entity) []Entity {
	if len(found) == 0 {
		return ents
	}
	out := make([]Entity, 0, len(ents)+len(found))
	k := 0
	for _, f := range found {
		// Entities before the match stay.
		for k < len(ents) && ents[k].End <= f.Start {
			out = append(out, ents[k])
			k++
		}
		// The match must contain every entity it overlaps.
		ok := true
		for j := k; j < len(ents) && ents[j].Start < f.End; j++ {
			if ents[j].Start < f.Start || ents[j].End > f.End {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for k < len(ents) && ents[k].Start < f.End {
			k++
		}
		out = append(out, f)
	}
	out = append(out, ents[k:]...)
	sortByStart(out)
	return out
}
