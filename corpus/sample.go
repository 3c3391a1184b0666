package corpus

import (
	"embed"
	"io/fs"
)

//go:embed sample
var sampleFS embed.FS

// Sample returns the embedded sample corpus: two news documents about
// Iran and the United States, with a meta.json sidecar. Load reads it as
// it reads a folder; it is the corpus used when none is configured.
func Sample() fs.FS {
	sub, err := fs.Sub(sampleFS, "sample")
	if err != nil {
		panic(err) // the embedded folder is always there
	}
	return sub
}
