package feed

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Buckets of the state file.
var (
	bucketFeeds   = []byte("feeds")   // feed URL -> feedState
	bucketPending = []byte("pending") // normalised article URL -> pendingItem
	bucketSeen    = []byte("seen")    // normalised article URL -> seenRecord
	bucketHashes  = []byte("hashes")  // content hash -> article ID
)

// feedState is what the poller remembers of a feed between polls.
type feedState struct {
	Title        string    `json:"title,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Next         time.Time `json:"next,omitzero"` // zero: due now
	LastOK       time.Time `json:"last_ok,omitzero"`
	Failures     int       `json:"failures,omitempty"`
	LastError    string    `json:"last_error,omitempty"`
}

// pendingItem is a feed item whose article is still to be fetched.
type pendingItem struct {
	URL           string    `json:"url"` // as the feed gave it
	Feed          string    `json:"feed"`
	FeedTitle     string    `json:"feed_title,omitempty"`
	Title         string    `json:"title,omitempty"`
	Published     time.Time `json:"published,omitzero"`
	PublishedFrom string    `json:"published_from,omitempty"`
	// Content is the item's own HTML (content, else description), used
	// when the page yields no text.
	Content   string    `json:"content,omitempty"`
	Attempts  int       `json:"attempts,omitempty"`
	Next      time.Time `json:"next,omitzero"`
	LastError string    `json:"last_error,omitempty"`
}

// seenRecord is an article address already dealt with.
type seenRecord struct {
	ID     string    `json:"id,omitempty"`
	File   string    `json:"file,omitempty"` // slash path within the folder
	Dup    bool      `json:"dup,omitempty"`  // same text as article ID
	Failed string    `json:"failed,omitempty"`
	At     time.Time `json:"at"`
}

// maxStoredContent bounds the item HTML kept with a pending item.
const maxStoredContent = 256 << 10

// state is the poller's bbolt file.
type state struct {
	db *bolt.DB
}

func openState(path string) (*state, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open feed state %q: %w", path, err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open feed state %q: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketFeeds, bucketPending, bucketSeen, bucketHashes} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open feed state %q: %w", path, err)
	}
	return &state{db: db}, nil
}

func (s *state) close() error { return s.db.Close() }

// getJSON decodes the value under key into v and reports whether there
// was one. A value that does not decode counts as none.
func getJSON(b *bolt.Bucket, key string, v any) bool {
	raw := b.Get([]byte(key))
	if raw == nil {
		return false
	}
	return json.Unmarshal(raw, v) == nil
}

func putJSON(b *bolt.Bucket, key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put([]byte(key), raw)
}

func (s *state) feed(url string) (feedState, error) {
	var fs feedState
	err := s.db.View(func(tx *bolt.Tx) error {
		getJSON(tx.Bucket(bucketFeeds), url, &fs)
		return nil
	})
	return fs, err
}

func (s *state) putFeed(url string, fs feedState) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketFeeds), url, fs)
	})
}

// addPending records items not seen or pending yet and returns how many
// were new.
func (s *state) addPending(items map[string]pendingItem) (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		seen, pending := tx.Bucket(bucketSeen), tx.Bucket(bucketPending)
		for key, it := range items {
			if seen.Get([]byte(key)) != nil || pending.Get([]byte(key)) != nil {
				continue
			}
			if err := putJSON(pending, key, it); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// duePending returns the pending items due at now.
func (s *state) duePending(now time.Time) (map[string]pendingItem, error) {
	due := map[string]pendingItem{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPending).ForEach(func(k, v []byte) error {
			var it pendingItem
			if json.Unmarshal(v, &it) != nil {
				return nil
			}
			if !it.Next.After(now) {
				due[string(k)] = it
			}
			return nil
		})
	})
	return due, err
}

func (s *state) putPending(key string, it pendingItem) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketPending), key, it)
	})
}

// lookup returns the record of an address, if any.
func (s *state) lookup(key string) (seenRecord, bool, error) {
	var r seenRecord
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		ok = getJSON(tx.Bucket(bucketSeen), key, &r)
		return nil
	})
	return r, ok, err
}

// hashOwner returns the ID of the article with this content hash, if any.
func (s *state) hashOwner(hash string) (string, error) {
	var id string
	err := s.db.View(func(tx *bolt.Tx) error {
		id = string(tx.Bucket(bucketHashes).Get([]byte(hash)))
		return nil
	})
	return id, err
}

// settle records the outcome for the addresses in keys, records hash
// when not empty, and drops the pending item pendingKey.
func (s *state) settle(pendingKey string, keys []string, r seenRecord, hash string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		seen := tx.Bucket(bucketSeen)
		for _, k := range keys {
			if err := putJSON(seen, k, r); err != nil {
				return err
			}
		}
		if hash != "" && r.ID != "" {
			if err := tx.Bucket(bucketHashes).Put([]byte(hash), []byte(r.ID)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketPending).Delete([]byte(pendingKey))
	})
}
