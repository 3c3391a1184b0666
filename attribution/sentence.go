package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// sentence is a sentence of a paragraph, in paragraph offsets.
type sentence struct{ start, end int }

// sentences splits a paragraph into sentences, never inside a quote.
func sentences(s string, spans []corpus.QuoteSpan) []sentence {
	inQuote := func(i int) bool {
		for _, q := range spans {
			if i >= q.Start && i < q.End {
				return true
			}
		}
		return false
	}
	var out []sentence
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if inQuote(i) {
			continue
		}
		if c == '.' && isAbbrevAt(s, i) && !endsAtAbbrev(s, i) {
			continue
		}
		j := i + 1
		// Closing marks and brackets after the stop.
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if corpus.IsDoubleMark(r) || r == ')' || r == '’' || r == '\'' {
				j += n
				continue
			}
			break
		}
		// A space ends the sentence, a no-break one too ("hook).\u00a0Senate").
		if r, _ := utf8.DecodeRuneInString(s[min(j, len(s)):]); j < len(s) && !unicode.IsSpace(r) {
			continue
		}
		k := j
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsSpace(r) {
				break
			}
			k += n
		}
		if k >= len(s) {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if unicode.IsUpper(r) || unicode.IsDigit(r) || corpus.IsDoubleMark(r) || r == '‘' || r == '(' {
			out = append(out, sentence{start, j})
			start = k
		}
	}
	out = append(out, sentence{start, len(s)})
	return splitRunInAccording(s, splitRunInHeadings(s, splitAtQuoteEnds(s, out, spans)), inQuote)
}

// splitRunInAccording splits a sentence where a capitalised "According
// to" follows a lower-case word with no stop between: "… regarding the
// talks in According to Vahid Jalalzadeh, the chairman of the committee,
// the meeting …", a sentence cut short and the next run into it. Quoted
// text (inQuote) is never split.
func splitRunInAccording(s string, ss []sentence, inQuote func(int) bool) []sentence {
	const opener = " According to "
	var out []sentence
	for _, sn := range ss {
		for {
			k := strings.Index(s[sn.start:sn.end], opener)
			if k <= 0 {
				break
			}
			if prev, _ := utf8.DecodeLastRuneInString(s[:sn.start+k]); !unicode.IsLower(prev) || inQuote(sn.start+k+1) {
				break
			}
			out = append(out, sentence{sn.start, sn.start + k})
			sn.start += k + 1
		}
		out = append(out, sn)
	}
	return out
}

// splitRunInHeadings splits a heading in single marks off the sentence
// it was run into: "‘We will continue to reduce commitments’ Iranian
// Deputy Foreign Minister Abbas Araghchi told Reuters …". The heading
// opens the sentence, closes with no stop or comma, and is followed by
// a capitalised word that does not start the quote's own cue.
func splitRunInHeadings(s string, ss []sentence) []sentence {
	var out []sentence
	for _, sn := range ss {
		text := s[sn.start:sn.end]
		if !strings.HasPrefix(text, "‘") {
			out = append(out, sn)
			continue
		}
		split := -1
		for i := len("‘"); i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '‘' || r == '“' || r == '.' || r == '?' || r == '!' || r == ',' || r == ':' || r == '\n' {
				break
			}
			if r == '’' && i+n+1 < len(text) && text[i+n] == ' ' && unicode.IsUpper(firstRune(text[i+n+1:])) {
				if prev, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(prev) && len(strings.Fields(text[:i])) >= 3 && !isTrailingCue(text[i+n+1:]) {
					split = i + n
				}
				break
			}
			i += n
		}
		if split < 0 {
			out = append(out, sn)
			continue
		}
		out = append(out, sentence{sn.start, sn.start + split}, sentence{sn.start + split + 1, sn.end})
	}
	return out
}

// splitAtQuoteEnds splits sentences after a quote whose text ends a
// sentence and is followed by a new capitalised sentence.
func splitAtQuoteEnds(s string, ss []sentence, spans []corpus.QuoteSpan) []sentence {
	var out []sentence
	for _, sn := range ss {
		start := sn.start
		for _, q := range spans {
			if q.Unclosed || q.Close <= start || q.Close >= sn.end {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[q.Start:q.End], " "))
			if last != '.' && last != '!' && last != '?' {
				continue
			}
			// A space usually follows the closing mark; text run
			// together from paragraphs may have none ("…in the
			// past.”The economic bloc…"): an upper-case letter right
			// after a quote that ended its sentence starts the next.
			k := q.Close
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if k >= sn.end || (k == q.Close && !unicode.IsUpper(firstRune(s[k:]))) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(s[k:])
			if (unicode.IsUpper(r) || corpus.IsDoubleMark(r)) && !isTrailingCue(s[k:sn.end]) {
				out = append(out, sentence{start, q.Close})
				start = k
			}
		}
		out = append(out, sentence{start, sn.end})
	}
	return out
}

// firstRune returns the first rune of s, or utf8.RuneError.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isAbbrevAt(s string, i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsSpace(r) || r == '(' || corpus.IsDoubleMark(r) {
			break
		}
		j -= n
	}
	w := s[j : i+1]
	if abbreviations[w] {
		return true
	}
	// An initial ("J.") or dotted initials ("G.K.", "J.R.R.").
	core := strings.TrimSuffix(w, ".")
	for _, part := range strings.Split(core, ".") {
		r, n := utf8.DecodeRuneInString(part)
		if n != len(part) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// endsAtAbbrev reports whether the abbreviation ending at s[i] ends a
// sentence too: a place written with stops ("the U.S.") before a word
// that only opens a sentence ("… and the U.S. He added").
func endsAtAbbrev(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] != ' ' && s[j-1] != '\n' {
		j--
	}
	if !isAcronymPlace(s[j:i+1]) && s[j:i+1] != "D.C." && s[j:i+1] != "U.N." {
		return false
	}
	rest := strings.TrimLeft(s[i+1:], " ")
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "He", "She", "They", "It", "We", "I", "The", "This", "But", "However", "Meanwhile":
		return true
	}
	return false
}

func sentenceAt(ss []sentence, pos int) int {
	for i, s := range ss {
		if pos >= s.start && pos < s.end {
			return i
		}
	}
	return len(ss) - 1
}

// isTrailingCue reports whether s opens with the attribution of the quote
// before it: "“…?” Sanders replied." or "“…!” said Sen. Grassley."
func isTrailingCue(s string) bool {
	toks := tokenize(s)
	// "“…?” Miller, a retired worker from a nuclear plant, said": the
	// name's appositive is no part of the count, and its commas no stop.
	k := 0
	for k < len(toks) && toks[k].isCap() && toks[k].isWord() {
		k++
	}
	aside := false
	if k > 0 && k < len(toks) && toks[k].s == "," && !leadWords[toks[0].s] {
		if na := dropAppositives(s, toks); len(na) < len(toks) {
			aside, toks = true, na
		}
	}
	for i, t := range toks {
		if aside && t.s == "," {
			continue
		}
		if i >= 7 {
			return false
		}
		// A relative clause is another sentence's own: "The economic
		// bloc that you mentioned was tested in 1964."
		if i > 0 && relativeWords[t.lower()] {
			return false
		}
		if cueVerbs[t.lower()] && isCueUse(toks, i) {
			if i > 0 && (writingVerbs[t.lower()] || objectCues[t.lower()]) && i+1 < len(toks) && determiners[toks[i+1].lower()] {
				// "… Greg Stanton wrote a letter to …", "… ElBaradei
				// emphasized the need for …": a new statement.
				return false
			}
			if aside && namesAfter(toks[i+1:]) {
				// "“….” Arun Jaitley, who resumed charge on Friday, said
				// India will …": a name after the cue begins what the
				// person said, a statement of its own.
				return false
			}
			return !namingVerbs[t.lower()] && !takesClause(toks[i+1:])
		}
		if !t.isWord() {
			return false
		}
	}
	return false
}

// namesAfter reports whether the words after a cue verb, up to a stop,
// hold a capitalised word other than a day or a month.
func namesAfter(toks []token) bool {
	for _, t := range toks {
		if isStop(t.s) {
			return false
		}
		if t.isCap() && t.isWord() && !calendarWords[t.s] {
			return true
		}
	}
	return false
}

// takesClause reports whether the words after a cue verb, up to a comma
// or a stop, hold a clause of its own: "Iran said on Monday it seeks …",
// "X said that …". A cue with a clause reports another statement and
// so starts a sentence of its own after a quote.
func takesClause(toks []token) bool {
	for _, t := range toks {
		if t.s == "," || isStop(t.s) {
			return false
		}
		switch t.lower() {
		case "that", "it", "he", "she", "they", "we", "i":
			return true
		case "as", "while", "when", "after", "before", "because", "since", "until":
			// "Jeff Sessions said as he launched the process": the
			// clause is the cue's adverbial, not what was said.
			return false
		}
	}
	return false
}

// namingVerbs take an object and a name for it ("Rubio called the
// statement “offensive”"): after a quote they start a statement of
// their own, never trail the one before.
var namingVerbs = set(`called calls calling described describes dubbed dubs labeled labelled labels branded brands termed terms`)

// writingVerbs take what was written as their object ("wrote a
// letter"), which a trailing cue never has.
var writingVerbs = set(`wrote writes posted posts tweeted tweets issued issues sent sends released releases published publishes`)

// objectCues are verbs of speech whose object is what was said ("stressed
// the need for"): after a quote, with an object, they open a statement
// of their own.
var objectCues = set(`emphasized emphasised emphasizes emphasises stressed stresses underlined underlines underscored underscores highlighted highlights reiterated reiterates expressed expresses voiced voices`)

// relativeWords open a relative clause about a thing. ("Smith, who
// chairs the committee, said" is still a cue.)
var relativeWords = map[string]bool{"that": true, "which": true}
