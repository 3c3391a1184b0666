package discordtest_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/internal/discordtest"
)

func newSession(t *testing.T, fake *discordtest.Server) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New("Bot fake.token.value")
	if err != nil {
		t.Fatal(err)
	}
	s.Client = fake.Client()
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages
	s.LogLevel = -1
	return s
}

func TestGatewayIdentifyDispatchResume(t *testing.T) {
	fake := discordtest.New(t)
	s := newSession(t, fake)
	got := make(chan *discordgo.MessageCreate, 4)
	s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { got <- m })
	if err := s.Open(); err != nil {
		t.Fatalf("Open() = %v", err)
	}
	defer s.Close()

	ids := fake.WaitIdentified(1, 5*time.Second)
	if ids[0].Token != "Bot fake.token.value" || ids[0].Intents != int(discordgo.IntentsGuilds|discordgo.IntentsGuildMessages) {
		t.Errorf("IDENTIFY = %+v", ids[0])
	}
	if s.State.User == nil || s.State.User.ID != fake.BotUserID {
		t.Errorf("State.User = %+v, want id %s", s.State.User, fake.BotUserID)
	}

	fake.Dispatch("MESSAGE_CREATE", fake.Message("one"))
	if m := recv(t, got); m.Content != "one" || m.Timestamp.IsZero() {
		t.Errorf("MessageCreate = %q at %v, want %q with a timestamp", m.Content, m.Timestamp, "one")
	}

	fake.DropConnection()
	// Sent while the socket is down: replayed on RESUME.
	fake.Dispatch("MESSAGE_CREATE", fake.Message("two"))
	fake.WaitResumed(1, 10*time.Second)
	if m := recv(t, got); m.Content != "two" {
		t.Errorf("replayed MessageCreate = %q, want %q", m.Content, "two")
	}
	fake.Dispatch("MESSAGE_CREATE", fake.Message("three"))
	if m := recv(t, got); m.Content != "three" {
		t.Errorf("MessageCreate after resume = %q, want %q", m.Content, "three")
	}
	if n := len(fake.WaitIdentified(1, time.Second)); n != 1 {
		t.Errorf("IDENTIFY count = %d, want 1 (resume, not a new session)", n)
	}
	// discordgo sends its first heartbeat as soon as it connects, from a
	// goroutine of its own: wait for it rather than race it.
	deadline := time.Now().Add(5 * time.Second)
	for fake.Heartbeats() < 1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if fake.Heartbeats() < 1 {
		t.Errorf("Heartbeats() = %d within 5s, want >= 1", fake.Heartbeats())
	}
}

func recv(t *testing.T, ch chan *discordgo.MessageCreate) *discordgo.MessageCreate {
	t.Helper()
	select {
	case m := <-ch:
		return m
	case <-time.After(5 * time.Second):
		t.Fatal("no MESSAGE_CREATE within 5s")
		return nil
	}
}

func TestInteractionDecodes(t *testing.T) {
	fake := discordtest.New(t)
	tests := []struct {
		name    string
		payload map[string]any
		check   func(*discordgo.Interaction) bool
	}{
		{"command", fake.Command("ask", discordtest.Option("question", "what did Araghchi say"), discordtest.Option("private", true)), func(i *discordgo.Interaction) bool {
			d := i.ApplicationCommandData()
			return d.Name == "ask" && d.GetOption("question").StringValue() == "what did Araghchi say" && d.GetOption("private").BoolValue() && i.Member.User.ID == discordtest.DefaultUserID
		}},
		{"autocomplete", fake.Autocomplete("quotes", discordtest.Focused("speaker", "ara")), func(i *discordgo.Interaction) bool {
			return i.Type == discordgo.InteractionApplicationCommandAutocomplete && i.ApplicationCommandData().Options[0].Focused
		}},
		{"message command", fake.MessageCommand("Who said this?", fake.Message(`He said "hostage diplomacy".`)), func(i *discordgo.Interaction) bool {
			d := i.ApplicationCommandData()
			return d.CommandType == discordgo.MessageApplicationCommand && strings.Contains(d.Resolved.Messages[d.TargetID].Content, "hostage")
		}},
		{"component", fake.Component("page", fake.Message("x")), func(i *discordgo.Interaction) bool {
			return i.MessageComponentData().CustomID == "page" && i.Message != nil
		}},
		{"dm", discordtest.InDM(fake.Command("speakers")), func(i *discordgo.Interaction) bool {
			return i.Member == nil && i.User != nil && i.User.ID == discordtest.DefaultUserID
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.payload)
			if err != nil {
				t.Fatal(err)
			}
			var i discordgo.Interaction
			if err := json.Unmarshal(b, &i); err != nil {
				t.Fatalf("Unmarshal = %v", err)
			}
			if i.AppID != fake.AppID || i.Token == "" || i.ID == "" || !tt.check(&i) {
				t.Errorf("decoded interaction %+v does not look like its payload %s", i, b)
			}
		})
	}
}

func TestRESTRecordsCannedAndRateLimit(t *testing.T) {
	fake := discordtest.New(t)
	s := newSession(t, fake)

	fake.RateLimitNext("POST", "/api/v9/channels/*/messages", 2, 20*time.Millisecond)
	m, err := s.ChannelMessageSendComplex("42", &discordgo.MessageSend{Content: "hi"})
	if err != nil {
		t.Fatalf("ChannelMessageSendComplex = %v", err)
	}
	if m.ChannelID != "42" || m.ID == "" {
		t.Errorf("message = %+v, want channel 42 and an id", m)
	}
	reqs := fake.Match("POST", "/api/v9/channels/42/messages")
	var codes []int
	for _, r := range reqs {
		codes = append(codes, r.Status)
	}
	if len(codes) != 3 || codes[0] != 429 || codes[1] != 429 || codes[2] != 200 {
		t.Errorf("statuses = %v, want [429 429 200]", codes)
	}

	fake.Handle("GET", "/api/v9/users/*", http.StatusOK, `{"id":"5","username":"canned"}`)
	u, err := s.User("5")
	if err != nil || u.Username != "canned" {
		t.Errorf("User(5) = %+v, %v; want the canned user", u, err)
	}
	if got := fake.Match("GET", "/api/v9/users/5"); len(got) != 1 || got[0].Header.Get("Authorization") != "Bot fake.token.value" {
		t.Errorf("recorded %v, want one GET with the bot authorization", got)
	}
}

func TestEnforceNonceDeduplicates(t *testing.T) {
	fake := discordtest.New(t)
	post := func(channel, body string) map[string]any {
		t.Helper()
		resp, err := fake.Client().Post("https://discord.com/api/v9/channels/"+channel+"/messages", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&m); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("POST = %d, %v", resp.StatusCode, err)
		}
		return m
	}
	a := post("1", `{"content":"a","nonce":"n1","enforce_nonce":true}`)
	b := post("1", `{"content":"a again","nonce":"n1","enforce_nonce":true}`)
	c := post("2", `{"content":"other channel","nonce":"n1","enforce_nonce":true}`)
	d := post("1", `{"content":"not enforced","nonce":"n1"}`)
	if a["id"] != b["id"] || b["content"] != "a" {
		t.Errorf("repeat of an enforced nonce = %v, want the first message %v", b, a)
	}
	if c["id"] == a["id"] || d["id"] == a["id"] {
		t.Errorf("another channel or an unenforced nonce got the first message")
	}
	if got := len(fake.ChannelMessages("1")); got != 2 {
		t.Errorf("ChannelMessages(1) = %d, want 2", got)
	}
	if got := len(fake.ChannelMessages("")); got != 3 {
		t.Errorf("ChannelMessages(all) = %d, want 3", got)
	}
}
