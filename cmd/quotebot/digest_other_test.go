package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/digest"
	"github.com/quotebot/quotebot/internal/discordtest"
	"github.com/quotebot/quotebot/internal/store"
	"github.com/quotebot/quotebot/live"
	"github.com/quotebot/quotebot/search"
)

// TestUnfilteredDigestCarriesQuotesOnNoBeat subscribes a channel to a
// digest with no beat filter, then drops into the watched corpus folder
// an article that is on none of the beats. Its quote is in the next
// scheduled digest, under "Other", through discordgo and the fake
// Discord, and in no later digest.
func TestUnfilteredDigestCarriesQuotesOnNoBeat(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	start := time.Date(2025, 3, 3, 6, 0, 0, 0, time.UTC) // a Monday
	clock := &stepClock{t: start}

	data := t.TempDir()
	corpusDir := filepath.Join(data, "corpus")
	if err := os.MkdirAll(corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	ix, err := search.Open(filepath.Join(data, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.Now = clock.Now
	ix.Logger = log
	w := &live.Watcher{Indexer: ix, Roots: []live.Root{{Name: "corpus", FS: os.DirFS(corpusDir)}},
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

	const channel = "700000000000000078"
	if _, err := sched.Subscribe(ctx, store.Subscription{GuildID: discordtest.DefaultGuildID, ChannelID: channel, Schedule: "daily 08:00"}); err != nil {
		t.Fatalf("Subscribe() = %v", err)
	}

	// Half an hour later an article on no beat lands in the folder.
	const quote = "The new semiconductor plant will double our exports within three years"
	article := "---\ntitle: Chip exports\nsource: Test Wire\npublished: 2025-03-03\n---\n\n" +
		"“" + quote + ",” Japan's trade minister Yoji Muto told reporters in Tokyo on Monday.\n"
	clock.set(start.Add(30 * time.Minute))
	if err := os.WriteFile(filepath.Join(corpusDir, "chips.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if ss, err := w.Scan(ctx); err != nil || ss.NewDocuments != 1 || ss.Quotes == 0 {
		t.Fatalf("Scan() = %+v, %v; want 1 new document with quotes", ss, err)
	}

	tick := func(at time.Time) {
		t.Helper()
		clock.set(at)
		if err := sched.Tick(ctx); err != nil {
			t.Fatalf("Tick() at %v = %v", at, err)
		}
	}
	texts := func() []string {
		t.Helper()
		var out []string
		for _, m := range channelMessages(t, fake, channel) {
			out = append(out, m.text())
		}
		return out
	}

	first := start.Add(2 * time.Hour)
	tick(first)
	tick(first.Add(time.Minute))
	got := texts()
	if len(got) != 1 {
		t.Fatalf("messages after the first 08:00 = %d %q, want 1", len(got), got)
	}
	if !strings.Contains(got[0], quote) || !strings.Contains(got[0], "Other") || !strings.Contains(got[0], "Yoji Muto") {
		t.Errorf("digest = %q, want the quote on no beat under Other, with its speaker", got[0])
	}
	if n := strings.Count(got[0], quote); n != 1 {
		t.Errorf("the quote is in the digest %d times, want once", n)
	}

	// The next day's digest has nothing new: the quote is not posted again.
	tick(first.AddDate(0, 0, 1))
	for i, m := range texts()[1:] {
		if strings.Contains(m, quote) {
			t.Errorf("digest %d = %q repeats the quote", i+2, m)
		}
	}
}
