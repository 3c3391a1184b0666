// Package quotebot answers questions about a corpus of news articles with
// the exact words that were said, who said them, when, and where they
// were published. The program is cmd/quotebot; the engine lives in
// corpus (documents: loading, cleaning, stories, paragraphs, publication
// dates), attribution (quotes, who said them and when, and the speaker
// directory) and search (the index); bot is the Discord front end.
package quotebot
