package corpus

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    map[string]string
		body    string // in[offset:]
		wantErr string
	}{
		{
			name: "tehran times",
			in:   "---\nid: tehrantimes-477315\ntitle: \"Iran reminds Ottawa Mass graves\"\ntitle_note: from URL slug, may be truncated\nsource: Tehran Times\nurl: https://www.tehrantimes.com/news/477315/Iran-reminds\nlicense: CC BY 4.0\nparagraphs: reconstructed\n---\n\nparagraph\n\nparagraph\n",
			want: map[string]string{
				"id": "tehrantimes-477315", "title": "Iran reminds Ottawa Mass graves", "title_note": "from URL slug, may be truncated",
				"source": "Tehran Times", "url": "https://www.tehrantimes.com/news/477315/Iran-reminds", "license": "CC BY 4.0", "paragraphs": "reconstructed",
			},
			body: "paragraph\n\nparagraph\n",
		},
		{
			name: "polnear",
			in:   "---\nid: polnear-x\ntitle: \"The Ninth Circle: The Hellish View, #2\"\nsource: Breitbart\npublished: 2015-11-11\nauthor: \"Virgil\"\nwire: AP\n---\n\nThe Ninth Circle.\n",
			want: map[string]string{"id": "polnear-x", "title": "The Ninth Circle: The Hellish View, #2", "source": "Breitbart", "published": "2015-11-11", "author": "Virgil", "wire": "AP"},
			body: "The Ninth Circle.\n",
		},
		{
			name: "no front matter",
			in:   "Just text.\n---\nkey: value\n---\n",
			body: "Just text.\n---\nkey: value\n---\n",
		},
		{
			name: "horizontal rule later",
			in:   "Text\n\n---\n",
			body: "Text\n\n---\n",
		},
		{
			name: "escapes",
			in:   "---\na: \"say \\\"no\\\" \\\\ \\u00e9\\ud83d\\ude00\\t\\/\"\nb: 'it''s'\nc: \"x\" # comment\nd: plain 'text' \"here\"\ne:\nf: null\ng: ~\n---\nbody",
			want: map[string]string{"a": "say \"no\" \\ é😀\t/", "b": "it's", "c": "x", "d": "plain 'text' \"here\"", "e": "", "f": "", "g": ""},
			body: "body",
		},
		{
			name: "keys are lower-cased and later ones win",
			in:   "---\nTitle: One\ntitle: Two\n---\n\nbody",
			want: map[string]string{"title": "Two"},
			body: "body",
		},
		{
			name: "comments, blank lines, lists and nested maps",
			in:   "---\n# comment\n\ntags:\n  - a\n  - b\n- c\nauthor:\n  name: X\ntitle: T\n---\n\nbody",
			want: map[string]string{"tags": "", "author": "", "title": "T"},
			body: "body",
		},
		{
			name: "block scalars",
			in:   "---\ntitle: >\n  A long\n  folded title\nnote: |\n  line one\n  line two\nid: x\n---\n\nbody",
			want: map[string]string{"title": "A long folded title", "note": "line one\nline two", "id": "x"},
			body: "body",
		},
		{
			name: "quoted block indicators are values",
			in:   "---\na: \"\\u003e\"\nb: \"|\"\nc: '>'\n  indented\n---\nbody",
			want: map[string]string{"a": ">", "b": "|", "c": ">"},
			body: "body",
		},
		{
			name: "crlf",
			in:   "---\r\nid: x\r\ntitle: \"T\"\r\n---\r\n\r\nbody\r\n",
			want: map[string]string{"id": "x", "title": "T"},
			body: "body\r\n",
		},
		{
			name: "trailing spaces on delimiters",
			in:   "--- \nid: x\n---  \n \nbody",
			want: map[string]string{"id": "x"},
			body: "body",
		},
		{
			name: "closing at end of file",
			in:   "---\nid: x\n---",
			want: map[string]string{"id": "x"},
			body: "",
		},
		{
			name: "only one blank line is skipped",
			in:   "---\nid: x\n---\n\n\nbody",
			want: map[string]string{"id": "x"},
			body: "\nbody",
		},
		{
			name: "empty front matter",
			in:   "---\n---\nbody",
			want: map[string]string{},
			body: "body",
		},
		{name: "unterminated", in: "---\nid: x\n\nbody\n", wantErr: "unterminated front matter"},
		{name: "opening line only", in: "---", wantErr: "unterminated front matter"},
		{name: "no colon", in: "---\nid x\n---\n", wantErr: "front matter line 2: want key: value"},
		{name: "bad key", in: "---\nmy key: x\n---\n", wantErr: `front matter line 2: bad key "my key"`},
		{name: "no space after colon", in: "---\nurl:x\n---\n", wantErr: `front matter line 2: want a space after "url:"`},
		{name: "unterminated double quote", in: "---\ntitle: \"x\n---\n", wantErr: "front matter line 2: title: unterminated double-quoted value"},
		{name: "unterminated single quote", in: "---\na: 'x\n---\n", wantErr: "front matter line 2: a: unterminated single-quoted value"},
		{name: "text after quote", in: "---\na: \"x\" y\n---\n", wantErr: `front matter line 2: a: text after the closing quote: "y"`},
		{name: "bad escape", in: "---\na: \"\\q\"\n---\n", wantErr: `front matter line 2: a: unknown escape \q`},
		{name: "bad unicode escape", in: "---\na: \"\\u12g4\"\n---\n", wantErr: `front matter line 2: a: bad \u escape "12g4"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, off, err := parseFrontMatter(tt.in)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("parseFrontMatter(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseFrontMatter(%q) error = %v", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseFrontMatter(%q) fields = %q, want %q", tt.in, got, tt.want)
			}
			if tt.in[off:] != tt.body {
				t.Errorf("parseFrontMatter(%q) body = %q, want %q", tt.in, tt.in[off:], tt.body)
			}
		})
	}
}

func FuzzParseFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\nid: x\ntitle: \"T \\\"q\\\"\"\nb: 'it''s'\n---\n\nbody",
		"---\r\nid: x\r\n---\r\n\r\nbody",
		"---\ntitle: >\n  a\n  b\n---\n",
		"---\na: \"\\ud83d\\ude00\\x41\\U0001F600\"\n---\n",
		"---\nkey: \"\\u003e\"\n---\n\nbody",
		"---", "---\n", "text", "",
	} {
		f.Add(s, "value")
	}
	f.Fuzz(func(t *testing.T, in, value string) {
		fields, off, err := parseFrontMatter(in)
		if err != nil {
			if fields != nil || off != 0 {
				t.Fatalf("parseFrontMatter(%q) = %q, %d with error %v", in, fields, off, err)
			}
		} else if off < 0 || off > len(in) {
			t.Fatalf("parseFrontMatter(%q) offset %d out of range", in, off)
		} else if fields == nil && off != 0 {
			t.Fatalf("parseFrontMatter(%q) = no fields, offset %d", in, off)
		} else if off > 0 && in[off-1] != '\n' && off != len(in) {
			t.Fatalf("parseFrontMatter(%q) offset %d is not at a line start", in, off)
		}

		// A value written as a JSON string reads back unchanged.
		if !utf8.ValidString(value) {
			return
		}
		q, _ := json.Marshal(value)
		doc := "---\nkey: " + string(q) + "\n---\n\nbody"
		got, off, err := parseFrontMatter(doc)
		if err != nil {
			t.Fatalf("parseFrontMatter(%q) error = %v", doc, err)
		}
		if got["key"] != value || doc[off:] != "body" {
			t.Fatalf("parseFrontMatter(%q) = %q, body %q; want key %q", doc, got, doc[off:], value)
		}
		// So does a plain value without special characters.
		if plain := strings.TrimSpace(value); plain != "" && !strings.ContainsAny(plain, "\r\n\"'#|>~") && plain != "null" && plain[0] != '-' {
			doc := "---\nkey: " + plain + "\n---\n"
			if got, _, err := parseFrontMatter(doc); err != nil || got["key"] != plain {
				t.Fatalf("parseFrontMatter(%q) = %q, %v; want key %q", doc, got, err, plain)
			}
		}
	})
}
