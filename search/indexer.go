package search

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/quotebot/quotebot/corpus"
)

// AddStats counts what one call to Add did.
type AddStats struct {
	// Documents is how many documents were given.
	Documents int
	// NewDocuments is how many of them were not indexed before.
	NewDocuments int
	// Quotes is how many quotes were new to the index.
	Quotes int
	// Merged is how many quotes already in the index got new citations.
	Merged int
	// Passages is how many passages were written.
	Passages int
}

// tally is what the index knows of a speaker from its own quotes. It
// complements the directory, which may not know every speaker id.
type tally struct {
	Name    string             `json:"name"`
	Type    corpus.SpeakerType `json:"type,omitempty"`
	Aliases []string           `json:"aliases,omitempty"`
	Roles   []string           `json:"roles,omitempty"`
	Quotes  int                `json:"quotes"`
	Last    time.Time          `json:"last,omitzero"`
}

// Add indexes the documents not indexed before: it extracts their quotes
// and passages, canonicalises the speakers through the directory, and
// merges the citations of quotes already in the index. Adding the same
// documents again adds nothing.
func (ix *Index) Add(ctx context.Context, docs []corpus.Document) (AddStats, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	return ix.add(ctx, docs)
}

// add is Add with ix.writeMu held.
func (ix *Index) add(ctx context.Context, docs []corpus.Document) (AddStats, error) {
	ix.mu.RLock()
	err := ix.checkOpen()
	ix.mu.RUnlock()
	if err != nil {
		return AddStats{}, err
	}
	w := &writer{ix: ix, batch: ix.idx.NewBatch(), pending: make(map[string]*corpus.Quote), seen: make(map[string]bool)}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return w.stats, err
		}
		if err := w.add(d); err != nil {
			return w.stats, err
		}
	}
	if err := w.flush(); err != nil {
		return w.stats, err
	}
	return w.stats, nil
}

// writer accumulates one bleve batch. Quotes wait in pending until the
// batch is written, so that a quote found twice in one batch is merged.
type writer struct {
	ix      *Index
	batch   *bleve.Batch
	pending map[string]*corpus.Quote
	fresh   map[string]bool // pending quotes not yet in the index
	seen    map[string]bool // document markers added in this call
	ops     int
	stats   AddStats
}

// docHash identifies a document's content.
func docHash(d corpus.Document) string {
	h := sha256.New()
	h.Write([]byte(d.ID))
	h.Write([]byte{0})
	h.Write([]byte(d.Text))
	return hex.EncodeToString(h.Sum(nil))
}

func (w *writer) add(d corpus.Document) error {
	w.stats.Documents++
	marker := "d:" + docHash(d)
	if w.seen[marker] {
		return nil
	}
	w.seen[marker] = true
	existing, err := w.ix.idx.Document(marker)
	if err != nil {
		return fmt.Errorf("index document %q: %w", d.ID, err)
	}
	if existing != nil {
		return nil
	}
	w.stats.NewDocuments++

	qs := w.ix.extract(d)
	ps := w.ix.passages(d)

	w.ix.mu.Lock()
	w.ix.dir.Canonicalize(qs)
	w.ix.mu.Unlock()

	for i := range qs {
		if err := w.addQuote(d, qs[i]); err != nil {
			return fmt.Errorf("index document %q: %w", d.ID, err)
		}
	}
	for _, p := range ps {
		if err := w.addPassage(d, p); err != nil {
			return fmt.Errorf("index document %q: %w", d.ID, err)
		}
	}
	err = w.batch.Index(marker, map[string]any{"type": typeDoc, "doc": d.ID, "path": d.Path})
	if err != nil {
		return fmt.Errorf("index document %q: %w", d.ID, err)
	}
	w.ops++
	if w.ops+len(w.pending) >= batchSize {
		return w.flush()
	}
	return nil
}

// fillCitations makes sure q cites d with d's metadata.
func fillCitations(d corpus.Document, q *corpus.Quote) {
	if len(q.Citations) == 0 {
		q.Citations = []corpus.Citation{{DocID: d.ID}}
	}
	for i := range q.Citations {
		fillCitation(d, &q.Citations[i])
	}
}

// fillCitation fills c's empty metadata from d when c cites d (or no
// document yet).
func fillCitation(d corpus.Document, c *corpus.Citation) {
	if c.DocID == "" {
		c.DocID = d.ID
	}
	if c.DocID != d.ID {
		return
	}
	if c.Source == "" {
		c.Source = d.Source
	}
	if c.Title == "" {
		c.Title = d.Title
	}
	if c.URL == "" {
		c.URL = d.URL
	}
	if c.Published.IsZero() {
		c.Published = d.Published
	}
}

// quoteID returns q.ID, or one derived from the speaker and text.
func quoteID(q corpus.Quote) string {
	if q.ID != "" {
		return q.ID
	}
	sum := sha256.Sum256([]byte(q.SpeakerID + "\x00" + q.Text))
	return hex.EncodeToString(sum[:12])
}

func (w *writer) addQuote(d corpus.Document, q corpus.Quote) error {
	fillCitations(d, &q)
	q.ID = quoteID(q)
	key := "q:" + q.ID
	if old, ok := w.pending[key]; ok {
		if mergeCitations(old, q) {
			if !w.fresh[key] {
				w.stats.Merged++
			}
		}
		return nil
	}
	stored, err := w.ix.storedQuote(key)
	if err != nil {
		return err
	}
	if stored != nil {
		if !mergeCitations(stored, q) {
			return nil // nothing new
		}
		w.pending[key] = stored
		w.stats.Merged++
		return nil
	}
	if w.fresh == nil {
		w.fresh = make(map[string]bool)
	}
	w.pending[key] = &q
	w.fresh[key] = true
	w.stats.Quotes++
	w.ix.countQuote(q)
	return nil
}

// mergeCitations adds q's citations that old lacks and fills an unknown
// date or role. It reports whether old changed.
func mergeCitations(old *corpus.Quote, q corpus.Quote) bool {
	changed := false
	for _, c := range q.Citations {
		dup := slices.ContainsFunc(old.Citations, func(o corpus.Citation) bool {
			return o.DocID == c.DocID && o.Start == c.Start && o.End == c.End
		})
		if !dup {
			old.Citations = append(old.Citations, c)
			changed = true
		}
	}
	if old.Date.IsZero() && !q.Date.IsZero() {
		old.Date, old.DateProvenance = q.Date, q.DateProvenance
		changed = true
	}
	if old.Role == "" && q.Role != "" {
		old.Role = q.Role
		changed = true
	}
	return changed
}

// storedQuote reads the quote stored under the bleve id key, or nil.
func (ix *Index) storedQuote(key string) (*corpus.Quote, error) {
	doc, err := ix.idx.Document(key)
	if err != nil {
		return nil, fmt.Errorf("read quote %q: %w", key, err)
	}
	if doc == nil {
		return nil, nil
	}
	var raw []byte
	doc.VisitFields(func(f index.Field) {
		if f.Name() == "json" {
			raw = f.Value()
		}
	})
	if raw == nil {
		return nil, nil
	}
	var q corpus.Quote
	if err := json.Unmarshal(raw, &q); err != nil {
		return nil, fmt.Errorf("decode quote %q: %w", key, err)
	}
	return &q, nil
}

// countQuote records a new quote in the speaker tallies.
func (ix *Index) countQuote(q corpus.Quote) {
	if q.SpeakerID == "" {
		return
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	t := ix.tally[q.SpeakerID]
	if t == nil {
		t = &tally{Name: q.Speaker, Type: q.SpeakerType}
		ix.tally[q.SpeakerID] = t
	}
	t.Quotes++
	if t.Name == "" {
		t.Name = q.Speaker
	}
	if t.Type == "" {
		t.Type = q.SpeakerType
	}
	if q.Speaker != "" && q.Speaker != t.Name && !slices.Contains(t.Aliases, q.Speaker) {
		t.Aliases = append(t.Aliases, q.Speaker)
	}
	if q.Role != "" && !slices.Contains(t.Roles, q.Role) {
		t.Roles = append(t.Roles, q.Role)
	}
	if !q.Date.IsZero() && q.Date.Time.After(t.Last) {
		t.Last = q.Date.Time
	}
}

func (w *writer) addPassage(d corpus.Document, p corpus.Passage) error {
	fillCitation(d, &p.Citation)
	c := &p.Citation
	h := sha256.New()
	h.Write([]byte(c.DocID))
	h.Write([]byte{0})
	var n [16]byte
	binary.BigEndian.PutUint64(n[:8], uint64(c.Start))
	binary.BigEndian.PutUint64(n[8:], uint64(c.End))
	h.Write(n[:])
	h.Write([]byte(p.Text))
	p.ID = hex.EncodeToString(h.Sum(nil)[:12])
	raw, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode passage: %w", err)
	}
	f := map[string]any{
		"type":   typePassage,
		"text":   p.Text,
		"doc":    c.DocID,
		"source": c.Source,
		"title":  c.Title,
		"url":    c.URL,
		"start":  float64(c.Start),
		"end":    float64(c.End),
		"json":   string(raw),
	}
	if !c.Published.IsZero() {
		f["published"] = c.Published.UTC()
	}
	if err := w.batch.Index("p:"+p.ID, f); err != nil {
		return fmt.Errorf("index passage: %w", err)
	}
	w.ops++
	w.stats.Passages++
	return nil
}

// quoteFields returns the indexed form of q.
func quoteFields(q *corpus.Quote) (map[string]any, error) {
	raw, err := json.Marshal(q)
	if err != nil {
		return nil, fmt.Errorf("encode quote %q: %w", q.ID, err)
	}
	var docs, sources, titles, urls, contexts []string
	for _, c := range q.Citations {
		docs = appendNew(docs, c.DocID)
		sources = appendNew(sources, c.Source)
		titles = appendNew(titles, c.Title)
		urls = appendNew(urls, c.URL)
		contexts = appendNew(contexts, c.Context)
	}
	f := map[string]any{
		"type":            typeQuote,
		"text":            q.Text,
		"context":         contexts,
		"speaker_id":      q.SpeakerID,
		"speaker":         q.Speaker,
		"role":            q.Role,
		"kind":            string(q.Kind),
		"date_provenance": string(q.DateProvenance),
		"date_precision":  strconv.Itoa(int(q.Date.Precision)),
		"doc":             docs,
		"source":          sources,
		"title":           titles,
		"url":             urls,
		"json":            string(raw),
	}
	if !q.Date.IsZero() {
		f["date"] = q.Date.Time.UTC()
	}
	if len(q.Citations) > 0 {
		f["start"] = float64(q.Citations[0].Start)
		f["end"] = float64(q.Citations[0].End)
	}
	return f, nil
}

func appendNew(s []string, v string) []string {
	if v == "" || slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// flush writes the pending quotes, the directory and the tallies with the
// batch.
func (w *writer) flush() error {
	if w.ops == 0 && len(w.pending) == 0 {
		return nil
	}
	for key, q := range w.pending {
		f, err := quoteFields(q)
		if err != nil {
			return err
		}
		if err := w.batch.Index(key, f); err != nil {
			return fmt.Errorf("index quote %q: %w", q.ID, err)
		}
	}
	w.ix.mu.Lock()
	dir, err := w.ix.dir.MarshalJSON()
	if err != nil {
		w.ix.mu.Unlock()
		return fmt.Errorf("encode speaker directory: %w", err)
	}
	tallies, err := json.Marshal(w.ix.tally)
	if err != nil {
		w.ix.mu.Unlock()
		return fmt.Errorf("encode speakers: %w", err)
	}
	w.ix.mu.Unlock()
	w.batch.SetInternal([]byte(keyDirectory), dir)
	w.batch.SetInternal([]byte(keySpeakers), tallies)
	if err := w.ix.idx.Batch(w.batch); err != nil {
		return fmt.Errorf("write batch: %w", err)
	}
	w.ix.logger().Debug("index batch written", "operations", w.ops+len(w.pending))
	w.batch.Reset()
	clear(w.pending)
	clear(w.fresh)
	w.ops = 0

	w.ix.mu.Lock()
	w.ix.speakers = buildSpeakerTable(w.ix.dir.Speakers(), w.ix.tally)
	w.ix.mu.Unlock()
	return nil
}

// Progress reports how far Build has come.
type Progress struct {
	// Documents is how many documents were read so far.
	Documents int
	// NewDocuments is how many of them were new to the index.
	NewDocuments int
	// Quotes and Passages count what was added so far.
	Quotes   int
	Passages int
}

// Stats describes one Build.
type Stats struct {
	// Documents is how many documents the corpus holds.
	Documents int
	// NewDocuments is how many were indexed by this Build.
	NewDocuments int
	// Quotes and Passages count what this Build added.
	Quotes   int
	Passages int
	// Speakers is the number of speakers in the directory after Build.
	Speakers int
	// Skipped lists the files the loader skipped.
	Skipped []corpus.Skipped
	// Unchanged reports that the corpus files had not changed since the
	// last Build, so nothing was read.
	Unchanged bool
	Elapsed   time.Duration
}

// buildChunk is how many documents Build hands to Add at a time; it
// bounds the memory Build holds.
const buildChunk = 200

// fingerprintRecord is what Build stores about the corpus it indexed.
type fingerprintRecord struct {
	Sum     string           `json:"sum"`
	Skipped []corpus.Skipped `json:"skipped,omitempty"`
}

// Build indexes the corpus in fsys, streaming documents from corpus.Load
// into Add. When every file has the same path, size and modification
// time as at the last complete Build, it reads nothing and reports
// Unchanged. progress, if not nil, is called after each chunk.
func (ix *Index) Build(ctx context.Context, fsys fs.FS, opts corpus.LoadOptions, progress func(Progress)) (Stats, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	start := time.Now()
	var st Stats
	sum, ok := fingerprint(fsys, opts)
	if ok {
		raw, err := ix.getInternal(keyFingerprint)
		if err != nil {
			return st, err
		}
		var rec fingerprintRecord
		if len(raw) > 0 && json.Unmarshal(raw, &rec) == nil && rec.Sum == sum {
			is, err := ix.Stats(ctx)
			if err != nil {
				return st, err
			}
			st.Documents, st.Speakers, st.Skipped = is.Documents, is.Speakers, rec.Skipped
			st.Unchanged = true
			st.Elapsed = time.Since(start)
			return st, nil
		}
	}

	var chunk []corpus.Document
	var p Progress
	addChunk := func() error {
		as, err := ix.add(ctx, chunk)
		p.NewDocuments += as.NewDocuments
		p.Quotes += as.Quotes
		p.Passages += as.Passages
		clear(chunk)
		chunk = chunk[:0]
		if err != nil {
			return err
		}
		if progress != nil {
			progress(p)
		}
		return nil
	}
	skipped, err := corpus.Load(ctx, fsys, opts, func(d corpus.Document) error {
		p.Documents++
		chunk = append(chunk, d)
		if len(chunk) >= buildChunk {
			return addChunk()
		}
		return nil
	})
	if err == nil && len(chunk) > 0 {
		err = addChunk()
	}
	st.Documents, st.NewDocuments, st.Quotes, st.Passages = p.Documents, p.NewDocuments, p.Quotes, p.Passages
	st.Skipped = skipped
	st.Speakers = len(ix.speakerList())
	st.Elapsed = time.Since(start)
	if err != nil {
		return st, fmt.Errorf("build index: %w", err)
	}
	if ok {
		raw, err := json.Marshal(fingerprintRecord{Sum: sum, Skipped: skipped})
		if err != nil {
			return st, fmt.Errorf("build index: %w", err)
		}
		if err := ix.setInternal(keyFingerprint, raw); err != nil {
			return st, err
		}
	}
	ix.logger().Info("index built", "documents", st.Documents, "new", st.NewDocuments,
		"quotes", st.Quotes, "passages", st.Passages, "skipped", len(st.Skipped), "elapsed", st.Elapsed)
	return st, nil
}

// speakerList returns the in-memory speaker list, most quoted first.
func (ix *Index) speakerList() []corpus.Speaker {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.speakers.list
}

func (ix *Index) getInternal(key string) ([]byte, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return nil, err
	}
	b, err := ix.idx.GetInternal([]byte(key))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", key, err)
	}
	return b, nil
}

func (ix *Index) setInternal(key string, val []byte) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return err
	}
	if err := ix.idx.SetInternal([]byte(key), val); err != nil {
		return fmt.Errorf("write %s: %w", key, err)
	}
	return nil
}

// fingerprint hashes the path, size, mode and modification time of every
// file in fsys with the load options and the index format. It reports
// false when some file has no modification time (an embedded file
// system), since then a changed file could go unnoticed.
func fingerprint(fsys fs.FS, opts corpus.LoadOptions) (string, bool) {
	h := sha256.New()
	fmt.Fprintf(h, "format=%s max=%d\n", formatVersion(), opts.MaxFileSize)
	ok := true
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.ModTime().IsZero() {
			ok = false
			return fs.SkipAll
		}
		fmt.Fprintf(h, "%q %d %o %d\n", path, info.Size(), info.Mode(), info.ModTime().UnixNano())
		return nil
	})
	if err != nil || !ok {
		return "", false
	}
	return hex.EncodeToString(h.Sum(nil)), true
}
