package corpus

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// mention formats a DateMention for comparison: "text=date/provenance".
func formatMention(m DateMention) string {
	return fmt.Sprintf("%s=%s/%s", m.Text, m.Date, m.Provenance)
}

func TestFindDates(t *testing.T) {
	// Wednesday, 29 January 2025.
	ref := time.Date(2025, 1, 29, 15, 4, 5, 0, time.UTC)
	tests := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		{"month day year", "He spoke on January 28, 2025, in Tehran.", ref, []string{"January 28, 2025=2025-01-28/stated"}},
		{"month day year no comma", "on January 28 2025 he", ref, []string{"January 28 2025=2025-01-28/stated"}},
		{"ordinal", "on January 28th, he said", ref, []string{"January 28th=2025-01-28/stated"}},
		{"day month year", "on 28 January 2025 he", ref, []string{"28 January 2025=2025-01-28/stated"}},
		{"day of month", "on the 3rd of February", ref, []string{"3rd of February=2025-02-03/stated"}},
		{"abbreviation", "since Oct. 7, 2023, the war", ref, []string{"Oct. 7, 2023=2023-10-07/stated"}},
		{"abbreviation no year", "on Jan. 28 officials", ref, []string{"Jan. 28=2025-01-28/stated"}},
		{"weekday and date", "on Tuesday, January 28, 2025, he", ref, []string{"Tuesday, January 28, 2025=2025-01-28/stated"}},
		{"iso", "dated 2025-01-28.", ref, []string{"2025-01-28=2025-01-28/stated"}},
		{"iso invalid month", "code 2025-13-28.", ref, nil},
		{"iso in a longer number", "code 2025-01-288", ref, nil},
		{"invalid day", "on February 30, 2025", ref, nil},
		{"leap day", "on February 29, 2024", ref, []string{"February 29, 2024=2024-02-29/stated"}},
		{"month day this year", "On January 28, he", ref, []string{"January 28=2025-01-28/stated"}},
		{"month day last year", "On December 3, he", ref, []string{"December 3=2024-12-03/stated"}},
		{"month day next month", "talks on February 10", ref, []string{"February 10=2025-02-10/stated"}},
		{"month day eleven months back", "on March 5 he", ref, []string{"March 5=2024-03-05/stated"}},
		{"month year", "In September 2024, Trump", ref, []string{"September 2024=2024-09/stated"}},
		{"mid month", "In mid-January 2025, during", ref, []string{"mid-January 2025=2025-01/stated"}},
		{"late month", "in a late January 2025 interview", ref, []string{"late January 2025=2025-01/stated"}},
		{"end of month", "At the end of January 2025, he", ref, []string{"the end of January 2025=2025-01/stated"}},
		{"early month no year", "unveiled in early January has", ref, []string{"early January=2025-01/stated"}},
		{"in month no year", "killed by Israel in September.", ref, []string{"September=2024-09/stated"}},
		{"since month", "since September, the", ref, []string{"September=2024-09/stated"}},
		{"bare month", "January has a range", ref, nil},
		{"march verb", "They will March on the capital", ref, nil},
		{"may verb", "May I ask", ref, nil},
		{"may modal", "officials May say", ref, nil},
		{"in may", "in May the talks", ref, nil},
		{"may with day", "on May 5 the talks", time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []string{"May 5=2025-05-05/stated"}},
		{"may with year", "in May 2024 the talks", ref, []string{"May 2024=2024-05/stated"}},
		{"lower case month", "march on january 28", ref, nil},
		{"in year", "exited the agreement in 2018, imposing", ref, []string{"2018=2018/stated"}},
		{"year pair", "between 2021 and 2022 to restore", ref, []string{"2021=2021/stated", "2022=2022/stated"}},
		{"mid year", "by mid-2026 the", ref, []string{"mid-2026=2026/stated"}},
		{"end of year", "by the end of 2024 it", ref, []string{"the end of 2024=2024/stated"}},
		{"bare year", "the 2015 nuclear agreement", ref, nil},
		{"year after preposition and bare", "in 2018 from the 2015 nuclear agreement", ref, []string{"2018=2018/stated"}},
		{"count", "a 110,000-strong Basij mobilization", ref, nil},
		{"count after preposition", "in 2,000 cases and by 2000.5 points and in 2018%", ref, nil},
		{"out of range year", "in 1850 and in 2500", ref, nil},
		{"weekday", "the deputy speaker said Wednesday that", ref, []string{"Wednesday=2025-01-29/relative"}},
		{"on weekday", "said on Monday that", ref, []string{"Monday=2025-01-27/relative"}},
		{"last weekday", "last Wednesday, he", ref, []string{"last Wednesday=2025-01-22/relative"}},
		{"next weekday", "next Wednesday, he", ref, []string{"next Wednesday=2025-02-05/relative"}},
		{"possessive weekday", "Tuesday's meeting", ref, []string{"Tuesday=2025-01-28/relative"}},
		{"plural weekday", "the No to Execution Tuesdays campaign", ref, nil},
		{"every weekday", "hunger strikes every Tuesday to protest", ref, nil},
		{"named day", "on Good Friday and Black Friday", ref, nil},
		{"weekday no ref", "said on Monday that", time.Time{}, nil},
		{"today", "in today’s speech", ref, []string{"today=2025-01-29/relative"}},
		{"today rhetorical", "Today, more than ever, Iran", ref, []string{"Today=2025-01-29/relative"}},
		{"today as a name", "told USA Today that", ref, nil},
		{"yesterday", "Yesterday the", ref, []string{"Yesterday=2025-01-28/relative"}},
		{"tomorrow", "will meet tomorrow.", ref, []string{"tomorrow=2025-01-30/relative"}},
		{"last night", "said last night", ref, []string{"last night=2025-01-28/relative"}},
		{"last week", "Last week, the European Parliament", ref, []string{"Last week=2025-W04/relative"}},
		{"this week", "earlier this week", ref, []string{"earlier this week=2025-W05/relative"}},
		{"the last week of", "the last week of January", ref, nil},
		{"this month", "said earlier this month that", ref, []string{"earlier this month=2025-01/relative"}},
		{"last month", "last month the", ref, []string{"last month=2024-12/relative"}},
		{"last year", "Last year, he", ref, []string{"Last year=2024/relative"}},
		{"next year", "by next year", ref, []string{"next year=2026/relative"}},
		{"days ago", "two days ago, he", ref, []string{"two days ago=2025-01-27/relative"}},
		{"digits days ago", "3 days ago", ref, []string{"3 days ago=2025-01-26/relative"}},
		{"weeks ago", "A week ago he", ref, []string{"A week ago=2025-W04/relative"}},
		{"months ago", "six months ago", ref, []string{"six months ago=2024-07/relative"}},
		{"few days ago", "A few days ago, on January 30", ref, []string{"January 30=2025-01-30/stated"}},
		{"relative no ref", "last week and yesterday and two days ago", time.Time{}, nil},
		{"no ref year from text", "In mid-January 2025, he spoke. On January 28, he spoke again.", time.Time{},
			[]string{"mid-January 2025=2025-01/stated", "January 28=2025-01-28/stated"}},
		{"no ref year from nearest", "In January 2020 it began. In December 2024 it ended. On January 3 it resumed.", time.Time{},
			[]string{"January 2020=2020-01/stated", "December 2024=2024-12/stated", "January 3=2024-01-03/stated"}},
		{"no ref no year", "On January 28, he spoke in 2018.", time.Time{}, []string{"2018=2018/stated"}},
		{"no ref bare year is not a context", "In 2018 he left. On January 28, he spoke.", time.Time{}, []string{"2018=2018/stated"}},
		{"nbsp", "on January\u00a028,\u00a02025", ref, []string{"January\u00a028,\u00a02025=2025-01-28/stated"}},
		{"empty", "", ref, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range FindDates(tt.text, tt.ref) {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("text[%d:%d] = %q, want Text %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
				}
				got = append(got, formatMention(m))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("FindDates(%q, %v) = %q, want %q", tt.text, tt.ref.Format(time.DateOnly), got, tt.want)
			}
		})
	}
}

func TestFindDatesOrdered(t *testing.T) {
	text := "On Monday, last week and on January 28, 2025, and since 2019, Tuesday and today."
	ms := FindDates(text, time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC))
	if len(ms) != 6 {
		t.Fatalf("FindDates(%q) found %d mentions, want 6: %v", text, len(ms), ms)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			t.Errorf("mention %d %q starts at %d, inside mention %d ending at %d", i, ms[i].Text, ms[i].Start, i-1, ms[i-1].End)
		}
	}
}

func TestInferPublished(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // "" means not found
	}{
		{"full date", "He spoke on January 28, 2025.", "2025-01-28"},
		{"latest full date", "On March 3, 2024 and on January 28, 2025 and on Oct. 7, 2023.", "2025-01-28"},
		{"year from text", "In mid-January 2025 he said so. A few days ago, on January 30, he spoke.", "2025-01-30"},
		{"weekday after the date", "A photo from January 28, 2025. He said Wednesday that talks went well.", "2025-01-29"},
		{"weekdays around the date", "On January 28, 2025 they met. He said on Monday. She said Wednesday. They spoke on Tuesday.", "2025-01-29"},
		{"weekday on the date", "On Tuesday, he spoke. A photo from January 28, 2025.", "2025-01-28"},
		{"last weekday", "A photo from January 28, 2025. Last Tuesday he spoke.", "2025-01-29"},
		{"next weekday ignored", "A photo from January 28, 2025. They meet next Friday.", "2025-01-28"},
		{"a founding date is history", "The Group of 77 was established on 15 June 1964 by developing countries. On Monday, the minister spoke.", ""},
		{"an adopted resolution is history", "Resolution 34/103 was adopted 14 December 1979. On Monday the ministry spoke.", ""},
		{"an anniversary is history", "He spoke on the anniversary of the people of Qom’s uprising against the Pahlavi regime, which took place on January 9, 1978. On Monday he spoke again.", ""},
		{"a date in a quote is the speaker's", "On January 28, 2019 she spoke.\n\n“The vote of 3 March 2019 will condemn it,” she said.", "2019-01-28"},
		{"plural weekdays ignored", "Since January 28, 2025, strikes every Tuesday and on Sundays.", "2025-01-28"},
		{"parenthetical gloss", "On January 28, 2019 they met, by the end of the year (March 20, 2019).", "2019-01-28"},
		{"deadline", "Talks began on January 28, 2019 and must end by March 31, 2019.", "2019-01-28"},
		{"range start", "On January 28, 2019, a year (March 21, 2018-March 20, 2019) ended.", "2019-01-28"},
		{"from to range", "A photo from January 28, 2019. Sales from January 1, 2019 to March 31, 2019 rose.", "2019-01-28"},
		{"range only", "The Iranian year (March 21, 2018-March 20, 2019) ended.", ""},
		{"later year named", "On January 28, 2018, it began. In 2019, it ended.", ""},
		{"month only", "In January 2025, talks began.", ""},
		{"weekday only", "He spoke on Tuesday.", ""},
		{"no year", "On January 28, he spoke.", ""},
		{"nothing", "No date here.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := InferPublished(tt.text)
			gotS := ""
			if ok {
				gotS = got.Format(time.DateOnly)
				if got.Location() != time.UTC || got.Hour() != 0 {
					t.Errorf("InferPublished(%q) = %v, want midnight UTC", tt.text, got)
				}
			}
			if gotS != tt.want {
				t.Errorf("InferPublished(%q) = %q, %v, want %q", tt.text, gotS, ok, tt.want)
			}
		})
	}
}

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{
		"On Tuesday, January 28, 2025, he said Wednesday that last week in mid-January 2025 and in 2018.",
		"between 2021 and 2022, Oct. 7, 2023, 28 January 2025, 2025-01-28, two days ago, today",
		"Tuesdays every Monday May I 110,000-strong the 2015 deal",
		"January 2\u00a0", "in 20", "mid-", "the end of May", "\xff January 1", "3rd of Sept.",
	} {
		f.Add(s, int64(1738108800))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var ref time.Time
		if unix%5 != 0 {
			ref = time.Unix(unix%(1<<34), 0).UTC()
		}
		ms := FindDates(text, ref)
		end := 0
		for _, m := range ms {
			if m.Start < end || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("FindDates(%q) mention %+v out of order or bounds", text, m)
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("FindDates(%q): text[%d:%d] = %q, want %q", text, m.Start, m.End, text[m.Start:m.End], m.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("FindDates(%q): mention %q splits a character", text, m.Text)
			}
			if m.Date.IsZero() {
				t.Fatalf("FindDates(%q): mention %q has no date", text, m.Text)
			}
			if m.Provenance != DateStated && m.Provenance != DateRelative {
				t.Fatalf("FindDates(%q): mention %q has provenance %q", text, m.Text, m.Provenance)
			}
			end = m.End
		}
		// Scanning only the regions around trigger words finds what
		// scanning the whole text finds.
		if got, want := dateScan(text), dateScanRegions(text, []dateRegion{{0, len(text), ^dateClass(0)}}); !reflect.DeepEqual(got, want) {
			t.Fatalf("dateScan(%q) = %+v, want %+v as from the whole text", text, got, want)
		}
		if p, ok := InferPublished(text); ok && (p.IsZero() || p.Location() != time.UTC) {
			t.Fatalf("InferPublished(%q) = %v, true", text, p)
		}
	})
}

func TestDateRegionsMatchWholeText(t *testing.T) {
	for _, name := range []string{"eurasiapeace-iran-us-talks.txt", "iranintl-liveblog-2025-01-29.txt"} {
		data, err := os.ReadFile("sample/" + name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		got, want := dateScan(text), dateScanRegions(text, []dateRegion{{0, len(text), ^dateClass(0)}})
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: dateScan found %d expressions, the whole-text scan %d (want the same, more than 0)", name, len(got), len(want))
		}
	}
}
