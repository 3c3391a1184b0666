package corpus

import (
	"time"
)

type dated struct {
	d    Date
	prov DateProvenance
}

// assignDates gives each statement its date: stated in its sentence,
// carried from the speaker's last dated statement, taken
// from the story's recent dates, or the publication date.
func (x *extractor) assignDates() {
	// A weekday resolved against a publication date that was itself
	// inferred is no surer than that date: say so.
	defer func() {
		if x.doc.PublishedProvenance != DateInferred {
			return
		}
		for i := range x.stmts {
			if x.stmts[i].prov == DateRelative {
				x.stmts[i].prov = DateInferred
			}
		}
	}()
	for i := range x.stmts {
		st := &x.stmts[i]
		story := x.paras[st.para].Story
		if d, prov, ok := x.dateIn(st); ok {
			st.date, st.prov = d, prov
			if st.spk != nil {
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
			st.date = DayDate(x.doc.Published)
			st.prov = x.doc.PublishedProvenance
			if st.prov == "" || st.prov == DateUnknown {
				st.prov = DatePublished
			}
		default:
			st.prov = DateUnknown
		}
	}
}

// usable reports whether a date mention can date a statement: not after
// publication, not a distant year.
func (x *extractor) usable(m DateMention) bool {
	if m.Date.IsZero() {
		return false
	}
	if !x.ref.IsZero() {
		if m.Date.Time.After(x.ref.Add(24 * time.Hour)) {
			return false
		}
		if m.Date.Precision == PrecisionYear && m.Date.Time.Year() < x.ref.Year()-1 {
			return false
		}
	}
	return true
}

// aside reports whether a date mention dates something other than the
// news: a past event ("the treaties signed on 26 December 1975"), a
// deadline ("by March 20"), a gloss in parentheses or a range's start.
func (x *extractor) aside(m DateMention) bool {
	return dateIsAside(x.doc.Text, m.Start, m.End)
}

func (x *extractor) dateIn(st *stmt) (Date, DateProvenance, bool) {
	var best *DateMention
	for _, r := range st.regions {
		for i := range x.dates {
			m := &x.dates[i]
			if m.Start >= r[0] && m.End <= r[1] && x.usable(*m) && !x.aside(*m) {
				if best == nil || m.Date.Precision > best.Date.Precision {
					best = m
				}
			}
		}
	}
	if best == nil {
		return Date{}, "", false
	}
	return best.Date, best.Provenance, true
}

// storyDate returns the latest day- or week-precise date stated in the
// two paragraphs before the statement, in the same story and outside
// quotes, when it is recent.
func (x *extractor) storyDate(st *stmt, story int) (Date, DateProvenance, bool) {
	from := st.para - 3
	for from < 0 || x.paras[from].Story != story {
		from++
	}
	lo := x.paras[from].Start
	var best *DateMention
	for i := range x.dates {
		m := &x.dates[i]
		if m.Start < lo || m.Start >= st.start || !x.usable(*m) || x.aside(*m) {
			continue
		}
		if m.Date.Precision < PrecisionWeek || x.insideQuote(m.Start) {
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
			if prev.prov == DateStated || prev.prov == DateRelative {
				return prev.date, prev.prov, true
			}
			break
		}
		return Date{}, "", false
	}
	return best.Date, best.Provenance, true
}

func (x *extractor) insideQuote(pos int) bool {
	for _, st := range x.stmts {
		if st.kind != KindReported && pos >= st.start && pos < st.end {
			return true
		}
	}
	return false
}
