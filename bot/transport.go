package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/quotebot/quotebot/internal/redirect"
)

// apiClient returns an http.Client that sends every REST request to
// base (see redirect.Transport).
func apiClient(base string) (*http.Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("API URL %q must be an http(s) URL", base)
	}
	return &http.Client{Timeout: 20 * time.Second, Transport: redirect.Transport(u, nil)}, nil
}
