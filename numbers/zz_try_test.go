package numbers

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestZZTry(t *testing.T) {
	f, _ := os.Open("/tmp/try.txt")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		in := sc.Text()
		fmt.Printf("%-45q", in)
		for _, q := range Extract(in) {
			fmt.Printf(" [%s|%s|v=%s|l=%s|h=%s|%s|%s|u=%s|d=%s]", q.Text, q.Kind, numString(q.Value), numString(q.Low), numString(q.High), q.Approx, q.CurrencyCode(), q.Unit, q.Date)
		}
		fmt.Println()
	}
}
