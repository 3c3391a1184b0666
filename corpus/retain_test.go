package corpus

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"unsafe"
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
		qs := []Quote{{Text: "x", Speaker: name, SpeakerID: SpeakerID(name), SpeakerType: SpeakerPerson, Role: role}}
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

// TestLoadKeepsNoFile checks that a document's metadata is not cut from
// its file, which the loader and the index remember by id.
func TestLoadKeepsNoFile(t *testing.T) {
	fsys := fstest.MapFS{"a.md": {Data: []byte("---\nid: a-1\ntitle: Talks\nsource: Tehran Times\nurl: https://example.com/a\n---\nBody text.\n")}}
	_, err := Load(context.Background(), fsys, LoadOptions{}, func(d Document) error {
		if d.TextOffset <= 0 {
			t.Fatalf("TextOffset = %d, want the front matter's length", d.TextOffset)
		}
		// The file's memory runs from TextOffset bytes before the text
		// to the text's end.
		text := uintptr(unsafe.Pointer(unsafe.StringData(d.Text)))
		start, end := text-uintptr(d.TextOffset), text+uintptr(len(d.Text))
		for _, v := range []string{d.ID, d.Title, d.Source, d.URL} {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(v))); p >= start && p < end {
				t.Errorf("%q is cut from the file", v)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
