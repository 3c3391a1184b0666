package search

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
)

// Limits on answers.
const (
	// DefaultLimit is the number of quotes returned when Query.Limit is zero.
	DefaultLimit = 5
	// MaxLimit caps Query.Limit.
	MaxLimit = 50
	// maxOffset caps Query.Offset.
	maxOffset = 5000
	// thinQuotes: with fewer quotes than this, passages are added.
	thinQuotes = 3
	// maxPassages caps the passages of an answer.
	maxPassages = 5
)

// Ask parses question against ix.Now() and answers it. limit and offset
// page through the quotes; a zero limit means DefaultLimit.
func (ix *Index) Ask(ctx context.Context, question string, limit, offset int) (corpus.Answer, error) {
	q, err := Parse(question, ix.now())
	if err != nil {
		return corpus.Answer{Query: q}, err
	}
	q.Limit, q.Offset = limit, offset
	return ix.Search(ctx, q)
}

// Parse parses question against ix.Now(), as Ask does, without
// answering it.
func (ix *Index) Parse(question string) (corpus.Query, error) {
	return Parse(question, ix.now())
}

// Search answers q with ranked, cited quotes and, when the question names
// no speaker or the quotes are thin, the best passages.
//
// Quotes are ranked by topic relevance, then date (newest first), then
// id; questions of intent "when" and "new" put the newest first and
// "who" the oldest first.
func (ix *Index) Search(ctx context.Context, q corpus.Query) (corpus.Answer, error) {
	ans := corpus.Answer{Query: q}
	for _, f := range []string{q.Speaker, q.Topic, q.Phrase} {
		if n := utf8.RuneCountInString(f); n > MaxQuestionLen {
			return ans, fmt.Errorf("%w: %d characters; ask in at most %d", ErrQueryTooLong, n, MaxQuestionLen)
		}
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	offset := min(max(q.Offset, 0), maxOffset)
	if q.Intent == "" {
		q.Intent = corpus.IntentWhat
	}
	beats, err := ix.beatSet().Resolve(q.Beats)
	if err != nil {
		return ans, err
	}

	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return ans, err
	}

	topic, phrase := q.Topic, q.Phrase
	speakers := ix.speakerTable()
	var speakerIDs []string
	var speakerLabel string
	unknownSpeaker := false
	if q.Speaker != "" {
		idx := speakers.resolve(q.Speaker)
		if len(idx) == 0 {
			unknownSpeaker = true
			ans.Notes = append(ans.Notes, fmt.Sprintf("No speaker matches %q.", q.Speaker))
			ans.Suggestions = speakers.suggest(q.Speaker, 5)
			if t := topicWords(q.Speaker); topic == "" && phrase == "" && q.Intent == corpus.IntentWhat && ix.hasTerms(t) {
				// A bare word may be a topic rather than a name.
				topic = t
				ans.Notes = append(ans.Notes, fmt.Sprintf("Showing quotes that mention %q.", topic))
				unknownSpeaker = false
			}
		} else {
			var names []string
			for _, i := range idx {
				s := speakers.list[i]
				ans.Speakers = append(ans.Speakers, s)
				speakerIDs = append(speakerIDs, s.ID)
				if !slices.Contains(names, s.Name) {
					names = append(names, s.Name)
				}
			}
			speakerLabel = strings.Join(names, " or ")
		}
	}
	if speakerLabel == "" {
		speakerLabel = q.Speaker
	}

	// Words that analyse to nothing (stop words, punctuation) would make
	// bleve drop the clause and match everything: they match nothing. A
	// phrase keeps its stop words ("to be or not to be").
	if (topic != "" && !ix.hasTerms(topic)) || (phrase != "" && !ix.hasWords(phrase)) {
		ans.Notes = append(ans.Notes, noQuoteNote(speakerLabel, cmpOr(phrase, topic)))
		return ans, nil
	}

	// The passages of a "who said" question do not depend on its quotes:
	// no speaker was named, and those the quotes find do not rank them
	// (a phrase already singles passages out). They are searched while
	// the quotes are, and waited for before the index is unlocked.
	var passages func() ([]corpus.Passage, error)
	if q.Speaker == "" && phrase != "" {
		done := make(chan struct{})
		var ps []corpus.Passage
		var perr error
		go func() {
			defer close(done)
			ps, perr = ix.passageSearch(ctx, q.Intent, topic, phrase, nil, q.From, q.To, beats, min(limit, maxPassages))
		}()
		passages = func() ([]corpus.Passage, error) {
			<-done
			return ps, perr
		}
		defer passages() // waits on every return; the result is read below
	}

	if !unknownSpeaker {
		qs := quoteSearch{ix: ix, intent: q.Intent, speakerIDs: speakerIDs, topic: topic, phrase: phrase, from: q.From, to: q.To, beats: beats}
		res, err := qs.run(ctx, limit, offset, false)
		if err != nil {
			return ans, err
		}
		if res.Total == 0 && len(strings.Fields(topic)) > 1 && phrase == "" &&
			(q.Intent == corpus.IntentWhat || q.Intent == corpus.IntentNew) {
			// No quote has every topic word: accept any of them. A yes or
			// no, or a date, must not rest on part of the topic.
			qs.anyWord = true
			res2, err := qs.run(ctx, limit, offset, false)
			if err != nil {
				return ans, err
			}
			if res2.Total > 0 {
				res = res2
				ans.Notes = append(ans.Notes, fmt.Sprintf("No quote mentions all of %q; showing quotes that mention some of it.", topic))
			}
		}
		ans.Total = int(res.Total)
		ans.Quotes, err = decodeQuotes(res)
		if err != nil {
			return ans, err
		}
		ix.currentNames(ans.Quotes)
		if err := ix.notes(ctx, &ans, qs, res, speakerLabel, offset); err != nil {
			return ans, err
		}
	}

	if q.Speaker == "" || ans.Total < thinQuotes {
		var ps []corpus.Passage
		var err error
		if passages != nil {
			ps, err = passages()
		} else {
			ps, err = ix.passageSearch(ctx, q.Intent, topic, phrase, ans.Speakers, q.From, q.To, beats, min(limit, maxPassages))
		}
		if err != nil {
			return ans, err
		}
		ans.Passages = ps
	}
	return ans, nil
}

// quoteSearch builds the bleve query for quotes.
type quoteSearch struct {
	ix         *Index
	intent     corpus.Intent
	speakerIDs []string
	topic      string
	phrase     string
	from, to   time.Time
	anyWord    bool         // match any topic word rather than all
	beats      []*beat.Beat // when set, a quote must be in one of them
}

func typeFilter(typ string) *query.TermQuery {
	t := bleve.NewTermQuery(typ)
	t.SetField("type")
	return t
}

// dateFilter returns the range query on field for [from, to), or nil.
// It does not score: it is meant as a required clause beside one that
// does.
func dateFilter(field string, from, to time.Time) query.Query {
	if from.IsZero() && to.IsZero() {
		return nil
	}
	// bleve treats a zero time as an open end.
	inclusive, exclusive := true, false
	r := bleve.NewDateRangeInclusiveQuery(from, to, &inclusive, &exclusive)
	r.SetField(field)
	r.SetBoost(0)
	return r
}

// matchText returns a query for words on field: all of them, or any.
func matchText(field, words string, all bool, boost float64) query.Query {
	m := bleve.NewMatchQuery(words)
	m.SetField(field)
	if all {
		m.SetOperator(query.MatchQueryOperatorAnd)
	}
	m.SetBoost(boost)
	return m
}

// fieldBoost is a field searched by acrossFields and the weight of a
// match in it.
type fieldBoost struct {
	field string
	boost float64
}

// acrossFields returns a query for the words (analysed as English) that
// matches a document holding each word, or with all false any word, in
// one of the fields. A quote's "text" and "context" hold the two parts
// of its paragraph, the quote and the reporter's words around it, so a
// question's words are looked for in either. It returns nil when the
// words hold no term.
func (ix *Index) acrossFields(words string, all bool, fields ...fieldBoost) query.Query {
	an := ix.idx.Mapping().AnalyzerNamed(en.AnalyzerName)
	if an == nil {
		return nil
	}
	var terms []string
	for _, t := range an.Analyze([]byte(words)) {
		if !slices.Contains(terms, string(t.Term)) {
			terms = append(terms, string(t.Term))
		}
	}
	if len(terms) == 0 {
		return nil
	}
	per := make([]query.Query, len(terms))
	for i, t := range terms {
		ds := make([]query.Query, len(fields))
		for j, f := range fields {
			tq := bleve.NewTermQuery(t)
			tq.SetField(f.field)
			tq.SetBoost(f.boost)
			ds[j] = tq
		}
		per[i] = bleve.NewDisjunctionQuery(ds...)
	}
	if len(per) == 1 {
		return per[0]
	}
	if all {
		return bleve.NewConjunctionQuery(per...)
	}
	return bleve.NewDisjunctionQuery(per...)
}

func phraseText(field, phrase string) query.Query {
	m := bleve.NewMatchPhraseQuery(phrase)
	m.SetField(field)
	return m
}

// query returns the bleve query for the quotes. The speaker, the
// document type and the date range are required clauses of one
// conjunction with the words searched for, so that bleve skips ahead on
// the rarest of them rather than scoring every document with the words
// and filtering afterwards. They do not score (boost 0): only the words
// do, or, when there are none, the speaker (or the document type) alone.
// Only the beats' prefilter, whose clauses cannot be kept from scoring,
// stays a filter.
func (s quoteSearch) query() query.Query {
	var must []query.Query
	speaker := func(boost float64) query.Query {
		var ds []query.Query
		for _, id := range s.speakerIDs {
			t := bleve.NewTermQuery(id)
			t.SetField("speaker_id")
			t.SetBoost(boost)
			ds = append(ds, t)
		}
		return bleve.NewDisjunctionQuery(ds...)
	}
	if s.phrase != "" {
		must = append(must, phraseText(wordsField, s.phrase))
	}
	if s.topic != "" {
		if s.intent == corpus.IntentWhat && s.phrase == "" {
			// The quote's own words count most; its paragraph's other
			// words a little.
			q := s.ix.acrossFields(s.topic, !s.anyWord, fieldBoost{"text", 1}, fieldBoost{"context", 0.2})
			if q == nil {
				q = matchText("text", s.topic, !s.anyWord, 1)
			}
			must = append(must, q)
		} else {
			must = append(must, matchText("text", s.topic, !s.anyWord, 1))
		}
	}
	// Only quotes have a speaker, and a "text" or "context": each of
	// them implies the type.
	switch {
	case len(must) > 0 && len(s.speakerIDs) > 0:
		must = append(must, speaker(0))
	case len(must) > 0:
	case len(s.speakerIDs) > 0:
		must = append(must, speaker(1))
	default:
		must = append(must, typeFilter(typeQuote))
	}
	if d := dateFilter("date", s.from, s.to); d != nil {
		must = append(must, d)
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(must...)
	if len(s.beats) > 0 {
		if p := s.ix.beatPrefilter(s.beats, "text", "context", "title"); p != nil {
			b.AddFilter(p)
		}
	}
	return b
}

// sortOrder returns the order of results for the intent.
func (s quoteSearch) sortOrder(oldestFirst bool) search.SortOrder {
	newest := &search.SortField{Field: "date", Desc: true, Type: search.SortFieldAsDate, Missing: search.SortFieldMissingLast}
	oldest := &search.SortField{Field: "date", Type: search.SortFieldAsDate, Missing: search.SortFieldMissingLast}
	score := &search.SortScore{Desc: true}
	id := &search.SortDocID{}
	switch {
	case oldestFirst || s.intent == corpus.IntentWho:
		return search.SortOrder{oldest, score, id}
	case s.intent == corpus.IntentWhen || s.intent == corpus.IntentNew || s.intent == corpus.IntentHas:
		return search.SortOrder{newest, score, id}
	case s.topic == "" && s.phrase == "":
		return search.SortOrder{newest, id}
	default:
		return search.SortOrder{score, newest, id}
	}
}

func (s quoteSearch) run(ctx context.Context, size, from int, oldestFirst bool) (*bleve.SearchResult, error) {
	if len(s.beats) > 0 {
		res, err := s.ix.filteredQuotes(ctx, s.query(), s.sortOrder(oldestFirst), func(q corpus.Quote) bool { return inBeats(s.beats, q) }, size, from)
		if err != nil {
			return nil, fmt.Errorf("search quotes: %w", err)
		}
		return res, nil
	}
	req := bleve.NewSearchRequestOptions(s.query(), size, from, false)
	req.SortByCustom(s.sortOrder(oldestFirst))
	req.Fields = []string{"json"}
	if s.intent == corpus.IntentWho && from == 0 {
		req.AddFacet("speakers", bleve.NewFacetRequest("speaker_id", 10))
	}
	res, err := s.ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search quotes: %w", err)
	}
	return res, nil
}

func decodeQuotes(res *bleve.SearchResult) ([]corpus.Quote, error) {
	return decodeHits[corpus.Quote](res, "quote")
}

// decodeHits decodes the stored "json" field of each hit as a T.
func decodeHits[T any](res *bleve.SearchResult, what string) ([]T, error) {
	out := make([]T, 0, len(res.Hits))
	for _, h := range res.Hits {
		raw, _ := h.Fields["json"].(string)
		var v T
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			return nil, fmt.Errorf("decode %s %q: %w", what, h.ID, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// currentNames gives each quote its speaker's current canonical name: a
// speaker first seen by surname ("Khamenei") takes the full name found
// later ("Ali Khamenei"), and quotes stored before keep the id, not the
// name.
func (ix *Index) currentNames(qs []corpus.Quote) {
	ix.mu.RLock()
	dir := ix.dir
	ix.mu.RUnlock()
	if dir == nil {
		return
	}
	for i := range qs {
		if qs[i].SpeakerID == "" {
			continue
		}
		if sp, ok := dir.Lookup(qs[i].SpeakerID); ok {
			qs[i].Speaker, qs[i].SpeakerType = sp.Name, sp.Type
		}
	}
}

// where formats a quote's date and first source for a note.
func where(q corpus.Quote) string {
	var parts []string
	if d := q.Date.String(); d != "" {
		if q.Date.Precision == corpus.PrecisionDay {
			d = "on " + d
		} else {
			d = "in " + d
		}
		if q.DateProvenance == corpus.DateInferred {
			// The article states no date: this one is a guess from the
			// dates its text mentions, and may be far off.
			d += " (a date inferred from the text, uncertain)"
		}
		if q.DateProvenance == corpus.DateForward {
			// The day the text names is ahead of publication, or may
			// be: the words were said by the day the article appeared.
			d += " (the publication date; the text names a day ahead)"
		}
		parts = append(parts, d)
	}
	if len(q.Citations) > 0 {
		c := q.Citations[0]
		src := c.Source
		if src == "" {
			src = c.DocID
		}
		if c.Title != "" {
			src += fmt.Sprintf(", %q", c.Title)
		}
		parts = append(parts, "("+src+")")
	}
	return strings.Join(parts, " ")
}

// notes adds the intent's summary sentences to ans.
func (ix *Index) notes(ctx context.Context, ans *corpus.Answer, qs quoteSearch, res *bleve.SearchResult, speaker string, offset int) error {
	subject := qs.topic
	if qs.phrase != "" {
		subject = qs.phrase
	}
	// first returns the first quote in the given order, from the page
	// when it holds it, else by a search of its own.
	first := func(oldest bool) (corpus.Quote, bool, error) {
		if offset == 0 && len(ans.Quotes) > 0 {
			return ans.Quotes[0], true, nil
		}
		r, err := qs.run(ctx, 1, 0, oldest)
		if err != nil {
			return corpus.Quote{}, false, err
		}
		qs, err := decodeQuotes(r)
		if err != nil || len(qs) == 0 {
			return corpus.Quote{}, false, err
		}
		return qs[0], true, nil
	}
	switch qs.intent {
	case corpus.IntentWho:
		if f := res.Facets["speakers"]; f != nil && f.Terms != nil {
			speakers := ix.speakerTable()
			for _, t := range f.Terms.Terms() {
				if i, ok := speakers.byID[t.Term]; ok {
					ans.Speakers = append(ans.Speakers, speakers.list[i])
				}
			}
		}
		if ans.Total == 0 {
			ans.Notes = append(ans.Notes, fmt.Sprintf("No quote contains %q.", subject))
			return nil
		}
		q, ok, err := first(true)
		if err != nil || !ok {
			return err
		}
		who := q.Speaker
		if who == "" {
			who = "an unnamed speaker"
		}
		ans.Notes = append(ans.Notes, fmt.Sprintf("%q was first said by %s %s.", subject, who, where(q)))
	case corpus.IntentWhen:
		if ans.Total == 0 {
			return ix.addEmptyNote(ctx, ans, qs, speaker, subject)
		}
		q, ok, err := first(false)
		if err != nil || !ok {
			return err
		}
		who := cmpOr(speaker, q.Speaker)
		if subject != "" {
			ans.Notes = append(ans.Notes, fmt.Sprintf("%s last spoke about %s %s.", who, subject, where(q)))
		} else {
			ans.Notes = append(ans.Notes, fmt.Sprintf("%s was last quoted %s.", who, where(q)))
		}
	case corpus.IntentHas:
		if ans.Total == 0 {
			return ix.addEmptyNote(ctx, ans, qs, speaker, subject)
		}
		q, ok, err := first(false)
		if err != nil || !ok {
			return err
		}
		who := cmpOr(speaker, q.Speaker, "someone")
		n := "1 quote"
		if ans.Total != 1 {
			n = fmt.Sprintf("%d quotes", ans.Total)
		}
		if subject != "" {
			ans.Notes = append([]string{fmt.Sprintf("Yes: %s spoke about %s in %s, most recently %s.", who, subject, n, where(q))}, ans.Notes...)
		} else {
			ans.Notes = append([]string{fmt.Sprintf("Yes: %s is quoted in %s, most recently %s.", who, n, where(q))}, ans.Notes...)
		}
	default:
		if ans.Total == 0 {
			return ix.addEmptyNote(ctx, ans, qs, speaker, subject)
		}
	}
	return nil
}

// addEmptyNote says that no quote matched. When the question's dates
// left out quotes that match without them, it says so and when the
// latest of those was, so that "No quote of Khamenei mentions
// negotiations" is not read as "he never spoke of them".
func (ix *Index) addEmptyNote(ctx context.Context, ans *corpus.Answer, qs quoteSearch, speaker, subject string) error {
	note := noQuoteNote(speaker, subject)
	if qs.from.IsZero() && qs.to.IsZero() {
		ans.Notes = append(ans.Notes, note)
		return nil
	}
	ans.Notes = append(ans.Notes, strings.TrimSuffix(note, ".")+" "+rangeText(qs.from, qs.to)+".")
	undated := qs
	undated.from, undated.to = time.Time{}, time.Time{}
	undated.intent = corpus.IntentWhen // newest first
	res, err := undated.run(ctx, 1, 0, false)
	if err != nil {
		return err
	}
	latest, err := decodeQuotes(res)
	if err != nil || len(latest) == 0 {
		return err
	}
	q := latest[0]
	who := cmpOr(speaker, q.Speaker, "an unnamed speaker")
	if subject != "" {
		ans.Notes = append(ans.Notes, fmt.Sprintf("At any date, %s last spoke about %s %s.", who, subject, where(q)))
	} else {
		ans.Notes = append(ans.Notes, fmt.Sprintf("At any date, %s was last quoted %s.", who, where(q)))
	}
	return nil
}

// rangeText words the date range [from, to) of a question.
func rangeText(from, to time.Time) string {
	last := to.AddDate(0, 0, -1).Format(time.DateOnly)
	switch {
	case from.IsZero():
		return "up to " + last
	case to.IsZero():
		return "since " + from.Format(time.DateOnly)
	case from.Format(time.DateOnly) == last:
		return "on " + last
	default:
		return "from " + from.Format(time.DateOnly) + " to " + last
	}
}

func noQuoteNote(speaker, subject string) string {
	switch {
	case speaker != "" && subject != "":
		return fmt.Sprintf("No quote of %s mentions %s.", speaker, subject)
	case speaker != "":
		return fmt.Sprintf("No quote of %s matches.", speaker)
	case subject != "":
		return fmt.Sprintf("No quote mentions %s.", subject)
	default:
		return "No quote matches."
	}
}

func cmpOr(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// hasTerms reports whether text has a word the text fields index.
func (ix *Index) hasTerms(text string) bool {
	a := ix.idx.Mapping().AnalyzerNamed(en.AnalyzerName)
	return a != nil && len(a.Analyze([]byte(text))) > 0
}

// hasWords reports whether text has a word that wordsField indexes.
func (ix *Index) hasWords(text string) bool {
	a := ix.idx.Mapping().AnalyzerNamed(exactAnalyzer)
	return a != nil && len(a.Analyze([]byte(text))) > 0
}

// maxNameBoosts is how many speakers' names passageSearch ranks by.
const maxNameBoosts = 3

// passageSearch returns the best passages for the topic or phrase (or,
// failing both, the speakers' names), cited.
func (ix *Index) passageSearch(ctx context.Context, intent corpus.Intent, topic, phrase string, speakers []corpus.Speaker, from, to time.Time, beats []*beat.Beat, size int) ([]corpus.Passage, error) {
	// The date range is a required clause that does not score, as in
	// quoteSearch.query. Only passages have a body: the words searched
	// for imply the type.
	b := bleve.NewBooleanQuery()
	var required []query.Query
	if d := dateFilter("published", from, to); d != nil {
		required = append(required, d)
	}
	want := size
	if len(beats) > 0 {
		if p := ix.beatPrefilter(beats, bodyField, "title"); p != nil {
			b.AddFilter(p)
		}
	}
	if len(beats) > 0 || phrase != "" {
		size = min(size*10, 100) // matched in full below
	}
	if phrase != "" && !ix.hasTerms(phrase) {
		// Only stop words: the body, stemmed and without them, cannot
		// find it.
		return nil, nil
	}
	// The speakers' names rank passages that mention them higher. Past
	// the first few (a "who said" question's speakers, most quoted
	// first), each adds a clause that every passage found is checked
	// against, for little change in the order.
	var names []query.Query
	for _, s := range speakers[:min(len(speakers), maxNameBoosts)] {
		names = append(names, phraseText(bodyField, s.Name), matchText(bodyField, lastWord(s.Name), true, 0.5))
	}
	switch {
	case phrase != "":
		b.AddMust(phraseText(bodyField, phrase))
	case topic != "":
		b.AddMust(matchText(bodyField, topic, true, 1))
	case len(names) > 0:
		b.AddMust(bleve.NewDisjunctionQuery(names...))
		names = nil
	default:
		return nil, nil
	}
	b.AddMust(required...)
	if len(names) > 0 {
		b.AddShould(names...)
	}
	out, err := ix.searchPassages(ctx, b, intent, size)
	if phrase != "" {
		// The body is stemmed and has no stop words: its phrase match
		// finds candidates, and the phrase's own words decide.
		out = slices.DeleteFunc(out, func(p corpus.Passage) bool { return !containsPhrase(p.Text, phrase) })
	}
	out = passagesInBeats(out, beats, want)
	if err != nil || len(out) > 0 || phrase != "" || len(strings.Fields(topic)) < 2 {
		return out, err
	}
	// No passage has every topic word: accept any of them.
	b.Must = nil
	b.AddMust(matchText(bodyField, topic, false, 1))
	b.AddMust(required...)
	out, err = ix.searchPassages(ctx, b, intent, size)
	return passagesInBeats(out, beats, want), err
}

// passagesInBeats keeps the first n passages of ps that are in one of
// beats (or the first n when beats is empty).
func passagesInBeats(ps []corpus.Passage, beats []*beat.Beat, n int) []corpus.Passage {
	var out []corpus.Passage
	for _, p := range ps {
		if len(out) == n {
			break
		}
		in := len(beats) == 0
		for _, b := range beats {
			in = in || b.MatchPassage(p)
		}
		if in {
			out = append(out, p)
		}
	}
	return out
}

func (ix *Index) searchPassages(ctx context.Context, b query.Query, intent corpus.Intent, size int) ([]corpus.Passage, error) {
	req := bleve.NewSearchRequestOptions(b, size, 0, false)
	newest := &search.SortField{Field: "published", Desc: true, Type: search.SortFieldAsDate, Missing: search.SortFieldMissingLast}
	if intent == corpus.IntentNew {
		req.SortByCustom(search.SortOrder{newest, &search.SortScore{Desc: true}, &search.SortDocID{}})
	} else {
		req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}, newest, &search.SortDocID{}})
	}
	req.Fields = []string{"json"}
	res, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search passages: %w", err)
	}
	ps, err := decodeHits[corpus.Passage](res, "passage")
	if err != nil {
		return nil, err
	}
	// A live blog repeats its stories: the same paragraph of the same
	// document is shown once, at its best rank.
	type key struct{ doc, text string }
	seen := make(map[key]bool, len(ps))
	return slices.DeleteFunc(ps, func(p corpus.Passage) bool {
		k := key{p.Citation.DocID, p.Text}
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	}), nil
}
