package search

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

// checkVerbatim fails when a quote or passage of ans is not the cited
// range of its document.
func checkVerbatim(t *testing.T, question string, ans corpus.Answer, texts map[string]string) {
	t.Helper()
	for _, q := range ans.Quotes {
		for _, c := range q.Citations {
			text, ok := texts[c.DocID]
			if !ok || c.Start < 0 || c.End > len(text) || c.Start > c.End {
				t.Errorf("Ask(%q) quote %q cites %q[%d:%d], out of range", question, q.Text, c.DocID, c.Start, c.End)
				continue
			}
			if q.Kind != corpus.KindReported && c.Quoted(text) != q.Text {
				t.Errorf("Ask(%q) quote %q cites %q[%d:%d] = %q", question, q.Text, c.DocID, c.Start, c.End, c.Quoted(text))
			}
		}
	}
	for _, p := range ans.Passages {
		c := p.Citation
		text := texts[c.DocID]
		if c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != p.Text {
			t.Errorf("Ask(%q) passage %q does not match %q[%d:%d]", question, p.Text, c.DocID, c.Start, c.End)
		}
	}
}

// TestSeeds indexes the seed documents with the real extractor and checks
// that answers cite their documents verbatim.
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed corpus not available: %v", err)
	}
	testCorpusDir(t, dir, []string{
		"what did Araghchi say",
		"what did Khamenei say about negotiations",
		"who said 'maximum pressure'",
		"when did Araghchi last speak about talks",
		"has Trump said anything about Iran",
		"what is new on Iran and the US",
		"quotes about sanctions",
	})
}

// TestCorpusFolder indexes the corpus in $QUOTEBOT_TEST_CORPUS (a whole
// corpus may take minutes) and checks answers as TestSeeds does.
func TestCorpusFolder(t *testing.T) {
	dir := os.Getenv("QUOTEBOT_TEST_CORPUS")
	if dir == "" {
		t.Skip("set QUOTEBOT_TEST_CORPUS to a corpus folder to run")
	}
	testCorpusDir(t, dir, []string{
		"what did Araghchi say",
		"what did Araqchi say about trust",
		"Khamenei on negotiations",
		"who said 'hostage diplomacy'",
		"when did Zarif last speak about sanctions",
		"has Pezeshkian said anything about the BRICS",
		"what is new on Turkey and the EU",
		"quotes about Gaza",
	})
}

func testCorpusDir(t *testing.T, dir string, questions []string) {
	ctx := context.Background()
	fsys := os.DirFS(dir)
	texts := make(map[string]string)
	_, err := corpus.Load(ctx, fsys, corpus.LoadOptions{}, func(d corpus.Document) error {
		texts[d.ID] = d.Text
		return nil
	})
	if err != nil {
		t.Fatalf("load %s: %v", dir, err)
	}

	path := filepath.Join(t.TempDir(), "index")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.Now = func() time.Time { return time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC) }

	st, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, nil)
	if err != nil {
		t.Fatalf("Build(%s) error: %v", dir, err)
	}
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	t.Logf("Build: %d documents, %d quotes, %d passages, %d speakers, %d skipped in %v (heap %d MiB)",
		st.Documents, st.Quotes, st.Passages, st.Speakers, len(st.Skipped), st.Elapsed, mem.HeapAlloc>>20)
	if st.Documents != len(texts) || st.NewDocuments != len(texts) {
		t.Errorf("Build() = %+v, want %d new documents", st, len(texts))
	}
	before, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	for _, q := range questions {
		start := time.Now()
		ans, err := ix.Ask(ctx, q, 5, 0)
		if err != nil {
			t.Errorf("Ask(%q) error: %v", q, err)
			continue
		}
		t.Logf("Ask(%q): %d of %d quotes, %d passages, notes %q in %v", q, len(ans.Quotes), ans.Total, len(ans.Passages), ans.Notes, time.Since(start))
		checkVerbatim(t, q, ans, texts)
	}

	// A second Build of the unchanged folder reads nothing and adds nothing.
	st, err = ix.Build(ctx, fsys, corpus.LoadOptions{}, nil)
	if err != nil {
		t.Fatalf("second Build() error: %v", err)
	}
	if !st.Unchanged {
		t.Errorf("second Build() = %+v, want Unchanged", st)
	}
	// Adding every document again adds nothing either.
	var docs []corpus.Document
	_, err = corpus.Load(ctx, fsys, corpus.LoadOptions{}, func(d corpus.Document) error {
		docs = append(docs, d)
		if len(docs) == 200 {
			if _, err := ix.Add(ctx, docs); err != nil {
				return err
			}
			docs = docs[:0]
		}
		return nil
	})
	if err == nil {
		_, err = ix.Add(ctx, docs)
	}
	if err != nil {
		t.Fatal(err)
	}
	after, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	after.SizeBytes, before.SizeBytes = 0, 0
	if after != before {
		t.Errorf("Stats() after re-adding = %+v, want %+v", after, before)
	}
}
