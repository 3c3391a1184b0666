package quotebot_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencyDirection enforces the layout's rule: corpus and
// internal/config use the standard library only (and config its .env
// reader); attribution builds on corpus alone; bot never imports search
// or bleve.
func TestDependencyDirection(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH")
	}
	tests := []struct {
		pkg       string
		forbidden []string
	}{
		{"./corpus", []string{"github.com/blevesearch/", "github.com/bwmarrin/discordgo", "github.com/quotebot/quotebot/attribution", "github.com/quotebot/quotebot/search", "github.com/quotebot/quotebot/bot"}},
		{"./attribution", []string{"github.com/blevesearch/", "github.com/bwmarrin/discordgo", "github.com/quotebot/quotebot/search", "github.com/quotebot/quotebot/bot", "github.com/quotebot/quotebot/internal/"}},
		{"./search", []string{"github.com/bwmarrin/discordgo", "github.com/quotebot/quotebot/bot"}},
		{"./bot", []string{"github.com/blevesearch/", "github.com/quotebot/quotebot/search"}},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			out, err := exec.Command("go", "list", "-deps", tt.pkg).CombinedOutput()
			if err != nil {
				t.Fatalf("go list -deps %s: %v\n%s", tt.pkg, err, out)
			}
			for _, dep := range strings.Fields(string(out)) {
				for _, f := range tt.forbidden {
					if strings.HasPrefix(dep, f) {
						t.Errorf("%s depends on %s", tt.pkg, dep)
					}
				}
			}
		})
	}
}
