package feed

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// FuzzArticleRoundTrip checks that what the poller writes, the corpus
// loader reads back: the metadata as cleaned, and the text as cleaned.
func FuzzArticleRoundTrip(f *testing.F) {
	f.Add("Araghchi: \"talks\" \\ resume", "Wire #1", "http://example.org/a?b=c#d", "Line one.\n\n\nLine two\r\n")
	f.Add("---", "'quoted'", "", "---\nnot: front matter\n---\n")
	f.Add("tab\there\x00nul", "\u2028sep", "http://x/\u00e9", "\ufeffbom text")
	f.Add("", "", "", "x")
	f.Fuzz(func(t *testing.T, title, source, url, text string) {
		a := article{ID: "feeds/x/1", Title: title, Source: source, URL: url,
			Published: time.Date(2025, 3, 1, 9, 30, 0, 0, time.UTC), PublishedFrom: FromFeed,
			Text: cleanText(text)}
		if strings.TrimSpace(a.Text) == "" {
			return // never written: an article needs text
		}
		fsys := fstest.MapFS{"a.md": {Data: a.markdown()}}
		var docs []corpus.Document
		skipped, err := corpus.Load(context.Background(), fsys, corpus.LoadOptions{}, func(d corpus.Document) error {
			docs = append(docs, d)
			return nil
		})
		if err != nil || len(skipped) != 0 || len(docs) != 1 {
			t.Fatalf("Load of written article: %d documents, skipped %v, err %v\n%s", len(docs), skipped, err, a.markdown())
		}
		d := docs[0]
		if want := cleanLine(title); want != "" && d.Title != want {
			t.Errorf("Title = %q, want %q", d.Title, want)
		}
		if want := cleanLine(source); d.Source != want {
			t.Errorf("Source = %q, want %q", d.Source, want)
		}
		if want := cleanLine(url); d.URL != want {
			t.Errorf("URL = %q, want %q", d.URL, want)
		}
		if d.ID != a.ID || !d.Published.Equal(a.Published) {
			t.Errorf("ID, Published = %q, %v; want %q, %v", d.ID, d.Published, a.ID, a.Published)
		}
		if strings.TrimSpace(d.Text) != strings.TrimSpace(a.Text) {
			t.Errorf("Text = %q, want %q", d.Text, a.Text)
		}
	})
}

func FuzzCleanText(f *testing.F) {
	f.Add("a\r\nb\n\n\n\nc  \n\x07d\u00a0e")
	f.Add("\xff\xfe bad utf-8")
	f.Fuzz(func(t *testing.T, s string) {
		c := cleanText(s)
		if !utf8.ValidString(c) || strings.ContainsAny(c, "\r\x00") || strings.Contains(c, "\n\n\n") {
			t.Errorf("cleanText(%q) = %q: invalid UTF-8, CR, NUL or more than one blank line", s, c)
		}
		if again := cleanText(c); again != c {
			t.Errorf("cleanText(cleanText(%q)) = %q, want %q", s, again, c)
		}
	})
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{"HTTP://Example.ORG:80/a?utm_source=x&b=2&a=1#frag", "https://[::1]:443", "http://u:p@h/p?", "mailto:x@y", "//h/p", "http://h/%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := normalizeURL(s)
		if err != nil {
			return
		}
		again, err := normalizeURL(n)
		if err != nil || again != n {
			t.Errorf("normalizeURL(normalizeURL(%q)) = %q, %v; want %q", s, again, err, n)
		}
		if h := hostOf(n); h == "" || strings.ContainsAny(h, "/\\") {
			t.Errorf("hostOf(%q) = %q, want a folder name", n, h)
		}
	})
}
