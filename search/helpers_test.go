package search

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

// MustOpenIndex returns an empty in-memory index that is closed when the
// test ends. Its clock reads 2025-02-03 12:00 UTC.
func MustOpenIndex(tb testing.TB) *Index {
	tb.Helper()
	ix, err := OpenMem()
	if err != nil {
		tb.Fatalf("OpenMem() error: %v", err)
	}
	ix.Now = func() time.Time { return testNow }
	tb.Cleanup(func() {
		if err := ix.Close(); err != nil {
			tb.Errorf("Close() error: %v", err)
		}
	})
	return ix
}

var testNow = time.Date(2025, 2, 3, 12, 0, 0, 0, time.UTC) // a Monday

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// said is a statement a fake extractor finds in a document.
type said struct {
	speaker, role, text, date string
}

// fakeDoc is a document with the statements in it.
type fakeDoc struct {
	doc   corpus.Document
	quote []said
}

// slug is the fake extractor's document-local speaker id.
func slug(name string) string {
	return strings.ReplaceAll(strings.ToLower(name), " ", "-")
}

// fakeCorpus is a corpus with a fake extractor: each document's text is
// its statements, one paragraph each, so passages and citations are real
// byte ranges of the text.
type fakeCorpus struct {
	docs   []corpus.Document
	quotes map[string][]said // by document ID
}

func newFakeCorpus(docs ...fakeDoc) *fakeCorpus {
	fc := &fakeCorpus{quotes: make(map[string][]said)}
	for _, d := range docs {
		if d.doc.Text == "" {
			var paras []string
			for _, s := range d.quote {
				paras = append(paras, fmt.Sprintf("%s %s said: %q", s.role, s.speaker, s.text))
			}
			d.doc.Text = strings.Join(paras, "\n\n")
		}
		fc.docs = append(fc.docs, d.doc)
		fc.quotes[d.doc.ID] = append(fc.quotes[d.doc.ID], d.quote...)
	}
	return fc
}

func (fc *fakeCorpus) extract(d corpus.Document) []corpus.Quote {
	var out []corpus.Quote
	for _, s := range fc.quotes[d.ID] {
		start := strings.Index(d.Text, s.text)
		if start < 0 {
			continue
		}
		q := corpus.Quote{
			Text:      s.text,
			Kind:      corpus.KindDirect,
			Speaker:   s.speaker,
			SpeakerID: slug(s.speaker),
			Role:      s.role,
			Cue:       "said",
			Citations: []corpus.Citation{{DocID: d.ID, Start: start, End: start + len(s.text)}},
		}
		q.ID = slug(s.speaker) + "/" + strings.ToLower(strings.Join(strings.Fields(s.text), "-"))
		if s.date != "" {
			q.Date = corpus.DayDate(day(s.date))
			q.DateProvenance = corpus.DateStated
		}
		out = append(out, q)
	}
	return out
}

func fakePassages(d corpus.Document) []corpus.Passage {
	var out []corpus.Passage
	off := 0
	for _, p := range strings.Split(d.Text, "\n\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, corpus.Passage{Text: p, Citation: corpus.Citation{DocID: d.ID, Start: off, End: off + len(p)}})
		}
		off += len(p) + 2
	}
	return out
}

// use makes ix extract with fc.
func (fc *fakeCorpus) use(ix *Index) {
	ix.Extract = fc.extract
	ix.Passages = fakePassages
}

func doc(id, published, source, title string) corpus.Document {
	d := corpus.Document{ID: id, Source: source, Title: title, URL: "https://example.com/" + id}
	if published != "" {
		d.Published = day(published)
		d.PublishedProvenance = corpus.DatePublished
	}
	return d
}

// testCorpus is the corpus of the answer tests.
func testCorpus() *fakeCorpus {
	return newFakeCorpus(
		fakeDoc{doc("tt/trust", "2025-01-28", "Tehran Times", "Araghchi on trust"), []said{
			{"Abbas Araghchi", "Foreign Minister", "Trust must be rebuilt before any negotiations can begin.", "2025-01-28"},
		}},
		fakeDoc{doc("tt/sanctions", "2025-01-30", "Tehran Times", "Sanctions and talks"), []said{
			{"Abbas Araghchi", "Foreign Minister", "Sanctions are economic terrorism against ordinary Iranians.", "2025-01-30"},
			{"Ali Khamenei", "Leader", "Negotiations with America are not wise, not intelligent, not honourable.", "2025-01-29"},
		}},
		fakeDoc{doc("eu/kallas", "2025-01-31", "EU Observer", "Kallas on Iran"), []said{
			{"Kaja Kallas", "High Representative", "Iran must stop its hostage diplomacy and release EU citizens.", "2025-01-27"},
			{"Abbas Araghchi", "Foreign Minister", "Trust must be rebuilt before any negotiations can begin.", "2025-01-28"},
		}},
		fakeDoc{doc("tt/zarif", "2024-12-10", "Tehran Times", "Zarif interview"), []said{
			{"Mohammad Javad Zarif", "Vice President", "Sanctions hurt ordinary people and never change policy.", "2024-12-10"},
			{"Mohammad Javad Zarif", "Vice President", "We were never the ones who left the table on sanctions.", "2024-11-02"},
		}},
		fakeDoc{doc("dw/fidan", "2025-02-02", "DW", "Fidan in Brussels"), []said{
			{"Hakan Fidan", "Foreign Minister", "Turkey's path to the EU remains open despite everything.", "2025-02-02"},
		}},
		fakeDoc{doc("tt/schools", "2025-01-15", "Tehran Times", "Schools"), []said{
			{"Hamid-Reza Haji Babaee", "Education Minister", "Schools will reopen after the holidays as planned.", "2025-01-15"},
		}},
		fakeDoc{doc("us/price", "2023-05-01", "State Department", "Briefing"), []said{
			{"Ned Price", "Spokesman", "This is hostage diplomacy by another name, plain and simple.", "2023-05-01"},
		}},
		fakeDoc{doc("tt/background", "2025-01-20", "Tehran Times", "Background"), nil},
	)
}

// mustIndexTestCorpus returns an index holding testCorpus.
func mustIndexTestCorpus(tb testing.TB) *Index {
	tb.Helper()
	ix := MustOpenIndex(tb)
	fc := testCorpus()
	// The background document has text but no statements.
	for i := range fc.docs {
		if fc.docs[i].ID == "tt/background" {
			fc.docs[i].Text = "Turkey and the EU resumed accession talks in Ankara.\n\nThe Gaza ceasefire held for a third day as aid convoys entered."
		}
	}
	fc.use(ix)
	if _, err := ix.Add(context.Background(), fc.docs); err != nil {
		tb.Fatalf("Add() error: %v", err)
	}
	return ix
}
