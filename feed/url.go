package feed

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// trackingParams are query parameters that say where a reader came from,
// not which article they read. normalizeURL drops them.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true,
	"mc_eid": true, "igshid": true, "ref": true, "ref_src": true, "cmpid": true,
	"ito": true, "ocid": true, "smid": true, "at_medium": true, "at_campaign": true,
}

// normalizeURL returns the form of an article's address that is compared
// to recognise the same article: an absolute http or https URL with the
// scheme and host lower-cased, no default port, no user information, no
// fragment, no tracking parameters (utm_* and the like), the remaining
// query parameters sorted, no trailing slash or ".html" ending, and "/"
// for an empty path. It is an error for
// the address to be relative or to use another scheme.
func normalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("bad URL %q: %w", raw, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("bad URL %q: want http or https", raw)
	}
	if u.Opaque != "" || u.Host == "" {
		return "", fmt.Errorf("bad URL %q: want an absolute address", raw)
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if host == "" {
		return "", fmt.Errorf("bad URL %q: no host", raw)
	}
	if port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https" {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	// "/news/1/", "/news/1.html" and "/news/1" are one article: sites
	// and feeds write the same address each way.
	if p := strings.TrimSuffix(u.Path, "/"); p != "" && p != u.Path {
		u.Path, u.RawPath = p, ""
	}
	for _, ext := range []string{".html", ".htm"} {
		if p, ok := strings.CutSuffix(u.Path, ext); ok && p != "" && !strings.HasSuffix(p, "/") {
			u.Path, u.RawPath = p, ""
			break
		}
	}
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if trackingParams[strings.ToLower(k)] || strings.HasPrefix(strings.ToLower(k), "utm_") {
				delete(q, k)
			}
		}
		for _, vs := range q {
			slices.Sort(vs)
		}
		u.RawQuery = q.Encode() // sorted by key
	}
	u.ForceQuery = false
	return u.String(), nil
}

// hostOf returns the host of a normalised URL without "www." and
// without a port, for naming folders.
func hostOf(normalized string) string {
	u, err := url.Parse(normalized)
	if err != nil {
		return "unknown"
	}
	h := slug(strings.TrimPrefix(u.Hostname(), "www."), 80, true)
	if h == "" {
		return "unknown"
	}
	return h
}
