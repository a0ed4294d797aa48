package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// build compiles the command once for the tests that run the binary.
func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "depeche")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}

func TestBinary(t *testing.T) {
	bin := build(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	empty := write("empty.txt", "")
	blank := write("blank.txt", " \n\n\t\n")
	invalid := write("invalid.txt", "Le ministre a déclaré : « Non \xff merci ».\n")
	jsonl := write("in.jsonl", `{"id":"a","text":"« Oui », a dit Marie Dupont."}`+"\n"+`{"id":"b","text":"Il y a 3 000 euros."}`+"\n")
	sample := "../../testdata/qakbot.txt"

	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		stdout   []string // substrings of standard output
		stderr   []string // substrings of standard error
		emptyOut bool
	}{
		{"sample json", []string{sample}, "", 0, []string{`"class": "title"`, `"name": "Laure Beccuau"`, `"currency": "USD"`, `"label": "ORG"`}, nil, false},
		{"sample text report", []string{"-format", "text", sample}, "", 0, []string{"Title:     Les Etats-Unis", "Who said what", "Laure Beccuau [direct, déclarer]", "PER  Laure Beccuau", "8,6 millions de dollars"}, nil, false},
		{"only quotes", []string{"-only", "quotes", "-format", "jsonl", sample}, "", 0, []string{`"quotes":[`}, nil, false},
		{"stdin", []string{"-only", "numbers", "-format", "jsonl"}, "Il a payé 15 dollars et 15 cents.", 0, []string{`"id":"-"`, `"value":15.15`}, nil, false},
		{"jsonl input keeps order", []string{"-input", "jsonl", "-format", "jsonl", "-j", "4", jsonl}, "", 0, []string{`{"id":"a"`, `{"id":"b"`}, nil, false},
		{"missing file", []string{filepath.Join(dir, "absent.txt")}, "", 1, nil, []string{"absent.txt", "no such file"}, true},
		{"empty file", []string{empty}, "", 1, nil, []string{"empty.txt: empty input"}, true},
		{"blank file", []string{blank}, "", 1, nil, []string{"blank.txt: empty input"}, true},
		{"invalid utf-8 warns", []string{"-only", "quotes", invalid}, "", 0, []string{`"quotes"`}, []string{"warning", "invalid UTF-8"}, false},
		{"bad format", []string{"-format", "xml", sample}, "", 2, nil, []string{"unknown -format"}, true},
		{"bad part", []string{"-only", "quotes,verbs", sample}, "", 2, nil, []string{`unknown part "verbs"`}, true},
		{"one bad among good", []string{"-format", "jsonl", "-only", "numbers", filepath.Join(dir, "absent.txt"), sample}, "", 1, []string{"qakbot.txt"}, []string{"absent.txt"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			cmd.Stdin = strings.NewReader(tc.stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tc.code, code, "stderr: %s", stderr.String())
			for _, s := range tc.stdout {
				assert.Contains(t, stdout.String(), s)
			}
			for _, s := range tc.stderr {
				assert.Contains(t, stderr.String(), s)
			}
			if tc.emptyOut {
				assert.Empty(t, stdout.String())
			}
		})
	}
}

// TestChunkedOffsets analyses a document in small parts and checks that
// every offset points into the whole document.
func TestChunkedOffsets(t *testing.T) {
	b, err := os.ReadFile("../../testdata/qakbot.txt")
	require.NoError(t, err)
	text := strings.Repeat(string(b)+"\n", 6)
	var stdout, stderr bytes.Buffer
	code := run([]string{"-format", "jsonl", "-chunk", "4096", "-"}, strings.NewReader(text), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	parts := 0
	for line := range strings.Lines(stdout.String()) {
		parts++
		var rec struct {
			Offset int `json:"offset"`
			Blocks []struct {
				Text       string `json:"text"`
				Start, End int
			} `json:"blocks"`
			Quotes []struct {
				Text       string `json:"text"`
				Start, End int
			} `json:"quotes"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &rec))
		for _, bl := range rec.Blocks {
			assert.Equal(t, text[bl.Start:bl.End], bl.Text)
			assert.GreaterOrEqual(t, bl.Start, rec.Offset)
		}
		for _, q := range rec.Quotes {
			assert.Equal(t, text[q.Start:q.End], q.Text)
		}
	}
	assert.Greater(t, parts, 5)
}

func TestChunker(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want []string
	}{
		{"lines", "aaaa\nbbbb\ncccc\n", 5, []string{"aaaa\n", "bbbb\n", "cccc\n"}},
		{"no final newline", "aaaa\nbb", 3, []string{"aaaa\n", "bb"}},
		{"empty", "", 10, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &chunker{br: newReader(tc.in), n: tc.n}
			var got []string
			for {
				s, err := c.next()
				require.NoError(t, err)
				if s == "" {
					break
				}
				got = append(got, s)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestChunkerLongLine cuts a line longer than the reader's buffer at a
// space or between runes, never inside one.
func TestChunkerLongLine(t *testing.T) {
	line := strings.Repeat("é", 100_000) // 200 kB, no space, no newline
	c := &chunker{br: newReader(line), n: 1024}
	var b strings.Builder
	for {
		s, err := c.next()
		require.NoError(t, err)
		if s == "" {
			break
		}
		require.True(t, utf8ValidEdges(s), "part cuts a rune")
		b.WriteString(s)
	}
	assert.Equal(t, line, b.String())
}

func newReader(s string) *bufio.Reader { return bufio.NewReaderSize(strings.NewReader(s), 64<<10) }

func utf8ValidEdges(s string) bool { return utf8.ValidString(s) }
