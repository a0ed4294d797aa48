package quote

import (
	"sync"

	"github.com/depeche-nlp/depeche/internal/lexicon"
	"github.com/depeche-nlp/depeche/internal/textnorm"
)

// wordEntry is what the lexicons say about one folded word.
type wordEntry struct {
	key   string
	f     uint64 // word classes, with fVerb, fLemmaKey, fFirst, fRole… and genders
	lemma string // when f has fVerb
}

// wordTable is an open-addressing hash table of the words of every
// lexicon the package looks tokens up in, so that each token costs one
// lookup. A slot holds the entry index plus one in its low 16 bits and a
// fingerprint of the hash in its high 16 bits; 0 is an empty slot.
type wordTable struct {
	slots []uint32
	mask  uint32
	ents  []wordEntry
}

// hashKey hashes a folded key, given as a string or as bytes, without
// allocating.
func hashKey[T ~string | ~[]byte](s T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h
}

// findBytes is find for a key held in a byte slice.
func (t *wordTable) findBytes(key []byte) int32 {
	h := hashKey(key)
	fp := h >> 16
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s>>16 == fp {
			if e := int32(s&0xffff) - 1; t.ents[e].key == string(key) {
				return e
			}
		}
	}
}

// find returns the index of the entry for key, or -1.
func (t *wordTable) find(key string) int32 {
	h := hashKey(key)
	fp := h >> 16
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s>>16 == fp {
			if e := int32(s&0xffff) - 1; t.ents[e].key == key {
				return e
			}
		}
	}
}

// add returns the entry for key, adding an empty one when needed.
func (t *wordTable) add(key string) *wordEntry {
	if e := t.find(key); e >= 0 {
		return &t.ents[e]
	}
	h := hashKey(key)
	i := h & t.mask
	for t.slots[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.ents = append(t.ents, wordEntry{key: key})
	t.slots[i] = h>>16<<16 | uint32(len(t.ents))
	return &t.ents[len(t.ents)-1]
}

func newWordTable(n int) *wordTable {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return &wordTable{slots: make([]uint32, size), mask: uint32(size - 1), ents: make([]wordEntry, 0, n)}
}

// buildTable indexes the closed word classes, the role nouns, the first
// names and, when verbs is not nil, the verb forms and lemmas.
func buildTable(verbs map[string]string) *wordTable {
	roles, firsts := lexicon.Roles(), lexicon.FirstNames()
	t := newWordTable(len(roles) + len(firsts) + len(verbs) + 2048)
	for w, f := range wordClasses() {
		t.add(w).f |= f
	}
	for w, r := range roles {
		e := t.add(w)
		e.f |= fRole | uint64(r.Gender)<<shiftRoleGender
		if r.Plural {
			e.f |= fRolePlural
		}
		if r.Org {
			e.f |= fRoleOrg
		}
	}
	for w, g := range firsts {
		t.add(w).f |= fFirst | uint64(g)<<shiftFirstGender
	}
	for w, c := range lexicon.Names().Names {
		if c&lexicon.GazDemonym != 0 {
			t.add(w).f |= fDemonym
		}
	}
	if verbs != nil {
		lemmas := map[string]bool{}
		for _, l := range verbs {
			lemmas[textnorm.Key(l)] = true
		}
		for w, l := range verbs {
			e := t.add(w)
			e.f |= fVerb
			e.lemma = l
			if lemmas[w] {
				e.f |= fLemmaKey
			}
		}
	}
	return t
}

// defaultTable holds the embedded verb lexicon; baseTable has no verbs,
// for an Extractor with its own.
var (
	defaultTable = sync.OnceValue(func() *wordTable { return buildTable(lexicon.Verbs()) })
	baseTable    = sync.OnceValue(func() *wordTable { return buildTable(nil) })
)
