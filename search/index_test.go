package search

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

func mustStats(t *testing.T, ix *Index) IndexStats {
	t.Helper()
	st, err := ix.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats() error: %v", err)
	}
	return st
}

func TestAddIdempotent(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenIndex(t)
	fc := testCorpus()
	fc.use(ix)

	got, err := ix.Add(ctx, fc.docs)
	if err != nil {
		t.Fatalf("Add() error: %v", err)
	}
	// Ten statements, one of them found twice.
	want := AddStats{Documents: 8, NewDocuments: 8, Quotes: 9, Passages: 10}
	if got != want {
		t.Errorf("first Add() = %+v, want %+v", got, want)
	}
	before := mustStats(t, ix)
	if before.Quotes != 9 || before.Documents != 8 || before.Passages != 10 {
		t.Errorf("Stats() after first Add = %+v, want 9 quotes, 8 documents, 10 passages", before)
	}

	got, err = ix.Add(ctx, fc.docs)
	if err != nil {
		t.Fatalf("second Add() error: %v", err)
	}
	if want := (AddStats{Documents: 8}); got != want {
		t.Errorf("second Add() = %+v, want %+v", got, want)
	}
	if after := mustStats(t, ix); after != before {
		t.Errorf("Stats() after second Add = %+v, want %+v", after, before)
	}
}

func TestAddDuplicateInOneCall(t *testing.T) {
	ix := MustOpenIndex(t)
	fc := testCorpus()
	fc.use(ix)
	docs := append(slices.Clone(fc.docs[:2]), fc.docs[:2]...)
	got, err := ix.Add(context.Background(), docs)
	if err != nil {
		t.Fatalf("Add() error: %v", err)
	}
	if got.NewDocuments != 2 || got.Quotes != 3 {
		t.Errorf("Add(twice the same 2 documents) = %+v, want 2 new documents and 3 quotes", got)
	}
}

func TestCitationMerge(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenIndex(t)
	fc := testCorpus()
	fc.use(ix)
	// The trust statement appears in tt/trust and eu/kallas; index them
	// in separate calls so the second must merge into the stored quote.
	first, second := fc.docs[0], fc.docs[2]
	if _, err := ix.Add(ctx, []corpus.Document{first}); err != nil {
		t.Fatalf("Add(%s) error: %v", first.ID, err)
	}
	got, err := ix.Add(ctx, []corpus.Document{second})
	if err != nil {
		t.Fatalf("Add(%s) error: %v", second.ID, err)
	}
	if got.Merged != 1 || got.Quotes != 1 {
		t.Errorf("Add(%s) = %+v, want 1 merged and 1 new quote", second.ID, got)
	}
	ans, err := ix.Search(ctx, corpus.Query{Phrase: "trust must be rebuilt", Intent: corpus.IntentWho})
	if err != nil {
		t.Fatalf("Search() error: %v", err)
	}
	if ans.Total != 1 || len(ans.Quotes) != 1 {
		t.Fatalf("Search(trust) Total = %d, quotes %d; want 1 and 1", ans.Total, len(ans.Quotes))
	}
	var docs []string
	for _, c := range ans.Quotes[0].Citations {
		docs = append(docs, c.DocID)
	}
	if want := []string{"tt/trust", "eu/kallas"}; !slices.Equal(docs, want) {
		t.Errorf("citations = %q, want %q", docs, want)
	}
	c := ans.Quotes[0].Citations[1]
	if c.Source != "EU Observer" || c.Title != "Kallas on Iran" || c.URL == "" || !c.Published.Equal(day("2025-01-31")) {
		t.Errorf("second citation = %+v, want the metadata of eu/kallas", c)
	}
	if s := mustStats(t, ix); s.Quotes != 2 {
		t.Errorf("Stats().Quotes = %d, want 2", s.Quotes)
	}
	sp, err := ix.Speakers(ctx, "Araghchi", 5)
	if err != nil {
		t.Fatalf("Speakers() error: %v", err)
	}
	if len(sp) != 1 || sp[0].Quotes != 1 {
		t.Errorf("Speakers(Araghchi) = %+v, want one speaker with 1 quote", sp)
	}
}

func TestAddOneFile(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenIndex(t)
	fc := testCorpus()
	fc.use(ix)
	if _, err := ix.Add(ctx, fc.docs[:3]); err != nil {
		t.Fatalf("Add() error: %v", err)
	}
	got, err := ix.Add(ctx, fc.docs[:4])
	if err != nil {
		t.Fatalf("Add() error: %v", err)
	}
	if got.Documents != 4 || got.NewDocuments != 1 || got.Quotes != 2 {
		t.Errorf("Add(3 old + 1 new) = %+v, want 4 documents, 1 new, 2 quotes", got)
	}
}

func TestChangedDocumentIsReindexed(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenIndex(t)
	fc := testCorpus()
	fc.use(ix)
	d := fc.docs[0]
	if _, err := ix.Add(ctx, []corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	d.Text += "\n\nA correction was appended."
	got, err := ix.Add(ctx, []corpus.Document{d})
	if err != nil {
		t.Fatal(err)
	}
	if got.NewDocuments != 1 || got.Quotes != 0 {
		t.Errorf("Add(changed text) = %+v, want 1 new document and no new quote", got)
	}
}

func TestAddCanceled(t *testing.T) {
	ix := MustOpenIndex(t)
	testCorpus().use(ix)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Add(ctx, testCorpus().docs); !errors.Is(err, context.Canceled) {
		t.Errorf("Add(canceled) error = %v, want context.Canceled", err)
	}
}

func TestOpenPersists(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "index")
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%q) error: %v", path, err)
	}
	fc := testCorpus()
	fc.use(ix)
	if _, err := ix.Add(ctx, fc.docs); err != nil {
		t.Fatalf("Add() error: %v", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatalf("Close() error: %v", err)
	}
	if err := ix.Close(); err != nil {
		t.Errorf("second Close() error: %v", err)
	}
	if _, err := ix.Search(ctx, corpus.Query{Topic: "trust"}); !errors.Is(err, ErrClosed) {
		t.Errorf("Search after Close error = %v, want ErrClosed", err)
	}

	ix, err = Open(path)
	if err != nil {
		t.Fatalf("reopen %q error: %v", path, err)
	}
	defer ix.Close()
	if ix.Rebuilt {
		t.Errorf("reopen: Rebuilt = true, want false")
	}
	fc.use(ix)
	st := mustStats(t, ix)
	if st.Quotes != 9 || st.Documents != 8 || st.SizeBytes <= 0 {
		t.Errorf("Stats() after reopen = %+v, want 9 quotes, 8 documents, a size", st)
	}
	sp, err := ix.Speakers(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(sp) != 7 || sp[0].Name != "Abbas Araghchi" || sp[0].Quotes != 2 {
		t.Errorf("Speakers() after reopen = %d speakers, first %+v; want 7, Abbas Araghchi with 2 quotes", len(sp), sp[0])
	}
	got, err := ix.Add(ctx, fc.docs)
	if err != nil {
		t.Fatal(err)
	}
	if got.NewDocuments != 0 {
		t.Errorf("Add() after reopen = %+v, want no new documents", got)
	}
}

func TestOpenRebuildsOtherFormat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	testCorpus().use(ix)
	if _, err := ix.Add(context.Background(), testCorpus().docs); err != nil {
		t.Fatal(err)
	}
	// Pretend an older release wrote the index.
	if err := ix.idx.SetInternal([]byte(keyFormat), []byte("0")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err = Open(path)
	if err != nil {
		t.Fatalf("Open(old format) error: %v", err)
	}
	defer ix.Close()
	if !ix.Rebuilt {
		t.Errorf("Open(old format): Rebuilt = false, want true")
	}
	if st := mustStats(t, ix); st.Quotes != 0 || st.Documents != 0 || st.Speakers != 0 {
		t.Errorf("Stats() after rebuild = %+v, want empty", st)
	}
	v, err := ix.idx.GetInternal([]byte(keyFormat))
	if err != nil || string(v) != formatVersion() {
		t.Errorf("format after rebuild = %q, %v; want %q", v, err, formatVersion())
	}
}

func TestOpenFolders(t *testing.T) {
	empty := t.TempDir()
	ix, err := Open(empty)
	if err != nil {
		t.Errorf("Open(empty folder) error: %v", err)
	} else {
		ix.Close()
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); err == nil {
		t.Errorf("Open(folder with a file) succeeded, want an error")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Errorf("Open(folder with a file) removed the file: %v", err)
	}
	if _, err := Open(""); err == nil {
		t.Errorf("Open(\"\") succeeded, want an error")
	}
}

func corpusFS() fstest.MapFS {
	mod := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	f := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s), ModTime: mod} }
	return fstest.MapFS{
		"a.md":     f("---\ntitle: Trust\nsource: Tehran Times\npublished: 2025-01-28\n---\nForeign Minister Abbas Araghchi said: \"Trust must be rebuilt.\"\n"),
		"b.md":     f("---\ntitle: Talks\nsource: Tehran Times\npublished: 2025-01-29\n---\nAli Khamenei said: \"Negotiations are not wise.\"\n"),
		"c/d.txt":  f("Kaja Kallas said: \"Iran must stop hostage diplomacy.\"\n"),
		"empty.md": f("---\ntitle: Nothing\n---\n"),
	}
}

// lineExtractor finds one statement per document: the text between the
// first pair of double quotes, said by the two words before " said:".
func lineExtractor(d corpus.Document) []corpus.Quote {
	start := strings.IndexByte(d.Text, '"')
	if start < 0 {
		return nil
	}
	end := strings.IndexByte(d.Text[start+1:], '"')
	if end < 0 {
		return nil
	}
	end += start + 1
	words := strings.Fields(strings.TrimSuffix(d.Text[:start], " said: "))
	if len(words) > 2 {
		words = words[len(words)-2:]
	}
	speaker := strings.Join(words, " ")
	return []corpus.Quote{{
		Text: d.Text[start+1 : end], Speaker: speaker, SpeakerID: slug(speaker), Kind: corpus.KindDirect,
		Citations: []corpus.Citation{{DocID: d.ID, Start: start + 1, End: end}},
	}}
}

func TestBuild(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.Extract = lineExtractor
	ix.Passages = fakePassages
	fsys := corpusFS()

	var calls int
	st, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, func(Progress) { calls++ })
	if err != nil {
		t.Fatalf("Build() error: %v", err)
	}
	if st.Documents != 3 || st.NewDocuments != 3 || st.Quotes != 3 || st.Unchanged || len(st.Skipped) != 1 {
		t.Errorf("Build() = %+v, want 3 documents, 3 new, 3 quotes, 1 skipped", st)
	}
	if calls == 0 {
		t.Errorf("Build() never reported progress")
	}

	// Nothing changed: nothing is read.
	st, err = ix.Build(ctx, fsys, corpus.LoadOptions{}, nil)
	if err != nil {
		t.Fatalf("second Build() error: %v", err)
	}
	if !st.Unchanged || st.Documents != 3 || st.NewDocuments != 0 || len(st.Skipped) != 1 {
		t.Errorf("second Build() = %+v, want unchanged with 3 documents and 1 skipped", st)
	}

	// One file added: only it is indexed.
	fsys["e.md"] = &fstest.MapFile{Data: []byte("Hakan Fidan said: \"The door to the EU is open.\"\n"), ModTime: time.Date(2025, 2, 2, 0, 0, 0, 0, time.UTC)}
	st, err = ix.Build(ctx, fsys, corpus.LoadOptions{}, nil)
	if err != nil {
		t.Fatalf("third Build() error: %v", err)
	}
	if st.Unchanged || st.Documents != 4 || st.NewDocuments != 1 || st.Quotes != 1 {
		t.Errorf("Build(one file added) = %+v, want 4 documents, 1 new, 1 quote", st)
	}

	// Same size and time but no modification time: always read (embedded
	// files have none), and still adds nothing.
	noTime := fstest.MapFS{}
	for k, v := range fsys {
		noTime[k] = &fstest.MapFile{Data: v.Data}
	}
	for range 2 {
		st, err = ix.Build(ctx, noTime, corpus.LoadOptions{}, nil)
		if err != nil {
			t.Fatalf("Build(no times) error: %v", err)
		}
		if st.Unchanged || st.NewDocuments != 0 || st.Documents != 4 {
			t.Errorf("Build(no times) = %+v, want 4 documents read, none new", st)
		}
	}
}

func TestFingerprint(t *testing.T) {
	fsys := corpusFS()
	a, ok := fingerprint(fsys, corpus.LoadOptions{})
	if !ok {
		t.Fatalf("fingerprint() not ok")
	}
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		opts   corpus.LoadOptions
	}{
		{"touched", func(m fstest.MapFS) { m["a.md"].ModTime = m["a.md"].ModTime.Add(time.Second) }, corpus.LoadOptions{}},
		{"grown", func(m fstest.MapFS) { m["a.md"].Data = append(m["a.md"].Data, 'x') }, corpus.LoadOptions{}},
		{"removed", func(m fstest.MapFS) { delete(m, "b.md") }, corpus.LoadOptions{}},
		{"renamed", func(m fstest.MapFS) { m["z.md"] = m["b.md"]; delete(m, "b.md") }, corpus.LoadOptions{}},
		{"options", func(fstest.MapFS) {}, corpus.LoadOptions{MaxFileSize: 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := corpusFS()
			tt.change(m)
			b, ok := fingerprint(m, tt.opts)
			if !ok || b == a {
				t.Errorf("fingerprint after %s = %q, %v; want a different sum", tt.name, b, ok)
			}
		})
	}
	var _ fs.FS = fsys
}
