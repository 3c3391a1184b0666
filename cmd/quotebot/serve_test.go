package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/digest"
	"github.com/quotebot/quotebot/internal/discordtest"
	"github.com/quotebot/quotebot/internal/store"
	"github.com/quotebot/quotebot/search"
)

// lockedBuffer is an io.Writer safe for the serve goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs `quotebot serve` with args and env in a goroutine,
// from an empty working folder. It returns serve's log and a function
// that stops serve and checks that it returned nil.
func startServe(t *testing.T, env map[string]string, args ...string) (logs *lockedBuffer, stop func()) {
	t.Helper()
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	logs = &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve"}, args...), func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, logs)
	}()
	stop = func() {
		t.Helper()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Fatal("serve did not stop")
		}
	}
	return logs, stop
}

func TestHealthHandlerReportsTrouble(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sched := &digest.Scheduler{Store: st}
	ix, err := search.OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	b, err := bot.New(bot.Config{AppID: "123456789012345678"}, ix, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name             string
		gateway, digests bool
		status           int
		body             string
	}{
		{"gateway down", true, false, 503, "not connected to the Discord gateway"},
		{"scheduler not started", false, true, 503, "digest scheduler has not started"},
		{"http mode without digests", false, false, 200, "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			healthHandler(b, sched, tt.gateway, tt.digests).ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("GET /healthz = %d %q, want %d %q", rec.Code, rec.Body.String(), tt.status, tt.body)
			}
		})
	}
}

func TestServeWithDigestsAndHealth(t *testing.T) {
	fake := discordtest.New(t)
	health := freeAddr(t)
	data := t.TempDir()
	env := map[string]string{
		"DISCORD_TOKEN":   "MTAxMjM0NTY3ODkwMTIzNDU2.Gabcde.fake-token-for-tests-only-0123456789",
		"DISCORD_APP_ID":  fake.AppID,
		"DISCORD_API_URL": fake.URL,
		"QUOTEBOT_INDEX":  filepath.Join(t.TempDir(), "index"),
		"QUOTEBOT_DATA":   data,
	}
	logs, stop := startServe(t, env, "--health", health)

	fake.WaitIdentified(1, 20*time.Second)
	reg := fake.WaitFor("PUT", "/api/v9/applications/*/commands", 1, 10*time.Second)
	if !strings.Contains(string(reg[0].Body), `"name":"digest"`) || !strings.Contains(string(reg[0].Body), `"name":"beat"`) {
		t.Errorf("registered commands lack /digest or the beat option: %s", reg[0].Body)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get("http://" + health + "/healthz")
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 && strings.TrimSpace(string(body)) == "ok" {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET /healthz never answered 200 ok (last: %v)\nlog:\n%s", err, logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	// A digest subscribed through Discord lands in the store in QUOTEBOT_DATA.
	p := discordtest.WithPermissions(fake.Subcommand("digest", "subscribe",
		discordtest.ChannelOption("channel", "700000000000000042"), discordtest.Option("schedule", "daily 08:00")), discordtest.ManagerPermissions)
	fake.Dispatch("INTERACTION_CREATE", p)
	cb := fake.WaitFor("POST", "/api/v9/interactions/*/"+p["token"].(string)+"/callback", 1, 10*time.Second)
	if !strings.Contains(string(cb[0].Body), "Subscribed: digest") {
		t.Errorf("subscribe answer = %s", cb[0].Body)
	}
	stop()
	if strings.Contains(logs.String(), "fake-token-for-tests") {
		t.Error("the log holds the token")
	}
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if subs, _ := st.Subscriptions(context.Background(), ""); len(subs) != 1 {
		t.Errorf("subscriptions in the store after serve = %d, want 1", len(subs))
	}
}

// TestServePicksUpNewCorpusFiles writes an article into the corpus
// folder while serve runs and asks for it through Discord: the live
// corpus indexes it without a restart.
func TestServePicksUpNewCorpusFiles(t *testing.T) {
	fake := discordtest.New(t)
	corpusDir := t.TempDir()
	old := "---\nid: old-1\ntitle: Old news\nsource: Test Wire\npublished: 2025-01-20\n---\n\n“The talks will resume in spring,” Foreign Minister Abbas Araghchi said on Monday.\n"
	if err := os.WriteFile(filepath.Join(corpusDir, "old.md"), []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"DISCORD_TOKEN":           "MTAxMjM0NTY3ODkwMTIzNDU2.Gabcde.fake-token-for-tests-only-0123456789",
		"DISCORD_APP_ID":          fake.AppID,
		"DISCORD_API_URL":         fake.URL,
		"QUOTEBOT_CORPUS":         corpusDir,
		"QUOTEBOT_INDEX":          filepath.Join(t.TempDir(), "index"),
		"QUOTEBOT_DATA":           t.TempDir(),
		"QUOTEBOT_WATCH_INTERVAL": "1s",
	}
	logs, stop := startServe(t, env)
	fake.WaitIdentified(1, 20*time.Second)

	fresh := "---\nid: new-1\ntitle: Kallas in Ankara\nsource: Test Wire\npublished: 2025-01-28\n---\n\n“Türkiye remains a key partner and its accession path is open,” said Kaja Kallas, the EU foreign policy chief, on Tuesday.\n"
	if err := os.WriteFile(filepath.Join(corpusDir, "new.md"), []byte(fresh), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for n := 1; ; n++ {
		p := fake.Command("ask", discordtest.Option("question", "what did Kallas say"))
		fake.Dispatch("INTERACTION_CREATE", p)
		tok := p["token"].(string)
		fake.WaitFunc(1, 10*time.Second, func(r discordtest.Request) bool {
			return strings.Contains(r.Path, tok) && (strings.HasSuffix(r.Path, "/callback") && !strings.Contains(string(r.Body), `"type":5`) || strings.Contains(r.Path, "/messages/@original"))
		})
		var answered bool
		for _, r := range fake.Requests() {
			if strings.Contains(r.Path, tok) && strings.Contains(string(r.Body), "accession path is open") {
				answered = true
			}
		}
		if answered {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the new article's quote never reached /ask after %d tries\nlog:\n%s", n, logs.String())
		}
		time.Sleep(500 * time.Millisecond)
	}
	stop()
}

// TestServeRefusesADamagedStore damages the state store: serve says
// which file and how to start afresh, and connects to nothing, so it
// cannot post a digest twice. With --fresh-store it moves the file
// aside and runs.
func TestServeRefusesADamagedStore(t *testing.T) {
	fake := discordtest.New(t)
	data := t.TempDir()
	env := map[string]string{
		"DISCORD_TOKEN":   "MTAxMjM0NTY3ODkwMTIzNDU2.Gabcde.fake-token-for-tests-only-0123456789",
		"DISCORD_APP_ID":  fake.AppID,
		"DISCORD_API_URL": fake.URL,
		"QUOTEBOT_INDEX":  filepath.Join(t.TempDir(), "index"),
		"QUOTEBOT_DATA":   data,
	}
	db := filepath.Join(data, store.FileName)
	if err := os.WriteFile(db, bytes.Repeat([]byte{0xA5}, 32768), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := runQuotebot(t, env, "", "serve")
	if err == nil || !strings.Contains(err.Error(), db) || !strings.Contains(err.Error(), "--fresh-store") {
		t.Fatalf("serve on a damaged store = %v, want an error naming %s and --fresh-store", err, db)
	}
	if n := len(fake.Match("POST", "/api/v9/channels/*/messages")); n != 0 {
		t.Errorf("serve on a damaged store posted %d messages", n)
	}

	logs, stop := startServe(t, env, "--fresh-store")
	fake.WaitIdentified(1, 20*time.Second)
	stop()
	moved, _ := filepath.Glob(db + ".damaged-*")
	if len(moved) != 1 {
		t.Errorf("damaged copies = %q, want one\nlog:\n%s", moved, logs.String())
	}
}
