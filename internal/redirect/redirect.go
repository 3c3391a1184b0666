// Package redirect sends HTTP requests to another base URL. discordgo
// computes its endpoint URLs once at start-up, so a transport that
// rewrites each request is how its REST calls reach a proxy or a fake.
package redirect

import (
	"net/http"
	"net/url"
	"strings"
)

// Transport returns a RoundTripper that sends every request to base: the
// request keeps its path and query, takes base's scheme and host, and
// gets base's path, if any, in front of its own. A nil next means
// http.DefaultTransport.
func Transport(base *url.URL, next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	return &rewriter{base: base, next: next}
}

type rewriter struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rewriter) RoundTrip(req *http.Request) (*http.Response, error) {
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
