package search

import (
	"context"
	"strings"
	"testing"
	"unsafe"

	"github.com/quotebot/quotebot/corpus"
)

// TestIndexKeepsNoText checks that the speaker tallies an open index
// keeps are copies, not cuts of an article's text, which they would keep
// in memory for as long as the index is open.
func TestIndexKeepsNoText(t *testing.T) {
	ix := MustOpenIndex(t)
	d := corpus.Document{
		ID:    "tt/1",
		Title: "Talks",
		Text: strings.Repeat("Filler words here. ", 20) +
			"“Trust must be rebuilt first,” Foreign Minister Abbas Araghchi said.\n\n" +
			"“Sanctions are terrorism,” Iran's Deputy Foreign Minister Kazem Gharibabadi said.",
		Published:           day("2025-01-28"),
		PublishedProvenance: corpus.DatePublished,
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(d.Text)))
	end := start + uintptr(len(d.Text))
	within := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return s != "" && p >= start && p < end
	}
	if _, err := ix.Add(context.Background(), []corpus.Document{d}); err != nil {
		t.Fatalf("Add() error: %v", err)
	}
	if len(ix.tally) == 0 {
		t.Fatal("no speaker counted")
	}
	for id, tl := range ix.tally {
		for _, v := range append(append([]string{id, tl.Name}, tl.Aliases...), tl.Roles...) {
			if within(v) {
				t.Errorf("tally keeps %q, a cut of the text", v)
			}
		}
	}
}
