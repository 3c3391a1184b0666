// Package beat defines the beats the team follows (Iran and its
// neighbours, Iran and the United States, ...) and decides which beats a
// quote belongs to.
//
// Beats are read from a plain text file that the team can edit (the
// format is described in beats.txt, the default file, and in Parse).
// Matching happens when a question is answered or a digest is composed,
// never when the index is built, so an edited file takes effect without
// re-indexing.
package beat

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

//go:embed beats.txt
var defaultFile string

// ErrUnknown is returned for a beat id that the set does not hold.
var ErrUnknown = errors.New("unknown beat")

// Beat is one followed relation.
type Beat struct {
	// ID is the short name used in commands and files ("iran-us").
	ID string
	// Name is the name shown to people ("Iran and the United States").
	Name string
	// Any lists groups of terms: a text is in the beat when each group
	// has a term in it.
	Any [][]string
	// Not lists terms that keep a text out of the beat.
	Not []string

	any []*matcher
	not *matcher
}

// Set is an ordered list of beats. The zero Set holds no beat.
type Set struct {
	beats []*Beat
	byID  map[string]*Beat
}

// Default returns the five beats of the embedded default file. A Set
// is never modified, so every call returns the same one.
func Default() *Set { return defaultSet() }

var defaultSet = sync.OnceValue(func() *Set {
	s, err := Parse(defaultFile)
	if err != nil {
		panic("beat: the default beats do not parse: " + err.Error())
	}
	return s
})

// DefaultFile returns the text of the embedded default beats file, a
// starting point for a file of one's own.
func DefaultFile() string { return defaultFile }

// Load reads the beats file at path; an empty path gives Default().
func Load(path string) (*Set, error) {
	if path == "" {
		return Default(), nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read beats %q: %w", path, err)
	}
	s, err := Parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("read beats %q: %w", path, err)
	}
	return s, nil
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,39}$`)

// Parse reads a beats file:
//
//	# a comment
//	[iran-us] Iran and the United States
//	any: Iran*, Tehran, Araghchi
//	any: United States, US, U.S., Washington
//	not: football
//
// "[id] Name" starts a beat; ids are lower-case letters, digits and
// dashes, at most 40 characters, and unique. Each "any:" line is a group
// of comma-separated terms; every beat needs at least one. A text is in
// the beat when each group has a term in it and no "not:" term is in it.
// Terms match whole words, ignoring case, except that a term written in
// capitals (US, EU) must appear in capitals; a trailing * matches any
// ending. Blank lines and lines starting with # are ignored.
func Parse(text string) (*Set, error) {
	s := &Set{byID: map[string]*Beat{}}
	var cur *Beat
	if !utf8.ValidString(text) {
		return nil, errors.New("the beats file is not valid UTF-8")
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			end := strings.Index(line, "]")
			if end < 0 {
				return nil, fmt.Errorf("line %d: a beat starts with [id] Name", n)
			}
			id := strings.TrimSpace(line[1:end])
			if !idRE.MatchString(id) {
				return nil, fmt.Errorf("line %d: beat id %q: use lower-case letters, digits and dashes", n, id)
			}
			if s.byID[id] != nil {
				return nil, fmt.Errorf("line %d: beat %q is defined twice", n, id)
			}
			name := strings.TrimSpace(line[end+1:])
			if name == "" {
				name = id
			}
			cur = &Beat{ID: id, Name: name}
			s.beats = append(s.beats, cur)
			s.byID[id] = cur
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !ok || (key != "any" && key != "not") {
			return nil, fmt.Errorf("line %d: want \"[id] Name\", \"any: terms\" or \"not: terms\", got %q", n, line)
		}
		if cur == nil {
			return nil, fmt.Errorf("line %d: %q comes before the first [id] Name", n, key)
		}
		terms := splitTerms(val)
		if len(terms) == 0 {
			return nil, fmt.Errorf("line %d: %q lists no terms", n, key)
		}
		if key == "any" {
			cur.Any = append(cur.Any, terms)
		} else {
			cur.Not = append(cur.Not, terms...)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, b := range s.beats {
		if len(b.Any) == 0 {
			return nil, fmt.Errorf("beat %q has no \"any:\" line", b.ID)
		}
		for _, g := range b.Any {
			m, err := newMatcher(g)
			if err != nil {
				return nil, fmt.Errorf("beat %q: %w", b.ID, err)
			}
			b.any = append(b.any, m)
		}
		if len(b.Not) > 0 {
			m, err := newMatcher(b.Not)
			if err != nil {
				return nil, fmt.Errorf("beat %q: %w", b.ID, err)
			}
			b.not = m
		}
	}
	return s, nil
}

// splitTerms splits a comma-separated list, dropping empty terms and
// terms with no letter or digit.
func splitTerms(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		t = strings.Join(strings.Fields(t), " ")
		if strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		out = append(out, t)
	}
	return out
}

// All returns the beats in file order.
func (s *Set) All() []*Beat {
	if s == nil {
		return nil
	}
	return s.beats
}

// Len returns the number of beats.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.beats)
}

// Get returns the beat with id, ignoring case, or nil.
func (s *Set) Get(id string) *Beat {
	if s == nil {
		return nil
	}
	return s.byID[strings.ToLower(strings.TrimSpace(id))]
}

// Resolve returns the beats named by ids (or by their names, ignoring
// case), in the order given, without repeats. An id that names no beat
// is an error wrapping ErrUnknown.
func (s *Set) Resolve(ids []string) ([]*Beat, error) {
	var out []*Beat
	for _, id := range ids {
		b := s.Get(id)
		if b == nil && s != nil {
			for _, c := range s.beats {
				if strings.EqualFold(c.Name, strings.TrimSpace(id)) {
					b = c
				}
			}
		}
		if b == nil {
			return nil, fmt.Errorf("%w %q", ErrUnknown, id)
		}
		if !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out, nil
}

// Match reports whether the texts, taken together, are in the beat:
// every "any:" group has a term in one of them and no "not:" term is in
// any of them.
func (b *Beat) Match(texts ...string) bool {
	for _, g := range b.any {
		if !g.matchAny(texts) {
			return false
		}
	}
	return b.not == nil || !b.not.matchAny(texts)
}

// QuoteTexts returns what a quote is matched on: its words, and the
// title of each citation and the reporter's words around the quote
// there (Citation.Surroundings), as the search index holds them.
func QuoteTexts(q corpus.Quote) []string {
	texts := []string{q.Text}
	for _, c := range q.Citations {
		if c.Title != "" {
			texts = append(texts, c.Title)
		}
		if s := c.Surroundings(q.Text); s != "" {
			texts = append(texts, s)
		}
	}
	return texts
}

// MatchQuote reports whether quote q is in the beat.
func (b *Beat) MatchQuote(q corpus.Quote) bool { return b.Match(QuoteTexts(q)...) }

// MatchPassage reports whether passage p is in the beat: its text or its
// article's title.
func (b *Beat) MatchPassage(p corpus.Passage) bool { return b.Match(p.Text, p.Citation.Title) }

// Of returns the beats of s that quote q is in, in file order.
func (s *Set) Of(q corpus.Quote) []*Beat {
	var out []*Beat
	texts := QuoteTexts(q)
	for _, b := range s.All() {
		if b.Match(texts...) {
			out = append(out, b)
		}
	}
	return out
}

// Terms returns every term of the beat's "any:" groups, group by group;
// the search index uses them to narrow a search before matching.
func (b *Beat) Terms() [][]string { return b.Any }

// Prefix reports whether term ends in *, and returns it without the *.
func Prefix(term string) (string, bool) {
	t, ok := strings.CutSuffix(term, "*")
	return strings.TrimSpace(t), ok
}

// matcher finds any of a group of terms in a text.
type matcher struct {
	fold, exact *regexp.Regexp // case-insensitive and capitals-only terms
}

// capitals reports whether a term is written in capitals (two letters
// or more, none lower-case): such a term must match its case.
func capitals(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func newMatcher(terms []string) (*matcher, error) {
	var fold, exact []string
	for _, t := range terms {
		body, prefix := Prefix(t)
		if body == "" {
			continue
		}
		var p strings.Builder
		for i, w := range strings.Fields(body) {
			if i > 0 {
				p.WriteString(`[\s\-]+`)
			}
			p.WriteString(regexp.QuoteMeta(w))
		}
		pat := p.String()
		if prefix {
			pat += `[\p{L}\p{N}'’]*`
		}
		if capitals(body) {
			exact = append(exact, pat)
		} else {
			fold = append(fold, pat)
		}
	}
	m := &matcher{}
	// A term must stand as whole words: no letter or digit just before
	// or after it.
	const before, after = `(?:^|[^\p{L}\p{N}])(?:`, `)(?:$|[^\p{L}\p{N}])`
	var err error
	if len(fold) > 0 {
		if m.fold, err = regexp.Compile(`(?i)` + before + strings.Join(fold, "|") + after); err != nil {
			return nil, fmt.Errorf("terms %q: %w", terms, err)
		}
	}
	if len(exact) > 0 {
		if m.exact, err = regexp.Compile(before + strings.Join(exact, "|") + after); err != nil {
			return nil, fmt.Errorf("terms %q: %w", terms, err)
		}
	}
	return m, nil
}

func (m *matcher) matchAny(texts []string) bool {
	for _, t := range texts {
		if (m.fold != nil && m.fold.MatchString(t)) || (m.exact != nil && m.exact.MatchString(t)) {
			return true
		}
	}
	return false
}
