// Command genlexicon writes the list of common lower-case words that
// attribution uses to tell a capitalised common word at the start of a
// sentence ("Recent negotiations", "Accusing the ministry of …") from a
// name.
//
// A word is common when the corpora write it in lower case at least 10
// times and at least 4 times as often as they write it capitalised in
// the middle of a sentence ("Recent" is common; "Bush", "Congress" and
// "Brown" are not). Articles of the project's own attribution gold are
// left out, so that the list owes nothing to the articles it is
// measured on.
//
// Usage (from the attribution folder, with ../shared beside the project):
//
//	go run ./internal/genlexicon -gold ../internal/eval/testdata/tehrantimes \
//	    -out common_words.txt ../../shared/corpora/tehran-times/articles ../../shared/corpora/polnear-2016/articles
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

func main() {
	gold := flag.String("gold", "", "folder whose subfolders hold the gold articles (<id>.txt) to leave out")
	out := flag.String("out", "common_words.txt", "file to write")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: genlexicon [-gold DIR] [-out FILE] ARTICLES_DIR...")
	}
	skip, err := goldIDs(*gold)
	if err != nil {
		log.Fatal(err)
	}
	lower := map[string]int{}
	midCap := map[string]int{}
	for _, dir := range flag.Args() {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
				return err
			}
			if skip[strings.TrimSuffix(d.Name(), ".md")] {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			text := string(b)
			if _, body, ok := strings.Cut(text, "\n---\n"); ok {
				text = body
			}
			count(text, lower, midCap)
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	var words []string
	for w, n := range lower {
		if n >= 10 && n >= 4*midCap[w] && !strings.ContainsAny(w, "'’") {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for _, word := range words {
		fmt.Fprintln(w, word)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d words written to %s", len(words), *out)
}

// goldIDs lists the article ids under dir's subfolders.
func goldIDs(dir string) (map[string]bool, error) {
	ids := map[string]bool{}
	if dir == "" {
		return ids, nil
	}
	matches, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(matches) == 0 {
		return nil, fmt.Errorf("no gold articles under %s", dir)
	}
	for _, m := range matches {
		ids[strings.TrimSuffix(filepath.Base(m), ".txt")] = true
	}
	return ids, nil
}

// count adds the words of text to lower (written in lower case) and
// midCap (capitalised after a word or a comma, so not at a sentence's
// start), by their lower-case form.
func count(text string, lower, midCap map[string]int) {
	prevWord := false // the token before was a word or a comma
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		if !unicode.IsLetter(r) {
			switch {
			case r == ',':
				prevWord = true
			case unicode.IsSpace(r) && r != '\n':
				// spaces keep what came before
			default:
				prevWord = false
			}
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '-' || rs[j] == '\'' || rs[j] == '’') {
			j++
		}
		w := string(rs[i:j])
		lw := strings.ToLower(w)
		switch {
		case w == lw:
			lower[w]++
		case unicode.IsUpper(r) && w != strings.ToUpper(w) && prevWord:
			midCap[lw]++
		}
		prevWord = true
		i = j
	}
}
