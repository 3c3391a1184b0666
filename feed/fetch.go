package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// HTTPError is a response with a status other than 2xx or 304.
type HTTPError struct {
	URL        string
	StatusCode int
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("GET %s: %d %s", e.URL, e.StatusCode, http.StatusText(e.StatusCode))
}

// permanentError marks a failure that retrying will not mend: a page
// that is not HTML, too large, or gone (410).
type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }
func (e permanentError) Unwrap() error { return e.err }

func isPermanent(err error) bool {
	var p permanentError
	return errors.As(err, &p)
}

// response is what fetch read.
type response struct {
	URL          string // final address, after redirects
	ContentType  string
	ETag         string
	LastModified string
	NotModified  bool
	Body         []byte
}

// fetch GETs url within the timeout and the body size limit. hdr, if
// not nil, may set request headers.
func (p *Poller) fetch(ctx context.Context, url, accept string, hdr func(*http.Request)) (response, error) {
	ctx, cancel := context.WithTimeout(ctx, p.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return response{}, fmt.Errorf("GET %s: %w", url, err)
	}
	req.Header.Set("User-Agent", p.userAgent())
	req.Header.Set("Accept", accept)
	if hdr != nil {
		hdr(req)
	}
	resp, err := p.client().Do(req)
	if err != nil {
		return response{}, err // *url.Error names the method and address
	}
	defer resp.Body.Close()
	r := response{
		URL:          resp.Request.URL.String(),
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		r.NotModified = true
		return r, nil
	case resp.StatusCode == http.StatusGone:
		return r, permanentError{&HTTPError{URL: url, StatusCode: resp.StatusCode}}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return r, &HTTPError{URL: url, StatusCode: resp.StatusCode}
	}
	max := p.maxBodySize()
	if resp.ContentLength > max {
		return r, permanentError{fmt.Errorf("GET %s: body of %d bytes is over the limit of %d", url, resp.ContentLength, max)}
	}
	r.Body, err = io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return r, fmt.Errorf("GET %s: read body: %w", url, err)
	}
	if int64(len(r.Body)) > max {
		return r, permanentError{fmt.Errorf("GET %s: body over the limit of %d bytes", url, max)}
	}
	return r, nil
}

// isHTML reports whether a page's content type (or, when absent, its
// first bytes) says HTML.
func isHTML(contentType string, body []byte) bool {
	if contentType == "" {
		contentType = http.DetectContentType(body)
	}
	ct := strings.ToLower(contentType)
	return strings.Contains(ct, "html")
}
