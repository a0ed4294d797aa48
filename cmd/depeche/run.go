package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/depeche-nlp/depeche"
)

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // an input could not be read or was empty
	exitUsage = 2
)

// config is what the flags say.
type config struct {
	format string
	parts  depeche.Parts
	input  string
	jobs   int
	chunk  int
}

// task is one document, or one part of a large document, to analyse.
type task struct {
	id     string // file name, "-" or the JSONL id
	part   int    // index of the part in a chunked document
	offset int    // byte offset of the part in the document
	text   string
	err    error // the input could not be read: nothing to analyse
	result chan *record
}

// record is what is printed for one task.
type record struct {
	ID     string `json:"id,omitempty"`
	Part   int    `json:"part,omitempty"`
	Offset int    `json:"offset,omitempty"`
	*depeche.Document
	err error
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, files, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	an := &depeche.Analyzer{Parts: cfg.parts}

	tasks := make(chan *task)
	queue := make(chan *task, cfg.jobs)
	go produce(files, stdin, cfg, queue, stderr)
	for range cfg.jobs {
		go func() {
			for t := range tasks {
				t.result <- analyse(an, t)
			}
		}()
	}
	// Dispatch in input order, print in input order.
	ordered := make(chan *task, cfg.jobs)
	go func() {
		for t := range queue {
			ordered <- t
			if t.err == nil {
				tasks <- t
			} else {
				t.result <- &record{ID: t.id, err: t.err}
			}
		}
		close(tasks)
		close(ordered)
	}()

	w := bufio.NewWriter(stdout)
	defer w.Flush()
	prog := newProgress(stderr)
	status := exitOK
	for t := range ordered {
		r := <-t.result
		prog.add(len(t.text))
		if r.err != nil {
			fmt.Fprintf(stderr, "depeche: %v\n", r.err)
			status = exitInput
			continue
		}
		if err := write(w, cfg.format, r); err != nil {
			fmt.Fprintf(stderr, "depeche: writing output: %v\n", err)
			return exitInput
		}
	}
	prog.done()
	return status
}

func parseFlags(args []string, stderr io.Writer) (config, []string, error) {
	fs := flag.NewFlagSet("depeche", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := config{}
	only := fs.String("only", "", "comma-separated parts to run: boilerplate,entities,numbers,quotes (default all)")
	fs.StringVar(&cfg.format, "format", "json", "output format: json, jsonl or text")
	fs.StringVar(&cfg.input, "input", "text", "input format: text (one document per input) or jsonl (one {\"id\",\"text\"} object per line)")
	fs.IntVar(&cfg.jobs, "j", runtime.NumCPU(), "number of documents analysed in parallel")
	fs.IntVar(&cfg.chunk, "chunk", 1<<20, "analyse documents larger than this many bytes in parts cut at line breaks")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: depeche [flags] [file ...]\n\nAnalyses French news text (files, or standard input) and prints its blocks,\nmetadata, entities, quantities and quotations.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return cfg, nil, err
	}
	var errs []string
	switch cfg.format {
	case "json", "jsonl", "text":
	default:
		errs = append(errs, fmt.Sprintf("unknown -format %q (want json, jsonl or text)", cfg.format))
	}
	switch cfg.input {
	case "text", "jsonl":
	default:
		errs = append(errs, fmt.Sprintf("unknown -input %q (want text or jsonl)", cfg.input))
	}
	if cfg.jobs < 1 {
		errs = append(errs, "-j must be at least 1")
	}
	if cfg.chunk < 1024 {
		errs = append(errs, "-chunk must be at least 1024")
	}
	if *only != "" {
		for _, p := range strings.Split(*only, ",") {
			switch strings.TrimSpace(p) {
			case "boilerplate":
				cfg.parts |= depeche.Boilerplate
			case "entities":
				cfg.parts |= depeche.Entities
			case "numbers":
				cfg.parts |= depeche.Numbers
			case "quotes":
				cfg.parts |= depeche.Quotes
			default:
				errs = append(errs, fmt.Sprintf("unknown part %q in -only (want boilerplate, entities, numbers, quotes)", p))
			}
		}
	}
	if len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintln(stderr, "depeche:", e)
		}
		return cfg, nil, errors.New("usage")
	}
	return cfg, fs.Args(), nil
}

// produce reads the inputs and sends their tasks to queue, in order.
func produce(files []string, stdin io.Reader, cfg config, queue chan<- *task, stderr io.Writer) {
	defer close(queue)
	for _, name := range files {
		var r io.Reader
		if name == "-" {
			r = stdin
		} else {
			f, err := os.Open(name)
			if err != nil {
				queue <- &task{id: name, err: err, result: make(chan *record, 1)}
				continue
			}
			defer f.Close()
			r = f
		}
		if cfg.input == "jsonl" {
			produceJSONL(name, r, cfg, queue, stderr)
		} else {
			produceText(name, r, cfg, queue, stderr)
		}
	}
}

// produceText cuts one document into parts of about cfg.chunk bytes, at
// line breaks, and queues them.
func produceText(name string, r io.Reader, cfg config, queue chan<- *task, stderr io.Writer) {
	c := &chunker{br: bufio.NewReaderSize(r, 64<<10), n: cfg.chunk}
	offset, part := 0, 0
	warned := false
	for {
		text, err := c.next()
		if err != nil {
			queue <- &task{id: name, err: fmt.Errorf("%s: %w", name, err), result: make(chan *record, 1)}
			return
		}
		if text == "" {
			if part == 0 {
				queue <- &task{id: name, err: fmt.Errorf("%s: empty input", name), result: make(chan *record, 1)}
			}
			return
		}
		if part == 0 && c.eof && strings.TrimSpace(text) == "" {
			queue <- &task{id: name, err: fmt.Errorf("%s: empty input (only white space)", name), result: make(chan *record, 1)}
			return
		}
		if !warned && !utf8.ValidString(text) {
			warned = true
			fmt.Fprintf(stderr, "depeche: warning: %s: invalid UTF-8 (analysed anyway; invalid bytes are treated as spaces)\n", name)
		}
		queue <- &task{id: name, part: part, offset: offset, text: text, result: make(chan *record, 1)}
		offset += len(text)
		part++
	}
}

// chunker reads a document in parts of about n bytes, cut after a line
// break, or, in a line longer than n, after a space or between runes.
type chunker struct {
	br    *bufio.Reader
	n     int
	carry string
	eof   bool
}

// next returns the next part, or "" at the end of the input.
func (c *chunker) next() (string, error) {
	var b strings.Builder
	b.WriteString(c.carry)
	c.carry = ""
	midLine := false
	for b.Len() < c.n && !c.eof {
		line, err := c.br.ReadSlice('\n')
		b.Write(line)
		switch err {
		case nil:
			midLine = false
		case bufio.ErrBufferFull:
			midLine = true
		case io.EOF:
			c.eof, midLine = true, false
		default:
			return "", err
		}
	}
	s := b.String()
	if midLine {
		cut := strings.LastIndexAny(s, " \t") + 1
		if cut <= 0 {
			cut = len(s)
			for i := len(s) - 1; i >= 0 && i >= len(s)-utf8.UTFMax; i-- {
				if utf8.RuneStart(s[i]) {
					if !utf8.FullRuneInString(s[i:]) {
						cut = i
					}
					break
				}
			}
		}
		s, c.carry = s[:cut], s[cut:]
	}
	return s, nil
}

// produceJSONL queues one task per {"id","text"} line.
func produceJSONL(name string, r io.Reader, cfg config, queue chan<- *task, stderr io.Writer) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 256<<20)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Bytes()
		if len(strings.TrimSpace(string(raw))) == 0 {
			continue
		}
		var in struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(raw, &in); err != nil {
			queue <- &task{id: name, err: fmt.Errorf("%s:%d: %v", name, line, err), result: make(chan *record, 1)}
			continue
		}
		if in.ID == "" {
			in.ID = fmt.Sprintf("%s:%d", name, line)
		}
		if strings.TrimSpace(in.Text) == "" {
			queue <- &task{id: in.ID, err: fmt.Errorf("%s: empty text", in.ID), result: make(chan *record, 1)}
			continue
		}
		queue <- &task{id: in.ID, text: in.Text, result: make(chan *record, 1)}
	}
	if err := sc.Err(); err != nil {
		queue <- &task{id: name, err: fmt.Errorf("%s: %w", name, err), result: make(chan *record, 1)}
	}
}

// analyse runs the pipeline on one task and moves the offsets of a part to
// offsets in the whole document.
func analyse(an *depeche.Analyzer, t *task) *record {
	doc := an.Analyze(t.text)
	if t.offset > 0 {
		doc.Shift(t.offset)
	}
	return &record{ID: t.id, Part: t.part, Offset: t.offset, Document: doc}
}

// progress shows a one-line counter on standard error when it is a
// terminal.
type progress struct {
	w     io.Writer
	on    bool
	docs  int
	bytes int
	last  time.Time
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) add(n int) {
	p.docs++
	p.bytes += n
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\rdepeche: %d document(s), %.1f MB analysed", p.docs, float64(p.bytes)/1e6)
}

func (p *progress) done() {
	if p.on && !p.last.IsZero() {
		fmt.Fprintf(p.w, "\rdepeche: %d document(s), %.1f MB analysed\n", p.docs, float64(p.bytes)/1e6)
	}
}
