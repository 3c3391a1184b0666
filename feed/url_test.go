package feed

import (
	"testing"
	"time"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct {
		in, want string
		wantErr  bool
	}{
		{in: "HTTP://WWW.Example.org:80/News/1?utm_source=rss&utm_medium=x", want: "http://www.example.org/News/1"},
		{in: "https://example.org:443/a?b=2&a=1&fbclid=z#top", want: "https://example.org/a?a=1&b=2"},
		{in: "https://example.org", want: "https://example.org/"},
		{in: "https://example.org/", want: "https://example.org/"},
		{in: "https://example.org/news/1/", want: "https://example.org/news/1"},
		{in: "https://example.org/news/1.html", want: "https://example.org/news/1"},
		{in: "https://example.org/news/1.htm?utm_source=rss", want: "https://example.org/news/1"},
		{in: "https://example.org/.html", want: "https://example.org/.html"},
		{in: "https://user:pw@example.org:8443/a", want: "https://example.org:8443/a"},
		{in: " https://example.org/a b ", want: "https://example.org/a%20b"},
		{in: "/relative", wantErr: true},
		{in: "ftp://example.org/file", wantErr: true},
		{in: "mailto:someone@example.org", wantErr: true},
		{in: "http://%zz", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := normalizeURL(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("normalizeURL(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestFileBase(t *testing.T) {
	const u = "https://example.org/a"
	tests := []struct {
		published time.Time
		title     string
		want      string
	}{
		{time.Date(2025, 3, 1, 23, 0, 0, 0, time.UTC), "Iran, US: talks resume!", "2025-03-01-iran-us-talks-resume-"},
		{time.Time{}, "گفت\u200cوگو", "undated-"},
	}
	for _, tt := range tests {
		got := fileBase(tt.published, tt.title, u)
		if want := tt.want + urlHash(u); got != want {
			t.Errorf("fileBase(%v, %q) = %q, want %q", tt.published, tt.title, got, want)
		}
	}
}
