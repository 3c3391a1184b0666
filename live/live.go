// Package live keeps the index current while quotebot runs: it polls
// the corpus folders and indexes the files that appeared or changed
// since the last look.
//
// A scan first compares each file's size, mode and modification time
// with what the previous scan saw, which costs one stat per file; only
// the new and changed files are read, through corpus.Load, and handed to
// the indexer, which skips documents it already holds. A file the loader
// cannot use is reported once and skipped; the rest is indexed.
package live

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/search"
)

// Defaults of the Watcher's options.
const (
	// DefaultInterval is the time between two scans.
	DefaultInterval = 30 * time.Second
	// DefaultSettle is how long a file must stay unmodified before it is
	// read, so that a file still being copied is not indexed half-written.
	DefaultSettle = 2 * time.Second
	// DefaultMaxBackoff is the longest wait after repeated failures.
	DefaultMaxBackoff = 10 * time.Minute
)

// chunkSize is how many documents go to one call of Indexer.Add.
const chunkSize = 100

// Indexer adds documents to the index. Adding a document it already
// holds (same ID and text) must add nothing. *search.Index satisfies it.
type Indexer interface {
	Add(ctx context.Context, docs []corpus.Document) (search.AddStats, error)
}

var _ Indexer = (*search.Index)(nil)

// Root is one folder the Watcher watches.
type Root struct {
	// Name labels the folder in logs ("corpus", "feeds").
	Name string
	// FS is the folder, usually os.DirFS(dir). Files whose modification
	// time is zero (an embedded file system) are read on the first scan
	// only.
	FS fs.FS
}

// Watcher polls its roots and indexes what changed. Set the fields
// before the first call to Scan or Run; its methods are safe for
// concurrent use.
type Watcher struct {
	// Indexer receives the new documents. It must be set.
	Indexer Indexer
	// Roots are the folders watched. Document IDs and paths are relative
	// to their root, as corpus.Load makes them.
	Roots []Root
	// Interval is the time between scans. Zero means DefaultInterval.
	Interval time.Duration
	// Settle is how long a changed file must stay unmodified before it
	// is read; a younger file waits for a scan soon after. Zero means
	// DefaultSettle; a negative value reads files at once.
	Settle time.Duration
	// MaxBackoff caps the wait between scans after failures, which
	// doubles from Interval. Zero means DefaultMaxBackoff.
	MaxBackoff time.Duration
	// LoadOptions are passed to corpus.Load.
	LoadOptions corpus.LoadOptions
	// Logger receives what was indexed, skipped files and failures. Nil
	// discards them.
	Logger *slog.Logger
	// Now returns the current time. Nil means time.Now.
	Now func() time.Time

	mu    sync.Mutex               // serialises scans; guards snaps
	snaps map[int]map[string]stamp // per root; nil before its first scan
}

// stamp is what a scan remembers of a file.
type stamp struct {
	size  int64
	mode  fs.FileMode
	mtime time.Time
}

// ScanStats describes one Scan.
type ScanStats struct {
	// Files is how many new or changed files were read.
	Files int
	// Deferred is how many changed files were too fresh to read; a scan
	// soon after reads them.
	Deferred int
	// Removed is how many files disappeared. Their documents stay in
	// the index.
	Removed int
	// Documents is how many documents the files held, and NewDocuments
	// how many of them the index did not hold before.
	Documents    int
	NewDocuments int
	// Quotes and Passages count what the index added.
	Quotes   int
	Passages int
	// Skipped lists the files the loader reported and skipped.
	Skipped []corpus.Skipped
}

func (s *ScanStats) add(o ScanStats) {
	s.Files += o.Files
	s.Deferred += o.Deferred
	s.Removed += o.Removed
	s.Documents += o.Documents
	s.NewDocuments += o.NewDocuments
	s.Quotes += o.Quotes
	s.Passages += o.Passages
	s.Skipped = append(s.Skipped, o.Skipped...)
}

// Run scans at once and then every Interval until ctx ends, and returns
// nil then. A failed scan is logged and retried after a wait that
// doubles with each failure, up to MaxBackoff; files the failed scan did
// not index are read again. Run returns an error only when the Watcher
// is misconfigured.
func (w *Watcher) Run(ctx context.Context) error {
	if err := w.check(); err != nil {
		return err
	}
	log := w.logger()
	interval := w.interval()
	var failures int
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-timer.C:
		}
		st, err := w.Scan(ctx)
		if ctx.Err() != nil {
			return nil
		}
		next := interval
		if err != nil {
			failures++
			next = backoff(interval, failures, w.maxBackoff())
			log.Warn("live corpus scan failed", "err", err, "failures", failures, "retry_in", next)
		} else {
			failures = 0
			if st.Deferred > 0 {
				next = min(interval, max(w.settle(), 100*time.Millisecond))
			}
		}
		timer.Reset(next)
	}
}

// backoff returns base doubled for each failure after the first, capped
// at limit.
func backoff(base time.Duration, failures int, limit time.Duration) time.Duration {
	d := base
	for i := 1; i < failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

func (w *Watcher) check() error {
	if w.Indexer == nil {
		return errors.New("live: no indexer")
	}
	for i, r := range w.Roots {
		if r.FS == nil {
			return fmt.Errorf("live: root %d (%q) has no file system", i, r.Name)
		}
	}
	return nil
}

// Scan looks at every root once and indexes its new and changed files.
// The first scan of a root reads all of it (the indexer skips what it
// holds). A root that fails does not stop the others; the error joins
// every root's failure, and the files of a failed root are read again
// by the next scan.
func (w *Watcher) Scan(ctx context.Context) (ScanStats, error) {
	if err := w.check(); err != nil {
		return ScanStats{}, err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.snaps == nil {
		w.snaps = make(map[int]map[string]stamp)
	}
	var total ScanStats
	var errs []error
	for i, r := range w.Roots {
		st, err := w.scanRoot(ctx, i, r)
		total.add(st)
		if err != nil {
			errs = append(errs, fmt.Errorf("scan %s: %w", r.Name, err))
		}
		if ctx.Err() != nil {
			break
		}
	}
	return total, errors.Join(errs...)
}

// Prime records the current files of the named roots as already
// indexed, so that the first scan reads only what changes after this
// call. Call it before the caller indexes those roots itself (as serve
// does with its corpus folder at start-up), so that a file changed in
// between is still read.
func (w *Watcher) Prime(names ...string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.snaps == nil {
		w.snaps = make(map[int]map[string]stamp)
	}
	for i, r := range w.Roots {
		if !slices.Contains(names, r.Name) {
			continue
		}
		cur, err := stamps(r.FS)
		if err != nil {
			return fmt.Errorf("prime %s: %w", r.Name, err)
		}
		w.snaps[i] = cur
	}
	return nil
}

func (w *Watcher) scanRoot(ctx context.Context, i int, r Root) (ScanStats, error) {
	var st ScanStats
	log := w.logger().With("root", r.Name)
	cur, err := stamps(r.FS)
	if err != nil {
		return st, err
	}
	prev, seen := w.snaps[i]
	now := w.now()
	settle := w.settle()

	next := make(map[string]stamp, len(cur))
	var changed []string
	metaDirs := map[string]bool{}
	for p, s := range cur {
		old, ok := prev[p]
		if seen && ok && old == s {
			next[p] = s
			continue
		}
		if settle > 0 && !s.mtime.IsZero() && now.Sub(s.mtime) < settle {
			st.Deferred++
			if ok {
				next[p] = old // still changed on the next scan
			}
			continue
		}
		next[p] = s
		changed = append(changed, p)
		if path.Base(p) == corpus.MetaFile {
			metaDirs[path.Dir(p)] = true
		}
	}
	for p := range prev {
		if _, ok := cur[p]; !ok {
			st.Removed++
			log.Info("file removed; its documents stay in the index", "path", p)
		}
	}
	// A new or changed sidecar gives the files of its folder new
	// metadata: read them again.
	if len(metaDirs) > 0 {
		for p := range next {
			if metaDirs[path.Dir(p)] && !slices.Contains(changed, p) {
				changed = append(changed, p)
			}
		}
	}
	if len(changed) == 0 {
		w.snaps[i] = next
		return st, nil
	}
	slices.Sort(changed)
	st.Files = len(changed)

	var chunk []corpus.Document
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		as, err := w.Indexer.Add(ctx, chunk)
		st.NewDocuments += as.NewDocuments
		st.Quotes += as.Quotes
		st.Passages += as.Passages
		chunk = chunk[:0]
		return err
	}
	var added []string
	skipped, err := corpus.Load(ctx, newSubset(r.FS, changed), w.LoadOptions, func(d corpus.Document) error {
		st.Documents++
		added = append(added, d.ID)
		chunk = append(chunk, d)
		if len(chunk) >= chunkSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	st.Skipped = skipped
	if err != nil {
		// Keep the old snapshot so that the next scan reads these
		// files again; adding them twice adds nothing.
		return st, err
	}
	w.snaps[i] = next
	for _, s := range skipped {
		log.Warn("skipped file", "path", s.Path, "reason", s.Reason)
	}
	attrs := []any{"files", st.Files, "documents", st.Documents, "new", st.NewDocuments,
		"quotes", st.Quotes, "passages", st.Passages, "skipped", len(skipped)}
	if len(added) <= 10 {
		attrs = append(attrs, "ids", added)
	}
	if !seen {
		log.Info("live corpus: first scan done", attrs...)
	} else {
		log.Info("live corpus: indexed new and changed files", attrs...)
	}
	return st, nil
}

// stamps records every file of fsys that corpus.Load could read:
// hidden files and folders are left out, as Load leaves them out.
func stamps(fsys fs.FS) (map[string]stamp, error) {
	m := map[string]stamp{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			// An unreadable entry is left for Load to report.
			m[p] = stamp{}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			m[p] = stamp{}
			return nil
		}
		m[p] = stamp{size: info.Size(), mode: info.Mode(), mtime: info.ModTime()}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// subset is a view of a file system in which folder listings show only
// the chosen files and the folders that lead to them. Every file can
// still be opened, so that corpus.Load finds the meta.json sidecars.
type subset struct {
	fs.FS
	files map[string]bool
	dirs  map[string]bool
}

func newSubset(fsys fs.FS, files []string) subset {
	s := subset{FS: fsys, files: map[string]bool{}, dirs: map[string]bool{}}
	for _, p := range files {
		s.files[p] = true
		for d := path.Dir(p); d != "."; d = path.Dir(d) {
			s.dirs[d] = true
		}
	}
	return s
}

// ReadDir implements fs.ReadDirFS.
func (s subset) ReadDir(name string) ([]fs.DirEntry, error) {
	ents, err := fs.ReadDir(s.FS, name)
	kept := ents[:0]
	for _, e := range ents {
		p := path.Join(name, e.Name())
		if s.files[p] || s.dirs[p] {
			kept = append(kept, e)
		}
	}
	return kept, err
}

func (w *Watcher) interval() time.Duration {
	if w.Interval > 0 {
		return w.Interval
	}
	return DefaultInterval
}

func (w *Watcher) settle() time.Duration {
	switch {
	case w.Settle < 0:
		return 0
	case w.Settle == 0:
		return DefaultSettle
	}
	return w.Settle
}

func (w *Watcher) maxBackoff() time.Duration {
	if w.MaxBackoff > 0 {
		return w.MaxBackoff
	}
	return DefaultMaxBackoff
}

func (w *Watcher) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Watcher) logger() *slog.Logger {
	if w.Logger != nil {
		return w.Logger
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}
