package corpus

import (
	"context"
	"testing"
	"testing/fstest"
	"unsafe"
)

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
