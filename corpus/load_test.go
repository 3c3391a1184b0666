package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// loaded is the part of a Document that the loader tests compare.
type loaded struct {
	ID, Path, Source, Title, URL, Language string
	Published                              string // "2006-01-02T15:04:05" in UTC, or ""
	Prov                                   DateProvenance
	Text                                   string
	TextOffset                             int
}

func summarize(d Document) loaded {
	l := loaded{
		ID: d.ID, Path: d.Path, Source: d.Source, Title: d.Title, URL: d.URL,
		Language: d.Language, Prov: d.PublishedProvenance, Text: d.Text, TextOffset: d.TextOffset,
	}
	if !d.Published.IsZero() {
		l.Published = d.Published.Format("2006-01-02T15:04:05")
		if d.Published.Location() != time.UTC {
			l.Published += " (not UTC)"
		}
	}
	return l
}

// loadAll loads fsys and returns the documents and skipped files.
func loadAll(t *testing.T, fsys fs.FS, opts LoadOptions) ([]Document, []Skipped) {
	t.Helper()
	var docs []Document
	skipped, err := Load(context.Background(), fsys, opts, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Load() error = %v", err)
	}
	return docs, skipped
}

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		fsys    fstest.MapFS
		opts    LoadOptions
		want    []loaded
		skipped []Skipped
	}{
		{
			name: "txt with title and inferred date",
			fsys: fstest.MapFS{"a.txt": file("Plain headline\nHe spoke on January 28, 2025 in Tehran.\n")},
			want: []loaded{{
				ID: "a", Path: "a.txt", Title: "Plain headline", Published: "2025-01-28T00:00:00", Prov: DateInferred,
				Text: "Plain headline\nHe spoke on January 28, 2025 in Tehran.\n",
			}},
		},
		{
			name: "txt without headline or date",
			fsys: fstest.MapFS{"dir/b.txt": file("\n\nThis first line ends like a sentence.\nMore.")},
			want: []loaded{{
				ID: "dir/b", Path: "dir/b.txt", Prov: DateUnknown,
				Text: "\n\nThis first line ends like a sentence.\nMore.",
			}},
		},
		{
			name: "txt first line too long for a title",
			fsys: fstest.MapFS{"c.txt": file(strings.Repeat("word ", 31) + "\nbody")},
			want: []loaded{{ID: "c", Path: "c.txt", Prov: DateUnknown, Text: strings.Repeat("word ", 31) + "\nbody"}},
		},
		{
			name: "md front matter",
			fsys: fstest.MapFS{"articles/x.md": file("---\nid: tt-1\ntitle: \"Iran says \\\"no\\\" to talks\"\ntitle_note: from URL slug\nsource: Tehran Times\nurl: https://example.com/news/1?a=b#c\nlicense: CC BY 4.0\nparagraphs: reconstructed\nlanguage: 'en'\npublished: 2019-02-03\n---\n\nTEHRAN – Body.\n")},
			want: []loaded{{
				ID: "tt-1", Path: "articles/x.md", Source: "Tehran Times", Title: `Iran says "no" to talks`,
				URL: "https://example.com/news/1?a=b#c", Language: "en", Published: "2019-02-03T00:00:00", Prov: DatePublished,
				Text: "TEHRAN – Body.\n", TextOffset: 220,
			}},
		},
		{
			name: "md front matter without blank line",
			fsys: fstest.MapFS{"x.md": file("---\ntitle: T\n---\nBody on one line.")},
			want: []loaded{{ID: "x", Path: "x.md", Title: "T", Prov: DateUnknown, Text: "Body on one line.", TextOffset: 17}},
		},
		{
			name: "md front matter with two blank lines keeps one",
			fsys: fstest.MapFS{"x.md": file("---\ntitle: T\n---\n\n\nBody.")},
			want: []loaded{{ID: "x", Path: "x.md", Title: "T", Prov: DateUnknown, Text: "\nBody.", TextOffset: 18}},
		},
		{
			name: "md without front matter",
			fsys: fstest.MapFS{"x.md": file("# A Markdown heading\n\nBody text.\n")},
			want: []loaded{{ID: "x", Path: "x.md", Title: "A Markdown heading", Prov: DateUnknown, Text: "# A Markdown heading\n\nBody text.\n"}},
		},
		{
			name: "md front matter with CRLF",
			fsys: fstest.MapFS{"x.md": file("---\r\nid: crlf\r\ntitle: \"CRLF\"\r\n---\r\n\r\nLine one.\r\nLine two.\r\n")},
			want: []loaded{{ID: "crlf", Path: "x.md", Title: "CRLF", Prov: DateUnknown, Text: "Line one.\r\nLine two.\r\n", TextOffset: 37}},
		},
		{
			name: "md with byte order mark",
			fsys: fstest.MapFS{"x.md": file("\ufeff---\ntitle: T\n---\n\nBody.")},
			want: []loaded{{ID: "x", Path: "x.md", Title: "T", Prov: DateUnknown, Text: "Body.", TextOffset: 21}},
		},
		{
			name: "txt with byte order mark",
			fsys: fstest.MapFS{"x.txt": file("\ufeffHeadline\nBody.")},
			want: []loaded{{ID: "x", Path: "x.txt", Title: "Headline", Prov: DateUnknown, Text: "Headline\nBody.", TextOffset: 3}},
		},
		{
			name: "published formats",
			fsys: fstest.MapFS{
				"a.md": file("---\npublished: 2025-01-28\n---\n\nBody."),
				"b.md": file("---\npublished: \"2025-01-28T23:30:00-05:00\"\n---\n\nBody."),
				"c.md": file("---\npublished: 2025-01-28 15:04:05\n---\n\nBody."),
				"d.md": file("---\npublished: January 28, 2025\n---\n\nBody."),
				"e.md": file("---\npublished: 2025-01-28T10:00:00Z\n---\n\nBody."),
			},
			want: []loaded{
				{ID: "a", Path: "a.md", Published: "2025-01-28T00:00:00", Prov: DatePublished, Text: "Body.", TextOffset: 31},
				{ID: "b", Path: "b.md", Published: "2025-01-29T04:30:00", Prov: DatePublished, Text: "Body.", TextOffset: 48},
				{ID: "c", Path: "c.md", Published: "2025-01-28T15:04:05", Prov: DatePublished, Text: "Body.", TextOffset: 40},
				{ID: "d", Path: "d.md", Published: "2025-01-28T00:00:00", Prov: DatePublished, Text: "Body.", TextOffset: 37},
				{ID: "e", Path: "e.md", Published: "2025-01-28T10:00:00", Prov: DatePublished, Text: "Body.", TextOffset: 41},
			},
		},
		{
			name: "bad published date is not fatal",
			fsys: fstest.MapFS{
				"a.md": file("---\npublished: last Tuesday\n---\n\nSaid on January 28, 2025."),
				"b.md": file("---\npublished: 2025-13-45\n---\n\nNo date."),
			},
			want: []loaded{
				{ID: "a", Path: "a.md", Published: "2025-01-28T00:00:00", Prov: DateInferred, Text: "Said on January 28, 2025.", TextOffset: 33},
				{ID: "b", Path: "b.md", Prov: DateUnknown, Text: "No date.", TextOffset: 31},
			},
		},
		{
			name: "bad files are reported",
			fsys: fstest.MapFS{
				"binary.txt":      file("GIF89a\x00\x01"),
				"latin1.txt":      file("caf\xe9"),
				"empty.txt":       file(""),
				"blank.md":        file(" \n\t\r\n"),
				"fm-only.md":      file("---\ntitle: T\n---\n\n  \n"),
				"unterminated.md": file("---\ntitle: T\nbody\n"),
				"malformed.md":    file("---\ntitle T\n---\n\nBody."),
				"badquote.md":     file("---\ntitle: \"open\n---\n\nBody."),
				"big.txt":         file(strings.Repeat("x", 101)),
				"good.txt":        file("Fine\nBody."),
			},
			opts: LoadOptions{MaxFileSize: 100},
			want: []loaded{{ID: "good", Path: "good.txt", Title: "Fine", Prov: DateUnknown, Text: "Fine\nBody."}},
			skipped: []Skipped{
				{"badquote.md", "front matter line 2: title: unterminated double-quoted value"},
				{"big.txt", "larger than 100 bytes (101)"},
				{"binary.txt", "binary (NUL byte)"},
				{"blank.md", "empty body"},
				{"empty.txt", "empty body"},
				{"fm-only.md", "empty body"},
				{"latin1.txt", "not valid UTF-8"},
				{"malformed.md", "front matter line 2: want key: value"},
				{"unterminated.md", "unterminated front matter"},
			},
		},
		{
			name: "duplicate id",
			fsys: fstest.MapFS{
				"a.md": file("---\nid: same\n---\n\nOne."),
				"b.md": file("---\nid: same\n---\n\nTwo."),
			},
			want:    []loaded{{ID: "same", Path: "a.md", Prov: DateUnknown, Text: "One.", TextOffset: 18}},
			skipped: []Skipped{{"b.md", `duplicate id "same" (first in a.md)`}},
		},
		{
			name: "ignored files",
			fsys: fstest.MapFS{
				".hidden.txt":        file("Hidden."),
				".git/config.txt":    file("Hidden."),
				"notes.csv":          file("a,b"),
				"page.html":          file("<p>x</p>"),
				"meta.json":          file("{}"),
				"README.md":          file("# About this corpus"),
				"sub/readme.txt":     file("About."),
				"sub/.DS_Store":      file("\x00"),
				"sub/z.txt":          file("Kept."),
				"sub/.draft/new.txt": file("Hidden."),
			},
			want: []loaded{{ID: "sub/z", Path: "sub/z.txt", Prov: DateUnknown, Text: "Kept."}},
		},
		{
			name: "jsonl",
			fsys: fstest.MapFS{"feed.jsonl": file(
				"{\"id\": \"f-1\", \"title\": \"First\", \"source\": \"Feed\", \"url\": null, \"published\": \"2025-01-28\", \"text\": \"One.\", \"extra\": [1]}\n" +
					"{\"title\": \"broken\", \n" +
					"\n" +
					"{\"text\": \"Untitled\\nOn January 28, 2025, two.\"}\r\n" +
					"{\"text\": \"  \"}\n" +
					"[1, 2]\n" +
					"{\"id\": 42, \"text\": \"Numeric id.\"}")},
			want: []loaded{
				{ID: "f-1", Path: "feed.jsonl", Source: "Feed", Title: "First", Published: "2025-01-28T00:00:00", Prov: DatePublished, Text: "One.", TextOffset: -1},
				{ID: "feed:4", Path: "feed.jsonl", Title: "Untitled", Published: "2025-01-28T00:00:00", Prov: DateInferred, Text: "Untitled\nOn January 28, 2025, two.", TextOffset: -1},
				{ID: "42", Path: "feed.jsonl", Prov: DateUnknown, Text: "Numeric id.", TextOffset: -1},
			},
			skipped: []Skipped{
				{"feed.jsonl:2", "bad JSON: unexpected end of JSON input"},
				{"feed.jsonl:5", "empty text"},
				{"feed.jsonl:6", "bad JSON: json: cannot unmarshal array into Go value of type corpus.jsonlArticle"},
			},
		},
		{
			name: "sidecar",
			fsys: fstest.MapFS{
				"meta.json":     file(`{"a.txt": {"source": "Side", "title": null, "url": "https://example.com/a", "published": "2024-12-01", "language": "en", "notes": "n"}, "b.md": {"source": "Side", "title": "Side title"}, "c.jsonl": {"source": "Side feed"}, "gone.txt": {"title": "x"}}`),
				"a.txt":         file("Headline from body\nText."),
				"b.md":          file("---\ntitle: Own title\n---\n\nText."),
				"c.jsonl":       file(`{"text": "Item."}` + "\n" + `{"source": "Own", "text": "Item two."}`),
				"sub/a.txt":     file("Sub\nNot covered."),
				"sub/b.txt":     file("Sub b\nCovered."),
				"sub/meta.json": file(`{"b.txt": {"source": "Sub side", "published": "not a date"}}`),
			},
			want: []loaded{
				{ID: "a", Path: "a.txt", Source: "Side", Title: "Headline from body", URL: "https://example.com/a", Language: "en", Published: "2024-12-01T00:00:00", Prov: DatePublished, Text: "Headline from body\nText."},
				{ID: "b", Path: "b.md", Source: "Side", Title: "Own title", Prov: DateUnknown, Text: "Text.", TextOffset: 26},
				{ID: "c:1", Path: "c.jsonl", Source: "Side feed", Prov: DateUnknown, Text: "Item.", TextOffset: -1},
				{ID: "c:2", Path: "c.jsonl", Source: "Own", Prov: DateUnknown, Text: "Item two.", TextOffset: -1},
				{ID: "sub/a", Path: "sub/a.txt", Title: "Sub", Prov: DateUnknown, Text: "Sub\nNot covered."},
				{ID: "sub/b", Path: "sub/b.txt", Source: "Sub side", Title: "Sub b", Prov: DateUnknown, Text: "Sub b\nCovered."},
			},
		},
		{
			name: "bad sidecar is reported and ignored",
			fsys: fstest.MapFS{
				"meta.json": file(`{"a.txt": `),
				"a.txt":     file("Headline\nText."),
			},
			want:    []loaded{{ID: "a", Path: "a.txt", Title: "Headline", Prov: DateUnknown, Text: "Headline\nText."}},
			skipped: []Skipped{{"meta.json", "bad JSON: unexpected end of JSON input"}},
		},
		{
			name: "lexical order",
			fsys: fstest.MapFS{
				"b.txt":   file("B."),
				"a/z.txt": file("AZ."),
				"a.txt":   file("A."),
				"A.txt":   file("Upper A."),
			},
			want: []loaded{
				{ID: "A", Path: "A.txt", Prov: DateUnknown, Text: "Upper A."},
				{ID: "a/z", Path: "a/z.txt", Prov: DateUnknown, Text: "AZ."}, // fs.WalkDir sorts by name: "a" < "a.txt"
				{ID: "a", Path: "a.txt", Prov: DateUnknown, Text: "A."},
				{ID: "b", Path: "b.txt", Prov: DateUnknown, Text: "B."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, skipped := loadAll(t, tt.fsys, tt.opts)
			var got []loaded
			for _, d := range docs {
				got = append(got, summarize(d))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Load() documents:\n got %+v\nwant %+v", got, tt.want)
			}
			if !reflect.DeepEqual(skipped, tt.skipped) {
				t.Errorf("Load() skipped = %q, want %q", skipped, tt.skipped)
			}
			checkTextOffsets(t, tt.fsys, docs)
		})
	}
}

// checkTextOffsets checks that each document's Text is its file's bytes
// from TextOffset on.
func checkTextOffsets(t *testing.T, fsys fs.FS, docs []Document) {
	t.Helper()
	for _, d := range docs {
		if d.TextOffset < 0 {
			continue
		}
		data, err := fs.ReadFile(fsys, d.Path)
		if err != nil {
			t.Fatalf("ReadFile(%q): %v", d.Path, err)
		}
		if d.TextOffset > len(data) || string(data[d.TextOffset:]) != d.Text {
			t.Errorf("%s: file[%d:] does not equal Text %q", d.Path, d.TextOffset, d.Text)
		}
	}
}

// failFS is an fs.FS whose named files cannot be opened. It has only
// Open, so that every read goes through it.
type failFS struct {
	fsys fstest.MapFS
	fail map[string]bool
}

var errDenied = errors.New("permission denied")

func (f failFS) Open(name string) (fs.File, error) {
	if f.fail[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errDenied}
	}
	return f.fsys.Open(name)
}

func TestLoadUnreadable(t *testing.T) {
	fsys := failFS{
		fsys: fstest.MapFS{
			"a.txt":       file("A."),
			"b.txt":       file("B."),
			"sub/c.txt":   file("C."),
			"d/meta.json": file(`{}`),
			"d/e.txt":     file("E."),
		},
		fail: map[string]bool{"a.txt": true, "sub": true, "d/meta.json": true},
	}
	docs, skipped := loadAll(t, fsys, LoadOptions{})
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if want := []string{"b", "d/e"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("Load() IDs = %q, want %q", ids, want)
	}
	want := []Skipped{
		{"a.txt", "unreadable: permission denied"},
		{"d/meta.json", "unreadable: permission denied"},
		{"sub", "unreadable: permission denied"},
	}
	if !reflect.DeepEqual(skipped, want) {
		t.Errorf("Load() skipped = %q, want %q", skipped, want)
	}
}

func TestLoadCallbackError(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":   file("A."),
		"b.jsonl": file(`{"text": "one"}` + "\n" + `{"text": "two"}`),
		"c.txt":   file("C."),
	}
	errStop := errors.New("stop")
	for _, stopAt := range []string{"a", "b:1", "c"} {
		t.Run(stopAt, func(t *testing.T) {
			var seen []string
			_, err := Load(context.Background(), fsys, LoadOptions{}, func(d Document) error {
				seen = append(seen, d.ID)
				if d.ID == stopAt {
					return errStop
				}
				return nil
			})
			if !errors.Is(err, errStop) {
				t.Fatalf("Load() error = %v, want %v", err, errStop)
			}
			if seen[len(seen)-1] != stopAt {
				t.Errorf("Load() went on after the error: saw %q", seen)
			}
		})
	}
}

func TestLoadCallbackSkipDir(t *testing.T) {
	// fs.SkipDir from the callback is an error like any other, not a walk instruction.
	fsys := fstest.MapFS{"a.txt": file("A."), "b.txt": file("B.")}
	_, err := Load(context.Background(), fsys, LoadOptions{}, func(Document) error { return fs.SkipDir })
	if !errors.Is(err, fs.SkipDir) {
		t.Errorf("Load() error = %v, want fs.SkipDir wrapped", err)
	}
}

func TestLoadCanceled(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 10 {
		fsys[fmt.Sprintf("d%02d.txt", i)] = file("Text.")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	_, err := Load(ctx, fsys, LoadOptions{}, func(Document) error {
		n++
		if n == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Load() error = %v, want context.Canceled", err)
	}
	if n != 3 {
		t.Errorf("Load() called fn %d times after cancel at 3", n)
	}
}

func TestLoadDir(t *testing.T) {
	var docs []Document
	skipped, err := LoadDir(context.Background(), filepath.Join("testdata", "load"), LoadOptions{}, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("LoadDir() error = %v", err)
	}
	var got []loaded
	for _, d := range docs {
		got = append(got, summarize(d))
	}
	want := []loaded{
		{ID: "crlf-doc", Path: "crlf.md", Source: "Test Wire", Title: "A CRLF document", Published: "2025-01-28T00:00:00", Prov: DatePublished, Text: "First paragraph.\r\n\r\nSecond paragraph.\r\n", TextOffset: 94},
		{ID: "feed-1", Path: "feed.jsonl", Source: "Feed", Title: "First item", Published: "2025-01-28T06:30:00", Prov: DatePublished, Text: "Officials met on Tuesday.", TextOffset: -1},
		{ID: "feed:4", Path: "feed.jsonl", Published: "2025-01-28T00:00:00", Prov: DateInferred, Text: "A second item with no id. On January 28, 2025, talks were held.", TextOffset: -1},
		{ID: "plain", Path: "plain.txt", Source: "Sidecar Source", Title: "Plain headline", URL: "https://example.com/plain", Language: "en", Published: "2024-12-01T00:00:00", Prov: DatePublished, Text: "Plain headline\nThe body says little.\n"},
		{ID: "sub/nested", Path: "sub/nested.txt", Title: "Nested file", Prov: DateUnknown, Text: "Nested file\nIt is not covered by the parent folder meta.json.\n"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LoadDir() documents:\n got %+v\nwant %+v", got, want)
	}
	wantSkipped := []Skipped{{"feed.jsonl:2", "bad JSON: unexpected end of JSON input"}}
	if !reflect.DeepEqual(skipped, wantSkipped) {
		t.Errorf("LoadDir() skipped = %q, want %q", skipped, wantSkipped)
	}
	checkTextOffsets(t, os.DirFS(filepath.Join("testdata", "load")), docs)

	for _, dir := range []string{filepath.Join("testdata", "missing"), filepath.Join("testdata", "load", "plain.txt")} {
		if _, err := LoadDir(context.Background(), dir, LoadOptions{}, func(Document) error { return nil }); err == nil {
			t.Errorf("LoadDir(%q) error = nil, want an error", dir)
		}
	}
}

func TestSample(t *testing.T) {
	docs, skipped := loadAll(t, Sample(), LoadOptions{})
	if len(skipped) != 0 {
		t.Errorf("Load(Sample()) skipped %q", skipped)
	}
	var got []loaded
	for _, d := range docs {
		l := summarize(d)
		l.Text = "" // compared below
		got = append(got, l)
	}
	want := []loaded{
		{ID: "eurasiapeace-iran-us-talks", Path: "eurasiapeace-iran-us-talks.txt", Source: "EurasiaPeace", Language: "en", Published: "2025-01-30T00:00:00", Prov: DateInferred},
		{ID: "iranintl-liveblog-2025-01-29", Path: "iranintl-liveblog-2025-01-29.txt", Source: "Iran International", Title: "Tehran maintains mixed signals on talks with Washington", Language: "en", Published: "2025-01-29T00:00:00", Prov: DateInferred},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Load(Sample()) documents:\n got %+v\nwant %+v", got, want)
	}
	checkTextOffsets(t, Sample(), docs)
	for _, d := range docs {
		if !strings.Contains(d.Text, "Araghchi") {
			t.Errorf("%s: Text does not mention Araghchi", d.ID)
		}
	}

	// The sample documents are the seed documents, byte for byte.
	seeds := filepath.Join("..", "..", "shared", "corpus", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("seed documents not found at %s; skipping the byte comparison", seeds)
	}
	for _, d := range docs {
		want, err := os.ReadFile(filepath.Join(seeds, d.Path))
		if err != nil {
			t.Fatalf("read seed: %v", err)
		}
		if d.Text != string(want) {
			t.Errorf("%s: sample differs from the seed document", d.Path)
		}
	}
}

// TestLoadTehranTimes loads the whole Tehran Times corpus. It is slow, so
// it runs only with QUOTEBOT_CORPUS_TESTS=1.
func TestLoadTehranTimes(t *testing.T) {
	if os.Getenv("QUOTEBOT_CORPUS_TESTS") != "1" {
		t.Skip("set QUOTEBOT_CORPUS_TESTS=1 to load the Tehran Times corpus")
	}
	dir := filepath.Join("..", "..", "shared", "corpora", "tehran-times")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("Tehran Times corpus not found at %s", dir)
	}
	n, titled, sourced := 0, 0, 0
	skipped, err := LoadDir(context.Background(), dir, LoadOptions{}, func(d Document) error {
		n++
		if d.Title != "" {
			titled++
		}
		if d.Source == "Tehran Times" {
			sourced++
		}
		if !strings.HasPrefix(d.ID, "tehrantimes-") || d.TextOffset <= 0 {
			return fmt.Errorf("document %s: ID %q, TextOffset %d", d.Path, d.ID, d.TextOffset)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("LoadDir(%q) error = %v", dir, err)
	}
	if n != 15601 || len(skipped) != 0 {
		t.Errorf("LoadDir(%q) loaded %d documents and skipped %d (%q), want 15601 and 0", dir, n, len(skipped), skipped[:min(len(skipped), 5)])
	}
	if titled != n || sourced != n {
		t.Errorf("LoadDir(%q): %d of %d documents have a title, %d the source Tehran Times", dir, titled, n, sourced)
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2025-01-28", "2025-01-28T00:00:00Z"},
		{" 2025-01-28 ", "2025-01-28T00:00:00Z"},
		{"2025-01-28T23:30:00-05:00", "2025-01-29T04:30:00Z"},
		{"2025-01-28T10:00:00.5Z", "2025-01-28T10:00:00.5Z"},
		{"2025-01-28 15:04:05", "2025-01-28T15:04:05Z"},
		{"January 28, 2025", "2025-01-28T00:00:00Z"},
		{"Jan 28, 2025", "2025-01-28T00:00:00Z"},
		{"28 January 2025", "2025-01-28T00:00:00Z"},
		{"", ""},
		{"2025-02-30", ""},
		{"yesterday", ""},
		{"28/01/2025", ""},
	}
	for _, tt := range tests {
		got, ok := ParsePublished(tt.in)
		gotS := ""
		if ok {
			gotS = got.Format(time.RFC3339Nano)
		}
		if gotS != tt.want {
			t.Errorf("ParsePublished(%q) = %q, %v, want %q", tt.in, gotS, ok, tt.want)
		}
	}
}

func TestTitleFromBody(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{"Tehran maintains mixed signals on talks with Washington\nIran's...", "Tehran maintains mixed signals on talks with Washington"},
		{"  \r\n\n  Headline  \r\nBody", "Headline"},
		{"## Heading\nBody", "Heading"},
		{"A sentence ends here.\nBody", ""},
		{"He said:\nBody", ""},
		{"Will Iran talk?\nBody", "Will Iran talk?"},
		{strings.Repeat("é", 150) + "\n", strings.Repeat("é", 150)},
		{strings.Repeat("é", 151) + "\n", ""},
		{"", ""},
		{"#\n", ""},
	}
	for _, tt := range tests {
		if got := titleFromBody(tt.body); got != tt.want {
			t.Errorf("titleFromBody(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}
