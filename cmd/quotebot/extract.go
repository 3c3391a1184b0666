package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/quotebot/quotebot/attribution"
	"github.com/quotebot/quotebot/corpus"
)

// extractRecord is one line of `extract --json`. Start and End are byte
// offsets into the file as read, so the file's bytes [start:end] are the
// quote. For .jsonl files they are offsets into the article's text.
type extractRecord struct {
	Doc       string `json:"doc"`
	Quote     string `json:"quote"`
	Speaker   string `json:"speaker"`
	SpeakerID string `json:"speaker_id"`
	Role      string `json:"role"`
	Kind      string `json:"kind"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// Parts holds the pieces of a quote that its attribution splits
	// (“A,” he said, “B.”); Start and End then bound them all.
	Parts          [][2]int `json:"parts,omitempty"`
	Date           string   `json:"date"`
	DateProvenance string   `json:"date_provenance"`
	Cue            string   `json:"cue"`
}

func (a *app) extract(ctx context.Context, args []string) error {
	fset := a.flagSet("extract")
	asJSON := fset.Bool("json", false, "print one JSON object a line per quote")
	fset.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: quotebot extract [--json] FILE...")
		fset.PrintDefaults()
	}
	if err := parse(fset, args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		fset.Usage()
		return usagef("extract: name at least one file")
	}
	files, err := newFileSet(fset.Args())
	if err != nil {
		return err
	}
	dir := attribution.NewDirectory()
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	skipped, err := corpus.Load(ctx, files, corpus.LoadOptions{}, func(d corpus.Document) error {
		qs := attribution.Extract(d)
		dir.Canonicalize(qs)
		for _, q := range qs {
			for _, c := range q.Citations {
				rec := extractRecord{
					Doc: files.real(d.Path), Quote: q.Text, Speaker: q.Speaker, SpeakerID: q.SpeakerID,
					Role: q.Role, Kind: string(q.Kind), Start: c.Start, End: c.End,
					Date: q.Date.String(), DateProvenance: string(q.DateProvenance), Cue: q.Cue,
				}
				for _, pt := range c.Parts {
					rec.Parts = append(rec.Parts, [2]int{pt[0] + d.TextOffset, pt[1] + d.TextOffset})
				}
				rec.Start += d.TextOffset
				rec.End += d.TextOffset
				if *asJSON {
					if err := enc.Encode(rec); err != nil {
						return err
					}
					continue
				}
				fmt.Fprintf(a.stdout, "%s:%d: “%s”\n   — %s\n", rec.Doc, rec.Start, q.Text, attributionLine(q))
			}
		}
		return nil
	})
	for _, s := range skipped {
		fmt.Fprintf(a.stderr, "quotebot: skipped %s: %s\n", files.real(s.Path), s.Reason)
	}
	if err != nil {
		return err
	}
	if len(skipped) == len(files.names) {
		return fmt.Errorf("no file could be read: %w", errReported)
	}
	return nil
}

// fileSet is a read-only fs.FS of the files named on the command line,
// so that they load exactly as a corpus folder would.
type fileSet struct {
	names map[string]string // name in the set -> path on disk
}

func newFileSet(paths []string) (*fileSet, error) {
	fs := &fileSet{names: make(map[string]string)}
	for i, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		if fi.IsDir() {
			return nil, usagef("extract: %s is a folder; name files (or use --corpus with index)", p)
		}
		// Keep names unique and the extension that picks the format.
		name := fmt.Sprintf("%03d-%s", i, filepath.Base(p))
		fs.names[name] = p
	}
	return fs, nil
}

// real maps a name in the set back to the path the user gave. Names of
// .jsonl lines carry a ":N" suffix, which is kept.
func (f *fileSet) real(name string) string {
	base, line, _ := strings.Cut(name, ":")
	p, ok := f.names[base]
	if !ok {
		return name
	}
	if line != "" {
		return p + ":" + line
	}
	return p
}

func (f *fileSet) Open(name string) (fs.File, error) {
	if name == "." {
		return &setDir{set: f}, nil
	}
	p, ok := f.names[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return os.Open(p)
}

// setDir is the root folder of a fileSet.
type setDir struct {
	set  *fileSet
	read bool
}

func (d *setDir) Stat() (fs.FileInfo, error) { return dirInfo{}, nil }
func (d *setDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: ".", Err: fs.ErrInvalid}
}
func (d *setDir) Close() error { return nil }

func (d *setDir) ReadDir(n int) ([]fs.DirEntry, error) {
	if d.read {
		return nil, nil
	}
	d.read = true
	var out []fs.DirEntry
	for name, p := range d.set.names {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		out = append(out, fs.FileInfoToDirEntry(renamed{fi, name}))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

type renamed struct {
	fs.FileInfo
	name string
}

func (r renamed) Name() string { return r.name }

type dirInfo struct{}

func (dirInfo) Name() string       { return "." }
func (dirInfo) Size() int64        { return 0 }
func (dirInfo) Mode() fs.FileMode  { return fs.ModeDir | 0o555 }
func (dirInfo) ModTime() time.Time { return time.Time{} }
func (dirInfo) IsDir() bool        { return true }
func (dirInfo) Sys() any           { return nil }
