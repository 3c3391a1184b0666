package attribution

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

// foldRunes maps letters with diacritics to their base letter.
var foldRunes = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ĉ': "c", 'ċ': "c",
	'ď': "d", 'đ': "d", 'ḍ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ĝ': "g", 'ġ': "g", 'ģ': "g",
	'ĥ': "h", 'ḥ': "h", 'ħ': "h",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'į': "i", 'İ': "i",
	'ĵ': "j", 'ķ': "k", 'ĺ': "l", 'ļ': "l", 'ľ': "l", 'ł': "l",
	'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ŕ': "r", 'ř': "r", 'ś': "s", 'ş': "s", 'š': "s", 'ș': "s", 'ṣ': "s", 'ß': "ss",
	'ţ': "t", 'ť': "t", 'ț': "t", 'ṭ': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'ẓ': "z",
	'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d",
}

// Fold lowers s and strips its diacritics ("Çavuşoğlu" -> "cavusoglu").
func Fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldRunes[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// transliterations merge the spellings that English news uses for the
// same Persian, Arabic and Turkish sounds.
var transliterations = strings.NewReplacer(
	"gh", "q", "kh", "k", "ou", "u", "oo", "u", "w", "v",
	"ee", "i", "ei", "i", "ey", "i", "dh", "z", "th", "t",
	"ph", "f", "ck", "k", "x", "ks",
)

// nameVariants are whole first names whose spellings differ in a vowel
// that the letter rules above keep apart: one Arabic name each.
var nameVariants = map[string]string{
	"mohammed": "mohammad", "muhammad": "mohammad", "mohamed": "mohammad",
	"muhammed": "mohammad", "mohamad": "mohammad", "ahmed": "ahmad",
}

// glides merge a y between vowels that some spellings double ("Seyyed").
var glides = strings.NewReplacer("iy", "i", "yi", "i")

// apostrophes drops the apostrophes inside a word ("O'Brien").
var apostrophes = strings.NewReplacer("'", "", "’", "")

// NameKey folds a name for matching: lower case, no diacritics, no
// spaces, hyphens or apostrophes, and the common transliteration
// variants merged, so that "Araqchi" and "Araghchi", or "Hamid-Reza Haji
// Babaee" and "Hamidreza Hajibabaei", agree.
func NameKey(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(Fold(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }) {
		w = apostrophes.Replace(w)
		if v, ok := nameVariants[w]; ok {
			w = v
		}
		b.WriteString(collapse(glides.Replace(collapse(transliterations.Replace(w)))))
	}
	return b.String()
}

// collapse folds doubled letters ("Seyyed" and "Seyed").
func collapse(s string) string {
	var out strings.Builder
	var prev rune
	for _, r := range s {
		if r == prev {
			continue
		}
		out.WriteRune(r)
		prev = r
	}
	return out.String()
}

// nameWords splits a name into its words at spaces and hyphens.
func nameWords(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
}

// nameTokens returns the keys of a name's words.
func nameTokens(name string) []string {
	var out []string
	for _, f := range nameWords(name) {
		if k := NameKey(f); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// SpeakerID returns a readable id for a name: its folded words joined by
// hyphens ("Abbas Araghchi" -> "abbas-araghchi").
func SpeakerID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' {
			continue
		}
		dash = true
	}
	return b.String()
}

// Directory is the corpus-wide set of canonical speakers. It merges the
// forms of one name ("Araghchi", "Abbas Araghchi", "Araqchi") into one
// speaker and keeps two people who share a surname apart. It is safe for
// concurrent use.
type Directory struct {
	mu       sync.RWMutex
	speakers map[string]*dirEntry
	byKey    map[string]string   // NameKey of an alias -> id
	byLast   map[string][]string // NameKey of a last name -> person ids
	byCore   map[string][]string // NameKey of a body's bare name -> ids of the qualified bodies
	byAcr    map[string]string   // the initials of a body's name, as written -> id
}

type dirEntry struct {
	ID      string             `json:"id"`
	Name    string             `json:"name"`
	Type    corpus.SpeakerType `json:"type"`
	Aliases map[string]int     `json:"aliases"`
	Roles   map[string]int     `json:"roles,omitempty"`
	Quotes  int                `json:"quotes"`
	Last    time.Time          `json:"last,omitzero"`
}

// NewDirectory returns an empty directory.
func NewDirectory() *Directory {
	return &Directory{
		speakers: make(map[string]*dirEntry),
		byKey:    make(map[string]string),
		byLast:   make(map[string][]string),
		byCore:   make(map[string][]string),
		byAcr:    make(map[string]string),
	}
}

// Canonicalize gives each attributed quote its canonical speaker: it
// sets SpeakerID and Speaker to the directory's, re-derives the quote's
// ID, and counts the quote for its speaker. Quotes without a speaker id
// (anonymous sources) are left as they are.
func (d *Directory) Canonicalize(qs []corpus.Quote) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := range qs {
		q := &qs[i]
		if q.SpeakerID == "" || q.Speaker == "" {
			continue
		}
		e := d.find(q.Speaker, q.SpeakerType)
		if e == nil {
			e = d.create(q.Speaker, q.SpeakerType)
		}
		d.alias(e, q.Speaker)
		if q.Role != "" {
			e.Roles[keep(q.Role)]++
		}
		e.Quotes += len(q.Citations)
		if t := q.Date.Time; !q.Date.IsZero() && t.After(e.Last) {
			e.Last = t
		}
		q.SpeakerID = e.ID
		q.Speaker = e.Name
		q.SpeakerType = e.Type
		q.ID = corpus.QuoteID(e.ID, q.Text)
	}
}

// find returns the entry a name belongs to, or nil.
func (d *Directory) find(name string, typ corpus.SpeakerType) *dirEntry {
	k := dirKey(name)
	if typ == corpus.SpeakerOrganization {
		if e := d.findBody(name); e != nil {
			return e
		}
	}
	if typ == corpus.SpeakerOrganization && isAcronymName(name) {
		// "IRGC" after "Islamic Revolution Guards Corps": the body
		// whose name it spells. Initials are matched as written, so
		// that "CNN" is not the "CN" of "CBS News".
		if id, ok := d.byAcr[name]; ok {
			return d.speakers[id]
		}
	}
	if id, ok := d.byKey[k]; ok {
		return d.speakers[id]
	}
	if typ == corpus.SpeakerOrganization {
		if a := acronymOf(name); a != "" {
			// "Islamic Revolution Guards Corps" after "IRGC": the body
			// first quoted by its acronym.
			if id, ok := d.byKey[dirKey(a)]; ok {
				if e := d.speakers[id]; e != nil && e.Type == corpus.SpeakerOrganization && e.Name == a {
					return e
				}
			}
			// "Islamic Revolution Guards Corps" after "Islamic
			// Revolutionary Guard Corps": the same body's name spelt
			// another way, which its initials lead to.
			if id, ok := d.byAcr[a]; ok {
				if e := d.speakers[id]; e != nil && sameNameSpelt(e.Name, name) {
					return e
				}
			}
		}
		return nil
	}
	toks := personTokens(name)
	if len(toks) == 0 {
		return nil
	}
	cands := d.byLast[lastKey(name)]
	if k := fatherKey(name); k != "" && k != lastKey(name) {
		cands = append(slices.Clone(cands), d.byLast[k]...)
	}
	if len(toks) == 1 {
		// A surname alone: the one person of that name, or the one
		// quoted so much more than the others of that name that a
		// reader takes the surname for them ("Raisi" beside a stray
		// "Ummah Raisi" run in from a heading).
		var persons []*dirEntry
		rest := 0
		for _, id := range cands {
			if e := d.speakers[id]; e != nil && e.Type == corpus.SpeakerPerson && !fatherNameLast(e.Name) {
				persons = append(persons, e)
				rest += e.Quotes
			}
		}
		if len(persons) == 1 {
			return persons[0]
		}
		var top *dirEntry
		for _, e := range persons {
			if top == nil || e.Quotes > top.Quotes {
				top = e
			}
		}
		if top != nil && top.Quotes >= 20 && top.Quotes*20 >= rest*19 {
			return top
		}
		return nil
	}
	// "Javad Zarif" and "Mohammad Javad Zarif": every word of the shorter
	// name is a word of the longer, with the same last name.
	// An entry known only by the surname takes the full name when no
	// entry with a full name does; an entry with full names takes only
	// names that fit one of them ("Payam Baqeri" is not the "Ali
	// Baqeri" of an entry that also heard "Baqeri").
	var match, bare *dirEntry
	namesakes := false // another person of that surname, with a full name
	for _, id := range cands {
		e := d.speakers[id]
		if e == nil || e.Type != corpus.SpeakerPerson {
			continue
		}
		full, fits := false, false
		for a, n := range e.Aliases {
			// A stray "Mousavi Mousavi" (a heading run into its text)
			// is the surname alone, which fits every first name; a
			// name that is its surname twice and common ("Abdullah
			// Abdullah") is a name.
			at := personTokens(a)
			if c := slices.Compact(slices.Clone(at)); len(c) == 1 && n < 3 {
				at = c
			}
			if len(at) == 1 || surnameOnly(at) {
				continue
			}
			full = true
			if subsetOf(toks, at) || subsetOf(at, toks) {
				fits = true
				break
			}
		}
		if fits && otherMiddleName(e, toks) {
			// "Mohammad Reza Baqeri" fits "Mohammad Baqeri", but the
			// entry is Mohammad Hossein Baqeri: a namesake.
			fits = false
		}
		switch {
		case fits:
			if match != nil && match != e {
				// Ambiguous: keep apart, unless one of the two is the
				// name from the father's on ("Farhan Al Saud" beside
				// "Faisal bin Farhan", for "Faisal bin Farhan Al
				// Saud"): both are the one person, and the entry with
				// the first name takes the name.
				switch {
				case fromFatherName(match, toks):
					match = e
				case fromFatherName(e, toks):
				default:
					return nil
				}
				continue
			}
			match = e
		case !full:
			bare = e
		default:
			namesakes = true
		}
	}
	if match != nil {
		return match
	}
	if namesakes {
		// The surname alone was ambiguous: it is not this person's.
		return nil
	}
	return bare
}

// fromFatherName reports whether every full name e is known by begins
// with the father's name after "bin" or "ibn" in toks, a person's name
// as personTokens gives it: "Farhan Al Saud" for "Faisal bin Farhan Al
// Saud".
func fromFatherName(e *dirEntry, toks []string) bool {
	father := ""
	for i := 1; i+1 < len(toks); i++ {
		if patronymics[toks[i]] {
			father = toks[i+1]
			break
		}
	}
	if father == "" {
		return false
	}
	n := 0
	for a := range e.Aliases {
		at := personTokens(a)
		if len(at) < 2 {
			continue
		}
		if at[0] != father {
			return false
		}
		n++
	}
	return n > 0
}

// dirKey is the key the directory files a name under: its name key, or,
// for one short word, the word as spelt, because the key of a short word
// merges names that are not one ("Kan", an Israeli channel, and "Khan").
func dirKey(name string) string {
	if isShortWord(name) {
		return "=" + Fold(name)
	}
	return NameKey(name)
}

// lastKey is the key the directory files a person under by last name:
// the key of the name's last word that has one, as dirKey gives it.
func lastKey(name string) string {
	fs := nameWords(name)
	for i := len(fs) - 1; i >= 0; i-- {
		if NameKey(fs[i]) != "" {
			return dirKey(fs[i])
		}
	}
	return ""
}

// isShortWord reports whether s is one word of fewer than five letters.
func isShortWord(s string) bool {
	return s != "" && !strings.ContainsAny(s, " -") && utf8.RuneCountInString(s) < 5
}

// otherMiddleName reports whether e is known, three times or more, by a
// name of as many words as toks with the same first and last words and
// a middle word that cannot be toks' (sameMiddle): "Mohammad Hossein
// Baqeri" for "Mohammad Reza Baqeri".
func otherMiddleName(e *dirEntry, toks []string) bool {
	if len(toks) < 3 {
		return false
	}
	for a, n := range e.Aliases {
		at := personTokens(a)
		if n < 3 || len(at) != len(toks) || at[0] != toks[0] || at[len(at)-1] != toks[len(toks)-1] {
			continue
		}
		for i := 1; i < len(at)-1; i++ {
			if !sameMiddle(at[i], toks[i]) {
				return true
			}
		}
	}
	return false
}

// fatherNameLast reports whether a name ends with a father's name after
// "bin" or "ibn" ("Mohammed bin Salman"): its last word is no surname,
// so that "Salman" alone (King Salman) is not the son.
func fatherNameLast(name string) bool {
	ws := nameTokens(name)
	return len(ws) >= 3 && patronymics[ws[len(ws)-2]]
}

// surnameOnly reports whether a name's words (as name keys) are a family
// name with its particles and nothing else ("Al Thani", "bin Laden"),
// which fits every first name as a surname alone does.
func surnameOnly(toks []string) bool {
	n := 0
	for _, t := range toks {
		if !particleKeys[t] {
			n++
		}
	}
	return n <= 1
}

// particleKeys are the name keys of the particles inside names.
var particleKeys = func() map[string]bool {
	m := make(map[string]bool)
	for w := range nameParticles {
		if k := NameKey(w); k != "" {
			m[k] = true
		}
	}
	return m
}()

// sameMiddle reports whether two middle names (as name keys) may be
// one: equal, one letter apart, or an initial and a name it begins
// ("J." and "Joseph").
func sameMiddle(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || oneEdit([]rune(a), []rune(b)) || len(a) == 1 && strings.HasPrefix(b, a)
}

// sameNameSpelt reports whether two names of a body differ only in how
// their words are spelt: as many words, each the same, one letter apart,
// or one the other with an ending ("Revolution" and "Revolutionary").
func sameNameSpelt(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) || len(aw) < 2 {
		return false
	}
	for i := range aw {
		x, y := NameKey(aw[i]), NameKey(bw[i])
		if x == y {
			continue
		}
		if isAcronymName(aw[i]) || isAcronymName(bw[i]) {
			return false // "CBS News" is not "CBC News"
		}
		if len(x) > len(y) {
			x, y = y, x
		}
		if !oneEdit([]rune(x), []rune(y)) && !(len(x) >= 5 && strings.HasPrefix(y, x)) {
			return false
		}
	}
	return true
}

// findBody returns the body a bare name stands for ("Foreign
// Ministry"): the body of that name qualified by a place or an origin
// ("Iranian Foreign Ministry") that the corpus quotes at least three
// times as often as any other so qualified. In news from one country the unqualified ministry
// is that country's; where no qualified body dominates, the bare name
// stays a speaker of its own. A qualified name is never merged into
// another qualifier's body ("Russian Foreign Ministry" stays apart).
func (d *Directory) findBody(name string) *dirEntry {
	if q, core, ok := strings.Cut(name, " "); ok && isQualifier(q) {
		// "Iran's Foreign Ministry" is the "Iranian Foreign Ministry".
		stem := qualifierStem(q)
		for _, id := range d.byCore[NameKey(core)] {
			e := d.speakers[id]
			for a := range e.Aliases {
				if aq, rest, ok := strings.Cut(a, " "); ok && qualifierStem(aq) == stem && NameKey(rest) == NameKey(core) {
					return e
				}
			}
		}
		return nil
	}
	ids := d.byCore[NameKey(name)]
	var top *dirEntry
	for _, id := range ids {
		e := d.speakers[id]
		if e == nil {
			continue
		}
		if top == nil || e.Quotes > top.Quotes {
			top = e
		}
	}
	second := 0
	for _, id := range ids {
		if e := d.speakers[id]; e != nil && e != top && e.Quotes > second {
			second = e.Quotes
		}
	}
	if top != nil && top.Quotes >= 20 && top.Quotes >= 3*second {
		return top
	}
	return nil
}

// isQualifier reports whether w, the first word of a body's name, says
// whose it is: an adjective of origin or a place's possessive
// ("Iranian", "Iran's").
func isQualifier(w string) bool {
	b := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return isOriginAdjective(w) || origins[w] || b != w && (places[b] || isAcronymPlace(b))
}

// qualifierStem is what "Iranian" and "Iran's" share.
func qualifierStem(w string) string {
	w = strings.ToLower(w)
	return w[:min(4, len(w))]
}

// personTokens returns the keys of a person's name without the
// honorific Sayyid ("Sayyed Nasrallah" is the Nasrallah of "Hassan
// Nasrallah", not a namesake with another first name).
func personTokens(name string) []string {
	toks := nameTokens(name)
	if len(toks) < 2 {
		return toks
	}
	var out []string
	for _, f := range nameWords(name) {
		if sayyidFolded[Fold(f)] {
			continue
		}
		if k := NameKey(f); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// sayyidFolded are the spellings in sayyid, folded. They are matched as
// spelt, not by name key, whose merged vowels make "Saeed", a first
// name, the key of "Sayid", a title.
var sayyidFolded = func() map[string]bool {
	m := make(map[string]bool)
	for w := range sayyid {
		m[Fold(w)] = true
	}
	return m
}()

func subsetOf(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (d *Directory) create(name string, typ corpus.SpeakerType) *dirEntry {
	id := SpeakerID(name)
	if id == "" {
		id = "speaker"
	}
	base := id
	for n := 2; d.speakers[id] != nil; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	if typ == "" {
		typ = corpus.SpeakerPerson
	}
	e := &dirEntry{ID: id, Name: keep(name), Type: typ, Aliases: map[string]int{}, Roles: map[string]int{}}
	d.speakers[id] = e
	return e
}

// alias records a form of the entry's name and picks the canonical one:
// the most frequent of the longest forms.
func (d *Directory) alias(e *dirEntry, name string) {
	name = keep(name)
	e.Aliases[name]++
	d.byKey[dirKey(name)] = e.ID
	d.noteAcronym(e, name)
	if toks := nameTokens(name); len(toks) > 0 && e.Type == corpus.SpeakerPerson {
		d.fileByLast(e, name)
	}
	e.Name = canonicalName(e.Aliases)
	d.noteCore(e, name)
}

// fileByLast files a person's entry under the last name of one of its
// names, and under the father's name after "bin" or "ibn" too, which
// the name may end with or not ("Faisal bin Farhan", "Faisal bin Farhan
// Al Saud").
func (d *Directory) fileByLast(e *dirEntry, name string) {
	for _, k := range []string{lastKey(name), fatherKey(name)} {
		if k != "" && !containsString(d.byLast[k], e.ID) {
			d.byLast[k] = append(d.byLast[k], e.ID)
		}
	}
}

// fatherKey returns the directory key of the father's name after "bin"
// or "ibn" in a person's name, or "".
func fatherKey(name string) string {
	ws := nameWords(name)
	for i := 1; i+1 < len(ws); i++ {
		if patronymics[NameKey(ws[i])] {
			return dirKey(ws[i+1])
		}
	}
	return ""
}

// noteAcronym records a body's name of several words under its
// initials too ("Islamic Revolution Guards Corps" under IRGC), so that
// the body quoted by its acronym and by its name is one speaker.
func (d *Directory) noteAcronym(e *dirEntry, name string) {
	if e.Type != corpus.SpeakerOrganization {
		return
	}
	a := acronymOf(name)
	if a == "" {
		return
	}
	if _, taken := d.byAcr[a]; !taken {
		d.byAcr[a] = e.ID
	}
}

// acronymOf returns the initials of a body's name of two or more
// capitalised words, past the small words ("Atomic Energy Organization
// of Iran" is AEOI), or "" for a name that has none.
func acronymOf(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		switch w {
		case "of", "the", "and", "for", "&", "on", "in":
			continue
		}
		if missionWords[w] {
			// "Iranian Embassy in Ankara" is not the IEA: a mission
			// goes by no initials.
			return ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// isAcronymName reports whether name is written as an acronym: two to
// six capital letters ("IRGC", "IAEA").
func isAcronymName(name string) bool {
	if n := utf8.RuneCountInString(name); n < 2 || n > 6 {
		return false
	}
	for _, r := range name {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// noteCore records a body qualified by a place or an origin ("Iranian
// Foreign Ministry") under its bare name ("Foreign Ministry").
func (d *Directory) noteCore(e *dirEntry, name string) {
	if e.Type != corpus.SpeakerOrganization {
		return
	}
	q, core, ok := strings.Cut(name, " ")
	if !ok || !isQualifier(q) || !strings.Contains(core, " ") {
		return
	}
	k := NameKey(core)
	if !containsString(d.byCore[k], e.ID) {
		d.byCore[k] = append(d.byCore[k], e.ID)
	}
}

// keep returns a copy of s to count in a map. Names and roles are cut
// from a document's text, and the directory outlives it: a key that
// shared the text's memory would keep the whole document alive. Go
// replaces an equal key on every assignment, so even a name counted
// before needs the copy.
func keep(s string) string { return strings.Clone(s) }

// canonicalName picks the name a speaker is shown by: the most frequent
// form of two words or more ("Mohammad Javad Zarif", not a one-off "FM
// Mohamamd Javad Zarif" nor the bare "Zarif"), as long as that form is
// not a rarity (a stray "Despite Biden" beside a hundred "Biden"s); then
// the longer, then the first in order.
func canonicalName(aliases map[string]int) string {
	total := 0
	for _, n := range aliases {
		total += n
	}
	best, bestFull, bestN, bestWords := "", false, -1, 0
	for a, n := range aliases {
		// An honorific is not a name's word: "Sayyed Nasrallah" is a
		// surname alone.
		w := 0
		for _, x := range strings.Fields(a) {
			if !honorifics[x] && !sayyid[x] {
				w++
			}
		}
		full := w >= 2 && (n*20 >= total || n >= 20)
		better := false
		switch {
		case full != bestFull:
			better = full
		case n != bestN:
			better = n > bestN
		case w != bestWords:
			better = w > bestWords
		default:
			better = a < best
		}
		if better {
			best, bestFull, bestN, bestWords = a, full, n, w
		}
	}
	return dropHonorifics(withFirstNames(aliases, best, bestN, bestWords))
}

// dropHonorifics removes the honorifics that open a name ("Sayyed Hassan
// Nasrallah" is shown as "Hassan Nasrallah", "Ayatollah Ali Khamenei" as
// "Ali Khamenei") as long as two words of the name are left.
func dropHonorifics(name string) string {
	ws := strings.Fields(name)
	i := 0
	for i < len(ws) && (honorifics[ws[i]] || sayyid[ws[i]]) {
		i++
	}
	if i == 0 || len(ws)-i < 2 {
		return name
	}
	return strings.Join(ws[i:], " ")
}

// withFirstNames returns the most frequent alias that adds first names to
// best (used n times, in w words) and is common in its own right (a fifth
// of best's uses and at least two): a two-word surname ("Amir
// Abdollahian") is written far more often alone than with the first name
// ("Hossein Amir-Abdollahian"), which is still the person's usual full
// name. Otherwise it returns best.
func withFirstNames(aliases map[string]int, best string, n, w int) string {
	if w < 2 {
		return best
	}
	key := NameKey(best)
	words := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	}
	bw := len(words(best))
	out, outN := best, 0
	for a, m := range aliases {
		if m*5 < n || m < 2 || (m == outN && a > out) || m < outN {
			continue
		}
		aw := words(a)
		if len(aw) <= bw || !strings.HasSuffix(NameKey(a), key) {
			continue
		}
		// A first name, not only an honorific ("Seyed Ebrahim Raisi" is
		// still "Ebrahim Raisi").
		first := false
		for _, x := range aw[:len(aw)-bw] {
			first = first || !honorifics[x] && !sayyid[x]
		}
		if first {
			out, outN = a, m
		}
	}
	return out
}

// sayyid holds the spellings of the honorific that English news writes
// before the names of descendants of the Prophet.
var sayyid = set(`Seyed Seyyed Sayed Sayyed Sayyid Seyyid Sayid`)

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Speakers returns every speaker, most quoted first.
func (d *Directory) Speakers() []corpus.Speaker {
	d.mu.RLock()
	defer d.mu.RUnlock()
	out := make([]corpus.Speaker, 0, len(d.speakers))
	firsts := d.firstWords()
	for _, e := range d.speakers {
		out = append(out, e.speaker(firsts))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Lookup returns the speaker with the id, with all its aliases.
func (d *Directory) Lookup(id string) (corpus.Speaker, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	e, ok := d.speakers[id]
	if !ok {
		return corpus.Speaker{}, false
	}
	return e.speaker(nil), true
}

// Len returns the number of speakers.
func (d *Directory) Len() int {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return len(d.speakers)
}

// speaker returns the entry as a corpus.Speaker. With firsts (from
// firstWords) it leaves out the aliases a word ran into (runIn); with
// nil it keeps them all, for a caller that wants only the name.
func (e *dirEntry) speaker(firsts map[string]int) corpus.Speaker {
	s := corpus.Speaker{ID: e.ID, Name: e.Name, Type: e.Type, Quotes: e.Quotes, Last: e.Last}
	for _, a := range rankKeys(e.Aliases, 0) {
		if firsts == nil || !e.runIn(a, firsts) {
			s.Aliases = append(s.Aliases, a)
		}
	}
	s.Roles = rankKeys(e.Roles, 5)
	return s
}

// firstWords counts, for each word that opens a person's name of two
// words or more, the entries whose names it opens.
func (d *Directory) firstWords() map[string]int {
	m := make(map[string]int)
	for _, e := range d.speakers {
		if e.Type != corpus.SpeakerPerson {
			continue
		}
		seen := make(map[string]bool)
		for a := range e.Aliases {
			if w, _, ok := strings.Cut(a, " "); ok && !seen[w] {
				seen[w] = true
				m[w]++
			}
		}
	}
	return m
}

// runIn reports whether the alias a is another of e's names with a word
// run into it from the text before ("Quran Nasser Kanaani", "Petroleum
// Bijan Zanganeh"): a word that opens no other entry's name, before a
// name of two words or more that e is called more often. Such an alias
// is not shown; the quotes stay the entry's.
func (e *dirEntry) runIn(a string, firsts map[string]int) bool {
	if e.Type != corpus.SpeakerPerson {
		return false
	}
	w, rest, ok := strings.Cut(a, " ")
	if !ok || firsts[w] > 1 || !strings.Contains(rest, " ") {
		return false
	}
	n, known := e.Aliases[rest]
	return known && n > e.Aliases[a]
}

// rankKeys returns m's keys, most counted first, at most n (0: all).
func rankKeys(m map[string]int, n int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

// MarshalJSON writes the directory for storage.
func (d *Directory) MarshalJSON() ([]byte, error) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	list := make([]*dirEntry, 0, len(d.speakers))
	for _, e := range d.speakers {
		list = append(list, e)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
	return json.Marshal(list)
}

// UnmarshalJSON restores a directory written by MarshalJSON.
func (d *Directory) UnmarshalJSON(b []byte) error {
	var list []*dirEntry
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("decode speaker directory: %w", err)
	}
	nd := NewDirectory()
	for _, e := range list {
		if e.Aliases == nil {
			e.Aliases = map[string]int{}
		}
		if e.Roles == nil {
			e.Roles = map[string]int{}
		}
		nd.speakers[e.ID] = e
		for a := range e.Aliases {
			nd.byKey[dirKey(a)] = e.ID
			if toks := nameTokens(a); len(toks) > 0 && e.Type == corpus.SpeakerPerson {
				nd.fileByLast(e, a)
			}
		}
	}
	for _, e := range list {
		for a := range e.Aliases {
			nd.noteCore(e, a)
			nd.noteAcronym(e, a)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.speakers, d.byKey, d.byLast, d.byCore, d.byAcr = nd.speakers, nd.byKey, nd.byLast, nd.byCore, nd.byAcr
	return nil
}
