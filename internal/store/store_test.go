package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func mustOpen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open(%q) = %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestSubscriptionsSurviveReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := mustOpen(t, dir)
	created := time.Date(2025, 1, 28, 8, 0, 0, 0, time.UTC)
	a, err := s.AddSubscription(ctx, Subscription{GuildID: "g1", ChannelID: "c1", Schedule: "daily 08:00", Beats: []string{"iran-us"}, Created: created})
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.AddSubscription(ctx, Subscription{GuildID: "g2", ChannelID: "c2", Schedule: "weekly mon 09:00", Created: created})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID == b.ID || a.ID == 0 {
		t.Fatalf("ids %d and %d, want two different non-zero ids", a.ID, b.ID)
	}
	rec := Record{SubscriptionID: a.ID, Since: created, Until: created.Add(24 * time.Hour), State: StateIntent, Nonce: "n1", Payload: []byte(`{"x":1}`)}
	if err := s.PutRecord(ctx, rec); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = mustOpen(t, dir)
	got, err := s.Subscriptions(ctx, "g1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Subscription{a}, got); diff != "" {
		t.Errorf("Subscriptions(g1) after reopen (-want +got):\n%s", diff)
	}
	all, err := s.Subscriptions(ctx, "")
	if err != nil || len(all) != 2 {
		t.Errorf("Subscriptions(\"\") = %d, %v; want 2", len(all), err)
	}
	pending, err := s.Pending(ctx)
	if err != nil || len(pending) != 1 || pending[0].Nonce != "n1" || string(pending[0].Payload) != `{"x":1}` {
		t.Errorf("Pending() = %+v, %v; want the intent n1", pending, err)
	}
	rec.State, rec.MessageIDs = StateSent, []string{"m1"}
	if err := s.PutRecord(ctx, rec); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Pending(ctx); len(p) != 0 {
		t.Errorf("Pending() after sent = %d records, want 0", len(p))
	}
	last, ok, err := s.LastRecord(ctx, a.ID)
	if err != nil || !ok || last.State != StateSent || !last.Until.Equal(rec.Until) {
		t.Errorf("LastRecord() = %+v, %v, %v", last, ok, err)
	}
	later := rec
	later.Since, later.Until, later.State = rec.Until, rec.Until.Add(24*time.Hour), StateEmpty
	if err := s.PutRecord(ctx, later); err != nil {
		t.Fatal(err)
	}
	if last, _, _ := s.LastRecord(ctx, a.ID); !last.Until.Equal(later.Until) {
		t.Errorf("LastRecord().Until = %v, want %v", last.Until, later.Until)
	}
	if rs, _ := s.Records(ctx, a.ID); len(rs) != 2 {
		t.Errorf("Records() = %d, want 2", len(rs))
	}
}

func TestRemoveSubscription(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, t.TempDir())
	a, err := s.AddSubscription(ctx, Subscription{GuildID: "g", ChannelID: "c", Schedule: "daily 08:00"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutRecord(ctx, Record{SubscriptionID: a.ID, Until: time.Now(), State: StateIntent}); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSubscription(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Subscription(ctx, a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Subscription(removed) = %v, want ErrNotFound", err)
	}
	if err := s.RemoveSubscription(ctx, a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("RemoveSubscription(removed) = %v, want ErrNotFound", err)
	}
	if p, _ := s.Pending(ctx); len(p) != 0 {
		t.Errorf("Pending() after remove = %d, want 0", len(p))
	}
	if err := s.PutRecord(ctx, Record{SubscriptionID: a.ID, Until: time.Now()}); !errors.Is(err, ErrNotFound) {
		t.Errorf("PutRecord(removed subscription) = %v, want ErrNotFound", err)
	}
}

func TestParseID(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		ok   bool
	}{{"3", 3, true}, {"#12", 12, true}, {"0", 0, false}, {"x", 0, false}, {"-1", 0, false}} {
		got, err := ParseID(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseID(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
