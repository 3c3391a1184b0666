package discordtest

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"net/http"
	"strconv"
	"time"
)

// The interaction types (Discord's numbers).
const (
	InteractionPing         = 1
	InteractionCommand      = 2
	InteractionComponent    = 3
	InteractionAutocomplete = 4
)

// Option returns a command option for an interaction payload; its type
// follows value's Go type (string 3, int 4, bool 5, float64 10).
func Option(name string, value any) map[string]any {
	typ := 3
	switch value.(type) {
	case int, int64:
		typ = 4
	case bool:
		typ = 5
	case float64:
		typ = 10
	}
	return map[string]any{"name": name, "type": typ, "value": value}
}

// Focused returns the string option being typed in an autocomplete
// interaction.
func Focused(name, value string) map[string]any {
	o := Option(name, value)
	o["focused"] = true
	return o
}

// Interaction returns an interaction payload of type typ with data, as
// Discord sends it in INTERACTION_CREATE or POSTs it to an endpoint: it
// carries application_id, token, string-typed permissions and
// app_permissions, guild_id, channel_id and member.user.
func (s *Server) Interaction(typ int, data map[string]any) map[string]any {
	id := s.NewID()
	p := map[string]any{
		"id":              id,
		"application_id":  s.AppID,
		"type":            typ,
		"token":           "token-" + id,
		"version":         1,
		"guild_id":        DefaultGuildID,
		"channel_id":      DefaultChannelID,
		"app_permissions": "274877991936",
		"locale":          "en-US",
		"guild_locale":    "en-US",
		"context":         0,
		"member": map[string]any{
			"user":        map[string]any{"id": DefaultUserID, "username": "analyst", "discriminator": "0", "global_name": "Analyst"},
			"roles":       []string{},
			"joined_at":   "2024-01-02T03:04:05.000000+00:00",
			"permissions": "2248473465835073",
			"deaf":        false,
			"mute":        false,
		},
		"channel": map[string]any{"id": DefaultChannelID, "type": 0, "guild_id": DefaultGuildID},
	}
	if data != nil {
		p["data"] = data
	}
	return p
}

// AsUser changes the user who sent interaction payload p.
func AsUser(p map[string]any, userID string) map[string]any {
	if m, ok := p["member"].(map[string]any); ok {
		if u, ok := m["user"].(map[string]any); ok {
			u["id"] = userID
		}
	}
	if u, ok := p["user"].(map[string]any); ok {
		u["id"] = userID
	}
	return p
}

// ManagerPermissions are member permissions that include Manage Server
// (the default member of Interaction lacks it).
const ManagerPermissions = "2248473465835105"

// WithPermissions sets the member permissions of interaction payload p.
func WithPermissions(p map[string]any, perms string) map[string]any {
	if m, ok := p["member"].(map[string]any); ok {
		m["permissions"] = perms
	}
	return p
}

// Subcommand returns a slash command interaction for subcommand sub of
// command name.
func (s *Server) Subcommand(name, sub string, opts ...map[string]any) map[string]any {
	if opts == nil {
		opts = []map[string]any{}
	}
	return s.Interaction(InteractionCommand, map[string]any{"id": s.NewID(), "name": name, "type": 1,
		"options": []map[string]any{{"name": sub, "type": 1, "options": opts}}})
}

// ChannelOption returns a channel option (type 7) for an interaction.
func ChannelOption(name, channelID string) map[string]any {
	return map[string]any{"name": name, "type": 7, "value": channelID}
}

// InDM turns interaction payload p into one sent from a direct message:
// user instead of member, no guild.
func InDM(p map[string]any) map[string]any {
	if m, ok := p["member"].(map[string]any); ok {
		p["user"] = m["user"]
	}
	delete(p, "member")
	delete(p, "guild_id")
	delete(p, "guild_locale")
	p["context"] = 1
	return p
}

// Command returns a slash command interaction for command name.
func (s *Server) Command(name string, opts ...map[string]any) map[string]any {
	return s.Interaction(InteractionCommand, map[string]any{"id": s.NewID(), "name": name, "type": 1, "options": opts})
}

// Autocomplete returns an autocomplete interaction for command name;
// one of opts should be Focused.
func (s *Server) Autocomplete(name string, opts ...map[string]any) map[string]any {
	return s.Interaction(InteractionAutocomplete, map[string]any{"id": s.NewID(), "name": name, "type": 1, "options": opts})
}

// MessageCommand returns a message context-menu command interaction
// (type 3) named name, aimed at message msg (see Message).
func (s *Server) MessageCommand(name string, msg map[string]any) map[string]any {
	id, _ := msg["id"].(string)
	return s.Interaction(InteractionCommand, map[string]any{
		"id": s.NewID(), "name": name, "type": 3, "target_id": id,
		"resolved": map[string]any{"messages": map[string]any{id: msg}},
	})
}

// Component returns a button click on custom ID customID of message msg.
func (s *Server) Component(customID string, msg map[string]any) map[string]any {
	p := s.Interaction(InteractionComponent, map[string]any{"custom_id": customID, "component_type": 2})
	p["message"] = msg
	return p
}

// Message returns a message object (the payload of MESSAGE_CREATE)
// from DefaultUserID in DefaultChannelID. mentions are user ids the
// message mentions.
func (s *Server) Message(content string, mentions ...string) map[string]any {
	var ms []any
	for _, id := range mentions {
		u := map[string]any{"id": id, "username": "user" + id, "discriminator": "0"}
		if id == s.BotUserID {
			u["username"] = "quotebot"
			u["bot"] = true
		}
		ms = append(ms, u)
	}
	if ms == nil {
		ms = []any{}
	}
	return map[string]any{
		"id":               s.NewID(),
		"type":             0,
		"channel_id":       DefaultChannelID,
		"guild_id":         DefaultGuildID,
		"author":           map[string]any{"id": DefaultUserID, "username": "analyst", "discriminator": "0"},
		"member":           map[string]any{"roles": []string{}, "joined_at": "2024-01-02T03:04:05.000000+00:00"},
		"content":          content,
		"timestamp":        time.Now().UTC().Format(time.RFC3339Nano),
		"edited_timestamp": nil,
		"tts":              false,
		"mention_everyone": false,
		"mentions":         ms,
		"mention_roles":    []string{},
		"attachments":      []any{},
		"embeds":           []any{},
		"pinned":           false,
	}
}

// Sign returns the hex X-Signature-Ed25519 of body sent at timestamp.
func Sign(key ed25519.PrivateKey, timestamp string, body []byte) string {
	msg := append([]byte(timestamp), body...)
	return hex.EncodeToString(ed25519.Sign(key, msg))
}

// SignedRequest returns a POST of body to url signed with key at time
// at, as Discord sends interactions to an endpoint.
func SignedRequest(url string, key ed25519.PrivateKey, body []byte, at time.Time) *http.Request {
	ts := strconv.FormatInt(at.Unix(), 10)
	r, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		panic("discordtest: " + err.Error())
	}
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("X-Signature-Ed25519", Sign(key, ts, body))
	r.Header.Set("X-Signature-Timestamp", ts)
	return r
}
