package attribution

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// goldQuote is one line of testdata/gold/*.gold.jsonl or *.reported.jsonl:
// the hand-made annotations of the sample corpus. Offsets count
// characters (code points), not bytes.
type goldQuote struct {
	Quote    string  `json:"quote"`
	Contains string  `json:"contains"`
	Speaker  string  `json:"speaker"`
	Kind     string  `json:"kind"`
	Date     *string `json:"date"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
}

func readGold(t *testing.T, path string) []goldQuote {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldQuote
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldQuote
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}

// byteOffset converts a code point offset in s to a byte offset.
func byteOffset(s string, cp int) int {
	n := 0
	for i := range s {
		if n == cp {
			return i
		}
		n++
	}
	return len(s)
}

// sameSpeaker compares speakers the way the project's scorer does: the
// last word of one name is among the words of the other.
func sameSpeaker(gold, got string) bool {
	g, p := nameTokens(strings.ReplaceAll(gold, "'s", "")), nameTokens(strings.ReplaceAll(got, "'s", ""))
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if containsString(p, g[len(g)-1]) || containsString(g, p[len(p)-1]) {
		return true
	}
	// Transliterations written in one or two words ("Haji Babaee").
	return strings.HasSuffix(NameKey(got), g[len(g)-1]) || strings.HasSuffix(NameKey(gold), p[len(p)-1])
}

type extracted struct {
	doc    corpus.Document
	quotes []corpus.Quote
}

// extractSample loads, extracts and canonicalises the sample corpus.
func extractSample(t *testing.T) map[string]extracted {
	t.Helper()
	out := make(map[string]extracted)
	dir := NewDirectory()
	var order []string
	_, err := corpus.Load(context.Background(), corpus.Sample(), corpus.LoadOptions{}, func(d corpus.Document) error {
		qs := Extract(d)
		dir.Canonicalize(qs)
		name := strings.TrimSuffix(filepath.Base(d.Path), filepath.Ext(d.Path))
		out[name] = extracted{d, qs}
		order = append(order, name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 {
		t.Fatalf("sample corpus: %d documents, want 2", len(out))
	}
	return out
}

// overlap returns the share of [a0,a1) covered by [b0,b1).
func overlap(a0, a1, b0, b1 int) float64 {
	lo, hi := max(a0, b0), min(a1, b1)
	if hi <= lo || a1 <= a0 {
		return 0
	}
	return float64(hi-lo) / float64(a1-a0)
}

func TestSeedGold(t *testing.T) {
	docs := extractSample(t)
	total, found, speakersRight := 0, 0, 0
	matched := make(map[string]bool) // quote id + citation start
	for name, ex := range docs {
		text := ex.doc.Text
		for _, g := range readGold(t, filepath.Join("testdata", "gold", name+".gold.jsonl")) {
			total++
			gs, ge := byteOffset(text, g.Start), byteOffset(text, g.End)
			if text[gs:ge] != g.Quote {
				t.Fatalf("%s: gold offsets do not hold %q", name, g.Quote)
			}
			var hit *corpus.Quote
			for i := range ex.quotes {
				q := &ex.quotes[i]
				// The seed gold marks each piece of a quote that its
				// attribution splits (“A,” he said, “B.”); the
				// extractor keeps the pieces as one statement.
				for _, c := range q.Citations {
					for _, pt := range c.Pieces() {
						if overlap(gs, ge, pt[0], pt[1]) >= 0.9 && overlap(pt[0], pt[1], gs, ge) >= 0.9 {
							hit = q
							matched[q.ID+":"+strconv.Itoa(pt[0])] = true
						}
					}
				}
			}
			if hit == nil {
				t.Errorf("%s: gold quote not found: %q (%s)", name, short(g.Quote), g.Speaker)
				continue
			}
			found++
			if sameSpeaker(g.Speaker, hit.Speaker) {
				speakersRight++
			} else {
				t.Logf("%s: %q: speaker %q, want %q", name, short(g.Quote), hit.Speaker, g.Speaker)
			}
			if g.Date != nil && !strings.HasPrefix(hit.Date.String(), *g.Date) {
				t.Errorf("%s: %q: date %s (%s), want %s", name, short(g.Quote), hit.Date, hit.DateProvenance, *g.Date)
			}
			if string(hit.Kind) != g.Kind {
				t.Logf("%s: %q: kind %s, want %s", name, short(g.Quote), hit.Kind, g.Kind)
			}
		}
		// No statement invented: every quote in marks is a gold quote.
		for _, q := range ex.quotes {
			for _, c := range q.Citations {
				if c.Quoted(text) != q.Text {
					t.Errorf("%s: quote %q is not the text at its citation", name, short(q.Text))
				}
				for _, pt := range c.Pieces() {
					if q.Kind != corpus.KindReported && !matched[q.ID+":"+strconv.Itoa(pt[0])] {
						t.Errorf("%s: invented quote %q (%s)", name, short(text[pt[0]:pt[1]]), q.Speaker)
					}
				}
			}
		}
	}
	t.Logf("seed gold: %d/%d quotes found, %d speakers right", found, total, speakersRight)
	if found != total {
		t.Errorf("found %d of %d gold quotes, want all", found, total)
	}
	if speakersRight < 35 {
		t.Errorf("%d of %d speakers right, want at least 35", speakersRight, total)
	}
}

func TestSeedReported(t *testing.T) {
	docs := extractSample(t)
	for name, ex := range docs {
		text := ex.doc.Text
		for _, g := range readGold(t, filepath.Join("testdata", "gold", name+".reported.jsonl")) {
			gs, ge := byteOffset(text, g.Start), byteOffset(text, g.End)
			if !strings.Contains(text[gs:ge], g.Contains) && !strings.Contains(g.Contains, text[gs:ge]) {
				t.Fatalf("%s: gold offsets do not hold %q", name, g.Contains)
			}
			ok := false
			var near []string
			for _, q := range ex.quotes {
				for _, c := range q.Citations {
					if overlap(gs, ge, c.Start, c.End) >= 0.5 {
						if sameSpeaker(g.Speaker, q.Speaker) {
							ok = true
						}
						near = append(near, q.Speaker+": "+short(q.Text))
					}
				}
			}
			if !ok {
				t.Errorf("%s: reported statement of %s not found: %q; near: %q", name, g.Speaker, g.Contains, near)
			}
		}
		for _, q := range ex.quotes {
			if q.Kind == corpus.KindReported {
				t.Logf("%s: reported: %s: %q", name, q.Speaker, short(q.Text))
			}
		}
	}
}

func short(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:60]) + "…"
}
