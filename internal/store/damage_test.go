package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOpenDamagedStore damages a store's file in several ways. Each is
// an error that wraps ErrDamaged and names the file, never a crash (a
// truncated file used to be a fault in the memory map that killed the
// process), and the file is left as it was for inspection. MoveAside
// then starts afresh.
func TestOpenDamagedStore(t *testing.T) {
	tests := []struct {
		name   string
		damage func(b []byte) []byte
	}{
		{"cut to 100 bytes", func(b []byte) []byte { return b[:100] }},
		{"cut to one page", func(b []byte) []byte { return b[:4096] }},
		{"cut to two pages", func(b []byte) []byte { return b[:8192] }},
		{"cut inside the third page", func(b []byte) []byte { return b[:12000] }},
		{"cut in half", func(b []byte) []byte { return b[:len(b)/2] }},
		{"garbage throughout", func(b []byte) []byte { return bytes.Repeat([]byte{0xA5}, len(b)) }},
		{"garbage after the meta pages", func(b []byte) []byte {
			out := append([]byte(nil), b...)
			for i := 8192; i < len(out); i++ {
				out[i] = byte(i * 7)
			}
			return out
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < 50; i++ {
				if _, err := s.AddSubscription(context.Background(), Subscription{GuildID: "1", ChannelID: "2", Schedule: "daily 08:00"}); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, FileName)
			good, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			bad := tt.damage(good)
			if err := os.WriteFile(p, bad, 0o600); err != nil {
				t.Fatal(err)
			}

			s, err = Open(dir)
			if err == nil {
				s.Close()
				t.Fatalf("Open(damaged store) = nil error, want ErrDamaged")
			}
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), p) {
				t.Errorf("Open(damaged store) = %v, want ErrDamaged naming %s", err, p)
			}
			if now, _ := os.ReadFile(p); !bytes.Equal(now, bad) {
				t.Errorf("Open changed the damaged file")
			}

			to, err := MoveAside(dir, time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC))
			if err != nil || filepath.Base(to) != FileName+".damaged-20250303T080000Z" {
				t.Fatalf("MoveAside() = %q, %v", to, err)
			}
			s, err = Open(dir)
			if err != nil {
				t.Fatalf("Open after MoveAside = %v", err)
			}
			defer s.Close()
			if subs, err := s.Subscriptions(context.Background(), "1"); err != nil || len(subs) != 0 {
				t.Errorf("a fresh store has %d subscriptions, %v; want none", len(subs), err)
			}
		})
	}
}
