package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/quotebot/quotebot/bot"
)

func (a *app) serve(ctx context.Context, args []string) error {
	fs := a.flagSet("serve")
	httpAddr := fs.String("http", "", "serve Discord's HTTP interactions at `ADDR` (for example :8080) instead of the gateway")
	fs.Usage = func() {
		fmt.Fprintln(a.stderr, "usage: quotebot serve [--http ADDR] [--corpus DIR] [--index DIR]")
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
	ix, st, err := a.openIndex(ctx, true)
	if err != nil {
		return err
	}
	defer ix.Close()
	a.log.Info("index ready", "documents", st.Documents, "new", st.NewDocuments, "index", ix.Path())

	b, err := bot.New(bot.Config{
		Token:     a.cfg.DiscordToken,
		AppID:     a.cfg.DiscordAppID,
		GuildID:   a.cfg.DiscordGuildID,
		PublicKey: a.cfg.DiscordPublicKey,
		APIURL:    a.cfg.DiscordAPIURL,
	}, ix, a.log)
	if err != nil {
		return err
	}
	if *httpAddr == "" {
		a.log.Info("connecting to Discord", "invite", bot.InviteURL(a.cfg.DiscordAppID))
		return b.Run(ctx)
	}
	if a.cfg.DiscordToken != "" {
		// Gateway mode registers the commands as it connects; this mode
		// has no gateway, so register them here.
		if err := b.RegisterCommands(ctx); err != nil {
			return fmt.Errorf("register commands: %w", err)
		}
	} else {
		a.log.Warn("DISCORD_TOKEN is not set: slash commands were not registered")
	}
	return a.serveHTTP(ctx, *httpAddr, b.HTTPHandler())
}

// serveHTTP serves h at addr until ctx ends, then shuts down gracefully.
func (a *app) serveHTTP(ctx context.Context, addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	a.log.Info("serving Discord interactions", "addr", ln.Addr().String(), "path", "/interactions")
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
