// Package attribution finds the statements of a document and says who
// made them and when: quotation marks and reported speech, the cues
// around them ("said", "according to", a trailing attribution), the
// document's record of the people and bodies it names and of every
// later reference to them (surnames, pronouns, descriptions such as
// "the spokesman"), the date of each statement, and the Directory that
// merges a speaker's spellings across the corpus.
//
// It builds on package corpus (documents, paragraphs, dates) and on
// nothing else of quotebot. Where the text does not let a careful
// reader name a speaker, a statement has none.
package attribution
