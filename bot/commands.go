package bot

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/beat"
)

// The names of the commands and their options.
const (
	cmdAsk        = "ask"
	cmdQuotes     = "quotes"
	cmdWhoSaid    = "whosaid"
	cmdSpeakers   = "speakers"
	cmdWhoSaidMsg = "Who said this?"

	optQuestion = "question"
	optSpeaker  = "speaker"
	optAbout    = "about"
	optSince    = "since"
	optUntil    = "until"
	optPhrase   = "phrase"
	optFilter   = "filter"
	optPrivate  = "private"
)

// Commands returns CommandsFor(beat.Default(), true).
func Commands() []*discordgo.ApplicationCommand { return CommandsFor(beat.Default(), true) }

// CommandsFor returns the application commands the bot registers: /ask
// and /quotes (with speaker autocomplete), both with a "beat" filter
// offering beats, /whosaid, /speakers, the message context-menu command
// "Who said this?", and with digests /digest (Manage Server only, by
// default). Every command that answers a question has an optional
// boolean "private" option that makes its answer ephemeral; /digest
// answers privately always.
func CommandsFor(beats *beat.Set, digests bool) []*discordgo.ApplicationCommand {
	str := func(name, desc string, required bool, maxLen int) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc, Required: required, MaxLength: maxLen}
	}
	private := &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionBoolean, Name: optPrivate, Description: "Show the answer to you only"}
	speaker := str(optSpeaker, "Who spoke (type to search the speakers)", true, 100)
	speaker.Autocomplete = true
	cmds := []*discordgo.ApplicationCommand{
		{
			Name: cmdAsk, Type: discordgo.ChatApplicationCommand,
			Description: "Ask in plain words: what did Araghchi say about negotiations?",
			Options:     []*discordgo.ApplicationCommandOption{str(optQuestion, "Your question", true, 300), beatOption(beats), private},
		},
		{
			Name: cmdQuotes, Type: discordgo.ChatApplicationCommand,
			Description: "Quotes by one speaker, optionally on a topic and between dates",
			Options: []*discordgo.ApplicationCommandOption{
				speaker,
				str(optAbout, "Topic words (e.g. negotiations)", false, 100),
				str(optSince, "From this date: YYYY-MM-DD or YYYY-MM", false, 10),
				str(optUntil, "Up to this date, inclusive: YYYY-MM-DD or YYYY-MM", false, 10),
				beatOption(beats),
				private,
			},
		},
		{
			Name: cmdWhoSaid, Type: discordgo.ChatApplicationCommand,
			Description: "Who said these words, when, and where it was published",
			Options:     []*discordgo.ApplicationCommandOption{str(optPhrase, "The words, e.g. hostage diplomacy", true, 200), private},
		},
		{
			Name: cmdSpeakers, Type: discordgo.ChatApplicationCommand,
			Description: "The speakers in the corpus with their roles and quote counts",
			Options:     []*discordgo.ApplicationCommandOption{str(optFilter, "Only names containing this", false, 100), private},
		},
		{Name: cmdWhoSaidMsg, Type: discordgo.MessageApplicationCommand},
	}
	if digests {
		cmds = append(cmds, digestCommand())
	}
	return cmds
}

// options returns a command's options by name.
func options(d discordgo.ApplicationCommandInteractionData) map[string]*discordgo.ApplicationCommandInteractionDataOption {
	m := make(map[string]*discordgo.ApplicationCommandInteractionDataOption, len(d.Options))
	for _, o := range d.Options {
		m[o.Name] = o
	}
	return m
}

// stringOpt returns the trimmed string value of option name, or "".
func stringOpt(opts map[string]*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	o, ok := opts[name]
	if !ok {
		return ""
	}
	s, _ := o.Value.(string)
	return strings.TrimSpace(s)
}

// boolOpt returns the value of boolean option name, false when absent.
func boolOpt(opts map[string]*discordgo.ApplicationCommandInteractionDataOption, name string) bool {
	o, ok := opts[name]
	if !ok {
		return false
	}
	b, _ := o.Value.(bool)
	return b
}

// commandLookup turns a slash command into the lookup it asks for. It
// returns a *userError for input the user must fix.
func commandLookup(d discordgo.ApplicationCommandInteractionData) (lookup, error) {
	opts := options(d)
	switch d.Name {
	case cmdAsk:
		q := stringOpt(opts, optQuestion)
		if q == "" {
			return lookup{}, &userError{"Please type a question, for example: what did Araghchi say about negotiations?"}
		}
		return lookup{Kind: kindAsk, Args: trimArgs([]string{q, stringOpt(opts, optBeat)})}, nil
	case cmdQuotes:
		sp := stringOpt(opts, optSpeaker)
		if sp == "" {
			return lookup{}, &userError{"Please name a speaker."}
		}
		since, until := stringOpt(opts, optSince), stringOpt(opts, optUntil)
		from, err := parseDate(since, false)
		if err != nil {
			return lookup{}, err
		}
		to, err := parseDate(until, true)
		if err != nil {
			return lookup{}, err
		}
		if !from.IsZero() && !to.IsZero() && !from.Before(to) {
			return lookup{}, &userError{fmt.Sprintf("“since” (%s) must come before “until” (%s).", since, until)}
		}
		return lookup{Kind: kindQuotes, Args: trimArgs([]string{sp, stringOpt(opts, optAbout), since, until, stringOpt(opts, optBeat)})}, nil
	case cmdWhoSaid:
		p := strings.Trim(stringOpt(opts, optPhrase), `"“”'`)
		if p == "" {
			return lookup{}, &userError{"Please type the words to look for."}
		}
		return lookup{Kind: kindWhoSaid, Args: []string{p}}, nil
	}
	return lookup{}, fmt.Errorf("unknown command %q", d.Name)
}

var (
	dayRE   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	monthRE = regexp.MustCompile(`^\d{4}-\d{2}$`)
)

// parseDate parses a date typed as YYYY-MM-DD or YYYY-MM. With end
// false it returns the first instant of that day or month; with end true
// the first instant after it, so that "until 2025-01" includes all of
// January. An empty s gives the zero time. A malformed date gives a
// *userError that says how to write one.
func parseDate(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	var (
		t   time.Time
		err error
	)
	switch {
	case dayRE.MatchString(s):
		t, err = time.Parse(time.DateOnly, s)
		if err == nil && end {
			t = t.AddDate(0, 0, 1)
		}
	case monthRE.MatchString(s):
		t, err = time.Parse("2006-01", s)
		if err == nil && end {
			t = t.AddDate(0, 1, 0)
		}
	default:
		err = fmt.Errorf("bad form")
	}
	if err == nil && (t.Year() < 1900 || t.Year() > 2199) {
		err = fmt.Errorf("year out of range")
	}
	if err != nil {
		return time.Time{}, &userError{fmt.Sprintf("“%s” is not a date I can read: use YYYY-MM-DD (for example 2025-01-28) or YYYY-MM (for example 2025-01).", cut(s, 40))}
	}
	return t, nil
}

// quotedRE matches text in straight or typographic double quotes, or
// in guillemets.
var quotedRE = regexp.MustCompile(`"([^"]+)"|“([^”]+)”|«([^»]+)»|„([^“”]+)[“”]`)

// mentionRE matches user, role and channel mentions and custom emoji.
var mentionRE = regexp.MustCompile(`<(?:@[!&]?|#|a?:\w+:)\d+>`)

// maxPhrase is the longest phrase looked up from a message.
const maxPhrase = 200

// phraseFromMessage returns what "Who said this?" looks up in a
// message: its longest quoted passage, else its whole text, with
// mentions, block-quote marks and extra spaces removed, and shortened at
// a word boundary to maxPhrase characters.
func phraseFromMessage(content string) string {
	text := mentionRE.ReplaceAllString(content, " ")
	var lines []string
	for _, ln := range strings.Split(text, "\n") {
		ln = strings.TrimSpace(ln)
		ln = strings.TrimPrefix(ln, ">>> ")
		ln = strings.TrimPrefix(ln, "> ")
		lines = append(lines, ln)
	}
	text = strings.Join(lines, " ")
	best := ""
	for _, m := range quotedRE.FindAllStringSubmatch(text, -1) {
		for _, g := range m[1:] {
			if textLen(strings.TrimSpace(g)) > textLen(best) {
				best = strings.TrimSpace(g)
			}
		}
	}
	if best == "" {
		best = text
	}
	best = strings.Join(strings.Fields(best), " ")
	best = strings.TrimFunc(best, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(`"“”«»„`, r) })
	if textLen(best) > maxPhrase {
		best = strings.TrimSuffix(cut(best, maxPhrase+len(ellipsisWithGap)), ellipsisWithGap)
		best = strings.TrimSuffix(best, ellipsis)
	}
	return best
}
