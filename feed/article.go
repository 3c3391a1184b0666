package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Provenance of an article's publication date, written to the front
// matter as published_from.
const (
	// FromFeed: the feed item's publication date.
	FromFeed = "feed"
	// FromFeedUpdated: the feed item's update date, the item having no
	// publication date.
	FromFeedUpdated = "feed-updated"
	// FromPage: the date the article page's metadata gives.
	FromPage = "page"
)

// article is one article as written to the folder.
type article struct {
	ID            string
	Title         string
	Source        string
	URL           string
	Feed          string
	Language      string
	Published     time.Time // zero: unknown (the loader infers one from the text)
	PublishedFrom string
	Fetched       time.Time
	TextFrom      string // "page" or "feed"
	Text          string
}

// markdown renders a as a Markdown file with the flat front matter that
// corpus.Load reads (id, title, source, url, published, language); the
// other keys are kept for people and ignored by the loader.
func (a article) markdown() []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	field := func(k, v string) {
		if v = cleanLine(v); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", k, quoteValue(v))
		}
	}
	field("id", a.ID)
	field("title", a.Title)
	field("source", a.Source)
	field("url", a.URL)
	if !a.Published.IsZero() {
		field("published", a.Published.UTC().Format(time.RFC3339))
		field("published_from", a.PublishedFrom)
	}
	field("language", a.Language)
	field("feed", a.Feed)
	if !a.Fetched.IsZero() {
		field("fetched", a.Fetched.UTC().Format(time.RFC3339))
	}
	field("text_from", a.TextFrom)
	b.WriteString("---\n\n")
	b.WriteString(a.Text)
	b.WriteString("\n")
	return b.Bytes()
}

// quoteValue writes s as a double-quoted front matter value, escaping
// the quote, the backslash and control characters.
func quoteValue(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// cleanLine makes s one line: invalid UTF-8 and control characters go,
// runs of white space become one space.
func cleanLine(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// cleanText tidies an extracted article text: valid UTF-8, "\n" line
// ends, no control characters but tabs and newlines, no trailing spaces,
// paragraphs separated by one blank line.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00a0':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	var out []string
	blank := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if strings.TrimSpace(line) == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// contentHash identifies an article's text regardless of spacing, so
// that the same article reached through two addresses is stored once.
func contentHash(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	return hex.EncodeToString(sum[:])
}

// urlHash is a short, stable token for an article's normalised address.
func urlHash(normalized string) string {
	sum := sha256.Sum256([]byte(normalized))
	return hex.EncodeToString(sum[:4])
}

// slug makes s a file name part: lower-case ASCII letters and digits
// (and dots when keepDots), other runs as one "-", at most max bytes.
func slug(s string, max int, keepDots bool) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		ok := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || keepDots && r == '.')
		if !ok {
			dash = b.Len() > 0
			continue
		}
		if dash {
			if b.Len()+1 >= max {
				break
			}
			b.WriteByte('-')
			dash = false
		}
		if b.Len() >= max {
			break
		}
		b.WriteRune(r)
	}
	return strings.Trim(b.String(), "-.")
}

// fileBase names an article's file (without ".md"): its date, a slug of
// its title, and a token of its address, so that the same article
// always gets the same name.
func fileBase(published time.Time, title, normalized string) string {
	date := "undated"
	if !published.IsZero() {
		date = published.UTC().Format("2006-01-02")
	}
	parts := []string{date}
	if s := slug(title, 60, false); s != "" {
		parts = append(parts, s)
	}
	parts = append(parts, urlHash(normalized))
	return strings.Join(parts, "-")
}

// writeFileAtomic writes data to path through a hidden temporary file
// in the same folder, which the corpus loader ignores, then renames it,
// so that a reader never sees a half-written article.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %q: %w", path, err)
	}
	return nil
}
