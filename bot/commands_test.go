package bot

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want string // RFC 3339, "" for zero, "err" for a user error
	}{
		{"", false, ""},
		{"2025-01-28", false, "2025-01-28T00:00:00Z"},
		{"2025-01-28", true, "2025-01-29T00:00:00Z"},
		{"2025-01", false, "2025-01-01T00:00:00Z"},
		{"2025-12", true, "2026-01-01T00:00:00Z"},
		{"2024-02-29", false, "2024-02-29T00:00:00Z"},
		{"2025-02-29", false, "err"},
		{"2025-13", false, "err"},
		{"28/01/2025", false, "err"},
		{"yesterday", false, "err"},
		{"2025-1-28", false, "err"},
		{"0001-01", false, "err"},
		{"2199-12", true, "err"},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in, tt.end)
		var s string
		switch {
		case err != nil:
			var ue *userError
			if !errors.As(err, &ue) || !strings.Contains(ue.msg, "YYYY-MM-DD") {
				t.Errorf("parseDate(%q) error = %v, want a user error that explains the form", tt.in, err)
			}
			s = "err"
		case !got.IsZero():
			s = got.Format(time.RFC3339)
		}
		if s != tt.want {
			t.Errorf("parseDate(%q, %v) = %q, want %q", tt.in, tt.end, s, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	f.Add("2025-01-28")
	f.Add("2025-01")
	f.Add("9999-99-99")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseDate(s, false)
		if err == nil && s != "" && got.IsZero() {
			t.Fatalf("parseDate(%q) = zero time and no error", s)
		}
		if err != nil && textLen(userText(err)) > 300 {
			t.Fatalf("parseDate(%q) error text too long: %q", s, userText(err))
		}
	})
}

func opt(name string, v any) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Value: v}
}

func TestCommandLookup(t *testing.T) {
	tests := []struct {
		name    string
		data    discordgo.ApplicationCommandInteractionData
		want    lookup
		wantErr string
	}{
		{"ask", discordgo.ApplicationCommandInteractionData{Name: cmdAsk, Options: []*discordgo.ApplicationCommandInteractionDataOption{opt(optQuestion, " what did Araghchi say "), opt(optPrivate, true)}},
			lookup{Kind: kindAsk, Args: []string{"what did Araghchi say"}}, ""},
		{"quotes", discordgo.ApplicationCommandInteractionData{Name: cmdQuotes, Options: []*discordgo.ApplicationCommandInteractionDataOption{opt(optSpeaker, "Abbas Araghchi"), opt(optSince, "2025-01")}},
			lookup{Kind: kindQuotes, Args: []string{"Abbas Araghchi", "", "2025-01"}}, ""},
		{"quotes bad date", discordgo.ApplicationCommandInteractionData{Name: cmdQuotes, Options: []*discordgo.ApplicationCommandInteractionDataOption{opt(optSpeaker, "Araghchi"), opt(optUntil, "last week")}},
			lookup{}, "is not a date"},
		{"quotes reversed", discordgo.ApplicationCommandInteractionData{Name: cmdQuotes, Options: []*discordgo.ApplicationCommandInteractionDataOption{opt(optSpeaker, "Araghchi"), opt(optSince, "2025-03-01"), opt(optUntil, "2025-02")}},
			lookup{}, "must come before"},
		{"whosaid", discordgo.ApplicationCommandInteractionData{Name: cmdWhoSaid, Options: []*discordgo.ApplicationCommandInteractionDataOption{opt(optPhrase, "“hostage diplomacy”")}},
			lookup{Kind: kindWhoSaid, Args: []string{"hostage diplomacy"}}, ""},
		{"ask empty", discordgo.ApplicationCommandInteractionData{Name: cmdAsk}, lookup{}, "type a question"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := commandLookup(tt.data)
			if tt.wantErr != "" {
				var ue *userError
				if !errors.As(err, &ue) || !strings.Contains(ue.msg, tt.wantErr) {
					t.Errorf("commandLookup() error = %v, want a user error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("commandLookup() = %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("commandLookup() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPhraseFromMessage(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Khamenei said negotiating was "not smart, wise or honourable" yesterday`, "not smart, wise or honourable"},
		{"He called it “hostage diplomacy” and “a crime”", "hostage diplomacy"},
		{"<@123> > Iran has never sought nuclear weapons.", "Iran has never sought nuclear weapons."},
		{"> Iran has never sought\n> nuclear weapons", "Iran has never sought nuclear weapons"},
		{"«La porte reste ouverte»", "La porte reste ouverte"},
		{"   ", ""},
		{"<@123>", ""},
	}
	for _, tt := range tests {
		if got := phraseFromMessage(tt.in); got != tt.want {
			t.Errorf("phraseFromMessage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("word ", 100)
	if got := phraseFromMessage(long); textLen(got) > maxPhrase || strings.HasSuffix(got, "wor") || strings.Contains(got, ellipsis) {
		t.Errorf("phraseFromMessage(500 characters) = %q (%d characters)", got, textLen(got))
	}
}

var commandNameRE = regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)

// TestCommands checks the commands against Discord's rules, which
// Discord enforces only at registration.
func TestCommandDefinitions(t *testing.T) {
	cmds := Commands()
	seen := map[string]bool{}
	for _, c := range cmds {
		seen[c.Name] = true
		switch c.Type {
		case discordgo.ChatApplicationCommand:
			if !commandNameRE.MatchString(c.Name) || strings.ToLower(c.Name) != c.Name {
				t.Errorf("command name %q is not a valid slash command name", c.Name)
			}
			if n := textLen(c.Description); n < 1 || n > 100 {
				t.Errorf("/%s description has %d characters", c.Name, n)
			}
			var private bool
			required := true
			lists := [][]*discordgo.ApplicationCommandOption{c.Options}
			if c.Name == cmdDigest {
				// Subcommands, each with its options; always private.
				private = true
				lists = nil
				for _, sc := range c.Options {
					if sc.Type != discordgo.ApplicationCommandOptionSubCommand || !commandNameRE.MatchString(sc.Name) || sc.Description == "" {
						t.Errorf("/digest %s is not a valid subcommand", sc.Name)
					}
					lists = append(lists, sc.Options)
				}
				if c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != discordgo.PermissionManageGuild {
					t.Errorf("/digest default_member_permissions = %v, want Manage Server", c.DefaultMemberPermissions)
				}
			}
			for _, opts := range lists {
				required = true
				for _, o := range opts {
					if len(o.Choices) > maxChoices {
						t.Errorf("/%s option %q has %d choices", c.Name, o.Name, len(o.Choices))
					}
					if !commandNameRE.MatchString(o.Name) || textLen(o.Description) > 100 || o.Description == "" {
						t.Errorf("/%s option %q is invalid", c.Name, o.Name)
					}
					if o.Required && !required {
						t.Errorf("/%s: required option %q after an optional one", c.Name, o.Name)
					}
					required = o.Required
					if o.Name == optPrivate && o.Type == discordgo.ApplicationCommandOptionBoolean && !o.Required {
						private = true
					}
				}
			}
			if !private {
				t.Errorf("/%s has no optional boolean %q option", c.Name, optPrivate)
			}
		case discordgo.MessageApplicationCommand:
			if c.Description != "" || len(c.Options) > 0 || textLen(c.Name) > 32 {
				t.Errorf("message command %q must have a short name and no description or options", c.Name)
			}
		}
	}
	for _, name := range []string{cmdAsk, cmdQuotes, cmdWhoSaid, cmdSpeakers, cmdWhoSaidMsg, cmdDigest} {
		if !seen[name] {
			t.Errorf("Commands() lacks %q", name)
		}
	}
}

func TestInviteURL(t *testing.T) {
	got := InviteURL("123456789012345678")
	want := "https://discord.com/oauth2/authorize?client_id=123456789012345678&permissions=274877991936&scope=bot+applications.commands"
	if got != want {
		t.Errorf("InviteURL() = %q, want %q", got, want)
	}
	if Permissions != 274877991936 {
		t.Errorf("Permissions = %d, want 274877991936", Permissions)
	}
	if Intents != 4609 {
		t.Errorf("Intents = %d, want 4609 (Guilds | GuildMessages | DirectMessages)", Intents)
	}
}
