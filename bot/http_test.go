package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/internal/discordtest"
)

// httpHarness is a bot in HTTP interactions mode behind an httptest
// server, with a fake Discord for its REST calls.
type httpHarness struct {
	fake *discordtest.Server
	srv  *httptest.Server
	key  ed25519.PrivateKey
	logs *syncBuffer
}

func startHTTP(t *testing.T, search Searcher) *httpHarness {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	fake := discordtest.New(t)
	logs := &syncBuffer{}
	b, err := New(Config{AppID: fake.AppID, PublicKey: hex.EncodeToString(pub), APIURL: fake.URL, DeferAfter: 100 * time.Millisecond},
		search, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	srv := httptest.NewServer(b.HTTPHandler())
	t.Cleanup(func() {
		srv.Close()
		checkSent(t, fake.Requests())
		if t.Failed() {
			t.Logf("bot log:\n%s", logs.String())
		}
	})
	return &httpHarness{fake: fake, srv: srv, key: priv, logs: logs}
}

func (h *httpHarness) do(t *testing.T, r *http.Request) (int, []byte) {
	t.Helper()
	resp, err := h.srv.Client().Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func TestHTTPSignatures(t *testing.T) {
	t.Parallel()
	h := startHTTP(t, &fakeSearcher{})
	url := h.srv.URL + "/interactions"
	ping := h.fake.MustJSON(h.fake.Interaction(discordtest.InteractionPing, nil))
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	now := time.Now()

	tests := []struct {
		name     string
		req      func() *http.Request
		status   int
		wantBody string
	}{
		{"ping", func() *http.Request { return discordtest.SignedRequest(url, h.key, ping, now) }, 200, `{"type":1}`},
		{"wrong key", func() *http.Request { return discordtest.SignedRequest(url, otherKey, ping, now) }, 401, ""},
		{"missing signature", func() *http.Request {
			r := discordtest.SignedRequest(url, h.key, ping, now)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401, ""},
		{"missing timestamp", func() *http.Request {
			r := discordtest.SignedRequest(url, h.key, ping, now)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401, ""},
		{"not hex", func() *http.Request {
			r := discordtest.SignedRequest(url, h.key, ping, now)
			r.Header.Set("X-Signature-Ed25519", "zz"+r.Header.Get("X-Signature-Ed25519")[2:])
			return r
		}, 401, ""},
		{"body changed", func() *http.Request {
			r := discordtest.SignedRequest(url, h.key, ping, now)
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(ping, []byte(`"type":1`), []byte(`"type":2`), 1)))
			return r
		}, 401, ""},
		{"stale", func() *http.Request { return discordtest.SignedRequest(url, h.key, ping, now.Add(-6*time.Minute)) }, 401, ""},
		{"from the future", func() *http.Request { return discordtest.SignedRequest(url, h.key, ping, now.Add(6*time.Minute)) }, 401, ""},
		{"too large", func() *http.Request {
			big := append(ping[:len(ping)-1:len(ping)-1], []byte(`,"pad":"`+strings.Repeat("x", 70<<10)+`"}`)...)
			return discordtest.SignedRequest(url, h.key, big, now)
		}, 413, ""},
		{"healthz", func() *http.Request { r, _ := http.NewRequest("GET", h.srv.URL+"/healthz", nil); return r }, 200, "ok"},
		{"get interactions", func() *http.Request { r, _ := http.NewRequest("GET", url, nil); return r }, 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := h.do(t, tt.req())
			if status != tt.status {
				t.Errorf("status = %d (%s), want %d", status, body, tt.status)
			}
			if tt.wantBody != "" && string(body) != tt.wantBody {
				t.Errorf("body = %s, want %s", body, tt.wantBody)
			}
		})
	}
}

func TestHTTPCommands(t *testing.T) {
	t.Parallel()
	search := &fakeSearcher{}
	search.SearchFunc = func(ctx context.Context, q corpus.Query) (corpus.Answer, error) {
		if q.Phrase == "slow" {
			time.Sleep(400 * time.Millisecond)
		}
		return fixtureSearch(q), nil
	}
	h := startHTTP(t, search)
	url := h.srv.URL + "/interactions"

	// A fast answer comes in the HTTP response; nothing goes through REST.
	body := h.fake.MustJSON(h.fake.Command(cmdAsk, discordtest.Option(optQuestion, "what did Araghchi say <@123> @everyone")))
	status, resp := h.do(t, discordtest.SignedRequest(url, h.key, body, time.Now()))
	var c callback
	if err := json.Unmarshal(resp, &c); err != nil || status != 200 {
		t.Fatalf("status %d body %s: %v", status, resp, err)
	}
	if c.Type != 4 || !strings.Contains(c.Data.Content, "5 of 9 quotes") || len(c.Data.Embeds) != 5 {
		t.Errorf("answer = type %d %q with %d embeds", c.Type, c.Data.Content, len(c.Data.Embeds))
	}
	if !bytes.Contains(resp, []byte(`"allowed_mentions":{"parse":[]`)) {
		t.Errorf("answer lacks empty allowed_mentions: %s", resp)
	}
	if v := violations(c.Data.Content, c.Data.Embeds); len(v) > 0 {
		t.Errorf("answer breaks limits: %v", v)
	}
	if n := len(h.fake.Match("", "/api/v9/interactions/*/*/callback")); n != 0 {
		t.Errorf("%d callbacks through REST, want 0 in HTTP mode", n)
	}

	// Autocomplete.
	body = h.fake.MustJSON(h.fake.Autocomplete(cmdQuotes, discordtest.Focused(optSpeaker, "khamenei")))
	_, resp = h.do(t, discordtest.SignedRequest(url, h.key, body, time.Now()))
	if err := json.Unmarshal(resp, &c); err != nil || c.Type != 8 || len(c.Data.Choices) != 1 || c.Data.Choices[0].Value != "Ali Khamenei" {
		t.Errorf("autocomplete = %s", resp)
	}

	// A slow answer is deferred in the HTTP response, then edited in.
	p := h.fake.Command(cmdWhoSaid, discordtest.Option(optPhrase, "slow"), discordtest.Option(optPrivate, true))
	status, resp = h.do(t, discordtest.SignedRequest(url, h.key, h.fake.MustJSON(p), time.Now()))
	if err := json.Unmarshal(resp, &c); err != nil || status != 200 || c.Type != 5 || c.Data.Flags&64 == 0 {
		t.Errorf("slow answer first response = %d %s, want type 5, ephemeral", status, resp)
	}
	edits := h.fake.WaitFor("PATCH", "/api/v9/webhooks/"+h.fake.AppID+"/"+p["token"].(string)+"/messages/@original", 1, wait)
	var e sentBody
	if err := json.Unmarshal(edits[0].Body, &e); err != nil || !strings.Contains(e.Content, "Not in the corpus") {
		t.Errorf("edit = %s", edits[0].Body)
	}
}

func TestNewChecksConfig(t *testing.T) {
	s := &fakeSearcher{}
	tests := []struct {
		name string
		cfg  Config
		s    Searcher
	}{
		{"no app id", Config{Token: testToken}, s},
		{"bad public key", Config{AppID: "1", PublicKey: "abc"}, s},
		{"bad api url", Config{AppID: "1", APIURL: "ftp://x"}, s},
		{"no searcher", Config{AppID: "1"}, nil},
	}
	for _, tt := range tests {
		if _, err := New(tt.cfg, tt.s, nil); err == nil {
			t.Errorf("New(%s) = nil error, want one", tt.name)
		}
	}
	b, err := New(Config{AppID: "1"}, s, nil)
	if err != nil {
		t.Fatalf("New(minimal) = %v", err)
	}
	if err := b.Run(context.Background()); err == nil || strings.Contains(err.Error(), "Bot") {
		t.Errorf("Run() without a token = %v, want an error", err)
	}
}
