package digest

import (
	"errors"
	"testing"
	"time"
)

func TestParseSchedule(t *testing.T) {
	tests := []struct {
		spec, tz string
		want     string // normal form; "" for an error
		from     string // RFC 3339
		next     string // RFC 3339
	}{
		{"daily 08:00", "", "daily 08:00", "2025-01-28T07:00:00Z", "2025-01-28T08:00:00Z"},
		{"Daily at 8:05", "", "daily 08:05", "2025-01-28T08:05:00Z", "2025-01-29T08:05:00Z"},
		{"daily 08:00", "Asia/Tehran", "daily 08:00", "2025-01-28T00:00:00Z", "2025-01-28T04:30:00Z"},
		{"weekly mon 09:30", "", "weekly mon 09:30", "2025-01-28T00:00:00Z", "2025-02-03T09:30:00Z"},
		{"weekly Friday 17:00", "Europe/Berlin", "weekly fri 17:00", "2025-01-28T00:00:00Z", "2025-01-31T16:00:00Z"},
		{"0 8 * * 1-5", "", "0 8 * * 1-5", "2025-02-01T00:00:00Z", "2025-02-03T08:00:00Z"},
		{"@daily", "", "@daily", "2025-01-28T10:00:00Z", "2025-01-29T00:00:00Z"},
		{"daily 24:00", "", "", "", ""},
		{"daily 8", "", "", "", ""},
		{"weekly moon 08:00", "", "", "", ""},
		{"* * * * *", "", "", "", ""}, // every minute: too often
		{"@every 1h", "", "", "", ""},
		{"CRON_TZ=UTC 0 8 * * *", "", "", "", ""},
		{"hourly", "", "", "", ""},
		{"", "", "", "", ""},
		{"daily 08:00", "Mars/Olympus", "", "", ""},
		{"0 8 30 2 *", "", "", "", ""}, // 30 February never comes
	}
	for _, tt := range tests {
		t.Run(tt.spec+"@"+tt.tz, func(t *testing.T) {
			s, err := ParseSchedule(tt.spec, tt.tz)
			if tt.want == "" {
				if err == nil || !errors.Is(err, ErrSchedule) {
					t.Errorf("ParseSchedule(%q, %q) = %v, %v; want an ErrSchedule", tt.spec, tt.tz, s, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseSchedule(%q, %q) = %v", tt.spec, tt.tz, err)
			}
			if s.String() != tt.want {
				t.Errorf("ParseSchedule(%q).String() = %q, want %q", tt.spec, s.String(), tt.want)
			}
			from, _ := time.Parse(time.RFC3339, tt.from)
			want, _ := time.Parse(time.RFC3339, tt.next)
			if got := s.Next(from); !got.Equal(want) {
				t.Errorf("Next(%s) = %s, want %s", from, got.UTC(), want)
			}
		})
	}
}

func TestLatestCatchesUpOnce(t *testing.T) {
	s, err := ParseSchedule("daily 08:00", "")
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(2025, 1, 27, 9, 0, 0, 0, time.UTC)
	got, n := s.Latest(from, time.Date(2025, 1, 30, 10, 0, 0, 0, time.UTC))
	if want := time.Date(2025, 1, 30, 8, 0, 0, 0, time.UTC); !got.Equal(want) || n != 3 {
		t.Errorf("Latest() = %v, %d; want %v, 3", got, n, want)
	}
	if got, n := s.Latest(from, from.Add(time.Hour)); !got.IsZero() || n != 0 {
		t.Errorf("Latest(not due) = %v, %d; want zero, 0", got, n)
	}
}

func FuzzParseSchedule(f *testing.F) {
	for _, s := range []string{"daily 08:00", "weekly mon 9:00", "0 8 * * 1-5", "@weekly", "*/5 * * * *"} {
		f.Add(s, "Europe/Berlin")
	}
	f.Fuzz(func(t *testing.T, spec, tz string) {
		s, err := ParseSchedule(spec, tz)
		if err != nil {
			return
		}
		from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
		n := s.Next(from)
		if !n.After(from) {
			t.Fatalf("ParseSchedule(%q, %q).Next(%v) = %v, not after", spec, tz, from, n)
		}
		// The normal form parses to the same schedule.
		s2, err := ParseSchedule(s.String(), tz)
		if err != nil || !s2.Next(from).Equal(n) {
			t.Fatalf("normal form %q of %q: %v, next %v want %v", s.String(), spec, err, s2.Next(from), n)
		}
	})
}
