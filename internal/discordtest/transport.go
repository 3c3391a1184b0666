package discordtest

import (
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Transport returns a RoundTripper that sends every request to baseURL:
// it replaces each request's scheme and host with baseURL's and puts
// baseURL's path, if any, in front of the request's path. Paths arrive
// at the fake as /api/v9/....
func Transport(baseURL string) http.RoundTripper {
	u, err := url.Parse(baseURL)
	if err != nil {
		panic("discordtest: bad base URL " + baseURL + ": " + err.Error())
	}
	return &rewriter{base: u, next: http.DefaultTransport}
}

// Client returns an http.Client for discordgo (session.Client = ...)
// whose requests all go to baseURL.
func Client(baseURL string) *http.Client {
	return &http.Client{Transport: Transport(baseURL), Timeout: 10 * time.Second}
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
