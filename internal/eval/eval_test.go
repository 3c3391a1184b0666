package eval

import (
	"os"
	"path/filepath"
	"testing"
)

func ip(n int) *int { return &n }

func sp(s string) *string { return &s }

func TestSpeakerMatch(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Donald Trump", "Trump", true},
		{"Trump", "Donald J. Trump", true},
		{"Mitch McConnell", "Senate Majority Leader Mitch McConnell", true},
		{"Elijah Cummings", "Maryland", false},
		{"Jim Clyburn", "", false},
		{"Abbas Araghchi", "Araghchi's", true},
		{"Martin Luther King Jr.", "King", true},
		{"Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", true},
		{"DNC", "Democratic National Committee", true},
		{"World Health Organization", "WHO", true},
		{"IRGC", "Islamic Revolution Guards Corps", true},
		{"NRA", "National Security Agency", false},
		{"Iran", "International Atomic Energy Agency", false},
	}
	for _, tt := range tests {
		if got := SpeakerMatch(tt.gold, tt.pred); got != tt.want {
			t.Errorf("SpeakerMatch(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	gold := []Record{
		{Quote: "We are open to talks", Speaker: "he", Kind: "direct", Start: ip(10), End: ip(30), SpeakerCanonical: sp("Abbas Araghchi"), SpeakerNamed: false},
		{Quote: "Not now", Speaker: "Araghchi", Kind: "direct", Start: ip(50), End: ip(57), SpeakerCanonical: sp("Abbas Araghchi"), SpeakerNamed: true},
		{Quote: "a long indirect claim", Speaker: "Baqaei", Kind: "indirect", Start: ip(70), End: ip(91), SpeakerCanonical: sp("Esmaeil Baqaei"), SpeakerNamed: true},
		{Quote: "never found", Speaker: "Kallas", Kind: "mixed", Start: ip(100), End: ip(111), SpeakerCanonical: sp("Kaja Kallas"), SpeakerNamed: true},
	}
	pred := []Record{
		{Quote: "We are open to talks", Speaker: "Abbas Araghchi", Start: ip(10), End: ip(30)},
		{Quote: "to talks", Speaker: "Abbas Araghchi", Start: ip(22), End: ip(30)}, // a fragment
		{Quote: "Not now", Speaker: "Zarif", Start: ip(50), End: ip(57)},
		{Quote: "a long indirect claim", Speaker: "Baqaei", Start: ip(70), End: ip(91)}, // other kind
		{Quote: "invented", Speaker: "X", Start: ip(200), End: ip(208)},
	}
	docs := []Doc{{ID: "d", Gold: gold}}
	tests := []struct {
		name                                 string
		opt                                  Options
		tp, fp, fn, frag, neutral, spOK, spN int
	}{
		{"default", Options{}, 2, 1, 1, 1, 1, 0, 1},
		{"strict", Options{Strict: true}, 2, 2, 1, 0, 1, 0, 1},
		{"any speaker", Options{AnySpeaker: true}, 2, 1, 1, 1, 1, 1, 2},
		{"all kinds", Options{Kinds: []string{"direct", "partial", "indirect"}}, 3, 1, 1, 1, 0, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(docs, map[string][]Record{"d": pred}, tt.opt)
			got := []int{r.TP, r.FP, r.FN, r.Fragments, r.Neutral, r.SpeakerOK, r.SpeakerN}
			want := []int{tt.tp, tt.fp, tt.fn, tt.frag, tt.neutral, tt.spOK, tt.spN}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("Score counts (tp fp fn frag neutral spOK spN) = %v, want %v", got, want)
				}
			}
		})
	}
}

func TestOverlapWords(t *testing.T) {
	// Without offsets, overlap counts shared words in order.
	g := prepare([]Record{{Quote: "We will not negotiate under pressure."}})[0]
	p := prepare([]Record{{Quote: "we will not negotiate"}})[0]
	if o := overlap(&g, &p); o != 1 {
		t.Errorf("overlap = %v, want 1", o)
	}
	q := prepare([]Record{{Quote: "pressure under negotiate"}})[0]
	if o := overlap(&g, &q); o >= 0.8 {
		t.Errorf("overlap of reordered words = %v, want < 0.8", o)
	}
}

func TestSeedGold(t *testing.T) {
	// The seeds are the project's embedded sample; their gold is the
	// corpus package's test data.
	var docs []Doc
	for _, id := range []string{"eurasiapeace-iran-us-talks", "iranintl-liveblog-2025-01-29"} {
		text, err := os.ReadFile(filepath.Join("..", "..", "corpus", "sample", id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		gold, err := ReadRecords(filepath.Join("..", "..", "attribution", "testdata", "gold", id+".gold.jsonl"))
		if err != nil || len(gold) == 0 {
			t.Fatalf("read gold of %s: %v (%d records)", id, err, len(gold))
		}
		docs = append(docs, Doc{ID: id, Text: string(text), Gold: gold})
	}
	preds := make(map[string][]Record)
	for _, d := range docs {
		// The seed gold marks each piece of a split quote.
		preds[d.ID] = Pieces(Predict(d.ID, d.Text, false))
	}
	r := Score(docs, preds, Options{Kinds: []string{"direct", "mixed"}})
	t.Logf("seeds: %v (tp=%d fp=%d fn=%d)", r, r.TP, r.FP, r.FN)
	if r.FN > 0 || r.SpeakerOK < 35 {
		t.Errorf("seeds: %d quotes missed, %d/%d speakers right; want 0 missed and at least 35 right", r.FN, r.SpeakerOK, r.SpeakerN)
	}
}

// polnearDir holds the human-annotated news that attribution is
// measured on; it is not part of the project.
const polnearDir = "../../../shared/corpus/polnear-gold"

// TestPolNeAR scores the extractor on the PolNeAR dev split (or the
// split in QUOTEBOT_POLNEAR_SPLIT) and fails when a figure falls below
// the floor the project has reached. It skips when the data is absent.
func TestPolNeAR(t *testing.T) {
	split := os.Getenv("QUOTEBOT_POLNEAR_SPLIT")
	if split == "" {
		split = "dev"
	}
	dir := filepath.Join(polnearDir, split)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PolNeAR gold not found at %s: %v", dir, err)
	}
	docs, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	preds := make(map[string][]Record)
	all := make(map[string][]Record)
	for _, d := range docs {
		all[d.ID] = Predict(d.ID, d.Text, true)
		for _, r := range all[d.ID] {
			if r.Kind != "reported" {
				preds[d.ID] = append(preds[d.ID], r)
			}
		}
	}
	views := []struct {
		name  string
		preds map[string][]Record
		opt   Options
		floor [3]float64 // quote F1, speaker accuracy, end-to-end F1
	}{
		// Speaker accuracy is 333/357 (0.933); the gold keeps
		// "Bornsten" for Harold Bornstein, whom the extractor names in
		// full (docs/attribution.md, third round).
		{"default", preds, Options{}, [3]float64{0.95, 0.93, 0.88}},
		{"strict", preds, Options{Strict: true}, [3]float64{0.93, 0.92, 0.85}},
		// All kinds: 749 of the gold's statements found (quote F1
		// 0.5199). One indirect statement the extractor once gave to
		// "GOP" ("The GOP presidential nominee argued that …") is no
		// longer made: a role after a body's name names no one here.
		{"all kinds", all, Options{Kinds: []string{"direct", "mixed", "indirect"}}, [3]float64{0.515, 0.92, 0.57}},
	}
	for _, v := range views {
		r := Score(docs, v.preds, v.opt)
		t.Logf("%s %-9s %v (%.3f / %.3f / %.3f; tp=%d fp=%d fn=%d, speakers %d/%d)", split, v.name, r, r.QuoteF1(), r.SpeakerAccuracy(), r.EndToEndF1(), r.TP, r.FP, r.FN, r.SpeakerOK, r.SpeakerN)
		if split != "dev" {
			continue
		}
		got := [3]float64{r.QuoteF1(), r.SpeakerAccuracy(), r.EndToEndF1()}
		for i, name := range []string{"quote F1", "speaker accuracy", "end-to-end F1"} {
			if got[i] < v.floor[i] {
				t.Errorf("%s: %s = %.3f, below the floor %.2f", v.name, name, got[i], v.floor[i])
			}
		}
	}
}

// TestLoadGoldLayouts checks that the articles are found beside the gold
// (PolNeAR) or in the folder above it (the seeds), and that a gold file
// with no article is an error rather than a score of zero.
func TestLoadGoldLayouts(t *testing.T) {
	write := func(name, body string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const gold = `{"quote": "We are ready", "speaker": "Ali", "kind": "direct", "start": 1, "end": 13}` + "\n"
	const text = "“We are ready,” Ali said."

	beside := t.TempDir()
	write(filepath.Join(beside, "0001.gold.jsonl"), gold)
	write(filepath.Join(beside, "0001.txt"), text)
	above := t.TempDir()
	write(filepath.Join(above, "gold", "0001.gold.jsonl"), gold)
	write(filepath.Join(above, "0001.txt"), text)
	missing := t.TempDir()
	write(filepath.Join(missing, "0001.gold.jsonl"), gold)

	for _, tt := range []struct {
		name, dir string
		ok        bool
	}{
		{"text beside the gold", beside, true},
		{"text above the gold", filepath.Join(above, "gold"), true},
		{"no text", missing, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := LoadGold(tt.dir)
			if !tt.ok {
				if err == nil {
					t.Fatalf("LoadGold(%s) = %d docs, want an error", tt.dir, len(docs))
				}
				return
			}
			if err != nil || len(docs) != 1 || docs[0].Text != text {
				t.Fatalf("LoadGold(%s) = %+v, %v; want the one article", tt.dir, docs, err)
			}
		})
	}
}

// TestTehranTimes scores attribution on the project's own Tehran Times
// gold (testdata/tehrantimes, drawn and annotated as its README says):
// the twenty-one parts rules are tuned on and the twenty-two that are only
// checked. The floors sit just under the figures measured when they were
// last set (tune 0.959 and 3.3% wrong, tune2 0.973 and none, tune3 0.952
// and none, tune4 0.974 and none, tune5 0.887 and 3.2%, tune6 0.948 and
// 2.6%, tune7 0.878 and 2.7%, tune8 0.965 and none, tune9 0.948 and
// 2.6%, tune10 1.000 and none, tune11 0.986 and none, tune12 0.925 and
// 4.5% with quote F1 0.951, tune13 0.930 and 1.4% with quote F1 0.979,
// tune14 0.892 and 1.4% with quote F1 0.974, tune15 0.901 and 4.9% with
// quote F1 0.960, tune16 0.919 and 2.7% with quote F1 0.968 (0.838 and
// 10.8% as drawn), tune17 0.849 and 6.8% with quote F1 0.946 (as drawn), tune18 0.750 and 5.3%
// with quote F1 0.939 (as drawn), tune19 0.868 and 6.1% with quote F1 0.967
// (0.825 and 9.6% as drawn), tune20 0.929 and 1.8% with quote F1 0.966
// (0.857 and 8.9% as drawn), tune21 0.841 and 4.8% with quote F1 0.936
// (6.3% as drawn);
// check 0.864 and 5.3%, check2 0.674 and 10.9% with quote F1 0.923,
// check3 0.891 and 5.5%, check4 0.811 and 11.3%, check5 0.769 and 12.3%
// with quote F1 0.942, check6 0.766 and 12.5%, check7 0.913 and 2.2%,
// check8 0.854 and 10.4%, check9 0.958 and 2.1%, check10 0.912 and 4.4%,
// check11 0.795 and 7.7% with quote F1 0.944, check12 0.875 and 6.3%
// with quote F1 0.952, check13 0.900 and 3.3% with quote F1 0.976,
// check14 0.950 and 3.3% with quote F1 0.923, check15 0.904 and 3.8%
// with quote F1 0.939, check16 0.872 and 2.1% with quote F1 0.979, check17 0.957 and 4.3%
// with quote F1 0.906, check18 0.826 and 4.3% with quote F1 0.989,
// check19 0.910 and 1.3% with quote F1 0.969, check20 0.977 and 2.3% with
// quote F1 0.966, check21 0.923 and 3.8% with quote F1 0.965, check22
// 0.783 and 6.7% with quote F1 0.930), so a change
// that gives
// quotes to the wrong people fails here.
func TestTehranTimes(t *testing.T) {
	for _, tt := range []struct {
		part                string
		articles            int
		quoteF1, speakerAcc float64
		wrongSpeakersAtMost float64
	}{
		{"tune", 24, 0.95, 0.95, 0.04},
		{"tune2", 12, 0.93, 0.96, 0.01},
		{"tune3", 12, 0.95, 0.94, 0.01},
		{"tune4", 14, 0.93, 0.95, 0.01},
		{"check", 24, 0.94, 0.85, 0.06},
		{"check2", 10, 0.91, 0.65, 0.12},
		{"check3", 10, 0.95, 0.88, 0.06},
		{"check4", 10, 0.95, 0.80, 0.125},
		{"tune5", 12, 0.93, 0.87, 0.045},
		{"check5", 10, 0.93, 0.75, 0.13},
		{"tune6", 14, 0.93, 0.92, 0.035},
		{"tune7", 16, 0.88, 0.86, 0.03},
		{"check6", 12, 0.95, 0.75, 0.13},
		{"check7", 10, 0.90, 0.90, 0.035},
		{"check8", 12, 0.88, 0.84, 0.12},
		{"tune8", 14, 0.94, 0.95, 0.01},
		{"check9", 10, 0.94, 0.93, 0.04},
		{"tune9", 14, 0.92, 0.94, 0.03},
		{"check10", 10, 0.94, 0.90, 0.05},
		{"tune10", 14, 0.94, 0.97, 0.01},
		{"check11", 10, 0.93, 0.75, 0.09},
		{"tune11", 14, 0.94, 0.98, 0.01},
		{"check12", 10, 0.94, 0.87, 0.07},
		{"tune12", 14, 0.94, 0.91, 0.05},
		{"check13", 10, 0.96, 0.88, 0.05},
		{"tune13", 14, 0.96, 0.91, 0.02},
		{"check14", 10, 0.91, 0.93, 0.04},
		{"tune14", 14, 0.96, 0.88, 0.02},
		{"check15", 10, 0.92, 0.90, 0.05},
		{"tune15", 14, 0.95, 0.89, 0.055},
		{"check16", 10, 0.96, 0.86, 0.03},
		{"tune16", 14, 0.96, 0.91, 0.03},
		{"check17", 10, 0.90, 0.95, 0.045},
		{"tune17", 14, 0.93, 0.87, 0.045},
		{"check18", 10, 0.98, 0.82, 0.045},
		{"tune18", 14, 0.93, 0.74, 0.06},
		{"check19", 10, 0.96, 0.90, 0.02},
		{"tune19", 14, 0.96, 0.86, 0.07},
		{"check20", 10, 0.96, 0.95, 0.03},
		{"tune20", 14, 0.96, 0.91, 0.03},
		{"check21", 10, 0.95, 0.90, 0.05},
		{"tune21", 14, 0.93, 0.83, 0.05},
		{"check22", 10, 0.92, 0.77, 0.07},
	} {
		t.Run(tt.part, func(t *testing.T) {
			docs, err := LoadGold(filepath.Join("testdata", "tehrantimes", tt.part))
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != tt.articles {
				t.Fatalf("%d articles in %s, want %d", len(docs), tt.part, tt.articles)
			}
			preds := make(map[string][]Record)
			for _, d := range docs {
				for _, r := range Predict(d.ID, d.Text, true) {
					if r.Kind != "reported" {
						preds[d.ID] = append(preds[d.ID], r)
					}
				}
			}
			r := Score(docs, preds, Options{})
			t.Logf("%s: %v; wrong speakers %.3f (%d wrong, %d none of %d)", tt.part, r, r.WrongSpeakers(), r.Wrong, r.Abstained, r.SpeakerN)
			if got := r.QuoteF1(); got < tt.quoteF1 {
				t.Errorf("quote F1 = %.3f, below the floor %.2f", got, tt.quoteF1)
			}
			if got := r.SpeakerAccuracy(); got < tt.speakerAcc {
				t.Errorf("speaker accuracy = %.3f, below the floor %.2f", got, tt.speakerAcc)
			}
			if got := r.WrongSpeakers(); got > tt.wrongSpeakersAtMost {
				t.Errorf("wrong speakers = %.3f, above the ceiling %.2f", got, tt.wrongSpeakersAtMost)
			}
		})
	}
}
