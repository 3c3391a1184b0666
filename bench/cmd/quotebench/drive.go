package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/quotebot/quotebot/bench"
	"github.com/quotebot/quotebot/corpus"
)

// options are the flags of a run.
type options struct {
	corpus       string
	scales       []int
	systems      []string
	questions    int
	passes       int
	work         string
	out          string
	jsonOut      string
	profiles     string
	noCLI        bool
	noDiscord    bool
	interactions int
	command      string
	// save, if set, is called after every measurement with the results
	// so far, so that an interrupted run leaves them behind.
	save func(*results) error
}

// results is everything one run measured.
type results struct {
	Machine   bench.Machine     `json:"machine"`
	Started   time.Time         `json:"started"`
	Command   string            `json:"command"`
	Corpus    string            `json:"corpus"`
	Questions bench.QuestionSet `json:"questions"`
	Passes    int               `json:"passes"`
	Scales    []scaleResult     `json:"scales"`
	Startup   []startupResult   `json:"startup,omitempty"`
	Discord   *discordResult    `json:"discord,omitempty"`
	Notes     []string          `json:"notes,omitempty"`
}

type scaleResult struct {
	Scale  int           `json:"scale"`
	Ingest []ingestRun   `json:"ingest"`
	Query  []queryRun    `json:"query"`
	Prep   time.Duration `json:"prep"`
}

type ingestRun struct {
	bench.IngestResult
	MaxRSS int64         `json:"max_rss"`
	Wall   time.Duration `json:"wall"`
	Error  string        `json:"error,omitempty"`
}

type queryRun struct {
	bench.QueryResult
	MaxRSS int64  `json:"max_rss"`
	Error  string `json:"error,omitempty"`
}

type startupResult struct {
	What  string          `json:"what"`
	Times []time.Duration `json:"times"`
	Error string          `json:"error,omitempty"`
}

type discordResult struct {
	N     int           `json:"n"`
	P50   time.Duration `json:"p50"`
	P99   time.Duration `json:"p99"`
	Error string        `json:"error,omitempty"`
}

// drive runs every measurement.
func drive(ctx context.Context, o options, log *slog.Logger) (*results, error) {
	r := &results{Machine: bench.ThisMachine(), Started: time.Now().UTC(), Command: o.command, Corpus: filepath.Base(o.corpus), Passes: o.passes}
	root, err := moduleRoot(ctx)
	if err != nil {
		return nil, err
	}
	src, err := filepath.Abs(o.corpus)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(src); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("corpus folder %q: not found", o.corpus)
	}
	work := o.work
	if work == "" {
		if work, err = os.MkdirTemp("", "quotebench-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(work)
	} else if work, err = filepath.Abs(work); err != nil {
		return nil, err
	} else if err := os.MkdirAll(work, 0o755); err != nil {
		return nil, err
	}
	if o.profiles != "" {
		if o.profiles, err = filepath.Abs(o.profiles); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(o.profiles, 0o755); err != nil {
			return nil, err
		}
	}
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}

	log.Info("loading the corpus to draw the questions", "corpus", src)
	var docs []corpus.Document
	if _, err := corpus.LoadDir(ctx, src, corpus.LoadOptions{}, func(d corpus.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		return nil, err
	}
	set, err := bench.GenerateQuestions(docs, o.questions)
	docs = nil
	if err != nil {
		return nil, err
	}
	r.Questions = set
	qfile := filepath.Join(work, "questions.json")
	if err := set.WriteFile(qfile); err != nil {
		return nil, err
	}
	log.Info("questions", "n", len(set.Questions), "now", set.Now.Format(time.DateOnly))

	save := func() {
		if o.save != nil {
			if err := o.save(r); err != nil {
				log.Error("save results", "err", err)
			}
		}
	}
	for _, scale := range o.scales {
		r.Scales = append(r.Scales, scaleResult{Scale: scale})
		sr := &r.Scales[len(r.Scales)-1]
		dir := src
		start := time.Now()
		if scale > 1 {
			dir = filepath.Join(work, fmt.Sprintf("corpus-%dx", scale))
			os.RemoveAll(dir)
			log.Info("writing the scaled corpus", "scale", scale, "dir", dir)
			if _, err := bench.WriteScaled(ctx, src, dir, scale); err != nil {
				return nil, err
			}
		}
		sr.Prep = time.Since(start)
		indexes := filepath.Join(work, fmt.Sprintf("index-%dx", scale))
		os.RemoveAll(indexes)
		if err := os.MkdirAll(indexes, 0o755); err != nil {
			return nil, err
		}
		systems := slices.Clone(o.systems)
		for _, sys := range systems {
			path := indexPath(indexes, sys)
			log.Info("ingest", "scale", scale, "system", sys)
			var ir ingestRun
			wall, rss, err := runChild(ctx, self, &ir.IngestResult, o.profileArgs(sys, "ingest", scale),
				"ingest", "-system", sys, "-corpus", dir, "-index", path)
			ir.Wall, ir.MaxRSS, ir.System = wall, rss, sys
			if err != nil {
				ir.Error = err.Error()
				log.Error("ingest failed", "system", sys, "err", err)
			} else {
				log.Info("ingested", "system", sys, "docs", ir.Documents, "passages", ir.Passages, "elapsed", ir.Elapsed, "rss_mib", rss>>20, "index_mib", ir.IndexBytes>>20)
			}
			sr.Ingest = append(sr.Ingest, ir)
			save()
		}
		if scale == 1 {
			systems = append(systems, bench.SystemScan)
		}
		for _, sys := range systems {
			path := indexPath(indexes, sys)
			log.Info("query", "scale", scale, "system", sys)
			var qr queryRun
			_, rss, err := runChild(ctx, self, &qr.QueryResult, o.profileArgs(sys, "query", scale),
				"query", "-system", sys, "-corpus", dir, "-index", path, "-questions", qfile, "-passes", strconv.Itoa(o.passes))
			qr.MaxRSS, qr.System = rss, sys
			if err != nil {
				qr.Error = err.Error()
				log.Error("query failed", "system", sys, "err", err)
			} else {
				log.Info("queried", "system", sys, "p50", qr.All.P50, "p99", qr.All.P99, "answered", qr.Answered)
			}
			sr.Query = append(sr.Query, qr)
			save()
		}
		qbIndex := filepath.Join(indexes, bench.SystemQuotebot)
		if scale == 1 && slices.Contains(o.systems, bench.SystemQuotebot) {
			if !o.noCLI {
				r.Startup = startup(ctx, root, work, dir, qbIndex, set, log)
			}
			if !o.noDiscord {
				r.Discord = discord(ctx, root, qbIndex, qfile, o.interactions, log)
			}
			save()
		}
		if o.work == "" {
			os.RemoveAll(indexes)
			if scale > 1 {
				os.RemoveAll(dir)
			}
		}
	}
	return r, nil
}

// indexPath is where system sys keeps its index in the folder indexes.
func indexPath(indexes, sys string) string {
	if sys == bench.SystemFTS5 {
		return filepath.Join(indexes, sys+".db")
	}
	return filepath.Join(indexes, sys)
}

func (o options) profileArgs(sys, phase string, scale int) []string {
	if o.profiles == "" {
		return nil
	}
	return []string{"-profile", filepath.Join(o.profiles, fmt.Sprintf("%s-%s-%dx", sys, phase, scale))}
}

// runChild runs "self child ARGS... EXTRA..." and decodes its JSON output
// into out. It returns the wall time and the child's peak RSS in bytes.
func runChild(ctx context.Context, self string, out any, extra []string, args ...string) (time.Duration, int64, error) {
	args = append(append([]string{"child"}, args...), extra...)
	cmd := exec.CommandContext(ctx, self, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var rss int64
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = ru.Maxrss << 10 // kilobytes on Linux
		}
	}
	if err != nil {
		return wall, rss, fmt.Errorf("%s: %w: %s", strings.Join(args[:2], " "), err, strings.TrimSpace(stderr.String()))
	}
	if err := json.Unmarshal(stdout.Bytes(), out); err != nil {
		return wall, rss, fmt.Errorf("%s: decode result: %w", strings.Join(args[:2], " "), err)
	}
	return wall, rss, nil
}

// moduleRoot returns the folder of the module's go.mod.
func moduleRoot(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("run quotebench from inside the quotebot module")
	}
	return filepath.Dir(mod), nil
}

// startupRuns is how many times each start-up time is measured.
const startupRuns = 5

// startup builds the quotebot binary and times "quotebot ask" on the
// existing index, and on the embedded sample corpus with an empty cache.
func startup(ctx context.Context, root, work, corpusDir, index string, set bench.QuestionSet, log *slog.Logger) []startupResult {
	bin := filepath.Join(work, "quotebot")
	log.Info("building quotebot", "bin", bin)
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/quotebot")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return []startupResult{{What: "build", Error: fmt.Sprintf("go build: %v: %s", err, out)}}
	}
	// Questions and the environment: nothing from .env or QUOTEBOT_*.
	env := func(home string) []string {
		var e []string
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "QUOTEBOT_") && !strings.HasPrefix(kv, "HOME=") && !strings.HasPrefix(kv, "XDG_") && !strings.HasPrefix(kv, "DISCORD_") {
				e = append(e, kv)
			}
		}
		return append(e, "HOME="+home, "XDG_CACHE_HOME="+filepath.Join(home, ".cache"), "XDG_DATA_HOME="+filepath.Join(home, ".local", "share"))
	}
	runOnce := func(home string, args ...string) (time.Duration, error) {
		if err := os.MkdirAll(home, 0o755); err != nil {
			return 0, err
		}
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Dir = home
		cmd.Env = env(home)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		start := time.Now()
		err := cmd.Run()
		d := time.Since(start)
		if err != nil {
			return d, fmt.Errorf("%s: %w: %s", strings.Join(args, " "), err, firstLines(out.String(), 3))
		}
		return d, nil
	}
	// measure runs the binary startupRuns times, the i-th time with the
	// home folder home(i).
	measure := func(what string, home func(i int) string, args ...string) startupResult {
		res := startupResult{What: what}
		for i := range startupRuns {
			d, err := runOnce(home(i), args...)
			if err != nil {
				res.Error = err.Error()
				break
			}
			res.Times = append(res.Times, d)
		}
		return res
	}
	fixed := func(name string) func(int) string {
		return func(int) string { return filepath.Join(work, name) }
	}
	q := set.Questions[0].Text
	res := []startupResult{
		measure(fmt.Sprintf("`quotebot ask --index I --corpus C %q` on the 1x index", q),
			fixed("home-existing"), "ask", "--index", index, "--corpus", corpusDir, q),
		measure("`quotebot ask \"what did Araghchi say\"` on the embedded sample corpus, empty cache folder",
			func(i int) string { return filepath.Join(work, fmt.Sprintf("home-sample-%d", i)) }, "ask", "what did Araghchi say"),
		measure("the same, second run (index already in the cache folder)",
			fixed("home-sample-0"), "ask", "what did Araghchi say"),
	}
	for _, s := range res {
		log.Info("startup", "what", s.What, "times", s.Times, "error", s.Error)
	}
	return res
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], " | ")
}

// discordMetric matches a custom metric of a Go benchmark line.
var discordMetric = regexp.MustCompile(`([0-9.]+) (p50|p99)-ms`)

// discord runs BenchmarkInteraction (bench/discord_test.go) on the index:
// interactions pushed through the fake Discord to the real bot over the
// real index, timed from the event to the callback.
func discord(ctx context.Context, root, index, qfile string, n int, log *slog.Logger) *discordResult {
	log.Info("fake Discord interactions", "n", n)
	cmd := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", "^BenchmarkInteraction$",
		"-benchtime", fmt.Sprintf("%dx", n), "-count", "1", "./bench/")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "QUOTEBENCH_INDEX="+index, "QUOTEBENCH_QUESTIONS="+qfile)
	out, err := cmd.CombinedOutput()
	res := &discordResult{N: n}
	if err != nil {
		res.Error = fmt.Sprintf("go test: %v: %s", err, firstLines(string(out), 10))
		return res
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "BenchmarkInteraction") {
			continue
		}
		for _, m := range discordMetric.FindAllStringSubmatch(sc.Text(), -1) {
			v, _ := strconv.ParseFloat(m[1], 64)
			d := time.Duration(v * float64(time.Millisecond))
			if m[2] == "p50" {
				res.P50 = d
			} else {
				res.P99 = d
			}
		}
	}
	if res.P50 == 0 {
		res.Error = "no p50-ms metric in: " + firstLines(string(out), 10)
	}
	log.Info("fake Discord", "p50", res.P50, "p99", res.P99, "error", res.Error)
	return res
}
