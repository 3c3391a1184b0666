package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraph is a paragraph of a document's text.
type Paragraph struct {
	// Start and End are byte offsets in the document's Text; Text is
	// Text[Start:End] with surrounding white space trimmed.
	Start, End int
	Text       string
	// Heading marks a short line without final punctuation: a headline or
	// a subheading ('Financial elites').
	Heading bool
	// Boilerplate marks site furniture: subscription and paywall lines,
	// navigation, "read more" links. It is neither indexed nor searched
	// for quotes.
	Boilerplate bool
	// Story numbers the stories of a live blog, from 0; a heading starts
	// a new story.
	Story int
}

// boilerplate lists patterns of lines that are site furniture rather
// than article text. They come from the paywall and subscription lines
// of the sample corpus's sources and from common news-site furniture.
var boilerplate = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\bsubscri(be|bing|ption)\b.*\b(access|content|newsletter|free|full|today|now|here)\b`),
	regexp.MustCompile(`(?i)\b(souscrire|abonnement|abonnez)\b`),
	regexp.MustCompile(`(?i)^the files we follow\b`),
	regexp.MustCompile(`(?i)^(read|see) (the rest|more|the full story|full article)( here| at| on)?\b`),
	regexp.MustCompile(`(?i)\ball rights reserved\b`),
	regexp.MustCompile(`(?i)^(sign up|log ?in|register|click here|follow us|share this|advertisement|related:)\b`),
	regexp.MustCompile(`(?i)\bpaywall\b`),
	// A writer's social-media line: "Follow Pam Key on Twitter @pamkeyNEN."
	regexp.MustCompile(`(?i)^(you can )?follow [\pL .'’-]{1,60} on (twitter|x|facebook|instagram|telegram)\b`),
}

// boilerplateMax is the longest line that may be boilerplate: longer
// lines are article text even when they mention subscriptions.
const boilerplateMax = 300

// Paragraphs splits text into paragraphs. Paragraphs are separated by
// blank lines when the text has any, else by line ends.
func Paragraphs(text string) []Paragraph {
	blank := strings.Contains(text, "\n\n") || strings.Contains(text, "\n\r\n")
	var out []Paragraph
	add := func(start, end int) {
		for start < end {
			r, n := utf8.DecodeRuneInString(text[start:end])
			if !unicode.IsSpace(r) && r != '\ufeff' {
				break
			}
			start += n
		}
		for end > start {
			r, n := utf8.DecodeLastRuneInString(text[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= n
		}
		if start >= end {
			return
		}
		p := Paragraph{Start: start, End: end, Text: text[start:end]}
		p.Boilerplate = isBoilerplate(p.Text)
		p.Heading = !p.Boilerplate && isHeading(p.Text)
		out = append(out, p)
	}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		if !blank {
			add(start, i)
			start = i + 1
			continue
		}
		// A blank line: the rest of the line after this newline is white space.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			add(start, i)
			start = j + 1
			i = j
		}
	}
	add(start, len(text))
	story := 0
	for i := range out {
		if out[i].Heading && i > 0 {
			story++
		}
		out[i].Story = story
	}
	return out
}

func isBoilerplate(s string) bool {
	if len(s) > boilerplateMax {
		return false
	}
	// A line the converter or the site wrapped in quotation marks is
	// still furniture.
	s = strings.TrimLeft(s, "\"“‘' ")
	for _, re := range boilerplate {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// isHeading reports whether a paragraph reads as a headline: a short
// line that does not end a sentence, or one wholly in single quotes.
func isHeading(s string) bool {
	if strings.ContainsRune(s, '\n') {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(first) && first != '\'' && first != '‘' && !unicode.IsDigit(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', '!', '?', ':', ';', ',', '"', '”', '…':
		return false
	case '\'', '’':
		// 'Financial elites' is a heading; a line ending in an apostrophe
		// after a closing single quote is one too.
		return strings.HasPrefix(s, "'") || strings.HasPrefix(s, "‘")
	}
	return true
}
