package textnorm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"maison", "maison"},
		{"Étienne", "etienne"},
		{"ŒUVRE", "oeuvre"},
		{"cœur", "coeur"},
		{"l’ONU", "l'onu"},
		{"26\u00a0000", "26 000"},
		{"3\u202f500", "3 500"},
		{"pre\u00admier", "premier"},
		{"Ça", "ca"},
		{"naïve", "naive"},
		{"decomposed e\u0301te\u0301", "decomposed ete"},
		{"«Oui»", "\"oui\""},
		{"Straße", "strasse"},
		{"superscript ordinals 1ᵉʳ 2ⁿᵈ XXIᵉ", "superscript ordinals 1er 2nd xxie"},
		{"caf\xe9", "caf\xe9"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, Key(tc.in))
		})
	}
}

func TestKeyNoAlloc(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _ = Key("procureure") })
	assert.Zero(t, allocs)
}

func TestFoldSpan(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		find       string
		start, end int
	}{
		{"accent", "la République de Paris", "republique", 3, 14},
		{"ligature", "une œuvre d'art", "oeuvre", 4, 10},
		{"ligature half", "une œuvre", "o", 4, 6},
		{"nbsp", "26\u00a0000 euros", "26 000", 0, 7},
		{"soft hyphen", "pre\u00admier pas", "premier", 0, 9},
		{"curly", "l’ONU", "l'onu", 0, 7},
		{"decomposed", "la Re\u0301publique", "republique", 3, 15},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			folded, offs := Fold(tc.in)
			assert.Len(t, offs, len(folded)+1)
			i := indexOf(folded, tc.find)
			if !assert.GreaterOrEqual(t, i, 0, "folded %q", folded) {
				return
			}
			s, e := Span(offs, i, i+len(tc.find))
			assert.Equal(t, tc.start, s)
			assert.Equal(t, tc.end, e)
		})
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func BenchmarkKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Key("Département")
	}
}

func TestAppendKeyNoAlloc(t *testing.T) {
	buf := make([]byte, 0, 64)
	allocs := testing.AllocsPerRun(100, func() { buf = AppendKey(buf[:0], "Département d’État") })
	assert.Zero(t, allocs)
	assert.Equal(t, "departement d'etat", string(buf))
	assert.Equal(t, "x-oeuvre", string(AppendKey([]byte("x-"), "Œuvre")))
}

// FuzzKey checks that Key, AppendKey and the folded string of Fold agree.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"", "Étienne", "l’ONU", "26\u00a0000", "Re\u0301publique", "caf\xe9", "Straße", "ＡＢＣ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		folded, offs := Fold(s)
		if k != folded {
			t.Fatalf("Key %q != Fold %q", k, folded)
		}
		if len(offs) != len(folded)+1 {
			t.Fatalf("offset map of %d for %d bytes", len(offs), len(folded))
		}
		if a := string(AppendKey(nil, s)); a != k {
			t.Fatalf("AppendKey %q != Key %q", a, k)
		}
	})
}

func TestKeyAllocatesOnce(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _ = Key("Département") })
	assert.Equal(t, 1.0, allocs)
}

func TestHasUpper(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"iphone", false},
		{"iPhone", true},
		{"Windows", true},
		{"élysée", false},
		{"Élysée", true},
		{"123 €", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, HasUpper(tc.in))
		})
	}
}

func TestStartsUpper(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"iPhone", false},
		{"Windows", true},
		{"Élysée", true},
		{"élysée", false},
		{"2024", false},
		{"\xff", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, StartsUpper(tc.in))
		})
	}
}
