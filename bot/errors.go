package bot

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"
)

// userError is an error whose text is written for the user: a short
// plain sentence about input they can fix.
type userError struct{ msg string }

func (e *userError) Error() string { return e.msg }

// rateLimitedError says a user must wait before asking again.
type rateLimitedError struct{ wait time.Duration }

func (e *rateLimitedError) Error() string { return fmt.Sprintf("rate limited for %v", e.wait) }

// errPanic is wrapped by the error a recovered panic becomes.
var errPanic = errors.New("panic")

// userText maps an error to the one short plain sentence a user sees.
// The detail goes to the log, never to the user; this is the only place
// that decides what users read about failures.
func userText(err error) string {
	var ue *userError
	var rl *rateLimitedError
	if t := digestUserText(err); t != "" {
		return t
	}
	switch {
	case errors.As(err, &ue):
		return ue.msg
	case errors.As(err, &rl):
		secs := int(math.Ceil(rl.wait.Seconds()))
		if secs < 1 {
			secs = 1
		}
		unit := "seconds"
		if secs == 1 {
			unit = "second"
		}
		return fmt.Sprintf("You are asking faster than I can keep up with; please wait %d %s and try again.", secs, unit)
	case errors.Is(err, context.DeadlineExceeded):
		return "That search took too long; please try a narrower question."
	case errors.Is(err, context.Canceled):
		return "The bot is restarting; please ask again in a moment."
	case errors.Is(err, errBadCustomID):
		return "That button no longer works; please ask again."
	default:
		return "Something went wrong while searching; it has been logged. Please try again later."
	}
}
