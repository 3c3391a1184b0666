package bot

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/corpus"
)

// violations lists how a message breaks Discord's limits. It is written
// apart from fit, from Discord's documentation, so that it checks fit.
func violations(content string, embeds []*discordgo.MessageEmbed) []string {
	var v []string
	n := utf8.RuneCountInString
	check := func(what, s string, max int) {
		if !utf8.ValidString(s) {
			v = append(v, what+" is not valid UTF-8")
		}
		if n(s) > max {
			v = append(v, fmt.Sprintf("%s has %d characters, limit %d", what, n(s), max))
		}
	}
	check("content", content, 2000)
	if len(embeds) > 10 {
		v = append(v, fmt.Sprintf("%d embeds, limit 10", len(embeds)))
	}
	total := 0
	for i, e := range embeds {
		p := fmt.Sprintf("embed %d ", i)
		check(p+"title", e.Title, 256)
		check(p+"description", e.Description, 4096)
		total += n(e.Title) + n(e.Description)
		if len(e.Fields) > 25 {
			v = append(v, fmt.Sprintf("%s%d fields, limit 25", p, len(e.Fields)))
		}
		for j, f := range e.Fields {
			check(fmt.Sprintf("%sfield %d name", p, j), f.Name, 256)
			check(fmt.Sprintf("%sfield %d value", p, j), f.Value, 1024)
			total += n(f.Name) + n(f.Value)
		}
		if e.Footer != nil {
			check(p+"footer", e.Footer.Text, 2048)
			total += n(e.Footer.Text)
		}
		if e.Author != nil {
			check(p+"author", e.Author.Name, 256)
			total += n(e.Author.Name)
		}
	}
	if total > 6000 {
		v = append(v, fmt.Sprintf("embeds total %d characters, limit 6000", total))
	}
	return v
}

func TestCut(t *testing.T) {
	tests := []struct {
		s    string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"one two three four", 12, "one two …"},
		{"First sentence here. Second one is long.", 30, "First sentence here. …"},
		{"Ünïcödé wörds ärë fïnë hërë", 12, "Ünïcödé …"},
		{"abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"},
		{"word then\nnewline and more", 14, "word then …"},
		{`escaped \* star`, 10, "escaped …"},
		{`ab\*cdefghijkl`, 5, `ab\*…`},
		{`ab\*cdefghijkl`, 4, "ab…"},
		{"He said: “No.” Then left the room quickly", 22, "He said: “No.” …"},
		{"", 5, ""},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		if got := cut(tt.s, tt.max); got != tt.want {
			t.Errorf("cut(%q, %d) = %q, want %q", tt.s, tt.max, got, tt.want)
		}
	}
}

func FuzzCut(f *testing.F) {
	f.Add("Iran has never sought nuclear weapons. Negotiations are possible.", 20)
	f.Add("ÄÖÜ äöü ß 日本語のテキスト 😀😀😀", 7)
	f.Add(strings.Repeat("x", 300), 100)
	f.Add(`a\*b\_c \\ d`, 6)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if !utf8.ValidString(s) || max < 0 || max > 5000 {
			return
		}
		got := cut(s, max)
		if n := utf8.RuneCountInString(got); n > max {
			t.Fatalf("cut(%q, %d) = %q: %d characters", s, max, got, n)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("cut(%q, %d) = %q: invalid UTF-8", s, max, got)
		}
		if got == s {
			return
		}
		if max < 3 {
			if !strings.HasPrefix(s, got) {
				t.Fatalf("cut(%q, %d) = %q: not a prefix", s, max, got)
			}
			return
		}
		kept := strings.TrimSuffix(strings.TrimSuffix(got, ellipsisWithGap), ellipsis)
		if !strings.HasPrefix(s, kept) {
			t.Fatalf("cut(%q, %d) = %q: %q is not a prefix", s, max, got, kept)
		}
		if strings.HasSuffix(got, ellipsisWithGap) {
			// A word-boundary cut: what follows the kept text starts with
			// a space or the kept text ends a sentence.
			rest := strings.TrimLeft(s[len(kept):], `\`)
			if rest != "" && !strings.ContainsAny(rest[:1], " \t\n\r\v\f") && !strings.HasSuffix(kept, ".") {
				r, _ := utf8.DecodeRuneInString(rest)
				if r != 0x85 && r != 0xA0 && !(r >= 0x2000 && r <= 0x200A) && r != 0x1680 && r != 0x2028 && r != 0x2029 && r != 0x202F && r != 0x205F && r != 0x3000 {
					t.Fatalf("cut(%q, %d) = %q: cut inside a word (rest %q)", s, max, got, rest)
				}
			}
		}
	})
}

func TestFitLongQuotes(t *testing.T) {
	long := strings.Repeat("Ünïcödé sentence with @everyone and <@123> in it. ", 200) // ~10,000 characters
	field := &discordgo.MessageEmbedField{Name: strings.Repeat("n", 300), Value: strings.Repeat("v ", 700)}
	var embeds []*discordgo.MessageEmbed
	for range 12 {
		embeds = append(embeds, &discordgo.MessageEmbed{
			Title:       strings.Repeat("T", 300),
			Description: long,
			Author:      &discordgo.MessageEmbedAuthor{Name: strings.Repeat("a ", 200)},
			Footer:      &discordgo.MessageEmbedFooter{Text: strings.Repeat("f ", 1100)},
			Fields:      []*discordgo.MessageEmbedField{field, field, field},
		})
	}
	in := reply{Content: long, Embeds: embeds}
	got := fit(in)
	if v := violations(got.Content, got.Embeds); len(v) > 0 {
		t.Errorf("fit(long) breaks limits: %v", v)
	}
	if len(got.Embeds) == 0 {
		t.Errorf("fit(long) dropped every embed")
	}
	if in.Embeds[0].Description != long || in.Content != long {
		t.Errorf("fit modified its argument")
	}

	// Five long quotes: all kept, shortened evenly.
	r := formatAnswer(lookup{Kind: kindAsk, Args: []string{"q"}}, fixtureSearch(corpus.Query{Limit: 5}))
	for _, e := range r.Embeds {
		e.Description = blockquote(escapeMarkdown(long))
	}
	got = fit(r)
	if v := violations(got.Content, got.Embeds); len(v) > 0 {
		t.Errorf("fit(5 long quotes) breaks limits: %v", v)
	}
	if len(got.Embeds) != len(r.Embeds) {
		t.Errorf("fit(5 long quotes) kept %d embeds, want %d", len(got.Embeds), len(r.Embeds))
	}
	for i, e := range got.Embeds {
		if n := textLen(e.Description); n < 500 {
			t.Errorf("embed %d description shortened to %d characters, want at least 500", i, n)
		}
		if !strings.HasSuffix(e.Description, ellipsisWithGap) {
			t.Errorf("embed %d description %q does not end with an ellipsis", i, e.Description[len(e.Description)-20:])
		}
	}
}
