package bot

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/corpus"
)

// The colours of embeds.
const (
	colorQuote   = 0x2B6CB0
	colorPassage = 0x718096
	colorList    = 0x2F855A
)

// maxPassages is how many passages the first page of an answer shows.
const maxPassages = 3

// formatAnswer returns the reply that shows answer a to lookup l: a
// first line saying how many quotes matched, the notes and suggestions,
// one embed per quote and per passage, and Previous/Next buttons when
// there are more quotes than one page holds. The result may exceed
// Discord's limits; the sending side passes it through fit.
func formatAnswer(l lookup, a corpus.Answer) reply {
	quotes := a.Quotes
	if len(quotes) > pageSize {
		quotes = quotes[:pageSize]
	}
	total := max(a.Total, l.Offset+len(quotes))
	label := escapeMarkdown(cut(l.labelWithBeat(), 300))

	var lines []string
	switch {
	case len(quotes) > 0 && l.Offset == 0 && len(quotes) == total:
		lines = append(lines, fmt.Sprintf("**%d of %d %s** · %s", len(quotes), total, plural(total, "quote", "quotes"), label))
	case len(quotes) > 0:
		lines = append(lines, fmt.Sprintf("**%d of %d quotes** (%s) · %s", len(quotes), total, span(l.Offset, len(quotes)), label))
	case l.Offset > 0:
		lines = append(lines, fmt.Sprintf("No more quotes after the first %d · %s", l.Offset, label))
	case len(a.Passages) > 0:
		lines = append(lines, fmt.Sprintf("**No quotes matched**; the closest passages follow · %s", label))
	case l.Kind == kindWhoSaid:
		lines = append(lines, fmt.Sprintf("Not in the corpus: no quote matches “%s”.", escapeMarkdown(cut(l.arg(0), 300))))
	default:
		lines = append(lines, "No quotes found · "+label)
	}
	for _, n := range a.Notes {
		lines = append(lines, "• "+escapeMarkdown(n))
	}
	if len(a.Suggestions) > 0 {
		var names []string
		for _, s := range a.Suggestions {
			names = append(names, speakerName(s))
		}
		lines = append(lines, "Did you mean: "+escapeMarkdown(strings.Join(names, ", "))+"?")
	}

	var r reply
	for i, q := range quotes {
		r.Embeds = append(r.Embeds, quoteEmbed(q, l.Offset+i+1, total))
	}
	if l.Offset == 0 {
		ps := a.Passages
		if len(ps) > maxPassages {
			ps = ps[:maxPassages]
		}
		for i, p := range ps {
			r.Embeds = append(r.Embeds, passageEmbed(p, i+1, len(ps)))
		}
	}
	comps, note := pageButtons(l, total)
	if note != "" {
		lines = append(lines, note)
	}
	r.Components = comps
	r.Content = strings.Join(lines, "\n")
	return r
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// speakerName is "Name (Role)" for a directory entry.
func speakerName(s corpus.Speaker) string {
	if len(s.Roles) > 0 {
		return s.Name + " (" + s.Roles[0] + ")"
	}
	return s.Name
}

// quoteEmbed shows one quote: speaker and role, the verbatim text, the
// date with its provenance, and the source linked to its URL.
func quoteEmbed(q corpus.Quote, n, total int) *discordgo.MessageEmbed {
	who := q.Speaker
	if who == "" {
		who = "Unattributed"
	}
	if q.Role != "" {
		who += " — " + q.Role
	}
	return &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Color:       colorQuote,
		Author:      &discordgo.MessageEmbedAuthor{Name: who},
		Description: blockquote(escapeMarkdown(q.Text)),
		Fields: []*discordgo.MessageEmbedField{
			{Name: "Said", Value: dateLine(q.Date, q.DateProvenance), Inline: true},
			{Name: "Source", Value: citeLine(q.Citations), Inline: true},
		},
		Footer: &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Quote %d of %d · %s", n, total, kindName(q.Kind))},
	}
}

// passageEmbed shows one passage with its citation.
func passageEmbed(p corpus.Passage, n, total int) *discordgo.MessageEmbed {
	date := "date unknown"
	if !p.Citation.Published.IsZero() {
		date = p.Citation.Published.Format("2006-01-02") + " (published)"
	}
	return &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Color:       colorPassage,
		Author:      &discordgo.MessageEmbedAuthor{Name: "Passage"},
		Description: blockquote(escapeMarkdown(p.Text)),
		Fields: []*discordgo.MessageEmbedField{
			{Name: "Published", Value: date, Inline: true},
			{Name: "Source", Value: citeLine([]corpus.Citation{p.Citation}), Inline: true},
		},
		Footer: &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Passage %d of %d", n, total)},
	}
}

func kindName(k corpus.Kind) string {
	switch k {
	case corpus.KindDirect:
		return "direct quote"
	case corpus.KindPartial:
		return "partial quote"
	case corpus.KindReported:
		return "reported speech"
	}
	return string(k)
}

// dateLine is "2025-01-28 (stated)", or "date unknown".
func dateLine(d corpus.Date, p corpus.DateProvenance) string {
	if d.IsZero() {
		return "date unknown"
	}
	if p == "" || p == corpus.DateUnknown {
		return d.String()
	}
	return d.String() + " (" + string(p) + ")"
}

// citeLine is the first citation as "[Source: Title](URL)" (plain text
// without a usable URL), its publication date, and how many other
// places carry the quote.
func citeLine(cs []corpus.Citation) string {
	if len(cs) == 0 {
		return "source unknown"
	}
	c := cs[0]
	name := c.Source
	switch {
	case name != "" && c.Title != "":
		name += ": " + c.Title
	case name == "":
		name = c.Title
	}
	if name == "" {
		name = c.DocID
	}
	name = cut(name, 200)
	var s string
	if u, ok := safeURL(c.URL); ok {
		s = "[" + escapeLinkText(name) + "](" + u + ")"
	} else {
		s = escapeMarkdown(name)
	}
	if !c.Published.IsZero() {
		s += "\npublished " + c.Published.Format("2006-01-02")
	}
	if n := len(cs) - 1; n > 0 {
		s += fmt.Sprintf("\n+%d more %s", n, plural(n, "source", "sources"))
	}
	return s
}

// safeURL returns u fit for a markdown link: http or https, with a host,
// at most 512 characters, and with the characters that would end the
// link escaped.
func safeURL(raw string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	s := strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(u.String())
	return s, textLen(s) <= 512
}

var (
	mdEscaper   = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, `~`, `\~`, "`", "\\`", `|`, `\|`, `<`, `\<`, `[`, `\[`, `]`, `\]`)
	linkEscaper = strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`, `*`, `\*`, `_`, `\_`, `~`, `\~`, "`", "\\`", `|`, `\|`, `<`, `\<`)
)

// escapeMarkdown escapes the characters Discord would read as markdown
// or mentions, and markdown that starts a line (headings, lists,
// quotes), so that the text shows as written.
func escapeMarkdown(s string) string {
	s = mdEscaper.Replace(s)
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		t := strings.TrimLeft(ln, " ")
		if strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "+ ") {
			lines[i] = ln[:len(ln)-len(t)] + `\` + t
		}
	}
	return strings.Join(lines, "\n")
}

func escapeLinkText(s string) string { return linkEscaper.Replace(s) }

// blockquote renders s as a markdown block quote.
func blockquote(s string) string {
	return "> " + strings.ReplaceAll(s, "\n", "\n> ")
}

// maxSpeakersListed bounds the speakers /speakers asks for.
const maxSpeakersListed = 100

// formatSpeakers returns the reply listing the speaker directory.
func formatSpeakers(filter string, sp []corpus.Speaker) reply {
	f := escapeMarkdown(cut(filter, 100))
	if len(sp) == 0 {
		if filter != "" {
			return reply{Content: fmt.Sprintf("No speaker matches “%s”.", f)}
		}
		return reply{Content: "The corpus has no speakers yet."}
	}
	head := fmt.Sprintf("**%d %s**", len(sp), plural(len(sp), "speaker", "speakers"))
	if filter != "" {
		head += fmt.Sprintf(" matching “%s”", f)
	}
	var b strings.Builder
	const budget = maxDescription - 100
	shown := 0
	for _, s := range sp {
		line := "**" + escapeMarkdown(s.Name) + "**"
		if len(s.Roles) > 0 {
			roles := s.Roles
			if len(roles) > 2 {
				roles = roles[:2]
			}
			line += " — " + escapeMarkdown(strings.Join(roles, "; "))
		}
		line += fmt.Sprintf(" · %d %s", s.Quotes, plural(s.Quotes, "quote", "quotes"))
		if !s.Last.IsZero() {
			line += " · last " + s.Last.Format("2006-01-02")
		}
		line = cut(line, 300)
		if textLen(b.String())+textLen(line)+1 > budget {
			break
		}
		b.WriteString(line + "\n")
		shown++
	}
	if shown < len(sp) {
		head += fmt.Sprintf(" (showing %d; add a filter to narrow the list)", shown)
	}
	return reply{
		Content: head,
		Embeds: []*discordgo.MessageEmbed{{
			Type: discordgo.EmbedTypeRich, Color: colorList, Title: "Speakers",
			Description: strings.TrimRight(b.String(), "\n"),
		}},
	}
}

// formatChoices returns the autocomplete choices for speakers: at most
// 25, each name and value within 100 characters.
func formatChoices(sp []corpus.Speaker) []*discordgo.ApplicationCommandOptionChoice {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	for _, s := range sp {
		if len(choices) == maxChoices {
			break
		}
		value := s.Name
		if value == "" || textLen(value) > maxChoiceValue {
			value = s.ID
		}
		if value == "" || textLen(value) > maxChoiceValue {
			continue
		}
		name := fmt.Sprintf("%s (%d %s)", speakerName(s), s.Quotes, plural(s.Quotes, "quote", "quotes"))
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: cut(name, maxChoiceName), Value: value})
	}
	return choices
}
