package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/corpus"
)

// pageSize is how many quotes one reply shows.
const pageSize = 5

// The kinds of lookup.
const (
	kindAsk     = "a" // a question, as /ask or a mention asks it
	kindQuotes  = "q" // /quotes: speaker, about, since, until
	kindWhoSaid = "w" // /whosaid and "Who said this?": a phrase
)

// lookup is one search the bot can run and page through. It is all a
// Previous or Next button needs to know, so it is encoded in the
// button's custom ID and survives a restart.
type lookup struct {
	Kind   string
	Offset int
	// Args are the kind's arguments: kindAsk [question, beat];
	// kindQuotes [speaker, about, since, until, beat] (dates as typed,
	// already checked); kindWhoSaid [phrase]. Trailing empty arguments
	// may be left out.
	Args []string
}

// arg returns argument i, or "" when absent.
func (l lookup) arg(i int) string {
	if i < len(l.Args) {
		return l.Args[i]
	}
	return ""
}

// label describes the lookup in a reply's first line.
func (l lookup) label() string {
	switch l.Kind {
	case kindQuotes:
		s := l.arg(0)
		if a := l.arg(1); a != "" {
			s += " about " + a
		}
		switch since, until := l.arg(2), l.arg(3); {
		case since != "" && until != "":
			s += ", " + since + " to " + until
		case since != "":
			s += ", since " + since
		case until != "":
			s += ", until " + until
		}
		return s
	case kindWhoSaid:
		return "who said “" + l.arg(0) + "”"
	default:
		return l.arg(0)
	}
}

// beats returns the lookup's beat filter.
func (l lookup) beats() []string {
	i := map[string]int{kindAsk: 1, kindQuotes: 4}[l.Kind]
	if b := l.arg(i); i > 0 && b != "" {
		return []string{b}
	}
	return nil
}

// labelWithBeat is label() with the beat filter, for a reply's first line.
func (l lookup) labelWithBeat() string {
	if b := l.beats(); len(b) > 0 {
		return l.label() + " · beat " + b[0]
	}
	return l.label()
}

// search runs the lookup against s for one page.
func (l lookup) search(ctx context.Context, s Searcher) (corpus.Answer, error) {
	switch l.Kind {
	case kindAsk:
		if b := l.beats(); len(b) > 0 {
			q, err := s.Parse(l.arg(0))
			if err != nil {
				return corpus.Answer{Query: q}, err
			}
			q.Beats, q.Limit, q.Offset = b, pageSize, l.Offset
			return s.Search(ctx, q)
		}
		return s.Ask(ctx, l.arg(0), pageSize, l.Offset)
	case kindQuotes:
		from, err := parseDate(l.arg(2), false)
		if err != nil {
			return corpus.Answer{}, err
		}
		to, err := parseDate(l.arg(3), true)
		if err != nil {
			return corpus.Answer{}, err
		}
		return s.Search(ctx, corpus.Query{
			Question: l.label(),
			Intent:   corpus.IntentWhat,
			Speaker:  l.arg(0),
			Topic:    l.arg(1),
			From:     from,
			To:       to,
			Limit:    pageSize,
			Offset:   l.Offset,
			Beats:    l.beats(),
		})
	case kindWhoSaid:
		return s.Search(ctx, corpus.Query{
			Question: l.label(),
			Intent:   corpus.IntentWho,
			Phrase:   l.arg(0),
			Limit:    pageSize,
			Offset:   l.Offset,
		})
	}
	return corpus.Answer{}, fmt.Errorf("unknown lookup kind %q", l.Kind)
}

// trimArgs drops trailing empty arguments.
func trimArgs(args []string) []string {
	for len(args) > 0 && strings.TrimSpace(args[len(args)-1]) == "" {
		args = args[:len(args)-1]
	}
	return args
}
