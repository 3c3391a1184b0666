package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/beat"
	"github.com/quotebot/quotebot/corpus"
	"github.com/quotebot/quotebot/digest"
	"github.com/quotebot/quotebot/internal/discordtest"
	"github.com/quotebot/quotebot/internal/store"
)

// newsSource is a digest.Source of quotes with the times they entered
// the corpus.
type newsSource struct {
	mu     sync.Mutex
	quotes []corpus.Quote
	added  []time.Time
}

func (n *newsSource) add(at time.Time, qs ...corpus.Quote) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, q := range qs {
		n.quotes = append(n.quotes, q)
		n.added = append(n.added, at)
	}
}

func (n *newsSource) Since(_ context.Context, since, until time.Time, beats, speakers []string, limit int) ([]corpus.Quote, int, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	bs, err := beat.Default().Resolve(beats)
	if err != nil {
		return nil, 0, err
	}
	var out []corpus.Quote
	for i, q := range n.quotes {
		if !n.added[i].After(since) || n.added[i].After(until) {
			continue
		}
		in := len(bs) == 0
		for _, b := range bs {
			in = in || b.MatchQuote(q)
		}
		if in && (limit <= 0 || len(out) < limit) {
			out = append(out, q)
		}
	}
	return out, len(out), nil
}

// digestClock is the scheduler's clock, moved by the test.
type digestClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *digestClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *digestClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func newsQuote(id, speaker, role, text, source, title, url, date string) corpus.Quote {
	d, _ := time.Parse(time.DateOnly, date)
	return corpus.Quote{
		ID: id, Speaker: speaker, SpeakerID: strings.ToLower(strings.ReplaceAll(speaker, " ", "-")), Role: role, Text: text, Kind: corpus.KindDirect,
		Date: corpus.DayDate(d), DateProvenance: corpus.DateStated,
		Citations: []corpus.Citation{{DocID: id, Source: source, Title: title, URL: url, Published: d}},
	}
}

// newsQuotes are the quotes of a day on two beats.
func newsQuotes() []corpus.Quote {
	return []corpus.Quote{
		newsQuote("q1", "Abbas Araghchi", "Foreign Minister", "Washington must first prove that it will keep its word; we will not negotiate under maximum pressure.", "Tehran Times", "Araghchi: no talks with the US under pressure", "https://www.tehrantimes.com/news/1", "2025-01-28"),
		newsQuote("q2", "Abbas Araghchi", "Foreign Minister", "The United States left the deal, not Iran.", "Tehran Times", "Araghchi on the nuclear deal", "https://www.tehrantimes.com/news/2", "2025-01-28"),
		newsQuote("q3", "Esmaeil Baqaei", "Foreign Ministry spokesman", "Iran will answer any American threat in kind. @everyone should know that.", "Tehran Times", "Baqaei warns the US", "https://www.tehrantimes.com/news/3", "2025-01-28"),
		newsQuote("q4", "Kaja Kallas", "EU High Representative", "Türkiye remains a key partner of the European Union, and its accession path is open.", "EU Observer", "Kallas in Ankara", "https://euobserver.com/4", "2025-01-28"),
	}
}

// digestHarness is a bot with a digest scheduler on a fake Discord.
type digestHarness struct {
	*harness
	sched *digest.Scheduler
	src   *newsSource
	clock *digestClock
	dir   string
}

var digestStart = time.Date(2025, 1, 27, 12, 0, 0, 0, time.UTC)

// startDigests runs a bot with digests on fake, its store in dir (a new
// fake and folder when nil and "").
func startDigests(t *testing.T, dir string, src *newsSource, clock *digestClock) *digestHarness {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	if src == nil {
		src = &newsSource{}
	}
	if clock == nil {
		clock = &digestClock{t: digestStart}
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	sched := &digest.Scheduler{Store: st, Source: src, Now: clock.Now}
	h := start(t, &fakeSearcher{}, func(c *Config) { c.Digests = sched })
	t.Cleanup(func() { st.Close() })
	sched.Poster = h.bot
	return &digestHarness{harness: h, sched: sched, src: src, clock: clock, dir: dir}
}

// admin makes interaction payload p come from a member with Manage Server.
func admin(p map[string]any) map[string]any {
	return discordtest.WithPermissions(p, discordtest.ManagerPermissions)
}

const digestChannel = "700000000000000042"

func (h *digestHarness) subscribe(opts ...map[string]any) callback {
	h.t.Helper()
	all := append([]map[string]any{discordtest.ChannelOption(optChannel, digestChannel), discordtest.Option(optSchedule, "daily 08:00")}, opts...)
	return h.callback(h.send(admin(h.fake.Subcommand(cmdDigest, subSubscribe, all...))))
}

// posted is a digest message as the fake received it.
type posted struct {
	sentBody
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
}

func (h *digestHarness) posts() []posted {
	var out []posted
	for _, r := range h.fake.Match("POST", "/api/v9/channels/"+digestChannel+"/messages") {
		var p posted
		if err := json.Unmarshal(r.Body, &p); err != nil {
			h.t.Fatalf("post body %s: %v", r.Body, err)
		}
		out = append(out, p)
	}
	return out
}

func TestDigestSubscribeAndScheduledPost(t *testing.T) {
	t.Parallel()
	h := startDigests(t, "", nil, nil)
	c := h.subscribe(discordtest.Option(optTimezone, "Europe/Berlin"), discordtest.Option(optBeats, "iran-us, turkey-eu"))
	if c.Type != 4 || c.Data.Flags&64 == 0 || !strings.Contains(c.Data.Content, "Subscribed: digest **#1**") || !strings.Contains(c.Data.Content, "daily 08:00 (Europe/Berlin)") {
		t.Fatalf("subscribe answer = %+v, want a private confirmation of #1", c)
	}
	subs, _ := h.sched.Subscriptions(context.Background(), discordtest.DefaultGuildID)
	if len(subs) != 1 || subs[0].ChannelID != digestChannel || strings.Join(subs[0].Beats, ",") != "iran-us,turkey-eu" || subs[0].CreatedBy != discordtest.DefaultUserID {
		t.Fatalf("stored subscriptions = %+v", subs)
	}

	h.src.add(digestStart.Add(2*time.Hour), newsQuotes()...)
	// Not yet 08:00 in Berlin (07:00 UTC).
	h.clock.set(time.Date(2025, 1, 28, 6, 59, 0, 0, time.UTC))
	if err := h.sched.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(h.fake.ChannelMessages(digestChannel)); n != 0 {
		t.Fatalf("%d messages before the scheduled minute", n)
	}
	h.clock.set(time.Date(2025, 1, 28, 7, 0, 0, 0, time.UTC))
	if err := h.sched.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	ps := h.posts()
	if len(ps) != 1 || len(h.fake.ChannelMessages(digestChannel)) != 1 {
		t.Fatalf("posts = %d, want 1", len(ps))
	}
	p := ps[0]
	if !p.EnforceNonce || p.Nonce == "" || len(p.Nonce) > 25 {
		t.Errorf("nonce %q enforce %v, want a nonce of at most 25 characters, enforced", p.Nonce, p.EnforceNonce)
	}
	if !strings.Contains(p.Content, "4 new quotes") || len(p.Embeds) != 2 ||
		!strings.HasPrefix(p.Embeds[0].Title, "Iran and the United States: 3 new quotes (Araghchi 2, Baqaei 1)") ||
		!strings.HasPrefix(p.Embeds[1].Title, "Turkey and the European Union: 1 new quote (Kallas 1)") {
		t.Errorf("digest = %q with embeds %v", p.Content, embedTitles(p.Embeds))
	}
	golden(t, "digest_posted", renderPosted(t, p))
	// checkSent (at cleanup) checks allowed_mentions and the limits.
}

func embedTitles(es []*discordgo.MessageEmbed) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Title)
	}
	return out
}

func renderPosted(t *testing.T, p posted) []byte {
	t.Helper()
	var b strings.Builder
	b.WriteString(p.Content + "\n")
	for _, e := range p.Embeds {
		fmt.Fprintf(&b, "\n## %s\n%s\n", e.Title, e.Description)
	}
	return []byte(b.String())
}

func TestDigestPreviewListUnsubscribe(t *testing.T) {
	t.Parallel()
	h := startDigests(t, "", nil, nil)
	h.subscribe()
	h.src.add(digestStart.Add(time.Hour), newsQuotes()...)
	h.clock.set(digestStart.Add(2 * time.Hour))

	c := h.callback(h.send(admin(h.fake.Subcommand(cmdDigest, subPreview, discordtest.Option(optID, 1)))))
	if c.Data.Flags&64 == 0 || !strings.Contains(c.Data.Content, "Preview of digest #1") || len(c.Data.Embeds) == 0 {
		t.Errorf("preview = %+v, want a private preview with embeds", c.Data)
	}
	if n := len(h.fake.ChannelMessages(digestChannel)); n != 0 {
		t.Errorf("preview posted %d messages", n)
	}

	c = h.callback(h.send(admin(h.fake.Subcommand(cmdDigest, subList))))
	if !strings.Contains(c.Data.Content, "1 digest") || len(c.Data.Embeds) != 1 || !strings.Contains(c.Data.Embeds[0].Description, "**#1** in <#"+digestChannel+">, daily 08:00 (UTC), all beats") {
		t.Errorf("list = %+v", c.Data)
	}

	c = h.callback(h.send(admin(h.fake.Subcommand(cmdDigest, subNow, discordtest.Option(optID, 1)))))
	if !strings.Contains(c.Data.Content, "Posted digest #1: 4 new quotes") || len(h.fake.ChannelMessages(digestChannel)) != 1 {
		t.Errorf("now = %q, channel messages %d", c.Data.Content, len(h.fake.ChannelMessages(digestChannel)))
	}

	c = h.callback(h.send(admin(h.fake.Subcommand(cmdDigest, subUnsubscribe, discordtest.Option(optID, 1)))))
	if !strings.Contains(c.Data.Content, "#1") || !strings.Contains(c.Data.Content, "stopped") {
		t.Errorf("unsubscribe = %q", c.Data.Content)
	}
	c = h.callback(h.send(admin(h.fake.Subcommand(cmdDigest, subPreview, discordtest.Option(optID, 1)))))
	if !strings.Contains(c.Data.Content, "no digest with that number") {
		t.Errorf("preview after unsubscribe = %q", c.Data.Content)
	}
	c = h.callback(h.send(admin(h.fake.Subcommand(cmdDigest, subList))))
	if !strings.Contains(c.Data.Content, "no digests") {
		t.Errorf("list after unsubscribe = %q", c.Data.Content)
	}
}

func TestDigestRefusals(t *testing.T) {
	t.Parallel()
	h := startDigests(t, "", nil, nil)
	tests := []struct {
		name    string
		payload map[string]any
		want    string
	}{
		{"plain member", h.fake.Subcommand(cmdDigest, subSubscribe, discordtest.ChannelOption(optChannel, digestChannel), discordtest.Option(optSchedule, "daily 08:00")), "Manage Server"},
		{"plain member list", h.fake.Subcommand(cmdDigest, subList), "Manage Server"},
		{"direct message", discordtest.InDM(h.fake.Subcommand(cmdDigest, subList)), "in a server"},
		{"bad schedule", admin(h.fake.Subcommand(cmdDigest, subSubscribe, discordtest.ChannelOption(optChannel, digestChannel), discordtest.Option(optSchedule, "every tuesday"))), "That schedule does not work"},
		{"bad zone", admin(h.fake.Subcommand(cmdDigest, subSubscribe, discordtest.ChannelOption(optChannel, digestChannel), discordtest.Option(optSchedule, "daily 08:00"), discordtest.Option(optTimezone, "Mars/Base"))), "unknown time zone"},
		{"bad beat", admin(h.fake.Subcommand(cmdDigest, subSubscribe, discordtest.ChannelOption(optChannel, digestChannel), discordtest.Option(optSchedule, "daily 08:00"), discordtest.Option(optBeats, "iran-mars"))), `There is no beat "iran-mars"`},
		{"other server's digest", admin(h.fake.Subcommand(cmdDigest, subNow, discordtest.Option(optID, 99))), "no digest with that number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := h.callback(h.send(tt.payload))
			if c.Type != 4 || c.Data.Flags&64 == 0 || !strings.Contains(c.Data.Content, tt.want) {
				t.Errorf("answer = %d %q (flags %d), want a private refusal containing %q", c.Type, c.Data.Content, c.Data.Flags, tt.want)
			}
		})
	}
	if subs, _ := h.sched.Subscriptions(context.Background(), ""); len(subs) != 0 {
		t.Errorf("refused subscriptions were stored: %+v", subs)
	}
}

func TestDigestSurvivesRestartAnd429(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := &newsSource{}
	clock := &digestClock{t: digestStart}
	h := startDigests(t, dir, src, clock)
	h.subscribe()
	fake := h.fake
	// The bot stops before the digest is due.
	h.sched.Store.Close()

	src.add(digestStart.Add(time.Hour), newsQuotes()...)
	clock.set(time.Date(2025, 1, 28, 8, 0, 0, 0, time.UTC))
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sched := &digest.Scheduler{Store: st, Source: src, Now: clock.Now, Poster: h.bot}
	fake.RateLimitNext("POST", "/api/v9/channels/*/messages", 1, 50*time.Millisecond)
	if err := sched.Tick(context.Background()); err != nil {
		t.Fatalf("Tick() after restart = %v", err)
	}
	ps := h.posts()
	if len(ps) != 2 || ps[0].Nonce != ps[1].Nonce {
		t.Fatalf("posts = %d (nonces %v), want a 429 then a retry with the same nonce", len(ps), nonces(ps))
	}
	if msgs := fake.ChannelMessages(digestChannel); len(msgs) != 1 {
		t.Fatalf("channel messages = %d, want 1", len(msgs))
	}
	r, _, _ := st.LastRecord(context.Background(), 1)
	if r.State != store.StateSent || len(r.MessageIDs) != 1 {
		t.Errorf("record = %+v, want sent with one message", r)
	}
	// A second tick posts nothing more.
	sched.Tick(context.Background())
	if n := len(fake.ChannelMessages(digestChannel)); n != 1 {
		t.Errorf("channel messages after another tick = %d, want 1", n)
	}
}

func nonces(ps []posted) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Nonce)
	}
	return out
}

// crashingPoster posts but "crashes" before the post is recorded.
type crashingPoster struct{ digest.Poster }

var errCrash = errors.New("crashed between posting and recording")

func (c crashingPoster) PostDigest(ctx context.Context, ch string, d digest.Digest, nonce string, sent []string, record func(int, string) error) error {
	return c.Poster.PostDigest(ctx, ch, d, nonce, sent, func(int, string) error { return errCrash })
}

func TestDigestExactlyOnceAcrossACrash(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := &newsSource{}
	clock := &digestClock{t: digestStart}
	h := startDigests(t, dir, src, clock)
	h.subscribe()
	src.add(digestStart.Add(time.Hour), newsQuotes()...)
	clock.set(time.Date(2025, 1, 28, 8, 0, 0, 0, time.UTC))
	h.sched.Poster = crashingPoster{h.bot}
	if err := h.sched.Tick(context.Background()); !errors.Is(err, errCrash) {
		t.Fatalf("Tick() = %v, want the crash", err)
	}
	first := h.fake.ChannelMessages(digestChannel)
	if len(first) != 1 {
		t.Fatalf("channel messages after the crash = %d, want 1", len(first))
	}
	h.sched.Store.Close()

	// The restarted bot finds the intent and posts it again with the
	// same nonce; Discord (the fake) returns the message it has.
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pending, _ := st.Pending(context.Background())
	if len(pending) != 1 || len(pending[0].MessageIDs) != 0 {
		t.Fatalf("pending after the crash = %+v, want one intent with no message recorded", pending)
	}
	clock.set(clock.Now().Add(2 * time.Minute))
	sched := &digest.Scheduler{Store: st, Source: src, Now: clock.Now, Poster: h.bot}
	if err := sched.Tick(context.Background()); err != nil {
		t.Fatalf("Tick() after restart = %v", err)
	}
	ps := h.posts()
	if len(ps) != 2 || ps[0].Nonce != ps[1].Nonce {
		t.Fatalf("posts = %d with nonces %v, want 2 with the same nonce", len(ps), nonces(ps))
	}
	msgs := h.fake.ChannelMessages(digestChannel)
	if len(msgs) != 1 {
		t.Fatalf("channel messages = %d, want 1 (the repeat was dropped)", len(msgs))
	}
	r, _, _ := st.LastRecord(context.Background(), 1)
	if r.State != store.StateSent || len(r.MessageIDs) != 1 || r.MessageIDs[0] != msgs[0]["id"] {
		t.Errorf("record = %+v, want sent with message %v", r, msgs[0]["id"])
	}
}

func TestDigestAutocomplete(t *testing.T) {
	t.Parallel()
	h := startDigests(t, "", nil, nil)
	p := h.fake.Interaction(discordtest.InteractionAutocomplete, map[string]any{"id": h.fake.NewID(), "name": cmdDigest, "type": 1,
		"options": []map[string]any{{"name": subSubscribe, "type": 1, "options": []map[string]any{discordtest.Focused(optBeats, "iran-us, turk")}}}})
	c := h.callback(h.send(admin(p)))
	var got []string
	for _, ch := range c.Data.Choices {
		got = append(got, ch.Value)
	}
	if strings.Join(got, "|") != "iran-us, turkey-eu|iran-us, turkey-brics" {
		t.Errorf("beats choices = %q", got)
	}
}

func TestRenderDigestSplitsWithinLimits(t *testing.T) {
	var qs []corpus.Quote
	long := strings.Repeat("Iran and Washington must talk about everything that matters to both. ", 20)
	d := digest.Digest{Since: digestStart, Until: digestStart.Add(24 * time.Hour), Total: 0}
	for _, b := range beat.Default().All() {
		s := digest.Section{BeatID: b.ID, Name: b.Name}
		for i := range digest.MaxPerSection {
			q := newsQuote(fmt.Sprint(b.ID, i), fmt.Sprintf("Speaker %d", i), "Role", long, "Tehran Times", "Title", "https://example.com/x", "2025-01-28")
			qs = append(qs, q)
			s.Quotes = append(s.Quotes, q)
			s.Speakers = append(s.Speakers, digest.SpeakerCount{Name: q.Speaker, Count: 1})
		}
		s.Total, s.More = 40, 40-digest.MaxPerSection
		d.Sections = append(d.Sections, s)
		d.Total += s.Total
	}
	parts := renderDigest(d)
	if len(parts) < 2 {
		t.Fatalf("renderDigest(5 long sections) = %d messages, want several", len(parts))
	}
	shown := 0
	for i, r := range parts {
		m := r.messageSend(nil)
		if v := violations(m.Content, m.Embeds); len(v) > 0 {
			t.Errorf("message %d breaks the limits: %v", i, v)
		}
		for _, e := range m.Embeds {
			shown += strings.Count(e.Description, "> Iran and Washington")
			if strings.Contains(e.Description, "…and 34 more") && !strings.Contains(e.Description, "/quotes speaker:Speaker 0 since:2025-01-27 beat:") {
				t.Errorf("the pointer to /quotes is missing: %q", e.Description)
			}
		}
		if !strings.HasSuffix(r.Content, fmt.Sprintf("%d/%d", i+1, len(parts))) {
			t.Errorf("message %d content %q lacks its number", i, r.Content)
		}
	}
	if shown != len(qs) {
		t.Errorf("quotes shown across messages = %d, want %d", shown, len(qs))
	}
	if again := renderDigest(d); len(again) != len(parts) || again[0].Content != parts[0].Content {
		t.Errorf("renderDigest is not deterministic")
	}
}
