package attribution

import (
	"strings"
	"testing"

	"github.com/quotebot/quotebot/corpus"
)

// TestResolveSpeakers checks, rule by rule, who the entity record makes
// the speaker of a quote, and that a description naming no one gives no
// speaker but is kept as the role.
func TestResolveSpeakers(t *testing.T) {
	tests := []struct {
		name, text, quote string
		speaker, role     string
	}{
		{
			name:  "a hyphenated title holds its post: a Catholicos-Patriarch is the patriarch",
			text:  "TEHRAN- John Smith, the Catholicos-Patriarch of the Assyrian Church of the East, on Monday praised Iran. The patriarch emphasized that “dialogues will have many benefits.”",
			quote: "dialogues will have many benefits.", speaker: "John Smith", role: "Catholicos-Patriarch of the Assyrian Church of the East",
		},
		{
			name:  "a title in marks ends the role, without the word that led to it",
			text:  "“It is harder to dislodge misinformation,” said Jeffery Hemsley, the co-author of “Going Viral,” a book on social media.",
			quote: "It is harder to dislodge misinformation,", speaker: "Jeffery Hemsley", role: "co-author",
		},
		{
			name:  "a pronoun after a fronted phrase is not the person the phrase names",
			text:  "“We are ready to exchange our hostages,” Abbas Mousavi said in Tabriz.\n\nOn a plan by President Hassan Rouhani to visit Japan, he said, “Japan had previously submitted some offers.”",
			quote: "Japan had previously submitted some offers.", speaker: "Abbas Mousavi", role: "",
		},
		{
			name:  "a participle that opens the sentence is a fronted phrase too",
			text:  "General Hossein Salami made the remarks at a ceremony in Golpayegan.\n\nAt the beginning of his speech, Salami remembered Grand Ayatollah Safi Golpayegani, who passed away on Tuesday.\n\nStating that Golpayegan is a city of pious people, he said, “Besides great scholars, there are thinkers.”",
			quote: "Besides great scholars, there are thinkers.", speaker: "Hossein Salami", role: "General",
		},
		{
			name:  "two people joined by and who write the same words are cited under the first",
			text:  "Politico described a candidate aggrieved. “Sanders is himself filled with resentment,” Edward-Isaac Dovere and Gabriel Debenedetti wrote.",
			quote: "Sanders is himself filled with resentment,", speaker: "Edward-Isaac Dovere", role: "",
		},
		{
			name:  "a description before the pair is kept, and the first name speaks",
			text:  "“Tritium would enable new designs,” nuclear experts David Albright and Serena Kelleher-Vergantini said.",
			quote: "Tritium would enable new designs,", speaker: "David Albright", role: "",
		},
		{
			name:  "a statement of two states is neither one's, and the pair is the role",
			text:  "“Any decisions taken on this procedure would be devoid of legal effect,” Germany and France said in a joint statement.",
			quote: "Any decisions taken on this procedure would be devoid of legal effect,", speaker: "", role: "Germany and France",
		},
		{
			name:  "a verb between two names makes them no pair",
			text:  "Hassan Rouhani met Vladimir Putin and Recep Tayyip Erdogan said, “We agree.”",
			quote: "We agree.", speaker: "Recep Tayyip Erdogan", role: "",
		},
		{
			name:  "a no-break space after a quote's full stop still opens the next sentence",
			text:  "The idea came up in a debate in December, when Hillary Clinton called the Republican frontrunner “ISIS’ best recruiter.”\u00a0Donald Trump said the remark was false.",
			quote: "ISIS’ best recruiter.", speaker: "Hillary Clinton", role: "",
		},
		{
			name:  "a no-break space between words leaves no mark in the role",
			text:  "“We will act,” said Lael Brainard, a Fed governor\u00a0since 2014.",
			quote: "We will act,", speaker: "Lael Brainard", role: "Fed governor since 2014",
		},
		{
			name:  "a description by origin never fits one the text gave the same post with another origin",
			text:  "TEHRAN – An Iranian official met Iraqi Defense Minister Thabet Al Abbas on Saturday. Defense Minister Thabet Al Abbas paid a visit to Tehran in February.\n\n“Our armed forces are ready,” Iran’s defense minister said.",
			quote: "Our armed forces are ready,", speaker: "", role: "Iran’s defense minister",
		},
		{
			name:  "a counterpart after a rank takes the post of the description the sentence met the other by",
			text:  "TEHRAN – The Iraqi defense minister arrived in Tehran last week, where he was received by his Iranian counterpart, Brigadier General Mohammad Reza Ashtiani.\n\nDefense Minister Thabet Al Abbas paid a visit to Iran in February.\n\nIran’s defense minister also said, “Our armed forces are ready.”",
			quote: "Our armed forces are ready.", speaker: "Mohammad Reza Ashtiani", role: "Brigadier General",
		},
		{
			name:  "a relative clause between dashes stands between the name and its verb",
			text:  "U.S. Defense Secretary Lloyd Austin met Blinken on Monday.\n\nAustin -- who visited Ukraine with Blinken over the weekend and announced an extra $700 million in military aid to Ukraine -- said Washington wants to see “Russia weakened to the degree that it can't do the kinds of things.”",
			quote: "Russia weakened to the degree that it can't do the kinds of things.", speaker: "Lloyd Austin", role: "U.S. Defense Secretary",
		},
		{
			name:  "a dateline's dash opens no aside",
			text:  "TEHRAN – In a post on his Twitter account, Foreign Minister Mohammad Javad Zarif told Britain and France – the European signatories – that there is no prohibition for enriching uranium “neither now, nor in 2025 or beyond.”",
			quote: "neither now, nor in 2025 or beyond.", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "a body after a determiner, with its own verb before a participle's comma, is the participle's subject",
			text:  "The Lions’ Den faction said “we will respond to the occupation.”\n\nThe Islamic Jihad movement has also threatened the occupation regime, saying that “the Palestinian resistance is capable of inflicting pain on the enemy again.”",
			quote: "the Palestinian resistance is capable of inflicting pain on the enemy again.", speaker: "Islamic Jihad", role: "",
		},
		{
			name:  "a patriarch is a role: the description names the one the text gave it to",
			text:  "TEHRAN – John Smith, the Patriarch of the Assyrian Church of the East, on Monday praised Iran. The patriarch emphasized that “dialogues between Muslims and Christians will have many benefits.”",
			quote: "dialogues between Muslims and Christians will have many benefits.", speaker: "John Smith", role: "Patriarch of the Assyrian Church of the East",
		},
		{
			name:  "a given name that is also a faith is part of the name, not a title",
			text:  "German Finance Minister Christian Lindner said “Iran must stop.”",
			quote: "Iran must stop.", speaker: "Christian Lindner", role: "German Finance Minister",
		},
		{
			name:  "an inverted cue with a text published by a body gives the words to the body, not the speaker before",
			text:  "“This is a small step,” Foreign Minister Mohammad Javad Zarif told reporters.\n\n“On 27 January, an initial payment was approved,” said a statement published on the website of Switzerland’s embassy in Tehran.",
			quote: "On 27 January, an initial payment was approved,", speaker: "Switzerland’s Embassy in Tehran", role: "",
		},
		{
			name:  "a website after the quote relays what the sentence's own cue gives",
			text:  "Speaking in Golestan province on Friday, Ayatollah Raisi said, “The proposals were finalized in a meeting with the first vice-president,” according to the official website of the presidency.",
			quote: "The proposals were finalized in a meeting with the first vice-president,", speaker: "Raisi", role: "",
		},
		{
			name:  "a group's chief is its leader, not the last person named",
			text:  "Hezbollah leader Seyyed Hassan Nasrallah said the tankers are Lebanese territory. Lebanon’s Prime Minister Najib Mikati has not commented.\n\nAddressing a ceremony, Hezbollah’s chief announced, “Our first ship will sail within hours.”",
			quote: "Our first ship will sail within hours.", speaker: "Seyyed Hassan Nasrallah", role: "Hezbollah leader",
		},
		{
			name:  "a bare appositive of a post the lexicon lacked still sets off the speaker's name",
			text:  "“The sanctions severely undermine the right to food,” Hilal Elver, UN special rapporteur on the right to food, said in a statement.",
			quote: "The sanctions severely undermine the right to food,", speaker: "Hilal Elver", role: "",
		},
		{
			name:  "a capitalised title in apposition is the speaker's post, not the speaker",
			text:  "“Time is running out,” Rafael Grossi, IAEA Director-General, said on Monday.",
			quote: "Time is running out,", speaker: "Rafael Grossi", role: "IAEA Director-General",
		},
		{
			name:  "a description with a phrase after its role noun, then the name in apposition",
			text:  "The EU official for the talks, Josep Borrell, complicated the situation on Monday by saying that the negotiations have come to an end.",
			quote: "the negotiations have come to an end", speaker: "Josep Borrell", role: "",
		},
		{
			name:  "a verb with an infinitive after a quote is no cue of it",
			text:  "Secretary of State Antony Blinken extended the waiver, a State Department spokesperson said.\n\n\"To be clear: The waiver does not allow for the transfer of any funds to Iran.\" Trump had vowed to bring Iran to its knees through sanctions.",
			quote: "To be clear: The waiver does not allow for the transfer of any funds to Iran.", speaker: "", role: "",
		},
		{
			name:  "a verb of speech with the one it is said to after it is a cue",
			text:  "“The time is long overdue for a fundamental transformation of the Democratic Party,” Sanders insisted to the gathered cameras.",
			quote: "The time is long overdue for a fundamental transformation of the Democratic Party,", speaker: "Sanders", role: "",
		},
		{
			name:  "a post in apposition that names the one served, before an auxiliary and its verb",
			text:  "Nathalie Tocci, special adviser to European Union foreign policy chief Federica Mogherini, has said that the Europeans will opt for “dialogue” with Iran.",
			quote: "dialogue", speaker: "Nathalie Tocci", role: "",
		},
		{
			name:  "a name before a description the text did not close with a comma is the speaker",
			text:  "The Foreign Ministry issued a statement on Wednesday.\n\n“The ship sustained minor damage in the Red Sea,” Saeed Khatibzadeh, the ministry’s spokesman said.",
			quote: "The ship sustained minor damage in the Red Sea,", speaker: "Saeed Khatibzadeh", role: "",
		},
		{
			name:  "the daily is the newspaper named last",
			text:  "“The new partnership represents a massive failure of the administration’s Iran policy,” The Chicago Tribune wrote. The daily noted that the accord would establish “a far-reaching economic and security partnership” between Iran and China.",
			quote: "a far-reaching economic and security partnership", speaker: "Chicago Tribune", role: "",
		},
		{
			name:  "the newspaper is one the text called a newspaper",
			text:  "Earlier, the prediction of the Tehran Times proved right. The U.S. has agreed to lift half of the sanctions, according to a report published by Al Araby Al Jadeed newspaper. Citing Iranian sources, the newspaper said “lifting the nuclear-related sanctions” was no obstacle.",
			quote: "lifting the nuclear-related sanctions", speaker: "Al Araby Al Jadeed", role: "newspaper",
		},
		{
			name:  "it after a conjunction is the clause's subject, not the body quoted before",
			text:  "The Washington Post reported on Monday that the talks are moving. It also noted that “all sanctions” must go.\n\nThe Foreign Ministry has made it clear that it wants all sanctions lifted, and it said the lifting of the sanctions should be done all at once.",
			quote: "the lifting of the sanctions should be done all at once", speaker: "Foreign Ministry", role: "",
		},
		{
			name:  "a name inside what an article says is not its speaker",
			text:  "The article stresses that the Trump administration’s policy resulted in “a powerful new blow to U.S. interests.”",
			quote: "a powerful new blow to U.S. interests.", speaker: "", role: "",
		},
		{
			name:  "a line with a dash and a name signs the quote above it",
			text:  "Following are some claims from the debate.\n\n\"I went to Wall Street before the crash.\"\n\n- Hillary Clinton.\n\nClinton tends to repeat this claim.",
			quote: "I went to Wall Street before the crash.", speaker: "Hillary Clinton", role: "",
		},
		{
			name:  "a pronoun that opens a paragraph is the subject of the sentence before it, not the last speaker",
			text:  "UN Secretary-General Antonio Guterres spoke on Monday.\n\n“Sanctions undermine the right to food,” Hilal Elver, UN special rapporteur on the right to food, said in a statement. In a letter to the G-20 on March 24, Guterres called for rolling back sanctions regimes around the world.\n\nHe said sanctions are heightening the health risks for millions of people.",
			quote: "sanctions are heightening the health risks for millions of people", speaker: "Antonio Guterres", role: "UN Secretary-General",
		},
		{
			name:  "a post set off before a rank and a name is the person's too",
			text:  "The IRGC Quds Force Commander, General Esmail Qaani, also issued a warning to Israel. General Hossein Salami spoke after him.\n\n“Many facilities were within the reach of Palestinian missiles,” the Quds force chief predicted.",
			quote: "Many facilities were within the reach of Palestinian missiles,", speaker: "Esmail Qaani", role: "IRGC Quds Force Commander",
		},
		{
			name:  "a possessive opens the clause a verb of speech reports",
			text:  "Iranian President Ebrahim Raisi met foreign ambassadors in Tehran on Thursday. The president said his government has proved its sincerity in strengthening relations with neighbors.",
			quote: "his government has proved its sincerity in strengthening relations with neighbors", speaker: "Ebrahim Raisi", role: "Iranian President",
		},
		{
			name:  "the part of a state's name after its and is no given name",
			text:  "Prime Minister of Trinidad and Tobago Keith Rowley met Raisi on Monday.\n\n“We are interested in Iran's experience,” Rowley said.",
			quote: "We are interested in Iran's experience,", speaker: "Keith Rowley", role: "",
		},
		{
			name:  "a text signed by several is no one person's",
			text:  "“Iran must comply,” Foreign Minister Jeremy Hunt said.\n\n“We urge Iran to reverse this step,” said a statement signed by EU diplomatic chief Federica Mogherini and the three countries’ foreign ministers.",
			quote: "We urge Iran to reverse this step,", speaker: "", role: "statement",
		},
		{
			name:  "the one who read a message out is not its author",
			text:  "TEHRAN – President Ebrahim Raisi sent a message to a meeting held on Monday. The message was read by Minister Mohammad Mehdi Esmaeili during the celebration.\n\n“Ferdowsi is the symbol of Iranian wisdom,” the message read.",
			quote: "Ferdowsi is the symbol of Iranian wisdom,", speaker: "Ebrahim Raisi", role: "President",
		},
		{
			name:  "a state's mission to a body of states is a body, not the body it is sent to",
			text:  "In a tweet on Sunday, the Iranian mission to the European Union said all the sanctions “have no relevance whatsoever.”",
			quote: "have no relevance whatsoever.", speaker: "Iranian Mission to the European Union", role: "",
		},
		{
			name:  "a heading run into its paragraph is the words of the one the sentence after it quotes",
			text:  "“They stood up to criminal terrorists,” Raisi said.\n\n“Iran has always been a haven for people of different religions” In a meeting on Monday with Mar Awa III, Iranian Parliament speaker Mohammad Bagher Ghalibaf also said people of different faiths lived in peace.",
			quote: "Iran has always been a haven for people of different religions", speaker: "Mohammad Bagher Ghalibaf", role: "Iranian Parliament speaker",
		},
		{
			name:  "a run-in heading whose next sentence quotes no one has no speaker, not the one before",
			text:  "“The ships reached the Atlantic,” Admiral Habibollah Sayyari said.\n\n“Significant step” The Iranian ships’ journey across the Atlantic has been described as a step for the Navy.",
			quote: "Significant step", speaker: "", role: "",
		},
		{
			name:  "a verb of speech after a modal quotes no one",
			text:  "“Biden will restore confidence,” Professor Ronnie Lipschutz said.\n\n“Biden will not be a panacea” But I don’t think that Biden would say, okay let’s go back.",
			quote: "Biden will not be a panacea", speaker: "", role: "",
		},
		{
			name:  "a state's army is a body that speaks",
			text:  "The Pakistani army said it had killed “five terrorists” in the raid.",
			quote: "five terrorists", speaker: "Pakistani Army", role: "",
		},
		{
			name:  "a state's army in lower case is the same state's military that spoke before",
			text:  "The Israeli military said the raid had begun. “The vehicles were stuck,” the statement added.\n\nThe Israeli army said on its radio channel that his condition had deteriorated “to serious”.",
			quote: "to serious", speaker: "Israeli Military", role: "",
		},
		{
			name:  "an army named as a name is its own body",
			text:  "The Iranian military said the drills were over.\n\nThe Iranian Army said the drone was “shot down over the Gulf.”",
			quote: "shot down over the Gulf.", speaker: "Iranian Army", role: "",
		},
		{
			name:  "a participle after with and a subject is a clause of circumstance, not the quote's cue",
			text:  "“Hezbollah failed,” an Israeli military spokesman said, adding that “the strategic situation is still on” with Israeli military maintaining an elevated level of readiness.",
			quote: "the strategic situation is still on", speaker: "", role: "Israeli military spokesman",
		},
		{
			name:  "a description of no one named is a role, not a speaker",
			text:  "“The talks are over,” a senior official said.",
			quote: "The talks are over,", speaker: "", role: "senior official",
		},
		{
			name:  "a described body the text does not name is a role",
			text:  "“The deal is dead,” state TV said.",
			quote: "The deal is dead,", speaker: "", role: "state TV",
		},
		{
			name:  "a title alone with no one holding it is a role",
			text:  "“It is,” Iran's Supreme Leader said.",
			quote: "It is,", speaker: "", role: "Iran's Supreme Leader",
		},
		{
			name:  "the name after a verb of praise is its object, not an inverted speaker",
			text:  "A manifesto cited Donald Trump.\n\nThe dossier, which has been described by Australian Prime Minister Scott Morrison as a “work of hate”, praised Trump as a symbol.",
			quote: "work of hate", speaker: "Scott Morrison", role: "Australian Prime Minister",
		},
		{
			name:  "a clause after a name and a comma is no appositive",
			text:  "Ramin Heshmat spoke on Monday.\n\nAccording to Heshmat, raising awareness is among the objectives of the campaign.\n\n“The campaign target groups are all people above the age of 30,” he said.",
			quote: "The campaign target groups are all people above the age of 30,", speaker: "Ramin Heshmat", role: "",
		},
		{
			name:  "an interview's lede describes the person the next sentence names",
			text:  "TEHRAN – A Yemeni diplomat says that his country is facing the “worst health catastrophe” as a result of the siege. “Yemen is experiencing the worst health catastrophe,” Moataz al-Qurashi, a health consultant in the Yemeni embassy in Syria, tells the Tehran Times.",
			quote: "worst health catastrophe", speaker: "Moataz al-Qurashi", role: "",
		},
		{
			name:  "a lede in the past tense that names no one describes the person the next sentence names",
			text:  "TEHRAN – A Yemeni diplomat said that his country is facing the “worst health catastrophe” as a result of the siege. “Yemen is experiencing a crisis,” Moataz al-Qurashi, a health consultant in the Yemeni embassy in Syria, told reporters.",
			quote: "worst health catastrophe", speaker: "Moataz al-Qurashi", role: "",
		},
		{
			name:  "a lede in the past tense that names others describes someone unnamed",
			text:  "TEHRAN- A top Russian diplomat on Saturday criticized National Security Advisor Jake Sullivan for making “confusing and puzzling” remarks on Iran. Speaking to a think tank on Thursday, Sullivan said the U.S. will take all necessary steps.",
			quote: "confusing and puzzling", speaker: "", role: "top Russian diplomat",
		},
		{
			name:  "a lede's description is the role of the person the next sentence names",
			text:  "TEHRAN – A senior Iranian lawmaker has voiced support for the peace talks. Chairman of the Iranian Parliament’s National Security and Foreign Policy Committee Vahid Jalalzadeh said Iran continues to defend the Afghan people. “Iran will always stand by them,” the Iranian lawmaker said.",
			quote: "Iran will always stand by them,", speaker: "Vahid Jalalzadeh", role: "senior Iranian lawmaker",
		},
		{
			name:  "a lede's description runs on through the body it is of",
			text:  "TEHRAN— A member of the National Security and Foreign Policy Committee of the Iranian parliament said on Sunday that an agreement is near. “The way to a good agreement is to learn from the past,” Ebrahim Rezaei told ISNA.",
			quote: "The way to a good agreement is to learn from the past,", speaker: "Ebrahim Rezaei", role: "member of the National Security and Foreign Policy Committee of the Iranian parliament",
		},
		{
			name:  "a ministry written in lower case before the country it is of issued the statement",
			text:  "Nasser Kanaani said Iran is open.\n\nHe concluded, “Continuation of neighborhood policy is our top priority.” On Saturday, the foreign ministry of Azerbaijan issued a statement calling on its citizens to refrain from traveling to Iran.\n\n“The citizens are strongly advised not to visit,” the statement said.",
			quote: "The citizens are strongly advised not to visit,", speaker: "Foreign Ministry of Azerbaijan", role: "",
		},
		{
			name:  "an envoy's post runs through the form of the state it is to",
			text:  "For his part, Saudi Ambassador to the Republic of Iraq Abdulaziz bin Khalid Al-Shammari said, “We are facing a golden opportunity.”\n\nThe Saudi ambassador also pointed out that Riyadh is working to open a new chapter. “Orders were issued to working groups,” he continued.",
			quote: "Orders were issued to working groups,", speaker: "Abdulaziz bin Khalid Al-Shammari", role: "Saudi Ambassador to the Republic of Iraq",
		},
		{
			name:  "people a body appointed are not the body",
			text:  "TEHRAN- Experts appointed by the United Nations have said the French security forces’ “acts of violence” against protesters “is alarming”.",
			quote: "acts of violence", speaker: "", role: "experts",
		},
		{
			name:  "a second phrase of a sentence whose subject is people a body appointed is theirs too",
			text:  "TEHRAN- Experts appointed by the United Nations have said the French security forces’ “acts of violence” against protesters “is alarming”.",
			quote: "is alarming", speaker: "", role: "experts",
		},
		{
			name:  "analysts close to a body are not the body",
			text:  "Analysts close to the Kremlin said the sanctions were “a dead end”.",
			quote: "a dead end", speaker: "", role: "analysts",
		},
		{
			name:  "a body's officials speak for it",
			text:  "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, said the program was “open to abuse”.",
			quote: "open to abuse", speaker: "Homeland Security Investigations", role: "",
		},
		{
			name:  "an ordinal inside a body's name stays in it",
			text:  "“The U.S. Navy prevented a support ship from capturing an unmanned surface vessel” in the Persian Gulf, the U.S. 5th Fleet said in a statement.",
			quote: "The U.S. Navy prevented a support ship from capturing an unmanned surface vessel", speaker: "U.S. 5th Fleet", role: "",
		},
		{
			name:  "it is never a sea",
			text:  "Commenting on the Persian Gulf and the Red Sea incidents, Nour News said at the time that the vessels endangered commercial shipping. “This country has sent unmanned vessels to the region,” it said.",
			quote: "This country has sent unmanned vessels to the region,", speaker: "Nour News", role: "",
		},
		{
			name:  "a relative clause with no commas between a name and its verb",
			text:  "TEHRAN – A conference will be held in Tehran, Mahmoud Abbasi, the deputy justice minister, said. Abbasi who is also served as secretary of the National Body on the Convention of the Rights of the Child (NBCRC) said that “we intend to hold an international conference.”",
			quote: "we intend to hold an international conference.", speaker: "Mahmoud Abbasi", role: "deputy justice minister",
		},
		{
			name:  "a statement reported inside the one an outlet relays is its own speaker's",
			text:  "TEHRAN — Russian President Vladimir Putin doubted that Israel could attack Iran, according to former U.S. National Security Adviser John Bolton. According to The Jerusalem Post, Bolton wrote in his book that in an October 2018 meeting in the Kremlin Putin had said Israel “could not conduct military action against Iran alone.”",
			quote: "could not conduct military action against Iran alone.", speaker: "Vladimir Putin", role: "Russian President",
		},
		{
			name:  "he after an unnamed source's quote is that source",
			text:  "TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian said on Monday that Iran will not give in to pressure.\n\n\"The talks will go on,\" Amir Abdollahian said.\n\nOil traders see the sanctions as weak. \"Can you galvanize two sanctions coalitions at once? That's tricky,\" said another source, saying Iran is now selling about half the volume of oil.\n\n\"Why should Tehran make a painful concession?\" he said.",
			quote: "Why should Tehran make a painful concession?", speaker: "", role: "another source",
		},
		{
			name:  "an appositive the text does not close with a comma is the name's",
			text:  "TEHRAN – Yassin Aktay accused Saudi Arabia. In this regard, Onur Sinan Güzaltan, a Turkish lawyer tells the Tehran Times that \"some countries are doing their best to cause a clash.\"",
			quote: "some countries are doing their best to cause a clash.", speaker: "Onur Sinan Güzaltan", role: "",
		},
		{
			name:  "an inverted subject after an object's name is no appositive",
			text:  "TEHRAN – The visit will celebrate the victory of Bashar Assad, a senior Iranian official said on Sunday. “It will be a turning point,” the official added.",
			quote: "It will be a turning point,", speaker: "", role: "senior Iranian official",
		},
		{
			name:  "the spokesman after an unnamed spokesman's statement is that one",
			text:  "TEHRAN – Behrouz Kamalvandi, the spokesman for the Atomic Energy Organization of Iran, said on Monday that enrichment has resumed.\n\nThe only European reaction came from the European Commission. An unknown spokesman for the Commission said on Tuesday the European body regretted the move, according to a Reuters report.\n\n“We are highly concerned by the measures taken by Iran,” the spokesman pointed out.",
			quote: "We are highly concerned by the measures taken by Iran,", speaker: "", role: "unknown spokesman",
		},
		{
			name:  "an unnamed spokesman the next sentence names is that person",
			text:  "The Yemeni army has announced a large operation. A spokesman for Yemen’s armed forces says a joint operation has been carried out. Yahya Sara’e says military sites have been targeted.\n\n“The missiles hit the designated targets with precision,” the spokesman added.",
			quote: "The missiles hit the designated targets with precision,", speaker: "Yahya Sara’e", role: "",
		},
		{
			name:  "a name after a pronoun that opens its sentence is no later pronoun's",
			text:  "Interior Minister Ahmad Vahidi spoke in Kabul.\n\nHe pointed out that the love of Islam and Ahl al-Bayt created special bonds between the peoples. “Today, the terrorists are killing fasting people.”\n\nHe said unbelievers see “purity and worshipping as unforgivable sins.”",
			quote: "purity and worshipping as unforgivable sins.", speaker: "Ahmad Vahidi", role: "Interior Minister",
		},
		{
			name:  "a past participle that opens a sentence is no part of the crosshead's name before it",
			text:  "Hassan Rouhani won the election.\n\nSaeed Jalili Known as a conservative politician, he was born in 1965. He said the candidates should tell the people their plans. “If we do not address the main issues well, rhetoric takes the stage,” he said.",
			quote: "If we do not address the main issues well, rhetoric takes the stage,", speaker: "Saeed Jalili", role: "",
		},
		{
			name:  "an unclosed appositive with a capitalised post is the name's",
			text:  "Dr Ahmed Al-Mandhari, WHO Regional Director for the Eastern Mediterranean said that “WHO is pleased to have supported Iran.”",
			quote: "WHO is pleased to have supported Iran.", speaker: "Ahmed Al-Mandhari", role: "",
		},
		{
			name:  "an unclosed appositive with a place's possessive is the name's",
			text:  "Amir Saeid Iravani, Iran’s ambassador to the United Nations said that “Iran is ready.”",
			quote: "Iran is ready.", speaker: "Amir Saeid Iravani", role: "",
		},
		{
			name:  "a surname takes the spelling the article writes most often",
			text:  "Iranian Foreign Minister Hossein Amir Abdollahian spoke with EU foreign policy chief Josep Borrel in mid-July. He thanked Borrell and Mora.\n\nBorrell emphasized the readiness of his deputy. Borrell added, “I will continue my efforts.”",
			quote: "I will continue my efforts.", speaker: "Josep Borrell", role: "EU foreign policy chief",
		},
		{
			name:  "a common word spelt to a surname's key is no spelling of it",
			text:  "Writer Jeet Heer wrote about the magazine. Here, he said, the piece was “a return to its founding spirit.” Here is the rest.",
			quote: "a return to its founding spirit.", speaker: "Jeet Heer", role: "",
		},
		{
			name:  "a pronoun after a description of another origin is not the last speaker's",
			text:  "TEHRAN- Hossein Amir Abdollahian of Iran and Faisal bin Farhan Al-Saud of Saudi Arabia spoke by phone on Friday night.\n\n“The Islamic Republic is getting ready to formally reopen its embassy,” Amir Abdollahian said.\n\nHe said that the discussions demonstrate the two nations’ commitment. The Saudi foreign minister, for his part, reiterated that Riyadh sees bright prospects for relations with Tehran. “We have taken good steps in the past two months,” he noted.",
			quote: "We have taken good steps in the past two months,", speaker: "", role: "Saudi foreign minister",
		},
		{
			name:  "a pronoun after a description of the last speaker's origin is the last speaker's",
			text:  "TEHRAN- Russian Permanent Representative to International Organizations in Vienna Mikhail Ulyanov has stated that Russia supports the talks. “We welcome the negotiations,” he said.\n\nThe Russian envoy noted that the consultations had been set for November. He went on to highlight, “It's promising that the interruption in discussions was brief.”",
			quote: "It's promising that the interruption in discussions was brief.", speaker: "Mikhail Ulyanov", role: "",
		},
		{
			name:  "the name with its own verb of speech after according to an outlet is the speaker",
			text:  "The WHO praised Iran’s plan.\n\nAccording to Press TV, Emergency Director for WHO’s Regional Office for the Eastern Mediterranean Richard Brennan told journalists in Tehran on Saturday that the organization will “provide all the support” to the government.",
			quote: "provide all the support", speaker: "Richard Brennan", role: "",
		},
		{
			name:  "a name before the relaying outlet with its verb left out is the speaker",
			text:  "TEHRAN – An Iranian parliamentarian on Monday condemned the attack. “The attack is blatant aggression,” Mohammad Esmaeil Saeedi, Fars reported.",
			quote: "The attack is blatant aggression,", speaker: "Mohammad Esmaeil Saeedi", role: "",
		},
		{
			name:  "the last part of a hyphenated surname alone is its holder",
			text:  "TEHRAN – Hossein Amir-Abdollahian, the special aide to the speaker, said the West is in decline.\n\n“There is no doubt that the 21st century is the century of Asia,” Abdollahian asserted.",
			quote: "There is no doubt that the 21st century is the century of Asia,", speaker: "Hossein Amir-Abdollahian", role: "special aide to the speaker",
		},
		{
			name:  "the name after a kinship particle is no surname of its own",
			text:  "Salah Abu-Laban and his wife had been traveling together, wrote film director Osman Abu Laban, Abu-Laban’s nephew, on Facebook. “Oh Lord, have mercy and forgive them,” Abu Laban wrote.",
			quote: "Oh Lord, have mercy and forgive them,", speaker: "Osman Abu Laban", role: "director",
		},
		{
			name:  "quoted a long title and its holder as saying",
			text:  "He further quoted Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei as saying that the army is a “large exhibition for Islamic values”.",
			quote: "large exhibition for Islamic values", speaker: "Seyed Ali Khamenei", role: "Leader of the Islamic Revolution",
		},
		{
			name:  "a plural noun after the word that names it belongs to the post",
			text:  "In relevant remarks, Tehran’s provisional Friday prayers leader Ayatollah Seyed Ahmad Khatami said that the operation was aggression.\n\n“I have an advice to the Turkish government,” the Friday prayers leader remarked.",
			quote: "I have an advice to the Turkish government,", speaker: "Seyed Ahmad Khatami", role: "Friday prayers leader",
		},
		{
			name:  "a surname's first word alone is the person whose surname is two words",
			text:  "Peter Stano said the talks would resume.\n\nAli Bagheri Kani, the deputy foreign minister of Iran, also confirmed the visit on Twitter on Wednesday. “I will host Enrique Mora tomorrow,” Bagheri tweeted.",
			quote: "I will host Enrique Mora tomorrow,", speaker: "Ali Bagheri Kani", role: "deputy foreign minister of Iran",
		},
		{
			name:  "a common word run into a name is no second word of a surname",
			text:  "Tulsi Gabbard spoke on FNC’s ‘Tucker Carlson Tonight.’\n\n“This is why they hate you,” Carlson told Gabbard.",
			quote: "This is why they hate you,", speaker: "Carlson", role: "",
		},
		{
			name:  "a crosshead run into a sentence is not its subject",
			text:  "Vahid Jalalzadeh, a senior MP, said the talks must not be protracted.\n\nBagheri negotiates on the basis of the JCPOA Jalalzadeh also said that Iran’s chief negotiator Ali Bagheri Kani entered the negotiations despite his objections.\n\n“The JCPOA is the format on which he goes forward,” he added.",
			quote: "The JCPOA is the format on which he goes forward,", speaker: "Vahid Jalalzadeh", role: "",
		},
		{
			name:  "a quoted crosshead run into the sentence before a paragraph is not its opening",
			text:  "Deputy Foreign Minister Abbas Araghchi said on Monday that Iran can enrich uranium.\n\nHowever, U.S. President Donald Trump unilaterally withdrew from the JCPOA on May 8, 2018.\n\nIran started to reduce its commitments. ‘West should give up delusion’ Elsewhere in his Monday remarks, Araghchi urged Western countries to give up the delusion.\n\nHe said Iran is not excited about possible U.S. return to the JCPOA.",
			quote: "Iran is not excited about possible U.S. return to the JCPOA", speaker: "Abbas Araghchi", role: "Deputy Foreign Minister",
		},
		{
			name:  "a capitalised post of a body is a description, not a name",
			text:  "Hassan Nasrallah, the secretary general of Hezbollah, said the crisis was planned.\n\nThe Secretary General of Hezbollah said the country’s energy crisis is not coincidental.",
			quote: "the country’s energy crisis is not coincidental", speaker: "Hassan Nasrallah", role: "secretary general of Hezbollah",
		},
		{
			name:  "a capitalised post of a body before its holder's name is a title",
			text:  "Iranian Foreign Minister Hossein Amir Abdollahian hosted his Togolese counterpart.\n\nThe Foreign Minister of Togo Robert Dussey also stressed that his country wants to establish wide-ranging relations with Iran.",
			quote: "his country wants to establish wide-ranging relations with Iran", speaker: "Robert Dussey", role: "",
		},
		{
			name:  "an Arabic body's name holds its lower-case ahl",
			text:  "TEHRAN - The Secretary General of Iraq’s Asaib ahl al-Haq has dismissed accusations against his movement. In an interview with Al Jazeera, Qais al-Khazali, noted there have been no accusations against the group.\n\nThe Secretary General of Asaib ahl al-Haq said Israel benefits the most from a chaotic scene in Iraq. “These are well known Israeli tactics,” he said.",
			quote: "These are well known Israeli tactics,", speaker: "Qais al-Khazali", role: "",
		},
		{
			name:  "what it dubbed after a person subject is the body named before it",
			text:  "Azerbaijan’s ties with Iran became tense. President Ilham Aliyev spoke on Monday as Azerbaijan shuttered its embassy following what it dubbed a “terrorist act.”",
			quote: "terrorist act.", speaker: "Azerbaijan", role: "",
		},
		{
			name:  "a body's word then a name no list holds is a person after a post",
			text:  "TEHRAN – Secretary of the National Security Committee Vahid Jalalzadeh said Iran continues to defend them.\n\n“We will stand by them,” Jalalzadeh said.",
			quote: "We will stand by them,", speaker: "Vahid Jalalzadeh", role: "Secretary of the National Security Committee",
		},
		{
			name:  "the physician is the roleless interviewee just quoted",
			text:  "“There was a surprise,” Issam al-Salih tells the Tehran Times.\n\n“Iran and Cuba have proven that,” the physician remarked.",
			quote: "Iran and Cuba have proven that,", speaker: "Issam al-Salih", role: "",
		},
		{
			name:  "the Pakistani analyst is the interviewee the interview goes on describing",
			text:  "“Sanctions have failed,” Nabila Jaffar tells the Tehran Times.\n\n“The region is changing,” the Pakistani analyst notes.",
			quote: "The region is changing,", speaker: "Nabila Jaffar", role: "",
		},
		{
			name:  "an analyst of some country is no one when nobody was interviewed",
			text:  "“Sanctions have failed,” Nabila Jaffar told reporters.\n\n“The region is changing,” the Pakistani analyst notes.",
			quote: "The region is changing,", speaker: "", role: "Pakistani analyst",
		},
		{
			name:  "a state that opens the clause before a participle speaks for its government",
			text:  "Earlier this month, Washington officially informed the Security Council that it is demanding the restoration of sanctions, insisting that the U.S. has the legal right to “snap back” UN sanctions.",
			quote: "snap back", speaker: "Washington", role: "",
		},
		{
			name:  "a quoted phrase before the quote whose cue ends the sentence is that speaker's",
			text:  "Raisi spoke with the Iraqi prime minister on Wednesday. The two nations’ “warm and historical links” are “based in common culture,” Raisi added during the call.",
			quote: "warm and historical links", speaker: "Raisi", role: "",
		},
		{
			name:  "a phrase that a name stands between keeps no speaker from the cue after",
			text:  "The talks were held on Wednesday. The “unjust sanctions” Washington imposed are “a crime,” Raisi added during the call.",
			quote: "unjust sanctions", speaker: "", role: "",
		},
		{
			name:  "a share of those polled is no one, not the person it speaks of",
			text:  "Donald Trump spoke on Monday. Twenty-eight percent said he has acted in a “fitting and proper” way.",
			quote: "fitting and proper", speaker: "", role: "Twenty-eight percent",
		},
		{
			name:  "a Japanese family name written first is the person",
			text:  "Defense Minister Amir Hatami congratulated Kishi Nobuo on his appointment. “The terror proved it,” General Hatami stressed. Kishi also pointed to Japan’s naval presence. He said that the Japanese Navy is trying to maintain “security of the country’s ships” in West Asia.",
			quote: "security of the country’s ships", speaker: "Kishi Nobuo", role: "",
		},
		{
			name:  "a misspelt family name written first is the person",
			text:  "Chinese Foreign Ministry spokesman Zhao Lijian spoke on Friday. “China is firmly opposed to that,” the ministry’s website quoted Zhoa as saying.",
			quote: "China is firmly opposed to that,", speaker: "Zhao Lijian", role: "Chinese Foreign Ministry spokesman",
		},
		{
			name:  "a body after a preposition in an inverted description is no speaker",
			text:  "“Iran played well during the tournament,” said the three-times winner of the AFC Futsal Player of the Year award.",
			quote: "Iran played well during the tournament,", speaker: "", role: "",
		},
		{
			name:  "a portfolio belongs to the description before its role noun",
			text:  "TEHRAN — The Iranian deputy interior minister for political affairs said on Tuesday that the measures have become unbearable. Speaking at a conference, Mohammad Baqer Khorramshad gave explanations.\n\nThe deputy minister added: “Due to American pressure, the economic situation has been put under pressure.”",
			quote: "Due to American pressure, the economic situation has been put under pressure.", speaker: "Mohammad Baqer Khorramshad", role: "Iranian deputy interior minister",
		},
		{
			name:  "a portfolio must be said by the role it fits",
			text:  "Health Minister Saeed Namaki and Tourism Minister Ali-Asghar Mounesan attended.\n\nHe quoted Iranian health minister as saying “a virus does not know borders,” adding more.",
			quote: "a virus does not know borders,", speaker: "Saeed Namaki", role: "Health Minister",
		},
		{
			name:  "a statement is its issuer's",
			text:  "The IRGC issued a statement on Monday about the attack.\n\n“The enemy will regret it,” the statement said.",
			quote: "The enemy will regret it,", speaker: "IRGC", role: "",
		},
		{
			name:  "a statement opening the sentence is its subject's",
			text:  "In a statement on Monday, the Foreign Ministry condemned the attack.\n\n“The enemy will regret it,” the statement added.",
			quote: "The enemy will regret it,", speaker: "Foreign Ministry", role: "",
		},
		{
			name:  "a statement is the issuer's, not the subject of its that-clause",
			text:  "The Iranian foreign ministry said in a statement that the Taliban have not abided by their obligations. “The declaration by the Afghan side is incorrect,” the statement said.",
			quote: "The declaration by the Afghan side is incorrect,", speaker: "Iranian Foreign Ministry", role: "",
		},
		{
			name:  "a statement issued by a body named after it",
			text:  "Zarif and Tokayev met, according to a statement issued by the Iranian Foreign Ministry.\n\n“The two sides discussed ties,” the statement read.",
			quote: "The two sides discussed ties,", speaker: "Iranian Foreign Ministry", role: "",
		},
		{
			name:  "a report no sentence gives an author is no one's",
			text:  "The report found that F-15 warplanes dropped a bomb on a crowd. The report says “as the smoke cleared, a few people stumbled away.”",
			quote: "as the smoke cleared, a few people stumbled away.", speaker: "", role: "",
		},
		{
			name:  "they is never the one person last quoted",
			text:  "“U.S. is NOT a participant,” Zarif tweeted.\n\nThey said that “the provisions will continue to be terminated.”",
			quote: "the provisions will continue to be terminated.", speaker: "", role: "",
		},
		{
			name:  "they after a group's sentence is that group, not the one last quoted",
			text:  "The UN Security Council met on Friday.\n\n“U.S. is NOT a participant,” Zarif tweeted.\n\nNow, the Europeans reiterated Zarif’s position as well. They said that “the provisions will continue to be terminated.”",
			quote: "the provisions will continue to be terminated.", speaker: "", role: "Europeans",
		},
		{
			name:  "a title word after a first name is a surname",
			text:  "“It doesn't matter,” said Charlie King, a prominent New York Democrat.",
			quote: "It doesn't matter,", speaker: "Charlie King", role: "",
		},
		{
			name:  "a campaign named by its candidate",
			text:  "Sanders’ campaign called the report a “rush to judgment,” on Monday.",
			quote: "rush to judgment,", speaker: "Sanders campaign", role: "",
		},
		{
			name:  "a body a person's name labels is the body, not the person",
			text:  "U.S. President Donald Trump spoke on Monday.\n\n“We will not renew the waivers,” the Trump administration said.",
			quote: "We will not renew the waivers,", speaker: "Trump administration", role: "",
		},
		{
			name:  "the people a sentence's reported words name are not the he of its trailing cue",
			text:  "TEHRAN — “Americans need the JCPOA more than us,” Vahid Jalalzadeh said.\n\nIran has announced that it will enter negotiations on November 29. The parliament will also invite Ebrahim Raisi to brief the lawmakers on the talks, he added.",
			quote: "The parliament will also invite Ebrahim Raisi to brief the lawmakers on the talks", speaker: "Vahid Jalalzadeh", role: "",
		},
		{
			name:  "a German minister is not the top Iranian diplomat",
			text:  "TEHRAN- Foreign Minister Hossein Amir Abdollahian criticizes his German counterpart's comments. In a tweet directed at German Foreign Minister Annalena Baerbock, Amir Abdollahian said that “provocative stances don’t signal wisdom.”\n\nAmir Abdollahian said “undermining old ties has long-term consequences”. The top Iranian diplomat added, “Our response will be proportionate and firm.”",
			quote: "Our response will be proportionate and firm.", speaker: "Hossein Amir Abdollahian", role: "Foreign Minister",
		},
		{
			name:  "a country is no person who breaks a speaker's run of quotes",
			text:  "\"You cannot blame Hillary Clinton for what Bill Clinton did,\" said Sara Walker, 44, a home-care aide from Nashua. An immigrant from Uganda who became a U.S. citizen in 2013, she plans to cast her first ballot next month. \"All she went through -- it is not fair.\"",
			quote: "You cannot blame Hillary Clinton for what Bill Clinton did, … All she went through -- it is not fair.", speaker: "Sara Walker", role: "",
		},
		{
			name:  "a quote after a statement issued by no one named is no one's",
			text:  "Chinese Foreign Ministry spokesperson Zhao Lijian said that Beijing does not support the resolution.\n\nIran’s new parliament has issued a statement strongly condemning the resolution, asking the government to act. “The Islamic Consultative Assembly strongly condemns the resolution.”",
			quote: "The Islamic Consultative Assembly strongly condemns the resolution.", speaker: "", role: "",
		},
		{
			name:  "a statement's issuer is read past its acronym",
			text:  "The nuclear chief added that Iran is acting within the deal.\n\nIran’s Supreme National Security Council (SNSC) issued a statement on Wednesday announcing that Iran will stop implementing some parts of its commitments. “The Islamic Republic of Iran upholds its rights under articles 26 and 36 of the deal.”",
			quote: "The Islamic Republic of Iran upholds its rights under articles 26 and 36 of the deal.", speaker: "Supreme National Security Council", role: "",
		},
		{
			name:  "a clause opened by an article after says is reported speech a quote goes on",
			text:  "TEHRAN – Minister Ezzatollah Zarghami and Qatar’s minister met in Tehran. Zarghami says the country must take the opportunity to introduce the county to the spectators.\n\n“A significant number of travelers would arrive in Qatar to attend the World Cup.”",
			quote: "A significant number of travelers would arrive in Qatar to attend the World Cup.", speaker: "Ezzatollah Zarghami", role: "Minister",
		},
		{
			name:  "a clause opened by an article after added is reported speech",
			text:  "Saeed Khatibzadeh spoke on Monday.\n\nKhatibzadeh added the nuclear talks in Vienna are not to reach a new text or new commitments by Iran.",
			quote: "the nuclear talks in Vienna are not to reach a new text or new commitments by Iran", speaker: "Saeed Khatibzadeh", role: "",
		},
		{
			name:  "a quote whose words run on to the sentence's final cue is that cue's",
			text:  "Mohammad Javad Zarif spoke on Monday.\n\n“I have made it clear that he has voted with the NRA numerous times” and against the Brady law, Clinton said.",
			quote: "I have made it clear that he has voted with the NRA numerous times", speaker: "Clinton", role: "",
		},
		{
			name:  "an outlet reporting at a sentence's end does not speak a quote in it",
			text:  "TEHRAN – The police chief spoke on Monday.\n\n“The accused was traced and lastly arrested in Nahavand” after a week of searches by the police, Mehr reported.",
			quote: "The accused was traced and lastly arrested in Nahavand", speaker: "", role: "",
		},
		{
			name:  "the name beside a described subject speaks for the participle",
			text:  "Donald Trump spoke on Monday.\n\nTrump’s Virginia state director, Mike Rubino, reached out to rVotes, writing in an email: “We want to utilize this ASAP.”",
			quote: "We want to utilize this ASAP.", speaker: "Mike Rubino", role: "Trump’s Virginia state director",
		},
		{
			name:  "the name beside a described subject opened by a place's possessive",
			text:  "Iran’s chief negotiator, Ali Bagheri Kani, met his counterparts, saying: “We want a good deal.”",
			quote: "We want a good deal.", speaker: "Ali Bagheri Kani", role: "Iran’s chief negotiator",
		},
		{
			name:  "mentioned that reports a statement",
			text:  "Rear Admiral Shahram Irani spoke on Monday.\n\nIrani also mentioned that the Iranian Navy is in earnest for international naval cooperation.",
			quote: "the Iranian Navy is in earnest for international naval cooperation", speaker: "Shahram Irani", role: "Rear Admiral",
		},
		{
			name:  "a description by kind and origin is the person just quoted whose role names that origin",
			text:  "“There is a significant need for an independent region,” stressed Mohamed ElBaradei, Former Egyptian Vice-President, who also served as the director general of the International Atomic Energy Agency.\n\nHighlighting the importance of negotiations, the former senior Egyptian diplomat said, “Dialogue with Iran and Turkey is something we need.”",
			quote: "Dialogue with Iran and Turkey is something we need.", speaker: "Mohamed ElBaradei", role: "Former Egyptian Vice-President",
		},
		{
			name:  "a labelled body is the subject a partial quote is given to",
			text:  "U.S. President Donald Trump spoke on Monday.\n\nThe Trump administration initially relaxed its “super-maximum economic pressure” campaign in order to allow trade.",
			quote: "super-maximum economic pressure", speaker: "Trump administration", role: "",
		},
		{
			name:  "a labelled body gives a reported statement",
			text:  "U.S. President Joe Biden spoke on Monday.\n\nThe Biden administration pledged that it will reverse the unilateralism of the past years. Their rivals are trying to sabotage the success of these talks since they want to maintain the U.S.’ “strategy of tension” towards Russia.",
			quote: "it will reverse the unilateralism of the past years", speaker: "Biden administration", role: "",
		},
		{
			name:  "they is not a body news style calls it",
			text:  "U.S. President Joe Biden spoke on Monday.\n\nThe Biden administration pledged that it will reverse the unilateralism of the past years. Their rivals are trying to sabotage the success of these talks since they want to maintain the U.S.’ “strategy of tension” towards Russia.",
			quote: "strategy of tension", speaker: "", role: "",
		},
		{
			name:  "the body in a lower-case role aside is where the speaker works",
			text:  "“The program is too narrow,” Bill Frelick, refugee rights program director at Human Rights Watch, said in an interview.",
			quote: "The program is too narrow,", speaker: "Bill Frelick", role: "",
		},
		{
			name:  "a body after a preposition and lower-case words qualifies the name before it",
			text:  "“The message resonates,” said Phil Musser of digital consulting firm IMGE.",
			quote: "The message resonates,", speaker: "Phil Musser", role: "",
		},
		{
			name:  "a for inside a body's name does not end the subject",
			text:  "“It would be a stretch,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.",
			quote: "It would be a stretch,", speaker: "Jeffrey Lewis", role: "",
		},
		{
			name:  "particles inside a person's name keep the whole name",
			text:  "“We are facing a golden opportunity,” said Abdulaziz bin Khalid Al-Shammari.\n\n“We will act,” said Ursula von der Leyen.",
			quote: "We are facing a golden opportunity,", speaker: "Abdulaziz bin Khalid Al-Shammari", role: "",
		},
		{
			name:  "two particles in a row join a name",
			text:  "“We will act,” said Ursula von der Leyen.",
			quote: "We will act,", speaker: "Ursula von der Leyen", role: "",
		},
		{
			name:  "a country's name ends the title of the person after it",
			text:  "Al Sadeq pointed out that the agreement will help.\n\nFor his part, Saudi Ambassador to the Republic of Iraq Abdulaziz bin Khalid Al-Shammari said, “We are facing a golden opportunity.”",
			quote: "We are facing a golden opportunity.", speaker: "Abdulaziz bin Khalid Al-Shammari", role: "Saudi Ambassador to the Republic of Iraq",
		},
		{
			name:  "a capitalised title after the determiner is followed by its holder",
			text:  "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud traveled to Damascus on April 18.\n\nThe UK's Minister of State Tariq Ahmad said Britain remained \"opposed to engagement with the regime\".",
			quote: "opposed to engagement with the regime", speaker: "Tariq Ahmad", role: "UK's Minister of State",
		},
		{
			name:  "a surname without its Arabic article is the person named with it",
			text:  "Former Saudi minister Adel Al-Jubeir spoke in Pakistan on Monday.\n\nAccording to Saudi Gazette, Jubeir said Iran “sponsors terrorism”.",
			quote: "sponsors terrorism", speaker: "Adel Al-Jubeir", role: "Former Saudi minister",
		},
		{
			name:  "a passive participle that opens the sentence is no speaker",
			text:  "“Nobody would like it,” Mikhail Ulyanov wrote in a tweet on Thursday.\n\nReminded by a user that the plan did not work, Ulyanov gave an affirmative response, saying the world is aware of the “catastrophic results” of the policy.",
			quote: "catastrophic results", speaker: "Mikhail Ulyanov", role: "",
		},
		{
			name:  "a hyphenated role noun opens an aside",
			text:  "“Today’s speech shows it,” Adam Green, co-founder of the Progressive Change Campaign Committee, said in a statement.",
			quote: "Today’s speech shows it,", speaker: "Adam Green", role: "",
		},
		{
			name:  "a description resolves to the last person whose role fits it",
			text:  "Parviz Esmaeili, Iran's ambassador to Croatia, spoke at the meeting.\n\n“Only in this way can the EU help,” the diplomat pointed out.",
			quote: "Only in this way can the EU help,", speaker: "Parviz Esmaeili", role: "Iran's ambassador to Croatia",
		},
		{
			name:  "a title in other words: the defense chief is the minister of defense",
			text:  "Minister of Defense Amir Hatami visited the plant.\n\n“We will build more,” the defense chief said.",
			quote: "We will build more,", speaker: "Amir Hatami", role: "Minister of Defense",
		},
		{
			name:  "a surname that is also a place is the person named before",
			text:  "Marty West, an education professor at Harvard, spoke.\n\n“This is the first reauthorization in decades,” West said.",
			quote: "This is the first reauthorization in decades,", speaker: "Marty West", role: "education professor at Harvard",
		},
		{
			name:  "a place that is no one's surname stays a place, and a state speaks",
			text:  "Marty West, an education professor at Harvard, spoke.\n\n“The sanctions are unjust,” Iran said.",
			quote: "The sanctions are unjust,", speaker: "Iran", role: "",
		},
		{
			name:  "a long phrase of time before the comma is skipped to the subject",
			text:  "On the eve of the fifth year of Saudi Arabia's war on Yemen, Foreign Minister Mohammad Javad Zarif wrote a post saying the regime should end the “nightmare that this war has become.”",
			quote: "nightmare that this war has become.", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "a spaced hyphen after a dateline is a dash, not part of the subject",
			text:  "TEHRAN - An American academic says a new deal will have to be “crafted with care”.",
			quote: "crafted with care", speaker: "", role: "American academic",
		},
		{
			name:  "a participle after a verb of speech has that verb's subject, not the sentence's",
			text:  "Chinese Foreign Ministry spokesman Wang Wenbin spoke on Monday.\n\nTehran and Beijing have signed a plan, which they started implementing this year, he said, adding, “China will work with Iran.”",
			quote: "China will work with Iran.", speaker: "Wang Wenbin", role: "Chinese Foreign Ministry spokesman",
		},
		{
			name:  "a lede that describes before it names: the description is the person named next",
			text:  "The head of Iran’s Securities and Exchange Organization announced record financing. Hassan Qalibaf-Asl said that the figure is three times last year's.\n\n“Our plan is to lead the market toward production,” the official noted.",
			quote: "Our plan is to lead the market toward production,", speaker: "Hassan Qalibaf-Asl", role: "head",
		},
		{
			name:  "a description after someone was named is not given to a person named later",
			text:  "Deputy Interior Minister Hossein Zolfaghari spoke on Sunday.\n\n“We will act,” the spokesman added. Ali Rezaei said the roads are closed.",
			quote: "We will act,", speaker: "", role: "spokesman",
		},
		{
			name:  "an envoy's title names where they are sent: the ambassador is the one to Russia",
			text:  "Commenting on the visit, Iranian Ambassador to Russia Kazem Jalali underlined the need for consultations.\n\n“The visit confirms the need,” the ambassador said on Twitter.",
			quote: "The visit confirms the need,", speaker: "Kazem Jalali", role: "Iranian Ambassador to Russia",
		},
		{
			name:  "an envoy to the UN",
			text:  "Iran's Ambassador to the UN Majid Takht-Ravanchi wrote a letter.\n\n“The occupation is unlawful,” the envoy said.",
			quote: "The occupation is unlawful,", speaker: "Majid Takht-Ravanchi", role: "Iran's Ambassador to the UN",
		},
		{
			name:  "a ministry written in lower case is named by what it does",
			text:  "“The two sides discussed the talks,” the Iranian foreign ministry said in a statement.",
			quote: "The two sides discussed the talks,", speaker: "Iranian Foreign Ministry", role: "",
		},
		{
			name:  "a bare ministry in lower case is still no name",
			text:  "“The two sides discussed the talks,” the ministry said in a statement.",
			quote: "The two sides discussed the talks,", speaker: "", role: "ministry",
		},
		{
			name:  "the one who said it speaks; the body after according to relays it",
			text:  "Nasser Kanaani spoke on Monday.\n\n“The Europeans pledged to keep trade open,” Kanaani remarked, according to Tasnim.",
			quote: "The Europeans pledged to keep trade open,", speaker: "Nasser Kanaani", role: "",
		},
		{
			name:  "a title, a comma and honorifics before the name: the role is the title",
			text:  "At the first hours, the Leader of the Islamic Revolution, Ayatollah Seyyed Ali Khamenei cast his ballot.\n\n“Every single vote is important,” the Leader said.",
			quote: "Every single vote is important,", speaker: "Seyyed Ali Khamenei", role: "Leader of the Islamic Revolution",
		},
		{
			name:  "an outlet quoted a person with an appositive as saying",
			text:  "“Half of the hotels have reopened,” Mehr quoted Jamshid Hamzehzadeh, the head of the Association of Iranian Hoteliers, as saying on Monday.",
			quote: "Half of the hotels have reopened,", speaker: "Jamshid Hamzehzadeh", role: "head of the Association of Iranian Hoteliers",
		},
		{
			name:  "a relative clause that says what someone is gives a role",
			text:  "Thamer Ghadhban, who is also the country’s oil minister, made the remarks in Baghdad.\n\n“Iraq is an exporter of crude oil,” the official said.",
			quote: "Iraq is an exporter of crude oil,", speaker: "Thamer Ghadhban", role: "country’s oil minister",
		},
		{
			name:  "the official after a quoted person with no role is that person",
			text:  "“Iran supplies a third of Afghanistan’s imports,” Mahmoud Alikhani added. Mentioning the banks, the official said: “The license was renewed.”",
			quote: "The license was renewed.", speaker: "Mahmoud Alikhani", role: "",
		},
		{
			name:  "the official long after a quoted person with no role is no one",
			text:  "“Iran supplies a third of Afghanistan’s imports,” Mahmoud Alikhani added.\n\nTrade grew.\n\nPrices fell.\n\nExports rose.\n\nMentioning the banks, the official said: “The license was renewed.”",
			quote: "The license was renewed.", speaker: "", role: "official",
		},
		{
			name:  "a heading ending in the West run into a name",
			text:  "Russia denies “groundless” claims by the West Vasily Nebenzya, Russia’s permanent representative to the UN, also said on Friday that the accusation was “completely without foundation.”",
			quote: "completely without foundation.", speaker: "Vasily Nebenzya", role: "Russia’s permanent representative to the UN",
		},
		{
			name:  "the expert after a quoted person with no role is that person",
			text:  "“The public prefers a deal,” Stephen Herzog told the Tehran Times.\n\n“Sanctions have failed,” the expert said.",
			quote: "Sanctions have failed,", speaker: "Stephen Herzog", role: "",
		},
		{
			name:  "a description that says whose is not the last person quoted",
			text:  "“The talks go on,” Wang Wenbin said.\n\n“Iran must exercise its rights,” the Iranian foreign minister said.",
			quote: "Iran must exercise its rights,", speaker: "", role: "Iranian foreign minister",
		},
		{
			name:  "an envoy's post is part of the subject, not the body that speaks",
			text:  "Tehran’s ambassador to the UN said that the sanctions have endangered “the lives of many people.”",
			quote: "the lives of many people.", speaker: "", role: "Tehran’s ambassador to the UN",
		},
		{
			name:  "a role for what someone is for, in lower case, before the name",
			text:  "Parliament speaker’s special aide for international affairs Hossein Amir Abdollahian met the ambassador.\n\n“Relations matter,” the official said.",
			quote: "Relations matter,", speaker: "Hossein Amir Abdollahian", role: "aide for international affairs",
		},
		{
			name:  "the description fits the person just quoted before one whose title was only mentioned since",
			text:  "Foreign Minister Hossein Amir Abdollahian spoke in Moscow. “We agreed on much,” Amir Abdollahian said, after talks with Russian Foreign Minister Sergei Lavrov.\n\n“The ties are excellent,” the foreign minister said.",
			quote: "The ties are excellent,", speaker: "Hossein Amir Abdollahian", role: "Foreign Minister",
		},
		{
			name:  "a description with an origin is not the person just quoted if their role does not say it",
			text:  "Foreign Minister Hossein Amir Abdollahian spoke in Moscow. “We agreed on much,” Amir Abdollahian said, after talks with Russian Foreign Minister Sergei Lavrov.\n\n“The ties are excellent,” the Russian foreign minister said.",
			quote: "The ties are excellent,", speaker: "Sergei Lavrov", role: "Russian Foreign Minister",
		},
		{
			name:  "after others were named, a description is the subject of the cue in the next sentence",
			text:  "Mohammad Javad Zarif spoke on Monday.\n\nTehran’s ambassador to the UN said on Wednesday that the sanctions have endangered “the lives of many people.” “The sanctions hurt everyone,” Majid Takht-e Ravanchi said.",
			quote: "the lives of many people.", speaker: "Majid Takht-e Ravanchi", role: "Tehran’s ambassador",
		},
		{
			name:  "a title given inside a quote still says who someone is",
			text:  "“Contacts between French President Emmanuel Macron and Iranian President Ebrahim Raisi helped,” the weekly reported. Speaker Nabih Berri met President Michel Aoun.\n\nThe Lebanese are suffering, the Iranian president noted, adding, “Iran can help.”",
			quote: "Iran can help.", speaker: "Ebrahim Raisi", role: "Iranian President",
		},
		{
			name:  "a title joined to its state by a hyphen is no part of the name",
			text:  "“We will return to the deal,” said President-elect Joe Biden.",
			quote: "We will return to the deal,", speaker: "Joe Biden", role: "President-elect",
		},
		{
			name:  "a title of a body named after its country's possessive, then a comma and the name",
			text:  "The secretary of Iran’s Supreme National Security Council, Ali Shamkhani, spoke on Twitter. Foreign Ministry spokesman Saeed Khatibzadeh also spoke.\n\nThe nation is not repentant, the top Iranian security official added, “Nothing has changed.”",
			quote: "Nothing has changed.", speaker: "Ali Shamkhani", role: "secretary of Iran’s Supreme National Security Council",
		},
		{
			name:  "the comma after an opening phrase opens no appositive",
			text:  "After a visit to Russia, Ayatollah Ebrahim Raisi spoke to reporters, saying, “The topics were in line with our policy.”",
			quote: "The topics were in line with our policy.", speaker: "Ebrahim Raisi", role: "",
		},
		{
			name:  "a parliament named Duma is a body, never the he of the next sentence",
			text:  "In a speech delivered before the Russian State Duma, Ebrahim Raisi said Iran seeks “maximum interaction” with all. “The Islamic Republic seeks interaction,” he stated.",
			quote: "The Islamic Republic seeks interaction,", speaker: "Ebrahim Raisi", role: "",
		},
		{
			name:  "a movement that also qualifies titles speaks alone",
			text:  "In a statement on Thursday, Hamas said settler incursions are “a serious escalation”.",
			quote: "a serious escalation", speaker: "Hamas", role: "",
		},
		{
			name:  "a body's spokesman is the person the article gave that role",
			text:  "Hamas spokesman Hazem Qassem spoke on Monday.\n\n“The storming will not go unpunished,” the Hamas spokesman said.",
			quote: "The storming will not go unpunished,", speaker: "Hazem Qassem", role: "Hamas spokesman",
		},
		{
			name:  "a definite subject with an origin adjective is the subject, not a name after its verb",
			text:  "Foreign Minister Hossein Amir Abdollahian spoke to Ismail Haniyeh.\n\nThe Iranian foreign minister described the Hamas resistance movement as a pioneer, saying, “Today, the resistance plays a pivotal role.”",
			quote: "Today, the resistance plays a pivotal role.", speaker: "Hossein Amir Abdollahian", role: "Foreign Minister",
		},
		{
			name:  "a description that says whose chief is not any chief",
			text:  "Mahmoud Vaezi, the Iranian president’s chief of staff, gave an interview. Foreign Minister Mohammad Javad Zarif also spoke.\n\nThe Iranian president’s chief of staff pointed out that the policy would be “commitment for commitment”.",
			quote: "commitment for commitment", speaker: "Mahmoud Vaezi", role: "Iranian president’s chief of staff",
		},
		{
			name:  "a bare capitalised word is too weak to be the he of the next sentence",
			text:  "Government spokesman Ali Rabiei spoke on Monday. “The JCPOA is a national issue,” Rabiei said.\n\nHope for ratification of the CFT and Palermo will be raised if the deal is revived. However, he said, “The bills are in the hands of the council.”",
			quote: "The bills are in the hands of the council.", speaker: "Ali Rabiei", role: "Government spokesman",
		},
		{
			name:  "a first name that also ends a city's name is a first name, and a secretary-general is a chief",
			text:  "The United Nations Secretary-General, Antonio Guterres, has called for trade with Iran.\n\n“Other steps may impede the plan,” the UN chief noted.",
			quote: "Other steps may impede the plan,", speaker: "Antonio Guterres", role: "United Nations Secretary-General",
		},
		{
			name:  "a pronoun picks up the subject of the sentence before, not the first person it mentions",
			text:  "During a meeting with Kuwaiti Deputy Foreign Minister Khaled al-Jarallah, Abbas Araghchi said that the approach will help. He added, “Iran is ready to find mechanisms.”",
			quote: "Iran is ready to find mechanisms.", speaker: "Abbas Araghchi", role: "",
		},
		{
			name:  "a title of a body is a title, never a speaker's name",
			text:  "TEHRAN – Spokesman of the Majlis National Security and Foreign Policy Committee says Tehran must certainly not “leave the nuclear agreement”.",
			quote: "leave the nuclear agreement", speaker: "", role: "Spokesman of the Majlis National Security and Foreign Policy Committee",
		},
		{
			name:  "an indefinite description is someone else",
			text:  "Foreign Ministry spokesman Saeed Khatibzadeh spoke on Monday.\n\n“The talks have stalled,” a senior official said.",
			quote: "The talks have stalled,", speaker: "", role: "senior official",
		},
		{
			name:  "a description that fits no role named is no one",
			text:  "Health Minister Bahram Einollahi spoke on Monday.\n\n“We are ready,” the defense chief said.",
			quote: "We are ready,", speaker: "", role: "defense chief",
		},
		{
			name:  "a participle opening the sentence is no name",
			text:  "Mohammed Abdulsalam praised Iran for its help.\n\nCommending the recent deal, he said, “We will continue to resist.”",
			quote: "We will continue to resist.", speaker: "Mohammed Abdulsalam", role: "",
		},
		{
			name:  "a pronoun after a described subject is the person described",
			text:  "Hossein Amir Abdollahian, the Foreign Minister, arrived in Muscat.\n\nThe foreign minister complimented Oman’s efforts, mentioning Iran-Saudi talks. He also thanked Oman “for their positive role” in the talks.",
			quote: "for their positive role", speaker: "Hossein Amir Abdollahian", role: "Foreign Minister",
		},
		{
			name:  "a body, a role and the person who holds it: the person",
			text:  "Iranian Foreign Ministry spokesman Abbas Mousavi expressed regret that the forces are continuing their war “under the world’s silence”.",
			quote: "under the world’s silence", speaker: "Abbas Mousavi", role: "Iranian Foreign Ministry spokesman",
		},
		{
			name:  "an outlet that quotes someone relays their words",
			text:  "“Countries should not interfere,” Mehr on Friday quoted Mojtaba Zonnour as saying.",
			quote: "Countries should not interfere,", speaker: "Mojtaba Zonnour", role: "",
		},
		{
			name:  "an outlet that quotes someone before the quote",
			text:  "Wang Yi met his French counterpart on Saturday.\n\nThe Chinese daily quoted him as saying, “China and France should promote multilateralism.”",
			quote: "China and France should promote multilateralism.", speaker: "Wang Yi", role: "",
		},
		{
			name:  "a progressive verb with an object is no cue",
			text:  "Iranian Foreign Ministry spokesman Abbas Mousavi spoke on Friday.\n\nThe Saudi-led forces are continuing their attacks “under the world’s silence,” he said.",
			quote: "under the world’s silence,", speaker: "Abbas Mousavi", role: "Iranian Foreign Ministry spokesman",
		},
		{
			name:  "an embassy in a city is a body, not the city",
			text:  "TEHRAN – The Iranian embassy in Baku has handed the Azerbaijani foreign ministry a note of strong protest over “insulting media actions” by the Azerbaijani media.",
			quote: "insulting media actions", speaker: "Iranian Embassy in Baku", role: "",
		},
		{
			name:  "the embassy again is the one named before",
			text:  "TEHRAN – The Iranian embassy in Baku has handed the Azerbaijani foreign ministry a note of protest.\n\nIn its note, the Iranian embassy demanded a halt to “this trend” in the media.",
			quote: "this trend", speaker: "Iranian Embassy in Baku", role: "",
		},
		{
			name:  "an embassy the text never placed is no one named",
			text:  "Reports of the attack spread on Monday.\n\nThe Chinese embassy said it was “a farce.”",
			quote: "a farce.", speaker: "", role: "Chinese embassy",
		},
		{
			name:  "a language before sources is no one's name",
			text:  "Also on Tuesday, Hebrew-language sources reported of a “massive blast” in the Gush Dan area.",
			quote: "massive blast", speaker: "", role: "Hebrew-language sources",
		},
		{
			name:  "a claim's owner does not take a later quote of the sentence",
			text:  "Politifact then ruled that Trump’s statement about “thousands of shootings” in Chicago is “true,” in its report.",
			quote: "true,", speaker: "Politifact", role: "",
		},
		{
			name:  "a no-break space after a stop ends the sentence",
			text:  "Democrats have argued that it helps (which lets the GOP off the hook).\u00a0Senate Minority Leader Harry Reid has been pounding Trump as a “con artist” for weeks.",
			quote: "con artist", speaker: "Harry Reid", role: "Minority Leader",
		},
		{
			name:  "a second verb of a pronoun subject",
			text:  "Hossein Dehghan spoke on Monday.\n\nHe believes Joe Biden is continuing Donald Trump’s policies and noted, “Tehran is preparing retaliatory measures.”",
			quote: "Tehran is preparing retaliatory measures.", speaker: "Hossein Dehghan", role: "",
		},
		{
			name:  "an outlet's report after the sentence's own cue relays it",
			text:  "Russian Foreign Minister Sergey Lavrov said on Saturday that the ceasefire was agreed after 10 hours of “substantive” talks, Al Jazeera reported.",
			quote: "substantive", speaker: "Sergey Lavrov", role: "Russian Foreign Minister",
		},
		{
			name:  "a definite description as the subject of a participle's cue",
			text:  "Foreign Minister Mohammad Javad Zarif tweeted on Monday.\n\nThe chief diplomat urged the international community to act, urging the world to “stop obeying illegal sanctions” against Iranians.",
			quote: "stop obeying illegal sanctions", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "a state that is the subject of its cue speaks for its government",
			text:  "“We reduce our commitments,” Donald Trump said.\n\nOn May 8, Tehran said its “strategic patience” is over.",
			quote: "strategic patience", speaker: "Tehran", role: "",
		},
		{
			name:  "a place inside a longer subject does not speak, nor does anyone else",
			text:  "“We reduce our commitments,” Donald Trump said.\n\nA professor at the Open University in Britain predicts Iran will keep its “cautious distance” from Washington.",
			quote: "cautious distance", speaker: "", role: "professor",
		},
		{
			name:  "a place in an opening phrase is not the subject",
			text:  "Reaffirming its traditional ties with Iran, China said on Monday that its relations are not directed against “any third party”.",
			quote: "any third party", speaker: "China", role: "",
		},
		{
			name:  "a cue with a clause of its own after a quote starts another sentence",
			text:  "Foreign Minister Mohammad Javad Zarif spoke on Monday.\n\nHe described the move as “an opportunity for other parties to act.” Iran said on Monday it seeks to unveil its countermeasures.",
			quote: "an opportunity for other parties to act.", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "an adverbial clause after a cue leaves the cue trailing the quote",
			text:  "The voting began on Tuesday.\n\n“The great state of Alabama is proud to cast its votes for Donald J. Trump!” US Senator Jeff Sessions said as he launched the process.",
			quote: "The great state of Alabama is proud to cast its votes for Donald J. Trump!", speaker: "Jeff Sessions", role: "US Senator",
		},
		{
			name:  "a document word after a first name is a surname",
			text:  "“Localize the race,” said Steven Law, a former top aide to Senator Mitch McConnell.",
			quote: "Localize the race,", speaker: "Steven Law", role: "former top aide to Senator Mitch McConnell",
		},
		{
			name:  "a relative aside with a verb of its own and no closing comma ends at the cue",
			text:  "“This shocking new ad raises new questions,” Katie Packer, who is chairman of Our Principles PAC said in a statement.",
			quote: "This shocking new ad raises new questions,", speaker: "Katie Packer", role: "",
		},
		{
			name:  "a heading in single marks run into a sentence is not its subject",
			text:  "It was agreed that a meeting would be convened. ‘We will continue to reduce commitments until Europeans secure Iran’s interests’ Iranian Deputy Foreign Minister for Political Affairs Abbas Araghchi who represented Iran in the emergency meeting of the JCPOA told Reuters the talks were “constructive”.\n\n“The atmosphere was constructive,” he said.",
			quote: "The atmosphere was constructive,", speaker: "Abbas Araghchi", role: "Iranian Deputy Foreign Minister for Political Affairs",
		},
		{
			name:  "shot back is a cue",
			text:  "After Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to bake cookies.”",
			quote: "I suppose I could have chosen to bake cookies.", speaker: "Hillary", role: "",
		},
		{
			name:  "the name after to before a colon is the object, not the speaker",
			text:  "Donald Trump spoke first.\n\nSenate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “It's time to quit attacking various people.”",
			quote: "It's time to quit attacking various people.", speaker: "Mitch McConnell", role: "Majority Leader",
		},
		{
			name:  "an aside opened by at says where the speaker works",
			text:  "For now, Pantucci, at the Royal United Services Institute, said the two have established a “modus vivendi” here.",
			quote: "modus vivendi", speaker: "Pantucci", role: "",
		},
		{
			name:  "a plural cue word after a possessive and an adjective is a noun",
			text:  "Marine Le Pen, leader of the Front National party, endorsed Trump.\n\n“It is clear that I would choose Donald Trump,” said Le Pen, who has also garnered attention for her Islamophobic remarks.",
			quote: "It is clear that I would choose Donald Trump,", speaker: "Marine Le Pen", role: "leader of the Front National party",
		},
		{
			name:  "a possessive before a noun subject leaves the cue a verb",
			text:  "Mohammad Javad Zarif visited the camps.\n\nIn an incident that happened in 2012, our source adds: “There was a funeral for a group of people.”",
			quote: "There was a funeral for a group of people.", speaker: "", role: "our source",
		},
		{
			name:  "an inverted cue after an opener's comma has its subject after it",
			text:  "The debate went on.\n\nIn other words, explained CBS moderator Nancy Cordes: “What does that have to do with taking big donations?”",
			quote: "What does that have to do with taking big donations?", speaker: "Nancy Cordes", role: "",
		},
		{
			name:  "a clause after a cue is no inverted subject",
			text:  "Prime Minister Imran Khan was busy with his guest.\n\nOn Tuesday morning, PM Khan, in a video message, said Islamabad will take action if Delhi shares any “actionable evidence” of the bombing.",
			quote: "actionable evidence", speaker: "Imran Khan", role: "PM",
		},
		{
			name:  "a prepositional opener runs past a comma before lower-case words",
			text:  "Romania extradited the hacker.\n\nIn a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said he welcomed extradition and added, “I'll plead guilty, no problem.”",
			quote: "I'll plead guilty, no problem.", speaker: "Lazar", role: "",
		},
		{
			name:  "an inverted cue that ends the sentence has the quote before a clause",
			text:  "“Campaigns are having trouble raising money. They don't have a choice” but to take the lead in advertising, says Evan Tracey, a Republican media consultant.",
			quote: "Campaigns are having trouble raising money. They don't have a choice", speaker: "Evan Tracey", role: "",
		},
		{
			name:  "a common word capitalised only at a sentence's start is no speaker",
			text:  "The Joint Commission reconvenes on May 1.\n\nRecent negotiations have been described as “constructive and on the right track” by various delegates.",
			quote: "constructive and on the right track", speaker: "", role: "",
		},
		{
			name:  "a common word the article capitalises mid-sentence may be a name",
			text:  "The talks were led by Young and his team.\n\nYoung said the plan was “a good start”.",
			quote: "a good start", speaker: "Young", role: "",
		},
		{
			name:  "the subject of a verb before according to speaks, not the outlet",
			text:  "Israeli Prime Minister Benjamin Netanyahu spoke on March 6.\n\n“The navy will have a more important role in blocking these actions,” Netanyahu threatened, according to Press TV.",
			quote: "The navy will have a more important role in blocking these actions,", speaker: "Benjamin Netanyahu", role: "Israeli Prime Minister",
		},
		{
			name:  "the subject of was quoted by an agency speaks",
			text:  "“The Chinese are interested in traveling to Iran,” Hossein Khalifi, CHHTO representative in Shanghai, was quoted by IRNA as saying.",
			quote: "The Chinese are interested in traveling to Iran,", speaker: "Hossein Khalifi", role: "",
		},
		{
			name:  "a description the outlet relays is no one named, never the outlet",
			text:  "Prime Minister Mahathir Mohamad addressed the assembly on Friday.\n\nAccording to the AFP, the outspoken 94-year-old leader urged greater control of sanctions, saying, “If you want to have sanctions, let us have a law to govern them.”",
			quote: "If you want to have sanctions, let us have a law to govern them.", speaker: "", role: "outspoken 94-year-old leader",
		},
		{
			name:  "a sea is no he",
			text:  "“The ship had been stationed in the Red Sea region to counter pirates,” explained the spokesman.\n\n“The ship practically served as Iran’s logistical station in the Red Sea,” he added.",
			quote: "The ship practically served as Iran’s logistical station in the Red Sea,", speaker: "", role: "spokesman",
		},
		{
			name:  "an acronym in a description is spelled by the role, and an aside's role counts beside the title",
			text:  "Major General Hossein Salami, the chief commander of the Islamic Revolution Guards Corps, visited the island on Monday.\n\n“We will respond to any aggression,” the IRGC chief said.",
			quote: "We will respond to any aggression,", speaker: "Hossein Salami", role: "chief commander of the Islamic Revolution Guards Corps",
		},
		{
			name:  "a statement reads for its issuer; the agency that relays it is not its speaker",
			text:  "The Foreign Ministry issued a statement on Monday.\n\n“We condemn the attack,” the statement read, ISNA reported.",
			quote: "We condemn the attack,", speaker: "Foreign Ministry", role: "",
		},
		{
			name:  "a negated verb ends the subject before a colon lead-in",
			text:  "Bernie Sanders won again in the poll.\n\nThe timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates have seen the biggest boost.”",
			quote: "Historically, lesser-known candidates have seen the biggest boost.", speaker: "Daron Shaw", role: "",
		},
		{
			name:  "charged after a quote is a cue, charged with is not",
			text:  "Bernie Sanders won again in the poll.\n\n“You’ve called women you don’t like fat pigs,” Kelly charged in her now-infamous assault.",
			quote: "You’ve called women you don’t like fat pigs,", speaker: "Kelly", role: "",
		},
		{
			name:  "a participial opener runs past a place set off by commas",
			text:  "Jeb Bush trails in the polls.\n\nSpeaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
			quote: "a total stiff.", speaker: "Trump", role: "",
		},
		{
			name:  "a participial opener runs past a relative clause",
			text:  "Marco Rubio spoke first.\n\nSpeaking to MSNBC’s Morning Joe in New Hampshire, which is set to host the next contest, Bush referred to Rubio as “a bright, charismatic leader”.",
			quote: "a bright, charismatic leader", speaker: "Bush", role: "",
		},
		{
			name:  "an outlet after according to relays the words of the sentence's own speaker",
			text:  "Foreign Minister Mohammad Javad Zarif arrived in Baghdad.\n\nThe foreign minister said that Iraq has a very important role in the region and “we are always trying to make this role more prominent,” according to the Iraqi Middle East News website.",
			quote: "we are always trying to make this role more prominent,", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "an envoy to a body is the person named after the body",
			text:  "TEHRAN – Iranian Ambassador to the United Nations Amir Saeid Iravani has underlined the need for a political solution.\n\nThe Iranian ambassador noted, “Iran welcomes the unanimous adoption of the resolution.”",
			quote: "Iran welcomes the unanimous adoption of the resolution.", speaker: "Amir Saeid Iravani", role: "Iranian Ambassador to the United Nations",
		},
		{
			name:  "an envoy for a country holds that post as a role",
			text:  "Russian Special Presidential Envoy for Syria Alexander Lavrentyev has confirmed that the summit might take place in Tehran.\n\n“If we manage to arrange it this spring, our meeting will follow right away,” the diplomat concluded.",
			quote: "If we manage to arrange it this spring, our meeting will follow right away,", speaker: "Alexander Lavrentyev", role: "Russian Special Presidential Envoy for Syria",
		},
		{
			name:  "a reported statement quoted from someone is theirs, not the outlet's",
			text:  "Rafael Grossi spoke in Vienna.\n\nNorman also quoted Grossi as saying that when he was first informed of the plan, the agency did not know its timing.",
			quote: "when he was first informed of the plan, the agency did not know its timing", speaker: "Rafael Grossi", role: "",
		},
		{
			name:  "the official after an unnamed official quoted by an outlet is that one",
			text:  "General Qassem Soleimani was killed in Baghdad.\n\nCNN quoted a U.S. official as saying that there were no initial reports of any U.S. casualties.\n\n“Iraqi security officials later told CNN there were no casualties,” the official said.",
			quote: "Iraqi security officials later told CNN there were no casualties,", speaker: "", role: "U.S. official",
		},
		{
			name:  "an adjective of origin made from a place opens a description, never a name",
			text:  "Venezuelan Foreign Minister Félix Plasencia met Hossein Amir Abdollahian in Tehran.\n\nDuring the briefing, Abdollahian said that a document will be signed. The Venezuelan foreign minister also called the relations strategic, saying, “Iran is a strategic friend of the government.”",
			quote: "Iran is a strategic friend of the government.", speaker: "Félix Plasencia", role: "Venezuelan Foreign Minister",
		},
		{
			name:  "a surname misspelled by one letter is the person named in full",
			text:  "Parliament spokesman Vahid Jalalzadeh spoke to reporters.\n\n“The Americans had requested talks,” Jalazadeh said.",
			quote: "The Americans had requested talks,", speaker: "Vahid Jalalzadeh", role: "Parliament spokesman",
		},
		{
			name:  "a plural is no misspelling",
			text:  "Conservationists praised the Asian Cheetah project.\n\nCheetahs live in the wild. “Reproduction in captivity does not save the species,” he said.",
			quote: "Reproduction in captivity does not save the species,", speaker: "", role: "",
		},
		{
			name:  "a common noun after the words of a body ends the body's name, not a surname",
			text:  "Pointing to the photos, The National Interest said the boats “could not be tracked”.",
			quote: "could not be tracked", speaker: "National Interest", role: "",
		},
		{
			name:  "a surname after a person's title stays a person",
			text:  "“We will vote no,” said Senator Young.",
			quote: "We will vote no,", speaker: "Young", role: "Senator",
		},
		{
			name:  "a common word capitalised only inside longer names is no speaker",
			text:  "Kheirollah Khademi, the deputy minister of Roads and Construction, spoke on Monday.\n\nConstruction said the year “will witness major changes”.",
			quote: "will witness major changes", speaker: "", role: "Construction",
		},
		{
			name:  "a Chinese family name comes first",
			text:  "TEHRAN – Chang Hua, the ambassador of China to Iran, spoke to the Tehran Times.\n\nChang says it is necessary to see West Asian countries “as partners for cooperation”.",
			quote: "as partners for cooperation", speaker: "Chang Hua", role: "ambassador of China to Iran",
		},
		{
			name:  "a hyphen joins a surname the article spaced",
			text:  "Hossein Amir Abdollahian, a senior adviser, wrote on Twitter.\n\n“The Arab Bahrain FM acts as a spokesman,” Amir-Abdollahian tweeted.",
			quote: "The Arab Bahrain FM acts as a spokesman,", speaker: "Hossein Amir Abdollahian", role: "senior adviser",
		},
		{
			name:  "the words of someone before a colon are theirs",
			text:  "Trump will simply declare fraud.\n\nI leave the dear reader with the wise words of Suzy Kassem: “Mankind should always stay united.”",
			quote: "Mankind should always stay united.", speaker: "Suzy Kassem", role: "",
		},
		{
			name:  "a participle after the quote has the sentence's subject",
			text:  "Foreign Minister Mohammad Javad Zarif urged the world to stop supporting U.S. “war crimes” against Iran, urging the world to act.",
			quote: "war crimes", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "a quote inside the subject of a verb is not cued by it",
			text:  "City Attorney Brad Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests that Phoenix police endorse Trump.",
			quote: "unmistakably and wrongfully", speaker: "Brad Holm", role: "City Attorney",
		},
		{
			name:  "a pronoun in a relative clause is the person named just before",
			text:  "Joe Biden spoke first.\n\nThen came a statement from John Bolton in which he said “we now have the best relationship in our history” and another.",
			quote: "we now have the best relationship in our history", speaker: "John Bolton", role: "",
		},
		{
			name:  "a cue after a conjunction belongs to another clause",
			text:  "Donald Trump and Hillary Clinton debated.\n\nThe spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him for not paying tax.",
			quote: "That makes me smart,", speaker: "Donald Trump", role: "",
		},
		{
			name:  "what it called: the sentence's subject, here a state",
			text:  "Under the JCPOA, Iran agreed to limit its program. After the withdrawal, Washington imposed what it called the “toughest sanctions ever” on Iran.",
			quote: "toughest sanctions ever", speaker: "Washington", role: "",
		},
		{
			name:  "a naming verb after a quote starts another statement",
			text:  "On Twitter, Former Florida Gov. Jeb Bush called Trump “unhinged.” Sen. Marco Rubio called the statement “offensive and outlandish.”",
			quote: "unhinged.", speaker: "Jeb Bush", role: "Former Florida Gov.",
		},
		{
			name:  "a place after the subject is where they live",
			text:  "“Both Donald Trump and Ted Cruz scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.",
			quote: "Both Donald Trump and Ted Cruz scare me,", speaker: "Harry Bond", role: "",
		},
		{
			name:  "a clause that presents the words before a colon",
			text:  "As if addressing him directly, the Illinois Board of Elections was conclusive in its findings: “Further discussion on this issue is unnecessary.”",
			quote: "Further discussion on this issue is unnecessary.", speaker: "Illinois Board of Elections", role: "",
		},
		{
			name:  "a contraction of I is no name",
			text:  "“The issue is partisan, which, I’m going to read you the question: “Do you think it matters?” Fine.”",
			quote: "Do you think it matters?", speaker: "", role: "",
		},
		{
			name:  "a sentence whose subject is the pronoun introduces no one new",
			text:  "Hossein Dehghan spoke on Monday.\n\nHe believes Joe Biden is continuing Donald Trump’s policies and noted, “Tehran is preparing measures.” “The Biden administration talked about diplomacy,” he remarked.",
			quote: "The Biden administration talked about diplomacy,", speaker: "Hossein Dehghan", role: "",
		},
		{
			name:  "as X put it",
			text:  "He has been seen, as The New Yorker put it in a lengthy expose, “the operator.”",
			quote: "the operator.", speaker: "New Yorker", role: "",
		},
		{
			name:  "according to an outlet, the person it reports on",
			text:  "Wang Yi met Jean-Yves Le Drian in Paris.\n\nAccording to the daily, the Chinese foreign minister Wang Yi said “China and France should practice multilateralism.”",
			quote: "China and France should practice multilateralism.", speaker: "Wang Yi", role: "Chinese foreign minister",
		},
		{
			name:  "an inverted cue after a phrase names the one after it",
			text:  "Emmanuel Macron spoke in Beirut.\n\n“I will be back on September 1” toward Lebanon, said Macron.",
			quote: "I will be back on September 1", speaker: "Emmanuel Macron", role: "",
		},
		{
			name:  "told names the one spoken to",
			text:  "“We find the labels of criminals,” Malkia Cyril, the executive director at the Center of Media Justice, told The Huffington Post.",
			quote: "We find the labels of criminals,", speaker: "Malkia Cyril", role: "executive director at the Center of Media Justice",
		},
		{
			name:  "a participle of speech set off by commas is an aside",
			text:  "Jane Sanders spoke first.\n\nBut Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders’s following, said, “He has a heck of an email list.”",
			quote: "He has a heck of an email list.", speaker: "Richard J. Durbin", role: "Sen.",
		},
		{
			name:  "a participle after a preposition's object has the clause's subject",
			text:  "Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking the Justice Department to investigate the “fiasco.”",
			quote: "fiasco.", speaker: "Greg Stanton", role: "Phoenix Mayor",
		},
		{
			name:  "with X telling: X is the participle's subject",
			text:  "The attack sparked a debate, with Republican Senator John McCain telling reporters he viewed Obama as “directly responsible” for the attack.",
			quote: "directly responsible", speaker: "John McCain", role: "Republican Senator",
		},
		{
			name:  "a writing verb with its object after a quote starts another statement",
			text:  "The day after the primary, Republican Gov. Doug Ducey called the long lines “unacceptable.” Phoenix Mayor Greg Stanton wrote a letter to the Justice Department.",
			quote: "unacceptable.", speaker: "Doug Ducey", role: "Republican Gov.",
		},
		{
			name:  "a verb of speech with its object after a quote starts another statement",
			text:  "Mohamed ElBaradei wrote an article. The former Egyptian diplomat said, “Dialogue cannot be postponed.” ElBaradei emphasized the need for a “unified strategy”, adding that it should end “unnecessary wars” and pursue dialogue.",
			quote: "unnecessary wars", speaker: "Mohamed ElBaradei", role: "",
		},
		{
			name:  "a stop after U.S. ends the sentence before a pronoun",
			text:  "“We are ready,” Nasser Kanaani said when asked about the deal between Iraq and the U.S. He added, “We have never trusted the U.S.”",
			quote: "We have never trusted the U.S.", speaker: "Nasser Kanaani", role: "",
		},
		{
			name:  "a pronoun never stands for the Internet",
			text:  "Askhat Orazbay spoke to the paper.\n\nThe restriction of Internet access is caused by the operation.\n\n“Citizens support the measures,” he remarked.",
			quote: "Citizens support the measures,", speaker: "Askhat Orazbay", role: "",
		},
		{
			name:  "an adjective of origin before a body names no one",
			text:  "“There is a clear political will,” the Kazakh government said.",
			quote: "There is a clear political will,", speaker: "", role: "Kazakh government",
		},
		{
			name:  "an appositive whose closing comma is missing ends at the cue",
			text:  "“A blast happened inside a mosque,” Mohammad Asif Wazeri, the spokesman for the Taliban commander in Mazar-e-Sharif told Reuters.",
			quote: "A blast happened inside a mosque,", speaker: "Mohammad Asif Wazeri", role: "",
		},
		{
			name:  "a participle opening a heading run into the text is no name",
			text:  "Completing Iran’s railway In the meeting, the Russian official Alexei Overchuk expressed readiness. “Russia is ready to build the railway,” he said.",
			quote: "Russia is ready to build the railway,", speaker: "Alexei Overchuk", role: "Russian official",
		},
		{
			name:  "a participle with no one before it has the clause's subject",
			text:  "The protesters demanded protection. Farhad Darya, a famous Afghan cultural figure, made a tweet on Thursday saying, “We can save lives!”",
			quote: "We can save lives!", speaker: "Farhad Darya", role: "",
		},
		{
			name:  "an adverb opening a sentence is no name",
			text:  "Ironically, the joint statement after the meeting was labeled “a call for peace and for an end to the war.”",
			quote: "a call for peace and for an end to the war.", speaker: "", role: "",
		},
		{
			name:  "a place is never the person whose title holds it, and the state speaks",
			text:  "On May 8, U.S. President Donald Trump withdrew from the JCPOA. After the withdrawal, the U.S. imposed what it called the “toughest sanctions ever” against Iran.",
			quote: "toughest sanctions ever", speaker: "United States", role: "",
		},
		{
			name:  "a long participial opener is skipped to the subject",
			text:  "Interior Minister Ahmad Vahidi spoke on Saturday.\n\nRegarding the conflicts with the Taliban border guards and the possibility of blocking the border, the interior minister ruled out such a possibility, saying, “This issue is not on the agenda.”",
			quote: "This issue is not on the agenda.", speaker: "Ahmad Vahidi", role: "Interior Minister",
		},
		{
			name:  "a body of a body is not the body it belongs to",
			text:  "A meeting was held with the Ministry of Defense of the Taliban government.\n\n“We want calm,” the Taliban said.",
			quote: "We want calm,", speaker: "Taliban", role: "",
		},
		{
			name:  "an indefinite subject is someone, not the next name",
			text:  "In line with the report, a regional diplomat briefed on the negotiations confirmed to CNN that “the main issue is the guarantees.”",
			quote: "the main issue is the guarantees.", speaker: "", role: "regional diplomat",
		},
		{
			name:  "an infinitive of speech has the clause's subject",
			text:  "The editor I was talking to, Tim Grieve, interrupted me in mid-sentence to announce, “And there goes the franchise.”",
			quote: "And there goes the franchise.", speaker: "Tim Grieve", role: "",
		},
		{
			name:  "a country's minister is not another country's",
			text:  "Iraqi Defense Minister Thabet Muhammad Saeed visited Tehran.\n\nIran’s defense minister also said “I consider it necessary” to expand ties.",
			quote: "I consider it necessary", speaker: "", role: "Iran’s defense minister",
		},
		{
			name:  "a participle in -ed opening a sentence is no name",
			text:  "Based on his remarks, the warship has been furnished with missiles. He also stated that “the navy will use a new cruise missile.”",
			quote: "the navy will use a new cruise missile.", speaker: "", role: "",
		},
		{
			name:  "an unnamed source named by whom they serve is still unnamed",
			text:  "A top Donald Trump adviser says the businessman is on a “glide path” to the nomination.",
			quote: "glide path", speaker: "", role: "top Donald Trump adviser",
		},
		{
			name:  "the official after an unnamed official is that source",
			text:  "French Foreign Minister Catherine Colonna spoke last week.\n\nA senior European Union official has told Reuters that the talks have come to an end. “We are very advanced in the negotiations,” the official claimed.",
			quote: "We are very advanced in the negotiations,", speaker: "", role: "senior European Union official",
		},
		{
			name:  "a subject after a long opening phrase is the one a pronoun picks up",
			text:  "On March 20, Iran’s central bank governor Abdolnaser Hemmati announced a mechanism.\n\nSpeaking at the 9th round of Iran-Norway political consultations on April 30, Abbas Araqchi said the world has not responded properly.\n\n“The U.S. proved that it does not understand respect,” he said.",
			quote: "The U.S. proved that it does not understand respect,", speaker: "Abbas Araqchi", role: "",
		},
		{
			name:  "a cue word after a compound adjective is a noun",
			text:  "Hillary Clinton says Donald Trump’s flurry of late-night tweets targeting Alicia Machado was “unhinged, even for him.”",
			quote: "unhinged, even for him.", speaker: "Hillary Clinton", role: "",
		},
		{
			name:  "a single word the article writes in lower case is no name",
			text:  "The accusations are false, she said.\n\nAccusations “are of no help to the talks,” the statement added.",
			quote: "are of no help to the talks,", speaker: "", role: "",
		},
		{
			name:  "an opening adverb is no name, and a shorter form is the fuller name",
			text:  "Foreign Minister Hossein Amir Abdollahian spoke in Jordan.\n\nBack in July, Amir Abdollahian also lauded the “constructive” role of Iraq.",
			quote: "constructive", speaker: "Hossein Amir Abdollahian", role: "Foreign Minister",
		},
		{
			name:  "a bare body after a qualified one is that body",
			text:  "The Russian Foreign Ministry criticised the move on Monday.\n\n“This is unacceptable,” the Foreign Ministry said.",
			quote: "This is unacceptable,", speaker: "Russian Foreign Ministry", role: "",
		},
		{
			name:  "a document never speaks",
			text:  "“Iran shall never seek nuclear weapons,” the Joint Comprehensive Plan of Action says.",
			quote: "Iran shall never seek nuclear weapons,", speaker: "", role: "Joint Comprehensive Plan of Action",
		},
		{
			name:  "a place owns no campaign or government the directory keeps: a role",
			text:  "Iran's government said “the sanctions failed.”",
			quote: "the sanctions failed.", speaker: "", role: "Iran's government",
		},
		{
			name:  "continued to with a verb that is no speech is no cue, and a title that runs into a name is no description",
			text:  "Saudi Foreign Minister Prince Faisal said “it is time.” The UK's Minister of State Lord Ahmad said Britain was opposed. He claimed that Assad continued to \"detain, torture and kill innocent Syrians\".",
			quote: "detain, torture and kill innocent Syrians", speaker: "Ahmad", role: "UK's Minister of State",
		},
		{
			name:  "the other party of a meeting between subject and cue is not the speaker",
			text:  "TEHRAN – Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei in a Monday meeting with the visiting Pakistani Prime Minister Imran Khan stressed that Tehran and Islamabad need to fortify their “mutual ties”.",
			quote: "mutual ties", speaker: "Seyyed Ali Khamenei", role: "Leader of the Islamic Revolution",
		},
		{
			name:  "an appositive with no closing comma leaves the name the subject",
			text:  "Also, Abdelkarim Khalaf, spokesman for the Iraqi Armed Forces has said \"these strikes represent a treacherous stab in the back.\"",
			quote: "these strikes represent a treacherous stab in the back.", speaker: "Abdelkarim Khalaf", role: "",
		},
		{
			name:  "an unnamed source placed in a city is the official meant later",
			text:  "Imran Khan said “we will come.” A Foreign Ministry official in Seoul claimed that Tehran made a request. “It is true,” the official told Yonhap on condition of anonymity.",
			quote: "It is true,", speaker: "", role: "Foreign Ministry official",
		},
		{
			name:  "a pronoun after a sentence about someone's rival is the rival",
			text:  "Benjamin Netanyahu said “we will act.” Netanyahu’s rival, Avigdor Lieberman, seized the opportunity to level criticism. He said that there is “no functioning government.”",
			quote: "no functioning government.", speaker: "Avigdor Lieberman", role: "",
		},
		{
			name:  "the newspaper is the body an appositive called a newspaper",
			text:  "Yedioth Ahronoth, a daily close to Netanyahu, said the Syrian missile should trouble Israel. “The first is the urgent need to determine why the interception failed,” the daily said.",
			quote: "The first is the urgent need to determine why the interception failed,", speaker: "Yedioth Ahronoth", role: "daily",
		},
		{
			name:  "the premier is the prime minister named before",
			text:  "TEHRAN- Ebrahim Raisi, the President of Iran, and Mohammed Shia al-Sudani, the Prime Minister of Iraq, both called for more collaboration. For his part, the Iraqi premier said the government and people of Iraq “have always appreciated the help of their Iranian brothers.”",
			quote: "have always appreciated the help of their Iranian brothers.", speaker: "Mohammed Shia al-Sudani", role: "Prime Minister of Iraq",
		},
		{
			name:  "the analyst is the expert named before",
			text:  "TEHRAN - Reza Mirabian, an international relations expert, says Baghdad intends to stay away. Fuad Hossein, Iraq’s foreign minister, visited Tehran. Asked about the impact of a change, the analyst said, “Iraq hopes to play as a mediator.”",
			quote: "Iraq hopes to play as a mediator.", speaker: "Reza Mirabian", role: "international relations expert",
		},
		{
			name:  "a bare name the article later makes a speaker is a person for a pronoun before that",
			text:  "Mesri said, “The vote is held.” Qalibaf is pushing for an overhaul of the governance system. He has broached the idea of “new governance,” which aims to address some of the shortcomings. Qalibaf said in mid-May that Iran needs to overhaul its governance system.",
			quote: "new governance,", speaker: "Qalibaf", role: "",
		},
		{
			name:  "the later items of a list of quoted phrases are the first item's speaker's",
			text:  "Iran has consistently called the sanctions “economic war,” “economic terrorism,” and “medical terrorism.”",
			quote: "economic war, … economic terrorism, … medical terrorism.", speaker: "Iran", role: "",
		},
		{
			name:  "the words after quoting someone, saying: are the quoted person's",
			text:  "Hossein Dehghan said, “We will talk.” Regarding relations with Saudi Arabia, he quoted the 19th-century British Prime Minister Lord Palmerston, saying: “We have no eternal allies, and we have no perpetual enemies.”",
			quote: "We have no eternal allies, and we have no perpetual enemies.", speaker: "Palmerston", role: "British Prime Minister",
		},
		{
			name:  "a role after a body's name is a person, not the body",
			text:  "“Saudi Arabia lacks competence to accuse other countries,” Iran’s Foreign Ministry spokesman said on Tuesday.",
			quote: "Saudi Arabia lacks competence to accuse other countries,", speaker: "", role: "Iran’s Foreign Ministry spokesman",
		},
		{
			name:  "a role after a body's name is the person given that role",
			text:  "Foreign Ministry spokesman Saeed Khatibzadeh spoke on Monday. “The talks go on,” the Iranian Foreign Ministry spokesman said.",
			quote: "The talks go on,", speaker: "Saeed Khatibzadeh", role: "Foreign Ministry spokesman",
		},
		{
			name:  "a title with no article is the person named next, not the body",
			text:  "Earlier on Sunday, chief of the Islamic Revolution Guards Corps (IRGC) said Iran is “not looking for war”. “We are not afraid of it either,” Major General Hossein Salami said.",
			quote: "not looking for war", speaker: "Hossein Salami", role: "Major General",
		},
		{
			name:  "an opening description that runs through a body is someone unnamed, not the body",
			text:  "TEHRAN – An official in charge of international law department at Judiciary announced on Friday that Tehran and Baghdad are pursuing the “dossier of the assassination”.",
			quote: "dossier of the assassination", speaker: "", role: "official in charge of international law department at Judiciary",
		},
		{
			name:  "a title word alone that is the surname of someone named in full is that person",
			text:  "Tennis great Billie Jean King met Ali in 1971. King won 12 Grand Slam singles titles. King says Ali “talked the talk and walked the walk.”",
			quote: "talked the talk and walked the walk.", speaker: "Billie Jean King", role: "",
		},
		{
			name:  "a partial quote with no cue is by the subject of its own clause",
			text:  "Louisiana Gov. Bobby Jindal on Monday signed an order trying to block the settlement of any Syrian refugee, while Mike Huckabee, the former Arkansas governor, proposed we \"wake up and smell the falafel\" and said Ryan should resign.",
			quote: "wake up and smell the falafel", speaker: "Mike Huckabee", role: "former Arkansas governor",
		},
		{
			name:  "a body called by its name in an aside is where the speaker works",
			text:  "But Tom Miller, at a consulting firm called Gavekal Dragonomics, argues that Beijing's \"political influence will inevitably strengthen\".",
			quote: "political influence will inevitably strengthen", speaker: "Tom Miller", role: "",
		},
		{
			name:  "the agent of a participle inside the subject is not the subject",
			text:  "A Feb. 1 letter from the Foreign Ministry obtained by The Associated Press warns that “any further communication will be through our attorney.”",
			quote: "any further communication will be through our attorney.", speaker: "Foreign Ministry", role: "",
		},
		{
			name:  "who before a cue is the relative's antecedent",
			text:  "Ayatollah Qassem said the martyrs were loyal. He relates them to Imam Al-Hussain, who said: “By God, I will never surrender to my enemies.”",
			quote: "By God, I will never surrender to my enemies.", speaker: "Al-Hussain", role: "",
		},
		{
			name:  "a source familiar with something is someone unnamed, not the outlet told",
			text:  "Trump said the deal was good. However, a source familiar with the administration's plans told CNN that the administration was expected to \"double down on defending MBS.\"",
			quote: "double down on defending MBS.", speaker: "", role: "source familiar with the administration's plans",
		},
		{
			name:  "an airport is a place, never the he of a later cue",
			text:  "Ayatollah Raisi told reporters on the tarmac, “We are glad to be here.”\n\nSpeaking on Friday at Shahid Bakri Airport in Urmia, he said, “This province is a perfect example.”",
			quote: "This province is a perfect example.", speaker: "Raisi", role: "",
		},
		{
			name:  "an outlet that reported the sentence before is not the speaker of the quote after it",
			text:  "The presidents of Poland and Slovenia published an open letter on Monday, CNN reported. \"We call on the EU Member States to consolidate,\" the letter read.",
			quote: "We call on the EU Member States to consolidate,", speaker: "", role: "",
		},
		{
			name:  "a quote after a sentence an outlet reported is by the person the sentence reports on",
			text:  "TEHRAN – Abdolreza Faraji-Rad, Iran’s former ambassador to Norway, has criticized European countries, Mehr reported on Monday. “A few months ago, Europe announced the formation of INSTEX.”",
			quote: "A few months ago, Europe announced the formation of INSTEX.", speaker: "Abdolreza Faraji-Rad", role: "Iran’s former ambassador to Norway",
		},
		{
			name:  "an adverb made from a common word opens a sentence, it names no one",
			text:  "The paper sets out three points. Thirdly it touches on how the “Chinese will bridge gaps and differences”.",
			quote: "Chinese will bridge gaps and differences", speaker: "", role: "",
		},
		{
			name:  "the people of a region are no speaker",
			text:  "The Westerners must allow that the talks are the “work of diplomats”, not “the work of journalists.”",
			quote: "work of diplomats", speaker: "", role: "",
		},
		{
			name:  "a surname the article typed twice is the name once",
			text:  "Saeed Jalili took seat 5. Saeed Jalili Jalili said that officials need to “change behavior”.",
			quote: "change behavior", speaker: "Saeed Jalili", role: "",
		},
		{
			name:  "the subject of a restrictive who is its noun",
			text:  "Zarif tweeted on Monday. He also posted a tweet by a Chinese Foreign Ministry spokesman who said, “E3 Foreign Ministers released a statement.”",
			quote: "E3 Foreign Ministers released a statement.", speaker: "", role: "Chinese Foreign Ministry spokesman",
		},
		{
			name:  "a body described with a qualifier is one whose name has it",
			text:  "China's Foreign Ministry said it was concerned.\n\nThe tanker \"was entering the Strait from the wrong side,\" the maritime organization said.",
			quote: "was entering the Strait from the wrong side,", speaker: "", role: "maritime organization",
		},
		{
			name:  "a newspaper an appositive calls Italian is a body, not the he after it",
			text:  "Zarif said, “We are ready.”\n\nIn a recent interview with La Repubblica, an Italian newspaper, he said: \"Currently, we have no interest in talks.\"",
			quote: "Currently, we have no interest in talks.", speaker: "Zarif", role: "",
		},
		{
			name:  "words sung are the singer's",
			text:  "In a preview clip for Mary J. Blige’s upcoming show, Blige sings a song to Hillary Clinton.\n\n“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton.",
			quote: "Promise mama you’ll keep your hands in sight,", speaker: "Mary J. Blige", role: "",
		},
		{
			name:  "a campaign after a candidate's name is no role of an unnamed person",
			text:  "Donald Trump spoke in Ohio. The Trump campaign has said that “he is not being audited” for returns before 2009.",
			quote: "he is not being audited", speaker: "Trump campaign", role: "",
		},
		{
			name:  "a speech verb after a quote is its cue",
			text:  "“If they were serious about this, they would have gone to the bill,” Toomey fumed on Tuesday.",
			quote: "If they were serious about this, they would have gone to the bill,", speaker: "Toomey", role: "",
		},
		{
			name:  "words after a quote that name someone else are its cue, not the speaker before",
			text:  "“We will win,” said Ann Lee, a pollster.\n\n“Clinton needs a strategy for targeting voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.",
			quote: "Clinton needs a strategy for targeting voters,", speaker: "", role: "",
		},
		{
			name:  "the subject of a passive quoted as saying speaks, not the agent after it",
			text:  "Maria Zakharova spoke on Sunday.\n\n“We proceed from the premise that this will help,” Zakharova was quoted as saying by TASS news agency.",
			quote: "We proceed from the premise that this will help,", speaker: "Maria Zakharova", role: "",
		},
		{
			name:  "a pronoun after a sentence that quotes someone is that speaker, not a person the sentence mentions",
			text:  "Ali Khamenei met officials.\n\n“Such behavior is the way Americans exposed themselves during their debates,” Khamenei noted in a reference to the debates between Donald Trump and Joe Biden. “Our method is Islamic,” he highlighted.",
			quote: "Our method is Islamic,", speaker: "Ali Khamenei", role: "",
		},
		{
			name:  "a pronoun after a fronted phrase is not the person the phrase names",
			text:  "Ali Rabiei spoke on Monday. “Iran has humanitarian intentions” Reacting to remarks by the U.S. special envoy for Iran Robert Malley, he said that Iran is ready. Then he spoke of the border. “Thanks to its intentions, Iran is ready to swap prisoners,” he elaborated.",
			quote: "Thanks to its intentions, Iran is ready to swap prisoners,", speaker: "Ali Rabiei", role: "",
		},
		{
			name:  "a quote its own cue introduces and a full stop ends is not the next sentence's",
			text:  "Joe Biden spoke at a rally.\n\nWhen asked why, Biden replied, “For a lot of reasons. Long story.” National Security Council spokesman John Kirby commented on the remarks on Tuesday.",
			quote: "For a lot of reasons. Long story.", speaker: "Joe Biden", role: "",
		},
		{
			name:  "a capitalised title between commas after a name is an appositive",
			text:  "Germany expressed concerns. Heiko Maas, German Foreign Minister, said that “what we are hearing is not a positive thing.”",
			quote: "what we are hearing is not a positive thing.", speaker: "Heiko Maas", role: "German Foreign Minister",
		},
		{
			name:  "a definite description with a body's initials and the words of a post is the one who holds it",
			text:  "EU foreign policy chief Josep Borrell held a phone call with Amir Abdollahian. During the call, the EU foreign policy chief put emphasis on the talks, saying, “We are now on a new path.”",
			quote: "We are now on a new path.", speaker: "Josep Borrell", role: "EU foreign policy chief",
		},
		{
			name:  "a body's name before the words of a post is part of the role",
			text:  "The talks prompted the European Union foreign policy chief, Josep Borrell, to call Hossein Amir Abdollahian.\n\nDuring the call, the EU foreign policy chief put emphasis on the talks, saying, “We are now on a new path.”",
			quote: "We are now on a new path.", speaker: "Josep Borrell", role: "European Union foreign policy chief",
		},
		{
			name:  "a participle after a comma goes with the clause before it and that clause's named subject",
			text:  "Mikhail Ulyanov spoke on Tuesday.\n\nAsked on Twitter whether his remarks were advice to Iran to take bolder measures in case of another U.S. withdrawal from the pact, Ulyanov responded in the negative, asserting that his prediction was, rather, “an advice and a reminder to hardliners.”",
			quote: "an advice and a reminder to hardliners.", speaker: "Mikhail Ulyanov", role: "",
		},
		{
			name:  "a name joined to more of a noun phrase is no clause's subject",
			text:  "Foreign ministers of the Group of 77 issued a statement on September 27 reaffirming their support for the deal between Iran and its partners, including the five permanent members of the UN Security Council, Germany and the European Union, saying the deal exemplifies a “concrete case of a successful multilateral action.”",
			quote: "concrete case of a successful multilateral action.", speaker: "", role: "",
		},
		{
			name:  "a cue after while is another clause's",
			text:  "Hillary Clinton accuses Bernie Sanders of subjecting her to an “artful smear” regarding her Wall Street links while Sanders suggests she is a captive of the establishment.",
			quote: "artful smear", speaker: "Hillary Clinton", role: "",
		},
		{
			name:  "a pronoun after quotes in its own sentence is their speaker",
			text:  "Ocasio-Cortez suggested that Pelosi was “singling out” women of color. Within days, Trump tweeted that the congresswomen were “loudly and viciously” telling people how to run the government: “Why don’t they go back and help fix the places from which they came.” He added, “I’m sure that Nancy Pelosi would be very happy!”",
			quote: "I’m sure that Nancy Pelosi would be very happy!", speaker: "Trump", role: "",
		},
		{
			name:  "a partial quote's sentence starts after a line break",
			text:  "CNN President Jeff Zucker isn’t kowtowing to candidate Donald Trump, who has threatened not to show up. \n“We do not pay candidates,” Zucker said during a discussion. \nZucker also addressed criticism of the coverage. \n“There have been people who’ve asked about the coverage that Trump gets,” he said. “It’s not our role to editorialize.”\nOn Monday, Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly” before floating the idea that the network should pay him.",
			quote: "doesn’t treat me properly", speaker: "Donald Trump", role: "candidate",
		},
		{
			name:  "people named by whom they follow are not the one they follow",
			text:  "Donald Trump held a rally.\n\n“We love him,” Trump supporters said.",
			quote: "We love him,", speaker: "", role: "Trump supporters",
		},
		{
			name:  "words after a quote that ends its sentence are the next quote's cue when the quote has its own",
			text:  "Ali Rabiei spoke.\n\nOn Monday, Rabiei said: “We will act.” Mousavi then told reporters, “We agree.”",
			quote: "We will act.", speaker: "Ali Rabiei", role: "",
		},
		{
			name:  "a hyphenated title is a rank of its last word",
			text:  "Es’haq Jahangiri, the Vice-President, opened a petrochemical complex.\n\n“The industry has reached a desirable point,” the official said.",
			quote: "The industry has reached a desirable point,", speaker: "Es’haq Jahangiri", role: "Vice-President",
		},
		{
			name:  "the text a partial quote's sentence opens with speaks for whoever issued it before",
			text:  "Bagheri-Kani spoke, according to ISNA. The European Parliament issued the resolution on Thursday. It deals with the detention of nationals.\n\nThe resolution “asks all EU member states to jointly issue public statements” where convicts are serving time.",
			quote: "asks all EU member states to jointly issue public statements", speaker: "European Parliament", role: "",
		},
		{
			name:  "a text referred back to keeps the author named where it was issued",
			text:  "The European Parliament issued the resolution on Thursday. The resolution deals with the detention of nationals.\n\n“We reject it,” the resolution said.",
			quote: "We reject it,", speaker: "European Parliament", role: "",
		},
		{
			name:  "the one quoted as quoted by an agency speaks",
			text:  "Sergey Lavrov, the Russian foreign minister, met Rouhani.\n\n“Moscow considers the return of the United States the only solution,” the Russian foreign minister as quoted by TASS.",
			quote: "Moscow considers the return of the United States the only solution,", speaker: "Sergey Lavrov", role: "Russian foreign minister",
		},
		{
			name:  "a convention is no one a pronoun stands for",
			text:  "The Biodiversity Convention is the most important of the bodies, IRNA quoted DOE deputy head, Hassan Akbari, as saying. “We are exchanging data with these bodies,” he explained.",
			quote: "We are exchanging data with these bodies,", speaker: "Hassan Akbari", role: "DOE deputy head",
		},
		{
			name:  "a war is no one a pronoun stands for",
			text:  "Since the Second World War Two, it was the first attack on the U.S. army. “We will act,” he said.",
			quote: "We will act,", speaker: "", role: "",
		},
		{
			name:  "a title of a body whose name ends in a plural noun names no one",
			text:  "“He was a great figure,” President of the University of Islamic Sects said.",
			quote: "He was a great figure,", speaker: "", role: "President of the University of Islamic Sects",
		},
		{
			name:  "a name after a verb whose subject is in lower case is its object",
			text:  "The gunman published a manifesto.\n\nThe dossier praised Trump as “a symbol of renewed white identity”.",
			quote: "a symbol of renewed white identity", speaker: "", role: "",
		},
		{
			name:  "a verb tied to a clause of its own leaves the subject after it",
			text:  "TEHRAN – The program is based on the national plan for obese students, which has been developed by the office of community nutrition and announced to the universities, Zahra Abdollahi, director of the office, said, IRNA reported.\n\nNutrition experts are required to provide counseling to obese students, she explained.",
			quote: "Nutrition experts are required to provide counseling to obese students", speaker: "Zahra Abdollahi", role: "director of the office",
		},
		{
			name:  "a cue after a question and the speaker's appositive is the question's",
			text:  "Volunteers made calls.\n\n“How are you today?” Miller, a retired worker from a nuclear plant, said pleasantly into the phone.",
			quote: "How are you today?", speaker: "Miller", role: "",
		},
		{
			name:  "a name after the cue after a full stop begins a statement of its own",
			text:  "“India has isolated Pakistan.” Arun Jaitley, who resumed charge as finance minister on Friday, said India will take “all possible diplomatic steps”.",
			quote: "all possible diplomatic steps", speaker: "Arun Jaitley", role: "",
		},
		{
			name:  "a person named by who they are to someone is not that someone",
			text:  "Molotov served Stalin.\n\n“They thought they killed my son,” Molotov’s mother said.",
			quote: "They thought they killed my son,", speaker: "", role: "Molotov’s mother",
		},
		{
			name:  "an envoy's post with an adjective before the title names no body",
			text:  "Warplanes harassed an airliner.\n\nSyria’s permanent representative to the United Nations has said that the U.S. must answer, noting its presence in Syria is “an illegal occupation”.",
			quote: "an illegal occupation", speaker: "", role: "",
		},
		{
			name:  "he in a letter sent to someone is its writer",
			text:  "Zarif met envoys on Monday.\n\nZarif sent a letter to Josep Borrell in which he said that Iran is “ready to act”.",
			quote: "ready to act", speaker: "Zarif", role: "",
		},
		{
			name:  "he in a letter a description wrote to someone is the writer the description names",
			text:  "Leader of the Islamic Revolution Ayatollah Ali Khamenei has backed local production.\n\nEndorsing the request, the Leader wrote a letter to President Ebrahim Raisi in which he asked if the report is “true it means breaking the back of domestic companies.”",
			quote: "true it means breaking the back of domestic companies.", speaker: "Ali Khamenei", role: "Leader of the Islamic Revolution",
		},
		{
			name:  "he after to which is the one a question is put to",
			text:  "TEHRAN — Ebrahim Raisi and Recep Tayyip Erdogan met.\n\nIn a question addressed to Erdogan, a reporter asked about the agenda, to which he responded, “We reviewed our activities.”",
			quote: "We reviewed our activities.", speaker: "Recep Tayyip Erdogan", role: "",
		},
		{
			name:  "the official after a source the text gave no role is that source, not an earlier role holder",
			text:  "According to the seminar’s Executive Secretary Mohammad-Amin Ebrahimi, the seminar was aimed at synergy. Back in September, Pajouhan had said that complexes were keen on domestic catalysts.\n\nThe official noted that “significant steps were taken” for the domestic production of catalysts.",
			quote: "significant steps were taken", speaker: "Pajouhan", role: "",
		},
		{
			name:  "a research fellow is an expert",
			text:  "TEHRAN – A senior research fellow at the Institute of Energy and Economics Japan says that Tokyo has helped Iran. “Japan provided Iran with 2.9 million doses,” Sachi Sakanashi tells the Tehran Times.\n\n“Japan is a friend,” the expert says.",
			quote: "Japan is a friend,", speaker: "Sachi Sakanashi", role: "senior research fellow",
		},
		{
			name:  "the message from a description is the one it describes",
			text:  "President Donald Trump spoke on Monday.\n\nThe recurring message from the president, that the nation is “rounding the turn” in its handling of the virus, has been undermined.",
			quote: "rounding the turn", speaker: "Donald Trump", role: "President",
		},
		{
			name:  "he in a relative clause about a thing is the one the sentence named",
			text:  "Talks went on.\n\nJoe Biden spoke on Monday. In January 2020, President Donald Trump unveiled a plan that he called “a vision to improve the lives of the people” at the White House.",
			quote: "a vision to improve the lives of the people", speaker: "Donald Trump", role: "President",
		},
		{
			name:  "the candidate is the one quoted just before, whom the text gave no role",
			text:  "Ebrahim Raisi spoke at a meeting with artists.\n\n“Support should lead to action,” he said.\n\nThe cleric presidential candidate said it is “necessary to support the people of culture” both legally and financially.",
			quote: "necessary to support the people of culture", speaker: "Ebrahim Raisi", role: "",
		},
		{
			name:  "continued at a sentence's end is a cue",
			text:  "Paul Ryan spoke on Tuesday.\n\n“I was pretty clear,” Ryan continued.",
			quote: "I was pretty clear,", speaker: "Paul Ryan", role: "",
		},
		{
			name:  "a title of a body whose name ends with its country is the person's",
			text:  "TEHRAN – Leader of the Islamic Revolution of Iran Ayatollah Seyed Ali Khamenei addressed officials.\n\n“The Quds Force is effective,” the Leader said.",
			quote: "The Quds Force is effective,", speaker: "Seyed Ali Khamenei", role: "Leader of the Islamic Revolution of Iran",
		},
		{
			name:  "a body whose name ends in Railways is no person",
			text:  "TEHRAN – Iranian railway industry has become completely self-reliant in manufacturing freight wagons, Head of the Islamic Republic of Iran Railways (known as RAI) Saeed Rasouli said. Speaking on Tuesday, Rasouli announced that RAI is going to sign a contract.\n\n“Wheels will move on the national rail,” the official said.",
			quote: "Wheels will move on the national rail,", speaker: "Saeed Rasouli", role: "",
		},
		{
			name:  "an outlet relays what an unnamed source said",
			text:  "Jafari met the Afghan delegation on Sunday.\n\nAn Afghan lawmaker has also said that the ties are so “strategic, deep and firm” that even changes in governments cannot undermine them, IRNA reported on Monday.",
			quote: "strategic, deep and firm", speaker: "", role: "Afghan lawmaker",
		},
		{
			name:  "they whom the record cannot name are not the speaker before",
			text:  "On Wednesday, Zarif said limiting Iran’s commitments does not mean that the deal is dead. The Europeans said they regretted the sanctions, adding that they would continue with efforts to support “legitimate trade with Iran”.",
			quote: "legitimate trade with Iran", speaker: "", role: "Europeans",
		},
		{
			name:  "a title with and before the name after according to",
			text:  "TEHRAN – Iran’s Transport and Urban Development Ministry has announced that the government has allocated funds, IRIB reported. According to Transport and Urban Development Minister, Mohammad Eslami, “The establishment of the fund has been envisioned by the plan.”",
			quote: "The establishment of the fund has been envisioned by the plan.", speaker: "Mohammad Eslami", role: "Urban Development Minister",
		},
		{
			name:  "the president of a place is the one whose role names it",
			text:  "TEHRAN – Iranian President Ebrahim Raisi met Uzbek President Shavkat Mirziyoyev on Friday. “We are seeking the lifting of sanctions,” the Iranian president remarked.\n\nThe President of Uzbekistan noted that the two countries enjoy good relations.\n\n“Uzbekistan is looking for a roadmap,” he said.",
			quote: "Uzbekistan is looking for a roadmap,", speaker: "Shavkat Mirziyoyev", role: "Uzbek President",
		},
		{
			name:  "a description with of and a place keeps its words as written",
			text:  "TEHRAN – The President of Iran says that relations with Armenia have always been friendly. Ebrahim Raisi, during a meeting with Armenian Prime Minister Nikol Pashinyan, stressed the need to increase trade.\n\nHe added: “Working groups should advance the agreements.”",
			quote: "Working groups should advance the agreements.", speaker: "Ebrahim Raisi", role: "President of Iran",
		},
		{
			name:  "a title in -ing is still a role after the name",
			text:  "Mohammad Hassan Bani Asad, managing director of the Gandhi Hotel Hospital, spoke on Monday.\n\n“Sanctions are the first problem,” Bani Asad said.",
			quote: "Sanctions are the first problem,", speaker: "Mohammad Hassan Bani Asad", role: "managing director of the Gandhi Hotel Hospital",
		},
		{
			name:  "a lower-case noun before a comma and a name is no title",
			text:  "TEHRAN – In his meeting with the personnel of the Iranian nuclear industry, Ayatollah Ali Khamenei described this industry as the key to progress. “Localization of the industry shows the failure of the West,” he said.",
			quote: "Localization of the industry shows the failure of the West,", speaker: "Ali Khamenei", role: "",
		},
		{
			name:  "a post for something before a comma and a name is a title",
			text:  "TEHRAN – Zarghami’s deputy for tourism, Ali-Asghar Shalbafian, spoke on Monday. “We must develop a consensus,” Shalbafian said.",
			quote: "We must develop a consensus,", speaker: "Ali-Asghar Shalbafian", role: "Zarghami’s deputy for tourism",
		},
		{
			name:  "a first name after Sayyed is the one of that first name named in full",
			text:  "Speaking at a military parade, Sayyed Abdul-Malik al-Houthi pointed out the goal.\n\nSayyed Abdul-Malik hailed the latest recruits saying “our army today is stronger than ever before,” noting more.",
			quote: "our army today is stronger than ever before,", speaker: "Sayyed Abdul-Malik al-Houthi", role: "",
		},
		{
			name:  "a surname after Sayyed is the one of that surname",
			text:  "Hezbollah Secretary General Sayyed Hassan Nasrallah spoke on Friday.\n\nSayyed Nasrallah said the U.S. would “exploit” the crisis.",
			quote: "exploit", speaker: "Sayyed Hassan Nasrallah", role: "Hezbollah Secretary General",
		},
		{
			name:  "an owner inside what a described subject did is not the subject",
			text:  "More than 50 experts penned a letter to President-elect Joe Biden.\n\nThe signatories believe Trump’s “maximum pressure” policy towards Iran has failed.",
			quote: "maximum pressure", speaker: "", role: "",
		},
		{
			name:  "a quote after words the record could not attribute in its paragraph is not the speaker's before",
			text:  "“We take very seriously the risk,” White House spokesman Josh Earnest told reporters.\n\n“Tritium would enable nuclear weapons designs that could have a greater yield,” nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for Science and International Security wrote in September. “Whether North Korea can make nuclear weapons using tritium is unknown.”",
			quote: "Whether North Korea can make nuclear weapons using tritium is unknown.", speaker: "", role: "",
		},
		{
			name:  "a body's name run into a person's after a title and of",
			text:  "TEHRAN -- The center has compiled a great knowledge in agriculture, the head of Iranian Space Research Center Hossein Samimi said. The center already provided a map of cultivated area, he added.\n\n“We plan to provide information for other products,” he said.",
			quote: "We plan to provide information for other products,", speaker: "Hossein Samimi", role: "",
		},
		{
			name:  "an appositive whose closing comma is missing before has",
			text:  "TEHRAN — In an interview published on Thursday, Mohammad Keshavarzzadeh, the Iranian ambassador to Beijing has pointed out that the West is propagating against ties between Iran and China.\n\n“In this regard, close contacts are underway,” said the Iranian ambassador.",
			quote: "In this regard, close contacts are underway,", speaker: "Mohammad Keshavarzzadeh", role: "Iranian ambassador to Beijing",
		},
		{
			name:  "a role with a country after of before a comma and the name",
			text:  "TEHRAN – Zarif tweeted after the foreign minister of Saudi Arabia, Faisal bin Farhan Al-Saud, called for a new agreement.\n\nThe Saudi foreign minister told CNBC that “a new deal is needed.”",
			quote: "a new deal is needed.", speaker: "Faisal bin Farhan Al-Saud", role: "foreign minister of Saudi Arabia",
		},
		{
			name:  "a role with a body in lower case after a country's possessive",
			text:  "TEHRAN – The visit of the speaker of Iran’s parliament, Mohammad Bagher Ghalibaf, began on Sunday.\n\n“We will talk,” the speaker said.",
			quote: "We will talk,", speaker: "Mohammad Bagher Ghalibaf", role: "speaker of Iran’s parliament",
		},
		{
			name:  "a place run into a body's name after of is no one's title",
			text:  "Earlier this week, the managing director of Tehran Stock Exchange (TSE) said that the market has grown.\n\nGhaffari said the ministry plans to tap the capital market. The official further noted that “the fund has been established.”",
			quote: "the fund has been established.", speaker: "", role: "official",
		},
		{
			name:  "a description no role fits is the speaker just before",
			text:  "TEHRAN – Qassem Taqizadeh, speaking at a ceremony in Mashhad, said, “A lot of accomplishments cannot be revealed.”\n\nThe deputy defense minister on Friday said, “Our missile program is limited to the threats we face.”",
			quote: "Our missile program is limited to the threats we face.", speaker: "Qassem Taqizadeh", role: "",
		},
		{
			name:  "a description whose origin the speaker before has no role for is someone else",
			text:  "TEHRAN – “We will never negotiate under pressure,” Hossein Salami said on Monday.\n\nThe Saudi minister said, “We want good relations.”",
			quote: "We want good relations.", speaker: "", role: "Saudi minister",
		},
		{
			name:  "a description with a word of no role is not the speaker before",
			text:  "“We will defend our own coasts,” General Mohammad Bagheri said.\n\nThe rebel commander added, “The resistance will go on.”",
			quote: "The resistance will go on.", speaker: "", role: "rebel commander",
		},
		{
			name:  "a description no role fits is not a speaker whose role it does not fit",
			text:  "“The presence is an occupation,” Syrian Information Minister Adnan Hassan Mahmoud said.\n\nSyria’s permanent representative to the United Nations has said, “The United States must be held accountable.”",
			quote: "The United States must be held accountable.", speaker: "", role: "Syria’s permanent representative to the United Nations",
		},
		{
			name:  "a subject and its verb of speech before a comma are no opening phrase",
			text:  "TEHRAN – Most MPs opposed Fayazi.\n\nThe statement said Fayazi has had an experience in research activities, especially at the Majlis Research Center, and in his plans he had pointed to the “priorities that should be sought at the ministry”.",
			quote: "priorities that should be sought at the ministry", speaker: "", role: "",
		},
		{
			name:  "a body that condemned something, saying it is a phrase in marks",
			text:  "In a joint statement on Monday, the leaders of France, Germany, and the United Kingdom pinned the blame on Tehran. The Iranian Foreign Ministry strongly condemned the European statement, saying it is a “farcical reasoning”.",
			quote: "farcical reasoning", speaker: "Iranian Foreign Ministry", role: "",
		},
		{
			name:  "he after a sentence that reports someone's words is that speaker",
			text:  "TEHRAN – Foreign Ministry spokesman Saeed Khatibzadeh says Tehran has provided a list of the wrongdoings made by the Trump administration against Iran that the new U.S. president must compensate. “A list of items has been made that the new U.S. president must respond to with regard to commitments toward Iran,” Khatibzadeh told Al-Alam TV on Sunday, adding that the U.S. has no option but to respect the Iranian nation and return to its commitments under the 2015 nuclear deal, officially called the JCPOA.\n\nHe said the U.S. is in no position to set conditions for Iran, because it has illegally dealt a great blow to the Iranian economy. “Actually, the United States of America is not in a position to set conditions for anybody. The United States of American has been the violator of the JCPOA, violator of (UN) Security Council Resolution 2231, caused billions of dollars in losses and left the JCPOA as a participant. The day a government in the United States wants to return to the JCPOA there is a table that it must be held accountable for violation of commitments,” Khatibzadeh explained.\n\n“The United States must repent and stop its economic war against us… honor its obligations and make compensations,” he said. The spokesman added, “The difference between the Biden and Trump camps are clear but we’re eyeing practical measures.” Tensions soared between Tehran and Washington since Trump unilaterally withdrew the U.S. from the nuclear deal on May 8, 2018. Trump not only exited the deal but has since targeted Iran with a series of unprecedented economic bans under his “maximum pressure” campaign against Iran.\n\nOn Tuesday, Foreign Minister Mohammad Javad Zarif said the statements by Joe Biden with regard to Iran have been more promising than those of the incumbent Trump. \"The statements by the Biden camp have been more promising, but we will have to wait and see,\" Zarif said in an interview with CBS News. He made the remarks when pushed to pick one of the two U.S. presidential candidates.\n\nZarif initially insisted that Tehran has no preference between Trump or Biden. Zarif emphasized that it's not what the new administration says during the campaign that counts, but what it does in office. \"What is important for us is how the White House behaves after the election, not what promises are there, what slogans are made. The behavior of the U.S. is important.\n\nIf the U.S. decides to stop its malign behavior against Iran, then it will be a different story no matter who sits in the White House,\" the chief Iranian diplomat said. In remarks on Thursday, President Hassan Rouhani described as “unprecedented in Iran’s history,” the hardship that came to face Iran during Trump’s tenure in terms of the American economic war and the outbreak of the new coronavirus.\n\nThe country has always been struggling with economic hardship but never an economic war of such scale, he added. The Trump administration brutally escalated the economic war against Iran even as the Islamic Republic was battling an uphill struggle against the novel coronavirus, Rouhani said. \"Our nation both withstood the coronavirus and confronted sanctions and adversities,\" he added.",
			quote: "Our nation both withstood the coronavirus and confronted sanctions and adversities,", speaker: "Hassan Rouhani", role: "President",
		},
		{
			name:  "he after a sentence that reports a report is the first speaker",
			text:  "The Palestinian Public Prosecution’s office has revealed the killing of veteran Palestinian journalist Shireen Abu Aqleh was caused by an armor-piercing projectile fired directly and deliberately at her head by an Israeli sniper. Speaking at a press conference in the occupied territories, the Palestinian Attorney General, Akram Al-Khatib, made the announcement as Israel faces mounting global anger over its refusal to conduct a criminal investigation into its soldiers’ actions.\n\nAl-Khatib says that according to a Palestinian Public Prosecution report, it has been established that an Israeli sniper directly fired a bullet at Abu Aqleh’s head as she was trying to escape Israeli forces storming the occupied city of Jenin. The Attorney General says she was shot dead despite wearing a helmet and a blue vest that was clearly marked with the word “PRESS”.\n\nHe says other journalists who were accompanying Abu Aqleh were also deliberately targeted by the regime troops’ gunfire. He announced the bullet that killed Abu Aqleh was a 5.56 mm round with a steel component used by NATO forces, reiterating that the Palestinian Authority will not hand over the bullet to the occupying regime. Al-Khatib also says the bullet was fired from a distance of 170 to 200 meters away by a sniper with “a clear line of sight”.\n\nHe further announced that the bullet had general and specific markings that match a Mini Ruger semi-automatic sniper weapon. The Palestinian judiciary official pointed out the remains of the gunfire still at Abu Aqleh’s murder scene support the fact that the journalist was killed with what he described as premeditation, emphasizing that the Israeli troops also fired at anyone who tried to reach Abu Aqleh to rescue the Al Jazeera journalist.\n\nAl-Khatib says the Palestinian Public Prosecution concluded that the facts on the ground confirm the absence of any armed clashes at the time when the murder took place, pledging that the investigation carried out by the Public Prosecution will be the cornerstone in the prosecution of the Israeli killers. “The only source of firing was by the occupation forces with the aim to kill,” he said.",
			quote: "The only source of firing was by the occupation forces with the aim to kill,", speaker: "Akram Al-Khatib", role: "Palestinian Attorney General",
		},
		{
			name:  "the MP is a spokesman of a Majlis committee",
			text:  "TEHRAN – Spokesman of the Majlis National Security and Foreign Policy Committee says Tehran must certainly not leave the nuclear agreement, also referred to as the Joint Comprehensive Plan of Action (JCPOA), which was struck between Tehran and six world powers in 2015 but was abandoned by the U.S. in 2018. “As a person who has opposed Barjam (JCPOA) from the very beginning and believed that Barjam would not come to fruition, I state clearly that the Islamic Republic must not leave Barjam on any account,” Hossein Naqavi Hosseini said on Monday, ISNA reported.\n\nOn May 8, 2018, U.S. President Donald Trump withdrew the United States from the JCPOA, which Iran struck with six countries including the U.S., the UK, France, Russia, China and Germany. Under the JCPOA, Iran had agreed to limit parts of its peaceful nuclear program in exchange for the removal of all economic and financial sanctions. After the withdrawal, the U.S. imposed what it called the “toughest sanctions ever” against Iran, despite the international community’s strong objection.\n\nNaqavi Hosseini argued that since Iran has paid the price for the JCPOA by fulfilling all of its commitments, it must not exit the deal. “We shouldn’t have entered the agreement in the first place, but now that we did and paid the price for it, exiting it would impose costs on the country,” he stated. “We reduce our commitments and this is a proper response because Europeans are waiting for our withdrawal,” the MP added.",
			quote: "We reduce our commitments and this is a proper response because Europeans are waiting for our withdrawal,", speaker: "Hossein Naqavi Hosseini", role: "Spokesman of the Majlis National Security and Foreign Policy Committee",
		},
		{
			name:  "an inverted cue with a description that ends the sentence",
			text:  "TEHRAN – Gholamreza Mesbahi Moqaddam, a cleric politician, spoke on Sunday.\n\nThe Americans consider sanctions as a “pressure tool” to follow their policies against Iran, noted the cleric politician.",
			quote: "pressure tool", speaker: "Gholamreza Mesbahi Moqaddam", role: "cleric politician",
		},
		{
			name:  "a description the lede gives before it names is the one it names",
			text:  "TEHRAN – A Pakistani journalist says the public in his country oppose hosting U.S. bases. “Public in Pakistan doesn’t want the U.S. bases here,” Imdad Hussain tells the Tehran Times.\n\nPrime Minister Imran Khan has ruled out hosting American bases, fearing it might lead to his country being “targeted in revenge attacks” by the Taliban.\n\n“Extremist elements found a pretext to launch a war against Pakistan,” the journalist explains.",
			quote: "Extremist elements found a pretext to launch a war against Pakistan,", speaker: "Imdad Hussain", role: "Pakistani journalist",
		},
		{
			name:  "people of a body are not the body",
			text:  "The Pentagon released its review on Friday.\n\nPentagon officials described the strike as a “tragic mistake.”",
			quote: "tragic mistake.", speaker: "", role: "Pentagon officials",
		},
		{
			name:  "a faith is no speaker",
			text:  "Iran’s parliament condemned the cartoons.\n\nThe French government, shunning Islam, said on Monday, “We defend freedom of speech.”",
			quote: "We defend freedom of speech.", speaker: "", role: "",
		},
		{
			name:  "a person known by the father's name after bin is the one named in full",
			text:  "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud met his counterpart.\n\n“We have to live with each other,” bin Farhan said.",
			quote: "We have to live with each other,", speaker: "Faisal bin Farhan Al Saud", role: "Saudi Foreign Minister Prince",
		},
		{
			name:  "a first name after Sheikh is the one of that first name named in full",
			text:  "Amir Abdollahian spoke with his Qatari counterpart, Sheikh Mohammed bin Abdulrahman Al Thani, on Thursday.\n\nSheikh Mohammed said, “We want a fair solution.”",
			quote: "We want a fair solution.", speaker: "Mohammed bin Abdulrahman Al Thani", role: "",
		},
		{
			name:  "a surname after Sheikh is still a surname",
			text:  "Hezbollah deputy chief Sheikh Naim Qassem spoke. Sheikh Naim Hassan visited.\n\n“We will resist,” Sheikh Qassem said.",
			quote: "We will resist,", speaker: "Naim Qassem", role: "Hezbollah deputy chief",
		},
		{
			name:  "a sect's adjective is no person, nor is a name after of",
			text:  "TEHRAN — While condemning the crime in the shrine of Imam Reza, the interior minister stressed that the Takfiri movements will be dealt with. In an interview on Friday, Ahmad Vahidi condemned the attack.\n\n“The best of the Afghan youth lost their lives,” the minister continued.",
			quote: "The best of the Afghan youth lost their lives,", speaker: "Ahmad Vahidi", role: "interior minister",
		},
		{
			name:  "a name with its acronym in brackets is a body, which no pronoun stands for",
			text:  "TEHRAN – Abolhassan Firouzabadi, secretary of the council, spoke on Monday.\n\nThe cyberspace is more than content but Linked Data Platform (LDP) and architecture, he said. “The cyberspace is a chance for groups to meet,” he added.",
			quote: "The cyberspace is a chance for groups to meet,", speaker: "Abolhassan Firouzabadi", role: "secretary of the council",
		},
		{
			name:  "a post in a body named before it is the person the next sentence names, after a rank",
			text:  "TEHRAN — The IRGC Ground Force commander has warned that such moves are “intolerable”, threatening a response. General Mohammad Pakpour said that the groups use northern Iraq to harass people.",
			quote: "intolerable", speaker: "Mohammad Pakpour", role: "General",
		},
		{
			name:  "a post in a body is the person who holds it, not the body",
			text:  "Foreign Ministry spokesman Saeed Khatibzadeh spoke on Monday.\n\nThe Foreign Ministry spokesman also urged the world to act, warning that “silence will encourage the regime.”",
			quote: "silence will encourage the regime.", speaker: "Saeed Khatibzadeh", role: "Foreign Ministry spokesman",
		},
		{
			name:  "the commander of a body is not the commander of a unit of it",
			text:  "Alireza Sabhi-Fard, commander of the army’s air defense unit, said on Wednesday that Iran’s defense cannot be tested.\n\n“The enemy is stopped,” he said. Commander of the Iranian Army said last month that Iran’s power would be “devastating” for the aggressors. “Our offensive power would be devastating,” Major General Abdolrahim Mousavi said.",
			quote: "devastating", speaker: "Abdolrahim Mousavi", role: "Major General",
		},
		{
			name:  "a post's portfolio runs on past and, and a description that names the origin fits it",
			text:  "Mohammadreza Modoudi, the acting head of the Trade Promotion Organization, spoke.\n\nSyrian Deputy Minister of Economy and Foreign Trade Rania al-Ahmad has said that Iran’s investment is a priority. At the conference, the Syrian official said, “Our government has prepared a reconstruction plan.”",
			quote: "Our government has prepared a reconstruction plan.", speaker: "Rania al-Ahmad", role: "Syrian Deputy Minister of Economy and Foreign Trade",
		},
		{
			name:  "a second post after and is a title of its own",
			text:  "Chinese Minister of Foreign Affairs and State Councilor Wang Yi said, “We support the talks.”",
			quote: "We support the talks.", speaker: "Wang Yi", role: "State Councilor",
		},
		{
			name:  "a body's name with and after a post and of, run into a person's name",
			text:  "Deputy Head of Iran Airports and Air Navigation Company Mohammad Amirani said, “Flights will resume.”",
			quote: "Flights will resume.", speaker: "Mohammad Amirani", role: "",
		},
		{
			name:  "a counselor is a diplomat",
			text:  "Ali Hajilari, the first counselor of Iran’s permanent mission to the UN, spoke on Friday.\n\n“Multilateralism is under pressure,” the Iranian diplomat said.",
			quote: "Multilateralism is under pressure,", speaker: "Ali Hajilari", role: "first counselor of Iran’s permanent mission to the UN",
		},
		{
			name:  "a counterpart holds the other's post, with the origin the text gives",
			text:  "Iraqi Defense Minister Thabet Al Abbas met with his Iranian counterpart Mohammad Reza Gharaei Ashtiani.\n\nIran’s defense minister also said “I consider it necessary” to thank the Iraqi forces.",
			quote: "I consider it necessary", speaker: "Mohammad Reza Gharaei Ashtiani", role: "Iranian Defense Minister",
		},
		{
			name:  "the one who met a counterpart is still the one a later description goes on about",
			text:  "Iranian Foreign Minister Hossein Amir Abdollahian and his Azerbaijani counterpart Jeyhun Bayramov spoke by phone.\n\nThe foreign minister said, “Tehran and Baku should not give the enemies an opportunity.”",
			quote: "Tehran and Baku should not give the enemies an opportunity.", speaker: "Hossein Amir Abdollahian", role: "Iranian Foreign Minister",
		},
		{
			name:  "a description that names the counterpart's origin is the counterpart",
			text:  "Iranian Foreign Minister Hossein Amir Abdollahian and his Azerbaijani counterpart Jeyhun Bayramov spoke by phone.\n\nAzerbaijan’s foreign minister said, “Others should not misuse the misunderstandings.”",
			quote: "Others should not misuse the misunderstandings.", speaker: "Jeyhun Bayramov", role: "Azerbaijani Foreign Minister",
		},
		{
			name:  "a quote whose cue is she is not the man quoted before",
			text:  "Hossein Amir Abdollahian described the deal as “new and strategic” on Monday.\n\n“We want to use Iran's experience,” she said. Ramona Rodriguez made the remarks in Tehran.",
			quote: "We want to use Iran's experience,", speaker: "", role: "",
		},
		{
			name:  "an origin alone is no description of a post",
			text:  "Chinese President Xi Jinping met Raisi.\n\nA Chinese proverb saying “in the same boat in a storm” fits the two countries.",
			quote: "in the same boat in a storm", speaker: "", role: "Chinese proverb",
		},
		{
			name:  "a name and its appositive before the verb are the subject, not an opening phrase",
			text:  "Externally, there was resentment. The Arab Weekly, a publication close to the United Arab Emirates, claimed that the new government was “cleared” by Hezbollah, which takes “its cues from Tehran.”",
			quote: "its cues from Tehran.", speaker: "Arab Weekly", role: "",
		},
		{
			name:  "a word that opens the sentence before a state is not the subject",
			text:  "The Arab League readmitted Syria.\n\nHowever, Russia said the move would bring about a “healthier atmosphere” to the region.",
			quote: "healthier atmosphere", speaker: "Russia", role: "",
		},
		{
			name:  "a country is no misspelling of a surname",
			text:  "Mohammad Irani, the ambassador to Kuwait, spoke on Monday.\n\nHowever, Iran says the visit is “on the agenda” with no date set.",
			quote: "on the agenda", speaker: "Iran", role: "",
		},
		{
			name:  "a long description of a member of a body is someone, not the body",
			text:  "TEHRAN— A member of the National Security and Foreign Policy Committee of the Iranian parliament said on Sunday that an agreement in Vienna “is not far-fetched”.",
			quote: "is not far-fetched", speaker: "", role: "member of the National Security and Foreign Policy Committee of the Iranian parliament",
		},
		{
			name:  "the top diplomat is not a deputy foreign minister",
			text:  "Foreign Minister Mohammad Javad Zarif met Putin.\n\nAccompanied by Iranian Deputy Foreign Minister Seyed Abbas Araqchi, Zarif traveled to Moscow. Zarif said he had held extensive talks with Lavrov.\n\nThe top Iranian diplomat said both Tehran and Moscow had “identical views” on the deal.",
			quote: "identical views", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "words that report what the speaker said are someone else's",
			text:  "Commander of the Quds Force General Esmail Ghaani briefed the lawmakers. Ahmed Alireza Beigi, a lawmaker at the session, spoke.\n\n“General Ghaani said that the decline of U.S. forces in the region is imminent,” Alireza Beigi quoted the general as saying.",
			quote: "General Ghaani said that the decline of U.S. forces in the region is imminent,", speaker: "", role: "",
		},
		{
			name:  "a speaker named later in a quote that runs on is still the speaker",
			text:  "Foreign Minister Mohammad Javad Zarif spoke on Monday.\n\n“It does not work with Iran. Foreign Minister Zarif notes that Trump’s experience will not work,” he said.",
			quote: "It does not work with Iran. Foreign Minister Zarif notes that Trump’s experience will not work,", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "a state that opens its sentence with a verb of speech speaks for its government",
			text:  "Politico cited unnamed officials for the story.\n\nIran dismissed the allegation as naïve, calling it “customer-made, biased, and purposeful”.",
			quote: "customer-made, biased, and purposeful", speaker: "Iran", role: "",
		},
		{
			name:  "a state after a dateline is the lede's, which a later sentence names",
			text:  "TEHRAN – Iran has dismissed the allegation, calling it “biased and purposeful”. Foreign Ministry spokesman Saeed Khatibzadeh said on Monday that Iran is a responsible member of the international community.",
			quote: "biased and purposeful", speaker: "", role: "Iran",
		},
		{
			name:  "a state that opens a heading run into the text does not speak",
			text:  "Nasser Kanaani spoke on Monday.\n\nIran respects Iraq’s territorial integrity Kanaani also responded to a question about the Kurdistan Region, saying, “The policy is to respect the sovereignty of Iraq.”",
			quote: "The policy is to respect the sovereignty of Iraq.", speaker: "", role: "Iran",
		},
		{
			name:  "a place further into the sentence is not its subject",
			text:  "Kushner unveiled the plan.\n\nIn Kushner’s plan, people of Palestine have been supposed as unhealthy people and emphasized, “We need a healthy economy and healthy people.”",
			quote: "We need a healthy economy and healthy people.", speaker: "", role: "Palestine",
		},
		{
			name:  "a body's name run into a person's after a post and for",
			text:  "Responding to the threat, spokesman for the Iranian Foreign Ministry Nasser Kanaani told the Tehran Times correspondent on Monday, “We do not expect a terrorist regime to do anything else.”",
			quote: "We do not expect a terrorist regime to do anything else.", speaker: "Nasser Kanaani", role: "spokesman for the Iranian Foreign Ministry",
		},
		{
			name:  "a participle after a verb of speech and its object has that verb's subject",
			text:  "Abbas rejected the plan.\n\nNeedless to say, the Islamic resistance movement, Hamas, totally rejected the peace plan, calling it an attempt “to liquidate the Palestinian national project.”",
			quote: "to liquidate the Palestinian national project.", speaker: "Hamas", role: "",
		},
		{
			name:  "a participle after an inverted verb of speech and its phrase has that verb's subject",
			text:  "China delivered masks.\n\nSome 5,000 test kits, a gift from the Chinese embassy, were delivered to the Iranian side, China’s Ambassador to Iran Chang Hua wrote on his Twitter account, adding that “our efforts will continue.”",
			quote: "our efforts will continue.", speaker: "Chang Hua", role: "China’s Ambassador to Iran",
		},
		{
			name:  "a hyphenated modifier that holds no post word does not keep a description from its holder",
			text:  "Chinese Deputy Foreign Minister Deng Li praised Ambassador Mohammad Keshavarzzadeh’s efforts.\n\nThe soon-to-be-expired Iranian ambassador to China expressed gratitude and stated, “Iran has consistently supported China.”",
			quote: "Iran has consistently supported China.", speaker: "Mohammad Keshavarzzadeh", role: "Ambassador",
		},
		{
			name:  "a post and for opening a run before a body's name and a person's",
			text:  "Spokesman for the Iranian Foreign Ministry Nasser Kanaani has condemned the communiqué.\n\nThe spokesman rejected the council’s claims, adding, “The countries who foiled the agreement are protesting today.”",
			quote: "The countries who foiled the agreement are protesting today.", speaker: "Nasser Kanaani", role: "Spokesman for the Iranian Foreign Ministry",
		},
		{
			name:  "the head of a body is its chief",
			text:  "TEHRAN— Ali Akbar Salehi, chief of the Atomic Energy Organization of Iran, met the president.\n\nThe head of the Atomic Energy Organization added, “First, the nuclear talks advanced.”",
			quote: "First, the nuclear talks advanced.", speaker: "Ali Akbar Salehi", role: "chief of the Atomic Energy Organization of Iran",
		},
		{
			name:  "to which and a verb of speech after a question cue the answer, a quote of its own",
			text:  "Ali Rezaei, a photojournalist, went to a shop.\n\nRezaei said he asked the clerk “how did you learn Farsi?” to which Ahmad Karimi responded: “I learnt Farsi as a prisoner of war.”",
			quote: "I learnt Farsi as a prisoner of war.", speaker: "Ahmad Karimi", role: "",
		},
		{
			name:  "a list inside a body's name does not close an appositive",
			text:  "Industry, Mining and Trade Minister Reza Rahmani spoke.\n\nOn Saturday, Mehdi Sadeqi Niaraki, the acting director of the industry department of Ministry of Industry, Mining and Trade, said, “The policies of government are clear.”",
			quote: "The policies of government are clear.", speaker: "Mehdi Sadeqi Niaraki", role: "acting director of the industry department of Ministry of Industry",
		},
		{
			name:  "a pronoun in capitals is the acronym of a body",
			text:  "Hassan Rouhani spoke on Sunday.\n\nThe World Health Organization has hailed Iran’s strategies. “Positive work is being done,” WHO said in a tweet on March 5.",
			quote: "Positive work is being done,", speaker: "WHO", role: "",
		},
		{
			name:  "a name of common words is a thing, which no pronoun stands for",
			text:  "TEHRAN – Abolhassan Firouzabadi spoke on Monday.\n\nApple users have access to apps through App Store, which is closed to Iranians. He said that the digital economy is formed beyond governments.",
			quote: "the digital economy is formed beyond governments", speaker: "Abolhassan Firouzabadi", role: "",
		},
		{
			name:  "a given name that is a common word still names a person",
			text:  "“The leading candidate shows up to a small town like that?” said Grant Young, a local voter.",
			quote: "The leading candidate shows up to a small town like that?", speaker: "Grant Young", role: "",
		},
		{
			name:  "a participle after a parenthetical verb of speech has that verb's subject",
			text:  "Maria Zakharova spoke on Monday.\n\nAbbas Araghchi will travel to Oman, she said, adding that the talks will go on.",
			quote: "the talks will go on", speaker: "Maria Zakharova", role: "",
		},
		{
			name:  "\"it\" after a sentence that quotes a body is that body, not a state the sentence mentions",
			text:  "The Iranian Intelligence Ministry announced on Saturday that it has arrested the ringleader.\n\nSecurity forces arrested Jamshid Sharmahd, who directed “armed operations” in Iran from the U.S., the ministry said in a statement. He was arrested and he is “now in the powerful hands” of security forces, it added.",
			quote: "now in the powerful hands", speaker: "Iranian Intelligence Ministry", role: "",
		},
		{
			name:  "a description after a comma-closed quote, with a verb no cue rule reads, holds the quote",
			text:  "The European Union said on Friday that talks have entered the New Year with positive signals.\n\nHowever, Iran is seeking a guarantee. “No one can guarantee that the U.S. will not abandon it,” the Pakistani expert believes.",
			quote: "No one can guarantee that the U.S. will not abandon it,", speaker: "", role: "Pakistani expert",
		},
		{
			name:  "a description after a quote that names the speaker before keeps the continuation",
			text:  "Foreign Ministry spokesman Saeed Khatibzadeh said on Monday that talks will go on.\n\n“No one can guarantee that the U.S. will not abandon it,” the spokesman believes.",
			quote: "No one can guarantee that the U.S. will not abandon it,", speaker: "Saeed Khatibzadeh", role: "Foreign Ministry spokesman",
		},
		{
			name:  "an unnamed source a sentence cites is the one a later description means, not someone named after",
			text:  "Citing a U.S. official, CNN Arabic said on Wednesday that Israel was behind the assassination.\n\n“Fakhrizadeh has long been one of Israel’s targets,” the U.S. official remarked.\n\nThe UN called for restraint. “We urge restraint,” Farhan Haq, the deputy spokesman for the UN secretary-general, said.",
			quote: "Fakhrizadeh has long been one of Israel’s targets,", speaker: "", role: "U.S. official",
		},
		{
			name:  "a cited source whom the next sentence names is that person",
			text:  "Some 21 million tons of goods have been cleared from customs, IRIB reported, quoting an official with the customs administration. According to Mehrdad Jamal Orounaqi, the deputy for customs affairs, imports have increased.\n\n“Four million tons are going through clearance,” the official said.",
			quote: "Four million tons are going through clearance,", speaker: "Mehrdad Jamal Orounaqi", role: "deputy for customs affairs",
		},
		{
			name:  "the UN as a cue's subject is the United Nations",
			text:  "TEHRAN – The United Nations Security Council will hold a briefing session. “Before the Christmas break, the Council will hear briefings,” the UN said in a statement on Tuesday.",
			quote: "Before the Christmas break, the Council will hear briefings,", speaker: "United Nations", role: "",
		},
		{
			name:  "the UN after a preposition is not the speaker",
			text:  "TEHRAN – Talks were held on Monday.\n\nIran’s envoy to the UN said, “The ball is in the U.S. court.”",
			quote: "The ball is in the U.S. court.", speaker: "", role: "Iran’s envoy to the UN",
		},
		{
			name:  "an outlet that reports quoting someone relays that one's words",
			text:  "TEHRAN — Foreign Minister Mohammad Javad Zarif spoke on Monday.\n\nIran will never negotiate under “maximum pressure” of sanctions, IRNA reported on Monday, quoting Zarif.",
			quote: "maximum pressure", speaker: "Mohammad Javad Zarif", role: "Foreign Minister",
		},
		{
			name:  "an outlet that reports quoting an unnamed source relays no one's name",
			text:  "TEHRAN — The Israeli military has launched a “highly secret” base, Sputnik reported on Saturday, quoting an informed source.",
			quote: "highly secret", speaker: "", role: "informed source",
		},
		{
			name:  "a counterpart's style before the name does not hide the counterpart",
			text:  "Iranian Foreign Minister Hossein Amir Abdollahian and his Saudi counterpart Prince Faisal bin Farhan met in Tehran on June 17. In his meeting with President Ebrahim Raisi on the same date, the Saudi foreign minister said, “We are in a golden stage.”",
			quote: "We are in a golden stage.", speaker: "Faisal bin Farhan", role: "Prince",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found bool
			for _, q := range Extract(corpus.Document{ID: "t", Text: tt.text}) {
				if q.Text != tt.quote {
					continue
				}
				found = true
				if q.Speaker != tt.speaker || q.Role != tt.role {
					t.Errorf("speaker, role = %q, %q; want %q, %q", q.Speaker, q.Role, tt.speaker, tt.role)
				}
				if tt.speaker == "" && q.SpeakerID != "" {
					t.Errorf("SpeakerID = %q for a quote with no speaker", q.SpeakerID)
				}
			}
			if !found {
				t.Fatalf("quote %q not found in %q", tt.quote, tt.text)
			}
		})
	}
}

// TestOwnBodyIsNotTheSpeaker: "the chairman of X said his organization
// is …" is a person's statement about his body, never the body's.
func TestOwnBodyIsNotTheSpeaker(t *testing.T) {
	text := "Last week, the chairman of the board of Chabahar Free Trade–Industrial Zone Organization said his organization is in talks with foreign investors."
	for _, q := range Extract(corpus.Document{ID: "t", Text: text}) {
		if strings.Contains(q.Speaker, "Organization") {
			t.Errorf("%q given to %q, want no body", q.Text, q.Speaker)
		}
	}
}

// TestCitedAsSaying: words a report cites someone as saying are that
// one's, never the sentence subject's.
func TestCitedAsSaying(t *testing.T) {
	text := "The advisor, Mohammad Marandi, made the remarks in reaction to a Reuters report citing a U.S. official as claiming that Iran has dropped one of its demands in the talks."
	for _, q := range Extract(corpus.Document{ID: "t", Text: text}) {
		if q.Speaker == "Mohammad Marandi" {
			t.Errorf("%q given to %q, want no statement of his", q.Text, q.Speaker)
		}
	}
}

// TestInfinitiveAfter: "pledged to rejoin" states nothing; "insisted to
// the cameras", "said to reporters" are said to someone.
func TestInfinitiveAfter(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Biden has pledged to rejoin the deal", true},
		{"Trump had vowed to bring Iran to its knees", true},
		{"he vowed to discuss it", true},
		{"Sanders insisted to the gathered cameras", false},
		{"Dean proclaimed to a cheering crowd", false},
		{"she complained to reporters", false},
		{"he stressed to them", false},
		{"the minister said to be ready", false},
	} {
		toks := tokenize(tt.s)
		got := false
		for c := range toks {
			if cueVerbs[toks[c].s] && infinitiveAfter(toks, c) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("infinitiveAfter in %q = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestRoleFits(t *testing.T) {
	tests := []struct {
		role, desc string
		want       bool
	}{
		{"Iran's ambassador to Croatia", "diplomat", true},
		{"Leader's adviser on international affairs", "chief", false},
		{"Parliament's International Diplomacy faction head", "chief", true},
		{"chief of the Atomic Energy Organization of Iran", "nuclear chief", true},
		{"Iranian Judiciary Chief", "top judge", true},
		{"first counselor of Iran's mission to the UN", "iranian diplomat", true},
		{"Foreign Minister", "top judge", false},
		{"spokesman for the Atomic Energy Organization of Iran", "nuclear spokesman", true},
		{"Foreign Ministry spokesman", "nuclear spokesman", false},
		{"Minister of Defense", "defense chief", true},
		{"Hezbollah leader", "hezbollah chief", true},
		{"Hezbollah leader", "army chief", false},
		{"Professor", "american political expert", true},
		{"Foreign Minister", "political expert", false},
		{"Defence Minister", "defense minister", true},
		{"Army Commander", "top army official", true},
		{"Foreign Ministry spokesman", "spokesman", true},
		{"Foreign Ministry spokeswoman", "official", true},
		{"Hezbollah Secretary General Sayyed", "lebanese cleric", false},
		{"Ayatollah", "lebanese cleric", true},
		{"Health Minister", "defense chief", false},
		{"Foreign Minister", "top army official", false},
		{"Foreign Minister", "security chief", false},
		{"Russian Foreign Minister", "russia's foreign intelligence chief", false},
		{"Berlin State Interior Minister", "berlin’s top security official", false},
		{"secretary of the Supreme National Security Council", "senior security official", true},
		{"Iranian Foreign Minister", "foreign minister", true},
		{"analyst", "official", false},
		{"", "official", false},
		{"President", "", false},
		{"Iran's ambassador to Croatia", "iranian diplomat", true},
		{"Yemen's senior negotiator", "senior iranian diplomat", false},
		{"senior negotiator", "senior iranian diplomat", true},
		{"Turkish Foreign Minister", "turkish diplomat", true},
		{"Iraqi defense minister", "iran's defense minister", false},
		{"defense minister", "iran's defense minister", true},
		{"Qatari Assistant Foreign Minister", "foreign minister", false},
		{"Deputy Foreign Minister", "deputy foreign minister", true},
		{"former president", "president", false},
		{"Deputy Foreign Minister", "official", true},
		{"Iranian deputy foreign minister", "iranian diplomat", true},
		{"former ambassador", "diplomat", false},
	}
	for _, tt := range tests {
		if got := roleFits(tt.role, tt.desc); got != tt.want {
			t.Errorf("roleFits(%q, %q) = %v, want %v", tt.role, tt.desc, got, tt.want)
		}
	}
}

func TestNamesSomeone(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Mohammed al-Numani", true},
		{"Sanders campaign", true},
		{"Food and Drug Administration", true},
		{"spokesman", false},
		{"Ministry", false},
		{"Minister", false},
		{"the official", false},
		{"Twitter", false},
		{"He", false},
		{"Internet", false},
		{"Lawmakers", false},
		{"Emiratis", false},
		{"MPs", false},
		{"Declaration", false},
		{"D.", false},
		{"Law", true},
		{"FM", false},
		{"Fourth", false},
		{"Fifty-eight", false},
		{"Twenty", false},
		{"Black", false},
		{"Rather", false},
		{"Q", false},
		{"Province", false},
		{"Iranians", false},
		{"Reuters", true},
		{"Islam", false},
		{"Persian New Year", false},
		{"World Cup", false},
		{"Zionism", false},
		{"Bismarck", true},
		{"COVID-19", false},
		{"E3", true},
	}
	for _, tt := range tests {
		if got := namesSomeone(tt.name); got != tt.want {
			t.Errorf("namesSomeone(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMission(t *testing.T) {
	tests := []struct {
		np, name string
		place    bool
		ok       bool
	}{
		{"The Iranian embassy in Baku", "Iranian Embassy in Baku", true, true},
		{"Iran’s embassy in London", "Iran’s Embassy in London", true, true},
		{"the Iranian consulate in Istanbul", "Iranian Consulate in Istanbul", true, true},
		{"the Iranian embassy", "Iranian Embassy", false, true},
		{"the embassy", "", false, false},
		{"the embassy in London", "", false, false},
		{"the Iranian embassy in the city", "", false, false},
		{"the Iranian embassy staff", "", false, false},
		{"Iranian ambassador in Baku", "", false, false},
		{"the Iranian mission to the European Union", "Iranian Mission to the European Union", true, true},
		{"China’s permanent mission to the United Nations", "China’s Permanent Mission to the United Nations", true, true},
		{"the Iranian mission to the moon", "", false, false},
		{"the Iranian permanent representative", "", false, false},
	}
	for _, tt := range tests {
		name, place, ok := mission(tt.np)
		if name != tt.name || place != tt.place || ok != tt.ok {
			t.Errorf("mission(%q) = %q, %v, %v; want %q, %v, %v", tt.np, name, place, ok, tt.name, tt.place, tt.ok)
		}
	}
}

func TestRunInHeading(t *testing.T) {
	tests := []struct {
		before, inner, post string
		want                bool
	}{
		{"", "Defeated strategy", " The security chief also called …", true},
		{"", "Iran will respond,", " he said.", false},
		{"", "Iran will respond.", " The minister also said …", false},
		{"He said ", "Defeated strategy", " The security chief …", false},
		{"", "Defeated strategy", ", the chief said.", false},
		{"", "Defeated strategy", "", false},
	}
	for _, tt := range tests {
		if got := runInHeading(tt.before, tt.inner, tt.post); got != tt.want {
			t.Errorf("runInHeading(%q, %q, %q) = %v, want %v", tt.before, tt.inner, tt.post, got, tt.want)
		}
	}
}

func TestStateForce(t *testing.T) {
	tests := []struct {
		np, name string
		ok       bool
	}{
		{"The Israeli military", "Israeli Military", true},
		{"the Pakistani army", "Pakistani Army", true},
		{"Israeli police", "Israeli Police", true},
		{"the U.S. Navy", "U.S. Navy", true},
		{"the Yemeni armed forces", "Yemeni Armed Forces", true},
		{"the Zionist army", "", false},
		{"Iran’s army", "", false},
		{"the regime’s military", "", false},
		{"the Kurdish police", "", false},
		{"the Israeli military spokesman", "", false},
		{"the military", "", false},
	}
	for _, tt := range tests {
		name, ok := stateForce(tt.np)
		if name != tt.name || ok != tt.ok {
			t.Errorf("stateForce(%q) = %q, %v; want %q, %v", tt.np, name, ok, tt.name, tt.ok)
		}
	}
}

func TestIsCompoundAdjective(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Iran-Saudi", true},
		{"U.S.-Israeli", true},
		{"Saudi-led", true},
		{"American-brokered", true},
		{"Hebrew-language", true},
		{"Persian-speaking", true},
		{"Pro-Israel", true},
		{"Anti-American", true},
		{"Anti-Defamation", false},
		{"Amir-Abdollahian", false},
		{"Takht-e", false},
	}
	for _, tt := range tests {
		if got := isCompoundAdjective(tt.w); got != tt.want {
			t.Errorf("isCompoundAdjective(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestNPBefore(t *testing.T) {
	tests := []struct{ pre, want string }{
		// A body after "at" is where the described subject works.
		{"TEHRAN – The vice president for studies at the Carnegie Endowment for International Peace", "The vice president for studies at the Carnegie Endowment for International Peace"},
		// A "for" between capitalised words is inside a body's name.
		{"Jeffrey Lewis of the James Martin Center for Nonproliferation Studies", "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies"},
		// Not after a word that is no determiner at the start.
		{"Concerning this danger professor of law at the University of Detroit Mercy Khaled A. Beydoun", "the University of Detroit Mercy Khaled A. Beydoun"},
		{"a rally for Trump", "Trump"},
		// A relative clause with no commas is the name's before it.
		{"Amir-Pouya Rafiei-Shad who presides over Tehran province’s Tour and Travel Agencies Association", "Amir-Pouya Rafiei-Shad"},
		{"Foreign Minister Mohammad Javad Zarif who visited Baghdad on Sunday morning", "Foreign Minister Mohammad Javad Zarif"},
	}
	for _, tt := range tests {
		if got := npBefore(tt.pre, tokenize(tt.pre)); got.text != tt.want {
			t.Errorf("npBefore(%q) = %q, want %q", tt.pre, got.text, tt.want)
		}
	}
}

func TestIsPlaceNameLandforms(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Red Sea", true},
		{"Persian Gulf", true},
		{"Strait of Hormuz", true},
		{"Gulf of Aden", true},
		{"Celinda Lake", false},
		{"Gulf Cooperation Council", false},
	} {
		if got := isPlaceName(tt.name); got != tt.want {
			t.Errorf("isPlaceName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNPBeforeSkipsSpeechSetting(t *testing.T) {
	for _, tt := range []struct{ pre, want string }{
		{"The former Israeli chief of army staff Gadi Eisenkot in an interview to Sunday Times", "The former Israeli chief of army staff Gadi Eisenkot"},
		{"Russian Foreign Minister Sergey Lavrov, in a phone call with U.S. Secretary of State Mike Pompeo,", "Russian Foreign Minister Sergey Lavrov"},
		// No "in" opens the phrase: the name after "to" is the subject's.
		{"a speech to the United Nations", "the United Nations"},
	} {
		toks := tokenize(tt.pre)
		if toks[len(toks)-1].s == "," {
			toks = toks[:len(toks)-1]
		}
		if got := npBefore(tt.pre, dropAppositives(tt.pre, toks)); got.text != tt.want {
			t.Errorf("npBefore(%q) = %q, want %q", tt.pre, got.text, tt.want)
		}
	}
}

func TestNamesSomeoneHeadings(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Everything Is Calm", false},
		{"What Was Said", false},
		{"Naftali Bennett", true},
		{"Islamic Revolution Guards Corps", true},
	} {
		if got := namesSomeone(tt.name); got != tt.want {
			t.Errorf("namesSomeone(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestDemonymOfPlace(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Venezuelan", true},
		{"Cuban", true},
		{"Syrian", true},
		{"Tabrizi", false}, // a surname from a place
		{"Pashinian", false},
		{"Kanaani", false},
	} {
		if got := demonymOfPlace(tt.w); got != tt.want {
			t.Errorf("demonymOfPlace(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestOneEdit(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"jalazadeh", "jalalzadeh", true}, // a letter dropped
		{"zhoa", "zhao", true},            // two letters swapped
		{"levetin", "levitin", true},      // a letter changed
		{"sweeny", "sweeney", true},
		{"raisi", "rouhani", false},
		{"wang", "wang", false},
		{"khatibzadeh", "khtibzdeh", false}, // two letters dropped
	} {
		if got := oneEdit([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestNameCleaning checks the two repairs a name gets before it becomes
// an entity: a part written twice, and a word run into it from a title.
func TestNameCleaning(t *testing.T) {
	for _, tt := range []struct {
		f       func(string) string
		in, out string
	}{
		{cleanName, "Saeed Jalili Jalili", "Saeed Jalili"},
		{cleanName, "Hassan Rouhani Hassan Rouhani", "Hassan Rouhani"},
		{cleanName, "Hossein Amir Abdollahian Amir Abdollahian", "Hossein Amir Abdollahian"},
		{cleanName, "Qalibaf Mohammad Baqer Qalibaf", "Mohammad Baqer Qalibaf"},
		{cleanName, "Salehi Ali Akbar Salehi", "Ali Akbar Salehi"},
		{cleanName, "Boutros Boutros-Ghali", "Boutros Boutros-Ghali"},
		{cleanName, "Abbas Abbas", "Abbas Abbas"},
		{cleanName, "Mohammad Javad Zarif", "Mohammad Javad Zarif"},
		{dropLeadWord, "Electricity Homayoun Haeri", "Homayoun Haeri"},
		{dropLeadWord, "Petroleum Bijan Zanganeh", "Bijan Zanganeh"},
		{dropLeadWord, "Presidents Vladimir Putin", "Vladimir Putin"},
		{dropLeadWord, "Coordinator Ali Fadavi", "Ali Fadavi"},
		{dropLeadWord, "Everything Is Calm", "Everything Is Calm"},
		{dropLeadWord, "Sold On Trump", "Sold On Trump"},
		{dropLeadWord, "Mark Van Hollen", "Mark Van Hollen"},
		{dropLeadWord, "Homayoun Haeri", "Homayoun Haeri"},
		{dropLeadWord, "Foreign Ministry Saeed Khatibzadeh", "Saeed Khatibzadeh"},
		{dropLeadWord, "Iranian Foreign Ministry Saeed Khatibzadeh", "Saeed Khatibzadeh"},
		{dropLeadWord, "Eastern Mediterranean Richard Brennan", "Richard Brennan"},
		{dropLeadWord, "Mediterranean Richard Brennan", "Richard Brennan"},
		{dropLeadWord, "Jordan Richard", "Jordan Richard"},
		{dropLeadWord, "White House Press Secretary Josh Earnest", "White House Press Secretary Josh Earnest"},
	} {
		if got := tt.f(tt.in); got != tt.out {
			t.Errorf("%q -> %q, want %q", tt.in, got, tt.out)
		}
	}
}

// TestOriginAdjective checks the words taken for adjectives of origin:
// nouns for people that end the same way are none.
func TestOriginAdjective(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Iranian", true},
		{"Lebanese", true},
		{"Turkish", true},
		{"Physician", false},
		{"Politician", false},
		{"Journalist", false},
	} {
		if got := isOriginAdjective(tt.w); got != tt.want {
			t.Errorf("isOriginAdjective(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestDropAppositivesRelativeQuotes checks that a relative clause set off
// by commas goes whole, with the verb of speech and the words it quotes,
// so that the sentence's subject meets its verb.
func TestDropAppositivesRelativeQuotes(t *testing.T) {
	for _, tt := range []struct{ pre, want string }{
		{`The dossier, which has been described by Prime Minister Scott Morrison as a "work of hate", praised Trump as `, "The dossier praised Trump as"},
		{"The ministry, which Abbas Mousavi heads, said ", "The ministry said"},
		{"Zarif, who said “no”, was asked ", "Zarif , was asked"},
	} {
		var ws []string
		for _, tk := range dropAppositives(tt.pre, tokenize(tt.pre)) {
			ws = append(ws, tk.s)
		}
		if got := strings.Join(ws, " "); got != tt.want {
			t.Errorf("dropAppositives(%q) = %q, want %q", tt.pre, got, tt.want)
		}
	}
}

func TestCollectNPTitleWithAnd(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Transport and Urban Development Minister, Mohammad Eslami, ", "Transport and Urban Development Minister"},
		{"Food and Drug Administration officials said", "Food and Drug Administration officials"},
		{"Trump and Clinton said", "Trump"},
		{"Trump and Secretary Clinton said", "Trump"},
		{"Iran and Prime Minister Modi", "Iran"},
		{"Zarif and Foreign Minister Lavrov", "Zarif"},
	} {
		if got := collectNP(tt.in, tokenize(tt.in)).text; got != tt.want {
			t.Errorf("collectNP(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindMentionsPlaceWithTitleWord(t *testing.T) {
	for _, tt := range []struct{ in, name, title string }{
		{"Saudi Arabia has described the claims", "Saudi Arabia", ""},
		{"South Korea said", "South Korea", ""},
		{"Saudi Foreign Minister Faisal bin Farhan said", "Faisal bin Farhan", "Saudi Foreign Minister"},
	} {
		ms := findMentions(tt.in)
		if len(ms) == 0 || ms[0].name != tt.name || ms[0].title != tt.title {
			t.Errorf("findMentions(%q) = %+v, want name %q, title %q first", tt.in, ms, tt.name, tt.title)
		}
	}
}

// TestFindMentionsLastName checks the name the last mention of a run
// gives: leads, places and bodies' names with "and" or a word in -ing.
func TestFindMentionsLastName(t *testing.T) {
	for _, tt := range []struct{ in, name string }{
		{"the Middle East Eye reported that", "Middle East Eye"},
		{"No. If Trump wins, we lose", "Trump"},
		{"Mr. King added", "King"},
		{"ambassador to London Hamid Baeidinejad said", "Hamid Baeidinejad"},
		{"the Planning and Budget Organization said", "Planning and Budget Organization"},
		{"Speaking to reporters, Zarif said", "Zarif"},
	} {
		ms := findMentions(tt.in)
		if len(ms) == 0 || ms[len(ms)-1].name != tt.name {
			t.Errorf("findMentions(%q) = %+v, want %q last", tt.in, ms, tt.name)
		}
	}
}

// TestFirstSubjectNamedClause checks that a determiner and a name with
// its own verb before a comma are the clause's subject, while an
// opening phrase, a passive and a place are read past.
func TestFirstSubjectNamedClause(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Islamic Jihad movement has also threatened the regime, saying that ", "Islamic Jihad"},
		{"The Islamic Jihad movement also threatened the regime, saying that ", "Islamic Jihad"},
		{"The next day, Zarif said that ", "Zarif"},
		{"The ministry has also warned Israel, saying that ", ""},
		{"The MoU was inked by Ali Shalbafian, saying that ", ""},
		{"The South China Sea has become a flashpoint, Carter said that ", "Carter"},
	}
	for _, tt := range tests {
		if got := firstSubject(tt.text, dropAppositives(tt.text, tokenize(tt.text))); got.text != tt.want {
			t.Errorf("firstSubject(%q) = %q, want %q", tt.text, got.text, tt.want)
		}
	}
}
