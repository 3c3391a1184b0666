package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/corpus"
)

func (a *app) index(ctx context.Context, args []string) error {
	fs := a.flagSet("index")
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: quotebot index [--corpus DIR] [--index DIR]")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("index: unexpected argument %q", fs.Arg(0))
	}
	ix, st, err := a.openIndex(ctx, true)
	if err != nil {
		return err
	}
	defer ix.Close()
	total, err := ix.Stats(ctx)
	if err != nil {
		return err
	}
	w := a.stdout
	if st.Unchanged {
		fmt.Fprintf(w, "The corpus has not changed since the last index; nothing to do.\n")
	}
	fmt.Fprintf(w, "index:     %s\n", ix.Path())
	fmt.Fprintf(w, "documents: %d (%d new)\n", st.Documents, st.NewDocuments)
	fmt.Fprintf(w, "quotes:    %d (%d new)\n", total.Quotes, st.Quotes)
	fmt.Fprintf(w, "passages:  %d (%d new)\n", total.Passages, st.Passages)
	fmt.Fprintf(w, "speakers:  %d\n", total.Speakers)
	fmt.Fprintf(w, "size:      %.1f MB\n", float64(total.SizeBytes)/1e6)
	fmt.Fprintf(w, "skipped:   %d files\n", len(st.Skipped))
	for _, s := range st.Skipped {
		fmt.Fprintf(w, "  %s: %s\n", s.Path, s.Reason)
	}
	fmt.Fprintf(w, "time:      %s\n", st.Elapsed.Round(1e7))
	return nil
}

func (a *app) speakers(ctx context.Context, args []string) error {
	fs := a.flagSet("speakers")
	asJSON := fs.Bool("json", false, "print the directory as JSON")
	limit := fs.Int("limit", 0, "show at most `N` speakers (0: all)")
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: quotebot speakers [--json] [--limit N] [FILTER]")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if *limit < 0 {
		return usagef("--limit %d: want 0 or more", *limit)
	}
	ix, err := a.openIndexToRead(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	list, err := ix.Speakers(ctx, strings.Join(fs.Args(), " "), *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		if list == nil {
			list = []corpus.Speaker{}
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	if len(list) == 0 {
		fmt.Fprintln(a.stdout, "No speakers match.")
		return nil
	}
	for _, s := range list {
		fmt.Fprintf(a.stdout, "%5d  %s", s.Quotes, s.Name)
		if len(s.Roles) > 0 {
			fmt.Fprintf(a.stdout, " (%s)", s.Roles[0])
		}
		var other []string
		for _, al := range s.Aliases {
			if al != s.Name {
				other = append(other, al)
			}
		}
		if len(other) > 0 {
			fmt.Fprintf(a.stdout, "  aka %s", strings.Join(other, "; "))
		}
		fmt.Fprintln(a.stdout)
	}
	return nil
}
