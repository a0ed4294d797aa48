package entities

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/internal/spantest"
	"github.com/depeche-nlp/depeche/token"
)

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{"", "M. Emmanuel Macron a reçu Mme Ursula von der Leyen à l'Élysée.",
		"L'ONU et l'OTAN, selon l'AFP.", "Le \xff\xfe président \xc3 Jean Dupont à Paris\xff.",
		"Selon\u00a0Jean\u00a0Dupont, la France\u202fa gagné.", "« Nous irons à Paris », a dit Marie Curie.",
		"Fusion Media Ltd\nFusion Media", "Ursula von"} {
		f.Add(s)
	}
	if b, err := os.ReadFile("../testdata/qakbot.txt"); err == nil {
		for line := range strings.Lines(string(b)) {
			f.Add(line)
		}
	}
}

func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if msg := spantest.Check(s, spans(Extract(s)), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
	})
}

func FuzzExtractDoc(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := token.Parse(s).Select(func(p token.Paragraph) bool { return len(p.Text)%2 == 0 })
		if msg := spantest.Check(s, spans(ExtractDoc(d)), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
	})
}

func FuzzLookup(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if l, ok := Lookup(s); ok && l.Canonical == "" {
			t.Fatal("link without canonical name")
		}
	})
}

func FuzzTrain(f *testing.F) {
	f.Add(smallCoNLL)
	f.Add("d\tO\n'\tO\nAllemagne\tB-LOC\n")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := Train(strings.NewReader(s), TrainOptions{Epochs: 1, Bits: 8})
		if err != nil {
			return
		}
		tg := Tagger{Model: m}
		if msg := spantest.Check(s, spans(tg.Extract(s)), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
	})
}

func FuzzLoad(f *testing.F) {
	var b bytes.Buffer
	if m, err := Train(strings.NewReader(smallCoNLL), TrainOptions{Epochs: 1, Bits: 8}); err == nil {
		_ = m.Save(&b)
	}
	f.Add(b.Bytes())
	f.Add([]byte("DPNER\x02"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		tg := Tagger{Model: m}
		const s = "M. Jean Dupont est à Paris."
		if msg := spantest.Check(s, spans(tg.Extract(s)), spantest.Options{}); msg != "" {
			t.Fatal(msg)
		}
	})
}
