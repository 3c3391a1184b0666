package bench

import (
	"context"
	"strings"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

// scanPassage is one passage held for the brute-force scan.
type scanPassage struct {
	lower     string // the text in lower case
	published time.Time
}

// scanSearcher is the floor: every passage in memory, each question
// checked against all of them with strings.Contains.
type scanSearcher struct{ ps []scanPassage }

func openScan(ctx context.Context, corpusDir string) (*scanSearcher, error) {
	s := &scanSearcher{}
	_, err := dirSource(corpusDir)(ctx, s.add)
	return s, err
}

// NewScan returns a brute-force searcher over passages, for tests.
func NewScan(docs []corpus.Document) Searcher {
	s := &scanSearcher{}
	docsSource(docs)(context.Background(), s.add) // s.add never fails
	return s
}

// add holds the passages ps of d.
func (s *scanSearcher) add(d corpus.Document, ps []corpus.Passage) error {
	for _, p := range ps {
		s.ps = append(s.ps, scanPassage{lower: strings.ToLower(p.Text), published: d.Published})
	}
	return nil
}

// Query counts, over every passage, those that contain each word of the
// speaker's name, any topic word and the phrase, and were published in
// the date range; it returns at most Limit.
func (s *scanSearcher) Query(_ context.Context, q Question) (int, error) {
	speaker := lowerWords(q.Query.Speaker)
	topic := lowerWords(q.Query.Topic)
	phrase := strings.ToLower(q.Query.Phrase)
	from, to := q.Query.From, q.Query.To
	n := 0
	for i := range s.ps {
		p := &s.ps[i]
		if !from.IsZero() && p.published.Before(from) || !to.IsZero() && !p.published.Before(to) {
			continue
		}
		if phrase != "" && !strings.Contains(p.lower, phrase) {
			continue
		}
		ok := true
		for _, w := range speaker {
			if !strings.Contains(p.lower, w) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if len(topic) > 0 {
			ok = false
			for _, w := range topic {
				if strings.Contains(p.lower, w) {
					ok = true
					break
				}
			}
		}
		if ok {
			n++
		}
	}
	return min(n, Limit), nil
}

func lowerWords(s string) []string {
	return words(strings.ToLower(s))
}

func (s *scanSearcher) Close() error { return nil }
