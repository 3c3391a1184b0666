package search

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// MaxQuestionLen is the longest question accepted, in characters.
const MaxQuestionLen = 500

// Parse turns a plain-language question into a Query. Relative dates
// ("last week", "on Monday", "in January") are resolved against now's
// calendar day. Parse is pure: it looks nothing up; the speaker is
// resolved when the query is searched.
//
// It returns an error wrapping ErrEmptyQuery when the question holds
// nothing to search for, and ErrQueryTooLong when it has more than
// MaxQuestionLen characters.
func Parse(question string, now time.Time) (corpus.Query, error) {
	q := corpus.Query{Question: question, Intent: corpus.IntentWhat}
	if n := utf8.RuneCountInString(question); n > MaxQuestionLen {
		return q, fmt.Errorf("%w: %d characters; ask in at most %d", ErrQueryTooLong, n, MaxQuestionLen)
	}
	s := normalizeSpace(strings.ToValidUTF8(question, " "))
	if !hasWord(s) {
		return q, fmt.Errorf("%w: ask about a speaker, a topic or a phrase", ErrEmptyQuery)
	}

	// The quoted phrase, if any.
	s, q.Phrase = extractPhrase(s)

	// Dates.
	s = strings.TrimSpace(s)
	s, q.From, q.To = extractDates(s, now)
	s = trimQuestion(s)

	// The shape of the question.
	var speaker, topic string
	switch m := match(s, reWho); {
	case m != nil:
		q.Intent = corpus.IntentWho
		rest := m[0]
		if q.Phrase == "" {
			q.Phrase = strings.Trim(trimQuestion(rest), "\"'“”‘’«» ")
		} else if m2 := reAboutRest.FindStringSubmatch(rest); m2 != nil {
			topic = m2[1]
		}
	default:
		if m := match(s, reNew); m != nil {
			q.Intent = corpus.IntentNew
			topic = m[0]
		} else if m := match(s, reWhen); m != nil {
			q.Intent = corpus.IntentWhen
			speaker, topic = m[0], m[1]
		} else if m := match(s, reHas); m != nil {
			q.Intent = corpus.IntentHas
			speaker, topic = m[0], m[1]
		} else if m := match(s, reWhat); m != nil {
			speaker, topic = m[0], m[1]
		} else if m := match(s, reQuotes); m != nil {
			speaker, topic = m[0], m[1]
		} else if m := match(s, reSaid); m != nil {
			speaker, topic = m[0], m[1]
		} else if m := match(s, rePossessive); m != nil {
			speaker, topic = m[0], m[1]
		} else if m := match(s, reOn); m != nil && looksLikeName(m[0]) {
			speaker, topic = m[0], m[1]
		} else if looksLikeName(s) {
			speaker = s
		} else {
			topic = s
		}
	}
	q.Speaker = cleanSpeaker(speaker)
	q.Topic = topicWords(topic)
	if q.Phrase != "" && q.Intent == corpus.IntentWhat && q.Speaker == "" && q.Topic == "" && s == "" {
		// A bare quoted phrase asks who said it.
		q.Intent = corpus.IntentWho
	}
	if q.Speaker == "" && q.Topic == "" && q.Phrase == "" && q.From.IsZero() && q.To.IsZero() &&
		q.Intent != corpus.IntentNew {
		return q, fmt.Errorf("%w: ask about a speaker, a topic or a phrase", ErrEmptyQuery)
	}
	return q, nil
}

func match(s string, re *regexp.Regexp) []string {
	if m := re.FindStringSubmatch(s); m != nil {
		return m[1:]
	}
	return nil
}

const (
	verbsSay = `(?:say|said|says|saying|speak|spoke|spoken|speaking|talk|talked|talks|comment|commented|comments|mention|mentioned|mentions|discuss|discussed|address|addressed|state|stated|tell|told|think|thinks|thought|claim|claimed|claims|write|wrote|written|argue|argued|warn|warned|quoted)`
	preps    = `(?:about|on|of|regarding|concerning|over|around|re|with\s+regard\s+to|in\s+relation\s+to|to)`
)

var (
	reWho        = regexp.MustCompile(`(?i)^(?:so\s+|and\s+)?who\s+(?:(?:has|had|have|first|else|ever|actually|really|originally)\s+)*(?:said|says|say|used|uses|use|called|calls|wrote|writes|mentioned|mentions|coined|is\s+saying|was\s+saying|talked\s+about|spoke\s+of|spoke\s+about|described)\b\s*(.*)$`)
	reAboutRest  = regexp.MustCompile(`(?i)^(?:about|on|regarding|concerning)\s+(.+)$`)
	reNew        = regexp.MustCompile(`(?i)^(?:(?:so\s+|and\s+)?what(?:'s|’s|\s+is|\s+has\s+been|\s+was)?\s+(?:(?:the\s+)?(?:new|newest|latest|happening|recent)(?:\s+news)?)|any\s+news|anything\s+new|(?:the\s+)?latest(?:\s+news)?|news|updates?)\b\s*(?:(?:on|about|in|with|regarding|concerning|for|between|from|re)\b\s*)?(.*)$`)
	reWhen       = regexp.MustCompile(`(?i)^(?:so\s+|and\s+)?when\s+(?:did|has|have|had|was|were|is|does|do)\s+(.+?)\s+(?:(?:last|most\s+recently|recently|first|ever|latest|previously)\s+)?(?:been\s+)?` + verbsSay + `\b(?:\s+(?:anything|something|a\s+word|publicly|out))?(?:\s+` + preps + `\b)?\s*(.*)$`)
	reHas        = regexp.MustCompile(`(?i)^(?:so\s+|and\s+)?(?:has|have|had|did|does|do|is|was)\s+(.+?)\s+(?:(?:ever|already|recently|yet|publicly|once)\s+)?(?:been\s+)?` + verbsSay + `\b(?:\s+(?:anything|something|a\s+word|publicly|out))?(?:\s+` + preps + `\b)?\s*(.*)$`)
	reWhat       = regexp.MustCompile(`(?i)^(?:so\s+|and\s+)?(?:what|which\s+\w+|anything)\s+(?:did|does|do|has|have|had|was|is|were)\s+(.+?)\s+(?:(?:ever|already|recently|last|just|lately|publicly)\s+)?(?:been\s+)?` + verbsSay + `\b(?:\s+(?:reporters|journalists|the\s+press|the\s+media))?(?:\s+` + preps + `\b)?\s*(.*)$`)
	reQuotes     = regexp.MustCompile(`(?i)^(?:(?:show|give|find|list|get|tell)\s+(?:me\s+|us\s+)?)?(?:(?:all|the|any|recent|latest|some|new|newest|last)\s+)*(?:quotes?|quotations?|statements?|remarks?|comments?|words|things\s+said)\b\s*(?:(?:from|by|of)\s+(.+?))?\s*(?:(?:about|on|regarding|concerning|mentioning|re|over|with)\b\s*(.*))?$`)
	reSaid       = regexp.MustCompile(`(?i)^(.+?)\s+(?:said|says|say|comments?|remarks?|statements?|quotes?)\b(?:\s+` + preps + `\b)?\s*(.*)$`)
	rePossessive = regexp.MustCompile(`(?i)^(.+?)(?:'s|’s)\s+(?:views?|position|stance|remarks?|comments?|statements?|words|quotes?)\b(?:\s+` + preps + `\b)?\s*(.*)$`)
	reOn         = regexp.MustCompile(`(?i)^(.+?)\s+(?:on|about|regarding|concerning|re:?)\s+(.+)$`)
)

// normalizeSpace turns every run of white space into one space.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// trimQuestion drops the punctuation and filler around a question.
func trimQuestion(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimRight(s, "?!.,;: ")
		t = strings.TrimLeft(t, ",;: ")
		low := strings.ToLower(t)
		for _, p := range []string{"please ", "hey ", "ok ", "okay ", "so ", "tell me ", "show me ", "can you tell me ", "do you know "} {
			if strings.HasPrefix(low, p) {
				t = t[len(p):]
				break
			}
		}
		for _, p := range []string{" please", " then", " exactly"} {
			if strings.HasSuffix(strings.ToLower(t), p) {
				t = t[:len(t)-len(p)]
				break
			}
		}
		t = strings.TrimSpace(t)
		if t == s {
			return s
		}
		s = t
	}
}

var phraseRes = []*regexp.Regexp{
	regexp.MustCompile(`“([^”]*)”`),
	regexp.MustCompile(`"([^"]*)"`),
	regexp.MustCompile(`«([^»]*)»`),
	regexp.MustCompile(`„([^“”]*)[“”]`),
	// Single quotes only where they cannot be apostrophes.
	regexp.MustCompile(`(?:^|[\s(\[])‘(.*?)’(?:$|[\s?!.,;:)\]])`),
	regexp.MustCompile(`(?:^|[\s(\[])'(.*?)'(?:$|[\s?!.,;:)\]])`),
}

// extractPhrase takes the first quoted phrase out of s.
func extractPhrase(s string) (rest, phrase string) {
	for _, re := range phraseRes {
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil {
			continue
		}
		p := normalizeSpace(s[loc[2]:loc[3]])
		p = strings.Trim(p, " .,;:!?")
		if !hasWord(p) {
			continue
		}
		rest = normalizeSpace(s[:loc[0]] + " " + s[loc[1]:])
		return rest, p
	}
	return s, ""
}

// Date expressions.
const (
	reMonth   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
	reWeekday = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`
	reRel     = `(?:today|yesterday|(?:last|this|past|previous)\s+(?:week|month|year)|(?:the\s+)?(?:last|past|previous)\s+\d{1,3}\s+(?:days?|weeks?|months?|years?)|(?:last|this)\s+` + reWeekday + `)`
	reAbs     = `(?:\d{4}-\d{1,2}-\d{1,2}|` +
		reMonth + `\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?|` +
		`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + reMonth + `\b\.?(?:,?\s+\d{4})?|` +
		reMonth + `\b\.?(?:,?\s+\d{4})?|` +
		`(?:19|20)\d{2})`
	reDate = `(?:` + reRel + `|` + reAbs + `|` + reWeekday + `)`
)

var (
	reBetween = regexp.MustCompile(`(?i)\b(?:between|from)\s+(` + reDate + `)\s+(?:and|to|until|till|through|-)\s+(` + reDate + `)\b`)
	reSince   = regexp.MustCompile(`(?i)\b(since|after|from)\s+(` + reDate + `)\b`)
	reBefore  = regexp.MustCompile(`(?i)\b(before|until|till|prior\s+to|up\s+to)\s+(` + reDate + `)\b`)
	reIn      = regexp.MustCompile(`(?i)\b(?:in|on|during|of|at|for|over)\s+(?:the\s+)?(` + reDate + `)\b`)
	reBare    = regexp.MustCompile(`(?i)\b(` + reRel + `|\d{4}-\d{1,2}-\d{1,2}|` + reWeekday + `)\b`)
)

// extractDates takes the date expressions out of s and returns the range
// they describe, [from, to).
func extractDates(s string, now time.Time) (rest string, from, to time.Time) {
	cut := func(loc []int) {
		s = normalizeSpace(s[:loc[0]] + " " + s[loc[1]:])
	}
	if loc := reBetween.FindStringSubmatchIndex(s); loc != nil {
		a, _, ok1 := resolveDate(s[loc[2]:loc[3]], now)
		_, b, ok2 := resolveDate(s[loc[4]:loc[5]], now)
		if ok1 && ok2 {
			if b.Before(a) {
				a2, _, _ := resolveDate(s[loc[4]:loc[5]], now)
				_, b2, _ := resolveDate(s[loc[2]:loc[3]], now)
				a, b = a2, b2
			}
			cut(loc)
			return s, a, b
		}
	}
	found := false
	if loc := reSince.FindStringSubmatchIndex(s); loc != nil {
		if a, b, ok := resolveDate(s[loc[4]:loc[5]], now); ok {
			if strings.EqualFold(s[loc[2]:loc[3]], "after") {
				from = b
			} else {
				from = a
			}
			cut(loc)
			found = true
		}
	}
	if loc := reBefore.FindStringSubmatchIndex(s); loc != nil {
		if a, b, ok := resolveDate(s[loc[4]:loc[5]], now); ok {
			if strings.EqualFold(s[loc[2]:loc[3]], "before") || strings.HasPrefix(strings.ToLower(s[loc[2]:loc[3]]), "prior") {
				to = a
			} else {
				to = b
			}
			cut(loc)
			found = true
		}
	}
	if found {
		return s, from, to
	}
	for _, re := range []*regexp.Regexp{reIn, reBare} {
		if loc := re.FindStringSubmatchIndex(s); loc != nil {
			if a, b, ok := resolveDate(s[loc[2]:loc[3]], now); ok {
				cut(loc)
				return s, a, b
			}
		}
	}
	return s, time.Time{}, time.Time{}
}

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var (
	reISO     = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	reMDY     = regexp.MustCompile(`^(` + reMonth + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$`)
	reDMY     = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + reMonth + `)\.?(?:,?\s+(\d{4}))?$`)
	reMY      = regexp.MustCompile(`^(` + reMonth + `)\.?(?:,?\s+(\d{4}))?$`)
	reYear    = regexp.MustCompile(`^((?:19|20)\d{2})$`)
	reLastN   = regexp.MustCompile(`^(?:the\s+)?(?:last|past|previous)\s+(\d{1,3})\s+(day|week|month|year)s?$`)
	reWeekRel = regexp.MustCompile(`^(?:(last|this)\s+)?(` + reWeekday + `)$`)
)

// resolveDate returns the period [start, end) that a date expression
// names, relative to now's calendar day.
func resolveDate(expr string, now time.Time) (start, end time.Time, ok bool) {
	e := strings.ToLower(normalizeSpace(expr))
	y, mo, d := now.Date()
	today := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	day := func(t time.Time) (time.Time, time.Time, bool) { return t, t.AddDate(0, 0, 1), true }
	monday := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7))
	mkDay := func(yy int, m time.Month, dd int) (time.Time, bool) {
		t := time.Date(yy, m, dd, 0, 0, 0, 0, time.UTC)
		return t, t.Day() == dd && t.Month() == m
	}
	switch e {
	case "today":
		return day(today)
	case "yesterday":
		return day(today.AddDate(0, 0, -1))
	case "this week":
		return monday, monday.AddDate(0, 0, 7), true
	case "last week", "past week", "previous week":
		return monday.AddDate(0, 0, -7), monday, true
	case "this month":
		m := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
		return m, m.AddDate(0, 1, 0), true
	case "last month", "past month", "previous month":
		m := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
		return m.AddDate(0, -1, 0), m, true
	case "this year":
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(1, 0, 0), true
	case "last year", "past year", "previous year":
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return t.AddDate(-1, 0, 0), t, true
	}
	if m := reLastN.FindStringSubmatch(e); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n == 0 {
			return time.Time{}, time.Time{}, false
		}
		var t time.Time
		switch m[2] {
		case "day":
			t = today.AddDate(0, 0, -n)
		case "week":
			t = today.AddDate(0, 0, -7*n)
		case "month":
			t = today.AddDate(0, -n, 0)
		default:
			t = today.AddDate(-n, 0, 0)
		}
		return t, today.AddDate(0, 0, 1), true
	}
	if m := reWeekRel.FindStringSubmatch(e); m != nil {
		wd := weekdays[m[2]]
		back := (int(today.Weekday()) - int(wd) + 7) % 7
		switch m[1] {
		case "last":
			if back == 0 {
				back = 7
			}
		case "this":
			// The weekday of this week, which may be ahead of today.
			t := monday.AddDate(0, 0, (int(wd)+6)%7)
			return day(t)
		}
		return day(today.AddDate(0, 0, -back))
	}
	if m := reISO.FindStringSubmatch(e); m != nil {
		yy, _ := strconv.Atoi(m[1])
		mm, _ := strconv.Atoi(m[2])
		dd, _ := strconv.Atoi(m[3])
		if mm < 1 || mm > 12 {
			return time.Time{}, time.Time{}, false
		}
		t, valid := mkDay(yy, time.Month(mm), dd)
		if !valid {
			return time.Time{}, time.Time{}, false
		}
		return day(t)
	}
	monthOf := func(s string) time.Month { return months[s[:3]] }
	// latest returns the year in which month m (day dd) last began on or
	// before today.
	latest := func(m time.Month, dd int) int {
		if t := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC); t.After(today) {
			return y - 1
		}
		return y
	}
	dayOf := func(m time.Month, dstr, ystr string) (time.Time, time.Time, bool) {
		dd, _ := strconv.Atoi(dstr)
		yy := latest(m, dd)
		if ystr != "" {
			yy, _ = strconv.Atoi(ystr)
		}
		t, valid := mkDay(yy, m, dd)
		if !valid {
			return time.Time{}, time.Time{}, false
		}
		return day(t)
	}
	if m := reMDY.FindStringSubmatch(e); m != nil {
		return dayOf(monthOf(m[1]), m[2], m[3])
	}
	if m := reDMY.FindStringSubmatch(e); m != nil {
		return dayOf(monthOf(m[2]), m[1], m[3])
	}
	if m := reMY.FindStringSubmatch(e); m != nil {
		mon := monthOf(m[1])
		yy := latest(mon, 1)
		if m[2] != "" {
			yy, _ = strconv.Atoi(m[2])
		}
		t := time.Date(yy, mon, 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 1, 0), true
	}
	if m := reYear.FindStringSubmatch(e); m != nil {
		yy, _ := strconv.Atoi(m[1])
		t := time.Date(yy, 1, 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(1, 0, 0), true
	}
	return time.Time{}, time.Time{}, false
}

// noSpeaker are words that stand for no particular speaker.
var noSpeaker = map[string]bool{
	"anyone": true, "anybody": true, "someone": true, "somebody": true, "people": true,
	"they": true, "he": true, "she": true, "everyone": true, "everybody": true, "who": true,
	"you": true, "i": true, "we": true, "it": true, "one": true, "any": true, "there": true,
}

// cleanSpeaker tidies the name part of a question.
func cleanSpeaker(s string) string {
	s = strings.Trim(normalizeSpace(s), " ,.;:!?\"'“”‘’()[]")
	for _, p := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	s = strings.TrimSpace(s)
	if noSpeaker[strings.ToLower(s)] || !hasWord(s) {
		return ""
	}
	return s
}

// looksLikeName reports whether s could be a name: one to four words, none
// of them a stop word.
func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.;:!?\"'"))
		if stopWords[lw] || !hasWord(lw) {
			return false
		}
	}
	return true
}

// topicWords returns the words of s without stop words, in their order
// and case. Words written in capitals ("US", "EU") are kept.
func topicWords(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		if stopWords[strings.ToLower(w)] && !isAcronym(w) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// isAcronym reports whether w is two or more capital letters ("US").
func isAcronym(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

var stopWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`a an the and or nor but of on in at to for from by with about
		as into onto over under than then that this these those it its it's is are was were be been being
		am do does did doing done has have had having say says said saying tell told speak spoke spoken
		talk talked comment commented mention mentioned anything something any some all every each
		what what's whats which who whom whose when where why how whether if
		he she they them their his her him we us our you your i me my mine
		regarding concerning re lately recently ever already just yet also still
		quote quotes quoted statement statements remark remarks comments word words
		please show give find list get latest news new newest happening thing things
		there here not no yes very much more most so too can could would should will shall may might must
		between since until before after during while per via against among
		s t let let's`) {
		m[w] = true
	}
	return m
}()
