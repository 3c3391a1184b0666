package corpus

import "testing"

func TestQuoteSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"curly marks", "He said “we will win” on Monday.", []string{"we will win"}},
		{"straight marks", `He said "we will win" on Monday.`, []string{"we will win"}},
		{"mixed marks", `He said “we will win" on Monday.`, []string{"we will win"}},
		{"single then double", `"She will be 'above the president,'" said Khin Zaw Win.`, []string{"She will be 'above the president,'"}},
		{"single, space, double", `"She will be 'above the president,' " said Khin Zaw Win. "That is not responsible."`, []string{"She will be 'above the president,' ", "That is not responsible."}},
		{"unclosed", `He said "we will win`, []string{"we will win"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range QuoteSpans(tt.text) {
				got = append(got, tt.text[q.Start:q.End])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("QuoteSpans(%q) = %q, want %q", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("span %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
