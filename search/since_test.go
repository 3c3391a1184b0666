package search

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
)

// clock is a settable test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func quoteTexts(qs []corpus.Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	slices.Sort(out)
	return out
}

func mustSince(t *testing.T, ix *Index, since, until time.Time, beats, speakers []string) ([]string, int) {
	t.Helper()
	qs, total, err := ix.Since(context.Background(), since, until, beats, speakers, 0)
	if err != nil {
		t.Fatalf("Since(%v, %v, %q, %q) error: %v", since, until, beats, speakers, err)
	}
	return quoteTexts(qs), total
}

func TestSinceAddedTimes(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenIndex(t)
	fc := testCorpus()
	fc.use(ix)
	c := &clock{t: testNow}
	ix.Now = c.now
	t0 := testNow
	if _, err := ix.Add(ctx, fc.docs[:2]); err != nil { // 3 quotes at t0
		t.Fatal(err)
	}
	c.t = t0.Add(time.Hour)
	if _, err := ix.Add(ctx, fc.docs[2:4]); err != nil { // kallas + zarif x2 (trust merges)
		t.Fatal(err)
	}
	c.t = t0.Add(2 * time.Hour)
	if _, err := ix.Add(ctx, fc.docs); err != nil { // fidan, schools, price
		t.Fatal(err)
	}

	got, total := mustSince(t, ix, t0.Add(-time.Minute), t0, nil, nil)
	if total != 3 || len(got) != 3 {
		t.Errorf("Since(first add) = %d %q, want the 3 quotes of the first add", total, got)
	}
	got, total = mustSince(t, ix, t0, t0.Add(time.Hour), nil, nil)
	want := []string{
		"Iran must stop its hostage diplomacy and release EU citizens.",
		"Sanctions hurt ordinary people and never change policy.",
		"We were never the ones who left the table on sanctions.",
	}
	if total != 3 || !slices.Equal(got, want) {
		t.Errorf("Since(second add) = %d %q, want %q (a merged citation is not new)", total, got, want)
	}
	_, total = mustSince(t, ix, t0, t0.Add(3*time.Hour), nil, nil)
	if total != 6 {
		t.Errorf("Since(after first add) total = %d, want 6", total)
	}
	got, _ = mustSince(t, ix, t0.Add(-time.Minute), t0.Add(3*time.Hour), nil, []string{"Araghchi"})
	if len(got) != 2 {
		t.Errorf("Since(speaker Araghchi) = %q, want his 2 quotes", got)
	}
	got, _ = mustSince(t, ix, t0.Add(-time.Minute), t0.Add(3*time.Hour), []string{"turkey-eu"}, nil)
	if want := []string{"Turkey's path to the EU remains open despite everything."}; !slices.Equal(got, want) {
		t.Errorf("Since(beat turkey-eu) = %q, want %q", got, want)
	}
	qs, total, err := ix.Since(ctx, t0.Add(-time.Minute), t0.Add(3*time.Hour), nil, nil, 2)
	if err != nil || len(qs) != 2 || total != 9 {
		t.Errorf("Since(limit 2) = %d quotes, total %d, %v; want 2 of 9", len(qs), total, err)
	}
	if _, _, err := ix.Since(ctx, t0, t0.Add(time.Hour), []string{"mars"}, nil, 0); !errors.Is(err, beat.ErrUnknown) {
		t.Errorf("Since(unknown beat) error = %v, want beat.ErrUnknown", err)
	}
	if got, _ := mustSince(t, ix, t0, t0.Add(3*time.Hour), nil, []string{"Nobody Atall"}); len(got) != 0 {
		t.Errorf("Since(unknown speaker) = %q, want nothing", got)
	}
}

func TestChangedDocumentDropsWhatItLost(t *testing.T) {
	ctx := context.Background()
	ix := MustOpenIndex(t)
	fc := testCorpus()
	fc.use(ix)
	c := &clock{t: testNow}
	ix.Now = c.now
	// tt/sanctions holds two statements; eu/kallas shares the trust one
	// with tt/trust.
	if _, err := ix.Add(ctx, fc.docs[:3]); err != nil {
		t.Fatal(err)
	}
	before := mustStats(t, ix)

	// The new version of tt/sanctions keeps Khamenei's statement only,
	// after a new first paragraph (so its offsets move).
	d := fc.docs[1]
	kept := fc.quotes[d.ID][1]
	d.Text = "An editor's note opens the article.\n\n" + kept.role + " " + kept.speaker + " said: \"" + kept.text + "\""
	c.t = testNow.Add(time.Hour)
	st, err := ix.Add(ctx, []corpus.Document{d})
	if err != nil {
		t.Fatal(err)
	}
	if st.Changed != 1 || st.Removed != 1 || st.Quotes != 0 {
		t.Errorf("Add(changed) = %+v, want 1 changed, 1 removed, no new quote", st)
	}
	after := mustStats(t, ix)
	if after.Quotes != before.Quotes-1 || after.Documents != before.Documents || after.Passages != before.Passages {
		t.Errorf("Stats() = %+v, want one quote fewer than %+v and as many passages and documents", after, before)
	}
	ans, err := ix.Search(ctx, corpus.Query{Phrase: "economic terrorism", Intent: corpus.IntentWho})
	if err != nil || ans.Total != 0 {
		t.Errorf("Search(removed quote) Total = %d, %v; want 0", ans.Total, err)
	}
	ans, err = ix.Search(ctx, corpus.Query{Phrase: "not wise", Intent: corpus.IntentWho})
	if err != nil || ans.Total != 1 || len(ans.Quotes[0].Citations) != 1 || ans.Quotes[0].Citations[0].Start < len("An editor's note") {
		t.Fatalf("Search(kept quote) = %+v, %v; want one quote cited at its new offset", ans.Quotes, err)
	}
	// The kept quote is not new.
	if got, _ := mustSince(t, ix, testNow, c.t, nil, nil); len(got) != 0 {
		t.Errorf("Since(after change) = %q, want nothing new", got)
	}
	ans, _ = ix.Search(ctx, corpus.Query{Topic: "economic terrorism"})
	for _, p := range ans.Passages {
		if p.Citation.DocID == d.ID {
			t.Errorf("a passage of the old version is still indexed: %q", p.Text)
		}
	}
	sp, _ := ix.Speakers(ctx, "Araghchi", 5)
	if len(sp) != 1 || sp[0].Quotes != 1 {
		t.Errorf("Speakers(Araghchi) = %+v, want 1 quote left", sp)
	}

	// Removing eu/kallas keeps the trust quote (tt/trust cites it) but
	// drops Kallas's.
	st, err = ix.Remove(ctx, []string{"eu/kallas", "no/such"})
	if err != nil || st.Removed != 1 {
		t.Errorf("Remove(eu/kallas) = %+v, %v; want 1 quote removed", st, err)
	}
	ans, _ = ix.Search(ctx, corpus.Query{Phrase: "trust must be rebuilt", Intent: corpus.IntentWho})
	if ans.Total != 1 || len(ans.Quotes[0].Citations) != 1 || ans.Quotes[0].Citations[0].DocID != "tt/trust" {
		t.Errorf("after Remove, trust quote = %+v, want one citation of tt/trust", ans.Quotes)
	}
}

func mapFile(text string, mod time.Time) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte(text), ModTime: mod}
}

const (
	araghchiText = "Foreign Minister Abbas Araghchi said on Monday: \"Washington must lift every sanction before any talks can begin.\"\n"
	fidanText    = "Foreign Minister Hakan Fidan told reporters in Ankara: \"Our path to the European Union remains open despite everything.\"\n"
	kallasText   = "EU foreign policy chief Kaja Kallas said: \"Iran must release the European citizens it holds without delay.\"\n"
)

func TestBuildAddedTimesSurviveRebuild(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "index")
	c := &clock{t: testNow}
	mod := testNow.Add(-24 * time.Hour)
	fsys := fstest.MapFS{"a.txt": mapFile(araghchiText, mod)}

	open := func() *Index {
		t.Helper()
		ix, err := Open(path)
		if err != nil {
			t.Fatalf("Open() = %v", err)
		}
		ix.Now = c.now
		return ix
	}
	ix := open()
	if _, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	// The first Build of a new index is the baseline.
	if got, _ := mustSince(t, ix, time.Time{}, c.t.Add(time.Hour), nil, nil); len(got) != 0 {
		t.Errorf("Since() after the first Build = %q, want nothing (baseline)", got)
	}
	c.t = testNow.Add(time.Hour)
	fsys["b.txt"] = mapFile(fidanText, mod)
	if _, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	got, _ := mustSince(t, ix, testNow, c.t, nil, nil)
	if len(got) != 1 {
		t.Fatalf("Since() after adding b.txt = %q, want Fidan's quote", got)
	}
	// An extractor change rebuilds the index: nothing looks new, and
	// the added times stay.
	if err := ix.idx.SetInternal([]byte(keyFormat), []byte(FormatVersion+"+extract-old")); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	c.t = testNow.Add(5 * time.Hour)
	fsys["c.txt"] = mapFile(kallasText, mod) // new while the bot was down
	ix = open()
	defer ix.Close()
	if !ix.Rebuilt {
		t.Fatalf("Open(old extractor) Rebuilt = false, want true")
	}
	if _, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := mustSince(t, ix, testNow, testNow.Add(time.Hour), nil, nil); len(got) != 1 {
		t.Errorf("Since(first hour) after rebuild = %q, want Fidan's quote still there", got)
	}
	got, _ = mustSince(t, ix, testNow.Add(time.Hour), c.t, nil, nil)
	if len(got) != 1 || got[0] != "Iran must release the European citizens it holds without delay." {
		t.Errorf("Since(while down) after rebuild = %q, want only Kallas's quote", got)
	}
	// A deleted file leaves the index.
	delete(fsys, "a.txt")
	c.t = testNow.Add(6 * time.Hour)
	st, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, nil)
	if err != nil || st.Removed != 1 {
		t.Errorf("Build(a.txt deleted) = %+v, %v; want 1 removed", st, err)
	}
	if s := mustStats(t, ix); s.Documents != 2 || s.Quotes != 2 {
		t.Errorf("Stats() after deletion = %+v, want 2 documents and 2 quotes", s)
	}
}

func TestSearchBeats(t *testing.T) {
	ctx := context.Background()
	ix := mustIndexTestCorpus(t)
	ans, err := ix.Search(ctx, corpus.Query{Speaker: "Araghchi", Beats: []string{"iran-us"}})
	if err != nil {
		t.Fatal(err)
	}
	// Neither Araghchi quote mentions the US side in its text or title.
	if ans.Total != 0 {
		t.Errorf("Search(Araghchi, iran-us) Total = %d, want 0", ans.Total)
	}
	ans, err = ix.Search(ctx, corpus.Query{Intent: corpus.IntentNew, Beats: []string{"turkey-eu"}})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Total != 1 || ans.Quotes[0].Speaker != "Hakan Fidan" {
		t.Errorf("Search(new, turkey-eu) = %d %+v, want Fidan's quote", ans.Total, ans.Quotes)
	}
	for _, p := range ans.Passages {
		if !ix.beatSet().Get("turkey-eu").MatchPassage(p) {
			t.Errorf("passage %q is not in turkey-eu", p.Text)
		}
	}
	// Kallas mentions the EU but not Turkey: only Fidan is in the beat.
	ans, err = ix.Search(ctx, corpus.Query{Topic: "EU", Beats: []string{"turkey-eu"}})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Total != 1 || ans.Quotes[0].Speaker != "Hakan Fidan" {
		t.Errorf("Search(EU, turkey-eu) = %d %+v, want Fidan's quote only", ans.Total, ans.Quotes)
	}
	if all, _ := ix.Search(ctx, corpus.Query{Topic: "EU"}); all.Total != 2 {
		t.Errorf("Search(EU) Total = %d, want 2 (the beat must be what narrows)", all.Total)
	}
	if _, err := ix.Search(ctx, corpus.Query{Topic: "x", Beats: []string{"mars"}}); !errors.Is(err, beat.ErrUnknown) {
		t.Errorf("Search(unknown beat) error = %v, want beat.ErrUnknown", err)
	}
}

// TestBeatPrefilterOnTitleAndContext checks, on an index on disk, that a
// quote whose beat words appear only in its article's title and its
// paragraph is still found by a beat filter: the prefilter must not use
// phrase queries on fields that keep no positions.
func TestBeatPrefilterOnTitleAndContext(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	doc := corpus.Document{
		ID: "kallas-ankara", Title: "Kallas meets Fidan in Ankara", Source: "Test Wire",
		Text:                "Kallas meets Fidan in Ankara\n\nThe talks went well, Kaja Kallas told reporters after the meeting with Hakan Fidan in Ankara. “We will meet again in spring,” said Kaja Kallas.\n",
		Published:           time.Date(2025, 1, 28, 0, 0, 0, 0, time.UTC),
		PublishedProvenance: corpus.DatePublished,
	}
	if _, err := ix.Add(ctx, []corpus.Document{doc}); err != nil {
		t.Fatal(err)
	}
	ans, err := ix.Search(ctx, corpus.Query{Speaker: "Kallas", Beats: []string{"turkey-eu"}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range ans.Quotes {
		if q.Text == "We will meet again in spring," {
			found = true
		}
	}
	if !found {
		t.Errorf("Search(Kallas, turkey-eu) = %d quotes %v, want the spring quote (its beat words are in its title and paragraph)", ans.Total, quoteTexts(ans.Quotes))
	}
}
