package search

import (
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// compactPlan is the merge plan of compact. Only segments of fewer than
// MaxSegmentSize/2 documents take part, so the cost is that of the tail
// of small segments the last batches left, not of the whole index, and
// it does not grow with the corpus; MaxSegmentsPerTier 1 asks for as
// few segments of them as the size bound allows.
var compactPlan = mergeplan.MergePlanOptions{
	MaxSegmentsPerTier:   1,
	MaxSegmentSize:       100_000,
	MaxSegmentFileSize:   mergeplan.DefaultMergePlanOptions.MaxSegmentFileSize,
	TierGrowth:           10,
	SegmentsPerMergeTask: 30,
	FloorSegmentSize:     2000,
	ReclaimDeletesWeight: 2,
}

// forceMerger is the part of bleve's scorch index that compact uses.
type forceMerger interface {
	ForceMerge(ctx context.Context, mo *mergeplan.MergePlanOptions) error
}

// compactTimeout bounds compact. A forced merge that keeps failing (a
// full disk) is retried by bleve's merger until its context ends.
var compactTimeout = 2 * time.Minute

// compact merges the small segments that a write's batches leave behind.
// bleve's merger does this in the background, but it stops when the
// index is closed, and a bulk write ends with one segment a batch for
// its last few thousand documents: every question then reads each of
// them (on the Tehran Times corpus, 20 segments rather than 4, and
// questions took half as long again). The in-memory index has no
// segments and is left as it is.
//
// The merge changes no answer, so a merge that fails or runs out of
// time is logged and leaves the index as it was; compact returns an
// error only when ctx ends.
func (ix *Index) compact(ctx context.Context) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if err := ix.checkOpen(); err != nil {
		return err
	}
	a, err := ix.idx.Advanced()
	if err != nil {
		ix.logger().Warn("index not compacted", "err", err)
		return nil
	}
	m, ok := a.(forceMerger)
	if !ok {
		return nil
	}
	start := time.Now()
	mctx, cancel := context.WithTimeout(ctx, compactTimeout)
	defer cancel()
	plan := compactPlan
	err = m.ForceMerge(mctx, &plan)
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("compact index: %w", ctx.Err())
	case err != nil:
		ix.logger().Warn("index not compacted", "err", err)
	case mctx.Err() != nil:
		ix.logger().Warn("index compaction stopped: it took too long", "after", compactTimeout)
	default:
		ix.logger().Debug("index compacted", "elapsed", time.Since(start))
	}
	return nil
}
