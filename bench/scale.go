package bench

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/quotebot/quotebot/corpus"
)

// WriteScaled writes copies copies of the corpus in the folder src into
// the folder dst, so that dst holds copies times as many documents and
// nothing in it is deduplicated away:
//
//   - copy 0 is the corpus as it is; copy k (k >= 1) lives under the
//     sub-folder "xK/", so that ids derived from paths differ;
//   - a Markdown front matter's id gets the suffix "-xK";
//   - the copy's publication date is the original's (stated, or else
//     inferred from the text as the loader would) shifted K days later,
//     written as a "published:" field;
//   - in every sentence of the body, one or two pairs of adjacent
//     lower-case words trade places (see Perturb), so that the quotes of
//     a copy are new statements rather than citations of the original's.
//
// Other files (sidecars, README files) are copied as they are into copy
// 0 only. It returns the number of document files written.
func WriteScaled(ctx context.Context, src, dst string, copies int) (int, error) {
	if copies < 1 {
		return 0, fmt.Errorf("scale corpus: %d copies, want at least 1", copies)
	}
	fsys := os.DirFS(src)
	n := 0
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		ext := path.Ext(p)
		isDoc := ext == ".md" || ext == ".txt"
		for k := 0; k < copies; k++ {
			if k > 0 && !isDoc {
				break
			}
			out := data
			rel := p
			if k > 0 {
				rel = path.Join(fmt.Sprintf("x%d", k), p)
				out = []byte(scaleDocument(string(data), ext, k))
			}
			full := filepath.Join(dst, filepath.FromSlash(rel))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(full, out, 0o644); err != nil {
				return err
			}
			if isDoc {
				n++
			}
		}
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("scale corpus %q to %d copies: %w", src, copies, err)
	}
	return n, nil
}

// scaleDocument returns copy k of a document file.
func scaleDocument(s, ext string, k int) string {
	if ext != ".md" || !strings.HasPrefix(s, "---\n") {
		return Perturb(s, k)
	}
	end := strings.Index(s[4:], "\n---\n")
	if end < 0 {
		return Perturb(s, k)
	}
	head, body := s[4:4+end+1], s[4+end+5:]
	var lines []string
	published := ""
	for _, line := range strings.SplitAfter(head, "\n") {
		if line == "" {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		switch {
		case ok && key == "id":
			line = fmt.Sprintf("id: %s-x%d\n", strings.TrimSpace(val), k)
		case ok && key == "published":
			published = strings.Trim(strings.TrimSpace(val), `"'`)
			continue
		}
		lines = append(lines, line)
	}
	t, ok := corpus.ParsePublished(published)
	if !ok {
		t, ok = corpus.InferPublished(body)
	}
	if ok {
		lines = append(lines, "published: "+t.AddDate(0, 0, k).Format(time.DateOnly)+"\n")
	}
	return "---\n" + strings.Join(lines, "") + "---\n" + Perturb(body, k)
}

// keepWords are words Perturb never moves: reporting verbs and the
// little words that attribution leans on.
var keepWords = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "stated": true, "noted": true,
	"according": true, "asked": true, "wrote": true, "explained": true, "stressed": true,
	"warned": true, "urged": true, "insisted": true, "announced": true, "declared": true,
	"remarked": true, "emphasized": true, "emphasised": true, "underlined": true,
	"pointed": true, "continued": true, "believes": true, "reported": true, "tweeted": true,
	"that": true, "this": true, "which": true, "with": true, "from": true, "when": true,
	"also": true, "further": true, "have": true, "been": true, "were": true, "will": true,
}

// Perturb returns text with, in each sentence that has them, one or two
// pairs of adjacent lower-case words (four letters or more, separated by
// one space, none of keepWords) swapped, and in each quotation one or
// two pairs of neighbouring letters of such a word (see respellQuotes);
// which pairs depends on k, so that different copies of a sentence and
// of a quote differ. k = 0 returns text as it is. The result has the same length, letters and punctuation as text,
// and capitalised words (names) never move.
func Perturb(text string, k int) string {
	if k <= 0 {
		return text
	}
	b := []byte(text)
	type span struct{ start, end int }
	var words []span // eligible words of the current sentence, in order
	flush := func() {
		// Pairs of eligible words next to each other, not overlapping.
		var pairs [][2]span
		for i := 0; i+1 < len(words); i++ {
			a, c := words[i], words[i+1]
			if c.start == a.end+1 && b[a.end] == ' ' {
				pairs = append(pairs, [2]span{a, c})
				i++
			}
		}
		words = words[:0]
		m := len(pairs)
		if m == 0 {
			return
		}
		swap := func(p [2]span) {
			w1 := string(b[p[0].start:p[0].end])
			w2 := string(b[p[1].start:p[1].end])
			copy(b[p[0].start:], w2+" "+w1)
		}
		first := (k - 1) % m
		swap(pairs[first])
		if k-1 >= m {
			if second := ((k - 1) / m) % m; second != first {
				swap(pairs[second])
			}
		}
	}
	i := 0
	for i < len(b) {
		c := b[i]
		switch {
		case c == '.' || c == '!' || c == '?' || c == '\n':
			flush()
			i++
		case isLetter(c):
			j := i
			for j < len(b) && isLetter(b[j]) {
				j++
			}
			// A word glued to digits, apostrophes or non-ASCII letters is
			// not a plain word.
			plain := (i == 0 || !isWordByte(b[i-1])) && (j == len(b) || !isWordByte(b[j]))
			if plain && j-i >= 4 && isLower(b[i:j]) && !keepWords[string(b[i:j])] {
				words = append(words, span{i, j})
			}
			i = j
		default:
			i++
		}
	}
	flush()
	respellQuotes(b, k)
	return string(b)
}

// respellQuotes swaps two neighbouring letters inside a lower-case word
// of every quotation in b (between “ and ”, or straight double marks),
// chosen by k. The sentence swaps above leave a short quotation
// (“unacceptable.”) as it was, and quotebot would merge its copies into
// one quote cited k times, rewriting it in every batch: the scale-up
// would measure that, not a corpus k times as large. See respellOne for
// how k picks the swaps.
func respellQuotes(b []byte, k int) {
	var places []int // i such that b[i] and b[i+1] can swap
	open := false
	straight := false
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '"':
			if open && straight {
				respellOne(b, places, k)
				places, open = places[:0], false
			} else if !open {
				open, straight = true, true
			}
		case bytes.HasPrefix(b[i:], openMark):
			open, straight, places = true, false, places[:0]
			i += 2
		case bytes.HasPrefix(b[i:], closeMark):
			if open && !straight {
				respellOne(b, places, k)
			}
			places, open = places[:0], false
			i += 2
		case b[i] == '\n':
			places, open = places[:0], false
		case open && isLetter(b[i]):
			j := i
			for j < len(b) && isLetter(b[j]) {
				j++
			}
			// A curly mark is a boundary here, unlike other non-ASCII.
			plain := (i == 0 || !isWordByte(b[i-1]) || bytes.HasSuffix(b[:i], openMark)) &&
				(j == len(b) || !isWordByte(b[j]) || bytes.HasPrefix(b[j:], closeMark))
			if plain && j-i >= 4 && isLower(b[i:j]) && !keepWords[string(b[i:j])] {
				// Not the first letter, and only letters that differ.
				for p := i + 1; p+1 < j; p++ {
					if b[p] != b[p+1] {
						places = append(places, p)
					}
				}
			}
			i = j - 1
		}
	}
}

// openMark and closeMark are the curly double quotation marks.
var openMark, closeMark = []byte("“"), []byte("”")

// respellOne makes the swaps of respellQuotes in one quotation: copy k
// swaps at places[k-1] while there are places, then at the (k-1-m)th
// pair of places that do not overlap, so that no two copies up to
// m + m(m-1)/2 or so spell the quotation alike.
func respellOne(b []byte, places []int, k int) {
	m := len(places)
	if m == 0 {
		return
	}
	swap := func(p int) { b[p], b[p+1] = b[p+1], b[p] }
	if k-1 < m {
		swap(places[k-1])
		return
	}
	var pairs [][2]int
	for x := 0; x < m; x++ {
		for y := x + 1; y < m; y++ {
			if places[y] > places[x]+1 {
				pairs = append(pairs, [2]int{places[x], places[y]})
			}
		}
	}
	if len(pairs) == 0 {
		swap(places[(k-1)%m])
		return
	}
	pr := pairs[(k-1-m)%len(pairs)]
	swap(pr[0])
	swap(pr[1])
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isWordByte(c byte) bool {
	return isLetter(c) || c >= '0' && c <= '9' || c == '\'' || c == '-' || c >= 0x80
}

func isLower(w []byte) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
