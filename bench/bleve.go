package bench

import (
	"context"
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/quotebot/quotebot/corpus"
)

// bleveBatch is the batch size of the plain bleve system.
const bleveBatch = 1000

// ingestBleve indexes every passage into a bleve index with the default
// mapping: one document a passage with its text, document id and
// publication date, in batches of bleveBatch.
func ingestBleve(ctx context.Context, src source, indexPath string) (IngestResult, error) {
	idx, err := bleve.New(indexPath, bleve.NewIndexMapping())
	if err != nil {
		return IngestResult{}, fmt.Errorf("create index %q: %w", indexPath, err)
	}
	res, err := indexBleve(ctx, src, idx)
	if cerr := idx.Close(); err == nil {
		err = cerr
	}
	return res, err
}

// NewBleve returns the plain bleve system over docs, in a new index at
// indexPath, or in memory when indexPath is "".
func NewBleve(ctx context.Context, docs []corpus.Document, indexPath string) (Searcher, error) {
	var idx bleve.Index
	var err error
	if indexPath == "" {
		idx, err = bleve.NewMemOnly(bleve.NewIndexMapping())
	} else {
		idx, err = bleve.New(indexPath, bleve.NewIndexMapping())
	}
	if err != nil {
		return nil, fmt.Errorf("create index %q: %w", indexPath, err)
	}
	if _, err := indexBleve(ctx, docsSource(docs), idx); err != nil {
		idx.Close()
		return nil, err
	}
	return &bleveSearcher{idx: idx}, nil
}

func indexBleve(ctx context.Context, src source, idx bleve.Index) (IngestResult, error) {
	var res IngestResult
	var err error
	batch := idx.NewBatch()
	flush := func() error {
		if batch.Size() == 0 {
			return nil
		}
		if err := idx.Batch(batch); err != nil {
			return fmt.Errorf("write batch: %w", err)
		}
		batch.Reset()
		return nil
	}
	res.Documents, err = src(ctx, func(d corpus.Document, ps []corpus.Passage) error {
		for _, p := range ps {
			doc := map[string]any{"text": p.Text, "doc": d.ID}
			if !d.Published.IsZero() {
				doc["published"] = d.Published
			}
			if err := batch.Index(strconv.Itoa(res.Passages), doc); err != nil {
				return err
			}
			res.Passages++
			if batch.Size() >= bleveBatch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return res, err
}

type bleveSearcher struct{ idx bleve.Index }

func openBleve(indexPath string) (*bleveSearcher, error) {
	idx, err := bleve.Open(indexPath)
	if err != nil {
		return nil, fmt.Errorf("open index %q: %w", indexPath, err)
	}
	return &bleveSearcher{idx: idx}, nil
}

// BleveQuery returns the plain bleve query closest to quotebot's for q:
// every word of the speaker's name, any of the topic words, the phrase,
// and the date range on the passage's publication date.
func BleveQuery(q corpus.Query) query.Query {
	var must []query.Query
	if q.Speaker != "" {
		m := bleve.NewMatchQuery(q.Speaker)
		m.SetField("text")
		m.SetOperator(query.MatchQueryOperatorAnd)
		must = append(must, m)
	}
	if q.Topic != "" {
		m := bleve.NewMatchQuery(q.Topic)
		m.SetField("text")
		must = append(must, m)
	}
	if q.Phrase != "" {
		m := bleve.NewMatchPhraseQuery(q.Phrase)
		m.SetField("text")
		must = append(must, m)
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		r := bleve.NewDateRangeQuery(q.From, q.To)
		r.SetField("published")
		must = append(must, r)
	}
	if len(must) == 0 {
		return bleve.NewMatchAllQuery()
	}
	return bleve.NewConjunctionQuery(must...)
}

func (s *bleveSearcher) Query(ctx context.Context, q Question) (int, error) {
	req := bleve.NewSearchRequestOptions(BleveQuery(q.Query), Limit, 0, false)
	req.Fields = []string{"text", "doc"}
	res, err := s.idx.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return len(res.Hits), nil
}

func (s *bleveSearcher) Close() error { return s.idx.Close() }
