package corpus

import (
	"crypto/sha256"
	"encoding/hex"
)

// Passages returns doc's paragraphs for indexing, without boilerplate
// and headings.
func Passages(doc Document) []Passage {
	var out []Passage
	for _, p := range Paragraphs(doc.Text) {
		if p.Boilerplate || p.Heading {
			continue
		}
		c := doc.Cite(p.Start, p.End, "")
		out = append(out, Passage{ID: contentID("p", doc.ID, p.Text), Text: p.Text, Citation: c})
	}
	return out
}

// Cite returns the citation of doc's bytes [start, end), with context
// the paragraph text around them.
func (doc Document) Cite(start, end int, context string) Citation {
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

// QuoteID returns the id of a statement of text by the speaker speakerID.
func QuoteID(speakerID, text string) string {
	// The exact text, not a folded form: two quotes that differ only in
	// their apostrophes must stay two, or a citation would not hold the
	// text it cites.
	return contentID("q", speakerID, text)
}

// PartSeparator joins the pieces of a quote that its attribution splits
// (“A,” he said, “B.”) in Quote.Text: the words are the speaker's, and
// the ellipsis marks where the reporter's words were left out.
const PartSeparator = " … "
