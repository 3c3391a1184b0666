// Package discordtest is a fake Discord for tests: a REST API under
// /api/v9/ that records every request and answers with canned or
// rate-limited responses, and a gateway websocket that says HELLO,
// answers IDENTIFY, heartbeats and RESUME, and pushes events. It listens
// on 127.0.0.1 only.
//
// The real discordgo client talks to it when its session.Client is
// Client(server.URL) and nothing else changes.
package discordtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The ids the fake uses unless a test sets others.
const (
	DefaultAppID     = "900000000000000001"
	DefaultBotUserID = "900000000000000001"
	DefaultGuildID   = "800000000000000001"
	DefaultChannelID = "700000000000000001"
	DefaultUserID    = "600000000000000001"
)

// Request is one REST request the fake received, with the status it
// answered.
type Request struct {
	Method string
	// Path is the URL path ("/api/v9/channels/1/messages").
	Path   string
	Query  string
	Header http.Header
	Body   []byte
	Status int
	Time   time.Time
}

// String returns "METHOD path".
func (r Request) String() string { return r.Method + " " + r.Path }

// Server is a fake Discord. Create it with New.
type Server struct {
	// URL is the base URL ("http://127.0.0.1:PORT").
	URL string
	// AppID is the application id used in READY and in payloads.
	AppID string
	// BotUserID is the bot user's id.
	BotUserID string

	srv    *httptest.Server
	tb     testing.TB
	nextID atomic.Int64

	mu       sync.Mutex
	requests []Request
	routes   []route
	limits   []*limit
	changed  chan struct{}             // closed and replaced whenever state changes
	posted   []map[string]any          // channel messages created, in order
	nonces   map[string]map[string]any // "channel nonce" -> message, for enforce_nonce

	gw gateway
}

type route struct {
	method, pattern string
	status          int
	body            []byte
}

type limit struct {
	method, pattern string
	left            int
	retryAfter      float64
}

// New starts a fake Discord on 127.0.0.1 and closes it when the test ends.
func New(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{AppID: DefaultAppID, BotUserID: DefaultBotUserID, tb: tb, changed: make(chan struct{})}
	s.nextID.Store(1000000000000000000)
	s.gw.init()
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", s.serveREST)
	mux.HandleFunc("/ws/", s.serveGateway)
	mux.HandleFunc("/ws", s.serveGateway)
	s.srv = httptest.NewServer(mux)
	s.URL = s.srv.URL
	tb.Cleanup(s.Close)
	return s
}

// Close drops any gateway connection and stops the server.
func (s *Server) Close() {
	s.closeAll()
	s.srv.Close()
}

// Client returns an http.Client whose requests all go to the fake.
func (s *Server) Client() *http.Client { return Client(s.URL) }

// NewID returns a fresh snowflake-like id.
func (s *Server) NewID() string { return strconv.FormatInt(s.nextID.Add(1), 10) }

// Handle makes the fake answer requests matching method and pattern with
// status and body. The pattern is a path such as
// "/api/v9/channels/*/messages" in which * stands for one segment.
// Later calls take precedence over earlier ones.
func (s *Server) Handle(method, pattern string, status int, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes = append([]route{{method, pattern, status, []byte(body)}}, s.routes...)
}

// RateLimitNext answers the next n requests matching method and pattern
// with 429 Too Many Requests, retry_after seconds, and the X-RateLimit-*
// and Retry-After headers Discord sends.
func (s *Server) RateLimitNext(method, pattern string, n int, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits = append(s.limits, &limit{method, pattern, n, retryAfter.Seconds()})
}

// Requests returns a copy of every REST request received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Match returns the recorded requests matching method and pattern (see
// Handle); an empty method matches any.
func (s *Server) Match(method, pattern string) []Request {
	var out []Request
	for _, r := range s.Requests() {
		if matches(method, pattern, r.Method, r.Path) {
			out = append(out, r)
		}
	}
	return out
}

// WaitFor waits until at least n recorded requests match method and
// pattern and returns them, or fails the test after timeout.
func (s *Server) WaitFor(method, pattern string, n int, timeout time.Duration) []Request {
	s.tb.Helper()
	got, ok := s.waitUntil(timeout, func() ([]Request, bool) {
		m := s.Match(method, pattern)
		return m, len(m) >= n
	})
	if !ok {
		s.tb.Fatalf("discordtest: waited %v for %d request(s) %s %s; got %d; all requests: %v", timeout, n, method, pattern, len(got), s.Requests())
	}
	return got
}

// WaitFunc waits until at least n recorded requests satisfy match and
// returns them, or fails the test after timeout.
func (s *Server) WaitFunc(n int, timeout time.Duration, match func(Request) bool) []Request {
	s.tb.Helper()
	got, ok := s.waitUntil(timeout, func() ([]Request, bool) {
		var m []Request
		for _, r := range s.Requests() {
			if match(r) {
				m = append(m, r)
			}
		}
		return m, len(m) >= n
	})
	if !ok {
		s.tb.Fatalf("discordtest: waited %v for %d matching request(s); got %d; all requests: %v", timeout, n, len(got), s.Requests())
	}
	return got
}

func (s *Server) waitUntil(timeout time.Duration, cond func() ([]Request, bool)) ([]Request, bool) {
	var got []Request
	ok := s.wait(timeout, func() bool {
		var done bool
		got, done = cond()
		return done
	})
	return got, ok
}

// wait calls cond whenever the fake's state changes until it returns
// true or timeout passes.
func (s *Server) wait(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return cond()
		}
	}
}

// notify wakes waiters; callers hold s.mu.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func matches(method, pattern, gotMethod, gotPath string) bool {
	if method != "" && method != gotMethod {
		return false
	}
	ok, err := path.Match(pattern, gotPath)
	return err == nil && ok
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body, Time: time.Now()}
	status, hdr, resp := s.answer(r.Method, r.URL.Path, body)
	rec.Status = status

	s.mu.Lock()
	s.requests = append(s.requests, rec)
	s.notify()
	s.mu.Unlock()

	for k, v := range hdr {
		w.Header()[k] = v
	}
	if len(resp) > 0 {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(status)
	w.Write(resp)
}

// answer chooses the response: a pending rate limit, a canned route, or
// the built-in behaviour of Discord for the routes a bot uses.
func (s *Server) answer(method, p string, body []byte) (int, http.Header, []byte) {
	s.mu.Lock()
	for _, l := range s.limits {
		if l.left > 0 && matches(l.method, l.pattern, method, p) {
			l.left--
			s.mu.Unlock()
			ra := strconv.FormatFloat(l.retryAfter, 'f', -1, 64)
			h := http.Header{}
			h.Set("Retry-After", ra)
			h.Set("X-RateLimit-Limit", "5")
			h.Set("X-RateLimit-Remaining", "0")
			h.Set("X-RateLimit-Reset-After", ra)
			h.Set("X-RateLimit-Bucket", "fake")
			h.Set("X-RateLimit-Scope", "user")
			b, _ := json.Marshal(map[string]any{"message": "You are being rate limited.", "retry_after": l.retryAfter, "global": false})
			return http.StatusTooManyRequests, h, b
		}
	}
	for _, rt := range s.routes {
		if matches(rt.method, rt.pattern, method, p) {
			s.mu.Unlock()
			return rt.status, nil, rt.body
		}
	}
	s.mu.Unlock()

	rest := strings.TrimPrefix(p, "/api/v9")
	seg := strings.Split(strings.Trim(rest, "/"), "/")
	ok := func(v any) (int, http.Header, []byte) {
		b, _ := json.Marshal(v)
		return http.StatusOK, nil, b
	}
	switch {
	case method == "GET" && (rest == "/gateway" || rest == "/gateway/bot"):
		return ok(map[string]any{"url": s.GatewayURL(), "shards": 1,
			"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
	case method == "PUT" && len(seg) >= 3 && seg[0] == "applications" && seg[len(seg)-1] == "commands":
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			return http.StatusBadRequest, nil, []byte(`{"message":"Invalid Form Body","code":50035}`)
		}
		for _, c := range cmds {
			c["id"] = s.NewID()
			c["application_id"] = seg[1]
			c["version"] = s.NewID()
		}
		return ok(cmds)
	case method == "POST" && len(seg) == 4 && seg[0] == "interactions" && seg[3] == "callback":
		if !json.Valid(body) {
			return http.StatusBadRequest, nil, []byte(`{"message":"Invalid Form Body","code":50035}`)
		}
		return http.StatusNoContent, nil, nil
	case (method == "PATCH" || method == "GET") && len(seg) == 5 && seg[0] == "webhooks" && seg[3] == "messages":
		return ok(s.message(body))
	case method == "POST" && len(seg) == 3 && seg[0] == "webhooks":
		return ok(s.message(body))
	case method == "POST" && len(seg) == 3 && seg[0] == "channels" && seg[2] == "messages":
		return ok(s.createMessage(seg[1], body))
	}
	return http.StatusNotFound, nil, []byte(`{"message":"404: Not Found","code":0}`)
}

// createMessage creates a channel message from a posted body. As
// Discord does, a body with enforce_nonce and a nonce already used in the
// channel creates nothing and gets the earlier message back.
func (s *Server) createMessage(channelID string, body []byte) map[string]any {
	var n struct {
		Nonce        any  `json:"nonce"`
		EnforceNonce bool `json:"enforce_nonce"`
	}
	json.Unmarshal(body, &n)
	key := ""
	if n.EnforceNonce && n.Nonce != nil {
		key = channelID + " " + fmt.Sprint(n.Nonce)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if m, ok := s.nonces[key]; ok && key != "" {
		return m
	}
	m := s.message(body)
	m["channel_id"] = channelID
	if key != "" {
		if s.nonces == nil {
			s.nonces = make(map[string]map[string]any)
		}
		s.nonces[key] = m
	}
	s.posted = append(s.posted, m)
	return m
}

// ChannelMessages returns the messages created in channelID (every
// channel when empty), oldest first. A post that Discord would drop for
// its repeated nonce does not create one.
func (s *Server) ChannelMessages(channelID string) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	for _, m := range s.posted {
		if channelID == "" || m["channel_id"] == channelID {
			out = append(out, m)
		}
	}
	return out
}

// message builds the message object Discord returns for a posted body.
func (s *Server) message(body []byte) map[string]any {
	m := map[string]any{}
	if len(bytes.TrimSpace(body)) > 0 {
		json.Unmarshal(body, &m)
	}
	delete(m, "allowed_mentions")
	delete(m, "message_reference")
	m["id"] = s.NewID()
	m["type"] = 0
	if _, ok := m["channel_id"]; !ok {
		m["channel_id"] = DefaultChannelID
	}
	m["timestamp"] = time.Now().UTC().Format(time.RFC3339)
	m["author"] = map[string]any{"id": s.BotUserID, "username": "quotebot", "bot": true}
	return m
}

// GatewayURL is the websocket URL GET /gateway returns.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.URL, "http") + "/ws"
}

// MustJSON marshals v or fails the test.
func (s *Server) MustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		s.tb.Fatalf("discordtest: marshal %T: %v", v, err)
	}
	return b
}

// errorf reports a problem in the fake without stopping the test
// goroutine (it may run on a server goroutine).
func (s *Server) errorf(format string, args ...any) {
	s.tb.Errorf("discordtest: "+format, args...)
}
