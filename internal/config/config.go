// Package config reads quotebot's settings from the environment (which a
// .env file may fill in) and checks them before anything starts.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Config holds every setting. Flags override it; it is read from the
// environment, which overrides a .env file.
type Config struct {
	// CorpusDir is the corpus folder. Empty means the embedded sample corpus.
	CorpusDir string
	// IndexDir is the index folder. Empty means a folder under the user's
	// cache folder, chosen by DefaultIndexDir.
	IndexDir string
	// DataDir is the state store's folder. Empty means a folder under the
	// user's data folder, chosen by DefaultDataDir.
	DataDir string
	// LogLevel is the slog level: debug, info, warn or error.
	LogLevel slog.Level
	// BeatsFile is a beats file replacing the five default beats. Empty
	// means the embedded defaults.
	BeatsFile string
	// Feeds are RSS or Atom feed URLs whose articles serve adds to the
	// corpus. Empty means no feeds.
	Feeds []string
	// FeedInterval is how often feeds are polled (15m when zero).
	FeedInterval time.Duration
	// WatchInterval is how often serve looks for new or changed corpus
	// files (30s when zero).
	WatchInterval time.Duration

	// DiscordToken is the bot token. Required only to serve.
	DiscordToken string
	// DiscordAppID is the application id. Required only to serve.
	DiscordAppID string
	// DiscordGuildID, when set, registers commands in that one server
	// (instantly) instead of globally.
	DiscordGuildID string
	// DiscordPublicKey is the application's hex Ed25519 public key, needed
	// by the HTTP interactions mode.
	DiscordPublicKey string
	// DiscordAPIURL, when set, is the REST base URL every Discord call goes
	// to (a proxy, or a fake Discord in tests).
	DiscordAPIURL string
}

// The names of the settings.
const (
	EnvCorpus           = "QUOTEBOT_CORPUS"
	EnvIndex            = "QUOTEBOT_INDEX"
	EnvData             = "QUOTEBOT_DATA"
	EnvLogLevel         = "QUOTEBOT_LOG_LEVEL"
	EnvBeats            = "QUOTEBOT_BEATS"
	EnvFeeds            = "QUOTEBOT_FEEDS"
	EnvFeedInterval     = "QUOTEBOT_FEED_INTERVAL"
	EnvWatchInterval    = "QUOTEBOT_WATCH_INTERVAL"
	EnvDiscordToken     = "DISCORD_TOKEN"
	EnvDiscordAppID     = "DISCORD_APP_ID"
	EnvDiscordGuildID   = "DISCORD_GUILD_ID"
	EnvDiscordPublicKey = "DISCORD_PUBLIC_KEY"
	EnvDiscordAPIURL    = "DISCORD_API_URL"
)

// ErrInvalid is wrapped by every validation error Load returns.
var ErrInvalid = errors.New("invalid setting")

var (
	snowflake = regexp.MustCompile(`^[0-9]{15,21}$`)
	publicKey = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)
)

// Load reads the settings through getenv and checks their form. Discord
// settings are checked when present; ValidateDiscord checks that the bot
// can start.
func Load(getenv func(string) string) (Config, error) {
	c := Config{
		CorpusDir:        strings.TrimSpace(getenv(EnvCorpus)),
		IndexDir:         strings.TrimSpace(getenv(EnvIndex)),
		DataDir:          strings.TrimSpace(getenv(EnvData)),
		BeatsFile:        strings.TrimSpace(getenv(EnvBeats)),
		DiscordToken:     strings.TrimSpace(getenv(EnvDiscordToken)),
		DiscordAppID:     strings.TrimSpace(getenv(EnvDiscordAppID)),
		DiscordGuildID:   strings.TrimSpace(getenv(EnvDiscordGuildID)),
		DiscordPublicKey: strings.TrimSpace(getenv(EnvDiscordPublicKey)),
		DiscordAPIURL:    strings.TrimSpace(getenv(EnvDiscordAPIURL)),
	}
	if lv := strings.TrimSpace(getenv(EnvLogLevel)); lv != "" {
		if err := c.LogLevel.UnmarshalText([]byte(lv)); err != nil {
			return Config{}, fmt.Errorf("%w: %s=%q: want debug, info, warn or error", ErrInvalid, EnvLogLevel, lv)
		}
	}
	for _, f := range strings.Split(getenv(EnvFeeds), ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		u, err := url.Parse(f)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Config{}, fmt.Errorf("%w: %s: %q is not an http(s) feed URL", ErrInvalid, EnvFeeds, f)
		}
		c.Feeds = append(c.Feeds, f)
	}
	var err error
	if c.FeedInterval, err = duration(getenv, EnvFeedInterval, 15*time.Minute, time.Minute); err != nil {
		return Config{}, err
	}
	if c.WatchInterval, err = duration(getenv, EnvWatchInterval, 30*time.Second, time.Second); err != nil {
		return Config{}, err
	}
	if c.DiscordAppID != "" && !snowflake.MatchString(c.DiscordAppID) {
		return Config{}, fmt.Errorf("%w: %s must be the application's numeric id", ErrInvalid, EnvDiscordAppID)
	}
	if c.DiscordGuildID != "" && !snowflake.MatchString(c.DiscordGuildID) {
		return Config{}, fmt.Errorf("%w: %s must be a server's numeric id", ErrInvalid, EnvDiscordGuildID)
	}
	if c.DiscordAPIURL != "" {
		u, err := url.Parse(c.DiscordAPIURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Config{}, fmt.Errorf("%w: %s=%q must be an http(s) URL", ErrInvalid, EnvDiscordAPIURL, c.DiscordAPIURL)
		}
		c.DiscordAPIURL = strings.TrimRight(c.DiscordAPIURL, "/")
	}
	if c.DiscordPublicKey != "" && !publicKey.MatchString(c.DiscordPublicKey) {
		return Config{}, fmt.Errorf("%w: %s must be 64 hex digits (the application's public key)", ErrInvalid, EnvDiscordPublicKey)
	}
	return c, nil
}

// ValidateDiscord checks what the bot needs to connect: a well-formed
// token and the application id. Its errors never contain the token.
func (c Config) ValidateDiscord() error {
	if c.DiscordToken == "" {
		return fmt.Errorf("%w: %s is not set (the bot token from the Discord developer portal)", ErrInvalid, EnvDiscordToken)
	}
	tok := strings.TrimPrefix(c.DiscordToken, "Bot ")
	if strings.Count(tok, ".") != 2 || strings.ContainsAny(tok, " \t\r\n") || len(tok) < 50 {
		return fmt.Errorf("%w: %s is malformed: a bot token has three dot-separated parts", ErrInvalid, EnvDiscordToken)
	}
	if c.DiscordAppID == "" {
		return fmt.Errorf("%w: %s is not set (the application id from the Discord developer portal)", ErrInvalid, EnvDiscordAppID)
	}
	return nil
}

// DefaultIndexDir returns the index folder used when none is set: under
// the user's cache folder.
func DefaultIndexDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("find the user's cache folder (set %s): %w", EnvIndex, err)
	}
	return filepath.Join(d, "quotebot", "index"), nil
}

// DefaultDataDir returns the state folder used when none is set: under
// the user's data folder ($XDG_DATA_HOME or ~/.local/share).
func DefaultDataDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "quotebot"), nil
	}
	h, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the user's home folder (set %s): %w", EnvData, err)
	}
	return filepath.Join(h, ".local", "share", "quotebot"), nil
}

// duration reads a duration setting: def when unset, at least min.
func duration(getenv func(string) string, name string, def, min time.Duration) (time.Duration, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < min {
		return 0, fmt.Errorf("%w: %s=%q: want a duration of at least %s, such as %s", ErrInvalid, name, v, min, def)
	}
	return d, nil
}
