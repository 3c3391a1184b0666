package bot

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quotebot/quotebot/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name.golden, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// render is a reply as Discord receives it in an interaction response.
func render(t *testing.T, r reply) []byte {
	t.Helper()
	data := r.responseData()
	if v := violations(data.Content, data.Embeds); len(v) > 0 {
		t.Errorf("reply breaks Discord's limits: %v", v)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(data); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestFormatAnswerGolden(t *testing.T) {
	ask := func(q string, off int) lookup { return lookup{Kind: kindAsk, Offset: off, Args: []string{q}} }
	tests := []struct {
		name string
		l    lookup
		a    corpus.Answer
	}{
		{"ask_first_page", ask("what did Araghchi say", 0), fixtureSearch(corpus.Query{Speaker: "Araghchi", Limit: pageSize})},
		{"ask_last_page", ask("what did Araghchi say", 5), fixtureSearch(corpus.Query{Speaker: "Araghchi", Limit: pageSize, Offset: 5})},
		{"ask_past_the_end", ask("what did Araghchi say", 10), fixtureSearch(corpus.Query{Speaker: "Araghchi", Limit: pageSize, Offset: 10})},
		{"long_quote_and_passages", ask("what is new on Turkey and the EU", 0), corpus.Answer{
			Total: 2, Quotes: []corpus.Quote{fixtureQuotes()[1], fixtureQuotes()[2]}, Passages: fixturePassages(),
		}},
		{"mentions_and_markdown", lookup{Kind: kindWhoSaid, Args: []string{"hostage diplomacy"}}, corpus.Answer{
			Total: 2, Quotes: []corpus.Quote{fixtureQuotes()[2], fixtureQuotes()[4]},
		}},
		{"whosaid_not_found", lookup{Kind: kindWhoSaid, Args: []string{"@everyone look at <@123>"}}, corpus.Answer{}},
		{"notes_and_suggestions", lookup{Kind: kindQuotes, Args: []string{"Aragchi", "talks", "2025-01", "2025-02-15"}}, corpus.Answer{
			Suggestions: fixtureSpeakers()[:2],
			Notes:       []string{"No speaker named 'Aragchi'.", "Dates are those the quotes were said, not published."},
			Passages:    fixturePassages()[:1],
		}},
		{"too_long_to_page", ask(strings.Repeat("what did Araghchi say about the talks ", 3), 0), fixtureSearch(corpus.Query{Speaker: "Araghchi", Limit: pageSize})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, "answer_"+tt.name, render(t, formatAnswer(tt.l, tt.a)))
		})
	}
}

func TestFormatSpeakersGolden(t *testing.T) {
	tests := []struct {
		name   string
		filter string
		sp     []corpus.Speaker
	}{
		{"all", "", fixtureSpeakers()},
		{"filtered", "ara", fixtureSpeakers()[:1]},
		{"none", "<@123>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, "speakers_"+tt.name, render(t, formatSpeakers(tt.filter, tt.sp)))
		})
	}
}

func TestFormatChoices(t *testing.T) {
	got := formatChoices(fixtureSpeakers())
	if len(got) != maxChoices {
		t.Errorf("formatChoices(%d speakers) = %d choices, want %d", len(fixtureSpeakers()), len(got), maxChoices)
	}
	for _, c := range got {
		v, _ := c.Value.(string)
		if textLen(c.Name) > maxChoiceName || textLen(v) > maxChoiceValue || v == "" {
			t.Errorf("choice %q = %q out of limits", c.Name, v)
		}
	}
	if got[0].Name != "Abbas Araghchi (Foreign Minister) (42 quotes)" || got[0].Value != "Abbas Araghchi" {
		t.Errorf("first choice = %q: %v", got[0].Name, got[0].Value)
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"*bold* _it_ ~~s~~ `c` ||sp||", `\*bold\* \_it\_ \~\~s\~\~ \` + "`c\\`" + ` \|\|sp\|\|`},
		{"<@123> <@&456> @everyone", `\<@123> \<@&456> @everyone`},
		{"# heading\n- item\n> quote", "\\# heading\n\\- item\n\\> quote"},
		{`back\slash [link](x)`, `back\\slash \[link\](x)`},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCiteLine(t *testing.T) {
	q := fixtureQuotes()
	tests := []struct {
		name string
		cs   []corpus.Citation
		want string
	}{
		{"link", q[0].Citations, "[Tehran Times: Araghchi: talks only with mutual respect](https://www.tehrantimes.com/news/508001/Araghchi-talks)\npublished 2025-01-29"},
		{"escaped link and more sources", q[2].Citations, "[Tehran Times: EU says door open to Ankara \\[analysis\\]](https://www.tehrantimes.com/news/509100/EU%20%28door%29)\npublished 2025-02-11\n+1 more source"},
		{"no url", q[4].Citations, "Spokesman on detained nationals"},
		{"javascript url", []corpus.Citation{{Title: "x", URL: "javascript:alert(1)"}}, "x"},
		{"none", nil, "source unknown"},
	}
	for _, tt := range tests {
		if got := citeLine(tt.cs); got != tt.want {
			t.Errorf("citeLine(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
