package search

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestContainsPhrase(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"We must think about having a plan.", "think about having", true},
		{"We must think about having a plan.", "Think About, Having", true},
		{"I don’t think this will last.", "don't think", true},
		{"I don't think this will last.", "don’t think", true},
		{"I don't think this will last.", "think about having", false},
		{"They may have to think again.", "think about having", false},
		{"The talks resumed.", "talking", false},
		{"The talks resumed.", "talk", false},
		{"“We had an agreement,” he said.", "had an Agreement", true},
		{"“We had an agreement,” he said. “They broke it.”", "agreement they broke", false},
		{"Anything", "", false},
		{"Anything", "’ ‘", false},
	}
	for _, tt := range tests {
		if got := containsPhrase(tt.text, tt.phrase); got != tt.want {
			t.Errorf("containsPhrase(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// phraseCorpus has quotes that share a word, or a stem, with the
// phrases asked for without holding them.
func phraseCorpus(tb testing.TB) *Index {
	tb.Helper()
	ix := MustOpenIndex(tb)
	bg := doc("tt/bg", "2025-01-25", "Tehran Times", "Background")
	bg.Text = "Some may think they are safe, but they may have to think again.\n\nThe talks about having a plan went on."
	fc := newFakeCorpus(
		fakeDoc{doc("tt/a", "2025-01-20", "Tehran Times", "A"), []said{
			{"Ali Rahimi", "Analyst", "I don’t think this rapprochement will last.", "2025-01-20"},
		}},
		fakeDoc{doc("tt/b", "2025-01-22", "Tehran Times", "B"), []said{
			{"Sara Kamali", "Minister", "We must think about having a plan for the talks.", "2025-01-22"},
		}},
		fakeDoc{doc("tt/c", "2025-01-23", "Tehran Times", "C"), []said{
			{"Omid Tavakoli", "Poet", "To be or not to be is not the question here.", "2025-01-23"},
			{"Omid Tavakoli", "Poet", "We keep talking.", "2025-01-23"},
		}},
		fakeDoc{bg, nil},
	)
	fc.use(ix)
	if _, err := ix.Add(context.Background(), fc.docs); err != nil {
		tb.Fatalf("Add() error: %v", err)
	}
	return ix
}

// A "who said" question matches the phrase's own words: not their stems,
// not only the words that are not stop words.
func TestAskPhraseExact(t *testing.T) {
	ix := phraseCorpus(t)
	tests := []struct {
		question string
		quotes   []string // first words of the quotes
		speakers []string
	}{
		{"who said 'think about having'", []string{"We must think"}, []string{"Sara Kamali"}},
		{"who said 'don't think'", []string{"I don’t think"}, []string{"Ali Rahimi"}},
		{"who said 'to be or not to be'", []string{"To be or"}, []string{"Omid Tavakoli"}},
		{"who said 'talking'", []string{"We keep talking."}, []string{"Omid Tavakoli"}},
		{"who said 'talk'", nil, nil},
		{"who said 'think again about having'", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans := mustAsk(t, ix, tt.question)
			if got := texts(ans.Quotes); !slices.Equal(got, tt.quotes) || ans.Total != len(tt.quotes) {
				t.Errorf("quotes = %q (total %d), want %q", got, ans.Total, tt.quotes)
			}
			if got := speakerNames(ans.Speakers); !slices.Equal(got, tt.speakers) {
				t.Errorf("speakers = %q, want %q", got, tt.speakers)
			}
			phrase := tt.question[strings.Index(tt.question, "'")+1 : strings.LastIndex(tt.question, "'")]
			for _, p := range ans.Passages {
				if !containsPhrase(p.Text, phrase) {
					t.Errorf("passage %q does not hold %q", p.Text, phrase)
				}
			}
			if len(tt.quotes) == 0 && len(ans.Notes) > 0 && strings.Contains(ans.Notes[0], "first said") {
				t.Errorf("notes = %q, want no first-said note", ans.Notes)
			}
		})
	}
	// The passage that holds the phrase is still found.
	ans := mustAsk(t, ix, "who said 'talks about having'")
	if len(ans.Passages) != 1 || !strings.HasPrefix(ans.Passages[0].Text, "The talks about having") {
		t.Errorf("passages for 'talks about having' = %+v, want the background's second paragraph", ans.Passages)
	}
}

// Any text holds itself, and a run of its own words, as a phrase.
func FuzzContainsPhrase(f *testing.F) {
	f.Add("We must think about having a plan.", 2, 3)
	f.Add("I don’t think ‘this’ will last", 0, 2)
	f.Add("''' ’’", 0, 1)
	f.Fuzz(func(t *testing.T, text string, from, n int) {
		w := phraseWords(text)
		if len(w) == 0 {
			if containsPhrase(text, text) {
				t.Errorf("containsPhrase(%q, itself) = true with no words", text)
			}
			return
		}
		if !containsPhrase(text, text) {
			t.Errorf("containsPhrase(%q, itself) = false", text)
		}
		from = max(from, 0) % len(w)
		n = 1 + max(n, 0)%(len(w)-from)
		if p := strings.Join(w[from:from+n], " "); !containsPhrase(text, p) {
			t.Errorf("containsPhrase(%q, %q) = false; its words are %q", text, p, w)
		}
	})
}
