package search

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
)

// maxBeatScan bounds how many candidates a search narrowed to beats
// reads to match them; past it, totals are a lower bound.
const maxBeatScan = 20000

// beatPage is how many candidates a beat-filtered search reads at a time.
const beatPage = 500

func (ix *Index) beatSet() *beat.Set {
	if ix.Beats != nil {
		return ix.Beats
	}
	return defaultBeats
}

var defaultBeats = beat.Default()

// Since returns the quotes that entered the index in the period (since,
// until], oldest first, at most limit of them (a zero or negative limit
// means all), and how many there are. beats (beat ids) and speakers
// (names as asked, or speaker ids) narrow them when not empty: a quote
// must be in one of the beats and said by one of the speakers. Quotes of
// the baseline (see Build) are never returned. An unknown beat is an
// error wrapping beat.ErrUnknown; unknown speakers match nothing.
func (ix *Index) Since(ctx context.Context, since, until time.Time, beats, speakers []string, limit int) ([]corpus.Quote, int, error) {
	bs, err := ix.beatSet().Resolve(beats)
	if err != nil {
		return nil, 0, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return nil, 0, err
	}
	filters := []query.Query{typeFilter(typeQuote)}
	lo, hi := float64(max(since.UnixMilli(), 0)), float64(until.UnixMilli())
	if hi <= lo {
		return nil, 0, nil
	}
	incl, excl := true, false
	r := bleve.NewNumericRangeInclusiveQuery(&lo, &hi, &excl, &incl)
	r.SetField("added")
	filters = append(filters, r)
	if len(speakers) > 0 {
		ids := ix.resolveSpeakers(speakers)
		if len(ids) == 0 {
			return nil, 0, nil
		}
		filters = append(filters, speakerQuery(ids))
	}
	q := bleve.NewConjunctionQuery(filters...)
	order := search.SortOrder{&search.SortField{Field: "added", Type: search.SortFieldAsNumber}, &search.SortDocID{}}
	if limit <= 0 {
		limit = maxBeatScan
	}
	var keep func(corpus.Quote) bool
	if len(bs) > 0 {
		keep = func(q corpus.Quote) bool { return inBeats(bs, q) }
	}
	res, err := ix.filteredQuotes(ctx, q, order, keep, limit, 0)
	if err != nil {
		return nil, 0, fmt.Errorf("quotes since %s: %w", since.Format(time.RFC3339), err)
	}
	qs, err := decodeQuotes(res)
	if err != nil {
		return nil, 0, err
	}
	ix.currentNames(qs)
	return qs, int(res.Total), nil
}

// resolveSpeakers returns the speaker ids that names (as asked, or ids)
// resolve to. The caller holds ix.mu.
func (ix *Index) resolveSpeakers(names []string) []string {
	var ids []string
	speakers := ix.speakerTable()
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if _, ok := speakers.byID[n]; ok {
			ids = appendNew(ids, n)
			continue
		}
		for _, i := range speakers.resolve(n) {
			ids = appendNew(ids, speakers.list[i].ID)
		}
	}
	return ids
}

func speakerQuery(ids []string) query.Query {
	var ds []query.Query
	for _, id := range ids {
		t := bleve.NewTermQuery(id)
		t.SetField("speaker_id")
		ds = append(ds, t)
	}
	return bleve.NewDisjunctionQuery(ds...)
}

func inBeats(bs []*beat.Beat, q corpus.Quote) bool {
	texts := beat.QuoteTexts(q)
	for _, b := range bs {
		if b.Match(texts...) {
			return true
		}
	}
	return false
}

// filteredQuotes runs q in order and returns the hits from..from+size
// among those keep accepts (all when keep is nil), with Total set to how
// many it accepts. The caller holds ix.mu.
func (ix *Index) filteredQuotes(ctx context.Context, q query.Query, order search.SortOrder, keep func(corpus.Quote) bool, size, from int) (*bleve.SearchResult, error) {
	if keep == nil {
		req := bleve.NewSearchRequestOptions(q, size, from, false)
		req.SortByCustom(order)
		req.Fields = []string{"json"}
		return ix.idx.SearchInContext(ctx, req)
	}
	out := &bleve.SearchResult{}
	for off := 0; off < maxBeatScan; off += beatPage {
		req := bleve.NewSearchRequestOptions(q, beatPage, off, false)
		req.SortByCustom(order)
		req.Fields = []string{"json"}
		res, err := ix.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		qs, err := decodeQuotes(res)
		if err != nil {
			return nil, err
		}
		for i, h := range res.Hits {
			if !keep(qs[i]) {
				continue
			}
			if n := int(out.Total); n >= from && n < from+size {
				out.Hits = append(out.Hits, h)
			}
			out.Total++
		}
		if len(res.Hits) < beatPage {
			break
		}
	}
	return out, nil
}

// beatPrefilter returns a query that every quote (or passage, with
// fields text and title) in one of bs matches, and many others do not,
// so that fewer candidates are matched in full; nil when the beats'
// terms cannot narrow the search.
func (ix *Index) beatPrefilter(bs []*beat.Beat, fields ...string) query.Query {
	var any []query.Query
	for _, b := range bs {
		var groups []query.Query
		for _, g := range b.Terms() {
			if gq := ix.groupQuery(g, fields); gq != nil {
				groups = append(groups, gq)
			}
		}
		if len(groups) == 0 {
			return nil // this beat admits anything: no narrowing
		}
		any = append(any, bleve.NewConjunctionQuery(groups...))
	}
	if len(any) == 0 {
		return nil
	}
	return bleve.NewDisjunctionQuery(any...)
}

// groupQuery returns a query matching the texts that hold a term of
// group g, or nil when some term cannot be expressed safely (a stop
// word such as "us", a prefix of several words).
func (ix *Index) groupQuery(g []string, fields []string) query.Query {
	an := ix.idx.Mapping().AnalyzerNamed(en.AnalyzerName)
	if an == nil {
		return nil
	}
	var ds []query.Query
	for _, t := range g {
		body, prefix := beat.Prefix(t)
		toks := an.Analyze([]byte(body))
		if len(toks) == 0 {
			return nil
		}
		if prefix {
			if len(strings.Fields(body)) != 1 || len(toks) != 1 {
				return nil
			}
			// Stemming only changes a word's end: the part the word and
			// its stem share starts every word the term matches.
			p := commonPrefix(strings.ToLower(body), string(toks[0].Term))
			if len([]rune(p)) < 3 {
				return nil
			}
			for _, f := range fields {
				pq := bleve.NewPrefixQuery(p)
				pq.SetField(f)
				ds = append(ds, pq)
			}
			continue
		}
		for _, f := range fields {
			if f == bodyField {
				ds = append(ds, phraseText(f, body))
				continue
			}
			// A quote's text, its context and titles keep no positions,
			// so a phrase query there matches nothing: all the words
			// will do, since the beat itself is checked in full
			// afterwards. A quote's context leaves out the quote, so its
			// words are looked for in both.
			if f == "context" {
				if q := ix.acrossFields(body, true, fieldBoost{"text", 1}, fieldBoost{"context", 1}); q != nil {
					ds = append(ds, q)
				}
				continue
			}
			m := bleve.NewMatchQuery(body)
			m.SetField(f)
			m.SetOperator(query.MatchQueryOperatorAnd)
			ds = append(ds, m)
		}
	}
	if len(ds) == 0 {
		return nil
	}
	return bleve.NewDisjunctionQuery(ds...)
}

func commonPrefix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && a[i]&0xC0 == 0x80 {
		i-- // not inside a UTF-8 sequence
	}
	return a[:i]
}
