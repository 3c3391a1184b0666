package bench

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

// The systems compared.
const (
	SystemQuotebot = "quotebot" // search.Index: load, extract, attribute, index
	SystemBleve    = "bleve"    // bleve v2, default mapping, passages in batches of 1,000
	SystemFTS5     = "fts5"     // SQLite FTS5 (modernc.org/sqlite), passages
	SystemScan     = "scan"     // every passage in memory, scanned for each question
)

// Systems lists the systems in report order.
var Systems = []string{SystemQuotebot, SystemBleve, SystemFTS5, SystemScan}

// IngestResult is what one system's ingestion of a corpus did.
type IngestResult struct {
	System    string `json:"system"`
	Documents int    `json:"documents"`
	Passages  int    `json:"passages"`
	// Quotes is the number of quotes quotebot indexed; zero for the others.
	Quotes int `json:"quotes,omitempty"`
	// InputBytes is the size of the corpus files read.
	InputBytes int64         `json:"input_bytes"`
	Elapsed    time.Duration `json:"elapsed"`
	// IndexBytes is the size of the index on disk after it was closed.
	IndexBytes int64 `json:"index_bytes"`
}

// Searcher answers benchmark questions on an index built by Ingest.
type Searcher interface {
	// Query runs the system's query for q and returns how many results
	// it produced (at most Limit).
	Query(ctx context.Context, q Question) (int, error)
	Close() error
}

// Limit is how many results each system returns for a question.
const Limit = 10

// Ingest indexes the corpus in corpusDir with system into a new index at
// indexPath.
func Ingest(ctx context.Context, system, corpusDir, indexPath string) (IngestResult, error) {
	in, err := corpusBytes(corpusDir)
	if err != nil {
		return IngestResult{}, err
	}
	var res IngestResult
	start := time.Now()
	switch system {
	case SystemQuotebot:
		res, err = ingestQuotebot(ctx, corpusDir, indexPath)
	case SystemBleve:
		res, err = ingestBleve(ctx, dirSource(corpusDir), indexPath)
	case SystemFTS5:
		res, err = ingestFTS5(ctx, dirSource(corpusDir), indexPath)
	default:
		return res, fmt.Errorf("ingest: unknown system %q", system)
	}
	res.Elapsed = time.Since(start)
	res.System = system
	res.InputBytes = in
	if err != nil {
		return res, fmt.Errorf("ingest %s: %w", system, err)
	}
	if res.IndexBytes, err = DirSize(indexPath); err != nil {
		return res, err
	}
	return res, nil
}

// OpenSearcher opens the index at indexPath that system built from
// corpusDir. The scan system reads corpusDir into memory instead; now is
// the clock quotebot resolves relative dates against.
func OpenSearcher(ctx context.Context, system, corpusDir, indexPath string, now time.Time) (Searcher, error) {
	switch system {
	case SystemQuotebot:
		return openQuotebot(indexPath, now)
	case SystemBleve:
		return openBleve(indexPath)
	case SystemFTS5:
		return openFTS5(ctx, indexPath)
	case SystemScan:
		return openScan(ctx, corpusDir)
	}
	return nil, fmt.Errorf("open searcher: unknown system %q", system)
}

// source calls fn with each document of a corpus and its passages
// (corpus.Passages, the passages quotebot indexes) and returns the number
// of documents.
type source func(ctx context.Context, fn func(corpus.Document, []corpus.Passage) error) (int, error)

// dirSource loads the corpus in the folder dir.
func dirSource(dir string) source {
	return func(ctx context.Context, fn func(corpus.Document, []corpus.Passage) error) (int, error) {
		docs := 0
		_, err := corpus.LoadDir(ctx, dir, corpus.LoadOptions{}, func(d corpus.Document) error {
			docs++
			return fn(d, corpus.Passages(d))
		})
		return docs, err
	}
}

// docsSource reads documents already loaded.
func docsSource(docs []corpus.Document) source {
	return func(ctx context.Context, fn func(corpus.Document, []corpus.Passage) error) (int, error) {
		for i, d := range docs {
			if err := ctx.Err(); err != nil {
				return i, err
			}
			if err := fn(d, corpus.Passages(d)); err != nil {
				return i, err
			}
		}
		return len(docs), nil
	}
}

// corpusBytes is the size of the document files in dir.
func corpusBytes(dir string) (int64, error) {
	n, err := filesSize(dir, func(p string) bool {
		switch filepath.Ext(p) {
		case ".md", ".txt", ".jsonl":
			return true
		}
		return false
	})
	if err != nil {
		return 0, fmt.Errorf("corpus size %q: %w", dir, err)
	}
	return n, nil
}

// DirSize returns the total size of the files under path (or of the
// file path, and of SQLite's -wal and -shm files next to it).
func DirSize(path string) (int64, error) {
	var n int64
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		m, err := filesSize(p, func(string) bool { return true })
		if err != nil {
			return 0, fmt.Errorf("index size %q: %w", path, err)
		}
		n += m
	}
	return n, nil
}

// filesSize returns the total size of the files under root (or of the
// file root) whose paths keep accepts.
func filesSize(root string, keep func(path string) bool) (int64, error) {
	var n int64
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !keep(p) {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		n += info.Size()
		return nil
	})
	return n, err
}
