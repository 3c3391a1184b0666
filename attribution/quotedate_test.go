package attribution

import (
	"testing"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

func TestStatementDateNeverPointsForward(t *testing.T) {
	// Saturday, 8 October 2016.
	pub := time.Date(2016, 10, 8, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		date string
		prov corpus.DateProvenance
	}{
		{
			name: "an event named by its day",
			text: `"We are not going to back down," Clinton said in an interview filed for Sunday's Meet the Press.`,
			date: "2016-10-08", prov: corpus.DateForward,
		},
		{
			name: "a future tense around the weekday",
			text: `"The talks matter," Kerry said, adding that he will meet Lavrov on Monday.`,
			date: "2016-10-08", prov: corpus.DateForward,
		},
		{
			name: "tomorrow",
			text: `"We are ready," the minister said ahead of the vote tomorrow.`,
			date: "2016-10-08", prov: corpus.DateForward,
		},
		{
			name: "a calendar day after the article's is never the statement's",
			text: `"We have to be ready to stop him," Mook said in a memo dated October 9.`,
			date: "2016-10-08", prov: corpus.DatePublished,
		},
		{
			name: "a past weekday still dates the statement",
			text: `"The talks matter," Kerry said on Thursday.`,
			date: "2016-10-06", prov: corpus.DateRelative,
		},
		{
			name: "a date of history never dates it",
			text: `"It was a crime," Zarif said of the downing of the airliner on 3 July 1988.`,
			date: "2016-10-08", prov: corpus.DatePublished,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(corpus.Document{ID: "d", Text: tt.text, Published: pub, PublishedProvenance: corpus.DatePublished})
			if len(qs) != 1 {
				t.Fatalf("Extract found %d quotes, want 1", len(qs))
			}
			if got := qs[0].Date.String(); got != tt.date || qs[0].DateProvenance != tt.prov {
				t.Errorf("date %s (%s), want %s (%s)", got, qs[0].DateProvenance, tt.date, tt.prov)
			}
		})
	}
}
