package bench

import (
	"context"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/search"
)

// sharedCorpus is the news corpus the benchmarks use when it is present.
const sharedCorpus = "../../shared/corpora/tehran-times/articles"

// fixtureDocs is how many of its articles the benchmarks index.
const fixtureDocs = 300

// fixture is the small benchmark corpus indexed by every system.
type fixture struct {
	name    string
	docs    []corpus.Document
	set     QuestionSet
	index   *search.Index
	systems map[string]Searcher
}

var (
	fixtureOnce sync.Once
	theFixture  *fixture
	fixtureErr  error
	// fixtureDir holds the fixture's indexes on disk, as the systems keep
	// them; TestMain removes it.
	fixtureDir string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

// benchCorpus returns the first fixtureDocs articles of the shared news
// corpus, or the embedded sample corpus when it is absent.
func benchCorpus(tb testing.TB) (fs.FS, string) {
	ents, err := os.ReadDir(sharedCorpus)
	if err != nil {
		tb.Logf("%s not found (%v): benchmarking on the embedded sample corpus", sharedCorpus, err)
		return corpus.Sample(), "sample"
	}
	m := fstest.MapFS{}
	for _, e := range ents {
		if len(m) == fixtureDocs {
			break
		}
		if path.Ext(e.Name()) != ".md" {
			continue
		}
		b, err := os.ReadFile(path.Join(sharedCorpus, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		m[e.Name()] = &fstest.MapFile{Data: b}
	}
	return m, "tehran-times[:300]"
}

// loadFixture builds the fixture once per test binary.
func loadFixture(tb testing.TB) *fixture {
	tb.Helper()
	fixtureOnce.Do(func() {
		ctx := context.Background()
		fsys, name := benchCorpus(tb)
		f := &fixture{name: name, systems: map[string]Searcher{}}
		if _, fixtureErr = corpus.Load(ctx, fsys, corpus.LoadOptions{}, func(d corpus.Document) error {
			f.docs = append(f.docs, d)
			return nil
		}); fixtureErr != nil {
			return
		}
		if f.set, fixtureErr = GenerateQuestions(f.docs, 200); fixtureErr != nil {
			return
		}
		if fixtureDir, fixtureErr = os.MkdirTemp("", "quotebench-fixture-"); fixtureErr != nil {
			return
		}
		if f.systems[SystemQuotebot], f.index, fixtureErr = NewQuotebot(ctx, fsys, filepath.Join(fixtureDir, "quotebot"), f.set.Now); fixtureErr != nil {
			return
		}
		if f.systems[SystemBleve], fixtureErr = NewBleve(ctx, f.docs, filepath.Join(fixtureDir, "bleve")); fixtureErr != nil {
			return
		}
		if f.systems[SystemFTS5], fixtureErr = NewFTS5(ctx, f.docs, filepath.Join(fixtureDir, "fts5.db")); fixtureErr != nil {
			return
		}
		f.systems[SystemScan] = NewScan(f.docs)
		theFixture = f
	})
	if fixtureErr != nil {
		tb.Fatalf("benchmark fixture: %v", fixtureErr)
	}
	return theFixture
}

// BenchmarkQuery runs the benchmark questions, one per iteration, on
// each system. Compare runs with benchstat.
func BenchmarkQuery(b *testing.B) {
	f := loadFixture(b)
	ctx := context.Background()
	for _, sys := range Systems {
		b.Run("system="+sys, func(b *testing.B) {
			s := f.systems[sys]
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if _, err := s.Query(ctx, f.set.Questions[i%len(f.set.Questions)]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkQueryKind runs one kind of question at a time on each system.
func BenchmarkQueryKind(b *testing.B) {
	f := loadFixture(b)
	ctx := context.Background()
	for _, kind := range []string{KindSpeaker, KindTopic, KindPhrase, KindDate} {
		var qs []Question
		for _, q := range f.set.Questions {
			if q.Kind == kind {
				qs = append(qs, q)
			}
		}
		for _, sys := range Systems {
			b.Run("kind="+kind+"/system="+sys, func(b *testing.B) {
				s := f.systems[sys]
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					if _, err := s.Query(ctx, qs[i%len(qs)]); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkIngest indexes the fixture's documents into a new index on
// disk with each system; it reports documents per second.
func BenchmarkIngest(b *testing.B) {
	f := loadFixture(b)
	ctx := context.Background()
	fsys := fstest.MapFS{}
	for _, d := range f.docs {
		fsys[d.ID+".txt"] = &fstest.MapFile{Data: []byte(d.Text)}
	}
	build := map[string]func(dir string) (Searcher, error){
		SystemQuotebot: func(dir string) (Searcher, error) {
			s, _, err := NewQuotebot(ctx, fsys, filepath.Join(dir, "index"), f.set.Now)
			return s, err
		},
		SystemBleve: func(dir string) (Searcher, error) { return NewBleve(ctx, f.docs, filepath.Join(dir, "index")) },
		SystemFTS5:  func(dir string) (Searcher, error) { return NewFTS5(ctx, f.docs, filepath.Join(dir, "index.db")) },
	}
	for _, sys := range slices.Sorted(maps.Keys(build)) {
		b.Run("system="+sys, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				dir := b.TempDir()
				s, err := build[sys](dir)
				if err != nil {
					b.Fatal(err)
				}
				s.Close()
				os.RemoveAll(dir)
			}
			b.ReportMetric(float64(len(f.docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
