package live

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/quotebot/quotebot/feed"
)

// TestFeedToIndex runs the whole path: a feed on 127.0.0.1, the poller
// writing the article into its folder, the watcher indexing that folder,
// and the quote answering a question.
func TestFeedToIndex(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Baqaei on sanctions</title><link>%s/news/1</link><pubDate>Sun, 02 Mar 2025 08:00:00 +0000</pubDate></item>
</channel></rss>`, srv.URL)
	})
	filler := "<p>The statement followed a week of consultations between officials of both countries on trade, energy and the stalled nuclear file, diplomats said in the capital.</p>"
	mux.HandleFunc("/news/1", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Baqaei on sanctions</title></head><body><nav><a href="/">Home</a></nav><article>
<p>&ldquo;Pressure has never worked and it will not work now,&rdquo; Foreign Ministry spokesman Esmaeil Baqaei told reporters in Tehran on Sunday.</p>`+filler+filler+`</article></body></html>`)
	})

	dir := t.TempDir()
	fp, err := feed.Open(feed.Options{Feeds: []string{srv.URL + "/feed.xml"}, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer fp.Close()
	ctx := context.Background()
	if st, err := fp.Poll(ctx); err != nil || st.Written != 1 {
		t.Fatalf("Poll = %+v, %v; want 1 article written", st, err)
	}

	ix := mustOpenIndex(t)
	w := &Watcher{Indexer: ix, Roots: []Root{{Name: "feeds", FS: os.DirFS(dir)}},
		Now: func() time.Time { return time.Now().Add(time.Minute) }}
	st, err := w.Scan(ctx)
	if err != nil || st.NewDocuments != 1 {
		t.Fatalf("Scan = %+v, %v; want 1 new document", st, err)
	}
	ans, err := ix.Ask(ctx, "what did Baqaei say", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !answerHas(ans, "Pressure has never worked") {
		t.Fatalf("Ask: no quote from the feed's article in %+v", ans.Quotes)
	}
	c := ans.Quotes[0].Citations[0]
	if c.Source != "Test Wire" || c.URL != srv.URL+"/news/1" || c.Published.IsZero() {
		t.Errorf("citation = %+v, want source Test Wire, the article's URL and a date", c)
	}
}
