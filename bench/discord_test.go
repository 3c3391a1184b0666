package bench

import (
	"context"
	"io"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/internal/discordtest"
	"github.com/quotebot/quotebot/search"
)

const testToken = "MTAxMjM0NTY3ODkwMTIzNDU2.Gabcde.fake-token-for-benchmarks-0123456789"

// BenchmarkInteraction sends /ask interactions through the fake Discord
// to the real bot over a real index and reports the time from the
// INTERACTION_CREATE event to the interaction callback, as p50-ms and
// p99-ms. The index is QUOTEBENCH_INDEX with the questions of
// QUOTEBENCH_QUESTIONS when set (quotebench sets both), else the small
// benchmark corpus.
func BenchmarkInteraction(b *testing.B) {
	var s bot.Searcher
	var questions []string
	if path := os.Getenv("QUOTEBENCH_INDEX"); path != "" {
		set, err := ReadQuestions(os.Getenv("QUOTEBENCH_QUESTIONS"))
		if err != nil {
			b.Fatal(err)
		}
		ix, err := search.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { ix.Close() })
		ix.Now = func() time.Time { return set.Now }
		s = botSearcher{ix, set.Now}
		for _, q := range set.Questions {
			questions = append(questions, q.Text)
		}
	} else {
		f := loadFixture(b)
		s = botSearcher{f.index, f.set.Now}
		for _, q := range f.set.Questions {
			questions = append(questions, q.Text)
		}
	}

	fake := discordtest.New(b)
	cfg := bot.Config{Token: testToken, AppID: fake.AppID, APIURL: fake.URL, UserRequests: -1}
	bt, err := bot.New(cfg, s, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatalf("bot.New() = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- bt.Run(ctx) }()
	b.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				b.Errorf("Run() = %v", err)
			}
		case <-time.After(10 * time.Second):
			b.Errorf("Run() did not return 10s after its context ended")
		}
	})
	fake.WaitIdentified(1, 10*time.Second)
	fake.WaitFor("PUT", "/api/v9/applications/*/commands", 1, 10*time.Second)

	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := fake.Command("ask", discordtest.Option("question", questions[i%len(questions)]))
		token := p["token"].(string)
		start := time.Now()
		fake.Dispatch("INTERACTION_CREATE", p)
		r := fake.WaitFor("POST", "/api/v9/interactions/*/"+token+"/callback", 1, 30*time.Second)[0]
		lat = append(lat, r.Time.Sub(start))
	}
	b.StopTimer()
	l := Summarize(lat)
	b.ReportMetric(float64(l.P50)/float64(time.Millisecond), "p50-ms")
	b.ReportMetric(float64(l.P99)/float64(time.Millisecond), "p99-ms")
}

// botSearcher is the search index as the bot sees it, with questions
// parsed against the benchmark's clock.
type botSearcher struct {
	*search.Index
	now time.Time
}

// Parse parses question against the benchmark's clock.
func (s botSearcher) Parse(question string) (corpus.Query, error) {
	return search.Parse(question, s.now)
}
