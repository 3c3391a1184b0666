package live

import (
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/search"
)

const article1 = `---
id: one
title: Talks resume
source: Test Wire
published: 2025-03-01
---

Foreign Minister Abbas Araghchi said on Saturday: "We are ready to talk if the other side is serious."
`

const article2 = `---
title: Sanctions
source: Test Wire
published: 2025-03-02
---

"Pressure will not work," spokesman Esmaeil Baqaei told reporters in Tehran.
`

const article2b = `---
title: Sanctions
source: Test Wire
published: 2025-03-02
---

"Pressure will not work, and it never has," spokesman Esmaeil Baqaei told reporters in Tehran.
`

func mustOpenIndex(tb testing.TB) *search.Index {
	tb.Helper()
	ix, err := search.OpenMem()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

func writeFile(tb testing.TB, dir, name, text string, mtime time.Time) {
	tb.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.Chtimes(p, mtime, mtime); err != nil {
		tb.Fatal(err)
	}
}

// recorder is an Indexer that remembers the IDs it was given and can be
// told to fail.
type recorder struct {
	mu   sync.Mutex
	ids  []string
	fail error
}

func (r *recorder) Add(ctx context.Context, docs []corpus.Document) (search.AddStats, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return search.AddStats{}, r.fail
	}
	for _, d := range docs {
		r.ids = append(r.ids, d.ID)
	}
	return search.AddStats{Documents: len(docs), NewDocuments: len(docs)}, nil
}

func (r *recorder) take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	ids := r.ids
	r.ids = nil
	slices.Sort(ids)
	return ids
}

func TestScanIndexesNewAndChangedFiles(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	writeFile(t, dir, "a.md", article1, old)
	ix := mustOpenIndex(t)
	w := &Watcher{Indexer: ix, Roots: []Root{{Name: "corpus", FS: os.DirFS(dir)}}, Settle: -1}
	ctx := context.Background()

	st, err := w.Scan(ctx)
	if err != nil {
		t.Fatalf("first Scan: %v", err)
	}
	if st.Files != 1 || st.NewDocuments != 1 || st.Quotes == 0 {
		t.Fatalf("first Scan = %+v, want 1 file, 1 new document, some quotes", st)
	}

	st, err = w.Scan(ctx)
	if err != nil || st.Files != 0 || st.Documents != 0 {
		t.Fatalf("Scan with nothing changed = %+v, %v; want nothing read", st, err)
	}

	writeFile(t, dir, "sub/b.md", article2, old.Add(time.Minute))
	st, err = w.Scan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 1 || st.NewDocuments != 1 {
		t.Fatalf("Scan after a new file = %+v, want 1 file read, 1 new document", st)
	}
	ans, err := ix.Ask(ctx, "what did Baqaei say", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !answerHas(ans, "Pressure will not work") {
		t.Errorf("Ask after the new file: no quote %q in %+v", "Pressure will not work", ans.Quotes)
	}

	writeFile(t, dir, "sub/b.md", article2b, old.Add(2*time.Minute))
	st, err = w.Scan(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 1 || st.NewDocuments != 1 {
		t.Fatalf("Scan after a changed file = %+v, want 1 file read, 1 new document", st)
	}
	ans, err = ix.Ask(ctx, "what did Baqaei say", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !answerHas(ans, "it never has") {
		t.Errorf("Ask after the changed file: no quote %q in %+v", "it never has", ans.Quotes)
	}

	if err := os.Remove(filepath.Join(dir, "a.md")); err != nil {
		t.Fatal(err)
	}
	st, err = w.Scan(ctx)
	if err != nil || st.Removed != 1 || st.Files != 0 {
		t.Fatalf("Scan after a removal = %+v, %v; want 1 removed, nothing read", st, err)
	}
}

func answerHas(a corpus.Answer, text string) bool {
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, text) {
			return true
		}
	}
	return false
}

func TestScanSkipsBrokenFile(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	writeFile(t, dir, "a.md", article1, old)
	writeFile(t, dir, "broken.md", "---\ntitle: never closed\n\nbody", old)
	writeFile(t, dir, "binary.txt", "nul\x00byte", old)
	writeFile(t, dir, "b.md", article2, old)
	rec := &recorder{}
	w := &Watcher{Indexer: rec, Roots: []Root{{Name: "corpus", FS: os.DirFS(dir)}}, Settle: -1}
	st, err := w.Scan(context.Background())
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	if got, want := rec.take(), []string{"b", "one"}; !slices.Equal(got, want) {
		t.Errorf("indexed %q, want %q", got, want)
	}
	var paths []string
	for _, s := range st.Skipped {
		paths = append(paths, s.Path)
	}
	slices.Sort(paths)
	if want := []string{"binary.txt", "broken.md"}; !slices.Equal(paths, want) {
		t.Errorf("Skipped = %q, want %q", paths, want)
	}
	// A broken file is reported once, not on every scan.
	st, err = w.Scan(context.Background())
	if err != nil || len(st.Skipped) != 0 || st.Files != 0 {
		t.Errorf("second Scan = %+v, %v; want nothing read or skipped", st, err)
	}
	// Fixing it gets it indexed.
	writeFile(t, dir, "broken.md", "---\ntitle: now closed\n---\n\nbody text", old.Add(time.Minute))
	if _, err := w.Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, want := rec.take(), []string{"broken"}; !slices.Equal(got, want) {
		t.Errorf("after the fix, indexed %q, want %q", got, want)
	}
}

func TestScanRetriesAfterIndexerFailure(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	writeFile(t, dir, "a.md", article1, old)
	rec := &recorder{fail: errors.New("disk full")}
	w := &Watcher{Indexer: rec, Roots: []Root{{Name: "corpus", FS: os.DirFS(dir)}}, Settle: -1}
	if _, err := w.Scan(context.Background()); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Scan with a failing indexer: err = %v, want disk full", err)
	}
	rec.fail = nil
	if _, err := w.Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, want := rec.take(), []string{"one"}; !slices.Equal(got, want) {
		t.Errorf("after the failure, indexed %q, want %q", got, want)
	}
}

func TestScanWaitsForFileToSettle(t *testing.T) {
	dir := t.TempDir()
	mtime := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	writeFile(t, dir, "a.md", article1, mtime)
	now := mtime.Add(time.Second)
	rec := &recorder{}
	w := &Watcher{Indexer: rec, Roots: []Root{{Name: "corpus", FS: os.DirFS(dir)}},
		Settle: 5 * time.Second, Now: func() time.Time { return now }}
	st, err := w.Scan(context.Background())
	if err != nil || st.Deferred != 1 || st.Files != 0 {
		t.Fatalf("Scan of a fresh file = %+v, %v; want it deferred", st, err)
	}
	now = mtime.Add(6 * time.Second)
	st, err = w.Scan(context.Background())
	if err != nil || st.Deferred != 0 || st.Files != 1 {
		t.Fatalf("Scan once settled = %+v, %v; want it read", st, err)
	}
	if got, want := rec.take(), []string{"one"}; !slices.Equal(got, want) {
		t.Errorf("indexed %q, want %q", got, want)
	}
}

func TestScanRereadsFolderWhenSidecarChanges(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	writeFile(t, dir, "n/a.txt", "Some text.", old)
	writeFile(t, dir, "other/b.txt", "Other text.", old)
	rec := &recorder{}
	w := &Watcher{Indexer: rec, Roots: []Root{{Name: "corpus", FS: os.DirFS(dir)}}, Settle: -1}
	if _, err := w.Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	rec.take()
	writeFile(t, dir, "n/meta.json", `{"a.txt": {"source": "Wire"}}`, old.Add(time.Minute))
	if _, err := w.Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, want := rec.take(), []string{"n/a"}; !slices.Equal(got, want) {
		t.Errorf("after a new sidecar, indexed %q, want %q", got, want)
	}
}

func TestScanRootsIndependently(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.md", article1, time.Now().Add(-time.Hour))
	rec := &recorder{}
	w := &Watcher{Indexer: rec, Settle: -1, Roots: []Root{
		{Name: "missing", FS: os.DirFS(filepath.Join(dir, "nope"))},
		{Name: "corpus", FS: os.DirFS(dir)},
	}}
	_, err := w.Scan(context.Background())
	if err == nil || !strings.Contains(err.Error(), "scan missing") {
		t.Errorf("Scan with a missing root: err = %v, want it named", err)
	}
	if got, want := rec.take(), []string{"one"}; !slices.Equal(got, want) {
		t.Errorf("indexed %q, want %q", got, want)
	}
}

func TestScanEmbeddedFSOnce(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("Some text.")}}
	rec := &recorder{}
	w := &Watcher{Indexer: rec, Roots: []Root{{Name: "sample", FS: fsys}}}
	for range 2 {
		if _, err := w.Scan(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := rec.take(), []string{"a"}; !slices.Equal(got, want) {
		t.Errorf("indexed %q, want %q", got, want)
	}
}

func TestRunPicksUpNewFile(t *testing.T) {
	dir := t.TempDir()
	ix := mustOpenIndex(t)
	w := &Watcher{Indexer: ix, Roots: []Root{{Name: "corpus", FS: os.DirFS(dir)}},
		Interval: 20 * time.Millisecond, Settle: -1, Logger: slog.New(slog.DiscardHandler)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()

	writeFile(t, dir, "a.md", article1, time.Now().Add(-time.Minute))
	deadline := time.Now().Add(5 * time.Second)
	for {
		st, err := ix.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the new file was not indexed within 5s: %+v", st)
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil once ctx ends", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after ctx ended")
	}
}

func TestRunMisconfigured(t *testing.T) {
	if err := (&Watcher{}).Run(context.Background()); err == nil {
		t.Error("Run with no indexer = nil, want an error")
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		failures int
		want     time.Duration
	}{
		{1, 30 * time.Second},
		{2, time.Minute},
		{3, 2 * time.Minute},
		{6, 10 * time.Minute},
		{60, 10 * time.Minute},
	}
	for _, tt := range tests {
		if got := backoff(30*time.Second, tt.failures, 10*time.Minute); got != tt.want {
			t.Errorf("backoff(30s, %d, 10m) = %v, want %v", tt.failures, got, tt.want)
		}
	}
}

func TestSubsetListsOnlyChosenFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":        {},
		"d/b.txt":      {},
		"d/meta.json":  {},
		"d/e/c.txt":    {},
		"x/unused.txt": {},
	}
	var got []string
	err := fs.WalkDir(newSubset(fsys, []string{"d/e/c.txt", "a.txt"}), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			got = append(got, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.txt", "d/e/c.txt"}; !slices.Equal(got, want) {
		t.Errorf("walk of subset = %q, want %q", got, want)
	}
	if _, err := fs.ReadFile(newSubset(fsys, nil), "d/meta.json"); err != nil {
		t.Errorf("ReadFile of a file outside the subset: %v, want it readable", err)
	}
}

// TestPrimeSkipsIndexedFiles checks that a primed root's first scan
// reads only the files that changed after Prime.
func TestPrimeSkipsIndexedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("old.txt", "“We are ready to talk,” said Foreign Minister Abbas Araghchi.")
	ix, err := search.OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	w := &Watcher{Indexer: ix, Roots: []Root{{Name: "corpus", FS: os.DirFS(dir)}}, Settle: -1}
	if err := w.Prime("corpus"); err != nil {
		t.Fatal(err)
	}
	write("new.txt", "“Talks will resume in spring,” said Kaja Kallas.")
	st, err := w.Scan(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 1 || st.Documents != 1 {
		t.Errorf("first scan after Prime read %d files, %d documents; want only the new file", st.Files, st.Documents)
	}
}
