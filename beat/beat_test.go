package beat

import (
	"errors"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/corpus"
)

func TestDefault(t *testing.T) {
	s := Default()
	var ids []string
	for _, b := range s.All() {
		ids = append(ids, b.ID)
	}
	want := "iran-neighbours iran-us iran-brics turkey-eu turkey-brics"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("Default() ids = %q, want %q", got, want)
	}
}

func TestMatch(t *testing.T) {
	s := Default()
	tests := []struct {
		beat  string
		texts []string
		want  bool
	}{
		{"iran-us", []string{"Araghchi said Washington must lift the sanctions."}, true},
		{"iran-us", []string{"“We are ready,” he said.", "Iran, US hold talks in Muscat"}, true},
		{"iran-us", []string{"Iran's foreign minister told us nothing."}, false}, // "us" is not "US"
		{"iran-us", []string{"Iranian officials met U.S. envoys."}, true},
		{"iran-us", []string{"The United-States and Iran."}, true},
		{"iran-us", []string{"Washington said so."}, false},
		{"turkey-eu", []string{"Türkiye wants to join the European Union."}, true},
		{"turkey-eu", []string{"Erdoğan criticised Brussels."}, true},
		{"turkey-eu", []string{"Turkey and the eu"}, false}, // EU must be in capitals
		{"iran-brics", []string{"Tehran welcomed the BRICS summit."}, true},
		{"iran-brics", []string{"Tehran welcomed the Brics summit."}, false},
		{"iran-neighbours", []string{"Iran and Iraq signed a security pact."}, true},
		// The regions around Iran the team follows.
		{"iran-neighbours", []string{"A deputy minister in Tehran spoke of a road and rail corridor from the Persian Gulf to the Caucasus."}, true},
		{"iran-neighbours", []string{"Iran's trade with Central Asian states rose."}, true},
		{"iran-neighbours", []string{"Tehran hosted the Kazakh and Uzbek envoys."}, true},
		{"iran-neighbours", []string{"Iran backs peace in the South Caucasus."}, true},
		{"iran-neighbours", []string{"The Caucasus corridor opened."}, false}, // no Iran
		{"iran-neighbours", []string{"Iraqi officials visited Baghdad."}, false},
		{"turkey-brics", []string{"Ankara seeks closer ties with Moscow and Beijing."}, true},
	}
	for _, tt := range tests {
		t.Run(tt.beat+"/"+tt.texts[0], func(t *testing.T) {
			b := s.Get(tt.beat)
			if b == nil {
				t.Fatalf("Get(%q) = nil", tt.beat)
			}
			if got := b.Match(tt.texts...); got != tt.want {
				t.Errorf("%s.Match(%q) = %v, want %v", tt.beat, tt.texts, got, tt.want)
			}
		})
	}
}

func TestMatchQuoteUsesTitleAndContext(t *testing.T) {
	q := corpus.Quote{Text: "We will not negotiate under pressure.", Citations: []corpus.Citation{{Title: "Araghchi rejects talks", Context: "Speaking of Washington, Araghchi said: “We will not negotiate under pressure.”"}}}
	got := Default().Of(q)
	if len(got) != 1 || got[0].ID != "iran-us" {
		t.Errorf("Of(%q) = %v, want [iran-us]", q.Text, got)
	}
}

// TestMatchQuoteNearWordsOnly checks that the paragraph counts by the
// words around the quote only, as the search index holds it.
func TestMatchQuoteNearWordsOnly(t *testing.T) {
	quote := "We will not negotiate under pressure."
	far := "Araghchi said: “" + quote + "” " + strings.Repeat("The minister then turned to other matters at length. ", 5) + "Washington was not mentioned."
	near := "Speaking of Washington, Araghchi said: “" + quote + "”"
	for _, tt := range []struct {
		context string
		want    int
	}{{near, 1}, {far, 0}} {
		q := corpus.Quote{Text: quote, Citations: []corpus.Citation{{Title: "Araghchi rejects talks", Context: tt.context}}}
		if got := Default().Of(q); len(got) != tt.want {
			t.Errorf("Of(quote in %q) = %v, want %d beats", tt.context, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, text string
		wantErr    string
	}{
		{"ok", "# c\n\n[a] A\nany: x, y*\nnot: z\n", ""},
		{"name defaults to id", "[a]\nany: x\n", ""},
		{"no any", "[a] A\nnot: x\n", "no \"any:\" line"},
		{"terms before beat", "any: x\n[a] A\n", "comes before"},
		{"bad id", "[A B] x\nany: y\n", "beat id"},
		{"duplicate", "[a] A\nany: x\n[a] B\nany: y\n", "twice"},
		{"bad line", "[a] A\nall: x\n", "want"},
		{"empty terms", "[a] A\nany: , ,\n", "no terms"},
		{"unclosed", "[a A\nany: x\n", "starts with"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.text)
			if tt.wantErr == "" && err != nil {
				t.Errorf("Parse(%q) = %v, want no error", tt.text, err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("Parse(%q) = %v, want an error containing %q", tt.text, err, tt.wantErr)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	s := Default()
	got, err := s.Resolve([]string{"IRAN-US", "Turkey and the European Union", "iran-us"})
	if err != nil || len(got) != 2 || got[0].ID != "iran-us" || got[1].ID != "turkey-eu" {
		t.Errorf("Resolve() = %v, %v; want [iran-us turkey-eu]", got, err)
	}
	if _, err := s.Resolve([]string{"mars"}); !errors.Is(err, ErrUnknown) {
		t.Errorf("Resolve([mars]) error = %v, want ErrUnknown", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(DefaultFile())
	f.Add("[a] A\nany: x*, U.S., (\nnot: [\n")
	f.Fuzz(func(t *testing.T, text string) {
		s, err := Parse(text)
		if err != nil {
			return
		}
		for _, b := range s.All() {
			b.Match(text) // must not panic
		}
	})
}
