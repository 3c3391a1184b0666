// Package digest posts the new quotes of a period into Discord channels
// on a schedule: it parses schedules, composes digests from the quotes
// that entered the index (grouped by beat and speaker, most important
// first), and runs the scheduler that posts each digest exactly once,
// across restarts, through the state store.
package digest

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones work in images without a zoneinfo folder

	"github.com/robfig/cron/v3"
)

// MinInterval is the shortest time allowed between two digests of a
// schedule.
const MinInterval = 15 * time.Minute

// ErrSchedule is wrapped by every error about a schedule or time zone.
var ErrSchedule = errors.New("bad schedule")

// Schedule says when a subscription's digests are due.
type Schedule struct {
	spec string
	loc  *time.Location
	cron cron.Schedule
}

var (
	dailyRE  = regexp.MustCompile(`^daily\s+(?:at\s+)?(\d{1,2}):(\d{2})$`)
	weeklyRE = regexp.MustCompile(`^weekly\s+(?:on\s+)?([a-z]+)\s+(?:at\s+)?(\d{1,2}):(\d{2})$`)
	days     = map[string]int{
		"sun": 0, "sunday": 0, "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2,
		"wed": 3, "wednesday": 3, "thu": 4, "thur": 4, "thurs": 4, "thursday": 4,
		"fri": 5, "friday": 5, "sat": 6, "saturday": 6,
	}
	cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
)

// ParseSchedule parses a schedule read in the IANA time zone tz (empty
// means UTC):
//
//   - "daily HH:MM", for example "daily 08:00";
//   - "weekly DAY HH:MM", for example "weekly mon 09:30" (DAY is a
//     weekday's name or its first three letters);
//   - a five-field cron expression ("0 8 * * 1-5": minute, hour, day of
//     month, month, day of week), or @daily, @weekly and the like.
//
// Digests may not come more often than every MinInterval. Errors wrap
// ErrSchedule and say what to write instead.
func ParseSchedule(spec, tz string) (Schedule, error) {
	loc, err := LoadLocation(tz)
	if err != nil {
		return Schedule{}, err
	}
	s := strings.ToLower(strings.Join(strings.Fields(spec), " "))
	var expr string
	switch {
	case s == "":
		return Schedule{}, fmt.Errorf("%w: empty; write for example “daily 08:00”, “weekly mon 09:00” or a cron expression", ErrSchedule)
	case strings.HasPrefix(s, "daily"):
		m := dailyRE.FindStringSubmatch(s)
		if m == nil {
			return Schedule{}, fmt.Errorf("%w: %q: write “daily HH:MM”, for example “daily 08:00”", ErrSchedule, spec)
		}
		h, mi, err := clock(m[1], m[2])
		if err != nil {
			return Schedule{}, fmt.Errorf("%w: %q: %v", ErrSchedule, spec, err)
		}
		expr, s = fmt.Sprintf("%d %d * * *", mi, h), fmt.Sprintf("daily %02d:%02d", h, mi)
	case strings.HasPrefix(s, "weekly"):
		m := weeklyRE.FindStringSubmatch(s)
		if m == nil {
			return Schedule{}, fmt.Errorf("%w: %q: write “weekly DAY HH:MM”, for example “weekly mon 09:00”", ErrSchedule, spec)
		}
		d, ok := days[m[1]]
		if !ok {
			return Schedule{}, fmt.Errorf("%w: %q: %q is not a day of the week", ErrSchedule, spec, m[1])
		}
		h, mi, err := clock(m[2], m[3])
		if err != nil {
			return Schedule{}, fmt.Errorf("%w: %q: %v", ErrSchedule, spec, err)
		}
		expr = fmt.Sprintf("%d %d * * %d", mi, h, d)
		s = fmt.Sprintf("weekly %s %02d:%02d", time.Weekday(d).String()[:3], h, mi)
		s = strings.ToLower(s)
	default:
		if strings.Contains(s, "tz=") || strings.HasPrefix(s, "@every") {
			return Schedule{}, fmt.Errorf("%w: %q: give the time zone separately, and use a cron expression rather than @every", ErrSchedule, spec)
		}
		expr = s
	}
	c, err := cronParser.Parse(expr)
	if err != nil {
		return Schedule{}, fmt.Errorf("%w: %q is neither “daily HH:MM”, “weekly DAY HH:MM” nor a cron expression (%v)", ErrSchedule, spec, err)
	}
	sc := Schedule{spec: s, loc: loc, cron: c}
	// Check the gaps over a few weeks from a fixed date.
	t := time.Date(2025, 1, 1, 0, 0, 0, 0, loc)
	prev := sc.Next(t)
	if prev.IsZero() {
		return Schedule{}, fmt.Errorf("%w: %q never fires", ErrSchedule, spec)
	}
	for range 200 {
		n := sc.Next(prev)
		if n.IsZero() {
			break
		}
		if n.Sub(prev) < MinInterval {
			return Schedule{}, fmt.Errorf("%w: %q fires more often than every %v", ErrSchedule, spec, MinInterval)
		}
		prev = n
	}
	return sc, nil
}

// LoadLocation returns the IANA time zone name (UTC when empty), with
// an error wrapping ErrSchedule for an unknown name.
func LoadLocation(tz string) (*time.Location, error) {
	tz = strings.TrimSpace(tz)
	if tz == "" || strings.EqualFold(tz, "utc") {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(tz)
	if err != nil || strings.EqualFold(tz, "local") {
		return nil, fmt.Errorf("%w: unknown time zone %q: use an IANA name such as Europe/Berlin or Asia/Tehran", ErrSchedule, tz)
	}
	return loc, nil
}

func clock(hs, ms string) (int, int, error) {
	h, _ := strconv.Atoi(hs)
	m, _ := strconv.Atoi(ms)
	if h > 23 || m > 59 {
		return 0, 0, fmt.Errorf("%s:%s is not a time of day (00:00 to 23:59)", hs, ms)
	}
	return h, m, nil
}

// Next returns the first time the schedule fires strictly after t, or
// the zero time if it never does.
func (s Schedule) Next(t time.Time) time.Time {
	if s.cron == nil {
		return time.Time{}
	}
	return s.cron.Next(t.In(s.loc))
}

// Latest returns the last time the schedule fires in (after, now], and
// how many times it fired in that span (0 when it did not, and then the
// zero time). Missed digests are caught up once: the caller posts one
// digest up to Latest, not one per firing.
func (s Schedule) Latest(after, now time.Time) (time.Time, int) {
	n := s.Next(after)
	if n.IsZero() || n.After(now) {
		return time.Time{}, 0
	}
	count := 1
	for {
		m := s.Next(n)
		if m.IsZero() || m.After(now) {
			return n, count
		}
		n, count = m, count+1
		if count > 1_000_000 {
			return n, count
		}
	}
}

// String returns the schedule in its normal form ("daily 08:00").
func (s Schedule) String() string { return s.spec }

// Location returns the schedule's time zone.
func (s Schedule) Location() *time.Location { return s.loc }
