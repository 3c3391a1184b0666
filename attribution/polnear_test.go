package attribution

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/corpus"
)

// polnearDir is the human-annotated news used to measure attribution.
// Its scores are computed by internal/eval and `quotebot eval`.
const polnearDir = "../../shared/corpus/polnear-gold"

// TestPolNeARCitations checks, on real news, that every citation holds
// the exact text of its quote. It skips when the data is absent.
func TestPolNeARCitations(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(polnearDir, "dev", "*.txt"))
	if len(files) == 0 {
		t.Skipf("no PolNeAR articles in %s", polnearDir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		doc := corpus.Document{ID: id, Text: string(b), PublishedProvenance: corpus.DateUnknown}
		for _, q := range Extract(doc) {
			for _, c := range q.Citations {
				if c.Quoted(doc.Text) != q.Text {
					t.Errorf("%s: citation [%d:%d] does not hold %q", id, c.Start, c.End, q.Text)
				}
			}
		}
	}
}
