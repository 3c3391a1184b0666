package attribution

import (
	"slices"
	"testing"

	"github.com/quotebot/quotebot/corpus"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		spans      []corpus.QuoteSpan
		want       []string
	}{
		{
			name: "stops and capitals",
			text: "Iran said no. The talks go on.",
			want: []string{"Iran said no.", "The talks go on."},
		},
		{
			name: "a heading in single marks run into its sentence",
			text: "‘Iran will respond in kind’ The resolution was adopted on Wednesday.",
			want: []string{"‘Iran will respond in kind’", "The resolution was adopted on Wednesday."},
		},
		{
			name: "a quote in single marks and its cue",
			text: "‘We will continue to reduce commitments’ Araghchi told Reuters.",
			want: []string{"‘We will continue to reduce commitments’ Araghchi told Reuters."},
		},
		{
			name: "a cut sentence with According to run into it",
			text: "Iran doubled down on its positions regarding the talks in According to Vahid Jalalzadeh, the chairman of the committee, the meeting was held.",
			want: []string{"Iran doubled down on its positions regarding the talks in", "According to Vahid Jalalzadeh, the chairman of the committee, the meeting was held."},
		},
		{
			name:  "According to inside a quote is no new sentence",
			text:  "He said “the talks in According to plan” would go on.",
			spans: []corpus.QuoteSpan{{Start: 11, End: 41}},
			want:  []string{"He said “the talks in According to plan” would go on."},
		},
		{
			name: "According to after a comma is no new sentence",
			text: "The meeting was held, According to Jalalzadeh, on Wednesday.",
			want: []string{"The meeting was held, According to Jalalzadeh, on Wednesday."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sn := range sentences(tt.text, tt.spans) {
				got = append(got, tt.text[sn.start:sn.end])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sentences = %q, want %q", got, tt.want)
			}
		})
	}
}
