package bot

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

// fakeSearcher is a hand-written Searcher. Each function field, when
// set, replaces the default behaviour, which searches fixtureQuotes.
type fakeSearcher struct {
	SearchFunc   func(ctx context.Context, q corpus.Query) (corpus.Answer, error)
	AskFunc      func(ctx context.Context, question string, limit, offset int) (corpus.Answer, error)
	SpeakersFunc func(ctx context.Context, filter string, limit int) ([]corpus.Speaker, error)

	mu      sync.Mutex
	queries []corpus.Query // every Search and Ask, Ask as Query{Question, Limit, Offset}
}

var _ Searcher = (*fakeSearcher)(nil)

func (f *fakeSearcher) record(q corpus.Query) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries = append(f.queries, q)
}

// Queries returns the queries received so far.
func (f *fakeSearcher) Queries() []corpus.Query {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]corpus.Query(nil), f.queries...)
}

func (f *fakeSearcher) Search(ctx context.Context, q corpus.Query) (corpus.Answer, error) {
	f.record(q)
	if f.SearchFunc != nil {
		return f.SearchFunc(ctx, q)
	}
	return fixtureSearch(q), nil
}

func (f *fakeSearcher) Ask(ctx context.Context, question string, limit, offset int) (corpus.Answer, error) {
	f.record(corpus.Query{Question: question, Limit: limit, Offset: offset})
	if f.AskFunc != nil {
		return f.AskFunc(ctx, question, limit, offset)
	}
	q := corpus.Query{Question: question, Limit: limit, Offset: offset}
	if strings.Contains(strings.ToLower(question), "araghchi") {
		q.Speaker = "Araghchi"
	}
	return fixtureSearch(q), nil
}

// Parse makes a query of the whole question as its topic, naming
// Araghchi as the speaker when the question does.
func (f *fakeSearcher) Parse(question string) (corpus.Query, error) {
	q := corpus.Query{Question: question, Intent: corpus.IntentWhat}
	if strings.Contains(strings.ToLower(question), "araghchi") {
		q.Speaker = "Araghchi"
	}
	return q, nil
}

func (f *fakeSearcher) Speakers(ctx context.Context, filter string, limit int) ([]corpus.Speaker, error) {
	if f.SpeakersFunc != nil {
		return f.SpeakersFunc(ctx, filter, limit)
	}
	var out []corpus.Speaker
	for _, s := range fixtureSpeakers() {
		if len(out) == limit {
			break
		}
		if strings.Contains(strings.ToLower(s.Name), strings.ToLower(filter)) {
			out = append(out, s)
		}
	}
	return out, nil
}

// fixtureSearch filters fixtureQuotes by speaker and phrase and returns
// the page q asks for.
func fixtureSearch(q corpus.Query) corpus.Answer {
	a := corpus.Answer{Query: q}
	var hits []corpus.Quote
	for _, qt := range fixtureQuotes() {
		if q.Speaker != "" && !strings.Contains(strings.ToLower(qt.Speaker), strings.ToLower(q.Speaker)) {
			continue
		}
		if q.Phrase != "" && !strings.Contains(strings.ToLower(qt.Text), strings.ToLower(q.Phrase)) {
			continue
		}
		if !q.From.IsZero() && qt.Date.Time.Before(q.From) || !q.To.IsZero() && !qt.Date.Time.Before(q.To) {
			continue
		}
		hits = append(hits, qt)
	}
	a.Total = len(hits)
	limit := q.Limit
	if limit == 0 {
		limit = 5
	}
	if q.Offset < len(hits) {
		a.Quotes = hits[q.Offset:min(len(hits), q.Offset+limit)]
	}
	if q.Speaker == "" && q.Phrase == "" && q.Offset == 0 {
		a.Passages = fixturePassages()
	}
	return a
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func cite(doc, title, url, published string) corpus.Citation {
	c := corpus.Citation{DocID: doc, Source: "Tehran Times", Title: title, URL: url, Start: 120, End: 260}
	if published != "" {
		c.Published = day(published)
	}
	return c
}

// longText is a realistic quote of more than 3,000 characters: a
// statement read out at a press conference.
var longText = strings.Repeat("We have said repeatedly that the accession process is a strategic choice for Türkiye, and that the customs union must be modernised without further delay. "+
	"Our citizens wait for months for visas to travel to countries with which we trade more than with almost anyone else; this is neither fair nor sustainable. "+
	"If the European Union wants a partner on migration, on energy and on security in the Black Sea, it must treat Türkiye as a partner and not as a buffer. ", 8)

func fixtureQuotes() []corpus.Quote {
	qs := []corpus.Quote{
		{
			ID: "q1", Kind: corpus.KindDirect, Speaker: "Abbas Araghchi", SpeakerID: "abbas-araghchi", SpeakerType: corpus.SpeakerPerson,
			Role: "Foreign Minister", Cue: "said",
			Text: "Iran has never sought nuclear weapons and will never do so. Negotiations are possible, but only on the basis of mutual respect.",
			Date: corpus.DayDate(day("2025-01-28")), DateProvenance: corpus.DateStated,
			Citations: []corpus.Citation{cite("tt/2025/01/28/araghchi", "Araghchi: talks only with mutual respect", "https://www.tehrantimes.com/news/508001/Araghchi-talks", "2025-01-29")},
		},
		{
			ID: "q2", Kind: corpus.KindDirect, Speaker: "Hakan Fidan", SpeakerID: "hakan-fidan", SpeakerType: corpus.SpeakerPerson,
			Role: "Foreign Minister of Türkiye", Cue: "told reporters",
			Text: strings.TrimSpace(longText),
			Date: corpus.DayDate(day("2025-03-04")), DateProvenance: corpus.DateRelative,
			Citations: []corpus.Citation{cite("tt/2025/03/05/fidan", "Fidan presses Brussels on visas and customs union", "https://www.tehrantimes.com/news/510220/Fidan", "2025-03-05")},
		},
		{
			ID: "q3", Kind: corpus.KindDirect, Speaker: "Peter Stano", SpeakerID: "peter-stano", SpeakerType: corpus.SpeakerPerson,
			Role: "EU spokesperson", Cue: "said",
			Text: "Tell @everyone in Ankara, and <@123> and <@&456> too, that the door remains open; the criteria are known.",
			Date: corpus.DayDate(day("2025-02-11")), DateProvenance: corpus.DatePublished,
			Citations: []corpus.Citation{
				cite("tt/2025/02/11/eu", "EU says door open to Ankara [analysis]", "https://www.tehrantimes.com/news/509100/EU (door)", "2025-02-11"),
				cite("tt/2025/02/12/eu2", "Brussels repeats accession criteria", "", "2025-02-12"),
			},
		},
		{
			ID: "q4", Kind: corpus.KindPartial, Speaker: "Ali Khamenei", SpeakerID: "ali-khamenei", SpeakerType: corpus.SpeakerPerson,
			Role: "Leader of the Islamic Revolution", Cue: "described",
			Text: "not smart, wise or honourable",
			Date: corpus.DayDate(day("2025-02-07")), DateProvenance: corpus.DateStated,
			Citations: []corpus.Citation{cite("tt/2025/02/08/leader", "Leader: talks with US not wise", "https://www.tehrantimes.com/news/508900/Leader", "2025-02-08")},
		},
		{
			ID: "q5", Kind: corpus.KindReported, Speaker: "Nasser Kanaani", SpeakerID: "nasser-kanaani", SpeakerType: corpus.SpeakerPerson,
			Text:      "the detention of Iranian nationals abroad amounted to hostage diplomacy by the *so-called* defenders of human_rights",
			Citations: []corpus.Citation{{DocID: "feeds/irna:17", Title: "Spokesman on detained nationals"}},
		},
	}
	// Araghchi's other statements fill pages.
	topics := []string{
		"The snapback mechanism has no legal basis after the expiry of the resolution.",
		"Our neighbours are our first priority; security in the Persian Gulf must be provided by the countries of the region.",
		"BRICS is a platform for a fairer world order, and Iran will play an active part in it.",
		"We will answer any aggression decisively and proportionately.",
		"Diplomacy has not reached a dead end, but its window is not open forever.",
		"Sanctions have failed to change our policies and will fail again.",
		"Indirect talks through Oman remain the channel we trust.",
		"The Europeans must decide whether they are mediators or parties.",
	}
	for i, t := range topics {
		d := day("2025-01-01").AddDate(0, 0, 7*i)
		qs = append(qs, corpus.Quote{
			ID: "a" + string(rune('a'+i)), Kind: corpus.KindDirect, Speaker: "Abbas Araghchi", SpeakerID: "abbas-araghchi",
			SpeakerType: corpus.SpeakerPerson, Role: "Foreign Minister", Cue: "said", Text: t,
			Date: corpus.DayDate(d), DateProvenance: corpus.DatePublished,
			Citations: []corpus.Citation{cite("tt/araghchi/"+d.Format("0102"), "Araghchi on the week's diplomacy", "https://www.tehrantimes.com/news/5"+d.Format("0102"), d.Format(time.DateOnly))},
		})
	}
	return qs
}

func fixturePassages() []corpus.Passage {
	return []corpus.Passage{
		{ID: "p1", Text: "TEHRAN – Foreign Minister Abbas Araghchi travelled to Muscat on Saturday for a new round of indirect talks, the ministry said.",
			Citation: cite("tt/2025/04/12/muscat", "Araghchi in Muscat for indirect talks", "https://www.tehrantimes.com/news/511000/Muscat", "2025-04-12")},
		{ID: "p2", Text: strings.TrimSpace(longText), Citation: cite("tt/2025/03/05/fidan", "Fidan presses Brussels on visas and customs union", "https://www.tehrantimes.com/news/510220/Fidan", "2025-03-05")},
	}
}

func fixtureSpeakers() []corpus.Speaker {
	sp := []corpus.Speaker{
		{ID: "abbas-araghchi", Name: "Abbas Araghchi", Type: corpus.SpeakerPerson, Aliases: []string{"Araghchi", "Araqchi"}, Roles: []string{"Foreign Minister", "Deputy Foreign Minister"}, Quotes: 42, Last: day("2025-04-12")},
		{ID: "ali-khamenei", Name: "Ali Khamenei", Type: corpus.SpeakerPerson, Roles: []string{"Leader of the Islamic Revolution"}, Quotes: 17, Last: day("2025-02-07")},
		{ID: "hakan-fidan", Name: "Hakan Fidan", Type: corpus.SpeakerPerson, Roles: []string{"Foreign Minister of Türkiye"}, Quotes: 9},
		{ID: "peter-stano", Name: "Peter Stano", Type: corpus.SpeakerPerson, Roles: []string{"EU spokesperson"}, Quotes: 1, Last: day("2025-02-11")},
		{ID: "irna", Name: "IRNA", Type: corpus.SpeakerOrganization, Quotes: 3},
	}
	// Many more speakers whose names contain "a", to test the 25 cap.
	for i := range 40 {
		sp = append(sp, corpus.Speaker{ID: "official-" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Name: "Official " + strings.ToUpper(string(rune('a'+i%26))) + " Rahmani-Tabatabaei-Ardakani-Zadeh Long Name Number " + strings.Repeat("x", i), Type: corpus.SpeakerPerson, Quotes: i})
	}
	return sp
}
