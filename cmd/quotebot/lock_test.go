package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/search"
)

// TestCommandsOnAHeldIndex checks that each command that opens the index
// fails at once, with one sentence naming the holder's process and what
// to do, while another holds it (as serve or a long index run does),
// and that extract, which needs no index, still works.
func TestCommandsOnAHeldIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index")
	held, err := search.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	env := map[string]string{"QUOTEBOT_INDEX": path}
	for _, args := range [][]string{
		{"ask", "what did Zarif say"},
		{"index"},
		{"speakers"},
	} {
		t.Run(args[0], func(t *testing.T) {
			_, _, err := runQuotebot(t, env, "", args...)
			if err == nil {
				t.Fatal("no error on a held index")
			}
			msg := err.Error()
			for _, want := range []string{"in use by", "process " + strconv.Itoa(os.Getpid()), "QUOTEBOT_INDEX"} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q lacks %q", msg, want)
				}
			}
		})
	}
	file := filepath.Join(t.TempDir(), "a.md")
	if err := os.WriteFile(file, []byte("“We are ready,” Abbas Araghchi said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runQuotebot(t, env, "", "extract", file)
	if err != nil || !strings.Contains(out, "Abbas Araghchi") {
		t.Errorf("extract beside a held index: %v\n%s", err, out)
	}
}
