// Command depeche analyses French news text and prints the result as JSON.
//
// Usage:
//
//	depeche [file ...]
//
// With no file, it reads standard input.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche/token"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: depeche [file ...]\n\nReads French news text from the files (or standard input) and prints its sentences and tokens as JSON.\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(flag.Args(), os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "depeche:", err)
		os.Exit(1)
	}
}

// output is the JSON document printed for one input.
type output struct {
	File string     `json:"file,omitempty"`
	Doc  *token.Doc `json:"doc"`
}

func run(files []string, stdin io.Reader, stdout, stderr io.Writer) error {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	process := func(name string, b []byte) error {
		if len(b) == 0 {
			return fmt.Errorf("%s: empty input", name)
		}
		if !utf8.Valid(b) {
			fmt.Fprintf(stderr, "depeche: warning: %s: invalid UTF-8, invalid bytes are skipped\n", name)
		}
		return enc.Encode(output{File: name, Doc: token.Parse(string(b))})
	}
	if len(files) == 0 {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		return process("-", b)
	}
	var errs []error
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := process(f, b); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
