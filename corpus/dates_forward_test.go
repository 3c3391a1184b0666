package corpus

import (
	"testing"
	"time"
)

func TestFindDatesForward(t *testing.T) {
	// Saturday, 8 October 2016.
	ref := time.Date(2016, 10, 8, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		text    string
		date    string
		forward bool
	}{
		{"possessive weekday is the next such day", "in an interview filed for Sunday's Meet the Press", "2016-10-09", true},
		{"curly possessive", "ahead of Tuesday\u2019s vote", "2016-10-11", true},
		{"possessive alone may be past", "at Tuesday's meeting", "2016-10-04", true},
		{"possessive after a past cue verb is past", "he said on Monday\u2019s installment of his radio show", "2016-10-03", false},
		{"possessive after a future cue", "he said he will attend Sunday's debate", "2016-10-09", true},
		{"future tense", "the ministers will meet on Monday", "2016-10-10", true},
		{"due to", "he is due to arrive on Thursday", "2016-10-13", true},
		{"scheduled", "talks scheduled for Wednesday", "2016-10-12", true},
		{"upcoming", "the upcoming Friday session", "2016-10-14", true},
		{"next weekday", "next Monday", "2016-10-10", true},
		{"tomorrow", "the vote tomorrow", "2016-10-09", true},
		{"next week", "talks next week", "2016-W41", true},
		{"past weekday", "he said on Thursday", "2016-10-06", false},
		{"future before the cue verb is not the date's", "Kerry, who will travel to Paris, said on Monday", "2016-10-03", false},
		{"yesterday", "he said yesterday", "2016-10-07", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := FindDates(tt.text, ref)
			if len(ms) != 1 {
				t.Fatalf("FindDates(%q) = %d mentions, want 1", tt.text, len(ms))
			}
			if got := ms[0].Date.String(); got != tt.date {
				t.Errorf("date = %s, want %s", got, tt.date)
			}
			if ms[0].Forward != tt.forward {
				t.Errorf("Forward = %v, want %v", ms[0].Forward, tt.forward)
			}
		})
	}
}
