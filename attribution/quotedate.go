package attribution

import (
	"regexp"
	"strings"

	"github.com/quotebot/quotebot/corpus"
)

type dated struct {
	d    corpus.Date
	prov corpus.DateProvenance
}

// assignDates gives each statement its date: stated in its sentence,
// carried from the speaker's last dated statement, taken
// from the story's recent dates, or the publication date.
func (x *extractor) assignDates() {
	// A weekday resolved against a publication date that was itself
	// inferred is no surer than that date: say so.
	defer func() {
		if x.doc.PublishedProvenance != corpus.DateInferred {
			return
		}
		for i := range x.stmts {
			if x.stmts[i].prov == corpus.DateRelative {
				x.stmts[i].prov = corpus.DateInferred
			}
		}
	}()
	for i := range x.stmts {
		st := &x.stmts[i]
		story := x.paras[st.para].Story
		if x.forwardIn(st) && !x.doc.Published.IsZero() {
			// The day named points ahead, or may: the words were said
			// by publication, so that is their date.
			st.date, st.prov = corpus.DayDate(x.doc.Published), corpus.DateForward
			continue
		}
		if d, prov, ok := x.dateIn(st); ok {
			st.date, st.prov = d, prov
			// A reported statement's own day ("said last week that …")
			// is that act's, not the occasion of the speaker's later
			// quotes; a day it takes from its story (below) is both.
			if st.spk != nil && st.kind != corpus.KindReported {
				x.spkDates[st.spk] = dated{d, prov}
			}
			continue
		}
		if st.spk != nil {
			if d, ok := x.spkDates[st.spk]; ok {
				st.date, st.prov = d.d, d.prov
				continue
			}
		}
		if d, prov, ok := x.storyDate(st, story); ok {
			st.date, st.prov = d, prov
			if st.spk != nil {
				x.spkDates[st.spk] = dated{d, prov}
			}
			continue
		}
		switch {
		case !x.doc.Published.IsZero():
			st.date = corpus.DayDate(x.doc.Published)
			st.prov = x.doc.PublishedProvenance
			if st.prov == "" || st.prov == corpus.DateUnknown {
				st.prov = corpus.DatePublished
			}
		default:
			st.prov = corpus.DateUnknown
		}
	}
}

// usable reports whether a date mention can date a statement: not after
// publication, not pointing ahead, not in a distant year.
func (x *extractor) usable(m corpus.DateMention) bool {
	if m.Date.IsZero() || m.Forward {
		return false
	}
	if !x.ref.IsZero() {
		// Words are said by the day they are published: a later day
		// ("on December 8" in an article of December 7) is a day looked
		// ahead to, never the statement's.
		if m.Date.Time.After(corpus.DayDate(x.ref).Time) {
			return false
		}
		if x.old(m) {
			// History told beside the statement: "the downing of the
			// airliner on 3 July 1988".
			return false
		}
	}
	return true
}

// old reports whether m is more than a year before publication.
func (x *extractor) old(m corpus.DateMention) bool {
	return !x.ref.IsZero() && m.Date.Time.Year() < x.ref.Year()-1
}

// occasionNouns name an occasion of words: an old date that qualifies one
// dates the words said there ("in a 2007 speech", "comments Trump made
// in 2006").
var occasionNouns = map[string]bool{
	"interview": true, "speech": true, "statement": true, "remarks": true,
	"comments": true, "testimony": true, "video": true, "op-ed": true,
	"column": true, "book": true, "memoir": true, "letter": true,
	"tweet": true, "post": true, "address": true, "article": true,
	"essay": true, "editorial": true, "podcast": true, "broadcast": true,
	"email": true, "memo": true, "deposition": true, "appearance": true,
	"hearing": true, "debate": true, "profile": true, "documentary": true,
}

// ownOldDate reports whether an old date in region r of st's
// attribution is the statement's own rather than history told beside
// it: it follows the cue verb with only a preposition between ("said
// in 2006", "said in the 2013 video"), or qualifies a noun of speech
// ("a 2007 speech", "comments Trump made in 2006").
func (x *extractor) ownOldDate(st *stmt, r [2]int, m corpus.DateMention) bool {
	text := x.doc.Text
	if st.cue != "" {
		seg := text[r[0]:m.Start]
		if i := lastIndexWord(seg, st.cue); i >= 0 && oldDateLink.MatchString(seg[i+len(st.cue):]) {
			return true
		}
	}
	after := strings.Fields(strings.ToLower(text[m.End:min(len(text), m.End+40)]))
	for i, w := range after {
		if i > 2 {
			break
		}
		if occasionNouns[strings.Trim(w, ".,;:")] {
			return true // "a 2014 Senate hearing", "the 2013 video"
		}
		if w != strings.Trim(w, ".,;:") {
			break
		}
	}
	before := strings.Fields(strings.ToLower(corpus.SentenceLead(text, m.Start, 50)))
	if n := len(before); n > 0 && (before[n-1] == "in" || before[n-1] == "on") {
		for i := n - 2; i >= 0 && i >= n-5; i-- {
			if occasionNouns[strings.Trim(before[i], ".,;:")] {
				return true
			}
		}
	}
	return false
}

// oldDateLink is what may stand between a cue verb and its old date:
// "said in", "said in the", "told Fox in a".
var oldDateLink = regexp.MustCompile(`(?i)^\s+(?:in|on|at|during)(?:\s+(?:a|an|the|his|her|their|its))?\s+$`)

// lastIndexWord returns the index of the last whole-word,
// case-insensitive occurrence of w in s, or -1.
func lastIndexWord(s, w string) int {
	last := -1
	for off := 0; ; {
		i := indexWord(s[off:], w)
		if i < 0 {
			return last
		}
		last = off + i
		off += i + len(w)
	}
}

// aside reports whether a date mention dates something other than the
// news: a past event ("the treaties signed on 26 December 1975"), a
// deadline ("by March 20"), a gloss in parentheses or a range's start.
func (x *extractor) aside(m corpus.DateMention) bool {
	return m.IsAside(x.doc.Text)
}

// forwardIn reports whether st's attribution names a day that points,
// or may point, ahead (see corpus.DateMention.Forward) and states no
// other usable date of day or week precision.
func (x *extractor) forwardIn(st *stmt) bool {
	forward := false
	for _, r := range st.regions {
		for i := range x.dates {
			m := &x.dates[i]
			if m.Start < r[0] || m.End > r[1] || x.aside(*m) {
				continue
			}
			if m.Forward {
				forward = true
			} else if x.usable(*m) && m.Date.Precision >= corpus.PrecisionWeek && x.datesStatement(st, r, *m) {
				return false
			}
		}
	}
	return forward
}

func (x *extractor) dateIn(st *stmt) (corpus.Date, corpus.DateProvenance, bool) {
	var best *corpus.DateMention
	for _, r := range st.regions {
		for i := range x.dates {
			m := &x.dates[i]
			if m.Start < r[0] || m.End > r[1] || x.aside(*m) || !x.datesStatement(st, r, *m) {
				continue
			}
			if x.usable(*m) || x.old(*m) && !m.Forward && x.ownOldDate(st, r, *m) {
				if best == nil || m.Date.Precision > best.Date.Precision {
					best = m
				}
			}
		}
	}
	if best == nil {
		return corpus.Date{}, "", false
	}
	return best.Date, best.Provenance, true
}

// datesStatement reports whether a mention in region r of st's
// attribution can be its date. With no publication date to check it
// against, a year or a month alone is too often history told beside the
// statement ("the Golan Heights, which Israel occupied in 1967"): it
// counts only next to the cue verb ("said in 2016", "In March 2016,
// Trump said"), and not at all for a quote with no cue.
func (x *extractor) datesStatement(st *stmt, r [2]int, m corpus.DateMention) bool {
	if !x.ref.IsZero() || m.Date.Precision >= corpus.PrecisionWeek {
		return true
	}
	if st.cue == "" {
		return false
	}
	if opensSentence(x.doc.Text, m) {
		// "In December 2018, ICT Minister Mohammad Javad Azari Jahromi
		// announced that …"
		return true
	}
	const near = 30 // bytes between the date and the cue
	text := x.doc.Text[r[0]:r[1]]
	for off := 0; ; {
		i := indexWord(text[off:], st.cue)
		if i < 0 {
			return false
		}
		cs, ce := r[0]+off+i, r[0]+off+i+len(st.cue)
		if cs-m.End <= near && m.Start-ce <= near {
			return true
		}
		off += i + len(st.cue)
	}
}

// opensSentence reports whether the date mention m opens its sentence as
// an adverbial set off by a comma: "In December 2018, …", "Back in
// 2016, …".
func opensSentence(text string, m corpus.DateMention) bool {
	if m.End >= len(text) || text[m.End] != ',' {
		return false
	}
	lead := strings.ToLower(strings.TrimSpace(corpus.SentenceLead(text, m.Start, 40)))
	switch lead {
	case "", "in", "on", "back in", "in early", "in late", "in mid", "in mid-":
		return true
	}
	return false
}

// indexWord returns the index of the first whole-word, case-insensitive
// occurrence of w in s, or -1. Bytes are compared in place, so that the
// index is one into s whatever case folding would do to its length.
func indexWord(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if !strings.EqualFold(s[i:i+len(w)], w) {
			continue
		}
		before := i == 0 || !isWordByte(s[i-1])
		after := i+len(w) == len(s) || !isWordByte(s[i+len(w)])
		if before && after {
			return i
		}
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// storyDate returns the latest day- or week-precise date stated in the
// two paragraphs before the statement, in the same story and outside
// quotes, when it is recent.
func (x *extractor) storyDate(st *stmt, story int) (corpus.Date, corpus.DateProvenance, bool) {
	from := st.para - 3
	for from < 0 || x.paras[from].Story != story {
		from++
	}
	lo := x.paras[from].Start
	var best *corpus.DateMention
	for i := range x.dates {
		m := &x.dates[i]
		if m.Start < lo || m.Start >= st.start || !x.usable(*m) || x.aside(*m) {
			continue
		}
		if m.Date.Precision < corpus.PrecisionDay || x.insideQuote(m.Start) {
			continue
		}
		if !x.ref.IsZero() && m.Date.Time.Before(x.ref.AddDate(0, 0, -14)) {
			continue
		}
		best = m
	}
	if best == nil {
		// The date of the statement just before, in the same story.
		for i := len(x.stmts) - 1; i >= 0; i-- {
			prev := &x.stmts[i]
			if prev.start >= st.start || prev.date.IsZero() {
				continue
			}
			if x.paras[prev.para].Story != story || st.para-prev.para > 2 {
				break
			}
			if !x.ref.IsZero() && prev.date.End().Before(x.ref.AddDate(0, 0, -14)) {
				break // an old occasion of the words before, not this story's day
			}
			if prev.prov == corpus.DateStated || prev.prov == corpus.DateRelative {
				return prev.date, prev.prov, true
			}
			break
		}
		return corpus.Date{}, "", false
	}
	return best.Date, best.Provenance, true
}

func (x *extractor) insideQuote(pos int) bool {
	for _, st := range x.stmts {
		if st.kind != corpus.KindReported && pos >= st.start && pos < st.end {
			return true
		}
	}
	return false
}
