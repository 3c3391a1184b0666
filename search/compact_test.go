package search

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/quotebot/quotebot/corpus"
)

// segments returns how many segments ix's bleve index reads from.
func segments(t *testing.T, ix *Index) int {
	t.Helper()
	a, err := ix.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	s, ok := a.(*scorch.Scorch)
	if !ok {
		t.Fatalf("index is a %T, want scorch", a)
	}
	r, err := s.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	return len(r.(*scorch.IndexSnapshot).Segments())
}

// buildNumbered opens an index at path and builds numberedCorpus(n)
// into it.
func buildNumbered(t *testing.T, ctx context.Context, path string, n int) (*Index, Stats, error) {
	t.Helper()
	fc, fsys := numberedCorpus(n)
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ix.Now = func() time.Time { return testNow }
	fc.useByPath(ix)
	st, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, nil)
	return ix, st, err
}

func TestBuildCompacts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index")
	// Three operations a document (quote, passage, record): three
	// batches, each a segment of its own until merged.
	n := 999
	ix, _, err := buildNumbered(t, ctx, path, n)
	if err != nil {
		t.Fatalf("Build() error: %v", err)
	}
	if got := segments(t, ix); got != 1 {
		t.Errorf("after Build: %d segments, want 1", got)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	// The merged segment is what was persisted, and answers as before.
	ix, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.Now = func() time.Time { return testNow }
	if got := segments(t, ix); got != 1 {
		t.Errorf("after reopening: %d segments, want 1", got)
	}
	for _, i := range []int{0, 512, n - 1} {
		q := "what did Speaker " + surname(i) + " say"
		ans, err := ix.Ask(ctx, q, 0, 0)
		if want := fmt.Sprintf("Statement number %d on water policy.", i); err != nil || len(ans.Quotes) != 1 || ans.Quotes[0].Text != want {
			t.Errorf("Ask(%q) = %+v, %v; want %q", q, ans.Quotes, err, want)
		}
	}
}

func TestCompactInMemory(t *testing.T) {
	ix, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.compact(context.Background()); err != nil {
		t.Errorf("compact() of an in-memory index: %v, want nil", err)
	}
}

// A compaction that runs out of time leaves the index as it was: the
// Build still succeeds and answers.
func TestBuildCompactTimeout(t *testing.T) {
	old := compactTimeout
	compactTimeout = time.Nanosecond
	t.Cleanup(func() { compactTimeout = old })

	ctx := context.Background()
	ix, st, err := buildNumbered(t, ctx, filepath.Join(t.TempDir(), "index"), 999)
	if err != nil || st.NewDocuments != 999 {
		t.Fatalf("Build() = %+v, %v; want 999 new documents and no error", st, err)
	}
	q := "what did Speaker " + surname(998) + " say"
	if ans, err := ix.Ask(ctx, q, 0, 0); err != nil || len(ans.Quotes) != 1 {
		t.Errorf("Ask(%q) = %+v, %v; want one quote", q, ans.Quotes, err)
	}
}

// A Build whose context ends during the compaction reports it.
func TestCompactCanceled(t *testing.T) {
	ix, _, err := buildNumbered(t, context.Background(), filepath.Join(t.TempDir(), "index"), 10)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.compact(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("compact(canceled) = %v, want context.Canceled", err)
	}
}
