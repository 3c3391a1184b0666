package search

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

// exactScan is speakerTable.exact as a scan of every speaker: the
// reference the map look-up must agree with.
func exactScan(t *speakerTable, name string) []int {
	k := keysOf(name)
	if k.full == "" {
		return nil
	}
	var out []int
	for i, ks := range t.keys {
		for _, s := range ks {
			if s.full == k.full || s.nospace == k.nospace ||
				(t.list[i].Type != corpus.SpeakerOrganization && slices.Contains(s.suffixes, k.nospace)) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

func TestSpeakerTableExact(t *testing.T) {
	dir := []corpus.Speaker{
		{ID: "abbas-araghchi", Name: "Abbas Araghchi", Type: corpus.SpeakerPerson, Quotes: 9, Aliases: []string{"Araqchi", "Seyed Abbas Araghchi"}},
		{ID: "ali-khamenei", Name: "Ali Khamenei", Type: corpus.SpeakerPerson, Quotes: 8, Aliases: []string{"Seyyed Ali Khamenei", "Khamenei"}},
		{ID: "hamid-reza-haji-babaee", Name: "Hamid-Reza Haji Babaee", Type: corpus.SpeakerPerson, Quotes: 3},
		{ID: "mohammad-javad-zarif", Name: "Mohammad Javad Zarif", Type: corpus.SpeakerPerson, Quotes: 7, Aliases: []string{"Javad Zarif", "Zarif"}},
		{ID: "ali-zarif", Name: "Ali Zarif", Type: corpus.SpeakerPerson, Quotes: 1},
		{ID: "foreign-ministry", Name: "Foreign Ministry", Type: corpus.SpeakerOrganization, Quotes: 5, Aliases: []string{"Iranian Foreign Ministry"}},
		{ID: "ministry", Name: "Ministry", Type: corpus.SpeakerPerson, Quotes: 1},
	}
	tallies := map[string]*tally{
		"kaja-kallas": {Name: "Kaja Kallas", Type: corpus.SpeakerPerson, Quotes: 2, Aliases: []string{"Kallas"}},
		"ali-zarif":   {Name: "Ali Zarif", Quotes: 1, Aliases: []string{"A. Zarif"}},
	}
	tbl := buildSpeakerTable(dir, tallies, nil)
	again := buildSpeakerTable(dir, tallies, tbl) // reuses tbl's keys
	for _, name := range []string{
		"Abbas Araghchi", "Araghchi", "araqchi", "Seyyed Abbas Araghchi", "Khamenei", "Ali Khamenei",
		"Hamidreza Hajibabaei", "Babaee", "Haji Babaee", "Zarif", "Javad Zarif", "Ali Zarif",
		"Ministry", "Foreign Ministry", "Iranian Foreign Ministry", "Kallas", "kaja kallas",
		"Nobody", "", "  ", "'", "Ali",
	} {
		t.Run(name, func(t *testing.T) {
			want := exactScan(tbl, name)
			if got := tbl.exact(name); !slices.Equal(got, want) {
				t.Errorf("exact(%q) = %v, want %v", name, got, want)
			}
			if got := again.exact(name); !slices.Equal(got, want) {
				t.Errorf("exact(%q) on a rebuilt table = %v, want %v", name, got, want)
			}
		})
	}
	if got := tbl.exact("Zarif"); len(got) != 2 {
		t.Errorf("exact(%q) = %v, want both Zarifs", "Zarif", got)
	}
}

// surname returns a distinct made-up surname for i < 1000, one syllable
// a decimal digit, which no name key merges with another.
func surname(i int) string {
	syl := []string{"ba", "de", "fi", "go", "ku", "la", "me", "ni", "po", "ru"}
	s := syl[i/100] + syl[i/10%10] + syl[i%10]
	return strings.ToUpper(s[:1]) + s[1:]
}

// numberedCorpus returns n documents, each with one statement by a
// speaker of its own, and an extractor that finds it.
func numberedCorpus(n int) (*fakeCorpus, fstest.MapFS) {
	var docs []fakeDoc
	fsys := fstest.MapFS{}
	mod := testNow.Add(-time.Hour)
	for i := range n {
		name := "Speaker " + surname(i)
		text := fmt.Sprintf("Statement number %d on water policy.", i)
		d := doc(fmt.Sprintf("d%04d", i), "2025-01-20", "Test", fmt.Sprintf("Doc %d", i))
		docs = append(docs, fakeDoc{d, []said{{name, "Minister", text, "2025-01-20"}}})
		fsys[fmt.Sprintf("d%04d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Minister %s said: %q", name, text)), ModTime: mod}
	}
	return newFakeCorpus(docs...), fsys
}

// useByPath makes ix extract with fc, finding documents loaded from a
// folder by their text.
func (fc *fakeCorpus) useByPath(ix *Index) {
	byText := make(map[string]string)
	for _, d := range fc.docs {
		byText[d.Text] = d.ID
	}
	ix.Extract = func(d corpus.Document) []corpus.Quote {
		id := byText[strings.TrimSpace(d.Text)]
		qs := fc.extract(corpus.Document{ID: id, Text: d.Text})
		for i := range qs {
			for j := range qs[i].Citations {
				qs[i].Citations[j].DocID = d.ID
			}
		}
		return qs
	}
	ix.Passages = fakePassages
}

func TestBuildManyChunks(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index")
	n := 2*buildChunk + 50 // three chunks, and more than one batch
	fc, fsys := numberedCorpus(n)
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ix.Now = func() time.Time { return testNow }
	fc.useByPath(ix)
	var progress []Progress
	st, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, func(p Progress) { progress = append(progress, p) })
	if err != nil {
		t.Fatalf("Build() error: %v", err)
	}
	if st.Documents != n || st.NewDocuments != n || st.Quotes != n || st.Speakers != n {
		t.Errorf("Build() = %+v, want %d documents, new documents, quotes and speakers", st, n)
	}
	if len(progress) != 3 || progress[2].Documents != n || progress[2].Quotes != n || progress[0].Documents != buildChunk {
		t.Errorf("Build() progress = %+v, want 3 reports, the last of %d documents and quotes", progress, n)
	}
	if dirty, _ := ix.idx.GetInternal([]byte(keyDirty)); dirty != nil {
		t.Errorf("after Build: %s = %q, want unset", keyDirty, dirty)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.Now = func() time.Time { return testNow }
	if ix.Rebuilt {
		t.Errorf("reopen after Build: Rebuilt = true, want false")
	}
	sp, err := ix.Speakers(ctx, "", 0)
	if err != nil || len(sp) != n {
		t.Errorf("Speakers() after reopen = %d speakers, %v; want %d", len(sp), err, n)
	}
	q := "what did Speaker " + surname(316) + " say"
	ans, err := ix.Ask(ctx, q, 0, 0)
	if err != nil || len(ans.Quotes) != 1 || ans.Quotes[0].Text != "Statement number 316 on water policy." {
		t.Errorf("Ask(%q) after reopen = %+v, %v; want statement 316", q, ans.Quotes, err)
	}
	st, err = ix.Build(ctx, fsys, corpus.LoadOptions{}, nil)
	if err != nil || !st.Unchanged {
		t.Errorf("second Build() = %+v, %v; want unchanged", st, err)
	}
}

func TestAddCanceledKeepsDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	fc, _ := numberedCorpus(500) // three operations a document: two batches
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ix.Now = func() time.Time { return testNow }
	fc.use(ix)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	extract := ix.Extract
	ix.Extract = func(d corpus.Document) []corpus.Quote {
		if d.ID == "d0450" {
			cancel()
		}
		return extract(d)
	}
	if _, err := ix.Add(ctx, fc.docs); !errors.Is(err, context.Canceled) {
		t.Fatalf("Add(canceled halfway) error = %v, want context.Canceled", err)
	}
	if dirty, _ := ix.idx.GetInternal([]byte(keyDirty)); dirty != nil {
		t.Errorf("after a canceled Add: %s = %q, want unset", keyDirty, dirty)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.Rebuilt {
		t.Errorf("reopen after a canceled Add: Rebuilt = true, want false")
	}
	fc.use(ix)
	q := "what did Speaker " + surname(7) + " say"
	ans, err := ix.Ask(context.Background(), q, 0, 0)
	if err != nil || len(ans.Quotes) != 1 {
		t.Errorf("Ask(%q) after a canceled Add = %+v, %v; want the quote written before the cancel", q, ans, err)
	}
	st, err := ix.Add(context.Background(), fc.docs)
	if err != nil || st.NewDocuments == 0 || st.NewDocuments == len(fc.docs) {
		t.Errorf("Add() after a canceled Add = %+v, %v; want only the documents not written", st, err)
	}
}

func TestOpenRebuildsInterruptedWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index")
	c := &clock{t: testNow}
	fc := testCorpus()
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ix.Now = c.now
	fc.use(ix)
	if _, err := ix.Add(ctx, fc.docs[:2]); err != nil {
		t.Fatal(err)
	}
	// An Add that writes a batch and then stops, as when the process
	// dies: the directory was not written.
	c.t = testNow.Add(time.Hour)
	w := ix.newWriter(false)
	pl := ix.prepare(ctx, fc.docs[2:3], true)
	defer pl.stop()
	if err := w.add(fc.docs[2], pl.wait(0)); err != nil {
		t.Fatal(err)
	}
	if err := w.flush(false); err != nil {
		t.Fatal(err)
	}
	if dirty, _ := ix.idx.GetInternal([]byte(keyDirty)); dirty == nil {
		t.Fatalf("after an unfinished write: %s unset, want set", keyDirty)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	c.t = testNow.Add(2 * time.Hour)
	ix, err = Open(path)
	if err != nil {
		t.Fatalf("Open(interrupted) error: %v", err)
	}
	defer ix.Close()
	ix.Now = c.now
	fc.use(ix)
	if !ix.Rebuilt {
		t.Fatalf("Open(interrupted): Rebuilt = false, want true")
	}
	if st := mustStats(t, ix); st.Quotes != 0 {
		t.Errorf("Stats() after rebuild = %+v, want empty", st)
	}
	if _, err := ix.Add(ctx, fc.docs); err != nil {
		t.Fatal(err)
	}
	// The quotes keep the time they first entered the index.
	if got, _ := mustSince(t, ix, time.Time{}, testNow, nil, nil); len(got) != 3 {
		t.Errorf("Since(first Add) after rebuild = %q, want the three quotes of the first Add", got)
	}
	if got, _ := mustSince(t, ix, testNow, testNow.Add(time.Hour), nil, nil); len(got) != 1 || !strings.Contains(got[0], "hostage diplomacy") {
		t.Errorf("Since(unfinished Add) after rebuild = %q, want Kallas's quote of the unfinished Add", got)
	}
	sp, err := ix.Speakers(ctx, "Kallas", 0)
	if err != nil || len(sp) != 1 {
		t.Errorf("Speakers(Kallas) after rebuild = %+v, %v; want Kaja Kallas", sp, err)
	}
}

// TestOpenAsIsReadsAnUnfinishedWrite checks the reading fallback for a
// disk that is full: an index whose last write did not finish is opened
// as its last commit left it, with its quotes, not rebuilt empty; and a
// folder with no index is an error, not a new index.
func TestOpenAsIsReadsAnUnfinishedWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index")
	fc := testCorpus()
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fc.use(ix)
	if _, err := ix.Add(ctx, fc.docs[:2]); err != nil {
		t.Fatal(err)
	}
	want := mustStats(t, ix)
	w := ix.newWriter(false)
	pl := ix.prepare(ctx, fc.docs[2:3], true)
	defer pl.stop()
	if err := w.add(fc.docs[2], pl.wait(0)); err != nil {
		t.Fatal(err)
	}
	if err := w.flush(false); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err = OpenAsIs(path)
	if err != nil {
		t.Fatalf("OpenAsIs(unfinished write): %v", err)
	}
	if ix.Rebuilt {
		t.Error("OpenAsIs rebuilt the index")
	}
	if got := mustStats(t, ix); got.Quotes < want.Quotes {
		t.Errorf("OpenAsIs holds %d quotes, want at least the %d committed before", got.Quotes, want.Quotes)
	}
	ix.Close()
	if _, err := OpenAsIs(filepath.Join(t.TempDir(), "none")); err == nil {
		t.Error("OpenAsIs of a folder with no index: no error")
	}
}
