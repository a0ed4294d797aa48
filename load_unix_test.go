//go:build unix

package depeche_test

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/depeche-nlp/depeche"
)

// TestFirstCallAndMemory runs the first Analyze of a fresh process (a child
// test process on one core), so that the lazy loading of every model and
// lexicon is measured: it must take at most 50 ms of CPU time (CPU time, not
// wall time, so that other tests running in parallel do not count), and the
// process must stay under 50 MB of memory obtained from the system.
func TestFirstCallAndMemory(t *testing.T) {
	if os.Getenv("DEPECHE_FIRST_CALL_CHILD") == "1" {
		text := fixture(t)
		start := cpuTime()
		depeche.Analyze(text)
		first := cpuTime() - start
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		fmt.Printf("first=%d sys=%d\n", first.Microseconds(), m.Sys)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFirstCallAndMemory$", "-test.count=1")
	cmd.Env = append(os.Environ(), "DEPECHE_FIRST_CALL_CHILD=1", "GOMAXPROCS=1")
	out, err := cmd.Output()
	require.NoError(t, err, "%s", out)
	var us, sys int64
	_, err = fmt.Sscanf(string(out), "first=%d sys=%d", &us, &sys)
	require.NoError(t, err, "%s", out)
	t.Logf("first call %.1f ms, memory from the system %.1f MB", float64(us)/1000, float64(sys)/(1<<20))
	assert.LessOrEqual(t, us, int64(50_000), "first call over 50 ms")
	assert.LessOrEqual(t, sys, int64(50<<20), "memory over 50 MB")
}

// TestAnalyzeLinear checks that time grows linearly: 10 MB take at most
// 11 times the CPU time of 1 MB (CPU time of this process, so that tests
// running in parallel do not count).
func TestAnalyzeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	unit := wikinews(t)
	mb := distinct(unit, 1<<20)
	big := distinct(unit, 10<<20)
	measure := func(s string, runs int) time.Duration {
		best := time.Duration(1 << 62)
		for range runs {
			start := cpuTime()
			depeche.Analyze(s)
			if d := cpuTime() - start; d < best {
				best = d
			}
		}
		return best
	}
	depeche.Analyze(unit) // load the models
	// The best of several runs of each size, measured again once if the
	// first estimate is over the bar: a busy machine only ever slows a run.
	var ratio float64
	for attempt := range 2 {
		t1 := measure(mb, 5)
		t10 := measure(big, 2)
		ratio = float64(t10) / float64(t1)
		t.Logf("attempt %d: 1 MB: %v, 10 MB: %v, ratio %.2f", attempt+1, t1, t10, ratio)
		if ratio <= 11 {
			break
		}
	}
	assert.LessOrEqual(t, ratio, 11.0, "time is not linear in the input size")
}

// cpuTime returns the CPU time used by the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
