package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"
	"unicode/utf8"
)

// DefaultMaxFileSize is the largest file Load reads when
// LoadOptions.MaxFileSize is zero.
const DefaultMaxFileSize = 16 << 20

// MetaFile is the name of the sidecar file that gives the docMeta of the
// other files in its folder.
const MetaFile = "meta.json"

// LoadOptions tunes Load. The zero value is ready to use.
type LoadOptions struct {
	// MaxFileSize is the largest file loaded, in bytes; zero means
	// DefaultMaxFileSize (16 MiB).
	MaxFileSize int64
}

// Skipped is a file that Load reported and skipped.
type Skipped struct {
	// Path is the file's slash path relative to the corpus root, with
	// ":N" for line N of a .jsonl file.
	Path string
	// Reason says why, in a few words ("not valid UTF-8").
	Reason string
}

// String formats s as "path: reason".
func (s Skipped) String() string { return s.Path + ": " + s.Reason }

// Load walks fsys in lexical order and calls fn with each document. It
// returns the files it skipped. It stops at the first error fn returns,
// or when ctx ends, and returns that error.
//
// Files:
//   - .txt: the whole file is the body.
//   - .md: an optional front matter between "---" lines with flat "key:
//     value" fields (id, title, source, url, published, language; others
//     are ignored), then the body.
//   - .jsonl: one article a line, a JSON object with the same fields and
//     "text". A bad line is skipped and reported as "path:N"; the rest of
//     the file is loaded.
//
// A meta.json file in a folder maps the names of the files in that folder
// to their docMeta: {"a.txt": {"source": ..., "title": ..., "url": ...,
// "published": ..., "language": ...}}; null values and other keys are
// ignored. It fills the fields that a file's own front matter (or a
// .jsonl line) leaves empty. Hidden files and folders (".name"), README
// files and other extensions are ignored without a report.
//
// A file is skipped and reported when it cannot be read, is larger than
// MaxFileSize, holds a NUL byte, is not valid UTF-8, has an unterminated
// or malformed front matter, has an empty body, or repeats the ID of an
// earlier document. A leading byte order mark is dropped; line ends are
// kept as they are, so that Document.TextOffset is a byte offset into the
// file as read.
//
// Document fields: ID is the front matter's id, else the slash path
// without its extension ("dir/name", "feed:3" for line 3 of feed.jsonl).
// Title is the docMeta's, else the body's first non-blank line when it
// is at most 150 characters and does not end like a sentence (".", ":",
// ";" or ","), with a Markdown heading's "#" marks removed; else empty.
// Published is parsed from "2006-01-02", RFC 3339, "2006-01-02 15:04:05"
// or "January 2, 2006" and kept in UTC with provenance DatePublished. A
// missing or unparsable date is inferred from the text (InferPublished),
// with provenance DateInferred, or left zero with DateUnknown.
func Load(ctx context.Context, fsys fs.FS, opts LoadOptions, fn func(Document) error) ([]Skipped, error) {
	l := &corpusLoader{
		ctx:   ctx,
		fsys:  fsys,
		max:   opts.MaxFileSize,
		fn:    fn,
		metas: map[string]map[string]docMeta{},
		ids:   map[string]string{},
	}
	if l.max <= 0 {
		l.max = DefaultMaxFileSize
	}
	err := fs.WalkDir(fsys, ".", l.visit)
	return l.skipped, err
}

// LoadDir loads the corpus in the folder dir (see Load).
func LoadDir(ctx context.Context, dir string, opts LoadOptions, fn func(Document) error) ([]Skipped, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("load corpus %q: not a folder", dir)
	}
	return Load(ctx, os.DirFS(dir), opts, fn)
}

// corpusLoader is the state of one Load.
type corpusLoader struct {
	ctx     context.Context
	fsys    fs.FS
	max     int64
	fn      func(Document) error
	skipped []Skipped
	// metas caches each folder's sidecar (nil: none).
	metas map[string]map[string]docMeta
	// ids maps each document ID to the path it came from.
	ids map[string]string
}

func (l *corpusLoader) skip(p, format string, args ...any) {
	l.skipped = append(l.skipped, Skipped{Path: p, Reason: fmt.Sprintf(format, args...)})
}

// visit is the fs.WalkDirFunc of Load.
func (l *corpusLoader) visit(p string, d fs.DirEntry, err error) error {
	if ctxErr := l.ctx.Err(); ctxErr != nil {
		return fmt.Errorf("load corpus: %w", ctxErr)
	}
	if err != nil {
		if p == "." || d == nil {
			return fmt.Errorf("load corpus: %w", err)
		}
		l.skip(p, "unreadable: %v", unwrapPathError(err))
		if d.IsDir() {
			return fs.SkipDir
		}
		return nil
	}
	if p != "." && strings.HasPrefix(d.Name(), ".") {
		if d.IsDir() {
			return fs.SkipDir
		}
		return nil
	}
	if d.IsDir() {
		return nil
	}
	ext := path.Ext(p)
	if ext != ".txt" && ext != ".md" && ext != ".jsonl" || path.Base(p) == MetaFile || isReadme(p) {
		return nil
	}
	data, ok := l.read(p)
	if !ok {
		return nil
	}
	meta := l.sidecar(path.Dir(p))[path.Base(p)]
	if ext == ".jsonl" {
		return l.loadJSONL(p, data, meta)
	}
	return l.loadFile(p, ext, data, meta)
}

// isReadme reports whether p is a README file, which describes a corpus
// rather than belonging to it.
func isReadme(p string) bool {
	base := path.Base(p)
	return strings.EqualFold(strings.TrimSuffix(base, path.Ext(base)), "readme")
}

// read reads the file p within the size limit, reporting it when it is
// not a readable regular file.
func (l *corpusLoader) read(p string) ([]byte, bool) {
	fi, err := fs.Stat(l.fsys, p)
	if err != nil {
		l.skip(p, "unreadable: %v", unwrapPathError(err))
		return nil, false
	}
	if fi.IsDir() {
		return nil, false // a link to a folder
	}
	if !fi.Mode().IsRegular() {
		l.skip(p, "not a regular file")
		return nil, false
	}
	if fi.Size() > l.max {
		l.skip(p, "larger than %d bytes (%d)", l.max, fi.Size())
		return nil, false
	}
	f, err := l.fsys.Open(p)
	if err != nil {
		l.skip(p, "unreadable: %v", unwrapPathError(err))
		return nil, false
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, l.max+1))
	if err != nil {
		l.skip(p, "unreadable: %v", unwrapPathError(err))
		return nil, false
	}
	if int64(len(data)) > l.max {
		l.skip(p, "larger than %d bytes", l.max)
		return nil, false
	}
	return data, true
}

// docMeta is what a front matter, a sidecar or a .jsonl line says about
// a document.
type docMeta struct {
	ID, Title, Source, URL, Published, Language string
}

// fill sets m's empty fields from o.
func (m *docMeta) fill(o docMeta) {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&m.ID, o.ID}, {&m.Title, o.Title}, {&m.Source, o.Source},
		{&m.URL, o.URL}, {&m.Published, o.Published}, {&m.Language, o.Language},
	} {
		if strings.TrimSpace(*f.dst) == "" {
			*f.dst = strings.TrimSpace(f.src)
		}
	}
}

// loadFile loads a .txt or .md file.
func (l *corpusLoader) loadFile(p, ext string, data []byte, side docMeta) error {
	if bytes.IndexByte(data, 0) >= 0 {
		l.skip(p, "binary (NUL byte)")
		return nil
	}
	if !utf8.Valid(data) {
		l.skip(p, "not valid UTF-8")
		return nil
	}
	s := string(data)
	off := 0
	if strings.HasPrefix(s, "\ufeff") {
		off = len("\ufeff")
	}
	var meta docMeta
	if ext == ".md" {
		fields, body, err := parseFrontMatter(s[off:])
		if err != nil {
			l.skip(p, "%v", err)
			return nil
		}
		off += body
		meta = docMeta{
			ID: fields["id"], Title: fields["title"], Source: fields["source"],
			URL: fields["url"], Published: fields["published"], Language: fields["language"],
		}
	}
	meta.fill(side)
	text := s[off:]
	if strings.TrimSpace(text) == "" {
		l.skip(p, "empty body")
		return nil
	}
	doc := newLoadedDocument(meta, strings.TrimSuffix(p, ext), p, text)
	doc.TextOffset = off
	return l.emit(p, doc)
}

// jsonlArticle is one line of a .jsonl file.
type jsonlArticle struct {
	ID        looseString `json:"id"`
	Title     looseString `json:"title"`
	Source    looseString `json:"source"`
	URL       looseString `json:"url"`
	Published looseString `json:"published"`
	Language  looseString `json:"language"`
	Text      looseString `json:"text"`
}

// looseString accepts a JSON string, number or null.
type looseString string

func (s *looseString) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*s = ""
	case len(b) > 0 && b[0] == '"':
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = looseString(v)
	case len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9'):
		*s = looseString(b)
	default:
		return fmt.Errorf("want a string, not %s", b)
	}
	return nil
}

// loadJSONL loads each line of a .jsonl file as a document.
func (l *corpusLoader) loadJSONL(p string, data []byte, side docMeta) error {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	base := strings.TrimSuffix(p, ".jsonl")
	for n := 1; len(data) > 0; n++ {
		if n%64 == 0 {
			if err := l.ctx.Err(); err != nil {
				return fmt.Errorf("load corpus: %w", err)
			}
		}
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		lp := fmt.Sprintf("%s:%d", p, n)
		if bytes.IndexByte(line, 0) >= 0 {
			l.skip(lp, "binary (NUL byte)")
			continue
		}
		if !utf8.Valid(line) {
			l.skip(lp, "not valid UTF-8")
			continue
		}
		var a jsonlArticle
		if err := json.Unmarshal(line, &a); err != nil {
			l.skip(lp, "bad JSON: %v", err)
			continue
		}
		if strings.TrimSpace(string(a.Text)) == "" {
			l.skip(lp, "empty text")
			continue
		}
		meta := docMeta{
			ID: string(a.ID), Title: string(a.Title), Source: string(a.Source),
			URL: string(a.URL), Published: string(a.Published), Language: string(a.Language),
		}
		meta.fill(side)
		doc := newLoadedDocument(meta, fmt.Sprintf("%s:%d", base, n), p, string(a.Text))
		doc.TextOffset = -1
		if err := l.emit(lp, doc); err != nil {
			return err
		}
	}
	return nil
}

// emit checks doc's ID and passes doc to fn.
func (l *corpusLoader) emit(p string, doc Document) error {
	if first, dup := l.ids[doc.ID]; dup {
		l.skip(p, "duplicate id %q (first in %s)", doc.ID, first)
		return nil
	}
	l.ids[doc.ID] = p
	if err := l.fn(doc); err != nil {
		return fmt.Errorf("load %s: %w", p, err)
	}
	return nil
}

// newLoadedDocument builds a document from its docMeta and text.
//
// The metadata is copied out of the file's memory: ids and titles
// outlive the text (the loader's duplicate check, the index's records),
// and a string cut from the file would keep all of it alive.
func newLoadedDocument(meta docMeta, defaultID, p, text string) Document {
	doc := Document{
		ID:       strings.Clone(strings.TrimSpace(meta.ID)),
		Path:     p,
		Source:   strings.Clone(meta.Source),
		Title:    strings.Clone(meta.Title),
		URL:      strings.Clone(meta.URL),
		Language: strings.Clone(meta.Language),
		Text:     text,
	}
	if doc.ID == "" {
		doc.ID = defaultID
	}
	if doc.Title == "" {
		doc.Title = strings.Clone(titleFromBody(text))
	}
	if t, ok := ParsePublished(meta.Published); ok {
		doc.Published, doc.PublishedProvenance = t, DatePublished
	} else if t, ok := InferPublished(text); ok {
		doc.Published, doc.PublishedProvenance = t, DateInferred
	} else {
		doc.PublishedProvenance = DateUnknown
	}
	return doc
}

// maxTitleLen is the longest first line taken as a title, in characters.
const maxTitleLen = 150

// titleFromBody returns the body's first non-blank line when it reads
// like a headline, else "".
func titleFromBody(text string) string {
	var line string
	for text != "" {
		line, text, _ = cutFirstLine(text)
		line = strings.TrimSpace(line)
		if line != "" {
			break
		}
	}
	if strings.HasPrefix(line, "#") {
		line = strings.TrimSpace(strings.TrimLeft(line, "#"))
	}
	if line == "" || utf8.RuneCountInString(line) > maxTitleLen || strings.ContainsAny(line[len(line)-1:], ".:;,") {
		return ""
	}
	return line
}

// publishedLayouts are the layouts ParsePublished accepts, tried in order.
var publishedLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	time.RFC3339Nano,
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
}

// ParsePublished parses a publication date written as "2006-01-02", RFC
// 3339, "2006-01-02 15:04:05" or "January 2, 2006" (and a few close
// variants), and returns it in UTC. A date with no zone is taken as UTC.
func ParsePublished(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// sidecar returns the docMeta in dir's meta.json, reading it once. A
// missing file is no docMeta; a bad one is reported and ignored.
func (l *corpusLoader) sidecar(dir string) map[string]docMeta {
	if m, ok := l.metas[dir]; ok {
		return m
	}
	l.metas[dir] = nil
	p := path.Join(dir, MetaFile)
	data, err := fs.ReadFile(l.fsys, p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		l.skip(p, "unreadable: %v", unwrapPathError(err))
		return nil
	}
	var raw map[string]struct {
		Title     looseString `json:"title"`
		Source    looseString `json:"source"`
		URL       looseString `json:"url"`
		Published looseString `json:"published"`
		Language  looseString `json:"language"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		l.skip(p, "bad JSON: %v", err)
		return nil
	}
	m := make(map[string]docMeta, len(raw))
	for name, e := range raw {
		m[name] = docMeta{
			Title: string(e.Title), Source: string(e.Source), URL: string(e.URL),
			Published: string(e.Published), Language: string(e.Language),
		}
	}
	l.metas[dir] = m
	return m
}

// unwrapPathError drops the operation and path that an *fs.PathError
// repeats, since the report already names the path.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
