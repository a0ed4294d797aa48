// Command depeche analyses French news text: it finds the article among the
// page junk and prints its entities, quantities and quotations.
//
// Usage:
//
//	depeche [flags] [file ...]
//
// With no file, or with the file "-", it reads standard input. Each input is
// one document; with -input jsonl, each line of each input is a JSON object
// {"id": "…", "text": "…"} and is one document.
//
// Flags:
//
//	-format json|jsonl|text  output format (default json: one indented
//	                         object per document; jsonl: one line per
//	                         document; text: a readable report)
//	-only list               comma-separated parts to run: boilerplate,
//	                         entities, numbers, quotes (default all)
//	-input text|jsonl        how inputs are read (default text)
//	-j N                     documents analysed in parallel (default: the
//	                         number of CPUs); output keeps input order
//	-chunk bytes             documents larger than this are analysed in
//	                         parts cut at line breaks, so that memory stays
//	                         bounded (default 1 MiB); offsets stay offsets
//	                         into the whole document
//
// Exit status: 0 when every input was analysed, 1 when an input could not
// be read or was empty (the others are still analysed), 2 on a usage error.
// Invalid UTF-8 is analysed anyway, with a warning on standard error.
//
// Example:
//
//	go run ./cmd/depeche testdata/qakbot.txt
//	go run ./cmd/depeche -format text -only quotes,entities testdata/qakbot.txt
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
