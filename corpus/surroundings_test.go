package corpus

import (
	"strings"
	"testing"
)

// TestSurroundings checks the words a quote is found by besides its own.
func TestSurroundings(t *testing.T) {
	tests := []struct {
		context string
		pieces  []string
		want    string
	}{
		{"“A b c,” he said.", []string{"A b c,"}, "“ ” he said."},
		{"“A,” he said, “B.”", []string{"A,", "B."}, "“ ” he said, “ ”"},
		{"He said so.", []string{"missing"}, "He said so."},
		{"“A.”", []string{"A."}, "“ ”"},
		{"", []string{"A"}, ""},
		{"“A,” he said, “A.”", []string{"A,", "A."}, "“ ” he said, “ ”"},
		// Words beyond surroundingsReach of the quote are left out.
		{strings.Repeat("far ", 60) + "near “Q.” near " + strings.Repeat("far ", 60), []string{"Q."},
			strings.TrimSpace(strings.Repeat("far ", 37)) + " near “ ” near " + strings.TrimSpace(strings.Repeat("far ", 37))},
	}
	for _, tt := range tests {
		c := Citation{Context: tt.context}
		quote := strings.Join(tt.pieces, PartSeparator)
		if got := c.Surroundings(quote); got != tt.want {
			t.Errorf("Citation{Context: %q}.Surroundings(%q) = %q, want %q", tt.context, quote, got, tt.want)
		}
	}
}
