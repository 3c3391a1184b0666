package discordtest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// HeartbeatInterval is the heartbeat_interval the fake sends in HELLO.
const HeartbeatInterval = 41250 * time.Millisecond

// Identify is what a client sent in its IDENTIFY (op 2).
type Identify struct {
	Token   string `json:"token"`
	Intents int    `json:"intents"`
}

// gateway is the websocket side of the fake. Its fields are guarded by
// Server.mu.
type gateway struct {
	conns      map[*gconn]bool
	cur        *gconn
	seq        int64
	sessionID  string
	events     []dispatch
	identifies []Identify
	resumes    int
	heartbeats int
}

type gconn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

type dispatch struct {
	seq int64
	t   string
	d   json.RawMessage
}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

func (g *gateway) init() { g.conns = map[*gconn]bool{} }

func (c *gconn) send(f frame) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(f)
}

func (s *Server) closeAll() {
	s.mu.Lock()
	conns := s.gw.conns
	s.gw.conns = map[*gconn]bool{}
	s.gw.cur = nil
	s.mu.Unlock()
	for c := range conns {
		c.ws.Close()
	}
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway serves one websocket connection: HELLO first, then
// IDENTIFY -> READY, RESUME -> replay + RESUMED, heartbeat -> ACK.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gconn{ws: ws}
	s.mu.Lock()
	s.gw.conns[c] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.gw.conns, c)
		if s.gw.cur == c {
			s.gw.cur = nil
		}
		s.notify()
		s.mu.Unlock()
		ws.Close()
	}()

	hello, _ := json.Marshal(map[string]any{"heartbeat_interval": HeartbeatInterval.Milliseconds()})
	if c.send(frame{Op: 10, D: hello}) != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var f frame
		if err := json.Unmarshal(msg, &f); err != nil {
			s.errorf("gateway: bad frame %q: %v", msg, err)
			return
		}
		switch f.Op {
		case 1:
			s.mu.Lock()
			s.gw.heartbeats++
			s.mu.Unlock()
			if c.send(frame{Op: 11, D: json.RawMessage("null")}) != nil {
				return
			}
		case 2:
			var id Identify
			json.Unmarshal(f.D, &id)
			if !s.identify(c, id) {
				return
			}
		case 6:
			var res struct {
				Token     string `json:"token"`
				SessionID string `json:"session_id"`
				Seq       int64  `json:"seq"`
			}
			json.Unmarshal(f.D, &res)
			if !s.resume(c, res.SessionID, res.Seq) {
				return
			}
		}
	}
}

func (s *Server) identify(c *gconn, id Identify) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gw.identifies = append(s.gw.identifies, id)
	s.gw.sessionID = "fake-session-" + strconv.Itoa(len(s.gw.identifies))
	s.gw.cur = c
	ready := map[string]any{
		"v":                  9,
		"session_id":         s.gw.sessionID,
		"resume_gateway_url": s.GatewayURL(),
		"user":               map[string]any{"id": s.BotUserID, "username": "quotebot", "discriminator": "0", "bot": true},
		"application":        map[string]any{"id": s.AppID, "flags": 0},
		"guilds":             []any{map[string]any{"id": DefaultGuildID, "unavailable": true}},
		"private_channels":   []any{},
	}
	defer s.notify()
	return s.sendDispatchLocked(c, "READY", ready) == nil
}

func (s *Server) resume(c *gconn, sessionID string, seq int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	defer s.notify()
	if sessionID != s.gw.sessionID {
		return c.send(frame{Op: 9, D: json.RawMessage("false")}) == nil
	}
	s.gw.cur = c
	s.gw.resumes++
	for _, e := range s.gw.events {
		if e.seq > seq {
			seq := e.seq
			if c.send(frame{Op: 0, T: e.t, S: &seq, D: e.d}) != nil {
				return false
			}
		}
	}
	return s.sendDispatchLocked(c, "RESUMED", map[string]any{}) == nil
}

// sendDispatchLocked numbers, logs and sends one dispatch; the caller
// holds s.mu. With c nil it is only logged, to be replayed on RESUME.
func (s *Server) sendDispatchLocked(c *gconn, t string, d any) error {
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	s.gw.seq++
	seq := s.gw.seq
	s.gw.events = append(s.gw.events, dispatch{seq, t, b})
	if c == nil {
		return nil
	}
	return c.send(frame{Op: 0, T: t, S: &seq, D: b})
}

// Dispatch pushes an event (op 0, rising sequence number) to the
// connected client and returns its sequence number. With no client
// connected the event waits to be replayed when the client resumes.
func (s *Server) Dispatch(t string, d any) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.sendDispatchLocked(s.gw.cur, t, d); err != nil {
		s.errorf("dispatch %s: %v", t, err)
	}
	s.notify()
	return s.gw.seq
}

// DropConnection closes the client's socket abruptly, without a close
// frame, as a network failure would. The session stays resumable.
func (s *Server) DropConnection() {
	s.mu.Lock()
	c := s.gw.cur
	s.gw.cur = nil
	s.mu.Unlock()
	if c != nil {
		c.ws.UnderlyingConn().Close()
	}
}

// WaitIdentified waits until a client has identified n times and
// returns the IDENTIFY payloads, or fails the test.
func (s *Server) WaitIdentified(n int, timeout time.Duration) []Identify {
	s.tb.Helper()
	var got []Identify
	ok := s.wait(timeout, func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		got = append([]Identify(nil), s.gw.identifies...)
		return len(got) >= n && s.gw.cur != nil
	})
	if !ok {
		s.tb.Fatalf("discordtest: waited %v for %d IDENTIFY; got %d", timeout, n, len(got))
	}
	return got
}

// WaitResumed waits until a client has resumed n times, or fails the test.
func (s *Server) WaitResumed(n int, timeout time.Duration) {
	s.tb.Helper()
	var got int
	ok := s.wait(timeout, func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		got = s.gw.resumes
		return got >= n && s.gw.cur != nil
	})
	if !ok {
		s.tb.Fatalf("discordtest: waited %v for %d RESUME; got %d", timeout, n, got)
	}
}

// Heartbeats returns how many heartbeats (op 1) the fake has answered.
func (s *Server) Heartbeats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gw.heartbeats
}
