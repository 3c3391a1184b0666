package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/search"
)

func (a *app) ask(ctx context.Context, args []string) error {
	fs := a.flagSet("ask")
	asJSON := fs.Bool("json", false, "print one JSON object per answer")
	limit := fs.Int("limit", search.DefaultLimit, "how many quotes to show (1-50)")
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: quotebot ask [--json] [--limit N] QUESTION\n\nWith no question, or \"-\", questions are read one a line from stdin.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if *limit < 1 || *limit > search.MaxLimit {
		return usagef("--limit %d: want a number from 1 to %d", *limit, search.MaxLimit)
	}
	question := strings.TrimSpace(strings.Join(fs.Args(), " "))
	ix, err := a.openIndexToRead(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	answer := func(q string) error {
		ans, err := ix.Ask(ctx, q, *limit, 0)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeAnswerJSON(a.stdout, ans)
		}
		writeAnswerText(a.stdout, ans)
		return nil
	}
	if question != "" && question != "-" {
		err := answer(question)
		if errors.Is(err, search.ErrEmptyQuery) {
			return usageError{err}
		}
		return err
	}
	// One question a line: the no-Discord mode of the bot.
	sc := bufio.NewScanner(a.stdin)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		if err := answer(q); err != nil {
			if errors.Is(err, search.ErrEmptyQuery) || errors.Is(err, search.ErrQueryTooLong) {
				fmt.Fprintln(a.stdout, "quotebot:", err)
				continue
			}
			return err
		}
		if !*asJSON {
			fmt.Fprintln(a.stdout)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	return nil
}

// writeAnswerText prints an answer for people: each quote as
// “text” — Speaker (role), date (provenance) · source, title, url.
func writeAnswerText(w io.Writer, ans corpus.Answer) {
	switch {
	case ans.Total == 0:
		fmt.Fprintf(w, "No quotes match %q.\n", ans.Query.Question)
	case ans.Total == 1:
		fmt.Fprintf(w, "1 quote matches %q.\n", ans.Query.Question)
	default:
		fmt.Fprintf(w, "%d quotes match %q; showing %d.\n", ans.Total, ans.Query.Question, len(ans.Quotes))
	}
	for _, n := range ans.Notes {
		fmt.Fprintln(w, n)
	}
	if len(ans.Suggestions) > 0 {
		names := make([]string, len(ans.Suggestions))
		for i, s := range ans.Suggestions {
			names[i] = s.Name
		}
		fmt.Fprintf(w, "Nearest speakers: %s.\n", strings.Join(names, ", "))
	}
	for i, q := range ans.Quotes {
		fmt.Fprintf(w, "\n%d. “%s”\n   — %s\n", i+1, q.Text, attributionLine(q))
		for j, c := range q.Citations {
			prefix := "   · "
			if j > 0 {
				prefix = "   · also: "
			}
			fmt.Fprintf(w, "%s%s\n", prefix, citationLine(c))
		}
	}
	if len(ans.Passages) > 0 {
		fmt.Fprintf(w, "\nPassages:\n")
		for i, p := range ans.Passages {
			fmt.Fprintf(w, "\n%d. %s\n   · %s\n", i+1, p.Text, citationLine(p.Citation))
		}
	}
}

// attributionLine formats "Speaker (role), date (provenance)".
func attributionLine(q corpus.Quote) string {
	var b strings.Builder
	if q.Speaker != "" {
		b.WriteString(q.Speaker)
	} else {
		b.WriteString("unattributed")
	}
	if q.Role != "" {
		fmt.Fprintf(&b, " (%s)", q.Role)
	}
	if q.Kind == corpus.KindReported {
		b.WriteString(", reported")
	}
	if d := q.Date.String(); d != "" {
		fmt.Fprintf(&b, ", %s (%s)", d, q.DateProvenance)
	} else {
		b.WriteString(", date unknown")
	}
	return b.String()
}

// citationLine formats "source, title, url".
func citationLine(c corpus.Citation) string {
	var parts []string
	for _, s := range []string{c.Source, c.Title, c.URL} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, c.DocID)
	}
	return strings.Join(parts, ", ")
}

// jsonCite is where a quote or passage was published, as `ask --json`
// prints it.
type jsonCite struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Doc    string `json:"doc"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	// Parts holds the pieces of a quote that its attribution splits.
	Parts [][2]int `json:"parts,omitempty"`
}

func newJSONCite(c corpus.Citation) jsonCite {
	return jsonCite{Source: c.Source, Title: c.Title, URL: c.URL, Doc: c.DocID, Start: c.Start, End: c.End, Parts: c.Parts}
}

// jsonQuote is a quote as `ask --json` prints it.
type jsonQuote struct {
	ID             string `json:"id"`
	Text           string `json:"text"`
	Speaker        string `json:"speaker"`
	SpeakerID      string `json:"speaker_id"`
	Role           string `json:"role"`
	Kind           string `json:"kind"`
	Date           string `json:"date"`
	DateProvenance string `json:"date_provenance"`
	jsonCite
	Context string `json:"context"`
	// Citations lists every place the quote appears, the first included.
	Citations []corpus.Citation `json:"citations"`
}

type jsonPassage struct {
	Text string `json:"text"`
	jsonCite
}

type jsonAnswer struct {
	Question    string        `json:"question"`
	Intent      string        `json:"intent"`
	Speaker     string        `json:"speaker"`
	Speakers    []string      `json:"speakers"`
	Topic       string        `json:"topic"`
	Phrase      string        `json:"phrase,omitempty"`
	From        string        `json:"from"`
	To          string        `json:"to"`
	Total       int           `json:"total"`
	Quotes      []jsonQuote   `json:"quotes"`
	Passages    []jsonPassage `json:"passages"`
	Notes       []string      `json:"notes"`
	Suggestions []string      `json:"suggestions"`
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func writeAnswerJSON(w io.Writer, ans corpus.Answer) error {
	out := jsonAnswer{
		Question: ans.Query.Question,
		Intent:   string(ans.Query.Intent),
		Speaker:  ans.Query.Speaker,
		Topic:    ans.Query.Topic,
		Phrase:   ans.Query.Phrase,
		From:     dateOrEmpty(ans.Query.From),
		To:       dateOrEmpty(ans.Query.To),
		Total:    ans.Total,
		Quotes:   []jsonQuote{},
		Passages: []jsonPassage{},
		Notes:    append([]string{}, ans.Notes...),
		Speakers: []string{},
	}
	for _, s := range ans.Speakers {
		out.Speakers = append(out.Speakers, s.Name)
	}
	if len(ans.Speakers) == 1 {
		out.Speaker = ans.Speakers[0].Name
	}
	for _, s := range ans.Suggestions {
		out.Suggestions = append(out.Suggestions, s.Name)
	}
	for _, q := range ans.Quotes {
		jq := jsonQuote{
			ID: q.ID, Text: q.Text, Speaker: q.Speaker, SpeakerID: q.SpeakerID, Role: q.Role,
			Kind: string(q.Kind), Date: q.Date.String(), DateProvenance: string(q.DateProvenance),
			Citations: q.Citations,
		}
		if len(q.Citations) > 0 {
			jq.jsonCite = newJSONCite(q.Citations[0])
			jq.Context = q.Citations[0].Context
		}
		out.Quotes = append(out.Quotes, jq)
	}
	for _, p := range ans.Passages {
		out.Passages = append(out.Passages, jsonPassage{Text: p.Text, jsonCite: newJSONCite(p.Citation)})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
