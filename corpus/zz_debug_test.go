package corpus

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("ZZ_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	for _, q := range Extract(Document{ID: "x", Text: string(b)}) {
		fmt.Printf("%-8s %-30q %-20q %.90q\n", q.Kind, q.Speaker, q.Cue, q.Text)
	}
}
