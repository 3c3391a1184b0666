package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/digest"
	"github.com/quotebot/quotebot/feed"
	"github.com/quotebot/quotebot/internal/config"
	"github.com/quotebot/quotebot/internal/store"
	"github.com/quotebot/quotebot/live"
)

func (a *app) serve(ctx context.Context, args []string) error {
	fs := a.flagSet("serve")
	httpAddr := fs.String("http", "", "serve Discord's HTTP interactions at `ADDR` (for example :8080) instead of the gateway")
	healthAddr := fs.String("health", "", "serve a health check at http://`ADDR`/healthz (for example :8081): 200 while the bot is connected and the digest scheduler runs")
	fs.StringVar(&a.cfg.DataDir, "data", a.cfg.DataDir, "state store `folder` (default: $QUOTEBOT_DATA, else under the user's data folder)")
	fs.StringVar(&a.cfg.BeatsFile, "beats", a.cfg.BeatsFile, "beats `file` (default: $QUOTEBOT_BEATS, else the five default beats)")
	freshStore := fs.Bool("fresh-store", false, "move a damaged state store aside (to quotebot.db.damaged-TIME) and start with an empty one: subscriptions must be made again")
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: quotebot serve [--http ADDR] [--health ADDR] [--corpus DIR] [--index DIR] [--data DIR] [--beats FILE] [--fresh-store]")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve: unexpected argument %q", fs.Arg(0))
	}
	if *httpAddr == "" {
		if err := a.cfg.ValidateDiscord(); err != nil {
			return usageError{err}
		}
	} else {
		if a.cfg.DiscordAppID == "" || a.cfg.DiscordPublicKey == "" {
			return usagef("serve --http needs DISCORD_APP_ID and DISCORD_PUBLIC_KEY")
		}
	}
	beats, err := beat.Load(a.cfg.BeatsFile)
	if err != nil {
		return err
	}
	dataDir := a.cfg.DataDir
	if dataDir == "" {
		if dataDir, err = config.DefaultDataDir(); err != nil {
			return err
		}
	}
	st, err := store.Open(dataDir)
	if errors.Is(err, store.ErrDamaged) && *freshStore {
		to, merr := store.MoveAside(dataDir, time.Now())
		if merr != nil {
			return merr
		}
		a.log.Warn("damaged state store moved aside; starting with an empty one", "moved_to", to)
		st, err = store.Open(dataDir)
	}
	if errors.Is(err, store.ErrDamaged) {
		return fmt.Errorf("%w; no digest is posted from it. Keep a copy, then start afresh with: quotebot serve --fresh-store", err)
	}
	if err != nil {
		return err
	}
	defer st.Close()

	// The live corpus: new and changed files of the corpus folder, and
	// articles the feeds bring, are indexed while the bot runs. The
	// corpus folder's files as they are now are indexed by openIndex
	// below, so the watcher only records them (before, so that a file
	// changed meanwhile is still read).
	watcher := &live.Watcher{Interval: a.cfg.WatchInterval, Logger: a.log.With("part", "live")}
	if a.cfg.CorpusDir != "" { // the embedded sample never changes
		watcher.Roots = append(watcher.Roots, live.Root{Name: "corpus", FS: os.DirFS(a.cfg.CorpusDir)})
		if err := watcher.Prime("corpus"); err != nil {
			a.log.Warn("live corpus: the first scan will read every file", "err", err)
		}
	}

	ix, stats, err := a.openIndex(ctx, true)
	if err != nil {
		return err
	}
	defer ix.Close()
	ix.Beats = beats
	a.log.Info("index ready", "documents", stats.Documents, "new", stats.NewDocuments, "index", ix.Path())

	sched := &digest.Scheduler{Store: st, Source: ix, Beats: beats, Logger: a.log.With("part", "digests")}
	b, err := bot.New(bot.Config{
		Token:     a.cfg.DiscordToken,
		AppID:     a.cfg.DiscordAppID,
		GuildID:   a.cfg.DiscordGuildID,
		PublicKey: a.cfg.DiscordPublicKey,
		APIURL:    a.cfg.DiscordAPIURL,
		Beats:     beats,
		Digests:   sched,
	}, ix, a.log)
	if err != nil {
		return err
	}
	sched.Poster = b
	a.log.Info("state store ready", "path", st.Path(), "beats", beats.Len())

	// Every part runs until ctx ends or one of them fails.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	goRun := func(f func() error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(); err != nil {
				errc <- err
				cancel()
			}
		}()
	}
	feedDir := filepath.Join(dataDir, "feeds")
	if len(a.cfg.Feeds) > 0 {
		fp, err := feed.Open(feed.Options{Feeds: a.cfg.Feeds, Dir: feedDir, Interval: a.cfg.FeedInterval, Logger: a.log.With("part", "feeds")})
		if err != nil {
			return err
		}
		defer fp.Close() // after wg.Wait below: Run has returned
		goRun(func() error { return fp.Run(ctx) })
	}
	if _, err := os.Stat(feedDir); err == nil || len(a.cfg.Feeds) > 0 {
		watcher.Roots = append(watcher.Roots, live.Root{Name: "feeds", FS: os.DirFS(feedDir)})
	}
	if len(watcher.Roots) > 0 {
		watcher.Indexer = ix
		goRun(func() error { return watcher.Run(ctx) })
	}
	digests := a.cfg.DiscordToken != ""
	if digests {
		goRun(func() error { return sched.Run(ctx) })
	} else {
		a.log.Warn("DISCORD_TOKEN is not set: digests will not be posted")
	}
	if *healthAddr != "" {
		h := healthHandler(b, sched, *httpAddr == "", digests)
		goRun(func() error { return a.serveHTTP(ctx, *healthAddr, h, "serving the health check", "/healthz") })
	}
	if *httpAddr == "" {
		a.log.Info("connecting to Discord", "invite", bot.InviteURL(a.cfg.DiscordAppID))
		goRun(func() error { return b.Run(ctx) })
	} else {
		if digests {
			// Gateway mode registers the commands as it connects; this
			// mode has no gateway, so register them here.
			if err := b.RegisterCommands(ctx); err != nil {
				cancel()
				wg.Wait()
				return fmt.Errorf("register commands: %w", err)
			}
		} else {
			a.log.Warn("DISCORD_TOKEN is not set: slash commands were not registered")
		}
		goRun(func() error {
			return a.serveHTTP(ctx, *httpAddr, b.HTTPHandler(), "serving Discord interactions", "/interactions")
		})
	}
	wg.Wait()
	close(errc)
	return <-errc // nil when every part stopped because ctx ended
}

// healthStale is how long the digest scheduler may go without checking
// its schedules before the health check fails.
const healthStale = 5 * time.Minute

// healthHandler answers GET /healthz with 200 "ok" while the bot works:
// in gateway mode the gateway session is up, and when digests run the
// scheduler has checked its schedules recently. Otherwise it answers
// 503 with the reason.
func healthHandler(b *bot.Bot, sched *digest.Scheduler, gateway, digests bool) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		var problem string
		switch last := sched.LastRun(); {
		case gateway && !b.Connected():
			problem = "not connected to the Discord gateway"
		case digests && last.IsZero():
			problem = "the digest scheduler has not started"
		case digests && time.Since(last) > healthStale:
			problem = fmt.Sprintf("the digest scheduler last ran %v ago", time.Since(last).Round(time.Second))
		}
		if problem != "" {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, problem+"\n")
			return
		}
		io.WriteString(w, "ok\n")
	})
	return mux
}

// serveHTTP serves h at addr until ctx ends, then shuts down gracefully.
func (a *app) serveHTTP(ctx context.Context, addr string, h http.Handler, what, path string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	a.log.Info(what, "addr", ln.Addr().String(), "path", path)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
