package bot

import (
	"sync"
	"time"
)

// limiter is a token bucket per user: each user may make burst requests
// at once, and regains burst requests every per.
type limiter struct {
	burst float64
	per   time.Duration
	now   func() time.Time

	mu    sync.Mutex
	users map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
	warned bool
}

// maxIdleBuckets is how many users the limiter tracks before it forgets
// those whose buckets have refilled.
const maxIdleBuckets = 4096

// newLimiter returns a limiter of burst requests per period. A burst of
// zero or less disables it. now is the clock.
func newLimiter(burst int, per time.Duration, now func() time.Time) *limiter {
	return &limiter{burst: float64(burst), per: per, now: now, users: map[string]*bucket{}}
}

// allow takes a token from user's bucket. When the bucket is empty it
// returns false, how long until the next token, and whether this is the
// user's first refusal since their last allowed request (so that a
// flood gets one warning, not one per message).
func (l *limiter) allow(user string) (ok bool, wait time.Duration, first bool) {
	if l == nil || l.burst <= 0 || l.per <= 0 {
		return true, 0, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.users[user]
	if b == nil {
		if len(l.users) >= maxIdleBuckets {
			l.forget(now)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.users[user] = b
	}
	rate := l.burst / l.per.Seconds() // tokens per second
	if el := now.Sub(b.last).Seconds(); el > 0 {
		b.tokens = min(l.burst, b.tokens+el*rate)
	}
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		b.warned = false
		return true, 0, false
	}
	wait = time.Duration((1 - b.tokens) / rate * float64(time.Second))
	first = !b.warned
	b.warned = true
	return false, wait, first
}

// forget drops the buckets that have refilled; the caller holds l.mu.
func (l *limiter) forget(now time.Time) {
	for u, b := range l.users {
		if now.Sub(b.last) >= l.per {
			delete(l.users, u)
		}
	}
}
