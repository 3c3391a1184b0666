package bot

import "github.com/bwmarrin/discordgo"

// reply is one message the bot sends, before it becomes the body of an
// interaction response, a webhook edit or a channel message.
type reply struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	// Ephemeral makes an interaction reply visible to its user only.
	Ephemeral bool
}

// noMentions returns allowed_mentions that let nothing ping: no users,
// no roles, no @everyone, not even the author of a replied-to message.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// textReply returns a reply of one plain sentence.
func textReply(s string, ephemeral bool) reply {
	return reply{Content: s, Ephemeral: ephemeral}
}

func (r reply) flags() discordgo.MessageFlags {
	if r.Ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// responseData returns r, fitted to Discord's limits, as interaction
// response data.
func (r reply) responseData() *discordgo.InteractionResponseData {
	r = fit(r)
	return &discordgo.InteractionResponseData{
		Content:         r.Content,
		Embeds:          nonNilEmbeds(r.Embeds),
		Components:      nonNilComponents(r.Components),
		AllowedMentions: noMentions(),
		Flags:           r.flags(),
	}
}

// webhookEdit returns r, fitted, as an edit of a message sent through an
// interaction: every part is set, so the edit replaces the old message.
func (r reply) webhookEdit() *discordgo.WebhookEdit {
	r = fit(r)
	embeds := nonNilEmbeds(r.Embeds)
	comps := nonNilComponents(r.Components)
	return &discordgo.WebhookEdit{
		Content:         &r.Content,
		Embeds:          &embeds,
		Components:      &comps,
		AllowedMentions: noMentions(),
	}
}

// webhookParams returns r, fitted, as a followup message.
func (r reply) webhookParams() *discordgo.WebhookParams {
	r = fit(r)
	return &discordgo.WebhookParams{
		Content:         r.Content,
		Embeds:          r.Embeds,
		Components:      nonNilComponents(r.Components),
		AllowedMentions: noMentions(),
		Flags:           r.flags(),
	}
}

// messageSend returns r, fitted, as a channel message replying to ref
// (which may be nil).
func (r reply) messageSend(ref *discordgo.MessageReference) *discordgo.MessageSend {
	r = fit(r)
	return &discordgo.MessageSend{
		Content:         r.Content,
		Embeds:          nonNilEmbeds(r.Embeds),
		Components:      nonNilComponents(r.Components),
		AllowedMentions: noMentions(),
		Reference:       ref,
	}
}

func nonNilEmbeds(e []*discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	if e == nil {
		return []*discordgo.MessageEmbed{}
	}
	return e
}

func nonNilComponents(c []discordgo.MessageComponent) []discordgo.MessageComponent {
	if c == nil {
		return []discordgo.MessageComponent{}
	}
	return c
}
