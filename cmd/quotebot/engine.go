package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/search"
)

// corpusFS returns the configured corpus folder, or the embedded sample
// corpus when none is set.
func (a *app) corpusFS() (fs.FS, string, error) {
	if a.cfg.CorpusDir == "" {
		return corpus.Sample(), "the embedded sample corpus", nil
	}
	fi, err := os.Stat(a.cfg.CorpusDir)
	if err != nil {
		return nil, "", fmt.Errorf("corpus folder: %w", err)
	}
	if !fi.IsDir() {
		return nil, "", fmt.Errorf("corpus folder %q is not a folder", a.cfg.CorpusDir)
	}
	return os.DirFS(a.cfg.CorpusDir), a.cfg.CorpusDir, nil
}

// openIndex opens the index and brings it up to date with the corpus.
// Nothing is read when the corpus files have not changed since the last
// build. With verbose, progress and skipped files go to stderr.
func (a *app) openIndex(ctx context.Context, verbose bool) (*search.Index, search.Stats, error) {
	return a.openIndexFor(ctx, verbose, false)
}

// openIndexToRead is openIndex for commands that only read: when the
// index cannot be brought up to date (a full disk, a write error), they
// answer from what it holds, after one line that says so.
func (a *app) openIndexToRead(ctx context.Context) (*search.Index, error) {
	ix, _, err := a.openIndexFor(ctx, false, true)
	return ix, err
}

func (a *app) openIndexFor(ctx context.Context, verbose, stale bool) (*search.Index, search.Stats, error) {
	fsys, name, err := a.corpusFS()
	if err != nil {
		return nil, search.Stats{}, err
	}
	path, err := a.indexPath()
	if err != nil {
		return nil, search.Stats{}, err
	}
	ix, err := search.Open(path)
	if err != nil {
		return nil, search.Stats{}, err
	}
	ix.Logger = a.log
	switch {
	case ix.Damaged != "":
		// One sentence on stderr whatever the log level: the rebuild
		// that follows takes a while, and the user should know why.
		fmt.Fprintf(a.stderr, "quotebot: the index %s is damaged (%s): rebuilding it from the corpus\n", path, shorten(ix.Damaged, 160))
	case ix.Rebuilt:
		a.log.Info("index format changed: rebuilding", "index", path)
	}
	progress := a.progress(verbose)
	st, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, progress.update)
	progress.done()
	if err != nil {
		ix.Close()
		if stale && ctx.Err() == nil {
			// A failed write leaves bleve's state in this process unsafe
			// to read: the index is opened again as its last commit left
			// it.
			if old, oerr := search.OpenAsIs(path); oerr == nil {
				old.Logger = a.log
				fmt.Fprintf(a.stderr, "quotebot: the index could not be brought up to date with %s (%s): answering from what it holds\n", name, shorten(rootCause(err), 160))
				return old, st, nil
			}
		}
		return nil, st, fmt.Errorf("index %s: %w", name, err)
	}
	if !st.Unchanged {
		for _, s := range st.Skipped {
			a.log.Warn("skipped file", "path", s.Path, "reason", s.Reason)
		}
	}
	return ix, st, nil
}

// progressLine shows indexing progress: a line rewritten in place on a
// terminal, plain lines every few seconds otherwise, nothing when quiet.
type progressLine struct {
	a       *app
	enabled bool
	tty     bool
	last    time.Time
	shown   bool
}

func (a *app) progress(verbose bool) *progressLine {
	p := &progressLine{a: a, enabled: verbose}
	if f, ok := a.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	return p
}

func (p *progressLine) update(pr search.Progress) {
	if !p.enabled {
		return
	}
	now := time.Now()
	if !p.tty && now.Sub(p.last) < 5*time.Second {
		return
	}
	p.last = now
	line := fmt.Sprintf("indexing: %d documents read, %d new, %d quotes, %d passages", pr.Documents, pr.NewDocuments, pr.Quotes, pr.Passages)
	if p.tty {
		fmt.Fprintf(p.a.stderr, "\r\033[K%s", line)
		p.shown = true
		return
	}
	fmt.Fprintln(p.a.stderr, line)
}

func (p *progressLine) done() {
	if p.shown {
		fmt.Fprintln(p.a.stderr)
	}
}

// shorten cuts s to at most n bytes at a word boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
	}
	return s[:cut] + " …"
}

// rootCause is the innermost error of a chain wrapped with %w, which
// says what went wrong in the fewest words ("no space left on device").
func rootCause(err error) string {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err.Error()
		}
		err = u
	}
}
