package search

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/quotebot/quotebot/corpus"
)

// AddStats counts what one call to Add did.
type AddStats struct {
	// Documents is how many documents were given.
	Documents int
	// NewDocuments is how many of them were not indexed before, or were
	// indexed with another text (Changed counts those).
	NewDocuments int
	// Changed is how many documents were indexed before with another
	// text: what the old text held and the new one lacks was removed.
	Changed int
	// Quotes is how many quotes were new to the index.
	Quotes int
	// Merged is how many quotes already in the index got new citations.
	Merged int
	// Removed is how many quotes left the index because no document
	// holds them any more.
	Removed int
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

// docRecord is what the index remembers of a document: the hash of its
// text, when it entered, and what it contributed, so that a changed
// document's old quotes and passages can be taken out.
type docRecord struct {
	ID       string   `json:"id"`
	Path     string   `json:"path,omitempty"`
	Hash     string   `json:"hash"`
	Added    int64    `json:"added"` // Unix milliseconds; 0 is the baseline
	Quotes   []string `json:"quotes,omitempty"`
	Passages []string `json:"passages,omitempty"`
}

// storedQuote is a quote as the index stores it: the quote and when it
// entered the index.
type storedQuote struct {
	corpus.Quote
	// Added is when the quote entered the index, in Unix milliseconds;
	// 0 marks the baseline (quotes that are never new to a digest).
	Added int64 `json:"added"`
}

// Add indexes the documents not indexed before: it extracts their quotes
// and passages, canonicalises the speakers through the directory, and
// merges the citations of quotes already in the index. Adding the same
// documents again adds nothing. A document indexed before with another
// text (same ID) replaces its old version: the quotes and passages only
// the old text had are removed.
func (ix *Index) Add(ctx context.Context, docs []corpus.Document) (AddStats, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	return ix.add(ctx, docs, false)
}

// Remove takes the documents with the given IDs out of the index, with
// the quotes no other document holds and their passages. IDs not in
// the index are ignored.
func (ix *Index) Remove(ctx context.Context, ids []string) (AddStats, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	return ix.remove(ctx, ids)
}

func (ix *Index) remove(ctx context.Context, ids []string) (AddStats, error) {
	ix.mu.RLock()
	err := ix.checkOpen()
	ix.mu.RUnlock()
	if err != nil {
		return AddStats{}, err
	}
	w := ix.newWriter(false)
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return w.stats, w.finish(err)
		}
		key := docKey(id)
		old, err := w.docRecord(key)
		if err != nil {
			return w.stats, w.finish(err)
		}
		if old == nil {
			continue
		}
		if err := w.retract(old, nil); err != nil {
			return w.stats, w.finish(err)
		}
		w.batch.Delete(key)
		delete(w.docs, key)
		w.ops++
	}
	return w.stats, w.finish(nil)
}

// add is Add with ix.writeMu held. building says Build is the caller.
func (ix *Index) add(ctx context.Context, docs []corpus.Document, building bool) (AddStats, error) {
	ix.mu.RLock()
	err := ix.checkOpen()
	ix.mu.RUnlock()
	if err != nil {
		return AddStats{}, err
	}
	w := ix.newWriter(building)
	err = w.addDocs(ctx, docs)
	return w.stats, w.finish(err)
}

// addDocs adds docs, writing a batch whenever batchSize operations are
// pending. A document given twice in docs is added once.
//
// Extraction, the costly part that needs nothing but the document, runs
// a few documents ahead on every core (see prepare) while this goroutine
// writes, in the order of docs, so that the index and the directory
// come out the same as from one goroutine.
func (w *writer) addDocs(ctx context.Context, docs []corpus.Document) error {
	clear(w.seen)
	pl := w.ix.prepare(ctx, docs, w.written == nil)
	defer pl.stop()
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.add(d, pl.wait(i)); err != nil {
			return err
		}
	}
	return nil
}

// prepared is a document's hash, quotes and passages, made ahead of the
// writer. extracted is false when the index already held the document's
// text, so that nothing was extracted.
type prepared struct {
	done      chan struct{}
	hash      string
	extracted bool
	qs        []corpus.Quote
	ps        []corpus.Passage
}

// pipeline is the documents being prepared ahead of the writer.
type pipeline struct {
	docs  []prepared
	slots chan struct{} // one a document taken and not yet written
	quit  chan struct{}
}

// lookahead bounds how many documents are prepared and not yet written:
// enough to keep every core busy while a batch is written, few enough
// that a canceled write has not extracted the rest of its documents.
func lookahead() int { return 4 * runtime.GOMAXPROCS(0) }

// prepare starts preparing docs, in order, on up to GOMAXPROCS
// goroutines that stay at most lookahead documents ahead of the writer.
// With lookup, a document whose stored record has the same hash is not
// extracted: the writer keeps it as it is. The caller must call stop.
func (ix *Index) prepare(ctx context.Context, docs []corpus.Document, lookup bool) *pipeline {
	pl := &pipeline{
		docs:  make([]prepared, len(docs)),
		slots: make(chan struct{}, lookahead()),
		quit:  make(chan struct{}),
	}
	for i := range pl.docs {
		pl.docs[i].done = make(chan struct{})
	}
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		go func() {
			for {
				select {
				case pl.slots <- struct{}{}:
				case <-pl.quit:
					return
				}
				i := int(next.Add(1) - 1)
				if i >= len(docs) {
					return
				}
				p := &pl.docs[i]
				if ctx.Err() == nil {
					ix.prepareOne(docs[i], p, lookup)
				}
				close(p.done)
			}
		}()
	}
	return pl
}

// wait returns document i once it is prepared, and lets the goroutines
// take one more.
func (pl *pipeline) wait(i int) *prepared {
	<-pl.docs[i].done
	<-pl.slots
	return &pl.docs[i]
}

// stop ends the goroutines once they finish the document in hand.
func (pl *pipeline) stop() { close(pl.quit) }

func (ix *Index) prepareOne(d corpus.Document, p *prepared, lookup bool) {
	p.hash = docHash(d)
	if lookup {
		raw, err := ix.storedJSON(docKey(d.ID))
		var r docRecord
		if err == nil && raw != nil && json.Unmarshal(raw, &r) == nil && r.Hash == p.hash {
			return
		}
	}
	p.qs = ix.extract(d)
	p.ps = ix.passages(d)
	p.extracted = true
}

func (ix *Index) newWriter(building bool) *writer {
	w := &writer{
		ix: ix, batch: ix.idx.NewBatch(), building: building, now: ix.now().UnixMilli(),
		pending: make(map[string]*pendingQuote), docs: make(map[string]*docRecord), seen: make(map[string]bool),
	}
	if n, err := ix.idx.DocCount(); err == nil && n == 0 {
		w.written = make(map[string]bool)
	}
	return w
}

// stored reports whether the bleve document key may be in the index, so
// that it is worth reading: always, unless the writer started on an
// empty index and has not written key.
func (w *writer) stored(key string) bool {
	return w.written == nil || w.written[key]
}

// writer accumulates bleve batches. Quotes wait in pending until the
// batch is written, so that a quote found twice in one batch is merged.
//
// The speaker directory and tallies are written once, with the last
// batch (see finish). Until then the index is marked dirty: its first
// batch sets keyDirty and the last one clears it, so that an index whose
// writer never finished (the process died) is rebuilt by Open rather
// than kept with a directory that lacks the speakers of the documents
// written since.
type writer struct {
	ix       *Index
	batch    *bleve.Batch
	building bool  // Build is the caller: a pending baseline applies
	now      int64 // Unix milliseconds
	pending  map[string]*pendingQuote
	docs     map[string]*docRecord // document records written in this batch
	seen     map[string]bool       // documents added in this call
	ops      int
	dirty    bool // a batch with keyDirty was written, and no state since
	// written holds the keys of the quotes and document records this
	// writer wrote, when it started on an empty index (the first Build):
	// no other key can be read back, so none is looked up. Nil otherwise.
	written map[string]bool
	stats   AddStats
}

// pendingQuote is a quote to write (or delete, when no citation is left).
type pendingQuote struct {
	q     corpus.Quote
	added int64
	fresh bool // not in the index before this batch
}

// docHash identifies a document's content.
func docHash(d corpus.Document) string {
	h := sha256.New()
	h.Write([]byte(d.ID))
	h.Write([]byte{0})
	h.Write([]byte(d.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// docKey is the bleve id of a document's record.
func docKey(id string) string { return "d:" + id }

// docRecord returns the record of the document with bleve id key, or nil.
func (w *writer) docRecord(key string) (*docRecord, error) {
	if r, ok := w.docs[key]; ok {
		return r, nil
	}
	if !w.stored(key) {
		return nil, nil
	}
	raw, err := w.ix.storedJSON(key)
	if err != nil || raw == nil {
		return nil, err
	}
	var r docRecord
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("decode document record %q: %w", key, err)
	}
	return &r, nil
}

// addedFor returns the time a new quote of document docID enters with:
// what the index remembered from before a rebuild, else the baseline
// during the first Build of a new or rebuilt index, else now.
func (w *writer) addedFor(quoteID, docID string) int64 {
	if c := w.ix.carry; c != nil {
		if t, ok := c.Quotes[quoteID]; ok {
			return t
		}
		if t, ok := c.Docs[docID]; ok {
			return t
		}
		if c.Baseline && w.building {
			return 0
		}
	}
	return w.now
}

// add writes document d, prepared by prepare.
func (w *writer) add(d corpus.Document, pre *prepared) error {
	w.stats.Documents++
	key := docKey(d.ID)
	if w.seen[key] {
		return nil
	}
	w.seen[key] = true
	hash := pre.hash
	if hash == "" { // prepare stopped when ctx ended
		hash = docHash(d)
	}
	old, err := w.docRecord(key)
	if err != nil {
		return fmt.Errorf("index document %q: %w", d.ID, err)
	}
	if old != nil && old.Hash == hash {
		if old.Path != d.Path && d.Path != "" {
			// The file moved: keep the record's path current.
			rec := *old
			rec.Path = d.Path
			return w.putDoc(&rec)
		}
		return nil
	}
	w.stats.NewDocuments++

	qs, ps := pre.qs, pre.ps
	if !pre.extracted {
		// prepare stopped when ctx ended, or found the text in the
		// index while this writer holds a newer record of the same id
		// (one id in two files of one Build).
		qs, ps = w.ix.extract(d), w.ix.passages(d)
	}

	w.ix.mu.Lock()
	w.ix.dir.Canonicalize(qs)
	w.ix.mu.Unlock()

	rec := &docRecord{ID: d.ID, Path: d.Path, Hash: hash}
	if old != nil {
		w.stats.Changed++
		rec.Added = old.Added
		if err := w.retract(old, ps); err != nil {
			return fmt.Errorf("index document %q: %w", d.ID, err)
		}
	} else {
		rec.Added = w.addedFor("", d.ID)
	}
	for i := range qs {
		id, err := w.addQuote(d, qs[i])
		if err != nil {
			return fmt.Errorf("index document %q: %w", d.ID, err)
		}
		rec.Quotes = appendNew(rec.Quotes, id)
	}
	for _, p := range ps {
		id, err := w.addPassage(d, p)
		if err != nil {
			return fmt.Errorf("index document %q: %w", d.ID, err)
		}
		rec.Passages = appendNew(rec.Passages, id)
	}
	if err := w.putDoc(rec); err != nil {
		return fmt.Errorf("index document %q: %w", d.ID, err)
	}
	if w.ops+len(w.pending) >= batchSize {
		return w.flush(false)
	}
	return nil
}

// putDoc writes a document record.
func (w *writer) putDoc(r *docRecord) error {
	raw, err := json.Marshal(r)
	if err != nil {
		return err
	}
	key := docKey(r.ID)
	w.docs[key] = r
	w.ops++
	return w.batch.Index(key, map[string]any{"type": typeDoc, "json": string(raw)})
}

// retract takes what the old version of a document contributed out of
// the index: its citations leave its quotes (a quote with no citation
// left is deleted when the batch is written, unless the new version
// cites it again), and its passages are deleted.
func (w *writer) retract(old *docRecord, keep []corpus.Passage) error {
	for _, id := range old.Quotes {
		key := "q:" + id
		pq := w.pending[key]
		if pq == nil {
			q, added, err := w.ix.storedQuote(key)
			if err != nil {
				return err
			}
			if q == nil {
				continue
			}
			pq = &pendingQuote{q: *q, added: added}
			w.pending[key] = pq
		}
		pq.q.Citations = slices.DeleteFunc(pq.q.Citations, func(c corpus.Citation) bool { return c.DocID == old.ID })
	}
	for _, id := range old.Passages {
		// A passage the new version also has is indexed again after this
		// in the same batch, which wins over the delete.
		w.batch.Delete("p:" + id)
		w.ops++
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

// addQuote adds q, found in d, and returns its id.
func (w *writer) addQuote(d corpus.Document, q corpus.Quote) (string, error) {
	fillCitations(d, &q)
	q.ID = quoteID(q)
	key := "q:" + q.ID
	if pq, ok := w.pending[key]; ok {
		if mergeCitations(&pq.q, q) && !pq.fresh {
			w.stats.Merged++
		}
		return q.ID, nil
	}
	var stored *corpus.Quote
	var added int64
	var err error
	if w.stored(key) {
		stored, added, err = w.ix.storedQuote(key)
		if err != nil {
			return "", err
		}
	}
	if stored != nil {
		if !mergeCitations(stored, q) {
			return q.ID, nil // nothing new
		}
		w.pending[key] = &pendingQuote{q: *stored, added: added}
		w.stats.Merged++
		return q.ID, nil
	}
	w.pending[key] = &pendingQuote{q: q, added: w.addedFor(q.ID, d.ID), fresh: true}
	w.stats.Quotes++
	w.ix.countQuote(q, 1)
	return q.ID, nil
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

// storedJSON returns the stored "json" field of the bleve document key,
// or nil when there is no such document.
func (ix *Index) storedJSON(key string) ([]byte, error) {
	doc, err := ix.idx.Document(key)
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", key, err)
	}
	if doc == nil {
		return nil, nil
	}
	var raw []byte
	doc.VisitFields(func(f index.Field) {
		if f.Name() == "json" {
			raw = slices.Clone(f.Value())
		}
	})
	return raw, nil
}

// storedQuote reads the quote stored under the bleve id key and when it
// entered the index, or nil.
func (ix *Index) storedQuote(key string) (*corpus.Quote, int64, error) {
	raw, err := ix.storedJSON(key)
	if err != nil || raw == nil {
		return nil, 0, err
	}
	var q storedQuote
	if err := json.Unmarshal(raw, &q); err != nil {
		return nil, 0, fmt.Errorf("decode quote %q: %w", key, err)
	}
	return &q.Quote, q.Added, nil
}

// countQuote records a new quote in the speaker tallies (n = 1), or
// takes a removed one out (n = -1).
func (ix *Index) countQuote(q corpus.Quote, n int) {
	if q.SpeakerID == "" {
		return
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	t := ix.tally[q.SpeakerID]
	if n < 0 {
		if t != nil {
			t.Quotes += n
			if t.Quotes <= 0 {
				delete(ix.tally, q.SpeakerID)
			}
		}
		return
	}
	if t == nil {
		t = &tally{Name: strings.Clone(q.Speaker), Type: q.SpeakerType}
		ix.tally[q.SpeakerID] = t
	}
	t.Quotes += n
	if t.Name == "" {
		t.Name = strings.Clone(q.Speaker)
	}
	if t.Type == "" {
		t.Type = q.SpeakerType
	}
	// Copies: a name or role cut from a document's text would keep the
	// whole text alive as long as the index is open.
	if q.Speaker != "" && q.Speaker != t.Name && !slices.Contains(t.Aliases, q.Speaker) {
		t.Aliases = append(t.Aliases, strings.Clone(q.Speaker))
	}
	if q.Role != "" && !slices.Contains(t.Roles, q.Role) {
		t.Roles = append(t.Roles, strings.Clone(q.Role))
	}
	if !q.Date.IsZero() && q.Date.Time.After(t.Last) {
		t.Last = q.Date.Time
	}
}

// addPassage adds passage p of d and returns its id.
func (w *writer) addPassage(d corpus.Document, p corpus.Passage) (string, error) {
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
		return "", fmt.Errorf("encode passage: %w", err)
	}
	f := map[string]any{
		"type":    typePassage,
		bodyField: p.Text,
		"title":   c.Title,
		"json":    string(raw),
	}
	if !c.Published.IsZero() {
		f["published"] = c.Published.UTC()
	}
	if err := w.batch.Index("p:"+p.ID, f); err != nil {
		return "", fmt.Errorf("index passage: %w", err)
	}
	w.ops++
	w.stats.Passages++
	return p.ID, nil
}

// quoteFields returns the indexed form of q, which entered the index at
// added (Unix milliseconds).
func quoteFields(q *corpus.Quote, added int64) (map[string]any, error) {
	raw, err := json.Marshal(storedQuote{Quote: *q, Added: added})
	if err != nil {
		return nil, fmt.Errorf("encode quote %q: %w", q.ID, err)
	}
	var titles, contexts []string
	for _, c := range q.Citations {
		titles = appendNew(titles, c.Title)
		// The quote's own words are in "text": its paragraph, which
		// often runs on far beyond it, is indexed by the words around
		// it only, and questions look for their words in both fields
		// (see acrossFields).
		contexts = appendNew(contexts, c.Surroundings(q.Text))
	}
	f := map[string]any{
		"type":       typeQuote,
		"text":       q.Text,
		wordsField:   q.Text,
		"context":    contexts,
		"speaker_id": q.SpeakerID,
		"title":      titles,
		"added":      float64(added),
		"json":       string(raw),
	}
	if !q.Date.IsZero() {
		f["date"] = q.Date.Time.UTC()
	}
	return f, nil
}

func appendNew(s []string, v string) []string {
	if v == "" || slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// flush writes the pending quotes (deleting those with no citation
// left) and the document records with the batch. With state it also
// writes the speaker directory and the tallies and clears the dirty mark;
// without, the first batch sets the mark.
func (w *writer) flush(state bool) error {
	if w.ops == 0 && len(w.pending) == 0 && (!state || !w.dirty) {
		return nil
	}
	for key, pq := range w.pending {
		if len(pq.q.Citations) == 0 {
			w.batch.Delete(key)
			if !pq.fresh {
				w.stats.Removed++
				w.ix.countQuote(pq.q, -1)
			}
			continue
		}
		f, err := quoteFields(&pq.q, pq.added)
		if err != nil {
			return err
		}
		if err := w.batch.Index(key, f); err != nil {
			return fmt.Errorf("index quote %q: %w", pq.q.ID, err)
		}
	}
	switch {
	case state:
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
		if w.dirty {
			w.batch.DeleteInternal([]byte(keyDirty))
		}
	case !w.dirty:
		w.batch.SetInternal([]byte(keyDirty), []byte("1"))
	}
	if err := w.ix.idx.Batch(w.batch); err != nil {
		return fmt.Errorf("write batch: %w", err)
	}
	if w.written != nil {
		for key := range w.pending {
			w.written[key] = true
		}
		for key := range w.docs {
			w.written[key] = true
		}
	}
	w.dirty = !state
	w.ix.logger().Debug("index batch written", "operations", w.ops+len(w.pending))
	// A new batch rather than Reset: the in-memory index may still read
	// the old one's map of operations from a goroutine of its own after
	// Batch returns (bleve's upsidedown index, for a delete listed after
	// the last document it analyses).
	w.batch = w.ix.idx.NewBatch()
	clear(w.pending)
	clear(w.docs)
	w.ops = 0

	w.ix.mu.Lock()
	w.ix.staleSpeakers()
	w.ix.mu.Unlock()
	return nil
}

// finish ends the writer's work: after err == nil it writes what is
// pending with the directory and the tallies. After an error it drops
// what is pending (it may hold part of a document) and, if earlier
// batches were written, still writes the directory and the tallies, so
// that the index stays consistent. It returns err, joined with any error
// of its own.
func (w *writer) finish(err error) error {
	if err == nil {
		return w.flush(true)
	}
	if w.dirty {
		w.batch.Reset()
		clear(w.pending)
		clear(w.docs)
		w.ops = 0
		if ferr := w.flush(true); ferr != nil {
			return errors.Join(err, ferr)
		}
	}
	return err
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
	// Removed counts the documents whose files are gone from the corpus
	// and that were taken out of the index.
	Removed int
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
// Unchanged. Documents whose text is unchanged are not extracted again;
// changed ones replace their old version; documents of files no longer in
// fsys are removed (documents added by Add without a Path stay).
// progress, if not nil, is called after each chunk.
//
// The quotes of the first Build of a newly created or rebuilt index are
// the baseline: they keep the time they entered the index before the
// rebuild when the old index knew it, and are otherwise never new to
// Since, so that a rebuild does not make the whole corpus look new.
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

	ix.mu.RLock()
	err := ix.checkOpen()
	ix.mu.RUnlock()
	if err != nil {
		return st, fmt.Errorf("build index: %w", err)
	}
	// One writer for the whole corpus: batches fill up to batchSize across
	// chunks, and the directory is written once, at the end.
	w := ix.newWriter(true)
	var chunk []corpus.Document
	var p Progress
	seen := make(map[string]bool)
	addChunk := func() error {
		for _, d := range chunk {
			seen[d.ID] = true
		}
		err := w.addDocs(ctx, chunk)
		p.NewDocuments = w.stats.NewDocuments
		p.Quotes = w.stats.Quotes
		p.Passages = w.stats.Passages
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
	err = w.finish(err)
	if err == nil {
		st.Removed, err = ix.removeMissing(ctx, seen)
	}
	if err == nil && ix.carry != nil {
		if err = ix.deleteInternal(keyCarry); err == nil {
			ix.carry = nil
		}
	}
	if err == nil && (p.NewDocuments > 0 || st.Removed > 0) {
		err = ix.compact(ctx)
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

// removeMissing removes the documents that came from a file (they have
// a path) but were not seen by the Build that just read the corpus.
func (ix *Index) removeMissing(ctx context.Context, seen map[string]bool) (int, error) {
	recs, err := ix.docRecords(ctx)
	if err != nil {
		return 0, err
	}
	var gone []string
	for _, r := range recs {
		if r.Path != "" && !seen[r.ID] {
			gone = append(gone, r.ID)
		}
	}
	if len(gone) == 0 {
		return 0, nil
	}
	if _, err := ix.remove(ctx, gone); err != nil {
		return 0, fmt.Errorf("remove documents no longer in the corpus: %w", err)
	}
	ix.logger().Info("removed documents no longer in the corpus", "documents", len(gone))
	return len(gone), nil
}

// speakerList returns the in-memory speaker list, most quoted first.
func (ix *Index) speakerList() []corpus.Speaker {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.speakerTable().list
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

func (ix *Index) deleteInternal(key string) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return err
	}
	if err := ix.idx.DeleteInternal([]byte(key)); err != nil {
		return fmt.Errorf("delete %s: %w", key, err)
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
