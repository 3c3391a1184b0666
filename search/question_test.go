package search

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quotebot/quotebot/corpus"
)

func TestParse(t *testing.T) {
	now := time.Date(2025, 2, 3, 15, 4, 0, 0, time.UTC) // a Monday
	type Q = corpus.Query
	const (
		what = corpus.IntentWhat
		when = corpus.IntentWhen
		has  = corpus.IntentHas
		who  = corpus.IntentWho
		news = corpus.IntentNew
	)
	tests := []struct {
		in   string
		want Q
	}{
		{"what did Araghchi say", Q{Intent: what, Speaker: "Araghchi"}},
		{"What did Araghchi say?", Q{Intent: what, Speaker: "Araghchi"}},
		{"what did Araghchi say about trust", Q{Intent: what, Speaker: "Araghchi", Topic: "trust"}},
		{"what did Abbas Araghchi say about the nuclear talks?", Q{Intent: what, Speaker: "Abbas Araghchi", Topic: "nuclear talks"}},
		{"Khamenei on negotiations", Q{Intent: what, Speaker: "Khamenei", Topic: "negotiations"}},
		{"what has Kallas said about Iran", Q{Intent: what, Speaker: "Kallas", Topic: "Iran"}},
		{"what is Fidan saying about the EU", Q{Intent: what, Speaker: "Fidan", Topic: "EU"}},
		{"what did Kallas say on Monday", Q{Intent: what, Speaker: "Kallas", From: day("2025-02-03"), To: day("2025-02-04")}},
		{"what did Kallas say on Friday", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-31"), To: day("2025-02-01")}},
		{"what did Kallas say last Monday", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-27"), To: day("2025-01-28")}},
		{"what did Kallas say in January 2025", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-01"), To: day("2025-02-01")}},
		{"what did Kallas say in March", Q{Intent: what, Speaker: "Kallas", From: day("2024-03-01"), To: day("2024-04-01")}},
		{"what did Kallas say in 2024", Q{Intent: what, Speaker: "Kallas", From: day("2024-01-01"), To: day("2025-01-01")}},
		{"what did Kallas say last week", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-27"), To: day("2025-02-03")}},
		{"what did Kallas say this week", Q{Intent: what, Speaker: "Kallas", From: day("2025-02-03"), To: day("2025-02-10")}},
		{"what did Kallas say yesterday", Q{Intent: what, Speaker: "Kallas", From: day("2025-02-02"), To: day("2025-02-03")}},
		{"what did Kallas say today", Q{Intent: what, Speaker: "Kallas", From: day("2025-02-03"), To: day("2025-02-04")}},
		{"what did Kallas say this month", Q{Intent: what, Speaker: "Kallas", From: day("2025-02-01"), To: day("2025-03-01")}},
		{"what did Kallas say last month about Iran", Q{Intent: what, Speaker: "Kallas", Topic: "Iran", From: day("2025-01-01"), To: day("2025-02-01")}},
		{"what did Kallas say in the last 7 days", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-27"), To: day("2025-02-04")}},
		{"what did Kallas say since March 2024", Q{Intent: what, Speaker: "Kallas", From: day("2024-03-01")}},
		{"what did Kallas say before 2024", Q{Intent: what, Speaker: "Kallas", To: day("2024-01-01")}},
		{"what did Kallas say between January 5 and January 10, 2025", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-05"), To: day("2025-01-11")}},
		{"what did Kallas say between March 2024 and January 2025", Q{Intent: what, Speaker: "Kallas", From: day("2024-03-01"), To: day("2025-02-01")}},
		{"what did Kallas say between 2025-01-10 and 2025-01-05", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-05"), To: day("2025-01-11")}},
		{"what did Kallas say on 28 January", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-28"), To: day("2025-01-29")}},
		{"what did Kallas say on 2025-01-28", Q{Intent: what, Speaker: "Kallas", From: day("2025-01-28"), To: day("2025-01-29")}},
		{"who said 'hostage diplomacy'", Q{Intent: who, Phrase: "hostage diplomacy"}},
		{"who said \"hostage diplomacy\"?", Q{Intent: who, Phrase: "hostage diplomacy"}},
		{"who said “hostage diplomacy”", Q{Intent: who, Phrase: "hostage diplomacy"}},
		{"who said ‘hostage diplomacy’", Q{Intent: who, Phrase: "hostage diplomacy"}},
		{"who said hostage diplomacy", Q{Intent: who, Phrase: "hostage diplomacy"}},
		{"who first said 'maximum pressure' in 2024", Q{Intent: who, Phrase: "maximum pressure", From: day("2024-01-01"), To: day("2025-01-01")}},
		{"\"economic terrorism\"", Q{Intent: who, Phrase: "economic terrorism"}},
		{"quotes about Gaza", Q{Intent: what, Topic: "Gaza"}},
		{"quotes from Araghchi about trust", Q{Intent: what, Speaker: "Araghchi", Topic: "trust"}},
		{"show me statements on the ceasefire", Q{Intent: what, Topic: "ceasefire"}},
		{"when did Zarif last speak about sanctions", Q{Intent: when, Speaker: "Zarif", Topic: "sanctions"}},
		{"When did Zarif last talk about the sanctions?", Q{Intent: when, Speaker: "Zarif", Topic: "sanctions"}},
		{"has Khamenei said anything about negotiations", Q{Intent: has, Speaker: "Khamenei", Topic: "negotiations"}},
		{"Has Khamenei ever mentioned negotiations?", Q{Intent: has, Speaker: "Khamenei", Topic: "negotiations"}},
		{"did Araghchi say anything about trust last week", Q{Intent: has, Speaker: "Araghchi", Topic: "trust", From: day("2025-01-27"), To: day("2025-02-03")}},
		{"has anyone said anything about Gaza", Q{Intent: has, Topic: "Gaza"}},
		{"what is new on Turkey and the EU", Q{Intent: news, Topic: "Turkey EU"}},
		{"what's new on Iran and the US", Q{Intent: news, Topic: "Iran US"}},
		{"What’s new on Iran and the US?", Q{Intent: news, Topic: "Iran US"}},
		{"what's the latest on Iran", Q{Intent: news, Topic: "Iran"}},
		{"what is new", Q{Intent: news}},
		{"Araghchi", Q{Intent: what, Speaker: "Araghchi"}},
		{"  Abbas   Araghchi  ", Q{Intent: what, Speaker: "Abbas Araghchi"}},
		{"Araghchi's remarks on trust", Q{Intent: what, Speaker: "Araghchi", Topic: "trust"}},
		{"Araghchi said about trust", Q{Intent: what, Speaker: "Araghchi", Topic: "trust"}},
		{"what did the EU say about Turkey", Q{Intent: what, Speaker: "EU", Topic: "Turkey"}},
		{"what did Araghchi say about 'trust'", Q{Intent: what, Speaker: "Araghchi", Phrase: "trust"}},
		{"what did Iran's foreign minister say", Q{Intent: what, Speaker: "Iran's foreign minister"}},
		{"sanctions relief and the snapback mechanism", Q{Intent: what, Topic: "sanctions relief snapback mechanism"}},
		{"what did Araghchi say on Feb 30", Q{Intent: what, Speaker: "Araghchi", Topic: "Feb 30"}},
		// Query syntax is just words.
		{"a~2", Q{Intent: what, Speaker: "a~2"}},
		{"+x -y", Q{Intent: what, Speaker: "+x -y"}},
		{"/re.*/", Q{Intent: what, Speaker: "/re.*/"}},
		{"title:foo AND bar", Q{Intent: what, Topic: "title:foo AND bar"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in, now)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.in, err)
			}
			tt.want.Question = tt.in
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	now := time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrEmptyQuery},
		{"   ", ErrEmptyQuery},
		{"?", ErrEmptyQuery},
		{"*", ErrEmptyQuery},
		{"?!… -- ''", ErrEmptyQuery},
		{"what did they say", ErrEmptyQuery},
		{"\"\"", ErrEmptyQuery},
		{strings.Repeat("a", MaxQuestionLen+1), ErrQueryTooLong},
		{strings.Repeat("what did Araghchi say ", 500), ErrQueryTooLong},
		{strings.Repeat("é", MaxQuestionLen+1), ErrQueryTooLong},
	}
	for _, tt := range tests {
		name := tt.in
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			_, err := Parse(tt.in, now)
			if !errors.Is(err, tt.want) {
				t.Errorf("Parse(%q) error = %v, want %v", name, err, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), "ask") {
				t.Errorf("Parse(%q) error %q does not say what to ask", name, err)
			}
		})
	}
	// Exactly MaxQuestionLen characters is accepted.
	if _, err := Parse(strings.Repeat("é", MaxQuestionLen), now); err != nil {
		t.Errorf("Parse(%d characters) error: %v", MaxQuestionLen, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"what did Araghchi say about trust last week",
		"who said 'hostage diplomacy'",
		"when did Zarif last speak about sanctions",
		"has Khamenei said anything about negotiations since March 2025",
		"what's new on Iran and the US",
		"between January 5 and 2025-02-30",
		"“quoted” ‘phrase’ «x» „y“",
		"*", "a~2", "/re.*/", "+x -y", "\xff\xfe",
	} {
		f.Add(s)
	}
	now := time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s, now)
		if err != nil {
			if !errors.Is(err, ErrEmptyQuery) && !errors.Is(err, ErrQueryTooLong) {
				t.Fatalf("Parse(%q) error = %v, want a sentinel", s, err)
			}
			return
		}
		if q.Question != s {
			t.Errorf("Parse(%q).Question = %q", s, q.Question)
		}
		for _, f := range []string{q.Speaker, q.Topic, q.Phrase} {
			if !utf8.ValidString(f) || utf8.RuneCountInString(f) > MaxQuestionLen {
				t.Errorf("Parse(%q) gave field %q", s, f)
			}
		}
		if !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To) {
			t.Errorf("Parse(%q) range [%v, %v) is empty", s, q.From, q.To)
		}
	})
}
