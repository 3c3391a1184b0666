package main

import (
	"bytes"
	"log"
	"log/slog"
	"strings"
	"testing"
)

// TestLibraryLogLinesGoToSlogAtDebug checks that a line a library writes
// to the standard logger (bleve's index engine writes "unable to load
// snapshot, …, continuing" there) becomes a slog debug record: hidden at
// the levels a user runs with, shown at debug, never raw.
func TestLibraryLogLinesGoToSlogAtDebug(t *testing.T) {
	const line = "unable to load snapshot, failed to load segment, continuing"
	tests := []struct {
		level slog.Level
		want  bool
	}{
		{slog.LevelWarn, false},
		{slog.LevelInfo, false},
		{slog.LevelDebug, true},
	}
	for _, tt := range tests {
		t.Run(tt.level.String(), func(t *testing.T) {
			var buf bytes.Buffer
			restore := routeLibraryLogs(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: tt.level})))
			log.Print(line)
			restore()
			log.SetOutput(&bytes.Buffer{}) // the restored logger, checked below
			log.Print("after")
			restore()
			got := buf.String()
			if has := strings.Contains(got, line); has != tt.want {
				t.Errorf("slog output = %q; has the library line: %v, want %v", got, has, tt.want)
			}
			if tt.want && !strings.Contains(got, "level=DEBUG") {
				t.Errorf("slog output = %q, want the line as a debug record", got)
			}
			if strings.Contains(got, "after") {
				t.Errorf("slog output = %q, want the standard logger restored", got)
			}
		})
	}
}
