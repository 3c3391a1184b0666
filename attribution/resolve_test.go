package attribution

import (
	"testing"

	"github.com/quotebot/quotebot/corpus"
)

// TestResolveSpeakers checks, rule by rule, who the entity record makes
// the speaker of a quote, and that a description naming no one gives no
// speaker but is kept as the role.
func TestResolveSpeakers(t *testing.T) {
	tests := []struct {
		name, text, quote string
		speaker, role     string
	}{
		{
			name:  "a description of no one named is a role, not a speaker",
			text:  "“The talks are over,” a senior official said.",
			quote: "The talks are over,", speaker: "", role: "senior official",
		},
		{
			name:  "a described body the text does not name is a role",
			text:  "“The deal is dead,” state TV said.",
			quote: "The deal is dead,", speaker: "", role: "state TV",
		},
		{
			name:  "a title alone with no one holding it is a role",
			text:  "“It is,” Iran's Supreme Leader said.",
			quote: "It is,", speaker: "", role: "Iran's Supreme Leader",
		},
		{
			name:  "a title word after a first name is a surname",
			text:  "“It doesn't matter,” said Charlie King, a prominent New York Democrat.",
			quote: "It doesn't matter,", speaker: "Charlie King", role: "",
		},
		{
			name:  "a campaign named by its candidate",
			text:  "Sanders’ campaign called the report a “rush to judgment,” on Monday.",
			quote: "rush to judgment,", speaker: "Sanders campaign", role: "",
		},
		{
			name:  "a place owns no campaign or government the directory keeps",
			text:  "Iran's government said “the sanctions failed.”",
			quote: "the sanctions failed.", speaker: "", role: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found bool
			for _, q := range Extract(corpus.Document{ID: "t", Text: tt.text}) {
				if q.Text != tt.quote {
					continue
				}
				found = true
				if q.Speaker != tt.speaker || q.Role != tt.role {
					t.Errorf("speaker, role = %q, %q; want %q, %q", q.Speaker, q.Role, tt.speaker, tt.role)
				}
				if tt.speaker == "" && q.SpeakerID != "" {
					t.Errorf("SpeakerID = %q for a quote with no speaker", q.SpeakerID)
				}
			}
			if !found {
				t.Fatalf("quote %q not found in %q", tt.quote, tt.text)
			}
		})
	}
}
