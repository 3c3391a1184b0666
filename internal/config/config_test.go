package config

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string
	}{
		{"empty", nil, ""},
		{"all set", map[string]string{
			EnvCorpus: "/c", EnvIndex: "/i", EnvData: "/d", EnvLogLevel: "debug",
			EnvDiscordAppID: "123456789012345678", EnvDiscordGuildID: "876543210987654321",
			EnvDiscordAPIURL: "http://127.0.0.1:9999/", EnvDiscordPublicKey: strings.Repeat("ab", 32),
		}, ""},
		{"bad log level", map[string]string{EnvLogLevel: "loud"}, EnvLogLevel},
		{"bad app id", map[string]string{EnvDiscordAppID: "my-app"}, EnvDiscordAppID},
		{"bad guild id", map[string]string{EnvDiscordGuildID: "12"}, EnvDiscordGuildID},
		{"bad api url", map[string]string{EnvDiscordAPIURL: "ftp://x"}, EnvDiscordAPIURL},
		{"bad public key", map[string]string{EnvDiscordPublicKey: "xyz"}, EnvDiscordPublicKey},
		{"bad feed", map[string]string{EnvFeeds: "https://ok.example/rss, file:///etc/passwd"}, EnvFeeds},
		{"feed interval too short", map[string]string{EnvFeedInterval: "10s"}, EnvFeedInterval},
		{"watch interval not a duration", map[string]string{EnvWatchInterval: "often"}, EnvWatchInterval},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(env(tt.env))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Load = %v, want no error", err)
				}
				if tt.env != nil && c.DiscordAPIURL != "http://127.0.0.1:9999" {
					t.Errorf("DiscordAPIURL = %q, want the trailing slash trimmed", c.DiscordAPIURL)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Load = %v, want an ErrInvalid naming %s", err, tt.wantErr)
			}
		})
	}
}

func TestValidateDiscord(t *testing.T) {
	good := "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB"
	tests := []struct {
		name, token, app string
		ok               bool
	}{
		{"good", good, "123456789012345678", true},
		{"with Bot prefix", "Bot " + good, "123456789012345678", true},
		{"missing token", "", "123456789012345678", false},
		{"malformed token", "hunter2-not-a-token", "123456789012345678", false},
		{"missing app id", good, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Config{DiscordToken: tt.token, DiscordAppID: tt.app}.ValidateDiscord()
			if (err == nil) != tt.ok {
				t.Fatalf("ValidateDiscord = %v, want ok=%v", err, tt.ok)
			}
			if err != nil && tt.token != "" && strings.Contains(err.Error(), tt.token) {
				t.Errorf("the error shows the token: %v", err)
			}
		})
	}
}

func TestLoadFeeds(t *testing.T) {
	c, err := Load(env(map[string]string{
		EnvFeeds:         " https://a.example/rss ,, http://b.example/atom.xml ",
		EnvWatchInterval: "5s",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Feeds) != 2 || c.Feeds[0] != "https://a.example/rss" || c.Feeds[1] != "http://b.example/atom.xml" {
		t.Errorf("Feeds = %q, want the two URLs trimmed", c.Feeds)
	}
	if c.FeedInterval != 15*time.Minute || c.WatchInterval != 5*time.Second {
		t.Errorf("intervals = %s, %s, want 15m0s, 5s", c.FeedInterval, c.WatchInterval)
	}
}
