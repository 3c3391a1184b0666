package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// apiClient returns an http.Client that sends every request to base:
// the request keeps its path and query and takes base's scheme and host
// (and base's path in front of its own). discordgo computes its endpoint
// URLs once at start-up, so this is how the REST API is redirected.
func apiClient(base string) (*http.Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("API URL %q must be an http(s) URL", base)
	}
	return &http.Client{Timeout: 20 * time.Second, Transport: &rewriteTransport{base: u, next: http.DefaultTransport}}, nil
}

type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.URL.Scheme = t.base.Scheme
	r.URL.Host = t.base.Host
	if p := strings.TrimRight(t.base.Path, "/"); p != "" {
		r.URL.Path = p + r.URL.Path
		r.URL.RawPath = ""
	}
	r.Host = t.base.Host
	return t.next.RoundTrip(r)
}
