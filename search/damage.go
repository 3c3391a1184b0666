package search

import (
	"io"
	"log"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// bleve's storage engine reports a segment or snapshot it cannot load
// only on the standard logger ("unable to load snapshot, failed to load
// segment …, continuing") and goes on with an older snapshot, or with
// none: an index that silently lost documents. openWatched listens to
// the standard logger while bleve opens the index, so that Open can tell
// a damaged index from a sound one.

// damageMarks are the parts of bleve's log lines that say the index on
// disk is damaged.
var damageMarks = []string{"unable to load snapshot", "failed to load segment", "bucket missing", "unable to parse segment epoch"}

// logSwap serialises the swaps of the standard logger's output.
var logSwap sync.Mutex

type damageWatch struct {
	next  io.Writer
	mu    sync.Mutex
	found []string
}

func (w *damageWatch) Write(p []byte) (int, error) {
	s := string(p)
	for _, m := range damageMarks {
		if strings.Contains(s, m) {
			w.mu.Lock()
			w.found = append(w.found, strings.TrimSpace(s))
			w.mu.Unlock()
			break
		}
	}
	return w.next.Write(p)
}

// openWatched opens the bleve index at path and returns, beside it, the
// damage bleve reported while opening it (nil when none). The lines
// still reach the standard logger's output.
func openWatched(path string, config map[string]interface{}) (bleve.Index, []string, error) {
	logSwap.Lock()
	defer logSwap.Unlock()
	w := &damageWatch{next: log.Writer()}
	log.SetOutput(w)
	defer log.SetOutput(w.next)
	idx, err := bleve.OpenUsing(path, config)
	w.mu.Lock()
	defer w.mu.Unlock()
	return idx, w.found, err
}
