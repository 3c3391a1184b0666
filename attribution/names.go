package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// token is a word or a punctuation mark of a text, with byte offsets.
type token struct {
	s          string
	start, end int
}

func (t token) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (t token) isCap() bool {
	s := t.s
	for _, p := range []string{"al-", "el-", "Al-", "El-"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			s = s[len(p):]
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	// Letters styled for emphasis in a tweet ("U.S. is 𝙉𝙊𝙏 a
	// participant") are capitals of no name.
	if r >= 0x1D400 && r <= 0x1D7FF {
		return false
	}
	return unicode.IsUpper(r)
}

// lower returns the token in lower case.
func (t token) lower() string { return strings.ToLower(t.s) }

// base strips a possessive "'s" from the token.
func (t token) base() (string, bool) {
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(t.s, suf) && len(t.s) > len(suf) {
			if suf[0] == 's' {
				return t.s[:len(t.s)-len(suf)+1], true
			}
			return t.s[:len(t.s)-len(suf)], true
		}
	}
	return t.s, false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits s into word and punctuation tokens. Words keep inner
// hyphens and apostrophes; a trailing period stays on abbreviations and
// initials ("Sen.", "J.", "U.S.").
func tokenize(s string) []token {
	// About one token in five bytes of news text: one allocation rather
	// than a slice grown by doubling.
	out := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{s: s[i : i+n], start: i, end: i + n})
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if r == '-' || r == '\'' || r == '’' || r == '.' {
				// Inner joiners continue a word when a letter follows.
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if j+n < len(s) && isWordRune(r2) && (r != '.' || unicode.IsUpper(r2) && j-i <= 2) {
					j += n
					continue
				}
			}
			break
		}
		// A plural possessive: "Sanders' campaign manager".
		if j < len(s) && (s[j] == '\'' || strings.HasPrefix(s[j:], "’")) && s[j-1] == 's' {
			n := 1
			if s[j] != '\'' {
				n = len("’")
			}
			if j+n >= len(s) || s[j+n] == ' ' {
				j += n
			}
		}
		if j < len(s) && s[j] == '.' {
			w := s[i : j+1]
			if abbreviations[w] || (j-i == 1 && unicode.IsUpper(r)) || strings.Count(w, ".") >= 2 {
				j++
			}
		}
		out = append(out, token{s: s[i:j], start: i, end: j})
		i = j
	}
	return out
}

// nameConnectors may join the capitalised words of one name or title.
// nameParticles join the words of a person's name; of and for, which
// join the words of a title or a body, are not among them.
var nameParticles = set(`bin ibn bint de van von der da du la le del al el ul dos das`)

var nameConnectors = set(`of for bin ibn de van von der da du la le del al el ul ahl`)

// mention is a capitalised name found in a text: a person, an
// organisation, or a title alone.
type mention struct {
	// start and end bound the name in the text the mentions were found in.
	start, end int
	name       string
	// title is the capitalised title before the name ("Foreign Minister").
	title string
	typ   corpus.SpeakerType
	// titleOnly marks a run of title words with no name ("the President").
	titleOnly  bool
	possessive bool
}

// findMentions returns the capitalised names in s, in order. Offsets are
// relative to s.
func findMentions(s string) []mention {
	toks := tokenize(s)
	var out []mention
	for i := 0; i < len(toks); {
		if !toks[i].isCap() || !toks[i].isWord() || clauseOpeners[toks[i].s] || isCompoundAdjective(toks[i].s) || opensWithParticiple(toks, i) {
			i++
			continue
		}
		j := i
		poss := false
		for j < len(toks) {
			t := toks[j]
			// A line break ends a name: a heading or caption is not part
			// of the name on the next line.
			if j > i && strings.ContainsRune(s[toks[j-1].end:t.start], '\n') {
				break
			}
			if isParticiple(t) || isDemonymPlural(t.s) || isCompoundAdjective(t.s) {
				break
			}
			if clauseOpeners[t.s] {
				// "… to combat Coronavirus During his visit to Mashhad":
				// a word that opens a clause ends a name run into it.
				break
			}
			if t.isCap() && t.isWord() {
				if _, p := t.base(); p {
					poss = true
					j++
					break
				}
				j++
				continue
			}
			if j > i && isOrdinal(t.s) && j+1 < len(toks) && toks[j+1].isCap() && toks[j+1].isWord() {
				// "the U.S. 5th Fleet", "the 82nd Airborne Division".
				j++
				continue
			}
			// A connector between two capitalised words.
			if nameConnectors[t.s] && j > i && j+1 < len(toks) {
				if nameParticles[t.s] && nameParticles[toks[j+1].s] && j+2 < len(toks) && toks[j+2].isCap() {
					// "Ursula von der Leyen".
					j += 2
					continue
				}
				if toks[j+1].isCap() {
					j++
					continue
				}
				if toks[j+1].s == "the" && j+2 < len(toks) && toks[j+2].isCap() {
					j += 2
					continue
				}
			}
			if t.s == "the" && j > i && nameConnectors[toks[j-1].s] {
				j++
				continue
			}
			// "Food and Drug Administration": "and" inside the name of
			// a body.
			if (t.s == "and" || t.s == "&") && j > i && andJoinsBody(toks, j) {
				j++
				continue
			}
			break
		}
		// Drop trailing connectors.
		for j > i+1 && !toks[j-1].isCap() {
			j--
		}
		// "Latvian journalist Dainis Ivans", "Libertarian candidate": an
		// adjective of origin before a lower-case noun is not a name, nor
		// is a party tag ("R-Wis").
		// So is one before any lower-case word but a cue ("the Zionist
		// regime", "Iranian people"; "Adrian said" is a name).
		a := i // the adjective, past a sentence's opening "The"
		if toks[i].s == "The" && j == i+2 {
			a = i + 1
		}
		if j == a+1 && (isPartyTag(toks[a].s) || isOriginAdjective(toks[a].s) && j < len(toks) && (roleNouns[toks[j].lower()] || describing(toks[j].lower()) || toks[j].isWord() && !toks[j].isCap() && !cueVerbs[toks[j].s])) {
			i = j
			continue
		}
		if i > 0 && toks[i-1].lower() == "the" && (toks[i].s == "West" || toks[i].s == "East") && j-i >= 3 {
			// "claims by the West Vasily Nebenzya, Russia's envoy,":
			// a heading that ends in "the West" run into a name.
			i++
		}
		if j == i+2 && soleBodies[toks[i].s] && !orgWords[baseOf(toks[i+1])] && !titleWords[baseOf(toks[i+1])] && !places[baseOf(toks[i+1])] && !isAcronym(toks[i+1].s) {
			// "in the Kremlin Putin had said": a body's own name run
			// into a surname; two mentions.
			if m, ok := makeMention(s, toks, i, i+1, false); ok {
				out = append(out, m)
			}
			i++
		}
		if m, ok := makeMention(s, toks, i, j, poss); ok {
			if m.typ == corpus.SpeakerPerson && !m.titleOnly && m.start == toks[i].start && i > 0 && patronymicOpener(toks, i-1) {
				// "“…,” bin Farhan said": a person known by the father's
				// name, with the particle that says so.
				m.start = toks[i-1].start
				m.name = s[m.start:m.end]
			}
			out = append(out, m)
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

// soleBodies are names of bodies that are one word and name the body
// alone, never part of a longer name that a surname ends.
var soleBodies = set(`Kremlin Pentagon Reuters IRNA ISNA Tasnim Xinhua TASS`)

// isOrdinal reports whether w is a number written as an ordinal: "5th",
// "1st", "82nd", "3rd".
func isOrdinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// patronymicOpener reports whether toks[p] is a lower-case "bin" or
// "ibn" that opens a name rather than joins two of its words.
func patronymicOpener(toks []token, p int) bool {
	if w := toks[p].s; w != "bin" && w != "ibn" {
		return false
	}
	return p == 0 || !toks[p-1].isCap() || !toks[p-1].isWord()
}

// ofIn reports whether "of" is among toks[i:k].
func ofIn(toks []token, i, k int) bool {
	for x := i; x < k; x++ {
		if toks[x].s == "of" {
			return true
		}
	}
	return false
}

// clauseOpeners are capitalised words that open a clause or a phrase
// and are no part of a name.
var clauseOpeners = set(`Given During After Before Despite While When Whereas Since Although Though Meanwhile However Following Amid Upon Unlike Regarding Concerning`)

// givenNamePlaces are the tails of place names ("San Antonio", "San
// Francisco") and places that are also first names: before a surname
// they are the first name ("Antonio Guterres", "Austin Lloyd").
var givenNamePlaces = set(`Antonio Diego Francisco Jose Austin Charlotte Richmond Jordan Georgia Victoria`)

// hyphenTitle reports whether w is a title joined to a word of its
// state: "President-elect", "Prime-Minister-designate", "Vice-President".
func hyphenTitle(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if titleWords[p] || titleWords[capitalized(p)] {
			return true
		}
	}
	return false
}

// placePrefixes begin names of places and of much else ("The New
// Yorker", "North Face"): alone they say no place.
var placePrefixes = set(`New North South East West United`)

// andJoinsBody reports whether the "and" at toks[a] joins two parts of
// one body's name: a run of two or three capitalised words follows it
// and ends with an organisation word ("Food and Drug Administration",
// "Handicrafts and Tourism Organization"). Two bodies, or a place and a
// body, stay apart: the word before "and" is no organisation word,
// place or acronym ("Twitter and Facebook", "China and EU", "ICT
// Ministry and University of Tehran"), nor Treasury, which names a
// department alone ("the U.S. Treasury and State Department").
// surnameAfter reports whether the word w (token t) makes the title word
// after it a surname: a capitalised word that is itself no title,
// organisation word, place, adjective of origin or acronym (a first
// name), or a form of address such as "Mr.".
func surnameAfter(w string, t token) bool {
	if honorifics[w] && (strings.HasPrefix(w, "M") || strings.HasPrefix(w, "D")) {
		return true
	}
	return t.isCap() && !titleWords[w] && !orgWords[w] && !places[w] && !nameConnectors[w] &&
		!isOriginAdjective(w) && !isAcronym(w) && !honorifics[w]
}

func andJoinsBody(toks []token, a int) bool {
	if a == 0 {
		return false
	}
	if w, _ := toks[a-1].base(); orgWords[w] || places[w] || isAllCaps(w) || w == "Treasury" {
		return false
	}
	k := a + 1
	for k < len(toks) && k-a <= 3 && toks[k].isCap() && toks[k].isWord() {
		if _, poss := toks[k].base(); poss {
			break
		}
		k++
	}
	if k-a >= 2 && postOfBefore(toks, a) && !slices.ContainsFunc(toks[a+1:k], func(t token) bool { return postNoun(t.s) }) {
		// "Deputy Foreign Minister for Legal and International Affairs
		// Mohsen Baharvand", "Minister of Economy and Foreign Trade
		// Rania al-Ahmad": the portfolio of a post, joined by "and",
		// before the name of the one who holds it.
		return true
	}
	if k < len(toks) && toks[k].isCap() && toks[k].isWord() {
		return false
	}
	if k-a >= 2 && bodyOfBefore(toks, a) {
		// "the Institute of Energy and Economics Japan": the words of
		// what a body is of, joined by "and".
		return true
	}
	if k-a < 3 {
		return false
	}
	w, _ := toks[k-1].base()
	return orgWords[w]
}

// postOfBefore reports whether the capitalised words before toks[a]
// end a post and what it is for: "Minister for Legal", "Deputy Minister
// of Economy".
func postOfBefore(toks []token, a int) bool {
	for k := a - 1; k > 0 && a-k <= 3; k-- {
		if toks[k].s == "of" || toks[k].s == "for" {
			w, _ := toks[k-1].base()
			return postHead(w) && k+1 < a
		}
		if !toks[k].isCap() || !toks[k].isWord() {
			return false
		}
	}
	return false
}

// bodyOfBefore reports whether the capitalised words before toks[a] end
// a body's name that opens with its head and "of": "Institute of
// Energy", "Ministry of Roads".
func bodyOfBefore(toks []token, a int) bool {
	for k := a - 1; k > 0 && a-k <= 4; k-- {
		if toks[k].s == "of" {
			w, _ := toks[k-1].base()
			return orgWords[w] && k+1 < a
		}
		if !toks[k].isCap() || !toks[k].isWord() {
			return false
		}
	}
	return false
}

// makeMention turns the capitalised run toks[i:j] into a mention.
func makeMention(s string, toks []token, i, j int, poss bool) (mention, bool) {
	// Drop sentence openers and calendar words at the front.
	for i < j && !(toks[i].s == "Al" && i+1 < j) && (i+1 < j && isClauseOpener(toks[i]) && !(toks[i+1].s == "and" && orgWords[baseOf(toks[j-1])]) || leadWords[toks[i].s] || leadWords[strings.TrimSuffix(toks[i].s, ".")] && i+1 < j && !honorifics[toks[i].s] && !titleWords[toks[i].s] || calendarWords[toks[i].s] || calendarWords[baseOf(toks[i])] || nameConnectors[toks[i].s] || toks[i].s == "the" || cueVerbs[toks[i].lower()] && i+1 < j) {
		i++
	}
	if i >= j {
		return mention{}, false
	}
	// "COVID-19 Xi": a word with a digit names no one and joins no name
	// after it.
	for x := j - 2; x >= i; x-- {
		if strings.ContainsAny(toks[x].s, "0123456789") && !(isOrdinal(toks[x].s) && orgWords[baseOf(toks[j-1])]) {
			// (An ordinal inside a body's name stays: "the U.S. 5th
			// Fleet".)
			i = x + 1
			break
		}
	}
	// Calendar words at the end ("... on Tuesday" never joins a run, but
	// "Khamenei Tuesday" might).
	for j > i && calendarWords[toks[j-1].s] {
		j--
		poss = false
	}
	if i >= j {
		return mention{}, false
	}
	// A heading in capitals ("NEW YORK ENDS TAMPON TAX") is not a name;
	// a single acronym ("IRGC") may be.
	if j-i >= 2 {
		caps := true
		for x := i; x < j; x++ {
			if !isAllCaps(toks[x].s) || len(toks[x].s) < 2 {
				caps = false
			}
		}
		if caps {
			return mention{}, false
		}
	}
	word := func(k int) string {
		w, _ := toks[k].base()
		return w
	}
	// "Charles B. Rangel of New York": the person, not the place. A run
	// of titles or an organisation before "of" stays whole ("Minister of
	// Foreign Affairs", "Bank of America").
	for o := i + 1; o < j; o++ {
		if toks[o].s != "of" {
			continue
		}
		if o == i+1 && !(allPlaces(toks[o+1:j]) && !geoNouns[word(i)]) {
			// "Strait of Hormuz", "Bank of America" stay whole; only
			// "Butterfield of North Carolina" splits.
			break
		}
		w := word(o - 1)
		if titleWords[w] || orgWords[w] || places[w] || documentHeads[w] || !toks[o-1].isCap() || hasOrgBefore(toks, i, o, word) {
			break
		}
		j, poss = o, false
		break
	}
	// The name is the longest tail of words that are neither titles nor
	// organisation words nor connectors.
	k := j
	for k > i {
		w := word(k - 1)
		if titleWords[w] && k == j && k-2 >= i && surnameAfter(word(k-2), toks[k-2]) {
			// Titles come before a name, so a title word that ends a
			// run after a first name or a form of address is a surname:
			// "Charlie King", "Mr. King", "Billie Jean King".
			k--
			continue
		}
		if nameParticles[w] && k < j {
			// "Abdulaziz bin Khalid Al-Shammari", "Ursula von der Leyen":
			// particles inside a person's name.
			p := k - 1
			for p-1 >= i && nameParticles[word(p-1)] {
				p--
			}
			if p-1 >= i && toks[p-1].isCap() && !titleWords[word(p-1)] && !orgWords[word(p-1)] && !places[word(p-1)] {
				k = p
				continue
			}
		}
		if titleWords[w] || hyphenTitle(w) || orgWords[w] || nameConnectors[w] || w == "the" || !toks[k-1].isCap() {
			break
		}
		k--
	}
	// "ambassador to London Hamid Baeidinejad": a place before a name of
	// two or more words belongs to the title.
	k0 := k
	for k < j-1 && places[word(k)] && !places[word(j-1)] && !placePrefixes[word(k)] && !givenNamePlaces[word(k)] {
		k++
	}
	if k > k0 && places[word(k)] && givenNameGender(word(k+1)) == genderUnknown && !commonFirstNames[word(k+1)] && !familyNamesFirst[word(k+1)] {
		// "Middle East Eye": a name does not open with a place; the
		// places before it are no title, and the run is one name
		// ("Middle East Zhai Jun" still ends with a person's).
		k = k0
	}
	m := mention{start: toks[i].start, end: toks[j-1].end, possessive: poss}
	if poss {
		w, _ := toks[j-1].base()
		m.end = toks[j-1].start + len(w)
	}
	text := s[toks[i].start:m.end]
	if j-i == 2 && (titleWords[word(i)] || placePrefixes[word(i)]) && !isAllCaps(strings.ReplaceAll(word(i), ".", "")) && isPlaceName(text) {
		// "Saudi Arabia", "South Korea": a place whose first word is
		// also a title's ("Saudi Foreign Minister") is the place.
		m.name, m.typ = text, corpus.SpeakerOrganization
		return m, true
	}
	hasOrg := false
	for x := i; x < j; x++ {
		if orgWords[word(x)] || isAcronym(word(x)) && !titleWords[word(x)] {
			hasOrg = true
		}
	}
	for x := i; x < j; x++ {
		if documentHeads[word(x)] && x > i && !(x == j-1 && !documentWords[word(x)] && givenNameGender(word(x-1)) != genderUnknown) {
			// "Joint Comprehensive Plan of Action", "Paris Agreement":
			// a document's whole name, which no person has.
			m.name, m.typ = text, corpus.SpeakerOrganization
			return m, true
		}
	}
	switch {
	case k == j:
		// No name: a title alone, or an organisation. A title of a body
		// ("Spokesman of the Majlis National Security Committee",
		// "Chairman of the Iran Section in the Institute …") is a title.
		m.name = text
		if hasOrg && !(j > i+1 && (titleWords[word(i)] || roleNouns[strings.ToLower(word(i))]) && !orgWords[word(i)] && (toks[i+1].s == "of" || toks[i+1].s == "for")) {
			m.typ = corpus.SpeakerOrganization
		} else {
			m.titleOnly = true
		}
	case k > i && j-k == 1 && commonWords[strings.ToLower(word(k))] && !personTitleIn(word, i, k):
		// "The National Interest", "the Jewish Chronicle", "the United
		// Nations Environment Program": a common noun after words of a
		// body, not a surname after a title. The whole is the body.
		m.name = text
		m.typ = corpus.SpeakerOrganization
		return m, true
	case k-1 > i && j-k == 1 && strings.HasSuffix(word(k), "s") && commonWords[strings.ToLower(word(k))] && toks[k-1].isCap() && !roleNouns[strings.ToLower(word(k-1))] && ofIn(toks, i, k):
		// "President of the University of Islamic Sects": a plural noun
		// after the words of a body ends the body's name, and the title
		// names no one.
		m.name = text
		m.titleOnly = true
	case k-2 >= i && (toks[k-1].s == "for" || toks[k-1].s == "of") && !postHead(word(k-2)) && !postIn(word, i, k-1):
		// "the National Campaign for Controlling Hypertension": a word
		// before "for" or "of" that names no post ("Minister for",
		// "Envoy of") heads the name of a body or an event, and what
		// follows is the rest of that name.
		m.name = text
		m.typ = corpus.SpeakerOrganization
		return m, true
	case k > i && j-k == 1 && toks[k-1].isCap() && !personTitleIn(word, i, k) && !acronymTitleIn(toks, i, k) && !poss && !allPlaces(toks[i:k]):
		// "Palestinian Islamic Jihad", "Petrochemical Industry
		// Corporation", "Hezbollah Brigades": one word after words that
		// only qualify, with no post or form of address among them, ends
		// the name of a body, not a person known by a surname.
		m.name = text
		m.typ = corpus.SpeakerOrganization
		return m, true
	case k > i && (!hasOrgBefore(toks, i, k, word) || j-k >= 2 && afterEnvoyTitle(toks, i)):
		// "Iranian Ambassador to the United Nations Amir Saeid Iravani":
		// the body is the envoy's post, the name after it the envoy.
		m.title = s[toks[i].start:toks[k-1].end]
		m.start = toks[k].start
		m.name = s[m.start:m.end]
		m.typ = corpus.SpeakerPerson
	default:
		m.name = text
		m.typ = corpus.SpeakerPerson
		if hasOrg {
			m.typ = corpus.SpeakerOrganization
		}
	}
	if ws := strings.Fields(m.name); m.typ == corpus.SpeakerPerson && !m.titleOnly && m.title == "" && len(ws) == 2 && sayyid[ws[0]] {
		// "Sayyed Nasrallah", "Sayyed Abdul-Malik": the honorific and
		// one name, a surname or a first name, which is resolved as
		// one word after a courtesy title is.
		m.title = ws[0]
		m.start = toks[j-1].start
		m.name = s[m.start:m.end]
	}
	if m.typ == corpus.SpeakerPerson && !m.titleOnly {
		all := true
		for x := k; x < j; x++ {
			if !places[word(x)] {
				all = false
			}
		}
		if all || (j-k == 1 && isAcronym(word(k))) || acronymAfter(s[m.end:], m.name) || m.title == "" && commonName(word, k, j) {
			m.typ = corpus.SpeakerOrganization
		}
	}
	return m, true
}

// commonName reports whether the words from i to j (read by word) are
// all words news writes in lower case, the first no one's given name:
// "App Store", "Linked Data Platform" name a thing or a body, while
// "Grant Green" is a man.
func commonName(word func(int) string, i, j int) bool {
	if j-i < 2 || givenNameGender(word(i)) != genderUnknown {
		return false
	}
	for x := i; x < j; x++ {
		if !commonWords[strings.ToLower(word(x))] {
			return false
		}
	}
	return true
}

// acronymAfter reports whether rest, the text after a name, opens with
// the name's acronym in brackets: "Linked Data Platform (LDP)" is a
// body's name, as people are not known by their initials.
func acronymAfter(rest, name string) bool {
	if !strings.HasPrefix(rest, " (") {
		return false
	}
	end := strings.IndexByte(rest, ')')
	if end < 0 {
		return false
	}
	acr := rest[2:end]
	if !isAcronym(acr) {
		return false
	}
	in := initials(roleWords(name))
	return len(in) >= 2 && in == strings.ToLower(acr)
}

// personTitleIn reports whether the words from i to k (read by word)
// hold a person's title or form of address: "Senator", "Foreign
// Minister", "Dr.".
func personTitleIn(word func(int) string, i, k int) bool {
	for x := i; x < k; x++ {
		w := word(x)
		if honorifics[w] || roleNouns[strings.ToLower(w)] || strings.HasSuffix(w, ".") {
			return true
		}
	}
	return false
}

// acronymTitleIn reports whether one of toks[i:k] is a title written as
// initials ("FM", "PM", "MP") or joined by hyphens ("Director-General").
func acronymTitleIn(toks []token, i, k int) bool {
	for x := i; x < k; x++ {
		if w := toks[x].s; titleWords[w] && isAcronym(w) && !orgWords[w] && !isPlaceName(w) || hyphenTitle(w) {
			return true
		}
	}
	return false
}

// postHead reports whether w names a person's post before "for" or
// "of" ("Minister", "Envoy", "Spokesman"): a title word or a post noun.
func postHead(w string) bool {
	return titleWords[w] || hyphenTitle(w) || postNoun(w)
}

// postNoun reports whether w, or its singular, is a noun of a person's
// post ("Secretary General", "Spokespersons"). "Campaign" is a role
// noun only before "manager".
func postNoun(w string) bool {
	l := strings.ToLower(w)
	if l == "campaign" {
		return false
	}
	return roleNouns[l] || roleNouns[strings.TrimSuffix(l, "s")] || honorifics[w]
}

// postIn reports whether a word from i to k names a post.
func postIn(word func(int) string, i, k int) bool {
	for x := i; x < k; x++ {
		if postNoun(word(x)) {
			return true
		}
	}
	return false
}

// afterTitleOf reports whether toks[i] follows a title or a role noun
// and "of" or "for" (perhaps with "the"): "the head of …", "Director of
// …", "spokesman for the …".
func afterTitleOf(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].s == "the" {
		k--
	}
	if k < 1 || toks[k].s != "of" && toks[k].s != "for" {
		return false // "spokesman for the Iranian Foreign Ministry Nasser Kanaani"
	}
	w := toks[k-1]
	return roleNouns[w.lower()] || titleWords[w.s]
}

// afterEnvoyTitle reports whether toks[i] follows an envoy's title and
// its "to": "Ambassador to the United Nations …".
func afterEnvoyTitle(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].s == "the" {
		k--
	}
	return k >= 1 && toks[k].s == "to" && envoyTitles[toks[k-1].lower()]
}

func hasOrgBefore(toks []token, i, k int, word func(int) string) bool {
	// "Senate Majority Leader Mitch McConnell": a title qualified by its
	// body still belongs to a person.
	if k > i && titleWords[word(k-1)] && !orgWords[word(k-1)] {
		return false
	}
	// "the head of Iranian Space Research Center Hossein Samimi": a
	// body's name run into a person's, a given name and a surname at
	// least, after a title and "of".
	if k > i && orgWords[word(k-1)] && k+1 < len(toks) && toks[k+1].isCap() && (givenNameGender(word(k)) != genderUnknown || commonFirstNames[word(k)]) && (afterTitleOf(toks, i) || postOfOpens(toks, i, k, word)) {
		return false
	}
	// "Chairman of the National Security and Foreign Policy Committee
	// Vahid Jalalzadeh": after a body's word, two or three capitalised
	// words that are no common word, place, title or body's word are a
	// person's name, even with a given name no list holds.
	if k > i && orgWords[word(k-1)] && personRun(toks, k, word) {
		return false
	}
	// "Ambassador to the Republic of Iraq Abdulaziz Al-Shammari": a
	// country's name ends the title of the person after it.
	if k > i+1 && places[word(k-1)] && toks[k-2].s == "of" {
		return false
	}
	for x := i; x < k; x++ {
		if orgWords[word(x)] && !titleWords[word(x)] {
			return true
		}
	}
	return false
}

// personRun reports whether the capitalised words from toks[k] are two
// or three that could only be a person's name: none is a word news
// writes in lower case, a place, a title, a body's word or an acronym.
func personRun(toks []token, k int, word func(int) string) bool {
	n := 0
	for x := k; x < len(toks) && toks[x].isCap() && toks[x].isWord(); x++ {
		w := word(x)
		if commonWords[strings.ToLower(w)] || places[w] || titleWords[w] || orgWords[w] || isAcronym(w) || isOriginAdjective(w) || honorifics[w] {
			return false
		}
		n++
		if _, poss := toks[x].base(); poss {
			break
		}
	}
	return n == 2 || n == 3
}

// postOfOpens reports whether the run toks[i:k] opens with the words of
// a post and "of" or "for": "Head of", "Deputy Head of", "Spokesman
// for".
func postOfOpens(toks []token, i, k int, word func(int) string) bool {
	for x := i; x < k && x-i <= 3; x++ {
		if toks[x].s == "of" || toks[x].s == "for" {
			return x > i
		}
		if !postHead(word(x)) {
			return false
		}
	}
	return false
}

func isAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// lastName returns the last word of a person's name, without suffixes.
func lastName(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 {
		l := strings.TrimSuffix(strings.ToLower(f[len(f)-1]), ".")
		if l == "jr" || l == "sr" || l == "ii" || l == "iii" || l == "iv" {
			f = f[:len(f)-1]
			continue
		}
		break
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// isParticiple reports whether t is a capitalised participle that opens
// a clause ("Referring to the talks, …", "Noting that …"): never part
// of a name.
func isParticiple(t token) bool {
	if pastParticiples[t.s] {
		// "Saeed Jalili Known as a conservative politician, he was
		// born …": a crosshead's name run into the sentence after it.
		return true
	}
	if !t.isCap() || len(t.s) < 6 || !strings.HasSuffix(t.s, "ing") || isAllCaps(t.s) {
		return false
	}
	lw := t.lower()
	return cueVerbs[lw] || participles[lw]
}

// pastParticiples are irregular past participles that open a sentence
// ("Known as …", "Born in …") and are no part of a name.
var pastParticiples = set(`Known Born Seen Given Taken Written Chosen Elected Appointed Asked`)

// opensWithParticiple reports whether toks[i] is a participle that opens
// its sentence ("Commending the deal, he said"): a capitalised word in
// -ing first in its sentence, with a lower-case word after it. A name
// in -ing ("Jinping", "Fleming said") comes after a first name or has a
// cue after it, which the participle's object never is.
func opensWithParticiple(toks []token, i int) bool {
	t := toks[i]
	if isSentenceAdverb(toks, i) {
		return true
	}
	if edParticiples[t.s] && i+1 < len(toks) && !toks[i+1].isCap() && (i == 0 || isStop(toks[i-1].s) || toks[i-1].s == ":") {
		return true // "Based on his remarks", "Asked about the talks"
	}
	if len(t.s) >= 6 && strings.HasSuffix(t.s, "ed") && !isAllCaps(t.s) && i+1 < len(toks) && toks[i+1].s == "by" && (i == 0 || isStop(toks[i-1].s) || toks[i-1].s == ":") {
		return true // "Reminded by a user that …, Ulyanov said": a passive's participle
	}
	if len(t.s) < 6 || !strings.HasSuffix(t.s, "ing") || isAllCaps(t.s) || i+1 >= len(toks) {
		return false
	}
	if i > 0 && !isStop(toks[i-1].s) && toks[i-1].s != ":" && toks[i-1].s != "-" && toks[i-1].s != "•" {
		return false // "- Setting up a committee": a list item opens too
	}
	next := toks[i+1]
	return next.isWord() && !next.isCap() && !cueVerbs[next.s]
}

// isSentenceAdverb reports whether toks[i] is an adverb set off at the
// start of a sentence ("Ironically, the statement was labeled …"): a
// word in -ically, -ately, -ingly, -edly or -ally with a comma after it.
func isSentenceAdverb(toks []token, i int) bool {
	t := toks[i]
	if len(t.s) < 7 || i+1 >= len(toks) || toks[i+1].s != "," {
		return false
	}
	if i > 0 && !isStop(toks[i-1].s) && toks[i-1].s != ":" {
		return false
	}
	lw := t.lower()
	for _, suf := range []string{"ically", "ately", "ingly", "edly", "ally"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// edParticiples open clauses in news text in their -ed form; no name
// is spelt so.
var edParticiples = set(`Based Asked Pressed Quoted Compared Located Faced Given Born Founded Accused Questioned Reminded Informed Contacted Interviewed Reached Elected Appointed Tasked Established Situated Dubbed Called Known Described Labeled Labelled Referred Addressed Encouraged Concerned`)

// participles open clauses in news text.
var participles = set(`referring pointing addressing commenting describing appreciating
welcoming reacting responding highlighting expressing elaborating touching turning
speaking talking according regarding considering following including reflecting
hailing praising condemning criticizing criticising slamming blasting rejecting
denouncing dismissing backing supporting urging calling citing quoting`)

// isDemonymPlural reports whether w names a people ("Iranians",
// "Americans", "Europeans"): a group, not a speaker's name.
func isDemonymPlural(w string) bool {
	if sg := strings.TrimSuffix(w, "s"); sg != w && origins[sg] {
		return true // "Emiratis", "Iraqis", "Saudis"
	}
	switch w {
	case "Westerners", "Easterners", "Northerners", "Southerners", "Islanders":
		return true // people of a region, as "Iranians" are of a country
	}
	for _, suf := range []string{"ians", "eans", "cans", "ans"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			r, _ := utf8.DecodeRuneInString(w)
			return unicode.IsUpper(r) && !isAllCaps(w)
		}
	}
	return false
}

// isCompoundAdjective reports whether w is a place or a party joined to
// a participle ("Vienna-based", "Saudi-led", "Iran-backed"): it
// describes the name that follows and is not part of it.
func isCompoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	if compoundHeads[strings.ToLower(w[i+1:])] {
		return true
	}
	// "Pro-Israel groups", "Anti-American protesters": a stance toward a
	// place, which names no one ("Anti-Defamation League" is a name).
	if lw := strings.ToLower(w); strings.HasPrefix(lw, "pro-") || strings.HasPrefix(lw, "anti-") {
		return placeOrOrigin(w[strings.IndexByte(w, '-')+1:])
	}
	// "Iran-Saudi talks", "US-Israeli ties": places or adjectives of
	// origin joined, which name no one.
	for _, part := range strings.Split(w, "-") {
		if !placeOrOrigin(part) {
			return false
		}
	}
	return true
}

// placeOrOrigin reports whether w is a place ("Iran", "US") or an
// adjective of origin ("Saudi", "Israeli").
func placeOrOrigin(w string) bool {
	return places[w] || isOriginAdjective(w) || isAcronymPlace(w) || origins[w]
}

// origins are adjectives of origin that isOriginAdjective's endings miss.
var origins = set(`Saudi Iraqi Israeli Qatari Emirati Omani Pakistani Afghan Azerbaijani Yemeni Kuwaiti Bahraini Greek Swiss Dutch French Thai Arab
Kazakh Uzbek Tajik Turkmen Kyrgyz Azeri Baluch Kurd Pashtun Czech Slovak Serb Croat Welsh Irish Scottish Iraqi Bangladeshi Nepali Somali Sudanese Emirati
Black Indigenous Takfiri Salafi Wahhabi Shiite Sunni German Libyan Cuban Kenyan Venezuelan
Nicaraguan Argentine Filipino Lankan`)

// compoundHeads are the participles of isCompoundAdjective, and the
// nouns it takes as adjectives ("Hebrew-language sources").
var compoundHeads = set(`based backed led funded owned run born made affiliated aligned
linked allied sponsored supported controlled brokered mediated imposed installed oriented
language speaking`)

// isOriginAdjective reports whether w looks like an adjective of origin
// or creed: Latvian, Libertarian, Japanese, Kurdish, Zionist.
func isOriginAdjective(w string) bool {
	if origins[w] {
		return true
	}
	if isAllCaps(w) || len(w) < 5 {
		return false
	}
	if l := strings.ToLower(w); roleNouns[l] || personNouns[l] {
		return false // "physician", "journalist": what someone is, not where from
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "can", "ist"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return demonymOfPlace(w)
}

// personNouns are nouns for people that end like adjectives of origin
// ("-ian", "-ist") and are none, beside the role nouns ("physician",
// "journalist").
var personNouns = set(`politician technician musician historian guardian comedian
civilian librarian mathematician clinician academician statistician
veterinarian tactician custodian magician pediatrician specialist artist
novelist dentist pianist therapist psychiatrist tourist`)

func allPlaces(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		w, _ := t.base()
		if !places[w] && t.s != "the" {
			return false
		}
	}
	return true
}

// geoNouns head place names built with "of": Strait of Hormuz.
var geoNouns = set(`Strait Gulf Sea Bay Lake Republic Kingdom Isle Islands Island Cape
Port Mount Sultanate Emirate State Province City Sea`)

// baseOf returns t without a possessive ending.
func baseOf(t token) string {
	w, _ := t.base()
	return w
}
