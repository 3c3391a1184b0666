package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/digest"
	"github.com/quotebot/quotebot/feed"
	"github.com/quotebot/quotebot/internal/discordtest"
	"github.com/quotebot/quotebot/internal/store"
	"github.com/quotebot/quotebot/live"
	"github.com/quotebot/quotebot/search"
)

// newsSite is a news site on 127.0.0.1: an RSS feed at /rss and an
// article page per item. Items can be added while it runs.
type newsSite struct {
	srv *httptest.Server

	mu    sync.Mutex
	items []newsItem
	pages map[string]string // path -> HTML
}

// newsItem is one feed item and its article page.
type newsItem struct {
	path, title, pubDate string
}

func newNewsSite(t *testing.T) *newsSite {
	t.Helper()
	s := &newsSite{pages: map[string]string{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.URL.Path == "/rss" {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title><link>`+s.srv.URL+`/</link>`)
		for _, it := range s.items {
			fmt.Fprintf(w, "\n<item><title>%s</title><link>%s%s</link><guid>%s%s</guid><pubDate>%s</pubDate></item>",
				it.title, s.srv.URL, it.path, s.srv.URL, it.path, it.pubDate)
		}
		fmt.Fprint(w, "\n</channel></rss>\n")
		return
	}
	page, ok := s.pages[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, page)
}

// publish adds an item to the feed with an article page whose lead
// paragraph is lead.
func (s *newsSite) publish(path, title, pubDate, lead string) {
	filler := "<p>The statement followed a week of consultations between officials of both countries on trade, energy and the stalled nuclear file, diplomats said in the capital.</p>"
	page := `<!DOCTYPE html><html><head><title>` + title + `</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>` + title + `</h1>
<p>` + lead + `</p>` + filler + filler + `</article>
<footer>Subscribe to our newsletter.</footer></body></html>`
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append(s.items, newsItem{path, title, pubDate})
	s.pages[path] = page
}

// stepClock is a clock the test sets; every part of the pipeline reads it.
type stepClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *stepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *stepClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// digestMessage is a channel message body as the bot posted it.
type digestMessage struct {
	Content string `json:"content"`
	Embeds  []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
	} `json:"embeds"`
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
}

// channelMessages returns the messages posted to channel on the fake
// Discord, oldest first.
func channelMessages(t *testing.T, fake *discordtest.Server, channel string) []digestMessage {
	t.Helper()
	var out []digestMessage
	for _, m := range fake.ChannelMessages(channel) {
		raw, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var dm digestMessage
		if err := json.Unmarshal(raw, &dm); err != nil {
			t.Fatalf("decode message %s: %v", raw, err)
		}
		out = append(out, dm)
	}
	return out
}

// text returns everything a reader sees in the message.
func (m digestMessage) text() string {
	var b strings.Builder
	b.WriteString(m.Content)
	for _, e := range m.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
	}
	return b.String()
}

// TestFeedArticleShowsUpInNextDigest runs a live corpus fed by an RSS
// feed into scheduled digests: a feed on 127.0.0.1, the feed poller
// writing articles into its folder, the live watcher indexing that folder
// into an on-disk search index, and the digest scheduler posting through
// the bot (discordgo) to the fake Discord. An article that the feed adds
// between two digests appears in the second digest only.
func TestFeedArticleShowsUpInNextDigest(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	start := time.Date(2025, 3, 3, 6, 0, 0, 0, time.UTC) // a Monday
	clock := &stepClock{t: start}

	const (
		oldQuote = "Pressure from Washington has never worked and it will not work now"
		newQuote = "Washington must first prove that it will keep its word"
	)
	site := newNewsSite(t)
	site.publish("/news/1", "Baqaei on sanctions", "Mon, 03 Mar 2025 05:30:00 +0000",
		"&ldquo;"+oldQuote+",&rdquo; Foreign Ministry spokesman Esmaeil Baqaei told reporters in Tehran on Monday.")

	data := t.TempDir()
	feedDir := filepath.Join(data, "feeds")
	fp, err := feed.Open(feed.Options{Feeds: []string{site.srv.URL + "/rss"}, Dir: feedDir, Logger: log, Now: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer fp.Close()

	ix, err := search.Open(filepath.Join(data, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.Now = clock.Now // quotes enter the index at the test's time
	ix.Logger = log
	w := &live.Watcher{Indexer: ix, Roots: []live.Root{{Name: "feeds", FS: os.DirFS(feedDir)}},
		Settle: -1, Now: clock.Now, Logger: log}

	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fake := discordtest.New(t)
	sched := &digest.Scheduler{Store: st, Source: ix, Now: clock.Now, Logger: log}
	b, err := bot.New(bot.Config{Token: "test-token", AppID: fake.AppID, APIURL: fake.URL, Digests: sched}, ix, log)
	if err != nil {
		t.Fatal(err)
	}
	sched.Poster = b

	const channel = "700000000000000077"
	sub, err := sched.Subscribe(ctx, store.Subscription{GuildID: discordtest.DefaultGuildID, ChannelID: channel, Schedule: "daily 08:00"})
	if err != nil {
		t.Fatalf("Subscribe() = %v", err)
	}

	// ingest polls the feed and scans the feed folder once, at the
	// clock's time, and checks that one new article went all the way in.
	ingest := func(when string) {
		t.Helper()
		ps, err := fp.Poll(ctx)
		if err != nil || ps.NewItems != 1 || ps.Written != 1 || ps.FeedErrors+ps.ArticleErrors != 0 {
			t.Fatalf("%s: Poll() = %+v, %v; want 1 new item written, no errors", when, ps, err)
		}
		ss, err := w.Scan(ctx)
		if err != nil || ss.NewDocuments != 1 || ss.Quotes == 0 || len(ss.Skipped) != 0 {
			t.Fatalf("%s: Scan() = %+v, %v; want 1 new document with quotes", when, ss, err)
		}
	}
	tick := func(at time.Time) {
		t.Helper()
		clock.set(at)
		if err := sched.Tick(ctx); err != nil {
			t.Fatalf("Tick() at %v = %v", at, err)
		}
	}
	messages := func() []digestMessage { return channelMessages(t, fake, channel) }

	// The first article enters at 07:00; digest 1 is due at 08:00.
	clock.set(start.Add(time.Hour))
	ingest("first article")
	tick(start.Add(2*time.Hour - time.Minute))
	if n := len(messages()); n != 0 {
		t.Fatalf("%d messages before 08:00, want 0", n)
	}
	first := start.Add(2 * time.Hour)
	tick(first)
	ms := messages()
	if len(ms) != 1 {
		t.Fatalf("messages after the first 08:00 = %d, want 1", len(ms))
	}
	if got := ms[0].text(); !strings.Contains(got, oldQuote) || !strings.Contains(got, "Baqaei") || strings.Contains(got, newQuote) {
		t.Errorf("digest 1 = %q, want Baqaei's quote and not Araghchi's", got)
	}

	// At noon the feed carries a second article, by another speaker.
	site.publish("/news/2", "Araghchi on talks", "Mon, 03 Mar 2025 11:30:00 +0000",
		"&ldquo;"+newQuote+",&rdquo; Foreign Minister Abbas Araghchi told reporters in Tehran on Monday.")
	clock.set(start.Add(6 * time.Hour))
	ingest("second article")
	tick(start.Add(6 * time.Hour))
	if n := len(messages()); n != 1 {
		t.Fatalf("messages before the second 08:00 = %d, want 1", n)
	}
	// Nothing new comes in: the feed's items were all written once.
	clock.set(start.Add(7 * time.Hour))
	if ps, err := fp.Poll(ctx); err != nil || ps.Written != 0 || ps.NewItems != 0 {
		t.Errorf("Poll() with no new item = %+v, %v; want nothing written", ps, err)
	}
	if ss, err := w.Scan(ctx); err != nil || ss.NewDocuments != 0 {
		t.Errorf("Scan() with no new file = %+v, %v; want no new document", ss, err)
	}

	second := first.AddDate(0, 0, 1)
	tick(second)
	tick(second.Add(time.Minute)) // a digest is posted once
	ms = messages()
	if len(ms) != 2 {
		t.Fatalf("messages after the second 08:00 = %d, want 2", len(ms))
	}
	if got := ms[1].text(); !strings.Contains(got, newQuote) || !strings.Contains(got, "Araghchi") || strings.Contains(got, oldQuote) || strings.Contains(got, "Baqaei") {
		t.Errorf("digest 2 = %q, want Araghchi's quote and not Baqaei's", got)
	}
	if got := ms[0].text(); strings.Contains(got, newQuote) {
		t.Errorf("digest 1 = %q, want it without Araghchi's later quote", got)
	}
	for i, m := range ms {
		if !strings.Contains(m.Content, "· 1 new quote ·") {
			t.Errorf("digest %d content = %q, want 1 new quote", i+1, m.Content)
		}
	}
	// The citation carries what the feed gave: its title and the address.
	if got, want := ms[1].text(), "[Test Wire: Araghchi on talks]("+site.srv.URL+"/news/2)"; !strings.Contains(got, want) {
		t.Errorf("digest 2 = %q, want the citation %q", got, want)
	}

	// Each post carries a nonce Discord enforces, distinct per digest,
	// and lets nothing ping.
	posts := fake.Match("POST", "/api/v9/channels/"+channel+"/messages")
	if len(posts) != 2 {
		t.Fatalf("message posts = %d, want 2", len(posts))
	}
	nonces := map[string]bool{}
	for i, r := range posts {
		var body struct {
			digestMessage
			AllowedMentions *struct {
				Parse *[]string `json:"parse"`
				Users []string  `json:"users"`
				Roles []string  `json:"roles"`
			} `json:"allowed_mentions"`
		}
		if err := json.Unmarshal(r.Body, &body); err != nil {
			t.Fatalf("post %d body %s: %v", i+1, r.Body, err)
		}
		if am := body.AllowedMentions; am == nil || am.Parse == nil || len(*am.Parse) != 0 || len(am.Users) != 0 || len(am.Roles) != 0 {
			t.Errorf("post %d allowed_mentions in %s, want {\"parse\":[]}", i+1, r.Body)
		}
		if body.Nonce == "" || len(body.Nonce) > 25 || !body.EnforceNonce {
			t.Errorf("post %d nonce %q enforce_nonce %v, want a nonce of at most 25 characters, enforced", i+1, body.Nonce, body.EnforceNonce)
		}
		if nonces[body.Nonce] {
			t.Errorf("post %d repeats nonce %q", i+1, body.Nonce)
		}
		nonces[body.Nonce] = true
	}

	// The store records both digests as sent, with the periods they
	// covered and the ids of the messages in the channel.
	recs, err := st.Records(ctx, sub.ID)
	if err != nil {
		t.Fatal(err)
	}
	stored := fake.ChannelMessages(channel)
	wantPeriods := [][2]time.Time{{start, first}, {first, second}}
	if len(recs) != len(wantPeriods) {
		t.Fatalf("records = %+v, want %d", recs, len(wantPeriods))
	}
	for i, r := range recs {
		if r.State != store.StateSent || !r.Since.Equal(wantPeriods[i][0]) || !r.Until.Equal(wantPeriods[i][1]) ||
			len(r.MessageIDs) != 1 || r.MessageIDs[0] != stored[i]["id"] {
			t.Errorf("record %d = %+v, want sent for (%v, %v] with message %v", i+1, r, wantPeriods[i][0], wantPeriods[i][1], stored[i]["id"])
		}
	}
}
