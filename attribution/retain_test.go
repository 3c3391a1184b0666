package attribution

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/quotebot/quotebot/corpus"
)

// within reports whether s's bytes lie inside text's memory: s was cut
// from text and keeps it alive.
func within(s, text string) bool {
	if s == "" || text == "" {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	t := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return p >= t && p < t+uintptr(len(text))
}

// TestDirectoryKeepsNoText checks that the directory copies the names
// and roles it keeps: cut from an article, they would keep the whole
// article in memory for as long as the index is open.
func TestDirectoryKeepsNoText(t *testing.T) {
	text := strings.Repeat("filler ", 100) + "Foreign Minister Abbas Araghchi said so."
	name := text[strings.Index(text, "Abbas"):strings.Index(text, " said")]
	role := text[strings.Index(text, "Foreign"):strings.Index(text, " Abbas")]
	d := NewDirectory()
	for range 2 { // the second time, the name is counted again
		qs := []corpus.Quote{{Text: "x", Speaker: name, SpeakerID: SpeakerID(name), SpeakerType: corpus.SpeakerPerson, Role: role}}
		d.Canonicalize(qs)
		if within(qs[0].Speaker, text) {
			t.Errorf("Canonicalize set Speaker %q to a cut of the text", qs[0].Speaker)
		}
	}
	for _, s := range d.Speakers() {
		for _, v := range append(append([]string{s.ID, s.Name}, s.Aliases...), s.Roles...) {
			if within(v, text) {
				t.Errorf("directory keeps %q, a cut of the text", v)
			}
		}
	}
}
