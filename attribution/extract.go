package attribution

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// ExtractorVersion changes whenever Extract's results change, so that
// indexes built by an older extractor are rebuilt.
const ExtractorVersion = "18"

// Extract returns the statements of doc, attributed and dated, in the
// order they appear. The same statement stated twice in doc (a live blog
// repeats a story) is one Quote with several Citations. Speaker ids are
// the document's; a Directory merges them across the corpus.
func Extract(doc corpus.Document) []corpus.Quote {
	text := doc.Text
	doc.Text = plainSpaces(text)
	x := newExtractor(doc)
	x.run()
	return x.quotes(text)
}

// plainSpaces returns s with each typographic space (the no-break space
// U+00A0, the thin and other fixed-width spaces U+2000 to U+200A, the
// narrow no-break space U+202F) written as as many plain spaces as it
// has bytes. Some sites put a no-break space between words or after a
// full stop; the rules read a plain space there, and every offset stays
// the same, so quotes are still cut from the text as written.
func plainSpaces(s string) string {
	i := strings.IndexFunc(s, isTypographicSpace)
	if i < 0 {
		return s
	}
	b := []byte(s)
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if isTypographicSpace(r) {
			for k := i; k < i+n; k++ {
				b[k] = ' '
			}
		}
		i += n
	}
	return string(b)
}

func isTypographicSpace(r rune) bool {
	return r == '\u00a0' || r >= '\u2000' && r <= '\u200a' || r == '\u202f'
}

// stmt is a statement found in the document, before merging.
type stmt struct {
	start, end int // absolute byte offsets of the statement's text
	// parts holds the pieces of a statement that an attribution splits
	// (“A,” he said, “B.”), in order; nil for a statement in one piece.
	parts [][2]int
	// open and close are the offsets of the last piece's quotation
	// marks; after is set when the attribution follows the quote.
	open, close int
	after       bool
	// unclosed is set when the last piece runs on past its paragraph
	// with no closing mark, the way a quote over several paragraphs
	// is written.
	unclosed bool
	kind     corpus.Kind
	para     int
	spk      *entity
	anon     string // the description, for anonymous speakers
	cue      string
	// cueStart and cueEnd bound the attribution around the statement:
	// where its date is looked for.
	regions [][2]int
	date    corpus.Date
	prov    corpus.DateProvenance
}

type salient struct {
	pos int
	e   *entity
}

type extractor struct {
	doc   corpus.Document
	paras []corpus.Paragraph
	ref   time.Time
	dates []corpus.DateMention

	ents     map[string]*entity // by NameKey of the name
	entList  []*entity
	mentions []docMention // every name mention, in order

	stmts   []stmt
	salient []salient
	// unnamed holds the indefinite descriptions of speakers ("a senior
	// EU official"), where the text gives them: a later "the official"
	// is that source, not someone named before it.
	unnamed []unnamedSource
	// psents and pspans hold each paragraph's sentences and quotes.
	psents map[int][]sentence
	pspans map[int][]corpus.QuoteSpan
	// spkDates remembers the last stated date of each speaker per story.
	spkDates map[*entity]dated
	// lowerWords holds the words the document writes in lower case.
	lowerWords map[string]bool
	// midCapWords holds the capitalised words the document writes after
	// a word or a comma, not at a sentence's start, by their lower case.
	midCapWords map[string]bool
	// keys remembers NameKey of the names looked up (see nameKey).
	keys map[string]string
	// ledes remembers, by story, the description a lede gives before
	// it names someone (see ledeDescribed).
	ledes map[int]ledeDescription
}

// ledeDescription is a lede's "A(n) DESC says": the description, in
// lower case, and where it starts; at is -1 when the lede has none.
type ledeDescription struct {
	desc string
	at   int
}

type unnamedSource struct {
	pos     int
	desc    string // lower case, for matching: "u.s. official"
	written string // as the text gives it: "U.S. official"
}

type docMention struct {
	mention
	abs int // absolute offset of the name
	e   *entity
}

func newExtractor(doc corpus.Document) *extractor {
	x := &extractor{
		doc:      doc,
		paras:    corpus.Paragraphs(doc.Text),
		ents:     make(map[string]*entity),
		spkDates: make(map[*entity]dated),
		psents:   make(map[int][]sentence),
		pspans:   make(map[int][]corpus.QuoteSpan),
	}
	x.ref = doc.Published
	x.dates = corpus.FindDates(doc.Text, x.ref)
	return x
}

func (x *extractor) run() {
	x.collectEntities()
	x.noteGenders()
	for i, p := range x.paras {
		if p.Boilerplate || p.Heading {
			continue
		}
		x.paragraph(i, p)
	}
	x.assignDates()
}

func (x *extractor) paraAt(pos int) int {
	i := sort.Search(len(x.paras), func(i int) bool { return x.paras[i].End > pos })
	if i >= len(x.paras) {
		return len(x.paras) - 1
	}
	return i
}

// paragraph extracts the statements of one paragraph.
func (x *extractor) paragraph(pi int, p corpus.Paragraph) {
	s := p.Text
	spans := x.pspans[pi] // found by collectEntities
	sents := sentences(s, spans)
	x.psents[pi] = sents
	var kept []corpus.QuoteSpan
	for _, q := range spans {
		switch {
		case isStatement(s, q):
			kept = append(kept, q)
		case isWeakStatement(s, q):
			q.Weak = true
			kept = append(kept, q)
		}
	}
	done := make([]bool, len(kept))
	for si, sn := range sents {
		x.noteSubjects(pi, p, sn, spans)
		// Reported speech in the parts of the sentence outside quotes.
		x.reported(pi, p, sn, spans)
		for qi, q := range kept {
			if done[qi] || q.Open < sn.start || q.Open >= sn.end {
				continue
			}
			done[qi] = true
			x.quote(pi, p, sents, si, kept, qi)
		}
	}
}

// isStatement tells a statement from a title, a scare quote or a name in
// quotation marks.
func isStatement(s string, q corpus.QuoteSpan) bool {
	inner := strings.TrimSpace(s[q.Start:q.End])
	letters := 0
	for _, r := range inner {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	words := strings.Fields(inner)
	before := strings.ToLower(lastWords(s[:q.Open], 2))
	for _, w := range []string{"called", "dubbed", "so-called", "titled", "entitled", "named", "known as", "the term", "the word", "the phrase", "the slogan", "hashtag", "codenamed", "code-named", "nicknamed", "branded"} {
		if strings.HasSuffix(before, w) && len(words) <= 6 {
			return false
		}
	}
	if len(words) <= 8 {
		// A title: every long word capitalised and no sentence stop but
		// the comma or period that American style puts inside the marks
		// ("on “Meet the Press.”", "told “Fox & Friends,”").
		bare := strings.TrimRight(inner, ",.")
		last, _ := utf8.DecodeLastRuneInString(bare)
		if last != '.' && last != '!' && last != '?' && last != ',' && !strings.ContainsAny(bare, ".!?;") {
			caps, long, allCaps, content, lower := 0, 0, 0, 0, 0
			for _, w := range words {
				// The small words of a title are not capitalised (“The
				// Nightly Show with Larry Wilmore”), and a number or an
				// ampersand has no case (“Fox & Friends”).
				if titleLinks[strings.ToLower(w)] || strings.IndexFunc(w, unicode.IsLetter) < 0 {
					continue
				}
				content++
				r, _ := utf8.DecodeRuneInString(w)
				n := utf8.RuneCountInString(w)
				if unicode.IsUpper(r) {
					allCaps++
				} else if n >= 3 {
					lower++
				}
				if n > 3 {
					long++
					if unicode.IsUpper(r) {
						caps++
					}
				}
			}
			// Most words capitalised too, and none of three letters or
			// more in lower case: "It’s not new in Virginia" and "I'm a
			// big fan of Elizabeth Warren" are sentences, "Meet the Press"
			// a title.
			first, _ := utf8.DecodeRuneInString(inner)
			if long > 0 && caps == long && lower == 0 && len(words) > 1 && 2*allCaps > content && !unicode.IsLower(first) {
				return false
			}
		}
		// A lone word in quotes is a scare quote.
		if len(words) == 1 {
			return false
		}
	}
	return true
}

// titleLinks are the words a title leaves in lower case.
var titleLinks = set(`a an the and or nor but of in on at to for with from by as into onto upon over under versus vs.`)

// isWeakStatement reports whether a quote that isStatement rejects is a
// single lower-case word that may still be a speaker's ("called the
// coverage “awful”"), unless the words before it name a term.
func isWeakStatement(s string, q corpus.QuoteSpan) bool {
	inner := strings.Trim(strings.TrimSpace(s[q.Start:q.End]), ".,;:!?")
	if strings.ContainsAny(inner, " \t\n") || utf8.RuneCountInString(inner) < 3 {
		return false
	}
	for _, r := range inner {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(inner)
	raw := strings.TrimSpace(s[q.Start:q.End])
	spoken := strings.HasSuffix(raw, ",") || strings.HasSuffix(raw, "!") || strings.HasSuffix(raw, "?")
	if !unicode.IsLower(first) && !spoken {
		// A capitalised word is a name or a title, unless punctuated as
		// speech: “Safety,” said Grimm.
		return false
	}
	before := strings.ToLower(lastWords(s[:q.Open], 2))
	for _, w := range []string{"so-called", "the term", "the word", "the phrase", "the slogan", "hashtag", "titled", "entitled", "named", "known as", "codenamed", "code-named", "nicknamed"} {
		if strings.HasSuffix(before, w) {
			return false
		}
	}
	return true
}

// noteUnnamed records the unnamed person a sentence opens with as the
// subject of a verb of speech ("An unknown spokesman for the Commission
// said on Tuesday the body regretted …"), so that a later "the
// spokesman" is that one, not someone named before with the same post.
func (x *extractor) noteUnnamed(text string, toks []token, abs int) {
	x.noteCitedUnnamed(text, toks, abs)
	if strings.ContainsAny(text, "“”\"") {
		return
	}
	np := firstSubject(text, toks)
	ws := strings.Fields(np.text)
	if len(ws) < 2 || ws[0] != "A" && ws[0] != "An" && ws[0] != "Another" {
		return
	}
	k := tokenIndexAt(toks, np.start)
	head := -1
	for i := k + 1; i < len(toks) && i <= k+4; i++ {
		if !toks[i].isWord() || toks[i].isCap() {
			break
		}
		if roleNouns[toks[i].s] || genericRoles[toks[i].s] {
			head = i
		}
	}
	if head < 0 || x.ledeNamed(abs+toks[k].start) != nil || x.namedNext(abs) {
		// "A professor from Hamline University says … David Schultz
		// tells the Tehran Times", "A spokesman for Yemen’s armed forces
		// says … Yahya Sara’e says": the description is of the one the
		// next sentence names.
		return
	}
	// The verb of speech must follow the description and its qualifier
	// ("for the Commission") closely.
	for i := head + 1; i < len(toks) && i <= head+8; i++ {
		if cueVerbs[toks[i].s] {
			if !inUnnamed(x.unnamed, abs+toks[k].start) {
				x.unnamed = append(x.unnamed, unnamedSource{abs + toks[k].start, description(toks[k:], head-k), strings.TrimSpace(text[toks[k+1].start:toks[head].end])})
			}
			return
		}
		if toks[i].s == "," || finiteVerbs[toks[i].s] && !auxiliaries[toks[i].s] {
			return
		}
	}
}

// namedNext reports whether the sentence after the one at abs, in the
// same paragraph, opens with a person's full name as the subject of a
// verb of speech.
func (x *extractor) namedNext(abs int) bool {
	for _, m := range x.nextSentenceOpening(abs) {
		if m.e.typ == corpus.SpeakerPerson {
			return !m.possessive && len(nameTokens(m.e.name)) >= 2 && cueVerbs[nextWord(x.doc.Text, m.abs+m.end-m.start)]
		}
	}
	return false
}

// nextSentenceOpening returns the mentions the first words of the
// sentence after the one at abs hold (within 60 bytes of its start).
func (x *extractor) nextSentenceOpening(abs int) []docMention {
	pi := x.paraAt(abs)
	p := x.paras[pi]
	ss := x.sentencesOf(pi)
	si := sentenceAt(ss, abs-p.Start)
	if si < 0 || si+1 >= len(ss) {
		return nil
	}
	lo, hi := p.Start+ss[si+1].start, p.Start+ss[si+1].end
	var ms []docMention
	for _, m := range x.mentions {
		if m.abs < lo || m.e == nil {
			continue
		}
		if m.abs >= hi || m.abs > lo+60 {
			break
		}
		ms = append(ms, m)
	}
	return ms
}

// personOpensNext reports whether the sentence after the one at abs
// names a person by a full name within its first words.
func (x *extractor) personOpensNext(abs int) bool {
	for _, m := range x.nextSentenceOpening(abs) {
		if m.e.typ == corpus.SpeakerPerson && !m.possessive && len(nameTokens(m.e.name)) >= 2 {
			return true
		}
	}
	return false
}

// crossheadRunIn reports whether the sentence text opens with a
// crosshead run into it, a name and a verb in the present ("Bagheri
// negotiates on the basis of the JCPOA"), before the sentence's own
// subject, a name run into the crosshead's last word and followed by a
// verb of speech in the past ("Jalalzadeh also said"), and returns where
// that subject starts.
func crossheadRunIn(toks []token) (int, bool) {
	n := 0
	for n < len(toks) && n < 3 && toks[n].isCap() && toks[n].isWord() {
		n++
	}
	if n == 0 || n >= len(toks) || !toks[n].isWord() || toks[n].isCap() || !presentTense(toks[n].s) {
		return 0, false
	}
	for j := n + 2; j+1 < len(toks); j++ {
		prev := toks[j-1]
		if !toks[j].isCap() || !toks[j].isWord() || !prev.isWord() || prepositions[prev.lower()] || determiners[prev.lower()] || nameConnectors[prev.s] || prev.s == "and" {
			continue
		}
		v := j + 1
		for v < len(toks) && toks[v].isCap() && toks[v].isWord() {
			v++ // the rest of the name
		}
		if v < len(toks) && adverbs[toks[v].s] {
			v++
		}
		if v < len(toks) && cueVerbs[toks[v].s] && !presentTense(toks[v].s) && !strings.HasSuffix(toks[v].s, "ing") {
			return toks[j].start, true
		}
	}
	return 0, false
}

// nameBeforeRelay returns the person named right after a quote's
// closing mark and a comma, before the outlet that relays it: "“…,”
// Mohammad Esmaeil Saeedi, Fars reported".
func (x *extractor) nameBeforeRelay(post string, abs int) *entity {
	rest := strings.TrimLeft(post, " ")
	lead := len(post) - len(rest)
	ms := findMentions(rest)
	if len(ms) < 2 || ms[0].start != 0 || ms[0].typ != corpus.SpeakerPerson || ms[0].titleOnly || !strings.HasPrefix(rest[ms[0].end:], ", ") || ms[1].start != ms[0].end+2 {
		return nil
	}
	for _, m := range x.mentions {
		if m.abs == abs+lead && m.e != nil && m.e.typ == corpus.SpeakerPerson {
			return m.e
		}
	}
	return nil
}

// personAt reports whether a mention of a person starts at abs.
func (x *extractor) personAt(abs int) bool {
	for _, m := range x.mentions {
		if m.abs == abs {
			return m.e != nil && m.e.typ == corpus.SpeakerPerson
		}
	}
	return false
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// noteCitedUnnamed records the unnamed source a sentence cites
// ("Citing a U.S. official, CNN Arabic said …", "… quoting an informed
// source"): a later "the official" is that source, not someone the text
// names before or after.
func (x *extractor) noteCitedUnnamed(text string, toks []token, abs int) {
	for i := 0; i+2 < len(toks); i++ {
		if l := toks[i].lower(); l != "citing" && l != "quoting" {
			continue
		}
		if l := toks[i+1].lower(); l != "a" && l != "an" && l != "one" {
			continue
		}
		head := -1
		for j := i + 2; j < len(toks) && j <= i+6; j++ {
			t := toks[j]
			if !t.isWord() {
				break
			}
			if lw := t.lower(); !t.isCap() && (anonymousHeads[lw] || genericRoles[lw] || roleNouns[lw]) {
				head = j
				if j+1 < len(toks) && toks[j+1].isWord() && !toks[j+1].isCap() && roleNouns[toks[j+1].lower()] {
					continue // "a security official"
				}
				break
			}
			if t.isCap() && !isOriginAdjective(t.s) && !isAcronym(t.s) {
				break // "citing a Reuters report": a name, not a description
			}
		}
		if head < 0 || x.personOpensNext(abs) {
			// "IRIB reported, quoting an official with the IRICA.
			// According to Mehrdad Jamal Orounaqi, IRICA deputy …": the
			// next sentence names the one cited.
			continue
		}
		if pos := abs + toks[i+1].start; !inUnnamed(x.unnamed, pos) {
			x.unnamed = append(x.unnamed, unnamedSource{pos, description(toks[i+1:], head-i-1), strings.TrimSpace(text[toks[i+2].start:toks[head].end])})
		}
	}
}

// noteSubjects records people who open a sentence: the antecedents of
// "he" and "she".
func (x *extractor) noteSubjects(pi int, p corpus.Paragraph, sn sentence, spans []corpus.QuoteSpan) {
	abs0 := p.Start + sn.start
	text := p.Text[sn.start:sn.end]
	toks := tokenize(text)
	x.noteUnnamed(text, toks, abs0)
	if tc, ok := trailingCue(text); ok && tc.comma >= 0 && (tc.np.text == "he" || tc.np.text == "she") {
		// "The parliament will oversee Ebrahim Raisi administration's
		// actions …, he added": the people the reported words name are
		// not the pronoun's antecedent.
		return
	}
	if e := x.describedSubject(text, abs0); e != nil {
		x.salient = append(x.salient, salient{abs0, e})
		return
	}
	// The sentence's subject past its opening phrases: "Speaking at the
	// 9th round of consultations on April 30, Araqchi said".
	// A sentence inside or around quotes is not the narrative's.
	if !strings.ContainsAny(text, "“”\"") {
		if s := x.laterSubject(text, abs0, p.Start, spans); s != nil {
			x.salient = append(x.salient, *s)
			return
		}
	}
	if len(toks) > 1 && (toks[0].s == "He" || toks[0].s == "She") {
		// "He pointed out that the love of Islam and Ahl al-Bayt …": the
		// sentence's subject is the one last noted; the names after it
		// are not.
		return
	}
	if len(toks) > 0 && (frontedOpener(toks[0].lower()) || !toks[0].isWord()) {
		// "On a plan by President Hassan Rouhani to visit Japan, he
		// said, “…”": the same for a pronoun after a fronted phrase;
		// the people the phrase names are not its subject. (Only a
		// first word that opens such a phrase, or a mark that may open a
		// quoted crosshead before it, has the sentence read again.)
		if w := frontedSubject(text); w == "he" || w == "she" {
			return
		}
	}
	limit := p.Start + sn.start + 60
	if off, ok := crossheadRunIn(toks); ok && x.personAt(abs0) {
		// "Bagheri negotiates on the basis of the JCPOA Jalalzadeh also
		// said that …": a crosshead run into the sentence; the subject
		// is the one whose verb of speech follows it.
		abs0, limit = abs0+off, abs0+off
	}
	for _, m := range x.mentions {
		if m.abs < abs0 {
			continue
		}
		if m.abs > limit || m.abs >= p.Start+sn.end {
			break
		}
		if inSpans(spans, m.abs-p.Start) {
			continue
		}
		if m.e != nil && m.typ == corpus.SpeakerPerson && !m.possessive && namesSomeone(m.e.name) {
			x.salient = append(x.salient, salient{m.abs, m.e})
			return
		}
	}
}

// laterSubject returns the named person subject of the sentence text at
// abs when it comes after the first 60 characters, past the sentence's
// opening phrases, or nil.
func (x *extractor) laterSubject(text string, abs, pstart int, spans []corpus.QuoteSpan) *salient {
	np := firstSubject(text, dropAppositives(text, tokenize(text)))
	if np.text == "" || np.start <= 60 {
		return nil
	}
	lo, hi := abs+np.start, abs+np.start+len(np.text)
	for _, m := range x.mentions {
		if m.abs >= hi {
			break
		}
		if m.abs >= lo && m.e != nil && m.typ == corpus.SpeakerPerson && !m.possessive && namesSomeone(m.e.name) && !inSpans(spans, m.abs-pstart) {
			return &salient{m.abs, m.e}
		}
	}
	return nil
}

// describedSubject returns the person a sentence opening with a
// definite description stands for ("The senior Iranian diplomat
// characterized …", "The minister added"): the last person the text gave
// a role that fits it, so that a pronoun after it refers to them.
func (x *extractor) describedSubject(s string, abs int) *entity {
	e, _ := x.describedSubjectOrRole(s, abs)
	return e
}

// describedSubjectOrRole is describedSubject, with the description
// when the sentence opens with one that the record resolves to no one
// ("The Saudi foreign minister, for his part, reiterated …" in an
// article that never calls anyone that): then a pronoun after it is that
// unnamed person's, not someone named before.
func (x *extractor) describedSubjectOrRole(s string, abs int) (*entity, string) {
	toks := tokenize(s)
	if len(toks) < 3 || toks[0].lower() != "the" {
		return nil, ""
	}
	for k := 1; k < len(toks) && k <= 5; k++ {
		t := toks[k]
		if !t.isWord() {
			return nil, ""
		}
		if roleNouns[t.lower()] {
			if k+1 < len(toks) && (roleNouns[toks[k+1].lower()] || toks[k+1].isCap()) {
				continue // "the foreign minister", "the spokesman Saeed …"
			}
			if x.titleOfName(toks, k, abs) {
				return nil, ""
			}
			d := description(toks, k)
			if e := x.byRole(d, abs+t.start); e != nil && e.typ == corpus.SpeakerPerson {
				return e, ""
			}
			if k+1 < len(toks) && (toks[k+1].s == "," || cueVerbs[toks[k+1].s] || pastTense(toks[k+1])) {
				// The description is the whole subject, before its
				// verb or an aside: "the Saudi foreign minister, for
				// his part, reiterated", not "the minister of …".
				return nil, describe(s[toks[0].start:t.end])
			}
			return nil, ""
		}
	}
	return nil, ""
}

// titleOfName reports whether the role noun at toks[k] opens a title
// that runs into the name of the person who holds it ("The UK's
// Minister of State Lord Ahmad said"): the sentence names its subject,
// and no earlier minister is meant.
func (x *extractor) titleOfName(toks []token, k, abs int) bool {
	j := k + 1
	for j < len(toks) && (toks[j].isCap() || toks[j].s == "of" || toks[j].s == "the" || toks[j].s == "for") {
		j++
	}
	if j == k+1 {
		return false
	}
	lo, hi := abs+toks[k+1].start, abs+toks[j-1].end
	for _, m := range x.mentions {
		if m.abs >= hi {
			break
		}
		if m.abs >= lo && m.e != nil && m.e.typ == corpus.SpeakerPerson && !m.possessive {
			return true
		}
	}
	return false
}

func inSpans(spans []corpus.QuoteSpan, pos int) bool {
	for _, q := range spans {
		if pos >= q.Start && pos < q.End {
			return true
		}
	}
	return false
}

// quote attributes the quote kept[qi] of paragraph pi.
func (x *extractor) quote(pi int, p corpus.Paragraph, sents []sentence, si int, kept []corpus.QuoteSpan, qi int) {
	s := p.Text
	q := kept[qi]
	sn := sents[si]
	// The text before the quote in its sentence, after any earlier quote.
	preStart := sn.start
	if qi > 0 && kept[qi-1].Close > preStart && kept[qi-1].Close <= q.Open {
		preStart = kept[qi-1].Close
	}
	// A line break inside a paragraph (captions, lists, bylines, or
	// articles that break lines between paragraphs) bounds an
	// attribution as a sentence end does.
	if nl := strings.LastIndexByte(s[preStart:q.Open], '\n'); nl >= 0 {
		preStart += nl + 1
	}
	pre := s[preStart:q.Open]
	// The text after the quote up to the next quote or the sentence end.
	postEnd := len(s)
	if ci := sentenceAt(sents, max(q.Close-1, 0)); ci >= 0 {
		postEnd = sents[ci].end
	}
	if qi+1 < len(kept) && kept[qi+1].Open < postEnd {
		postEnd = kept[qi+1].Open
	}
	if nl := strings.IndexByte(s[min(q.Close, postEnd):postEnd], '\n'); nl >= 0 {
		postEnd = q.Close + nl
	}
	post := ""
	if q.Close < postEnd {
		// Quotation marks of a title or a name inside the attribution
		// ("wearing “Ted Cruz” pins, said") are not stops.
		post = blankMarks.Replace(s[q.Close:postEnd])
	}
	inner := strings.TrimSpace(s[q.Start:q.End])
	kind := corpus.KindDirect
	if isPartial(pre, inner) {
		kind = corpus.KindPartial
	}
	st := stmt{
		start: p.Start + q.Start + (len(s[q.Start:q.End]) - len(strings.TrimLeft(s[q.Start:q.End], " "))),
		kind:  kind,
		para:  pi,
	}
	st.end = st.start + len(inner)
	st.regions = [][2]int{{p.Start + preStart, p.Start + q.Open}, {p.Start + q.Close, p.Start + postEnd}}

	st.open, st.close, st.unclosed = p.Start+q.Open, p.Start+q.Close, q.Unclosed
	var a attribution
	var ok bool
	// subject gives a partial quote with no cue the subject of its
	// sentence, from the sentence's start or from a line break after it
	// (see preStart).
	subject := func() (attribution, bool) {
		if kind != corpus.KindPartial {
			return attribution{}, false
		}
		from := sn.start
		if nl := strings.LastIndexByte(s[sn.start:q.Open], '\n'); nl >= 0 {
			from += nl + 1
		}
		return x.sentenceSubject(s[from:q.Open], p.Start+from)
	}
	if a, ok = x.cueAfter(post, p.Start+q.Close); ok {
		st.after = true
		if strings.HasSuffix(inner, ".") && (strings.HasSuffix(strings.TrimSpace(pre), ",") || startsSentence(post)) {
			// "the U.S. president replied, “For a lot of reasons. Long
			// story.” National Security Council spokesman John Kirby
			// commented …", "when Hillary Clinton called the Republican
			// frontrunner “ISIS’ best recruiter.” She also said": a quote
			// that ends with a full stop ends its sentence, and the words
			// after it, if they open a new one, are the next quote's; a cue
			// of its own before it comes first.
			if b, ok2 := x.cueBeforeIn(pre, p.Start+preStart, blankQuotes(s, sn.start, q.Open, kept), p.Start+sn.start); ok2 && b.e != nil {
				a, st.after = b, false
			} else if b, ok2 := subject(); ok2 && b.e != nil && startsSentence(post) {
				a, st.after = b, false
			}
		}
		if relayCues[a.cue] || a.cue == "according to" && (a.e == nil || a.e.typ == corpus.SpeakerOrganization) {
			// "Lavrov said … “substantive” talks …, Al Jazeera
			// reported", "The foreign minister said that … “…,”
			// according to the Iraqi Middle East News website": the
			// outlet relays what the sentence's own cue gives to someone
			// named, or to someone it does not name ("the lawmakers
			// said …, Press TV reported"). So does a source or a website
			// the text does not name as a body ("Raisi said, “…,”
			// according to the official website of the presidency").
			if b, ok2 := x.cueBeforeIn(pre, p.Start+preStart, blankQuotes(s, sn.start, q.Open, kept), p.Start+sn.start); ok2 && (b.e != nil && b.e.typ == corpus.SpeakerPerson || b.e == nil && b.anon != "") {
				a, st.after = b, false
			} else if e := x.nameBeforeRelay(post, p.Start+q.Close); e != nil {
				// "“…,” Mohammad Esmaeil Saeedi, Fars reported": the
				// speaker's verb left out before the relaying outlet.
				a.e = e
			}
		}
	} else {
		a, ok = x.cueBeforeIn(pre, p.Start+preStart, blankQuotes(s, sn.start, q.Open, kept), p.Start+sn.start)
	}
	if !ok {
		a, ok = x.sentenceEndCue(post, p.Start+q.Close)
	}
	if !ok {
		a, ok = subject()
	}
	if !ok {
		// A transcript: “WALLACE: Let’s start with …”. The label is the
		// cue; the words start after it.
		var rest int
		if a, rest, ok = x.transcriptLabel(inner, st.start); ok {
			st.start += rest // st.end stays: the words run to the mark
		}
	}
	if q.Weak && (!ok || a.e == nil && !isPlaceName(a.anon)) {
		// A lone quoted word with no named speaker of its own is a scare
		// quote ("what critics called “propaganda”").
		return
	}
	if !ok && runInHeading(s[:q.Open], inner, post) {
		// "“Iran has always been a haven for people of different
		// religions” In a meeting on Monday with Mar Awa III, Iranian
		// Parliament speaker Mohammad Bagher Ghalibaf also said …": a
		// heading run into the paragraph it heads is in the words of
		// whoever the sentence after it quotes, never of the speaker
		// before it; no one, if that sentence has no cue.
		a, ok = x.headingCue(post, p.Start+q.Close)
		if !ok {
			a, ok = attribution{}, true
		}
	}
	if !ok && strings.TrimSpace(pre) == "" && strings.TrimSpace(post) == "" {
		a, ok = x.signatureLine(pi)
	}
	if !ok {
		a, ok = x.continuation(pi, p, q, pre)
		if ok && a.e != nil && !a.e.fits(pronounCue(post)) {
			// "“…,” she said" that no one is found for: not the man
			// quoted before.
			a, ok = attribution{}, false
		}
		if ok && strings.ContainsAny(inner[max(len(inner)-1, 0):], ",?!") {
			// "“…,” the Pakistani expert believes": a description with a
			// verb the cue rules do not read still holds the quote, and
			// the speaker before is a guess unless it is the one the
			// description names. The description is kept as the role.
			if desc := x.describesOther(post, p.Start+q.Close, a.e); desc != "" {
				a = attribution{anon: describe(desc)}
			}
		}
		if ok && strings.ContainsAny(inner[max(len(inner)-1, 0):], ",?!") && x.namesOther(p.Start+q.Close, p.Start+q.Close+len(post), a.e) {
			// "“…,” remembered Roy Verley, HP's former spokesman", "“…,”
			// Nate Silver, the polling guru who founded fivethirtyeight.com
			// tweeted": a quote closed by a comma or a question goes on
			// to its own cue, and words after the mark that name someone
			// else hold it even where it is not read as a cue, so the
			// speaker before is a guess.
			a, ok = attribution{}, false
		}
	}
	if ok && a.e != nil && isPlaceName(a.e.name) && !a.state {
		// A country or a city speaks only by metonymy ("Tehran said"):
		// no speaker rather than a place in the directory.
		a = attribution{anon: a.e.name, cue: a.cue}
	}
	prev := -1 // where the quote kept before this one closes
	if qi > 0 {
		prev = p.Start + kept[qi-1].Close
	}
	if last, ok2 := x.listHead(st, prev); ok2 && (!ok || a.e == nil) {
		// “economic war,” “economic terrorism,” and “medical terrorism”:
		// the items of a list of quoted phrases are the words of whoever
		// the first is by, even where the sentence's subject alone
		// would name no one ("Iran has consistently called …").
		a, ok = attribution{e: last.spk, cue: last.cue}, true
	}
	if ok && a.e != nil && a.e.typ == corpus.SpeakerPerson && reportsOn(inner, a.e.name) {
		// "“General Ghaani said that …,” Beigi quoted the general as
		// saying": words that report what the speaker said are someone
		// else's.
		a = attribution{cue: a.cue}
	}
	if ok {
		st.spk, st.anon, st.cue = a.e, a.anon, a.cue
	}
	if st.spk != nil && st.after && strings.ContainsAny(inner[max(len(inner)-1, 0):], ",?!") {
		x.fillSentence(st, p.Start+sn.start)
	}
	if st.spk != nil {
		x.salient = append(x.salient, salient{st.start, st.spk})
	}
	if x.joinPrevious(st, prev) {
		return
	}
	x.stmts = append(x.stmts, st)
}

// fillSentence gives st's speaker to the quoted phrases before it in its
// sentence that have no attribution of their own: "The two nations’
// “warm and historical links” are “based in common culture,” Raisi
// added". st is closed by a comma, a question or an exclamation mark and
// followed by its cue, which ends the sentence; between the phrases
// there may be only a few words in lower case, so that a clause with a
// subject or a cue of its own ("Critics call it “a farce,” but “it
// works,” he said") keeps its phrases.
func (x *extractor) fillSentence(st stmt, sentStart int) {
	next := st.open
	for i := len(x.stmts) - 1; i >= 0; i-- {
		prev := &x.stmts[i]
		if prev.para != st.para || prev.open < sentStart || prev.close > next || prev.kind != corpus.KindPartial || prev.spk != nil || prev.anon != "" {
			return
		}
		if !fillGap(x.doc.Text[prev.close:next]) {
			return
		}
		prev.spk, prev.cue, prev.after = st.spk, st.cue, true
		next = prev.open
	}
}

// fillGap reports whether gap, the words between two quoted phrases of
// one sentence, are a few words in lower case with no cue, no clause
// break and no name: " are ", " must end ".
func fillGap(gap string) bool {
	if strings.ContainsAny(gap, "“”\"\n;:") {
		return false
	}
	toks := tokenize(gap)
	if len(toks) == 0 || len(toks) > 6 {
		return false
	}
	for _, t := range toks {
		if !t.isWord() || t.isCap() || cueVerbs[t.lower()] || t.s == "but" || t.s == "while" || speakerPronouns[t.lower()] {
			return false
		}
	}
	return true
}

// signatureLine reads the line that signs a quote standing alone in its
// paragraph: "“…” ¶ - Bernie Sanders." in a fact check's list of
// claims. The next paragraph holds only a dash and a name.
func (x *extractor) signatureLine(pi int) (attribution, bool) {
	if pi+1 >= len(x.paras) || x.paras[pi+1].Story != x.paras[pi].Story {
		return attribution{}, false
	}
	next := x.paras[pi+1]
	line := strings.TrimRight(strings.TrimSpace(next.Text), ".")
	toks := tokenize(line)
	if len(toks) < 2 || len(toks) > 5 || !isDash(toks[0].s) || !allNameWords(toks[1:]) {
		return attribution{}, false
	}
	at := next.Start + strings.Index(next.Text, toks[1].s)
	a, ok := x.resolveNP(line[toks[1].start:], at, "—")
	if !ok || a.e == nil || a.e.typ != corpus.SpeakerPerson {
		return attribution{}, false
	}
	return a, true
}

// runInHeading reports whether a quote is a heading run into the
// paragraph it opens: nothing before its mark (before), no stop at the
// end of its words (inner), and a new sentence right after its closing
// mark (post), as in "“Defeated strategy” The security chief also
// called …".
func runInHeading(before, inner, post string) bool {
	if strings.TrimSpace(before) != "" || inner == "" || !strings.HasPrefix(post, " ") || !startsSentence(post) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(inner)
	return !strings.ContainsRune(".,!?;:…", r) && !unicode.IsSpace(r)
}

// headingCue reads the speaker of a run-in heading from the sentence
// after it (post, at abs): the subject of its first verb of speech that
// names one. A verb after a modal or in the passive reports no one's
// words ("I don’t think that Biden would say", "has been described
// as").
func (x *extractor) headingCue(post string, abs int) (attribution, bool) {
	toks := tokenize(post)
	for c, t := range toks {
		if isStop(t.s) {
			break
		}
		if !cueVerbs[t.s] || !isCueUse(toks, c) {
			continue
		}
		if c > 0 && (modals[toks[c-1].lower()] || passiveAuxiliaries[toks[c-1].lower()]) {
			continue
		}
		if infinitiveAfter(toks, c) {
			// "“A lot of distrust” Biden has pledged to rejoin the
			// JCPOA": a verb with an infinitive after it states nothing.
			continue
		}
		lead := post[:t.end]
		if a, ok := x.cueBeforeIn(lead, abs, lead, abs); ok && (a.e != nil || a.anon != "") {
			return a, true
		}
	}
	return attribution{}, false
}

// infinitiveAfter reports whether the verb toks[c] has an infinitive
// after it ("pledged to rejoin"), not the one it is said to ("insisted
// to the gathered cameras", "proclaimed to a cheering crowd", "said to
// reporters"): the word after "to" is in lower case, no determiner or
// pronoun, and not a plural.
func infinitiveAfter(toks []token, c int) bool {
	if c+2 >= len(toks) || toks[c+1].s != "to" || addressVerbs[toks[c].lower()] {
		return false
	}
	w := toks[c+2]
	if !w.isWord() || w.isCap() || determiners[w.s] || speakerPronouns[w.s] || toObjects[w.s] {
		return false
	}
	return !strings.HasSuffix(w.s, "s") || strings.HasSuffix(w.s, "ss")
}

// toObjects are the words after "to" that open the one spoken to.
var toObjects = set(`him her them us me you his its their our my your all both each every some`)

var (
	// addressVerbs take "to" before the one spoken to, not an infinitive.
	addressVerbs       = set(`said says spoke speaks speaking talked talks talking wrote writes explained explains told tells added adds adding replied replies responded responds complained complains announced announces declared declares stated states remarked remarks confided confides admitted admits`)
	modals             = set(`would could might may will shall should must can cannot`)
	passiveAuxiliaries = set(`be been being is are was were`)
)

// startsSentence reports whether post, the words after a quote's closing
// mark, open a new sentence.
func startsSentence(post string) bool {
	t := strings.TrimLeft(post, " ")
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && unicode.IsUpper(r)
}

// listHead returns the statement before st when st is a later item of a
// list of quoted phrases that one cue gives to a named speaker: both
// partial, in one paragraph, with only list words between the quote
// that closed last (at prev) and st.
func (x *extractor) listHead(st stmt, prev int) (*stmt, bool) {
	if st.kind != corpus.KindPartial || len(x.stmts) == 0 {
		return nil, false
	}
	last := &x.stmts[len(x.stmts)-1]
	if last.kind != corpus.KindPartial || last.spk == nil || last.after || last.para != st.para || last.close != prev || last.close > st.open {
		return nil, false
	}
	gap := x.doc.Text[last.close:st.open]
	if strings.ContainsAny(gap, "“”\"\n") || !phraseGap(gap) {
		return nil, false
	}
	return last, true
}

// joinPrevious adds st to the statement before it when the two are the
// pieces of one statement, and reports whether it did. Two kinds of
// pieces join:
//   - a statement split by its attribution: “A,” he said, “B.” or “A,”
//     said X, a spokesman. “B.” The first piece's attribution must sit
//     between the two and be all that does, and the second piece must
//     have no attribution of its own after it (“B,” he added, is a
//     second statement);
//   - the quoted phrases of one reported sentence: X called Y
//     “disgusting” and “a con”.
//
// Both pieces must have the same speaker.
//
// prev is where the quote before st closes: titles in quotation marks
// may sit in the attribution (“A,” he told NBC's “Today.” “B.”), other
// quotes may not.
func (x *extractor) joinPrevious(st stmt, prev int) bool {
	if len(x.stmts) == 0 || st.kind == corpus.KindReported {
		return false
	}
	last := &x.stmts[len(x.stmts)-1]
	if last.kind == corpus.KindReported || last.spk != st.spk || last.anon != st.anon {
		return false
	}
	if last.unclosed && last.para < st.para && strings.TrimSpace(x.doc.Text[last.close:st.open]) == "" {
		// A quote over several paragraphs: each but the last has no
		// closing mark, and the next opens again.
		return x.join(last, st)
	}
	if last.para != st.para || last.close != prev || last.close > st.open {
		return false
	}
	gap := x.doc.Text[last.close:st.open]
	if len(gap) > maxSplitGap || strings.Contains(gap, "\n") {
		return false
	}
	switch {
	case last.after && !st.after:
		// A first piece that ends with a full stop ends the statement:
		// “A.” X said… starts another. An attribution found with no
		// name (“I said”, “a friend said”) still splits one statement.
		if strings.HasSuffix(strings.TrimRight(x.doc.Text[last.start:last.end], " "), ".") || !splitGap(gap, st.kind) {
			return false
		}
	case !last.after && last.kind == corpus.KindPartial && st.kind == corpus.KindPartial && (st.spk != nil || st.anon != ""):
		if strings.ContainsAny(gap, "“”\"") || !phraseGap(gap) {
			return false
		}
	default:
		return false
	}
	return x.join(last, st)
}

// join adds st to last as its next piece, and reports true.
func (x *extractor) join(last *stmt, st stmt) bool {
	if last.parts == nil {
		last.parts = [][2]int{{last.start, last.end}}
	}
	last.parts = append(last.parts, [2]int{st.start, st.end})
	last.end = st.end
	last.open, last.close, last.after, last.unclosed = st.open, st.close, st.after, st.unclosed
	last.regions = append(last.regions, st.regions...)
	return true
}

// phraseGap reports whether gap, the words between two quoted phrases of
// one sentence, only links them as a list does: “disgusting” and “a
// con”; a “liar,” a “bully” and a “narcissist”. Any other word may start
// a clause of the reporter's own (and encouraged Americans to “check
// out”), and the phrases are then two.
func phraseGap(gap string) bool {
	ws := strings.Fields(strings.ReplaceAll(gap, ",", " "))
	if len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !listLinks[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// listLinks are the words that link the items of a list.
var listLinks = set(`and but or nor a an the also then not who is was as well`)

// splitGap reports whether gap, the words between two pieces, is only
// an attribution: it ends where the second piece starts a clause of its
// own (“, he said, “B”, “X said. “B”, “wrote Y, and “b”). It brings in no
// second statement: no participle that reports more speech (“, Sanders
// said, suggesting a few questions, including, “B”, “, she said,
// adding that…”), and, when it leads straight into the second piece, no
// second cue (“, Trump said, later telling reporters, “B”); a gap that
// ends its sentence may say more about the occasion (“, he told
// Reuters when asked if he had met Trump. “B”). A piece that follows the
// end of the sentence must be whole: “A,” she said. “B” to drive up…
// is the reporter's sentence quoting a phrase.
func splitGap(gap string, second corpus.Kind) bool {
	t := strings.TrimRightFunc(gap, func(r rune) bool { return unicode.IsSpace(r) || corpus.IsDoubleMark(r) })
	ended := false
	switch {
	case strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?"):
		if second != corpus.KindDirect {
			return false
		}
		ended = true
	case strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":"):
	case strings.HasSuffix(t, " and") || strings.HasSuffix(t, " but"):
	default:
		return false
	}
	cues := 0
	prev := ""
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ",.:;")
		if secondCue[w] {
			return false
		}
		// “when asked if…” tells the occasion, not a second cue.
		if cueVerbs[w] && prev != "when" && prev != "after" && prev != "if" {
			cues++
		}
		prev = w
	}
	return ended || cues <= 1
}

// secondCue holds words that, after an attribution, bring in a
// statement of its own: “A,” she said, suggesting a question: “B.”
var secondCue = set(`adding suggesting including going`)

// maxSplitGap bounds the attribution between the pieces of one
// statement, in bytes: a cue, a name and an appositive or two.
const maxSplitGap = 320

// blankQuotes returns s[from:to] with the quotations in it replaced by
// spaces, offsets kept: a sentence's head, where its subject is looked
// for, holds no words of the quotes.
func blankQuotes(s string, from, to int, spans []corpus.QuoteSpan) string {
	b := []byte(s[from:to])
	for _, q := range spans {
		for i := max(q.Open, from); i < min(q.Close, to); i++ {
			b[i-from] = ' '
		}
	}
	return string(b)
}

// blankMarks replaces double quotation marks with spaces of the same
// byte length, so that offsets into the text still hold.
var blankMarks = strings.NewReplacer("“", "   ", "”", "   ", "\"", " ")

// isPartial reports whether a quote is a fragment inside the sentence
// rather than a sentence of its own.
func isPartial(pre, inner string) bool {
	first, _ := utf8.DecodeRuneInString(inner)
	if unicode.IsLower(first) {
		return true
	}
	t := strings.TrimRightFunc(pre, unicode.IsSpace)
	if t == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case ',', ':', '—', '–', '(', '-', '.', '!', '?':
		// After a sentence end (“A,” he said. “B.”) the quote is a
		// sentence of its own.
		return false
	}
	return true
}

// isDocument reports whether e is a document, which never speaks: "the
// JCPOA", "the Joint Comprehensive Plan of Action". A person's surname
// may be a document's head word ("Steven Law"), so a name of two words
// counts only as an organisation's.
func isDocument(e *entity) bool {
	ws := strings.Fields(e.name)
	if len(ws) == 0 {
		return false
	}
	if documentNames[e.name] || len(ws) >= 3 && documentHeads[ws[0]] && ws[1] == "of" {
		return true // "Deal of the Century", "Treaty of Versailles"
	}
	for _, w := range ws[1:] {
		if documentHeads[w] && (len(ws) >= 3 || e.typ == corpus.SpeakerOrganization) {
			return true
		}
	}
	return false
}

// relayCues are the verbs of an outlet that passes on someone's words.
var relayCues = set(`reported reports quoted according`)

// namesSomeone reports whether name, an entity's name, names a person or
// a body rather than describing one: a single word that is a title, a
// role or a generic noun of bodies ("TV", "Ministry", "spokesman") or a
// word in lower case names no one, and a quote attributed to it is
// given no speaker.
// headingVerbs are verbs that a heading in title case holds and a name
// never does.
var headingVerbs = set(`Is Are Was Were Will Would Has Have Had Can Could Must Should Does Do Did`)

// demonymOfPlace reports whether w is the adjective of a place the word
// lists hold: "Venezuelan" (Venezuela), "Cuban" (Cuba), "Lankan" (Sri
// Lanka). Surnames made from places ("Tabrizi") are not among them.
func demonymOfPlace(w string) bool {
	for _, suf := range []string{"n", "an", "ian", "ese", "in", "ine"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < 3 {
			continue
		}
		for _, end := range []string{"", "a", "o", "e"} {
			if places[base+end] || places["Sri "+base+end] {
				return true
			}
		}
	}
	return false
}

func namesSomeone(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || nonSpeakers[name] || len(ws) == 1 && isDemonymPlural(name) {
		return false
	}
	for _, ev := range events {
		if strings.HasSuffix(name, ev) {
			return false // "Persian New Year"
		}
	}
	for i, w := range ws {
		if (w == "in" || w == "to") && i > 0 && missionWords[ws[i-1]] {
			continue // "Iranian Embassy in Baku"
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(token{s: w}).isCap() && !nameConnectors[w] && w != "and" && w != "the" && !ownedBodies[w] {
			return false
		}
	}
	if len(ws) > 1 {
		for _, w := range ws[1:] {
			if headingVerbs[w] {
				return false // "Everything Is Calm": a heading in title case
			}
		}
		return true
	}
	w := ws[0]
	lw := strings.ToLower(w)
	if documentWords[w] || leadWords[w] || len(w) == 2 && w[1] == '.' || utf8.RuneCountInString(w) == 1 {
		return false // "Declaration", an initial "D."
	}
	if origins[w] || demonymOfPlace(w) {
		return false // "Venezuelan", "Cuban": an adjective of origin
	}
	if isNumberWord(w) {
		return false // "Fifty-eight percent said"
	}
	if faiths[w] || strings.HasSuffix(w, "ism") && utf8.RuneCountInString(w) > 5 {
		return false // "sacrilege against Islam", "Zionism": a faith or a doctrine
	}
	if sg := strings.TrimSuffix(lw, "s"); sg != lw && (roleNouns[sg] || anonymousHeads[sg] || titleWords[strings.TrimSuffix(w, "s")]) {
		return false // "Lawmakers", "Analysts": a plural of a role
	}
	// "Hamas", "Hezbollah", "UN" also qualify titles ("Hamas spokesman
	// Hazem Qassem"), but alone they name the body.
	return (!titleWords[w] || orgWords[w] && !isAcronym(w) && w != "Parliament") && !genericBodies[w] && !roleNouns[lw] && !anonymousHeads[lw]
}

// missionWords name a state's mission abroad, which the place it is in
// names after "in" or "to".
var missionWords = set(`Embassy Consulate Mission`)

// faiths are religions, which are what people speak of, not who speaks
// (doctrines in -ism, "Zionism", "Wahhabism", go by their ending).
var faiths = set(`Islam Christianity Judaism Hinduism Buddhism Sikhism Zoroastrianism Shia Shiism Sunnism Bahaism`)

// numberParts are the words that numbers are written with.
var numberParts = set(`one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
forty fifty sixty seventy eighty ninety hundred thousand million billion`)

// isNumberWord reports whether w is a number written out ("Fifty-eight").
func isNumberWord(w string) bool {
	for _, p := range strings.Split(strings.ToLower(w), "-") {
		if !numberParts[p] {
			return false
		}
	}
	return true
}

// respellSurnames gives each speaker's surname the spelling the article
// writes most often, where it writes more than one: "EU foreign policy
// chief Josep Borrel", then "Borrell" three times, is Josep Borrell. A
// spelling that is a common word ("Here" for Heer) does not count.
func (x *extractor) respellSurnames() {
	var counts map[string]map[string]int // name key -> spelling -> count
	for _, st := range x.stmts {
		e := st.spk
		if e == nil || e.typ != corpus.SpeakerPerson || !strings.Contains(e.name, " ") {
			continue
		}
		last := lastName(e.name)
		if len([]rune(last)) < 4 || !strings.HasSuffix(e.name, last) {
			continue
		}
		if counts == nil {
			counts = x.surnameSpellings()
		}
		best, n := last, counts[x.nameKey(last)][last]
		if n == 0 {
			continue // a spelling the record gave, not the text's
		}
		// A tie with the record's spelling keeps it; a tie between two
		// other spellings takes the first in order, whatever order the
		// map gives them in.
		for w, c := range counts[x.nameKey(last)] {
			if c > n || c == n && w < best && best != last {
				best, n = w, c
			}
		}
		if !strings.EqualFold(best, last) {
			e.name = strings.TrimSuffix(e.name, last) + best
		}
	}
}

// surnameSpellings counts, for each name key, the capitalised words of
// the text spelt to that key.
func (x *extractor) surnameSpellings() map[string]map[string]int {
	out := make(map[string]map[string]int)
	for _, f := range strings.FieldsFunc(x.doc.Text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if r := []rune(f); len(r) < 4 || !unicode.IsUpper(r[0]) || commonWords[strings.ToLower(f)] || places[f] {
			continue
		}
		k := x.nameKey(f)
		if out[k] == nil {
			out[k] = make(map[string]int)
		}
		out[k][f]++
	}
	return out
}

// quotes merges the statements into Quotes, one per speaker and text.
// text is the document's text as written, which x reads with plain
// spaces (see plainSpaces).
func (x *extractor) quotes(text string) []corpus.Quote {
	var out []corpus.Quote
	index := make(map[string]int)
	x.respellSurnames()
	for _, st := range x.stmts {
		// The paragraphs that hold the quote: one, or those a quote
		// over several paragraphs runs through.
		p := x.paras[st.para]
		c := x.doc.Cite(st.start, st.end, text[p.Start:x.paras[x.paraAt(st.end-1)].End])
		c.Parts = st.parts
		quoted := c.Quoted(text)
		q := corpus.Quote{
			Text:           quoted,
			Kind:           st.kind,
			Cue:            st.cue,
			Date:           st.date,
			DateProvenance: st.prov,
		}
		if st.spk != nil && (!namesSomeone(st.spk.name) || isDocument(st.spk) || !strings.Contains(st.spk.name, " ") && x.commonWord(st.spk.name)) {
			// A single word the article also writes in lower case
			// ("Accusations", "Back") is a common word, not a name.
			st.spk, st.anon = nil, st.spk.name
		}
		switch {
		case st.spk != nil:
			q.Speaker = st.spk.name
			q.SpeakerType = st.spk.typ
			q.SpeakerID = SpeakerID(st.spk.name)
			q.Role = st.spk.roleAt(st.start)
		case st.anon != "":
			// No one the text names: no speaker, and the description
			// ("a senior official", "state TV") is what the text says
			// of them.
			q.Role = st.anon
		}
		if strings.Contains(q.Role, "  ") {
			// A no-break space read as plain spaces (see plainSpaces).
			q.Role = strings.Join(strings.Fields(q.Role), " ")
		}
		q.ID = corpus.QuoteID(q.SpeakerID, quoted)
		if q.SpeakerID == "" {
			q.ID = corpus.QuoteID("anon:"+strings.ToLower(q.Role), quoted)
		}
		if i, ok := index[q.ID]; ok {
			out[i].Citations = append(out[i].Citations, c)
			continue
		}
		q.Citations = []corpus.Citation{c}
		index[q.ID] = len(out)
		out = append(out, q)
	}
	return out
}

// pronounCue returns the pronoun of a cue that follows a quote ("she"
// of ", she said"), else "".
func pronounCue(post string) string {
	f := strings.Fields(strings.TrimLeft(post, ",”\" "))
	if len(f) < 2 || !cueVerbs[strings.Trim(f[1], ".,;")] {
		return ""
	}
	switch p := strings.ToLower(f[0]); p {
	case "he", "she":
		return p
	}
	return ""
}

// reportsOn reports whether a quote's words report what the person of
// name said, their surname before a verb of speech and "that":
// "Bagheri emphasized that …".
func reportsOn(quote, name string) bool {
	last := lastName(name)
	if len(last) < 3 {
		return false
	}
	if end := strings.Index(quote, ". "); end >= 0 {
		// Only in its first sentence: a name later on may be the
		// narrative a quote without its closing mark ran into.
		quote = quote[:end]
	}
	for i := 0; ; {
		k := strings.Index(quote[i:], last)
		if k < 0 {
			return false
		}
		i += k + len(last)
		if r, _ := utf8.DecodeRuneInString(quote[i:]); i < len(quote) && isWordRune(r) {
			continue // "Raisi's" is fine, "Raisian" is another word
		}
		if f := strings.Fields(quote[i:]); len(f) > 1 && cueVerbs[f[0]] && !strings.HasSuffix(f[0], "ing") && f[1] == "that" {
			return true
		}
	}
}

// sentenceEndCue reads the cue that ends the sentence a quote's words
// run on into: "“I have made it clear … that he has voted with the NRA”
// and against the Brady gun-control law, Clinton said." post is the text
// after the quote (at abs), up to the sentence's end.
func (x *extractor) sentenceEndCue(post string, abs int) (attribution, bool) {
	tc, ok := trailingCue(post)
	if !ok || tc.comma < 0 || strings.TrimSpace(post[:tc.comma]) == "" || relayCues[tc.cue] {
		return attribution{}, false
	}
	return x.resolveNP(tc.np.text, abs+tc.np.start, tc.cue)
}
