package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// The limits of the HTTP interactions endpoint.
const (
	maxInteractionBody = 64 << 10
	maxSignatureAge    = 5 * time.Minute
	// firstResponseWait bounds the wait for the first response; answers
	// are deferred well before it.
	firstResponseWait = 2800 * time.Millisecond
)

// HTTPHandler serves the HTTP interactions mode: Discord POSTs each
// interaction to /interactions, signed with the application's key, and
// reads the first response from the HTTP response; later edits go
// through the REST API. GET /healthz answers 200 "ok". This mode keeps
// no gateway connection.
func (b *Bot) HTTPHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /interactions", b.serveInteraction)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok")
	})
	return mux
}

func (b *Bot) serveInteraction(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read the request body", http.StatusBadRequest)
		return
	}
	if b.pubKey == nil {
		b.log.Error("an interaction arrived but no public key is configured")
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if !verify(b.pubKey, r.Header, body, b.cfg.Now()) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}

	hr := &httpResponder{ch: make(chan *discordgo.InteractionResponse, 1)}
	// The answer may outlive this request (deferred answers are edited
	// in later), so its context is not the request's.
	ctx := context.WithoutCancel(r.Context())
	go b.guard("http interaction", func() { b.interact(ctx, &i, hr.respond) })

	timer := time.NewTimer(firstResponseWait)
	defer timer.Stop()
	select {
	case resp := <-hr.ch:
		writeJSON(w, resp)
	case <-timer.C:
		hr.close()
		b.log.Error("no first response in time", "interaction", i.ID)
		http.Error(w, "no response in time", http.StatusServiceUnavailable)
	case <-r.Context().Done():
		hr.close()
	}
}

// httpResponder hands the first response to the waiting HTTP handler.
type httpResponder struct {
	mu   sync.Mutex
	done bool
	ch   chan *discordgo.InteractionResponse
}

var errResponded = errors.New("the interaction was already answered or timed out")

func (h *httpResponder) respond(_ context.Context, resp *discordgo.InteractionResponse) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.done {
		return errResponded
	}
	h.done = true
	h.ch <- resp
	return nil
}

func (h *httpResponder) close() {
	h.mu.Lock()
	h.done = true
	h.mu.Unlock()
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "cannot encode the response", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}

// verify checks Discord's signature of an interaction: X-Signature-Ed25519
// signs X-Signature-Timestamp followed by the body, and the timestamp
// (Unix seconds) must be within maxSignatureAge of now.
func verify(key ed25519.PublicKey, h http.Header, body []byte, now time.Time) bool {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return false
	}
	ts := h.Get("X-Signature-Timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if age := now.Sub(time.Unix(sec, 0)); age > maxSignatureAge || age < -maxSignatureAge {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(key, msg, sig)
}
