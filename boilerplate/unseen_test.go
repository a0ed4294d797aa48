package boilerplate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/depeche-nlp/depeche/boilerplate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnseenPages scores content-block F1 on the pages of testdata/pages,
// written by hand without the package (see the README there), against a
// floor a little under the scores of today.
func TestUnseenPages(t *testing.T) {
	floors := map[string]float64{"set1.txt": 0.90, "set2.txt": 0.82, "set3.txt": 0.80, "set4.txt": 0.76, "set5.txt": 0.90, "set6.txt": 0.90, "set7.txt": 0.85, "set8.txt": 0.84, "set9.txt": 0.86}
	for name, floor := range floors {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata/pages", name))
			require.NoError(t, err)
			pages := labelledPages(t, string(b))
			require.Len(t, pages, 8)
			var tp, fp, fn int
			for _, pg := range pages {
				bs := boilerplate.Detect(pageText(pg))
				require.Len(t, bs, len(pg.lines), pg.name)
				for i, bl := range bs {
					c, _, _ := strings.Cut(pg.lines[i], "|")
					var want boilerplate.Class
					require.NoError(t, want.UnmarshalText([]byte(c)))
					got, w := !bl.Boilerplate, !want.IsBoilerplate()
					switch {
					case got && w:
						tp++
					case got:
						fp++
					case w:
						fn++
					}
				}
			}
			require.Positive(t, tp)
			p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
			assert.GreaterOrEqual(t, 2*p*r/(p+r), floor, "P %.3f R %.3f", p, r)
		})
	}
}

// labelledPages splits a file of labelled pages ("## page: name", then
// "class|text" lines) into pages.
func labelledPages(t *testing.T, text string) []page {
	var pages []page
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if name, ok := strings.CutPrefix(line, "## page:"); ok {
			pages = append(pages, page{name: strings.TrimSpace(name)})
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		require.NotEmpty(t, pages, "a block before the first page: %q", line)
		pages[len(pages)-1].lines = append(pages[len(pages)-1].lines, line)
	}
	return pages
}
