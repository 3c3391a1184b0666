// Command quotebench measures quotebot beside plain bleve and SQLite FTS5
// on the same corpus and its synthetic scale-ups, and writes the results
// into a Markdown report.
//
// Usage, from the module root:
//
//	go run ./bench/cmd/quotebench -corpus DIR [-scales 1,10,50] [-out docs/BENCHMARKS.md]
//
// Each system's ingestion and each system's query run happen in a child
// process (the same binary, re-executed), so that the peak RSS reported
// for each is its own.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/quotebot/quotebot/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "quotebench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "child" {
		return child(ctx, args[1:], stdout)
	}
	fs := flag.NewFlagSet("quotebench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.corpus, "corpus", "../shared/corpora/tehran-times", "the corpus folder (the 1x corpus)")
	scales := fs.String("scales", "1", "comma-separated scale factors, e.g. 1,10,50")
	systems := fs.String("systems", "quotebot,bleve,fts5", "comma-separated systems to ingest and query (the scan floor runs at 1x)")
	fs.IntVar(&o.questions, "questions", 200, "how many questions to ask (a multiple of 4)")
	fs.IntVar(&o.passes, "passes", 3, "timed passes over the questions, after one untimed pass")
	fs.StringVar(&o.work, "work", "", "working folder for scaled corpora and indexes (default: a new temporary folder, removed at the end)")
	fs.StringVar(&o.out, "out", "", "Markdown report to write the results into, between the markers "+beginMarker+" and "+endMarker+" (default: print to stdout)")
	fs.StringVar(&o.jsonOut, "json", "", "also write the raw results as JSON to this file")
	fs.StringVar(&o.profiles, "profiles", "", "write CPU and heap profiles of every child into this folder")
	fs.BoolVar(&o.noCLI, "no-cli", false, "skip the start-up times of the built quotebot binary")
	fs.BoolVar(&o.noDiscord, "no-discord", false, "skip the fake-Discord interaction times")
	fs.IntVar(&o.interactions, "interactions", 200, "interactions sent through the fake Discord")
	if err := fs.Parse(args); err != nil {
		return err
	}
	for _, s := range strings.Split(*scales, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("-scales: %q is not a scale factor", s)
		}
		o.scales = append(o.scales, n)
	}
	for _, s := range strings.Split(*systems, ",") {
		s = strings.TrimSpace(s)
		switch s {
		case bench.SystemQuotebot, bench.SystemBleve, bench.SystemFTS5:
			o.systems = append(o.systems, s)
		default:
			return fmt.Errorf("-systems: unknown system %q", s)
		}
	}
	o.command = "go run ./bench/cmd/quotebench " + strings.Join(args, " ")
	log := slog.New(slog.NewTextHandler(stderr, nil))
	save := func(r *results) error {
		if o.jsonOut != "" {
			b, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				return err
			}
			if err := os.WriteFile(o.jsonOut, b, 0o644); err != nil {
				return fmt.Errorf("write results: %w", err)
			}
		}
		if o.out != "" {
			return writeBetweenMarkers(o.out, r.markdown())
		}
		return nil
	}
	o.save = save
	r, err := drive(ctx, o, log)
	if err != nil {
		return err
	}
	if err := save(r); err != nil {
		return err
	}
	if o.out == "" {
		_, err := io.WriteString(stdout, r.markdown())
		return err
	}
	return nil
}

// child runs one measurement and prints its result as JSON:
//
//	child ingest -system S -corpus DIR -index PATH
//	child query -system S -corpus DIR -index PATH -questions FILE -passes N
func child(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("child: want ingest or query")
	}
	phase := args[0]
	fs := flag.NewFlagSet("child "+phase, flag.ContinueOnError)
	system := fs.String("system", "", "system")
	corpusDir := fs.String("corpus", "", "corpus folder")
	index := fs.String("index", "", "index path")
	questions := fs.String("questions", "", "questions file")
	passes := fs.Int("passes", 3, "timed passes")
	profile := fs.String("profile", "", "write a CPU profile to PROFILE.cpu and a heap profile to PROFILE.heap")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *profile != "" {
		f, err := os.Create(*profile + ".cpu")
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
			if h, err := os.Create(*profile + ".heap"); err == nil {
				pprof.Lookup("allocs").WriteTo(h, 0)
				h.Close()
			}
		}()
	}
	var out any
	switch phase {
	case "ingest":
		res, err := bench.Ingest(ctx, *system, *corpusDir, *index)
		if err != nil {
			return err
		}
		out = res
	case "query":
		set, err := bench.ReadQuestions(*questions)
		if err != nil {
			return err
		}
		start := time.Now()
		s, err := bench.OpenSearcher(ctx, *system, *corpusDir, *index, set.Now)
		if err != nil {
			return err
		}
		open := time.Since(start)
		res, err := bench.RunQueries(ctx, s, set, *passes)
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		res.System, res.Open = *system, open
		out = res
	default:
		return fmt.Errorf("child: unknown phase %q", phase)
	}
	return json.NewEncoder(stdout).Encode(out)
}

// Markers around the generated part of the report.
const (
	beginMarker = "<!-- quotebench:begin -->"
	endMarker   = "<!-- quotebench:end -->"
)

// writeBetweenMarkers replaces what lies between the markers in the file
// name with md, or appends md between new markers.
func writeBetweenMarkers(name, md string) error {
	old, err := os.ReadFile(name)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("read report: %w", err)
	}
	s := string(old)
	block := beginMarker + "\n" + md + endMarker
	i, j := strings.Index(s, beginMarker), strings.Index(s, endMarker)
	if i >= 0 && j > i {
		s = s[:i] + block + s[j+len(endMarker):]
	} else {
		if s != "" && !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		s += block + "\n"
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
