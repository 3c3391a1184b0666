package attribution

import (
	"strings"
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

func TestStatementDateOccasions(t *testing.T) {
	// Tuesday, 26 January 2016.
	pub := time.Date(2016, 1, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		text  string
		quote string // the start of the quote checked
		date  string
		prov  corpus.DateProvenance
	}{
		{
			name:  "an old year of the occasion the words were said at",
			text:  `“Now we have BlackBerrys,” Sherman said in the 2013 video.`,
			quote: "Now", date: "2013", prov: corpus.DateStated,
		},
		{
			name:  "an old year after a noun of speech",
			text:  `Democrats highlighted comments Trump made in 2006 saying that “people like me could make a lot of money.”`,
			quote: "people", date: "2006", prov: corpus.DateStated,
		},
		{
			name:  "an old occasion does not date the next speaker's words",
			text:  "“Now we have BlackBerrys,” Sherman said in the 2013 video.\n\n“Evidence continues to grow,” Bechdel said in a statement.",
			quote: "Evidence", date: "2016-01-26", prov: corpus.DatePublished,
		},
		{
			name:  "a week named before is an event's, not the next quote's",
			text:  "The group polled the race last week.\n\n“We did polling in this district,” said Mike Shields.",
			quote: "We did", date: "2016-01-26", prov: corpus.DatePublished,
		},
		{
			name:  "a day named before still dates the next quote",
			text:  "Clinton spoke in Iowa on Monday.\n\n“We will win,” Clinton said.",
			quote: "We will", date: "2016-01-25", prov: corpus.DateRelative,
		},
		{
			name:  "a reported statement's day is not carried to the speaker's later quotes",
			text:  "Donald Trump said last week that he would build a wall.\n\nThe polls moved.\n\nVoters were asked.\n\n“Rubio is very weak,” Trump said.",
			quote: "Rubio", date: "2016-01-26", prov: corpus.DatePublished,
		},
		{
			name:  "a reported statement dated by its story carries that day to the speaker's later quotes",
			text:  "The candidates met for a debate in Charleston on Sunday.\n\nBernie Sanders argued that the banks were too big to fail.\n\nThe polls moved.\n\nVoters were asked.\n\nThe crowd cheered.\n\n“Wall Street is a problem,” Sanders said.",
			quote: "Wall", date: "2016-01-24", prov: corpus.DateRelative,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(corpus.Document{ID: "d", Text: tt.text, Published: pub, PublishedProvenance: corpus.DatePublished})
			for _, q := range qs {
				if !strings.HasPrefix(q.Text, tt.quote) {
					continue
				}
				if got := q.Date.String(); got != tt.date || q.DateProvenance != tt.prov {
					t.Errorf("date %s (%s), want %s (%s)", got, q.DateProvenance, tt.date, tt.prov)
				}
				return
			}
			t.Fatalf("no quote starting %q among %d", tt.quote, len(qs))
		})
	}
}
