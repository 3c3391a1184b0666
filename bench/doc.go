// Package bench measures quotebot beside plain bleve and SQLite FTS5 on
// the same corpus: ingestion throughput, peak memory and index size, and
// the latency of a fixed, deterministic set of questions, with synthetic
// scale-ups of the corpus (WriteScaled) and a brute-force scan as the
// floor. The command bench/cmd/quotebench drives a whole run and writes
// docs/BENCHMARKS.md; the Go benchmarks of this package cover the query
// and ingest paths and the bot's interactions through the fake Discord
// on a small corpus.
package bench
