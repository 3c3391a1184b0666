package corpus

import (
	"unicode"
	"unicode/utf8"
)

// QuoteSpan is a run of text between double quotation marks in a
// paragraph. Offsets are relative to the paragraph's text.
type QuoteSpan struct {
	Open  int // offset of the opening mark
	Start int // first byte of the quoted text
	End   int // one past the last byte of the quoted text
	Close int // one past the closing mark; == End when unclosed
	// Unclosed marks a quote that runs on past the paragraph's end.
	Unclosed bool
	// Weak marks a one-word quote ("an “awful” job"): a statement only
	// when a cue or the sentence's subject attributes it.
	Weak bool
}

// IsDoubleMark reports whether r is a double quotation mark, straight,
// curly or angled.
func IsDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟', '″':
		return true
	}
	return false
}

// QuoteSpans finds the quoted runs of a paragraph. Straight and curly
// marks pair by context, since real text mixes them (“…" and "…”).
func QuoteSpans(s string) []QuoteSpan {
	type mark struct {
		pos, size     int
		canOpen       bool
		canClose      bool
		opener, close bool // typographic direction, when the mark has one
	}
	var marks []mark
	for i, r := range s {
		if !IsDoubleMark(r) {
			continue
		}
		n := utf8.RuneLen(r)
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+n:])
		atStart := i == 0
		atEnd := i+n >= len(s)
		prevSpace := atStart || unicode.IsSpace(prev) || isOpenPunct(prev)
		nextSpace := atEnd || unicode.IsSpace(next)
		m := mark{pos: i, size: n}
		m.canOpen = prevSpace && !nextSpace
		m.canClose = !prevSpace && (nextSpace || isClosePunct(next))
		if (prev == '\'' || prev == '’') && i > 0 && (nextSpace || isClosePunct(next)) {
			// A quote inside a quote closing with both: “… vote,'" said.
			m.canClose, m.canOpen = true, false
		}
		if r == '"' && prev == ' ' && nextSpace && i >= 2 {
			// The same set apart by a space: "… its brain,' " said.
			if before, _ := utf8.DecodeLastRuneInString(s[:i-1]); before == '\'' || before == '’' {
				m.canClose, m.canOpen = true, false
			}
		}
		switch r {
		case '“', '„', '«':
			m.opener = true
			if !m.canClose {
				m.canOpen = !nextSpace || m.canOpen
			}
		case '”', '»':
			m.close = true
			if !m.canOpen {
				m.canClose = !prevSpace || m.canClose
			}
		}
		marks = append(marks, m)
	}
	var out []QuoteSpan
	inQuote := false
	var cur QuoteSpan
	for _, m := range marks {
		if !inQuote {
			if m.canOpen || (m.opener && !m.canClose) {
				inQuote = true
				cur = QuoteSpan{Open: m.pos, Start: m.pos + m.size}
			}
			continue
		}
		if m.canClose || (m.close && !m.canOpen) {
			cur.End = m.pos
			cur.Close = m.pos + m.size
			if cur.End > cur.Start {
				out = append(out, cur)
			}
			inQuote = false
			continue
		}
		if m.canOpen && m.opener {
			// An opening mark inside a quote: the earlier one was never
			// closed. Start again from here.
			cur = QuoteSpan{Open: m.pos, Start: m.pos + m.size}
		}
	}
	if inQuote {
		cur.End = len(s)
		cur.Close = len(s)
		cur.Unclosed = true
		if cur.End > cur.Start {
			out = append(out, cur)
		}
	}
	return out
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '‘', '\'':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '\'', '’', '…':
		return true
	}
	return false
}
