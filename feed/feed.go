// Package feed polls RSS and Atom feeds, fetches each new article page,
// extracts its text with a readability parser and writes it as a
// Markdown file with front matter into a folder, where the live corpus
// indexes it like any other file.
//
// What the poller has seen lives in a small bbolt file, so that articles
// are fetched once across restarts. The same article is stored once:
// items are compared by normalised address, and article texts by a hash
// of their words, so that a story syndicated under two addresses is
// kept from the first feed that brought it.
//
// A failure (a timeout, an HTTP error, a feed that does not parse, a
// page with no text) is logged and retried later, with a wait that
// doubles on each failure of the same feed or article; it never stops
// the other feeds.
package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Defaults of the Options.
const (
	DefaultInterval    = 15 * time.Minute
	DefaultTimeout     = 30 * time.Second
	DefaultMaxBodySize = 8 << 20
	DefaultRetryMin    = time.Minute
	DefaultRetryMax    = 6 * time.Hour
	DefaultMaxAttempts = 8
	DefaultConcurrency = 4
	DefaultUserAgent   = "quotebot-feeds/1.0 (news quote index; polite poller)"
	// StateFile is the name of the state file in Options.Dir when
	// Options.StatePath is empty. Its leading dot keeps the corpus
	// loader away from it.
	StateFile = ".feeds.db"
)

// minTextLen is the length below which a page's text is taken to be a
// failed extraction, and the item's own content is used if longer.
const minTextLen = 200

// Options configure a Poller. Zero values mean the defaults above.
type Options struct {
	// Feeds are the RSS or Atom feed addresses polled.
	Feeds []string
	// Dir is the folder articles are written to, as
	// Dir/<host>/<date>-<title>-<token>.md. It must be set.
	Dir string
	// StatePath is the bbolt file of what was seen. Empty means
	// Dir/.feeds.db.
	StatePath string
	// Interval is the time between two polls of a feed that answered.
	Interval time.Duration
	// Timeout bounds each HTTP request, body included.
	Timeout time.Duration
	// MaxBodySize is the largest feed or page read, in bytes.
	MaxBodySize int64
	// UserAgent is sent with every request.
	UserAgent string
	// RetryMin is the wait after a first failure of a feed or an
	// article; it doubles with each further failure, up to RetryMax.
	RetryMin, RetryMax time.Duration
	// MaxAttempts is how many times an article is tried before it is
	// given up and recorded as failed.
	MaxAttempts int
	// Concurrency is how many feeds, then articles, are fetched at once.
	Concurrency int
	// Client makes the requests. Nil means a client that follows at most
	// five redirects, to http and https addresses only.
	Client *http.Client
	// Logger receives what was written and every failure. Nil discards.
	Logger *slog.Logger
	// Now returns the current time. Nil means time.Now.
	Now func() time.Time
}

// Poller polls the feeds of its Options. Its methods are safe for
// concurrent use, but Poll and Run should not overlap.
type Poller struct {
	opts Options
	st   *state
	mu   sync.Mutex // serialises the check-and-write of articles
}

// Open opens (or creates) the state file and returns a Poller. Close it
// when done.
func Open(opts Options) (*Poller, error) {
	if opts.Dir == "" {
		return nil, errors.New("feed: no article folder")
	}
	if opts.Interval < 0 || opts.Timeout < 0 || opts.RetryMin < 0 || opts.RetryMax < 0 ||
		opts.MaxBodySize < 0 || opts.MaxAttempts < 0 || opts.Concurrency < 0 {
		return nil, errors.New("feed: negative option")
	}
	for _, f := range opts.Feeds {
		if _, err := normalizeURL(f); err != nil {
			return nil, fmt.Errorf("feed: %w", err)
		}
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	path := opts.StatePath
	if path == "" {
		path = filepath.Join(opts.Dir, StateFile)
	}
	st, err := openState(path)
	if err != nil {
		return nil, err
	}
	return &Poller{opts: opts, st: st}, nil
}

// Close closes the state file.
func (p *Poller) Close() error {
	if err := p.st.close(); err != nil {
		return fmt.Errorf("close feed state: %w", err)
	}
	return nil
}

// PollStats counts what one Poll did.
type PollStats struct {
	// Feeds is how many feeds were due and fetched; FeedErrors how many
	// of them failed.
	Feeds, FeedErrors int
	// NewItems is how many items were new to the poller.
	NewItems int
	// Written is how many articles were written; Duplicates how many
	// had the text of an article already written.
	Written, Duplicates int
	// ArticleErrors is how many article fetches failed; GaveUp how many
	// of those will not be tried again.
	ArticleErrors, GaveUp int
}

func (s *PollStats) add(o PollStats) {
	s.Feeds += o.Feeds
	s.FeedErrors += o.FeedErrors
	s.NewItems += o.NewItems
	s.Written += o.Written
	s.Duplicates += o.Duplicates
	s.ArticleErrors += o.ArticleErrors
	s.GaveUp += o.GaveUp
}

// Run polls at once, then every minute or Interval, whichever is
// shorter, fetching the feeds and articles that are due, until ctx
// ends; then it returns nil.
func (p *Poller) Run(ctx context.Context) error {
	tick := min(p.interval(), p.retryMin())
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-timer.C:
		}
		st, err := p.Poll(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			p.logger().Error("feed poll failed", "err", err)
		} else if st != (PollStats{}) {
			p.logger().Info("feeds polled", "feeds", st.Feeds, "feed_errors", st.FeedErrors,
				"new_items", st.NewItems, "written", st.Written, "duplicates", st.Duplicates,
				"article_errors", st.ArticleErrors, "gave_up", st.GaveUp)
		}
		timer.Reset(tick)
	}
}

// Poll fetches the feeds that are due, records their new items, then
// fetches the articles that are due. Failures of single feeds or
// articles are logged and counted, not returned; the error is the state
// file's.
func (p *Poller) Poll(ctx context.Context) (PollStats, error) {
	var (
		total PollStats
		mu    sync.Mutex
		errs  []error
		wg    sync.WaitGroup
	)
	sem := make(chan struct{}, p.concurrency())
	// spawn runs f when a slot is free and adds up what it returns.
	spawn := func(f func() (PollStats, error)) {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			st, err := f()
			mu.Lock()
			defer mu.Unlock()
			total.add(st)
			if err != nil {
				errs = append(errs, err)
			}
		})
	}
	now := p.now()
	for _, u := range p.opts.Feeds {
		fs, err := p.st.feed(u)
		if err != nil {
			return total, fmt.Errorf("read feed state: %w", err)
		}
		if fs.Next.After(now) {
			continue
		}
		spawn(func() (PollStats, error) { return p.pollFeed(ctx, u, fs) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return total, err
	}
	due, err := p.st.duePending(p.now())
	if err != nil {
		return total, fmt.Errorf("read pending articles: %w", err)
	}
	for key, it := range due {
		if ctx.Err() != nil {
			break
		}
		spawn(func() (PollStats, error) { return p.fetchArticle(ctx, key, it) })
	}
	wg.Wait()
	return total, errors.Join(errs...)
}

const acceptFeed = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
const acceptPage = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

// pollFeed fetches one feed and records its new items.
func (p *Poller) pollFeed(ctx context.Context, feedURL string, fs feedState) (PollStats, error) {
	st := PollStats{Feeds: 1}
	log := p.logger().With("feed", feedURL)
	resp, err := p.fetch(ctx, feedURL, acceptFeed, func(r *http.Request) {
		if fs.ETag != "" {
			r.Header.Set("If-None-Match", fs.ETag)
		}
		if fs.LastModified != "" {
			r.Header.Set("If-Modified-Since", fs.LastModified)
		}
	})
	var f *gofeed.Feed
	if err == nil && !resp.NotModified {
		f, err = gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
		if err != nil {
			err = fmt.Errorf("parse feed %s: %w", feedURL, err)
		}
	}
	now := p.now()
	if err != nil {
		if ctx.Err() != nil {
			return st, nil // shutting down: not the feed's fault
		}
		fs.Failures++
		fs.LastError = err.Error()
		wait := backoff(p.retryMin(), fs.Failures, p.retryMax())
		fs.Next = now.Add(wait)
		st.FeedErrors++
		log.Warn("feed failed", "err", err, "failures", fs.Failures, "retry_in", wait)
		return st, p.st.putFeed(feedURL, fs)
	}
	fs.Failures, fs.LastError, fs.LastOK = 0, "", now
	fs.Next = now.Add(p.interval())
	if resp.NotModified {
		return st, p.st.putFeed(feedURL, fs)
	}
	fs.ETag, fs.LastModified = resp.ETag, resp.LastModified
	if t := cleanLine(f.Title); t != "" {
		fs.Title = t
	}
	base, _ := url.Parse(resp.URL)
	items := map[string]pendingItem{}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := itemLink(it, base)
		key, err := normalizeURL(link)
		if err != nil {
			log.Debug("feed item without a usable link", "title", it.Title, "err", err)
			continue
		}
		pi := pendingItem{URL: link, Feed: feedURL, FeedTitle: fs.Title, Title: cleanLine(it.Title)}
		switch {
		case it.PublishedParsed != nil:
			pi.Published, pi.PublishedFrom = it.PublishedParsed.UTC(), FromFeed
		case it.UpdatedParsed != nil:
			pi.Published, pi.PublishedFrom = it.UpdatedParsed.UTC(), FromFeedUpdated
		}
		pi.Content = it.Content
		if len(it.Description) > len(pi.Content) {
			pi.Content = it.Description
		}
		if len(pi.Content) > maxStoredContent {
			pi.Content = ""
		}
		items[key] = pi
	}
	n, err := p.st.addPending(items)
	if err != nil {
		return st, fmt.Errorf("record items of %s: %w", feedURL, err)
	}
	st.NewItems = n
	if n > 0 {
		log.Info("feed has new items", "new", n, "items", len(f.Items))
	}
	return st, p.st.putFeed(feedURL, fs)
}

// itemLink returns the address of an item's article, resolved against
// the feed's address: its link, else its first link, else its GUID when
// that is an address.
func itemLink(it *gofeed.Item, base *url.URL) string {
	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	if link == "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
		link = strings.TrimSpace(it.GUID)
	}
	if link == "" || base == nil {
		return link
	}
	u, err := url.Parse(link)
	if err != nil {
		return link
	}
	return base.ResolveReference(u).String()
}

// extracted is what a page or an item's content yielded.
type extracted struct {
	text, title, site, lang string
	published               time.Time
}

// fetchArticle fetches one pending article and writes it, or records
// the failure.
func (p *Poller) fetchArticle(ctx context.Context, key string, it pendingItem) (PollStats, error) {
	var st PollStats
	log := p.logger().With("url", it.URL, "feed", it.Feed)
	if _, ok, err := p.st.lookup(key); err != nil {
		return st, err
	} else if ok {
		return st, p.st.settle(key, nil, seenRecord{}, "")
	}
	finalURL := it.URL
	var page extracted
	textFrom := "page"
	resp, err := p.fetch(ctx, it.URL, acceptPage, nil)
	if err == nil {
		finalURL = resp.URL
		page, err = extractPage(resp)
	}
	if len(page.text) < minTextLen && it.Content != "" {
		if t := htmlText(it.Content); len(t) > len(page.text) {
			page.text, textFrom = t, "feed"
			if err != nil {
				log.Info("article page failed; using the feed's content", "err", err)
				err = nil
			}
		}
	}
	if err == nil && page.text == "" {
		err = fmt.Errorf("no article text in %s", it.URL)
	}
	now := p.now()
	if err != nil {
		if ctx.Err() != nil {
			return st, nil
		}
		st.ArticleErrors++
		it.Attempts++
		it.LastError = err.Error()
		if isPermanent(err) || it.Attempts >= p.maxAttempts() {
			st.GaveUp++
			log.Warn("article given up", "err", err, "attempts", it.Attempts)
			return st, p.st.settle(key, []string{key}, seenRecord{Failed: err.Error(), At: now}, "")
		}
		wait := backoff(p.retryMin(), it.Attempts, p.retryMax())
		it.Next = now.Add(wait)
		log.Warn("article fetch failed", "err", err, "attempts", it.Attempts, "retry_in", wait)
		return st, p.st.putPending(key, it)
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	keys := []string{key}
	if fk, err := normalizeURL(finalURL); err == nil && fk != key {
		if r, ok, err := p.st.lookup(fk); err != nil {
			return st, err
		} else if ok && r.ID != "" {
			st.Duplicates++
			log.Info("article already stored under its final address", "id", r.ID)
			return st, p.st.settle(key, keys, seenRecord{ID: r.ID, Dup: true, At: now}, "")
		}
		keys = append(keys, fk)
	}
	hash := contentHash(page.text)
	if owner, err := p.st.hashOwner(hash); err != nil {
		return st, err
	} else if owner != "" {
		st.Duplicates++
		log.Info("article has the text of one already stored", "id", owner)
		return st, p.st.settle(key, keys, seenRecord{ID: owner, Dup: true, At: now}, "")
	}

	a := article{
		Title:         it.Title,
		Source:        it.FeedTitle,
		URL:           key, // without tracking parameters
		Feed:          it.Feed,
		Language:      page.lang,
		Published:     it.Published,
		PublishedFrom: it.PublishedFrom,
		Fetched:       now,
		TextFrom:      textFrom,
		Text:          page.text,
	}
	if a.Title == "" {
		a.Title = page.title
	}
	if a.Source == "" {
		a.Source = page.site
	}
	host := hostOf(key)
	if a.Source == "" {
		a.Source = host
	}
	if a.Published.IsZero() && !page.published.IsZero() {
		a.Published, a.PublishedFrom = page.published.UTC(), FromPage
	}
	base := fileBase(a.Published, a.Title, key)
	rel := host + "/" + base + ".md"
	a.ID = "feeds/" + host + "/" + base
	if err := writeFileAtomic(filepath.Join(p.opts.Dir, filepath.FromSlash(rel)), a.markdown()); err != nil {
		// The disk, not the article: try again later without
		// counting an attempt against the article.
		log.Error("write article", "err", err)
		return st, err
	}
	st.Written++
	log.Info("article written", "id", a.ID, "title", a.Title, "published", a.Published, "published_from", a.PublishedFrom)
	return st, p.st.settle(key, keys, seenRecord{ID: a.ID, File: rel, At: now}, hash)
}

// extractPage finds the article in an HTML page.
func extractPage(resp response) (extracted, error) {
	var e extracted
	if !isHTML(resp.ContentType, resp.Body) {
		return e, permanentError{fmt.Errorf("GET %s: not an HTML page (%s)", resp.URL, resp.ContentType)}
	}
	r, err := charset.NewReader(bytes.NewReader(resp.Body), resp.ContentType)
	if err != nil {
		return e, fmt.Errorf("read %s: %w", resp.URL, err)
	}
	u, _ := url.Parse(resp.URL)
	a, err := readability.FromReader(r, u)
	if err != nil {
		return e, fmt.Errorf("extract article from %s: %w", resp.URL, err)
	}
	if a.Node != nil {
		var b strings.Builder
		if err := a.RenderText(&b); err == nil {
			e.text = cleanText(b.String())
		}
	}
	e.title = cleanLine(a.Title())
	e.site = cleanLine(a.SiteName())
	e.lang = cleanLine(a.Language())
	if t, err := a.PublishedTime(); err == nil {
		e.published = t
	}
	return e, nil
}

// htmlText returns the text of an HTML fragment, such as a feed item's
// content, with its paragraphs.
func htmlText(fragment string) string {
	doc, err := html.Parse(io.LimitReader(strings.NewReader(fragment), maxStoredContent))
	if err != nil {
		return ""
	}
	return cleanText(render.InnerText(doc))
}

// backoff returns base doubled for each failure after the first, capped
// at limit.
func backoff(base time.Duration, failures int, limit time.Duration) time.Duration {
	d := base
	for i := 1; i < failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

func (p *Poller) client() *http.Client {
	if p.opts.Client != nil {
		return p.opts.Client
	}
	return defaultClient
}

var defaultClient = &http.Client{
	CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return errors.New("stopped after 5 redirects")
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to %s address", req.URL.Scheme)
		}
		return nil
	},
}

func (p *Poller) interval() time.Duration { return orDefault(p.opts.Interval, DefaultInterval) }
func (p *Poller) timeout() time.Duration  { return orDefault(p.opts.Timeout, DefaultTimeout) }
func (p *Poller) retryMin() time.Duration { return orDefault(p.opts.RetryMin, DefaultRetryMin) }
func (p *Poller) retryMax() time.Duration { return orDefault(p.opts.RetryMax, DefaultRetryMax) }
func (p *Poller) maxBodySize() int64      { return orDefault(p.opts.MaxBodySize, DefaultMaxBodySize) }
func (p *Poller) maxAttempts() int        { return orDefault(p.opts.MaxAttempts, DefaultMaxAttempts) }
func (p *Poller) concurrency() int        { return orDefault(p.opts.Concurrency, DefaultConcurrency) }
func (p *Poller) userAgent() string       { return orDefault(p.opts.UserAgent, DefaultUserAgent) }
func orDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func (p *Poller) now() time.Time {
	if p.opts.Now != nil {
		return p.opts.Now()
	}
	return time.Now()
}

func (p *Poller) logger() *slog.Logger {
	if p.opts.Logger != nil {
		return p.opts.Logger
	}
	return slog.New(slog.DiscardHandler)
}
