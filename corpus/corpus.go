// Package corpus holds quotebot's documents: loading, cleaning,
// splitting into stories, paragraphs and passages, the quotation marks
// of a paragraph, and the dates a text states, from which a missing
// publication date is inferred. Who said what is package attribution's.
//
// The types that cross package boundaries (Document, Quote, Citation,
// Passage, Speaker, Query, Answer) live here. The package imports neither
// the search index nor the Discord library, nor any other package of
// quotebot.
package corpus

import (
	"fmt"
	"strings"
	"time"
)

// Document is one article of the corpus.
type Document struct {
	// ID identifies the document: the front matter's id, else the file's
	// slash path without its extension (plus ":N" for line N of a .jsonl).
	ID string
	// Path is the slash-separated path of the file the document came
	// from, relative to the corpus root. Empty for documents from a feed.
	Path string
	// Source is the publisher ("Tehran Times"). Empty when unknown.
	Source string
	// Title is the headline. Empty when unknown.
	Title string
	// URL links to the article. Empty when unknown.
	URL string
	// Language is the BCP 47 tag from the metadata ("en"). Empty when unknown.
	Language string
	// Published is the publication date. The zero time means unknown.
	Published time.Time
	// PublishedProvenance says where Published came from: DatePublished
	// (metadata), DateInferred (from dates the text states) or DateUnknown.
	PublishedProvenance DateProvenance
	// Text is the body as read (after any front matter).
	Text string
	// TextOffset is the byte offset of Text within the file as read, so
	// that file[TextOffset+start : TextOffset+end] is Text[start:end]. It
	// is -1 where the text is not a byte range of the file (.jsonl).
	TextOffset int
}

// DateProvenance says how a date was found.
type DateProvenance string

// The provenances of a date, from most to least direct.
const (
	// DateStated: the text states the date ("on January 28").
	DateStated DateProvenance = "stated"
	// DateRelative: a weekday or relative phrase ("on Tuesday", "last
	// week") resolved against the publication date.
	DateRelative DateProvenance = "relative"
	// DatePublished: the publication date from the document's metadata.
	DatePublished DateProvenance = "published"
	// DateInferred: a publication date inferred from dates in the text.
	DateInferred DateProvenance = "inferred"
	// DateForward: the publication date, because the statement's own
	// day points ahead or its direction is unclear ("will meet on
	// Monday", "filed for Sunday's Meet the Press", "tomorrow").
	DateForward DateProvenance = "forward"
	// DateUnknown: no date could be found.
	DateUnknown DateProvenance = "unknown"
)

// Precision is how much of a Date is known.
type Precision int

// The precisions of a Date.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	// PrecisionWeek: Time is the Monday of the week ("last week").
	PrecisionWeek
	PrecisionDay
)

// Date is a calendar date that may be known only to the month or year.
// The zero Date is unknown.
type Date struct {
	// Time is midnight UTC of the first day of the period.
	Time      time.Time
	Precision Precision
}

// DayDate returns the Date of t's calendar day.
func DayDate(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	return Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone || d.Time.IsZero() }

// String formats d as "2006-01-02", "2006-W05", "2006-01" or "2006", or "" when unknown.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Precision == PrecisionYear:
		return d.Time.Format("2006")
	case d.Precision == PrecisionMonth:
		return d.Time.Format("2006-01")
	case d.Precision == PrecisionWeek:
		y, w := d.Time.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	default:
		return d.Time.Format("2006-01-02")
	}
}

// End returns the first instant after the period d covers.
func (d Date) End() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return d.Time.AddDate(1, 0, 0)
	case PrecisionMonth:
		return d.Time.AddDate(0, 1, 0)
	case PrecisionWeek:
		return d.Time.AddDate(0, 0, 7)
	default:
		return d.Time.AddDate(0, 0, 1)
	}
}

// Kind is the kind of a statement.
type Kind string

// The kinds of statement.
const (
	// KindDirect is a whole sentence or more in quotation marks.
	KindDirect Kind = "direct"
	// KindPartial is a quoted fragment inside a sentence of reported speech.
	KindPartial Kind = "partial"
	// KindReported is reported speech without quotation marks ("X said that ...").
	KindReported Kind = "reported"
)

// SpeakerType tells a person from an organisation or outlet.
type SpeakerType string

// The types of speaker.
const (
	SpeakerPerson       SpeakerType = "person"
	SpeakerOrganization SpeakerType = "organization"
)

// Citation is one place where a quote appears.
type Citation struct {
	DocID  string `json:"doc"`
	Source string `json:"source,omitempty"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	// Published is the document's publication date; zero when unknown.
	Published time.Time `json:"published,omitzero"`
	// Start and End are byte offsets of the quote's text in the
	// document's Text: Text[Start:End] is the quote.
	Start int `json:"start"`
	End   int `json:"end"`
	// Parts holds the byte offsets of the pieces of a quote that its
	// attribution splits (“A,” he said, “B.”): Start and End then bound
	// them all, reporter's words included. Nil for a quote in one piece.
	Parts [][2]int `json:"parts,omitempty"`
	// Context is the paragraph that holds the quote.
	Context string `json:"context,omitempty"`
}

// Pieces returns the byte offsets of the quote's pieces in the
// document's Text: Parts, or the one piece [Start, End).
func (c Citation) Pieces() [][2]int {
	if c.Parts != nil {
		return c.Parts
	}
	return [][2]int{{c.Start, c.End}}
}

// surroundingsReach is how far, in bytes, a quote's surroundings reach
// before its first piece and after its last: far enough for the
// sentence that attributes it ("Asked about the talks, Araghchi told
// reporters in Muscat:").
const surroundingsReach = 160

// Surroundings returns the reporter's words around a quote in its
// paragraph: the words of Context within surroundingsReach bytes of the
// quote, cut at spaces, with the quote's pieces (quote, the Quote's
// Text) taken out. They are what a quote is found by besides its own
// words: the attribution, and the subject it was asked about. When
// Context does not hold the pieces word for word, it is returned whole.
func (c Citation) Surroundings(quote string) string {
	context := c.Context
	pieces := strings.Split(quote, PartSeparator)
	at := make([]int, 0, len(pieces))
	last := 0
	for _, p := range pieces {
		i := -1
		if p != "" {
			i = strings.Index(context[last:], p)
		}
		if i < 0 {
			return strings.TrimSpace(context)
		}
		at = append(at, last+i)
		last += i + len(p)
	}
	first := at[0]
	start, end := max(0, first-surroundingsReach), min(len(context), last+surroundingsReach)
	if start > 0 {
		if k := strings.IndexByte(context[start:first], ' '); k >= 0 {
			start += k + 1
		} else {
			start = first
		}
	}
	if end < len(context) {
		if k := strings.LastIndexByte(context[last:end], ' '); k >= 0 {
			end = last + k
		} else {
			end = last
		}
	}
	var b strings.Builder
	b.Grow(end - start)
	prev := start
	for k, i := range at {
		b.WriteString(context[prev:i])
		b.WriteByte(' ')
		prev = i + len(pieces[k])
	}
	b.WriteString(context[prev:end])
	return strings.TrimSpace(b.String())
}

// Quoted returns the quote's words as they stand in text, the cited
// document's Text: its pieces joined by PartSeparator. It is the
// Quote's Text.
func (c Citation) Quoted(text string) string {
	if c.Parts == nil {
		return text[c.Start:c.End]
	}
	pieces := make([]string, len(c.Parts))
	for i, pt := range c.Parts {
		pieces[i] = text[pt[0]:pt[1]]
	}
	return strings.Join(pieces, PartSeparator)
}

// Quote is one statement with its speaker, date and citations.
type Quote struct {
	// ID is derived from the speaker and the normalised text, so the same
	// statement found twice has the same ID.
	ID   string
	Text string
	Kind Kind
	// Speaker is the fullest name the document gives ("Abbas Araghchi").
	// Empty when no speaker was found.
	Speaker string
	// SpeakerID is the canonical speaker's id ("abbas-araghchi"); it
	// merges name variants and transliterations. Empty when unattributed.
	SpeakerID   string
	SpeakerType SpeakerType
	// Role is the speaker's role as the text gives it at the time of the
	// quote ("Foreign Minister"). Empty when the text gives none.
	Role string
	// Cue is the reporting verb or phrase ("said", "according to", ":").
	Cue            string
	Date           Date
	DateProvenance DateProvenance
	// Citations lists every place the quote appears; the first is where
	// it was first found.
	Citations []Citation
}

// Passage is a paragraph of a document, indexed for topic questions.
type Passage struct {
	ID       string
	Text     string
	Citation Citation
}

// Speaker is a canonical speaker in the corpus's directory.
type Speaker struct {
	ID      string      `json:"id"`
	Name    string      `json:"name"`
	Type    SpeakerType `json:"type"`
	Aliases []string    `json:"aliases,omitempty"`
	Roles   []string    `json:"roles,omitempty"`
	Quotes  int         `json:"quotes"`
	// Last is the date of the speaker's newest quote; zero when unknown.
	Last time.Time `json:"last,omitzero"`
}

// Intent is the shape of a question.
type Intent string

// The shapes of question.
const (
	// IntentWhat: "what did X say (about Y)", "X on Y", "quotes about Y".
	IntentWhat Intent = "what"
	// IntentWhen: "when did X last speak about Y": newest first.
	IntentWhen Intent = "when"
	// IntentHas: "has X said anything about Y": yes or no, with evidence.
	IntentHas Intent = "has"
	// IntentWho: "who said '...'": the phrase, its speakers, the first time.
	IntentWho Intent = "who"
	// IntentNew: "what is new on Turkey and the EU": recent quotes, then passages.
	IntentNew Intent = "new"
)

// Query is a parsed question. The zero Query matches everything.
type Query struct {
	// Question is the text the query was parsed from, if any.
	Question string `json:"question"`
	Intent   Intent `json:"intent,omitempty"`
	// Speaker is the name as asked ("Araqchi"); resolved by the searcher.
	Speaker string `json:"speaker,omitempty"`
	// Topic holds the topic words ("negotiations").
	Topic string `json:"topic,omitempty"`
	// Phrase is an exact phrase to find ("hostage diplomacy").
	Phrase string `json:"phrase,omitempty"`
	// From and To bound the quote dates, [From, To). Zero means open.
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to,omitzero"`
	// Limit caps the quotes returned; zero means a default.
	Limit int `json:"-"`
	// Offset skips that many ranked quotes (for paging).
	Offset int `json:"-"`
	// Beats narrows the answer to quotes and passages in one of these
	// beats (beat ids, such as "iran-us"). Empty means no narrowing.
	Beats []string `json:"beats,omitempty"`
}

// Answer is the cited reply to a Query. Every word in it comes from the
// corpus.
type Answer struct {
	Query Query
	// Speakers are the canonical speakers the asked name resolved to.
	Speakers []Speaker
	// Suggestions are the nearest speakers when the asked name matched none.
	Suggestions []Speaker
	// Total is how many quotes matched; Quotes holds one page of them.
	Total  int
	Quotes []Quote
	// Passages are the best paragraphs when the question names no speaker
	// or the quotes are thin.
	Passages []Passage
	// Notes are short plain sentences about the answer ("No speaker named
	// 'Xyz'. Did you mean ...?").
	Notes []string
}
