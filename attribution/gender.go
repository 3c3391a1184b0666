package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/corpus"
)

// gender is what an article tells of a person's sex: only enough to keep
// "she" from a man and "he" from a woman. Evidence is a form of address
// ("Mr.", "Ms."), a given name that is a man's or a woman's nearly
// always, or a role word ("spokeswoman", "wife"). Evidence both ways
// leaves it unknown.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
	genderMixed // evidence both ways: no constraint
)

func (e *entity) addGender(g gender) {
	switch {
	case g == genderUnknown || e.gender == g:
	case e.gender == genderUnknown:
		e.gender = g
	default:
		e.gender = genderMixed
	}
}

// fits reports whether the pronoun can stand for e as far as gender
// goes: "he" never stands for a woman, "she" never for a man.
func (e *entity) fits(pron string) bool {
	switch pron {
	case "he", "him", "his":
		return e.gender != genderFemale
	case "she", "her":
		return e.gender != genderMale
	}
	return true
}

// pronounFit is the gender constraint of one pronoun's resolution. A
// candidate of the other sex is passed over; once one has been, the
// nearest candidate was wrong and the text is less sure, so only someone
// whose sex the text tells as the pronoun's is taken ("she" after
// "Frank Fiorina" is Carly Fiorina, never "Hewlett-Packard"), else no
// one.
type pronounFit struct {
	pron    string
	skipped bool
}

func (f *pronounFit) ok(e *entity) bool {
	if f.pron != "it" && f.pron != "they" && isPlaceName(e.name) {
		return false // "at Shahid Bakri Airport in Urmia, he said": no one
	}
	if !e.fits(f.pron) {
		f.skipped = true
		return false
	}
	return !f.skipped || e.surely(f.pron)
}

// surely reports whether the text tells e's sex as the pronoun's.
func (e *entity) surely(pron string) bool {
	switch pron {
	case "he", "him", "his":
		return e.gender == genderMale
	case "she", "her":
		return e.gender == genderFemale
	}
	return true
}

// noteGenders records the gender evidence of every person the document
// names: a form of address just before a mention, the given name of the
// fullest name, and the roles the text gives them.
func (x *extractor) noteGenders() {
	text := x.doc.Text
	for _, m := range x.mentions {
		if m.e == nil || m.e.typ != corpus.SpeakerPerson {
			continue
		}
		m.e.addGender(addressGender(text[max(0, m.abs-6):m.abs]))
		if m.title != "" {
			m.e.addGender(addressGender(m.title + " "))
		}
	}
	for _, e := range x.entList {
		if e.typ != corpus.SpeakerPerson {
			continue
		}
		if ws := strings.Fields(e.name); len(ws) >= 2 {
			e.addGender(givenNameGender(ws[0]))
		}
		for _, r := range e.roles {
			e.addGender(roleGender(r.role))
		}
	}
}

// addressGender reads a form of address that ends before: the text just
// before a name ("… said Mrs. ").
func addressGender(before string) gender {
	f := strings.Fields(before)
	if len(f) == 0 || !strings.HasSuffix(before, " ") {
		return genderUnknown
	}
	switch f[len(f)-1] {
	case "Mr.", "Mr":
		return genderMale
	case "Mrs.", "Mrs", "Ms.", "Ms", "Miss":
		return genderFemale
	}
	return genderUnknown
}

func givenNameGender(w string) gender {
	switch {
	case maleNames[w]:
		return genderMale
	case femaleNames[w]:
		return genderFemale
	}
	return genderUnknown
}

// roleGender reads a role word that says a person's sex
// ("spokeswoman", "the senator's wife").
func roleGender(role string) gender {
	g := genderUnknown
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.Trim(w, ".,;:'’")
		switch {
		case maleRoles[w]:
			g = combine(g, genderMale)
		case femaleRoles[w]:
			g = combine(g, genderFemale)
		}
	}
	return g
}

func combine(a, b gender) gender {
	if a == genderUnknown || a == b {
		return b
	}
	return genderMixed
}

var maleRoles = set(`spokesman congressman chairman businessman councilman assemblyman
husband father son brother grandfather uncle nephew king prince boyfriend widower
actor sheikh ayatollah hojatoleslam`)

var femaleRoles = set(`spokeswoman congresswoman chairwoman businesswoman councilwoman
assemblywoman wife widow mother daughter sister grandmother aunt niece queen princess
girlfriend actress first-lady`)

// maleNames and femaleNames are given names that are a man's or a
// woman's nearly always, in the news this project reads (US and European
// politics, Iran, Turkey and the Arab world). Names given to both
// (Chris, Kelly, Lindsey, Jordan, Sam, Alex, Dana, Jesse) are in
// neither. Given names that are also common words (Grant, Hope) are
// here too, so that a name of common words is still a person's.
var maleNames = set(`Aaron Abbas Abdollah Abdolrahim Abdullah Adam Ahmad Ahmed Ahmet Alan
Albert Ali Alireza Amir Andrew Andy Anthony Antony Arthur Barack Bashar Ben Benjamin
Bernie Bill Bob Boris Brad Brian Bruce Carl Carlos Charles Charlie Chuck Cory Corey
Chase Craig Dan Daniel Darrell Dave David Dean Dennis Dick Don Donald Doug Douglas Ebrahim Ed
Earl Eddie Edward Emmanuel Eric Esmaeil Frank Fred Gary Gavin George Gholamhossein
Gholamreza Glenn Grant Greg Gregory Guy Hakan Hamid Hamidreza Harry Hassan Henry Hossein Howard
Hunter Hussein Ian Ibrahim Imran Jack Jacob Jake James Jared Jason Javad Jay Jeb Jeff Jeffrey
Jeremy Jerry Jim Jimmy Joe Joel John Jon Jonathan Jose Joseph Josh Juan Justin Kamal
Karim Kazem Keith Ken Kenneth Kevin Larry Lawrence Lloyd Luis Majid Mahmoud Marco Mario
Mark Martin Masoud Matt Matthew Mehdi Mehmet Mevlut Michael Mike Mitch Mitt Mohammad
Mohammadreza Mohammed Mohsen Mojtaba Muhammad Mustafa Narendra Nasser Neil Newt Nicholas
Nick Olaf Omar Patrick Paul Peter Phil Philip Qasem Qassem Rafael Rahm Ralph Rand Ray
Recep Reince Reza Rich Richard Rick Robby Robert Roger Ron Ronald Rudy Russell Ryan
Saeed Samuel Scott Sean Sergei Sergey Stephen Steve Steven Ted Thomas Tim Timothy Todd
Tom Tony Tucker Vladimir Walter William Xavier Yousef Yusuf`)

var femaleNames = set(`Amy Angela Ann Anna Anne Annalena Barbara Betsy Catherine Chelsea
Christina Christine Claire Condoleezza Debbie Diane Dianne Donna Elaine Elham Elizabeth
Ellen Emily Emma Faith Fatemeh Fatima Federica Giorgia Grace Gretchen Hannah Heidi Helen Hillary
Hope Huma Ivanka Jacinda Jane Janet Jennifer Jessica Jill Joan Joy Joyce Judy Julia Julie Kaja
Kamala Karen Kate Kathleen Kathy Katie Katrina Kellyanne Kirsten Kristen Laura Lauren
Leila Linda Lisa Liz Loretta Lori Madeleine Marsha Margaret Maria Mary Maryam
Marzieh Masoumeh Maxine Megyn Melania Melissa Michelle Monica Nancy Narges Nasrin Nicole
Nikki Oprah Pam Pamela Patricia Rachel Rebecca Rose Ruth Samantha Sandra Sarah Sharon Sheryl
Shirin Stephanie Susan Tammy Teresa Theresa Tina Tulsi Ursula Valerie Victoria Wendy
Zahra Zohreh`)
