package feed

import (
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotebot/quotebot/attribution"
	"github.com/quotebot/quotebot/corpus"
)

// site is a fake news site on 127.0.0.1: feeds and pages by path, each
// request counted, with switchable failures.
type site struct {
	t   *testing.T
	srv *httptest.Server

	mu     sync.Mutex
	feeds  map[string]string // path -> feed XML
	pages  map[string]string // path -> HTML
	status map[string]int    // path -> status to answer instead
	hits   map[string]int
	slow   map[string]bool // path -> hang until the client gives up
}

func newSite(t *testing.T) *site {
	s := &site{t: t, feeds: map[string]string{}, pages: map[string]string{},
		status: map[string]int{}, hits: map[string]int{}, slow: map[string]bool{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	code, slow := s.status[r.URL.Path], s.slow[r.URL.Path]
	feed, isFeed := s.feeds[r.URL.Path]
	page, isPage := s.pages[r.URL.Path]
	s.mu.Unlock()
	if r.Header.Get("User-Agent") == "" {
		s.t.Errorf("request for %s has no User-Agent", r.URL.Path)
	}
	switch {
	case slow:
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
		return
	case code != 0:
		http.Error(w, http.StatusText(code), code)
	case isFeed:
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	case isPage:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	default:
		http.NotFound(w, r)
	}
}

func (s *site) url(path string) string { return s.srv.URL + path }

func (s *site) set(m map[string]string, path, v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m[path] = v
}

func (s *site) setStatus(path string, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == 0 {
		delete(s.status, path)
	} else {
		s.status[path] = code
	}
}

func (s *site) hitCount(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

type item struct{ title, link, pubDate string }

func rss(title string, items ...item) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>http://example.org/</link>`, html.EscapeString(title))
	for _, it := range items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link>", html.EscapeString(it.title), html.EscapeString(it.link))
		if it.pubDate != "" {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.pubDate)
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// articlePage is a news page with navigation around an article of a few
// paragraphs, the first of which is lead.
func articlePage(title, lead string) string {
	filler := "The remarks came as diplomats from several countries gathered in the capital for a round of consultations on regional security, trade corridors and the future of the nuclear agreement, which has been stalled for months."
	return fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><title>%s</title>
<meta property="og:site_name" content="Example Wire"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>%s</h1>
<p>%s</p>
<p>%s</p>
<p>%s Officials said more meetings would follow next week.</p>
</article>
<footer>Copyright Example Wire. All rights reserved.</footer></body></html>`,
		html.EscapeString(title), html.EscapeString(title), html.EscapeString(lead), filler, filler)
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newClock() *clock { return &clock{t: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)} }

func mustOpen(t *testing.T, opts Options) *Poller {
	t.Helper()
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	p, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// loadDir loads the article folder as the corpus would.
func loadDir(t *testing.T, dir string) ([]corpus.Document, []corpus.Skipped) {
	t.Helper()
	var docs []corpus.Document
	skipped, err := corpus.LoadDir(context.Background(), dir, corpus.LoadOptions{}, func(d corpus.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, skipped
}

const lead1 = `"We will not negotiate under pressure," Foreign Minister Abbas Araghchi told reporters on Saturday, adding that Tehran remained open to talks.`

func TestPollWritesNewArticle(t *testing.T) {
	s := newSite(t)
	s.set(s.feeds, "/feed.xml", rss("Example Wire World",
		item{"Araghchi rejects talks under pressure", s.url("/news/1?utm_source=rss"), "Sat, 01 Mar 2025 09:30:00 +0000"}))
	s.set(s.pages, "/news/1", articlePage("Araghchi rejects talks | Example Wire", lead1))
	dir := t.TempDir()
	clk := newClock()
	p := mustOpen(t, Options{Feeds: []string{s.url("/feed.xml")}, Dir: dir, Now: clk.Now})

	st, err := p.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := (PollStats{Feeds: 1, NewItems: 1, Written: 1}); st != want {
		t.Fatalf("Poll = %+v, want %+v", st, want)
	}
	docs, skipped := loadDir(t, dir)
	if len(skipped) != 0 || len(docs) != 1 {
		t.Fatalf("folder holds %d documents, skipped %v; want 1 document", len(docs), skipped)
	}
	d := docs[0]
	if want := "Araghchi rejects talks under pressure"; d.Title != want {
		t.Errorf("Title = %q, want %q", d.Title, want)
	}
	if want := "Example Wire World"; d.Source != want {
		t.Errorf("Source = %q, want %q", d.Source, want)
	}
	if want := s.url("/news/1"); d.URL != want {
		t.Errorf("URL = %q, want %q", d.URL, want)
	}
	if want := time.Date(2025, 3, 1, 9, 30, 0, 0, time.UTC); !d.Published.Equal(want) || d.PublishedProvenance != corpus.DatePublished {
		t.Errorf("Published = %v (%s), want %v (published)", d.Published, d.PublishedProvenance, want)
	}
	if !strings.Contains(d.Text, lead1) {
		t.Errorf("Text = %q, want it to hold %q", d.Text, lead1)
	}
	for _, junk := range []string{"Subscribe", "All rights reserved"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("Text holds page furniture %q: %q", junk, d.Text)
		}
	}
	if !strings.HasPrefix(d.ID, "feeds/127.0.0.1/2025-03-01-araghchi-rejects-talks-under-pressure-") {
		t.Errorf("ID = %q, want feeds/127.0.0.1/2025-03-01-araghchi-rejects-talks-under-pressure-...", d.ID)
	}
	if qs := attribution.Extract(d); len(qs) == 0 {
		t.Errorf("Extract found no quote in the written article %q", d.Text)
	}
	raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(d.Path)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), "published_from: \"feed\"\n") {
		t.Errorf("file has no published_from: feed line:\n%s", raw)
	}

	// The next poll before the interval fetches nothing; after it, the
	// feed is fetched again but the article is not.
	if st, err := p.Poll(context.Background()); err != nil || st != (PollStats{}) {
		t.Errorf("Poll before the interval = %+v, %v; want nothing done", st, err)
	}
	clk.Add(DefaultInterval)
	if st, err := p.Poll(context.Background()); err != nil || st != (PollStats{Feeds: 1}) {
		t.Errorf("Poll after the interval = %+v, %v; want the feed fetched and nothing new", st, err)
	}
	if n := s.hitCount("/news/1"); n != 1 {
		t.Errorf("article page fetched %d times, want 1", n)
	}
}

func TestPollSurvivesRestart(t *testing.T) {
	s := newSite(t)
	s.set(s.feeds, "/feed.xml", rss("Wire", item{"One", s.url("/news/1"), ""}))
	s.set(s.pages, "/news/1", articlePage("One", lead1))
	dir := t.TempDir()
	p, err := Open(Options{Feeds: []string{s.url("/feed.xml")}, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if st, err := p.Poll(context.Background()); err != nil || st.Written != 1 {
		t.Fatalf("Poll = %+v, %v; want 1 written", st, err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	// Another run, with the clock far ahead so that the feed is due.
	later := time.Now().Add(24 * time.Hour)
	p = mustOpen(t, Options{Feeds: []string{s.url("/feed.xml")}, Dir: dir, Now: func() time.Time { return later }})
	if st, err := p.Poll(context.Background()); err != nil || st != (PollStats{Feeds: 1}) {
		t.Errorf("Poll after a restart = %+v, %v; want the feed fetched and nothing new", st, err)
	}
	if n := s.hitCount("/news/1"); n != 1 {
		t.Errorf("article page fetched %d times across a restart, want 1", n)
	}
}

func TestPollStoresArticleOnce(t *testing.T) {
	tests := []struct {
		name string
		// second is the second feed's link, relative to the site.
		second string
		// page is the path whose page the second link serves, if it is
		// a new one.
		page           string
		wantDuplicates int
	}{
		{name: "same URL", second: "/news/1?utm_medium=social#top"},
		{name: "same URL with a trailing slash", second: "/news/1/?utm_source=rss"},
		{name: "same URL with .html", second: "/news/1.html"},
		{name: "same text at another URL", second: "/mirror/1", page: "/mirror/1", wantDuplicates: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			s.set(s.feeds, "/a.xml", rss("Wire A", item{"Talks", s.url("/news/1"), ""}))
			s.set(s.feeds, "/b.xml", rss("Wire B", item{"Talks (mirror)", s.url(tt.second), ""}))
			body := articlePage("Talks", lead1)
			s.set(s.pages, "/news/1", body)
			if tt.page != "" {
				// The same article in another page layout.
				s.set(s.pages, tt.page, strings.Replace(body, "<nav>", "<nav><a href=\"/mirror\">Mirror</a>", 1))
			}
			dir := t.TempDir()
			p := mustOpen(t, Options{Feeds: []string{s.url("/a.xml")}, Dir: dir})
			if _, err := p.Poll(context.Background()); err != nil {
				t.Fatal(err)
			}
			p.opts.Feeds = []string{s.url("/b.xml")}
			st, err := p.Poll(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if st.Written != 0 || st.Duplicates != tt.wantDuplicates || st.ArticleErrors != 0 {
				t.Errorf("second feed's Poll = %+v, want nothing written, %d duplicates, no fetch error", st, tt.wantDuplicates)
			}
			if docs, _ := loadDir(t, dir); len(docs) != 1 {
				t.Errorf("folder holds %d documents, want 1", len(docs))
			}
		})
	}
}

func TestPollRetriesArticleWithBackoff(t *testing.T) {
	s := newSite(t)
	s.set(s.feeds, "/feed.xml", rss("Wire", item{"Talks", s.url("/news/1"), ""}))
	s.set(s.pages, "/news/1", articlePage("Talks", lead1))
	s.setStatus("/news/1", http.StatusNotFound)
	dir := t.TempDir()
	clk := newClock()
	p := mustOpen(t, Options{Feeds: []string{s.url("/feed.xml")}, Dir: dir, Now: clk.Now,
		RetryMin: time.Minute, Interval: time.Hour})
	ctx := context.Background()

	st, err := p.Poll(ctx)
	if err != nil || st.ArticleErrors != 1 || st.Written != 0 {
		t.Fatalf("Poll with a 404 = %+v, %v; want 1 article error", st, err)
	}
	// Within the first wait: no new attempt.
	clk.Add(30 * time.Second)
	if st, err := p.Poll(ctx); err != nil || st != (PollStats{}) {
		t.Errorf("Poll within the wait = %+v, %v; want nothing done", st, err)
	}
	// After it: a second failure, and the wait doubles.
	clk.Add(31 * time.Second)
	if st, err := p.Poll(ctx); err != nil || st.ArticleErrors != 1 {
		t.Errorf("Poll after the wait = %+v, %v; want a second failure", st, err)
	}
	if n := s.hitCount("/news/1"); n != 2 {
		t.Errorf("page fetched %d times, want 2", n)
	}
	s.setStatus("/news/1", 0)
	clk.Add(90 * time.Second)
	if st, err := p.Poll(ctx); err != nil || st != (PollStats{}) {
		t.Errorf("Poll within the doubled wait = %+v, %v; want nothing done", st, err)
	}
	clk.Add(31 * time.Second)
	if st, err := p.Poll(ctx); err != nil || st.Written != 1 {
		t.Errorf("Poll once the page is back = %+v, %v; want it written", st, err)
	}
}

func TestPollGivesUpAfterMaxAttempts(t *testing.T) {
	s := newSite(t)
	s.set(s.feeds, "/feed.xml", rss("Wire", item{"Gone", s.url("/news/gone"), ""}))
	clk := newClock()
	p := mustOpen(t, Options{Feeds: []string{s.url("/feed.xml")}, Dir: t.TempDir(), Now: clk.Now,
		MaxAttempts: 3, Interval: 24 * time.Hour})
	var total PollStats
	for range 10 {
		st, err := p.Poll(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		total.add(st)
		clk.Add(time.Hour)
	}
	if total.ArticleErrors != 3 || total.GaveUp != 1 {
		t.Errorf("after 10 polls: %+v, want 3 article errors and 1 given up", total)
	}
	if n := s.hitCount("/news/gone"); n != 3 {
		t.Errorf("page fetched %d times, want 3", n)
	}
}

func TestPollBadFeedDoesNotStopOthers(t *testing.T) {
	tests := []struct {
		name string
		// setup makes /bad.xml fail.
		setup func(s *site)
	}{
		{"malformed XML", func(s *site) { s.set(s.feeds, "/bad.xml", `<?xml version="1.0"?><rss><channel><item><title>cut`) }},
		{"not a feed", func(s *site) { s.set(s.feeds, "/bad.xml", `{"hello": "world"`) }},
		{"404", func(s *site) {}},
		{"500", func(s *site) { s.setStatus("/bad.xml", http.StatusInternalServerError) }},
		{"timeout", func(s *site) { s.mu.Lock(); s.slow["/bad.xml"] = true; s.mu.Unlock() }},
		{"an HTML page instead of a feed", func(s *site) { s.set(s.feeds, "/bad.xml", articlePage("Home", lead1)) }},
		{"an endless body", func(s *site) { endlessBody(s, "/bad.xml") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			tt.setup(s)
			s.set(s.feeds, "/good.xml", rss("Wire", item{"Talks", s.url("/news/1"), ""}))
			s.set(s.pages, "/news/1", articlePage("Talks", lead1))
			clk := newClock()
			p := mustOpen(t, Options{Feeds: []string{s.url("/bad.xml"), s.url("/good.xml")}, Dir: t.TempDir(),
				Now: clk.Now, Timeout: 200 * time.Millisecond})
			start := time.Now()
			st, err := p.Poll(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Errorf("Poll took %v, want the timeout to cut it short", elapsed)
			}
			if st.Feeds != 2 || st.FeedErrors != 1 || st.Written != 1 {
				t.Errorf("Poll = %+v, want 2 feeds, 1 feed error, 1 article written", st)
			}
			fs, err := p.st.feed(s.url("/bad.xml"))
			if err != nil {
				t.Fatal(err)
			}
			if fs.Failures != 1 || fs.LastError == "" || !fs.Next.Equal(clk.Now().Add(DefaultRetryMin)) {
				t.Errorf("bad feed's state = %+v, want 1 failure, an error and a retry in %v", fs, DefaultRetryMin)
			}
		})
	}
}

func TestPollFeedBackoffDoubles(t *testing.T) {
	s := newSite(t)
	s.setStatus("/feed.xml", http.StatusServiceUnavailable)
	clk := newClock()
	p := mustOpen(t, Options{Feeds: []string{s.url("/feed.xml")}, Dir: t.TempDir(), Now: clk.Now,
		RetryMin: time.Minute, RetryMax: 4 * time.Minute})
	var waits []time.Duration
	for range 5 {
		if _, err := p.Poll(context.Background()); err != nil {
			t.Fatal(err)
		}
		fs, err := p.st.feed(s.url("/feed.xml"))
		if err != nil {
			t.Fatal(err)
		}
		waits = append(waits, fs.Next.Sub(clk.Now()))
		clk.t = fs.Next
	}
	if want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 4 * time.Minute, 4 * time.Minute}; !slices.Equal(waits, want) {
		t.Errorf("waits after each failure = %v, want %v", waits, want)
	}
}

func TestPollUsesFeedContentWhenPageIsEmpty(t *testing.T) {
	s := newSite(t)
	content := strings.Repeat("<p>"+html.EscapeString(lead1)+"</p>", 3)
	s.set(s.feeds, "/feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks</title><link>`+s.url("/news/1")+`</link><description>`+html.EscapeString(content)+`</description></item>
</channel></rss>`)
	s.set(s.pages, "/news/1", `<html><body><div id="app"></div><script>render()</script></body></html>`)
	dir := t.TempDir()
	p := mustOpen(t, Options{Feeds: []string{s.url("/feed.xml")}, Dir: dir})
	if st, err := p.Poll(context.Background()); err != nil || st.Written != 1 {
		t.Fatalf("Poll = %+v, %v; want 1 written", st, err)
	}
	docs, _ := loadDir(t, dir)
	if len(docs) != 1 || !strings.Contains(docs[0].Text, lead1) {
		t.Errorf("documents = %+v, want one holding the feed's content", docs)
	}
}

func TestPollRejectsNonHTMLPage(t *testing.T) {
	s := newSite(t)
	s.set(s.feeds, "/feed.xml", rss("Wire", item{"Report", s.url("/report.pdf"), ""}))
	s.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/report.pdf" {
			s.mu.Lock()
			s.hits[r.URL.Path]++
			s.mu.Unlock()
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7"))
			return
		}
		s.serve(w, r)
	})
	p := mustOpen(t, Options{Feeds: []string{s.url("/feed.xml")}, Dir: t.TempDir()})
	st, err := p.Poll(context.Background())
	if err != nil || st.GaveUp != 1 {
		t.Errorf("Poll = %+v, %v; want the PDF given up at once", st, err)
	}
}

func TestFetchBodyLimit(t *testing.T) {
	s := newSite(t)
	s.set(s.pages, "/big", strings.Repeat("x", 4096))
	p := mustOpen(t, Options{Dir: t.TempDir(), MaxBodySize: 1024})
	_, err := p.fetch(context.Background(), s.url("/big"), acceptPage, nil)
	if err == nil || !isPermanent(err) {
		t.Errorf("fetch of a 4 KiB body with a 1 KiB limit: err = %v, want a permanent error", err)
	}
}

func TestRunStopsWithContext(t *testing.T) {
	s := newSite(t)
	s.set(s.feeds, "/feed.xml", rss("Wire", item{"Talks", s.url("/news/1"), ""}))
	s.set(s.pages, "/news/1", articlePage("Talks", lead1))
	dir := t.TempDir()
	p := mustOpen(t, Options{Feeds: []string{s.url("/feed.xml")}, Dir: dir})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		docs, _ := loadDir(t, dir)
		if len(docs) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Run wrote no article within 5s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil once ctx ends", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after ctx ended")
	}
}

func TestOpenRejectsBadOptions(t *testing.T) {
	tests := []struct {
		name string
		opts Options
	}{
		{"no folder", Options{}},
		{"bad feed URL", Options{Dir: t.TempDir(), Feeds: []string{"ftp://example.org/feed"}}},
		{"negative interval", Options{Dir: t.TempDir(), Interval: -time.Second}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p, err := Open(tt.opts); err == nil {
				p.Close()
				t.Errorf("Open(%+v) = nil error, want one", tt.opts)
			}
		})
	}
}

func TestStateFileIsHiddenFromCorpus(t *testing.T) {
	dir := t.TempDir()
	mustOpen(t, Options{Dir: dir})
	if _, err := os.Stat(filepath.Join(dir, StateFile)); err != nil {
		t.Fatalf("no state file: %v", err)
	}
	_, skipped := loadDir(t, dir)
	if len(skipped) != 0 {
		t.Errorf("loading the article folder skipped %v, want the state file ignored silently", skipped)
	}
}

// endlessBody makes the site answer path with a feed that never ends,
// until the client goes away.
func endlessBody(s *site, path string) {
	next := s.srv.Config.Handler
	s.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Endless</title>`)
		chunk := strings.Repeat("<item><title>again</title><link>http://example.org/again</link></item>", 100)
		for r.Context().Err() == nil {
			if _, err := io.WriteString(w, chunk); err != nil {
				return
			}
		}
	})
}
