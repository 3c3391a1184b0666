package digest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/internal/store"
)

// Poster posts a digest into a channel. The Discord bot satisfies it.
type Poster interface {
	// PostDigest posts d in channelID as one message or more. Message i
	// carries the nonce NonceFor(nonce, i) with enforce_nonce, so that
	// Discord drops a repeat of a message it already took. Messages with
	// an id in sent (by index) were posted before and are skipped. After
	// each message is posted, record is called with its index and id; an
	// error from record stops the posting.
	PostDigest(ctx context.Context, channelID string, d Digest, nonce string, sent []string, record func(part int, id string) error) error
}

// NonceFor returns the nonce of message part of a digest: at most 25
// characters, as Discord allows.
func NonceFor(nonce string, part int) string {
	return fmt.Sprintf("%s.%d", nonce, part)
}

// Errors the commands show to people.
var (
	// ErrNotFound means no subscription of that id in this server.
	ErrNotFound = errors.New("no such subscription")
	// ErrBusy means a digest of the subscription is being posted.
	ErrBusy = errors.New("a digest of this subscription is still being posted")
	// ErrTooMany means the server has MaxSubscriptions already.
	ErrTooMany = errors.New("too many subscriptions")
	// ErrInvalid wraps a subscription that cannot be stored as given.
	ErrInvalid = errors.New("invalid subscription")
)

// MaxSubscriptions is how many subscriptions one server may have.
const MaxSubscriptions = 25

// Scheduler composes and posts the digests of every subscription on
// their schedules. It keeps no state of its own: everything is in the
// store, so a restart picks up where the last run stopped.
//
// Set the exported fields before Run; Poster must be set before a digest
// is due.
type Scheduler struct {
	// Store holds the subscriptions and the digest records. Required.
	Store *store.Store
	// Source supplies the new quotes. Required.
	Source Source
	// Beats are the beats digests are grouped by. Nil means beat.Default().
	Beats *beat.Set
	// Poster posts digests.
	Poster Poster
	// Logger receives what the scheduler does. Nil discards it.
	Logger *slog.Logger
	// Now is the clock. Nil means time.Now.
	Now func() time.Time
	// After returns a channel that delivers after d, as time.After (the
	// default when nil) does; tests give a fake clock's.
	After func(d time.Duration) <-chan time.Time
	// MaxAttempts is how many failed posts of one digest are retried
	// (with back-off) before it is marked failed. Zero means 8.
	MaxAttempts int
	// MaxWait bounds the sleep between two checks of the schedules.
	// Zero means 1 minute.
	MaxWait time.Duration

	mu        sync.Mutex // serialises composing and posting
	schedMu   sync.Mutex
	schedules map[[2]string]Schedule // parsed schedules by spec and zone
	wakeOnce  sync.Once
	wake      chan struct{}
	lastRun   atomic.Int64 // Unix nanoseconds of the last Tick
}

func (s *Scheduler) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Scheduler) after(d time.Duration) <-chan time.Time {
	if s.After != nil {
		return s.After(d)
	}
	return time.After(d)
}

func (s *Scheduler) log() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func (s *Scheduler) beats() *beat.Set {
	if s.Beats != nil {
		return s.Beats
	}
	return beat.Default()
}

func (s *Scheduler) wakeChan() chan struct{} {
	s.wakeOnce.Do(func() { s.wake = make(chan struct{}, 1) })
	return s.wake
}

// poke makes Run look at the schedules again at once.
func (s *Scheduler) poke() {
	select {
	case s.wakeChan() <- struct{}{}:
	default:
	}
}

// Run posts digests as they fall due until ctx ends. It first re-posts
// any digest whose posting was not recorded as done (with the nonce it
// had), and catches up each subscription's missed digests with one
// digest.
func (s *Scheduler) Run(ctx context.Context) error {
	if s.Store == nil || s.Source == nil {
		return errors.New("run digests: no store or no source")
	}
	s.log().Info("digest scheduler started")
	select {
	case <-s.wakeChan(): // the first Tick sees what the poke was for
	default:
	}
	for {
		if err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.log().Error("digest run", "err", err)
		}
		wait := s.untilNext(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-s.after(wait):
		case <-s.wakeChan():
		}
	}
}

// LastRun returns when Run last checked the schedules (zero before the
// first check), for health checks.
func (s *Scheduler) LastRun() time.Time {
	n := s.lastRun.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// untilNext returns how long to sleep until the next digest is due,
// at most MaxWait.
func (s *Scheduler) untilNext(ctx context.Context) time.Duration {
	maxWait := s.MaxWait
	if maxWait <= 0 {
		maxWait = time.Minute
	}
	now := s.now()
	wait := maxWait
	subs, err := s.Store.Subscriptions(ctx, "")
	if err != nil {
		return wait
	}
	for _, sub := range subs {
		next, err := s.next(ctx, sub)
		if err != nil || next.IsZero() {
			continue
		}
		wait = min(wait, max(next.Sub(now), 0))
	}
	return wait
}

// schedule returns sub's parsed schedule.
func (s *Scheduler) schedule(sub store.Subscription) (Schedule, error) {
	k := [2]string{sub.Schedule, sub.Timezone}
	s.schedMu.Lock()
	defer s.schedMu.Unlock()
	if sc, ok := s.schedules[k]; ok {
		return sc, nil
	}
	sc, err := ParseSchedule(sub.Schedule, sub.Timezone)
	if err != nil {
		return sc, err
	}
	if s.schedules == nil {
		s.schedules = make(map[[2]string]Schedule)
	}
	s.schedules[k] = sc
	return sc, nil
}

// next returns when sub's next digest is due.
func (s *Scheduler) next(ctx context.Context, sub store.Subscription) (time.Time, error) {
	sc, err := s.schedule(sub)
	if err != nil {
		return time.Time{}, err
	}
	from, _, err := s.periodStart(ctx, sub)
	if err != nil {
		return time.Time{}, err
	}
	return sc.Next(from), nil
}

// periodStart returns where sub's next digest starts: the end of its
// last digest, or when it was created; and the last record, if any.
func (s *Scheduler) periodStart(ctx context.Context, sub store.Subscription) (time.Time, *store.Record, error) {
	last, ok, err := s.Store.LastRecord(ctx, sub.ID)
	if err != nil {
		return time.Time{}, nil, err
	}
	if !ok {
		return sub.Created, nil, nil
	}
	return last.Until, &last, nil
}

// Tick does what is due at s.Now(): it re-posts unfinished digests whose
// back-off has passed, then composes and posts each subscription's
// digest whose scheduled time has come. Run calls it; tests call it
// with a fake clock.
func (s *Scheduler) Tick(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.lastRun.Store(time.Now().UnixNano())
	var errs []error
	pending, err := s.Store.Pending(ctx)
	if err != nil {
		return err
	}
	for _, r := range pending {
		if now.Before(r.Updated.Add(backoff(r.Attempts))) {
			continue
		}
		sub, err := s.Store.Subscription(ctx, r.SubscriptionID)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := s.deliver(ctx, sub, r); err != nil {
			errs = append(errs, err)
		}
	}
	subs, err := s.Store.Subscriptions(ctx, "")
	if err != nil {
		return err
	}
	for _, sub := range subs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.due(ctx, sub, now); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// backoff is how long to wait before posting a digest again after
// attempts failures.
func backoff(attempts int) time.Duration {
	if attempts <= 0 {
		return 0
	}
	return min(time.Minute<<min(attempts-1, 10), time.Hour)
}

// due posts sub's digest if its time has come.
func (s *Scheduler) due(ctx context.Context, sub store.Subscription, now time.Time) error {
	log := s.log().With("subscription", sub.ID, "guild", sub.GuildID, "channel", sub.ChannelID)
	sc, err := s.schedule(sub)
	if err != nil {
		log.Error("a subscription has a bad schedule", "schedule", sub.Schedule, "err", err)
		return nil
	}
	from, last, err := s.periodStart(ctx, sub)
	if err != nil {
		return err
	}
	if last != nil && last.State == store.StateIntent {
		return nil // still being posted
	}
	until, missed := sc.Latest(from, now)
	if missed == 0 {
		return nil
	}
	if missed > 1 {
		log.Info("catching up missed digests in one", "missed", missed, "since", from, "until", until)
	}
	_, err = s.post(ctx, sub, from, until, log)
	return err
}

// post composes sub's digest for (from, until], records the intent,
// posts it and returns the digest; an empty digest that sub skips is
// recorded, not posted, and returned as the zero Digest. The caller
// holds s.mu.
func (s *Scheduler) post(ctx context.Context, sub store.Subscription, from, until time.Time, log *slog.Logger) (Digest, error) {
	d, err := Compose(ctx, s.Source, s.beats(), sub, from, until)
	if err != nil {
		return Digest{}, err
	}
	now := s.now()
	r := store.Record{SubscriptionID: sub.ID, Since: from, Until: until, Created: now, Updated: now}
	if d.IsEmpty() && sub.Empty != store.EmptyNote {
		r.State = store.StateEmpty
		if err := s.Store.PutRecord(ctx, r); err != nil {
			return Digest{}, err
		}
		log.Info("digest period was empty: nothing posted", "since", from, "until", until)
		return Digest{}, nil
	}
	r.State = store.StateIntent
	if r.Nonce, err = newNonce(); err != nil {
		return Digest{}, err
	}
	if r.Payload, err = json.Marshal(d); err != nil {
		return Digest{}, fmt.Errorf("encode digest: %w", err)
	}
	// The intent is on disk before anything is posted.
	if err := s.Store.PutRecord(ctx, r); err != nil {
		return d, err
	}
	return d, s.deliver(ctx, sub, r)
}

// deliver posts the digest of record r (an intent) and records the
// outcome. The caller holds s.mu.
func (s *Scheduler) deliver(ctx context.Context, sub store.Subscription, r store.Record) error {
	log := s.log().With("subscription", sub.ID, "channel", sub.ChannelID, "nonce", r.Nonce)
	if s.Poster == nil {
		return errors.New("post digest: no poster")
	}
	var d Digest
	if err := json.Unmarshal(r.Payload, &d); err != nil {
		r.State, r.LastError = store.StateFailed, "undecodable digest: "+err.Error()
		r.Updated = s.now()
		log.Error("a recorded digest cannot be decoded", "err", err)
		return s.Store.PutRecord(ctx, r)
	}
	record := func(part int, id string) error {
		for len(r.MessageIDs) <= part {
			r.MessageIDs = append(r.MessageIDs, "")
		}
		r.MessageIDs[part] = id
		r.Updated = s.now()
		return s.Store.PutRecord(ctx, r)
	}
	err := s.Poster.PostDigest(ctx, sub.ChannelID, d, r.Nonce, r.MessageIDs, record)
	r.Updated = s.now()
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil // unsubscribed while posting
		}
		r.Attempts++
		r.LastError = err.Error()
		maxAttempts := s.MaxAttempts
		if maxAttempts <= 0 {
			maxAttempts = 8
		}
		if r.Attempts >= maxAttempts {
			r.State = store.StateFailed
			log.Error("gave up posting a digest", "attempts", r.Attempts, "err", err)
		} else {
			log.Warn("posting a digest failed; it will be retried", "attempts", r.Attempts, "retry_in", backoff(r.Attempts), "err", err)
		}
		if perr := s.Store.PutRecord(ctx, r); perr != nil && !errors.Is(perr, store.ErrNotFound) {
			return errors.Join(err, perr)
		}
		return fmt.Errorf("post digest of subscription %d: %w", sub.ID, err)
	}
	r.State = store.StateSent
	r.LastError = ""
	r.Payload = nil // posted: the message ids are the record now
	if err := s.Store.PutRecord(ctx, r); err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	log.Info("posted a digest", "quotes", d.Total, "messages", len(r.MessageIDs), "since", r.Since, "until", r.Until)
	return nil
}

// newNonce returns a fresh random digest nonce: 18 characters, so that
// NonceFor stays within Discord's 25.
func newNonce() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("make a nonce: %w", err)
	}
	return "qb" + hex.EncodeToString(b), nil
}

// Subscribe checks sub and stores it: the schedule and time zone must
// parse, the beats must exist, and the server may not have more than
// MaxSubscriptions. Its first digest holds the quotes that enter after
// now.
func (s *Scheduler) Subscribe(ctx context.Context, sub store.Subscription) (store.Subscription, error) {
	if sub.GuildID == "" || sub.ChannelID == "" {
		return sub, fmt.Errorf("%w: a server and a channel are needed", ErrInvalid)
	}
	sc, err := ParseSchedule(sub.Schedule, sub.Timezone)
	if err != nil {
		return sub, err
	}
	sub.Schedule = sc.String()
	if sub.Timezone != "" {
		sub.Timezone = sc.Location().String()
	}
	bs, err := s.beats().Resolve(sub.Beats)
	if err != nil {
		return sub, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	sub.Beats = nil
	for _, b := range bs {
		sub.Beats = append(sub.Beats, b.ID)
	}
	switch sub.Empty {
	case "":
		sub.Empty = store.EmptySkip
	case store.EmptySkip, store.EmptyNote:
	default:
		return sub, fmt.Errorf("%w: empty must be %q or %q", ErrInvalid, store.EmptySkip, store.EmptyNote)
	}
	existing, err := s.Store.Subscriptions(ctx, sub.GuildID)
	if err != nil {
		return sub, err
	}
	if len(existing) >= MaxSubscriptions {
		return sub, fmt.Errorf("%w: this server has %d", ErrTooMany, len(existing))
	}
	sub.Created = s.now()
	sub, err = s.Store.AddSubscription(ctx, sub)
	if err != nil {
		return sub, err
	}
	s.log().Info("subscribed", "subscription", sub.ID, "guild", sub.GuildID, "channel", sub.ChannelID,
		"schedule", sub.Schedule, "timezone", sub.Timezone, "beats", strings.Join(sub.Beats, ","), "by", sub.CreatedBy)
	s.poke()
	return sub, nil
}

// Subscriptions lists the subscriptions of guildID.
func (s *Scheduler) Subscriptions(ctx context.Context, guildID string) ([]store.Subscription, error) {
	return s.Store.Subscriptions(ctx, guildID)
}

// NextDigest returns when sub's next digest is due.
func (s *Scheduler) NextDigest(ctx context.Context, sub store.Subscription) (time.Time, error) {
	return s.next(ctx, sub)
}

// subscription returns subscription id if it belongs to guildID.
func (s *Scheduler) subscription(ctx context.Context, guildID string, id int64) (store.Subscription, error) {
	sub, err := s.Store.Subscription(ctx, id)
	if errors.Is(err, store.ErrNotFound) || (err == nil && sub.GuildID != guildID) {
		return store.Subscription{}, fmt.Errorf("%w: #%d", ErrNotFound, id)
	}
	return sub, err
}

// Unsubscribe removes subscription id of guildID.
func (s *Scheduler) Unsubscribe(ctx context.Context, guildID string, id int64) (store.Subscription, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub, err := s.subscription(ctx, guildID, id)
	if err != nil {
		return sub, err
	}
	if err := s.Store.RemoveSubscription(ctx, id); err != nil {
		return sub, err
	}
	s.log().Info("unsubscribed", "subscription", id, "guild", guildID)
	return sub, nil
}

// Preview composes what subscription id of guildID would post now,
// without posting or recording it.
func (s *Scheduler) Preview(ctx context.Context, guildID string, id int64) (Digest, error) {
	sub, err := s.subscription(ctx, guildID, id)
	if err != nil {
		return Digest{}, err
	}
	from, _, err := s.periodStart(ctx, sub)
	if err != nil {
		return Digest{}, err
	}
	return Compose(ctx, s.Source, s.beats(), sub, from, s.now())
}

// PostNow posts subscription id's digest at once, for the period from
// its last digest to now; the next scheduled digest starts from here.
// It posts even when the period is empty (one short line), so that the
// person who asked sees something happen.
func (s *Scheduler) PostNow(ctx context.Context, guildID string, id int64) (Digest, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub, err := s.subscription(ctx, guildID, id)
	if err != nil {
		return Digest{}, err
	}
	from, last, err := s.periodStart(ctx, sub)
	if err != nil {
		return Digest{}, err
	}
	if last != nil && last.State == store.StateIntent {
		return Digest{}, ErrBusy
	}
	now := s.now()
	if !now.After(from) {
		now = from.Add(time.Millisecond)
	}
	sub.Empty = store.EmptyNote
	return s.post(ctx, sub, from, now, s.log().With("subscription", sub.ID, "now", true))
}
