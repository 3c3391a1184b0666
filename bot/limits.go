package bot

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on one message, in characters.
const (
	maxContent      = 2000
	maxEmbeds       = 10
	maxTitle        = 256
	maxDescription  = 4096
	maxFields       = 25
	maxFieldName    = 256
	maxFieldValue   = 1024
	maxFooter       = 2048
	maxAuthor       = 256
	maxEmbedsTotal  = 6000
	maxCustomID     = 100
	maxChoices      = 25
	maxChoiceName   = 100
	maxChoiceValue  = 100
	maxButtonLabel  = 80
	minDescription  = 120 // fit shortens descriptions no further than this
	ellipsis        = "…"
	ellipsisWithGap = " …"
)

// textLen is the length of s as Discord counts it: in characters.
func textLen(s string) int { return utf8.RuneCountInString(s) }

// prefix returns the first n characters of s.
func prefix(s string, n int) string {
	if n <= 0 {
		return ""
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// cut returns s shortened to at most max characters. It cuts at the end
// of a sentence when one ends in the second half of what fits, else at
// the last space, and marks the cut with an ellipsis. It never cuts
// inside a UTF-8 sequence, and inside a word only when the text that fits
// holds no space at all.
func cut(s string, max int) string {
	if textLen(s) <= max {
		return s
	}
	if max < 3 {
		return prefix(s, max)
	}
	p := prefix(s, max-len([]rune(ellipsisWithGap)))
	if i := lastSentenceEnd(p); i > 0 && i >= len(p)/2 {
		return trimCut(p[:i]) + ellipsisWithGap
	}
	if i := strings.LastIndexFunc(p, unicode.IsSpace); i > 0 {
		// The character after p (if any) may itself be a space: then
		// the whole of p is words.
		if rest := s[len(p):]; rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsSpace(r) {
				i = len(p)
			}
		}
		if t := trimCut(p[:i]); t != "" {
			return t + ellipsisWithGap
		}
	}
	return trimCut(prefix(s, max-1)) + ellipsis
}

// lastSentenceEnd returns the byte index just after the last sentence
// end in s (". ", "?\" ", "!) " and the like), or -1.
func lastSentenceEnd(s string) int {
	for i := len(s) - 1; i > 0; i-- {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) || i == 0 {
			continue
		}
		j := i
		for j > 0 {
			c, size := utf8.DecodeLastRuneInString(s[:j])
			if !strings.ContainsRune(`"'”’»)]`, c) {
				break
			}
			j -= size
		}
		if c, _ := utf8.DecodeLastRuneInString(s[:j]); c == '.' || c == '!' || c == '?' {
			return i
		}
	}
	return -1
}

// trimCut drops trailing spaces and a dangling backslash (half of a
// markdown escape) from a cut.
func trimCut(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for strings.HasSuffix(s, `\`) && (len(s)-len(strings.TrimRight(s, `\`)))%2 == 1 {
		s = strings.TrimSuffix(s, `\`)
		s = strings.TrimRightFunc(s, unicode.IsSpace)
	}
	return s
}

// embedLen is what an embed counts against the 6,000-character total.
func embedLen(e *discordgo.MessageEmbed) int {
	n := textLen(e.Title) + textLen(e.Description)
	for _, f := range e.Fields {
		n += textLen(f.Name) + textLen(f.Value)
	}
	if e.Footer != nil {
		n += textLen(e.Footer.Text)
	}
	if e.Author != nil {
		n += textLen(e.Author.Name)
	}
	return n
}

// fit returns m shortened to fit Discord's limits on a message: the
// content, the number of embeds, each part of each embed, and the
// total across embeds. When the embeds are too long together it first
// shortens the longest descriptions, evenly, then every part, and only
// then drops embeds from the end. It does not modify m.
func fit(m reply) reply {
	m.Content = cut(m.Content, maxContent)
	if len(m.Embeds) > maxEmbeds {
		m.Embeds = m.Embeds[:maxEmbeds]
	}
	embeds := make([]*discordgo.MessageEmbed, len(m.Embeds))
	for i, e := range m.Embeds {
		embeds[i] = fitEmbed(e)
	}
	for len(embeds) > 0 {
		total := 0
		for _, e := range embeds {
			total += embedLen(e)
		}
		if total <= maxEmbedsTotal {
			break
		}
		if shrink(descriptions(embeds), total, minDescription) || shrink(allParts(embeds), total, minPart) {
			continue
		}
		embeds = embeds[:len(embeds)-1]
	}
	m.Embeds = embeds
	return m
}

// minPart is the shortest fit makes any other part of an embed.
const minPart = 24

func descriptions(embeds []*discordgo.MessageEmbed) []*string {
	var p []*string
	for _, e := range embeds {
		p = append(p, &e.Description)
	}
	return p
}

func allParts(embeds []*discordgo.MessageEmbed) []*string {
	var p []*string
	for _, e := range embeds {
		p = append(p, &e.Title, &e.Description)
		for _, f := range e.Fields {
			p = append(p, &f.Name, &f.Value)
		}
		if e.Footer != nil {
			p = append(p, &e.Footer.Text)
		}
		if e.Author != nil {
			p = append(p, &e.Author.Name)
		}
	}
	return p
}

// shrink cuts the longest of parts to one common length so that the
// embeds, total characters long now, fit maxEmbedsTotal. It reports
// false, changing nothing, when that length would be under floor.
func shrink(parts []*string, total, floor int) bool {
	lens := make([]int, len(parts))
	sum := 0
	for i, p := range parts {
		lens[i] = textLen(*p)
		sum += lens[i]
	}
	budget := maxEmbedsTotal - (total - sum)
	fits := func(c int) bool {
		n := 0
		for _, l := range lens {
			n += min(l, c)
		}
		return n <= budget
	}
	// The largest c in [0, maxDescription] with fits(c).
	c := sort.Search(maxDescription+1, func(c int) bool { return !fits(c) }) - 1
	if c < floor {
		return false
	}
	for i, p := range parts {
		if lens[i] > c {
			*p = cut(*p, c)
		}
	}
	return true
}

// fitEmbed returns a copy of e with every part within its limit.
func fitEmbed(e *discordgo.MessageEmbed) *discordgo.MessageEmbed {
	c := *e
	c.Title = cut(c.Title, maxTitle)
	c.Description = cut(c.Description, maxDescription)
	if c.Author != nil {
		a := *c.Author
		a.Name = cut(a.Name, maxAuthor)
		c.Author = &a
	}
	if c.Footer != nil {
		f := *c.Footer
		f.Text = cut(f.Text, maxFooter)
		c.Footer = &f
	}
	fields := c.Fields
	if len(fields) > maxFields {
		fields = fields[:maxFields]
	}
	c.Fields = make([]*discordgo.MessageEmbedField, len(fields))
	for i, f := range fields {
		g := *f
		g.Name = cut(g.Name, maxFieldName)
		g.Value = cut(g.Value, maxFieldValue)
		c.Fields[i] = &g
	}
	return &c
}
