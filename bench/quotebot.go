package bench

import (
	"context"
	"io/fs"
	"os"
	"time"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/search"
)

// ingestQuotebot runs quotebot's whole pipeline: search.Index.Build of
// the corpus folder into a new index.
func ingestQuotebot(ctx context.Context, corpusDir, indexPath string) (IngestResult, error) {
	ix, err := search.Open(indexPath)
	if err != nil {
		return IngestResult{}, err
	}
	st, err := ix.Build(ctx, os.DirFS(corpusDir), corpus.LoadOptions{}, nil)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	return IngestResult{Documents: st.Documents, Passages: st.Passages, Quotes: st.Quotes}, err
}

// quotebotSearcher asks questions through search.Index.Ask, the path of
// "quotebot ask" and of the bot.
type quotebotSearcher struct{ ix *search.Index }

func openQuotebot(indexPath string, now time.Time) (*quotebotSearcher, error) {
	ix, err := search.Open(indexPath)
	if err != nil {
		return nil, err
	}
	ix.Now = func() time.Time { return now }
	return &quotebotSearcher{ix: ix}, nil
}

// Query asks q.Text with the default page size and counts the quotes and
// passages of the answer.
func (s *quotebotSearcher) Query(ctx context.Context, q Question) (int, error) {
	ans, err := s.ix.Ask(ctx, q.Text, 0, 0)
	if err != nil {
		return 0, err
	}
	return len(ans.Quotes) + len(ans.Passages), nil
}

func (s *quotebotSearcher) Close() error { return s.ix.Close() }

// NewQuotebot returns the quotebot system over the corpus in fsys, with
// its clock fixed at now, in a new index at indexPath, or in memory when
// indexPath is "".
func NewQuotebot(ctx context.Context, fsys fs.FS, indexPath string, now time.Time) (Searcher, *search.Index, error) {
	open := search.OpenMem
	if indexPath != "" {
		open = func() (*search.Index, error) { return search.Open(indexPath) }
	}
	ix, err := open()
	if err != nil {
		return nil, nil, err
	}
	ix.Now = func() time.Time { return now }
	if _, err := ix.Build(ctx, fsys, corpus.LoadOptions{}, nil); err != nil {
		ix.Close()
		return nil, nil, err
	}
	return &quotebotSearcher{ix: ix}, ix, nil
}
