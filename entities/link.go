package entities

import (
	"sync"

	"github.com/depeche-nlp/depeche/internal/textnorm"
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

// Table maps names (canonical, aliases, acronym; folded) to links. Its zero
// value is empty and usable. A Table is safe for concurrent use.
type Table struct {
	mu    sync.RWMutex
	links []Link
	index map[string]int
}

// Add adds l to the table, indexed by its canonical name, aliases and
// acronym. A later link wins for a name that is already present.
func (t *Table) Add(l Link) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.index == nil {
		t.index = make(map[string]int)
	}
	i := len(t.links)
	t.links = append(t.links, l)
	t.index[textnorm.Key(l.Canonical)] = i
	for _, a := range l.Aliases {
		t.index[textnorm.Key(a)] = i
	}
	if l.Acronym != "" {
		t.index[textnorm.Key(l.Acronym)] = i
	}
}

// Lookup returns the link for name (any alias or acronym, folded).
func (t *Table) Lookup(name string) (Link, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	i, ok := t.index[textnorm.Key(name)]
	if !ok {
		return Link{}, false
	}
	return t.links[i], true
}

var defaultTable = sync.OnceValue(func() *Table { return &Table{} })

// DefaultTable returns the built-in linking table. Adding to it affects
// every default [Tagger].
func DefaultTable() *Table { return defaultTable() }

// link fills the linking fields of e when its text is in the table with a
// compatible label.
func (t *Table) link(e *Entity) {
	l, ok := t.Lookup(e.Text)
	if !ok {
		return
	}
	if l.Label != e.Label && !(l.Label == ORG && e.Label == LOC) && !(l.Label == LOC && e.Label == ORG) {
		return
	}
	if l.Label == LOC || l.Label == ORG {
		e.Label = l.Label
	}
	e.Canonical, e.ID, e.Acronym = l.Canonical, l.ID, l.Acronym
}

// Lookup looks name up in the default table.
func Lookup(name string) (Link, bool) { return defaultTable().Lookup(name) }
