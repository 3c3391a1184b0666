package bot

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDeps checks that the bot reaches the index only through its
// Searcher interface: it must not import the search package or bleve.
func TestDeps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.Contains(dep, "bleve") || dep == "github.com/quotebot/quotebot/search" || strings.HasSuffix(dep, "/internal/discordtest") {
			t.Errorf("bot imports %s", dep)
		}
	}
}
