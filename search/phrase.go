package search

import (
	"slices"
	"strings"
	"unicode"
)

var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// phraseWords splits s into the words a phrase is matched by: runs of
// letters and digits (with the apostrophes inside them, curly ones made
// straight), lower-cased. Punctuation and spacing between words do not
// count.
func phraseWords(s string) []string {
	s = strings.ToLower(apostrophes.Replace(s))
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	out := f[:0]
	for _, w := range f {
		if w = strings.Trim(w, "'"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// containsPhrase reports whether text holds the words of phrase, in
// order and next to each other.
func containsPhrase(text, phrase string) bool {
	p := phraseWords(phrase)
	if len(p) == 0 {
		return false
	}
	t := phraseWords(text)
	for i := 0; i+len(p) <= len(t); i++ {
		if slices.Equal(t[i:i+len(p)], p) {
			return true
		}
	}
	return false
}
