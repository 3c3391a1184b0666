package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// runQuotebot runs the program with args and an environment of env
// only, in a temporary working folder, and returns its output.
func runQuotebot(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	if env == nil {
		env = map[string]string{}
	}
	if _, ok := env["QUOTEBOT_INDEX"]; !ok {
		env["QUOTEBOT_INDEX"] = filepath.Join(t.TempDir(), "index")
	}
	t.Chdir(t.TempDir()) // no stray .env
	var out, errb bytes.Buffer
	err = run(context.Background(), args, func(k string) string { return env[k] }, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestAskSample(t *testing.T) {
	out, _, err := runQuotebot(t, nil, "", "ask", "what did Araghchi say")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"No specific message has been sent or received.", "Abbas Araghchi", "Iran International"} {
		if !strings.Contains(out, want) {
			t.Errorf("ask output lacks %q:\n%s", want, out)
		}
	}
}

func TestAskJSON(t *testing.T) {
	out, _, err := runQuotebot(t, nil, "", "ask", "--json", "--limit", "3", "what did Khamenei say about negotiations")
	if err != nil {
		t.Fatal(err)
	}
	var ans struct {
		Question string `json:"question"`
		Total    int    `json:"total"`
		Quotes   []struct {
			Text, Speaker, SpeakerID, Date, Doc string
			DateProvenance                      string `json:"date_provenance"`
			Start, End                          int
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("ask --json output is not JSON: %v\n%s", err, out)
	}
	if ans.Total == 0 || len(ans.Quotes) == 0 || len(ans.Quotes) > 3 {
		t.Fatalf("ask --json: total %d, %d quotes; want some, at most 3", ans.Total, len(ans.Quotes))
	}
	for _, q := range ans.Quotes {
		if q.Speaker != "Ali Khamenei" {
			t.Errorf("quote %q: speaker %q, want Ali Khamenei", q.Text, q.Speaker)
		}
		if q.Date == "" || q.DateProvenance == "" {
			t.Errorf("quote %q has no date or provenance", q.Text)
		}
	}
}

func TestAskStdin(t *testing.T) {
	out, _, err := runQuotebot(t, nil, "who said 'hostage diplomacy'\n\n***\nwhat did Kallas say\n", "ask")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"hostage diplomacy", "European Parliament", "Kaja Kallas", "quotebot: "} {
		if !strings.Contains(out, want) {
			t.Errorf("stdin answers lack %q:\n%s", want, out)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no command", nil},
		{"unknown command", []string{"frobnicate"}},
		{"bad flag", []string{"ask", "--nope", "x"}},
		{"bad limit", []string{"ask", "--limit", "0", "x"}},
		{"limit not a number", []string{"ask", "--limit", "many", "x"}},
		{"empty question", []string{"ask", "?!"}},
		{"extract without files", []string{"extract"}},
		{"eval without folder", []string{"eval"}},
		{"eval bad kind", []string{"eval", "--kinds", "quotes", "gold"}},
		{"eval dates without articles", []string{"eval", "--dates", "dates.jsonl"}},
		{"eval articles without dates", []string{"eval", "--articles", "corpus", "gold"}},
		{"eval dates without file", []string{"eval", "--dates", "--articles", "corpus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := runQuotebot(t, nil, "", tt.args...)
			var u usageError
			if err == nil || !asUsage(err, &u) {
				t.Fatalf("run(%q) = %v, want a usage error", tt.args, err)
			}
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
				t.Errorf("stderr shows a crash:\n%s", stderr)
			}
		})
	}
}

func TestExtractJSONOffsets(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.md")
	text := "---\ntitle: Talks\nsource: Test Wire\npublished: 2025-03-04\n---\n\n“We are ready to talk,” Foreign Minister Abbas Araghchi said on Monday.\n\n“But not under pressure,” he added, “and not with threats.”\n"
	if err := os.WriteFile(good, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(bad, []byte{0xff, 0xfe, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runQuotebot(t, nil, "", "extract", "--json", good, bad)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "b.txt") {
		t.Errorf("the broken file is not reported: %q", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("extract printed %d lines, want 2:\n%s", len(lines), out)
	}
	split := 0
	for _, l := range lines {
		var r extractRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Parts) == 2 {
			split++
		}
		cited := corpus.Citation{Start: r.Start, End: r.End, Parts: r.Parts}
		if got := cited.Quoted(text); got != r.Quote {
			t.Errorf("file[%d:%d] (parts %v) = %q, want the quote %q", r.Start, r.End, r.Parts, got, r.Quote)
		}
		if r.Speaker != "Abbas Araghchi" || r.Role != "Foreign Minister" {
			t.Errorf("quote %q: speaker %q (%q), want Abbas Araghchi (Foreign Minister)", r.Quote, r.Speaker, r.Role)
		}
		if r.Date != "2025-03-03" || r.DateProvenance != "relative" {
			t.Errorf("quote %q: date %s (%s), want 2025-03-03 (relative)", r.Quote, r.Date, r.DateProvenance)
		}
	}
	if split != 1 {
		t.Errorf("%d quotes in two parts, want 1 (“But not under pressure,” he added, “…”)", split)
	}
}

func TestIndexCorpusAndReindex(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("one.md", "---\ntitle: One\nsource: Wire\npublished: 2025-02-01\n---\n\n“Sanctions must end,” Iranian President Masoud Pezeshkian said.\n")
	write("broken.md", "---\ntitle: never closed\n")
	env := map[string]string{"QUOTEBOT_CORPUS": dir, "QUOTEBOT_INDEX": filepath.Join(t.TempDir(), "ix")}
	out, _, err := runQuotebot(t, env, "", "index")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"documents: 1 (1 new)", "skipped:   1 files", "broken.md"} {
		if !strings.Contains(out, want) {
			t.Errorf("index summary lacks %q:\n%s", want, out)
		}
	}
	write("two.md", "---\ntitle: Two\nsource: Wire\npublished: 2025-02-02\n---\n\n“Talks are possible,” Turkish Foreign Minister Hakan Fidan told reporters.\n")
	out, _, err = runQuotebot(t, env, "", "index")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "documents: 2 (1 new)") {
		t.Errorf("second index did not add just the new file:\n%s", out)
	}
	out, _, err = runQuotebot(t, env, "", "speakers", "--json")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Masoud Pezeshkian", "Hakan Fidan"} {
		if !strings.Contains(out, want) {
			t.Errorf("speakers lacks %q:\n%s", want, out)
		}
	}
}

func TestServeNeedsToken(t *testing.T) {
	_, _, err := runQuotebot(t, map[string]string{"DISCORD_APP_ID": "123456789012345678"}, "", "serve")
	if err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Fatalf("serve without a token: %v, want an error naming DISCORD_TOKEN", err)
	}
	_, _, err = runQuotebot(t, map[string]string{"DISCORD_APP_ID": "123456789012345678", "DISCORD_TOKEN": "secret-but-malformed"}, "", "serve")
	if err == nil || strings.Contains(err.Error(), "secret-but-malformed") {
		t.Fatalf("serve with a malformed token: %v, want an error that does not show the token", err)
	}
}

func asUsage(err error, u *usageError) bool { return errors.As(err, u) }

// TestEval scores a one-article gold folder made in the test: one quote
// found with the right speaker, one with the wrong one.
func TestEval(t *testing.T) {
	dir := t.TempDir()
	text := "Talks\n\n“We are ready,” Foreign Minister Abbas Araghchi said on Monday.\n\n“Not now,” said Kaja Kallas.\n"
	if err := os.WriteFile(filepath.Join(dir, "0001.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := `{"quote":"We are ready","speaker":"Abbas Araghchi","kind":"direct","start":8,"end":20}
{"quote":"Not now","speaker":"Ursula von der Leyen","kind":"direct","start":73,"end":80}
`
	if err := os.WriteFile(filepath.Join(dir, "0001.gold.jsonl"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "pred")
	stdout, stderr, err := runQuotebot(t, nil, "", "eval", "--errors", "5", "--out", out, dir)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	for _, want := range []string{"quote_f1=1.00 speaker_acc=0.50 end_to_end_f1=0.50", `gold="Ursula von der Leyen" predicted="Kaja Kallas"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, stdout)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "0001.pred.jsonl")); err != nil {
		t.Errorf("eval --out wrote no predictions: %v", err)
	}
}

// TestEvalDates scores a two-quote date gold made in the test against a
// corpus folder that also holds a broken file: one date right, one off
// by the gold's day, and the broken file reported, not fatal.
func TestEvalDates(t *testing.T) {
	dir := t.TempDir()
	body := "“We are ready to talk,” Foreign Minister Abbas Araghchi said on Monday.\n\n“Not under pressure,” Kaja Kallas said on Friday.\n"
	text := "---\ntitle: Talks\nsource: Test Wire\npublished: 2025-03-04\n---\n\n" + body
	if err := os.WriteFile(filepath.Join(dir, "talks.md"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.md"), []byte{0xff, 0xfe, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	span := func(q string) (int, int) {
		i := strings.Index(body, q)
		s := utf8.RuneCountInString(body[:i])
		return s, s + utf8.RuneCountInString(q)
	}
	s1, e1 := span("We are ready to talk,")
	s2, e2 := span("Not under pressure,")
	gold := fmt.Sprintf(`{"article": "talks", "published": "2025-03-04", "start": %d, "end": %d, "excerpt": "We are ready to talk,", "statement": true, "said": "2025-03-03", "evidence": "said on Monday", "note": ""}
{"article": "talks", "published": "2025-03-04", "start": %d, "end": %d, "excerpt": "Not under pressure,", "statement": true, "said": "2025-02-25", "evidence": "", "note": ""}
`, s1, e1, s2, e2)
	goldFile := filepath.Join(t.TempDir(), "dates.jsonl")
	if err := os.WriteFile(goldFile, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runQuotebot(t, nil, "", "eval", "--dates", "--articles", dir, "--errors", "5", goldFile)
	if err != nil {
		t.Fatalf("eval --dates: %v\n%s", err, stderr)
	}
	for _, want := range []string{
		"statements=2 found=2 known=2 right=1 week=1",
		"after_article=0",
		`[week] talks gold=2025-02-25 evidence="" predicted=2025-02-28 (relative) quote="Not under pressure,"`,
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval --dates output lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "broken.md") {
		t.Errorf("the broken corpus file is not reported:\n%s", stderr)
	}
}

// TestUnattributedQuotes checks that a quote whose speaker the text does
// not name is answered as unattributed with its description, that the
// description never becomes a speaker, and that a state that is the
// subject of its cue ("Tehran said") is listed as the speaker it is.
func TestUnattributedQuotes(t *testing.T) {
	dir := t.TempDir()
	body := "---\ntitle: Talks\nsource: Wire\npublished: 2025-02-01\n---\n\n" +
		"“The talks are over for now,” a senior official said on Saturday.\n\n" +
		"Tehran said its “strategic patience” had run out.\n\n" +
		"“We remain ready to talk,” Foreign Minister Abbas Araghchi said.\n"
	if err := os.WriteFile(filepath.Join(dir, "talks.md"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"QUOTEBOT_CORPUS": dir, "QUOTEBOT_INDEX": filepath.Join(t.TempDir(), "ix")}
	if _, _, err := runQuotebot(t, env, "", "index"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runQuotebot(t, env, "", "ask", "who said 'the talks are over'")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "unattributed (senior official)") {
		t.Errorf("the anonymous quote is not shown as unattributed:\n%s", out)
	}
	out, _, err = runQuotebot(t, env, "", "speakers")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Abbas Araghchi", "Tehran"} {
		if !strings.Contains(out, want) {
			t.Errorf("speakers lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "official") {
		t.Errorf("speakers lists the description %q:\n%s", "official", out)
	}
}
