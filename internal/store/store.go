// Package store keeps quotebot's state in an embedded, transactional
// database (bbolt) in the data folder: digest subscriptions and a record
// of every digest, so that a restart neither loses nor repeats one.
package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// FileName is the database file's name inside the data folder.
const FileName = "quotebot.db"

// ErrNotFound is returned for a subscription or record that does not exist.
var ErrNotFound = errors.New("not found")

// Bucket names.
var (
	bucketSubs    = []byte("subscriptions")
	bucketDigests = []byte("digests") // one nested bucket per subscription
)

// Empty says what a digest does when its period brought no new quote.
type Empty string

// The behaviours of an empty period.
const (
	// EmptySkip posts nothing.
	EmptySkip Empty = "skip"
	// EmptyNote posts one short line saying there was nothing new.
	EmptyNote Empty = "note"
)

// Subscription is one channel's digest.
type Subscription struct {
	// ID is the store's number for the subscription, given by Add.
	ID int64 `json:"id"`
	// GuildID is the server the subscription belongs to.
	GuildID string `json:"guild_id"`
	// ChannelID is where the digest is posted.
	ChannelID string `json:"channel_id"`
	// Schedule is the schedule as written ("daily 08:00").
	Schedule string `json:"schedule"`
	// Timezone is the IANA name the schedule is read in ("Europe/Berlin");
	// empty means UTC.
	Timezone string `json:"timezone,omitempty"`
	// Beats are beat ids; empty means every beat.
	Beats []string `json:"beats,omitempty"`
	// Speakers are speaker names; empty means every speaker.
	Speakers []string `json:"speakers,omitempty"`
	// Empty says what an empty period posts; "" means EmptySkip.
	Empty Empty `json:"empty,omitempty"`
	// CreatedBy is the id of the user who subscribed.
	CreatedBy string `json:"created_by,omitempty"`
	// Created is when the subscription was made: its first digest holds
	// the quotes that entered the corpus after it.
	Created time.Time `json:"created"`
}

// State is how far a digest has got.
type State string

// The states of a digest record.
const (
	// StateIntent: the digest is composed and about to be posted (or
	// was posted without the post being recorded).
	StateIntent State = "intent"
	// StateSent: every message of the digest was posted.
	StateSent State = "sent"
	// StateEmpty: the period held nothing and nothing was posted.
	StateEmpty State = "empty"
	// StateFailed: posting failed too often and was given up.
	StateFailed State = "failed"
)

// Record is one digest of a subscription, for the period (Since, Until].
type Record struct {
	SubscriptionID int64     `json:"subscription_id"`
	Since          time.Time `json:"since"`
	Until          time.Time `json:"until"`
	State          State     `json:"state"`
	// Nonce is sent with each message of the digest (with a suffix per
	// message) so that Discord drops a repeated post.
	Nonce string `json:"nonce,omitempty"`
	// Payload is the composed digest, so that a retry posts exactly the
	// same messages; it may be dropped once the digest is sent.
	Payload json.RawMessage `json:"payload,omitempty"`
	// MessageIDs are the ids of the messages posted so far, by part.
	MessageIDs []string `json:"message_ids,omitempty"`
	// Attempts counts the posting attempts that failed.
	Attempts int `json:"attempts,omitempty"`
	// LastError is the last posting error.
	LastError string    `json:"last_error,omitempty"`
	Created   time.Time `json:"created"`
	Updated   time.Time `json:"updated"`
}

// Store is the state store. Its methods are safe for concurrent use.
type Store struct {
	db   *bolt.DB
	path string
}

// ErrDamaged is wrapped by Open's error when the store's file is damaged
// (truncated, or pages that do not read back). Nothing is posted from a
// damaged store; MoveAside starts afresh.
var ErrDamaged = errors.New("the state store is damaged")

// Open opens (creating if needed) the store in the folder dir. It reads
// the whole file once, so that a damaged one is an error wrapping
// ErrDamaged that names the file, never a crash later.
func Open(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("open store: empty folder")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open store %q: %w", dir, err)
	}
	p := filepath.Join(dir, FileName)
	db, err := openChecked(p)
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketSubs, bucketDigests} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %q: %w", p, err)
	}
	return &Store{db: db, path: p}, nil
}

// openChecked opens the bolt file at p and reads every page it holds.
// bolt maps the file into memory: a page past the end of a truncated
// file is a fault, and a page of garbage a panic. Both are caught here,
// in this goroutine, and reported as damage.
func openChecked(p string) (db *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				db.Close()
			}
			db, err = nil, fmt.Errorf("open store %q: %w (%v)", p, ErrDamaged, r)
		}
	}()
	db, err = bolt.Open(p, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, fmt.Errorf("open store %q: another quotebot serve holds it: %w", p, err)
		}
		if errors.Is(err, fs.ErrPermission) {
			return nil, fmt.Errorf("open store %q: %w", p, err)
		}
		return nil, fmt.Errorf("open store %q: %w: %w", p, ErrDamaged, err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %q: %w", p, err)
	}
	err = db.View(func(tx *bolt.Tx) error {
		if tx.Size() > fi.Size() {
			return fmt.Errorf("the file holds %d bytes of the %d it should", fi.Size(), tx.Size())
		}
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return readAll(b) })
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %q: %w (%w)", p, ErrDamaged, err)
	}
	return db, nil
}

// readAll reads every key and value of b and of the buckets inside it.
func readAll(b *bolt.Bucket) error {
	return b.ForEach(func(k, v []byte) error {
		if v == nil {
			if nb := b.Bucket(k); nb != nil {
				return readAll(nb)
			}
		}
		return nil
	})
}

// MoveAside renames the store's file in the folder dir to
// quotebot.db.damaged-<UTC time> so that the next Open starts afresh
// (subscriptions and digest records are lost; digests already posted
// are not posted again, since the new store has no record of them and
// the scheduler starts from the time of the new subscriptions). It
// returns the new name, or "" when there was no file.
func MoveAside(dir string, now time.Time) (string, error) {
	p := filepath.Join(dir, FileName)
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	to := p + ".damaged-" + now.UTC().Format("20060102T150405Z")
	if err := os.Rename(p, to); err != nil {
		return "", fmt.Errorf("move the state store aside: %w", err)
	}
	return to, nil
}

// Close closes the store.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %q: %w", s.path, err)
	}
	return nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

func itob(v int64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, uint64(v))
	return b
}

// timeKey orders records by the end of their period.
func timeKey(t time.Time) []byte { return itob(t.UnixNano()) }

// AddSubscription stores sub with a new ID and returns it.
func (s *Store) AddSubscription(ctx context.Context, sub Subscription) (Subscription, error) {
	if err := ctx.Err(); err != nil {
		return sub, err
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubs)
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		sub.ID = int64(id)
		raw, err := json.Marshal(sub)
		if err != nil {
			return err
		}
		return b.Put(itob(sub.ID), raw)
	})
	if err != nil {
		return sub, fmt.Errorf("add subscription: %w", err)
	}
	return sub, nil
}

// Subscription returns the subscription id, or an error wrapping
// ErrNotFound.
func (s *Store) Subscription(ctx context.Context, id int64) (Subscription, error) {
	if err := ctx.Err(); err != nil {
		return Subscription{}, err
	}
	var sub Subscription
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketSubs).Get(itob(id))
		if raw == nil {
			return ErrNotFound
		}
		return json.Unmarshal(raw, &sub)
	})
	if err != nil {
		return Subscription{}, fmt.Errorf("subscription %d: %w", id, err)
	}
	return sub, nil
}

// Subscriptions returns the subscriptions of guildID (all of them when
// guildID is empty), by ID.
func (s *Store) Subscriptions(ctx context.Context, guildID string) ([]Subscription, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []Subscription
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSubs).ForEach(func(_, raw []byte) error {
			var sub Subscription
			if err := json.Unmarshal(raw, &sub); err != nil {
				return err
			}
			if guildID == "" || sub.GuildID == guildID {
				out = append(out, sub)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list subscriptions: %w", err)
	}
	return out, nil
}

// RemoveSubscription deletes subscription id and its records. It
// returns an error wrapping ErrNotFound when there is none.
func (s *Store) RemoveSubscription(ctx context.Context, id int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubs)
		if b.Get(itob(id)) == nil {
			return ErrNotFound
		}
		if err := b.Delete(itob(id)); err != nil {
			return err
		}
		d := tx.Bucket(bucketDigests)
		if d.Bucket(itob(id)) != nil {
			return d.DeleteBucket(itob(id))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("remove subscription %d: %w", id, err)
	}
	return nil
}

// PutRecord writes r, keyed by its subscription and the end of its
// period, replacing a record of the same period. The subscription must
// exist: a record for a removed subscription is an error wrapping
// ErrNotFound.
func (s *Store) PutRecord(ctx context.Context, r Record) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSubs).Get(itob(r.SubscriptionID)) == nil {
			return ErrNotFound
		}
		b, err := tx.Bucket(bucketDigests).CreateBucketIfNotExists(itob(r.SubscriptionID))
		if err != nil {
			return err
		}
		raw, err := json.Marshal(r)
		if err != nil {
			return err
		}
		return b.Put(timeKey(r.Until), raw)
	})
	if err != nil {
		return fmt.Errorf("write digest record %d/%s: %w", r.SubscriptionID, r.Until.Format(time.RFC3339), err)
	}
	return nil
}

// LastRecord returns the record of subscription id with the latest
// period end; ok is false when there is none.
func (s *Store) LastRecord(ctx context.Context, id int64) (r Record, ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return Record{}, false, err
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDigests).Bucket(itob(id))
		if b == nil {
			return nil
		}
		_, raw := b.Cursor().Last()
		if raw == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(raw, &r)
	})
	if err != nil {
		return Record{}, false, fmt.Errorf("last digest of %d: %w", id, err)
	}
	return r, ok, nil
}

// Records returns the records of subscription id, oldest period first.
func (s *Store) Records(ctx context.Context, id int64) ([]Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []Record
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDigests).Bucket(itob(id))
		if b == nil {
			return nil
		}
		return eachRecord(b, func(r Record) { out = append(out, r) })
	})
	if err != nil {
		return nil, fmt.Errorf("digests of %d: %w", id, err)
	}
	return out, nil
}

// Pending returns every record still in StateIntent, oldest period
// first.
func (s *Store) Pending(ctx context.Context) ([]Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []Record
	err := s.db.View(func(tx *bolt.Tx) error {
		digests := tx.Bucket(bucketDigests)
		return digests.ForEach(func(k, _ []byte) error {
			b := digests.Bucket(k)
			if b == nil {
				return nil
			}
			return eachRecord(b, func(r Record) {
				if r.State == StateIntent {
					out = append(out, r)
				}
			})
		})
	})
	if err != nil {
		return nil, fmt.Errorf("pending digests: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Until.Before(out[j].Until) })
	return out, nil
}

// eachRecord decodes the records of the subscription bucket b, oldest
// period first, and calls fn with each.
func eachRecord(b *bolt.Bucket, fn func(Record)) error {
	return b.ForEach(func(_, raw []byte) error {
		var r Record
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		fn(r)
		return nil
	})
}

// ParseID parses a subscription id as typed ("3" or "#3").
func ParseID(s string) (int64, error) {
	if len(s) > 0 && s[0] == '#' {
		s = s[1:]
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%q is not a subscription id", s)
	}
	return id, nil
}
