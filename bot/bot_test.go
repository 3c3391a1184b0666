package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"path"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/internal/discordtest"
)

const (
	testToken = "MTAxMjM0NTY3ODkwMTIzNDU2.Gabcde.fake-token-for-tests-only-0123456789"
	wait      = 5 * time.Second

	callbackPath = "/api/v9/interactions/*/*/callback"
	originalPath = "/api/v9/webhooks/*/*/messages/@original"
	followupPath = "/api/v9/webhooks/*/*"
	messagesPath = "/api/v9/channels/*/messages"
)

// syncBuffer is a log destination safe for concurrent handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness is a bot running against a fake Discord.
type harness struct {
	t      *testing.T
	fake   *discordtest.Server
	bot    *Bot
	search *fakeSearcher
	logs   *syncBuffer
}

// start runs a bot on a fake Discord until the test ends. Every message
// the bot sent is then checked for allowed_mentions and Discord's limits,
// and the log for the token.
func start(t *testing.T, search *fakeSearcher, configure func(*Config)) *harness {
	t.Helper()
	fake := discordtest.New(t)
	cfg := Config{Token: testToken, AppID: fake.AppID, APIURL: fake.URL, UserRequests: 100, UserWindow: time.Second}
	if configure != nil {
		configure(&cfg)
	}
	logs := &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, err := New(cfg, search, logger)
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	h := &harness{t: t, fake: fake, bot: b, search: search, logs: logs}
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run() = %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("Run() did not return 10s after its context ended")
		}
		checkSent(t, fake.Requests())
		if strings.Contains(logs.String(), "fake-token-for-tests") {
			t.Errorf("the log contains the bot token")
		}
		if t.Failed() {
			t.Logf("bot log:\n%s", logs.String())
		}
	})
	fake.WaitIdentified(1, wait)
	if cfg.GuildID != "" {
		fake.WaitFor("PUT", "/api/v9/applications/*/guilds/*/commands", 1, wait)
	} else {
		fake.WaitFor("PUT", "/api/v9/applications/*/commands", 1, wait)
	}
	return h
}

// send pushes an interaction and returns its token.
func (h *harness) send(p map[string]any) string {
	h.fake.Dispatch("INTERACTION_CREATE", p)
	return p["token"].(string)
}

// sentBody is what the bot sends as a message, whatever the route.
type sentBody struct {
	Content         string                            `json:"content"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	Components      []json.RawMessage                 `json:"components"`
	Flags           int                               `json:"flags"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Reference       *discordgo.MessageReference       `json:"message_reference"`
	Choices         []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
}

type callback struct {
	Type int      `json:"type"`
	Data sentBody `json:"data"`
}

// callback waits for the interaction response to token.
func (h *harness) callback(token string) callback {
	h.t.Helper()
	r := h.fake.WaitFor("POST", "/api/v9/interactions/*/"+token+"/callback", 1, wait)[0]
	var c callback
	if err := json.Unmarshal(r.Body, &c); err != nil {
		h.t.Fatalf("callback body %s: %v", r.Body, err)
	}
	return c
}

// edit waits for the edit of the original response to token.
func (h *harness) edit(token string) sentBody {
	h.t.Helper()
	p := "/api/v9/webhooks/" + h.fake.AppID + "/" + token + "/messages/@original"
	h.fake.WaitFunc(1, wait, func(r discordtest.Request) bool { return r.Method == "PATCH" && r.Path == p && r.Status == 200 })
	time.Sleep(50 * time.Millisecond) // a second edit, if any, would be wrong
	var ok []discordtest.Request
	for _, r := range h.fake.Match("PATCH", p) {
		if r.Status == 200 {
			ok = append(ok, r)
		}
	}
	if len(ok) != 1 {
		h.t.Fatalf("edits of @original that succeeded = %d, want 1", len(ok))
	}
	var b sentBody
	if err := json.Unmarshal(ok[0].Body, &b); err != nil {
		h.t.Fatalf("edit body %s: %v", ok[0].Body, err)
	}
	return b
}

// checkSent checks every message the bot sent: allowed_mentions parses
// nothing, and the message fits Discord's limits.
func checkSent(t *testing.T, reqs []discordtest.Request) {
	t.Helper()
	for _, r := range reqs {
		isMsg := false
		var b sentBody
		switch {
		case r.Method == "POST" && matchPath(callbackPath, r.Path):
			var c callback
			if err := json.Unmarshal(r.Body, &c); err != nil {
				t.Errorf("%v: body %s: %v", r, r.Body, err)
				continue
			}
			switch c.Type {
			case 4, 5, 7:
				isMsg, b = true, c.Data
			case 8:
				if len(c.Data.Choices) > maxChoices {
					t.Errorf("%v: %d choices", r, len(c.Data.Choices))
				}
			}
		case r.Method == "PATCH" && matchPath(originalPath, r.Path),
			r.Method == "POST" && matchPath(followupPath, r.Path),
			r.Method == "POST" && matchPath(messagesPath, r.Path):
			isMsg = true
			if err := json.Unmarshal(r.Body, &b); err != nil {
				t.Errorf("%v: body %s: %v", r, r.Body, err)
			}
		}
		if !isMsg {
			continue
		}
		if !bytes.Contains(r.Body, []byte(`"allowed_mentions":{"parse":[]`)) || b.AllowedMentions == nil ||
			len(b.AllowedMentions.Parse) != 0 || len(b.AllowedMentions.Users) != 0 || len(b.AllowedMentions.Roles) != 0 || b.AllowedMentions.RepliedUser {
			t.Errorf("%v: allowed_mentions lets something ping: %s", r, r.Body)
		}
		if v := violations(b.Content, b.Embeds); len(v) > 0 {
			t.Errorf("%v: breaks Discord's limits: %v", r, v)
		}
	}
}

// matchPath reports whether p matches pattern, in which a "*" stands
// for one path segment.
func matchPath(pattern, p string) bool {
	ok, err := path.Match(pattern, p)
	return err == nil && ok
}

// nextID returns the custom ID of the enabled Next button in components.
func nextID(t *testing.T, comps []json.RawMessage) string {
	t.Helper()
	for _, c := range comps {
		var row struct {
			Components []struct {
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
				Disabled bool   `json:"disabled"`
			} `json:"components"`
		}
		json.Unmarshal(c, &row)
		for _, b := range row.Components {
			if strings.HasPrefix(b.Label, "Next") && !b.Disabled {
				return b.CustomID
			}
		}
	}
	t.Fatalf("no enabled Next button in %s", comps)
	return ""
}

func TestRegistersCommandsAndIdentifies(t *testing.T) {
	t.Parallel()
	for _, guild := range []string{"", discordtest.DefaultGuildID} {
		t.Run("guild="+guild, func(t *testing.T) {
			h := start(t, &fakeSearcher{}, func(c *Config) { c.GuildID = guild })
			ids := h.fake.WaitIdentified(1, wait)
			if ids[0].Intents != int(Intents) || ids[0].Token != "Bot "+testToken {
				t.Errorf("IDENTIFY intents %d (want %d), token prefix ok: %v", ids[0].Intents, Intents, strings.HasPrefix(ids[0].Token, "Bot "))
			}
			path := "/api/v9/applications/" + h.fake.AppID + "/commands"
			if guild != "" {
				path = "/api/v9/applications/" + h.fake.AppID + "/guilds/" + guild + "/commands"
			}
			reqs := h.fake.Match("PUT", path)
			if len(reqs) != 1 {
				t.Fatalf("PUT %s: %d requests, want 1; all: %v", path, len(reqs), h.fake.Requests())
			}
			var cmds []struct {
				Name    string `json:"name"`
				Type    int    `json:"type"`
				Options []struct {
					Name         string `json:"name"`
					Type         int    `json:"type"`
					Autocomplete bool   `json:"autocomplete"`
				} `json:"options"`
			}
			if err := json.Unmarshal(reqs[0].Body, &cmds); err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			autocomplete := false
			for _, c := range cmds {
				got[c.Name] = c.Type
				for _, o := range c.Options {
					if c.Name == cmdQuotes && o.Name == optSpeaker && o.Autocomplete {
						autocomplete = true
					}
				}
			}
			want := map[string]int{cmdAsk: 1, cmdQuotes: 1, cmdWhoSaid: 1, cmdSpeakers: 1, cmdWhoSaidMsg: 3}
			for name, typ := range want {
				if got[name] != typ {
					t.Errorf("registered %q with type %d, want %d (body %s)", name, got[name], typ, reqs[0].Body)
				}
			}
			if !autocomplete {
				t.Errorf("/quotes speaker is not registered with autocomplete: %s", reqs[0].Body)
			}
		})
	}
}

func TestEachCommand(t *testing.T) {
	t.Parallel()
	search := &fakeSearcher{}
	h := start(t, search, nil)
	f := h.fake
	tests := []struct {
		name      string
		payload   map[string]any
		ephemeral bool
		content   string // the reply's content contains this
		embeds    int
		query     *corpus.Query // the last query the searcher got
	}{
		{"ask", f.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say")), false, "**5 of 9 quotes** (1–5) · what did Araghchi say", 5,
			&corpus.Query{Question: "what did Araghchi say", Limit: pageSize}},
		{"ask private", f.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say"), discordtest.Option(optPrivate, true)), true, "5 of 9 quotes", 5, nil},
		{"quotes", f.Command(cmdQuotes, discordtest.Option(optSpeaker, "Abbas Araghchi"), discordtest.Option(optAbout, "snapback"), discordtest.Option(optSince, "2025-01"), discordtest.Option(optUntil, "2025-01-31")), false, "5 of 6 quotes", 5,
			&corpus.Query{Question: "Abbas Araghchi about snapback, 2025-01 to 2025-01-31", Intent: corpus.IntentWhat, Speaker: "Abbas Araghchi", Topic: "snapback", From: day("2025-01-01"), To: day("2025-02-01"), Limit: pageSize}},
		{"quotes bad date", f.Command(cmdQuotes, discordtest.Option(optSpeaker, "Araghchi"), discordtest.Option(optSince, "28.01.2025")), true, "“28.01.2025” is not a date I can read: use YYYY-MM-DD", 0, nil},
		{"whosaid", f.Command(cmdWhoSaid, discordtest.Option(optPhrase, "hostage diplomacy")), false, "**1 of 1 quote** · who said “hostage diplomacy”", 1,
			&corpus.Query{Question: "who said “hostage diplomacy”", Intent: corpus.IntentWho, Phrase: "hostage diplomacy", Limit: pageSize}},
		{"speakers", f.Command(cmdSpeakers, discordtest.Option(optFilter, "ara")), false, "matching “ara”", 1, nil},
		{"speakers in a DM", discordtest.InDM(f.Command(cmdSpeakers, discordtest.Option(optPrivate, true))), true, "45 speakers", 1, nil},
		{"message command", f.MessageCommand(cmdWhoSaidMsg, f.Message(`Did someone really call it "hostage diplomacy"? <@123>`)), false, "who said “hostage diplomacy”", 1,
			&corpus.Query{Question: "who said “hostage diplomacy”", Intent: corpus.IntentWho, Phrase: "hostage diplomacy", Limit: pageSize}},
		{"message command not found", f.MessageCommand(cmdWhoSaidMsg, f.Message("We must never give in to @everyone")), false, "Not in the corpus: no quote matches “We must never give in to @everyone”.", 0, nil},
		{"message command no text", f.MessageCommand(cmdWhoSaidMsg, f.Message("")), true, "That message has no text to look up.", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := h.callback(h.send(tt.payload))
			if c.Type != 4 {
				t.Fatalf("response type = %d, want 4", c.Type)
			}
			if got := c.Data.Flags&64 != 0; got != tt.ephemeral {
				t.Errorf("ephemeral = %v, want %v", got, tt.ephemeral)
			}
			if !strings.Contains(c.Data.Content, tt.content) {
				t.Errorf("content = %q, want it to contain %q", c.Data.Content, tt.content)
			}
			if len(c.Data.Embeds) != tt.embeds {
				t.Errorf("%d embeds, want %d", len(c.Data.Embeds), tt.embeds)
			}
			if tt.query != nil {
				qs := search.Queries()
				if len(qs) == 0 || !reflect.DeepEqual(qs[len(qs)-1], *tt.query) {
					t.Errorf("searcher got %+v, want %+v", qs, *tt.query)
				}
			}
		})
	}
}

func TestAutocomplete(t *testing.T) {
	t.Parallel()
	h := start(t, &fakeSearcher{}, nil)
	for _, typed := range []string{"", "a", "ara", "zzz"} {
		c := h.callback(h.send(h.fake.Autocomplete(cmdQuotes, discordtest.Focused(optSpeaker, typed), discordtest.Option(optAbout, "talks"))))
		if c.Type != 8 {
			t.Fatalf("autocomplete %q: response type = %d, want 8", typed, c.Type)
		}
		if len(c.Data.Choices) > 25 {
			t.Errorf("autocomplete %q: %d choices, want <= 25", typed, len(c.Data.Choices))
		}
		for _, ch := range c.Data.Choices {
			if !strings.Contains(strings.ToLower(ch.Value), typed) || textLen(ch.Name) > 100 || textLen(ch.Value) > 100 {
				t.Errorf("autocomplete %q: choice %q = %q", typed, ch.Name, ch.Value)
			}
		}
		if typed == "ara" && (len(c.Data.Choices) == 0 || c.Data.Choices[0].Value != "Abbas Araghchi") {
			t.Errorf("autocomplete %q = %+v, want Abbas Araghchi first", typed, c.Data.Choices)
		}
		if typed == "zzz" && len(c.Data.Choices) != 0 {
			t.Errorf("autocomplete %q = %+v, want none", typed, c.Data.Choices)
		}
	}
}

func TestPagingSurvivesRestart(t *testing.T) {
	t.Parallel()
	h := start(t, &fakeSearcher{}, nil)
	first := h.callback(h.send(h.fake.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say"))))
	id := nextID(t, first.Data.Components)

	// A new bot, as after a restart, knows nothing of the first reply.
	search := &fakeSearcher{}
	h2 := start(t, search, nil)
	c := h2.callback(h2.send(h2.fake.Component(id, h2.fake.Message("earlier reply"))))
	if c.Type != 7 {
		t.Fatalf("button response type = %d, want 7 (UPDATE_MESSAGE)", c.Type)
	}
	if want := "**4 of 9 quotes** (6–9)"; !strings.HasPrefix(c.Data.Content, want) {
		t.Errorf("page 2 content = %q, want prefix %q", c.Data.Content, want)
	}
	if q := search.Queries(); len(q) != 1 || q[0].Offset != pageSize || q[0].Question != "what did Araghchi say" {
		t.Errorf("searcher got %+v, want the question at offset %d", q, pageSize)
	}
	if len(c.Data.Embeds) != 4 || !strings.Contains(c.Data.Embeds[0].Footer.Text, "Quote 6 of 9") {
		t.Errorf("page 2 embeds = %d, first footer %+v", len(c.Data.Embeds), c.Data.Embeds[0].Footer)
	}

	bad := h2.callback(h2.send(h2.fake.Component(`pg:["a",5]`, h2.fake.Message("x"))))
	if bad.Type != 4 || bad.Data.Flags&64 == 0 || !strings.Contains(bad.Data.Content, "no longer works") {
		t.Errorf("unknown button = type %d %q, want an ephemeral notice", bad.Type, bad.Data.Content)
	}
}

func TestMention(t *testing.T) {
	t.Parallel()
	search := &fakeSearcher{}
	h := start(t, search, nil)
	f := h.fake

	ignored := f.Message("what did Araghchi say, no mention here")
	f.Dispatch("MESSAGE_CREATE", ignored)
	fromBot := f.Message("<@"+f.BotUserID+"> what did Araghchi say", f.BotUserID)
	fromBot["author"] = map[string]any{"id": "5", "username": "otherbot", "bot": true}
	f.Dispatch("MESSAGE_CREATE", fromBot)

	m := f.Message("<@"+f.BotUserID+"> what did Araghchi say", f.BotUserID)
	f.Dispatch("MESSAGE_CREATE", m)
	f.WaitFor("POST", messagesPath, 1, wait)
	time.Sleep(100 * time.Millisecond) // let an ignored message be answered, wrongly, if it would be
	posts := f.Match("POST", messagesPath)
	if len(posts) != 1 {
		t.Fatalf("posted %d messages, want 1 (only to the mention): %v", len(posts), posts)
	}
	var b sentBody
	json.Unmarshal(posts[0].Body, &b)
	if b.Reference == nil || b.Reference.MessageID != m["id"] || b.Reference.ChannelID != discordtest.DefaultChannelID {
		t.Errorf("message_reference = %+v, want message %v", b.Reference, m["id"])
	}
	if posts[0].Path != "/api/v9/channels/"+discordtest.DefaultChannelID+"/messages" {
		t.Errorf("posted to %s", posts[0].Path)
	}
	if !strings.Contains(b.Content, "5 of 9 quotes") || len(b.Embeds) != 5 {
		t.Errorf("mention reply = %q with %d embeds", b.Content, len(b.Embeds))
	}
	if q := search.Queries(); len(q) != 1 || q[0].Question != "what did Araghchi say" {
		t.Errorf("searcher got %+v, want the question without the mention", q)
	}
}

func TestDeferredAnswer(t *testing.T) {
	t.Parallel()
	slow := &fakeSearcher{}
	slow.AskFunc = func(ctx context.Context, q string, limit, offset int) (corpus.Answer, error) {
		select {
		case <-time.After(300 * time.Millisecond):
		case <-ctx.Done():
			return corpus.Answer{}, ctx.Err()
		}
		if strings.Contains(q, "fail") {
			return corpus.Answer{}, errors.New("index closed")
		}
		return (&fakeSearcher{}).Ask(ctx, q, limit, offset)
	}
	h := start(t, slow, func(c *Config) { c.DeferAfter = 50 * time.Millisecond })

	tok := h.send(h.fake.Command(cmdAsk, discordtest.Option(optQuestion, "what is new"), discordtest.Option(optPrivate, true)))
	c := h.callback(tok)
	if c.Type != 5 || c.Data.Flags&64 == 0 {
		t.Errorf("first response = type %d flags %d, want 5 with the ephemeral flag", c.Type, c.Data.Flags)
	}
	e := h.edit(tok)
	if !strings.HasPrefix(e.Content, "**5 of 13 quotes** (1–5) · what is new") || len(e.Embeds) != 7 {
		t.Errorf("edited original = %q with %d embeds, want the answer", e.Content, len(e.Embeds))
	}

	tok = h.send(h.fake.Command(cmdAsk, discordtest.Option(optQuestion, "fail please")))
	if c := h.callback(tok); c.Type != 5 || c.Data.Flags&64 != 0 {
		t.Errorf("first response = type %d flags %d, want 5, public", c.Type, c.Data.Flags)
	}
	if e := h.edit(tok); e.Content != userText(errors.New("x")) || len(e.Embeds) != 0 {
		t.Errorf("edited original after a failure = %q, want %q", e.Content, userText(errors.New("x")))
	}
	if !strings.Contains(h.logs.String(), "index closed") {
		t.Errorf("the log lacks the failure's detail")
	}

	// A slow page: deferred update (type 6), then the edit.
	id, _ := lookup{Kind: kindAsk, Offset: 5, Args: []string{"what did Araghchi say"}}.customID()
	tok = h.send(h.fake.Component(id, h.fake.Message("old page")))
	if c := h.callback(tok); c.Type != 6 {
		t.Errorf("button response = type %d, want 6", c.Type)
	}
	if e := h.edit(tok); !strings.Contains(e.Content, "(6–9)") {
		t.Errorf("edited page = %q, want page 2", e.Content)
	}

	// A slow page that fails keeps the old page and tells the user in an
	// ephemeral followup, retried after a 429.
	h.fake.RateLimitNext("POST", followupPath, 1, 30*time.Millisecond)
	id, _ = lookup{Kind: kindAsk, Offset: 5, Args: []string{"fail please"}}.customID()
	tok = h.send(h.fake.Component(id, h.fake.Message("old page")))
	if c := h.callback(tok); c.Type != 6 {
		t.Errorf("button response = type %d, want 6", c.Type)
	}
	p := "/api/v9/webhooks/" + h.fake.AppID + "/" + tok
	h.fake.WaitFunc(1, wait, func(r discordtest.Request) bool { return r.Method == "POST" && r.Path == p && r.Status == 200 })
	posts := h.fake.Match("POST", p)
	var b sentBody
	json.Unmarshal(posts[len(posts)-1].Body, &b)
	if got := statuses(posts); len(got) != 2 || got[0] != 429 || b.Flags&64 == 0 || b.Content != userText(errors.New("x")) {
		t.Errorf("followups = %v, last %+v; want 429 then one ephemeral failure notice", got, b)
	}
	if n := len(h.fake.Match("PATCH", "/api/v9/webhooks/*/"+tok+"/messages/@original")); n != 0 {
		t.Errorf("a failed page edited the message %d times, want 0", n)
	}
}

func TestDiscordRateLimitIsRetried(t *testing.T) {
	t.Parallel()
	slow := &fakeSearcher{}
	slow.AskFunc = func(ctx context.Context, q string, limit, offset int) (corpus.Answer, error) {
		time.Sleep(150 * time.Millisecond)
		return fixtureSearch(corpus.Query{Question: q, Limit: limit, Offset: offset}), nil
	}
	h := start(t, slow, func(c *Config) { c.DeferAfter = 20 * time.Millisecond })
	f := h.fake

	f.RateLimitNext("POST", messagesPath, 1, 50*time.Millisecond)
	f.Dispatch("MESSAGE_CREATE", f.Message("<@"+f.BotUserID+"> what did Araghchi say", f.BotUserID))
	f.WaitFor("POST", messagesPath, 2, wait)
	time.Sleep(100 * time.Millisecond)
	reqs := f.Match("POST", messagesPath)
	if len(reqs) != 2 || reqs[0].Status != 429 || reqs[1].Status != 200 {
		t.Errorf("channel posts = %v, want one 429 then one 200", statuses(reqs))
	}
	if len(reqs) == 2 && reqs[1].Time.Sub(reqs[0].Time) < 40*time.Millisecond {
		t.Errorf("retried after %v, want >= retry_after (50ms)", reqs[1].Time.Sub(reqs[0].Time))
	}

	f.RateLimitNext("PATCH", originalPath, 2, 30*time.Millisecond)
	tok := h.send(f.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say")))
	h.edit(tok) // exactly one successful edit
	if got := statuses(f.Match("PATCH", originalPath)); len(got) != 3 || got[2] != 200 {
		t.Errorf("edits = %v, want 429, 429, 200", got)
	}
}

func statuses(reqs []discordtest.Request) []int {
	var s []int
	for _, r := range reqs {
		s = append(s, r.Status)
	}
	return s
}

func TestResumeAfterDrop(t *testing.T) {
	t.Parallel()
	h := start(t, &fakeSearcher{}, nil)
	h.fake.DropConnection()
	// Sent while the connection is down: replayed on resume.
	tok1 := h.send(h.fake.Command(cmdWhoSaid, discordtest.Option(optPhrase, "hostage diplomacy")))
	h.fake.WaitResumed(1, 10*time.Second)
	if c := h.callback(tok1); c.Type != 4 {
		t.Errorf("replayed interaction answered with type %d, want 4", c.Type)
	}
	tok2 := h.send(h.fake.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say")))
	if c := h.callback(tok2); c.Type != 4 || !strings.Contains(c.Data.Content, "quotes") {
		t.Errorf("interaction after resume answered with type %d %q", c.Type, c.Data.Content)
	}
	if n := len(h.fake.WaitIdentified(1, wait)); n != 1 {
		t.Errorf("identified %d times, want 1 (resumed, not reconnected afresh)", n)
	}
}

func TestPanicIsRecovered(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	calls := 0
	search := &fakeSearcher{}
	search.AskFunc = func(ctx context.Context, q string, limit, offset int) (corpus.Answer, error) {
		mu.Lock()
		calls++
		n := calls
		mu.Unlock()
		if n == 1 {
			var s []int
			_ = s[len(s)] // an index out of range: a real bug's panic
		}
		return (&fakeSearcher{}).Ask(ctx, q, limit, offset)
	}
	search.SpeakersFunc = func(ctx context.Context, filter string, limit int) ([]corpus.Speaker, error) {
		panic("speakers exploded")
	}
	h := start(t, search, nil)
	c := h.callback(h.send(h.fake.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say"))))
	if c.Type != 4 || c.Data.Flags&64 == 0 || c.Data.Content != userText(errPanic) {
		t.Errorf("after a panic: type %d flags %d %q, want an ephemeral %q", c.Type, c.Data.Flags, c.Data.Content, userText(errPanic))
	}
	if a := h.callback(h.send(h.fake.Autocomplete(cmdQuotes, discordtest.Focused(optSpeaker, "a")))); a.Type != 8 || len(a.Data.Choices) != 0 {
		t.Errorf("autocomplete after a panic = type %d, %d choices; want 8 with none", a.Type, len(a.Data.Choices))
	}
	c = h.callback(h.send(h.fake.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say"))))
	if c.Type != 4 || !strings.Contains(c.Data.Content, "5 of 9 quotes") {
		t.Errorf("the next command = type %d %q, want an answer", c.Type, c.Data.Content)
	}
	if logs := h.logs.String(); !strings.Contains(logs, "index out of range") || !strings.Contains(logs, "speakers exploded") {
		t.Errorf("the log lacks the panics")
	}
}

func TestUserRateLimit(t *testing.T) {
	t.Parallel()
	search := &fakeSearcher{}
	h := start(t, search, func(c *Config) { c.UserRequests = 2; c.UserWindow = time.Minute })
	f := h.fake
	for i := range 2 {
		if c := h.callback(h.send(f.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say")))); c.Data.Flags&64 != 0 {
			t.Errorf("request %d refused: %q", i+1, c.Data.Content)
		}
	}
	c := h.callback(h.send(f.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say"))))
	if c.Type != 4 || c.Data.Flags&64 == 0 || !strings.Contains(c.Data.Content, "please wait 30 seconds") {
		t.Errorf("third request = type %d flags %d %q, want an ephemeral request to wait", c.Type, c.Data.Flags, c.Data.Content)
	}
	other := discordtest.AsUser(f.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say")), "600000000000000099")
	if c := h.callback(h.send(other)); c.Data.Flags&64 != 0 {
		t.Errorf("another user was refused: %q", c.Data.Content)
	}
	// A flood of mentions gets answers, then one warning, not one per
	// message.
	for range 5 {
		m := f.Message("<@"+f.BotUserID+"> what did Araghchi say", f.BotUserID)
		m["author"] = map[string]any{"id": "600000000000000077", "username": "flooder"}
		f.Dispatch("MESSAGE_CREATE", m)
	}
	f.WaitFor("POST", messagesPath, 3, wait)
	time.Sleep(150 * time.Millisecond)
	posts := f.Match("POST", messagesPath)
	warnings := 0
	for _, p := range posts {
		if bytes.Contains(p.Body, []byte("faster than I can keep up")) {
			warnings++
		}
	}
	if len(posts) != 3 || warnings != 1 {
		t.Errorf("mention flood: %d posts with %d warnings, want 2 answers and 1 warning", len(posts), warnings)
	}
	if n := len(search.Queries()); n != 5 {
		t.Errorf("searcher ran %d times, want 5", n)
	}
}
