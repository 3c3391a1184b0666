package search

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
)

// carry holds what a rebuilt index remembers of the index it replaced:
// when each quote and each document entered it. Build uses it until it
// has read the whole corpus once, so that a rebuild (after a format or
// extractor change) does not make the whole corpus look new.
type carry struct {
	// Baseline makes the quotes that Build finds and the old index did
	// not know the baseline (never new) rather than new now. It is set
	// when the old index's times could not be read, and for a new index.
	Baseline bool `json:"baseline,omitempty"`
	// Quotes and Docs map ids to Unix milliseconds.
	Quotes map[string]int64 `json:"quotes,omitempty"`
	Docs   map[string]int64 `json:"docs,omitempty"`
}

// addedSince is the first layout version that records added times.
const addedSince = 2

// readCarry reads the added times of idx, an index of format version
// old that is about to be rebuilt. An index too old to record them
// gives a baseline carry.
func readCarry(ctx context.Context, idx bleve.Index, old string) (*carry, error) {
	layout, _, _ := strings.Cut(old, "+")
	if v, err := strconv.Atoi(layout); err != nil || v < addedSince {
		return &carry{Baseline: true}, nil
	}
	c := &carry{Quotes: map[string]int64{}, Docs: map[string]int64{}}
	err := eachStored(ctx, idx, typeQuote, func(id string, raw []byte) error {
		var q struct {
			ID    string `json:"ID"`
			Added int64  `json:"added"`
		}
		if err := json.Unmarshal(raw, &q); err != nil {
			return fmt.Errorf("decode quote %q: %w", id, err)
		}
		c.Quotes[q.ID] = q.Added
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read added times: %w", err)
	}
	err = eachStored(ctx, idx, typeDoc, func(id string, raw []byte) error {
		var r docRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("decode document record %q: %w", id, err)
		}
		c.Docs[r.ID] = r.Added
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read added times: %w", err)
	}
	return c, nil
}

// eachStored calls fn with the id and stored "json" field of every
// document of type typ, in id order.
func eachStored(ctx context.Context, idx bleve.Index, typ string, fn func(id string, raw []byte) error) error {
	const page = 5000
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(typeFilter(typ), page, 0, false)
		req.SortBy([]string{"_id"})
		req.Fields = []string{"json"}
		if after != nil {
			req.SearchAfter = after
		}
		res, err := idx.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("list %ss: %w", typ, err)
		}
		for _, h := range res.Hits {
			raw, _ := h.Fields["json"].(string)
			if err := fn(h.ID, []byte(raw)); err != nil {
				return err
			}
		}
		if len(res.Hits) < page {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// docRecords returns the record of every document in the index.
func (ix *Index) docRecords(ctx context.Context) ([]docRecord, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return nil, err
	}
	var out []docRecord
	err := eachStored(ctx, ix.idx, typeDoc, func(id string, raw []byte) error {
		var r docRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("decode document record %q: %w", id, err)
		}
		out = append(out, r)
		return nil
	})
	return out, err
}
