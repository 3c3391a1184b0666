package bench

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver, with FTS5

	"github.com/quotebot/quotebot/corpus"
)

// ingestFTS5 indexes every passage into an SQLite FTS5 table with the
// default unicode61 tokenizer, in transactions of bleveBatch rows, with
// a write-ahead log and synchronous=NORMAL.
func ingestFTS5(ctx context.Context, src source, dbPath string) (IngestResult, error) {
	db, err := sql.Open("sqlite", dbPath)
	if err != nil {
		return IngestResult{}, fmt.Errorf("open %q: %w", dbPath, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, "PRAGMA journal_mode=WAL"); err != nil {
		return IngestResult{}, fmt.Errorf("open %q: %w", dbPath, err)
	}
	res, err := indexFTS5(ctx, src, db)
	if err == nil {
		_, err = db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return res, err
}

// NewFTS5 returns the FTS5 system over docs, in a new database file at
// dbPath, or in memory when dbPath is "".
func NewFTS5(ctx context.Context, docs []corpus.Document, dbPath string) (Searcher, error) {
	if dbPath == "" {
		dbPath = ":memory:"
	}
	db, err := sql.Open("sqlite", dbPath)
	if err != nil {
		return nil, fmt.Errorf("open %q: %w", dbPath, err)
	}
	db.SetMaxOpenConns(1) // one connection: one in-memory database
	if _, err := indexFTS5(ctx, docsSource(docs), db); err != nil {
		db.Close()
		return nil, err
	}
	return &fts5Searcher{db: db}, nil
}

func indexFTS5(ctx context.Context, src source, db *sql.DB) (IngestResult, error) {
	for _, stmt := range []string{
		"PRAGMA synchronous=NORMAL",
		"CREATE VIRTUAL TABLE passages USING fts5(text, doc UNINDEXED, published UNINDEXED)",
	} {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return IngestResult{}, fmt.Errorf("%s: %w", stmt, err)
		}
	}
	var res IngestResult
	var err error
	var tx *sql.Tx
	var ins *sql.Stmt
	rows := 0
	commit := func() error {
		if tx == nil {
			return nil
		}
		ins.Close()
		err := tx.Commit()
		tx, ins, rows = nil, nil, 0
		return err
	}
	res.Documents, err = src(ctx, func(d corpus.Document, ps []corpus.Passage) error {
		var published any
		if !d.Published.IsZero() {
			published = d.Published.Unix()
		}
		for _, p := range ps {
			if tx == nil {
				var err error
				if tx, err = db.BeginTx(ctx, nil); err != nil {
					return err
				}
				if ins, err = tx.PrepareContext(ctx, "INSERT INTO passages(text, doc, published) VALUES (?, ?, ?)"); err != nil {
					return err
				}
			}
			if _, err := ins.ExecContext(ctx, p.Text, d.ID, published); err != nil {
				return err
			}
			res.Passages++
			if rows++; rows >= bleveBatch {
				if err := commit(); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err == nil {
		err = commit()
	} else if tx != nil {
		tx.Rollback()
	}
	return res, err
}

type fts5Searcher struct {
	db *sql.DB
}

func openFTS5(ctx context.Context, dbPath string) (*fts5Searcher, error) {
	db, err := sql.Open("sqlite", "file:"+dbPath+"?mode=ro")
	if err != nil {
		return nil, fmt.Errorf("open %q: %w", dbPath, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %q: %w", dbPath, err)
	}
	return &fts5Searcher{db: db}, nil
}

// FTS5Query returns the FTS5 MATCH expression and the SQL condition on
// the publication date closest to quotebot's query for q: every word of
// the speaker's name, any of the topic words, the phrase. Each word is
// quoted, so no user text is FTS5 syntax.
func FTS5Query(q corpus.Query) (match string, where string, args []any) {
	var parts []string
	if ws := words(q.Speaker); len(ws) > 0 {
		parts = append(parts, strings.Join(quoteAll(ws), " AND "))
	}
	if ws := words(q.Topic); len(ws) > 0 {
		parts = append(parts, "("+strings.Join(quoteAll(ws), " OR ")+")")
	}
	if ws := words(q.Phrase); len(ws) > 0 {
		parts = append(parts, `"`+strings.Join(ws, " ")+`"`)
	}
	match = strings.Join(parts, " AND ")
	args = []any{match}
	if !q.From.IsZero() {
		where += " AND published >= ?"
		args = append(args, q.From.Unix())
	}
	if !q.To.IsZero() {
		where += " AND published < ?"
		args = append(args, q.To.Unix())
	}
	return match, where, args
}

// words splits s into its runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func quoteAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = `"` + w + `"`
	}
	return out
}

func (s *fts5Searcher) Query(ctx context.Context, q Question) (int, error) {
	match, where, args := FTS5Query(q.Query)
	if match == "" {
		return 0, nil
	}
	rows, err := s.db.QueryContext(ctx, "SELECT doc, text FROM passages WHERE passages MATCH ?"+where+" ORDER BY rank LIMIT "+fmt.Sprint(Limit), args...)
	if err != nil {
		return 0, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var doc, text string
		if err := rows.Scan(&doc, &text); err != nil {
			return n, fmt.Errorf("search %q: %w", q.Text, err)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return n, nil
}

func (s *fts5Searcher) Close() error { return s.db.Close() }
