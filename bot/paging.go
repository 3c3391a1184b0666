package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// pagePrefix starts the custom ID of every paging button.
const pagePrefix = "pg:"

// maxOffset bounds the offsets a custom ID may carry.
const maxOffset = 100000

// errBadCustomID is returned for a custom ID that is not a page.
var errBadCustomID = errors.New("not a page custom ID")

// customID encodes l as a button's custom ID: "pg:" and a compact JSON
// array [kind, offset, args...]. It reports false when the result would
// be longer than Discord's 100 characters.
func (l lookup) customID() (string, bool) {
	v := []any{l.Kind, l.Offset}
	for _, a := range trimArgs(l.Args) {
		v = append(v, a)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // <, > and & as themselves save room
	if err := enc.Encode(v); err != nil {
		return "", false
	}
	id := pagePrefix + strings.TrimSuffix(b.String(), "\n")
	return id, textLen(id) <= maxCustomID
}

// parseCustomID decodes a custom ID made by customID.
func parseCustomID(id string) (lookup, error) {
	rest, ok := strings.CutPrefix(id, pagePrefix)
	if !ok || textLen(id) > maxCustomID {
		return lookup{}, errBadCustomID
	}
	var v []any
	if err := json.Unmarshal([]byte(rest), &v); err != nil || len(v) < 2 {
		return lookup{}, fmt.Errorf("%w: %q", errBadCustomID, id)
	}
	kind, ok := v[0].(string)
	off, okOff := v[1].(float64)
	if !ok || !okOff || off < 0 || off > maxOffset || off != float64(int(off)) {
		return lookup{}, fmt.Errorf("%w: %q", errBadCustomID, id)
	}
	l := lookup{Kind: kind, Offset: int(off)}
	for _, a := range v[2:] {
		s, ok := a.(string)
		if !ok {
			return lookup{}, fmt.Errorf("%w: %q", errBadCustomID, id)
		}
		l.Args = append(l.Args, s)
	}
	want := map[string]int{kindAsk: 2, kindQuotes: 5, kindWhoSaid: 1}
	if n, ok := want[kind]; !ok || len(l.Args) > n || len(l.Args) == 0 || strings.TrimSpace(l.Args[0]) == "" {
		return lookup{}, fmt.Errorf("%w: %q", errBadCustomID, id)
	}
	return l, nil
}

// pageButtons returns the Previous and Next buttons for the page l
// shows out of total quotes, or none when everything fits on one page.
// When the lookup is too long for a custom ID it returns no buttons and
// a note saying so.
func pageButtons(l lookup, total int) ([]discordgo.MessageComponent, string) {
	if l.Offset == 0 && total <= pageSize {
		return nil, ""
	}
	prev, next := l, l
	prev.Offset = max(l.Offset-pageSize, 0)
	next.Offset = l.Offset + pageSize
	prevID, ok1 := prev.customID()
	nextID, ok2 := next.customID()
	if !ok1 || !ok2 {
		return nil, fmt.Sprintf("Only quotes %s are shown: this look-up is too long to page through. Ask a shorter question, or narrow it with /quotes.", span(l.Offset, min(pageSize, total-l.Offset)))
	}
	prevOff, nextOff := l.Offset == 0, next.Offset >= total
	if prevOff {
		prevID = pagePrefix + "none:prev"
	}
	if nextOff {
		nextID = pagePrefix + "none:next"
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "◀ Previous", Style: discordgo.SecondaryButton, CustomID: prevID, Disabled: prevOff},
		discordgo.Button{Label: "Next ▶", Style: discordgo.PrimaryButton, CustomID: nextID, Disabled: nextOff},
	}}}, ""
}

// span returns "4–6" for the n quotes a page at offset shows.
func span(offset, n int) string {
	if n <= 1 {
		return fmt.Sprint(offset + 1)
	}
	return fmt.Sprintf("%d–%d", offset+1, offset+n)
}
