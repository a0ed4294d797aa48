package quote

import (
	"testing"

	"github.com/depeche-nlp/depeche/internal/textnorm"
	"github.com/stretchr/testify/assert"
)

func TestAppendKey(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{"lower ascii", "ministre", "ministre", true},
		{"capitals", "PARIS", "paris", true},
		{"accents", "Élisabeth", "elisabeth", true},
		{"ligature", "Œuvre", "oeuvre", true},
		{"curly apostrophe", "aujourd’hui", "aujourd'hui", true},
		{"no-break space", "26\u00a0000", "26 000", true},
		{"narrow no-break space", "26\u202f000", "26 000", true},
		{"outside the table", "Ελλάδα", "", false},
		{"invalid utf-8", "caf\xe9", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := foldRunes().appendKey([]byte("x"), tc.in)
			assert.Equal(t, tc.ok, ok)
			if ok {
				assert.Equal(t, "x"+tc.want, string(got))
				assert.Equal(t, textnorm.Key(tc.in), string(got[1:]))
			} else {
				assert.Equal(t, "x", string(got))
			}
		})
	}
}

// FuzzAppendKey checks appendKey against textnorm.Key.
func FuzzAppendKey(f *testing.F) {
	for _, s := range []string{"Élisabeth", "aujourd’hui", "ŒUVRE", "Ελλάδα", "caf\xe9", "A\u0301", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := foldRunes().appendKey(nil, s)
		if ok && string(got) != textnorm.Key(s) {
			t.Fatalf("appendKey(%q) = %q, textnorm.Key = %q", s, got, textnorm.Key(s))
		}
	})
}
