package entities

import (
	"fmt"
	"os"
	"testing"
)

func TestTryQakbot(t *testing.T) {
	b, _ := os.ReadFile("../testdata/qakbot.txt")
	for _, e := range Extract(string(b)) {
		fmt.Printf("%s\t%q\t%d\n", e.Label, e.Text, e.Start)
	}
}

func TestTryErrors(t *testing.T) {
	for _, d := range wikinewsDev(t) {
		pred := Extract(d.text)
		g := map[[3]int]bool{}
		for _, e := range d.gold {
			g[[3]int{e.Start, e.End, int(e.Label)}] = true
		}
		p := map[[3]int]bool{}
		for _, e := range pred {
			p[[3]int{e.Start, e.End, int(e.Label)}] = true
			if !g[[3]int{e.Start, e.End, int(e.Label)}] {
				fmt.Printf("FP %s %q\n", e.Label, e.Text)
			}
		}
		for _, e := range d.gold {
			if !p[[3]int{e.Start, e.End, int(e.Label)}] {
				fmt.Printf("FN %s %q\n", e.Label, d.text[e.Start:e.End])
			}
		}
	}
}
