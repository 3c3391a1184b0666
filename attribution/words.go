package attribution

import (
	_ "embed"
	"strings"
)

// This file holds the word lists that attribution uses. They are general
// English news usage: reporting verbs, titles, organisation nouns,
// function words. None of them names a person of any corpus.

// commonWords are words that news writes in lower case far more often
// than capitalised inside a sentence ("recent", "accusing", "evidence").
// A capitalised one that opens a sentence is that word, not a name,
// unless the article also capitalises it mid-sentence. The list is
// generated from the corpora by ./internal/genlexicon (see its doc), the
// project's gold articles left out.
//
//go:generate go run ./internal/genlexicon -gold ../internal/eval/testdata/tehrantimes -out common_words.txt ../../shared/corpora/tehran-times/articles ../../shared/corpora/polnear-2016/articles
//go:embed common_words.txt
var commonWordsText string

var commonWords = set(commonWordsText)

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// cueVerbs are the reporting verbs that introduce or follow a quote, in
// every form that news text uses them.
var cueVerbs = set(`
said says say saying
told tells tell telling
added adds add adding
noted notes noting
continued continues continuing
stressed stresses stressing
tweeted tweets tweeting
wrote writes writing
stated states stating
declared declares declaring
announced announces announcing
explained explains explaining
insisted insists insisting
warned warns warning
emphasized emphasizes emphasised emphasises emphasizing emphasising
asserted asserts asserting
argued argues arguing
claimed claims claiming
reiterated reiterates reiterating
confirmed confirms confirming
acknowledged acknowledges acknowledging
admitted admits admitting
asked asks asking
answered answers answering
replied replies replying
responded responds responding
recalled recalls recalling
remarked remarks
observed observes
suggested suggests suggesting
concluded concludes concluding
reported reports reporting
posted posts
quipped quips
joked jokes
complained complains complaining
urged urges urging
maintained maintains maintaining
predicted predicts predicting
promised promises promising
pledged pledges pledging
vowed vows vowing
described describes describing
underlined underlines underlining
underscored underscores underscoring
recounted recounts
mentioned mentions
cautioned cautions cautioning
lamented laments
boasted boasts
conceded concedes
countered counters
charged charges
alleged alleges
hinted hints hinting
indicated indicates indicating
affirmed affirms affirming
reaffirmed reaffirms
proclaimed proclaims
disclosed discloses
revealed reveals
informed informs
tells
opined
retorted
shot fired hit
read reads
shouted
sings sang chanted chants
yelled
exclaimed
whispered
pointed
went
labelled labeled labelling labeling
called calling calls
dubbed dubbing
branded branding
criticized criticizes criticised criticises criticizing criticising
slammed slams blasted blasts denounced denounces condemned condemns
dismissed dismisses mocked mocks likened likens praised praises hailed hails
accused accuses exhorted exhorts characterized characterizes characterised
derided derides lambasted lambasts attacked attacks decried decries
welcomed welcomes rejected rejects defended defends
barked beamed snapped scoffed mused interjected repeated sighed gushed
laughed cried demanded demands agreed agrees disagreed disagrees
highlighted commented regretted reminded assured
clarified elaborated elaborates admonished exulted averred opines
remembered remembers confessed fumed screeched twitted
`)

// reportVerbs introduce reported speech without quotation marks ("X
// said that ..."). They are the cue verbs that report a statement
// rather than a manner of speaking or a call to act.
var reportVerbs = set(`
said says stated states told tells added adds noted notes stressed stresses
mentioned mentions
declared declares announced announces explained explains insisted insists
warned warns emphasized emphasizes emphasised emphasises asserted asserts
argued argues claimed claims reiterated reiterates confirmed confirms
acknowledged acknowledges admitted admits suggested suggests concluded
concludes maintained maintains predicted predicts promised promises pledged
pledges vowed vows underlined underlines underscored underscores
cautioned cautions conceded concedes alleged alleges affirmed affirms
reaffirmed reaffirms revealed reveals disclosed discloses tweeted wrote
called urged urges stating saying noting adding insisting arguing claiming
warning stressing emphasizing emphasising asserting declaring explaining
highlighted clarified commented assured
`)

// pronouns that can stand for a speaker.
var speakerPronouns = set(`he she they it who we`)

// titleWords are capitalised words of titles that precede a name
// ("Foreign Minister", "Supreme Leader", "Sen.").
var titleWords = set(`
President Vice Prime Minister Ministers Foreign Deputy Supreme Leader Speaker Diplomacy
Investment Planning Housing Transport Transportation Mines Welfare Sports Youth Tourism FM PM
Rapporteur
Spokesman Spokeswoman Spokesperson Secretary General Commander Ambassador
Envoy Senator Sen. Rep. Representative Gov. Governor Mayor Chief Director
Chairman Chairwoman Chair Head Judge Justice Ayatollah Grand Sheikh Sheik
King Queen Prince Princess Crown Emir Sultan Chancellor Pope Dr. Mr. Mrs.
Ms. Miss Lt. Col. Gen. Brig. Maj. Capt. Adm. Sgt. Admiral Major Colonel
Captain Lieutenant Brigadier Officer MP Lawmaker High Affairs Political
Economic Military Defense Defence Interior Finance Oil Health Intelligence
Security National Parliamentary Parliament Assistant Advisor Adviser
Counselor Counsellor Councilor Councillor Attorney Commissioner Professor Prof. Rev. Reverend
Hojatoleslam Hojjatoleslam Mullah Imam Cardinal Bishop Archbishop Marshal
Executive Vice-President Presidential Candidate Nominee Lord Lady Sir Dame
Excellency Majesty Highness Mr Mrs Ms Dr Former Acting Interim Chief-of-Staff
Spokesmen Treasury Trade Energy Culture Education Justice Labor Labour Roads
Agriculture Communications Industry Commerce Economy Economic Environment
Intelligence Legal International Consular Parliamentary Strategic Diplomatic
State Federal Regional Provincial Senior Top Special Permanent US U.S. UN U.N.
EU E.U. UK U.K. Iranian Iran's Turkish Turkey's French German British
American Russian Chinese Indian Iraqi Syrian Saudi Israeli Lebanese Qatari
Emirati Omani Pakistani Afghan Azerbaijani Armenian Egyptian Jordanian
Kuwaiti Bahraini Yemeni Brazilian South African European Japanese Korean
Italian Spanish Dutch Belgian Swedish Norwegian Polish Ukrainian Greek
Cypriot Hungarian Austrian Swiss Canadian Australian Republican Democratic
Democrat Reformist Principlist Conservative Liberal Labour Green Socialist
Kurdish Palestinian Hamas Hezbollah
Development Rights Policy Technology Handicrafts Tourism Heritage Relations
Revolution Islamic Cultural Urban Roads Affairs Communications Information
Secretary-General Director-General Brigadier-General Rear-Admiral Vice-Admiral
Major-General Lieutenant-General Attorney-General Western Eastern Arab Muslim
Jewish Shiite Sunni Del. Delegate
`)

// honorifics are forms of address, not roles.
var honorifics = set(`Mr. Mrs. Ms. Mr Mrs Ms Miss Dr. Dr Ayatollah Grand Sheikh Sheik
Hojatoleslam Hojjatoleslam Sir Dame Lord Lady Excellency Seyyed Sayyid Imam
Mullah Rev. Reverend Hon.`)

// orgWords mark a capitalised run as an organisation, an outlet or a
// body rather than a person.
var orgWords = set(`
Council Ministry Parliament Union Agency Organization Organisation Corps Aviation
Committee Commission Office Government Party News Times Post Journal Press
Media TV Television Radio Bank Fund Company Inc. Inc Corp. Corp Group
Association Institute University Court Assembly Majlis Duma Knesset Bundestag
Rada Sejm Riksdag Storting Army Navy Force Forces
Guard Guards Department Administration Foundation Network Channel Daily
Tribune Herald Gazette Telegraph Guardian Observer Review Magazine Broadcasting
Service Services Center Centre Embassy Mission Secretariat Cabinet Senate Prosecution
House Congress Coalition Alliance Front Movement Federation League Society
Board Authority Directorate Headquarters Staff Police Judiciary Chamber
Republic Kingdom Emirates States Nations Organisation Bureau Studio Studios
Airlines Airways Railways Railway Empire Caliphate Dynasty Reuters AFP AP IRNA ISNA Tasnim Fars Mehr Xinhua TASS
Bloomberg CNN BBC NBC CBS ABC Fox MSNBC NPR Politico Breitbart HuffPost
Anadolu Axios Facebook Twitter Telegram Instagram YouTube Hamas Hezbollah
Taliban NATO IAEA OPEC BRICS SCO ECO GCC OIC UN EU FBI CIA NSA DNC RNC
Pentagon Kremlin Watch Fleet Division Brigade Regiment Battalion Squadron
Command Jazeera Arabiya Mayadeen Sputnik Ynet Haaretz WAM SPA KUNA QNA
Rudaw Shafaqna Nournews IRIB Kayhan Interfax RIA Novosti Yonhap Kyodo NHK
Asharq Ahram Hurriyet Sabah Almanar Manar Trend Pravda Izvestia Walla
Asaib Kataib Harakat Hizb Jaysh Saraya Hashd Jabhat Ansarallah
`)

// orgNouns are lower-case nouns that, after a name, make it an outlet or
// body ("the Kayhan newspaper", "the Tasnim news agency").
var orgNouns = set(`
newspaper daily paper agency ministry channel outlet website network
broadcaster magazine weekly organization organisation group party council
committee office government company firm bank movement coalition
`)

// places are capitalised names that are places, which speak only by
// metonymy ("Tehran said"). They make organisation speakers.
var places = set(`
Trinidad Tobago Bosnia Herzegovina Antigua Barbuda Nevis Grenadines Principe Príncipe
Iran Tehran Washington America US U.S. USA United Israel Tel Aviv Jerusalem
Gaza Lebanon Beirut Syria Damascus Iraq Baghdad Turkey Ankara Istanbul Russia
Moscow China Beijing India Delhi Pakistan Islamabad Afghanistan Kabul Saudi
Arabia Riyadh Qatar Doha Oman Muscat Yemen Sanaa Sana'a Sana’a Bahrain Kuwait Emirates UAE
Abu Dhabi Dubai Egypt Cairo Jordan Amman Europe Brussels France Paris Germany
Berlin Britain London UK U.K. England Italy Rome Spain Madrid Vienna Austria
Geneva Switzerland Brazil Brasilia Africa Japan Tokyo Korea Seoul Azerbaijan
Baku Armenia Yerevan Caucasus Asia Mideast Middle East West Persian Gulf
Strait Hormuz Kurdistan Erbil Natanz Fordow Karaj Mashhad Isfahan Tabriz
Shiraz Venezuela Cuba Canada Mexico Ukraine Kyiv Kiev Greece Cyprus Sweden
Norway Poland Hungary Netherlands Belgium Australia Indonesia Malaysia
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana
Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma
Oregon Pennsylvania Rhode Island Tennessee Texas Utah Vermont Virginia
Wisconsin Wyoming Chicago Philadelphia Boston Phoenix Atlanta Houston Dallas
States Kingdom North South East New Palestine Ramallah Libya Tripoli Sudan
Khartoum Tunisia Algeria Morocco Nigeria Ethiopia Somalia Turkmenistan
Ashgabat Uzbekistan Tashkent Tajikistan Dushanbe Kazakhstan Astana Kyrgyzstan
Bishkek Georgia Tbilisi Belarus Minsk Serbia Belgrade Bosnia Croatia Zagreb
Bulgaria Romania Portugal Lisbon Denmark Finland Ireland Argentina Chile
Bolivia Colombia Peru Nicaragua Thailand Vietnam Philippines Singapore
Bangladesh Dhaka Sri Lanka Nepal Myanmar Herat Kandahar Basra Najaf Karbala
Mediterranean Pacific Atlantic Balkans Levant Aleppo Idlib Homs Latakia Hodeidah Aden Marib Qom Ahvaz Kerman Bushehr
Chabahar Bandar Zahedan Hamedan Kermanshah Urmia Rasht Yazd
Sistan-Baluchestan Sistan Baluchestan Khuzestan Golestan Mazandaran Gilan
Khorasan Hormozgan Lorestan Qazvin Semnan Zanjan Alborz Ardabil Kashmir Jammu Srinagar Nimroz Helmand Hirmand Balkh Badakhshan Nangarhar Kunduz Ghazni Jalalabad Sacramento Seattle Denver Miami Orlando Tampa Detroit Cleveland Columbus
Cincinnati Pittsburgh Baltimore Milwaukee Minneapolis Raleigh Charlotte Nashville
Memphis Louisville Indianapolis Austin Antonio Diego Francisco Angeles Vegas
Portland Albuquerque Tucson Omaha Richmond Charleston Des Moines Manchester
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md.
Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D.
Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. W.Va. Wis. Wyo. D.C.
Albania Andorra Angola Bahamas Barbados Belize Benin Bhutan Botswana Brunei
Burkina Faso Burundi Cambodia Cameroon Comoros Congo Djibouti Dominica
Ecuador Eritrea Estonia Eswatini Fiji Gabon Gambia Ghana Grenada Guatemala
Guinea Guyana Haiti Honduras Iceland Jamaica Kenya Kiribati Kosovo Laos
Latvia Lesotho Liberia Liechtenstein Lithuania Luxembourg Madagascar Malawi
Maldives Mali Malta Mauritania Mauritius Moldova Monaco Mongolia Montenegro
Mozambique Namibia Nauru Zealand Niger Palau Panama Paraguay Rwanda Samoa
Senegal Seychelles Sierra Leone Slovakia Slovenia Suriname Taiwan Tanzania
Togo Tonga Tuvalu Uganda Uruguay Vanuatu Zambia Zimbabwe
Nairobi Kampala Addis Ababa Caracas Havana Managua Bogota Lima Quito Warsaw
Prague Budapest Bucharest Athens Oslo Stockholm Helsinki Copenhagen Dublin
Amsterdam Bern Ottawa Canberra Jakarta Kuala Lumpur Manila Hanoi Bangkok
Kathmandu Colombo Lahore Karachi Peshawar Quetta Mumbai Kolkata Chennai
Shanghai Pyongyang Taipei Ulaanbaatar Vilnius Riga Tallinn Chisinau Sarajevo
Skopje Tirana Ljubljana Bratislava Nicosia Valletta Tunis Rabat Algiers
Niamey Bamako Dakar Accra Abuja Lagos Kinshasa Luanda Harare Lusaka Pretoria
Johannesburg Mogadishu Asmara Juba Mosul Kirkuk Sulaymaniyah Fallujah Ramadi
Raqqa Daraa Hama Tartus Sidon Nablus Jenin Hebron Rafah Haifa Eilat
`)

// stateNames are the formal names of states, which speak only by
// metonymy as their capitals do.
var stateNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, n := range strings.Split("Islamic Republic,Islamic Republic of Iran,Kingdom of Saudi Arabia,Russian Federation,People's Republic of China,Republic of Azerbaijan,Republic of Turkey,Republic of Iraq,Syrian Arab Republic", ",") {
		m[n] = true
	}
	return m
}()

// documents are agreements, plans and laws: named things that never
// speak ("the JCPOA says" is its text, read by someone).
var documentHeads = set(`War Convention Conventions Plan Agreement Accord Accords Treaty Deal Resolution Charter Act Law Constitution Protocol Statute Memorandum Declaration Framework`)

// nonSpeakers are words that say where words appeared or what they were
// about, never who said them: platforms ("wrote on Twitter"), the
// Internet and the pandemic; pronouns, which a name never is; and
// evidence that "shows" something ("Statistics show that …").
var nonSpeakers = set(`Twitter Instagram Facebook Telegram YouTube WhatsApp TikTok COVID-19 Covid-19 COVID Covid Coronavirus Internet He She It They We I You
Statistics Figures Data Reports Studies Surveys Polls Estimates Results Findings Documents Records Numbers
Christmas Nowruz Olympics`)

// events are days and contests that a text quotes messages "of" or
// slogans "for", never a speaker; a name that ends with one is the
// event ("Persian New Year").
var events = []string{"New Year", "World Cup", "Christmas", "Nowruz", "Olympics"}

// documentWords are documents named by one word ("the Declaration");
// "Law", "Deal" or "Plan" alone may be a surname.
var documentWords = set(`Declaration Agreement Accord Accords Treaty Resolution Charter Constitution Protocol Memorandum Statute`)

// documentNames are documents known by an acronym.
var documentNames = set(`JCPOA NPT CTBT UNSCR`)

// leadWords are capitalised words that begin sentences but never names.
var leadWords = set(`
The A An In On At But And Or However While Although Though This These That
Those It He She They We I You His Her Their Its Our My Your After Before
During Despite Since As If When Where Asked Speaking According Last Earlier
Later Now Some Many Several Such Both Other Meanwhile Also So Yet Still Then
There Here What Who Why How Whether Each Every No Not Neither Nor For From
With Without By Under Over To Of Into Upon Among Between Through Once Even
Only Just Because Unlike Like Following Amid Amidst Regarding Concerning In
Elsewhere Instead Otherwise Furthermore Moreover Additionally Indeed Thus
Perhaps Maybe Hence Therefore Nevertheless Nonetheless However Besides Finally Initially
Soon Wait Reached Multiple Meantime Likewise Hours Horrified Hastily Couple Beyond
Ask One Hopefully Clearly Certainly Unfortunately Fortunately Obviously Apparently
Eventually Ultimately Originally Previously Recently Currently Notably Importantly
Interestingly Frankly Honestly Basically Essentially Overall Together Alone Already
Again Either Few Most Much More Less Others Another Everyone Everybody Nobody
Somebody Someone Anyone Anybody Nothing Something Everything Anything
Hence Therefore Accordingly Nevertheless Nonetheless Notably Mr Mrs Ms
Today Yesterday Tomorrow Tonight Please Yes Thanks Thank Let Don't Do Does
Did Is Are Was Were Will Would Should Could Can May Might Must Shall Has Have
Had Being Been Be Sources Officials Analysts Critics Experts Observers
Reporters Witnesses Residents Supporters Opponents Others Some Most All
Any Much More Less Few Several Two Three Four Five Ten Hundreds Thousands
Millions Dozens Both Either Whoever Whatever Wherever Whenever Which Whose
Whom Al Mistrust Back Rather Long First Second Third Fourth Fifth Sixth Seventh
Eighth Ninth Tenth Last Next Finally Moreover Furthermore Besides Instead
`)

// weekdays and months are capitalised but name no one.
var calendarWords = set(`
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Jan
Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug.
Sep. Sept. Oct. Nov. Dec.
`)

// roleNouns are lower-case words of roles and descriptions before or
// after a name ("reformist commentator", "the spokesman").
var roleNouns = set(`
spokesman spokeswoman spokesperson minister president leader speaker
commentator fellow analyst politician lawmaker legislator senator representative
governor mayor official diplomat envoy ambassador advisor adviser aide
chief head director chairman chairwoman commander general cleric activist
lawyer attorney judge prosecutor economist expert professor scholar
researcher journalist editor columnist reporter correspondent writer author
candidate nominee campaign manager strategist secretary deputy member MP
negotiator mediator chancellor premier king queen prince emir sultan
councilor councillor counselor
ayatollah imam cleric founder ceo executive officer owner chair host
commander-in-chief laureate campaigner organizer organiser protester
student teacher doctor physician scientist engineer mufti rabbi pastor
pope bishop president-elect vice-president congressman congresswoman
councilman councilwoman lieutenant colonel captain sergeant admiral
rapporteur commissioner coordinator undersecretary chairperson inspector
consul secretary-general director-general
patriarch archbishop cardinal priest
photojournalist
`)

// roleModifiers may stand before a role noun ("senior", "former").
var roleModifiers = set(`
senior former top chief deputy leading prominent veteran moderate hardline
hard-line hardliner ultra-hardliner reformist conservative principlist
liberal progressive republican democratic outspoken influential powerful
political military religious foreign domestic economic security
intelligence national regional local state federal presidential
parliamentary judicial acting interim longtime long-time retired new
incoming outgoing then-president then fellow close key
`)

// portfolios name a ministry's or a department's field in lower case
// before a role noun ("the deputy interior minister", "the tourism
// chief"). They belong to the description, but unlike roleModifiers a
// role must say them to fit it: the health minister is not the tourism
// minister.
var portfolios = set(`interior defense defence health oil finance economy education culture
agriculture energy justice labor labour trade industry commerce roads
transport housing welfare sports youth tourism environment communications
foreign policy nuclear intelligence security petroleum`)

// describing reports whether the lower-case word lw may stand in a
// description before its role noun: a modifier or a portfolio.
func describing(lw string) bool { return roleModifiers[lw] || portfolios[lw] }

// anonymous descriptions are speakers whom the text does not name.
var anonymousHeads = set(`
source sources official officials person people insider insiders analyst
analysts observer observers expert experts critic critics witness
witnesses resident residents diplomat diplomats aide aides someone
spokesperson
`)

// genericBodies are organisation words that, alone, describe a body
// rather than name it ("state TV said", "the Ministry said").
var genericBodies = set(`
TV Television Radio Media News Press Channel Network Daily Ministry Council
Agency Organization Organisation Committee Commission Office Government
Party Bank Fund Company Group Association Institute University Court Army
Force Forces Department Administration Foundation Service Services Center
Centre Embassy Mission Board Authority Police Staff Headquarters Directorate
Coalition Alliance Front Movement Federation League Society Union Corps
Guard Guards Navy Assembly Chamber Bureau Republic Kingdom States Nations
Province County District Governorate
`)

// roleClasses are, for a description's head noun, the role words of
// the people it may stand for: "the diplomat" is an ambassador, "the
// official" any office holder, "the defense chief" a defense minister,
// "the Hezbollah chief" its leader.
// A word matches at the start of a role word ("spokes" matches
// "spokesman" and "spokeswoman").
var roleClasses = map[string][]string{
	"diplomat":        {"diplomat", "ambassador", "envoy", "consul", "charg", "negotiator", "foreign minister", "foreign ministry spokes", "permanent representative", "counsel", "attach"},
	"judge":           {"judge", "judiciary", "chief justice"},
	"envoy":           {"envoy", "ambassador", "representative"},
	"ambassador":      {"ambassador", "envoy"},
	"official":        {"official", "minister", "spokes", "director", "governor", "head", "chief", "deputy", "secretary", "commander", "ambassador", "envoy", "president", "chairman", "chairwoman", "advis", "aide", "mayor", "representative", "undersecretary", "manager", "administrator", "general", "officer"},
	"cleric":          {"cleric", "ayatollah", "hojatoleslam", "hojjatoleslam", "imam", "sheikh", "mufti", "prayer leader", "religious scholar"},
	"commander":       {"commander", "general", "admiral", "chief of staff"},
	"general":         {"general", "commander"},
	"chief":           {"chief", "head", "leader", "minister", "director", "commander", "secretary-general", "secretary general", "director-general", "director general"},
	"lawmaker":        {"lawmaker", "mp", "legislator", "parliamentarian", "member of parliament", "senator", "congress", "representative", "majlis", "parliament"},
	"legislator":      {"lawmaker", "mp", "legislator", "parliamentarian", "member of parliament", "senator", "congress", "representative", "majlis", "parliament"},
	"parliamentarian": {"lawmaker", "mp", "legislator", "parliamentarian", "member of parliament", "majlis", "parliament"},
	"mp":              {"lawmaker", "mp", "legislator", "parliamentarian", "member of parliament", "majlis", "parliament"},
	"spokesman":       {"spokes"},
	"spokeswoman":     {"spokes"},
	"spokesperson":    {"spokes"},
	"negotiator":      {"negotiator", "envoy", "deputy foreign minister"},
	"premier":         {"premier", "prime minister", "prime-minister"},
	"analyst":         {"analyst", "expert", "commentator", "scholar", "researcher", "professor", "fellow"},
	"expert":          {"expert", "analyst", "specialist", "scholar", "researcher", "fellow", "professor"},
}

// ownedBodies are bodies named by whom they serve, after a possessive
// ("Sanders' campaign", "Trump's administration").
var ownedBodies = set(`campaign administration team`)

// labelledBodies are bodies a person's name labels before them ("the
// Trump administration", "the Raisi government").
var labelledBodies = set(`campaign administration team government cabinet`)

// labelledBody reports whether name is a body a person's name labels:
// "Trump administration".
func labelledBody(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && labelledBodies[name[i+1:]]
}

// determiners start descriptions ("the spokesman", "a Telegram channel").
var determiners = set(`the a an this that these those another one two three`)

// abbreviations end with a period that does not end a sentence.
var abbreviations = set(`
Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Lt. Col. Capt. Adm. Maj. Brig. Sgt.
St. Jr. Sr. Prof. Rev. Hon. Gen. No. vs. Inc. Corp. Co. Ltd. Jan. Feb. Mar.
Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. a.m. p.m. U.S. U.N. U.K. E.U.
e.g. i.e. etc. approx. est. Mt. Ft. Ave. Blvd. Dept. Univ. Pres. D.C. Del.
`)
