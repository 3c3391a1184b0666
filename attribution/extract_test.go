package attribution

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/quotebot/quotebot/corpus"
)

func TestExtractAttribution(t *testing.T) {
	pub := time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC) // a Wednesday
	type want struct {
		quote, speaker string
		kind           corpus.Kind
		role, date     string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "cue after, name then verb",
			text: "“We are ready to talk,” Foreign Minister Abbas Araghchi said on Monday.",
			want: []want{{"We are ready to talk,", "Abbas Araghchi", corpus.KindDirect, "Foreign Minister", "2025-02-03"}},
		},
		{
			name: "cue after, verb then name with appositive",
			text: "\"The talks failed,\" said Jane Doe, a spokeswoman for the ministry.",
			want: []want{{"The talks failed,", "Jane Doe", corpus.KindDirect, "spokeswoman for the ministry", "2025-02-05"}},
		},
		{
			name: "a title of a body before the name, then the title alone and a pronoun",
			text: "In his speech, Leader of the Islamic Revolution Ayatollah Ali Khamenei spoke of the talks.\n\n“America is a sworn enemy,” the Leader pointed out.\n\nHe added, “Threats turn into opportunities.”",
			want: []want{
				{"America is a sworn enemy,", "Ali Khamenei", corpus.KindDirect, "Leader of the Islamic Revolution", "2025-02-05"},
				{"Threats turn into opportunities.", "Ali Khamenei", corpus.KindDirect, "Leader of the Islamic Revolution", "2025-02-05"},
			},
		},
		{
			name: "a name in a web address is still a name",
			text: "Leader of the Islamic Revolution Ayatollah Khamenei spoke on Sunday.\n\n“Zeal turns threats into opportunities,” the Leader said, according to a readout published by khamenei.ir.",
			want: []want{{"Zeal turns threats into opportunities,", "Khamenei", corpus.KindDirect, "Leader of the Islamic Revolution", "2025-02-02"}},
		},
		{
			name: "a body with and in its name, then a pronoun",
			text: "The spokesman of the Food and Drug Administration, Shahram Shoeibi, spoke.\n\n“There is no shortage,” he said.\n\n“Prices will fall,” the Food and Drug Administration said.",
			want: []want{
				{"There is no shortage,", "Shahram Shoeibi", corpus.KindDirect, "", "2025-02-05"},
				{"Prices will fall,", "Food and Drug Administration", corpus.KindDirect, "", "2025-02-05"},
			},
		},
		{
			name: "a relative clause between subject and cue",
			text: "President Hassan Rouhani visited the fair.\n\nThe president, who also inspected products with his deputy Sorena Sattari, said, “Technology will open the doors.”\n\nThe International Atomic Energy Agency, which is tasked to monitor the implementation of the JCPOA, has confirmed Iran’s “full compliance” in 14 reports.",
			want: []want{
				{"Technology will open the doors.", "Hassan Rouhani", corpus.KindDirect, "President", "2025-02-05"},
				{"full compliance", "International Atomic Energy Agency", corpus.KindPartial, "", "2025-02-05"},
			},
		},
		{
			name: "a relative clause before a participle is the object's",
			text: "Lawmaker Mahmoud Sadeqi addressed the sailors of the carrier, which has entered the Gulf, saying, “Leave the region.”",
			want: []want{{"Leave the region.", "Mahmoud Sadeqi", corpus.KindDirect, "Lawmaker", "2025-02-05"}},
		},
		{
			name: "colon lead-in and pronoun continuation",
			text: "Reformist commentator Ali Rezaei said: “The door is open.”\n\n“Nobody should close it,” he added.",
			want: []want{
				{"The door is open.", "Ali Rezaei", corpus.KindDirect, "Reformist commentator", "2025-02-05"},
				{"Nobody should close it,", "Ali Rezaei", corpus.KindDirect, "Reformist commentator", "2025-02-05"},
			},
		},
		{
			name: "partial quote inside reported speech",
			text: "Kaja Kallas said on Tuesday that Tehran's conduct was “a threat to peace” in the region.",
			want: []want{{"a threat to peace", "Kaja Kallas", corpus.KindPartial, "", "2025-02-04"}},
		},
		{
			name: "organisation in a statement",
			text: "The Council of the European Union met on Monday.\n\n“The EU will urge Iran to release all detainees,” the Council said in a statement.",
			want: []want{{"The EU will urge Iran to release all detainees,", "Council of the European Union", corpus.KindDirect, "", "2025-02-03"}},
		},
		{
			name: "possessive outlet",
			text: "\"Negotiating is a lose-lose game for us,\" Kayhan's analysis concluded.",
			want: []want{{"Negotiating is a lose-lose game for us,", "Kayhan", corpus.KindDirect, "", "2025-02-05"}},
		},
		{
			name: "split quote with the cue inside",
			text: "“We had an agreement,” Hakan Fidan said. “They broke it.”",
			want: []want{
				{"We had an agreement, … They broke it.", "Hakan Fidan", corpus.KindDirect, "", "2025-02-05"},
			},
		},
		{
			name: "split quote with the cue between commas",
			text: "“We had an agreement,” Hakan Fidan, the foreign minister, said, “and they broke it.”",
			want: []want{
				{"We had an agreement, … and they broke it.", "Hakan Fidan", corpus.KindDirect, "foreign minister", "2025-02-05"},
			},
		},
		{
			name: "split quote with a title in the attribution",
			text: "“We had an agreement,” Hakan Fidan told CNN's “Amanpour” on Monday. “They broke it.”",
			want: []want{
				{"We had an agreement, … They broke it.", "Hakan Fidan", corpus.KindDirect, "", "2025-02-03"},
			},
		},
		{
			name: "a full stop ends the statement",
			text: "“We had an agreement.” Hakan Fidan said the talks were over. “They broke it.”",
			want: []want{
				{"We had an agreement.", "Hakan Fidan", corpus.KindDirect, "", "2025-02-05"},
				{"They broke it.", "Hakan Fidan", corpus.KindDirect, "", "2025-02-05"},
			},
		},
		{
			name: "a second cue makes a second statement",
			text: "“We had an agreement,” Hakan Fidan said, adding later, “They broke it.”",
			want: []want{
				{"We had an agreement,", "Hakan Fidan", corpus.KindDirect, "", "2025-02-05"},
				{"They broke it.", "Hakan Fidan", corpus.KindDirect, "", "2025-02-05"},
			},
		},
		{
			name: "quoted phrases of one sentence",
			text: "Hakan Fidan called the deal “dead” and “a trap” on Monday.",
			want: []want{
				{"dead … a trap", "Hakan Fidan", corpus.KindPartial, "", "2025-02-03"},
			},
		},
		{
			name: "quoted phrases in two clauses",
			text: "Hakan Fidan called the deal “dead” and urged Europe to “stand firm”.",
			want: []want{
				{"dead", "Hakan Fidan", corpus.KindPartial, "", "2025-02-05"},
				{"stand firm", "Hakan Fidan", corpus.KindPartial, "", "2025-02-05"},
			},
		},
		{
			name: "quote over two paragraphs",
			text: "Hakan Fidan spoke on Monday.\n\n“We had an agreement,” Fidan said. “It held for years.\n\n“Then they broke it.”",
			want: []want{
				{"We had an agreement, … It held for years. … Then they broke it.", "Hakan Fidan", corpus.KindDirect, "", "2025-02-03"},
			},
		},
		{
			name: "according to",
			text: "“The drone has a range of 20 kilometers,” according to Tasnim News Agency.",
			want: []want{{"The drone has a range of 20 kilometers,", "Tasnim News Agency", corpus.KindDirect, "", "2025-02-05"}},
		},
		{
			name: "reported speech without marks",
			text: "Foreign Ministry spokesman Esmaeil Baqaei said on Monday that Iran was ready to resume talks with Europe.",
			want: []want{{"Iran was ready to resume talks with Europe", "Esmaeil Baqaei", corpus.KindReported, "Foreign Ministry spokesman", "2025-02-03"}},
		},
		{
			name: "a participle adds a second reported statement",
			text: "Foreign Minister Abbas Araghchi said on Monday that he is optimistic about the prospects of an agreement, adding that it can also benefit all the countries in the region.",
			want: []want{
				{"he is optimistic about the prospects of an agreement", "Abbas Araghchi", corpus.KindReported, "Foreign Minister", "2025-02-03"},
				{"it can also benefit all the countries in the region", "Abbas Araghchi", corpus.KindReported, "Foreign Minister", "2025-02-03"},
			},
		},
		{
			name: "a long phrase of place between the verb and that",
			text: "Foreign Minister Abbas Araghchi said at a joint press conference with Sergey Lavrov that Iran was ready to resume talks with Europe.",
			want: []want{{"Iran was ready to resume talks with Europe", "Abbas Araghchi", corpus.KindReported, "Foreign Minister", "2025-02-05"}},
		},
		{
			name: "scare quotes and titles are not statements",
			text: "The drone, dubbed “Rezvan”, was shown in the film “The Last Stand Of Tehran” to what critics called “propaganda”.",
			want: nil,
		},
		{
			name: "one word with a named speaker",
			text: "Foreign Minister Abbas Araghchi called the proposal “unacceptable.”",
			want: []want{{"unacceptable.", "Abbas Araghchi", corpus.KindPartial, "Foreign Minister", "2025-02-05"}},
		},
		{
			name: "reported speech with a trailing cue, then a quote",
			text: "Tehran will not negotiate under maximum pressure, Foreign Minister Abbas Araghchi said. “The other side must first return to its commitments.”",
			want: []want{
				{"Tehran will not negotiate under maximum pressure", "Abbas Araghchi", corpus.KindReported, "Foreign Minister", "2025-02-05"},
				{"The other side must first return to its commitments.", "Abbas Araghchi", corpus.KindDirect, "Foreign Minister", "2025-02-05"},
			},
		},
		{
			name: "owner of a claim; a place after of",
			text: "Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago.\n\nCBC Chairman G.K. Butterfield of North Carolina said he was “outraged” by the plan.",
			want: []want{
				{"thousands of shootings", "Donald Trump", corpus.KindPartial, "", "2025-02-05"},
				{"outraged", "G.K. Butterfield", corpus.KindPartial, "CBC Chairman", "2025-02-05"},
			},
		},
		{
			name: "transcript turns",
			text: "Chris Wallace interviewed the governor.\n\n\"WALLACE: Will she be there tomorrow?\n\n\"PENCE: She will not be attending the debate.\"",
			want: []want{
				{"Will she be there tomorrow?", "Chris Wallace", corpus.KindDirect, "", "2025-02-05"},
				{"She will not be attending the debate.", "Pence", corpus.KindDirect, "", "2025-02-05"},
			},
		},
		{
			name: "a transcript's last turn ends before the writer's social-media line",
			text: "Partial transcript as follows:\n\n\"PENCE: And that’s why he is on his way to the White House.\n\n\"Follow Pam Key on Twitter @pamkeyNEN.\"",
			want: []want{{"And that’s why he is on his way to the White House.", "Pence", corpus.KindDirect, "", "2025-02-05"}},
		},
		{
			name: "a tag of the news or a place in capitals is no transcript label",
			text: "He posted on X: “BREAKING: E3 diplomats see no progress this week.”\n\nThe agency wrote: “TURKEY: Turkey reports 12 new cases in a day.”",
			want: []want{
				{"BREAKING: E3 diplomats see no progress this week.", "", corpus.KindDirect, "", "2025-02-05"},
				{"TURKEY: Turkey reports 12 new cases in a day.", "", corpus.KindDirect, "agency", "2025-02-05"},
			},
		},
		{
			name: "the name of a programme is no statement",
			text: "“We will release the records,” Sanders said on CNN’s “State of the Union.” “I am very healthy.”\n\nShe appeared on “The Late Show with Stephen Colbert” and “Fox & Friends.”\n\n“I'm a big fan of Elizabeth Warren,” Reid said.",
			want: []want{
				{"We will release the records, … I am very healthy.", "Sanders", corpus.KindDirect, "", "2025-02-05"},
				{"I'm a big fan of Elizabeth Warren,", "Reid", corpus.KindDirect, "", "2025-02-05"},
			},
		},
		{
			name: "heading in single quotes",
			text: "'Financial elites'\n\nThe rally went on.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := corpus.Document{ID: "t", Text: tt.text, Published: pub, PublishedProvenance: corpus.DatePublished}
			got := Extract(doc)
			if len(got) != len(tt.want) {
				var texts []string
				for _, q := range got {
					texts = append(texts, string(q.Kind)+":"+q.Speaker+":"+q.Text)
				}
				t.Fatalf("Extract(%q) found %d statements %q, want %d", tt.text, len(got), texts, len(tt.want))
			}
			for i, w := range tt.want {
				q := got[i]
				if q.Text != w.quote || q.Speaker != w.speaker || q.Kind != w.kind {
					t.Errorf("statement %d = %s %q by %q, want %s %q by %q", i, q.Kind, q.Text, q.Speaker, w.kind, w.quote, w.speaker)
				}
				if q.Role != w.role {
					t.Errorf("statement %d role = %q, want %q", i, q.Role, w.role)
				}
				if q.Date.String() != w.date {
					t.Errorf("statement %d date = %s (%s), want %s", i, q.Date, q.DateProvenance, w.date)
				}
			}
		})
	}
}

// TestExtractUndatedHistory checks that in an article with no date, a
// past event's date told near a quote does not date it.
func TestExtractUndatedHistory(t *testing.T) {
	tests := []struct{ name, text string }{
		{"history word", "The two countries signed treaties on 13 June and 26 December 1975.\n\n“Security is shared,” Barham Salih said."},
		{"anniversary, far before the date", "The Leader spoke on the anniversary of the people of Qom’s uprising against the Pahlavi regime, which took place on January 9, 1978.\n\nHe added, “Threats turn into opportunities.”"},
		{"a year told beside the statement", "“The Golan is occupied territory,” Ahmed Aboul Gheit said of the heights that Israel seized from Syria in 1967."},
		{"a year in a quote with no cue", "The group has “adjusted its position” since 2014, when Hamas split."},
		{"sentence glued to the quote", "Oral Toga answered the question. “No equation that excludes Turkey has been successful in the past.”The economic bloc that you mentioned was tested under the name of RCD in 1964."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(corpus.Document{ID: "t", Text: tt.text, PublishedProvenance: corpus.DateUnknown})
			if len(qs) != 1 {
				t.Fatalf("Extract found %d quotes, want 1", len(qs))
			}
			if q := qs[0]; !q.Date.IsZero() || q.DateProvenance != corpus.DateUnknown {
				t.Errorf("quote dated %s (%s), want no date", q.Date, q.DateProvenance)
			}
		})
	}
}

func TestExtractMergesRepeats(t *testing.T) {
	text := "“Behind the smiles there is enmity,” Ali Khamenei said.\n\nOther news.\n\n“Behind the smiles there is enmity,” Khamenei said."
	qs := Extract(corpus.Document{ID: "t", Text: text})
	if len(qs) != 1 {
		t.Fatalf("Extract found %d quotes, want 1 with two citations", len(qs))
	}
	if n := len(qs[0].Citations); n != 2 {
		t.Fatalf("quote has %d citations, want 2", n)
	}
	for _, c := range qs[0].Citations {
		if c.Quoted(text) != qs[0].Text {
			t.Errorf("citation [%d:%d] = %q, want the quote", c.Start, c.End, c.Quoted(text))
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Araghchi", "Araqchi"},
		{"Hamid-Reza Haji Babaee", "Hamidreza Hajibabaei"},
		{"Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"},
		{"Esmaeil Baqaei", "Esmail Baghaei"},
		{"Seyyed Hassan Nasrallah", "Seyed Hasan Nasrallah"},
		{"Mohammed bin Abdulrahman Al Thani", "Mohammad bin Abdul Rahman Al-Thani"},
		{"Ahmed Vahidi", "Ahmad Vahidi"},
	}
	for _, tt := range tests {
		if ka, kb := NameKey(tt.a), NameKey(tt.b); ka != kb {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; want equal", tt.a, ka, tt.b, kb)
		}
	}
	if NameKey("Ali Larijani") == NameKey("Sadegh Larijani") {
		t.Error("two Larijanis share a key")
	}
	if NameKey("Hamed") == NameKey("Hamad") {
		t.Error("Hamed and Hamad, two names, share a key")
	}
}

func TestDirectoryMergesVariants(t *testing.T) {
	d := NewDirectory()
	mk := func(name string) corpus.Quote {
		return corpus.Quote{Text: "text of " + name, Speaker: name, SpeakerID: SpeakerID(name), SpeakerType: corpus.SpeakerPerson, Citations: []corpus.Citation{{}}}
	}
	qs := []corpus.Quote{mk("Mohammad Javad Zarif"), mk("Javad Zarif"), mk("Zarif"), mk("Hamid-Reza Haji Babaee"), mk("Hamidreza Hajibabaei"), mk("Ali Larijani"), mk("Sadegh Larijani"), mk("Sayyed Nasrallah"), mk("Hassan Nasrallah")}
	d.Canonicalize(qs)
	if qs[7].SpeakerID != qs[8].SpeakerID {
		t.Errorf("Sayyed Nasrallah and Hassan Nasrallah got ids %q and %q, want one", qs[7].SpeakerID, qs[8].SpeakerID)
	}
	if qs[0].SpeakerID != qs[1].SpeakerID || qs[1].SpeakerID != qs[2].SpeakerID {
		t.Errorf("Zarif variants got ids %q %q %q, want one", qs[0].SpeakerID, qs[1].SpeakerID, qs[2].SpeakerID)
	}
	if qs[2].Speaker != "Mohammad Javad Zarif" {
		t.Errorf("canonical name = %q, want Mohammad Javad Zarif", qs[2].Speaker)
	}
	if qs[3].SpeakerID != qs[4].SpeakerID {
		t.Errorf("Haji Babaee variants got ids %q and %q, want one", qs[3].SpeakerID, qs[4].SpeakerID)
	}
	if qs[5].SpeakerID == qs[6].SpeakerID {
		t.Errorf("two Larijanis merged into %q", qs[5].SpeakerID)
	}
	// The directory survives a round trip through JSON.
	b, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	d2 := NewDirectory()
	if err := d2.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	more := []corpus.Quote{mk("Zarif")}
	d2.Canonicalize(more)
	if more[0].SpeakerID != qs[0].SpeakerID {
		t.Errorf("after a round trip, Zarif is %q, want %q", more[0].SpeakerID, qs[0].SpeakerID)
	}
}

// TestDirectoryBodiesAndNamesakes checks the corpus-level merges: a
// bare body goes to the qualified one the corpus quotes most, a second
// country's body stays apart, a surname alone goes to the person who
// dominates it, and a surname shared by namesakes never absorbs a new
// full name.
func TestDirectoryBodiesAndNamesakes(t *testing.T) {
	d := NewDirectory()
	q := func(name string, typ corpus.SpeakerType, n int) []corpus.Quote {
		var qs []corpus.Quote
		for i := range n {
			qs = append(qs, corpus.Quote{Text: fmt.Sprintf("%s %d", name, i), Speaker: name, SpeakerID: SpeakerID(name), SpeakerType: typ, Citations: []corpus.Citation{{}}})
		}
		d.Canonicalize(qs)
		return qs
	}
	org, person := corpus.SpeakerOrganization, corpus.SpeakerPerson
	iranian := q("Iranian Foreign Ministry", org, 30)[0].SpeakerID
	if got := q("Iran’s Foreign Ministry", org, 1)[0].SpeakerID; got != iranian {
		t.Errorf("Iran’s Foreign Ministry = %q, want %q", got, iranian)
	}
	russian := q("Russian Foreign Ministry", org, 3)[0].SpeakerID
	if russian == iranian {
		t.Errorf("Russian Foreign Ministry merged into %q", iranian)
	}
	if got := q("Foreign Ministry", org, 1)[0].SpeakerID; got != iranian {
		t.Errorf("bare Foreign Ministry = %q, want the dominant %q", got, iranian)
	}
	raisi := q("Ebrahim Raisi", person, 40)[0].SpeakerID
	q("Ummah Raisi", person, 1)
	if got := q("Raisi", person, 1)[0].SpeakerID; got != raisi {
		t.Errorf("Raisi = %q, want the dominant %q", got, raisi)
	}
	q("Mohammad Bagheri", person, 5)
	q("Ali Bagheri Kani", person, 5)
	bare := q("Bagheri", person, 1)[0].SpeakerID
	if got := q("Payam Bagheri", person, 1)[0].SpeakerID; got == bare {
		t.Errorf("Payam Bagheri joined the ambiguous surname's entry %q", bare)
	}
	// A surname written twice ("Mousavi Mousavi", a heading run into
	// its text) is the surname alone: it fits no first name.
	amir := q("Amir Mousavi", person, 5)[0].SpeakerID
	q("Mousavi Mousavi", person, 1)
	if got := q("Rasoul Mousavi", person, 1)[0].SpeakerID; got == amir {
		t.Errorf("Rasoul Mousavi joined Amir Mousavi's entry %q", amir)
	}
	// Another middle name is another person; a spelling of the same
	// one is not.
	hossein := q("Mohammad Hossein Baqeri", person, 5)[0].SpeakerID
	q("Mohammad Baqeri", person, 2)
	if got := q("Mohammad Reza Baqeri", person, 1)[0].SpeakerID; got == hossein {
		t.Errorf("Mohammad Reza Baqeri joined Mohammad Hossein Baqeri's entry %q", hossein)
	}
	if got := q("Mohammad Husein Baqeri", person, 1)[0].SpeakerID; got != hossein {
		t.Errorf("Mohammad Husein Baqeri = %q, want %q", got, hossein)
	}
	// "Saeed" is a first name, not the title Sayyid its name key
	// shares: Saeed Khatibzadeh is not the Esmaeil Khatibzadeh quoted
	// first, and Seyyed Kamal Kharrazi is still Kamal Kharrazi.
	esmaeil := q("Esmaeil Khatibzadeh", person, 2)[0].SpeakerID
	if got := q("Saeed Khatibzadeh", person, 5)[0].SpeakerID; got == esmaeil {
		t.Errorf("Saeed Khatibzadeh joined Esmaeil Khatibzadeh's entry %q", esmaeil)
	}
	kamal := q("Kamal Kharrazi", person, 5)[0].SpeakerID
	if got := q("Seyyed Kamal Kharrazi", person, 1)[0].SpeakerID; got != kamal {
		t.Errorf("Seyyed Kamal Kharrazi = %q, want %q", got, kamal)
	}
	// A short word that only the name key joins to a name is another
	// name: "Kan", an Israeli channel, is not Imran Khan.
	khan := q("Imran Khan", person, 5)[0].SpeakerID
	if got := q("Kan", person, 1)[0].SpeakerID; got == khan {
		t.Errorf("Kan joined Imran Khan's entry %q", khan)
	}
	if got := q("Khan", person, 1)[0].SpeakerID; got != khan {
		t.Errorf("Khan = %q, want %q", got, khan)
	}
	// A family name with its particle ("Al Thani") is a surname alone:
	// it fits every first name, so it joins no one else to its entry.
	hamad := q("Hamad bin Jassim bin Jaber Al Thani", person, 5)[0].SpeakerID
	q("Al Thani", person, 2)
	if got := q("Mohammed bin Abdulrahman Al Thani", person, 1)[0].SpeakerID; got == hamad {
		t.Errorf("Mohammed bin Abdulrahman Al Thani joined Hamad bin Jassim's entry %q", hamad)
	}
	// A father's name after "bin" is no surname: "Salman" alone is not
	// Mohammed bin Salman.
	mbs := q("Mohammed bin Salman", person, 30)[0].SpeakerID
	if got := q("Salman", person, 1)[0].SpeakerID; got == mbs {
		t.Errorf("Salman joined Mohammed bin Salman's entry %q", mbs)
	}
	// A name that ends with the father's name and one that goes on to
	// the family name are one person.
	faisal := q("Faisal bin Farhan", person, 5)[0].SpeakerID
	// "Farhan Al Saud", the name from the father's on, fits it too: the
	// same person, so the full name is not left between the two.
	q("Farhan Al Saud", person, 3)
	if got := q("Faisal bin Farhan Al Saud", person, 5)[0].SpeakerID; got != faisal {
		t.Errorf("Faisal bin Farhan Al Saud = %q, want %q", got, faisal)
	}
	trump := q("Donald Trump", person, 5)[0].SpeakerID
	q("Donald J. Trump", person, 3)
	if got := q("Donald Joseph Trump", person, 1)[0].SpeakerID; got != trump {
		t.Errorf("Donald Joseph Trump = %q, want %q: an initial is the name it begins", got, trump)
	}
}

// TestDirectoryHidesRunInAliases checks that a word run into a name
// from the text before it ("Quran Nasser Kanaani") is not shown as an
// alias, while a first name that opens other names is.
func TestDirectoryHidesRunInAliases(t *testing.T) {
	d := NewDirectory()
	for _, n := range []struct {
		name  string
		times int
	}{{"Nasser Kanaani", 10}, {"Quran Nasser Kanaani", 1}, {"Amir Abdollahian", 10}, {"Hossein Amir Abdollahian", 2}, {"Hossein Salami", 3}} {
		var qs []corpus.Quote
		for i := range n.times {
			qs = append(qs, corpus.Quote{Text: fmt.Sprintf("%s %d", n.name, i), Speaker: n.name, SpeakerID: SpeakerID(n.name), SpeakerType: corpus.SpeakerPerson, Citations: []corpus.Citation{{}}})
		}
		d.Canonicalize(qs)
	}
	aliases := make(map[string][]string)
	for _, s := range d.Speakers() {
		aliases[s.Name] = s.Aliases
	}
	if got := aliases["Nasser Kanaani"]; slices.Contains(got, "Quran Nasser Kanaani") {
		t.Errorf("Nasser Kanaani's aliases %q hold a word run in from the text", got)
	}
	if got := aliases["Hossein Amir Abdollahian"]; !slices.Contains(got, "Hossein Amir Abdollahian") || !slices.Contains(got, "Amir Abdollahian") {
		t.Errorf("Hossein Amir Abdollahian's aliases = %q, want both forms", got)
	}
}

// TestDirectoryAcronyms checks that a body quoted by its acronym and by
// its name is one speaker shown by its name, whichever comes first, and
// that an acronym never joins a person or a body with other initials.
func TestDirectoryAcronyms(t *testing.T) {
	d := NewDirectory()
	q := func(name string, typ corpus.SpeakerType) corpus.Quote {
		qs := []corpus.Quote{{Text: "words of " + name, Speaker: name, SpeakerID: SpeakerID(name), SpeakerType: typ, Citations: []corpus.Citation{{}}}}
		d.Canonicalize(qs)
		return qs[0]
	}
	org := corpus.SpeakerOrganization
	irgc := q("IRGC", org).SpeakerID
	for range 25 {
		q("Islamic Revolution Guards Corps", org)
	}
	if got := q("Islamic Revolution Guards Corps", org); got.SpeakerID != irgc || got.Speaker != "Islamic Revolution Guards Corps" {
		t.Errorf("the name after the acronym = %q (%s), want %s shown by its name", got.Speaker, got.SpeakerID, irgc)
	}
	iaea := q("International Atomic Energy Agency", org).SpeakerID
	if got := q("IAEA", org).SpeakerID; got != iaea {
		t.Errorf("IAEA = %q, want %q", got, iaea)
	}
	if got := q("Atomic Energy Organization of Iran", org).SpeakerID; got == iaea || got == irgc {
		t.Errorf("AEOI joined %q", got)
	}
	if got := q("AEOI", org).SpeakerID; got != q("Atomic Energy Organization of Iran", org).SpeakerID {
		t.Errorf("AEOI = %q, not the Atomic Energy Organization of Iran", got)
	}
	if got := q("Ian Ross", corpus.SpeakerPerson).SpeakerID; got == q("IR", org).SpeakerID {
		t.Errorf("a person's initials joined a body: %q", got)
	}
	// A body first quoted by a spelling of its name, then by another,
	// then by its acronym, is one speaker.
	snsc := q("Supreme National Security Counsil", org).SpeakerID
	if got := q("Supreme National Security Council", org).SpeakerID; got != snsc {
		t.Errorf("Supreme National Security Council = %q, want %q", got, snsc)
	}
	if got := q("SNSC", org).SpeakerID; got != snsc {
		t.Errorf("SNSC = %q, want %q", got, snsc)
	}
	if got := q("Syrian National Salvation Coalition", org).SpeakerID; got == snsc {
		t.Errorf("another body with the same initials joined %q", got)
	}
	// Acronyms one letter apart are other bodies, and a doubled letter
	// of an acronym is not folded into initials ("CNN" is not "CN").
	cnn := q("CNN", org).SpeakerID
	cbs := q("CBS News", org).SpeakerID
	if cbs == cnn {
		t.Errorf("CBS News joined CNN %q", cnn)
	}
	if got := q("CBC News", org).SpeakerID; got == cbs || got == cnn {
		t.Errorf("CBC News joined %q", got)
	}
	nbc := q("NBC News", org).SpeakerID
	if got := q("NNBC", org).SpeakerID; got == nbc {
		t.Errorf("NNBC joined NBC News %q: initials as written, not folded", got)
	}
	// A mission goes by no initials: the IEA quoted after the Iranian
	// Embassy in Ankara is the International Energy Agency.
	embassy := q("Iranian Embassy in Ankara", org).SpeakerID
	iea := q("International Energy Agency", org).SpeakerID
	if got := q("IEA", org).SpeakerID; got == embassy || got != iea {
		t.Errorf("IEA = %q, want %q, not the embassy %q", got, iea, embassy)
	}
}

// FuzzExtract checks that extraction never panics and that every quote
// is the text at each of its citations.
func FuzzExtract(f *testing.F) {
	f.Add("“We are open to negotiations, but they must be fair,” he added.")
	f.Add("Kallas said the council \"discussed Iran’s threats\". \"We will act,\" she added.")
	f.Add("\"unclosed quote\n\n“another” - X\n'Heading'\n\"\"\"")
	f.Add("According to Kayhan, “it is a lose-lose game.” Tehran's “red lines”: said")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "")
		}
		doc := corpus.Document{ID: "f", Text: text, Published: time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC)}
		for _, q := range Extract(doc) {
			if len(q.Citations) == 0 {
				t.Fatalf("quote %q has no citation", q.Text)
			}
			for _, c := range q.Citations {
				if c.Start < 0 || c.End > len(text) || c.Start > c.End {
					t.Fatalf("citation [%d:%d] is outside the text", c.Start, c.End)
				}
				for _, pt := range c.Pieces() {
					if pt[0] < c.Start || pt[1] > c.End || pt[0] > pt[1] {
						t.Fatalf("piece %v is outside its citation [%d:%d]", pt, c.Start, c.End)
					}
				}
				if c.Quoted(text) != q.Text {
					t.Fatalf("citation [%d:%d] does not hold %q", c.Start, c.End, q.Text)
				}
			}
		}
		for _, p := range corpus.Passages(doc) {
			if text[p.Citation.Start:p.Citation.End] != p.Text {
				t.Fatalf("passage [%d:%d] does not hold its text", p.Citation.Start, p.Citation.End)
			}
		}
	})
}

// TestExtractKeepsVariantsApart is the regression test for two quotes
// that differ only in an apostrophe: merging them made a citation that
// did not hold its quote's text.
func TestExtractKeepsVariantsApart(t *testing.T) {
	text := "“And they're terrifying,” Ali Rezaei said.\n\n“And they’re terrifying,” Rezaei said."
	qs := Extract(corpus.Document{ID: "t", Text: text})
	if len(qs) != 2 {
		t.Fatalf("Extract found %d quotes, want 2", len(qs))
	}
	for _, q := range qs {
		for _, c := range q.Citations {
			if c.Quoted(text) != q.Text {
				t.Errorf("citation [%d:%d] = %q, want %q", c.Start, c.End, c.Quoted(text), q.Text)
			}
		}
	}
}

func TestCanonicalName(t *testing.T) {
	tests := []struct {
		aliases map[string]int
		want    string
	}{
		{map[string]int{"Zarif": 3000, "Mohammad Javad Zarif": 500, "Javad Zarif": 200, "FM Mohamamd Javad Zarif": 1}, "Mohammad Javad Zarif"},
		{map[string]int{"Biden": 200, "Clinton-Pyatt-Nuland-Biden": 1}, "Biden"},
		{map[string]int{"Biden": 228, "Despite Biden": 1}, "Biden"},
		{map[string]int{"IRGC": 5}, "IRGC"},
		{map[string]int{"Ali Khamenei": 4, "Seyed Ali Khamenei": 4}, "Ali Khamenei"},
		{map[string]int{"Amir Abdollahian": 900, "Hossein Amir-Abdollahian": 300, "Amir-Abdollahian": 50}, "Hossein Amir-Abdollahian"},
		{map[string]int{"Amir Abdollahian": 900, "Hossein Amir Abdollahian": 20}, "Amir Abdollahian"},
		{map[string]int{"Joe Biden": 900, "Hunter Biden": 300}, "Joe Biden"},
		{map[string]int{"Ebrahim Raisi": 900, "Seyed Ebrahim Raisi": 800}, "Ebrahim Raisi"},
		{map[string]int{"Sayyed Nasrallah": 400, "Sayyed Hassan Nasrallah": 60, "Nasrallah": 90}, "Hassan Nasrallah"},
		{map[string]int{"Seyed Abbas Araghchi": 700, "Araghchi": 900}, "Abbas Araghchi"},
		{map[string]int{"Ayatollah Khamenei": 700, "Khamenei": 900}, "Khamenei"},
	}
	for _, tt := range tests {
		if got := canonicalName(tt.aliases); got != tt.want {
			t.Errorf("canonicalName(%v) = %q, want %q", tt.aliases, got, tt.want)
		}
	}
}

// speakersByText extracts text and maps each quote's text to its speaker.
func speakersByText(text string) map[string]string {
	got := map[string]string{}
	for _, q := range Extract(corpus.Document{ID: "t", Text: text}) {
		got[q.Text] = q.Speaker
	}
	return got
}

func TestSpeakerNotAFragment(t *testing.T) {
	text := "TEHRAN – Tehran said on Monday that “the talks will go on next week.”\n\n" +
		"Referring to the talks, Foreign Minister Abbas Araghchi said: “We are ready for a fair deal.”\n\n" +
		"Iran’s ambassador to London Hamid Baeidinejad said “the embassy is open to all visitors.”\n\n" +
		"“It is a step in the right direction,” Rep. Elijah Cummings of Maryland, the panel’s ranking Democrat, said.\n"
	got := speakersByText(text)
	want := map[string]string{
		"the talks will go on next week.":      "Tehran",
		"We are ready for a fair deal.":        "Abbas Araghchi",
		"the embassy is open to all visitors.": "Hamid Baeidinejad",
		"It is a step in the right direction,": "Elijah Cummings",
	}
	for q, w := range want {
		if s, ok := got[q]; !ok || s != w {
			t.Errorf("speaker of %q = %q (found %v), want %q", q, s, ok, w)
		}
	}
}

// TestRelativeDateOnInferredPublication checks that a weekday resolved
// against an inferred publication date carries that doubt.
func TestRelativeDateOnInferredPublication(t *testing.T) {
	text := "“We are ready,” Foreign Minister Abbas Araghchi said on Tuesday."
	pub := time.Date(2025, 1, 30, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		prov corpus.DateProvenance
		want corpus.DateProvenance
	}{
		{corpus.DatePublished, corpus.DateRelative},
		{corpus.DateInferred, corpus.DateInferred},
	} {
		qs := Extract(corpus.Document{ID: "d", Text: text, Published: pub, PublishedProvenance: tt.prov})
		if len(qs) != 1 {
			t.Fatalf("Extract found %d quotes, want 1", len(qs))
		}
		if qs[0].Date.String() != "2025-01-28" || qs[0].DateProvenance != tt.want {
			t.Errorf("published %s: date %s (%s), want 2025-01-28 (%s)", tt.prov, qs[0].Date, qs[0].DateProvenance, tt.want)
		}
	}
}

// TestNamesAreNotAdjectivesOrPairs checks what is not taken for a
// speaker's name: adjectives of place or creed, and two people's
// surnames side by side.
func TestNamesAreNotAdjectivesOrPairs(t *testing.T) {
	tests := []struct {
		name, text, speaker string
	}{
		{"place joined to a participle", "The Berlin-based think tank urged that Europeans “should declare clear support for the deal.”", ""},
		{"adjective of creed", "The Zionist regime “will pay a price,” the statement said.", ""},
		{"a first name ending like a creed", "“We will pay a price,” Adrian said.", "Adrian"},
		{"two surnames side by side", "President Ebrahim Raisi flew to Samarkand.\n\nPresident reiterates Iran’s position in meeting with Erdogan Raisi and his Turkish counterpart Recep Tayyip Erdogan met on Friday. He said, “The basis of our policy is sovereignty.”", "Ebrahim Raisi"},
		{"a first name that is also a surname", "Saddam Hussein ruled Iraq.\n\nHussein Amir-Abdollahian and Ali Abdollahian met.\n\nHussein Abdollahian said, “We are ready.”", "Hussein Abdollahian"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var qs []corpus.Quote
			for _, q := range Extract(corpus.Document{ID: "t", Text: tt.text}) {
				if q.Kind != corpus.KindReported {
					qs = append(qs, q)
				}
			}
			if len(qs) != 1 {
				t.Fatalf("Extract(%q) found %d quotes, want 1", tt.text, len(qs))
			}
			if qs[0].Speaker != tt.speaker {
				t.Errorf("speaker = %q, want %q", qs[0].Speaker, tt.speaker)
			}
		})
	}
}

func TestTitleOfTheBefore(t *testing.T) {
	tests := []struct {
		before string // the words before a name
		want   int    // index of the title token, or -1
	}{
		{"Leader of the Islamic Revolution Ayatollah", 0},
		{"In his speech, Leader of the Islamic Revolution", 4},
		{"Secretary of the Supreme National Security Council", 0},
		{"commander of the IRGC’s", -1}, // "… Aerospace Division": a body's part
		{"A man of the People Party", -1},
		{"Leader of the", -1},
		{"of the Islamic Revolution", -1},
		{"Supreme Leader", -1},
		{"The secretary of Iran’s Supreme National Security Council", 1},
		{"secretary of Iran’s", -1},
		{"Leader of the Islamic Revolution of Iran Ayatollah", 0},
		{"head of the Atomic Energy Organization of Iran", 0},
		{"a visit of the President of Iran", -1}, // a title's country, no body
		{"talks of Iran", -1},
	}
	for _, tt := range tests {
		if got := titleOfTheBefore(tokenize(tt.before), len(tokenize(tt.before))); got != tt.want {
			t.Errorf("titleOfTheBefore(%q) = %d, want %d", tt.before, got, tt.want)
		}
	}
}

func TestInAddress(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"published by khamenei.ir today", "khamenei", true},
		{"follow @khamenei_ir now", "khamenei", true},
		{"see www.president.ir", "president", true},
		{"the president. He said", "president", false},
		{"the president said", "president", false},
		{"ends with khamenei.", "khamenei", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.word)
		if got := inAddress(tt.text, i, i+len(tt.word)); got != tt.want {
			t.Errorf("inAddress(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// TestFindMentions checks where names begin and end: bodies joined over
// "and", names of bodies and events after "for", styled letters.
func TestFindMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"the Food and Drug Administration said", []string{"Food and Drug Administration"}},
		{"Handicrafts and Tourism Organization", []string{"Handicrafts and Tourism Organization"}},
		{"posts on Twitter and Facebook", []string{"Twitter", "Facebook"}},
		{"between China and EU officials", []string{"China", "EU"}},
		{"the U.S. Treasury and State Department", []string{"U.S. Treasury", "State Department"}},
		{"Rouhani and Zarif met", []string{"Rouhani", "Zarif"}},
		{"Pompeo is 𝙉𝙊𝙏 a participant", []string{"Pompeo"}}, // styled letters
		{"the National Campaign for Controlling Hypertension", []string{"National Campaign for Controlling Hypertension"}},
		{"Special Envoy for Afghanistan Zalmay Khalilzad", []string{"Zalmay Khalilzad"}},
		{"to combat Coronavirus During his visit to Mashhad, Salami said", []string{"Coronavirus", "Mashhad", "Salami"}},
		// One word after words that only qualify ends a body's name; a
		// post, a form of address or a place before it keeps a surname.
		{"The Palestinian Islamic Jihad said", []string{"Palestinian Islamic Jihad"}},
		{"the Petrochemical Industry Corporation said", []string{"Petrochemical Industry Corporation"}},
		{"Hezbollah Brigades said", []string{"Hezbollah Brigades"}},
		{"Iranian FM Zarif said", []string{"Zarif"}},
		{"IAEA Director-General Grossi said", []string{"Grossi"}},
		{"Ayatollah Khamenei said", []string{"Khamenei"}},
		{"King Salman said", []string{"Salman"}},
		// "and" inside the words of what a body is of; a lower-case
		// "bin" that opens a name is kept with it.
		{"the Institute of Energy and Economics Japan says", []string{"Institute of Energy and Economics Japan"}},
		{"the Ministry of Health Labor and Welfare said", []string{"Ministry of Health Labor and Welfare"}},
		{"“We must live together,” bin Abdulrahman said", []string{"bin Abdulrahman"}},
		{"Rouhani and Zarif and Araghchi met", []string{"Rouhani", "Zarif", "Araghchi"}},
		{"the collapse of the Ottoman Empire", []string{"Ottoman Empire"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range findMentions(tt.text) {
			got = append(got, m.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("findMentions(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// In an undated article, a year or a month dates a statement only next
// to its cue, or opening its sentence.
func TestExtractUndatedCoarseDates(t *testing.T) {
	tests := []struct{ text, want string }{
		{"“Violations give America the opportunity to upgrade,” Bolton wrote in 2014.", "2014"},
		{"In December 2018, ICT Minister Mohammad Javad Azari Jahromi announced: “We have invested five billion dollars.”", "2018-12"},
		{"Back in 2016, Donald Trump said: “Islam hates us.”", "2016"},
	}
	for _, tt := range tests {
		qs := Extract(corpus.Document{ID: "t", Text: tt.text, PublishedProvenance: corpus.DateUnknown})
		if len(qs) != 1 {
			t.Fatalf("Extract(%q) found %d quotes, want 1", tt.text, len(qs))
		}
		if got := qs[0].Date.String(); got != tt.want || qs[0].DateProvenance != corpus.DateStated {
			t.Errorf("Extract(%q) date = %s (%s), want %s (stated)", tt.text, got, qs[0].DateProvenance, tt.want)
		}
	}
}

func TestIndexWord(t *testing.T) {
	tests := []struct {
		s, w string
		want int
	}{
		{"Bolton wrote in 2014", "wrote", 7},
		{"He Said so", "said", 3},
		{"unsaid, said", "said", 8},
		{"İİ said", "said", 5}, // İ lower-cases to three bytes
		{"saying", "said", -1},
		{"", "said", -1},
	}
	for _, tt := range tests {
		if got := indexWord(tt.s, tt.w); got != tt.want {
			t.Errorf("indexWord(%q, %q) = %d, want %d", tt.s, tt.w, got, tt.want)
		}
	}
}

// TestTrailingReportedNeedsItsContent checks that a sentence ending in
// its cue is reported speech only where the words before the comma are
// what was said, not a scene or a cue with a clause of its own.
func TestTrailingReportedNeedsItsContent(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The talks will resume next week in Vienna, Zarif said.", []string{"The talks will resume next week in Vienna"}},
		{"Speaking to reporters on Monday in Tehran, Zarif said.", nil},
		{"Yielding to the idea that resistance is useless is a big mistake, Zarif said.", []string{"Yielding to the idea that resistance is useless is a big mistake"}},
		{"Referring to the attacks, Khamenei stated that crimes occurred.", nil},
		{"In a speech before the Russian State Duma, Ebrahim Raisi said Iran seeks more interaction with all.", []string{"Iran seeks more interaction with all"}},
		{"However debates are not likely to alter the campaign, noted NBC’s Dante Chinni.", []string{"However debates are not likely to alter the campaign"}},
		// An adverb of manner before a phrase is no content; one before
		// a clause is.
		{"Eva Miller said pleasantly into the phone.", nil},
		{"The professor Arshin Adib-Moghaddam said undoubtedly there is a personal hatred.", []string{"undoubtedly there is a personal hatred"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Extract(corpus.Document{ID: "t", Text: tt.text}) {
			if q.Kind == corpus.KindReported {
				got = append(got, q.Text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Extract(%q) reported %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInvertedTrailingCue checks that "…, said Dr. X." makes the words
// before it X's reported statement and X the speaker of the quote that
// follows with no cue of its own.
func TestInvertedTrailingCue(t *testing.T) {
	text := "The team will include 55 doctors and many nurses, said Dr. Ali Kalantar.\n\n“It is expected that 90 surgeries will be performed.”\n\n" +
		"Mr. Coffman, who represents a swing district, said Mr. Trump had disrespected the troops.\n"
	got := speakersByText(text)
	want := map[string]string{
		"The team will include 55 doctors and many nurses":    "Ali Kalantar",
		"It is expected that 90 surgeries will be performed.": "Ali Kalantar",
	}
	for q, w := range want {
		if got[q] != w {
			t.Errorf("speaker of %q = %q, want %q (all: %q)", q, got[q], w, got)
		}
	}
	if s, ok := got["Mr. Coffman, who represents a swing district"]; ok {
		t.Errorf("a clause after an inverted cue made %q a statement of %q", "Mr. Coffman, who represents a swing district", s)
	}
}

func TestIsDocument(t *testing.T) {
	for _, tt := range []struct {
		name string
		typ  corpus.SpeakerType
		want bool
	}{
		{"Joint Comprehensive Plan of Action", corpus.SpeakerOrganization, true},
		{"Deal of the Century", corpus.SpeakerOrganization, true},
		{"Treaty of Versailles", corpus.SpeakerOrganization, true},
		{"Steven Law", corpus.SpeakerPerson, false},
		{"Ministry of Foreign Affairs", corpus.SpeakerOrganization, false},
		{"Law", corpus.SpeakerOrganization, false},
	} {
		if got := isDocument(&entity{name: tt.name, typ: tt.typ}); got != tt.want {
			t.Errorf("isDocument(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestExtractKeepsTypographicSpaces checks that the rules read a no-break
// space as a space while the quote keeps the text as written, with its
// offsets.
func TestExtractKeepsTypographicSpaces(t *testing.T) {
	text := "“We will act\u00a0now,” said Lael\u00a0Brainard."
	qs := Extract(corpus.Document{ID: "t", Text: text})
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1", len(qs))
	}
	q := qs[0]
	if want := "We will act\u00a0now,"; q.Text != want {
		t.Errorf("text = %q, want %q", q.Text, want)
	}
	if c := q.Citations[0]; text[c.Start:c.End] != q.Text {
		t.Errorf("offsets [%d:%d] give %q, want the quote", c.Start, c.End, text[c.Start:c.End])
	}
	if q.Speaker != "Lael Brainard" {
		t.Errorf("speaker = %q, want Lael Brainard", q.Speaker)
	}
}

func TestPlainSpaces(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"no change", "no change"},
		{"a\u00a0b", "a  b"},
		{"thin\u2009space\u202fnarrow", "thin   space   narrow"},
		{"zero\u200bwidth", "zero\u200bwidth"},
		{"“quote.”\u00a0Next", "“quote.”  Next"},
	} {
		got := plainSpaces(tt.in)
		if got != tt.want {
			t.Errorf("plainSpaces(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if len(got) != len(tt.in) {
			t.Errorf("plainSpaces(%q) changed the length: %d, want %d", tt.in, len(got), len(tt.in))
		}
	}
}
