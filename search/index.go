// Package search keeps quotebot's bleve index of quotes and passages,
// parses questions into corpus.Query values and answers them with ranked,
// cited quotes.
//
// User text never reaches bleve's query-string syntax: every query is
// built in code from a parsed corpus.Query.
package search

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/gofrs/flock"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/quotebot/quotebot/attribution"
	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
)

// FormatVersion is the version of the index layout: the mapping, the
// stored fields and the internal keys. Open rebuilds an index written
// with another version.
const FormatVersion = "6"

// bodyField is the text field of passages. Quotes keep theirs in "text":
// apart, each field's postings hold one type only, so a phrase or a word
// searched among quotes does not walk the passages that hold it too, and
// the other way round.
const bodyField = "body"

// wordsField holds a quote's words as they were said: lower-cased and
// folded to ASCII but neither stemmed nor stripped of stop words, so
// that a phrase question matches the phrase itself ("think about
// having" is not "think", and "talks" is not "talking").
const wordsField = "words"

// exactAnalyzer is the analyzer of wordsField.
const exactAnalyzer = "exact"

// formatVersion is what an index records and Open checks: the layout's
// version and the extractor's, so that an index built by an older
// extractor is rebuilt with the better one.
func formatVersion() string { return FormatVersion + "+extract" + attribution.ExtractorVersion }

// Sentinel errors. Check them with errors.Is.
var (
	// ErrEmptyQuery means the question holds nothing to search for.
	ErrEmptyQuery = errors.New("empty question")
	// ErrQueryTooLong means the question is longer than MaxQuestionLen.
	ErrQueryTooLong = errors.New("question too long")
	// ErrClosed means the index was used after Close.
	ErrClosed = errors.New("index closed")
)

// Document types and internal keys.
const (
	typeQuote   = "quote"
	typePassage = "passage"
	typeDoc     = "doc"

	keyFormat      = "quotebot:format"
	keyDirectory   = "quotebot:directory"
	keySpeakers    = "quotebot:speakers"
	keyFingerprint = "quotebot:fingerprint"
	keyCarry       = "quotebot:carry"
	// keyDirty marks an index whose writer has not yet written the
	// speaker directory (see writer).
	keyDirty = "quotebot:dirty"

	// batchSize is how many index operations go into one bleve batch.
	batchSize = 1000
)

// Index is the bleve index of quotes and passages with the speaker
// directory that goes with it. Its methods are safe for concurrent use;
// writes are serialised.
//
// The exported fields are options: set them right after Open, before the
// index is used.
type Index struct {
	// Now returns the current time; questions such as "last week" are
	// resolved against it. Nil means time.Now.
	Now func() time.Time
	// Logger receives progress and diagnostics. Nil discards them.
	Logger *slog.Logger
	// Extract finds the quotes of a document. Nil means attribution.Extract.
	Extract func(corpus.Document) []corpus.Quote
	// Passages splits a document into passages. Nil means corpus.Passages.
	Passages func(corpus.Document) []corpus.Passage
	// Beats are the beats a query or Since may be narrowed to. Nil
	// means beat.Default().
	Beats *beat.Set

	// Rebuilt reports that Open found an index of another format version
	// (or an unreadable one) and recreated it empty.
	Rebuilt bool
	// Damaged says what was wrong when the index Open found was damaged
	// (a segment or snapshot bleve could not load, or an index it could
	// not open at all) and was rebuilt; "" otherwise.
	Damaged string

	path string // "" for an in-memory index
	idx  bleve.Index
	lock *flock.Flock // the project's lock of the index on disk; nil in memory

	writeMu sync.Mutex // serialises Add and Build; guards carry
	carry   *carry     // added times kept across a rebuild, until a Build completes

	mu     sync.RWMutex // guards the fields below
	closed bool
	dir    *attribution.Directory
	tally  map[string]*tally

	// tableMu guards speakers and speakersStale; it is taken with ix.mu
	// held, so that readers can build the table on first use.
	tableMu       sync.Mutex
	speakers      *speakerTable // nil until first used
	speakersStale bool          // dir or tally changed since speakers was built
}

// Open opens the index at path, creating it (and its parent folders)
// when absent or an empty folder. A folder that holds something other
// than an index is an error. An index of another format version is deleted and
// recreated, and so is one whose last Add or Build was interrupted
// before it finished writing; ix.Rebuilt reports it.
//
// The index is this process's until Close: another Open of it, here or
// in another process, fails at once with a *LockedError that names the
// holder.
func Open(path string) (*Index, error) {
	if path == "" {
		return nil, errors.New("open index: empty path")
	}
	fl, err := lockIndex(path)
	if err != nil {
		return nil, err
	}
	ix, err := open(path, false)
	if err != nil {
		fl.Unlock()
		return nil, err
	}
	ix.lock = fl
	return ix, nil
}

// OpenAsIs opens the index at path as its last committed write left it,
// for reading when it cannot be brought up to date (a full disk): an
// unfinished write is not rebuilt, so its speaker directory may lag
// behind its quotes. An index that is absent, damaged or of another
// format is an error.
func OpenAsIs(path string) (*Index, error) {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		return nil, fmt.Errorf("open index %q: %w", path, err)
	}
	fl, err := lockIndex(path)
	if err != nil {
		return nil, err
	}
	ix, err := open(path, true)
	if err == nil && ix.Rebuilt {
		ix.idx.Close()
		err = fmt.Errorf("open index %q: not readable as it is", path)
	}
	if err != nil {
		fl.Unlock()
		return nil, err
	}
	ix.lock = fl
	return ix, nil
}

// boltTimeout bounds the wait for bleve's own lock of its storage, held
// by a process that does not take the project's lock (an older
// quotebot, another program).
const boltTimeout = "1s"

func open(path string, asIs bool) (*Index, error) {
	ix := &Index{path: path}
	idx, damage, err := openWatched(path, map[string]interface{}{"bolt_timeout": boltTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, &LockedError{Path: path}
	}
	switch {
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist) || (errors.Is(err, bleve.ErrorIndexMetaMissing) && emptyDir(path)):
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("open index %q: %w", path, err)
		}
		idx, err = bleve.New(path, newMapping())
		if err != nil {
			return nil, fmt.Errorf("create index %q: %w", path, err)
		}
		if err := setup(idx, &carry{Baseline: true}); err != nil {
			idx.Close()
			return nil, fmt.Errorf("create index %q: %w", path, err)
		}
	case err != nil:
		openErr := err
		// Only a folder bleve recognises as an index is removed.
		if _, serr := os.Stat(filepath.Join(path, "index_meta.json")); serr != nil {
			return nil, fmt.Errorf("open index %q: %w", path, err)
		}
		if idx, err = recreate(path, &carry{Baseline: true}); err != nil {
			return nil, err
		}
		ix.Rebuilt = true
		ix.Damaged = err0(openErr, damage)
	default:
		v, err := idx.GetInternal([]byte(keyFormat))
		if err != nil {
			idx.Close()
			return nil, fmt.Errorf("open index %q: read format: %w", path, err)
		}
		dirty, err := idx.GetInternal([]byte(keyDirty))
		if err != nil {
			idx.Close()
			return nil, fmt.Errorf("open index %q: read state: %w", path, err)
		}
		// An index whose last Add or Build did not finish lacks speakers
		// in its directory: it is rebuilt, keeping its added times. So is
		// a damaged one, which bleve opened from an older snapshot or
		// from none: it keeps the added times that snapshot holds, and
		// the quotes it lost come back as the baseline, never as new,
		// so that no digest posts them twice.
		if asIs && string(v) == formatVersion() && len(damage) == 0 {
			dirty = nil // read as it is
		}
		if asIs && (string(v) != formatVersion() || len(damage) > 0) {
			idx.Close()
			return nil, fmt.Errorf("open index %q: damaged or of another format", path)
		}
		if string(v) != formatVersion() || len(dirty) > 0 || len(damage) > 0 {
			c, err := readCarry(context.Background(), idx, string(v))
			idx.Close()
			if err != nil && len(damage) == 0 {
				return nil, fmt.Errorf("open index %q: %w", path, err)
			}
			if len(damage) > 0 {
				if c == nil {
					c = &carry{}
				}
				c.Baseline = true
				ix.Damaged = damage[0]
			}
			if idx, err = recreate(path, c); err != nil {
				return nil, err
			}
			ix.Rebuilt = true
		}
	}
	ix.idx = idx
	if err := ix.loadState(); err != nil {
		idx.Close()
		return nil, fmt.Errorf("open index %q: %w", path, err)
	}
	return ix, nil
}

// emptyDir reports whether path is a folder with nothing in it.
func emptyDir(path string) bool {
	ents, err := os.ReadDir(path)
	return err == nil && len(ents) == 0
}

// recreate deletes the index at path and creates an empty one that
// carries c over.
func recreate(path string, c *carry) (bleve.Index, error) {
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("rebuild index %q: %w", path, err)
	}
	idx, err := bleve.New(path, newMapping())
	if err != nil {
		return nil, fmt.Errorf("rebuild index %q: %w", path, err)
	}
	if err := setup(idx, c); err != nil {
		idx.Close()
		return nil, fmt.Errorf("rebuild index %q: %w", path, err)
	}
	return idx, nil
}

// setup writes a new index's format version and, if not nil, the carry.
func setup(idx bleve.Index, c *carry) error {
	if c != nil {
		raw, err := json.Marshal(c)
		if err != nil {
			return err
		}
		if err := idx.SetInternal([]byte(keyCarry), raw); err != nil {
			return err
		}
	}
	return idx.SetInternal([]byte(keyFormat), []byte(formatVersion()))
}

// OpenMem returns an empty index held in memory, for tests and for the
// embedded sample corpus.
func OpenMem() (*Index, error) {
	idx, err := bleve.NewMemOnly(newMapping())
	if err != nil {
		return nil, fmt.Errorf("create in-memory index: %w", err)
	}
	if err := idx.SetInternal([]byte(keyFormat), []byte(formatVersion())); err != nil {
		idx.Close()
		return nil, fmt.Errorf("create in-memory index: %w", err)
	}
	ix := &Index{idx: idx}
	if err := ix.loadState(); err != nil {
		idx.Close()
		return nil, fmt.Errorf("create in-memory index: %w", err)
	}
	return ix, nil
}

// Close closes the index, after any Add or Build under way returns.
// Calling Close twice is harmless.
func (ix *Index) Close() error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	err := ix.idx.Close()
	if ix.lock != nil {
		// After bleve's close, so the next holder finds its storage free.
		if uerr := ix.lock.Unlock(); uerr != nil && err == nil {
			err = uerr
		}
	}
	if err != nil {
		return fmt.Errorf("close index %q: %w", ix.path, err)
	}
	return nil
}

// Path returns the folder of the index, or "" for an in-memory index.
func (ix *Index) Path() string { return ix.path }

// loadState reads the speaker directory and tallies from internal storage.
func (ix *Index) loadState() error {
	ix.dir = attribution.NewDirectory()
	b, err := ix.idx.GetInternal([]byte(keyDirectory))
	if err != nil {
		return fmt.Errorf("read speaker directory: %w", err)
	}
	if len(b) > 0 {
		if err := ix.dir.UnmarshalJSON(b); err != nil {
			return fmt.Errorf("decode speaker directory: %w", err)
		}
	}
	ix.tally = make(map[string]*tally)
	b, err = ix.idx.GetInternal([]byte(keySpeakers))
	if err != nil {
		return fmt.Errorf("read speakers: %w", err)
	}
	if len(b) > 0 {
		if err := json.Unmarshal(b, &ix.tally); err != nil {
			return fmt.Errorf("decode speakers: %w", err)
		}
	}
	ix.speakers, ix.speakersStale = nil, false // built on first use
	ix.carry = nil
	b, err = ix.idx.GetInternal([]byte(keyCarry))
	if err != nil {
		return fmt.Errorf("read added times: %w", err)
	}
	if len(b) > 0 {
		ix.carry = new(carry)
		if err := json.Unmarshal(b, ix.carry); err != nil {
			return fmt.Errorf("decode added times: %w", err)
		}
	}
	return nil
}

func (ix *Index) now() time.Time {
	if ix.Now != nil {
		return ix.Now()
	}
	return time.Now()
}

func (ix *Index) logger() *slog.Logger {
	if ix.Logger != nil {
		return ix.Logger
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func (ix *Index) extract(d corpus.Document) []corpus.Quote {
	if ix.Extract != nil {
		return ix.Extract(d)
	}
	return attribution.Extract(d)
}

func (ix *Index) passages(d corpus.Document) []corpus.Passage {
	if ix.Passages != nil {
		return ix.Passages(d)
	}
	return corpus.Passages(d)
}

// checkOpen returns ErrClosed after Close. The caller holds ix.mu.
func (ix *Index) checkOpen() error {
	if ix.closed {
		return ErrClosed
	}
	return nil
}

// IndexStats describes the contents of the index.
type IndexStats struct {
	Quotes    int `json:"quotes"`
	Passages  int `json:"passages"`
	Documents int `json:"documents"`
	Speakers  int `json:"speakers"`
	// SizeBytes is the size of the index folder; zero in memory.
	SizeBytes int64 `json:"size_bytes"`
}

// Stats counts what the index holds.
func (ix *Index) Stats(ctx context.Context) (IndexStats, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return IndexStats{}, err
	}
	var st IndexStats
	var err error
	if st.Quotes, err = ix.countType(ctx, typeQuote); err != nil {
		return st, err
	}
	if st.Passages, err = ix.countType(ctx, typePassage); err != nil {
		return st, err
	}
	if st.Documents, err = ix.countType(ctx, typeDoc); err != nil {
		return st, err
	}
	st.Speakers = len(ix.speakerTable().list)
	if ix.path != "" {
		err := filepath.WalkDir(ix.path, func(_ string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if info, err := d.Info(); err == nil {
				st.SizeBytes += info.Size()
			}
			return nil
		})
		if err != nil {
			return st, fmt.Errorf("index size: %w", err)
		}
	}
	return st, nil
}

// countType counts the documents of one type. The caller holds ix.mu.
func (ix *Index) countType(ctx context.Context, typ string) (int, error) {
	req := bleve.NewSearchRequestOptions(typeFilter(typ), 0, 0, false)
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("count %ss: %w", typ, err)
	}
	return int(res.Total), nil
}

// newMapping returns the index mapping: three document types (quote,
// passage and doc marker) told apart by the "type" field, which is
// itself indexed so that queries can filter on it.
//
// A field is in the mapping only if something reads it: a query (type,
// text, words, context, title, speaker_id, date, published, added), a sort or
// facet (doc values on speaker_id, date, published and the quotes'
// added) or a decoder (the stored json). Everything else a quote,
// passage or document record holds is in its json. Term vectors are
// kept on a quote's words and a passage's body, which phrase questions
// search. The composite _all field is disabled, since every query names
// its field.
func newMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	im.TypeField = "type"
	im.DefaultAnalyzer = standard.Name
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	if err := im.AddCustomAnalyzer(exactAnalyzer, map[string]any{
		"type":          custom.Name,
		"char_filters":  []string{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name},
	}); err != nil {
		// The analyzer is made of parts bleve registers itself.
		panic(fmt.Sprintf("search: analyzer %q: %v", exactAnalyzer, err))
	}
	exact := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = exactAnalyzer
		f.Store = false
		f.IncludeTermVectors = true // phrase questions search it
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	english := func(vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store = false
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	std := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = standard.Name
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	date := func() *mapping.FieldMapping {
		f := bleve.NewDateTimeFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = true // sorted on
		return f
	}
	added := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = true // sorted on
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	// A disabled "_all" sub-mapping keeps bleve from adding the composite
	// field to every document.
	noAll := bleve.NewDocumentDisabledMapping()

	q := bleve.NewDocumentStaticMapping()
	q.AddSubDocumentMapping("_all", noAll)
	q.AddFieldMappingsAt("type", kw(false))
	q.AddFieldMappingsAt("text", english(false))
	q.AddFieldMappingsAt(wordsField, exact())
	q.AddFieldMappingsAt("context", english(false))
	q.AddFieldMappingsAt("speaker_id", kw(true))
	q.AddFieldMappingsAt("date", date())
	q.AddFieldMappingsAt("title", std())
	q.AddFieldMappingsAt("added", added())
	q.AddFieldMappingsAt("json", stored())
	im.AddDocumentMapping(typeQuote, q)

	p := bleve.NewDocumentStaticMapping()
	p.AddSubDocumentMapping("_all", noAll)
	p.AddFieldMappingsAt("type", kw(false))
	p.AddFieldMappingsAt(bodyField, english(true))
	p.AddFieldMappingsAt("title", std())
	p.AddFieldMappingsAt("published", date())
	p.AddFieldMappingsAt("json", stored())
	im.AddDocumentMapping(typePassage, p)

	d := bleve.NewDocumentStaticMapping()
	d.AddSubDocumentMapping("_all", noAll)
	d.AddFieldMappingsAt("type", kw(false))
	d.AddFieldMappingsAt("json", stored())
	im.AddDocumentMapping(typeDoc, d)
	return im
}

// err0 is the damage to report for an index bleve could not open: what
// it logged, else its error.
func err0(err error, damage []string) string {
	if len(damage) > 0 {
		return damage[0]
	}
	if err != nil {
		return err.Error()
	}
	return "unreadable"
}
