package search

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

// texts returns the first words of each quote, for compact comparisons.
func texts(qs []corpus.Quote) []string {
	var out []string
	for _, q := range qs {
		f := strings.Fields(q.Text)
		out = append(out, strings.Join(f[:min(3, len(f))], " "))
	}
	return out
}

func speakerNames(ss []corpus.Speaker) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Name)
	}
	return out
}

func mustAsk(t *testing.T, ix *Index, question string) corpus.Answer {
	t.Helper()
	ans, err := ix.Ask(context.Background(), question, 0, 0)
	if err != nil {
		t.Fatalf("Ask(%q) error: %v", question, err)
	}
	return ans
}

func TestAsk(t *testing.T) {
	ix := mustIndexTestCorpus(t)
	tests := []struct {
		question string
		speakers []string // resolved speakers
		quotes   []string // first words of the quotes, in order
		total    int
		note     string // a substring of the first note, if any
		passages bool   // whether passages are expected
	}{
		{
			question: "what did Araghchi say",
			speakers: []string{"Abbas Araghchi"},
			quotes:   []string{"Sanctions are economic", "Trust must be"},
			total:    2,
			passages: true, // fewer than 3 quotes
		},
		{
			question: "what did Araqchi say",
			speakers: []string{"Abbas Araghchi"},
			quotes:   []string{"Sanctions are economic", "Trust must be"},
			total:    2,
			passages: true,
		},
		{
			question: "what did Foreign Minister Abbas Araghchi say about trust",
			speakers: []string{"Abbas Araghchi"},
			quotes:   []string{"Trust must be"},
			total:    1,
			passages: true,
		},
		{
			question: "what did Hajibabaei say",
			speakers: []string{"Hamid-Reza Haji Babaee"},
			quotes:   []string{"Schools will reopen"},
			total:    1,
			passages: true,
		},
		{
			question: "what did Haji Babaee say",
			speakers: []string{"Hamid-Reza Haji Babaee"},
			quotes:   []string{"Schools will reopen"},
			total:    1,
			passages: true,
		},
		{
			question: "Zarif",
			speakers: []string{"Mohammad Javad Zarif"},
			quotes:   []string{"Sanctions hurt ordinary", "We were never"},
			total:    2,
			passages: true,
		},
		{
			question: "Khamenei on negotiations",
			speakers: []string{"Ali Khamenei"},
			quotes:   []string{"Negotiations with America"},
			total:    1,
			passages: true,
		},
		{
			// Every topic word must match.
			question: "quotes about sanctions policy",
			quotes:   []string{"Sanctions hurt ordinary"},
			total:    1,
			passages: true,
		},
		{
			// Failing that, any of them.
			question: "quotes about schools sanctions",
			total:    4,
			note:     `No quote mentions all of "schools sanctions"`,
			quotes:   nil, // ranked by relevance; checked below
			passages: true,
		},
		{
			question: "when did Zarif last speak about sanctions",
			speakers: []string{"Mohammad Javad Zarif"},
			quotes:   []string{"Sanctions hurt ordinary", "We were never"},
			total:    2,
			note:     "Mohammad Javad Zarif last spoke about sanctions on 2024-12-10 (Tehran Times",
			passages: true,
		},
		{
			question: "has Khamenei said anything about negotiations",
			speakers: []string{"Ali Khamenei"},
			quotes:   []string{"Negotiations with America"},
			total:    1,
			note:     "Yes: Ali Khamenei spoke about negotiations in 1 quote, most recently on 2025-01-29",
			passages: true,
		},
		{
			question: "has Khamenei said anything about Gaza",
			speakers: []string{"Ali Khamenei"},
			total:    0,
			note:     "No quote of Ali Khamenei mentions Gaza.",
			passages: true,
		},
		{
			// A yes must rest on every topic word.
			question: "has Zarif said anything about sanctions and schools",
			speakers: []string{"Mohammad Javad Zarif"},
			total:    0,
			note:     "No quote of Mohammad Javad Zarif mentions sanctions schools.",
			passages: true,
		},
		{
			question: "who said 'hostage diplomacy'",
			speakers: []string{"Kaja Kallas", "Ned Price"},
			quotes:   []string{"This is hostage", "Iran must stop"},
			total:    2,
			note:     `"hostage diplomacy" was first said by Ned Price on 2023-05-01 (State Department`,
			passages: true,
		},
		{
			question: "who said hostage diplomacy",
			speakers: []string{"Kaja Kallas", "Ned Price"},
			quotes:   []string{"This is hostage", "Iran must stop"},
			total:    2,
			passages: true,
		},
		{
			question: "who said 'diplomacy hostage'",
			total:    0,
			note:     `No quote contains "diplomacy hostage".`,
		},
		{
			question: "what is new on Turkey and the EU",
			quotes:   []string{"Turkey's path to"},
			total:    1,
			passages: true,
		},
		{
			question: "what did Araghchi say last week",
			speakers: []string{"Abbas Araghchi"},
			quotes:   []string{"Sanctions are economic", "Trust must be"},
			total:    2,
			passages: true,
		},
		{
			question: "what did Araghchi say on Thursday",
			speakers: []string{"Abbas Araghchi"},
			quotes:   []string{"Sanctions are economic"},
			total:    1,
			passages: true,
		},
		{
			question: "what did Zarif say in 2025",
			speakers: []string{"Mohammad Javad Zarif"},
			total:    0,
			note:     "No quote of Mohammad Javad Zarif matches from 2025-01-01 to 2025-12-31.",
			passages: false, // none published in 2025 names him
		},
		{
			question: "what did Zarif say since December 2024",
			speakers: []string{"Mohammad Javad Zarif"},
			quotes:   []string{"Sanctions hurt ordinary"},
			total:    1,
			passages: true,
		},
		{
			question: "what did Zarif say between November 1 2024 and November 30 2024",
			speakers: []string{"Mohammad Javad Zarif"},
			quotes:   []string{"We were never"},
			total:    1,
			passages: false,
		},
		{
			// A bare word that is no speaker is searched as a topic.
			question: "Gaza",
			note:     `No speaker matches "Gaza".`,
			passages: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans := mustAsk(t, ix, tt.question)
			if got := speakerNames(ans.Speakers); !slices.Equal(got, tt.speakers) {
				t.Errorf("Ask(%q) speakers = %q, want %q", tt.question, got, tt.speakers)
			}
			if got := texts(ans.Quotes); tt.quotes != nil && !slices.Equal(got, tt.quotes) {
				t.Errorf("Ask(%q) quotes = %q, want %q", tt.question, got, tt.quotes)
			}
			if ans.Total != tt.total {
				t.Errorf("Ask(%q) Total = %d, want %d", tt.question, ans.Total, tt.total)
			}
			if tt.note != "" && (len(ans.Notes) == 0 || !strings.Contains(ans.Notes[0], tt.note)) {
				t.Errorf("Ask(%q) notes = %q, want the first to contain %q", tt.question, ans.Notes, tt.note)
			}
			if got := len(ans.Passages) > 0; got != tt.passages {
				t.Errorf("Ask(%q) has passages = %v, want %v", tt.question, got, tt.passages)
			}
			for _, q := range ans.Quotes {
				if len(q.Citations) == 0 || q.Citations[0].Source == "" || q.Citations[0].URL == "" {
					t.Errorf("Ask(%q) quote %q has citations %+v, want a source and a link", tt.question, q.Text, q.Citations)
				}
			}
			for _, p := range ans.Passages {
				if p.Citation.DocID == "" || p.Text == "" {
					t.Errorf("Ask(%q) passage %+v is not cited", tt.question, p)
				}
			}
		})
	}
}

func TestAskPassagesAreCitedVerbatim(t *testing.T) {
	ix := mustIndexTestCorpus(t)
	fc := testCorpus()
	texts := map[string]string{}
	for _, d := range fc.docs {
		texts[d.ID] = d.Text
	}
	texts["tt/background"] = "Turkey and the EU resumed accession talks in Ankara.\n\nThe Gaza ceasefire held for a third day as aid convoys entered."
	ans := mustAsk(t, ix, "quotes about Gaza")
	if ans.Total != 0 || len(ans.Passages) != 1 {
		t.Fatalf("Ask(quotes about Gaza) = %d quotes, %d passages; want 0 and 1", ans.Total, len(ans.Passages))
	}
	for _, p := range append(ans.Passages, mustAsk(t, ix, "what is new on Turkey and the EU").Passages...) {
		c := p.Citation
		if got := texts[c.DocID][c.Start:c.End]; got != p.Text {
			t.Errorf("passage %q cites %q[%d:%d] = %q", p.Text, c.DocID, c.Start, c.End, got)
		}
	}
}

func TestAskNewestPassagesFirst(t *testing.T) {
	ix := mustIndexTestCorpus(t)
	ans := mustAsk(t, ix, "what is new on Turkey and the EU")
	var got []string
	for _, p := range ans.Passages {
		got = append(got, p.Citation.DocID)
	}
	if want := []string{"dw/fidan", "tt/background"}; !slices.Equal(got, want) {
		t.Errorf("Ask(what is new on Turkey and the EU) passages from %q, want %q", got, want)
	}
}

func TestAskUnknownSpeaker(t *testing.T) {
	ix := mustIndexTestCorpus(t)
	ans := mustAsk(t, ix, "what did Aragchini say about trust")
	// "aragchini" is 3 edits from "araghchi" (as keys): too far to resolve.
	if ans.Total != 0 || len(ans.Speakers) != 0 {
		t.Errorf("Ask(Aragchini) = %d quotes of %q, want none", ans.Total, speakerNames(ans.Speakers))
	}
	if len(ans.Notes) == 0 || ans.Notes[0] != `No speaker matches "Aragchini".` {
		t.Errorf("Ask(Aragchini) notes = %q, want the no-match note first", ans.Notes)
	}
	got := speakerNames(ans.Suggestions)
	if len(got) < 3 || len(got) > 5 || got[0] != "Abbas Araghchi" {
		t.Errorf("Ask(Aragchini) suggestions = %q, want 3-5 starting with Abbas Araghchi", got)
	}
	if len(ans.Passages) == 0 {
		t.Errorf("Ask(Aragchini about trust) has no passages, want the passages about trust")
	}
}

func TestAskSurnameMatchesEveryone(t *testing.T) {
	ix := MustOpenIndex(t)
	fc := newFakeCorpus(
		fakeDoc{doc("a", "2025-01-10", "S", "A"), []said{{"Kaja Kallas", "", "Iran must comply with the agreement.", "2025-01-10"}}},
		fakeDoc{doc("b", "2025-01-11", "S", "B"), []said{{"Siim Kallas", "", "Estonia supports the agreement fully.", "2025-01-11"}}},
	)
	fc.use(ix)
	if _, err := ix.Add(context.Background(), fc.docs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		question string
		want     []string
	}{
		{"what did Kallas say", []string{"Kaja Kallas", "Siim Kallas"}},
		{"what did Kaja Kallas say", []string{"Kaja Kallas"}},
		{"what did kaja kallas say", []string{"Kaja Kallas"}},
		{"what did Siim Kallas say", []string{"Siim Kallas"}},
	}
	for _, tt := range tests {
		ans := mustAsk(t, ix, tt.question)
		got := speakerNames(ans.Speakers)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Ask(%q) speakers = %q, want %q", tt.question, got, tt.want)
		}
	}
}

func TestAskHostile(t *testing.T) {
	ix := mustIndexTestCorpus(t)
	ctx := context.Background()
	for _, q := range []string{"*", "?", ""} {
		if _, err := ix.Ask(ctx, q, 0, 0); !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("Ask(%q) error = %v, want ErrEmptyQuery", q, err)
		}
	}
	long := strings.Repeat("what did Araghchi say ", 460)[:10000]
	start := time.Now()
	_, err := ix.Ask(ctx, long, 0, 0)
	if !errors.Is(err, ErrQueryTooLong) {
		t.Errorf("Ask(10,000 characters) error = %v, want ErrQueryTooLong", err)
	}
	if err != nil && !strings.Contains(err.Error(), "10000 characters") {
		t.Errorf("Ask(10,000 characters) error %q does not give the length", err)
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("Ask(10,000 characters) took %v", el)
	}
	// Query-string syntax is searched as plain words and matches nothing.
	for _, q := range []string{"a~2", "/re.*/", "+x -y", "text:*", "quotes about *", `who said "\"`, "what did Ar* say"} {
		ans, err := ix.Ask(ctx, q, 0, 0)
		if err != nil && !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("Ask(%q) error = %v", q, err)
		}
		if ans.Total != 0 {
			t.Errorf("Ask(%q) = %d quotes %q, want none", q, ans.Total, texts(ans.Quotes))
		}
	}
	// Search refuses overlong fields too.
	if _, err := ix.Search(ctx, corpus.Query{Topic: strings.Repeat("x", MaxQuestionLen+1)}); !errors.Is(err, ErrQueryTooLong) {
		t.Errorf("Search(long topic) error = %v, want ErrQueryTooLong", err)
	}
}

func TestSearchPaging(t *testing.T) {
	ix := MustOpenIndex(t)
	var docs []fakeDoc
	for i := range 60 {
		d := fmt.Sprintf("2025-01-%02d", 1+i%28)
		docs = append(docs, fakeDoc{doc(fmt.Sprintf("d%02d", i), d, "S", "T"), []said{
			{"Abbas Araghchi", "", fmt.Sprintf("Statement number %d on the talks.", i), d},
		}})
	}
	fc := newFakeCorpus(docs...)
	fc.use(ix)
	if _, err := ix.Add(context.Background(), fc.docs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		limit, offset int
		want          int
	}{
		{0, 0, DefaultLimit},
		{10, 0, 10},
		{500, 0, MaxLimit},
		{10, 55, 5},
		{10, -3, 10},
		{10, 100, 0},
	}
	var all []string
	for _, tt := range tests {
		ans, err := ix.Ask(context.Background(), "what did Araghchi say", tt.limit, tt.offset)
		if err != nil {
			t.Fatal(err)
		}
		if len(ans.Quotes) != tt.want || ans.Total != 60 {
			t.Errorf("Ask(limit %d, offset %d) = %d quotes of %d, want %d of 60", tt.limit, tt.offset, len(ans.Quotes), ans.Total, tt.want)
		}
		if tt.limit == 500 {
			for _, q := range ans.Quotes {
				all = append(all, q.ID)
			}
		}
	}
	// Newest first, ties stable by id: two runs agree.
	ans, _ := ix.Ask(context.Background(), "what did Araghchi say", 50, 0)
	for i, q := range ans.Quotes {
		if q.ID != all[i] {
			t.Fatalf("second run quote %d = %s, want %s", i, q.ID, all[i])
		}
		if i > 0 && q.Date.Time.After(ans.Quotes[i-1].Date.Time) {
			t.Errorf("quote %d (%s) is newer than quote %d (%s)", i, q.Date, i-1, ans.Quotes[i-1].Date)
		}
	}
}

func TestSpeakers(t *testing.T) {
	ix := mustIndexTestCorpus(t)
	ctx := context.Background()
	tests := []struct {
		filter string
		limit  int
		want   []string
	}{
		{"", 2, []string{"Abbas Araghchi", "Mohammad Javad Zarif"}},
		{"ara", 25, []string{"Abbas Araghchi"}},
		{"ARAGHCHI", 25, []string{"Abbas Araghchi"}},
		{"araqchi", 25, []string{"Abbas Araghchi"}},
		{"kal", 25, []string{"Kaja Kallas"}},
		{"babaee", 25, []string{"Hamid-Reza Haji Babaee"}},
		{"hajibabaee", 25, []string{"Hamid-Reza Haji Babaee"}},
		{"zyxw", 25, nil},
	}
	for _, tt := range tests {
		got, err := ix.Speakers(ctx, tt.filter, tt.limit)
		if err != nil {
			t.Fatalf("Speakers(%q) error: %v", tt.filter, err)
		}
		if names := speakerNames(got); !slices.Equal(names, tt.want) {
			t.Errorf("Speakers(%q, %d) = %q, want %q", tt.filter, tt.limit, names, tt.want)
		}
	}
	all, err := ix.Speakers(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 7 {
		t.Errorf("Speakers(\"\", 0) = %d speakers, want 7", len(all))
	}
	for i := 1; i < len(all); i++ {
		if all[i].Quotes > all[i-1].Quotes {
			t.Errorf("Speakers() not most quoted first: %q (%d) after %q (%d)", all[i].Name, all[i].Quotes, all[i-1].Name, all[i-1].Quotes)
		}
	}
	if s := all[0]; s.Name != "Abbas Araghchi" || !s.Last.Equal(day("2025-01-30")) || !slices.Contains(s.Roles, "Foreign Minister") {
		t.Errorf("Speakers()[0] = %+v, want Abbas Araghchi, last 2025-01-30, Foreign Minister", s)
	}
}

func TestLevenshtein(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"araqchi", "araghchi", 2},
		{"kitten", "sitting", 3},
		{"hajibabaee", "hajibabaei", 1},
		{"é", "e", 1},
	}
	for _, tt := range tests {
		if got := levenshtein(tt.a, tt.b, 100); got != tt.want {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if got := levenshtein("abcdefgh", "zzzzzzzz", 2); got <= 2 {
		t.Errorf("levenshtein with bound 2 = %d, want > 2", got)
	}
}

func BenchmarkAsk(b *testing.B) {
	ix := MustOpenIndex(b)
	names := []string{"Abbas Araghchi", "Ali Khamenei", "Kaja Kallas", "Hakan Fidan", "Mohammad Javad Zarif"}
	topics := []string{"sanctions", "negotiations", "trust", "the EU", "hostage diplomacy", "Gaza"}
	var docs []fakeDoc
	for i := range 500 {
		d := fmt.Sprintf("2025-01-%02d", 1+i%28)
		docs = append(docs, fakeDoc{doc(fmt.Sprintf("d%03d", i), d, "Tehran Times", "T"), []said{
			{names[i%len(names)], "Minister", fmt.Sprintf("We said %d times that %s matters to us.", i, topics[i%len(topics)]), d},
			{names[(i+1)%len(names)], "", fmt.Sprintf("On %s, statement %d stands.", topics[(i+2)%len(topics)], i), d},
		}})
	}
	fc := newFakeCorpus(docs...)
	fc.use(ix)
	if _, err := ix.Add(context.Background(), fc.docs); err != nil {
		b.Fatal(err)
	}
	questions := []string{
		"what did Araghchi say about sanctions",
		"who said 'hostage diplomacy'",
		"when did Zarif last speak about trust",
		"what is new on Turkey and the EU",
		"Kallas",
	}
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := ix.Ask(ctx, questions[i%len(questions)], 5, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWhereFlagsInferredDates(t *testing.T) {
	day := corpus.DayDate(time.Date(1964, 6, 15, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		prov corpus.DateProvenance
		want string
	}{
		{corpus.DateStated, "on 1964-06-15 (Tehran Times"},
		{corpus.DateInferred, "on 1964-06-15 (a date inferred from the text, uncertain) (Tehran Times"},
		{corpus.DateForward, "on 1964-06-15 (the publication date; the text names a day ahead) (Tehran Times"},
	}
	for _, tt := range tests {
		q := corpus.Quote{Date: day, DateProvenance: tt.prov, Citations: []corpus.Citation{{Source: "Tehran Times", Title: "G77"}}}
		if got := where(q); !strings.HasPrefix(got, tt.want) {
			t.Errorf("where(%s date) = %q, want it to start with %q", tt.prov, got, tt.want)
		}
	}
}

// TestAskTopicInParagraph checks that a topic word found only in the
// reporter's words around a quote still finds it, alone or with words of
// the quote itself: a quote indexes its paragraph without its own words.
func TestAskTopicInParagraph(t *testing.T) {
	ix := MustOpenIndex(t)
	d := corpus.Document{
		ID:        "tt/muscat",
		Title:     "Talks in Muscat",
		Published: day("2025-01-28"),
		Text: "Foreign Minister Abbas Araghchi spoke to reporters in Muscat about the nuclear file on Tuesday.\n\n" +
			"“Trust must be rebuilt before anything else,” Araghchi said in Muscat, where the nuclear talks were held.\n\n" +
			"“Schools will reopen,” Education Minister Alireza Kazemi said in Tehran.",
		PublishedProvenance: corpus.DatePublished,
	}
	if _, err := ix.Add(context.Background(), []corpus.Document{d}); err != nil {
		t.Fatalf("Add() error: %v", err)
	}
	tests := []struct {
		question string
		want     []string // first words of the quotes
	}{
		{"what did Araghchi say about Muscat", []string{"Trust must be"}},        // the paragraph only
		{"what did Araghchi say about nuclear trust", []string{"Trust must be"}}, // one word in each
		{"what did Araghchi say about trust", []string{"Trust must be"}},         // the quote only
		{"quotes about Muscat schools", nil},                                     // no quote has both
	}
	for _, tt := range tests {
		ans := mustAsk(t, ix, tt.question)
		if tt.want == nil {
			// Only the any-word fallback answers, and says so.
			if len(ans.Notes) == 0 || !strings.Contains(ans.Notes[0], "No quote mentions all of") {
				t.Errorf("Ask(%q) notes = %q, want the any-word fallback's", tt.question, ans.Notes)
			}
			continue
		}
		if got := texts(ans.Quotes); !slices.Equal(got, tt.want) {
			t.Errorf("Ask(%q) quotes = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// A question whose dates leave out every quote says so, and when the
// speaker last spoke of it at any date.
func TestAskEmptyDateRange(t *testing.T) {
	ix := mustIndexTestCorpus(t)
	tests := []struct {
		question string
		notes    []string
	}{
		{"what did Araghchi say about trust in 2020", []string{
			"No quote of Abbas Araghchi mentions trust from 2020-01-01 to 2020-12-31.",
			"At any date, Abbas Araghchi last spoke about trust on 2025-01-28",
		}},
		{"has Araghchi said anything in 2020", []string{
			"No quote of Abbas Araghchi matches from 2020-01-01 to 2020-12-31.",
			"At any date, Abbas Araghchi was last quoted on ",
		}},
		{"what did Araghchi say about pistachios", []string{"No quote of Abbas Araghchi mentions pistachios."}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans := mustAsk(t, ix, tt.question)
			if ans.Total != 0 || len(ans.Notes) != len(tt.notes) {
				t.Fatalf("total %d, notes %q; want none and %d notes", ans.Total, ans.Notes, len(tt.notes))
			}
			for i, want := range tt.notes {
				if !strings.HasPrefix(ans.Notes[i], want) {
					t.Errorf("note %d = %q, want it to start %q", i, ans.Notes[i], want)
				}
			}
		})
	}
}

func TestRangeText(t *testing.T) {
	d := func(s string) time.Time { return day(s) }
	tests := []struct {
		from, to time.Time
		want     string
	}{
		{d("2025-01-20"), d("2025-01-27"), "from 2025-01-20 to 2025-01-26"},
		{d("2025-01-20"), d("2025-01-21"), "on 2025-01-20"},
		{d("2025-01-20"), time.Time{}, "since 2025-01-20"},
		{time.Time{}, d("2025-01-21"), "up to 2025-01-20"},
	}
	for _, tt := range tests {
		if got := rangeText(tt.from, tt.to); got != tt.want {
			t.Errorf("rangeText(%v, %v) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

// A paragraph a live blog repeats is one passage in an answer.
func TestPassagesOnce(t *testing.T) {
	ix := MustOpenIndex(t)
	d := doc("live/blog", "2025-01-28", "Live", "Live blog")
	d.Text = "Pistachio exports rose sharply this winter.\n\nOther news.\n\nPistachio exports rose sharply this winter."
	other := doc("tt/other", "2025-01-27", "Tehran Times", "Other")
	other.Text = "Pistachio exports rose sharply this winter."
	fc := newFakeCorpus(fakeDoc{d, nil}, fakeDoc{other, nil})
	fc.use(ix)
	if _, err := ix.Add(context.Background(), fc.docs); err != nil {
		t.Fatal(err)
	}
	ans := mustAsk(t, ix, "quotes about pistachio exports")
	var got []string
	for _, p := range ans.Passages {
		got = append(got, p.Citation.DocID)
	}
	slices.Sort(got)
	if want := []string{"live/blog", "tt/other"}; !slices.Equal(got, want) {
		t.Errorf("passages from %q, want one from each of %q", got, want)
	}
}
