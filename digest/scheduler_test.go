package digest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/internal/store"
)

// fakeSource holds quotes with the times they entered the corpus.
type fakeSource struct {
	mu     sync.Mutex
	quotes []corpus.Quote
	added  []time.Time
}

func (f *fakeSource) add(at time.Time, qs ...corpus.Quote) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, q := range qs {
		f.quotes = append(f.quotes, q)
		f.added = append(f.added, at)
	}
}

func (f *fakeSource) Since(_ context.Context, since, until time.Time, beats, speakers []string, limit int) ([]corpus.Quote, int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	bs, err := beat.Default().Resolve(beats)
	if err != nil {
		return nil, 0, err
	}
	var out []corpus.Quote
	total := 0
	for i, q := range f.quotes {
		if !f.added[i].After(since) || f.added[i].After(until) {
			continue
		}
		if len(speakers) > 0 && !slices.Contains(speakers, q.Speaker) {
			continue
		}
		in := len(bs) == 0
		for _, b := range bs {
			in = in || b.MatchQuote(q)
		}
		if !in {
			continue
		}
		total++
		if limit <= 0 || len(out) < limit {
			out = append(out, q)
		}
	}
	return out, total, nil
}

// post is one digest the fake poster took.
type post struct {
	channel, nonce string
	d              Digest
}

// fakePoster records digests; fail makes the next posts fail.
type fakePoster struct {
	mu    sync.Mutex
	posts []post
	fail  int
}

func (p *fakePoster) PostDigest(_ context.Context, channel string, d Digest, nonce string, sent []string, record func(int, string) error) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail > 0 {
		p.fail--
		return errors.New("503 Service Unavailable")
	}
	p.posts = append(p.posts, post{channel, nonce, d})
	return record(0, fmt.Sprintf("m%d", len(p.posts)))
}

func (p *fakePoster) taken() []post {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.posts)
}

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func q(speaker, text, title string) corpus.Quote {
	return corpus.Quote{ID: strings.ToLower(speaker + "/" + text), Speaker: speaker, SpeakerID: strings.ToLower(speaker), Text: text, Kind: corpus.KindDirect,
		Citations: []corpus.Citation{{DocID: "d", Title: title, Source: "Tehran Times", URL: "https://example.com/" + speaker}}}
}

func newScheduler(t *testing.T, dir string, src Source, p Poster, c *fakeClock) *Scheduler {
	t.Helper()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &Scheduler{Store: st, Source: src, Poster: p, Now: c.Now}
}

var monday = time.Date(2025, 1, 27, 0, 0, 0, 0, time.UTC)

func TestWeekOfDailyDigests(t *testing.T) {
	ctx := context.Background()
	c := &fakeClock{t: monday}
	src := &fakeSource{}
	p := &fakePoster{}
	s := newScheduler(t, t.TempDir(), src, p, c)
	sub, err := s.Subscribe(ctx, store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00", Beats: []string{"iran-us", "turkey-eu"}})
	if err != nil {
		t.Fatal(err)
	}
	note, err := s.Subscribe(ctx, store.Subscription{GuildID: "g", ChannelID: "c2", Schedule: "weekly sun 20:00", Timezone: "Asia/Tehran", Empty: store.EmptyNote, Speakers: []string{"Nobody"}})
	if err != nil {
		t.Fatal(err)
	}
	// A quote on Iran and the US enters at 10:00 each weekday, one on
	// Turkey and the EU on Wednesday, and one on no beat every day.
	for d := range 7 {
		day := monday.AddDate(0, 0, d)
		if day.Weekday() != time.Saturday && day.Weekday() != time.Sunday {
			src.add(day.Add(10*time.Hour), q("Araghchi", fmt.Sprintf("Washington must keep its word, day %d.", d), "Iran and the US"))
		}
		src.add(day.Add(11*time.Hour), q("Someone", fmt.Sprintf("The weather is fine, day %d.", d), "Weather"))
	}
	src.add(monday.AddDate(0, 0, 2).Add(12*time.Hour), q("Fidan", "Our path to the EU is open.", "Türkiye and the EU"))

	start := time.Now()
	for now := monday; now.Before(monday.AddDate(0, 0, 7)); now = now.Add(15 * time.Minute) {
		c.set(now)
		if err := s.Tick(ctx); err != nil {
			t.Fatalf("Tick(%v) = %v", now, err)
		}
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("a week of ticks took %v", el)
	}
	var daily, weekly []post
	for _, p := range p.taken() {
		if p.channel == "c" {
			daily = append(daily, p)
		} else {
			weekly = append(weekly, p)
		}
	}
	// Monday 08:00 has nothing yet (the first quote enters at 10:00);
	// Tuesday to Saturday carry the weekday quotes; Sunday and Monday's
	// periods (Saturday and Sunday) are empty and post nothing.
	if len(daily) != 5 {
		t.Fatalf("daily digests = %d, want 5", len(daily))
	}
	for i, p := range daily {
		want := time.Date(2025, 1, 28+i, 8, 0, 0, 0, time.UTC)
		if !p.d.Until.Equal(want) {
			t.Errorf("digest %d until %v, want %v", i, p.d.Until, want)
		}
	}
	thu := daily[2].d // Wednesday's quotes
	if thu.Total != 2 || len(thu.Sections) != 2 || thu.Sections[0].BeatID != "iran-us" || thu.Sections[1].BeatID != "turkey-eu" {
		t.Errorf("Thursday's digest = %+v, want one Iran–US and one Turkey–EU quote", thu)
	}
	nonces := map[string]bool{}
	for _, p := range daily {
		if nonces[p.nonce] || len(NonceFor(p.nonce, 9)) > 25 {
			t.Errorf("nonce %q repeated or too long", p.nonce)
		}
		nonces[p.nonce] = true
	}
	// The weekly subscription has an empty period and says so in a line.
	if len(weekly) != 1 || !weekly[0].d.IsEmpty() || weekly[0].d.Empty != store.EmptyNote {
		t.Errorf("weekly digests = %+v, want one empty digest with a note", weekly)
	}
	if want := time.Date(2025, 2, 2, 16, 30, 0, 0, time.UTC); len(weekly) == 1 && !weekly[0].d.Until.Equal(want) {
		t.Errorf("weekly digest until %v, want %v (20:00 in Tehran)", weekly[0].d.Until, want)
	}
	recs, _ := s.Store.Records(ctx, sub.ID)
	if len(recs) != 7 {
		t.Errorf("records of the daily subscription = %d, want 7 (5 sent, 2 empty)", len(recs))
	}
	_ = note
}

func TestMissedDigestsCaughtUpOnce(t *testing.T) {
	ctx := context.Background()
	c := &fakeClock{t: monday}
	src := &fakeSource{}
	p := &fakePoster{}
	dir := t.TempDir()
	s := newScheduler(t, dir, src, p, c)
	if _, err := s.Subscribe(ctx, store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00"}); err != nil {
		t.Fatal(err)
	}
	for d := range 4 {
		src.add(monday.AddDate(0, 0, d).Add(9*time.Hour), q("Araghchi", fmt.Sprintf("Washington must act, day %d.", d), "Iran and the US"))
	}
	s.Store.Close()

	// The bot was down from Monday to Thursday 10:00.
	c.set(monday.AddDate(0, 0, 3).Add(10 * time.Hour))
	s = newScheduler(t, dir, src, p, c)
	if err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	got := p.taken()
	if len(got) != 1 {
		t.Fatalf("digests after the outage = %d, want 1", len(got))
	}
	if d := got[0].d; d.Total != 3 || !d.Until.Equal(monday.AddDate(0, 0, 3).Add(8*time.Hour)) {
		t.Errorf("catch-up digest = %d quotes until %v, want 3 until Thursday 08:00", d.Total, d.Until)
	}
}

func TestFailedPostIsRetriedWithTheSameNonce(t *testing.T) {
	ctx := context.Background()
	c := &fakeClock{t: monday}
	src := &fakeSource{}
	p := &fakePoster{fail: 2}
	s := newScheduler(t, t.TempDir(), src, p, c)
	sub, err := s.Subscribe(ctx, store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00"})
	if err != nil {
		t.Fatal(err)
	}
	src.add(monday.Add(time.Hour), q("Araghchi", "Washington must act.", "Iran and the US"))
	c.set(monday.Add(8 * time.Hour))
	if err := s.Tick(ctx); err == nil {
		t.Fatal("Tick() = nil, want the post's error")
	}
	r, _, _ := s.Store.LastRecord(ctx, sub.ID)
	if r.State != store.StateIntent || r.Attempts != 1 {
		t.Fatalf("record after a failed post = %+v, want an intent with 1 attempt", r)
	}
	c.set(monday.Add(8*time.Hour + 30*time.Second)) // within the back-off
	s.Tick(ctx)
	if r2, _, _ := s.Store.LastRecord(ctx, sub.ID); r2.Attempts != 1 {
		t.Errorf("attempts = %d, want 1: retried before the back-off", r2.Attempts)
	}
	c.set(monday.Add(8*time.Hour + time.Minute))
	s.Tick(ctx) // fails again
	c.set(monday.Add(8*time.Hour + 4*time.Minute))
	if err := s.Tick(ctx); err != nil {
		t.Fatalf("third Tick() = %v", err)
	}
	r, _, _ = s.Store.LastRecord(ctx, sub.ID)
	got := p.taken()
	if r.State != store.StateSent || len(got) != 1 || got[0].nonce != r.Nonce || len(r.MessageIDs) != 1 {
		t.Errorf("after retries: record %+v, posts %+v; want one post with the record's nonce", r, got)
	}
}

func TestPreviewAndPostNow(t *testing.T) {
	ctx := context.Background()
	c := &fakeClock{t: monday}
	src := &fakeSource{}
	p := &fakePoster{}
	s := newScheduler(t, t.TempDir(), src, p, c)
	sub, err := s.Subscribe(ctx, store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00"})
	if err != nil {
		t.Fatal(err)
	}
	src.add(monday.Add(time.Hour), q("Araghchi", "Washington must act.", "Iran and the US"))
	c.set(monday.Add(2 * time.Hour))
	d, err := s.Preview(ctx, "g", sub.ID)
	if err != nil || d.Total != 1 {
		t.Fatalf("Preview() = %+v, %v; want 1 quote", d, err)
	}
	if _, err := s.Preview(ctx, "other-guild", sub.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Preview(other guild) = %v, want ErrNotFound", err)
	}
	if len(p.taken()) != 0 {
		t.Errorf("Preview posted something")
	}
	if _, err := s.PostNow(ctx, "g", sub.ID); err != nil {
		t.Fatal(err)
	}
	// The 08:00 digest starts where the manual one ended: nothing new.
	c.set(monday.Add(8 * time.Hour))
	s.Tick(ctx)
	if got := p.taken(); len(got) != 1 || got[0].d.Total != 1 {
		t.Errorf("posts = %+v, want only the manual digest", got)
	}
	if _, err := s.Unsubscribe(ctx, "g", sub.ID); err != nil {
		t.Fatal(err)
	}
	if subs, _ := s.Subscriptions(ctx, "g"); len(subs) != 0 {
		t.Errorf("Subscriptions() after Unsubscribe = %v", subs)
	}
}

func TestSubscribeChecks(t *testing.T) {
	ctx := context.Background()
	s := newScheduler(t, t.TempDir(), &fakeSource{}, &fakePoster{}, &fakeClock{t: monday})
	tests := []struct {
		name string
		sub  store.Subscription
		want error
	}{
		{"bad schedule", store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "sometimes"}, ErrSchedule},
		{"bad zone", store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00", Timezone: "Nowhere/Land"}, ErrSchedule},
		{"bad beat", store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00", Beats: []string{"mars"}}, beat.ErrUnknown},
		{"bad empty", store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00", Empty: "loud"}, ErrInvalid},
		{"no channel", store.Subscription{GuildID: "g", Schedule: "daily 08:00"}, ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Subscribe(ctx, tt.sub); !errors.Is(err, tt.want) {
				t.Errorf("Subscribe(%+v) = %v, want %v", tt.sub, err, tt.want)
			}
		})
	}
}

func TestRunUsesTheClock(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := &fakeClock{t: monday}
	src := &fakeSource{}
	p := &fakePoster{}
	s := newScheduler(t, t.TempDir(), src, p, c)
	if _, err := s.Subscribe(ctx, store.Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00", Empty: store.EmptyNote}); err != nil {
		t.Fatal(err)
	}
	waits := make(chan time.Duration, 100)
	fire := make(chan time.Time)
	s.After = func(d time.Duration) <-chan time.Time { waits <- d; return fire }
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	// Run sleeps at most MaxWait (1 minute) at a time, and then exactly
	// until 08:00.
	next := func() time.Duration {
		t.Helper()
		select {
		case d := <-waits:
			return d
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not wait on the clock")
			return 0
		}
	}
	if d := next(); d != time.Minute {
		t.Errorf("first wait = %v, want 1m", d)
	}
	c.set(monday.Add(8*time.Hour - 10*time.Second))
	fire <- c.Now()
	for d := next(); d != 10*time.Second; d = next() {
		if d != time.Minute {
			t.Fatalf("wait before 08:00 = %v, want 10s", d)
		}
		fire <- c.Now()
	}
	if got := p.taken(); len(got) != 0 {
		t.Errorf("posts before 08:00 = %d, want 0", len(got))
	}
	c.set(monday.Add(8 * time.Hour))
	fire <- c.Now()
	next()
	if got := p.taken(); len(got) != 1 {
		t.Errorf("posts after 08:00 = %d, want 1", len(got))
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run() = %v", err)
	}
}
