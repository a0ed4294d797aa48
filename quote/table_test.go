package quote

import (
	"testing"

	"github.com/depeche-nlp/depeche/entities"
	"github.com/depeche-nlp/depeche/token"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWordTable(t *testing.T) {
	tab := defaultTable()
	require.Less(t, len(tab.ents), 1<<16, "slot indices are 16 bits")
	for _, tc := range []struct {
		name, key string
		flags     uint64
		lemma     string
	}{
		{"determiner", "le", fDet | fSubjDet, ""},
		{"verb form", "declare", fVerb, "déclarer"},
		{"role noun", "ministre", fRole, ""},
		{"first name", "marie", fFirst, ""},
		{"unknown word", "zzzq", 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := tab.find(tc.key)
			if tc.flags == 0 {
				assert.Equal(t, int32(-1), e)
				return
			}
			require.GreaterOrEqual(t, e, int32(0))
			assert.Equal(t, tc.flags, tab.ents[e].f&tc.flags)
			assert.Equal(t, tc.lemma, tab.ents[e].lemma)
			assert.Equal(t, e, tab.findBytes([]byte(tc.key)))
		})
	}
}

func TestExtractorOwnVerbs(t *testing.T) {
	x := Extractor{
		Verbs:  map[string]string{"confie": "confier"},
		Tagger: func(*token.Doc) []entities.Entity { return nil },
	}
	for _, tc := range []struct {
		name, text string
		want       []string // text, verb, speaker of each quote
	}{
		{"own verb", "Le maire confie que la route sera fermée lundi.", []string{"la route sera fermée lundi", "confier", "Le maire"}},
		{"embedded verb ignored", "Le maire a dit que la route sera fermée lundi.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range x.Extract(tc.text) {
				require.NotNil(t, q.Speaker)
				got = append(got, q.Text, q.Verb, q.Speaker.Text)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
