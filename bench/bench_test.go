package bench

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

func TestPerturb(t *testing.T) {
	const text = "Foreign Minister Abbas Araghchi said the nuclear talks would continue next week. " +
		"“We remain ready for serious negotiations without any preconditions,” he told reporters.\n\n" +
		"Short one. Another sentence about regional security cooperation matters greatly."
	seen := map[string]int{}
	for k := 0; k <= 12; k++ {
		got := Perturb(text, k)
		if len(got) != len(text) {
			t.Fatalf("len(Perturb(text, %d)) = %d, want %d", k, len(got), len(text))
		}
		if k == 0 && got != text {
			t.Errorf("Perturb(text, 0) = %q, want text unchanged", got)
		}
		if k > 0 && got == text {
			t.Errorf("Perturb(text, %d) left text unchanged", k)
		}
		for _, keep := range []string{"Foreign Minister Abbas Araghchi said", "he told reporters", "Short one.", "“", "”"} {
			if !strings.Contains(got, keep) {
				t.Errorf("Perturb(text, %d) = %q, lost %q", k, got, keep)
			}
		}
		if prev, dup := seen[got]; dup {
			t.Errorf("Perturb(text, %d) = Perturb(text, %d)", k, prev)
		}
		seen[got] = k
		if a, b := sortedLetters(got), sortedLetters(text); a != b {
			t.Errorf("Perturb(text, %d) changed the letters", k)
		}
	}
}

// TestPerturbRespellsShortQuotes checks that a quotation too short for
// a word swap still differs from copy to copy, so that the copies of a
// scale-up are new quotes and not citations of one.
func TestPerturbRespellsShortQuotes(t *testing.T) {
	const text = "Iran called the move “unacceptable.” The “paternalism,” he said, “must end.” A \"straight quote\" too."
	seen := map[string]int{}
	for k := 1; k <= 50; k++ {
		got := Perturb(text, k)
		if a, b := sortedLetters(got), sortedLetters(text); a != b {
			t.Fatalf("Perturb(text, %d) = %q changed the letters", k, got)
		}
		for _, keep := range []string{"Iran called the move “", "he said, “", "A \"", "” The “"} {
			if !strings.Contains(got, keep) {
				t.Errorf("Perturb(text, %d) = %q, lost %q", k, got, keep)
			}
		}
		quotes := between(got, "“", "”")
		if prev, dup := seen[quotes]; dup {
			t.Errorf("Perturb(text, %d) quotes %q = those of copy %d", k, quotes, prev)
		}
		seen[quotes] = k
	}
}

// between returns the texts between open and close marks in s, joined.
func between(s, open, close string) string {
	var out []string
	for {
		i := strings.Index(s, open)
		if i < 0 {
			return strings.Join(out, "|")
		}
		s = s[i+len(open):]
		j := strings.Index(s, close)
		if j < 0 {
			return strings.Join(out, "|")
		}
		out = append(out, s[:j])
		s = s[j+len(close):]
	}
}

func sortedLetters(s string) string {
	counts := map[rune]int{}
	for _, r := range s {
		counts[r]++
	}
	var b strings.Builder
	for r := rune(0); r < 0x2100; r++ {
		b.WriteString(strings.Repeat(string(r), counts[r]))
	}
	return b.String()
}

func TestWriteScaled(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{
		"a.md":      "---\nid: news-1\ntitle: \"One\"\nsource: Tehran Times\n---\n\nThe minister said the regional talks would resume soon after the holiday.\n",
		"b.md":      "---\nid: news-2\npublished: 2021-03-04\n---\n\n“Iranian negotiators remain fully committed,” Zarif said on Tuesday, March 2, 2021.\n",
		"README.md": "# not a document\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dst := t.TempDir()
	n, err := WriteScaled(context.Background(), src, dst, 3)
	if err != nil {
		t.Fatalf("WriteScaled() error: %v", err)
	}
	if n != 9 {
		t.Errorf("WriteScaled() = %d files, want 9", n)
	}
	docs := map[string]corpus.Document{}
	skipped, err := corpus.LoadDir(context.Background(), dst, corpus.LoadOptions{}, func(d corpus.Document) error {
		docs[d.ID] = d
		return nil
	})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("LoadDir(scaled) = %v, %v; want no error and nothing skipped", skipped, err)
	}
	want := []string{"news-1", "news-1-x1", "news-1-x2", "news-2", "news-2-x1", "news-2-x2"}
	var got []string
	for _, id := range want {
		if _, ok := docs[id]; ok {
			got = append(got, id)
		}
	}
	if !reflect.DeepEqual(got, want) || len(docs) != len(want) {
		t.Fatalf("scaled ids = %v, want %v", mapKeys(docs), want)
	}
	if d := docs["news-2-x2"]; !d.Published.Equal(time.Date(2021, 3, 6, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("news-2-x2 published = %v, want 2021-03-06", d.Published)
	}
	if docs["news-1-x1"].Text == docs["news-1"].Text || docs["news-1-x1"].Text == docs["news-1-x2"].Text {
		t.Errorf("copies of news-1 have the same text: %q", docs["news-1-x1"].Text)
	}
	if docs["news-1-x1"].Source != "Tehran Times" {
		t.Errorf("news-1-x1 source = %q, want the original's", docs["news-1-x1"].Source)
	}
}

func mapKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestSummarize(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	got := Summarize(ds)
	want := Latency{N: 100, P50: 50 * time.Millisecond, P95: 95 * time.Millisecond, P99: 99 * time.Millisecond, Mean: 50500 * time.Microsecond, Max: 100 * time.Millisecond}
	if got != want {
		t.Errorf("Summarize(1..100 ms) = %+v, want %+v", got, want)
	}
	if got := Summarize(nil); got != (Latency{}) {
		t.Errorf("Summarize(nil) = %+v, want zero", got)
	}
}

func TestFTS5Query(t *testing.T) {
	tests := []struct {
		q         corpus.Query
		match     string
		where     string
		wantNArgs int
	}{
		{corpus.Query{Speaker: "Abbas Araghchi"}, `"Abbas" AND "Araghchi"`, "", 1},
		{corpus.Query{Speaker: "Zarif", Topic: "nuclear talks"}, `"Zarif" AND ("nuclear" OR "talks")`, "", 1},
		{corpus.Query{Phrase: "hostage diplomacy"}, `"hostage diplomacy"`, "", 1},
		{corpus.Query{Speaker: `a"b OR c*`, From: time.Unix(10, 0), To: time.Unix(20, 0)}, `"a" AND "b" AND "OR" AND "c"`, " AND published >= ? AND published < ?", 3},
	}
	for _, tt := range tests {
		match, where, args := FTS5Query(tt.q)
		if match != tt.match || where != tt.where || len(args) != tt.wantNArgs {
			t.Errorf("FTS5Query(%+v) = %q, %q, %d args; want %q, %q, %d", tt.q, match, where, len(args), tt.match, tt.where, tt.wantNArgs)
		}
	}
}

// TestSystems draws questions from the embedded sample corpus and checks
// that every system answers the phrase questions, which all of them can
// find verbatim.
func TestSystems(t *testing.T) {
	ctx := context.Background()
	var docs []corpus.Document
	if _, err := corpus.Load(ctx, corpus.Sample(), corpus.LoadOptions{}, func(d corpus.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	set, err := GenerateQuestions(docs, 8)
	if err != nil {
		t.Fatalf("GenerateQuestions() error: %v", err)
	}
	again, _ := GenerateQuestions(docs, 8)
	if !reflect.DeepEqual(set, again) {
		t.Errorf("GenerateQuestions() is not deterministic")
	}
	kinds := map[string]int{}
	for _, q := range set.Questions {
		kinds[q.Kind]++
	}
	if len(set.Questions) != 8 || kinds[KindSpeaker] != 2 || kinds[KindTopic] != 2 || kinds[KindPhrase] != 2 || kinds[KindDate] != 2 {
		t.Fatalf("GenerateQuestions(8) kinds = %v, want 2 of each", kinds)
	}
	qb, _, err := NewQuotebot(ctx, corpus.Sample(), "", set.Now)
	if err != nil {
		t.Fatal(err)
	}
	bl, err := NewBleve(ctx, docs, "")
	if err != nil {
		t.Fatal(err)
	}
	ft, err := NewFTS5(ctx, docs, "")
	if err != nil {
		t.Fatal(err)
	}
	systems := map[string]Searcher{SystemQuotebot: qb, SystemBleve: bl, SystemFTS5: ft, SystemScan: NewScan(docs)}
	for name, s := range systems {
		t.Cleanup(func() { s.Close() })
		for _, q := range set.Questions {
			n, err := s.Query(ctx, q)
			if err != nil {
				t.Errorf("%s: Query(%q) error: %v", name, q.Text, err)
			}
			if q.Kind == KindPhrase && n == 0 {
				t.Errorf("%s: Query(%q) = 0 results, want some", name, q.Text)
			}
		}
	}
}
