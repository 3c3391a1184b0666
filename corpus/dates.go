package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DateMention is one date expression found in a text.
type DateMention struct {
	// Start and End are byte offsets of the expression in the text that
	// was searched: text[Start:End] is Text.
	Start, End int
	// Text is the expression as written ("January 28, 2025", "last week").
	Text string
	// Date is the period the expression names.
	Date Date
	// Provenance is DateStated for calendar dates ("on January 28") and
	// DateRelative for expressions resolved against the reference date
	// ("on Tuesday", "last week", "two days ago").
	Provenance DateProvenance
	// Forward is set for a weekday or relative day that points ahead of
	// the reference date or names an event by its day: a possessive
	// ("Sunday's Meet the Press"), a future tense before it ("will meet
	// on Monday", "is due to", "upcoming"), "next", "tomorrow". Such a
	// weekday is the day on or after the reference date. It never dates
	// a statement, which was made before the day it looks ahead to.
	Forward bool
}

// FindDates returns the date expressions in text, in order, resolved
// against ref, the publication date.
//
// Calendar dates ("January 28, 2025", "28 January 2025", "Oct. 7, 2023",
// "2025-01-28") have day precision; "in September 2024", "mid-January
// 2025", "late January" and "the end of January" have month precision;
// "in 2018", "since 2019", "mid-2020" have year precision. A year alone
// counts only after a preposition or qualifier, or before a noun of an
// occasion of words ("the 2013 video"), so "the 2015 nuclear agreement"
// is not a date. Month names must be capitalised, and "May"
// needs a day or a year.
//
// A calendar date without a year takes the year that puts it within
// eleven months before to one month after ref. When ref is zero it takes
// the year of the nearest preceding date in text that states a month and
// a year, and is left out when there is none.
//
// Relative expressions (weekdays such as "on Tuesday" or "last Monday",
// "today", "yesterday", "last week", "earlier this month", "last year",
// "two days ago") are resolved against ref: a weekday is the most recent
// such day on or before ref ("last" Monday: strictly before ref; "next":
// strictly after). They are left out when ref is zero. Plural weekdays
// ("Tuesdays") and "every Tuesday" are not dates.
func FindDates(text string, ref time.Time) []DateMention {
	return dateResolve(text, dateScan(text), ref)
}

// dateResolve resolves the candidates of text against ref (see FindDates).
func dateResolve(text string, cands []dateCandidate, ref time.Time) []DateMention {
	var out []DateMention
	lastYear := 0
	for _, c := range cands {
		var d Date
		prov := DateStated
		switch c.kind {
		case dateCandStated:
			year := c.year
			if year == 0 {
				switch {
				case !ref.IsZero():
					year = dateYearNear(c.month, c.day, ref)
				case lastYear != 0:
					year = lastYear
				}
				if year == 0 {
					continue
				}
			} else if c.precision >= PrecisionMonth {
				lastYear = year
			}
			var ok bool
			d, ok = dateMake(year, c.month, c.day, c.precision)
			if !ok {
				continue
			}
		case dateCandWeekday:
			if ref.IsZero() {
				continue
			}
			mod := c.mod
			if mod == "" && dateFutureBefore(text, c.start) {
				mod = "coming"
			}
			d = DayDate(dateResolveWeekday(DayDate(ref).Time, c.weekday, mod))
			prov = DateRelative
		case dateCandRelative:
			if ref.IsZero() {
				continue
			}
			d = dateResolveRelative(DayDate(ref).Time, c.unit, c.offset)
			prov = DateRelative
		}
		forward := false
		switch c.kind {
		case dateCandWeekday:
			forward = c.mod == "next" || (c.mod == "" || c.mod == "this") && dateForward(text, c.start, c.end)
		case dateCandRelative:
			forward = c.offset > 0 || c.offset == 0 && dateForward(text, c.start, c.end)
		}
		out = append(out, DateMention{
			Start:      c.start,
			End:        c.end,
			Text:       text[c.start:c.end],
			Date:       d,
			Provenance: prov,
			Forward:    forward,
		})
	}
	return out
}

// InferPublished infers a publication date from the dates text states.
//
// It takes the latest day-precision date D that has a year, stated or
// taken from an earlier date in the text, leaving out dates that gloss or
// bound something (in parentheses, after "by", "until", "to" and the
// like, or opening a range), that date a past event ("signed on",
// "adopted"), and dates inside quotation marks, where speakers cite
// history ("resolution 34/103 adopted 14 December 1979"). When the text
// also mentions weekdays ("on Tuesday", "said Wednesday"), it returns
// the day P in [D, D+6] that keeps D and those weekdays, each resolved
// as the most recent on or before P, closest together (the smallest such
// P on a tie).
// Otherwise it returns D. It reports false when the text states no
// day-precision date (a month alone is not enough), and when it names a
// year after D's, since such a text is about history. The time is
// midnight UTC.
func InferPublished(text string) (time.Time, bool) {
	var latest time.Time
	var weekdays []dateCandidate
	cands := dateScan(text)
	for _, c := range cands {
		if c.kind == dateCandWeekday && c.mod != "next" {
			weekdays = append(weekdays, c)
		}
	}
	for _, m := range dateResolve(text, cands, time.Time{}) {
		if m.Date.Precision == PrecisionDay && m.Date.Time.After(latest) && !dateIsAside(text, m.Start, m.End) && !inQuotation(text, m.Start) {
			latest = m.Date.Time
		}
	}
	if latest.IsZero() {
		return time.Time{}, false
	}
	// A text that names a later year than its latest full date is about
	// history ("the 1953 coup", told in 2019): its dates do not date it.
	if laterYearStated(text, latest.Year()) {
		return time.Time{}, false
	}
	if len(weekdays) == 0 {
		return latest, true
	}
	best, bestSpread := latest, time.Duration(-1)
	for i := range 7 {
		p := latest.AddDate(0, 0, i)
		lo, hi := latest, latest
		for _, w := range weekdays {
			t := dateResolveWeekday(p, w.weekday, w.mod)
			if t.Before(lo) {
				lo = t
			}
			if t.After(hi) {
				hi = t
			}
		}
		if spread := hi.Sub(lo); bestSpread < 0 || spread < bestSpread {
			best, bestSpread = p, spread
		}
	}
	return best, true
}

// inQuotation reports whether text[pos] lies between quotation marks
// in its paragraph.
func inQuotation(text string, pos int) bool {
	start := strings.LastIndex(text[:pos], "\n\n") + 1
	end := strings.Index(text[pos:], "\n\n")
	if end < 0 {
		end = len(text)
	} else {
		end += pos
	}
	for _, q := range QuoteSpans(text[start:end]) {
		if pos-start >= q.Start && pos-start < q.End {
			return true
		}
	}
	return false
}

// dateAsideWords before a date make it a deadline or the end of a span
// rather than the day of the news ("by March 20, 2020", "until June 1").
var dateAsideWords = map[string]bool{
	"by": true, "until": true, "till": true, "before": true, "through": true,
	"to": true, "between": true, "ending": true, "ends": true,
}

// historyWords before a date make it the date of a past event, not of
// the news.
var historyWords = []string{"established", "founded", "born", "created", "formed",
	"signed", "adopted", "ratified", "died", "killed", "assassinated", "anniversary", "dates back"}

// SentenceLead returns the part of text's sentence before pos, at most
// n bytes of it.
func SentenceLead(text string, pos, n int) string {
	lead := text[max(0, pos-n):pos]
	if i := strings.LastIndexAny(lead, ".!?\n"); i >= 0 {
		lead = lead[i+1:]
	}
	return lead
}

// IsAside reports whether the mention, found in text, glosses or bounds
// something rather than dating the news (see dateIsAside).
func (m DateMention) IsAside(text string) bool { return dateIsAside(text, m.Start, m.End) }

// dateIsAside reports whether the date at text[start:end] glosses or
// bounds something rather than dating the news: it stands in
// parentheses ("the Iranian calendar year (March 21, 2018)"), after a
// word of dateAsideWords, or at the start of a range ("March 21,
// 2018-March 20, 2019", "January 1 to March 31").
func dateIsAside(text string, start, end int) bool {
	if dateAsideWords[strings.ToLower(dateWordBefore(text, start))] {
		return true
	}
	// History: "The Group of 77 was established on 15 June 1964".
	lead := strings.ToLower(text[max(0, start-40):start])
	for _, w := range historyWords {
		if strings.Contains(lead, w) {
			return true
		}
	}
	// An anniversary earlier in the sentence dates what is remembered,
	// however long the clause in between: "a speech on the anniversary
	// of the people of Qom's uprising against the Pahlavi regime, which
	// took place on January 9, 1978".
	if strings.Contains(strings.ToLower(SentenceLead(text, start, 240)), "anniversary") {
		return true
	}
	rest := strings.TrimLeft(text[end:], " \t\u00a0")
	for _, p := range []string{"-", "\u2013", "\u2014", "to ", "until ", "through "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	open := false
	for i := start - 1; i >= 0 && i >= start-120; i-- {
		if c := text[i]; c == '(' {
			open = true
			break
		} else if c == ')' || c == '\n' {
			break
		}
	}
	if !open {
		return false
	}
	for i := end; i < len(text) && i < end+120; i++ {
		if c := text[i]; c == ')' {
			return true
		} else if c == '(' || c == '\n' {
			break
		}
	}
	return false
}

// dateCandKind is the kind of a date expression found by dateScan.
type dateCandKind int

const (
	// dateCandStated is a calendar date: year, month and day, any of which
	// may be missing (year: to be resolved; day: month precision).
	dateCandStated dateCandKind = iota
	// dateCandWeekday is a weekday ("on Tuesday", "last Monday").
	dateCandWeekday
	// dateCandRelative is a period relative to the reference date ("last
	// week", "two days ago").
	dateCandRelative
)

// dateCandidate is a date expression before it is resolved.
type dateCandidate struct {
	start, end int
	kind       dateCandKind

	// dateCandStated.
	year      int // 0: not stated
	month     time.Month
	day       int
	precision Precision

	// dateCandWeekday.
	weekday time.Weekday
	mod     string // "", "last", "this" or "next"

	// dateCandRelative: the period unit offset units from the reference's.
	unit   Precision
	offset int
}

const (
	dateMonthNames   = `January|February|March|April|May|June|July|August|September|October|November|December`
	dateMonthAbbrs   = `Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`
	dateWeekdayNames = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
	// dateSp is the space between the words of a date.
	dateSp = `[ \t\x{00A0}]+`
)

var (
	// reDateMonthDay: "January 28, 2025", "Tuesday, Jan. 28", "January 28th".
	reDateMonthDay = regexp.MustCompile(`\b(?:(` + dateWeekdayNames + `),?` + dateSp + `)?(?:(` + dateMonthNames + `)|(` + dateMonthAbbrs + `)\.?)` + dateSp + `(\d{1,2})(?:st|nd|rd|th)?\b(?:,?` + dateSp + `(\d{4})\b)?`)
	// reDateDayMonth: "28 January 2025", "28th of January".
	reDateDayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?` + dateSp + `(?:of` + dateSp + `)?(?:(` + dateMonthNames + `)|(` + dateMonthAbbrs + `)\.)(?:` + dateSp + `(\d{4}))?`)
	// reDateMonth: "September 2024", "mid-January 2025", "the end of January".
	reDateMonth = regexp.MustCompile(`(?:\b([Mm]id-|[Ee]arly` + dateSp + `|[Ll]ate` + dateSp + `|(?:[Tt]he` + dateSp + `)?(?:end|beginning|start|middle)` + dateSp + `of` + dateSp + `))?\b(?:(` + dateMonthNames + `)|(` + dateMonthAbbrs + `)\.)(?:` + dateSp + `(\d{4}))?`)
	// reDateISO: "2025-01-28".
	reDateISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})`)
	// reDateYear: "in 2018", "since 2019", "mid-2020", "the end of 2024".
	reDateYear = regexp.MustCompile(`\b(?:(in|In|since|Since|until|Until|till|by|By|during|During|from|From|before|Before|after|After|between|Between|through|Through)` + dateSp + `|([Mm]id-|[Ee]arly` + dateSp + `|[Ll]ate` + dateSp + `|(?:[Tt]he` + dateSp + `)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter)` + dateSp + `of` + dateSp + `))(\d{4})`)
	// reDateYearOccasion: a year that qualifies an occasion of words,
	// which it dates: "the 2013 video", "a 2014 Senate hearing", "his
	// 2007 speech". Other years that qualify a noun are names ("the
	// 2015 nuclear agreement"), not dates.
	reDateYearOccasion = regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)` + dateSp + `(\d{4})(?:` + dateSp + `[A-Z][\w.-]*){0,2}` + dateSp +
		`(?:interview|speech|statement|remarks|comments|testimony|video|op-ed|column|book|memoir|letter|tweet|post|address|article|essay|editorial|podcast|broadcast|email|memo|deposition|appearance|hearing|debate|profile|documentary)s?\b`)
	// reDateYearPair: the second year of "between 2021 and 2022".
	reDateYearPair = regexp.MustCompile(`^` + dateSp + `(?:and|to|until|till|through)` + dateSp + `(\d{4})`)
	// reDateWeekday: "Tuesday", "last Monday", "Tuesdays".
	reDateWeekday = regexp.MustCompile(`\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Ee]very|[Ee]ach)` + dateSp + `)?(` + dateWeekdayNames + `)(s)?\b`)
	// reDateRelDay: "today", "yesterday", "last night".
	reDateRelDay = regexp.MustCompile(`\b(?:([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)|([Tt]his|[Ll]ast)` + dateSp + `(morning|afternoon|evening|night))\b`)
	// reDateRelPeriod: "last week", "earlier this month", "next year".
	reDateRelPeriod = regexp.MustCompile(`\b(?:(?:[Ee]arlier|[Ll]ater)` + dateSp + `)?([Tt]his|[Ll]ast|[Nn]ext)` + dateSp + `(week|month|year)\b`)
	// reDateAgo: "two days ago", "3 weeks ago", "a year ago".
	reDateAgo = regexp.MustCompile(`\b(\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))` + dateSp + `(day|week|month|year)s?` + dateSp + `ago\b`)
)

var dateMonths = map[string]time.Month{
	"January": time.January, "February": time.February, "March": time.March,
	"April": time.April, "May": time.May, "June": time.June, "July": time.July,
	"August": time.August, "September": time.September, "October": time.October,
	"November": time.November, "December": time.December,
	"Jan": time.January, "Feb": time.February, "Mar": time.March, "Apr": time.April,
	"Jun": time.June, "Jul": time.July, "Aug": time.August, "Sep": time.September,
	"Sept": time.September, "Oct": time.October, "Nov": time.November, "Dec": time.December,
}

var dateWeekdays = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday,
	"Wednesday": time.Wednesday, "Thursday": time.Thursday, "Friday": time.Friday,
	"Saturday": time.Saturday,
}

var dateNumberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// dateMonthPreps may introduce a bare month name ("in January",
// "since September").
var dateMonthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true,
	"during": true, "from": true, "before": true, "after": true, "through": true,
	"In": true, "Since": true, "Until": true, "By": true, "During": true,
	"From": true, "Before": true, "After": true, "Through": true,
}

// dateNamedDays precede a weekday in names that are not a recent day ("Good
// Friday", "Super Tuesday").
var dateNamedDays = map[string]bool{
	"Good": true, "Black": true, "Cyber": true, "Super": true, "Ash": true,
	"Holy": true, "Palm": true, "Easter": true, "Blue": true, "Bloody": true,
	"Maundy": true, "Shrove": true,
}

// dateScan finds the date expressions of text without resolving them,
// sorted by position and without overlaps (the longest of two
// expressions that start together wins).
func dateScan(text string) []dateCandidate {
	return dateScanRegions(text, dateRegions(text))
}

// dateScanRegions is dateScan over the given regions of text only.
func dateScanRegions(text string, regions []dateRegion) []dateCandidate {
	var cands []dateCandidate
	add := func(c dateCandidate) { cands = append(cands, c) }
	if len(regions) == 0 {
		return nil
	}
	// matches runs re over the regions of text that may hold a date and
	// returns the submatch indexes in text.
	matches := func(re *regexp.Regexp, class dateClass) [][]int {
		var out [][]int
		for _, r := range regions {
			if r.class&class == 0 {
				continue
			}
			for _, m := range re.FindAllStringSubmatchIndex(text[r.start:r.end], -1) {
				for i := range m {
					if m[i] >= 0 {
						m[i] += r.start
					}
				}
				out = append(out, m)
			}
		}
		return out
	}

	for _, m := range matches(reDateMonthDay, dateClassMonth) {
		day, _ := strconv.Atoi(text[m[8]:m[9]])
		c := dateCandidate{start: m[0], end: m[1], month: dateMonthOf(text, m[4:8]), day: day, precision: PrecisionDay}
		if m[10] >= 0 {
			c.year = dateAtoiYear(text[m[10]:m[11]])
			if c.year == 0 {
				// Not a plausible year: keep the month and day only.
				c.end = m[9]
				for c.end < len(text) && dateIsLetter(text[c.end]) {
					c.end++
				}
			}
		}
		if !dateEndsWord(text, c.end) {
			continue
		}
		add(c)
	}
	for _, m := range matches(reDateDayMonth, dateClassMonth) {
		day, _ := strconv.Atoi(text[m[2]:m[3]])
		c := dateCandidate{start: m[0], end: m[1], month: dateMonthOf(text, m[4:8]), day: day, precision: PrecisionDay}
		if m[8] >= 0 {
			c.year = dateAtoiYear(text[m[8]:m[9]])
			if c.year == 0 {
				c.end = m[8]
				c.end = len(strings.TrimRight(text[:c.end], " \t\u00a0"))
			}
		}
		if !dateEndsWord(text, c.end) || dateFollowsNumber(text, c.start) {
			continue
		}
		add(c)
	}
	for _, m := range matches(reDateMonth, dateClassMonth) {
		c := dateCandidate{start: m[0], end: m[1], month: dateMonthOf(text, m[4:8]), precision: PrecisionMonth}
		qualified := m[2] >= 0
		if m[8] >= 0 {
			c.year = dateAtoiYear(text[m[8]:m[9]])
			if c.year == 0 {
				c.end = len(strings.TrimRight(text[:m[8]], " \t\u00a0"))
			}
		}
		if !dateEndsWord(text, c.end) {
			continue
		}
		if c.year == 0 {
			if m[4] >= 0 && text[m[4]:m[5]] == "May" {
				continue // "May I", "May God": a verb unless a day or year follows.
			}
			if !qualified && !dateMonthPreps[dateWordBefore(text, c.start)] {
				continue
			}
		}
		add(c)
	}
	for _, m := range matches(reDateISO, dateClassYear) {
		y := dateAtoiYear(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		if y == 0 || mo < 1 || mo > 12 || !dateEndsNumber(text, m[1]) {
			continue
		}
		add(dateCandidate{start: m[0], end: m[1], year: y, month: time.Month(mo), day: d, precision: PrecisionDay})
	}
	for _, m := range matches(reDateYearOccasion, dateClassYear) {
		if y := dateAtoiYear(text[m[2]:m[3]]); y != 0 {
			add(dateCandidate{start: m[2], end: m[3], year: y, precision: PrecisionYear})
		}
	}
	for _, m := range matches(reDateYear, dateClassYear) {
		y := dateAtoiYear(text[m[6]:m[7]])
		if y == 0 || !dateEndsNumber(text, m[1]) {
			continue
		}
		start := m[6]
		if m[4] >= 0 {
			start = m[4] // include the qualifier: "mid-2020", "the end of 2024"
		}
		add(dateCandidate{start: start, end: m[1], year: y, precision: PrecisionYear})
		prep := ""
		if m[2] >= 0 {
			prep = strings.ToLower(text[m[2]:m[3]])
		}
		if prep == "between" || prep == "from" {
			if p := reDateYearPair.FindStringSubmatchIndex(text[m[1]:]); p != nil {
				s, e := m[1]+p[2], m[1]+p[3]
				if y2 := dateAtoiYear(text[s:e]); y2 != 0 && dateEndsNumber(text, e) {
					add(dateCandidate{start: s, end: e, year: y2, precision: PrecisionYear})
				}
			}
		}
	}
	for _, m := range matches(reDateWeekday, dateClassWeekday) {
		if m[6] >= 0 {
			continue // "Tuesdays": a habit, not a day
		}
		mod := ""
		if m[2] >= 0 {
			mod = strings.ToLower(text[m[2]:m[3]])
		}
		if mod == "every" || mod == "each" {
			continue
		}
		if mod == "" && dateNamedDays[dateWordBefore(text, m[0])] {
			continue
		}
		add(dateCandidate{start: m[0], end: m[1], kind: dateCandWeekday, weekday: dateWeekdays[text[m[4]:m[5]]], mod: mod})
	}
	for _, m := range matches(reDateRelDay, dateClassDay) {
		c := dateCandidate{start: m[0], end: m[1], kind: dateCandRelative, unit: PrecisionDay}
		if m[2] >= 0 {
			switch w := strings.ToLower(text[m[2]:m[3]]); w {
			case "yesterday":
				c.offset = -1
			case "tomorrow":
				c.offset = 1
			case "today":
				if text[m[2]] == 'T' && dateNameBefore(text, m[0]) {
					continue // "USA Today", "Russia Today": a name
				}
			}
		} else {
			if strings.ToLower(text[m[4]:m[5]]) == "last" {
				if datePrecededByThe(text, m[0]) {
					continue // "the last night of"
				}
				c.offset = -1
			}
		}
		add(c)
	}
	for _, m := range matches(reDateRelPeriod, dateClassPeriod) {
		c := dateCandidate{start: m[0], end: m[1], kind: dateCandRelative}
		switch strings.ToLower(text[m[2]:m[3]]) {
		case "last":
			c.offset = -1
		case "next":
			c.offset = 1
		}
		if c.offset != 0 && datePrecededByThe(text, m[0]) {
			continue // "the last week of January", "the next year"
		}
		switch text[m[4]:m[5]] {
		case "week":
			c.unit = PrecisionWeek
		case "month":
			c.unit = PrecisionMonth
		default:
			c.unit = PrecisionYear
		}
		add(c)
	}
	for _, m := range matches(reDateAgo, dateClassAgo) {
		num := text[m[2]:m[3]]
		n, err := strconv.Atoi(num)
		if err != nil {
			n = dateNumberWords[strings.ToLower(num)]
		}
		if n <= 0 {
			continue
		}
		c := dateCandidate{start: m[0], end: m[1], kind: dateCandRelative, offset: -n}
		switch text[m[4]:m[5]] {
		case "day":
			c.unit = PrecisionDay
		case "week":
			c.unit = PrecisionWeek
		case "month":
			c.unit = PrecisionMonth
		default:
			c.unit = PrecisionYear
		}
		add(c)
	}

	slices.SortStableFunc(cands, func(a, b dateCandidate) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	out := cands[:0]
	end := 0
	for _, c := range cands {
		if c.start < end || c.end <= c.start {
			continue
		}
		out = append(out, c)
		end = c.end
	}
	return out
}

// dateClass is a set of kinds of trigger word.
type dateClass uint8

// The kinds of trigger word; every date expression holds one.
const (
	dateClassMonth   dateClass = 1 << iota // "January", "Jan"
	dateClassWeekday                       // "Tuesday"
	dateClassDay                           // "today", "morning", "night"
	dateClassPeriod                        // "week", "month", "year"
	dateClassAgo                           // "ago"
	dateClassYear                          // a four-digit number
)

// dateTriggers maps each trigger word to its class.
var dateTriggers = func() map[string]dateClass {
	m := map[string]dateClass{}
	for _, l := range []struct {
		words string
		class dateClass
	}{
		{dateMonthNames, dateClassMonth},
		{dateMonthAbbrs, dateClassMonth},
		{dateWeekdayNames, dateClassWeekday},
	} {
		for _, w := range strings.Split(l.words, "|") {
			m[w] = l.class
			m[w+"s"] = l.class
		}
	}
	for _, l := range []struct {
		words string
		class dateClass
	}{
		{"today|yesterday|tomorrow|tonight|morning|afternoon|evening|night", dateClassDay},
		{"week|month|year", dateClassPeriod},
		{"ago", dateClassAgo},
	} {
		for _, w := range strings.Split(l.words, "|") {
			m[w] = l.class
			m[strings.ToUpper(w[:1])+w[1:]] = l.class
		}
	}
	return m
}()

// dateReach is how far, in bytes, a date expression of each class of
// trigger word may reach before and after the trigger: the longest
// qualifier before it ("the beginning of", "Wednesday,", "twelve days")
// and the longest tail after it (" 31st, 2024", "-05-03"), with room for
// runs of spaces. The narrower a region, the less the expressions scan.
var dateReach = map[dateClass][2]int{
	dateClassMonth:   {32, 24},
	dateClassWeekday: {16, 8},
	dateClassDay:     {24, 8},
	dateClassPeriod:  {24, 8},
	dateClassAgo:     {32, 8},
	dateClassYear:    {32, 16},
}

// dateRegion is a region [start, end) of a text that may hold date
// expressions of the classes in class.
type dateRegion struct {
	start, end int
	class      dateClass
}

// dateRegions returns the disjoint regions of text that may hold a date
// expression: the surroundings of each trigger word (a month or weekday
// name, a relative word, a four-digit number), widened to whitespace so
// that word boundaries in a region are those of text. Running the
// expressions over these regions only is much faster than over the whole
// text, and finds the same dates.
func dateRegions(text string) []dateRegion {
	var regions []dateRegion
	for i := 0; i < len(text); {
		c := text[i]
		if !dateIsLetter(c) && !(c >= '0' && c <= '9') {
			i++
			continue
		}
		j := i
		digits := true
		for j < len(text) && (dateIsLetter(text[j]) || text[j] >= '0' && text[j] <= '9') {
			if dateIsLetter(text[j]) {
				digits = false
			}
			j++
		}
		class := dateTriggers[text[i:j]]
		if digits && j-i == 4 {
			class = dateClassYear
		}
		if class != 0 {
			reach := dateReach[class]
			start := max(0, i-reach[0])
			for start > 0 && !dateIsSpace(text[start-1]) {
				start--
			}
			end := min(len(text), j+reach[1])
			for end < len(text) && !dateIsSpace(text[end]) {
				end++
			}
			if n := len(regions); n > 0 && start <= regions[n-1].end {
				regions[n-1].end = max(regions[n-1].end, end)
				regions[n-1].class |= class
			} else {
				regions = append(regions, dateRegion{start, end, class})
			}
		}
		i = j
	}
	return regions
}

// dateIsSpace reports whether b separates words.
func dateIsSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// dateMonthOf returns the month named by the first matched group of the
// submatch index pairs g (full name, then abbreviation).
func dateMonthOf(text string, g []int) time.Month {
	for i := 0; i+1 < len(g); i += 2 {
		if g[i] >= 0 {
			return dateMonths[text[g[i]:g[i+1]]]
		}
	}
	return 0
}

// dateAtoiYear returns s as a year in 1900..2100, or 0.
func dateAtoiYear(s string) int {
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// dateMake builds a Date, checking that the day exists.
func dateMake(year int, month time.Month, day int, p Precision) (Date, bool) {
	switch p {
	case PrecisionYear:
		return Date{Time: time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC), Precision: p}, true
	case PrecisionMonth:
		if month < time.January || month > time.December {
			return Date{}, false
		}
		return Date{Time: time.Date(year, month, 1, 0, 0, 0, 0, time.UTC), Precision: p}, true
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if day < 1 || t.Day() != day || t.Month() != month {
		return Date{}, false
	}
	return Date{Time: t, Precision: PrecisionDay}, true
}

// dateYearNear returns the year that puts month/day (day 0: the month) within
// eleven months before to one month after ref, or 0 when the day does not
// exist in any such year.
func dateYearNear(month time.Month, day int, ref time.Time) int {
	r := DayDate(ref).Time
	ry := r.Year()
	for _, y := range []int{ry, ry - 1, ry + 1} {
		if day == 0 {
			// Month precision: the twelve months from ref's month-10 to ref's month+1.
			start := time.Date(ry, r.Month()-10, 1, 0, 0, 0, 0, time.UTC)
			t := time.Date(y, month, 1, 0, 0, 0, 0, time.UTC)
			if !t.Before(start) && t.Before(start.AddDate(0, 12, 0)) {
				return y
			}
			continue
		}
		d, ok := dateMake(y, month, day, PrecisionDay)
		if !ok {
			continue
		}
		if !d.Time.Before(r.AddDate(0, -11, 0)) && !d.Time.After(r.AddDate(0, 1, 0)) {
			return y
		}
	}
	return 0
}

// dateResolveWeekday returns the weekday wd nearest before ref (a midnight):
// on or before ref, strictly before for mod "last", strictly after for
// mod "next", on or after for mod "coming" (a day looked ahead to).
func dateResolveWeekday(ref time.Time, wd time.Weekday, mod string) time.Time {
	if mod == "next" || mod == "coming" {
		diff := (int(wd) - int(ref.Weekday()) + 7) % 7
		if diff == 0 && mod == "next" {
			diff = 7
		}
		return ref.AddDate(0, 0, diff)
	}
	diff := (int(ref.Weekday()) - int(wd) + 7) % 7
	if diff == 0 && mod == "last" {
		diff = 7
	}
	return ref.AddDate(0, 0, -diff)
}

// dateResolveRelative returns the period unit offset units from ref's (a
// midnight).
func dateResolveRelative(ref time.Time, unit Precision, offset int) Date {
	switch unit {
	case PrecisionWeek:
		monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
		return Date{Time: monday.AddDate(0, 0, 7*offset), Precision: PrecisionWeek}
	case PrecisionMonth:
		return Date{Time: time.Date(ref.Year(), ref.Month()+time.Month(offset), 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionMonth}
	case PrecisionYear:
		return Date{Time: time.Date(ref.Year()+offset, time.January, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionYear}
	}
	return Date{Time: ref.AddDate(0, 0, offset), Precision: PrecisionDay}
}

// dateFutureCues are words that, before a weekday or relative day in
// the same clause, make it a day looked ahead to.
var dateFutureCues = []string{
	"will", "'ll", "\u2019ll", "shall", "due", "scheduled", "expected", "set to",
	"plans", "planned", "planning", "upcoming", "forthcoming", "ahead of",
	"going to", "is to", "are to", "until", "before", "coming",
}

// datePastCues end the clause that a future cue must share with the
// day: "Kerry, who will travel to Paris, said on Monday".
var datePastCues = []string{"said", "says", "told", "added", "stated", "announced", "was", "were", "had", "did"}

// dateForward reports whether the weekday or relative day text[start:end]
// points, or may point, ahead. A future cue before it in its clause
// says so ("will meet on Monday", see dateTenseBefore). A day that names
// an event ("Sunday's show") points ahead unless a past-tense cue verb
// comes before it in its clause ("said on Monday's show"): without one,
// the event may be past or to come.
func dateForward(text string, start, end int) bool {
	tense := dateTenseBefore(text, start)
	rest := text[end:]
	for _, s := range []string{"'s", "\u2019s"} {
		if strings.HasPrefix(rest, s) && dateEndsWord(text, end+len(s)) {
			return tense >= 0
		}
	}
	return tense > 0
}

// dateFutureBefore reports whether a future cue comes before pos in its
// clause (see dateTenseBefore).
func dateFutureBefore(text string, pos int) bool { return dateTenseBefore(text, pos) > 0 }

// dateTenseBefore reads the last words before pos in its clause: 1 when
// a future cue comes first ("will meet on Monday", "due to arrive on
// Thursday", "filed for Sunday's show"), -1 when a past-tense cue verb
// does ("said on Monday's show"), 0 when neither.
func dateTenseBefore(text string, pos int) int {
	words := strings.FieldsFunc(strings.ToLower(SentenceLead(text, pos, 60)), func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == ':' || r == '"' || r == '\u201c' || r == '\u201d' || r == '(' || r == ')'
	})
	if n := len(words); n > 0 && words[n-1] == "for" && dateForwardPossessive(text, pos) {
		return 1 // "an interview filed for Sunday's Meet the Press"
	}
	for i := len(words) - 1; i >= 0 && i >= len(words)-8; i-- {
		w := words[i]
		if slices.Contains(datePastCues, w) {
			return -1
		}
		for _, cue := range dateFutureCues {
			if w == cue || strings.HasPrefix(cue, "'") && strings.HasSuffix(w, cue) {
				return 1
			}
			if strings.Contains(cue, " ") && i+1 < len(words) && w+" "+words[i+1] == cue {
				return 1
			}
		}
	}
	return 0
}

// dateForwardPossessive reports whether the word at pos is possessive.
func dateForwardPossessive(text string, pos int) bool {
	j := pos
	for j < len(text) && dateIsLetter(text[j]) {
		j++
	}
	return strings.HasPrefix(text[j:], "'s") || strings.HasPrefix(text[j:], "\u2019s")
}

// dateEndsWord reports whether no letter or digit follows text[:i].
func dateEndsWord(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// dateEndsNumber reports whether the number that ends at i really ends there:
// no letter or digit follows, nor a decimal or thousands separator and a
// digit ("2,000", "2.5"), nor a per cent sign.
func dateEndsNumber(text string, i int) bool {
	if !dateEndsWord(text, i) {
		return false
	}
	if i < len(text) && text[i] == '%' {
		return false
	}
	if i+1 < len(text) && (text[i] == ',' || text[i] == '.' || text[i] == '-') && text[i+1] >= '0' && text[i+1] <= '9' {
		return false
	}
	return true
}

// dateFollowsNumber reports whether a number with a separator ends just
// before i ("1,28 January" is not a day).
func dateFollowsNumber(text string, i int) bool {
	return i >= 2 && (text[i-1] == ',' || text[i-1] == '.') && text[i-2] >= '0' && text[i-2] <= '9'
}

// dateWordBefore returns the word that ends just before the spaces before i,
// or "" when something other than a space precedes i.
func dateWordBefore(text string, i int) string {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j == i {
		return ""
	}
	k := j
	for k > 0 && dateIsLetter(text[k-1]) {
		k--
	}
	return text[k:j]
}

// dateNameBefore reports whether a capitalised word and a single
// space directly precede i, as in a name ("USA Today").
func dateNameBefore(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	w := dateWordBefore(text, i)
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// datePrecededByThe reports whether the word before i is "the".
func datePrecededByThe(text string, i int) bool {
	return strings.EqualFold(dateWordBefore(text, i), "the")
}

func dateIsLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// yearWord matches a plausible year written as a word.
var yearWord = regexp.MustCompile(`\b(19[0-9]{2}|20[0-9]{2})\b`)

// laterYearStated reports whether text names a year after year: a
// four-digit number from 1900 to 2099 that is not part of a larger
// number ("110,000") or an amount.
func laterYearStated(text string, year int) bool {
	for _, m := range yearWord.FindAllStringIndex(text, -1) {
		if m[0] > 0 && (text[m[0]-1] == ',' || text[m[0]-1] == '.' || text[m[0]-1] == '$') {
			continue
		}
		if m[1] < len(text) && (text[m[1]] == ',' && m[1]+1 < len(text) && text[m[1]+1] >= '0' && text[m[1]+1] <= '9') {
			continue
		}
		y, err := strconv.Atoi(text[m[0]:m[1]])
		if err == nil && y > year {
			return true
		}
	}
	return false
}
