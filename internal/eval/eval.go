// Package eval measures quote extraction and speaker attribution against
// human-annotated gold, the way the project's PolNeAR figures are
// reported. It follows the matching rules of the shared scorer
// score_quotes.py, so both give the same figures on the same files.
//
// A gold folder holds NNNN.txt (the article) and NNNN.gold.jsonl (one
// annotated quote a line). Predictions are made by attribution.Extract, or
// read from NNNN.pred.jsonl files.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quotebot/quotebot/attribution"
	"github.com/quotebot/quotebot/corpus"
)

// Record is one quote, gold or predicted. Offsets are in characters
// (code points) of the article, as in the gold files.
type Record struct {
	Quote   string   `json:"quote"`
	Speaker string   `json:"speaker"`
	Kind    string   `json:"kind,omitempty"`
	Start   *int     `json:"start,omitempty"`
	End     *int     `json:"end,omitempty"`
	Spans   [][2]int `json:"spans,omitempty"`

	// Gold only: the automatically derived canonical name, and whether
	// the annotated span itself holds a name.
	SpeakerCanonical *string `json:"speaker_canonical,omitempty"`
	SpeakerNamed     bool    `json:"speaker_named,omitempty"`

	chars map[int]bool
	words []string
}

// Doc is one gold article with its annotations.
type Doc struct {
	ID   string
	Text string
	Gold []Record
}

// Options choose the view of the score.
type Options struct {
	// Kinds are the gold kinds scored ("direct", "mixed", "indirect");
	// empty means direct and mixed. "partial" counts as "mixed".
	Kinds []string
	// Threshold is the overlap a match needs, of the shorter side
	// (0.8 when zero).
	Threshold float64
	// Strict counts extra fragments of a matched gold quote as false
	// positives.
	Strict bool
	// AnySpeaker scores speakers on every gold quote with a canonical
	// name, not only those whose annotated span holds a name.
	AnySpeaker bool
}

// Result holds the counts and figures of a score.
type Result struct {
	Docs                int
	TP, FP, FN          int
	Neutral, Fragments  int
	SpeakerOK, SpeakerN int
	// Wrong counts the matched quotes, among SpeakerN, given a named
	// speaker who is not the gold one; Abstained those given none. The
	// rest of SpeakerN is SpeakerOK.
	Wrong, Abstained int
	// Guessed counts the matched quotes whose gold names no speaker but
	// that were given one: a name the text does not support.
	Guessed                   int
	E2ETP, E2EGold, E2EIgnore int
	// Errors lists the matched quotes whose speaker was wrong, missing,
	// or given where the gold names none, for error analysis.
	Errors []SpeakerError
}

// SpeakerError is a matched quote given to the wrong speaker.
type SpeakerError struct {
	Doc, Quote, Gold, Predicted string
	// What is "wrong" (another speaker named), "none" (no speaker
	// given) or "guessed" (a speaker given where the gold names none).
	What string
}

// QuoteF1 is the F1 of quote detection.
func (r Result) QuoteF1() float64 { return f1(r.TP, r.FP, r.FN) }

// SpeakerAccuracy is the share of matched quotes, with a usable gold
// speaker, whose predicted speaker matches.
func (r Result) SpeakerAccuracy() float64 {
	if r.SpeakerN == 0 {
		return 0
	}
	return float64(r.SpeakerOK) / float64(r.SpeakerN)
}

// WrongSpeakers is the share of matched quotes, with a usable gold
// speaker, given a named speaker who is not the gold one. Abstentions
// count against SpeakerAccuracy but not here: no name is better than a
// wrong one.
func (r Result) WrongSpeakers() float64 {
	if r.SpeakerN == 0 {
		return 0
	}
	return float64(r.Wrong) / float64(r.SpeakerN)
}

// EndToEndF1 is the F1 of quotes found with the right speaker.
func (r Result) EndToEndF1() float64 {
	pred := r.TP + r.FP - r.E2EIgnore
	var p, rec float64
	if pred > 0 {
		p = float64(r.E2ETP) / float64(pred)
	}
	if r.E2EGold > 0 {
		rec = float64(r.E2ETP) / float64(r.E2EGold)
	}
	if p+rec == 0 {
		return 0
	}
	return 2 * p * rec / (p + rec)
}

// String prints the figures in the shared scorer's last-line format.
func (r Result) String() string {
	return fmt.Sprintf("quote_f1=%.2f speaker_acc=%.2f end_to_end_f1=%.2f", r.QuoteF1(), r.SpeakerAccuracy(), r.EndToEndF1())
}

func f1(tp, fp, fn int) float64 {
	var p, r float64
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// LoadGold reads the articles and gold annotations of dir, sorted by id.
func LoadGold(dir string) ([]Doc, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.gold.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("list gold in %q: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no *.gold.jsonl in %q", dir)
	}
	sort.Strings(names)
	var docs []Doc
	for _, name := range names {
		id := strings.TrimSuffix(filepath.Base(name), ".gold.jsonl")
		gold, err := ReadRecords(name)
		if err != nil {
			return nil, err
		}
		text, err := readArticle(dir, id)
		if err != nil {
			return nil, err
		}
		docs = append(docs, Doc{ID: id, Text: text, Gold: gold})
	}
	return docs, nil
}

// readArticle reads the text of gold document id: id.txt in dir (the
// PolNeAR layout) or in its parent (the seeds' layout, with the gold in
// a gold/ folder beside the articles). Without the text nothing can be
// predicted, so a missing one is an error.
func readArticle(dir, id string) (string, error) {
	var tried []string
	for _, d := range []string{dir, filepath.Dir(filepath.Clean(dir))} {
		name := filepath.Join(d, id+".txt")
		b, err := os.ReadFile(name)
		if err == nil {
			return string(b), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("read article %q: %w", id, err)
		}
		tried = append(tried, name)
	}
	return "", fmt.Errorf("no text for gold %q: looked for %s", id, strings.Join(tried, " and "))
}

// ReadRecords reads a JSON-lines file of records. A missing file is no
// records.
func ReadRecords(path string) ([]Record, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %q: %w", path, err)
	}
	var out []Record
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var r Record
		if err := json.Unmarshal(line, &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

// Predict runs the extractor on text and returns its quotes as records
// with character offsets, one per citation. Reported statements are
// included only when reported is true.
func Predict(id, text string, reported bool) []Record {
	doc := corpus.Document{ID: id, Text: text, PublishedProvenance: corpus.DateUnknown}
	var out []Record
	for _, q := range attribution.Extract(doc) {
		if q.Kind == corpus.KindReported && !reported {
			continue
		}
		for _, c := range q.Citations {
			s, e := runeOffsets(text, c.Start, c.End)
			r := Record{Quote: q.Text, Speaker: q.Speaker, Kind: string(q.Kind), Start: &s, End: &e}
			for _, pt := range c.Parts {
				ps, pe := runeOffsets(text, pt[0], pt[1])
				r.Spans = append(r.Spans, [2]int{ps, pe})
			}
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return *out[i].Start < *out[j].Start })
	return out
}

// Pieces returns recs with each quote that its attribution splits (“A,”
// he said, “B.”) given as one record per piece, for gold that marks the
// pieces apart (the seeds) rather than as one statement (PolNeAR).
func Pieces(recs []Record) []Record {
	var out []Record
	for _, r := range recs {
		if len(r.Spans) == 0 {
			out = append(out, r)
			continue
		}
		for _, sp := range r.Spans {
			p := r
			s, e := sp[0], sp[1]
			p.Start, p.End, p.Spans = &s, &e, nil
			out = append(out, p)
		}
	}
	return out
}

// runeOffsets turns byte offsets into text into the code-point offsets
// the gold uses.
func runeOffsets(text string, start, end int) (int, int) {
	s := utf8.RuneCountInString(text[:start])
	return s, s + utf8.RuneCountInString(text[start:end])
}

// Score compares predictions, keyed by document id, with the gold.
func Score(docs []Doc, preds map[string][]Record, opt Options) Result {
	kinds := map[string]bool{"direct": true, "mixed": true}
	if len(opt.Kinds) > 0 {
		kinds = make(map[string]bool)
		for _, k := range opt.Kinds {
			kinds[kindOf(k)] = true
		}
	}
	th := opt.Threshold
	if th == 0 {
		th = 0.8
	}
	var res Result
	for _, d := range docs {
		res.Docs++
		gold := prepare(d.Gold)
		pred := prepare(preds[d.ID])
		scoreDoc(&res, d.ID, gold, pred, kinds, th, opt)
	}
	return res
}

type cand struct {
	o      float64
	gi, pi int
}

func scoreDoc(res *Result, id string, gold, pred []Record, kinds map[string]bool, th float64, opt Options) {
	var cands []cand
	for gi := range gold {
		for pi := range pred {
			if o := overlap(&gold[gi], &pred[pi]); o >= th {
				cands = append(cands, cand{o, gi, pi})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.o != b.o {
			return a.o > b.o
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.pi < b.pi
	})
	gUsed, pUsed := map[int]bool{}, map[int]bool{}
	for _, c := range cands {
		if gUsed[c.gi] || pUsed[c.pi] {
			continue
		}
		gUsed[c.gi], pUsed[c.pi] = true, true
		g, p := gold[c.gi], pred[c.pi]
		if !kinds[kindOf(g.Kind)] {
			res.Neutral++
			continue
		}
		res.TP++
		gs, ok := goldSpeaker(g, opt.AnySpeaker)
		if !ok {
			res.E2EIgnore++
			if g.Speaker == "" && g.SpeakerCanonical == nil && p.Speaker != "" {
				res.Guessed++
				res.Errors = append(res.Errors, SpeakerError{Doc: id, Quote: g.Quote, Gold: "", Predicted: p.Speaker, What: "guessed"})
			}
			continue
		}
		res.SpeakerN++
		switch {
		case SpeakerMatch(gs, p.Speaker):
			res.SpeakerOK++
			res.E2ETP++
		case p.Speaker == "":
			res.Abstained++
			res.Errors = append(res.Errors, SpeakerError{Doc: id, Quote: g.Quote, Gold: gs, What: "none"})
		default:
			res.Wrong++
			res.Errors = append(res.Errors, SpeakerError{Doc: id, Quote: g.Quote, Gold: gs, Predicted: p.Speaker, What: "wrong"})
		}
	}
	for pi := range pred {
		if pUsed[pi] {
			continue
		}
		var hit []int
		for gi := range gold {
			if overlap(&gold[gi], &pred[pi]) >= th {
				hit = append(hit, gi)
			}
		}
		other := false
		for _, gi := range hit {
			if !kinds[kindOf(gold[gi].Kind)] {
				other = true
			}
		}
		switch {
		case other:
			res.Neutral++
		case len(hit) > 0 && !opt.Strict:
			res.Fragments++
		default:
			res.FP++
		}
	}
	for gi, g := range gold {
		if !kinds[kindOf(g.Kind)] {
			continue
		}
		if _, ok := goldSpeaker(g, opt.AnySpeaker); ok {
			res.E2EGold++
		}
		if !gUsed[gi] {
			res.FN++
		}
	}
}

func kindOf(k string) string {
	k = strings.ToLower(k)
	if k == "partial" {
		return "mixed"
	}
	return k
}

// goldSpeaker returns the gold speaker a prediction is compared with.
func goldSpeaker(g Record, any bool) (string, bool) {
	if g.SpeakerCanonical == nil {
		// Plain gold, such as the seeds': the speaker itself.
		return g.Speaker, g.Speaker != ""
	}
	if *g.SpeakerCanonical == "" || (!any && !g.SpeakerNamed) {
		return "", false
	}
	return *g.SpeakerCanonical, true
}

func prepare(rs []Record) []Record {
	out := make([]Record, len(rs))
	for i, r := range rs {
		r.words = words(r.Quote)
		if r.hasOffsets() {
			r.chars = make(map[int]bool)
			spans := r.Spans
			if len(spans) == 0 {
				spans = [][2]int{{*r.Start, *r.End}}
			}
			for _, s := range spans {
				for c := s[0]; c < s[1]; c++ {
					r.chars[c] = true
				}
			}
		}
		out[i] = r
	}
	return out
}

func (r *Record) hasOffsets() bool {
	return r.Start != nil && r.End != nil && *r.End > *r.Start
}

// overlap is the overlap of two quotes over the size of the shorter, in
// characters when both have offsets, else in words.
func overlap(g, p *Record) float64 {
	if g.chars != nil && p.chars != nil {
		if len(g.chars) == 0 || len(p.chars) == 0 {
			return 0
		}
		small, big := g.chars, p.chars
		if len(small) > len(big) {
			small, big = big, small
		}
		n := 0
		for c := range small {
			if big[c] {
				n++
			}
		}
		return float64(n) / float64(len(small))
	}
	if len(g.words) == 0 || len(p.words) == 0 {
		return 0
	}
	return float64(commonWords(g.words, p.words)) / float64(min(len(g.words), len(p.words)))
}

// commonWords counts the words the two sequences share in order (their
// longest common subsequence).
func commonWords(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

var (
	wordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)
	nameRE = regexp.MustCompile(`[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*`)
	possRE = regexp.MustCompile(`'s\b`)
)

// quotes folds curly single quotes to the straight one, as the shared
// scorer does.
var quotes = strings.NewReplacer("\u2019", "'", "\u2018", "'")

func fold(s string) string {
	s = quotes.Replace(s)
	return attribution.Fold(s)
}

func words(s string) []string { return wordRE.FindAllString(fold(s), -1) }

func nameTokens(s string) []string {
	var out []string
	for _, t := range nameRE.FindAllString(possRE.ReplaceAllString(fold(s), ""), -1) {
		switch t {
		case "jr", "sr", "ii", "iii", "iv":
			continue
		}
		out = append(out, t)
	}
	return out
}

// SpeakerMatch reports whether a predicted speaker names the gold one:
// the last name of either appears among the other's words, or one is
// the acronym of the other ("DNC" and "Democratic National Committee").
func SpeakerMatch(gold, pred string) bool {
	g, p := nameTokens(gold), nameTokens(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	return slices.Contains(p, g[len(g)-1]) || slices.Contains(g, p[len(p)-1]) || acronymOf(gold, p) || acronymOf(pred, g)
}

// acronymOf reports whether name is one word of two to six capitals that
// spells the initials of words, the small words of a body's name left
// out.
func acronymOf(name string, words []string) bool {
	a := strings.TrimSpace(name)
	if len(a) < 2 || len(a) > 6 || len(words) < 2 || strings.ToUpper(a) != a || strings.ContainsAny(a, " .") {
		return false
	}
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "the", "and", "for", "on", "in":
			continue
		}
		b.WriteByte(w[0])
	}
	return strings.EqualFold(b.String(), a)
}
