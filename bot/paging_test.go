package bot

import (
	"errors"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
)

func TestCustomIDRoundTrip(t *testing.T) {
	tests := []lookup{
		{Kind: kindAsk, Offset: 5, Args: []string{"what did Araghchi say"}},
		{Kind: kindQuotes, Offset: 10, Args: []string{"Abbas Araghchi", "talks", "2025-01", "2025-02-28"}},
		{Kind: kindQuotes, Offset: 0, Args: []string{"Khamenei"}},
		{Kind: kindQuotes, Offset: 0, Args: []string{"Fidan", "", "", "2025-03"}},
		{Kind: kindWhoSaid, Offset: 95, Args: []string{`"hostage" diplomacy <@123> & ü`}},
		{Kind: kindAsk, Offset: 5, Args: []string{"что сказал Аракчи о переговорах с Европой и США"}},
	}
	for _, l := range tests {
		id, ok := l.customID()
		if !ok {
			t.Errorf("%+v.customID() = %q, false; want it to fit", l, id)
			continue
		}
		if n := textLen(id); n > maxCustomID {
			t.Errorf("%+v.customID() has %d characters", l, n)
		}
		got, err := parseCustomID(id)
		if err != nil {
			t.Errorf("parseCustomID(%q) = %v", id, err)
			continue
		}
		if diff := cmp.Diff(l, got); diff != "" {
			t.Errorf("parseCustomID(%q) mismatch (-want +got):\n%s", id, diff)
		}
	}
}

func TestCustomIDTooLong(t *testing.T) {
	l := lookup{Kind: kindAsk, Offset: 5, Args: []string{strings.Repeat("negotiations ", 10)}}
	if id, ok := l.customID(); ok {
		t.Errorf("customID() of a 130-character question = %q, true; want false", id)
	}
	comps, note := pageButtons(l, 40)
	if comps != nil || !strings.Contains(note, "too long to page") {
		t.Errorf("pageButtons(too long) = %v, %q; want no buttons and a note", comps, note)
	}
}

func TestParseCustomIDRejects(t *testing.T) {
	for _, id := range []string{
		"", "pg:", "pg:none:next", "pg:[]", `pg:["a"]`, `pg:["a",-5,"q"]`, `pg:["a",1.5,"q"]`,
		`pg:["z",5,"q"]`, `pg:["a",5]`, `pg:["a",5,"q","iran-us","extra"]`, `pg:["a",5,7]`, `pg:["a",0,""]`, `pg:["q",0," ","talks"]`, `pg:["a",999999999,"q"]`,
		`other:["a",5,"q"]`, "pg:" + strings.Repeat("x", 120),
	} {
		if l, err := parseCustomID(id); !errors.Is(err, errBadCustomID) {
			t.Errorf("parseCustomID(%q) = %+v, %v; want errBadCustomID", id, l, err)
		}
	}
}

func FuzzParseCustomID(f *testing.F) {
	f.Add(`pg:["a",5,"what did Araghchi say"]`)
	f.Add(`pg:["q",0,"Khamenei","","2025-01"]`)
	f.Add(`pg:["w",10,"\u003c@1\u003e"]`)
	f.Fuzz(func(t *testing.T, id string) {
		l, err := parseCustomID(id)
		if err != nil {
			return
		}
		id2, ok := l.customID()
		if !ok {
			return
		}
		l2, err := parseCustomID(id2)
		if err != nil {
			t.Fatalf("parseCustomID(%q) = %v after encoding %+v", id2, err, l)
		}
		if diff := cmp.Diff(lookup{Kind: l.Kind, Offset: l.Offset, Args: trimArgs(l.Args)}, l2); diff != "" {
			t.Fatalf("round trip of %q mismatch (-want +got):\n%s", id, diff)
		}
	})
}

func TestPageButtons(t *testing.T) {
	l := lookup{Kind: kindAsk, Args: []string{"q"}}
	tests := []struct {
		offset, total      int
		want               bool
		prevOff, nextOff   bool
		prevWant, nextWant int
	}{
		{0, 3, false, false, false, 0, 0},
		{0, 5, false, false, false, 0, 0},
		{0, 6, true, true, false, 0, 5},
		{5, 12, true, false, false, 0, 10},
		{10, 12, true, false, true, 5, 0},
	}
	for _, tt := range tests {
		l.Offset = tt.offset
		comps, note := pageButtons(l, tt.total)
		if note != "" {
			t.Errorf("pageButtons(offset %d, total %d) note = %q", tt.offset, tt.total, note)
		}
		if (comps != nil) != tt.want {
			t.Errorf("pageButtons(offset %d, total %d) = %v, want buttons: %v", tt.offset, tt.total, comps, tt.want)
			continue
		}
		if comps == nil {
			continue
		}
		row := comps[0].(discordgo.ActionsRow)
		prev, next := row.Components[0].(discordgo.Button), row.Components[1].(discordgo.Button)
		if prev.Disabled != tt.prevOff || next.Disabled != tt.nextOff || prev.CustomID == next.CustomID {
			t.Errorf("pageButtons(offset %d, total %d) = prev %+v next %+v", tt.offset, tt.total, prev, next)
		}
		if !prev.Disabled {
			if p, err := parseCustomID(prev.CustomID); err != nil || p.Offset != tt.prevWant {
				t.Errorf("previous of offset %d = %+v, %v; want offset %d", tt.offset, p, err, tt.prevWant)
			}
		}
		if !next.Disabled {
			if p, err := parseCustomID(next.CustomID); err != nil || p.Offset != tt.nextWant {
				t.Errorf("next of offset %d = %+v, %v; want offset %d", tt.offset, p, err, tt.nextWant)
			}
		}
	}
}
