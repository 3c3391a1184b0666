package search

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// An index on disk is used by one process at a time: bleve's storage
// takes an exclusive file lock for as long as the index is open, and a
// second process would wait for it in silence. Open takes a lock of the
// project's own first, in a file beside the index folder (the folder is
// deleted and recreated by a rebuild), and writes into it who holds it,
// so that a second command fails at once and says what to do.

// LockedError reports an index held by another process (or by another
// Open in this one).
type LockedError struct {
	// Path is the index folder.
	Path string
	// Holder is what the lock file says of the process that holds the
	// index; the zero value when it says nothing readable.
	Holder Holder
}

// Holder describes the process that holds an index.
type Holder struct {
	PID     int
	Command string
	Since   time.Time
}

func (e *LockedError) Error() string {
	who := "another process"
	if h := e.Holder; h.PID > 0 {
		who = fmt.Sprintf("process %d", h.PID)
		if h.Command != "" {
			who = fmt.Sprintf("%q (process %d", h.Command, h.PID)
			if !h.Since.IsZero() {
				who += ", since " + h.Since.Local().Format("2006-01-02 15:04")
			}
			who += ")"
		}
	}
	return fmt.Sprintf("the index %s is in use by %s: stop that command or wait for it to finish, or give this one another index with --index or QUOTEBOT_INDEX", e.Path, who)
}

// lockPath is the lock file of the index at path.
func lockPath(path string) string {
	return filepath.Clean(path) + ".lock"
}

// lockIndex takes the lock of the index at path without waiting, and
// records this process as its holder.
func lockIndex(path string) (*flock.Flock, error) {
	lp := lockPath(path)
	if err := os.MkdirAll(filepath.Dir(lp), 0o755); err != nil {
		return nil, fmt.Errorf("open index %q: %w", path, err)
	}
	fl := flock.New(lp)
	ok, err := fl.TryLock()
	if err != nil {
		return nil, fmt.Errorf("open index %q: lock %s: %w", path, lp, err)
	}
	if !ok {
		return nil, &LockedError{Path: path, Holder: readHolder(lp)}
	}
	h := Holder{PID: os.Getpid(), Command: commandLine(), Since: time.Now().UTC()}
	if err := os.WriteFile(lp, []byte(h.encode()), 0o644); err != nil {
		fl.Unlock()
		return nil, fmt.Errorf("open index %q: write lock %s: %w", path, lp, err)
	}
	return fl, nil
}

// commandLine is the command this process runs, as a user would type
// it: the program's base name and its first argument ("quotebot
// serve").
func commandLine() string {
	if len(os.Args) == 0 {
		return ""
	}
	parts := []string{filepath.Base(os.Args[0])}
	if len(os.Args) > 1 && !strings.HasPrefix(os.Args[1], "-") {
		parts = append(parts, os.Args[1])
	}
	return strings.Join(parts, " ")
}

func (h Holder) encode() string {
	return fmt.Sprintf("pid=%d\ncommand=%s\nsince=%s\n", h.PID, h.Command, h.Since.Format(time.RFC3339))
}

// readHolder reads a lock file; what it cannot read is left zero. The
// holder writes it right after taking the lock, so an empty file is
// read again for a moment.
func readHolder(lp string) Holder {
	var h Holder
	for range 5 {
		b, err := os.ReadFile(lp)
		if err != nil {
			return h
		}
		if len(b) > 0 {
			return parseHolder(string(b))
		}
		time.Sleep(20 * time.Millisecond)
	}
	return h
}

func parseHolder(s string) Holder {
	var h Holder
	for _, line := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		switch k {
		case "pid":
			h.PID, _ = strconv.Atoi(v)
		case "command":
			h.Command = v
		case "since":
			h.Since, _ = time.Parse(time.RFC3339, v)
		}
	}
	return h
}

// IsLocked reports whether err says the index is held by another
// process.
func IsLocked(err error) bool {
	var le *LockedError
	return errors.As(err, &le)
}
