package redirect

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

func TestTransport(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.URL.RequestURI()
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	tests := []struct{ base, req, want string }{
		{srv.URL, "https://discord.com/api/v9/gateway", "/api/v9/gateway"},
		{srv.URL + "/proxy/", "https://discord.com/api/v9/channels/1/messages?x=1", "/proxy/api/v9/channels/1/messages?x=1"},
	}
	for _, tt := range tests {
		base, err := url.Parse(tt.base)
		if err != nil {
			t.Fatal(err)
		}
		c := &http.Client{Transport: Transport(base, nil)}
		resp, err := c.Get(tt.req)
		if err != nil {
			t.Fatalf("GET %s via %s: %v", tt.req, tt.base, err)
		}
		resp.Body.Close()
		if got != tt.want {
			t.Errorf("GET %s via %s reached %q, want %q", tt.req, tt.base, got, tt.want)
		}
	}
}
