package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

type attribution struct {
	e    *entity
	anon string
	cue  string
	// state marks a country or city that is the subject of the cue
	// verb itself ("Tehran said"): it speaks for its government.
	state bool
}

// cueAfter reads an attribution that follows a quote: “…,” X said;
// “…,” said X, a spokesman; “…” - X.
func (x *extractor) cueAfter(post string, abs int) (attribution, bool) {
	toks := tokenize(post)
	i := 0
	for i < len(toks) && (toks[i].s == "," || toks[i].s == ";") {
		i++
	}
	if i >= len(toks) {
		return attribution{}, false
	}
	if i+1 < len(toks) && toks[i].s == "to" && toks[i+1].s == "which" {
		// "he asked the salesclerk “…” to which he responded: “…”":
		// the answer's cue, not the question's.
		return attribution{}, false
	}
	// Trailing dash: “…” — Commissioner X
	if d := toks[i].s; isDash(d) && i+1 < len(toks) && toks[i+1].isCap() {
		np := collectNP(post, toks[i+1:])
		if np.text != "" {
			if a, ok := x.resolveNP(np.text, abs+np.start, "—"); ok {
				return a, true
			}
		}
	}
	if clauseConjunctions[toks[i].lower()] {
		// "“…” if she didn't win by more, said David Wasserman, an
		// analyst.": an inverted cue that ends the sentence has the
		// whole sentence, the quote and the clause after it.
		if np, cue, ok := invertedAtEnd(post, toks[i:]); ok {
			if a, ok := x.resolveNP(np.text, abs+np.start, cue); ok && a.e != nil {
				return a, true
			}
		}
		// “…” and the statement from Mike Pompeo in which he said …,
		// “…,” when Clinton blasted him: another clause's cue.
		return attribution{}, false
	}
	toks = toks[i:]
	toks = dropAppositives(post, toks)
	// "according to X"; but in "Kanaani said, according to the foreign
	// ministry" the ministry relays what the one who said it said.
	for k := 0; k+2 < len(toks) && k < 4; k++ {
		if cueVerbs[toks[k].s] && isCueUse(toks, k) {
			break
		}
		if toks[k].lower() == "according" && toks[k+1].s == "to" {
			if k >= 3 && toks[k-1].s == "," && pastTense(toks[k-2]) {
				// "“…,” Netanyahu threatened, according to Press TV":
				// the subject of the verb before the relay speaks.
				if subj := npBefore(post, toks[:k-2]); subj.text != "" {
					if a, ok := x.resolveNP(subj.text, abs+subj.start, toks[k-2].lower()); ok {
						return a, true
					}
				}
			}
			np := collectNP(post, toks[k+2:])
			if a, ok := x.resolveNP(np.text, abs+np.start, "according to"); ok {
				return a, true
			}
		}
	}
	if a, ok := x.asPutIt(post, toks, abs); ok {
		return a, true
	}
	if a, ok := x.quotedAs(post, toks, abs); ok {
		return a, true
	}
	for c := 0; c < len(toks) && c < 14; c++ {
		t := toks[c]
		if isStop(t.s) {
			return attribution{}, false
		}
		if c > 0 && subordinators[t.lower()] {
			// "Clinton accuses Sanders of subjecting her to an “artful
			// smear” regarding her Wall Street links while Sanders
			// suggests …": a cue after "while" is another clause's.
			return attribution{}, false
		}
		if !cueVerbs[t.s] || !isCueUse(toks, c) {
			continue
		}
		cue := t.lower()
		if strings.HasSuffix(cue, "ing") && (c == 0 || toks[c-1].s == ",") {
			// “…,” telling Fox 35 that …, “…” against Iran, urging …:
			// the participle's subject is the sentence's, before the
			// quote.
			return attribution{}, false
		}
		if c == 0 {
			if judgingVerbs[cue] {
				// "…, which Morrison described as a “work of hate”,
				// praised Trump as …": the name after a verb of praise
				// or blame is its object, never an inverted speaker.
				return attribution{}, false
			}
			if len(toks) > 1 && toks[1].lower() == "that" {
				// "the advertisement “unmistakably” suggests that …": the
				// quote is in the verb's subject, not its cue.
				return attribution{}, false
			}
			// said X
			if len(toks) > 1 {
				// "said a statement published on the website of
				// Switzerland’s embassy in Tehran": the text's issuer,
				// named after the phrase a noun phrase reads.
				rest := strings.TrimRight(post[toks[1].start:], ".;: ")
				if a, ok := x.issuedText(rest, tokenize(rest), abs+toks[1].start, cue); ok {
					return a, true
				}
			}
			np := collectNP(post, toks[1:])
			if a, ok := x.resolveNP(np.text, abs+np.start, cue); ok {
				return a, true
			}
			// "said 9/11 widow Terry Strada", "said Rep. G.K. Butterfield
			// (D-N.C.)": the first name before the next comma.
			return x.firstNameIn(post, toks[1:], abs, cue)
		}
		if toks[c-1].s == "," && c+1 < len(toks) && (toks[c+1].isCap() || invertedDescription(post, toks, c)) && invertingCues[cue] {
			// “…” toward Lebanon, said Macron: the name after an
			// inverted cue, not the words before its comma; or the
			// description that ends the sentence (“…” against Iran,
			// noted the cleric politician).
			np := collectNP(post, toks[c+1:])
			if a, ok := x.resolveNP(np.text, abs+np.start, cue); ok {
				return a, true
			}
		}
		if infinitiveAfter(toks, c) {
			// "“A lot of distrust” Biden has pledged to rejoin the
			// JCPOA": a verb with an infinitive after it states nothing,
			// so it is no cue of the quote before it.
			return attribution{}, false
		}
		if a, ok := x.quotingAfter(post, toks, c, abs); ok {
			return a, true
		}
		np := npBefore(post, toks[:c])
		if np.text == "" {
			return attribution{}, false
		}
		if k := tokenIndexAt(toks, np.start); k > 0 && toks[k-1].lower() == "that" {
			// "Chomsky has said it is “sheer sadism” that the United
			// States maintains …": a clause about the quote, not its cue.
			return attribution{}, false
		}
		if k := tokenIndexAt(toks, np.start); k > 0 && toks[k-1].lower() == "with" && strings.HasSuffix(cue, "ing") {
			// "adding that “…” with Israeli military maintaining an
			// elevated level of readiness": a clause of circumstance,
			// not a cue of the quote.
			return attribution{}, false
		}
		if e := x.nameBeforeDescription(toks, np, abs); e != nil {
			return attribution{e: e, cue: cue}, true
		}
		if a, ok := x.coordinated(post, toks, np, abs, cue); ok {
			return a, true
		}
		return x.resolveNP(np.text, abs+np.start, cue)
	}
	// A long clause before an inverted cue: “…” in sharp contrast to
	// previous elections, says Dante Scala.
	for c := 1; c+1 < len(toks) && c < 40; c++ {
		if isStop(toks[c].s) {
			break
		}
		if toks[c-1].s == "," && cueVerbs[toks[c].s] && !judgingVerbs[toks[c].s] && !strings.HasSuffix(toks[c].s, "ing") && (toks[c+1].isCap() || invertedDescription(post, toks, c)) {
			np := collectNP(post, toks[c+1:])
			return x.resolveNP(np.text, abs+np.start, toks[c].lower())
		}
	}
	return attribution{}, false
}

// relayingCues are the verbs by which an outlet relays what it quotes
// ("IRNA reported, quoting Zarif").
var relayingCues = set(`reported reports said says wrote writes announced`)

// quotingAfter reads "…, Sputnik reported on Saturday, quoting the
// Walla news website": the one an outlet quotes after its cue toks[c]
// is the speaker, and the outlet a relay. An unnamed source ("quoting
// an informed source") is no one, kept as the role.
func (x *extractor) quotingAfter(s string, toks []token, c, abs int) (attribution, bool) {
	if !relayingCues[toks[c].s] {
		return attribution{}, false
	}
	for k := c + 1; k+2 < len(toks) && k <= c+6; k++ {
		if isStop(toks[k].s) || cueVerbs[toks[k].s] {
			return attribution{}, false
		}
		if toks[k].s != "," || toks[k+1].lower() != "quoting" {
			continue
		}
		np := collectNP(s, toks[k+2:])
		if np.text == "" {
			return attribution{}, false
		}
		a, ok := x.resolveNP(np.text, abs+np.start, "quoting")
		if !ok || a.e == nil && a.anon == "" {
			return attribution{}, false
		}
		return a, true
	}
	return attribution{}, false
}

// nameBeforeDescription reads "“…,” Saeed Khatibzadeh, the Ministry’s
// spokesman said": a name right after the quote and a definite
// description the text did not close with a comma. The name is the
// subject, and the description its post; read alone, the description
// would name whoever held a like post before, or no one.
func (x *extractor) nameBeforeDescription(toks []token, np npText, abs int) *entity {
	k := tokenIndexAt(toks, np.start)
	if k < 2 || toks[k].lower() != "the" || toks[k-1].s != "," {
		return nil
	}
	for _, t := range toks[:k-1] {
		if !t.isCap() {
			return nil
		}
	}
	if head, _ := headNoun(tokenize(np.text)); !roleNouns[head] {
		return nil
	}
	return x.appositiveOf(abs + np.start)
}

// invertedDescription reports whether the cue verb toks[c] is followed
// by a definite description that ends the sentence ("…, noted the
// cleric politician."): an inverted cue's subject.
func invertedDescription(s string, toks []token, c int) bool {
	if c+2 >= len(toks) || toks[c+1].s != "the" {
		return false
	}
	np := collectNP(s, toks[c+1:])
	ws := strings.Fields(np.text)
	if len(ws) < 2 || !roleNouns[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	k := tokenIndexAt(toks, np.start) + len(tokenize(np.text))
	return k >= len(toks) || isStop(toks[k].s)
}

// afterOutlet returns the clause after "according to OUTLET," and its
// offset in s, or false when no comma follows the outlet.
func afterOutlet(s string, outlet npText) (string, int, bool) {
	rest := s[min(outlet.start+len(outlet.text), len(s)):]
	r := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(r, ",") {
		return "", 0, false
	}
	return r[1:], len(s) - len(r) + 1, true
}

// relayedDescription returns the description that is the subject after
// "according to OUTLET,": "the outspoken 94-year-old leader".
func (x *extractor) relayedDescription(s string, outlet npText) (string, bool) {
	r, _, ok := afterOutlet(s, outlet)
	if !ok {
		return "", false
	}
	np, ok := definiteSubject(r, dropAppositives(r, tokenize(r)), 0)
	if !ok || np.text == "" {
		return "", false
	}
	nt := tokenize(np.text)
	if head, i := headNoun(nt); i < 0 || !roleNouns[head] || nt[i].isCap() {
		return "", false
	}
	return describe(np.text), true
}

// relayedSubject reads the person an outlet's "according to" reports on:
// "According to the daily, the Chinese foreign minister made a
// four-point proposal": the minister, whose words the outlet relays.
func (x *extractor) relayedSubject(s string, abs int, outlet npText) (attribution, bool) {
	r, off, ok := afterOutlet(s, outlet)
	if !ok {
		return attribution{}, false
	}
	np := firstSubject(r, dropAppositives(r, tokenize(r)))
	if np.text == "" || x.commonWord(np.text) {
		return attribution{}, false
	}
	a, ok := x.resolveNP(np.text, abs+off+np.start, "according to")
	if !ok || a.e == nil || a.e.typ != corpus.SpeakerPerson {
		return attribution{}, false
	}
	return a, true
}

// judgingVerbs are cue verbs of praise, blame and naming: the name after
// them is who is praised or blamed ("praised Trump as …"), never a
// speaker put after the verb.
var judgingVerbs = set(`labelled labeled called dubbed branded criticized criticised slammed blasted denounced condemned dismissed mocked likened praised hailed accused characterized characterised derided lambasted attacked decried welcomed rejected defended`)

// invertingCues come before their subject ("…, said Macron"); "told"
// and "asked" take the one spoken to after them.
var invertingCues = set(`said says added adds wrote writes noted notes explained explains continued continues recalled stated states argued insisted remarked commented declared`)

// pastTense reports whether t is a verb in the past tense written in
// lower case ("threatened", "warned"), or a cue verb.
func pastTense(t token) bool {
	return t.isWord() && !t.isCap() && (strings.HasSuffix(t.s, "ed") && len(t.s) > 4 || cueVerbs[t.s])
}

// invertedAtEnd finds an inverted cue after a comma whose subject, a
// name, runs to a comma or the stop that ends the sentence, with no
// other cue before it: ", said David Wasserman, an elections analyst.".
func invertedAtEnd(s string, toks []token) (npText, string, bool) {
	for c := 1; c+1 < len(toks) && c < 40; c++ {
		t := toks[c]
		if isStop(t.s) || t.s == "“" || t.s == "\"" {
			return npText{}, "", false
		}
		if !cueVerbs[t.s] {
			continue
		}
		if toks[c-1].s != "," || !invertingCues[t.s] || !toks[c+1].isCap() {
			return npText{}, "", false
		}
		np := collectNP(s, toks[c+1:])
		j := c + 1
		for j < len(toks) && toks[j].end <= np.start+len(np.text) {
			j++
		}
		if np.text == "" || j < len(toks) && toks[j].s != "," && !isStop(toks[j].s) || !allNameWords(toks[c+1:j]) {
			return npText{}, "", false
		}
		return np, t.s, true
	}
	return npText{}, "", false
}

// asPutIt reads "as The New Yorker put it", "as a Homeland Security memo
// put it": the one whose words the quote borrows.
func (x *extractor) asPutIt(s string, toks []token, abs int) (attribution, bool) {
	np, ok := framedNP(s, toks, "as", 8, func(j int) bool {
		w := toks[j].lower()
		return (w == "put" || w == "puts") && toks[j+1].lower() == "it"
	})
	if !ok {
		return attribution{}, false
	}
	return x.resolveNP(np.text, abs+np.start, "put it")
}

// quotedAs reads "IRNA quoted Zarif as saying", "the daily quoted him as
// telling reporters": the speaker is the one quoted, not the outlet that
// relays the words.
func (x *extractor) quotedAs(s string, toks []token, abs int) (attribution, bool) {
	for k := 1; k+2 < len(toks) && k < 10; k++ {
		if isStop(toks[k].s) {
			break
		}
		if toks[k].s != "as" || toks[k+1].s != "quoted" || toks[k+2].s != "by" {
			continue
		}
		// "“…,” the Russian foreign minister as quoted by TASS": the one
		// quoted speaks; the agent relays.
		subj := firstSubject(s, toks[:k])
		if subj.text == "" {
			subj = npText{text: s[toks[0].start:toks[k-1].end], start: toks[0].start}
		}
		return x.resolveNP(subj.text, abs+subj.start, "quoted")
	}
	for k := 2; k+2 < len(toks) && k < 10; k++ {
		if isStop(toks[k].s) {
			break
		}
		if toks[k].lower() != "quoted" || toks[k+1].s != "as" || !strings.HasSuffix(toks[k+2].lower(), "ing") {
			continue
		}
		// "Zakharova was quoted as saying by TASS", "Braynard is quoted
		// as saying": the passive's subject speaks; an agent after it
		// relays.
		b := k - 1
		if toks[b].s == "been" && b > 1 {
			b--
		}
		switch toks[b].s {
		case "was", "is", "were", "has", "have", "had":
			if subj := firstSubject(s, toks[:b]); subj.text != "" {
				return x.resolveNP(subj.text, abs+subj.start, "quoted")
			}
		}
		return attribution{}, false
	}
	// Up to 14 words between: "quoted Leader of the Islamic Revolution
	// Ayatollah Seyed Ali Khamenei as saying".
	np, ok := framedNP(s, toks, "quoted", 14, func(j int) bool {
		return toks[j].s == "as" && strings.HasSuffix(toks[j+1].lower(), "ing")
	})
	if !ok {
		return attribution{}, false
	}
	if k := tokenIndexAt(toks, np.start); k >= 2 && toks[k].lower() == "by" && (toks[k-2].s == "was" || toks[k-2].s == "were" || toks[k-2].s == "is") {
		// "Khatibzadeh was quoted by state news IRNA as saying": the
		// agent relays; the passive's subject speaks.
		if subj := firstSubject(s, toks[:k-2]); subj.text != "" {
			return x.resolveNP(subj.text, abs+subj.start, "quoted")
		}
		return attribution{}, false
	}
	switch strings.ToLower(np.text) {
	case "him":
		np.text = "he"
	case "her":
		np.text = "she"
	}
	return x.resolveNP(np.text, abs+np.start, "quoted")
}

// quotedSaying reads "he quoted the 19th-century British Prime Minister
// Lord Palmerston, saying: “…”": the words that follow are the ones
// quoted, whoever quotes them.
func (x *extractor) quotedSaying(s string, toks []token, abs int) (attribution, bool) {
	n := len(toks)
	if n < 4 || toks[n-1].s != ":" || toks[n-2].lower() != "saying" || toks[n-3].s != "," {
		return attribution{}, false
	}
	for k := n - 4; k >= 0 && k >= n-18; k-- {
		if isStop(toks[k].s) || toks[k].s == "," {
			return attribution{}, false
		}
		if lw := toks[k].lower(); lw == "quoted" || lw == "quoting" {
			if k+1 > n-4 {
				return attribution{}, false
			}
			np := npText{text: s[toks[k+1].start:toks[n-4].end], start: toks[k+1].start}
			a, ok := x.resolveNP(np.text, abs+np.start, "quoted")
			if !ok || a.e == nil {
				return attribution{}, false
			}
			return a, true
		}
	}
	return attribution{}, false
}

// framedNP finds the noun phrase between the word lead and the token j
// where closes(j) holds, within span tokens of lead and before any stop
// or comma: the "Zarif" of "quoted Zarif as saying". closes may look at
// toks[j+1].
func framedNP(s string, toks []token, lead string, span int, closes func(j int) bool) (npText, bool) {
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].lower() != lead {
			continue
		}
		for j := k + 2; j+1 < len(toks) && j <= k+span; j++ {
			if toks[j].s == "," && j > k+1 {
				// "quoted Jamshid Hamzehzadeh, the head of the
				// association, as saying": an appositive between the
				// name and the frame's close, perhaps dropped already.
				if closes(j + 1) {
					return npText{text: s[toks[k+1].start:toks[j-1].end], start: toks[k+1].start}, true
				}
				for j2 := j + 1; j2+2 < len(toks) && j2 <= j+20 && !isStop(toks[j2].s); j2++ {
					if toks[j2].s == "," {
						if closes(j2 + 1) {
							return npText{text: s[toks[k+1].start:toks[j-1].end], start: toks[k+1].start}, true
						}
						break
					}
				}
				break
			}
			if isStop(toks[j].s) {
				break
			}
			if closes(j) {
				return npText{text: s[toks[k+1].start:toks[j-1].end], start: toks[k+1].start}, true
			}
		}
	}
	return npText{}, false
}

// groupNouns are plural nouns for people a name qualifies ("Sanders
// protesters").
var groupNouns = set(`protesters protestors supporters demonstrators voters fans loyalists backers followers opponents critics activists members students residents delegates donors volunteers staffers aides advisers advisors allies`)

// subordinators open a clause of their own, and never a cue's subject.
var subordinators = set(`while whereas although though because unless`)

// clauseConjunctions open a clause of its own after a quote.
var clauseConjunctions = set(`and but or while when whereas after before because since although though if until unless`)

// isDash reports whether s is a dash that can set off a trailing
// attribution: em, en, horizontal bar, hyphen.
func isDash(s string) bool {
	switch s {
	case "—", "–", "―", "-":
		return true
	}
	return false
}

// spacedHyphen reports whether the hyphen t has a space on either side:
// it stands for a dash ("TEHRAN - An official said", "TEHRAN- A survey").
func spacedHyphen(s string, t token) bool {
	return t.start > 0 && s[t.start-1] == ' ' || t.end < len(s) && s[t.end] == ' '
}

// isQuoteMark reports whether the token s is a double quotation mark.
func isQuoteMark(s string) bool { return s == "“" || s == "”" || s == "\"" }

func isStop(s string) bool {
	switch s {
	case ".", "!", "?", ";", "“", "\"", "”":
		return true
	}
	return false
}

// opening returns cue when np opens the clause s, else "": a name read
// as the subject further on may be no subject at all ("In Kushner’s
// plan, people of Palestine … emphasized"), and a state speaks only as
// the subject of its cue. Not after a dateline: a lede that gives words
// to a state ("TEHRAN – Iran has dismissed …") is most often the
// official a later sentence names, as the gold records it.
func opening(s string, np npText, cue string) string {
	before := strings.TrimSpace(s[:np.start])
	if before != "" && before != "The" && before != "the" {
		return ""
	}
	// Its verb must be one of speech ("China also condemned the attack,
	// saying"): a heading run into the text ("Iran respects Iraq's
	// territorial integrity Kanaani also responded …, saying") opens
	// with a name and another verb.
	for _, t := range tokenize(s[min(np.start+len(np.text), len(s)):]) {
		lw := t.lower()
		switch {
		case auxiliaries[lw] || adverbs[lw] || isLyAdverb(t):
			continue
		case cueVerbs[lw] || reportVerbs[lw]:
			return cue
		}
		break
	}
	return ""
}

// auxiliaries are the verbs before a past participle: "has warned".
var auxiliaries = set(`has have had was were is are`)

// parentheticalSubject returns the subject of a parenthetical verb of
// speech that the participle toks[c] goes with: "Tehran and Beijing
// have signed a plan, he said, adding, “…”", whose subject is not the
// sentence's; else the zero npText.
func parentheticalSubject(s string, toks []token, c int) npText {
	if c < 3 || toks[c-1].s != "," {
		return npText{}
	}
	// The verb may have a phrase after it: "…, China's Ambassador to
	// Iran Chang Hua wrote on his Twitter account, adding that …".
	v := c - 2
	for v > 0 && c-v <= 6 && !(cueVerbs[toks[v].s] && isCueUse(toks, v)) && toks[v].isWord() {
		v--
	}
	if v < 1 || !cueVerbs[toks[v].s] || !isCueUse(toks, v) {
		return npText{}
	}
	if p := toks[v-1]; speakerPronouns[p.lower()] && p.lower() != "who" && (v == 1 || toks[v-2].s == "," || v == c-2) {
		// ", he said, adding": set off by commas, or right before the
		// participle's comma; "said they regretted the sanctions,
		// adding" is the sentence's subject's.
		return npText{text: p.s, start: p.start}
	}
	vnp := npBefore(s, toks[:v])
	if k := tokenIndexAt(toks, vnp.start); k <= 0 || toks[k-1].s != "," {
		return npText{}
	}
	return vnp
}

// cueBefore reads an attribution that leads into a quote: X said, “…”;
// X continued: “…”; X told reporters that there is “…”.
func (x *extractor) cueBefore(pre string, abs int) (attribution, bool) {
	return x.cueBeforeIn(pre, abs, pre, abs)
}

// cueBeforeIn is cueBefore where pre is the part of a sentence after an
// earlier quote and head, at headAbs, is the sentence up to the quote:
// a subject is looked for in the whole sentence, never in a fragment
// ("Trump said … “kept us safe” on Twitter before claiming …").
func (x *extractor) cueBeforeIn(pre string, abs int, head string, headAbs int) (attribution, bool) {
	// subject is the clause's subject as the speaker of cue: a state
	// speaks for its government only with its cue ("Iran … but
	// announced that its “strategic patience” is over").
	subject := func(cue string) (attribution, bool) {
		// A fragment after a quote that opens with its own subject:
		// "…,” Law said, noting that …".
		if len(pre) < len(head) {
			ft := dropAppositives(pre, tokenize(pre))
			for len(ft) > 0 && !ft[0].isWord() {
				ft = ft[1:]
			}
			if len(ft) > 0 && ft[0].isCap() {
				if np := firstSubject(pre, ft); np.text != "" && !x.commonWord(np.text) {
					return x.resolveNP(np.text, abs+np.start, opening(pre, np, cue))
				}
			}
		}
		np := firstSubject(head, dropAppositives(head, tokenize(head)))
		if np.text == "" || x.commonWord(np.text) {
			return attribution{}, false
		}
		if name, ok := nameInApposition(head, np); ok {
			// "Trump’s Virginia state director, Mike Rubino, reached
			// out to rVotes, writing in an email: “…”": the name the
			// description is set beside.
			np = name
		}
		if dp := dropThe(np.text); isDemonymPlural(dp) {
			// "The Europeans said they regretted …, adding that …": the
			// subject of a verb of speech is people of a place, whom
			// the text does not name.
			return attribution{anon: dp}, true
		}
		return x.resolveNP(np.text, headAbs+np.start, opening(head, np, cue))
	}
	toks := dropAppositives(pre, tokenize(pre))
	if len(toks) == 0 {
		return attribution{}, false
	}
	if a, ok := x.quotedAs(pre, toks, abs); ok {
		return a, true
	}
	if a, ok := x.asPutIt(pre, toks, abs); ok {
		return a, true
	}
	if a, ok := x.quotedSaying(pre, toks, abs); ok {
		return a, true
	}
	// according to X, “…”
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower() == "according" && toks[k+1].s == "to" {
			if nestedCue(toks, k+2) || ownCue(toks, k+2) {
				// "According to The Jerusalem Post, Bolton wrote … that
				// … Putin had said Israel “…”": the words are the ones
				// the clause's own cue gives them to.
				break
			}
			np := collectNP(pre, toks[k+2:])
			if a, ok := x.resolveNP(np.text, abs+np.start, "according to"); ok {
				if p, ok := x.relayedSubject(pre, abs, np); ok && (a.e == nil || a.e.typ != corpus.SpeakerPerson) {
					return p, true
				}
				if a.e != nil && a.e.typ == corpus.SpeakerOrganization {
					if d, ok := x.relayedDescription(pre, np); ok {
						// "According to the AFP, the outspoken 94-year-old
						// leader urged …": someone the outlet describes,
						// whom the text does not name; never the outlet.
						return attribution{anon: d, cue: "according to"}, true
					}
				}
				return a, true
			}
		}
	}
	// A parenthetical cue: "European states, she added, emphasized …".
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].s == "," && toks[k+3].s == "," && cueVerbs[toks[k+2].s] && (speakerPronouns[toks[k+1].s] || toks[k+1].isCap()) {
			if a, ok := x.resolveNP(toks[k+1].s, abs+toks[k+1].start, toks[k+2].s); ok {
				return a, true
			}
		}
	}
	// The last cue verb of the lead-in.
	for c := len(toks) - 1; c >= 0; c-- {
		t := toks[c]
		lw := t.lower()
		if c > 0 && toks[c-1].lower() == "to" && !cueVerbs[lw] && (cueVerbs[lw+"s"] || cueVerbs[lw+"es"]) && !namingVerbs[lw+"s"] && !namingVerbs[lw+"es"] {
			// "interrupted me in mid-sentence to announce, “…”": an
			// infinitive of speech has the clause's subject.
			if a, ok := subject(lw); ok {
				a.cue = lw
				return a, true
			}
			return attribution{}, false
		}
		if !cueVerbs[t.s] && (c > 0 || !cueVerbs[lw]) {
			continue
		}
		if !isCueUse(toks, c) {
			continue
		}
		// The agent of a passive: "Sanders was asked by host Bill Maher".
		if c+2 < len(toks) && toks[c+1].s == "by" {
			np := collectNP(pre, toks[c+2:])
			if a, ok := x.resolveNP(np.text, abs+np.start, lw); ok {
				return a, true
			}
		}
		// A second verb of the subject's: "He believes Biden is
		// continuing Trump's policies and noted, “…”".
		if c > 0 && (toks[c-1].lower() == "and" || toks[c-1].lower() == "but") {
			if a, ok := subject(lw); ok {
				a.cue = lw
				return a, true
			}
		}
		// A parenthetical ", she added," or the subject of the clause.
		var np npText
		participle := strings.HasSuffix(lw, "ing")
		if !(participle && c > 0 && toks[c-1].s == ",") {
			np = npBefore(pre, toks[:c])
		}
		if np.text != "" {
			if name := qualifiedName(pre, np); name.text != "" {
				// "Stanislav Mitrakhovich from the National Energy
				// Security Fund and the Financial University tells": the
				// person the bodies after "from" qualify.
				np = name
			}
			if who := whoBefore(pre, toks[:c]); who.text != "" && who.start < np.start {
				// "Abbasi who is also served as secretary of the National
				// Body on the Convention … said": the name the relative
				// clause is about, with no commas around it.
				np = who
			}
		}
		if group, ok := groupOpening(pre); ok && np.text != "" && !strings.ContainsAny(pre[:np.start], ",;:") {
			// "Experts appointed by the United Nations have said",
			// "Analysts close to the Kremlin said": people the text does
			// not name, never the body that qualifies them.
			return attribution{anon: group, cue: lw}, true
		}
		if participle && np.text != "" {
			// "wrote a letter to Attorney General Loretta Lynch asking
			// …": a participle after the object of a preposition has
			// the clause's subject.
			// "with Senator John McCain telling reporters" keeps its
			// own subject.
			if k := tokenIndexAt(toks, np.start); k > 0 && prepositions[toks[k-1].lower()] && toks[k-1].lower() != "with" {
				if a, ok := subject(lw); ok {
					a.cue = lw
					return a, true
				}
			}
		}
		if np.text == "" && (c == 0 || toks[c-1].s == "," && c+1 < len(toks) && toks[c+1].isCap()) && !participle && c+1 < len(toks) {
			// Inverted: "Said Dorothy Poynter, who grew up with him, “…”",
			// "In other words, explained CBS moderator Nancy Cordes: “…”".
			np = collectNP(pre, toks[c+1:])
			if c > 0 && !endsLeadIn(pre, toks, np) {
				// "PM Khan, in a video message, said Islamabad will act
				// if …": a clause after the cue, not its inverted subject.
				np = npText{}
			}
		}
		if np.text == "" && participle {
			if vnp := parentheticalSubject(pre, toks, c); vnp.text != "" {
				if a, ok := x.resolveNP(vnp.text, abs+vnp.start, lw); ok {
					return a, true
				}
			}
		}
		if np.text == "" && participle && c >= 3 && toks[c-1].s == "," {
			// "Asked on Twitter whether …, Ulyanov responded in the
			// negative, asserting that": the participle goes with the
			// clause before its comma, whose subject opens it after the
			// comma before.
			if k := clauseStart(toks, c-1); k > 0 && toks[k].isCap() || k > 0 && speakerPronouns[toks[k].lower()] && toks[k].lower() != "who" {
				e := k + 1
				for e < c-1 && toks[e].isCap() && toks[e].isWord() && !speakerPronouns[toks[k].lower()] {
					e++
				}
				if e < c-1 && toks[e].isWord() && !toks[e].isCap() && !linkWords[toks[e].s] {
					snp := npText{text: pre[toks[k].start:toks[e-1].end], start: toks[k].start}
					if a, ok := x.resolveNP(snp.text, abs+snp.start, lw); ok && a.e != nil && (!isPlaceName(a.e.name) || a.state) {
						return a, true
					}
				}
			}
		}
		if np.text == "" {
			// "..., stating that", "labelling ... as": the sentence's subject.
			if a, ok := subject(lw); ok {
				a.cue = lw
				return a, true
			}
			return attribution{}, false
		}
		if strings.EqualFold(np.text, "who") {
			// "He relates them to Imam Al-Hussain, who said: “…”": the
			// relative's antecedent, not a he the text had before.
			if ante := x.relativeAntecedent(pre, toks, np.start); ante.text != "" {
				np = ante
			}
		}
		if a, ok := x.coordinated(pre, toks, np, abs, lw); ok {
			return a, true
		}
		a, ok := x.resolveNP(np.text, abs+np.start, lw)
		if !ok && participle {
			// "Farhad Darya … made a tweet on Thursday saying, “…”":
			// no one before the participle, so the clause's subject.
			if a, ok := subject(lw); ok {
				a.cue = lw
				return a, true
			}
		}
		return a, ok
	}
	// A colon lead-in with no verb: "Khamenei: “…”"; or a clause that
	// presents the words: "the Board of Elections was conclusive in its
	// findings: “…”", "Here’s Clinton in December 1992: “…”".
	if last := toks[len(toks)-1]; last.s == ":" {
		np := npBefore(pre, toks[:len(toks)-1])
		if k := tokenIndexAt(toks, np.start); np.text != "" && k > 0 && colonObjectPrepositions[toks[k-1].lower()] {
			// "McConnell delivered a blunt message to Trump: “…”", "Jeb
			// Bush told the Dutch newspaper NRC Handelsblad:": the name
			// before the colon is the object; the clause's subject speaks.
			if a, ok := subject(":"); ok {
				a.cue = ":"
				return a, true
			}
			return attribution{}, false
		}
		if np.text != "" {
			if a, ok := x.coordinated(pre, toks, np, abs, ":"); ok {
				return a, true
			}
			if a, ok := x.resolveNP(np.text, abs+np.start, ":"); ok {
				return a, true
			}
		}
		if len(toks) >= 2 && !toks[len(toks)-2].isCap() {
			// Only where the clause ends in no name of its own: the
			// subject, never a possessive ("Sanders’ surge doesn’t
			// surprise pollster Daron Shaw:").
			np := firstSubject(head, dropAppositives(head, tokenize(head)))
			if np.text != "" && !strings.HasSuffix(np.text, "’") && !strings.HasSuffix(np.text, "'") && !strings.HasSuffix(np.text, "’s") && !strings.HasSuffix(np.text, "'s") && !x.commonWord(np.text) {
				if a, ok := x.resolveNP(np.text, headAbs+np.start, ":"); ok {
					return a, true
				}
			}
		}
	}
	return attribution{}, false
}

// coordinated reads a cue's subject np that is the second of two names
// joined by "and": "“…,” nuclear experts David Albright and Serena
// Kelleher-Vergantini said", "More from Blumenthal and Cohen: “…”". Two
// people who say the same words are given under the first named, the
// way a byline is cited; a statement of two states or bodies ("France
// and Germany said") is neither one's, so it gets no speaker and the
// pair is kept as the role. The first name must open its clause, so
// that "Rouhani met Putin and Erdogan said" is not read as a pair.
func (x *extractor) coordinated(s string, toks []token, np npText, abs int, cue string) (attribution, bool) {
	k := tokenIndexAt(toks, np.start)
	if k < 2 || toks[k-1].lower() != "and" || !toks[k-2].isCap() || !toks[k].isCap() {
		return attribution{}, false
	}
	first := npBefore(s, toks[:k-1])
	j := tokenIndexAt(toks, first.start)
	if first.text == "" || j < 0 {
		return attribution{}, false
	}
	if j > 0 && toks[j-1].s != "," && !isQuoteMark(toks[j-1].s) && toks[j-1].lower() != "from" {
		return attribution{}, false
	}
	// Words in lower case may describe the pair ("nuclear experts"),
	// but only before the first name: a verb between two names
	// ("Rouhani met Putin") makes them no pair.
	name := false
	for _, t := range toks[j : k-1] {
		if !t.isWord() || name && !t.isCap() || !t.isCap() && (strings.HasSuffix(t.s, "ing") || strings.HasSuffix(t.s, "ed") || prepositions[t.s] || determiners[t.s]) {
			return attribution{}, false
		}
		name = name || t.isCap()
	}
	a1, ok1 := x.resolveNP(first.text, abs+first.start, cue)
	a2, ok2 := x.resolveNP(np.text, abs+np.start, cue)
	if !ok1 || !ok2 || a1.e == nil || a2.e == nil || a1.e == a2.e {
		return attribution{}, false
	}
	if a1.e.typ == corpus.SpeakerPerson && a2.e.typ == corpus.SpeakerPerson {
		return a1, true
	}
	return attribution{anon: s[first.start : np.start+len(np.text)], cue: cue}, true
}

// isAdjectiveLike reports whether t reads as an adjective before a noun:
// "Islamophobic", "recent", "controversial".
func isAdjectiveLike(t token) bool {
	lw := t.lower()
	if !t.isWord() || isLyAdverb(t) {
		return false
	}
	if commonAdjectives[lw] {
		return true
	}
	for _, suf := range []string{"ic", "ical", "ous", "ive", "ful", "est", "ary"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+3 {
			return true
		}
	}
	return false
}

var commonAdjectives = set(`recent latest new earlier previous own last first final public controversial harsh strong angry inflammatory racist sexist offensive bold blunt`)

// endsLeadIn reports whether np runs to the end of a lead-in, past only
// a closing colon or comma, and ends in a name: "explained CBS moderator
// Nancy Cordes:".
func endsLeadIn(s string, toks []token, np npText) bool {
	if np.text == "" || len(toks) == 0 {
		return false
	}
	last := len(toks) - 1
	if t := toks[last].s; (t == ":" || t == ",") && last > 0 {
		last--
	}
	return np.start+len(np.text) == toks[last].end && toks[last].isCap()
}

// textNouns are texts that "read" what they say.
// isTextNoun reports whether the lower-case phrase lw is "the" and a
// text noun: "the resolution", which speaks for whoever issued it.
func isTextNoun(lw string) bool {
	ws := strings.Fields(lw)
	return len(ws) == 2 && ws[0] == "the" && textNouns[ws[1]]
}

var textNouns = set(`statement letter message communique communiqué text note declaration release post tweet resolution report`)

// issuedText reads a text put out by its issuer, as the subject of a
// cue: "said a statement published on the website of Switzerland’s
// embassy in Tehran", "a statement issued by the IRGC read". The
// issuer the record names speaks; a place does not. A text signed by
// several ("a joint statement signed by EU diplomatic chief Federica
// Mogherini and the three countries’ foreign ministers") is no one
// person's. "The statement published by the UK Foreign Ministry
// website" is a text named before, whose publisher may only relay it:
// it is left to the rules for the text.
func (x *extractor) issuedText(np string, toks []token, pos int, cue string) (attribution, bool) {
	i := 0
	if i < len(toks) && (toks[i].lower() == "a" || toks[i].lower() == "an") {
		i++
	}
	if i < len(toks) && textOwners[toks[i].lower()] {
		i++ // "a joint statement"
	}
	if i+3 >= len(toks) || !textNouns[toks[i].lower()] || !issuingVerbs[toks[i+1].lower()] {
		return attribution{}, false
	}
	for k := i + 2; k+1 < len(toks) && k <= i+6; k++ {
		if w := toks[k].lower(); w != "by" && w != "of" {
			continue
		}
		if first := collectNP(np, toks[k+1:]); first.text != "" {
			end := first.start + len(first.text)
			for j := k + 1; j < len(toks); j++ {
				if toks[j].start >= end {
					if toks[j].lower() == "and" {
						return attribution{anon: describe(np[:toks[i].end]), cue: cue}, true
					}
					break
				}
			}
		}
		a, ok := x.resolveNP(np[toks[k+1].start:], pos+toks[k+1].start, cue)
		if ok && a.e != nil && !isPlaceName(a.e.name) {
			return a, true
		}
		break
	}
	return attribution{}, false
}

// relationNouns name a person by who they are to someone else ("Molotov's
// biographer", "Trump's son"), never that someone.
var relationNouns = set(`biographer son daughter wife husband brother sister father mother
nephew niece cousin uncle aunt grandson granddaughter lawyer lawyers attorney
attorneys friend friends ally allies critic critics rival rivals opponent
opponents supporter supporters successor predecessor widow biographers
bodyguard doctor physician assistant secretary deputy`)

// colonObjectPrepositions put the name after them in the object of a
// lead-in that ends in a colon.
var colonObjectPrepositions = set(`to about against at for toward towards`)

// isCueUse reports whether the cue verb at toks[c] reports speech rather
// than something else ("called for", "went to", "pointed to").
func isCueUse(toks []token, c int) bool {
	w := toks[c].lower()
	next := ""
	if c+1 < len(toks) {
		next = toks[c+1].lower()
	}
	switch w {
	case "called", "calling", "calls":
		if w == "called" && c > 0 && (orgNouns[toks[c-1].s] || namedThings[toks[c-1].s]) && c+1 < len(toks) && toks[c+1].isCap() {
			return false // "a consulting firm called Gavekal Dragonomics"
		}
		return next != "for" && next != "on" && next != "off" && next != "in" && next != "up"
	case "went":
		return next == "on"
	case "shot", "fired", "hit":
		// "Hillary shot back, “…”", "Bennett fired back".
		return next == "back"
	case "read", "reads":
		// "“…,” the statement read": a text reads, a person reads
		// something out.
		return c > 0 && textNouns[toks[c-1].lower()] && (next == "" || next == "," || next == "." || next == ":")
	case "pointed":
		return next == "out"
	case "asked":
		return next != "for"
	case "posted", "posts":
		return next == "on" || next == "to" || next == ":"
	case "charged", "charges":
		// "X charged that …", "“…,” Kelly charged in her assault"; not
		// "charged with murder".
		return next == "that" || next == "" || next == "," || next == "." || next == "in" || next == "on" || next == "during" || next == "at"
	case "reported", "reports":
		return true
	case "states":
		// "the Persian Gulf states", "member states": the noun.
		if c > 0 && (stateNounWords[toks[c-1].s] || stateNounWords[toks[c-1].lower()]) {
			return false
		}
	case "continued", "continues", "continuing", "continue":
		// "he continued, “…”", "he continued to say", not "forces are
		// continuing their war" or "Assad continued to “detain …”".
		if next == "to" {
			return c+2 < len(toks) && speechInfinitives[toks[c+2].lower()]
		}
		return next == "" || next == "," || next == "." || next == ":" || next == "by"
	}
	// A cue word used as a noun: "the remarks", "his claims", "Clinton's
	// remarks".
	if c > 0 {
		if _, poss := toks[c-1].base(); poss {
			return false
		}
		switch toks[c-1].lower() {
		case "the", "a", "an", "his", "her", "their", "its", "these", "those", "such", "of":
			return false
		}
		if p := toks[c-1]; !p.isCap() && strings.Contains(p.s, "-") && p.isWord() {
			return false // "late-night tweets", "closed-door remarks"
		}
		if c > 1 && strings.HasSuffix(toks[c].s, "s") && isAdjectiveLike(toks[c-1]) {
			switch toks[c-2].lower() {
			case "his", "her", "their", "its", "my", "our", "your":
				return false // "her Islamophobic remarks", "his recent claims"
			}
		}
	}
	return true
}

// agentParticiples take an agent with "by" inside a subject: "a letter
// obtained by The Associated Press", "a report seen by Reuters".
var agentParticiples = set(`obtained seen reviewed published released quoted cited received acquired leaked`)

// namedThings are nouns that "called" names rather than cues: "a book
// called …", "an operation called …".
var namedThings = set(`book film movie program programme operation plan project initiative
group organization organisation platform show series app site town village city region`)

// speechInfinitives make "continued to" a cue: "he continued to say".
var speechInfinitives = set(`say tell add stress insist warn argue claim emphasize emphasise
urge note explain maintain assert criticize criticise call demand deny accuse`)

// stateNounWords make "states" after them a noun: "the Gulf states".
var stateNounWords = set(`Gulf Arab Baltic Balkan Muslim Islamic European African Asian
Caspian Nordic Gulf-Arab member neighboring neighbouring regional littoral nuclear
non-nuclear frontline coastal island nation small sovereign Western Eastern Central
Southern Northern`)

// npText is a noun phrase with its offset in the text it came from.
type npText struct {
	text  string
	start int
}

// collectNP reads a noun phrase from the start of toks, up to a comma, a
// stop or a preposition that ends it.
func collectNP(s string, toks []token) npText {
	end := 0
	for end < len(toks) && end < 12 {
		t := toks[end]
		if !t.isWord() && t.s != "-" && t.s != "’" && t.s != "'" {
			break
		}
		lw := t.lower()
		if end > 0 && npEnders[lw] && !(lw == "and" && toks[end-1].isCap() && titleRunsOn(toks, end)) {
			break
		}
		end++
	}
	if end == 0 {
		return npText{}
	}
	return npText{text: s[toks[0].start:toks[end-1].end], start: toks[0].start}
}

// titleRunsOn reports whether the "and" at toks[i] is inside a title
// or a body's name ("Transport and Urban Development Minister", "Food
// and Drug Administration"), not between two names ("Trump and
// Clinton", "Iran and Prime Minister Modi", "Trump and Secretary
// Clinton"): the capitalised words after it reach a title or a body's
// word, the first of them opens no title of its own, and the word
// before it is no place.
func titleRunsOn(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || places[toks[i-1].s] || nameOpeningTitles[toks[i+1].s] || honorifics[toks[i+1].s] {
		return false
	}
	for n := i + 2; n < len(toks) && n < i+6 && toks[n].isCap() && toks[n].isWord(); n++ {
		if w := toks[n].s; titleWords[w] && !honorifics[w] || orgWords[w] {
			return true
		}
	}
	return false
}

// nameOpeningTitles are titles that stand before a name of their own.
var nameOpeningTitles = set(`President Prime Vice Deputy Foreign Secretary Senator Sen. Rep.
Gov. Governor Mayor Chief Director Chairman Chairwoman General Commander Ambassador Envoy
King Queen Prince Princess Crown Emir Sultan Sheikh Supreme Leader Speaker Minister Former Acting`)

// npEnders end a noun phrase that follows a cue verb.
var npEnders = set(`in on at during after before while when to told as who which that for
adding according said says added noted and but in a an the his her their
on at from told wrote posted tweeted via referring speaking`)

// npBefore reads the noun phrase that ends toks: the subject of a cue
// verb. Adverbs and date phrases between subject and verb are skipped.
func npBefore(s string, toks []token) npText {
	return npBeforeN(s, toks, 0)
}

// npBeforeN is npBefore at a depth of its own recursion: the subject
// read before an aside or a phrase is read the same way, but no deeper
// than maxNPDepth, so that no text makes the reading exponential.
func npBeforeN(s string, toks []token, depth int) npText {
	end := len(toks)
	// "a Chinese Foreign Ministry spokesman who said": the subject of a
	// relative clause that restricts its noun, right before its verb, is
	// that noun.
	if end > 1 && toks[end-1].s == "who" && toks[end-2].isWord() {
		end--
	}
	// Skip adverbs and dates: "also", "later", "on Tuesday", "earlier this month".
	for end > 0 {
		lw := toks[end-1].lower()
		if adverbs[lw] || calendarWords[toks[end-1].s] || isLyAdverb(toks[end-1]) {
			end--
			continue
		}
		break
	}
	// "on June 14", "in a tweet", "in a statement on Monday".
	for end > 0 {
		if end >= 2 && isDigits(toks[end-1].s) && calendarWords[toks[end-2].s] {
			end -= 2
			continue
		}
		break
	}
	for end > 0 && (toks[end-1].lower() == "on" || toks[end-1].lower() == "last" || toks[end-1].lower() == "this") {
		end--
	}
	// "Title, Name, said": the comma that closes the subject.
	if end > 1 && toks[end-1].s == "," && toks[end-2].isCap() {
		end--
	}

	startIdx := end
	// Sixteen words hold "A member of the National Security and Foreign
	// Policy Committee of the Iranian parliament"; fewer cut it after
	// "of" and left the body as the subject.
	for startIdx > 0 && end-startIdx < 16 {
		t := toks[startIdx-1]
		lw := t.lower()
		if !t.isWord() && t.s != "-" && t.s != "’" && t.s != "'" {
			break
		}
		if t.s == "-" && spacedHyphen(s, t) {
			// "TEHRAN - An American academic says": a dash after a
			// dateline, not a hyphen inside a name.
			break
		}
		if (lw == "and" || lw == "&") && startIdx >= 2 && toks[startIdx-2].isCap() && andJoinsBody(toks[:end], startIdx-1) {
			// "the Food and Drug Administration said"
			startIdx--
			continue
		}
		if lw == "to" && envoyPost(toks, startIdx-1) {
			// "Tehran's ambassador to the UN said": the envoy's post.
			startIdx--
			continue
		}
		if (lw == "in" || lw == "to") && startIdx >= 2 && startIdx < end && toks[startIdx].isCap() && (toks[startIdx-2].s == "embassy" || toks[startIdx-2].s == "consulate") {
			// "The Iranian embassy in Baku has handed": where the
			// mission is, inside its name.
			startIdx--
			continue
		}
		if lw == "to" && startIdx >= 2 && startIdx+1 < end && toks[startIdx-2].s == "mission" && toks[startIdx].s == "the" && toks[startIdx+1].isCap() {
			// "the Iranian mission to the European Union said": the
			// body of states the mission is sent to, inside its name.
			startIdx--
			continue
		}
		if (lw == "for" || lw == "on") && !t.isCap() && startIdx >= 2 && startIdx < end && toks[startIdx-2].isCap() && toks[startIdx].isCap() {
			// "the James Martin Center for Nonproliferation Studies",
			// "the Council on Foreign Relations": inside a body's name.
			startIdx--
			continue
		}
		if npBreakers[lw] || cueVerbs[lw] && !t.isCap() || strings.HasSuffix(lw, "n’t") || strings.HasSuffix(lw, "n't") {
			break
		}
		startIdx--
	}
	if startIdx == end {
		return npText{}
	}
	if np, ok := unclosedAppositive(s, toks, startIdx, end, depth); ok {
		return np
	}
	if depth < maxNPDepth {
		// "“…,” Amir-Pouya Rafiei-Shad who presides over Tehran
		// province’s Tour and Travel Agencies Association said": a
		// relative clause with no commas after a name is the name's;
		// the body it names is not the subject.
		for k := end - 2; k > startIdx; k-- {
			if toks[k].s == "who" && toks[k-1].isCap() && !toks[k+1].isCap() && toks[k+1].isWord() {
				if np := npBeforeN(s, toks[:k], depth+1); np.text != "" {
					return np
				}
				break
			}
		}
	}
	if depth < maxNPDepth && startIdx >= 3 && toks[startIdx-1].s == "by" && agentParticiples[toks[startIdx-2].s] {
		// "A Feb. 1 letter from the American Legion obtained by The
		// Associated Press warns": the agent of a participle inside the
		// subject is not the subject.
		// Only a text the agent got hold of: "the annual Country Reports
		// released by the U.S. Mousavi added" is a sentence the
		// abbreviation ran into the next one.
		for k := startIdx - 3; k >= 0 && k >= startIdx-10; k-- {
			if textNouns[toks[k].s] {
				np := npBeforeN(s, toks[:startIdx-2], depth+1)
				if i := tokenIndexAt(toks, np.start); np.text != "" && i >= 2 && toks[i-1].s == "in" && toks[i-2].s == "," {
					// "Bijan Namdar Zanganeh, in a letter seen by Reuters,
					// said": the writer is before the aside.
					np = npBeforeN(s, toks[:i-1], depth+1)
				}
				if np.text != "" {
					return np
				}
				break
			}
			if !toks[k].isWord() {
				break
			}
		}
	}
	if depth < maxNPDepth && startIdx >= 2 && toks[startIdx-1].s == "," && toks[startIdx-2].isCap() && !openingWord(toks[startIdx-2]) && allPlaces(toks[startIdx:end]) {
		// "Harry Bond, of Raleigh, N.C., said", "Michael Seaman, who
		// lives outside the capital, Sacramento, said": the place is
		// where the subject lives, before it.
		if np := npBeforeN(s, toks[:startIdx-1], depth+1); np.text != "" && !allPlaces(tokenize(np.text)) {
			return np
		}
	}
	if k := speechPhraseStart(toks, startIdx); k > 0 && depth < maxNPDepth {
		// "Gadi Eisenkot in an interview to Sunday Times said": the
		// outlet is where he spoke; the subject is before the phrase.
		if np := npBeforeN(s, toks[:k], depth+1); np.text != "" {
			return np
		}
	}
	// "a source familiar with the administration's plans", "a person
	// close to the Clintons": the same, with someone unnamed.
	familiar := (toks[max(startIdx-1, 0)].s == "with" || toks[max(startIdx-1, 0)].s == "to") && startIdx >= 2 && (toks[startIdx-2].s == "familiar" || toks[startIdx-2].s == "close")
	if startIdx >= 2 && (toks[startIdx-1].s == "at" || toks[startIdx-1].s == "of" || familiar) && !toks[startIdx-2].isCap() && toks[startIdx-2].isWord() {
		// "The vice president for studies at the Carnegie Endowment for
		// International Peace says": the body is where the subject works;
		// the subject is the description that starts at its determiner.
		for k := startIdx - 2; k >= 0 && startIdx-k < 8; k-- {
			if npBreakers[toks[k].lower()] && toks[k].s != "for" || cueVerbs[toks[k].lower()] || !toks[k].isWord() {
				break
			}
			if determiners[toks[k].lower()] {
				if (k == 0 || !toks[k-1].isWord()) && (hasRoleNoun(toks[k+1:startIdx-1]) || familiar && anonymousHeads[toks[min(k+1, startIdx-1)].s]) {
					return npText{text: s[toks[k].start:toks[end-1].end], start: toks[k].start}
				}
				break
			}
			if (k == 0 || toks[k-1].s == ",") && roleNouns[toks[k].lower()] && (!toks[k].isCap() || k == 0) {
				// "Earlier on Sunday, chief of the Islamic Revolution
				// Guards Corps (IRGC) said": a title with no article.
				return npText{text: s[toks[k].start:toks[end-1].end], start: toks[k].start}
			}
		}
	}
	if np, ok := openingDescription(s, toks, startIdx, end); ok {
		return np
	}
	if startIdx > 0 && prepositions[toks[startIdx-1].lower()] && allPlaces(toks[startIdx:end]) {
		// "a professor at the Open University in Britain predicts": the
		// place is where the subject is, and the subject is not named.
		// "A Foreign Ministry official in Seoul claimed": the
		// description is the subject, someone a later "the official"
		// may be.
		if depth < maxNPDepth && startIdx >= 2 && roleNouns[toks[startIdx-2].s] {
			if np := npBeforeN(s, toks[:startIdx-1], depth+1); np.text != "" {
				if k := tokenIndexAt(toks, np.start); k < 0 || !indefinites[toks[k].lower()] {
					return npText{}
				}
				return np
			}
		}
		return npText{}
	}
	return npText{text: s[toks[startIdx].start:toks[end-1].end], start: toks[startIdx].start}
}

// openingDescription reads a subject that opens the sentence (or
// follows a comma) with a role in lower case and runs through the body
// the role is in: "An official in charge of international law
// department at Judiciary announced", "Earlier, head of the Ports and
// Maritime Organization in Tehran said". toks[start:end] is the noun
// phrase npBefore found, a body after a preposition; the subject is the
// whole description, never the body.
func openingDescription(s string, toks []token, start, end int) (npText, bool) {
	if start < 2 || !prepositions[toks[start-1].s] || toks[start-1].s == "by" || toks[start-1].s == "with" || allPlaces(toks[start:end]) {
		return npText{}, false
	}
	for k := start - 2; k >= 0 && start-k <= 20; k-- {
		t := toks[k]
		lw := t.lower()
		if !t.isWord() || cueVerbs[lw] && !t.isCap() || descriptionBreakers[lw] {
			return npText{}, false
		}
		opens := k == 0 || toks[k-1].s == "," || isDash(toks[k-1].s) && spacedHyphen(s, toks[k-1])
		if !opens {
			continue
		}
		head := k
		if determiners[lw] && k+1 < start {
			head = k + 1
			for head < start-1 && (describing(toks[head].lower()) || toks[head].isCap() && !roleNouns[toks[head].lower()]) {
				head++ // "An official", "A senior Foreign Ministry official"
			}
		}
		if !roleNouns[toks[head].s] {
			return npText{}, false
		}
		return npText{text: s[t.start:toks[end-1].end], start: t.start}, true
	}
	return npText{}, false
}

// descriptionBreakers end a description read backwards from the body it
// names: a verb or a clause word stands before it.
var descriptionBreakers = set(`is was are were has have had who which that said says told when while after before as than but`)

// maxNPDepth bounds npBefore's reading of a subject before an aside.
const maxNPDepth = 4

// indefinites open a description of someone the text does not name.
var indefinites = set(`a an one another`)

// unclosedAppositive reads "Abdelkarim Khalaf, spokesman for the Iraqi
// Armed Forces has said": an appositive whose closing comma the text
// left out. toks[start:end] is the noun phrase before the verb; when a
// preposition and a role noun (with or without an article) stand before
// it, and a name and a comma before them, the name is the subject, not
// the body the role is in.
func unclosedAppositive(s string, toks []token, start, end, depth int) (npText, bool) {
	k := start - 1
	if depth >= maxNPDepth {
		return npText{}, false
	}
	if k < 1 || !prepositions[toks[k].s] || !roleNouns[toks[k-1].lower()] {
		return npText{}, false
	}
	k -= 2
	for n := 0; k >= 0 && n < 3 && toks[k].isWord() && !determiners[toks[k].s] && (!toks[k].isCap() || postModifier(toks[k])); n++ {
		k-- // "senior", "deputy", "WHO Regional", "Iran’s"
	}
	if k >= 0 && determiners[toks[k].s] {
		k--
	}
	if k < 1 || toks[k].s != "," || !toks[k-1].isCap() {
		return npText{}, false
	}
	for j := start + 1; j < end; j++ {
		if toks[j].isCap() && !toks[j-1].isCap() && toks[j-1].s != "the" {
			return npText{}, false // "spokesman for the ministry Nasser Kanaani": a title and its holder
		}
	}
	np := npBeforeN(s, toks[:k], depth+1)
	if np.text == "" {
		return npText{}, false
	}
	// The name opens the sentence, or follows only an opening word
	// ("Also, …"); never the end of a clause before it ("Responding to
	// … the U.S., spokesman for …").
	if i := tokenIndexAt(toks, np.start); i > 2 || i > 0 && toks[i-1].s != "," {
		return npText{}, false
	}
	return np, true
}

// postModifier reports whether the capitalised word t may stand in a
// post before its role noun: a title's word ("Regional", "Deputy"), an
// acronym ("WHO"), an adjective of origin or a place's possessive
// ("Iran’s").
func postModifier(t token) bool {
	w, poss := t.base()
	if poss {
		return places[w]
	}
	return titleWords[w] || roleModifiers[strings.ToLower(w)] || isAcronym(w) || isOriginAdjective(w)
}

// speechPhraseStart returns the index of the "in" or "during" that opens
// "in an interview with", "in a letter to", "in a Monday meeting with"
// just before toks[i], or -1.
func speechPhraseStart(toks []token, i int) int {
	if i < 3 || (toks[i-1].s != "to" && toks[i-1].s != "with") || !speechSettings[toks[i-2].lower()] {
		return -1
	}
	k := i - 3
	for k >= 0 && k >= i-6 && (determiners[toks[k].lower()] || calendarWords[toks[k].s] || !toks[k].isCap() && toks[k].isWord() && toks[k].s != "in" && toks[k].s != "during") {
		k--
	}
	if k < 1 || toks[k].s != "in" && toks[k].s != "during" {
		return -1
	}
	return k
}

var speechSettings = set(`interview interviews letter statement message speech remarks conversation talk phone call
meeting talks session`)

// isLyAdverb matches an adverb in -ly written in lower case
// ("consistently", "repeatedly"), which may stand between a subject and
// its verb.
func isLyAdverb(t token) bool {
	return !t.isCap() && len(t.s) > 4 && strings.HasSuffix(t.s, "ly") && t.isWord() && !notLyAdverbs[t.s]
}

var notLyAdverbs = set(`family rally ally assembly supply reply only early daily weekly monthly yearly`)

// envoyPost reports whether the "to" at toks[i] names an envoy's post
// in a subject ("Tehran's ambassador to the UN said", "the Iranian
// envoy to Kabul said"), not the one an assistant serves ("assistant
// to Iran's ambassador to Baghdad").
func envoyPost(toks []token, i int) bool {
	if i < 1 || !envoyTitles[toks[i-1].lower()] {
		return false
	}
	if toks[i-1].isCap() && (i == 1 || toks[i-2].s == "," && i >= 3 && !toks[i-3].isCap()) {
		// "For his part, Ambassador to the Republic of Iraq Abdulaziz
		// Al-Shammari said": a title that opens the subject.
		return true
	}
	if i < 2 {
		return false
	}
	k := i - 2 // the owner or origin before the title
	for k > 0 && !toks[k].isCap() && (roleModifiers[toks[k].lower()] || toks[k].lower() == "permanent" || toks[k].lower() == "special") {
		k-- // "Syria’s permanent representative to the United Nations"
	}
	w, poss := toks[k].base()
	if !(poss && places[w]) && !isOriginAdjective(toks[k].s) && toks[k].lower() != "the" {
		return false
	}
	for k > 0 && (toks[k-1].lower() == "the" || isOriginAdjective(toks[k-1].s)) {
		k--
	}
	return k == 0 || toks[k-1].lower() != "to" && toks[k-1].s != ","
}

// adverbs may stand between a subject and its verb.
var adverbs = set(`also later earlier then again once further recently previously
had has have would will had already reportedly separately similarly likewise
further still repeatedly publicly privately directly today yesterday tonight
quickly immediately last week month year this ago days weeks finally
meanwhile subsequently first once more`)

// npBreakers end a subject phrase read backwards.
var npBreakers = set(`that and but while as when because which if after before since
although though whereas where what how why whether so or nor than then
said says told added to by in at for from with into about on than is was
were are be been being has have had will would could should can may might must
do does did not also`)

// firstSubject returns the first name of a clause: the subject of a
// sentence whose verb is far from the quote.
func firstSubject(s string, toks []token) npText {
	start := datelineEnd(toks)
	if start < len(toks) && isSentenceAdverb(toks, start) {
		start += 2 // "Ironically, …"
	}
	if np, ok := missionSubject(s, toks, start); ok {
		return np
	}
	if np, ok := definiteSubject(s, toks, start); ok {
		return np
	}
	// Skip a leading adverbial ending with a comma ("Last week, ...").
	for start < len(toks) && !speakerPronouns[toks[start].lower()] && (leadWords[toks[start].s] || adverbialStarts[toks[start].lower()] || isClauseOpener(toks[start]) || opensWithParticiple(toks, start)) {
		k := start
		limit := 12
		if isClauseOpener(toks[start]) && toks[start].lower() != "according" || prepositionalOpeners[toks[start].lower()] || opensWithParticiple(toks, start) && toks[start].lower() != "according" {
			// "Regarding the conflicts with … and the possibility of …,",
			// "On the eve of the fifth year of Saudi Arabia's war on Yemen,"
			limit = 20
		}
		verb := false
		for k < len(toks) && k-start < limit && toks[k].s != "," {
			verb = verb || k > start && cueVerbs[toks[k].s] && isCueUse(toks, k)
			k++
		}
		if k >= len(toks) || toks[k].s != "," {
			break
		}
		if toks[start].s == "The" && k > start+1 && k+1 < len(toks) && toks[k+1].isWord() && !toks[k+1].isCap() && !determiners[toks[k+1].lower()] && allCapWords(toks[start+1:k]) {
			// "The Arab Weekly, a publication close to the UAE,
			// claimed": a name whose appositive was dropped, then its
			// verb, not an opening phrase.
			break
		}
		if determiners[toks[start].lower()] && namedClause(toks[start:k]) {
			// "The Islamic Jihad movement has also threatened the
			// regime, saying that": a name and its verb before the
			// comma, the clause the participle after it goes with.
			break
		}
		if verb && determiners[toks[start].lower()] {
			// "The statement said Fayazi has had an experience …, especially
			// at the Majlis Research Center,": a subject and its verb of
			// speech before the comma, not an opening phrase.
			break
		}
		openerAt := start
		start = k + 1
		if !prepositionalOpeners[toks[openerAt].lower()] && !opensWithParticiple(toks, openerAt) {
			continue
		}
		// "In a wide-ranging, in-prison interview with journalist Matei
		// Rosca last year, Lazar said", "Speaking to MSNBC in New
		// Hampshire, which hosts the next contest, Bush referred": a
		// prepositional or participial opener goes on past a comma that
		// a word in lower case follows, to the comma before the subject;
		// "Speaking at a town hall in Salem, New Hampshire, Trump went
		// after Bush": and past a place set off by commas.
		k = start
		if start < len(toks) && toks[start].isWord() && !toks[start].isCap() && !speakerPronouns[toks[start].lower()] && !determiners[toks[start].lower()] {
			for k < len(toks) && k-start < 20 && toks[k].s != "," && !isStop(toks[k].s) {
				k++
			}
		} else {
			for k < len(toks) && k-start < 4 && toks[k].isCap() && toks[k].isWord() {
				k++
			}
			if !allPlaces(toks[start:k]) {
				k = start
			}
		}
		if k > start && k+1 < len(toks) && toks[k].s == "," && toks[k+1].isCap() {
			start = k + 1
		}
	}
	if np, ok := definiteSubject(s, toks, start); ok {
		return np
	}
	for k := start; k < len(toks); k++ {
		t := toks[k]
		if k > start && cueVerbs[t.s] && isCueUse(toks, k) && !toks[k-1].isCap() && toks[k-1].isWord() && (!presentTense(t.s) || determiners[toks[start].lower()]) && !strings.HasSuffix(t.s, "ing") && !verbLinks[toks[k-1].lower()] {
			// "The dossier praised Trump as …", "The article stresses
			// that the Trump administration’s policy …": a verb after a
			// subject in lower case; the name after it is in what it
			// says. (A verb in the present may be a crosshead's, run into
			// the text, unless an article opens the subject: "French
			// envoy says carries no message from U.S. Bonne, for his
			// part, said".)
			return npText{}
		}
		if l := t.lower(); strings.HasPrefix(l, "i’") || strings.HasPrefix(l, "i'") || strings.HasPrefix(l, "we’") || strings.HasPrefix(l, "we'") {
			// "I’m", "We’ve": the writer or the speaker, never a name.
			return npText{text: "I", start: t.start}
		}
		if t.isCap() && t.isWord() && !leadWords[t.s] {
			end := k
			for end < len(toks) && (toks[end].isCap() || nameConnectors[toks[end].s]) && toks[end].isWord() {
				end++
			}
			if end == k+1 && isOriginAdjective(t.s) && end < len(toks) && !toks[end].isCap() {
				// "Libertarian presidential candidate Gary Johnson": an
				// adjective, not the subject's name.
				continue
			}
			// "Iranian Foreign Ministry spokesman Abbas Mousavi", "Black
			// Water founder Erik Prince": a body, a role in lower case and
			// the person who holds it.
			r := end
			for r < len(toks) && !toks[r].isCap() && (roleNouns[toks[r].s] || describing(toks[r].s)) {
				r++
			}
			if r > end && r < len(toks) && toks[r].isCap() && toks[r].isWord() {
				end = r
				for end < len(toks) && (toks[end].isCap() || nameConnectors[toks[end].s]) && toks[end].isWord() {
					end++
				}
			} else if r > end && roleNouns[toks[r-1].s] && (r == len(toks) || toks[r].isWord() && !nameConnectors[toks[r].s] && !prepositions[toks[r].s]) && bodyRun(toks[k:end]) {
				// "the IRGC Ground Force commander has warned": the
				// body's name and a post in it, a person, not the body.
				end = r
			}
			if _, poss := toks[end-1].base(); poss && k > start && predicateBefore(toks[start:k]) {
				// "The publication sought to exaggerate Joe Biden’s
				// promises … and wrote": an owner inside what the
				// subject in lower case did, not the subject.
				return npText{}
			}
			np := npText{text: s[toks[k].start:toks[end-1].end], start: toks[k].start}
			return np
		}
		if speakerPronouns[t.lower()] && t.lower() != "who" {
			return npText{text: t.s, start: t.start}
		}
	}
	return npText{}
}

// ownCue reports whether the clause after the outlet at toks[i:] and
// its comma has a verb of speech of its own, just after a name: in
// "According to Press TV, WHO's Richard Brennan told journalists … that
// the organization will “…”" the outlet relays what Brennan told them,
// and the words are his.
func ownCue(toks []token, i int) bool {
	comma := -1
	for k := i; k < len(toks); k++ {
		if toks[k].s == "," {
			comma = k
			break
		}
		if isStop(toks[k].s) {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	for k := comma + 2; k < len(toks); k++ {
		if isStop(toks[k].s) {
			return false
		}
		if !cueVerbs[toks[k].s] || strings.HasSuffix(toks[k].s, "ing") || !isCueUse(toks, k) {
			continue
		}
		p := toks[k-1]
		return p.isCap() && p.isWord() && !leadWords[p.s]
	}
	return false
}

// nestedCue reports whether toks from i hold a "that" and, after it, a
// verb of speech whose subject is a name just before it, perhaps with
// "had" or "has" between ("… that in a meeting Putin had said"): a
// statement reported inside the one that "according to" relays.
func nestedCue(toks []token, i int) bool {
	that := false
	for k := i; k < len(toks); k++ {
		if toks[k].s == "that" {
			that = true
			continue
		}
		if !that || !reportVerbs[toks[k].s] || strings.HasSuffix(toks[k].s, "ing") {
			continue
		}
		j := k - 1
		for j > 0 && auxiliaries[toks[j].s] {
			j--
		}
		if j >= i && toks[j].isCap() && toks[j].isWord() && !leadWords[toks[j].s] {
			return true
		}
	}
	return false
}

// appositiveOf returns the person named just before pos and a comma: a
// description at pos that follows a name is that person's appositive.
func (x *extractor) appositiveOf(pos int) *entity {
	if pos < 2 || pos > len(x.doc.Text) || !strings.HasSuffix(x.doc.Text[:pos], ", ") {
		return nil
	}
	for i := len(x.mentions) - 1; i >= 0; i-- {
		m := x.mentions[i]
		if end := m.abs + m.end - m.start; end == pos-2 {
			// The name must open its clause: "the victory of the
			// Resistance Axis, a senior Iranian official has said" is an
			// object and then an inverted subject.
			before := strings.Fields(x.doc.Text[max(0, m.abs-40):m.abs])
			if len(before) > 0 {
				if w := strings.ToLower(before[len(before)-1]); prepositions[w] || determiners[w] || w == "and" || cueVerbs[w] {
					return nil
				}
			}
			if m.e != nil && m.e.typ == corpus.SpeakerPerson && !m.possessive {
				return m.e
			}
			return nil
		} else if end < pos-2 {
			return nil
		}
	}
	return nil
}

// unnamedBefore reports whether the statement found last before pos, in
// the same paragraph or the one before, is an unnamed person's ("said
// another source", "a senior official said") and no one is named
// between its attribution and pos, and returns its description.
func (x *extractor) unnamedBefore(pos int) (string, bool) {
	pi := x.paraAt(pos)
	var last *stmt
	for i := len(x.stmts) - 1; i >= 0; i-- {
		if x.stmts[i].start < pos {
			last = &x.stmts[i]
			break
		}
	}
	if last == nil || last.spk != nil || last.anon == "" || pi-last.para > 1 || x.paras[last.para].Story != x.paras[pi].Story {
		return "", false
	}
	// Only someone introduced as unnamed ("another source", "a senior
	// official"); a definite description the record could not resolve
	// ("the Hezbollah chief") is usually of someone named.
	indefinite := false
	for _, u := range x.unnamed {
		if u.written == last.anon && u.pos < pos {
			indefinite = true
		}
	}
	if !indefinite {
		return "", false
	}
	from := last.close
	for _, r := range last.regions {
		from = max(from, r[1])
	}
	for _, m := range x.mentions {
		if m.abs >= from && m.abs < pos && m.e != nil && m.e.typ == corpus.SpeakerPerson {
			return "", false
		}
	}
	return last.anon, true
}

// qualifiedName returns the person named before np when the words
// between, with np, are bodies the person is "from", "of" or "at", joined
// by "and", with no comma: "Stanislav Mitrakhovich from the National
// Energy Security Fund and the Financial University".
func qualifiedName(s string, np npText) npText {
	ms := findMentions(s[:np.start])
	i := len(ms) - 1
	for i >= 0 && ms[i].typ == corpus.SpeakerOrganization {
		i-- // the bodies between
	}
	if i < 0 {
		return npText{}
	}
	m := ms[i]
	if m.typ != corpus.SpeakerPerson || m.titleOnly || m.possessive || len(strings.Fields(m.name)) < 2 {
		return npText{}
	}
	toks := tokenize(s[m.end:np.start])
	if len(toks) < 2 || toks[0].s != "from" && toks[0].s != "of" && toks[0].s != "at" {
		return npText{}
	}
	for _, t := range toks[1:] {
		if !(t.isCap() && t.isWord() || t.s == "the" || t.s == "and") {
			return npText{}
		}
	}
	return npText{text: m.name, start: m.start}
}

// whoBefore returns the name just before a "who" among toks, the words
// before a verb, when no comma, quote or other "who" follows it: the
// subject of a verb that a relative clause with no commas separates
// from it ("Abbasi who is also served as secretary of … said").
func whoBefore(s string, toks []token) npText {
	for w := len(toks) - 1; w > 0; w-- {
		switch toks[w].s {
		case ",", ";", ":", "“", "”", "\"", "—", "–":
			return npText{}
		}
		if toks[w].lower() != "who" {
			continue
		}
		if !toks[w-1].isCap() || !toks[w-1].isWord() {
			return npText{}
		}
		ms := findMentions(s[:toks[w].start])
		if len(ms) == 0 || ms[len(ms)-1].end != toks[w-1].end || ms[len(ms)-1].typ != corpus.SpeakerPerson {
			return npText{}
		}
		m := ms[len(ms)-1]
		return npText{text: s[m.start:m.end], start: m.start}
	}
	return npText{}
}

// datelineEnd returns the index of the first token after a sentence's
// dateline ("WASHINGTON —", "PHILADELPHIA, July 25 (UPI) —", "Washington
// (AFP) –"), or 0 when it has none.
func datelineEnd(toks []token) int {
	if len(toks) > 1 && (isAllCaps(toks[0].s) || places[toks[0].s]) {
		for k := 1; k < len(toks) && k < 12; k++ {
			if isDash(toks[k].s) {
				return k + 1
			}
		}
	}
	return 0
}

// groupOpening reports whether the sentence s opens, past a dateline,
// with people named by a plural role or group noun and a qualifier in
// lower case ("Experts appointed by the United Nations", "Analysts close
// to the Kremlin"), and returns the noun in lower case. A body's
// officials or members "at" or "of" it are the body's (see bodyPeople).
func groupOpening(s string) (string, bool) {
	toks := tokenize(s)
	start := datelineEnd(toks)
	if start+1 >= len(toks) {
		return "", false
	}
	t, next := toks[start], toks[start+1]
	lw := t.lower()
	if !t.isCap() || !strings.HasSuffix(lw, "s") || !(groupNouns[lw] || genericRoles[strings.TrimSuffix(lw, "s")] || roleNouns[strings.TrimSuffix(lw, "s")]) {
		return "", false
	}
	if !next.isWord() || next.isCap() || cueVerbs[next.s] || finiteVerbs[next.s] || adverbs[next.s] {
		return "", false
	}
	if bodyPeople[lw] && prepositions[next.s] {
		// "Officials at Homeland Security Investigations said": the
		// body's own people speak for it.
		return "", false
	}
	return lw, true
}

// qualifiedByParticiple reports whether the group that opens s (see
// groupOpening) is qualified by a participle: "Experts appointed by",
// "Analysts linked to".
func qualifiedByParticiple(s string) bool {
	toks := tokenize(s)
	start := datelineEnd(toks)
	if start+1 >= len(toks) {
		return false
	}
	next := toks[start+1].s
	return strings.HasSuffix(next, "ed") || next == "close" || next == "linked"
}

// bodyPeople speak for the body they are "of" or "at".
var bodyPeople = set(`officials representatives spokesmen spokespeople spokespersons members leaders staff`)

// predicateBefore reports whether the words before a sentence's first
// name open with a determiner and hold a word in lower case that is
// neither a role nor a description's word ("The publication sought to
// exaggerate"): a subject and what it did, so the name is an object.
func predicateBefore(toks []token) bool {
	if len(toks) < 3 || !determiners[toks[0].lower()] {
		return false
	}
	for _, t := range toks[1:] {
		lw := t.lower()
		if t.isWord() && !t.isCap() && !roleNouns[lw] && !describing(lw) && !determiners[lw] && !linkWords[lw] && !commonAdjectives[lw] {
			return true
		}
	}
	return false
}

// verbLinks are the words before a verb that tie it to a clause or a
// verb of its own ("which has been developed … and announced"), rather
// than to the sentence's subject.
var verbLinks = set(`and or but who which that has have had been be was were is are`)

// presentTense reports whether a cue verb is in the present's third
// person ("says", "warns"), as headlines have it.
func presentTense(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// nameListEnd returns the index of the comma that ends a list of
// capitalised words closed by "and" after the comma at toks[j]
// ("Industry, Mining and Trade,"), else -1.
func nameListEnd(toks []token, j int) int {
	k := j + 1
	for k < len(toks) && k-j <= 3 && toks[k].isCap() && toks[k].isWord() {
		k++
	}
	if k == j+1 || k >= len(toks) || toks[k].s != "and" {
		return -1
	}
	k++
	start := k
	for k < len(toks) && k-start < 3 && toks[k].isCap() && toks[k].isWord() {
		k++
	}
	if k == start || k >= len(toks) || toks[k].s != "," {
		return -1
	}
	return k
}

// openingWord reports whether t is a word that opens a sentence before
// its comma ("However,", "Meanwhile,"), not a name.
func openingWord(t token) bool {
	return leadWords[t.s] || adverbs[t.lower()] || isClauseOpener(t) || adverbialStarts[t.lower()]
}

// allCapWords reports whether toks are all capitalised words.
func allCapWords(toks []token) bool {
	for _, t := range toks {
		if !t.isCap() || !t.isWord() {
			return false
		}
	}
	return true
}

// bodyRun reports whether the capitalised words toks name a body, and
// not as an owner: "IRGC Ground Force", "Iranian Foreign Ministry", not
// "Former" or "Gary Johnson’s".
func bodyRun(toks []token) bool {
	if _, poss := toks[len(toks)-1].base(); poss {
		return false
	}
	for _, t := range toks {
		if isAcronym(t.s) || orgWords[t.s] {
			return true
		}
	}
	return false
}

// definiteSubject reads a subject that is a definite description with a
// role noun for its head, at toks[start]: "The chief diplomat urged …",
// "the country's top army official said". The head must be followed by
// a word in lower case (the verb), so "The Foreign Ministry spokesman
// Saeed Khatibzadeh" is left to the name after it.
func definiteSubject(s string, toks []token, start int) (npText, bool) {
	if start >= len(toks) {
		return npText{}, false
	}
	switch toks[start].lower() {
	case "the", "a", "an", "another", "one":
		// "a regional diplomat briefed on the talks confirmed to CNN":
		// an indefinite subject is someone, not the next name.
	default:
		return npText{}, false
	}
	acronym := false
	for k := start + 1; k < len(toks) && k <= start+5; k++ {
		t := toks[k]
		if k == start+1 && t.isCap() && isAcronym(t.s) && !roleNouns[t.lower()] {
			// "the EU foreign policy chief put emphasis …": a body's
			// initials, then only words of a post.
			acronym = true
			continue
		}
		if !t.isWord() || t.isCap() && !roleNouns[t.lower()] && !describing(t.lower()) && !isOriginAdjective(t.s) {
			return npText{}, false // "The Iranian foreign minister described …" goes on
		}
		if acronym && !roleNouns[t.lower()] && !describing(t.lower()) {
			return npText{}, false // "The UN rights chief raised …" goes on
		}
		if !roleNouns[t.lower()] {
			continue
		}
		if k+1 >= len(toks) {
			return npText{}, false
		}
		next := toks[k+1]
		if roleNouns[next.lower()] || next.isCap() || !next.isWord() && next.s != "," {
			continue
		}
		return npText{text: s[toks[start].start:t.end], start: toks[start].start}, true
	}
	return npText{}, false
}

// linkWords join a name to more words of a noun phrase, not to a verb:
// "Germany and the European Union, saying" has no subject of its own.
var linkWords = set(`and or nor but of in on at for with to by from the a an as`)

// clauseStart returns the index of the token after the comma that
// opens the clause ending at toks[end], or -1 when the clause runs from
// the start of toks or a stop comes first.
func clauseStart(toks []token, end int) int {
	for k := end - 1; k >= 0; k-- {
		if isStop(toks[k].s) {
			return -1
		}
		if toks[k].s == "," {
			if k+1 < end {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// adverbialStarts open a phrase that precedes a sentence's subject.
// prepositionalOpeners open a phrase of time or circumstance that may
// run long before the comma that ends it.
var prepositionalOpeners = set(`on in at during after before since amid following despite upon`)

var adverbialStarts = set(`in on at during after before last earlier while since as
asked speaking following amid despite according more recently over within back`)

// dropAppositives removes ", a spokesman for the ministry," and ", who
// …," from a token list, so that the subject meets its verb.
func dropAppositives(s string, toks []token) []token {
	toks = dropAsides(toks)
	// "After a visit to Russia, Ayatollah Raisi spoke": the comma that
	// closes an opening phrase opens no appositive.
	openerEnd := -1
	if len(toks) > 0 && (prepositionalOpeners[toks[0].lower()] || adverbialStarts[toks[0].lower()]) {
		for k := 1; k < len(toks) && k < 20; k++ {
			if toks[k].s == "," {
				openerEnd = k
				break
			}
		}
	}
	var out []token
	for i := 0; i < len(toks); i++ {
		if i == openerEnd {
			out = append(out, toks[i])
			continue
		}
		// A relative clause set off by commas goes whatever its noun:
		// "The ministry, which Abbas Mousavi heads, said".
		relative := i+1 < len(toks) && relativeOpeners[toks[i+1].s] && closesBeforeFiniteVerb(toks, i+1)
		if toks[i].s == "," && i+1 < len(toks) && len(out) > 0 && (out[len(out)-1].isCap() && (isAppositiveStart(toks[i+1]) || participleAside(toks, i) || roleAside(toks, i)) || relative && out[len(out)-1].isWord()) {
			// Find the closing comma within 25 tokens.
			j := i + 1
			atCue := false
			// A relative clause's own verb of speech, and the words it
			// quotes, are the relative's: "The dossier, which has been
			// described by Scott Morrison as a “work of hate”, praised".
			for j < len(toks) && j-i < 25 && toks[j].s != "," && (!isStop(toks[j].s) || relative && isQuoteMark(toks[j].s)) && (toks[j].s != "“" || relative) {
				if j > i+1 && !relative && cueVerbs[toks[j].lower()] && isCueUse(toks, j) {
					atCue = true
					break
				}
				j++
			}
			for !relative && j < len(toks) && toks[j].s == "," {
				// "Niaraki, the acting director of the Ministry of
				// Industry, Mining and Trade, said": a list inside a
				// body's name does not close the appositive.
				k := nameListEnd(toks, j)
				if k < 0 {
					break
				}
				j = k
			}
			if atCue && j-i > 4 && !relative && !strings.HasSuffix(toks[j].lower(), "ing") && (determiners[toks[i+1].lower()] || toks[i+1].s == "who") &&
				len(out) >= 2 && out[len(out)-2].isCap() && (!hasRelative(toks[i+1:j]) || ownVerbRelative(toks[i+1:j])) {
				// "Wazeri, the spokesman for the Taliban commander in
				// Mazar-e-Sharif told Reuters": an appositive whose
				// closing comma is missing ends at the cue.
				i = j - 1
				continue
			}
			if j < len(toks) && toks[j].s == "," && j > i+1 {
				// The closing comma may open another appositive:
				// "X, the attorney general, one of the plaintiffs, said".
				// After a lower-case noun, which no appositive follows,
				// it goes with the clause, so that the noun meets its
				// verb.
				i = j - 1
				if !out[len(out)-1].isCap() {
					i = j
				}
				continue
			}
			if relative && !(out[len(out)-1].isCap() && isAppositiveStart(toks[i+1])) {
				// Not closed by a comma before a verb: keep it.
				out = append(out, toks[i])
				continue
			}
		}
		out = append(out, toks[i])
	}
	return out
}

// roleAside reports whether the comma at toks[i] opens an aside that
// holds a role noun in lower case and is closed by a comma before a cue:
// "Bill Frelick, refugee rights program director at Human Rights Watch,
// said", "Adam Green, co-founder of the Progressive Change Campaign
// Committee, said". The body in the aside is where the person works; the
// person speaks.
func roleAside(toks []token, i int) bool {
	role := false
	for j := i + 1; j < len(toks) && j-i < 25; j++ {
		t := toks[j]
		if isStop(t.s) || t.s == "“" || t.s == "\"" {
			return false
		}
		if t.s == "," {
			// "Heiko Maas, German Foreign Minister, stated": a run of
			// title words with no name after them is a role too.
			role = role || j > i+1 && titleRole(toks[j-1])
			k := j + 1
			for k < len(toks) && k-j <= 2 && beforeCue[toks[k].s] {
				k++ // "Nathalie Tocci, special adviser to …, has said"
			}
			return role && j > i+1 && k < len(toks) && cueVerbs[toks[k].lower()] && isCueUse(toks, k)
		}
		if hasRoleNoun([]token{t}) || !t.isCap() && roleNouns[strings.TrimSuffix(t.s, "s")] {
			role = true
		}
		if j > i+1 && cueVerbs[t.s] && isCueUse(toks, j) {
			return false
		}
	}
	return false
}

// titleRole reports whether t is a capitalised title word that names a
// post ("Minister"), or a hyphenated run of them ("Secretary-General",
// "Director-General").
func titleRole(t token) bool {
	if !t.isCap() {
		return false
	}
	parts := strings.Split(t.s, "-")
	for _, p := range parts {
		if !titleWords[p] {
			return false
		}
	}
	return roleNouns[strings.ToLower(parts[len(parts)-1])]
}

// beforeCue are the words that may stand between a subject and its verb
// of speech: "has said", "also noted", "has also said".
var beforeCue = set(`has have had also further later then`)

// hasRoleNoun reports whether toks hold a role noun in lower case.
func hasRoleNoun(toks []token) bool {
	for _, t := range toks {
		if !t.isCap() && t.isWord() && (roleNouns[t.s] || roleNouns[lastHyphenPart(t.s)]) {
			return true
		}
	}
	return false
}

// lastHyphenPart returns the part of a hyphenated word after its last
// hyphen: "co-founder" gives "founder".
func lastHyphenPart(w string) string {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return w[k+1:]
	}
	return w
}

// closesBeforeFiniteVerb reports whether the clause that starts at
// toks[k] is closed, within 25 tokens, by a comma before a verb that is
// not a participle: "The agency, which monitors the deal, has
// confirmed" and not "the carrier, which entered the Gulf, saying".
func closesBeforeFiniteVerb(toks []token, k int) bool {
	for j := k; j < len(toks) && j-k < 25; j++ {
		if toks[j].s != "," {
			if isStop(toks[j].s) && !isQuoteMark(toks[j].s) {
				// Words the relative quotes are the relative's.
				return false
			}
			continue
		}
		if j+1 >= len(toks) || !toks[j+1].isWord() || toks[j+1].isCap() {
			return false
		}
		return !strings.HasSuffix(toks[j+1].lower(), "ing")
	}
	return false
}

// dropAsides removes the short asides that news style puts between a
// name and its verb: a party and state tag ("(R-Utah)", ", R-Ky.,"), an
// age (", 25,") or any parenthesis of a few words.
// isDigits reports whether s is a number of one or more digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// tokenIndexAt returns the index of the token starting at pos, or -1.
func tokenIndexAt(toks []token, pos int) int {
	for i, t := range toks {
		if t.start == pos {
			return i
		}
	}
	return -1
}

// hasRelative reports whether toks hold a relative pronoun: a verb
// after it is the relative clause's own.
// ownVerbRelative reports whether toks hold one relative "who" whose
// clause has a verb of its own before the cue that ends toks: "Nate
// Silver, the polling guru who founded fivethirtyeight.com tweeted",
// "Katie Packer, who is chairman of Our Principles Pac said".
func ownVerbRelative(toks []token) bool {
	for k, t := range toks {
		switch t.lower() {
		case "which", "that", "whose", "whom":
			return false
		case "who":
			return k+2 < len(toks) && !cueVerbs[toks[k+1].lower()] && toks[k+1].isWord() && !toks[k+1].isCap()
		}
	}
	return false
}

func hasRelative(toks []token) bool {
	for _, t := range toks {
		switch t.lower() {
		case "who", "which", "that", "whose", "whom":
			return true
		}
	}
	return false
}

// participleAside reports whether the comma at toks[i] opens an aside
// led by a participle of speech and closed by a comma before the
// clause's own cue: "Durbin, noting the size of Sanders’s following,
// said".
func participleAside(toks []token, i int) bool {
	t := toks[i+1]
	if t.isCap() || !strings.HasSuffix(t.lower(), "ing") || !cueVerbs[t.lower()] {
		return false
	}
	for j := i + 2; j+1 < len(toks) && j-i < 25; j++ {
		if isStop(toks[j].s) {
			return false
		}
		if toks[j].s == "," {
			n := toks[j+1].lower()
			return cueVerbs[n] && !strings.HasSuffix(n, "ing")
		}
	}
	return false
}

func dropAsides(toks []token) []token {
	var out []token
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.s == "(" {
			j := i + 1
			for j < len(toks) && j-i <= 8 && toks[j].s != ")" && toks[j].s != "(" {
				j++
			}
			if j < len(toks) && toks[j].s == ")" {
				i = j
				continue
			}
		}
		if n := dashAt(toks, i); n > 0 && len(out) > 0 && out[len(out)-1].isCap() && out[len(out)-1].isWord() && i+n < len(toks) && relativeOpeners[toks[i+n].s] {
			// "Austin -- who visited Ukraine with Blinken -- said": a
			// relative clause set off by dashes between a name and its
			// verb. (Other asides between dashes may hold the sentence's
			// own subject or a relay: "TEHRAN – In a post …", "-- as
			// Clinton's campaign noted --".)
			if j := closingDash(toks, i+n); j > 0 {
				i = j - 1
				continue
			}
		}
		if t.s == "," && len(out) > 0 && out[len(out)-1].isCap() && i+2 < len(toks) {
			j := i + 1
			if isPartyTag(toks[j].s) || isAge(toks[j].s) {
				j++
				if j < len(toks) && toks[j].s == "." {
					j++
				}
				if j < len(toks) && toks[j].s == "," {
					i = j
					continue
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// relativeOpeners open a relative clause about the name before them.
var relativeOpeners = set(`who whose which`)

// dashAt returns how many tokens the dash at toks[i] takes: one for an
// en or em dash, two for "--", else 0.
func dashAt(toks []token, i int) int {
	switch {
	case toks[i].s == "—" || toks[i].s == "–":
		return 1
	case toks[i].s == "-" && i+1 < len(toks) && toks[i+1].s == "-":
		return 2
	}
	return 0
}

// closingDash returns the index just past the dash that closes an aside
// opened before toks[i], when a word in lower case follows it (the
// verb the aside stood before), else -1. The aside runs at most 40
// tokens and holds no other dash.
func closingDash(toks []token, i int) int {
	for j := i; j < len(toks) && j-i <= 40; j++ {
		if n := dashAt(toks, j); n > 0 {
			k := j + n
			if j > i && k < len(toks) && toks[k].isWord() && !toks[k].isCap() {
				return k
			}
			return -1
		}
	}
	return -1
}

// isPartyTag matches the party and state tag of American usage: R-Ky,
// D-Md., I-Vt.
func isPartyTag(w string) bool {
	if len(w) < 3 || w[1] != '-' {
		return false
	}
	switch w[0] {
	case 'R', 'D', 'I':
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[2:])
	return unicode.IsUpper(r)
}

// isAge matches a person's age set off by commas: ", 25,".
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isAppositiveStart(t token) bool {
	// "Jenna Golden, Twitter’s director of political advertising, said".
	if _, poss := t.base(); poss && t.isCap() {
		return true
	}
	lw := t.lower()
	if determiners[lw] || roleNouns[lw] || describing(lw) {
		return true
	}
	// ", wearing a cowboy hat, said".
	if !t.isCap() && len(lw) > 5 && strings.HasSuffix(lw, "ing") && !cueVerbs[lw] {
		return true
	}
	switch lw {
	case "who", "head", "one", "himself", "herself", "whose", "chief", "speaking", "citing", "at":
		// "Pantucci, at the Royal United Services Institute, said".
		return true
	}
	return false
}

// resolveNP finds the speaker a noun phrase stands for.
func (x *extractor) resolveNP(np string, pos int, cue string) (attribution, bool) {
	np = strings.TrimSpace(np)
	np = strings.Trim(np, ",;:")
	if np == "" {
		return attribution{}, false
	}
	lw := strings.ToLower(np)
	if full, ok := supranationalAcronyms[dropThe(np)]; ok && cue != "" && !prepositions[strings.ToLower(lastWords(x.doc.Text[max(0, pos-40):max(0, pos)], 1))] {
		// "the UN said in a statement", "the EU has said": the body the
		// acronym names. Alone, outside a cue's subject, "UN" and "EU"
		// qualify others ("envoy to the UN", "EU ambassadors") and are
		// not read as names, nor is the acronym after a preposition
		// ("Iran's envoy to the UN said").
		return attribution{e: x.entityFor(full, corpus.SpeakerOrganization), cue: cue}, true
	}
	// "WHO said in a tweet": a pronoun in capitals is an acronym.
	if (speakerPronouns[lw] || lw == "i") && (len(np) == 1 || np != strings.ToUpper(np)) {
		if lw == "i" || lw == "we" {
			return attribution{}, false
		}
		if lw == "it" || lw == "they" {
			if np, bound := x.whatItCalled(pos, lw); bound {
				if np.text == "" {
					return attribution{cue: cue}, true // no one to name
				}
				if a, ok := x.resolveNP(np.text, np.start, cue); ok {
					return a, true
				}
				// A subject the record cannot name ("the U.S."): no
				// one, and no later rule may guess.
				return attribution{anon: np.text, cue: cue}, true
			}
		}
		if lw == "they" {
			if group, ok := x.theyGroup(pos); ok {
				return attribution{anon: group, cue: cue}, true
			}
		}
		if lw == "he" || lw == "she" {
			if desc, ok := x.unnamedBefore(pos); ok {
				// "“…,” said another source, saying … “…?” he said": the
				// unnamed source quoted just before, not someone named
				// earlier.
				return attribution{anon: desc, cue: cue}, true
			}
		}
		e, desc := x.resolvePronoun(pos, lw)
		if e == nil && desc != "" {
			// "The Saudi foreign minister, for his part, reiterated …
			// “…,” he noted": the person described, whom the record
			// cannot name, not someone named before.
			return attribution{anon: desc, cue: cue}, true
		}
		if e == nil {
			if lw == "they" {
				// "They said “…”" with no group the record can name:
				// several people, whom the speaker of the quote before
				// is not.
				return attribution{cue: cue}, true
			}
			return attribution{}, false
		}
		return attribution{e: e, cue: cue}, true
	}
	if named, ok := lowerCaseMinistry(np); ok {
		np = named
	}
	if post, ok := capitalizedPost(np); ok {
		np = post
	}
	if name, place, ok := mission(np); ok {
		// "The Iranian embassy in Baku has handed …": the mission, a
		// body, as the text names it, not the place it is in; "the
		// Iranian embassy" again is the one named before, if one was.
		if place {
			return attribution{e: x.entityFor(name, corpus.SpeakerOrganization), cue: cue}, true
		}
		if e := x.missionBefore(name, pos); e != nil {
			return attribution{e: e, cue: cue}, true
		}
		return attribution{anon: describe(np), cue: cue}, true
	}
	if pressNoun(np) {
		// "The Chicago Tribune wrote. … The daily noted that …", "The
		// paper correctly added": the newspaper named last.
		if e := x.lastNewspaper(pos); e != nil {
			return attribution{e: e, cue: cue}, true
		}
	}
	if name, ok := stateForce(np); ok {
		// "The Israeli military said", "the Pakistani army said": the
		// force speaks, a body the text names.
		if e := x.forceBefore(np, name, pos); e != nil {
			return attribution{e: e, cue: cue}, true
		}
		return attribution{e: x.entityFor(name, corpus.SpeakerOrganization), cue: cue}, true
	}
	ms := findMentions(np)
	toks := tokenize(np)
	first := ""
	if len(toks) > 0 {
		first = toks[0].lower()
	}
	if first != "" && first != "one" && isNumberWord(first) && toks[0].isCap() {
		// "Twenty-eight percent said": a share of those asked, no one
		// named.
		return attribution{anon: np, cue: cue}, true
	}
	head, headIdx := headNoun(toks)
	// "Iran's president": the person with that role; "Kayhan's
	// analysis": the name.
	// "Tehran's ambassador to the UN": the owner is the last name
	// before the head, whatever the head's complement names.
	owner := -1
	for k := range ms {
		if headIdx >= 0 && ms[k].end <= toks[headIdx].start {
			owner = k
		}
	}
	if owner >= 0 && !ms[owner].possessive && labelledBodies[head] && !toks[headIdx].isCap() && headIdx > 0 && toks[headIdx-1].end == ms[owner].end {
		// "The Trump administration said", "the Raisi government": the
		// body a person's name labels, named as the text names it, not
		// the person. A place labels no one's ("the Tehran
		// government") and is left to the rules below.
		if e := x.lookupMention(ms[owner], pos); e != nil && !isPlaceName(e.name) {
			return attribution{e: x.entityFor(cleanName(ms[owner].name)+" "+head, corpus.SpeakerOrganization), cue: cue}, true
		}
	}
	if owner >= 0 && ms[owner].possessive && !toks[headIdx].isCap() {
		if ownedBodies[head] {
			// "Sanders' campaign", "Trump's administration": a body named
			// by whom it serves. A place owns none ("Iran's government"
			// names no one the directory can keep).
			if e := x.lookupMention(ms[owner], pos); e != nil && !isPlaceName(e.name) {
				return attribution{e: x.entityFor(e.name+" "+head, corpus.SpeakerOrganization), cue: cue}, true
			}
			return attribution{anon: describe(np), cue: cue}, true
		}
		if roleNouns[head] {
			desc := description(toks, headIdx)
			if name := cleanName(ms[owner].name); isPlaceName(name) {
				// "Iran’s defense minister" is not Iraq's.
				desc = strings.ToLower(name) + "'s " + desc
			}
			if e := x.byRole(desc, pos); e != nil {
				return attribution{e: e, cue: cue}, true
			}
			return attribution{anon: describe(np), cue: cue}, true
		}
		if relationNouns[head] {
			// "Molotov's biographer", "Trump's lawyer": someone else,
			// whom the owner's name does not name.
			return attribution{anon: describe(np), cue: cue}, true
		}
		if e := x.lookupMention(ms[owner], pos); e != nil {
			if isPlaceName(e.name) {
				return attribution{anon: describe(np), cue: cue}, true
			}
			return attribution{e: e, cue: cue}, true
		}
	}
	// "“…,” the statement read": a text speaks for whoever the article
	// said issued it.
	if len(ms) == 0 && len(toks) == 2 && (first == "the" || first == "its" || first == "their") && textNouns[head] {
		if e := x.textIssuer(head, pos); e != nil {
			return attribution{e: e, cue: cue}, true
		}
	}
	if a, ok := x.issuedText(np, toks, pos, cue); ok {
		return a, true
	}
	// "the wise words of Suzy Kassem", "the remarks of the minister": the
	// words are the speaker's, named after "of".
	// So is "the message from the president": a description after
	// "of" or "from" that the record resolves.
	if headIdx >= 0 && (speechNouns[head] || textNouns[head]) && headIdx+2 < len(toks) && (toks[headIdx+1].s == "of" || toks[headIdx+1].s == "from") {
		named := false
		for k := range ms {
			if ms[k].start >= toks[headIdx+1].end && !ms[k].titleOnly {
				named = true
				if e := x.lookupMention(ms[k], pos); e != nil && !isPlaceName(e.name) {
					return attribution{e: e, cue: cue}, true
				}
				break
			}
		}
		if rest := toks[headIdx+2:]; !named && len(rest) >= 2 && rest[0].lower() == "the" && roleNouns[rest[len(rest)-1].lower()] {
			if e := x.byRole(np[rest[0].start:], pos); e != nil {
				return attribution{e: e, cue: cue}, true
			}
		}
	}
	// "A Kuwaiti medical expert says …" opening an interview: the
	// person the next sentence names.
	if (first == "a" || first == "an") && roleNouns[head] {
		if e := x.ledeNamed(pos); e != nil {
			return attribution{e: e, cue: cue}, true
		}
	}
	// "A senior European Union official", "an Iranian diplomat",
	// "another source": someone the text does not name, never the body
	// or place in the phrase.
	if (first == "a" || first == "an" || first == "one" || first == "another") && (roleNouns[head] || head == "source") && headIdx > 0 && !toks[headIdx].isCap() {
		if e := x.appositiveOf(pos); e != nil {
			// "Onur Sinan Güzaltan, a Turkish lawyer tells the Tehran
			// Times": an appositive the text did not close with a comma.
			return attribution{e: e, cue: cue}, true
		}
		if !inUnnamed(x.unnamed, pos) && !x.namedNext(pos) {
			// Recorded as noteUnnamed records it: not when the next
			// sentence names the one described ("A spokesman for
			// Yemen’s armed forces says … Yahya Sara’e says …").
			x.unnamed = append(x.unnamed, unnamedSource{pos, description(toks, headIdx), describe(np)})
		}
		return attribution{anon: describe(np), cue: cue}, true
	}
	// "Sanders protesters", "Trump supporters": people named by whom
	// they follow, not the one they follow.
	if headIdx == len(toks)-1 && headIdx > 0 && (groupNouns[head] || roleNouns[strings.TrimSuffix(head, "s")] && strings.HasSuffix(head, "s")) && !toks[headIdx].isCap() && len(ms) > 0 && ms[len(ms)-1].end <= toks[headIdx].start {
		// "Senior U.S. Army leaders told": people of the body, not the
		// body.
		return attribution{anon: describe(np), cue: cue}, true
	}
	// "the Kayhan newspaper": the name before the head.
	var named *mention
	for i := range ms {
		m := &ms[i]
		if m.titleOnly {
			continue
		}
		// A name after a preposition belongs to a description ("a channel
		// affiliated with the IRGC"), unless the phrase starts with it;
		// so does a role with no article ("chief of the IRGC said").
		described := determiners[first] || headIdx == 0 && roleNouns[first] && m.typ == corpus.SpeakerOrganization && !isPlaceName(cleanName(m.name))
		if described && headIdx >= 0 && m.start > toks[headIdx].start && !toks[headIdx].isCap() {
			continue
		}
		if nw := nextWord(np, m.end); roleNouns[nw] && i == len(ms)-1 {
			// "the Hamas representative", "Hamas spokesman": the body
			// qualifies the role; the person the article gave that role
			// speaks, else the body does.
			if e := x.byRole(strings.ToLower(strings.TrimSpace(np[m.start:])), pos); e != nil {
				return attribution{e: e, cue: cue}, true
			}
		}
		named = m
		if !m.possessive {
			// Prefer the last non-possessive name ("Iran's Supreme Leader Ali Khamenei").
			continue
		}
	}
	if named != nil {
		for i := len(ms) - 1; i >= 0; i-- {
			// "Jeffrey Lewis of the James Martin Center", "G.K.
			// Butterfield of North Carolina": a name after a preposition
			// qualifies the one before it.
			if i > 0 && (afterPreposition(np, ms[i].start) || prepositionalBetween(np, ms[i-1].end, ms[i].start)) {
				continue
			}
			if !ms[i].titleOnly && !ms[i].possessive && (!determiners[first] || headIdx < 0 || ms[i].start <= toks[headIdx].start || toks[headIdx].isCap()) {
				named = &ms[i]
				break
			}
		}
		// A country or a city speaks only by metonymy ("Tehran said"):
		// no speaker rather than a place in the directory.
		if e := x.lookupMention(*named, pos); e != nil && namesSomeone(e.name) {
			if isPlaceName(e.name) && !named.possessive && !afterPreposition(np, named.start) {
				// A country or a city speaks only by metonymy ("Tehran
				// said"): the text names no one, and no other cue may
				// take the words. The place is kept as the role.
				if dropThe(np) == named.name && cue != "" {
					// "Tehran said", "Iran has called …": a state
					// speaking for its government is named, as the
					// annotation guide records it.
					return attribution{e: e, cue: cue, state: true}, true
				}
				return attribution{anon: e.name, cue: cue}, true
			}
			if !isPlaceName(e.name) {
				if roleAfterBody(toks, headIdx, *named) {
					// "Iran’s Foreign Ministry spokesman": a role in a
					// body, with nothing after it, is a person; the one
					// the text gave that role, else someone unnamed,
					// never the body.
					if e := x.byRole(description(toks, headIdx), pos); e != nil {
						return attribution{e: e, cue: cue}, true
					}
					return attribution{anon: describe(np), cue: cue}, true
				}
				return attribution{e: e, cue: cue}, true
			}
		}
	}
	// A state written as a title ("the U.S. imposed what it called"):
	// the subject of its cue speaks for its government.
	if len(ms) == 1 && ms[0].titleOnly && isPlaceName(ms[0].name) && cue != "" && dropThe(np) == ms[0].name {
		if e := x.lookupMention(ms[0], pos); e != nil && isPlaceName(e.name) {
			return attribution{e: e, cue: cue, state: true}, true
		}
	}
	// A title alone: "the President", "the Supreme Leader"; or the
	// surname of someone named in full ("King says" after "Billie Jean
	// King").
	for _, m := range ms {
		if m.titleOnly && !isPlaceName(m.name) {
			if e := x.bySurname(m.name, pos); e != nil && dropThe(np) == m.name && roleNouns[strings.ToLower(m.name)] {
				return attribution{e: e, cue: cue}, true
			}
			if e := x.byRole(strings.ToLower(m.name), pos); e != nil {
				return attribution{e: e, cue: cue}, true
			}
		}
	}
	// An unnamed source described by a title: "one New Hampshire
	// Democrat", "another Republican senator".
	if len(ms) > 0 && named == nil && (first == "one" || first == "another" || first == "a" || first == "an") {
		return attribution{anon: describe(strings.TrimPrefix(strings.TrimPrefix(np, "one "), "another ")), cue: cue}, true
	}
	if head == "" {
		return attribution{}, false
	}
	// A role noun: "the spokesman", "the deputy speaker of parliament",
	// "the top army official": the last person the text gave a role
	// that fits. "A senior official" is someone else, whom the text
	// does not name.
	if roleNouns[head] {
		if first != "a" && first != "an" && first != "one" && first != "another" {
			desc := description(toks, headIdx)
			e := x.byRole(desc, pos)
			if e == nil && headIdx+2 < len(toks) && toks[headIdx+1].s == "of" {
				// "The head of the Atomic Energy Organization added":
				// the post with what it is of, which may fit a role in
				// other words ("chief of the Atomic Energy Organization
				// of Iran") where the post alone does not.
				e = x.byRole(strings.ToLower(np[toks[headIdx].start:]), pos)
			}
			if e != nil && headIdx == 0 && !determiners[first] && x.mentionedBefore(e, pos) {
				// "chief of the Islamic Revolution Guards Corps said":
				// with no article, the body after the title is all
				// that says whose chief; someone named before whose
				// role names another body is not meant.
				for _, m := range ms {
					if m.typ == corpus.SpeakerOrganization && !isPlaceName(cleanName(m.name)) && m.start > toks[0].start && !e.roleNames(m.name) {
						e = nil
						break
					}
				}
			}
			if u, ok := x.lastUnnamedFitting(desc, pos); ok && (e == nil || x.lastRolePos(e, desc, pos) < u.pos) {
				// "CNN quoted a U.S. official as saying …. “…,” the
				// official said": the one the text did not name.
				return attribution{anon: u.written, cue: cue}, true
			}
			if e != nil {
				return attribution{e: e, cue: cue}, true
			}
		} else if !inUnnamed(x.unnamed, pos) {
			x.unnamed = append(x.unnamed, unnamedSource{pos, description(toks, headIdx), describe(np)})
		}
		return attribution{anon: describe(np), cue: cue}, true
	}
	if anonymousHeads[head] {
		return attribution{anon: describe(np), cue: cue}, true
	}
	// An organisation described: "state TV", "a Telegram channel
	// affiliated with the IRGC", "the ministry".
	if orgNouns[head] || head == "tv" || head == "media" || head == "television" {
		if determiners[first] && first == "the" && len(toks) <= 3 {
			// "the maritime organization" is an organization whose
			// name says maritime, not the last one named.
			// A group is described by what it does ("the resistance
			// group" is Hezbollah).
			if e := x.byOrgNoun(head, pos); e != nil && (len(toks) < 3 || headIdx != 2 || head == "group" || head == "movement" || strings.Contains(strings.ToLower(e.name), toks[1].lower()) || isOrigin(toks[1].lower())) {
				return attribution{e: e, cue: cue}, true
			}
		}
		// A description of a body the text does not name ("state TV",
		// "the ministry" with no ministry named) names no one.
		return attribution{anon: describe(np), cue: cue}, true
	}
	return attribution{}, false
}

// roleAfterBody reports whether the description toks ends in its head,
// a role noun in lower case, after the body named: "Iran’s Foreign
// Ministry spokesman", "the IRGC chief".
func roleAfterBody(toks []token, headIdx int, body mention) bool {
	return headIdx >= 0 && headIdx == len(toks)-1 && roleNouns[toks[headIdx].s] && !ownedBodies[toks[headIdx].s] && body.end <= toks[headIdx].start
}

// lastUnnamedFitting returns the last unnamed source before pos whose
// description the definite description desc fits.
func (x *extractor) lastUnnamedFitting(desc string, pos int) (unnamedSource, bool) {
	var best unnamedSource
	found := false
	for _, u := range x.unnamed {
		if u.pos < pos && roleFits(u.desc, desc) && (!found || u.pos > best.pos) {
			best, found = u, true
		}
	}
	return best, found
}

// description returns the words of a description up to its head noun
// toks[head], past any determiner or possessive: "the country's top army
// official" gives "top army official".
func description(toks []token, head int) string {
	var ws []string
	for i := 0; i <= head && i < len(toks); i++ {
		t := toks[i]
		if !t.isWord() {
			continue
		}
		w, poss := t.base()
		if poss || determiners[strings.ToLower(w)] {
			ws = ws[:0]
			if poss && !t.isCap() {
				// "the president's chief of staff": whose chief.
				ws = append(ws, strings.ToLower(w)+"'s")
			}
			continue
		}
		ws = append(ws, strings.ToLower(w))
	}
	// "the President of Uzbekistan": the place after "of" is whose, as
	// in "Uzbekistan's president", which the Iranian president is not.
	if k := head + 1; k+1 < len(toks) && toks[k].s == "of" {
		k++
		if toks[k].s == "the" && k+1 < len(toks) {
			k++
		}
		if w, _ := toks[k].base(); places[w] && (k+1 == len(toks) || !toks[k+1].isCap()) {
			ws = append([]string{strings.ToLower(w) + "'s"}, ws...)
		}
	}
	return strings.Join(ws, " ")
}

func describe(np string) string {
	t := strings.TrimSpace(np)
	for _, d := range []string{"the ", "a ", "an ", "The ", "A ", "An "} {
		if strings.HasPrefix(t, d) {
			return t[len(d):]
		}
	}
	return t
}

// headNoun returns the last lower-case word before a preposition: the
// head of a description.
func headNoun(toks []token) (string, int) {
	head, idx := "", -1
	for i, t := range toks {
		lw := t.lower()
		if i > 0 && (lw == "of" || lw == "for" || lw == "with" || lw == "affiliated" || lw == "close" || lw == "familiar" || lw == "from" || lw == "in" || lw == "at" || lw == "on" || lw == "to" || lw == "linked") {
			break
		}
		if t.isWord() {
			w, _ := t.base()
			head, idx = strings.ToLower(w), i
		}
	}
	return head, idx
}

// continuation attributes a quote with no cue of its own: a paragraph
// that goes on quoting the last speaker, or a quote after a sentence
// that names its speaker.
func (x *extractor) continuation(pi int, p corpus.Paragraph, q corpus.QuoteSpan, pre string) (attribution, bool) {
	if strings.TrimSpace(pre) != "" && !strings.HasSuffix(strings.TrimSpace(pre), ":") {
		// Mid-sentence with no cue: a scare quote or a term.
		if len(x.stmts) == 0 {
			return attribution{}, false
		}
		last := x.stmts[len(x.stmts)-1]
		if last.para != pi || last.spk == nil {
			return attribution{}, false
		}
		return attribution{e: last.spk, cue: last.cue}, true
	}
	if a, ok := x.colonLeadIn(pi, p, q); ok {
		return a, true
	}
	if a, ok := x.previousSentenceCue(pi, p, q); ok {
		return a, true
	}
	if a, ok := x.issuedBefore(pi, p, q); ok {
		return a, true
	}
	for i := len(x.stmts) - 1; i >= 0; i-- {
		last := x.stmts[i]
		if pi-last.para > 2 || x.paras[last.para].Story != p.Story {
			break
		}
		if last.spk == nil && last.anon == "" {
			if last.kind == corpus.KindDirect && last.para == pi {
				// "“…,” nuclear experts David Albright and Serena
				// Kelleher-Vergantini … wrote. “…”": the words just
				// before, in the same paragraph, are someone's the
				// record could not name, and the speaker before them
				// is a guess.
				return attribution{}, false
			}
			continue
		}
		// Another person named in between breaks the chain.
		if x.otherSubjectBetween(last.end, p.Start+q.Open, last.spk, last.regions) {
			return attribution{}, false
		}
		return attribution{e: last.spk, anon: last.anon, cue: last.cue}, true
	}
	return attribution{}, false
}

// colonLeadIn attributes a quote that opens its paragraph after a
// paragraph ending in a colon: "The New York Times reports:" or "On
// July 6, Sanders made the following comment:".
func (x *extractor) colonLeadIn(pi int, p corpus.Paragraph, q corpus.QuoteSpan) (attribution, bool) {
	if strings.TrimSpace(p.Text[:q.Open]) != "" {
		return attribution{}, false
	}
	prev := pi - 1
	for prev >= 0 && x.paras[prev].Boilerplate {
		prev--
	}
	if prev < 0 || x.paras[prev].Heading || x.paras[prev].Story != p.Story {
		return attribution{}, false
	}
	lead := x.paras[prev]
	text := strings.TrimRight(lead.Text, " ")
	if !strings.HasSuffix(text, ":") {
		return attribution{}, false
	}
	// Only the lead-in's last sentence, and never from inside a quote.
	start := 0
	if sents := sentences(text, nil); len(sents) > 0 {
		start = sents[len(sents)-1].start
	}
	tail := text[start:]
	if strings.ContainsAny(tail, "“”\"") {
		return attribution{}, false
	}
	if a, ok := x.cueBefore(tail, lead.Start+start); ok {
		return a, true
	}
	toks := tokenize(tail)
	np := firstSubject(tail, toks)
	if np.text == "" {
		return attribution{}, false
	}
	return x.resolveNP(np.text, lead.Start+start+np.start, ":")
}

// sentenceSubject attributes a partial quote with no cue to the named
// subject of its sentence: "Bush referred to Rubio as “a bright,
// charismatic leader”", "He also thanked Oman “for their positive
// role”". A name or "he"/"she" counts, never "it", "they" or a
// description, and the subject must come before the quote.
func (x *extractor) sentenceSubject(pre string, abs int) (attribution, bool) {
	if a, ok := x.possessiveClaim(pre, abs); ok {
		return a, true
	}
	if k := lastClauseStart(pre); k > 0 {
		// "Bobby Jindal signed an order, while Mike Huckabee proposed
		// we “wake up …”": the subject of the clause the quote is in.
		if a, ok := x.sentenceSubject(pre[k:], abs+k); ok {
			return a, true
		}
		return attribution{}, false
	}
	if group, ok := groupOpening(pre); ok && qualifiedByParticiple(pre) {
		// "Experts appointed by the United Nations have said the
		// forces’ “acts of violence” … “is alarming”": the experts'.
		// ("Supporters of Sanders would argue — and Sanders presumably
		// believes — that …" may be his too.)
		return attribution{anon: group}, true
	}
	toks := dropAppositives(pre, tokenize(pre))
	np := firstSubject(pre, toks)
	if t := strings.TrimSpace(pre); np.text == "" && isTextNoun(strings.ToLower(t)) {
		// "The resolution “asks all EU member states …”": the text is
		// the subject, and speaks for whoever issued it.
		np = npText{text: t, start: strings.Index(pre, t)}
	}
	lw := strings.ToLower(np.text)
	if np.text == "" || speakerPronouns[lw] && lw != "he" && lw != "she" || x.commonWord(np.text) && !isTextNoun(lw) {
		return attribution{}, false
	}
	if rest := strings.TrimLeft(pre[np.start+len(np.text):], " "); strings.HasPrefix(rest, ":") {
		// "Veto Power Impedes Peace Efforts: Eliminating “…”": a heading.
		return attribution{}, false
	}
	if rest, ok := strings.CutPrefix(pre[np.start+len(np.text):], " "); ok {
		// "The Trump administration initially relaxed its “…”": the
		// body the name labels is the subject.
		if head, _, _ := strings.Cut(rest, " "); labelledBodies[head] {
			np.text += " " + head
		}
	}
	a, ok := x.resolveNP(np.text, abs+np.start, "")
	if !ok || a.e == nil && a.anon == "" {
		return attribution{}, false
	}
	return a, true
}

// lastClauseStart returns where the last clause of s that opens with
// its own named subject starts (", while Mike Huckabee …", ", when
// Hillary Clinton called …", "; Zarif …"), or 0.
func lastClauseStart(s string) int {
	best := 0
	for _, sep := range []string{", while ", ", whereas ", ", but ", ", when ", "; "} {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			continue
		}
		rest := s[i+len(sep):]
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
			continue
		}
		if k := i + len(sep); k > best {
			best = k
		}
	}
	return best
}

// dropThe returns np without the article that opens it: a state speaks
// only when the phrase is its name and nothing more ("the U.S.", never
// "the U.S.’s").
func dropThe(np string) string {
	return strings.TrimPrefix(strings.TrimPrefix(np, "the "), "The ")
}

// lowerCaseMinistry names a ministry the text writes in lower case:
// "the Iranian foreign ministry" is "the Iranian Foreign Ministry", "the
// defense ministry" is "the Defense Ministry", "the foreign ministry of
// Azerbaijan" the "Foreign Ministry of Azerbaijan". Only a ministry named by
// what it does, perhaps after its country, is a name; "the ministry"
// stays a reference to one named before.
func lowerCaseMinistry(np string) (string, bool) {
	ws := strings.Fields(np)
	i := 0
	if i < len(ws) && strings.EqualFold(ws[i], "the") {
		i++
	}
	if i < len(ws) && (isOriginAdjective(ws[i]) || places[strings.TrimSuffix(strings.TrimSuffix(ws[i], "’s"), "'s")]) {
		i++
	}
	n := len(ws)
	if n-i == 4 && ministryFunctions[ws[i]] && ws[i+1] == "ministry" && ws[i+2] == "of" && places[ws[i+3]] {
		// "the foreign ministry of Azerbaijan".
		return capitalized(ws[i]) + " Ministry of " + ws[i+3], true
	}
	if n-i < 2 || n-i > 3 || ws[n-1] != "ministry" {
		return "", false
	}
	for _, w := range ws[i : n-1] {
		if !ministryFunctions[w] {
			return "", false
		}
	}
	for k := i; k < n; k++ {
		ws[k] = capitalized(ws[k])
	}
	return strings.Join(ws, " "), true
}

// capitalizedPost writes in lower case a post in capitals that a
// definite article opens and "of" a body ends ("The Secretary General of
// Hezbollah", "The Commander of the IRGC"): a description of someone,
// which is neither a name nor the body, as "the secretary general of
// Hezbollah" is.
func capitalizedPost(np string) (string, bool) {
	ws := strings.Fields(np)
	if len(ws) < 4 || ws[0] != "The" {
		return "", false
	}
	j := 1
	for j < len(ws) && ws[j] != "of" {
		w := ws[j]
		lw := strings.ToLower(w)
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !roleNouns[lw] && !roleModifiers[lw] {
			return "", false
		}
		j++
	}
	if j == 1 || j+1 >= len(ws) || !roleNouns[strings.ToLower(ws[j-1])] {
		return "", false
	}
	for _, w := range ws[j+1:] {
		if maleNames[w] || femaleNames[w] {
			return "", false // "The Foreign Minister of Togo Robert Dussey": a title and its holder
		}
	}
	out := append([]string{"the"}, ws[1:]...)
	for k := 1; k < j; k++ {
		out[k] = strings.ToLower(out[k])
	}
	return strings.Join(out, " "), true
}

// missionSubject returns the mission that opens toks at start: "The
// Iranian embassy in Baku has handed …" (see mission).
func missionSubject(s string, toks []token, start int) (npText, bool) {
	k := start
	if k < len(toks) && toks[k].lower() == "the" {
		k++
	}
	k += 2 // the state's word and the mission's
	if k-1 < len(toks) && toks[k-1].lower() == "permanent" {
		k++ // "Iran’s permanent mission to the UN"
	}
	if k+1 < len(toks) && (toks[k].s == "in" || toks[k].s == "to") {
		k++
		if k+1 < len(toks) && toks[k-1].s == "to" && toks[k].s == "the" {
			k++ // "the Iranian mission to the European Union"
		}
		for k < len(toks) && toks[k].isCap() && toks[k].isWord() {
			k++
		}
	}
	if start >= len(toks) || k > len(toks) {
		return npText{}, false
	}
	np := s[toks[start].start:toks[k-1].end]
	if _, _, ok := mission(np); !ok {
		return npText{}, false
	}
	return npText{text: np, start: toks[start].start}, true
}

// missionBefore returns the mission the text placed before pos that
// name ("Iranian Embassy", from "the Iranian embassy") is short for:
// the last "Iranian embassy in Baku" before it. It is nil when there is
// none, or when two missions so named were placed in different cities.
func (x *extractor) missionBefore(name string, pos int) *entity {
	// ASCII folding keeps the offsets of the text.
	fold := func(s string) string {
		return strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s)
	}
	lo, key := fold(x.doc.Text[:pos]), fold(name)+" "
	found := ""
	for from := 0; ; {
		i := strings.Index(lo[from:], key)
		if i < 0 {
			break
		}
		at := from + i
		from = at + len(key)
		if at > 0 && lo[at-1] != ' ' && lo[at-1] != '\n' {
			continue
		}
		window := x.doc.Text[at:min(pos, at+len(key)+60)]
		np, ok := missionSubject(window, tokenize(window), 0)
		if !ok {
			continue
		}
		if full, placed, _ := mission(np.text); placed {
			if found != "" && x.nameKey(found) != x.nameKey(full) {
				return nil
			}
			found = full
		}
	}
	if found == "" {
		return nil
	}
	return x.entityFor(found, corpus.SpeakerOrganization)
}

// mission reads a state's embassy, consulate or mission as a description
// writes it: "the Iranian embassy in Baku", "Iran’s embassy in London",
// "China’s permanent mission to the United Nations" (name is
// the phrase without its article, as a body's name is written:
// "Iranian Embassy in Baku"; place set), or "the Iranian embassy"
// (place unset). An embassy described by nothing of its state ("the
// embassy") is not one.
func mission(np string) (name string, place bool, ok bool) {
	ws := strings.Fields(np)
	i := 0
	if i < len(ws) && strings.EqualFold(ws[i], "the") {
		i++
	}
	if i+1 >= len(ws) {
		return "", false, false
	}
	owner := strings.TrimSuffix(strings.TrimSuffix(ws[i], "’s"), "'s")
	if !isOriginAdjective(ws[i]) && !(owner != ws[i] && (places[owner] || isAcronymPlace(owner))) {
		return "", false, false
	}
	j := i + 1 // the mission's word
	if strings.EqualFold(ws[j], "permanent") && j+1 < len(ws) && strings.EqualFold(ws[j+1], "mission") {
		// "China’s permanent mission to the United Nations"
		ws[j] = "Permanent"
		j++
	}
	ws[j] = capitalized(ws[j]) // a body's name: "Iranian Embassy in Baku"
	if !missionWords[ws[j]] {
		return "", false, false
	}
	rest := ws[j+1:]
	if len(rest) == 0 {
		return strings.Join(ws[i:], " "), false, true
	}
	if rest[0] == "to" && len(rest) > 2 && rest[1] == "the" && ws[j] == "Mission" {
		// "the Iranian mission to the European Union": a mission to a
		// body of states.
		rest = rest[1:]
		if body := strings.Join(rest[1:], " "); !statesBodies[body] {
			return "", false, false
		}
		return strings.Join(ws[i:], " "), true, true
	}
	if len(rest) > 3 || rest[0] != "in" && rest[0] != "to" || len(rest) < 2 {
		return "", false, false
	}
	for _, w := range rest[1:] {
		if !(token{s: w}).isCap() {
			return "", false, false
		}
	}
	if !isPlaceName(strings.Join(rest[1:], " ")) {
		return "", false, false
	}
	return strings.Join(ws[i:], " "), true, true
}

// pressNouns name a newspaper or a magazine by what it is.
var pressNouns = set(`daily paper newspaper magazine weekly`)

// pressNoun reports whether np is a definite description of a newspaper
// ("the daily", "The paper", "the American newspaper"), with no name of
// its own.
func pressNoun(np string) bool {
	toks := tokenize(np)
	if len(toks) < 2 || len(toks) > 4 || toks[0].lower() != "the" || !pressNouns[toks[len(toks)-1].lower()] {
		return false
	}
	for _, t := range toks[1 : len(toks)-1] {
		if w, _ := t.base(); !isOriginAdjective(w) && !places[w] && t.lower() != "daily" {
			return false
		}
	}
	return true
}

// lastNewspaper returns the newspaper or magazine named last before pos
// in pos's story: an outlet whose name says what it is ("The Chicago
// Tribune", "New York Times") or that the text called a newspaper.
func (x *extractor) lastNewspaper(pos int) *entity {
	story := x.paras[x.paraAt(pos)].Story
	for i := len(x.mentions) - 1; i >= 0; i-- {
		m := x.mentions[i]
		if m.abs >= pos || m.e == nil {
			continue
		}
		if x.paras[x.paraAt(m.abs)].Story != story {
			return nil
		}
		if isNewspaper(m.e) {
			return m.e
		}
	}
	return nil
}

// newspaperWords end the names of newspapers and magazines.
var newspaperWords = set(`Times Post Journal Tribune Herald Gazette Telegraph Guardian Observer Magazine Daily Chronicle Inquirer Independent Economist Haaretz Kayhan Politico`)

// isNewspaper reports whether e is a newspaper or a magazine.
func isNewspaper(e *entity) bool {
	if e.typ != corpus.SpeakerOrganization || isPlaceName(e.name) {
		// "Iran newspaper" is a daily, but "Iran" in the same text is
		// mostly the country.
		return false
	}
	words := strings.Fields(e.name)
	if newspaperWords[words[len(words)-1]] {
		return true
	}
	for _, r := range e.roles {
		if pressNouns[r.role] {
			return true
		}
	}
	return false
}

// stateForce reads a state's armed force or police as a description
// writes it: "the Israeli military", "the Pakistani army", "the U.S.
// Navy", "Israeli police" is a body, named as the text names it with
// its force capitalised ("Israeli Military"), not the state and not a
// description to resolve. Only an adjective of a state will do: "the
// Zionist army" and "the regime's military" stay descriptions, as does
// a possessive state ("Iran’s army").
func stateForce(np string) (string, bool) {
	ws := strings.Fields(np)
	if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 3 || !stateAdjective(ws[0]) {
		return "", false
	}
	force := strings.ToLower(strings.Join(ws[1:], " "))
	if !forceNames[force] {
		return "", false
	}
	for i := 1; i < len(ws); i++ {
		ws[i] = capitalized(ws[i])
	}
	return strings.Join(ws, " "), true
}

// forceBefore returns the force that np, a state's "army" or
// "military" in lower case, describes again: the same state's military
// or army that spoke before pos ("the Israeli military said …" and then
// "the Israeli army said …" are one speaker). An army named as a name
// ("the Iranian Army") is its own body, and is never merged.
func (x *extractor) forceBefore(np, name string, pos int) *entity {
	ws := strings.Fields(np)
	if len(ws) < 2 {
		return nil
	}
	word := ws[len(ws)-1]
	if word != "army" && word != "military" {
		return nil
	}
	other := strings.TrimSuffix(name, capitalized(word))
	if word == "army" {
		other += "Military"
	} else {
		other += "Army"
	}
	e, ok := x.ents[x.nameKey(other)]
	if !ok || !strings.Contains(strings.ToLower(x.doc.Text[:pos]), strings.ToLower(other)) {
		return nil
	}
	return e
}

// forceNames are a state's armed forces and police, as stateForce reads
// them after the state's adjective.
var forceNames = map[string]bool{
	"military": true, "army": true, "navy": true, "police": true,
	"armed forces": true, "air force": true, "coast guard": true,
}

// stateAdjective reports whether w is the adjective of a state ("Israeli",
// "Lebanese", "U.S."): an adjective of origin that is not that of a
// creed, a movement or a people with no state of its own.
func stateAdjective(w string) bool {
	if isAcronymPlace(w) {
		return true
	}
	return isOriginAdjective(w) && !strings.HasSuffix(w, "ist") && !stateless[w]
}

var stateless = set(`Takfiri Salafi Wahhabi Shiite Sunni Black Indigenous Arab Kurd
Kurdish Baluch Pashtun Jewish Christian Muslim Persian`)

// supranationalAcronyms are the short names of the bodies of states
// that are also title words ("UN envoy", "EU foreign policy chief"),
// with the names they stand for.
var supranationalAcronyms = map[string]string{"UN": "United Nations", "U.N.": "United Nations", "EU": "European Union", "E.U.": "European Union"}

// statesBodies are bodies of states that a state sends a mission to.
var statesBodies = map[string]bool{
	"United Nations": true, "UN": true, "U.N.": true, "European Union": true, "EU": true,
	"IAEA": true, "International Atomic Energy Agency": true, "OPCW": true,
	"African Union": true, "Arab League": true, "OIC": true, "Organization of Islamic Cooperation": true,
	"UN Security Council": true, "Security Council": true, "UN Human Rights Council": true,
}

var ministryFunctions = set(`foreign defense defence interior health finance economy economic
justice intelligence oil energy petroleum education culture industry trade commerce labor
labour agriculture roads communications science welfare sports`)

// isAllCaps reports whether w is a word of two or more letters, all of
// them capitals: a dateline or a shouted heading.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// commonWord reports whether np is a single capitalised word that the
// document also uses in lower case, so a common word opening a sentence
// ("Hours later, …", "Horrified at …"), not a name. Names the document
// already knows in full are never common words.
func (x *extractor) commonWord(np string) bool {
	if strings.ContainsAny(strings.TrimSpace(np), " \t") {
		return false
	}
	w, _ := token{s: np}.base()
	lw := strings.ToLower(w)
	if lw == w || speakerPronouns[lw] || x.resolveSingle(w, corpus.SpeakerPerson, len(x.doc.Text)) != nil {
		return false
	}
	x.readWordCases()
	if x.lowerWords[lw] {
		return true
	}
	if base, ok := strings.CutSuffix(lw, "ly"); ok && commonWords[base] && !x.midCapWords[lw] {
		return true // "Thirdly", "Finally": an adverb of a common word
	}
	// "Recent negotiations have been described as …", "Accusing the
	// Islamic Republic of …": a common word that the article capitalises
	// only where a sentence starts.
	return commonWords[lw] && !x.midCapWords[lw]
}

// readWordCases fills, in one pass over the document, lowerWords (the
// words it writes in lower case) and midCapWords (the words it
// capitalises inside a sentence as a name of their own: after a
// lower-case word, a comma or a title, as in "said Young" or "Senator
// Young", and not inside a longer name).
func (x *extractor) readWordCases() {
	if x.lowerWords != nil {
		return
	}
	x.lowerWords = make(map[string]bool)
	x.midCapWords = make(map[string]bool)
	text := x.doc.Text
	toks := tokenize(text)
	for i, t := range toks {
		if !t.isWord() {
			continue
		}
		if !t.isCap() {
			if !inAddress(text, t.start, t.end) {
				x.lowerWords[t.s] = true
			}
			continue
		}
		if i == 0 {
			continue
		}
		p := toks[i-1]
		if !p.isWord() && p.s != "," || strings.ContainsRune(text[p.end:t.start], '\n') {
			continue
		}
		if nameConnectors[p.s] || p.s == "and" || p.s == "the" || p.isCap() && !titleWords[p.s] && !honorifics[p.s] {
			// "Gulf State Analytics", "Ministry of Roads and
			// Construction": inside a longer name, not a name alone.
			continue
		}
		w, _ := t.base()
		x.midCapWords[strings.ToLower(w)] = true
	}
}

// inAddress reports whether the word at text[start:end] is part of a
// web address or a handle ("khamenei.ir", "@khamenei_ir", "/news"),
// where a name is written in lower case.
func inAddress(text string, start, end int) bool {
	if start > 0 {
		switch text[start-1] {
		case '.', '@', '/', '#', '_':
			return true
		}
	}
	if end+1 < len(text) && (text[end] == '.' || text[end] == '_') {
		c := text[end+1]
		return c >= 'a' && c <= 'z'
	}
	return false
}

// isClauseOpener reports whether t, first in a sentence, opens an
// adverbial clause rather than naming its subject: "Filling in for
// Sanders, West said".
func isClauseOpener(t token) bool {
	return t.isCap() && len(t.s) > 5 && strings.HasSuffix(t.s, "ing") && !isAllCaps(t.s)
}

// isLandform reports whether name is a body of water or a landform
// ("the Persian Gulf", "the Strait of Hormuz"), which is no state either.
func isLandform(name string) bool {
	toks := tokenize(name)
	if len(toks) < 2 {
		return false
	}
	last, _ := toks[len(toks)-1].base()
	first, _ := toks[0].base()
	return landforms[last] || landforms[first] && toks[1].s == "of"
}

// isPlaceName reports whether every word of name is a place.
func isPlaceName(name string) bool {
	if stateNames[strings.TrimPrefix(name, "the ")] {
		return true
	}
	toks := tokenize(name)
	if len(toks) == 0 {
		return false
	}
	if len(toks) >= 2 {
		// "the Red Sea", "the Persian Gulf", "the Strait of Hormuz",
		// "the Gulf of Aden": a body of water or a landform.
		if isLandform(name) {
			return true
		}
	}
	for _, t := range toks {
		w, _ := t.base()
		if !places[w] && !places[capitalized(w)] && !isAcronymPlace(w) {
			return false
		}
	}
	return true
}

// landforms end or open the names of seas, gulfs and other places that
// no person is named by ("Lake" and "Bay" are surnames too), and of the
// sites a visit takes someone to ("Shahid Bakri Airport").
var landforms = set(`Sea Gulf Ocean Strait Straits River Canal Peninsula Desert Mountains Valley Heights Islands
Airport Stadium Square Mosque Shrine Palace Province`)

// isAcronymPlace matches the capitalised and dotted forms of places:
// TEHRAN, U.S.
func isAcronymPlace(w string) bool {
	switch strings.ToUpper(strings.ReplaceAll(w, ".", "")) {
	case "US", "USA", "UK", "UAE":
		return true
	}
	return false
}

// capitalized returns w in lower case with a capital first letter:
// TEHRAN -> Tehran.
func capitalized(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}

// firstNameIn attributes to the first person or organisation named in
// toks before a comma or a stop.
func (x *extractor) firstNameIn(s string, toks []token, abs int, cue string) (attribution, bool) {
	end := 0
	for end < len(toks) && end < 12 && toks[end].s != "," && !isStop(toks[end].s) {
		end++
	}
	if end == 0 {
		return attribution{}, false
	}
	seg := s[toks[0].start:toks[end-1].end]
	described := determiners[toks[0].lower()]
	for _, m := range findMentions(seg) {
		if m.titleOnly || m.possessive {
			continue
		}
		if described && afterPreposition(seg, m.start) {
			// "said the three-times winner of the AFC Futsal Player of
			// the Year award": a body or an award that describes
			// someone the text does not name here.
			return attribution{}, false
		}
		if e := x.lookupMention(m, abs+toks[0].start+m.start); e != nil && !isPlaceName(e.name) {
			return attribution{e: e, cue: cue}, true
		}
	}
	return attribution{}, false
}

// sentenceBefore returns the sentence before the one the quote q opens,
// and its text, when q opens its sentence and that sentence holds no
// quote mark.
func (x *extractor) sentenceBefore(pi int, p corpus.Paragraph, q corpus.QuoteSpan) (sentence, string, bool) {
	sents := x.psents[pi]
	si := sentenceAt(sents, q.Open)
	if si <= 0 || sents[si].start != q.Open {
		return sentence{}, "", false
	}
	prev := sents[si-1]
	text := p.Text[prev.start:prev.end]
	if strings.ContainsAny(text, "“”\"") {
		return sentence{}, "", false
	}
	return prev, text, true
}

// issuedBefore reads a quote that opens the sentence after one that
// puts out a text: "Iran's new parliament has issued a statement
// strongly condemning the resolution. “The Islamic Consultative Assembly
// strongly condemns …”" quotes the statement, so its issuer speaks.
func (x *extractor) issuedBefore(pi int, p corpus.Paragraph, q corpus.QuoteSpan) (attribution, bool) {
	prev, text, ok := x.sentenceBefore(pi, p, q)
	if !ok {
		return attribution{}, false
	}
	toks := tokenize(text)
	for i := 2; i < len(toks); i++ {
		if !textNouns[toks[i].lower()] || !issuingVerbs[toks[i-2].lower()] || toks[i-1].lower() != "a" && toks[i-1].lower() != "an" {
			continue
		}
		if e := x.authorOf(text, toks, i, p.Start+prev.start); e != nil {
			return attribution{e: e, cue: toks[i].lower()}, true
		}
		// A text whose issuer the record cannot name: no one, rather
		// than whoever was quoted before it.
		return attribution{cue: toks[i].lower()}, true
	}
	return attribution{}, false
}

// previousSentenceCue attributes a quote that opens a sentence right
// after a sentence ending in its own cue: "The administration may wait,
// Schiff said. “The other factor …”".
func (x *extractor) previousSentenceCue(pi int, p corpus.Paragraph, q corpus.QuoteSpan) (attribution, bool) {
	prev, text, ok := x.sentenceBefore(pi, p, q)
	if !ok {
		return attribution{}, false
	}
	tc, ok := trailingCue(text)
	if !ok {
		return attribution{}, false
	}
	if relayCues[tc.cue] {
		// "Faraji-Rad has criticized European countries …, Mehr
		// reported on Monday. “…”": the outlet relays; the words are
		// those of the person the sentence reports on, if it names one
		// ("… published an open letter, CNN reported. “We call on …”
		// the letter read" names no one).
		np := firstSubject(text, dropAppositives(text, tokenize(text)))
		if np.text == "" || x.commonWord(np.text) {
			return attribution{}, false
		}
		a, ok := x.resolveNP(np.text, p.Start+prev.start+np.start, "")
		if !ok || a.e == nil || a.e.typ != corpus.SpeakerPerson {
			return attribution{}, false
		}
		return a, true
	}
	return x.resolveNP(tc.np.text, p.Start+prev.start+tc.np.start, tc.cue)
}

// trailing is a cue that ends a sentence: "…, Schiff said on Tuesday."
type trailing struct {
	np    npText
	cue   string
	comma int // offset of the comma before the speaker
}

// trailingCue finds a cue among the last words of a sentence, after a
// comma: ", Schiff said.", ", he said on Tuesday.", ", the ministry
// said in a statement."
func trailingCue(text string) (trailing, bool) {
	toks := tokenize(text)
	n := len(toks)
	if n < 3 || toks[n-1].s != "." {
		return trailing{}, false
	}
	for c := n - 2; c >= 0 && c >= n-8; c-- {
		if !cueVerbs[toks[c].s] || !isCueUse(toks, c) {
			continue
		}
		if c+1 < n && toks[c+1].lower() == "that" {
			// "…, Khamenei stated that these crimes occurred.": the cue
			// has its own clause; the words before the comma are not it.
			return trailing{}, false
		}
		if after := toks[c+1 : n-1]; len(after) > 1 && after[0].isCap() && !calendarWords[after[0].s] && (c == 0 || toks[c-1].s != ",") {
			// "In a speech before the Duma, Raisi said Iran seeks …":
			// a new subject after the cue starts its own clause.
			return trailing{}, false
		}
		if c > 1 && toks[c-1].s == "," && c+1 < n-1 && invertingCues[toks[c].lower()] && toks[c+1].isCap() {
			// "…, said Dr. Kalantar-Hormozi.": the speaker after an
			// inverted cue.
			if np := collectNP(text, toks[c+1:n-1]); np.text != "" && np.start+len(np.text) == toks[n-2].end && allNameWords(toks[c+1:n-1]) {
				return trailing{np: np, cue: toks[c].lower(), comma: toks[c-1].start}, true
			}
		}
		k := c - 1
		for k >= 0 && toks[k].s != "," {
			k--
		}
		if k < 0 && c <= 6 {
			// The whole sentence is the cue: "Dianne Bystrom agreed."
			np := npBefore(text, toks[:c])
			if np.text == "" || np.start != toks[0].start {
				return trailing{}, false
			}
			return trailing{np: np, cue: toks[c].lower(), comma: -1}, true
		}
		if k < 0 || c-k > 6 {
			return trailing{}, false
		}
		np := npBefore(text, toks[k+1:c])
		if np.text == "" {
			return trailing{}, false
		}
		return trailing{np: np, cue: toks[c].lower(), comma: toks[k].start}, true
	}
	return trailing{}, false
}

// allNameWords reports whether every word of toks is capitalised or
// joins the words of a name ("bin", "al-"): a name and nothing more.
func allNameWords(toks []token) bool {
	for _, t := range toks {
		if t.isWord() && !t.isCap() && !nameConnectors[t.s] {
			return false
		}
	}
	return true
}

// afterPreposition reports whether the word before pos in s, past a
// "the", is a preposition.
func afterPreposition(s string, pos int) bool {
	f := strings.Fields(strings.ToLower(s[:pos]))
	if n := len(f); n > 0 && f[n-1] == "the" {
		f = f[:n-1]
	}
	return len(f) > 0 && prepositions[f[len(f)-1]]
}

// prepositionalBetween reports whether the words between two names open
// with a preposition and hold no other capitalised word: "Phil Musser of
// digital consulting firm IMGE", where the second name qualifies the
// first.
func prepositionalBetween(s string, from, to int) bool {
	if from < 0 || to > len(s) || from >= to {
		return false
	}
	f := strings.Fields(s[from:to])
	if len(f) < 2 || !prepositions[f[0]] {
		return false
	}
	for _, w := range f[1:] {
		if w != strings.ToLower(w) {
			return false
		}
	}
	return true
}

var prepositions = set(`of from in at for with to on by`)

// possessiveClaim attributes a partial quote to the owner of a speech
// noun before it: "Donald Trump's claim that there have been “thousands
// of shootings”", "Obama's “if you like your plan” promise".
func (x *extractor) possessiveClaim(pre string, abs int) (attribution, bool) {
	toks := tokenize(pre)
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-12; i-- {
		if toks[i].s == "”" || toks[i].s == "\"" {
			// "Trump’s statement about “thousands of shootings” is
			// “true”": the claim's quote is the earlier one.
			return attribution{}, false
		}
		if !speechNouns[toks[i].lower()] || i == 0 {
			continue
		}
		if _, poss := toks[i-1].base(); !poss || !toks[i-1].isCap() {
			continue
		}
		ms := findMentions(pre[:toks[i].start])
		if len(ms) == 0 || !ms[len(ms)-1].possessive {
			return attribution{}, false
		}
		m := ms[len(ms)-1]
		if e := x.lookupMention(m, abs+m.start); e != nil && !isPlaceName(e.name) {
			return attribution{e: e, cue: toks[i].lower()}, true
		}
		return attribution{}, false
	}
	return attribution{}, false
}

// speechNouns name something said.
var speechNouns = set(`claim claims statement statements remark remarks comment comments dictum motto
words assertion assertions promise promises pledge vow accusation accusations
charge warning warnings description tweet tweets words slogan phrase call
demand insistence suggestion argument contention prediction`)

// transcriptLabel attributes a quoted transcript turn that opens with
// its speaker's name in capitals: “WALLACE: Let’s start with …”. It
// also returns where the words after the label start in inner.
func (x *extractor) transcriptLabel(inner string, pos int) (attribution, int, bool) {
	full, rest, ok := turnLabel(inner)
	if !ok {
		return attribution{}, 0, false
	}
	if !strings.Contains(full, " ") {
		if e := x.resolveSingle(full, corpus.SpeakerPerson, pos); e != nil {
			return attribution{e: e, cue: ":"}, rest, true
		}
	}
	return attribution{e: x.entityFor(full, corpus.SpeakerPerson), cue: ":"}, rest, true
}

// turnLabel reads the speaker's label that opens a transcript turn
// ("PENCE: Well, …", "JAKE TAPPER: …"): up to three words in capitals
// and a colon. It returns the name in the case of a name and where the
// words after the label start. A label that names no one is no turn: a
// tag of the news ("BREAKING:", "VIDEO:"), a place ("TURKEY:") or a
// phrase ("DUOPOLY OF POWER:").
func turnLabel(inner string) (name string, rest int, ok bool) {
	colon := strings.Index(inner, ": ")
	if colon < 2 || colon > 30 {
		return "", 0, false
	}
	words := strings.Fields(inner[:colon])
	if len(words) == 0 || len(words) > 3 {
		return "", 0, false
	}
	for _, w := range words {
		if !isAllCaps(w) || newsTags[w] || prepositions[strings.ToLower(w)] || determiners[strings.ToLower(w)] || clauseConjunctions[strings.ToLower(w)] {
			return "", 0, false
		}
		if utf8.RuneCountInString(strings.Trim(w, ".")) < 2 {
			return "", 0, false
		}
	}
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = capitalized(w)
	}
	name = strings.Join(parts, " ")
	if isPlaceName(name) {
		return "", 0, false
	}
	rest = colon + 2
	for rest < len(inner) && inner[rest] == ' ' {
		rest++
	}
	return name, rest, true
}

// newsTags are the capitalised tags that open a post or a headline
// rather than name a speaker.
var newsTags = set(`BREAKING SCOOP SPECIAL EXCLUSIVE UPDATE UPDATED VIDEO WATCH PHOTO PHOTOS AUDIO
LIVE NOTE NEWS ALERT FLASH READ MORE REPORT OPINION EDITORIAL ANALYSIS FACT CHECK WARNING QUESTION ANSWER`)

// roleHeaded reports whether the words of a description end in a role
// noun, or in one and the phrase of a preposition after it ("the EU
// coordinator for the talks").
func roleHeaded(desc []string) bool {
	for k := len(desc) - 1; k >= 0; k-- {
		w := strings.ToLower(desc[k])
		if roleNouns[w] {
			return k == len(desc)-1 || k+2 < len(desc) && postPrepositions[strings.ToLower(desc[k+1])]
		}
	}
	return false
}

// postPrepositions may open the phrase that says what a role is of or for.
var postPrepositions = set(`for of to in at on`)

// nameInApposition returns the person's name set off by commas right
// after the description that np opens in text ("Iran’s chief
// negotiator, Ali Bagheri Kani, met …": np may be "Iran’s" alone), and
// reports whether there is one.
func nameInApposition(text string, np npText) (npText, bool) {
	if np.text == "" {
		return npText{}, false
	}
	at := np.start + len(np.text)
	comma := strings.Index(text[at:], ", ")
	if comma < 0 {
		return npText{}, false
	}
	desc := strings.Fields(np.text + text[at:at+comma])
	if len(desc) > 8 || !roleHeaded(desc) {
		return npText{}, false
	}
	for _, w := range strings.Fields(text[at : at+comma]) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			return npText{}, false
		}
	}
	at += comma + 2
	rest := text[at:]
	ms := findMentions(rest)
	if len(ms) == 0 || ms[0].start != 0 || ms[0].typ == corpus.SpeakerOrganization || ms[0].possessive || isPlaceName(ms[0].name) || len(strings.Fields(ms[0].name)) < 2 || !strings.HasPrefix(rest[ms[0].end:], ",") {
		return npText{}, false
	}
	return npText{text: rest[:ms[0].end], start: at}, true
}

// namedClause reports whether seg, a stretch that a determiner opens
// and a comma closes, is a name's clause rather than an opening phrase:
// a capitalised word follows the determiner ("The Islamic Jihad
// movement"), and an auxiliary or "also" after it says a verb follows
// ("has also threatened"). "The next day," and "The ministry has
// warned Israel," are not, nor a passive ("The MoU was inked by A,"),
// nor a place ("The South China Sea has become a flashpoint,").
func namedClause(seg []token) bool {
	if len(seg) < 4 || !seg[1].isCap() || !seg[1].isWord() || slices.ContainsFunc(seg, func(t token) bool { return t.s == "by" }) {
		return false
	}
	end := 1
	for end < len(seg) && seg[end].isCap() && seg[end].isWord() {
		end++
	}
	var name []string
	for _, t := range seg[1:end] {
		name = append(name, t.s)
	}
	if isPlaceName(strings.Join(name, " ")) {
		return false
	}
	for _, t := range seg[end:] {
		if lw := t.lower(); auxiliaries[lw] || lw == "also" {
			return true
		}
	}
	return false
}
