package attribution

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// entity is a speaker as one document knows it.
type entity struct {
	name  string
	typ   corpus.SpeakerType
	roles []roleAt
	// anonymous marks a description that names no one ("a source").
	anonymous bool
	gender    gender
}

type roleAt struct {
	pos  int
	role string
	// lede is set for a role read from a story's opening description
	// (see ledeRoles) rather than given beside the name.
	lede bool
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

// bySurname returns the one person the text names in full before pos
// with the surname w, or nil.
func (x *extractor) bySurname(w string, pos int) *entity {
	var found *entity
	for _, m := range x.mentions {
		if m.abs >= pos {
			break
		}
		if m.e == nil || m.e.typ != corpus.SpeakerPerson || !strings.Contains(m.e.name, " ") || lastName(m.e.name) != w {
			continue
		}
		if found != nil && found != m.e {
			return nil
		}
		found = m.e
	}
	return found
}

// mentionedBefore reports whether the text names e before pos.
func (x *extractor) mentionedBefore(e *entity, pos int) bool {
	for _, m := range x.mentions {
		if m.abs >= pos {
			return false
		}
		if m.e == e {
			return true
		}
	}
	return false
}

// roleNames reports whether a role the text gave e names the body, in
// full or by its initials: "commander of the Islamic Revolution Guards
// Corps", "IRGC chief" both name the Islamic Revolution Guards Corps.
func (e *entity) roleNames(body string) bool {
	b := strings.ToLower(cleanName(body))
	for _, r := range e.roles {
		role := strings.ToLower(r.role)
		if strings.Contains(role, b) || isAcronym(body) && spelledBy(strings.ToLower(body), roleWords(role)) {
			return true
		}
		for _, w := range roleWords(role) {
			if len(w) >= 2 && isAcronym(strings.ToUpper(w)) && spelledBy(w, roleWords(b)) {
				return true
			}
		}
	}
	return false
}

// hasRoleBefore reports whether the text gave e the role word before pos.
func (e *entity) hasRoleBefore(word string, pos int) bool {
	for _, r := range e.roles {
		if r.pos < pos && r.role == word {
			return true
		}
	}
	return false
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
	e.roles = append(e.roles, roleAt{pos: pos, role: role})
	sort.Slice(e.roles, func(i, j int) bool { return e.roles[i].pos < e.roles[j].pos })
}

// personSurnames returns the keys of the last names of the people the
// document names in full (two words or more).
func (x *extractor) personSurnames(found [][]mention) map[string]bool {
	out := make(map[string]bool)
	for _, ms := range found {
		for _, m := range ms {
			if m.typ == corpus.SpeakerPerson && !m.titleOnly && strings.Contains(m.name, " ") {
				out[x.nameKey(lastName(m.name))] = true
			}
		}
	}
	return out
}

// twoSurnames reports whether m, a two-word name, is two surnames side
// by side: each word is the last name of a person the document names in
// full elsewhere ("Erdogan Raisi" beside "Recep Tayyip Erdogan" and
// "Ebrahim Raisi").
func (x *extractor) twoSurnames(m mention, surnames map[string]bool) bool {
	if m.typ != corpus.SpeakerPerson || m.possessive {
		return false
	}
	ws := strings.Fields(m.name)
	if len(ws) != 2 || !strings.HasSuffix(m.name, ws[1]) {
		return false
	}
	a, b := x.nameKey(ws[0]), x.nameKey(ws[1])
	// A common first name that is also a surname ("Hussein Amir
	// Abdollahian" beside "Saddam Hussein") starts a name.
	return a != b && surnames[a] && surnames[b] && !commonFirstNames[ws[0]]
}

// commonFirstNames are first names that are also surnames in the news
// this project reads.
var commonFirstNames = set(`Abbas Hussein Hossein Ali Hassan Hasan Mohammad Muhammad Ahmad
Ahmed Mahmoud Karim Said Saeed Reza Jafar Kamal Salman Khalil Omar Osman Mousa Musa`)

// collectEntities registers every name of the document, so that a
// surname resolves to the full name wherever the full name appears.
func (x *extractor) collectEntities() {
	type pending struct {
		m   mention
		abs int
	}
	var singles []pending
	found := make([][]mention, len(x.paras))
	for pi, p := range x.paras {
		if p.Boilerplate {
			continue
		}
		found[pi] = findMentions(p.Text)
		x.pspans[pi] = corpus.QuoteSpans(p.Text)
	}
	surnames := x.personSurnames(found)
	for pi, p := range x.paras {
		if p.Boilerplate {
			continue
		}
		ms := found[pi]
		spans := x.pspans[pi]
		for _, m := range ms {
			if m.titleOnly {
				continue
			}
			if inSpans(spans, m.start) {
				// A name inside a quote is no mention for pronouns or
				// surnames, but its title there still says who the
				// person is ("… contacts between French President
				// Emmanuel Macron and Iranian President Ebrahim Raisi”).
				if ws := strings.Fields(m.name); m.typ == corpus.SpeakerPerson && len(ws) >= 2 && namesSomeone(m.name) {
					e := x.entityFor(m.name, m.typ)
					if r := roleBefore(p.Text, m); r != "" {
						e.addRole(p.Start+m.start, r)
					}
				}
				continue
			}
			abs := p.Start + m.start
			if x.twoSurnames(m, surnames) {
				// "… in meeting with Erdogan Raisi and his Turkish
				// counterpart Recep Tayyip Erdogan": two people, a
				// heading run into its text or a list without its
				// comma. The last is the one the sentence goes on with.
				last := lastName(m.name)
				m.start, m.name = m.end-len(last), last
				abs = p.Start + m.start
			}
			if m.typ == corpus.SpeakerPerson && strings.ContainsAny(m.name, " ") && !isPatronymic(m.name) {
				e := x.entityFor(m.name, m.typ)
				before := roleBefore(p.Text, m)
				if r := roleOf(p.Text, m); r != "" {
					e.addRole(abs, r)
				}
				if r := rankedRole(p.Text, m, before); r != "" {
					e.addRole(abs+1, r)
				}
				if r := roleAfter(p.Text, m); r != "" && before != "" {
					// "Major General Hossein Salami, the chief commander of
					// the IRGC,": the title before the name and the role
					// after it both describe him.
					e.addRole(abs+1, r)
				}
				x.mentions = append(x.mentions, docMention{m, abs, e})
				continue
			}
			singles = append(singles, pending{m, abs})
		}
		// Organisation evidence: "the Kayhan newspaper", "Israel Hayom,
		// a newspaper close to Netanyahu,".
		for _, m := range ms {
			if m.titleOnly || inSpans(spans, m.start) {
				continue
			}
			if next := nextWord(p.Text, m.end); orgNouns[next] {
				e := x.entityFor(m.name, corpus.SpeakerOrganization)
				e.typ = corpus.SpeakerOrganization
				if pressNouns[next] {
					// "Al Araby Al Jadeed newspaper": what "the newspaper"
					// later refers to.
					e.addRole(p.Start+m.start, next)
				}
			} else if noun := orgApposition(p.Text, m.end); noun != "" {
				e := x.entityFor(m.name, corpus.SpeakerOrganization)
				e.typ = corpus.SpeakerOrganization
				e.addRole(p.Start+m.start, noun)
			}
		}
	}
	for _, s := range singles {
		if s.m.typ == corpus.SpeakerPerson && x.commonWord(s.m.name) {
			// "Soon", "Hastily": a capitalised common word, not a name.
			continue
		}
		if e := x.qualifiedBefore(s.m, s.abs); e != nil {
			x.mentions = append(x.mentions, docMention{s.m, s.abs, e})
			continue
		}
		var e *entity
		if isPatronymic(s.m.name) {
			e = x.fullerName(s.m.name, s.m.typ)
		} else {
			e = x.resolveSingle(s.m.name, s.m.typ, s.abs)
		}
		if e == nil {
			e = x.byCourtesyName(s.m, s.abs)
		}
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
	x.counterpartRoles()
	x.ledeRoles()
}

// ledeRoles gives the person whom a story's second sentence names the
// description its first sentence opens with: in "A senior Iranian
// lawmaker has voiced support for the talks. Chairman of the … Committee
// Vahid Jalalzadeh said …", Jalalzadeh is the senior Iranian lawmaker,
// so a later "the Iranian lawmaker said" is his. The description must be
// indefinite and hold a role noun, no one may be named in the first
// sentence, and the person must be the subject of the second sentence's
// verb of speech.
func (x *extractor) ledeRoles() {
	pi := -1
	for k, p := range x.paras {
		if !p.Boilerplate {
			pi = k
			break
		}
	}
	if pi < 0 {
		return
	}
	p := x.paras[pi]
	ss := x.sentencesOf(pi)
	if len(ss) < 2 {
		return
	}
	first := p.Text[ss[0].start:ss[0].end]
	np := firstSubject(first, tokenize(first))
	ws := strings.Fields(np.text)
	if len(ws) < 2 || ws[0] != "A" && ws[0] != "An" || !roleNouns[strings.ToLower(ws[len(ws)-1])] && !genericRoles[strings.ToLower(ws[len(ws)-1])] {
		return
	}
	// The description runs on past the head in the words of a post and
	// in a body's name after "of" up to the verb: "An Iranian deputy
	// foreign minister", "A member of the National Security … Committee
	// of the Iranian parliament".
	toks := tokenize(first[np.start:])
	n := min(len(ws), len(toks))
	for n < len(toks) && (roleNouns[toks[n].s] || roleModifiers[toks[n].s] || describing(toks[n].s)) {
		n++
	}
	if n+1 < len(toks) && (toks[n].s == "of" || toks[n].s == "for") {
		k := n + 1
		for k < len(toks) && k < 24 && (toks[k].isWord() || toks[k].s == "’s" || toks[k].s == "'s") && !cueVerbs[toks[k].s] && !auxiliaries[toks[k].s] && !finiteVerbs[toks[k].s] && toks[k].s != "that" {
			k++
		}
		if k < len(toks) && (cueVerbs[toks[k].s] || auxiliaries[toks[k].s] || finiteVerbs[toks[k].s]) {
			n = k
		}
	}
	var desc []string
	for _, t := range toks[1:n] {
		desc = append(desc, t.s)
	}
	lo, hi := p.Start+ss[1].start, p.Start+ss[1].end
	for _, m := range x.mentions {
		if m.abs < lo {
			if m.abs >= p.Start+ss[0].start && m.e != nil && m.e.typ == corpus.SpeakerPerson {
				return
			}
			continue
		}
		if m.abs >= hi || m.e == nil {
			return
		}
		if m.e.typ != corpus.SpeakerPerson {
			continue
		}
		if m.possessive || len(nameTokens(m.e.name)) < 2 || !cueVerbs[nextWord(x.doc.Text, m.abs+m.end-m.start)] {
			return
		}
		if !slices.ContainsFunc(m.e.roles, func(r roleAt) bool { return r.pos == m.abs }) {
			m.e.roles = append(m.e.roles, roleAt{pos: m.abs, role: strings.Join(desc, " "), lede: true})
			sort.Slice(m.e.roles, func(i, j int) bool { return m.e.roles[i].pos < m.e.roles[j].pos })
		}
		return
	}
}

// counterpartRoles gives a person introduced as someone's counterpart
// the post of that someone, with the counterpart's origin: in "Iraqi
// Defense Minister Thabet Al Abbas met his Iranian counterpart Mohammad
// Reza Gharaei Ashtiani", Ashtiani is the Iranian Defense Minister. The
// one whose counterpart they are is the last person named before them
// in the paragraph with a post given by then; the post is recorded where
// that one is named, just before their own.
func (x *extractor) counterpartRoles() {
	for i, dm := range x.mentions {
		if dm.e == nil || dm.e.typ != corpus.SpeakerPerson {
			continue
		}
		pi := x.paraAt(dm.abs)
		p := x.paras[pi]
		before := p.Text[:dm.abs-p.Start]
		origin, ok := counterpartBefore(before)
		if !ok {
			continue
		}
		named := false
		for j := i - 1; j >= 0 && x.mentions[j].abs >= p.Start; j-- {
			o := x.mentions[j]
			if o.e == nil || o.e == dm.e || o.e.typ != corpus.SpeakerPerson {
				continue
			}
			named = true
			post := ""
			for _, r := range o.e.roles {
				if r.pos <= o.abs {
					post = r.role
				}
			}
			if post = postWithoutOrigin(post); post != "" {
				// Given where the other is named: the one who met a
				// counterpart is the one a later "the foreign minister"
				// goes on about.
				dm.e.addRole(o.abs-1, origin+" "+post)
			}
			break
		}
		if !named {
			// "the Iraqi defense minister arrived in Tehran, where he was
			// received by his Iranian counterpart, Brigadier General
			// Mohammad Reza Ashtiani": the post of the description the
			// sentence met the other by.
			from := 0
			if ss := x.sentencesOf(pi); len(ss) > 0 {
				from = min(ss[sentenceAt(ss, len(before))].start, len(before))
			}
			if post := describedPostBefore(before[from:]); post != "" {
				dm.e.addRole(dm.abs-1, origin+" "+post)
			}
		}
	}
}

// counterpartBefore reports whether the text before a name ends with
// "his Iranian counterpart" or "her Iranian counterpart", perhaps with a
// comma, and returns the origin it gives ("Iranian"). "His counterpart"
// with no origin is not read: it would give a post that no description
// could tell from the other's.
func counterpartBefore(before string) (string, bool) {
	f := strings.Fields(before[max(0, len(before)-80):])
	for len(f) > 0 {
		w := f[len(f)-1]
		if !militaryRanks[strings.ToLower(w)] && !honorifics[w] && w != "Prince" && w != "Princess" {
			break
		}
		// "his Iranian counterpart, Brigadier General", "his Saudi
		// counterpart Prince Faisal bin Farhan": a rank or a style.
		f = f[:len(f)-1]
	}
	n := len(f)
	if n < 2 || strings.TrimSuffix(f[n-1], ",") != "counterpart" {
		return "", false
	}
	if n >= 3 && (f[n-3] == "his" || f[n-3] == "her" || f[n-3] == "their") && isOriginAdjective(f[n-2]) {
		return f[n-2], true
	}
	return "", false
}

// describedPostBefore returns the post of the last description by
// origin in a sentence's text before a name, "defense minister" of "the
// Iraqi defense minister arrived …, where he was received by his
// Iranian counterpart", or "".
func describedPostBefore(before string) string {
	toks := tokenize(before)
	post := ""
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower() != "the" || !isOriginAdjective(toks[i+1].s) {
			continue
		}
		k := i + 2
		for k < len(toks) && k-i <= 4 && describing(toks[k].lower()) && !roleNouns[toks[k].lower()] {
			k++
		}
		if k < len(toks) && roleNouns[toks[k].lower()] && !toks[k].isCap() {
			post = before[toks[i+2].start:toks[k].end]
		}
	}
	return post
}

// postWithoutOrigin returns a role with the origin or place that opens it
// taken off ("Defense Minister" of "Iraqi Defense Minister", "foreign
// minister" of "Iran's foreign minister"), or "" when what is left is no
// post.
func postWithoutOrigin(role string) string {
	f := strings.Fields(role)
	for len(f) > 0 {
		w := strings.TrimSuffix(strings.TrimSuffix(f[0], "'s"), "’s")
		if !isOriginAdjective(w) && !(w != f[0] && places[w]) && w != "the" && w != "The" {
			break
		}
		f = f[1:]
	}
	if len(f) == 0 || !postNoun(f[len(f)-1]) && !titleWords[f[len(f)-1]] {
		return ""
	}
	return strings.Join(f, " ")
}

// qualifiedBefore returns the body a bare name stands for in this
// article ("the Foreign Ministry" after "the Russian Foreign
// Ministry"): the last one named before with a place or an origin in
// front of the same name.
func (x *extractor) qualifiedBefore(m mention, pos int) *entity {
	if m.typ != corpus.SpeakerOrganization || !strings.Contains(m.name, " ") {
		return nil
	}
	var found *entity
	for _, dm := range x.mentions {
		if dm.abs >= pos || dm.e == nil {
			continue
		}
		if q, core, ok := strings.Cut(dm.e.name, " "); ok && core == m.name && isQualifier(q) {
			found = dm.e
		}
	}
	return found
}

// fullerName returns the person the article named with more words
// ending in name: "Amir Abdollahian" after "Hossein Amir Abdollahian".
func (x *extractor) fullerName(name string, typ corpus.SpeakerType) *entity {
	if typ != corpus.SpeakerPerson || !strings.Contains(name, " ") {
		return nil
	}
	ws := nameTokens(name)
	for _, e := range x.entList {
		if e.typ != corpus.SpeakerPerson || !namesSomeone(e.name) {
			continue
		}
		if ew := nameTokens(e.name); len(ew) > len(ws) && (slices.Equal(ew[len(ew)-len(ws):], ws) || patronymicIn(ew, ws)) {
			return e
		}
	}
	return nil
}

// patronymicIn reports whether the name words ws open with "bin", "ibn"
// or "bint" and stand inside the fuller name's words ew after its first:
// "bin Farhan" is "Faisal bin Farhan Al Saud", as "bin Abdulrahman" is
// "Mohammed bin Abdulrahman Al Thani".
func patronymicIn(ew, ws []string) bool {
	if len(ws) < 2 || !patronymics[ws[0]] {
		return false
	}
	for i := 1; i+len(ws) <= len(ew); i++ {
		if slices.Equal(ew[i:i+len(ws)], ws) {
			return true
		}
	}
	return false
}

// isPatronymic reports whether a name opens with "bin", "ibn" or "bint":
// a person known by the father's name, whom a fuller name may give.
func isPatronymic(name string) bool {
	ws := nameTokens(name)
	return len(ws) >= 2 && patronymics[ws[0]]
}

// patronymics are the name keys of the particles that open a father's
// name ("bin Salman": son of Salman).
var patronymics = map[string]bool{NameKey("bin"): true, NameKey("ibn"): true, NameKey("bint"): true}

func (x *extractor) entityFor(name string, typ corpus.SpeakerType) *entity {
	name = stateName(cleanName(name))
	if typ == corpus.SpeakerPerson {
		name = dropLeadWord(name)
	}
	k := x.nameKey(name)
	if e, ok := x.ents[k]; ok {
		if isAllCaps(e.name) && !isAllCaps(name) {
			// "TEHRAN –" opened the article; "Tehran said" is how the
			// name is written.
			e.name = name
		}
		return e
	}
	e := &entity{name: name, typ: typ}
	x.ents[k] = e
	x.entList = append(x.entList, e)
	return e
}

// stateName gives the dotted and short forms of the United States its
// name ("U.S.", "US", "USA", "the United States of America"), so that a
// state quoted as "U.S." and as "United States" is one speaker.
func stateName(name string) string {
	switch strings.ToUpper(strings.ReplaceAll(name, ".", "")) {
	case "US", "USA", "UNITED STATES OF AMERICA":
		return "United States"
	}
	return name
}

// nameKey is NameKey, remembered for the document: resolving a surname
// compares it with the last name of every entity found so far.
func (x *extractor) nameKey(name string) string {
	if k, ok := x.keys[name]; ok {
		return k
	}
	if x.keys == nil {
		x.keys = make(map[string]string)
	}
	k := NameKey(name)
	x.keys[name] = k
	return k
}

// resolveSingle finds the entity a one-word name stands for: a person
// whose last name it is, or an organisation whose name holds it.
func (x *extractor) resolveSingle(word string, typ corpus.SpeakerType, pos int) *entity {
	word = cleanName(word)
	if strings.Contains(word, "-") && typ != corpus.SpeakerOrganization {
		// "Amir-Abdollahian" after "Hossein Amir Abdollahian": the
		// hyphen joins the words of the surname the article spaced.
		if e := x.fullerName(strings.ReplaceAll(word, "-", " "), corpus.SpeakerPerson); e != nil {
			return e
		}
	}
	k := x.nameKey(word)
	var cands []*entity
	for _, e := range x.entList {
		if e.anonymous {
			continue
		}
		switch {
		case e.typ == corpus.SpeakerPerson && strings.Contains(e.name, " ") && (x.nameKey(lastName(e.name)) == k || x.nameKey(dropArticle(lastName(e.name))) == k || familyNameFirst(e.name) == word || x.nameKey(hyphenTail(lastName(e.name))) == k):
			cands = append(cands, e)
		case e.typ == corpus.SpeakerOrganization && typ != corpus.SpeakerPerson && containsWord(e.name, word) && x.nameKey(e.name) != k && !afterOf(e.name, word):
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 && typ != corpus.SpeakerOrganization {
		cands = x.misspelledSurname(word)
	}
	if len(cands) == 0 && typ != corpus.SpeakerOrganization {
		cands = x.compoundSurnameHead(k)
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

// hyphenTail returns the part of a hyphenated surname after its last
// hyphen when it is a word of its own ("Abdollahian" of
// "Amir-Abdollahian", "Ravanchi" of "Takht-Ravanchi"), else "".
func hyphenTail(surname string) string {
	i := strings.LastIndex(surname, "-")
	if i < 0 || len(surname)-i-1 < 4 {
		return ""
	}
	if head := strings.ToLower(surname[:i]); nameParticles[head] || kinshipParticles[head] {
		return "" // "Abu-Laban" is no Laban
	}
	return surname[i+1:]
}

// kinshipParticles open Arabic names as "father of" or "son of": the
// word after them is no surname of its own.
var kinshipParticles = set(`abu abou bin ben ibn bint umm`)

// compoundSurnameHead returns the people whose surname is two words and
// opens with the word of key k: "Bagheri tweeted" after "Ali Bagheri
// Kani". The name must open with a given name, and the word must be none
// ("Hossein Amir Abdollahian" is no "Amir").
func (x *extractor) compoundSurnameHead(k string) []*entity {
	var out []*entity
	for _, e := range x.entList {
		f := strings.Fields(e.name)
		if e.anonymous || e.typ != corpus.SpeakerPerson || len(f) != 3 || x.nameKey(f[1]) != k {
			continue
		}
		if givenNameGender(f[0]) == genderUnknown && !commonFirstNames[f[0]] || givenNameGender(f[1]) != genderUnknown || commonFirstNames[f[1]] || commonWords[strings.ToLower(f[2])] {
			// "Tucker Carlson Tonight", "Saeed Jalili Known": a common
			// word run into a name is no part of a surname.
			continue
		}
		out = append(out, e)
	}
	return out
}

// afterOf reports whether w comes after "of", "for" or "to" in the
// name s: the "Ministry of Defense of the Taliban" is not the Taliban.
// familyNameFirst returns the family name of a Chinese, Korean or
// Japanese name written family name first ("Wang Yi", "Chang Hua", "Moon
// Jae-in", "Kishi Nobuo"), or "" for other names.
func familyNameFirst(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 || !familyNamesFirst[f[0]] {
		return ""
	}
	return f[0]
}

// familyNamesFirst are common Chinese and Korean family names, which
// come first in a name ("Wang said" after "Wang Yi" is him), and
// Japanese ones, which some articles write first ("Kishi Nobuo").
var familyNamesFirst = set(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Gao
Lin Luo Zheng Liang Xie Song Tang Xi Geng Hua Qin Chang Lu Mao Deng Jiang Cui Fu Shen Peng Cao
Yuan Zeng Xiao Cheng Pan Du Dai Xia Zhong Wei Ren Yao Tan Liao Zou Kong Bai Meng Qiu Hao Gu Hou
Shao Yin Duan Qian Fang Kim Lee Park Moon Yoon Choi Jung Kang Cho Yoo Han Ban
Kishi Kishida Abe Suga Motegi Hayashi Kono Kamikawa Matsuno Hamada Koizumi Yoshida Tanaka Suzuki
Sato Takahashi Watanabe Yamamoto Nakamura Kobayashi Kato`)

// dropArticle removes the Arabic article that opens a surname:
// "Al-Jubeir" is "Jubeir" when the article names him by it alone.
func dropArticle(surname string) string {
	for _, p := range []string{"Al-", "al-", "El-", "el-"} {
		if rest, ok := strings.CutPrefix(surname, p); ok && len(rest) > 2 {
			return rest
		}
	}
	return surname
}

// misspelledSurname returns the people named in full whose surname the
// word misspells by one letter dropped, added, changed or swapped
// ("Khtibzadeh", "Zhoa"), for words of four letters or more that start
// with the same letter.
func (x *extractor) misspelledSurname(word string) []*entity {
	w := []rune(strings.ToLower(word))
	if len(w) < 4 || places[word] {
		return nil // "Iran" is no misspelling of Irani
	}
	var out []*entity
	for _, e := range x.entList {
		if e.anonymous || e.typ != corpus.SpeakerPerson || !strings.Contains(e.name, " ") {
			continue
		}
		// The surname, or a Chinese family name written first ("Zhoa"
		// for Zhao Lijian).
		for _, sn := range []string{lastName(e.name), familyNameFirst(e.name)} {
			last := []rune(strings.ToLower(sn))
			if len(last) < 4 || last[0] != w[0] || string(last) == string(w) || string(last)+"s" == string(w) || string(w)+"s" == string(last) {
				continue // "Cheetahs" is no misspelling of "Cheetah"
			}
			if oneEdit(w, last) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// oneEdit reports whether a and b differ by one rune dropped, added or
// changed, or two neighbouring runes swapped.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := []int{}
		for i := range a {
			if a[i] != b[i] {
				diff = append(diff, i)
			}
		}
		switch len(diff) {
		case 1:
			return true
		case 2:
			i, j := diff[0], diff[1]
			return j == i+1 && a[i] == b[j] && a[j] == b[i]
		}
		return false
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return string(a[i:]) == string(b[i+1:])
	}
	return false
}

func afterOf(s, w string) bool {
	seen := false
	for _, f := range strings.Fields(s) {
		switch f {
		case "of", "for", "to":
			seen = true
		}
		if f == w {
			return seen
		}
	}
	return false
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
	return strings.Join(dropRepeat(strings.Fields(s)), " ")
}

// dropLeadWord returns a person's name without a word run into it from
// the title or phrase before it ("Minister of Petroleum Bijan Zanganeh"
// gives "Petroleum Bijan Zanganeh", "Given Joe Biden", "Presidents
// Vladimir Putin"): a common word, a body word or a participle that is
// no one's given name, before two words or more.
func dropLeadWord(name string) string {
	f := strings.Fields(name)
	if len(f) < 3 {
		return name
	}
	// "Foreign Ministry Saeed Khatibzadeh", "Iranian Foreign Ministry
	// Saeed Khatibzadeh": a body's name run into the person's, who is
	// the two words or more after its last body word.
	for i := len(f) - 3; i >= 1; i-- {
		if orgWords[f[i]] && !titleWords[f[i]] {
			if n := f[i+1]; !commonWords[strings.ToLower(n)] && !headingVerbs[n] && !orgWords[n] && !titleWords[n] && !nameParticles[strings.ToLower(n)] {
				return strings.Join(f[i+1:], " ")
			}
			break
		}
	}
	// "Eastern Mediterranean Richard Brennan", the end of "Regional
	// Office for the Eastern Mediterranean" run into the name: the
	// person is the given name after the place and what follows it.
	for i := len(f) - 3; i >= 0; i-- {
		if places[f[i]] && (maleNames[f[i+1]] || femaleNames[f[i+1]]) && !places[f[i+1]] {
			return strings.Join(f[i+1:], " ")
		}
	}
	w := f[0]
	if maleNames[w] || femaleNames[w] || nameParticles[strings.ToLower(w)] || titleWords[w] {
		return name
	}
	// What is left must start as a name does: "Sold On Trump" and
	// "Everything Is Calm" are no names either way.
	if n := f[1]; commonWords[strings.ToLower(n)] || headingVerbs[n] || orgWords[n] || titleWords[n] {
		return name
	}
	plural := strings.TrimSuffix(w, "s")
	if commonWords[strings.ToLower(w)] || portfolios[strings.ToLower(w)] || orgWords[w] || edParticiples[w] || plural != w && titleWords[plural] {
		return strings.Join(f[1:], " ")
	}
	return name
}

// dropRepeat returns the words of a name without a part the text wrote
// twice: "Saeed Jalili Jalili", "Hassan Rouhani Hassan Rouhani",
// "Hossein Amir Abdollahian Amir Abdollahian" (a name run into its own
// repetition), "Qalibaf Mohammad Baqer Qalibaf" (a surname heading run
// into the full name).
func dropRepeat(f []string) []string {
	n := len(f)
	for k := n / 2; k >= 1; k-- {
		if n-2*k < 0 || n < 3 {
			continue
		}
		if slices.Equal(f[n-2*k:n-k], f[n-k:]) {
			return f[:n-k]
		}
	}
	if n >= 3 && f[0] == f[n-1] {
		return f[1:]
	}
	return f
}

func nextWord(s string, i int) string {
	rest := strings.TrimLeft(s[i:], " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if end < 0 {
		end = len(rest)
	}
	return rest[:end]
}

// lookupMention maps a name mention to the document's entity.
func (x *extractor) lookupMention(m mention, pos int) *entity {
	name := cleanName(m.name)
	if name == "" {
		return nil
	}
	if e := x.qualifiedBefore(m, pos); e != nil {
		return e
	}
	if isPlaceName(name) {
		if !strings.Contains(name, " ") {
			// "West said" after "Cornel West": a person's surname that
			// is also a place is the person.
			if e := x.resolveSingle(name, corpus.SpeakerPerson, pos); e != nil && e.typ == corpus.SpeakerPerson {
				return e
			}
		}
		// "the U.S." is the place, never a person whose title holds it
		// ("U.S. President Donald Trump").
		return x.entityFor(name, corpus.SpeakerOrganization)
	}
	if e := x.fullerName(name, m.typ); e != nil {
		return e
	}
	if e, ok := x.ents[x.nameKey(name)]; ok {
		if !strings.Contains(name, " ") && e.typ == corpus.SpeakerPerson {
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
		if e := x.byCourtesyName(m, pos); e != nil {
			return e
		}
	}
	return x.entityFor(name, m.typ)
}

// courtesyTitles are the titles that Gulf and royal usage puts before a
// first name alone: "Sheikh Mohammed" for Sheikh Mohammed bin
// Abdulrahman Al Thani, "Prince Faisal" for Prince Faisal bin Farhan.
var courtesyTitles = set(`Sheikh Sheik Shaikh Prince Princess King Queen Emir Amir Sultan Seyed Seyyed Sayed Sayyed Sayyid Seyyid Sayid`)

// byCourtesyName resolves a first name after a courtesy title ("Sheikh
// Tamim") to the one person named in full before pos whose first name it
// is, or nil. A surname after such a title ("Sheikh Naim Qassem", then
// "Sheikh Qassem") is resolved as surnames are, before this.
func (x *extractor) byCourtesyName(m mention, pos int) *entity {
	tw := strings.Fields(m.title)
	if len(tw) == 0 || !courtesyTitles[tw[len(tw)-1]] || m.typ != corpus.SpeakerPerson || strings.Contains(m.name, " ") {
		return nil
	}
	k := NameKey(m.name)
	var found *entity
	for _, dm := range x.mentions {
		if dm.abs >= pos {
			break
		}
		e := dm.e
		if e == nil || e.typ != corpus.SpeakerPerson || e == found {
			continue
		}
		fs := strings.Fields(e.name)
		for len(fs) > 0 && sayyid[fs[0]] {
			fs = fs[1:] // "Sayyed Abdul-Malik al-Houthi"
		}
		if ws := nameTokens(strings.Join(fs, " ")); len(fs) < 2 || len(ws) == 0 || NameKey(fs[0]) != k && ws[0] != k {
			// "Sayyed Abdul-Malik": a first name with a hyphen is one
			// word of the name.
			continue
		}
		if found != nil {
			return nil // two of that first name: ambiguous
		}
		found = e
	}
	return found
}

// resolvePronoun returns what a pronoun at pos stands for: the subject
// of the last earlier sentence of the paragraph that names someone, else
// the last salient speaker or subject before pos.
func (x *extractor) resolvePronoun(pos int, pron string) (*entity, string) {
	story := x.paras[x.paraAt(pos)].Story
	pi := x.paraAt(pos)
	fit := &pronounFit{pron: pron}
	if e := x.pronounInSentence(pi, pos, pron, fit); e != nil {
		return e, ""
	}
	e, desc := x.pronounInParagraph(pi, pos, pron, fit)
	if e != nil {
		return e, ""
	}
	if desc == "" && (pron == "he" || pron == "she") {
		if e := x.subjectBeforeParagraph(pi, pos, fit); e != nil {
			return e, ""
		}
	}
	for i := len(x.salient) - 1; i >= 0; i-- {
		s := x.salient[i]
		if s.pos >= pos {
			continue
		}
		sp := x.paraAt(s.pos)
		if x.paras[sp].Story != story || pi-sp > 4 {
			return nil, desc
		}
		switch pron {
		case "he", "she", "who":
			if s.e.typ != corpus.SpeakerPerson || !fit.ok(s.e) || x.weakPerson(s.e) {
				continue
			}
		case "it":
			if s.e.typ != corpus.SpeakerOrganization || isLandform(s.e.name) {
				// "Commenting on the Persian Gulf …, Nour News said …
				// “…,” it said": a sea or a strait says nothing.
				continue
			}
		case "they":
			// "the Europeans reiterated Zarif’s position. They said":
			// many, never the one person last quoted.
			if s.e.typ == corpus.SpeakerPerson && !strings.Contains(s.e.name, " and ") {
				continue
			}
			if labelledBody(s.e.name) {
				// "The Biden administration pledged that it'll …
				// rivals … since they want": news style says "it" for
				// the administration, so "they" are others.
				continue
			}
		}
		if desc != "" && !x.ofOrigin(s.e, desc, pos) {
			// "The Saudi foreign minister, for his part, reiterated …
			// “…,” he noted", after the Iranian minister was quoted:
			// the one described is not the one quoted before, unless
			// the record gives that one the same origin.
			return nil, desc
		}
		return s.e, ""
	}
	return nil, desc
}

// pronounInSentence resolves a pronoun that the sentence's own words
// bind in a relative clause ("a statement from John Bolton in which he
// said"): the person named last before it.
func (x *extractor) pronounInSentence(pi, pos int, pron string, fit *pronounFit) *entity {
	p := x.paras[pi]
	sents := x.psents[pi]
	if len(sents) == 0 {
		return nil
	}
	sn := sents[sentenceAt(sents, pos-p.Start)]
	lo := p.Start + sn.start
	before := tokenize(x.doc.Text[lo:pos])
	if len(before) == 0 {
		return nil
	}
	prev := before[len(before)-1].lower()
	if len(before) > 1 && prev != "what" && prev != "which" && prev != "whom" && prev != "where" {
		prev = before[len(before)-2].lower() + " " + prev
	}
	spans := x.pspans[pi]
	switch {
	case (pron == "he" || pron == "she") && (prev == "which" || prev == "whom" || strings.HasSuffix(prev, " which") || strings.HasSuffix(prev, " whom") || objectRelative(before)):
		// "a letter to President Raisi in which he asked": the writer,
		// not the one it is sent to; "a question addressed to Erdogan,
		// to which he responded": the one it is put to.
		inWhich := prev == "which" && len(before) > 1 && before[len(before)-2].lower() == "in"
		var named []*entity
		for _, m := range x.mentions {
			if m.abs >= pos {
				break
			}
			if m.abs >= lo && m.e != nil && m.e.typ == corpus.SpeakerPerson && !m.possessive && !inSpans(spans, m.abs-p.Start) && !(inWhich && x.recipient(m)) {
				named = append(named, m.e)
			}
		}
		for i := len(named) - 1; i >= 0; i-- {
			if fit.ok(named[i]) {
				return named[i]
			}
		}
		skipped := false
		for _, m := range x.mentions {
			skipped = skipped || m.abs >= lo && m.abs < pos && inWhich && x.recipient(m)
		}
		if skipped {
			// "Endorsing the request, the Leader wrote a letter to
			// President Raisi in which he asked": the subject who
			// wrote, a description the record resolves.
			text := x.doc.Text[lo:pos]
			if np := firstSubject(text, dropAppositives(text, before)); np.text != "" && !speakerPronouns[strings.ToLower(np.text)] {
				if a, ok := x.resolveNP(np.text, lo+np.start, ""); ok && a.e != nil && a.e.typ == corpus.SpeakerPerson && fit.ok(a.e) {
					return a.e
				}
			}
		}
		return nil
	case pron == "it" && (prev == "but" || prev == "and" || strings.HasSuffix(prev, " but") || strings.HasSuffix(prev, " and")):
		// "Iran has made it clear that it wants … but it said …": the
		// subject of the clause before the conjunction, not the body
		// quoted before the sentence.
		text := x.doc.Text[lo:pos]
		np := firstSubject(text, dropAppositives(text, before))
		if np.text == "" || speakerPronouns[strings.ToLower(np.text)] {
			return nil
		}
		for _, m := range x.mentions {
			if m.abs > lo+np.start {
				break
			}
			if m.abs == lo+np.start && m.e != nil && m.e.typ == corpus.SpeakerOrganization && !m.possessive {
				return m.e
			}
		}
		return nil
	}
	return nil
}

// objectRelative reports whether the tokens before a pronoun end with a
// noun and "that" ("a plan that he called"): a relative clause about a
// thing, whose "he" is someone the sentence named before. A verb before
// "that" ("said that he") is left to the other rules.
func objectRelative(before []token) bool {
	n := len(before)
	if n < 2 || before[n-1].lower() != "that" {
		return false
	}
	w := before[n-2]
	lw := w.lower()
	return w.isWord() && !w.isCap() && !cueVerbs[lw] && !strings.HasSuffix(lw, "ed") && !adverbs[lw] && !finiteVerbs[lw] && !determiners[lw] && !prepositions[lw] && lw != "so" && lw != "such" && lw != "now"
}

// recipient reports whether a mention names whom something is sent or
// written to ("a letter to President Ebrahim Raisi in which he asked"):
// the "he" of the relative clause after it is the writer, not them.
func (x *extractor) recipient(m docMention) bool {
	before := strings.TrimRight(x.doc.Text[max(0, m.abs-200):m.abs], " ")
	if m.title != "" {
		before = strings.TrimRight(strings.TrimSuffix(before, m.title), " ")
	}
	return strings.HasSuffix(before, " to")
}

// whatItCalled reads "the U.S. imposed what it called “…”": "it" (or
// "they") is the subject of its own sentence, never someone named
// before it; "it" after a person subject is the last body or state the
// sentence names. It returns that subject and reports whether the
// pronoun pron at pos is bound so; the subject may be empty when the
// text gives none that a name can stand for.
func (x *extractor) whatItCalled(pos int, pron string) (npText, bool) {
	pi := x.paraAt(pos)
	p := x.paras[pi]
	sents := x.psents[pi]
	if len(sents) == 0 {
		return npText{}, false
	}
	lo := p.Start + sents[sentenceAt(sents, pos-p.Start)].start
	head := x.doc.Text[lo:pos]
	toks := tokenize(head)
	if len(toks) == 0 || toks[len(toks)-1].lower() != "what" {
		return npText{}, false
	}
	np := firstSubject(head, dropAppositives(head, toks))
	if lw := strings.ToLower(np.text); np.text == "" || lw == "it" || lw == "they" {
		return npText{}, true
	}
	np.start += lo
	if pron == "it" && x.personIn(np.start, npText{text: np.text}, &pronounFit{pron: "he"}) != nil {
		// "President Ilham Aliyev blamed the incident on … as Azerbaijan
		// shuttered its office following what it dubbed a “…”": "it" is
		// no person; it is the last body or state named before it.
		for i := len(x.mentions) - 1; i >= 0; i-- {
			m := x.mentions[i]
			if m.abs >= pos || m.abs < np.start+len(np.text) {
				continue
			}
			if m.e != nil && m.e.typ == corpus.SpeakerOrganization && !m.possessive {
				return npText{text: m.name, start: m.abs}, true
			}
		}
		return npText{}, true
	}
	return np, true
}

// theyGroup reads "the Europeans reiterated Zarif’s position. They
// said …": a "they" whose paragraph's previous sentence has a plural
// subject that names no one stands for that group, which no name fits.
func (x *extractor) theyGroup(pos int) (string, bool) {
	pi := x.paraAt(pos)
	p := x.paras[pi]
	sents := x.psents[pi]
	si := sentenceAt(sents, pos-p.Start)
	if si < 1 {
		return "", false
	}
	lo := p.Start + sents[si-1].start
	text := p.Text[sents[si-1].start:sents[si-1].end]
	toks := tokenize(text)
	np := firstSubject(text, dropAppositives(text, toks))
	if np.text == "" || np.start > 40 {
		return "", false
	}
	nt := tokenize(np.text)
	if len(nt) == 0 || !strings.HasSuffix(strings.ToLower(text[:np.start]), "the ") {
		return "", false
	}
	head := nt[len(nt)-1].s
	if !strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss") || strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") {
		return "", false
	}
	for _, m := range x.mentions {
		if m.abs >= lo+np.start+len(np.text) {
			break
		}
		if m.abs >= lo+np.start && m.e != nil {
			return "", false
		}
	}
	return np.text, true
}

func (x *extractor) pronounInParagraph(pi, pos int, pron string, fit *pronounFit) (*entity, string) {
	p := x.paras[pi]
	sents, spans := x.psents[pi], x.pspans[pi]
	si := sentenceAt(sents, pos-p.Start)
	if si >= 0 && pron != "it" && pron != "they" {
		// "Trump tweeted that …: “Why don’t they go back ….” He added":
		// a quote earlier in the pronoun's own sentence (or in what the
		// text runs into it) is its speaker's.
		if e := x.quotedBefore(p.Start+sents[si].start, pos, fit); e != nil {
			return e, ""
		}
	}
	for k := si - 1; k >= 0; k-- {
		lo, hi := p.Start+sents[k].start, p.Start+sents[k].end
		if pron == "it" {
			// "…, the ministry said in a statement. …, it added": a
			// sentence that quotes a body has that body as its subject,
			// not a state or a force it mentions.
			if e := x.bodyQuotedIn(lo, hi); e != nil {
				return e, ""
			}
		}
		if pron != "it" && pron != "they" {
			text := p.Text[sents[k].start:sents[k].end]
			// "“…,” Leader noted in an open reference to … debates between
			// Donald Trump and Joe Biden. “…,” he highlighted": a sentence
			// that quotes someone has that speaker as its subject.
			if e := x.quotedBefore(lo, hi, fit); e != nil {
				return e, ""
			}
			// "Reacting to remarks by … Robert Malley …, he said that":
			// the pronoun after a fronted phrase is the subject, and the
			// people the phrase names are not.
			if frontedPronoun(text, pron) {
				continue
			}
			// "The foreign minister complimented … He also thanked":
			// the described subject before anyone the sentence mentions.
			e, desc := x.describedSubjectOrRole(text, lo)
			if e != nil && fit.ok(e) {
				return e, ""
			}
			if hasOrigin(desc) && !x.namesPersonIn(lo, hi, spans, p.Start) {
				// "The Saudi foreign minister, for his part, …": someone
				// the record cannot name, whom resolvePronoun may still
				// find to be the last speaker. A description without an
				// origin ("the spokesman") leaves the search as it was.
				return nil, desc
			}
			// "He believes Joe Biden is continuing … “…,” he remarked":
			// a sentence whose subject is the pronoun already names no
			// one new; the people it mentions are not its subject.
			np := firstSubject(text, dropAppositives(text, tokenize(text)))
			if np.start < 40 {
				if l := strings.ToLower(np.text); l == pron {
					continue
				}
			}
			// "During a meeting with Kuwaiti Deputy Foreign Minister
			// Khaled al-Jarallah, Araqchi said that … He added": the
			// sentence's subject, not the first person it mentions.
			if e := x.personIn(lo, np, fit); e != nil {
				return e, ""
			}
		}
		// The first one the sentence mentions; someone named only as
		// the owner of something ("Netanyahu’s rival, Avigdor Lieberman,
		// seized …") only when no one else is.
		var owner *entity
		for _, m := range x.mentions {
			if m.abs < lo || m.e == nil || inSpans(spans, m.abs-p.Start) {
				continue
			}
			if m.abs >= hi {
				break
			}
			if !namesSomeone(m.e.name) {
				continue // "the Internet", "Twitter"
			}
			if pron != "it" && pron != "they" && x.weakPerson(m.e) {
				continue // "the CFT and Palermo will be raised. However, he said"
			}
			if pron == "it" && m.e.typ == corpus.SpeakerOrganization && !isLandform(m.e.name) || pron != "it" && pron != "they" && m.e.typ == corpus.SpeakerPerson && fit.ok(m.e) {
				if !m.possessive || pron == "it" {
					return m.e, ""
				}
				if owner == nil {
					owner = m.e
				}
			}
		}
		if owner != nil {
			return owner, ""
		}
	}
	return nil, ""
}

// personIn returns the person whom the noun phrase np, of the sentence
// at lo, names (not as an owner), if one fits.
func (x *extractor) personIn(lo int, np npText, fit *pronounFit) *entity {
	if np.text == "" {
		return nil
	}
	for _, m := range x.mentions {
		if m.abs >= lo+np.start && m.abs < lo+np.start+len(np.text) && m.e != nil && m.e.typ == corpus.SpeakerPerson && !m.possessive && fit.ok(m.e) && !x.weakPerson(m.e) {
			return m.e
		}
	}
	return nil
}

// subjectBeforeParagraph resolves a pronoun that opens a paragraph
// ("… Guterres called for rolling back sanctions. ¶ He said …") to the
// person who is the subject of the last sentence before it, when that
// sentence quotes no one: its main clause's subject, not someone it
// mentions.
func (x *extractor) subjectBeforeParagraph(pi, pos int, fit *pronounFit) *entity {
	p := x.paras[pi]
	sents := x.psents[pi]
	if si := sentenceAt(sents, pos-p.Start); si != 0 || pi == 0 || x.paras[pi-1].Story != p.Story {
		return nil
	}
	if lead := strings.TrimSpace(p.Text[sents[0].start : pos-p.Start]); lead != "" {
		return nil // only a pronoun that opens the paragraph
	}
	q := x.paras[pi-1]
	qs := x.psents[pi-1]
	if len(qs) == 0 {
		return nil
	}
	last := qs[len(qs)-1]
	text := q.Text[last.start:last.end]
	// "… withdrawal. ‘West should give up delusion …’ Elsewhere in his
	// remarks, Araghchi urged …": a crosshead run into the sentence is
	// no part of it.
	cut := quotedCrossheadEnd(text)
	text = text[cut:]
	if strings.ContainsAny(text, "“”\"") {
		return nil
	}
	np := firstSubject(text, dropAppositives(text, tokenize(text)))
	if np.start >= 80 {
		return nil
	}
	return x.personIn(q.Start+last.start+cut, np, fit)
}

// roleOfOrigin reports whether a role e was given before pos names the
// origin that desc names ("Former Egyptian Vice-President" for "the
// former senior Egyptian diplomat").
func (e *entity) roleOfOrigin(desc string, pos int) bool {
	return slices.ContainsFunc(e.roles, func(r roleAt) bool { return r.pos < pos && hasOrigin(r.role) && namesOrigin(r.role, desc) })
}

// ofOrigin reports whether the record gives e, before pos, the origin
// that desc names ("Russian envoy"): in a role, or in the title run
// into one of e's names ("Russian Permanent Representative to
// International Organizations in Vienna Mikhail Ulyanov").
func (x *extractor) ofOrigin(e *entity, desc string, pos int) bool {
	if e.roleOfOrigin(desc, pos) {
		return true
	}
	for _, m := range x.mentions {
		if m.abs >= pos {
			break
		}
		if m.e != e {
			continue
		}
		toks := tokenize(x.doc.Text[max(0, m.abs-120):m.abs])
		var run []string
		for k := len(toks) - 1; k >= 0; k-- {
			t := toks[k]
			if !t.isCap() && !titleJoiners[t.s] {
				break
			}
			run = append(run, strings.ToLower(t.s))
		}
		if len(run) > 0 && namesOrigin(strings.Join(run, " "), desc) {
			return true
		}
	}
	return false
}

// titleJoiners are the small words inside a capitalised title
// ("Representative to International Organizations in Vienna").
var titleJoiners = set(`of to in for the and on`)

// namesPersonIn reports whether the text from lo to hi, outside the
// paragraph's quote spans (offsets from pstart), mentions a person.
func (x *extractor) namesPersonIn(lo, hi int, spans []corpus.QuoteSpan, pstart int) bool {
	for _, m := range x.mentions {
		if m.abs >= hi {
			break
		}
		if m.abs >= lo && m.e != nil && m.e.typ == corpus.SpeakerPerson && !inSpans(spans, m.abs-pstart) {
			return true
		}
	}
	return false
}

// weakPerson reports whether e is a single capitalised word the text
// never gives a first name, a role or a sex, and that no statement found
// so far is by: it may be a person's surname, but also a city or a
// convention ("Palermo"), too weak to be the "he" of a later sentence. A
// bare surname that has been quoted ("…,” Rabiei said") is a person.
func (x *extractor) weakPerson(e *entity) bool {
	if strings.Contains(e.name, " ") || len(e.roles) > 0 || e.gender != genderUnknown {
		return false
	}
	for _, st := range x.stmts {
		if st.spk == e {
			return false
		}
	}
	// "Qalibaf is pushing for an overhaul. He has broached …", with
	// "Qalibaf said in mid-May" further on: a name the article puts
	// before a verb of speech anywhere is a person's.
	for _, m := range x.mentions {
		if m.e == e && !m.possessive && speechVerbAfter(x.doc.Text, m.abs+m.end-m.start) {
			return false
		}
	}
	return true
}

// speechVerbAfter reports whether the word after i is a past or present
// verb of speech: "said", "says", "told".
func speechVerbAfter(s string, i int) bool {
	switch nextWord(s, i) {
	case "said", "says", "told", "tells", "added", "stated", "noted", "stressed", "warned", "wrote", "tweeted":
		return true
	}
	return false
}

// roleFits reports whether a role the text gives someone ("Iran's
// ambassador to Croatia", "Minister of Defense") fits a description of
// them ("the diplomat", "the defense chief", "the top army official"):
// the role holds the description's head noun or a word of its class
// (an ambassador is a diplomat, a minister an official), and every word
// of the description that says what they do ("defense", "army") rather
// than how senior or from where they are ("top", "Lebanese").
func roleFits(role, desc string) bool {
	r := " " + strings.Join(roleWords(role), " ") + " "
	ws := roleWords(dropHyphenatedModifiers(desc))
	if len(ws) == 0 {
		return false
	}
	head := ws[len(ws)-1]
	if isOrigin(head) {
		return false // "A Chinese proverb": an origin is no one's post
	}
	class, ok := roleClasses[head]
	if !ok {
		class = []string{head}
	}
	fits := false
	for _, c := range class {
		if postWord(r, c) {
			fits = true
			break
		}
	}
	if !fits {
		return false
	}
	// "the foreign minister" is not the deputy foreign minister, nor
	// "the president" a former one.
	// A description by class ("the Iranian diplomat") fits a deputy
	// minister too, but not a former one.
	// "The top Iranian diplomat" is the foreign minister, not a deputy
	// ("Iran's top negotiator" may well be a deputy minister).
	top := head == "diplomat" && (slices.Contains(ws, "top") || slices.Contains(ws, "chief"))
	for _, rank := range []string{"deputy", "assistant", "vice", "former", "ex"} {
		if strings.Contains(r, " "+rank+" ") && !slices.Contains(ws, rank) && (top || head != "official" && (strings.Contains(r, " "+head) || rank == "former" || rank == "ex")) {
			return false
		}
	}
	if whole := bodyAfterOf(ws); whole != "" {
		// "the commander of the Iranian Army" is not the "commander of
		// the army's air defense unit": the role names a part of the
		// body the description names whole.
		rw := roleWords(role)
		for k, w := range rw {
			if w == whole+"'s" && k+1 < len(rw) {
				return false
			}
		}
	}
	for _, w := range ws[:len(ws)-1] {
		if isOrigin(w) && !sameOrigin(w, roleWords(role)) {
			return false
		}
		if b := strings.TrimSuffix(w, "'s"); b != w && places[capitalized(b)] && !sameOrigin(b, roleWords(role)) {
			return false // "iran's defense minister"
		}
		if b := strings.TrimSuffix(w, "'s"); b != w && !places[capitalized(b)] && !isOrigin(b) {
			// "the president's chief of staff" is not any chief: the
			// role names whose.
			if !strings.Contains(r, " "+b) {
				return false
			}
			continue
		}
		if roleModifiers[w] && !portfolios[w] || determiners[w] || isOrigin(w) || strings.HasSuffix(w, "'s") {
			// A portfolio ("foreign", "security", "intelligence") must
			// be said by the role, as "defense" must: the security chief
			// is not the foreign minister.
			continue
		}
		if !strings.Contains(r, " "+w) && !spelledBy(w, roleWords(role)) && !(roleSynonyms[w] != "" && strings.Contains(r, " "+roleSynonyms[w])) {
			return false
		}
	}
	return true
}

// postWord reports whether the role words r (space-separated, with a
// space at each end) hold a word that starts with c and is not the
// possessive of a post: the "Leader's adviser" is an adviser, and no
// leader.
func postWord(r, c string) bool {
	for i := 0; ; {
		k := strings.Index(r[i:], " "+c)
		if k < 0 {
			return false
		}
		start := i + k + 1
		end := start + strings.IndexByte(r[start:], ' ')
		if w, ok := strings.CutSuffix(r[start:end], "'s"); !ok || !roleNouns[w] {
			return true // "Parliament's … faction" is the parliament's
		}
		i = end
	}
}

// bodyAfterOf returns the last word of a description whose post is "of"
// a body ("army" of "commander of the iranian army"), else "".
func bodyAfterOf(ws []string) string {
	i := slices.Index(ws, "of")
	if i <= 0 || i == len(ws)-1 {
		return ""
	}
	return ws[len(ws)-1]
}

// dropHyphenatedModifiers drops from a description the hyphenated
// words that hold no word of a post ("the soon-to-be-expired Iranian
// ambassador" is an Iranian ambassador); "vice-president" and
// "commander-in-chief" stay.
func dropHyphenatedModifiers(desc string) string {
	f := strings.Fields(desc)
	out := f[:0]
	for _, w := range f {
		if strings.Contains(w, "-") && !slices.ContainsFunc(strings.Split(strings.ToLower(w), "-"), func(p string) bool {
			return roleNouns[p] || roleClasses[p] != nil || portfolios[p] || p == "vice" || p == "deputy"
		}) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// roleSynonyms are words a description may use for the word its role
// has: "the nuclear chief" heads the Atomic Energy Organization, and "the
// head of the Atomic Energy Organization" is its chief.
var roleSynonyms = map[string]string{"nuclear": "atomic", "atomic": "nuclear", "head": "chief", "chief": "head"}

// spelledBy reports whether the acronym a (in lower case) is spelled by
// the initials of a run of words, past "of", "the" and "and": "irgc" by
// "islamic revolution guards corps", "aeoi" by "atomic energy
// organization of iran".
func spelledBy(a string, words []string) bool {
	if len(a) < 2 || len(a) > 6 {
		return false
	}
	return strings.Contains(initials(words), a)
}

// initials returns the first letters of words (in lower case), past
// "of", "the", "and" and "for".
func initials(words []string) string {
	var b []byte
	for _, w := range words {
		switch w {
		case "of", "the", "and", "for", "":
			continue
		}
		b = append(b, w[0])
	}
	return string(b)
}

// isOrigin reports whether the lower-case word w is an adjective of
// origin: "iranian", "yemeni".
func isOrigin(w string) bool {
	c := capitalized(w)
	return isOriginAdjective(c) || origins[c]
}

// sameOrigin reports whether a role's words (lower case) agree with the
// adjective of origin adj: a role that names no place or origin agrees
// with any, one that names another does not ("the senior Iranian
// diplomat" is not "Yemen's senior negotiator").
func sameOrigin(adj string, role []string) bool {
	stem := adj[:min(4, len(adj))]
	named := false
	for _, w := range role {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if !isOrigin(w) && !places[capitalized(w)] {
			continue
		}
		named = true
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return !named
}

// roleWords returns the words of a role or description in lower case,
// with "defence" spelt "defense".
func roleWords(s string) []string {
	// "Vice-President" is a president by rank, as "Vice President" is.
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
	for i, w := range ws {
		w = strings.ReplaceAll(w, "’", "'")
		if w == "defence" {
			w = "defense"
		}
		ws[i] = w
	}
	return ws
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
	// A description that gives an origin ("the Iranian president")
	// looks first among the roles that name it, then among those that
	// merely do not contradict it ("President").
	for _, strict := range []bool{true, false} {
		for _, e := range x.entList {
			if e.typ != corpus.SpeakerPerson {
				continue
			}
			if !strict && x.originClash(e, word, pos) {
				continue
			}
			for _, r := range e.roles {
				if !roleFits(r.role, word) || strict && !namesOrigin(r.role, word) {
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
		if before != nil || after != nil || !hasOrigin(word) {
			break
		}
	}
	// "A senior EU official told Reuters … “…,” the official claimed":
	// the unnamed source met since the last fitting role is the one
	// meant, and it has no name.
	since := -1
	if before != nil {
		since = x.lastRolePos(before, word, pos)
	}
	for _, u := range x.unnamed {
		if u.pos > since && u.pos < pos && roleFits(u.desc, word) {
			return nil
		}
	}
	if before != nil {
		// "Amir Abdollahian said, “…” The official also pointed to …":
		// the person just quoted, if the description fits them, before
		// someone whose title was merely mentioned since.
		if e := x.lastSpeaker(pos); e != nil && e != before {
			for _, r := range e.roles {
				if r.pos < pos && roleFits(r.role, word) && namesOrigin(r.role, word) {
					return e
				}
			}
			if e := x.lastRoleless(word, pos); e != nil && x.lastMentionBefore(e, pos) > x.lastRolePos(before, word, pos) {
				// "Jacopo Scita, a post-doctoral fellow at Durham
				// University writes: “…” … the expert says": the
				// source quoted since the role holder, whom the text
				// gave no role the record could read.
				return e
			}
		}
		return before
	}
	if after != nil {
		return after
	}
	if e := x.introducedAfter(word, pos); e != nil {
		return e
	}
	if e := x.ledeDescribed(word, pos); e != nil {
		return e
	}
	if e := x.lastRoleless(word, pos); e != nil {
		return e
	}
	if e := x.lastSpeakerOfOrigin(word, pos); e != nil {
		return e
	}
	return x.lastSpeakerFitting(word, pos)
}

// originClash reports whether the text gave e, before pos, the post a
// description by origin names but with another origin: "Iraqi Defense
// Minister Thabet Al Abbas" is not "Iran's defense minister", though a
// later bare "Defense Minister Saeed Al Abbas" does not say so.
func (x *extractor) originClash(e *entity, desc string, pos int) bool {
	if !hasOrigin(desc) {
		return false
	}
	for _, r := range e.roles {
		if r.pos < pos && hasOrigin(r.role) && !namesOrigin(r.role, desc) && roleFits(postWithoutOrigin(r.role), desc) {
			return true
		}
	}
	return false
}

// lastSpeakerOfOrigin is the sieve for a description by kind and origin
// that fits no role's words ("Mohamed ElBaradei, Former Egyptian
// Vice-President … the former senior Egyptian diplomat said"): the
// person just quoted, when a role of theirs names that origin and the
// text names no other person since (a body, such as "the International
// Atomic Energy Agency" he once led, does not count, as it does for
// lastSpeakerFitting's namesOther).
func (x *extractor) lastSpeakerOfOrigin(word string, pos int) *entity {
	ws := roleWords(word)
	if len(ws) == 0 || !genericRoles[ws[len(ws)-1]] || !hasOrigin(word) {
		return nil
	}
	e := x.lastSpeaker(pos)
	if e == nil || e.typ != corpus.SpeakerPerson || e.anonymous {
		return nil
	}
	if !e.roleOfOrigin(word, pos) {
		return nil
	}
	last := x.lastMentionBefore(e, pos)
	if last < 0 {
		return nil
	}
	for _, m := range x.mentions {
		if m.abs > last && m.abs < pos && m.e != nil && m.e != e && m.e.typ == corpus.SpeakerPerson && !m.possessive {
			return nil // someone else named since
		}
	}
	return e
}

// ledeDescribed returns the person a story's lede describes before it
// names them ("A Pakistani journalist says … “…,” Imdad Hussain tells
// the Tehran Times"), when the description fits word ("the journalist
// explains"), or nil.
func (x *extractor) ledeDescribed(word string, pos int) *entity {
	story := x.paras[x.paraAt(pos)].Story
	ld, ok := x.ledes[story]
	if !ok {
		ld = x.findLedeDescription(story)
		if x.ledes == nil {
			x.ledes = make(map[int]ledeDescription)
		}
		x.ledes[story] = ld
	}
	if ld.at < 0 || ld.at >= pos || !roleFits(ld.desc, word) {
		return nil
	}
	return x.ledeNamed(ld.at)
}

// findLedeDescription reads the first sentence of a story's first
// paragraph for "A(n) DESC says …".
func (x *extractor) findLedeDescription(story int) ledeDescription {
	none := ledeDescription{at: -1}
	lede := -1
	for k := range x.paras {
		if !x.paras[k].Boilerplate && !x.paras[k].Heading && x.paras[k].Story == story {
			lede = k
			break
		}
	}
	if lede < 0 {
		return none
	}
	p := x.paras[lede]
	ss := x.sentencesOf(lede)
	if len(ss) == 0 {
		return none
	}
	text := p.Text[ss[0].start:ss[0].end]
	toks := tokenize(text)
	for i, t := range toks {
		if i > 8 {
			return none
		}
		if lw := t.lower(); lw != "a" && lw != "an" {
			continue
		}
		k := i + 1
		for k < len(toks) && k-i <= 5 && toks[k].isWord() && !cueVerbs[toks[k].s] {
			k++
		}
		if k >= len(toks) || k == i+1 || !cueVerbs[toks[k].s] || !presentTense(toks[k].s) {
			return none
		}
		return ledeDescription{desc: strings.ToLower(text[toks[i+1].start:toks[k-1].end]), at: p.Start + ss[0].start + toks[i].start}
	}
	return none
}

// rankOnly reports whether a role is only a military rank ("Rear
// Admiral", "Brigadier General"), which says no office.
func rankOnly(role string) bool {
	ws := roleWords(role)
	for _, w := range ws {
		if !militaryRanks[w] {
			return false
		}
	}
	return len(ws) > 0
}

var militaryRanks = set(`rear vice admiral brigadier major lieutenant general colonel commodore captain second first rank`)

// lastSpeakerFitting is the last sieve for a description that fits no
// role the text gave anyone ("Khanzadi said …. Elsewhere in his
// remarks, the Navy commander said", "Rezaei also said …, he added. The
// presidential candidate warned"): the speaker of the statement just
// before, when that person has no role but a rank, the text names no
// other person since, and the description says nothing against them:
// no origin, no word that is no role's, no sex that is not theirs.
func (x *extractor) lastSpeakerFitting(word string, pos int) *entity {
	e := x.lastSpeaker(pos)
	if e == nil || e.typ != corpus.SpeakerPerson || e.anonymous {
		return nil
	}
	for _, r := range e.roles {
		if r.pos < pos && !rankOnly(r.role) {
			// A role the description does not fit says it is someone
			// else ("Syria’s permanent representative" after the
			// Syrian information minister).
			return nil
		}
	}
	for _, w := range roleWords(word) {
		if originOf(w) != "" {
			// "the Saudi foreign minister": an origin, which a speaker
			// with no role but a rank was never given.
			return nil
		}
		if !roleNouns[w] && !describing(w) && !militaryRanks[w] && !linkWords[w] && !determiners[w] && !orgWords[capitalized(w)] {
			// "the rebel commander": a word that is no role's may say
			// the description is someone else's.
			return nil
		}
	}
	switch g := roleGender(word); {
	case g == genderMale && e.gender == genderFemale, g == genderFemale && e.gender == genderMale:
		return nil
	}
	if last := x.lastMentionBefore(e, pos); last < 0 || x.namesOther(last+1, pos, e) {
		return nil
	}
	return e
}

// lastMentionBefore returns where the text last names e before pos, or
// -1.
func (x *extractor) lastMentionBefore(e *entity, pos int) int {
	last := -1
	for _, m := range x.mentions {
		if m.abs >= pos {
			break
		}
		if m.e == e {
			last = m.abs
		}
	}
	return last
}

// namesOrigin reports whether a role names every origin the description
// gives ("the Russian foreign minister" needs a role that says Russian
// or Russia, not only "Foreign Minister"); a description with none
// asks for none.
func namesOrigin(role, desc string) bool {
	rw := roleWords(role)
	for _, w := range roleWords(desc) {
		o := originOf(w)
		if o == "" {
			continue
		}
		stem := o[:min(4, len(o))]
		found := false
		for _, r := range rw {
			found = found || strings.HasPrefix(strings.TrimSuffix(r, "'s"), stem)
		}
		if !found {
			return false
		}
	}
	return true
}

// hasOrigin reports whether a description names an origin or a place's
// possessive ("iranian president", "iran's defense minister").
func hasOrigin(desc string) bool {
	for _, w := range roleWords(desc) {
		if originOf(w) != "" {
			return true
		}
	}
	return false
}

// originOf returns the origin a description's word (as roleWords gives
// it) names, an adjective of origin or a place's possessive ("iranian",
// "iran" of "iran's"), else "".
func originOf(w string) string {
	if isOrigin(w) {
		return w
	}
	if b := strings.TrimSuffix(w, "'s"); b != w && places[capitalized(b)] {
		return b
	}
	return ""
}

// lastSpeaker returns the speaker of the last statement before pos in
// the same story and at most two paragraphs back, or nil.
func (x *extractor) lastSpeaker(pos int) *entity {
	pi := x.paraAt(pos)
	for i := len(x.stmts) - 1; i >= 0; i-- {
		st := x.stmts[i]
		if st.start >= pos {
			continue
		}
		if x.paras[st.para].Story != x.paras[pi].Story || pi-st.para > 2 {
			return nil
		}
		return st.spk
	}
	return nil
}

// genericRoles are the heads of descriptions that say what kind of
// source someone is rather than which office they hold.
var genericRoles = set(`official expert analyst academic professor scholar researcher
lawmaker legislator mp diplomat envoy ambassador spokesman spokeswoman spokesperson
physician doctor candidate contender fellow`)

// lastRoleless is the sieve after every role has failed, for a
// description that says what kind of source someone is ("the official",
// "the expert", "the legislator"): the last person quoted, in the same story and at most
// two paragraphs back, if the text gave them no role at all ("…,”
// Alikhani added. Mentioning the banks, the official said").
func (x *extractor) lastRoleless(word string, pos int) *entity {
	ws := roleWords(word)
	if len(ws) == 0 || !genericRoles[ws[len(ws)-1]] {
		return nil
	}
	e := x.lastSpeaker(pos)
	for _, w := range ws {
		if isOrigin(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			// "the Iranian foreign minister" says whose; the person
			// last quoted may be another country's. An interviewee is
			// the analyst or expert the interview goes on describing
			// ("Nabila Jaffar tells the Tehran Times. … the Pakistani
			// analyst notes").
			if isOrigin(w) && intervieweeNouns[ws[len(ws)-1]] && e != nil && x.interviewed(e) {
				continue
			}
			return nil
		}
	}
	if e == nil || e.typ != corpus.SpeakerPerson || e.anonymous || slices.ContainsFunc(e.roles, func(r roleAt) bool { return !r.lede }) {
		// A role read from the lede's description leaves the person
		// roleless here: "A Kuwaiti medical expert says … Issam al-Salih
		// tells … the physician remarked".
		return nil
	}
	return e
}

// intervieweeNouns describe the person an interview is with.
var intervieweeNouns = set(`analyst expert academic professor scholar researcher commentator`)

// interviewed reports whether a statement of e's has the cue "tells" or
// "told" with a body, an outlet, as its object: "Nabila Jaffar tells
// the Tehran Times".
func (x *extractor) interviewed(e *entity) bool {
	for _, st := range x.stmts {
		if st.spk != e || st.cue != "tells" && st.cue != "told" {
			continue
		}
		for _, r := range st.regions {
			text := x.doc.Text[r[0]:r[1]]
			i := strings.Index(text, st.cue+" ")
			if i < 0 {
				continue
			}
			at := r[0] + i + len(st.cue) + 1
			if strings.HasPrefix(x.doc.Text[at:r[1]], "the ") {
				at += len("the ")
			}
			for _, m := range x.mentions {
				if m.abs > at {
					break
				}
				if m.abs == at && m.e != nil && m.e.typ == corpus.SpeakerOrganization && !isPlaceName(m.e.name) {
					return true
				}
			}
		}
	}
	return false
}

// introducedAfter is the last sieve for a definite description no role
// fits: a lede that describes before it names ("…, says the spokesman
// for the foreign ministry. During his weekly press conference, Nasser
// Kanaani stated …") names the person in the next sentence of the same
// or the next paragraph. The first person named after pos who was not
// named before it, and has no role of their own, takes the
// description as their role, so later mentions of it find them too.
func (x *extractor) introducedAfter(word string, pos int) *entity {
	pi := x.paraAt(pos)
	limit := x.paras[pi].End
	if pi+1 < len(x.paras) {
		limit = x.paras[pi+1].End
	}
	seen := make(map[*entity]bool)
	castOpen := false
	for _, m := range x.mentions {
		if m.e == nil {
			continue
		}
		if m.abs < pos {
			if m.e.typ == corpus.SpeakerPerson && x.paras[x.paraAt(m.abs)].Story == x.paras[pi].Story && !afterOfPhrase(x.doc.Text[:m.abs]) {
				// A name after "of" ("the holy shrine of Imam Reza")
				// belongs to a thing's name or a phrase: no one the
				// story has brought in to speak.
				// Once the story has named people, only the subject of a
				// cue in the very next sentence is the one described
				// ("… chief of the IRGC said Iran is not looking for
				// war. “…,” Major General Hossein Salami said.").
				castOpen = true
			}
			seen[m.e] = true
			continue
		}
		if m.abs >= limit {
			break
		}
		if m.e.typ != corpus.SpeakerPerson || m.possessive || m.e.anonymous || isPlaceName(m.e.name) {
			continue
		}
		mp := x.paraAt(m.abs)
		p := x.paras[mp]
		ss := x.sentencesOf(mp)
		if len(ss) == 0 {
			return nil
		}
		if mp == pi && sentenceAt(ss, m.abs-p.Start) == sentenceAt(ss, pos-p.Start) {
			// "… the strategist said in an interview with CNN's Wolf
			// Blitzer": someone in the description's own sentence is
			// another person.
			return nil
		}
		// Only the subject of its sentence, named in full: "During his
		// weekly press conference on Monday, Nasser Kanaani stated".
		sn := ss[sentenceAt(ss, m.abs-p.Start)]
		text := p.Text[sn.start:sn.end]
		subj := firstSubject(text, dropAppositives(text, tokenize(text)))
		// Or the subject of a cue after a quote: "“…,” Majid
		// Takht-Ravanchi said in an opinion piece".
		cueSubject := cueVerbs[nextWord(p.Text, m.end)] && strings.ContainsAny(p.Text[sn.start:m.abs-p.Start], "”\"")
		// A rank before the name is part of the subject ("General
		// Mohammad Pakpour said"); a post is not.
		at := m.abs - p.Start
		ranked := subj.text != "" && sn.start+subj.start < at && rankOnly(p.Text[sn.start+subj.start:at]) && sn.start+subj.start+len(subj.text) == at+m.end-m.start
		if !cueSubject && !ranked && (subj.text == "" || sn.start+subj.start != at) {
			return nil
		}
		if castOpen && (!cueSubject || mp != pi || sentenceAt(ss, m.abs-p.Start) != sentenceAt(ss, pos-p.Start)+1) {
			return nil
		}
		roled := false
		for _, r := range m.e.roles {
			roled = roled || r.pos < m.abs // a title of their own named before
		}
		if seen[m.e] || roled || !namesSomeone(m.e.name) || len(nameTokens(m.e.name)) < 2 || x.commonWord(m.e.name) {
			return nil
		}
		m.e.addRole(m.abs, x.asWritten(word, pos))
		return m.e
	}
	return nil
}

// afterOfPhrase reports whether the text before a name ends with "of",
// perhaps with a form of address after it: "the holy shrine of Imam
// Reza", "the martyrdom of General Soleimani".
func afterOfPhrase(before string) bool {
	f := strings.Fields(before[max(0, len(before)-80):])
	for len(f) > 0 && (honorifics[f[len(f)-1]] || f[len(f)-1] == "Martyr" || f[len(f)-1] == "General") {
		f = f[:len(f)-1]
	}
	return len(f) > 0 && f[len(f)-1] == "of"
}

// ledeNamed reads the interview's lede "A Kuwaiti medical expert says …
// “…,” Issam al-Salih tells the Tehran Times.": an indefinite
// description that is the subject of the story's first sentence, in the
// present tense, is the person whom the next sentence names in full as
// the subject of its cue. Anyone named before it, or a next sentence
// whose first person is not a cue's subject, leaves it unnamed.
func (x *extractor) ledeNamed(pos int) *entity {
	pi := x.paraAt(pos)
	for k := pi - 1; k >= 0; k-- {
		if !x.paras[k].Boilerplate && x.paras[k].Story == x.paras[pi].Story {
			return nil
		}
	}
	p := x.paras[pi]
	ss := x.sentencesOf(pi)
	si := sentenceAt(ss, pos-p.Start)
	if si != 0 || si+1 >= len(ss) {
		return nil
	}
	present := false
	for _, t := range tokenize(p.Text[pos-p.Start : ss[si].end]) {
		if cueVerbs[t.s] {
			present = strings.HasSuffix(t.s, "s") && !strings.HasSuffix(t.s, "ss")
			break
		}
	}
	lo, hi := p.Start+ss[si+1].start, p.Start+ss[si+1].end
	if !present && slices.ContainsFunc(x.mentions, func(m docMention) bool {
		return m.abs >= p.Start+ss[si].start && m.abs < lo && m.e != nil && m.e.typ == corpus.SpeakerPerson
	}) {
		// "A top Russian diplomat on Saturday criticized … Jake Sullivan
		// for making “…” remarks. … Sullivan said": a lede that tells of
		// an event rather than of what someone says names others, and
		// the next sentence may be theirs.
		return nil
	}
	for _, m := range x.mentions {
		if m.e == nil || m.e.typ != corpus.SpeakerPerson || m.abs < lo {
			if m.abs < pos && m.e != nil && m.e.typ == corpus.SpeakerPerson {
				return nil
			}
			continue
		}
		if m.abs >= hi || m.possessive || len(nameTokens(m.e.name)) < 2 {
			return nil
		}
		rest := x.doc.Text[m.abs+m.end-m.start:]
		if strings.HasPrefix(rest, ", ") {
			// past the appositive: "Moataz al-Qurashi, a health
			// consultant in the Yemeni embassy in Syria, tells"
			i := strings.Index(rest[2:], ",")
			if i < 0 || i > 2*roleWindow {
				return nil
			}
			rest = rest[2+i+1:]
		}
		if !cueVerbs[nextWord(rest, 0)] {
			return nil
		}
		return m.e
	}
	return nil
}

// textIssuer returns who issued the text that "the statement" (the
// noun) stands for at pos. It reads the last earlier sentence of the
// story, at most two paragraphs back, that names such a text outside
// quotes, and takes its author only where the sentence says who that
// is: after "by" or "from" ("a statement issued by the Iranian Foreign
// Ministry"), the subject of a verb of speech before "in a statement"
// ("…, the Iranian Foreign Ministry said in a statement"), or of a verb
// that issues it ("The IRGC issued a statement", "Zarif sent a letter").
// Any other sentence leaves the text to no one.
func (x *extractor) textIssuer(noun string, pos int) *entity {
	pi := x.paraAt(pos)
	for k := pi; k >= 0 && pi-k <= 2; k-- {
		p := x.paras[k]
		if p.Boilerplate || p.Story != x.paras[pi].Story {
			return nil
		}
		ss := x.sentencesOf(k)
		spans := x.pspans[k]
		for si := len(ss) - 1; si >= 0; si-- {
			lo := p.Start + ss[si].start
			if lo >= pos {
				continue
			}
			text := p.Text[ss[si].start:ss[si].end]
			toks := tokenize(text)
			at := -1
			for i, t := range toks {
				if (t.lower() == noun || t.lower() == noun+"s") && !inSpans(spans, ss[si].start+t.start) && lo+t.start < pos {
					at = i
				}
			}
			if at < 0 {
				continue
			}
			e := x.authorOf(text, toks, at, lo)
			if e == nil && at > 0 && (toks[at-1].lower() == "the" || toks[at-1].lower() == "this") {
				// "The resolution “asks …”" refers back to a text named
				// before, perhaps with its author ("The European
				// Parliament issued the resolution on Thursday").
				continue
			}
			return e
		}
	}
	return nil
}

// textOwners stand before a text noun besides an article: "in its
// statement", "in a joint statement".
var textOwners = set(`its their his her joint written`)

// issuingVerbs put out a text: "The IRGC issued a statement".
var issuingVerbs = set(`issued issues released releases published publishes sent sends wrote writes adopted adopts signed signs posted posts put`)

// authorOf returns the author the sentence text (at lo) gives the text
// noun at toks[at], or nil.
func (x *extractor) authorOf(text string, toks []token, at, lo int) *entity {
	named := func(np npText) *entity {
		if np.text == "" {
			return nil
		}
		if _, ok := lowerCaseMinistry(np.text); ok {
			// "the foreign ministry of Azerbaijan issued a statement":
			// the ministry, not the place after "of".
			if a, ok := x.resolveNP(np.text, lo+np.start, ""); ok && a.e != nil {
				return a.e
			}
		}
		// The whole name the text gives ("the Majlis National Security
		// and Foreign Policy Committee"), which a noun phrase read up to
		// "and" cuts short.
		for _, m := range x.mentions {
			if m.abs >= lo+np.start+len(np.text) {
				break
			}
			if m.abs >= lo+np.start && m.e != nil && !m.possessive && !m.titleOnly {
				if isPlaceName(m.e.name) || m.e.anonymous {
					return nil
				}
				return m.e
			}
		}
		a, ok := x.resolveNP(np.text, lo+np.start, "")
		if !ok || a.e == nil || isPlaceName(a.e.name) {
			return nil
		}
		return a.e
	}
	// "a statement issued by X", "a letter from X"; but "The message
	// was read by" the minister names who read it, not who wrote it.
	for i := at + 1; i < len(toks) && i <= at+3; i++ {
		if w := toks[i].lower(); w == "by" || w == "from" {
			if slices.ContainsFunc(toks[at+1:i], func(t token) bool { return !issuingVerbs[t.lower()] && !passiveAuxiliaries[t.lower()] }) {
				break
			}
			return named(collectNP(text, toks[i+1:]))
		}
	}
	// "X said in a statement", "X issued a statement": the verb just
	// before the text, past "in" and an article or a possessive.
	v := at - 1
	for v >= 0 && (determiners[toks[v].lower()] || textOwners[toks[v].lower()]) {
		v--
	}
	if v == 0 && toks[v].lower() == "in" {
		// "In a statement on Monday, the Foreign Ministry condemned …":
		// the subject after the opening phrase.
		return named(firstSubject(text, dropAppositives(text, toks)))
	}
	if v >= 0 && toks[v].lower() == "in" {
		v--
		if v >= 0 && !cueVerbs[toks[v].s] {
			return nil
		}
	} else if v < 0 || !issuingVerbs[toks[v].s] {
		return nil
	}
	if v < 1 {
		return nil
	}
	end := v
	if end >= 4 && toks[end-1].s == ")" && toks[end-3].s == "(" && isAcronymName(toks[end-2].s) {
		// "Iran’s Supreme National Security Council (SNSC) issued": the
		// name before its acronym, or the acronym where the name read
		// is not the one it spells ("The Armed Conflict Location and
		// Event Data Project (ACLED)", which a noun phrase cuts at
		// "and").
		acr := toks[end-2].s
		e := named(npBefore(text, toks[:end-3]))
		if e == nil || acronymOf(e.name) != acr {
			if a, ok := x.resolveNP(acr, lo+toks[end-2].start, ""); ok && a.e != nil && !isPlaceName(a.e.name) {
				return a.e
			}
			return nil
		}
		return e
	}
	// The sentence's subject when it runs up to the verb (a body's
	// whole name: "the UAE Ministry of Foreign Affairs and
	// International Cooperation said"), else the noun phrase before it.
	if nb := npBefore(text, toks[:v]); nb.text != "" {
		if _, ok := lowerCaseMinistry(nb.text); ok {
			// "the foreign ministry of Azerbaijan issued": the ministry,
			// which the sentence's subject read as the place cuts short.
			return named(nb)
		}
	}
	if fs := firstSubject(text, dropAppositives(text, toks)); fs.text != "" && fs.start < toks[v].start && fs.start+len(fs.text) >= toks[v-1].end {
		return named(fs)
	}
	return named(npBefore(text, toks[:v]))
}

// asWritten returns the description word as the text writes it near
// pos ("Tehran’s ambassador", not "tehran's ambassador"), else word.
func (x *extractor) asWritten(word string, pos int) string {
	if place, rest, ok := strings.Cut(word, "'s "); ok && !strings.Contains(place, " ") {
		// "iran's president", which description made of "the President
		// of Iran": as the text wrote it.
		for _, alt := range []string{rest + " of " + place, rest + " of the " + place} {
			if w := x.asWritten(alt, pos); w != alt {
				return w
			}
		}
	}
	if pos < 0 || pos >= len(x.doc.Text) {
		return word
	}
	window := x.doc.Text[pos:min(len(x.doc.Text), pos+len(word)+80)]
	fold := func(r rune) rune {
		if r == '’' {
			return '\''
		}
		return unicode.ToLower(r)
	}
	want := []rune(word)
	for i := range window {
		k, j := 0, i
		for j < len(window) && k < len(want) {
			r, size := utf8.DecodeRuneInString(window[j:])
			if fold(r) != fold(want[k]) {
				break
			}
			k, j = k+1, j+size
		}
		if k == len(want) {
			return window[i:j]
		}
	}
	return word
}

func inUnnamed(us []unnamedSource, pos int) bool {
	for _, u := range us {
		if u.pos == pos {
			return true
		}
	}
	return false
}

func (x *extractor) lastRolePos(e *entity, word string, pos int) int {
	best := -1
	for _, r := range e.roles {
		if r.pos < pos && roleFits(r.role, word) {
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
		if m.e != nil && m.e.typ == corpus.SpeakerOrganization && (strings.Contains(strings.ToLower(m.e.name), noun) || m.e.hasRoleBefore(noun, pos)) {
			best = m.e
		}
	}
	if best != nil || !genericOrgNouns[noun] {
		return best
	}
	// "the group said": the organisation named last, in this paragraph
	// or the one before.
	from := x.paras[max(x.paraAt(pos)-1, 0)].Start
	for _, m := range x.mentions {
		if m.abs >= pos {
			break
		}
		if m.abs >= from && m.e != nil && m.e.typ == corpus.SpeakerOrganization && !m.possessive && x.opensSentence(m.abs) {
			best = m.e
		}
	}
	return best
}

// orgApposition returns the noun of an appositive that says what kind
// of body the name just before end is ("Israel Hayom, a newspaper close
// to Netanyahu,": "newspaper"), or "".
func orgApposition(s string, end int) string {
	rest, ok := strings.CutPrefix(s[end:], ", ")
	if !ok {
		return ""
	}
	toks := tokenize(wordEndBefore(rest, 60))
	// Only an indefinite article: after ", the ministry" a new clause
	// often starts ("… Mahsa Amini, the ministry said").
	if len(toks) < 2 || toks[0].s != "a" && toks[0].s != "an" {
		return ""
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		t := toks[k]
		if orgNouns[t.s] {
			return t.s
		}
		if !t.isWord() || t.isCap() && !isPlaceName(t.s) && !demonymOfPlace(t.s) && !isOrigin(t.lower()) || prepositions[t.s] || roleNouns[t.s] || determiners[t.s] {
			return "" // "a member of the committee" is a person
		}
	}
	return ""
}

// genericOrgNouns stand for the last organisation named: "the group",
// "the organisation".
var genericOrgNouns = set(`group organization organisation foundation association`)

func (x *extractor) otherSubjectBetween(from, to int, e *entity, skip [][2]int) bool {
	for _, s := range x.salient {
		if s.pos > from && s.pos < to && s.e != e && !inRegions(skip, s.pos) {
			return true
		}
	}
	return false
}

// namesOther reports whether the text between from and to names
// someone other than e, not as an owner, and does not name e: a name
// that shares a word with e's ("bin Abdulrahman" for "Mohammed bin
// Abdulrahman Al Thani") is e's.
func (x *extractor) namesOther(from, to int, e *entity) bool {
	other := false
	for _, m := range x.mentions {
		if m.abs >= to {
			break
		}
		if m.abs < from || m.e == nil || m.possessive || m.titleOnly || isPlaceName(m.e.name) {
			continue
		}
		if e != nil && (m.e == e || sharesNameWord(m.e.name, e.name)) {
			return false
		}
		other = true
	}
	return other
}

// describesOther returns the definite description of a person that the
// text after a quote's closing mark (at pos) opens with, before a verb
// ("the Pakistani expert believes"), when the record does not resolve
// it to e; else "".
func (x *extractor) describesOther(post string, pos int, e *entity) string {
	toks := tokenize(post)
	if len(toks) < 3 || toks[0].lower() != "the" {
		return ""
	}
	k := 1
	for k < len(toks) && k <= 4 && (isOriginAdjective(toks[k].s) || describing(toks[k].lower())) && !roleNouns[toks[k].lower()] {
		k++
	}
	if k+1 >= len(toks) || !roleNouns[toks[k].lower()] || toks[k].isCap() {
		return ""
	}
	if v := toks[k+1]; !v.isWord() || v.isCap() || prepositions[v.lower()] || v.lower() == "who" || v.lower() == "and" {
		return ""
	}
	desc := post[toks[0].start:toks[k].end]
	if e != nil {
		if a, ok := x.resolveNP(desc, pos+toks[0].start, ""); ok && a.e == e {
			return ""
		}
	}
	return desc
}

// sharesNameWord reports whether names a and b have a word of three
// letters or more in common.
func sharesNameWord(a, b string) bool {
	for _, w := range strings.Fields(a) {
		if len(w) < 3 {
			continue
		}
		for _, v := range strings.Fields(b) {
			if strings.EqualFold(w, v) {
				return true
			}
		}
	}
	return false
}

// quotedBefore returns the speaker, a person the pronoun fits, of the
// last statement kept whose quote lies in or runs into lo..hi.
func (x *extractor) quotedBefore(lo, hi int, fit *pronounFit) *entity {
	var reported *stmt
	for j := len(x.stmts) - 1; j >= 0; j-- {
		st := &x.stmts[j]
		closed := st.close
		if st.kind == corpus.KindReported {
			// "The Trump administration brutally escalated the economic
			// war …, Rouhani said. “…,” he added": a statement reported
			// in the sentence is its speaker's too, the first of them
			// where one reports another ("Al-Khatib says the Public
			// Prosecution concluded that …").
			closed = st.end
		}
		if closed < lo {
			break
		}
		if (st.start >= lo || closed > lo) && st.start < hi && st.spk != nil && st.spk.typ == corpus.SpeakerPerson && fit.ok(st.spk) && !x.weakPerson(st.spk) {
			if st.kind != corpus.KindReported {
				if reported != nil {
					break
				}
				return st.spk
			}
			reported = st
		}
	}
	if reported != nil {
		return reported.spk
	}
	return nil
}

// bodyQuotedIn returns the body or state that a statement made in the
// sentence from lo to hi has as its speaker, the last such if several
// (x.stmts is not sorted when reported statements are added, so every
// statement is looked at).
func (x *extractor) bodyQuotedIn(lo, hi int) *entity {
	for j := len(x.stmts) - 1; j >= 0; j-- {
		st := &x.stmts[j]
		if st.start < lo || st.start >= hi {
			continue
		}
		if st.spk != nil && st.spk.typ == corpus.SpeakerOrganization && !isLandform(st.spk.name) {
			return st.spk
		}
	}
	return nil
}

// frontedPronoun reports whether sentence s opens with a phrase ("In
// reaction to …", "Commenting on …") whose comma is followed by the
// pronoun pron as the subject.
func frontedPronoun(s, pron string) bool {
	return frontedSubject(s) == pron
}

// frontedSubject returns, in lower case, the word after the comma that
// closes a phrase opening the sentence s with a preposition or a
// participle ("On a plan by Rouhani to visit Japan, he said"), or "".
func frontedSubject(s string) string {
	s = s[quotedCrossheadEnd(s):]
	toks := tokenize(s)
	if len(toks) < 4 {
		return ""
	}
	if !frontedOpener(toks[0].lower()) {
		return ""
	}
	for k := 1; k+1 < len(toks) && k < 40; k++ {
		if isStop(toks[k].s) {
			return ""
		}
		if toks[k].s == "," {
			return toks[k+1].lower()
		}
	}
	return ""
}

// frontedOpener reports whether lw, a sentence's first word in lower
// case, opens a fronted phrase: a preposition or a participle.
func frontedOpener(lw string) bool {
	return prepositions[lw] || strings.HasSuffix(lw, "ing") || lw == "during" || lw == "after" || lw == "before"
}

// quotedCrossheadEnd returns where the sentence s goes on after a
// quoted crosshead run into it ("“Iran prevents illegal trespassing of
// immigrants” Commenting on …", "‘West should give up delusion …’
// Elsewhere in his Monday remarks, Araghchi urged …"), or 0 when it
// opens with none. A crosshead is the sentence's quoted opening followed
// by a capitalised word; a quote that ends in a comma or a stop before
// its mark is a quote and its cue.
func quotedCrossheadEnd(s string) int {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	t := s[lead:]
	open, size := utf8.DecodeRuneInString(t)
	var closers string
	switch open {
	case '“', '"':
		closers = "”\""
	case '‘':
		closers = "’"
	default:
		return 0
	}
	for from := size; from < len(t); {
		end := strings.IndexAny(t[from:], closers)
		if end < 0 {
			return 0
		}
		end += from
		_, csize := utf8.DecodeRuneInString(t[end:])
		rest := t[end+csize:]
		next, _ := utf8.DecodeRuneInString(rest)
		if open == '‘' && unicode.IsLetter(next) {
			from = end + csize // an apostrophe ("Iran’s")
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(t[:end]); strings.ContainsRune(",.?!…", last) {
			return 0 // "“…,” Araghchi said": a quote and its cue
		}
		if after := strings.TrimLeft(rest, " "); len(after) < len(rest) && after != "" {
			if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) {
				return lead + end + csize
			}
		}
		return 0
	}
	return 0
}

// inRegions reports whether pos falls in one of the regions.
func inRegions(regions [][2]int, pos int) bool {
	for _, r := range regions {
		if pos >= r[0] && pos < r[1] {
			return true
		}
	}
	return false
}

// roleOf returns the role the text gives around mention m of s.
func roleOf(s string, m mention) string {
	if m.typ != corpus.SpeakerPerson {
		return ""
	}
	if r := roleBefore(s, m); r != "" {
		if head, ok := strings.CutSuffix(m.title, r); ok && strings.HasSuffix(head, " and ") {
			// "Deputy Minister of Economy and Foreign Trade Rania
			// al-Ahmad": the title runs on past "and" to its post.
			return m.title
		}
		return r
	}
	return roleAfter(s, m)
}

// rankedRole reads the post set off by a comma before a rank and a name:
// "The IRGC Quds Force Commander, General Esmail Qaani": both say who
// he is, and roleBefore, whose reading is r, stops at the rank.
func rankedRole(s string, m mention, r string) string {
	if r == "" || !strings.HasSuffix(strings.TrimRight(s[:m.start], " "), r) {
		return ""
	}
	for _, w := range strings.Fields(r) {
		if !ranks[w] {
			return ""
		}
	}
	at := len(strings.TrimRight(s[:m.start], " ")) - len(r)
	if !strings.HasSuffix(s[:at], ", ") {
		return ""
	}
	return roleBefore(s, mention{name: m.name, start: at, end: m.end, typ: m.typ})
}

// ranks are the words of a military or clerical rank before a name.
var ranks = set(`General Brigadier Major Lieutenant Rear Vice Admiral Colonel Captain Commodore Gen. Brig. Maj. Lt. Col. Capt. Adm. Ayatollah Hojatoleslam Hojjatoleslam`)

// roleBefore reads titles and role words before a name: "Iranian
// moderate Foreign Minister", "IRGC commander-in-chief".
func roleBefore(s string, m mention) string {
	// A role is a few words: the text just before the name is enough,
	// and tokenizing the whole paragraph for each name costs its square.
	from := min(wordStartAfter(s, m.start-roleWindow), m.start) // no space before the name: no role
	toks := tokenize(s[from:m.start])
	i := len(toks)
	// "the Leader of the Islamic Revolution, Ayatollah Seyyed Ali
	// Khamenei": honorifics are no part of the role.
	for i > 0 && honorifics[toks[i-1].s] {
		i--
	}
	comma := false
	if i > 0 && toks[i-1].s == "," {
		// "Iran's Supreme Leader, Ali Khamenei," : a title then the name.
		i--
		comma = true
	}
	start := i
	// "Leader of the Islamic Revolution Ayatollah Khamenei",
	// "Secretary of the Supreme National Security Council Ali
	// Shamkhani": a title, "of the" and a body's capitalised name, and
	// perhaps honorifics, before the name.
	if k := titleOfTheBefore(toks, i); k >= 0 {
		start = k
	} else if k := envoyToBefore(toks, i); k >= 0 {
		start = k
	} else if k := roleForBefore(toks, i); k >= 0 {
		start = k
	}
	for start > 0 {
		t := toks[start-1]
		w, poss := t.base()
		lw := strings.ToLower(w)
		switch {
		case titleWords[w] || roleNouns[lw] || describing(lw) || isAcronym(w):
		case poss && (places[w] || t.isCap()):
		case (lw == "of" || lw == "for") && start < i && toks[start].isCap():
		case t.isCap() && start < i && (roleNouns[toks[start].lower()] || orgWords[toks[start].s] || titleWords[toks[start].s]) && !leadWords[w]:
		case (orgWords[w] || places[w] || isAcronym(w) || isOriginAdjective(w)) && start < i && describing(toks[start].lower()):
			// "the European Union foreign policy chief, Josep Borrell": a
			// body's name before the words of a post.
		case !t.isCap() && t.isWord() && strings.HasSuffix(lw, "s") && start < i && roleNouns[toks[start].lower()] && start >= 2 && toks[start-2].isCap() && !poss:
			// "Tehran’s provisional Friday prayers leader Ayatollah …":
			// a plural noun the post is of, after the capitalised word
			// that names it; both belong to the post.
			start--
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
	if last := toks[i-1]; comma && !last.isCap() && !roleNouns[last.lower()] && !slices.ContainsFunc(toks[start:i], func(t token) bool { return prepositions[t.s] }) {
		// "In his meeting with the personnel of the Iranian nuclear
		// industry, Ayatollah Khamenei": a title ends in its head, and
		// "industry" is none ("deputy for tourism" ends in what the
		// post is for).
		return ""
	}
	if comma && start > 1 && determiners[toks[start-1].lower()] && prepositions[toks[start-2].lower()] && openerBefore(toks, start-2) {
		// "In meeting with the Oman leader, Raisi described": the
		// object of a sentence's opening phrase is someone else ("met
		// with the Russian foreign minister, Sergei Lavrov," is not).
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
	return strings.TrimSpace(s[from+toks[start].start : from+toks[i-1].end])
}

// openerBefore reports whether toks[k] is in a phrase that opens its
// sentence with a preposition and no comma since: "In meeting with",
// "During his talks with".
func openerBefore(toks []token, k int) bool {
	for ; k >= 0; k-- {
		switch t := toks[k]; {
		case t.s == ",":
			return false
		case t.isCap() && prepositionalOpeners[t.lower()]:
			return k == 0 || isStop(toks[k-1].s) || toks[k-1].s == "”"
		case isStop(t.s):
			return false
		}
	}
	return false
}

// roleForBefore returns the index of the role noun when the tokens
// before index i end with it, "for", "of" or "on", and a few words in
// lower case saying what it is for: "special aide for international
// affairs Hossein Amir Abdollahian", "deputy minister of economic
// affairs Ali Fekri"; else -1.
func roleForBefore(toks []token, i int) int {
	k := i
	for k > 0 && i-k < 3 && toks[k-1].isWord() && !toks[k-1].isCap() && !prepositions[toks[k-1].lower()] && !determiners[toks[k-1].lower()] {
		k--
	}
	if k == i || k < 2 {
		return -1
	}
	if p := toks[k-1].lower(); p != "for" && p != "of" && p != "on" {
		return -1
	}
	if w := toks[k-2].lower(); !roleNouns[w] {
		return -1
	}
	return k - 2
}

// envoyToBefore returns the index of the envoy's title when the tokens
// before index i end with one and the place or body it is sent to:
// "Iranian Ambassador to Russia Kazem Jalali", "Envoy to the UN Majid
// Takht-Ravanchi"; else -1.
func envoyToBefore(toks []token, i int) int {
	k := i
	for k > 0 && i-k < 3 && toks[k-1].isCap() && toks[k-1].isWord() && (places[toks[k-1].s] || isAcronym(toks[k-1].s) || isAcronymPlace(toks[k-1].s) || envoyBodies[toks[k-1].s]) {
		k--
	}
	if k == i {
		return -1
	}
	if k > 1 && toks[k-1].s == "of" && stateForms[toks[k-2].s] {
		// "Ambassador to the Republic of Iraq", "… to the Islamic
		// Republic of Iran".
		k -= 2
		for k > 0 && i-k < 6 && (toks[k-1].s == "Islamic" || toks[k-1].s == "Arab" || toks[k-1].s == "Federal" || toks[k-1].s == "People’s" || toks[k-1].s == "People's") {
			k--
		}
	}
	if k > 0 && toks[k-1].s == "the" {
		k--
	}
	if k < 2 || toks[k-1].s != "to" && toks[k-1].s != "for" || !envoyTitles[strings.ToLower(toks[k-2].s)] {
		// "Ambassador to Russia", "Special Presidential Envoy for Syria".
		return -1
	}
	return k - 2
}

// envoyBodies are the words of the bodies an envoy is sent to: "the
// United Nations", "the European Union".
var envoyBodies = set(`United Nations European Union UN EU IAEA OPCW African`)

// stateForms name the form of a state before "of" and its name: "the
// Republic of Iraq", "the Kingdom of Saudi Arabia".
var stateForms = set(`Republic Kingdom State Sultanate Emirate Federation`)

var envoyTitles = set(`ambassador envoy representative emissary delegate`)

// titleOfTheBefore returns the index of the title word when the tokens
// before index i end with a title or role noun, "of the" (or "for the"),
// a run of capitalised words naming a body, and perhaps honorifics;
// else -1.
func titleOfTheBefore(toks []token, i int) int {
	k := i
	for k > 0 && honorifics[toks[k-1].s] {
		k--
	}
	run := k
	if k > 0 {
		// "commander of the IRGC’s Aerospace Division": the name is a
		// body's part, not a person's.
		if _, poss := toks[k-1].base(); poss {
			return -1
		}
	}
	for k > 0 && run-k < 6 && toks[k-1].isCap() && !leadWords[toks[k-1].s] && !honorifics[toks[k-1].s] {
		k--
	}
	if k == run && run >= 4 && !toks[run-1].isCap() && orgWords[capitalized(toks[run-1].s)] {
		// "the speaker of Iran’s parliament, Mohammad Bagher
		// Ghalibaf": a body in lower case after its country's
		// possessive.
		if w, poss := toks[run-2].base(); poss && places[w] && toks[run-3].s == "of" {
			if w, _ := toks[run-4].base(); (titleWords[w] || roleNouns[strings.ToLower(w)]) && !honorifics[w] {
				return run - 4
			}
		}
		return -1
	}
	if k == run || k < 2 {
		return -1
	}
	if toks[k-1].s == "of" && allPlaces(toks[k:run]) && k >= 3 && toks[k-3].s != "the" && run < len(toks) && toks[run].s == "," {
		// "the foreign minister of Saudi Arabia, Faisal bin Farhan":
		// the country after "of", a role noun before it, and a comma
		// before the name ("the managing director of Tehran Stock
		// Exchange" is no title of "Stock Exchange"; "the Leader of
		// the Islamic Revolution of Iran" is read below).
		if w, _ := toks[k-2].base(); roleNouns[strings.ToLower(w)] && !honorifics[w] {
			return k - 2
		}
	}
	// "Leader of the Islamic Revolution of Iran", "head of the Atomic
	// Energy Organization of Iran": the body's name ends with its
	// country.
	if run-k == 1 && places[toks[k].s] && toks[k-1].s == "of" {
		j := k - 1
		for j > 0 && k-j < 6 && toks[j-1].isCap() && !leadWords[toks[j-1].s] && !honorifics[toks[j-1].s] {
			j--
		}
		if j < k-1 && j >= 2 && toks[j-1].lower() == "the" {
			k = j
		}
	}
	// "of the Supreme National Security Council", or "of Iran’s Supreme
	// National Security Council": the body's name after "the" or after
	// its country's possessive.
	if w, poss := toks[k].base(); poss && places[w] && k+1 < run {
		k++ // the possessive stands where "the" would
	} else if toks[k-1].lower() != "the" {
		return -1
	}
	if k < 3 {
		return -1
	}
	if of := toks[k-2].lower(); of != "of" && of != "for" {
		return -1
	}
	w, _ := toks[k-3].base()
	if !titleWords[w] && !roleNouns[strings.ToLower(w)] || honorifics[w] {
		return -1
	}
	return k - 3
}

// roleWindow is how far before or after a name, in bytes, its role is
// looked for: more than the longest title with its office.
const roleWindow = 240

// wordStartAfter returns the start of the first word of s at or after
// byte pos (0 when pos <= 0).
func wordStartAfter(s string, pos int) int {
	if pos <= 0 {
		return 0
	}
	if i := strings.IndexByte(s[pos:], ' '); i >= 0 {
		return pos + i + 1
	}
	return len(s)
}

// wordEndBefore returns s cut at the last space at or before byte n, or
// s when it is shorter.
func wordEndBefore(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		return s[:i]
	}
	return s[:n]
}

// titleParticiples are words in -ing that are part of a title ("acting
// foreign minister", "managing director").
var titleParticiples = set(`acting managing outgoing incoming presiding ruling governing founding leading visiting serving reigning`)

// roleAfter reads an appositive after a name: ", an advisor to the
// foreign minister,".
// titleRun reports whether toks open with capitalised words up to a
// comma that end in a title ("German Foreign Minister, said"): a role
// with no name after it.
func titleRun(toks []token) bool {
	for k, t := range toks {
		if t.s == "," {
			return k > 0 && titleWords[toks[k-1].s] && roleNouns[strings.ToLower(toks[k-1].s)]
		}
		if !t.isCap() || !t.isWord() || k >= 6 {
			return false
		}
	}
	return false
}

func roleAfter(s string, m mention) string {
	rest := s[m.end:]
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	rest = wordEndBefore(rest[2:], 2*roleWindow)
	toks := tokenize(rest)
	// "Thamer Ghadhban, who is also the country's oil minister,": a
	// relative clause that only says what the person is.
	if len(toks) > 3 && toks[0].lower() == "who" && (toks[1].s == "is" || toks[1].s == "was") {
		k := 2
		if toks[k].s == "also" || toks[k].s == "currently" || toks[k].s == "now" {
			k++
		}
		if k < len(toks) && (determiners[toks[k].lower()] || roleNouns[toks[k].lower()] || describing(toks[k].lower()) || toks[k].isCap()) {
			rest = rest[toks[k].start:]
			toks = tokenize(rest)
		}
	}
	if len(toks) == 0 || !isAppositiveStart(toks[0]) && !titleRun(toks) || toks[0].lower() == "who" || toks[0].lower() == "speaking" || toks[0].lower() == "citing" {
		return ""
	}
	if lw := toks[0].lower(); !toks[0].isCap() && strings.HasSuffix(lw, "ing") && len(lw) > 5 && !titleParticiples[lw] {
		// "Ebrahim Raisi, during a meeting with Armenian Prime
		// Minister Nikol Pashinyan,", "…, representing the foreign
		// minister,": a phrase about what the person does, whose role
		// nouns are someone else's.
		return ""
	}
	end := 0
	hasRole, relative := false, false
	for end < len(toks) && end < 20 {
		t := toks[end]
		if t.s == "," || isStop(t.s) || t.s == "“" || t.s == "—" {
			break
		}
		if cueVerbs[t.lower()] && end > 0 {
			return ""
		}
		if t.s == "who" || t.s == "which" || t.s == "that" {
			relative = true // "an Iowa-based peace activist who has spent …"
		}
		if end > 0 && copulas[t.s] && !relative {
			if hasRole && determiners[toks[0].lower()] && (t.s == "has" || t.s == "have") {
				// "Mohammad Keshavarzzadeh, the Iranian ambassador to
				// Beijing has pointed out": an appositive whose closing
				// comma is missing before the verb.
				break
			}
			// "According to Heshmat, raising awareness is among the
			// objectives of …": a clause with its own verb, no
			// appositive.
			return ""
		}
		if roleNouns[t.lower()] || roleNouns[lastHyphenPart(t.lower())] {
			// "the Catholicos-Patriarch of the Assyrian Church" is a
			// patriarch, as "the ex-president" is a president.
			hasRole = true
		}
		end++
	}
	for end > 1 && (prepositions[toks[end-1].s] || determiners[toks[end-1].s]) {
		// "Jeffery Hemsley, co-author of “Going Viral,”": the title in
		// marks ends the role; the word that led to it is no part of it.
		end--
	}
	if !hasRole || end == 0 {
		return ""
	}
	r := rest[toks[0].start:toks[end-1].end]
	return describe(r)
}

// copulas are the finite forms of "be" and "have" that no appositive
// holds.
var copulas = set(`is are was were has have`)

// sentencesOf returns the sentences of paragraph pi, found now if the
// paragraph has not been read yet.
func (x *extractor) sentencesOf(pi int) []sentence {
	if sents, ok := x.psents[pi]; ok {
		return sents
	}
	return sentences(x.paras[pi].Text, x.pspans[pi])
}

// opensSentence reports whether the name at pos is among the first words
// of its sentence: a subject rather than an object.
func (x *extractor) opensSentence(pos int) bool {
	pi := x.paraAt(pos)
	p := x.paras[pi]
	sents := x.sentencesOf(pi)
	rel := pos - p.Start
	si := sentenceAt(sents, rel)
	if si < 0 {
		return false
	}
	return rel-sents[si].start < 40
}
