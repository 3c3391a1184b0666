package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/quotebot/quotebot/attribution"
	"github.com/quotebot/quotebot/corpus"
)

// DateGold is one quote of a statement-date gold file: a quotation in
// an article, and when a careful reader of the article can tell its
// words were said. Offsets are code points of the article's body.
type DateGold struct {
	Article   string `json:"article"`
	Published string `json:"published"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Excerpt   string `json:"excerpt"`
	// Statement is false for a quotation that is nobody's words (a
	// title, a slogan); such records are not scored.
	Statement bool `json:"statement"`
	// Said is "2006-01-02" (the day), "2006-01-02/2006-01-09" (first and
	// last day of a period), or "unknown"; "" when Statement is false.
	Said     string `json:"said"`
	Evidence string `json:"evidence"`
	Note     string `json:"note"`

	// from and to bound Said, both days included; zero when unknown.
	from, to time.Time
}

// Known reports whether the gold gives a day or a period for the quote.
func (g DateGold) Known() bool { return !g.from.IsZero() }

// ReadDateGold reads and checks a statement-date gold file.
func ReadDateGold(path string) ([]DateGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read date gold: %w", err)
	}
	var out []DateGold
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var g DateGold
		if err := json.Unmarshal(line, &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if err := g.parse(); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read date gold: %w", err)
	}
	return out, nil
}

// parse checks g and sets its bounds.
func (g *DateGold) parse() error {
	pub, err := time.Parse(time.DateOnly, g.Published)
	if err != nil {
		return fmt.Errorf("published %q: want YYYY-MM-DD", g.Published)
	}
	if g.Article == "" || g.End <= g.Start || g.Start < 0 {
		return fmt.Errorf("want an article and a span with start < end")
	}
	switch {
	case !g.Statement:
		if g.Said != "" {
			return fmt.Errorf("said %q given for a quotation that is no statement", g.Said)
		}
		return nil
	case g.Said == "unknown":
		return nil
	}
	first, last, period := strings.Cut(g.Said, "/")
	if !period {
		last = first
	}
	if g.from, err = time.Parse(time.DateOnly, first); err != nil {
		return fmt.Errorf("said %q: want YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD or unknown", g.Said)
	}
	if g.to, err = time.Parse(time.DateOnly, last); err != nil {
		return fmt.Errorf("said %q: want YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD or unknown", g.Said)
	}
	if g.to.Before(g.from) {
		return fmt.Errorf("said %q: the period ends before it starts", g.Said)
	}
	if g.to.After(pub) {
		return fmt.Errorf("said %q: after the article's publication on %s", g.Said, g.Published)
	}
	return nil
}

// DatePrediction is the extractor's date for one gold quote.
type DatePrediction struct {
	// Found is false when the extractor gave no statement at the quote.
	Found      bool
	Date       corpus.Date
	Provenance corpus.DateProvenance
}

// PredictDates runs the extractor on each gold quote's article, found
// by id in docs, and returns the date of the statement whose citation
// covers most of the quote. An article missing from docs, or a quote
// that does not stand at its offsets, is an error: the gold no longer
// fits the corpus.
func PredictDates(docs map[string]corpus.Document, gold []DateGold) ([]DatePrediction, error) {
	quotes := map[string][]corpus.Quote{}
	out := make([]DatePrediction, len(gold))
	for i, g := range gold {
		doc, ok := docs[g.Article]
		if !ok {
			return nil, fmt.Errorf("date gold: no article %q in the corpus", g.Article)
		}
		start, end, ok := byteOffsets(doc.Text, g.Start, g.End)
		if !ok || !strings.HasPrefix(doc.Text[start:end], g.Excerpt) {
			return nil, fmt.Errorf("date gold: %s [%d:%d] does not hold %q", g.Article, g.Start, g.End, g.Excerpt)
		}
		qs, done := quotes[g.Article]
		if !done {
			qs = attribution.Extract(doc)
			quotes[g.Article] = qs
		}
		best := 0
		for _, q := range qs {
			for _, c := range q.Citations {
				n := 0
				for _, p := range c.Pieces() {
					n += max(0, min(end, p[1])-max(start, p[0]))
				}
				if n > best && 2*n >= min(end-start, c.End-c.Start) {
					best = n
					out[i] = DatePrediction{Found: true, Date: q.Date, Provenance: q.DateProvenance}
				}
			}
		}
	}
	return out, nil
}

// byteOffsets turns code-point offsets of text into byte offsets.
func byteOffsets(text string, start, end int) (int, int, bool) {
	s, e, n := -1, -1, 0
	for i := range text {
		if n == start {
			s = i
		}
		if n == end {
			e = i
			break
		}
		n++
	}
	if e < 0 && n == end {
		e = len(text)
	}
	if s < 0 || e < 0 || !utf8.ValidString(text[s:e]) {
		return 0, 0, false
	}
	return s, e, true
}

// DateResult holds the counts of a statement-date score. Of the gold
// statements the extractor found, those with a known gold date fall in
// exactly one of Right, Week, WrongDay and WrongMonth.
type DateResult struct {
	// Statements counts the gold statements; Found those the extractor
	// gave a statement at.
	Statements, Found int
	// Known counts the found statements whose gold gives a day or a
	// period; Unknown the rest, and Claimed those of them the extractor
	// gave a day the text states or implies (not the publication date).
	Known, Unknown, Claimed int
	// Right: the predicted date lies within the gold day or period.
	// Week: it does not, but is within six days of it. WrongDay: further
	// off, in a month of the gold. WrongMonth: in another month.
	Right, Week, WrongDay, WrongMonth int
	// Undated counts the found statements given no date at all.
	Undated int
	// After counts the found statements dated after their article.
	After int
	// NotPublished counts the known statements whose date is not the
	// publication day; NotPublishedRight those of them that are Right.
	NotPublished, NotPublishedRight int
	// Errors lists the known statements that are not Right.
	Errors []DateError
}

// DateError is a statement given a date other than the gold's.
type DateError struct {
	Article, Excerpt, Gold, Evidence string
	Predicted                        string
	Provenance                       corpus.DateProvenance
	What                             string // "week", "day" or "month"
}

// RightToWeek is the share of known statements dated within a week of
// the gold.
func (r DateResult) RightToWeek() float64 { return ratio(r.Right+r.Week, r.Known) }

// RightToDay is the share of known statements dated within the gold.
func (r DateResult) RightToDay() float64 { return ratio(r.Right, r.Known) }

// NotPublishedRightShare is the share of dates other than the
// publication day that are right.
func (r DateResult) NotPublishedRightShare() float64 {
	return ratio(r.NotPublishedRight, r.NotPublished)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String prints the figures on one line.
func (r DateResult) String() string {
	return fmt.Sprintf("statements=%d found=%d known=%d right=%d week=%d wrong_day=%d wrong_month=%d undated=%d after_article=%d right_to_week=%.3f right_to_day=%.3f not_published=%d right=%.3f unknown_gold=%d claimed=%d",
		r.Statements, r.Found, r.Known, r.Right, r.Week, r.WrongDay, r.WrongMonth, r.Undated, r.After,
		r.RightToWeek(), r.RightToDay(), r.NotPublished, r.NotPublishedRightShare(), r.Unknown, r.Claimed)
}

// ScoreDates compares the predicted dates, in the order of gold, with
// the gold.
func ScoreDates(gold []DateGold, preds []DatePrediction) DateResult {
	var r DateResult
	for i, g := range gold {
		if !g.Statement {
			continue
		}
		r.Statements++
		p := preds[i]
		if !p.Found {
			continue
		}
		r.Found++
		pub, _ := time.Parse(time.DateOnly, g.Published)
		if p.Date.IsZero() {
			r.Undated++
			if g.Known() {
				r.Known++
				r.WrongMonth++
				r.Errors = append(r.Errors, dateError(g, p, "month"))
			} else {
				r.Unknown++
			}
			continue
		}
		first, last := p.Date.Time, p.Date.End().AddDate(0, 0, -1)
		if first.After(pub) {
			r.After++
		}
		if last.After(pub) && !first.After(pub) {
			last = pub // "this year" in March is known only up to March
		}
		if !g.Known() {
			r.Unknown++
			if p.Provenance == corpus.DateStated || p.Provenance == corpus.DateRelative {
				r.Claimed++
			}
			continue
		}
		r.Known++
		onPub := p.Date.Precision == corpus.PrecisionDay && first.Equal(pub)
		right := !first.Before(g.from) && !last.After(g.to)
		if !onPub {
			r.NotPublished++
			if right {
				r.NotPublishedRight++
			}
		}
		const week = 6 * 24 * time.Hour
		switch {
		case right:
			r.Right++
		case !first.Before(g.from.Add(-week)) && !last.After(g.to.Add(week)):
			r.Week++
			r.Errors = append(r.Errors, dateError(g, p, "week"))
		case sameMonth(first, g.from, g.to) && sameMonth(last, g.from, g.to):
			r.WrongDay++
			r.Errors = append(r.Errors, dateError(g, p, "day"))
		default:
			r.WrongMonth++
			r.Errors = append(r.Errors, dateError(g, p, "month"))
		}
	}
	return r
}

// sameMonth reports whether t falls in a calendar month that the days
// from..to touch.
func sameMonth(t, from, to time.Time) bool {
	m := func(t time.Time) int { return t.Year()*12 + int(t.Month()) }
	return m(t) >= m(from) && m(t) <= m(to)
}

func dateError(g DateGold, p DatePrediction, what string) DateError {
	return DateError{Article: g.Article, Excerpt: g.Excerpt, Gold: g.Said, Evidence: g.Evidence,
		Predicted: p.Date.String(), Provenance: p.Provenance, What: what}
}
