package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// autocompleteTimeout bounds the speaker look-up behind autocomplete,
// which Discord wants answered within 3 s and which cannot be deferred.
const autocompleteTimeout = 1500 * time.Millisecond

// responder sends the first response to an interaction: through the
// REST API in gateway mode, in the HTTP response in HTTP mode.
type responder func(ctx context.Context, resp *discordgo.InteractionResponse) error

// restResponder responds to i through the REST API.
func (b *Bot) restResponder(i *discordgo.Interaction) responder {
	return func(ctx context.Context, resp *discordgo.InteractionResponse) error {
		return b.api.InteractionRespond(i, resp, discordgo.WithContext(ctx))
	}
}

// userOf returns the id of the user who sent i.
func userOf(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// interact answers one interaction.
func (b *Bot) interact(ctx context.Context, i *discordgo.Interaction, respond responder) {
	log := b.log.With("interaction", i.ID, "user", userOf(i), "guild", i.GuildID, "channel", i.ChannelID)
	switch i.Type {
	case discordgo.InteractionPing:
		if err := respond(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}); err != nil {
			log.Warn("answer a ping", "err", err)
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.autocomplete(ctx, i, respond, log)
	case discordgo.InteractionApplicationCommand:
		b.command(ctx, i, respond, log)
	case discordgo.InteractionMessageComponent:
		b.component(ctx, i, respond, log)
	default:
		log.Warn("ignored an interaction of an unknown type", "type", int(i.Type))
	}
}

// job computes a reply.
type job func(ctx context.Context) (reply, error)

// lookupJob runs lookup l and formats its answer.
func (b *Bot) lookupJob(l lookup) job {
	return func(ctx context.Context) (reply, error) {
		a, err := l.search(ctx, b.search)
		if err != nil {
			return reply{}, fmt.Errorf("search (kind %s, offset %d): %w", l.Kind, l.Offset, err)
		}
		return formatAnswer(l, a), nil
	}
}

// speakersJob lists the speakers matching filter.
func (b *Bot) speakersJob(filter string) job {
	return func(ctx context.Context) (reply, error) {
		sp, err := b.search.Speakers(ctx, filter, maxSpeakersListed)
		if err != nil {
			return reply{}, fmt.Errorf("list speakers: %w", err)
		}
		return formatSpeakers(filter, sp), nil
	}
}

func (b *Bot) command(ctx context.Context, i *discordgo.Interaction, respond responder, log *slog.Logger) {
	d := i.ApplicationCommandData()
	log = log.With("command", d.Name)
	opts := options(d)
	private := boolOpt(opts, optPrivate)
	if ok, wait, _ := b.limiter.allow(userOf(i)); !ok {
		b.refuse(ctx, respond, &rateLimitedError{wait}, log)
		return
	}
	var j job
	switch {
	case d.CommandType == discordgo.MessageApplicationCommand:
		var content string
		if d.Resolved != nil {
			if m := d.Resolved.Messages[d.TargetID]; m != nil {
				content = m.Content
			}
		}
		phrase := phraseFromMessage(content)
		if phrase == "" {
			b.refuse(ctx, respond, &userError{"That message has no text to look up."}, log)
			return
		}
		j = b.lookupJob(lookup{Kind: kindWhoSaid, Args: []string{phrase}})
	case d.Name == cmdSpeakers:
		j = b.speakersJob(stringOpt(opts, optFilter))
	case d.Name == cmdDigest:
		log = digestCommandLog(log, i)
		dj, err := b.digestJob(i)
		if err != nil {
			b.refuse(ctx, respond, err, log)
			return
		}
		j, private = dj, true
	default:
		l, err := commandLookup(d)
		if err != nil {
			b.refuse(ctx, respond, err, log)
			return
		}
		j = b.lookupJob(l)
	}
	log.Debug("command", "private", private)
	b.answer(ctx, i, respond, private, false, j, log)
}

func (b *Bot) component(ctx context.Context, i *discordgo.Interaction, respond responder, log *slog.Logger) {
	id := i.MessageComponentData().CustomID
	log = log.With("custom_id", id)
	l, err := parseCustomID(id)
	if err != nil {
		b.refuse(ctx, respond, err, log)
		return
	}
	if ok, wait, _ := b.limiter.allow(userOf(i)); !ok {
		b.refuse(ctx, respond, &rateLimitedError{wait}, log)
		return
	}
	b.answer(ctx, i, respond, false, true, b.lookupJob(l), log)
}

func (b *Bot) autocomplete(ctx context.Context, i *discordgo.Interaction, respond responder, log *slog.Logger) {
	var typed, focused string
	opts := i.ApplicationCommandData().Options
	if len(opts) == 1 && opts[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		opts = opts[0].Options
	}
	for _, o := range opts {
		if o.Focused {
			typed, _ = o.Value.(string)
			focused = o.Name
		}
	}
	actx, cancel := context.WithTimeout(ctx, autocompleteTimeout)
	defer cancel()
	var choices []*discordgo.ApplicationCommandOptionChoice
	err := b.protect(log, func() error {
		if i.ApplicationCommandData().Name == cmdDigest {
			var err error
			choices, err = b.digestAutocomplete(actx, focused, typed)
			return err
		}
		sp, err := b.search.Speakers(actx, strings.TrimSpace(typed), maxChoices)
		choices = formatChoices(sp)
		return err
	})
	if err != nil {
		log.Error("autocomplete speakers", "typed", typed, "err", err)
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
	if err := respond(ctx, resp); err != nil {
		log.Warn("send autocomplete choices", "err", err)
	}
}

// refuse answers at once with err's user text, visible to the user only.
func (b *Bot) refuse(ctx context.Context, respond responder, err error, log *slog.Logger) {
	b.logFailure(log, err)
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: textReply(userText(err), true).responseData(),
	}
	if err := respond(ctx, resp); err != nil {
		log.Warn("send a refusal", "err", err)
	}
}

// logFailure logs err at a level that fits it: input the user can fix
// is routine, anything else is an error.
func (b *Bot) logFailure(log *slog.Logger, err error) {
	var ue *userError
	var rl *rateLimitedError
	switch {
	case errors.As(err, &ue), errors.Is(err, errBadCustomID):
		log.Info("refused a request", "reason", err)
	case errors.As(err, &rl):
		log.Info("slowed down a user", "wait", rl.wait)
	default:
		log.Error("answer failed", "err", err)
	}
}

type result struct {
	r   reply
	err error
}

// answer runs j and sends its reply: at once when it is ready within
// cfg.DeferAfter, else as a deferral (type 5, or type 6 for a button)
// followed by an edit of the original response, so that Discord's 3 s
// deadline is never missed. update answers a button click by updating
// its message. Failures reach the user as one short sentence.
func (b *Bot) answer(ctx context.Context, i *discordgo.Interaction, respond responder, ephemeral, update bool, j job, log *slog.Logger) {
	jctx, cancel := context.WithTimeout(ctx, b.cfg.Timeout)
	defer cancel()
	done := make(chan result, 1)
	go func() {
		var res result
		res.err = b.protect(log, func() error {
			var err error
			res.r, err = j(jctx)
			return err
		})
		done <- res
	}()

	timer := time.NewTimer(b.cfg.DeferAfter)
	defer timer.Stop()
	select {
	case res := <-done:
		if res.err != nil {
			b.refuse(ctx, respond, res.err, log)
			return
		}
		typ := discordgo.InteractionResponseChannelMessageWithSource
		if update {
			typ = discordgo.InteractionResponseUpdateMessage
		}
		res.r.Ephemeral = ephemeral
		if err := respond(ctx, &discordgo.InteractionResponse{Type: typ, Data: res.r.responseData()}); err != nil {
			log.Error("send an answer", "err", err)
		}
		return
	case <-timer.C:
	}

	deferral := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	if !update {
		deferral = &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: textReply("", ephemeral).responseData(),
		}
	}
	if err := respond(ctx, deferral); err != nil {
		log.Error("defer an answer", "err", err)
		return
	}
	log.Debug("deferred an answer", "after", b.cfg.DeferAfter)
	res := <-done
	rctx, rcancel := context.WithTimeout(ctx, 30*time.Second)
	defer rcancel()
	switch {
	case res.err != nil && update:
		b.logFailure(log, res.err)
		if _, err := b.api.FollowupMessageCreate(i, true, textReply(userText(res.err), true).webhookParams(), discordgo.WithContext(rctx)); err != nil {
			log.Error("send a failure notice", "err", err)
		}
	case res.err != nil:
		b.logFailure(log, res.err)
		if _, err := b.api.InteractionResponseEdit(i, textReply(userText(res.err), ephemeral).webhookEdit(), discordgo.WithContext(rctx)); err != nil {
			log.Error("send a failure notice", "err", err)
		}
	default:
		if _, err := b.api.InteractionResponseEdit(i, res.r.webhookEdit(), discordgo.WithContext(rctx)); err != nil {
			log.Error("send a deferred answer", "err", err)
		}
	}
}

// protect runs f and turns a panic in it into an error wrapping
// errPanic, logging the stack.
func (b *Bot) protect(log *slog.Logger, f func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			log.Error("recovered from a panic", "panic", fmt.Sprint(v), "stack", stack())
			err = fmt.Errorf("%w: %v", errPanic, v)
		}
	}()
	return f()
}

func stack() string { return string(debug.Stack()) }

// botUserID returns the bot user's id.
func (b *Bot) botUserID() string {
	id, _ := b.userID.Load().(string)
	return id
}

// onMessage answers a message that mentions the bot with a reply to it.
func (b *Bot) onMessage(ctx context.Context, m *discordgo.Message) {
	me := b.botUserID()
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == me || !mentions(m, me) {
		return
	}
	log := b.log.With("message", m.ID, "user", m.Author.ID, "guild", m.GuildID, "channel", m.ChannelID)
	f := false
	ref := &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &f}
	send := func(r reply) {
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if _, err := b.api.ChannelMessageSendComplex(m.ChannelID, r.messageSend(ref), discordgo.WithContext(sctx)); err != nil {
			log.Error("reply to a mention", "err", err)
		}
	}
	question := questionFromMention(m.Content)
	if question == "" {
		send(textReply("Ask me in plain words, for example “@quotebot what did Araghchi say about negotiations”, or use /ask.", false))
		return
	}
	if ok, wait, first := b.limiter.allow(m.Author.ID); !ok {
		b.logFailure(log, &rateLimitedError{wait})
		if first {
			send(textReply(userText(&rateLimitedError{wait}), false))
		}
		return
	}
	jctx, cancel := context.WithTimeout(ctx, b.cfg.Timeout)
	defer cancel()
	var r reply
	err := b.protect(log, func() error {
		var err error
		r, err = b.lookupJob(lookup{Kind: kindAsk, Args: []string{question}})(jctx)
		return err
	})
	if err != nil {
		b.logFailure(log, err)
		r = textReply(userText(err), false)
	}
	send(r)
}

// mentions reports whether m mentions the user id.
func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return false
}

// questionFromMention returns a mention's text without the mentions.
func questionFromMention(content string) string {
	s := mentionRE.ReplaceAllString(content, " ")
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimLeft(s, ",:;-— ")
}
