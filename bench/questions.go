package bench

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/quotebot/quotebot/attribution"
	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/search"
)

// Question kinds.
const (
	KindSpeaker = "speaker" // "what did X say"
	KindTopic   = "topic"   // "what did X say about Y"
	KindPhrase  = "phrase"  // "who said 'P'"
	KindDate    = "date"    // "what did X say in 2019", "... last week"
)

// Question is one benchmark question with the query every system runs
// for it, parsed once by search.Parse.
type Question struct {
	Kind  string       `json:"kind"`
	Text  string       `json:"text"`
	Query corpus.Query `json:"query"`
}

// QuestionSet is the fixed set of questions of a run and the clock they
// are resolved against.
type QuestionSet struct {
	// Now is the time "last week" is resolved against: the day after the
	// 99th percentile of the corpus's publication dates.
	Now       time.Time  `json:"now"`
	Questions []Question `json:"questions"`
}

// WriteFile writes the set as JSON.
func (s QuestionSet) WriteFile(name string) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode questions: %w", err)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		return fmt.Errorf("write questions: %w", err)
	}
	return nil
}

// ReadQuestions reads a set written by WriteFile.
func ReadQuestions(name string) (QuestionSet, error) {
	var s QuestionSet
	b, err := os.ReadFile(name)
	if err != nil {
		return s, fmt.Errorf("read questions: %w", err)
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return s, fmt.Errorf("decode questions %q: %w", name, err)
	}
	return s, nil
}

// speakerStat gathers what the question generator knows of a speaker.
type speakerStat struct {
	id, name string
	quotes   []corpus.Quote
}

// stopWords are words never used as topics.
var stopWords = map[string]bool{
	"about": true, "after": true, "again": true, "against": true, "being": true, "between": true,
	"could": true, "during": true, "every": true, "other": true, "should": true, "their": true,
	"there": true, "these": true, "those": true, "through": true, "under": true, "until": true,
	"where": true, "which": true, "while": true, "would": true, "because": true, "before": true,
	"still": true, "since": true, "added": true, "noted": true, "stated": true, "further": true,
	"saying": true, "without": true, "within": true, "people": true, "years": true,
}

// GenerateQuestions returns at least n questions (a multiple of four:
// speaker, topic, phrase and date questions in equal numbers) drawn
// deterministically from docs: the quotes of every step-th document
// (sorted by id) are extracted, their best-quoted people become the
// speakers, their most frequent content words the topics and three words
// from the middle of a quote the phrases. The same documents always give
// the same questions.
func GenerateQuestions(docs []corpus.Document, n int) (QuestionSet, error) {
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b corpus.Document) int { return cmp.Compare(a.ID, b.ID) })
	var set QuestionSet
	// The 99th percentile rather than the newest date: a date misread or
	// inferred from a text about the future should not move "now".
	var dates []time.Time
	for _, d := range docs {
		if !d.Published.IsZero() {
			dates = append(dates, d.Published)
		}
	}
	slices.SortFunc(dates, time.Time.Compare)
	set.Now = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	if len(dates) > 0 {
		set.Now = dates[len(dates)*99/100].AddDate(0, 0, 1)
	}

	perKind := (n + 3) / 4
	// Enough documents to find perKind speakers quoted twice or more.
	step := max(1, len(docs)/(perKind*25))
	stats := map[string]*speakerStat{}
	for i := 0; i < len(docs); i += step {
		for _, q := range attribution.Extract(docs[i]) {
			if q.SpeakerType != corpus.SpeakerPerson || len(strings.Fields(q.Speaker)) < 2 || q.SpeakerID == "" {
				continue
			}
			st := stats[q.SpeakerID]
			if st == nil {
				st = &speakerStat{id: q.SpeakerID, name: q.Speaker}
				stats[q.SpeakerID] = st
			}
			if len(q.Speaker) > len(st.name) {
				st.name = q.Speaker
			}
			st.quotes = append(st.quotes, q)
		}
	}
	var speakers []*speakerStat
	for _, st := range stats {
		if len(st.quotes) >= 2 && phraseOf(st.quotes) != "" {
			speakers = append(speakers, st)
		}
	}
	if len(speakers) == 0 {
		return set, fmt.Errorf("generate questions: no speaker quoted twice in %d documents", len(docs))
	}
	slices.SortFunc(speakers, func(a, b *speakerStat) int {
		if c := cmp.Compare(len(b.quotes), len(a.quotes)); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	add := func(kind, text string) error {
		q, err := search.Parse(text, set.Now)
		if err != nil {
			return fmt.Errorf("generate questions: parse %q: %w", text, err)
		}
		set.Questions = append(set.Questions, Question{Kind: kind, Text: text, Query: q})
		return nil
	}
	for i := 0; i < perKind; i++ {
		st := speakers[i%len(speakers)]
		// Cycling through the speakers again asks the other way round.
		again := i >= len(speakers)
		names := strings.Fields(st.name)
		surname := names[len(names)-1]
		topic := topicOf(st)
		year := yearOf(st.quotes)
		if err := add(KindSpeaker, fmt.Sprintf("what did %s say", pick(again, st.name, surname))); err != nil {
			return set, err
		}
		if err := add(KindTopic, fmt.Sprintf("what did %s say about %s", pick(again, surname, st.name), topic)); err != nil {
			return set, err
		}
		phrase := phraseOf(st.quotes[i%2:])
		if phrase == "" {
			phrase = phraseOf(st.quotes)
		}
		if err := add(KindPhrase, fmt.Sprintf("who said '%s'", phrase)); err != nil {
			return set, err
		}
		date := fmt.Sprintf("what did %s say in %d", st.name, year)
		if i%2 == 1 {
			date = fmt.Sprintf("what did %s say about %s last week", surname, topic)
		}
		if err := add(KindDate, date); err != nil {
			return set, err
		}
	}
	return set, nil
}

func pick(second bool, a, b string) string {
	if second {
		return b
	}
	return a
}

// topicOf returns the content word the speaker's quotes use most.
func topicOf(st *speakerStat) string {
	counts := map[string]int{}
	name := strings.ToLower(st.name)
	for _, q := range st.quotes {
		for _, w := range strings.Fields(q.Text) {
			w = strings.Trim(w, ".,;:!?\"'“”‘’()")
			if len(w) < 5 || !isLower([]byte(w)) || stopWords[w] || keepWords[w] || strings.Contains(name, w) {
				continue
			}
			counts[w]++
		}
	}
	best, n := "statement", 0
	for w, c := range counts {
		if c > n || c == n && w < best {
			best, n = w, c
		}
	}
	return best
}

// phraseOf returns three plain lower-case words from the middle of the
// longest quote that has them, the first and last of them content words
// (as people quote a phrase: "maximum pressure campaign", "violation of
// sanctions"), or "".
func phraseOf(qs []corpus.Quote) string {
	var best string
	bestLen := 0
	for _, q := range qs {
		ws := strings.Fields(q.Text)
		for i := len(ws) / 2; i+3 <= len(ws); i++ {
			ok := true
			for j, w := range ws[i : i+3] {
				if len(w) < 2 || !isLower([]byte(w)) || j != 1 && !isContentWord(w) {
					ok = false
					break
				}
			}
			if ok {
				if len(q.Text) > bestLen {
					best, bestLen = strings.Join(ws[i:i+3], " "), len(q.Text)
				}
				break
			}
		}
	}
	return best
}

// yearOf returns the year most of the quotes are dated in.
func yearOf(qs []corpus.Quote) int {
	counts := map[int]int{}
	for _, q := range qs {
		t := q.Date.Time
		if q.Date.IsZero() && len(q.Citations) > 0 {
			t = q.Citations[0].Published
		}
		if !t.IsZero() {
			counts[t.Year()]++
		}
	}
	best, n := 2020, 0
	for y, c := range counts {
		if c > n || c == n && y < best {
			best, n = y, c
		}
	}
	return best
}

// isContentWord reports whether w, in lower case, is a word a phrase may
// start or end with: four letters or more and not a function word.
func isContentWord(w string) bool {
	return len(w) >= 4 && !stopWords[w] && !keepWords[w] && !functionWords[w]
}

// functionWords are short words that carry no topic.
var functionWords = map[string]bool{
	"also": true, "been": true, "does": true, "each": true, "even": true, "from": true,
	"have": true, "into": true, "just": true, "more": true, "most": true, "much": true,
	"must": true, "only": true, "over": true, "same": true, "some": true, "such": true,
	"than": true, "that": true, "them": true, "then": true, "they": true, "this": true,
	"very": true, "were": true, "what": true, "when": true, "will": true, "with": true,
	"your": true, "upon": true, "those": true, "under": true, "accordance": true,
}
