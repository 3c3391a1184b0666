package digest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/internal/store"
)

// Limits of one digest.
const (
	// MaxFetch is how many new quotes a digest reads; beyond it, counts
	// come from the index's total.
	MaxFetch = 1000
	// MaxPerSection is how many quotes a beat's section shows.
	MaxPerSection = 6
	// MaxPerSpeaker is how many quotes of one speaker a section shows.
	MaxPerSpeaker = 3
)

// OtherID is the section id of quotes in none of the subscription's
// beats (shown only when the subscription names speakers).
const OtherID = "other"

// Source finds the quotes that entered the corpus in a period. The
// search index satisfies it; a digest reads from nothing else.
type Source interface {
	// Since returns the quotes that entered in (since, until], at most
	// limit of them, and how many there are, narrowed to beats and
	// speakers when those are not empty.
	Since(ctx context.Context, since, until time.Time, beats, speakers []string, limit int) ([]corpus.Quote, int, error)
}

// Digest is one composed digest: the new quotes of a period, by beat.
type Digest struct {
	SubscriptionID int64     `json:"subscription_id"`
	Since          time.Time `json:"since"`
	Until          time.Time `json:"until"`
	// Timezone is the subscription's time zone, for showing times.
	Timezone string `json:"timezone,omitempty"`
	// Total is how many new quotes the sections hold.
	Total    int       `json:"total"`
	Sections []Section `json:"sections,omitempty"`
	// Empty says what an empty digest posts.
	Empty store.Empty `json:"empty,omitempty"`
	// Speakers are the subscription's speaker filter, for the pointer
	// to /quotes.
	Speakers []string `json:"speakers,omitempty"`
}

// Section is the new quotes of one beat.
type Section struct {
	BeatID string `json:"beat"`
	Name   string `json:"name"`
	// Total is how many new quotes the beat has.
	Total int `json:"total"`
	// Speakers counts the beat's new quotes by speaker, most first.
	Speakers []SpeakerCount `json:"speakers"`
	// Quotes are the ones shown, grouped by speaker in the order of
	// Speakers, most important first within a speaker.
	Quotes []corpus.Quote `json:"quotes"`
	// More is how many quotes are not shown.
	More int `json:"more"`
}

// SpeakerCount is a speaker's number of new quotes in a section.
type SpeakerCount struct {
	ID    string `json:"id,omitempty"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// IsEmpty reports whether the digest holds no quote.
func (d Digest) IsEmpty() bool { return d.Total == 0 }

// Location returns the digest's time zone (UTC when unknown).
func (d Digest) Location() *time.Location {
	loc, err := LoadLocation(d.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// Compose builds the digest of subscription sub for the period (since,
// until] from the quotes src reports. Each quote goes to the first of
// the subscription's beats (all beats of set when it names none) that it
// is in. Quotes in no beat form an "Other" section, last, unless the
// subscription names beats and no speakers: then they are left out.
func Compose(ctx context.Context, src Source, set *beat.Set, sub store.Subscription, since, until time.Time) (Digest, error) {
	d := Digest{SubscriptionID: sub.ID, Since: since, Until: until, Timezone: sub.Timezone, Empty: sub.Empty, Speakers: sub.Speakers}
	beats := set.All()
	if len(sub.Beats) > 0 {
		var err error
		if beats, err = set.Resolve(sub.Beats); err != nil {
			return d, fmt.Errorf("compose digest %d: %w", sub.ID, err)
		}
	}
	qs, total, err := src.Since(ctx, since, until, sub.Beats, sub.Speakers, MaxFetch)
	if err != nil {
		return d, fmt.Errorf("compose digest %d: %w", sub.ID, err)
	}
	byBeat := make(map[string][]corpus.Quote)
	for _, q := range qs {
		id := OtherID
		texts := beat.QuoteTexts(q)
		for _, b := range beats {
			if b.Match(texts...) {
				id = b.ID
				break
			}
		}
		byBeat[id] = append(byBeat[id], trim(q))
	}
	var sections []Section
	for _, b := range beats {
		if s, ok := section(b.ID, b.Name, byBeat[b.ID]); ok {
			sections = append(sections, s)
		}
	}
	// A subscription to every beat, or to some speakers, misses nothing:
	// the quotes in no beat come last, under "Other".
	if len(sub.Beats) == 0 || len(sub.Speakers) > 0 {
		if s, ok := section(OtherID, "Other", byBeat[OtherID]); ok {
			sections = append(sections, s)
		}
	}
	// The quotes past MaxFetch are unknown by beat: count them in the
	// first section's "more".
	if extra := total - len(qs); extra > 0 && len(sections) > 0 {
		sections[0].Total += extra
		sections[0].More += extra
	}
	d.Sections = sections
	for _, s := range sections {
		d.Total += s.Total
	}
	return d, nil
}

// trim drops what a digest does not show (the paragraphs), keeping the
// stored digest small.
func trim(q corpus.Quote) corpus.Quote {
	cs := make([]corpus.Citation, len(q.Citations))
	copy(cs, q.Citations)
	for i := range cs {
		cs[i].Context = ""
	}
	q.Citations = cs
	return q
}

// section groups quotes by speaker, most quoted speaker first, and
// keeps the most important quotes.
func section(id, name string, qs []corpus.Quote) (Section, bool) {
	if len(qs) == 0 {
		return Section{}, false
	}
	s := Section{BeatID: id, Name: name, Total: len(qs)}
	groups := make(map[string][]corpus.Quote)
	var keys []string
	for _, q := range qs {
		k := speakerKey(q)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], q)
	}
	for _, k := range keys {
		slices.SortStableFunc(groups[k], compareImportance)
	}
	slices.SortStableFunc(keys, func(a, b string) int {
		if c := cmp.Compare(len(groups[b]), len(groups[a])); c != 0 {
			return c
		}
		if a == "" || b == "" { // unattributed quotes last
			return cmp.Compare(b, a)
		}
		return compareImportance(groups[a][0], groups[b][0])
	})
	for _, k := range keys {
		g := groups[k]
		s.Speakers = append(s.Speakers, SpeakerCount{ID: g[0].SpeakerID, Name: g[0].Speaker, Count: len(g)})
	}
	// Take quotes round by round, so that the top speakers each show
	// their best before anyone shows a second.
	for round := 0; round < MaxPerSpeaker && len(s.Quotes) < MaxPerSection; round++ {
		for _, k := range keys {
			if g := groups[k]; round < len(g) && len(s.Quotes) < MaxPerSection {
				s.Quotes = append(s.Quotes, g[round])
			}
		}
	}
	// Show them grouped by speaker, in speaker order.
	rank := make(map[string]int, len(keys))
	for i, k := range keys {
		rank[k] = i
	}
	slices.SortStableFunc(s.Quotes, func(a, b corpus.Quote) int {
		return cmp.Compare(rank[speakerKey(a)], rank[speakerKey(b)])
	})
	s.More = s.Total - len(s.Quotes)
	return s, true
}

func speakerKey(q corpus.Quote) string {
	if q.SpeakerID != "" {
		return q.SpeakerID
	}
	return strings.ToLower(q.Speaker)
}

// compareImportance orders quotes most important first: direct quotes
// before partial ones before reported speech, then the quote carried by
// more sources, then the more recent, then the longer.
func compareImportance(a, b corpus.Quote) int {
	if c := cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)); c != 0 {
		return c
	}
	if c := cmp.Compare(len(b.Citations), len(a.Citations)); c != 0 {
		return c
	}
	if c := b.Date.Time.Compare(a.Date.Time); c != 0 {
		return c
	}
	if c := cmp.Compare(len(b.Text), len(a.Text)); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func kindRank(k corpus.Kind) int {
	switch k {
	case corpus.KindDirect:
		return 0
	case corpus.KindPartial:
		return 1
	case corpus.KindReported:
		return 2
	}
	return 3
}
