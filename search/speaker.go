package search

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/attribution"
	"github.com/quotebot/quotebot/corpus"
)

// speakerTable is the in-memory speaker list with precomputed name keys,
// so that name resolution and autocompletion need no index look-up.
type speakerTable struct {
	list []corpus.Speaker // most quoted first
	keys [][]nameKeys     // parallel to list: one per name and alias
	byID map[string]int
	// byFull, byNospace and bySuffix map a key to the speakers (indexes
	// into list, ascending) with a name or alias of that full key, key
	// without spaces, or (people only) suffix key, so that exact needs
	// no scan.
	byFull, byNospace, bySuffix map[string][]int
	// names maps each name and alias to its keys, for the next build.
	names map[string]nameKeys
}

// nameKeys are the folded forms of one name.
type nameKeys struct {
	full    string // "hamid reza haji babaee"
	nospace string // "hamidrezahajibabaee"
	// suffixes are the keys, without spaces, of the name's proper word
	// suffixes, the shortest last: "rezahajibabaee", "hajibabaee", "babaee".
	// A surname is one of them.
	suffixes []string
}

// key folds a name, or a part of one, for matching: attribution.NameKey (which
// merges transliterations), lower case, letters and digits only.
func key(s string) string {
	k := strings.ToLower(attribution.NameKey(s))
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, k)
}

// nameWords splits a name into its words at spaces and hyphens.
func nameWords(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '\u2010' || r == ',' || r == '(' || r == ')'
	})
}

// keysOf returns the keys of name.
func keysOf(name string) nameKeys {
	words := nameWords(name)
	var wk []string
	for _, w := range words {
		if k := key(w); k != "" {
			wk = append(wk, k)
		}
	}
	k := nameKeys{full: strings.Join(wk, " "), nospace: key(strings.Join(words, ""))}
	for i := 1; i < len(words); i++ {
		if suf := key(strings.Join(words[i:], "")); suf != "" {
			k.suffixes = append(k.suffixes, suf)
		}
	}
	return k
}

// buildSpeakerTable merges the directory's speakers with the tallies into
// a table. Name keys found in prev (which may be nil) are reused rather
// than computed again.
func buildSpeakerTable(dir []corpus.Speaker, tallies map[string]*tally, prev *speakerTable) *speakerTable {
	t := &speakerTable{
		byID:      make(map[string]int),
		byFull:    make(map[string][]int),
		byNospace: make(map[string][]int),
		bySuffix:  make(map[string][]int),
		names:     make(map[string]nameKeys),
	}
	seen := make(map[string]bool)
	add := func(s corpus.Speaker) {
		if tl := tallies[s.ID]; tl != nil {
			if s.Name == "" {
				s.Name = tl.Name
			}
			if s.Type == "" {
				s.Type = tl.Type
			}
			s.Quotes = tl.Quotes
			if tl.Last.After(s.Last) {
				s.Last = tl.Last
			}
			for _, a := range append([]string{tl.Name}, tl.Aliases...) {
				if a != "" && a != s.Name && !slices.Contains(s.Aliases, a) {
					s.Aliases = append(s.Aliases, a)
				}
			}
			for _, r := range tl.Roles {
				if !slices.Contains(s.Roles, r) {
					s.Roles = append(s.Roles, r)
				}
			}
		}
		if s.ID == "" || s.Name == "" || seen[s.ID] {
			return
		}
		seen[s.ID] = true
		t.list = append(t.list, s)
	}
	for _, s := range dir {
		s.Aliases = slices.Clone(s.Aliases)
		s.Roles = slices.Clone(s.Roles)
		add(s)
	}
	for id, tl := range tallies {
		if !seen[id] {
			add(corpus.Speaker{ID: id, Name: tl.Name, Type: tl.Type})
		}
	}
	slices.SortFunc(t.list, func(a, b corpus.Speaker) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	t.keys = make([][]nameKeys, len(t.list))
	// note appends i to m[k] unless it is already last there.
	note := func(m map[string][]int, k string, i int) {
		if l := m[k]; len(l) == 0 || l[len(l)-1] != i {
			m[k] = append(l, i)
		}
	}
	for i, s := range t.list {
		t.byID[s.ID] = i
		person := s.Type != corpus.SpeakerOrganization
		for _, n := range append([]string{s.Name}, s.Aliases...) {
			k, ok := t.names[n]
			if !ok {
				if prev != nil {
					k, ok = prev.names[n]
				}
				if !ok {
					k = keysOf(n)
				}
				t.names[n] = k
			}
			t.keys[i] = append(t.keys[i], k)
			note(t.byFull, k.full, i)
			note(t.byNospace, k.nospace, i)
			if person {
				for _, suf := range k.suffixes {
					note(t.bySuffix, suf, i)
				}
			}
		}
	}
	return t
}

// titleWords are words that may precede a name in a question ("Foreign
// Minister Araghchi") and are dropped when the whole does not match.
var titleWords = map[string]bool{
	"the": true, "mr": true, "mrs": true, "ms": true, "dr": true, "president": true,
	"minister": true, "foreign": true, "prime": true, "supreme": true, "leader": true,
	"ayatollah": true, "general": true, "gen": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "secretary": true, "chancellor": true, "ambassador": true,
	"deputy": true, "vice": true, "chief": true, "commissioner": true, "high": true,
	"representative": true, "envoy": true, "sheikh": true, "king": true, "emir": true,
	"crown": true, "prince": true, "sultan": true, "senator": true, "sen": true, "rep": true,
	"speaker": true, "parliament": true, "state": true, "defense": true, "defence": true,
	"interior": true, "economy": true, "finance": true, "former": true, "ex": true,
	"eu": true, "us": true, "iranian": true, "turkish": true, "iran's": true,
}

// resolve returns the indexes of the speakers the asked name means:
// exact matches of the full name, the name without spaces, or the surname;
// failing that, the nearest names within a small
// edit distance.
func (t *speakerTable) resolve(asked string) []int {
	words := strings.Fields(strings.TrimSpace(asked))
	for i, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		words[i] = strings.Trim(w, ",.;:!?\"'()[]")
	}
	words = slices.DeleteFunc(words, func(w string) bool { return w == "" })
	if len(words) == 0 {
		return nil
	}
	// Exact, dropping leading title words one at a time.
	for i := 0; i < len(words); i++ {
		if m := t.exact(strings.Join(words[i:], " ")); len(m) > 0 {
			return m
		}
		if !titleWords[strings.ToLower(words[i])] {
			break
		}
	}
	// Fuzzy on the name without its title words.
	i := 0
	for i < len(words)-1 && titleWords[strings.ToLower(words[i])] {
		i++
	}
	return t.fuzzy(strings.Join(words[i:], " "))
}

// exact returns the speakers whose name or alias has the keys of name,
// or (for people) ends with it: a surname matches everyone who bears it.
func (t *speakerTable) exact(name string) []int {
	k := keysOf(name)
	if k.full == "" {
		return nil
	}
	var out []int
	out = append(out, t.byFull[k.full]...)
	out = append(out, t.byNospace[k.nospace]...)
	out = append(out, t.bySuffix[k.nospace]...)
	slices.Sort(out)
	return slices.Compact(out)
}

// maxDistance is the edit distance allowed for a key of n runes.
func maxDistance(n int) int {
	if n <= 5 {
		return 1
	}
	return 2
}

// distance returns the smallest edit distance between k and the keys of
// speaker i.
func (t *speakerTable) distance(k nameKeys, i int) int {
	best := 1 << 30
	person := t.list[i].Type != corpus.SpeakerOrganization
	for _, s := range t.keys[i] {
		best = min(best, levenshtein(k.full, s.full, best), levenshtein(k.nospace, s.nospace, best))
		if person {
			for _, suf := range s.suffixes {
				best = min(best, levenshtein(k.nospace, suf, best))
			}
		}
	}
	return best
}

// fuzzy returns the speakers nearest to name within maxDistance.
func (t *speakerTable) fuzzy(name string) []int {
	k := keysOf(name)
	if k.full == "" {
		return nil
	}
	limit := maxDistance(utf8.RuneCountInString(k.nospace))
	best := limit + 1
	var out []int
	for i := range t.list {
		d := t.distance(k, i)
		switch {
		case d < best:
			best = d
			out = append(out[:0], i)
		case d == best:
			out = append(out, i)
		}
	}
	if best > limit {
		return nil
	}
	return out
}

// suggest returns up to n speakers nearest to name, nearest first.
func (t *speakerTable) suggest(name string, n int) []corpus.Speaker {
	k := keysOf(name)
	if k.full == "" || len(t.list) == 0 {
		return nil
	}
	type cand struct{ i, d int }
	cs := make([]cand, len(t.list))
	for i := range t.list {
		cs[i] = cand{i, t.distance(k, i)}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Compare(a.d, b.d) })
	// Keep suggestions that share at least half the letters.
	maxD := max(3, utf8.RuneCountInString(k.full)/2)
	var out []corpus.Speaker
	for _, c := range cs {
		if len(out) == n || (c.d > maxD && len(out) >= 3) {
			break
		}
		out = append(out, t.list[c.i])
	}
	return out
}

// levenshtein returns the edit distance between a and b in runes. It
// returns early with a value above bound once the distance exceeds bound.
func levenshtein(a, b string, bound int) int {
	if a == b {
		return 0
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 {
		return len(rb)
	}
	if len(rb) == 0 {
		return len(ra)
	}
	if d := len(ra) - len(rb); d > bound || -d > bound {
		return max(d, -d)
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > bound {
			return rowMin
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Speakers returns the speakers whose name or an alias matches filter,
// most quoted first, at most limit of them (limit <= 0 means all). The
// match ignores case and diacritics: a filter matches when it is a
// prefix of a word, a substring, or within a small edit distance of the
// name or surname. Prefix and substring matches come before fuzzy ones.
// An empty filter matches every speaker.
func (ix *Index) Speakers(ctx context.Context, filter string, limit int) ([]corpus.Speaker, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return nil, err
	}
	t := ix.speakerTable()
	if limit <= 0 {
		limit = len(t.list)
	}
	k := keysOf(filter)
	if k.full == "" {
		return slices.Clone(t.list[:min(limit, len(t.list))]), nil
	}
	var near, far []corpus.Speaker
	for i, s := range t.list {
		if len(near) >= limit {
			break
		}
		matched, fuzzy := false, false
		for _, nk := range t.keys[i] {
			if strings.Contains(nk.full, k.full) || strings.Contains(nk.nospace, k.nospace) {
				matched = true
				break
			}
		}
		if !matched && len(far) < limit && len(k.full) >= 3 {
			d := maxDistance(utf8.RuneCountInString(k.nospace))
			if t.distance(k, i) <= d {
				fuzzy = true
			}
		}
		switch {
		case matched:
			near = append(near, s)
		case fuzzy:
			far = append(far, s)
		}
	}
	out := append(near, far...)
	return out[:min(limit, len(out))], nil
}

// lastWord returns the last word of name ("Haji Babaee" -> "Babaee").
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// speakerTable returns the speaker table, building it from the directory
// and the tallies when they changed since it was last built. The caller
// holds ix.mu, for reading or writing.
func (ix *Index) speakerTable() *speakerTable {
	ix.tableMu.Lock()
	defer ix.tableMu.Unlock()
	if ix.speakers == nil || ix.speakersStale {
		ix.speakers = buildSpeakerTable(ix.dir.Speakers(), ix.tally, ix.speakers)
		ix.speakersStale = false
	}
	return ix.speakers
}

// staleSpeakers marks the speaker table out of date, to be built again
// on its next use. The caller holds ix.mu for writing.
func (ix *Index) staleSpeakers() {
	ix.tableMu.Lock()
	ix.speakersStale = true
	ix.tableMu.Unlock()
}
