package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/joho/godotenv"

	"github.com/quotebot/quotebot/internal/config"
)

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ error }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errReported is returned after the command has told the user what went
// wrong, so main prints nothing more.
var errReported = errors.New("reported")

const usage = `quotebot answers questions about news with cited quotes.

Usage:
  quotebot ask [--json] [--limit N] QUESTION   answer a question ("-" or no
                                              question: one question a line on stdin)
  quotebot extract [--json] FILE...           the quotes found in files
  quotebot index                              build or update the index
  quotebot speakers [--json] [FILTER]         the speaker directory
  quotebot serve [--http ADDR] [--health ADDR] run the Discord bot, digests and
                                              the live corpus
  quotebot eval [--strict] [--kinds K] DIR    score attribution against gold
  quotebot help                               this text

Every command takes --corpus DIR and --index DIR, which override
QUOTEBOT_CORPUS and QUOTEBOT_INDEX from the environment or .env. With
neither, the embedded sample corpus and an index in the user's cache
folder are used.
`

// app is what every command shares: settings, streams and the logger.
type app struct {
	cfg    config.Config
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
	getenv func(string) string
}

// run is the whole program: main only calls it. args excludes the
// program name.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usagef("no command given")
	}
	getenv = withDotEnv(getenv, ".env")
	cfg, err := config.Load(getenv)
	if err != nil {
		return usageError{err}
	}
	a := &app{cfg: cfg, stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	cmd, rest := args[0], args[1:]
	level := cfg.LogLevel
	if getenv(config.EnvLogLevel) == "" && cmd != "serve" {
		// The command line reports its own results; logs only for trouble.
		level = slog.LevelWarn
	}
	a.log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	defer routeLibraryLogs(a.log)()

	switch cmd {
	case "ask":
		return a.ask(ctx, rest)
	case "extract":
		return a.extract(ctx, rest)
	case "index":
		return a.index(ctx, rest)
	case "speakers":
		return a.speakers(ctx, rest)
	case "eval":
		return a.evaluate(ctx, rest)
	case "serve":
		return a.serve(ctx, rest)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usagef("unknown command %q", cmd)
	}
}

// withDotEnv returns a getenv that falls back to the variables of the
// .env file at path, so the environment overrides .env. A missing or
// unreadable file adds nothing.
func withDotEnv(getenv func(string) string, path string) func(string) string {
	vals, err := godotenv.Read(path)
	if err != nil {
		return getenv
	}
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return vals[k]
	}
}

// flagSet returns a flag set for cmd with the flags every command takes.
func (a *app) flagSet(cmd string) *flag.FlagSet {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.StringVar(&a.cfg.CorpusDir, "corpus", a.cfg.CorpusDir, "corpus `folder` (default: $QUOTEBOT_CORPUS, else the embedded sample corpus)")
	fs.StringVar(&a.cfg.IndexDir, "index", a.cfg.IndexDir, "index `folder` (default: $QUOTEBOT_INDEX, else under the user's cache folder)")
	return fs
}

// parse parses args, turning flag errors into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errReported
		}
		return usageError{err}
	}
	return nil
}

// indexPath returns the index folder: the configured one, else one per
// corpus under the user's cache folder, so that two corpora never share
// an index.
func (a *app) indexPath() (string, error) {
	if a.cfg.IndexDir != "" {
		return a.cfg.IndexDir, nil
	}
	base, err := config.DefaultIndexDir()
	if err != nil {
		return "", err
	}
	name := "sample"
	if a.cfg.CorpusDir != "" {
		abs, err := filepath.Abs(a.cfg.CorpusDir)
		if err != nil {
			return "", fmt.Errorf("corpus folder %q: %w", a.cfg.CorpusDir, err)
		}
		sum := sha256.Sum256([]byte(abs))
		name = strings.ToLower(filepath.Base(abs)) + "-" + hex.EncodeToString(sum[:6])
	}
	return filepath.Join(base, name), nil
}

// routeLibraryLogs sends what libraries write to the standard logger
// (bleve's index engine does, when it skips a snapshot it cannot load)
// to l at debug level, so that no raw line of theirs reaches a user's
// terminal. It returns a function that restores the standard logger.
func routeLibraryLogs(l *slog.Logger) (restore func()) {
	w, flags := log.Writer(), log.Flags()
	log.SetFlags(0)
	log.SetOutput(slog.NewLogLogger(l.Handler(), slog.LevelDebug).Writer())
	return func() {
		log.SetOutput(w)
		log.SetFlags(flags)
	}
}
