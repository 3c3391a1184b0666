package digest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/internal/store"
)

func TestComposeGroupsByBeatAndSpeaker(t *testing.T) {
	src := &fakeSource{}
	at := monday.Add(time.Hour)
	// Araghchi: 4 quotes on Iran–US (one reported, one carried by two
	// sources); Baqaei: 2; Fidan: 1 on Turkey–EU; one on no beat.
	reported := q("Araghchi", "Washington has to change course, he said.", "Iran and the US")
	reported.Kind = corpus.KindReported
	twice := q("Araghchi", "America cannot be trusted.", "Iran and the US")
	twice.Citations = append(twice.Citations, corpus.Citation{DocID: "e", Title: "Iran and the US", Context: "a long paragraph"})
	src.add(at,
		reported,
		q("Araghchi", "The US must lift sanctions.", "Iran and the US"),
		twice,
		q("Araghchi", "Iran wants talks with Washington.", "Iran and the US"),
		q("Baqaei", "Iran rejects US claims.", "Iran and the US"),
		q("Baqaei", "US threats are empty.", "Iran and the US"),
		q("Fidan", "Türkiye belongs in the EU.", "Turkey and the EU"),
		q("Chef", "The soup is hot.", "Food"),
	)
	sub := store.Subscription{ID: 7, Timezone: "Asia/Tehran"}
	d, err := Compose(context.Background(), src, beat.Default(), sub, monday, monday.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	// A subscription to every beat misses nothing: the soup, on no beat,
	// comes last under "Other".
	if d.Total != 8 || len(d.Sections) != 3 {
		t.Fatalf("Compose() total %d, %d sections; want 8 in 3 (the soup under Other)", d.Total, len(d.Sections))
	}
	if other := d.Sections[2]; other.BeatID != OtherID || other.Name != "Other" || other.Total != 1 || other.Quotes[0].Text != "The soup is hot." {
		t.Errorf("last section = %s %q total %d, want Other with the soup", other.BeatID, other.Name, other.Total)
	}
	us := d.Sections[0]
	if us.BeatID != "iran-us" || us.Total != 6 || us.More != 1 {
		t.Errorf("Iran–US section = %s total %d more %d", us.BeatID, us.Total, us.More)
	}
	var got []string
	for _, s := range us.Speakers {
		got = append(got, fmt.Sprintf("%s %d", s.Name, s.Count))
	}
	if strings.Join(got, ", ") != "Araghchi 4, Baqaei 2" {
		t.Errorf("speakers = %q", got)
	}
	// At most 3 per speaker: Araghchi's best 3 (the reported one is
	// left), then Baqaei's 2, grouped by speaker.
	got = nil
	for _, q := range us.Quotes {
		got = append(got, q.Speaker+": "+q.Text)
	}
	want := []string{
		"Araghchi: America cannot be trusted.", // two sources
		"Araghchi: Iran wants talks with Washington.",
		"Araghchi: The US must lift sanctions.",
		"Baqaei: Iran rejects US claims.",
		"Baqaei: US threats are empty.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quotes shown =\n%s\nwant Araghchi's best first, reported speech last", strings.Join(got, "\n"))
	}
	for _, q := range us.Quotes {
		for _, c := range q.Citations {
			if c.Context != "" {
				t.Errorf("a digest keeps a paragraph: %q", c.Context)
			}
		}
	}

	// A subscription to some beats keeps to them.
	beats := sub
	beats.Beats = []string{"iran-us", "turkey-eu"}
	d, err = Compose(context.Background(), src, beat.Default(), beats, monday, monday.Add(24*time.Hour))
	if err != nil || d.Total != 7 || len(d.Sections) != 2 || d.Sections[1].BeatID != "turkey-eu" {
		t.Errorf("Compose(beats iran-us, turkey-eu) = total %d in %d sections, %v; want 7 in 2, no Other", d.Total, len(d.Sections), err)
	}

	// With a speaker filter, quotes in no beat form "Other".
	sub.Speakers = []string{"Chef"}
	d, err = Compose(context.Background(), src, beat.Default(), sub, monday, monday.Add(24*time.Hour))
	if err != nil || len(d.Sections) != 1 || d.Sections[0].BeatID != OtherID || d.Total != 1 {
		t.Errorf("Compose(speaker Chef) = %+v, %v; want one Other section", d.Sections, err)
	}
}
