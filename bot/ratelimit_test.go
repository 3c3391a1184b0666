package bot

import (
	"testing"
	"time"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestLimiter(t *testing.T) {
	clock := &fakeClock{t: time.Date(2025, 1, 28, 12, 0, 0, 0, time.UTC)}
	l := newLimiter(5, 10*time.Second, clock.now)
	for i := range 5 {
		if ok, _, _ := l.allow("u1"); !ok {
			t.Fatalf("allow(u1) #%d = false, want true", i+1)
		}
	}
	ok, wait, first := l.allow("u1")
	if ok || !first || wait != 2*time.Second {
		t.Errorf("allow(u1) #6 = %v, %v, %v; want false, 2s, true", ok, wait, first)
	}
	if ok, _, first := l.allow("u1"); ok || first {
		t.Errorf("allow(u1) #7 = %v, first %v; want false, not first", ok, first)
	}
	if ok, _, _ := l.allow("u2"); !ok {
		t.Errorf("allow(u2) = false; users must not share a bucket")
	}
	clock.advance(2 * time.Second)
	if ok, _, _ := l.allow("u1"); !ok {
		t.Errorf("allow(u1) after 2s = false, want true (one token back)")
	}
	if ok, _, first := l.allow("u1"); ok || !first {
		t.Errorf("allow(u1) again = %v, first %v; want false, first (warned anew after an allowed request)", ok, first)
	}
	clock.advance(time.Hour)
	for i := range 5 {
		if ok, _, _ := l.allow("u1"); !ok {
			t.Fatalf("allow(u1) after an hour #%d = false; the bucket refills only to 5", i+1)
		}
	}
	if ok, _, _ := l.allow("u1"); ok {
		t.Errorf("allow(u1) #6 after an hour = true; the bucket must hold at most 5")
	}
}

func TestLimiterDisabledAndForgets(t *testing.T) {
	clock := &fakeClock{t: time.Unix(0, 0)}
	off := newLimiter(-1, time.Second, clock.now)
	for range 100 {
		if ok, _, _ := off.allow("u"); !ok {
			t.Fatal("a disabled limiter refused a request")
		}
	}
	l := newLimiter(1, time.Second, clock.now)
	for i := range maxIdleBuckets {
		l.allow(string(rune(i)))
	}
	clock.advance(2 * time.Second)
	l.allow("new")
	if n := len(l.users); n != 1 {
		t.Errorf("after forgetting, %d buckets remain, want 1", n)
	}
}
