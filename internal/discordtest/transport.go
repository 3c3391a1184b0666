package discordtest

import (
	"net/http"
	"net/url"
	"time"

	"github.com/quotebot/quotebot/internal/redirect"
)

// Transport returns a RoundTripper that sends every request to baseURL
// (see redirect.Transport). Paths arrive at the fake as /api/v9/....
func Transport(baseURL string) http.RoundTripper {
	u, err := url.Parse(baseURL)
	if err != nil {
		panic("discordtest: bad base URL " + baseURL + ": " + err.Error())
	}
	return redirect.Transport(u, nil)
}

// Client returns an http.Client for discordgo (session.Client = ...)
// whose requests all go to baseURL.
func Client(baseURL string) *http.Client {
	return &http.Client{Transport: Transport(baseURL), Timeout: 10 * time.Second}
}
