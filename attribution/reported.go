package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/corpus"
)

// settingPrepositions open a phrase of where or when something was said.
var settingPrepositions = set(`at in during on after before while`)

// reported finds reported speech in a sentence: "X said that …", "X
// told reporters that …", and "…, X said."
func (x *extractor) reported(pi int, p corpus.Paragraph, sn sentence, spans []corpus.QuoteSpan) {
	s := p.Text
	text := s[sn.start:sn.end]
	// Only the part of the sentence before its first quote mark.
	cut := len(text)
	for _, q := range spans {
		if q.Open >= sn.start && q.Open < sn.end {
			cut = min(cut, q.Open-sn.start)
		}
		if q.Open < sn.start && q.Close > sn.start {
			return // the sentence sits inside a quote
		}
	}
	if cut == len(text) && x.trailingReported(pi, p, sn, text) {
		return
	}
	toks := tokenize(text[:cut])
	toksNA := dropAppositives(text[:cut], toks)
	// After a statement, only a participle that adds another to it
	// ("X said that A, adding that B") is read: one record per clause.
	after := -1
	for c, t := range toksNA {
		lw := t.lower()
		if !reportVerbs[t.s] {
			continue
		}
		if after >= 0 && (p.Start+sn.start+t.start < after || !strings.HasSuffix(lw, "ing") || toksNA[c-1].s != ",") {
			continue
		}
		callOn := (lw == "called" || lw == "urged") && c+1 < len(toksNA) && toksNA[c+1].lower() == "on"
		if !callOn && !isCueUse(toksNA, c) {
			continue
		}
		// The content starts after "that", or after a short adverbial or
		// object ("told reporters", "said on Monday").
		// A phrase of place or time may run longer: "said at a joint
		// press conference with Rouhani that …".
		reach := 6
		if c+1 < len(toksNA) && settingPrepositions[toksNA[c+1].s] {
			reach = 10
		}
		k := c + 1
		for k < len(toksNA) && k-c <= reach && toksNA[k].lower() != "that" && toksNA[k].isWord() && !cueVerbs[toksNA[k].lower()] {
			k++
		}
		contentStart := -1
		next := ""
		if c+1 < len(toksNA) {
			next = toksNA[c+1].lower()
		}
		switch {
		case k < len(toksNA) && toksNA[k].lower() == "that":
			contentStart = k + 1
		case (lw == "called" || lw == "calls" || lw == "urged" || lw == "urges") && next == "on":
			contentStart = c + 2
		case lw == "told" || lw == "tells" || strings.HasSuffix(lw, "ing"):
			// "told reporters" needs its "that".
		case objectVerbs[lw] && c+1 < len(toksNA) && toksNA[c+1].isWord() && !adverbs[next] && !mannerAdverb(toksNA, c+1) && !npEnders[next] && !calendarWords[toksNA[c+1].s]:
			// Not "said pleasantly into the phone": an adverb of manner
			// ("said undoubtedly there is …" still reports).
			// "X said Iran poses …", "X confirmed Iran's readiness …".
			contentStart = c + 1
		case clauseVerbs[lw] && (determiners[next] || possessives[next]) && c > 0 && !isStop(toksNA[c-1].s) && hasFiniteVerb(toksNA[c+1:min(c+9, len(toksNA))]):
			// "Zarghami says the country must take …", "Khatibzadeh
			// added the nuclear talks are not …", "The president said
			// his government has proved …": an article or a possessive
			// opens the clause when a finite verb follows it closely;
			// "said the minister" has none.
			contentStart = c + 1
		}
		if contentStart < 0 || contentStart >= len(toksNA) {
			continue
		}
		// Skip ", in principle," after "that".
		for contentStart < len(toksNA) && toksNA[contentStart].s == "," {
			j := contentStart + 1
			for j < len(toksNA) && toksNA[j].s != "," && j-contentStart < 5 {
				j++
			}
			if j < len(toksNA) && toksNA[j].s == "," {
				contentStart = j + 1
			} else {
				break
			}
		}
		if contentStart >= len(toksNA) {
			continue
		}
		var np npText
		if c > 0 && toksNA[c-1].lower() == "as" && strings.HasSuffix(lw, "ing") {
			// "CNN quoted a U.S. official as saying that …": the one
			// quoted says it, not the outlet; an unnamed source gives
			// no statement, but a later "the official" is them.
			if a, ok := x.quotedAs(text[:cut], toksNA[:c+1], p.Start+sn.start); ok {
				if a.e == nil || a.e.anonymous || isPlaceName(a.e.name) {
					continue
				}
				if x.addReported(pi, p, sn, text, cut, toksNA, contentStart, a.e, lw, p.Start+sn.start) {
					return
				}
			}
			// "made the remarks in reaction to a Reuters report citing a
			// U.S. official as claiming that …": the words are the one
			// cited's, whoever the sentence's subject is.
			continue
		}
		if strings.HasSuffix(lw, "ing") {
			// "…, he said, adding that …" goes with the parenthetical
			// verb's subject, else the sentence's.
			if np = parentheticalSubject(text, toksNA, c); np.text == "" {
				np = firstSubject(text, toksNA[:c])
				if name, ok := nameInApposition(text, np); ok {
					// "The EU coordinator for the talks, Josep Borrell,
					// complicated the situation by saying that …".
					np = name
				}
			}
		} else {
			np = npBefore(text, toksNA[:c])
			if np.text == "who" || np.text == "which" {
				np = x.relativeAntecedent(text, toks, toksNA[c-1].start)
			}
			if name := qualifiedName(text, np); np.text != "" && name.text != "" {
				np = name // "… Mitrakhovich from the … Fund and the Financial University tells"
			}
		}
		if np.text == "" {
			continue
		}
		a, ok := x.resolveNP(np.text, p.Start+sn.start+np.start, lw)
		if !ok || a.e == nil || a.e.anonymous {
			continue
		}
		if a.e != nil && isPlaceName(a.e.name) {
			continue
		}
		if a.e.typ != corpus.SpeakerPerson && contentStart < len(toksNA) && (toksNA[contentStart].s == "his" || toksNA[contentStart].s == "her") {
			// "the chairman of the board of Chabahar Free Trade–Industrial
			// Zone Organization said his organization is …": a person
			// speaks of his own body; the body is not the speaker.
			continue
		}
		if x.addReported(pi, p, sn, text, cut, toksNA, contentStart, a.e, lw, p.Start+sn.start+np.start) {
			after = x.stmts[len(x.stmts)-1].end
		}
	}
}

// addReported records the reported statement whose content starts at
// toksNA[contentStart], given to e with cue and e made salient at
// mentioned, unless the content is too short, holds a quote mark, or
// runs into a quote that carries it. It reports whether it did.
func (x *extractor) addReported(pi int, p corpus.Paragraph, sn sentence, text string, cut int, toksNA []token, contentStart int, e *entity, cue string, mentioned int) bool {
	cs := toksNA[contentStart].start
	ce := clauseEnd(text[:cut], cs)
	content := strings.TrimRight(text[cs:ce], " ,;:.—–-")
	if len(strings.Fields(content)) < 4 || strings.ContainsAny(content, "\"“”") {
		return false
	}
	if ce == cut && cut < len(text) {
		// The statement runs into a quote: the quote carries it.
		return false
	}
	st := stmt{
		start: p.Start + sn.start + cs,
		kind:  corpus.KindReported,
		para:  pi,
		spk:   e,
		cue:   cue,
	}
	st.end = st.start + len(content)
	st.regions = [][2]int{{p.Start + sn.start, st.start}}
	x.stmts = append(x.stmts, st)
	x.salient = append(x.salient, salient{mentioned, e})
	return true
}

// objectVerbs take the statement as their object without "that": "X
// said Iran poses …", "X confirmed Iran's readiness …".
var objectVerbs = set(`said says confirmed confirms reiterated reiterates reaffirmed
reaffirms announced announces acknowledged acknowledges stressed stresses
emphasized emphasizes emphasised underlined underscored`)

// relativeAntecedent finds the name before ", who".
func (x *extractor) relativeAntecedent(text string, toks []token, whoPos int) npText {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].start != whoPos {
			continue
		}
		if i >= 2 && toks[i-1].s == "," {
			return npBefore(text, toks[:i-1])
		}
		break
	}
	return npText{}
}

// clauseEnd returns where a reported clause that starts at i ends: the
// sentence's end, or a comma that opens a new clause with its own subject.
func clauseEnd(s string, i int) int {
	toks := tokenize(s[i:])
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].s != "," && toks[k].s != ";" {
			continue
		}
		switch toks[k+1].lower() {
		case "he", "she", "they", "but", "while", "whereas", "although", "though", "adding", "saying", "noting", "which":
			return i + toks[k].start
		}
	}
	return len(s)
}

// trailingReported records the reported speech of a sentence that ends
// in its cue: "The administration may be reluctant to act, Schiff said."
func (x *extractor) trailingReported(pi int, p corpus.Paragraph, sn sentence, text string) bool {
	tc, ok := trailingCue(text)
	if !ok || tc.comma < 0 || !reportVerbs[tc.cue] {
		return false
	}
	content := strings.TrimRight(text[:tc.comma], " ,;:—–-")
	if len(strings.Fields(content)) < 4 {
		return false
	}
	if ct := tokenize(content); len(ct) > 1 && ct[0].isCap() && strings.HasSuffix(ct[0].s, "ing") && prepositions[ct[1].s] && !hasFiniteVerb(ct) {
		// "Speaking to reporters on Monday, Zarif said.": a phrase that
		// sets the scene, not what was said.
		return false
	}
	a, ok := x.resolveNP(tc.np.text, p.Start+sn.start+tc.np.start, tc.cue)
	if !ok || a.e == nil || a.e.anonymous || isPlaceName(a.e.name) {
		return false
	}
	st := stmt{
		start: p.Start + sn.start,
		kind:  corpus.KindReported,
		para:  pi,
		spk:   a.e,
		cue:   tc.cue,
	}
	st.end = st.start + len(content)
	st.regions = [][2]int{{p.Start + sn.start + tc.comma, p.Start + sn.end}}
	x.stmts = append(x.stmts, st)
	x.salient = append(x.salient, salient{p.Start + sn.start + tc.np.start, a.e})
	return true
}

// hasFiniteVerb reports whether the words hold an auxiliary or a form of
// "be": "Yielding to the idea … is a big mistake" is a statement whose
// subject is a gerund, "Speaking to reporters on Monday" is none.
func hasFiniteVerb(toks []token) bool {
	for _, t := range toks {
		if finiteVerbs[t.lower()] {
			return true
		}
	}
	return false
}

// possessives may open the clause a verb of speech reports: "said his
// government has proved …".
var possessives = set(`his her their its our my`)

// clauseVerbs take a clause after them, and seldom a noun phrase.
var clauseVerbs = set(`said says added adds`)

var finiteVerbs = set(`is are was were will would has have had can could should must
may might does do did shall`)

// mannerAdverb reports whether toks[i] is an adverb in -ly that ends the
// cue or leads to a phrase, not to a clause: "said pleasantly into the
// phone", "said quietly.".
func mannerAdverb(toks []token, i int) bool {
	if i >= len(toks) || !isLyAdverb(toks[i]) {
		return false
	}
	w := toks[min(i+1, len(toks)-1)].lower()
	return i+1 >= len(toks) || !toks[i+1].isWord() || prepositions[w] || phrasePrepositions[w]
}

// phrasePrepositions open phrases of place or time after a verb, beside
// prepositions.
var phrasePrepositions = set(`into onto over through across during after before toward towards about`)
