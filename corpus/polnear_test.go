package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// polnearDir is the human-annotated news used to measure attribution.
const polnearDir = "../../shared/corpus/polnear-gold"

// TestPolNeARPredictions writes the extractor's predictions for the
// PolNeAR dev split (or the split in QUOTEBOT_POLNEAR_SPLIT) to the
// folder in QUOTEBOT_POLNEAR_OUT, in the format of the project's
// scorer (character offsets). It skips when either is missing.
func TestPolNeARPredictions(t *testing.T) {
	out := os.Getenv("QUOTEBOT_POLNEAR_OUT")
	if out == "" {
		t.Skip("set QUOTEBOT_POLNEAR_OUT to write PolNeAR predictions")
	}
	split := os.Getenv("QUOTEBOT_POLNEAR_SPLIT")
	if split == "" {
		split = "dev"
	}
	dir := filepath.Join(polnearDir, split)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no PolNeAR articles in %s", dir)
	}
	all := os.Getenv("QUOTEBOT_POLNEAR_KINDS") == "all"
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		doc := Document{ID: id, Text: string(b), PublishedProvenance: DateUnknown}
		var lines []byte
		for _, q := range Extract(doc) {
			if q.Kind == KindReported && !all {
				continue
			}
			for _, c := range q.Citations {
				if doc.Text[c.Start:c.End] != q.Text {
					t.Errorf("%s: citation [%d:%d] does not hold %q", id, c.Start, c.End, q.Text)
				}
				rec := map[string]any{
					"quote":   q.Text,
					"speaker": q.Speaker,
					"kind":    string(q.Kind),
					"start":   utf8.RuneCountInString(doc.Text[:c.Start]),
					"end":     utf8.RuneCountInString(doc.Text[:c.End]),
				}
				j, _ := json.Marshal(rec)
				lines = append(append(lines, j...), '\n')
			}
		}
		if err := os.WriteFile(filepath.Join(out, id+".pred.jsonl"), lines, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
