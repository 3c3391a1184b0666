package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/digest"
	"github.com/quotebot/quotebot/internal/store"
)

// Digests manages digest subscriptions for the /digest commands. The
// digest scheduler satisfies it.
type Digests interface {
	Subscribe(ctx context.Context, sub store.Subscription) (store.Subscription, error)
	Subscriptions(ctx context.Context, guildID string) ([]store.Subscription, error)
	Unsubscribe(ctx context.Context, guildID string, id int64) (store.Subscription, error)
	Preview(ctx context.Context, guildID string, id int64) (digest.Digest, error)
	PostNow(ctx context.Context, guildID string, id int64) (digest.Digest, error)
	NextDigest(ctx context.Context, sub store.Subscription) (time.Time, error)
}

// The /digest command, its subcommands and options.
const (
	cmdDigest = "digest"

	subSubscribe   = "subscribe"
	subList        = "list"
	subUnsubscribe = "unsubscribe"
	subPreview     = "preview"
	subNow         = "now"

	optChannel  = "channel"
	optSchedule = "schedule"
	optTimezone = "timezone"
	optBeats    = "beats"
	optSpeakers = "speakers"
	optEmpty    = "empty"
	optID       = "id"
	optBeat     = "beat"
)

// digestPermission is what a member needs to manage digests.
const digestPermission = discordgo.PermissionManageGuild

// digestCommand returns /digest with its subcommands; by default only
// members with Manage Server see it.
func digestCommand() *discordgo.ApplicationCommand {
	perm := int64(digestPermission)
	id := func() *discordgo.ApplicationCommandOption {
		min := 1.0
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: optID, Description: "The subscription's number (see /digest list)", Required: true, MinValue: &min}
	}
	str := func(name, desc string, required bool, maxLen int) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc, Required: required, MaxLength: maxLen}
	}
	tz := str(optTimezone, "IANA time zone, e.g. Europe/Berlin or Asia/Tehran (default UTC)", false, 64)
	tz.Autocomplete = true
	beats := str(optBeats, "Beats, comma-separated (default: all beats)", false, 300)
	beats.Autocomplete = true
	speakers := str(optSpeakers, "Speakers, comma-separated (default: everyone)", false, 300)
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
	}
	return &discordgo.ApplicationCommand{
		Name: cmdDigest, Type: discordgo.ChatApplicationCommand,
		Description:              "Post the new quotes into a channel on a schedule",
		DefaultMemberPermissions: &perm,
		Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		Options: []*discordgo.ApplicationCommandOption{
			sub(subSubscribe, "Post a digest of new quotes into a channel on a schedule",
				&discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionChannel, Name: optChannel, Description: "Where to post", Required: true,
					ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
				},
				str(optSchedule, "daily HH:MM, weekly DAY HH:MM, or a cron expression", true, 100),
				tz, beats, speakers,
				&discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionString, Name: optEmpty, Description: "When nothing is new: post nothing (default) or one line",
					Choices: []*discordgo.ApplicationCommandOptionChoice{
						{Name: "post nothing", Value: string(store.EmptySkip)},
						{Name: "post one line", Value: string(store.EmptyNote)},
					},
				},
			),
			sub(subList, "The digests of this server"),
			sub(subUnsubscribe, "Stop a digest", id()),
			sub(subPreview, "Show you what a digest would post now", id()),
			sub(subNow, "Post a digest now", id()),
		},
	}
}

// beatOption returns the "beat" filter option of /ask and /quotes.
func beatOption(set *beat.Set) *discordgo.ApplicationCommandOption {
	o := &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: optBeat, Description: "Only quotes on this beat"}
	for _, b := range set.All() {
		if len(o.Choices) == maxChoices {
			break
		}
		o.Choices = append(o.Choices, &discordgo.ApplicationCommandOptionChoice{Name: cut(b.Name, maxChoiceName), Value: b.ID})
	}
	return o
}

// subcommand returns the subcommand of a /digest interaction and its
// options.
func subcommand(d discordgo.ApplicationCommandInteractionData) (string, map[string]*discordgo.ApplicationCommandInteractionDataOption) {
	for _, o := range d.Options {
		if o.Type == discordgo.ApplicationCommandOptionSubCommand {
			m := make(map[string]*discordgo.ApplicationCommandInteractionDataOption, len(o.Options))
			for _, c := range o.Options {
				m[c.Name] = c
			}
			return o.Name, m
		}
	}
	return "", nil
}

func intOpt(opts map[string]*discordgo.ApplicationCommandInteractionDataOption, name string) int64 {
	o, ok := opts[name]
	if !ok {
		return 0
	}
	switch v := o.Value.(type) {
	case float64:
		return int64(v)
	case string:
		id, _ := store.ParseID(v)
		return id
	}
	return 0
}

// splitList splits a comma-separated list, trimming and dropping empty
// items.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// canManage reports whether the member who sent i may manage digests.
func canManage(i *discordgo.Interaction) bool {
	if i.Member == nil {
		return false
	}
	p := i.Member.Permissions
	return p&digestPermission != 0 || p&discordgo.PermissionAdministrator != 0
}

// digestJob returns the job answering a /digest interaction, or a
// *userError refusing it.
func (b *Bot) digestJob(i *discordgo.Interaction) (job, error) {
	if b.cfg.Digests == nil {
		return nil, &userError{"Digests are not enabled on this bot."}
	}
	if i.GuildID == "" || i.Member == nil {
		return nil, &userError{"Digests are set up in a server, not in direct messages."}
	}
	if !canManage(i) {
		return nil, &userError{"You need the Manage Server permission to manage digests."}
	}
	name, opts := subcommand(i.ApplicationCommandData())
	guild, user := i.GuildID, userOf(i)
	switch name {
	case subSubscribe:
		sub := store.Subscription{
			GuildID:   guild,
			ChannelID: stringOpt(opts, optChannel),
			Schedule:  stringOpt(opts, optSchedule),
			Timezone:  stringOpt(opts, optTimezone),
			Beats:     splitList(stringOpt(opts, optBeats)),
			Speakers:  splitList(stringOpt(opts, optSpeakers)),
			Empty:     store.Empty(stringOpt(opts, optEmpty)),
			CreatedBy: user,
		}
		return func(ctx context.Context) (reply, error) {
			s, err := b.cfg.Digests.Subscribe(ctx, sub)
			if err != nil {
				return reply{}, err
			}
			next, _ := b.cfg.Digests.NextDigest(ctx, s)
			return textReply(fmt.Sprintf("Subscribed: digest **#%d** %s. The first one holds the quotes that enter the corpus from now on%s.",
				s.ID, describeSubscription(s), nextLine(next, s.Timezone)), true), nil
		}, nil
	case subList:
		return func(ctx context.Context) (reply, error) {
			subs, err := b.cfg.Digests.Subscriptions(ctx, guild)
			if err != nil {
				return reply{}, err
			}
			if len(subs) == 0 {
				return textReply("This server has no digests. Add one with /digest subscribe.", true), nil
			}
			var lines []string
			for _, s := range subs {
				next, _ := b.cfg.Digests.NextDigest(ctx, s)
				lines = append(lines, fmt.Sprintf("**#%d** %s%s", s.ID, describeSubscription(s), nextLine(next, s.Timezone)))
			}
			r := reply{Content: fmt.Sprintf("**%d %s** in this server", len(subs), plural(len(subs), "digest", "digests"))}
			r.Embeds = []*discordgo.MessageEmbed{{Type: discordgo.EmbedTypeRich, Color: colorList, Title: "Digests", Description: strings.Join(lines, "\n")}}
			return r, nil
		}, nil
	case subUnsubscribe, subPreview, subNow:
		id := intOpt(opts, optID)
		if id <= 0 {
			return nil, &userError{"Please give the digest's number, as /digest list shows it."}
		}
		switch name {
		case subUnsubscribe:
			return func(ctx context.Context) (reply, error) {
				s, err := b.cfg.Digests.Unsubscribe(ctx, guild, id)
				if err != nil {
					return reply{}, err
				}
				return textReply(fmt.Sprintf("Digest **#%d** (<#%s>) is stopped.", s.ID, s.ChannelID), true), nil
			}, nil
		case subPreview:
			return func(ctx context.Context) (reply, error) {
				d, err := b.cfg.Digests.Preview(ctx, guild, id)
				if err != nil {
					return reply{}, err
				}
				d.Empty = store.EmptyNote
				parts := renderDigest(d)
				r := parts[0]
				head := fmt.Sprintf("Preview of digest #%d (only you see this)", id)
				if len(parts) > 1 {
					head += fmt.Sprintf("; it would post %d messages, the first is shown", len(parts))
				}
				r.Content = cut(head+":\n"+r.Content, maxContent)
				return r, nil
			}, nil
		default:
			return func(ctx context.Context) (reply, error) {
				d, err := b.cfg.Digests.PostNow(ctx, guild, id)
				if err != nil {
					return reply{}, err
				}
				return textReply(fmt.Sprintf("Posted digest #%d: %d new %s.", id, d.Total, plural(d.Total, "quote", "quotes")), true), nil
			}, nil
		}
	}
	return nil, fmt.Errorf("unknown /digest subcommand %q", name)
}

// describeSubscription is "in #channel, daily 08:00 (Europe/Berlin),
// beats: ..., speakers: ...".
func describeSubscription(s store.Subscription) string {
	var b strings.Builder
	fmt.Fprintf(&b, "in <#%s>, %s", s.ChannelID, s.Schedule)
	if s.Timezone != "" {
		fmt.Fprintf(&b, " (%s)", s.Timezone)
	} else {
		b.WriteString(" (UTC)")
	}
	if len(s.Beats) > 0 {
		b.WriteString(", beats: " + escapeMarkdown(strings.Join(s.Beats, ", ")))
	} else {
		b.WriteString(", all beats and the rest under Other")
	}
	if len(s.Speakers) > 0 {
		b.WriteString(", speakers: " + escapeMarkdown(cut(strings.Join(s.Speakers, ", "), 200)))
	}
	if s.Empty == store.EmptyNote {
		b.WriteString(", one line when nothing is new")
	}
	return b.String()
}

// nextLine is "; next: 2025-01-29 08:00 (Europe/Berlin)" with a
// Discord timestamp that each reader sees in their own time.
func nextLine(next time.Time, tz string) string {
	if next.IsZero() {
		return ""
	}
	return fmt.Sprintf("; next <t:%d:f>", next.Unix())
}

// digestAutocomplete offers choices for the /digest options typed with
// help: beats (completing the last of a comma-separated list), time
// zones and speakers.
func (b *Bot) digestAutocomplete(ctx context.Context, focused, typed string) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	switch focused {
	case optBeats, optSpeakers:
		items := strings.Split(typed, ",")
		done := splitList(strings.Join(items[:len(items)-1], ","))
		last := strings.ToLower(strings.TrimSpace(items[len(items)-1]))
		prefix := strings.Join(done, ", ")
		if prefix != "" {
			prefix += ", "
		}
		var names []string
		if focused == optBeats {
			for _, bt := range b.beats().All() {
				if !slices.Contains(done, bt.ID) && (strings.Contains(bt.ID, last) || strings.Contains(strings.ToLower(bt.Name), last)) {
					names = append(names, bt.ID)
				}
			}
		} else {
			sp, err := b.search.Speakers(ctx, last, maxChoices)
			if err != nil {
				return choices, err
			}
			for _, s := range sp {
				if !slices.Contains(done, s.Name) {
					names = append(names, s.Name)
				}
			}
		}
		for _, n := range names {
			v := prefix + n
			if len(choices) == maxChoices || textLen(v) > maxChoiceValue {
				break
			}
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
		}
	case optTimezone:
		t := strings.ToLower(strings.TrimSpace(typed))
		for _, z := range timezones {
			if len(choices) == maxChoices {
				break
			}
			if strings.Contains(strings.ToLower(z), t) {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: z, Value: z})
			}
		}
	}
	return choices, nil
}

// timezones are the zones autocomplete offers; any IANA name is accepted.
var timezones = []string{
	"UTC", "Asia/Tehran", "Europe/Istanbul", "Europe/Berlin", "Europe/Brussels", "Europe/London", "Europe/Paris",
	"Europe/Amsterdam", "Europe/Rome", "Europe/Madrid", "Europe/Stockholm", "Europe/Warsaw", "Europe/Moscow",
	"Asia/Dubai", "Asia/Baghdad", "Asia/Riyadh", "Asia/Baku", "Asia/Kabul", "Asia/Karachi", "Asia/Kolkata",
	"Asia/Shanghai", "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo",
	"Africa/Johannesburg", "Australia/Sydney",
}

// Digest rendering limits.
const (
	digestQuoteLen   = 600  // longest quote text shown in a digest
	digestEmbedLen   = 3800 // description budget of one digest embed
	digestMessageLen = 5600 // embed budget of one digest message
)

// renderDigest returns the messages that post d, in order: a header and
// one embed per beat (more when a beat's quotes are long), packed within
// Discord's limits. An empty digest is one short line. The result
// depends on d only, so a retry posts the same messages.
func renderDigest(d digest.Digest) []reply {
	loc := d.Location()
	period := fmt.Sprintf("%s → %s (%s)", d.Since.In(loc).Format("2006-01-02 15:04"), d.Until.In(loc).Format("2006-01-02 15:04"), loc.String())
	if d.IsEmpty() {
		return []reply{{Content: "**Quote digest** · nothing new · " + period}}
	}
	var embeds []*discordgo.MessageEmbed
	for _, s := range d.Sections {
		embeds = append(embeds, sectionEmbeds(d, s)...)
	}
	head := fmt.Sprintf("**Quote digest** · %d new %s · %s", d.Total, plural(d.Total, "quote", "quotes"), period)
	var parts []reply
	cur := reply{}
	size := 0
	for _, e := range embeds {
		n := embedLen(e)
		if len(cur.Embeds) > 0 && (len(cur.Embeds) == maxEmbeds || size+n > digestMessageLen) {
			parts = append(parts, cur)
			cur, size = reply{}, 0
		}
		cur.Embeds = append(cur.Embeds, e)
		size += n
	}
	parts = append(parts, cur)
	for i := range parts {
		parts[i].Content = head
		if len(parts) > 1 {
			parts[i].Content += fmt.Sprintf(" · %d/%d", i+1, len(parts))
		}
	}
	return parts
}

// sectionTitle is "Iran and the US: 4 new quotes (Araghchi 2, Baqaei 1)".
func sectionTitle(s digest.Section) string {
	var who []string
	for _, sp := range s.Speakers {
		who = append(who, fmt.Sprintf("%s %d", shortName(sp.Name), sp.Count))
	}
	title := fmt.Sprintf("%s: %d new %s", s.Name, s.Total, plural(s.Total, "quote", "quotes"))
	if len(who) > 0 {
		list := cut(strings.Join(who, ", "), maxTitle-textLen(title)-3)
		title += " (" + list + ")"
	}
	return cut(title, maxTitle)
}

// shortName is a speaker's surname as a digest lists them.
func shortName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return "Unattributed"
	}
	return f[len(f)-1]
}

// sectionEmbeds shows one beat's quotes, grouped by speaker, with "and
// N more" and where to find them.
func sectionEmbeds(d digest.Digest, s digest.Section) []*discordgo.MessageEmbed {
	var blocks []string
	prev := "\x00"
	for _, q := range s.Quotes {
		var b strings.Builder
		if k := q.SpeakerID + "|" + q.Speaker; k != prev {
			prev = k
			who := q.Speaker
			if who == "" {
				who = "Unattributed"
			}
			b.WriteString("**" + escapeMarkdown(who) + "**")
			if q.Role != "" {
				b.WriteString(" — " + escapeMarkdown(q.Role))
			}
			b.WriteString("\n")
		}
		b.WriteString(blockquote(escapeMarkdown(cut(q.Text, digestQuoteLen))) + "\n")
		line := citeLine(q.Citations)
		line = strings.ReplaceAll(line, "\n", " · ")
		if !q.Date.IsZero() {
			line = "said " + dateLine(q.Date, q.DateProvenance) + " · " + line
		}
		b.WriteString(line)
		blocks = append(blocks, b.String())
	}
	if s.More > 0 {
		blocks = append(blocks, moreLine(d, s))
	}
	var embeds []*discordgo.MessageEmbed
	title := sectionTitle(s)
	var desc strings.Builder
	flush := func() {
		e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: colorQuote, Title: title, Description: strings.TrimSpace(desc.String())}
		if len(embeds) > 0 {
			e.Title = cut(s.Name+" (continued)", maxTitle)
		}
		embeds = append(embeds, e)
		desc.Reset()
	}
	for _, bl := range blocks {
		if desc.Len() > 0 && textLen(desc.String())+textLen(bl)+2 > digestEmbedLen {
			flush()
		}
		desc.WriteString(bl + "\n\n")
	}
	flush()
	return embeds
}

// moreLine is "…and 5 more: /quotes speaker:Araghchi since:2025-01-28
// beat:iran-us".
func moreLine(d digest.Digest, s digest.Section) string {
	since := d.Since.In(d.Location()).Format(time.DateOnly)
	cmd := "/quotes"
	if len(s.Speakers) > 0 && s.Speakers[0].Name != "" {
		cmd += " speaker:" + s.Speakers[0].Name
	}
	cmd += " since:" + since
	if s.BeatID != digest.OtherID {
		cmd += " beat:" + s.BeatID
	}
	return fmt.Sprintf("…and %d more. See them with `%s` (or /ask with beat:%s).", s.More, strings.ReplaceAll(cmd, "`", "'"), s.BeatID)
}

// nonceMessage is a channel message with Discord's nonce fields, which
// discordgo's MessageSend lacks.
type nonceMessage struct {
	*discordgo.MessageSend
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
}

// PostDigest posts d into channelID, one message per part, each with
// its nonce and enforce_nonce, skipping the parts in sent and calling
// record after each post. It makes the bot a digest.Poster.
func (b *Bot) PostDigest(ctx context.Context, channelID string, d digest.Digest, nonce string, sent []string, record func(part int, id string) error) error {
	parts := renderDigest(d)
	for i, r := range parts {
		if i < len(sent) && sent[i] != "" {
			continue
		}
		m, err := b.postWithNonce(ctx, channelID, r, digest.NonceFor(nonce, i))
		if err != nil {
			return fmt.Errorf("post digest message %d of %d in %s: %w", i+1, len(parts), channelID, err)
		}
		if err := record(i, m.ID); err != nil {
			return fmt.Errorf("record digest message %d of %d: %w", i+1, len(parts), err)
		}
	}
	return nil
}

// postWithNonce posts r into channelID with nonce and enforce_nonce:
// Discord answers a repeat of the nonce in that channel, within a few
// minutes, with the message it already created.
func (b *Bot) postWithNonce(ctx context.Context, channelID string, r reply, nonce string) (*discordgo.Message, error) {
	body := nonceMessage{MessageSend: r.messageSend(nil), Nonce: nonce, EnforceNonce: true}
	ep := discordgo.EndpointChannelMessages(channelID)
	raw, err := b.api.RequestWithBucketID("POST", ep, body, ep, discordgo.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	var m discordgo.Message
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("decode the posted message: %w", err)
	}
	if m.ID == "" {
		return nil, errors.New("the posted message has no id")
	}
	return &m, nil
}

// digestUserText returns what a person sees about a digest error, or "".
func digestUserText(err error) string {
	switch {
	case errors.Is(err, digest.ErrSchedule):
		msg := err.Error()
		if i := strings.Index(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
		return "That schedule does not work: " + msg + "."
	case errors.Is(err, beat.ErrUnknown):
		msg := err.Error()
		if i := strings.Index(msg, beat.ErrUnknown.Error()); i >= 0 {
			msg = strings.TrimPrefix(msg[i:], beat.ErrUnknown.Error()+" ")
		}
		return "There is no beat " + msg + "; choose one of those the command offers."
	case errors.Is(err, digest.ErrNotFound):
		return "This server has no digest with that number; /digest list shows them."
	case errors.Is(err, digest.ErrBusy):
		return "That digest is being posted right now; please try again in a minute."
	case errors.Is(err, digest.ErrTooMany):
		return fmt.Sprintf("This server already has %d digests; remove one with /digest unsubscribe first.", digest.MaxSubscriptions)
	case errors.Is(err, digest.ErrInvalid):
		msg := err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
		return "That subscription does not work: " + msg + "."
	}
	return ""
}

// digestCommandLog adds the subcommand to log.
func digestCommandLog(log *slog.Logger, i *discordgo.Interaction) *slog.Logger {
	name, _ := subcommand(i.ApplicationCommandData())
	return log.With("subcommand", name)
}
