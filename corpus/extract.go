package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ExtractorVersion changes whenever Extract's results change, so that
// indexes built by an older extractor are rebuilt.
const ExtractorVersion = "1"

// Extract returns the statements of doc, attributed and dated, in the
// order they appear. The same statement stated twice in doc (a live blog
// repeats a story) is one Quote with several Citations. Speaker ids are
// the document's; a Directory merges them across the corpus.
func Extract(doc Document) []Quote {
	x := newExtractor(doc)
	x.run()
	return x.quotes()
}

// Passages returns doc's paragraphs for indexing, without boilerplate
// and headings.
func Passages(doc Document) []Passage {
	var out []Passage
	for _, p := range Paragraphs(doc.Text) {
		if p.Boilerplate || p.Heading {
			continue
		}
		c := citation(doc, p.Start, p.End, "")
		out = append(out, Passage{ID: contentID("p", doc.ID, p.Text), Text: p.Text, Citation: c})
	}
	return out
}

func citation(doc Document, start, end int, context string) Citation {
	return Citation{
		DocID: doc.ID, Source: doc.Source, Title: doc.Title, URL: doc.URL,
		Published: doc.Published, Start: start, End: end, Context: context,
	}
}

// contentID derives a short stable id from its parts.
func contentID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// normText folds a quote's text for comparing two statements.
func normText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// QuoteID returns the id of a statement of text by the speaker speakerID.
func QuoteID(speakerID, text string) string {
	return contentID("q", speakerID, normText(text))
}

// entity is a speaker as one document knows it.
type entity struct {
	name  string
	typ   SpeakerType
	roles []roleAt
	// anonymous marks a description that names no one ("a source").
	anonymous bool
}

type roleAt struct {
	pos  int
	role string
}

// roleAt returns the role the text gives the entity nearest before pos,
// else the first one after it.
func (e *entity) roleAt(pos int) string {
	best := ""
	for _, r := range e.roles {
		if r.pos <= pos {
			best = r.role
		} else if best == "" {
			return r.role
		}
	}
	return best
}

func (e *entity) addRole(pos int, role string) {
	role = strings.TrimSpace(role)
	if role == "" {
		return
	}
	for _, r := range e.roles {
		if r.pos == pos {
			return
		}
	}
	e.roles = append(e.roles, roleAt{pos, role})
	sort.Slice(e.roles, func(i, j int) bool { return e.roles[i].pos < e.roles[j].pos })
}

// stmt is a statement found in the document, before merging.
type stmt struct {
	start, end int // absolute byte offsets of the statement's text
	kind       Kind
	para       int
	spk        *entity
	anon       string // the description, for anonymous speakers
	cue        string
	// cueStart and cueEnd bound the attribution around the statement:
	// where its date is looked for.
	regions [][2]int
	date    Date
	prov    DateProvenance
}

type salient struct {
	pos int
	e   *entity
}

type extractor struct {
	doc   Document
	paras []Paragraph
	ref   time.Time
	dates []DateMention

	ents     map[string]*entity // by NameKey of the name
	entList  []*entity
	mentions []docMention // every name mention, in order

	stmts   []stmt
	salient []salient
	// psents and pspans hold each paragraph's sentences and quotes.
	psents map[int][]sentence
	pspans map[int][]qspan
	// spkDates remembers the last stated date of each speaker per story.
	spkDates map[*entity]dated
}

type dated struct {
	d     Date
	prov  DateProvenance
	story int
}

type docMention struct {
	mention
	abs int // absolute offset of the name
	e   *entity
}

func newExtractor(doc Document) *extractor {
	x := &extractor{
		doc:      doc,
		paras:    Paragraphs(doc.Text),
		ents:     make(map[string]*entity),
		spkDates: make(map[*entity]dated),
		psents:   make(map[int][]sentence),
		pspans:   make(map[int][]qspan),
	}
	x.ref = doc.Published
	x.dates = FindDates(doc.Text, x.ref)
	return x
}

func (x *extractor) run() {
	x.collectEntities()
	for i, p := range x.paras {
		if p.Boilerplate || p.Heading {
			continue
		}
		x.paragraph(i, p)
	}
	x.assignDates()
}

// collectEntities registers every name of the document, so that a
// surname resolves to the full name wherever the full name appears.
func (x *extractor) collectEntities() {
	type pending struct {
		m   mention
		abs int
	}
	var singles []pending
	for _, p := range x.paras {
		if p.Boilerplate {
			continue
		}
		ms := findMentions(p.Text)
		spans := quoteSpans(p.Text)
		for _, m := range ms {
			if m.titleOnly || inSpans(spans, m.start) {
				continue
			}
			abs := p.Start + m.start
			if m.typ == SpeakerPerson && strings.ContainsAny(m.name, " ") {
				e := x.entityFor(m.name, m.typ)
				if r := roleOf(p.Text, m); r != "" {
					e.addRole(abs, r)
				}
				x.mentions = append(x.mentions, docMention{m, abs, e})
				continue
			}
			singles = append(singles, pending{m, abs})
		}
		// Organisation evidence: "the Kayhan newspaper".
		for _, m := range ms {
			if next := nextWord(p.Text, m.end); orgNouns[next] && !m.titleOnly {
				x.entityFor(m.name, SpeakerOrganization).typ = SpeakerOrganization
			}
		}
	}
	for _, s := range singles {
		e := x.resolveSingle(s.m.name, s.m.typ, s.abs)
		if e == nil {
			e = x.entityFor(s.m.name, s.m.typ)
		}
		p := x.paraAt(s.abs)
		if r := roleOf(x.paras[p].Text, s.m); r != "" {
			e.addRole(s.abs, r)
		}
		x.mentions = append(x.mentions, docMention{s.m, s.abs, e})
	}
	sort.SliceStable(x.mentions, func(i, j int) bool { return x.mentions[i].abs < x.mentions[j].abs })
}

func (x *extractor) entityFor(name string, typ SpeakerType) *entity {
	name = cleanName(name)
	k := NameKey(name)
	if e, ok := x.ents[k]; ok {
		return e
	}
	e := &entity{name: name, typ: typ}
	x.ents[k] = e
	x.entList = append(x.entList, e)
	return e
}

// resolveSingle finds the entity a one-word name stands for: a person
// whose last name it is, or an organisation whose name holds it.
func (x *extractor) resolveSingle(word string, typ SpeakerType, pos int) *entity {
	word = cleanName(word)
	k := NameKey(word)
	var cands []*entity
	for _, e := range x.entList {
		if e.anonymous {
			continue
		}
		switch {
		case e.typ == SpeakerPerson && strings.Contains(e.name, " ") && NameKey(lastName(e.name)) == k:
			cands = append(cands, e)
		case e.typ == SpeakerOrganization && typ != SpeakerPerson && containsWord(e.name, word) && NameKey(e.name) != k:
			cands = append(cands, e)
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	if len(cands) > 1 {
		// Ambiguous: the one mentioned last before pos.
		var best *entity
		for _, m := range x.mentions {
			if m.abs > pos {
				break
			}
			for _, c := range cands {
				if m.e == c {
					best = c
				}
			}
		}
		return best
	}
	return nil
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(strings.Trim(f, ",.;:"), w) {
			return true
		}
	}
	return false
}

func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "’s")
	for _, p := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.Join(strings.Fields(s), " ")
}

func nextWord(s string, i int) string {
	rest := strings.TrimLeft(s[i:], " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if end < 0 {
		end = len(rest)
	}
	return rest[:end]
}

func (x *extractor) paraAt(pos int) int {
	i := sort.Search(len(x.paras), func(i int) bool { return x.paras[i].End > pos })
	if i >= len(x.paras) {
		return len(x.paras) - 1
	}
	return i
}

// sentence is a sentence of a paragraph, in paragraph offsets.
type sentence struct{ start, end int }

// sentences splits a paragraph into sentences, never inside a quote.
func sentences(s string, spans []qspan) []sentence {
	inQuote := func(i int) bool {
		for _, q := range spans {
			if i >= q.start && i < q.end {
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
		if c == '.' && isAbbrevAt(s, i) {
			continue
		}
		j := i + 1
		// Closing marks and brackets after the stop.
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isDoubleMark(r) || r == ')' || r == '’' || r == '\'' {
				j += n
				continue
			}
			break
		}
		if j < len(s) && s[j] != ' ' && s[j] != '\n' {
			continue
		}
		k := j
		for k < len(s) && (s[k] == ' ' || s[k] == '\n') {
			k++
		}
		if k >= len(s) {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if unicode.IsUpper(r) || unicode.IsDigit(r) || isDoubleMark(r) || r == '‘' || r == '(' {
			out = append(out, sentence{start, j})
			start = k
		}
	}
	out = append(out, sentence{start, len(s)})
	return splitAtQuoteEnds(s, out, spans)
}

// splitAtQuoteEnds splits sentences after a quote whose text ends a
// sentence and is followed by a new capitalised sentence.
func splitAtQuoteEnds(s string, ss []sentence, spans []qspan) []sentence {
	var out []sentence
	for _, sn := range ss {
		start := sn.start
		for _, q := range spans {
			if q.unclosed || q.close <= start || q.close >= sn.end {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[q.start:q.end], " "))
			if last != '.' && last != '!' && last != '?' {
				continue
			}
			k := q.close
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if k == q.close || k >= sn.end {
				continue
			}
			r, _ := utf8.DecodeRuneInString(s[k:])
			if unicode.IsUpper(r) || isDoubleMark(r) {
				out = append(out, sentence{start, q.close})
				start = k
			}
		}
		out = append(out, sentence{start, sn.end})
	}
	return out
}

func isAbbrevAt(s string, i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsSpace(r) || r == '(' || isDoubleMark(r) {
			break
		}
		j -= n
	}
	w := s[j : i+1]
	if abbreviations[w] {
		return true
	}
	// An initial ("J.") or a dotted acronym ("U.S.") inside a sentence.
	core := strings.TrimSuffix(w, ".")
	if utf8.RuneCountInString(core) == 1 {
		r, _ := utf8.DecodeRuneInString(core)
		return unicode.IsUpper(r)
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

// paragraph extracts the statements of one paragraph.
func (x *extractor) paragraph(pi int, p Paragraph) {
	s := p.Text
	spans := quoteSpans(s)
	sents := sentences(s, spans)
	x.psents[pi], x.pspans[pi] = sents, spans
	var kept []qspan
	for _, q := range spans {
		if isStatement(s, q) {
			kept = append(kept, q)
		}
	}
	done := make([]bool, len(kept))
	for si, sn := range sents {
		x.noteSubjects(pi, p, sn, spans)
		// Reported speech in the parts of the sentence outside quotes.
		x.reported(pi, p, sn, spans)
		for qi, q := range kept {
			if done[qi] || q.open < sn.start || q.open >= sn.end {
				continue
			}
			done[qi] = true
			x.quote(pi, p, sents, si, kept, qi)
		}
	}
}

// isStatement tells a statement from a title, a scare quote or a name in
// quotation marks.
func isStatement(s string, q qspan) bool {
	inner := strings.TrimSpace(s[q.start:q.end])
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
	before := strings.ToLower(lastWords(s[:q.open], 2))
	for _, w := range []string{"called", "dubbed", "so-called", "titled", "entitled", "named", "known as", "the term", "the word", "the phrase", "the slogan", "hashtag", "codenamed", "code-named", "nicknamed", "branded"} {
		if strings.HasSuffix(before, w) && len(words) <= 6 {
			return false
		}
	}
	if len(words) <= 8 {
		// A title: every long word capitalised and no sentence stop.
		last, _ := utf8.DecodeLastRuneInString(inner)
		if last != '.' && last != '!' && last != '?' && last != ',' {
			caps := 0
			long := 0
			for _, w := range words {
				if utf8.RuneCountInString(w) > 3 {
					long++
					r, _ := utf8.DecodeRuneInString(w)
					if unicode.IsUpper(r) {
						caps++
					}
				}
			}
			if long > 0 && caps == long && len(words) > 1 {
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

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// noteSubjects records people who open a sentence: the antecedents of
// "he" and "she".
func (x *extractor) noteSubjects(pi int, p Paragraph, sn sentence, spans []qspan) {
	abs0 := p.Start + sn.start
	limit := p.Start + sn.start + 60
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
		if m.e != nil && m.typ == SpeakerPerson && !m.possessive {
			x.salient = append(x.salient, salient{m.abs, m.e})
			return
		}
	}
}

func inSpans(spans []qspan, pos int) bool {
	for _, q := range spans {
		if pos >= q.start && pos < q.end {
			return true
		}
	}
	return false
}

// quote attributes the quote kept[qi] of paragraph pi.
func (x *extractor) quote(pi int, p Paragraph, sents []sentence, si int, kept []qspan, qi int) {
	s := p.Text
	q := kept[qi]
	sn := sents[si]
	// The text before the quote in its sentence, after any earlier quote.
	preStart := sn.start
	if qi > 0 && kept[qi-1].close > preStart && kept[qi-1].close <= q.open {
		preStart = kept[qi-1].close
	}
	pre := s[preStart:q.open]
	// The text after the quote up to the next quote or the sentence end.
	postEnd := len(s)
	if ci := sentenceAt(sents, max(q.close-1, 0)); ci >= 0 {
		postEnd = sents[ci].end
	}
	if qi+1 < len(kept) && kept[qi+1].open < postEnd {
		postEnd = kept[qi+1].open
	}
	post := ""
	if q.close < postEnd {
		post = s[q.close:postEnd]
	}
	inner := strings.TrimSpace(s[q.start:q.end])
	kind := KindDirect
	if isPartial(pre, inner) {
		kind = KindPartial
	}
	st := stmt{
		start: p.Start + q.start + (len(s[q.start:q.end]) - len(strings.TrimLeft(s[q.start:q.end], " "))),
		kind:  kind,
		para:  pi,
	}
	st.end = st.start + len(inner)
	st.regions = [][2]int{{p.Start + preStart, p.Start + q.open}, {p.Start + q.close, p.Start + postEnd}}

	var a attribution
	var ok bool
	if a, ok = x.cueAfter(post, p.Start+q.close, q, len(s)); !ok {
		a, ok = x.cueBefore(pre, p.Start+preStart, kind)
	}
	if !ok {
		a, ok = x.continuation(pi, p, q, pre)
	}
	if ok {
		st.spk, st.anon, st.cue = a.e, a.anon, a.cue
	}
	if st.spk != nil {
		x.salient = append(x.salient, salient{st.start, st.spk})
	}
	x.stmts = append(x.stmts, st)
}

// isPartial reports whether a quote is a fragment inside the sentence
// rather than a sentence of its own.
func isPartial(pre, inner string) bool {
	first, _ := utf8.DecodeRuneInString(inner)
	if unicode.IsLower(first) {
		return true
	}
	t := strings.TrimRight(pre, " ")
	if t == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case ',', ':', '—', '–', '(', '-':
		return false
	}
	return true
}

type attribution struct {
	e    *entity
	anon string
	cue  string
}

// cueAfter reads an attribution that follows a quote: “…,” X said;
// “…,” said X, a spokesman; “…” - X.
func (x *extractor) cueAfter(post string, abs int, q qspan, paraLen int) (attribution, bool) {
	toks := tokenize(post)
	i := 0
	for i < len(toks) && (toks[i].s == "," || toks[i].s == ";") {
		i++
	}
	if i >= len(toks) {
		return attribution{}, false
	}
	// Trailing dash: “…” — Commissioner X
	if d := toks[i].s; (d == "—" || d == "–" || d == "-") && i+1 < len(toks) && toks[i+1].isCap() {
		np := collectNP(post, toks[i+1:], false)
		if np.text != "" {
			if a, ok := x.resolveNP(np.text, abs+np.start, "—"); ok {
				return a, true
			}
		}
	}
	toks = toks[i:]
	toks = dropAppositives(post, toks)
	// "according to X"
	for k := 0; k+2 < len(toks) && k < 4; k++ {
		if toks[k].lower() == "according" && toks[k+1].s == "to" {
			np := collectNP(post, toks[k+2:], false)
			if a, ok := x.resolveNP(np.text, abs+np.start, "according to"); ok {
				return a, true
			}
		}
	}
	for c := 0; c < len(toks) && c < 14; c++ {
		t := toks[c]
		if isStop(t.s) {
			return attribution{}, false
		}
		if !cueVerbs[t.s] {
			continue
		}
		cue := t.lower()
		if c == 0 {
			// said X
			np := collectNP(post, toks[1:], false)
			if np.text == "" {
				return attribution{}, false
			}
			return x.resolveNP(np.text, abs+np.start, cue)
		}
		np := npBefore(post, toks[:c])
		if np.text == "" {
			return attribution{}, false
		}
		return x.resolveNP(np.text, abs+np.start, cue)
	}
	return attribution{}, false
}

func isStop(s string) bool {
	switch s {
	case ".", "!", "?", ";", "“", "\"", "”":
		return true
	}
	return false
}

// cueBefore reads an attribution that leads into a quote: X said, “…”;
// X continued: “…”; X told reporters that there is “…”.
func (x *extractor) cueBefore(pre string, abs int, kind Kind) (attribution, bool) {
	toks := dropAppositives(pre, tokenize(pre))
	if len(toks) == 0 {
		return attribution{}, false
	}
	// according to X, “…”
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower() == "according" && toks[k+1].s == "to" {
			np := collectNP(pre, toks[k+2:], false)
			if a, ok := x.resolveNP(np.text, abs+np.start, "according to"); ok {
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
		if !cueVerbs[t.s] {
			continue
		}
		if !isCueUse(toks, c) {
			continue
		}
		// A parenthetical ", she added," or the subject of the clause.
		var np npText
		if strings.HasSuffix(lw, "ing") && lw != "saying" && c > 0 && toks[c-1].s == "," {
			// "..., stating that", "labelling ... as": the sentence's subject.
			np = firstSubject(pre, toks[:c])
		} else {
			np = npBefore(pre, toks[:c])
		}
		if np.text == "" {
			np = firstSubject(pre, toks[:c])
		}
		if np.text == "" {
			return attribution{}, false
		}
		return x.resolveNP(np.text, abs+np.start, lw)
	}
	// A colon lead-in with no verb: "Khamenei: “…”".
	if last := toks[len(toks)-1]; last.s == ":" {
		np := npBefore(pre, toks[:len(toks)-1])
		if np.text != "" {
			return x.resolveNP(np.text, abs+np.start, ":")
		}
	}
	return attribution{}, false
}

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
		return next != "for" && next != "on" && next != "off" && next != "in" && next != "up"
	case "went":
		return next == "on"
	case "pointed":
		return next == "out"
	case "asked":
		return next != "for"
	case "posted", "posts":
		return next == "on" || next == "to" || next == ":"
	case "charged", "charges":
		return next == "that"
	case "reported", "reports":
		return true
	}
	// A cue word used as a noun: "the remarks", "his claims".
	if c > 0 {
		switch toks[c-1].lower() {
		case "the", "a", "an", "his", "her", "their", "its", "these", "those", "such", "of":
			return false
		}
	}
	return true
}

// npText is a noun phrase with its offset in the text it came from.
type npText struct {
	text  string
	start int
}

// collectNP reads a noun phrase from the start of toks, up to a comma, a
// stop or a preposition that ends it.
func collectNP(s string, toks []token, keepPrep bool) npText {
	end := 0
	for end < len(toks) && end < 12 {
		t := toks[end]
		if !t.isWord() && t.s != "-" && t.s != "’" && t.s != "'" {
			break
		}
		lw := t.lower()
		if end > 0 && !keepPrep && npEnders[lw] {
			break
		}
		end++
	}
	if end == 0 {
		return npText{}
	}
	return npText{text: s[toks[0].start:toks[end-1].end], start: toks[0].start}
}

// npEnders end a noun phrase that follows a cue verb.
var npEnders = set(`in on at during after before while when to told as who which that
adding according said says added noted and but in a an the his her their
on at from told wrote posted tweeted via referring speaking`)

// npBefore reads the noun phrase that ends toks: the subject of a cue
// verb. Adverbs and date phrases between subject and verb are skipped.
func npBefore(s string, toks []token) npText {
	end := len(toks)
	// Skip adverbs and dates: "also", "later", "on Tuesday", "earlier this month".
	for end > 0 {
		lw := toks[end-1].lower()
		if adverbs[lw] || calendarWords[toks[end-1].s] {
			end--
			continue
		}
		if end >= 2 && (calendarWords[toks[end-1].s]) {
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
	for startIdx > 0 && end-startIdx < 12 {
		t := toks[startIdx-1]
		lw := t.lower()
		if !t.isWord() && t.s != "-" && t.s != "’" && t.s != "'" {
			break
		}
		if npBreakers[lw] || cueVerbs[lw] && !t.isCap() {
			break
		}
		startIdx--
	}
	if startIdx == end {
		return npText{}
	}
	// "Asked by reporters X said": a long NP with lower-case verbs is not
	// a subject; keep from the last capitalised run or pronoun.
	return npText{text: s[toks[startIdx].start:toks[end-1].end], start: toks[startIdx].start}
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
	// Skip a leading adverbial ending with a comma ("Last week, ...").
	start := 0
	for start < len(toks) && (leadWords[toks[start].s] || adverbialStarts[toks[start].lower()]) {
		k := start
		for k < len(toks) && k-start < 12 && toks[k].s != "," {
			k++
		}
		if k >= len(toks) || toks[k].s != "," {
			break
		}
		start = k + 1
	}
	for k := start; k < len(toks); k++ {
		t := toks[k]
		if t.isCap() && t.isWord() && !leadWords[t.s] {
			end := k
			for end < len(toks) && (toks[end].isCap() || nameConnectors[toks[end].s]) && toks[end].isWord() {
				end++
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

// adverbialStarts open a phrase that precedes a sentence's subject.
var adverbialStarts = set(`in on at during after before last earlier while since as
asked speaking following amid despite according more recently over within`)

// dropAppositives removes ", a spokesman for the ministry," and ", who
// …," from a token list, so that the subject meets its verb.
func dropAppositives(s string, toks []token) []token {
	var out []token
	for i := 0; i < len(toks); i++ {
		if toks[i].s == "," && i+1 < len(toks) && len(out) > 0 && out[len(out)-1].isCap() && isAppositiveStart(toks[i+1]) {
			// Find the closing comma within 25 tokens.
			j := i + 1
			for j < len(toks) && j-i < 25 && toks[j].s != "," && !isStop(toks[j].s) && toks[j].s != "“" {
				if j > i+1 && cueVerbs[toks[j].lower()] && !isRoleContext(toks, j) {
					break
				}
				j++
			}
			if j < len(toks) && toks[j].s == "," && j > i+1 {
				i = j
				continue
			}
		}
		out = append(out, toks[i])
	}
	return out
}

func isRoleContext(toks []token, j int) bool {
	// "former", "top", etc. never make a cue verb a noun; keep simple.
	return false
}

func isAppositiveStart(t token) bool {
	lw := t.lower()
	if determiners[lw] || roleNouns[lw] || roleModifiers[lw] {
		return true
	}
	switch lw {
	case "who", "head", "one", "himself", "herself", "whose", "chief", "speaking", "citing":
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
	if speakerPronouns[lw] || lw == "i" {
		if lw == "i" || lw == "we" {
			return attribution{}, false
		}
		e := x.resolvePronoun(pos, lw)
		if e == nil {
			return attribution{}, false
		}
		return attribution{e: e, cue: cue}, true
	}
	ms := findMentions(np)
	toks := tokenize(np)
	first := ""
	if len(toks) > 0 {
		first = toks[0].lower()
	}
	head, headIdx := headNoun(toks)
	// "Iran's president": the person with that role; "Kayhan's
	// analysis": the name.
	if len(ms) > 0 && ms[len(ms)-1].possessive && headIdx >= 0 && toks[headIdx].start >= ms[len(ms)-1].end && !toks[headIdx].isCap() {
		if roleNouns[head] {
			if e := x.byRole(head, pos); e != nil {
				return attribution{e: e, cue: cue}, true
			}
			return attribution{anon: describe(np), cue: cue}, true
		}
		if e := x.lookupMention(ms[len(ms)-1], pos); e != nil {
			return attribution{e: e, cue: cue}, true
		}
	}
	// "the Kayhan newspaper": the name before the head.
	var named *mention
	for i := range ms {
		m := &ms[i]
		if m.titleOnly {
			continue
		}
		// A name after a preposition belongs to a description ("a channel
		// affiliated with the IRGC"), unless the phrase starts with it.
		if determiners[first] && headIdx >= 0 && m.start > toks[headIdx].start {
			continue
		}
		named = m
		if !m.possessive {
			// Prefer the last non-possessive name ("Iran's Supreme Leader Ali Khamenei").
			continue
		}
	}
	if named != nil {
		for i := len(ms) - 1; i >= 0; i-- {
			if !ms[i].titleOnly && !ms[i].possessive && (!determiners[first] || headIdx < 0 || ms[i].start <= toks[headIdx].start) {
				named = &ms[i]
				break
			}
		}
		e := x.lookupMention(*named, pos)
		if e != nil {
			return attribution{e: e, cue: cue}, true
		}
	}
	// A title alone: "the President", "the Supreme Leader".
	for _, m := range ms {
		if m.titleOnly {
			if e := x.byRole(strings.ToLower(m.name), pos); e != nil {
				return attribution{e: e, cue: cue}, true
			}
		}
	}
	if head == "" {
		return attribution{}, false
	}
	// A role noun: "the spokesman", "the deputy speaker of parliament".
	if roleNouns[head] {
		if e := x.byRole(head, pos); e != nil {
			return attribution{e: e, cue: cue}, true
		}
		return attribution{anon: describe(np), cue: cue}, true
	}
	if anonymousHeads[head] {
		return attribution{anon: describe(np), cue: cue}, true
	}
	// An organisation described: "state TV", "a Telegram channel
	// affiliated with the IRGC", "the ministry".
	if orgNouns[head] || head == "tv" || head == "media" || head == "television" || head == "statement" {
		if determiners[first] && first == "the" && len(toks) <= 3 {
			if e := x.byOrgNoun(head, pos); e != nil {
				return attribution{e: e, cue: cue}, true
			}
		}
		e := x.entityFor(describe(np), SpeakerOrganization)
		return attribution{e: e, cue: cue}, true
	}
	return attribution{}, false
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
		if i > 0 && (lw == "of" || lw == "for" || lw == "with" || lw == "affiliated" || lw == "close" || lw == "from" || lw == "in" || lw == "at" || lw == "on" || lw == "to" || lw == "linked") {
			break
		}
		if t.isWord() {
			w, _ := t.base()
			head, idx = strings.ToLower(w), i
		}
	}
	return head, idx
}

// lookupMention maps a name mention to the document's entity.
func (x *extractor) lookupMention(m mention, pos int) *entity {
	name := cleanName(m.name)
	if name == "" {
		return nil
	}
	if e, ok := x.ents[NameKey(name)]; ok {
		if !strings.Contains(name, " ") && e.typ == SpeakerPerson {
			if full := x.resolveSingle(name, m.typ, pos); full != nil {
				return full
			}
		}
		return e
	}
	if !strings.Contains(name, " ") {
		if e := x.resolveSingle(name, m.typ, pos); e != nil {
			return e
		}
	}
	return x.entityFor(name, m.typ)
}

// resolvePronoun returns what a pronoun at pos stands for: the subject
// of the last earlier sentence of the paragraph that names someone, else
// the last salient speaker or subject before pos.
func (x *extractor) resolvePronoun(pos int, pron string) *entity {
	story := x.paras[x.paraAt(pos)].Story
	pi := x.paraAt(pos)
	if e := x.pronounInParagraph(pi, pos, pron); e != nil {
		return e
	}
	for i := len(x.salient) - 1; i >= 0; i-- {
		s := x.salient[i]
		if s.pos >= pos {
			continue
		}
		sp := x.paraAt(s.pos)
		if x.paras[sp].Story != story || pi-sp > 4 {
			return nil
		}
		switch pron {
		case "he", "she", "who":
			if s.e.typ != SpeakerPerson {
				continue
			}
		case "it":
			if s.e.typ != SpeakerOrganization {
				continue
			}
		}
		return s.e
	}
	return nil
}

func (x *extractor) pronounInParagraph(pi, pos int, pron string) *entity {
	p := x.paras[pi]
	sents, spans := x.psents[pi], x.pspans[pi]
	si := sentenceAt(sents, pos-p.Start)
	for k := si - 1; k >= 0; k-- {
		lo, hi := p.Start+sents[k].start, p.Start+sents[k].end
		for _, m := range x.mentions {
			if m.abs < lo || m.e == nil || inSpans(spans, m.abs-p.Start) {
				continue
			}
			if m.abs >= hi {
				break
			}
			if pron == "it" && m.e.typ == SpeakerOrganization || pron != "it" && pron != "they" && m.e.typ == SpeakerPerson {
				return m.e
			}
		}
	}
	return nil
}

// byRole finds the person the text gives a role holding word, the last
// one before pos, else the first after it within two paragraphs.
func (x *extractor) byRole(word string, pos int) *entity {
	word = strings.ToLower(word)
	var before, after *entity
	limit := pos
	if pi := x.paraAt(pos); pi+2 < len(x.paras) {
		limit = x.paras[pi+2].End
	} else {
		limit = len(x.doc.Text)
	}
	for _, e := range x.entList {
		if e.typ != SpeakerPerson {
			continue
		}
		for _, r := range e.roles {
			if !strings.Contains(strings.ToLower(r.role), word) {
				continue
			}
			if r.pos < pos {
				if before == nil || r.pos > x.lastRolePos(before, word, pos) {
					before = e
				}
			} else if r.pos < limit && after == nil {
				after = e
			}
		}
	}
	if before != nil {
		return before
	}
	return after
}

func (x *extractor) lastRolePos(e *entity, word string, pos int) int {
	best := -1
	for _, r := range e.roles {
		if r.pos < pos && strings.Contains(strings.ToLower(r.role), word) {
			best = r.pos
		}
	}
	return best
}

// byOrgNoun finds the organisation "the ministry" stands for.
func (x *extractor) byOrgNoun(noun string, pos int) *entity {
	var best *entity
	for _, m := range x.mentions {
		if m.abs >= pos {
			break
		}
		if m.e != nil && m.e.typ == SpeakerOrganization && strings.Contains(strings.ToLower(m.e.name), noun) {
			best = m.e
		}
	}
	return best
}

// continuation attributes a quote with no cue of its own: a paragraph
// that goes on quoting the last speaker, or a quote after a sentence
// that names its speaker.
func (x *extractor) continuation(pi int, p Paragraph, q qspan, pre string) (attribution, bool) {
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
	for i := len(x.stmts) - 1; i >= 0; i-- {
		last := x.stmts[i]
		if pi-last.para > 2 || x.paras[last.para].Story != p.Story {
			break
		}
		if last.spk == nil && last.anon == "" {
			continue
		}
		// Another person named in between breaks the chain.
		if x.otherSubjectBetween(last.end, p.Start+q.open, last.spk) {
			return attribution{}, false
		}
		return attribution{e: last.spk, anon: last.anon, cue: last.cue}, true
	}
	return attribution{}, false
}

func (x *extractor) otherSubjectBetween(from, to int, e *entity) bool {
	for _, s := range x.salient {
		if s.pos > from && s.pos < to && s.e != e {
			return true
		}
	}
	return false
}

// roleOf returns the role the text gives around mention m of s.
func roleOf(s string, m mention) string {
	if m.typ != SpeakerPerson {
		return ""
	}
	if r := roleBefore(s, m); r != "" {
		return r
	}
	return roleAfter(s, m)
}

// roleBefore reads titles and role words before a name: "Iranian
// moderate Foreign Minister", "IRGC commander-in-chief".
func roleBefore(s string, m mention) string {
	toks := tokenize(s[:m.start])
	i := len(toks)
	comma := false
	if i > 0 && toks[i-1].s == "," {
		// "Iran's Supreme Leader, Ali Khamenei," : a title then the name.
		i--
		comma = true
	}
	start := i
	for start > 0 {
		t := toks[start-1]
		w, poss := t.base()
		lw := strings.ToLower(w)
		switch {
		case titleWords[w] || roleNouns[lw] || roleModifiers[lw] || isAcronym(w):
		case poss && (places[w] || t.isCap()):
		case (lw == "of" || lw == "for") && start < i && toks[start].isCap():
		case t.isCap() && start < i && (roleNouns[toks[start].lower()] || orgWords[toks[start].s] || titleWords[toks[start].s]) && !leadWords[w]:
		default:
			goto done
		}
		start--
	}
done:
	if start == i {
		return ""
	}
	// A role must hold a title or role noun, not only modifiers or
	// honorifics.
	has := false
	for k := start; k < i; k++ {
		w, _ := toks[k].base()
		if (titleWords[w] && !places[w] || roleNouns[strings.ToLower(w)]) && !honorifics[w] {
			has = true
		}
	}
	if !has {
		return ""
	}
	if comma && start > 0 && toks[start-1].isWord() && !determiners[toks[start-1].lower()] {
		// "said Tuesday, Ali Khamenei" is no title.
		if !toks[start].isCap() {
			return ""
		}
	}
	for start < i && (toks[start].s == "of" || toks[start].s == "for") {
		start++
	}
	if start == i {
		return ""
	}
	return strings.TrimSpace(s[toks[start].start:toks[i-1].end])
}

// roleAfter reads an appositive after a name: ", an advisor to the
// foreign minister,".
func roleAfter(s string, m mention) string {
	rest := s[m.end:]
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	rest = rest[2:]
	toks := tokenize(rest)
	if len(toks) == 0 || !isAppositiveStart(toks[0]) || toks[0].lower() == "who" || toks[0].lower() == "speaking" || toks[0].lower() == "citing" {
		return ""
	}
	end := 0
	hasRole := false
	for end < len(toks) && end < 20 {
		t := toks[end]
		if t.s == "," || isStop(t.s) || t.s == "“" || t.s == "—" {
			break
		}
		if cueVerbs[t.lower()] && end > 0 {
			return ""
		}
		if roleNouns[t.lower()] {
			hasRole = true
		}
		end++
	}
	if !hasRole || end == 0 {
		return ""
	}
	r := rest[toks[0].start:toks[end-1].end]
	return describe(r)
}

// reported finds reported speech in a sentence: "X said that …", "X
// told reporters that …", and "…, X said."
func (x *extractor) reported(pi int, p Paragraph, sn sentence, spans []qspan) {
	s := p.Text
	text := s[sn.start:sn.end]
	// Only the part of the sentence before its first quote mark.
	cut := len(text)
	for _, q := range spans {
		if q.open >= sn.start && q.open < sn.end {
			cut = min(cut, q.open-sn.start)
		}
		if q.open < sn.start && q.close > sn.start {
			return // the sentence sits inside a quote
		}
	}
	toks := tokenize(text[:cut])
	toksNA := dropAppositives(text[:cut], toks)
	for c, t := range toksNA {
		lw := t.lower()
		if !reportVerbs[t.s] {
			continue
		}
		callOn := (lw == "called" || lw == "urged") && c+1 < len(toksNA) && toksNA[c+1].lower() == "on"
		if !callOn && !isCueUse(toksNA, c) {
			continue
		}
		// The content starts after "that", or after a short adverbial or
		// object ("told reporters", "said on Monday").
		k := c + 1
		for k < len(toksNA) && k-c <= 6 && toksNA[k].lower() != "that" && toksNA[k].isWord() && !cueVerbs[toksNA[k].lower()] {
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
		case objectVerbs[lw] && c+1 < len(toksNA) && toksNA[c+1].isWord() && !adverbs[next] && !npEnders[next] && !calendarWords[toksNA[c+1].s]:
			// "X said Iran poses …", "X confirmed Iran's readiness …".
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
		if strings.HasSuffix(lw, "ing") {
			np = firstSubject(text, toksNA[:c])
		} else {
			np = npBefore(text, toksNA[:c])
			if np.text == "who" || np.text == "which" {
				np = x.relativeAntecedent(text, toks, toksNA[c-1].start)
			}
		}
		if np.text == "" {
			continue
		}
		a, ok := x.resolveNP(np.text, p.Start+sn.start+np.start, lw)
		if !ok || a.e == nil || a.e.anonymous {
			continue
		}
		cs := toksNA[contentStart].start
		ce := clauseEnd(text[:cut], cs)
		content := strings.TrimRight(text[cs:ce], " ,;:.—–-")
		if len(strings.Fields(content)) < 4 || strings.ContainsAny(content, "\"“”") {
			continue
		}
		if ce == cut && cut < len(text) {
			// The statement runs into a quote: the quote carries it.
			continue
		}
		st := stmt{
			start: p.Start + sn.start + cs,
			kind:  KindReported,
			para:  pi,
			spk:   a.e,
			cue:   lw,
		}
		st.end = st.start + len(content)
		st.regions = [][2]int{{p.Start + sn.start, st.start}}
		x.stmts = append(x.stmts, st)
		x.salient = append(x.salient, salient{p.Start + sn.start + np.start, a.e})
		return
	}
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

// assignDates gives each statement its date: stated in its sentence,
// carried from the speaker's last dated statement in the story, taken
// from the story's recent dates, or the publication date.
func (x *extractor) assignDates() {
	for i := range x.stmts {
		st := &x.stmts[i]
		story := x.paras[st.para].Story
		if d, prov, ok := x.dateIn(st); ok {
			st.date, st.prov = d, prov
			if st.spk != nil {
				x.spkDates[st.spk] = dated{d, prov, story}
			}
			continue
		}
		if st.spk != nil {
			if d, ok := x.spkDates[st.spk]; ok {
				st.date, st.prov = d.d, d.prov
				continue
			}
		}
		if d, prov, ok := x.storyDate(st, story); ok {
			st.date, st.prov = d, prov
			if st.spk != nil {
				x.spkDates[st.spk] = dated{d, prov, story}
			}
			continue
		}
		switch {
		case !x.doc.Published.IsZero():
			st.date = DayDate(x.doc.Published)
			st.prov = x.doc.PublishedProvenance
			if st.prov == "" || st.prov == DateUnknown {
				st.prov = DatePublished
			}
		default:
			st.prov = DateUnknown
		}
	}
}

// usable reports whether a date mention can date a statement: not after
// publication, not a distant year.
func (x *extractor) usable(m DateMention) bool {
	if m.Date.IsZero() {
		return false
	}
	if !x.ref.IsZero() {
		if m.Date.Time.After(x.ref.Add(24 * time.Hour)) {
			return false
		}
		if m.Date.Precision == PrecisionYear && m.Date.Time.Year() < x.ref.Year()-1 {
			return false
		}
	}
	return true
}

func (x *extractor) dateIn(st *stmt) (Date, DateProvenance, bool) {
	var best *DateMention
	for _, r := range st.regions {
		for i := range x.dates {
			m := &x.dates[i]
			if m.Start >= r[0] && m.End <= r[1] && x.usable(*m) {
				if best == nil || m.Date.Precision > best.Date.Precision {
					best = m
				}
			}
		}
	}
	if best == nil {
		return Date{}, "", false
	}
	return best.Date, best.Provenance, true
}

// storyDate returns the latest day- or week-precise date stated in the
// two paragraphs before the statement, in the same story and outside
// quotes, when it is recent.
func (x *extractor) storyDate(st *stmt, story int) (Date, DateProvenance, bool) {
	from := st.para - 3
	for from < 0 || x.paras[from].Story != story {
		from++
	}
	lo := x.paras[from].Start
	var best *DateMention
	for i := range x.dates {
		m := &x.dates[i]
		if m.Start < lo || m.Start >= st.start || !x.usable(*m) {
			continue
		}
		if m.Date.Precision < PrecisionWeek || x.insideQuote(m.Start) {
			continue
		}
		if !x.ref.IsZero() && m.Date.Time.Before(x.ref.AddDate(0, 0, -14)) {
			continue
		}
		best = m
	}
	if best == nil {
		// The date of the statement just before, in the same story.
		for i := len(x.stmts) - 1; i >= 0; i-- {
			prev := &x.stmts[i]
			if prev.start >= st.start || prev.date.IsZero() {
				continue
			}
			if x.paras[prev.para].Story != story || st.para-prev.para > 2 {
				break
			}
			if prev.prov == DateStated || prev.prov == DateRelative {
				return prev.date, prev.prov, true
			}
			break
		}
		return Date{}, "", false
	}
	return best.Date, best.Provenance, true
}

func (x *extractor) insideQuote(pos int) bool {
	for _, st := range x.stmts {
		if st.kind != KindReported && pos >= st.start && pos < st.end {
			return true
		}
	}
	return false
}

// quotes merges the statements into Quotes, one per speaker and text.
func (x *extractor) quotes() []Quote {
	var out []Quote
	index := make(map[string]int)
	for _, st := range x.stmts {
		text := x.doc.Text[st.start:st.end]
		q := Quote{
			Text:           text,
			Kind:           st.kind,
			Cue:            st.cue,
			Date:           st.date,
			DateProvenance: st.prov,
		}
		switch {
		case st.spk != nil:
			q.Speaker = st.spk.name
			q.SpeakerType = st.spk.typ
			q.SpeakerID = SpeakerID(st.spk.name)
			q.Role = st.spk.roleAt(st.start)
		case st.anon != "":
			q.Speaker = st.anon
		}
		p := x.paras[st.para]
		c := citation(x.doc, st.start, st.end, p.Text)
		q.ID = QuoteID(q.SpeakerID, text)
		if q.SpeakerID == "" {
			q.ID = QuoteID("anon:"+strings.ToLower(q.Speaker), text)
		}
		if i, ok := index[q.ID]; ok {
			out[i].Citations = append(out[i].Citations, c)
			continue
		}
		q.Citations = []Citation{c}
		index[q.ID] = len(out)
		out = append(out, q)
	}
	return out
}
