package main

import "testing"

func TestCount(t *testing.T) {
	lower, midCap := map[string]int{}, map[string]int{}
	count("Recent talks went well. The recent round, Recent said, and Bush\nRecent news.", lower, midCap)
	for _, tt := range []struct {
		word          string
		lower, midCap int
	}{
		{"recent", 1, 1}, // "recent" once; "Recent said" after a comma
		{"talks", 1, 0},
		{"bush", 0, 1},
		{"the", 0, 0}, // "The" opens a sentence
	} {
		if lower[tt.word] != tt.lower || midCap[tt.word] != tt.midCap {
			t.Errorf("%s: lower %d, midCap %d; want %d, %d", tt.word, lower[tt.word], midCap[tt.word], tt.lower, tt.midCap)
		}
	}
}
