package attribution

import (
	"testing"

	"github.com/quotebot/quotebot/corpus"
)

// TestPronounGender checks that "she" never stands for a man nor "he" for
// a woman, by the evidence an article gives (a form of address, a given
// name, a role word), and that a pronoun passing over someone of the
// other sex takes only someone whose sex the text tells, else no one.
func TestPronounGender(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{
			name:    "she passes over the man the sentence names first",
			text:    "Donald Trump attacked Hillary Clinton on Monday. “We will not be bullied,” she said.",
			quote:   "We will not be bullied,",
			speaker: "Hillary Clinton",
		},
		{
			name:    "he passes over the woman",
			text:    "Nancy Pelosi met Paul Ryan on Tuesday. “The bill is dead,” he said.",
			quote:   "The bill is dead,",
			speaker: "Paul Ryan",
		},
		{
			name:    "a form of address tells the sex of an unknown name",
			text:    "Mr. Arvani spoke after Ms. Tabrizi left. “The plan stands,” she said.",
			quote:   "The plan stands,",
			speaker: "Tabrizi",
		},
		{
			name:    "a role word tells the sex",
			text:    "Campaign spokeswoman Dahlys Hamilton joined Donald Trump on stage. “We are thrilled,” she said.",
			quote:   "We are thrilled,",
			speaker: "Dahlys Hamilton",
		},
		{
			name:    "after passing over a man, a name of unknown sex is not taken",
			text:    "Donald Trump spoke with Pat Lopez on Monday. “It was fine,” she said.",
			quote:   "It was fine,",
			speaker: "",
		},
		{
			name:    "with no one passed over, a name of unknown sex is taken",
			text:    "Pat Lopez spoke on Monday. “It was fine,” she said.",
			quote:   "It was fine,",
			speaker: "Pat Lopez",
		},
		{
			name:    "a salient subject of the other sex in an earlier paragraph is passed over",
			text:    "Ted Cruz spoke in Iowa.\n\nHis wife, Heidi Cruz, spoke in Texas.\n\n“He will win,” she said.",
			quote:   "He will win,",
			speaker: "Heidi Cruz",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range Extract(corpus.Document{ID: "t", Text: tt.text}) {
				if q.Text != tt.quote {
					continue
				}
				if q.Speaker != tt.speaker {
					t.Errorf("speaker %q, want %q", q.Speaker, tt.speaker)
				}
				return
			}
			t.Fatalf("quote %q not found", tt.quote)
		})
	}
}

func TestGenderEvidence(t *testing.T) {
	tests := []struct {
		name string
		got  gender
		want gender
	}{
		{"Mr.", addressGender("said Mr. "), genderMale},
		{"Ms.", addressGender("and Ms. "), genderFemale},
		{"no address", addressGender("Minister "), genderUnknown},
		{"address not right before", addressGender("Mr. Smith and "), genderUnknown},
		{"spokeswoman", roleGender("Clinton campaign spokeswoman"), genderFemale},
		{"chairman", roleGender("Senate Foreign Relations Committee chairman"), genderMale},
		{"both ways", roleGender("husband and wife"), genderMixed},
		{"no word of sex", roleGender("Foreign Minister"), genderUnknown},
		{"a woman's name", givenNameGender("Hillary"), genderFemale},
		{"a man's name", givenNameGender("Javad"), genderMale},
		{"a name given to both", givenNameGender("Chris"), genderUnknown},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: gender %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	e := &entity{name: "Kim Lee", typ: corpus.SpeakerPerson}
	e.addGender(genderFemale)
	e.addGender(genderMale)
	if !e.fits("he") || !e.fits("she") {
		t.Errorf("evidence both ways constrains a pronoun: gender %d", e.gender)
	}
}
