// Package bot is quotebot's Discord bot: slash commands, a message
// context-menu command, mention look-ups, reply formatting within
// Discord's limits, and the HTTP interactions endpoint.
//
// The bot searches through the small Searcher interface it declares;
// it never imports the search index.
package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
)

// Searcher answers the bot's look-ups. The search index satisfies it.
type Searcher interface {
	// Search answers a parsed query, one page of quotes at a time.
	Search(ctx context.Context, q corpus.Query) (corpus.Answer, error)
	// Ask parses question and answers it like Search.
	Ask(ctx context.Context, question string, limit, offset int) (corpus.Answer, error)
	// Parse parses question into a query without answering it.
	Parse(question string) (corpus.Query, error)
	// Speakers lists the canonical speakers whose names contain filter
	// (all when filter is empty), at most limit of them.
	Speakers(ctx context.Context, filter string, limit int) ([]corpus.Speaker, error)
}

// Permissions are the channel permissions the bot asks for in its
// invite: View Channels, Send Messages, Send Messages in Threads, Embed
// Links and Read Message History (274877991936).
const Permissions int64 = discordgo.PermissionViewChannel |
	discordgo.PermissionSendMessages |
	discordgo.PermissionSendMessagesInThreads |
	discordgo.PermissionEmbedLinks |
	discordgo.PermissionReadMessageHistory

// Intents are the gateway intents the bot identifies with: Guilds,
// GuildMessages and DirectMessages. None is privileged: messages that
// mention the bot carry their content without MESSAGE_CONTENT.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// InviteURL returns the URL that adds the application appID to a
// server with the bot and applications.commands scopes and Permissions.
func InviteURL(appID string) string {
	v := url.Values{}
	v.Set("client_id", appID)
	v.Set("scope", "bot applications.commands")
	v.Set("permissions", fmt.Sprint(Permissions))
	return "https://discord.com/oauth2/authorize?" + v.Encode()
}

// Config holds what the bot needs. Zero durations and counts mean the
// defaults given.
type Config struct {
	// Token is the bot token, with or without the "Bot " prefix. Run
	// needs it; the HTTP interactions mode does not.
	Token string
	// AppID is the application id. Required.
	AppID string
	// GuildID, when set, makes Run register the commands in that server
	// only (they appear at once) instead of globally.
	GuildID string
	// PublicKey is the application's Ed25519 public key in hex, needed
	// by HTTPHandler to verify Discord's requests.
	PublicKey string
	// APIURL, when set, is the base URL every REST request goes to (a
	// proxy, or a fake Discord in tests): each request keeps its path
	// (/api/v9/...) and takes APIURL's scheme and host, and path prefix.
	APIURL string

	// UserRequests is how many requests one user may make per
	// UserWindow before being asked to slow down. Default 5; negative
	// disables the limit.
	UserRequests int
	// UserWindow is the period in which UserRequests are allowed.
	// Default 10s.
	UserWindow time.Duration
	// DeferAfter is how long an answer may take before the interaction
	// is deferred and the answer sent as an edit. Default 2s; it must
	// stay well under Discord's 3 s deadline.
	DeferAfter time.Duration
	// Timeout bounds one search. Default 30s.
	Timeout time.Duration
	// Now is the clock. Default time.Now.
	Now func() time.Time

	// Beats are offered as the "beat" filter of /ask and /quotes and in
	// /digest. Nil means beat.Default().
	Beats *beat.Set
	// Digests, when set, enables the /digest commands.
	Digests Digests
}

func (c *Config) setDefaults() {
	if c.UserRequests == 0 {
		c.UserRequests = 5
	}
	if c.UserWindow <= 0 {
		c.UserWindow = 10 * time.Second
	}
	if c.DeferAfter <= 0 {
		c.DeferAfter = 2 * time.Second
	}
	if c.Timeout <= 0 {
		c.Timeout = 30 * time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// sender is the part of the Discord REST API the bot uses; a
// *discordgo.Session satisfies it.
type sender interface {
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
	RequestWithBucketID(method, urlStr string, data interface{}, bucketID string, options ...discordgo.RequestOption) ([]byte, error)
}

// Bot is a running quotebot on Discord. Create it with New.
type Bot struct {
	cfg     Config
	search  Searcher
	log     *slog.Logger
	session *discordgo.Session
	api     sender
	limiter *limiter
	pubKey  ed25519.PublicKey
	userID  atomic.Value // string: the bot user's id, from READY
	// connected reports whether the gateway session is up, for health
	// checks; connectedAt is when it last came up (Unix nanoseconds).
	connected   atomic.Bool
	connectedAt atomic.Int64

	mu       sync.Mutex // guards stopping and work.Add
	stopping bool
	work     sync.WaitGroup // handlers in progress
}

// New returns a bot that answers through s. It checks cfg but does not
// connect; Run connects to the gateway, HTTPHandler serves the HTTP
// interactions mode.
func New(cfg Config, s Searcher, logger *slog.Logger) (*Bot, error) {
	if s == nil {
		return nil, errors.New("new bot: no searcher")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg.setDefaults()
	if cfg.AppID == "" {
		return nil, errors.New("new bot: no application id")
	}
	b := &Bot{cfg: cfg, search: s, log: logger}
	if cfg.PublicKey != "" {
		k, err := hex.DecodeString(cfg.PublicKey)
		if err != nil || len(k) != ed25519.PublicKeySize {
			return nil, errors.New("new bot: the public key must be 64 hex digits")
		}
		b.pubKey = ed25519.PublicKey(k)
	}
	tok := strings.TrimSpace(cfg.Token)
	if tok != "" && !strings.HasPrefix(tok, "Bot ") {
		tok = "Bot " + tok
	}
	sess, err := discordgo.New(tok)
	if err != nil {
		return nil, fmt.Errorf("new bot: %w", err)
	}
	sess.Identify.Intents = Intents
	sess.ShouldReconnectOnError = true
	sess.ShouldRetryOnRateLimit = true
	sess.StateEnabled = true
	sess.LogLevel = -1 // the bot logs what matters through slog
	if cfg.APIURL != "" {
		c, err := apiClient(cfg.APIURL)
		if err != nil {
			return nil, fmt.Errorf("new bot: %w", err)
		}
		sess.Client = c
	}
	b.session = sess
	b.api = sess
	b.limiter = newLimiter(cfg.UserRequests, cfg.UserWindow, cfg.Now)
	b.userID.Store(cfg.AppID) // a bot user's id is its application's id
	return b, nil
}

// Run connects to the gateway, registers the commands (in GuildID if
// set, else globally), answers events until ctx is done, then closes the
// connection and waits for answers in progress.
func (b *Bot) Run(ctx context.Context) error {
	if b.session.Token == "" {
		return errors.New("run bot: no token")
	}
	// Handlers outlive ctx a little, so that answers in progress when
	// the bot stops are still sent; each is bounded by cfg.Timeout.
	hctx := context.WithoutCancel(ctx)
	remove := []func(){
		b.session.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			b.guard("ready", func() {
				if r.User != nil {
					b.userID.Store(r.User.ID)
				}
				b.setConnected(true)
				b.log.Info("connected to Discord", "session", r.SessionID, "guilds", len(r.Guilds))
			})
		}),
		b.session.AddHandler(func(_ *discordgo.Session, r *discordgo.Resumed) {
			b.setConnected(true)
			b.log.Info("resumed the gateway session")
		}),
		b.session.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
			b.setConnected(false)
			b.log.Warn("disconnected from the gateway; reconnecting")
		}),
		b.session.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
			b.guard("interaction", func() {
				b.interact(hctx, ic.Interaction, b.restResponder(ic.Interaction))
			})
		}),
		b.session.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) {
			b.guard("message", func() { b.onMessage(hctx, m.Message) })
		}),
	}
	defer func() {
		for _, f := range remove {
			f()
		}
	}()

	if err := b.session.Open(); err != nil {
		return fmt.Errorf("connect to the Discord gateway: %w", err)
	}
	if err := b.RegisterCommands(ctx); err != nil {
		b.session.Close()
		if ctx.Err() != nil {
			return nil // stopped while registering
		}
		return err
	}
	<-ctx.Done()
	b.setConnected(false)
	err := b.session.Close()
	b.mu.Lock()
	b.stopping = true
	b.mu.Unlock()
	b.work.Wait()
	if err != nil {
		return fmt.Errorf("close the Discord gateway: %w", err)
	}
	return nil
}

// RegisterCommands replaces the application's commands with Commands():
// in GuildID when set, else globally.
func (b *Bot) RegisterCommands(ctx context.Context) error {
	cmds, err := b.session.ApplicationCommandBulkOverwrite(b.cfg.AppID, b.cfg.GuildID, CommandsFor(b.beats(), b.cfg.Digests != nil), discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	where := "globally"
	if b.cfg.GuildID != "" {
		where = "in server " + b.cfg.GuildID
	}
	b.log.Info("registered commands", "count", len(cmds), "where", where)
	return nil
}

// guard runs f, recovering and logging a panic so that one bad event
// cannot stop the bot: discordgo runs handlers without recover.
func (b *Bot) guard(what string, f func()) {
	b.mu.Lock()
	if !b.stopping {
		b.work.Add(1)
		defer b.work.Done()
	}
	b.mu.Unlock()
	defer func() {
		if v := recover(); v != nil {
			b.log.Error("recovered from a panic in a handler", "handler", what, "panic", fmt.Sprint(v), "stack", stack())
		}
	}()
	f()
}

func (b *Bot) beats() *beat.Set {
	if b.cfg.Beats != nil {
		return b.cfg.Beats
	}
	return beat.Default()
}

func (b *Bot) setConnected(up bool) {
	b.connected.Store(up)
	if up {
		b.connectedAt.Store(b.cfg.Now().UnixNano())
	}
}

// Connected reports whether the gateway session is up.
func (b *Bot) Connected() bool { return b.connected.Load() }
