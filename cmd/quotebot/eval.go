package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/internal/eval"
)

// evaluate scores the extractor against a folder of human-annotated gold
// (NNNN.txt and NNNN.gold.jsonl), as the README's attribution figures
// are measured.
func (a *app) evaluate(ctx context.Context, args []string) error {
	fset := a.flagSet("eval")
	kinds := fset.String("kinds", "direct,mixed", `gold kinds to score: a comma list of direct, mixed, indirect, or "all"`)
	strict := fset.Bool("strict", false, "count extra fragments of a matched quote as false positives")
	anySpeaker := fset.Bool("any-speaker", false, "score speakers resolved by the gold's automatic coreference too")
	showErrors := fset.Int("errors", 0, "print up to N quotes given to the wrong speaker")
	out := fset.String("out", "", "also write NNNN.pred.jsonl files to this folder")
	pieces := fset.Bool("pieces", false, `give each piece of a split quote ("A," he said, "B.") as a quote of its own, for gold that marks pieces apart`)
	dates := fset.Bool("dates", false, "score statement dates against a date gold file (GOLD is the file; needs --articles)")
	articles := fset.String("articles", "", "with --dates: the corpus folder that holds the gold's articles")
	fset.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: quotebot eval [--kinds K] [--strict] [--pieces] [--errors N] [--out DIR] GOLD_DIR")
		fmt.Fprintln(a.stderr, "       quotebot eval --dates --articles DIR [--errors N] GOLD_FILE")
		fset.PrintDefaults()
	}
	if err := parse(fset, args); err != nil {
		return err
	}
	if fset.NArg() != 1 {
		fset.Usage()
		if *dates {
			return usagef("eval: name one date gold file")
		}
		return usagef("eval: name one gold folder")
	}
	if *dates {
		if *articles == "" {
			return usagef("eval --dates: name the articles' corpus folder with --articles")
		}
		return a.evaluateDates(ctx, fset.Arg(0), *articles, *showErrors)
	}
	if *articles != "" {
		return usagef("eval: --articles goes with --dates")
	}
	opt := eval.Options{Strict: *strict, AnySpeaker: *anySpeaker}
	reported := false
	if *kinds == "all" {
		opt.Kinds = []string{"direct", "mixed", "indirect"}
	} else {
		for _, k := range strings.Split(*kinds, ",") {
			switch k = strings.TrimSpace(k); k {
			case "direct", "mixed", "partial", "indirect":
				opt.Kinds = append(opt.Kinds, k)
			default:
				return usagef("eval: unknown kind %q (want direct, mixed, indirect or all)", k)
			}
		}
	}
	for _, k := range opt.Kinds {
		reported = reported || k == "indirect"
	}
	docs, err := eval.LoadGold(fset.Arg(0))
	if err != nil {
		return err
	}
	preds := make(map[string][]eval.Record, len(docs))
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		preds[d.ID] = eval.Predict(d.ID, d.Text, reported)
		if *pieces {
			preds[d.ID] = eval.Pieces(preds[d.ID])
		}
		if *out != "" {
			if err := writePreds(*out, d.ID, preds[d.ID]); err != nil {
				return err
			}
		}
	}
	r := eval.Score(docs, preds, opt)
	for i, e := range r.Errors {
		if i >= *showErrors {
			break
		}
		q := e.Quote
		if len([]rune(q)) > 70 {
			q = string([]rune(q)[:70]) + "…"
		}
		fmt.Fprintf(a.stdout, "[%s] %s gold=%q predicted=%q quote=%q\n", e.What, e.Doc, e.Gold, e.Predicted, q)
	}
	fmt.Fprintf(a.stdout, "docs=%d  quotes: tp=%d fp=%d fn=%d fragments=%d  speakers: %d/%d right, %d wrong, %d none; %d named where the gold names nobody\n",
		r.Docs, r.TP, r.FP, r.FN, r.Fragments, r.SpeakerOK, r.SpeakerN, r.Wrong, r.Abstained, r.Guessed)
	fmt.Fprintf(a.stdout, "wrong_speakers=%.3f\n", r.WrongSpeakers())
	fmt.Fprintln(a.stdout, r)
	return nil
}

// evaluateDates scores the dates the extractor gives the quotes of a
// statement-date gold file, whose articles are in the corpus folder dir.
func (a *app) evaluateDates(ctx context.Context, goldFile, dir string, showErrors int) error {
	gold, err := eval.ReadDateGold(goldFile)
	if err != nil {
		return err
	}
	want := make(map[string]bool, len(gold))
	for _, g := range gold {
		want[g.Article] = true
	}
	docs := make(map[string]corpus.Document, len(want))
	skipped, err := corpus.LoadDir(ctx, dir, corpus.LoadOptions{}, func(d corpus.Document) error {
		if want[d.ID] {
			docs[d.ID] = d
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, s := range skipped {
		a.log.Warn("skipped a corpus file", "file", s.Path, "reason", s.Reason)
	}
	preds, err := eval.PredictDates(docs, gold)
	if err != nil {
		return err
	}
	r := eval.ScoreDates(gold, preds)
	for i, e := range r.Errors {
		if i >= showErrors {
			break
		}
		fmt.Fprintf(a.stdout, "[%s] %s gold=%s evidence=%q predicted=%s (%s) quote=%q\n", e.What, e.Article, e.Gold, e.Evidence, e.Predicted, e.Provenance, e.Excerpt)
	}
	fmt.Fprintln(a.stdout, r)
	return nil
}

func writePreds(dir, id string, recs []eval.Record) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %q: %w", dir, err)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	p := filepath.Join(dir, id+".pred.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %q: %w", p, err)
	}
	return nil
}
