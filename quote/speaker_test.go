package quote

import (
	"testing"

	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpeakerRows covers speaker resolution in articles with several
// speakers: role phrases before a name, descriptions after a continuation
// verb, naming nouns after a quotation, the subject of the cue verb.
func TestSpeakerRows(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"a role with an à complement before the name",
			"« La croissance tiendra cette année », a prévenu le commissaire à l'économie Pierre Vernet.",
			[]want{{"La croissance tiendra cette année", "direct", "prévenir", "le commissaire à l'économie Pierre Vernet", "Pierre Vernet", "M"}}},
		{"a role with an aux complement before the name",
			"« Les stades seront prêts », assure la ministre déléguée aux Sports Anne Morel.",
			[]want{{"Les stades seront prêts", "direct", "assurer", "la ministre déléguée aux Sports Anne Morel", "Anne Morel", "F"}}},
		{"à after the speaker is not part of the role",
			"« Nous tiendrons », a déclaré le maire à la presse.",
			[]want{{"Nous tiendrons", "direct", "déclarer", "le maire", "maire", "M"}}},
		{"the subject ends before s'est",
			"La ministre de l'agriculture s'est, elle, montrée prudente, en estimant que la récolte serait « moyenne ».",
			[]want{{"la récolte serait « moyenne »", "mixed", "estimer", "La ministre de l'agriculture", "ministre de l'agriculture", "F"}}},
		{"a feminine role is not the man named before",
			"Le rapport a été remis lundi à Jean-Marc Tissot. La ministre du logement a estimé que le texte ouvrait la voie à un accord.",
			[]want{{"le texte ouvrait la voie à un accord", "indirect", "estimer", "La ministre du logement", "ministre du logement", "F"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in)
			require.Len(t, got, len(tc.want), "%+v", got)
			for i, w := range tc.want {
				q := got[i]
				assert.Equal(t, w.text, q.Text)
				assert.Equal(t, w.kind, q.Kind.String())
				assert.Equal(t, w.verb, q.Verb)
				if w.mention == "" {
					assert.Nil(t, q.Speaker)
					continue
				}
				if assert.NotNil(t, q.Speaker) {
					assert.Equal(t, w.mention, q.Speaker.Text)
					assert.Equal(t, w.name, q.Speaker.Name)
					assert.Equal(t, w.gender, q.Speaker.Gender)
				}
			}
			assert.Empty(t, spantest.Check(tc.in, spans(got), spantest.Options{}))
			assert.Empty(t, spantest.Check(tc.in, speakerSpans(got), spantest.Options{Overlap: true}))
		})
	}
}
