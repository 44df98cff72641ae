"""Generic vocabulary the rules rely on: never names of companies or people.

Entities are found from the text itself (capitalisation, corporate suffixes, descriptors,
titles, apposition). These lists only say which capitalised words are *not* entities
(sentence openers, months, titles, nationalities, well-known places) and which lowercase
words signal an organisation or a person nearby.
"""

from __future__ import annotations

# Capitalised words that start sentences or headings but are never (part of) a name.
STOP_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those there here it its it's he she his her him they them their
    we our us i you your my me who whom whose which what when where why how while whereas if
    in on at by for from with without into onto of to as and but or nor so yet also still
    after before since until upon during under over about above below between among amid against
    according meanwhile earlier later previously recently currently now then today tonight
    despite unless whether including following like unlike via through across within beyond
    tomorrow yesterday however moreover furthermore besides instead although though because
    elsewhere separately similarly additionally likewise conversely nonetheless nevertheless notably
    specifically subsequently ultimately eventually initially overall altogether
    once both either neither each every all any some many most more much few several other less fewer
    another such no not none only even just already again first second third finally
    last next existing former current early late
    analysts investors shares executives officials sources people experts lawyers regulators
    companies startups firms developers researchers engineers observers insiders critics
    industry market markets money deals deal people talent exit rumor rumour rumors rumours speculation
    talk chatter discussion discussions
    reports days weeks months years hours
    welcome thanks happy turns here's that's it's we're we'll don't didn't isn't wasn't
    said says say told according reported reportedly
    chief head senior vice executive managing director president chairman chairwoman
    co-founder cofounder founder founders ceo cto cfo coo cso cpo cmo cio evp svp vp
    mr mrs ms dr prof professor sir dame lord
    maj-gen lt-gen lt-col brig-gen maj-general lt-general brig-general rear-adm vice-adm rear-admiral vice-admiral
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    q1 q2 q3 q4 h1 h2 fy
    series round seed
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands dozens dozen million millions billion billions
    breaking update exclusive analysis opinion editorial correction note disclosure
    photo photos image images video caption credit file
    mostly some big small also then though still
    raises raised acquires acquired buys bought secures secured nabs bags snaps agrees completes
    """.split()
) | frozenset(  # pronouns with a contracted verb ("They'd", "You've", "It'll", "I'm")
    p + q + c
    for p in "i you he she it we they that there who what".split()
    for q in "'’"
    for c in ("d", "ve", "ll", "re", "m", "s")
)

# Generic acronyms and words that are not names when they stand alone ("AI", "IPO"), but
# may be part of one ("Velmar AI", "AI Orbis").
SOLO_STOP_WORDS: frozenset[str] = frozenset(
    """
    ai llm llms gpu gpus cpu npu npus api apis ipo it vc vcs ev evs ml nlp agi saas iot ar vr ic ics
    sme smes kpi ceos ctos b2b b2c r&d m&a pc pcs os hr pr esg gdp genai
    usd eur gbp jpy cny rmb krw inr sgd hkd aed us uk eu un
    ipos ico icos spac spacs edtech fintech healthtech insurtech proptech agritech deeptech
    cleantech climatetech foodtech legaltech regtech city offeror purchaser bidder tender offer
    pre-a pre-a+ pre-b pre-b+ pre-c
    euro euros dollar dollars yen yuan renminbi rupee rupees rupiah pound pounds sterling franc francs
    ringgit baht peso pesos dirham dirhams riyal riyals rand lira shekel shekels krona kronor krone
    naira
    internet web
    """.split()
)

# A percentage's sign or word after its figure ("22%", "22 per cent", "22 percent", wire copy's
# "22 pct"), as a regular expression.
PERCENT = r"(?:%|per\s?cent|percent|pct\b)"

# Multi-word verbs of leaving ("has given up the CEO post", "called time on her stint"): stems
# the trigger scan flags a sentence by and the departure rules' cheap gate looks for.
PHRASAL_LEAVE_STEMS: tuple[str, ...] = (
    "called time",
    "calls time",
    "calling time",
    "gave up",
    "given up",
    "give up",
    "gives up",
    "giving up",
    "stopped working",
    "stops working",
    "way out",
    "his notice",
    "her notice",
    "their notice",
    "gone",
    "is out",
    "are out",
    "was out",
    "were out",
    "step back",
    "steps back",
    "stepped back",
    "stepping back",
    "for the exit",
    "vacat",
    "jumped ship",
    "jumps ship",
    "jumping ship",
    "it a day",
    "axed",
    "axing",
)

# Last words that mark a name as an organisation ("Velmar AI", "Quist Capital").
ORG_SUFFIXES: frozenset[str] = frozenset(
    """
    ai labs lab technologies technology tech intelligence robotics systems capital ventures
    partners group holdings holding inc inc. ltd ltd. llc corp corp. corporation company co co.
    gmbh ag sa se plc bv nv kk pte limited fund funds bank networks software bio biotech
    therapeutics motors telecom telecommunications electronics semiconductor semiconductors
    platforms security compute computing bots agents mobility logistics pharma finance
    financial investments investment management associates alternatives authority foundation
    institute university cloud data digital dynamics analytics energy health media studios
    games interactive industries industrial solutions automotive airlines entertainment
    microsystems devices instruments innovations innovation research machines
    robotics. growth global international worldwide enterprises holdings. trust advisors
    advisers equity investors angels vc securities markets exchange insurance aerospace
    chips foods brands retail services service works studio network automation quantum
    vision sciences science medical labs. mobile jsc bhd tbk pty oyj
    alliance federation consortium coalition society
    air airways airlines aviation rail railways shipping paper steel chemicals payments pay collective
    apparel fashion beverages pharmaceuticals
    academy laboratory laboratories school college council ministry agency commission association
    society federation centre center hospital clinic consulting consultancy
    """.split()
)

# Last words of a publication's name ("The Harbour Times", "Quill Street Journal"): an outlet
# is an organisation, never a person who could leave a job.
MEDIA_WORDS: frozenset[str] = frozenset(
    "times journal herald tribune gazette chronicle telegraph economist post news daily weekly "
    "magazine wire newswire radio television tv broadcasting review observer monitor courier reporter insider".split()
)

# Lowercase nouns that introduce an organisation name ("chatbot maker X", "rival X").
ORG_DESCRIPTOR_NOUNS: tuple[str, ...] = (
    "startup",
    "start-up",
    "upstart",
    "company",
    "companies",
    "firm",
    "maker",
    "makers",
    "developer",
    "designer",
    "provider",
    "platform",
    "group",
    "giant",
    "major",
    "chipmaker",
    "carmaker",
    "automaker",
    "drugmaker",
    "investor",
    "investors",
    "backer",
    "backers",
    "shareholder",
    "rival",
    "rivals",
    "unit",
    "subsidiary",
    "affiliate",
    "supplier",
    "conglomerate",
    "carrier",
    "operator",
    "fund",
    "bank",
    "lender",
    "insurer",
    "manufacturer",
    "retailer",
    "outfit",
    "recycler",
    "aggregator",
    "distributor",
    "publisher",
    "unicorn",
    "decacorn",
    "soonicorn",
    "specialist",
    "leader",
    "pioneer",
    "player",
    "vendor",
    "conglomerate",
    "newcomer",
    "parent",
    "owner",
    "lab",
    "laboratory",
    "venture",
    "builder",
    "producer",
    "creator",
    "service",
    "app",
    "network",
    "marketplace",
    "broker",
    "studio",
    "house",
    "business",
    "entity",
    "vehicle",
    "manager",
    "accelerator",
    "incubator",
    "arm",
    "peer",
    "contender",
    "challenger",
    "heavyweight",
    "titan",
    "behemoth",
    "powerhouse",
    "telco",
    "telecom",
    "utility",
    "exchange",
    "consultancy",
    "agency",
    "neobank",
    "neo-bank",
    "fintech",
    "insurtech",
    "edtech",
    "healthtech",
    "proptech",
    "e-tailer",
    "brand",
    "label",
    "chain",
    "site",
    "website",
    "portal",
    "gateway",
    "broadcaster",
    "processor",
    "exporter",
    "importer",
    "wholesaler",
    "streamer",
    "airline",
    "miner",
    "tracker",
    "robo-advisor",
    "robo-adviser",
)

# Nationality and regional adjectives: capitalised but never an entity on their own.
DEMONYMS: frozenset[str] = frozenset(
    """
    american british chinese japanese korean south-korean indian german french italian spanish
    dutch swiss swedish norwegian danish finnish polish israeli emirati saudi qatari
    singaporean malaysian indonesian thai vietnamese filipino taiwanese australian canadian
    brazilian mexican russian ukrainian turkish irish belgian austrian portuguese european
    asian african latin western eastern northern southern global nordic scandinavian
    californian texan bavarian cantonese mandarin hong arab gulf egyptian nigerian kenyan
    south north east west new greek czech hungarian romanian estonian argentine chilean
    colombian pakistani bangladeshi kazakh mongolian korean-language chinese-language
    argentinean argentinian peruvian venezuelan uruguayan ecuadorian bolivian paraguayan
    icelandic lebanese jordanian moroccan ghanaian ethiopian rwandan ugandan tanzanian
    english-language middle kuwaiti bahraini omani iraqi iranian yemeni syrian tunisian algerian libyan
    senegalese ivorian cameroonian zambian zimbabwean botswanan namibian mozambican angolan congolese
    sri lankan nepalese burmese cambodian laotian bruneian slovak slovenian croatian serbian bulgarian
    lithuanian latvian luxembourgish maltese cypriot scottish welsh costa rican cuban dominican
    guatemalan panamanian puerto armenian georgian azerbaijani belarusian moldovan albanian bosnian
    macedonian montenegrin kosovar uzbek kyrgyz tajik turkmen afghan
    philippine nepali bhutanese maldivian kazakhstani jamaican haitian salvadoran honduran nicaraguan
    sudanese somali malian malawian mauritian macanese fijian zealand
    """.split()
)

# Well-known places: capitalised, often near companies, never companies themselves.
PLACES: frozenset[str] = frozenset(
    """
    china japan korea india germany france italy spain britain england scotland ireland
    europe asia africa america americas us u.s u.s. usa uk u.k eu u.k. taiwan singapore
    malaysia indonesia thailand vietnam philippines australia canada brazil mexico russia
    ukraine turkey israel switzerland sweden norway denmark finland netherlands belgium austria
    portugal poland uae dubai qatar saudi arabia egypt nigeria kenya pakistan bangladesh
    beijing shanghai shenzhen hangzhou guangzhou chengdu wuhan nanjing suzhou tianjin xi'an
    hong kong macau taipei tokyo osaka kyoto yokohama seoul busan incheon pangyo
    mumbai delhi bengaluru bangalore chennai hyderabad pune noida gurugram gurgaon kolkata
    london paris berlin munich hamburg frankfurt stuttgart cologne amsterdam brussels zurich
    geneva stockholm oslo copenhagen helsinki vienna madrid barcelona lisbon milan rome dublin
    warsaw prague tallinn jerusalem riyadh doha cairo lagos nairobi jakarta bangkok manila
    hanoi sydney melbourne toronto montreal vancouver seattle boston austin chicago washington
    miami denver atlanta dallas houston nashville texas california massachusetts
    mainland greater region southeast south east north west midwest
    türkiye serbia croatia slovenia slovakia bulgaria greece romania hungary czechia lithuania
    latvia estonia belarus armenia azerbaijan kazakhstan uzbekistan iran iraq lebanon kuwait
    bahrain oman morocco algeria tunisia ghana ethiopia rwanda uganda tanzania senegal zimbabwe
    zambia argentina chile colombia peru venezuela ecuador uruguay cambodia myanmar nepal
    mongolia luxembourg iceland cyprus malta istanbul ankara belgrade bucharest budapest sofia
    athens kyiv kiev minsk almaty tehran karachi lahore islamabad dhaka colombo kathmandu
    abuja accra kigali addis johannesburg cape casablanca tunis riyadh jeddah muscat manama
    bogota lima santiago buenos caracas quito montevideo
    mideast mena apac emea latam ottawa calgary edmonton winnipeg quebec waterloo halifax
    pittsburgh philadelphia detroit phoenix portland baltimore minneapolis brooklyn manhattan
    monterrey guadalajara medellin recife curitiba auckland wellington brisbane perth adelaide
    ont que alta sask calif wash fla ariz colo conn mich minn tenn ore nev okla
    """.split()
)

# States, provinces and regions that follow a city after a comma ("Raleigh, North Carolina",
# "Kisumu, Kenya"): never companies, and they make the name before them a place.
REGION_NAMES: frozenset[str] = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia washington wisconsin wyoming
    ontario quebec alberta manitoba saskatchewan
    queensland victoria tasmania
    guangdong zhejiang jiangsu fujian sichuan shandong hubei hunan anhui henan hebei yunnan
    bavaria catalonia lombardy scotland wales
    maharashtra karnataka gujarat kerala telangana
    """.split()
) | frozenset(
    (
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
        "south carolina", "south dakota", "west virginia", "british columbia", "nova scotia", "new brunswick",
        "new south wales", "western australia", "south australia", "tamil nadu", "uttar pradesh", "west bengal",
    )
)  # fmt: skip

# Countries and continents: the last word of a company's national arm ("Quorra China"),
# never of a person's name.
COUNTRY_WORDS: frozenset[str] = frozenset(
    "china japan korea india germany france italy spain britain uk us usa europe asia africa america taiwan "
    "singapore malaysia indonesia thailand vietnam philippines australia canada brazil mexico russia turkey "
    "türkiye israel switzerland sweden norway denmark finland netherlands poland uae egypt nigeria kenya "
    "pakistan bangladesh argentina chile colombia".split()
)

# Multi-word places (checked on the lower-cased full span).
PLACE_PHRASES: frozenset[str] = frozenset(
    {
        "hong kong",
        "new york",
        "san francisco",
        "palo alto",
        "mountain view",
        "menlo park",
        "los angeles",
        "silicon valley",
        "bay area",
        "south korea",
        "north korea",
        "tel aviv",
        "abu dhabi",
        "kuala lumpur",
        "ho chi minh city",
        "saudi arabia",
        "united states",
        "united kingdom",
        "european union",
        "middle east",
        "southeast asia",
        "south asia",
        "east asia",
        "latin america",
        "north america",
        "new delhi",
        "wall street",
        "sao paulo",
        "mexico city",
        "new zealand",
        "south africa",
        "the u.s",
        "mainland china",
        "greater china",
        "seoul metropolitan area",
        "united arab emirates",
    }
)

# Words that open a job title before its head noun: a company's functions and ranks ("Product
# chief X", "Lead engineer X", "Senior researcher X"). A sentence-opening one of these is part
# of the title, not an organisation.
TITLE_MODIFIER_WORDS: frozenset[str] = frozenset(
    """
    product products research engineering marketing sales design strategy growth operations
    technology finance legal policy communications people safety security data revenue brand
    business commercial creative editorial investment investments partnerships platform
    lead senior principal staff top former veteran longtime founding deputy acting interim
    infrastructure hardware software cloud systems models training inference compute robotics quantum
    mobile devices gaming consumer enterprise retail compliance talent recruiting hiring government
    regulatory corporate international digital innovation science scientific technical medical clinical
    """.split()
)

# A company's functions, the object of a job title ("SVP of Engineering", "Head of Supply
# Chain Management"): a department named with capitals, never an organisation of its own.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    engineering product products marketing sales operations finance financial strategy research
    growth design content people legal communications partnerships partnership business
    development technology technologies infrastructure search data security policy supply chain
    management human resources talent brand digital customer customers experience corporate
    affairs investor relations public global international commercial platform platforms ads
    advertising devices hardware software services cloud consumer enterprise retail risk
    compliance analytics innovation transformation procurement logistics payments treasury
    administration programs programmes community communities creative editorial news
    and &
    """.split()
)

# Nouns that follow an organisation to name one of its parts ("X's search team").
UNIT_NOUNS: frozenset[str] = frozenset(
    """
    team teams unit division group lab labs department arm platform project model models
    program programme division's research business segment app chatbot service services
    organisation organization org office cloud studio squad
    """.split()
)

# Role nouns: the head of a job title, used to find "ORG ROLE PERSON" and appositions.
ROLE_NOUNS: tuple[str, ...] = (
    "officer",
    "executive",
    "president",
    "director",
    "scientist",
    "researcher",
    "engineer",
    "founder",
    "co-founder",
    "cofounder",
    "head",
    "chief",
    "lead",
    "leader",
    "architect",
    "manager",
    "chairman",
    "chairwoman",
    "chair",
    "partner",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "cso",
    "cpo",
    "cmo",
    "cio",
    "vp",
    "svp",
    "evp",
    "veteran",
    "boss",
    "fellow",
    "principal",
    "strategist",
    "designer",
    "developer",
    "specialist",
    "advisor",
    "adviser",
    "analyst",
    "economist",
    "counsel",
    "secretary",
    "treasurer",
    "editor",
    "professor",
    "investor",
    "employee",
    "staffer",
    "executive",
    "member",
    "alumnus",
    "alumna",
    "alum",
)

HEDGE_PATTERN = (
    r"\b(?:in (?:early |advanced |late[- ]stage |preliminary |exclusive )?(?:talks|discussions|negotiations)"
    r"|(?:held|holding|holds|hold) (?:\w+ )?(?:talks|discussions|negotiations)"
    r"|negotiating|considering|weighing|mulling|exploring|eyeing|contemplating|pondering"
    r"|(?:is|are|was|were) said to|reportedly|purportedly|allegedly|rumou?r(?:s|ed)?"
    r"|according to (?:\w+ ){0,4}?(?:people|persons|sources|insiders|individuals|person|source)"
    r"|(?:people|persons|sources|insiders|someone|one person|a person) (?:directly )?"
    r"(?:familiar|close|with (?:direct )?knowledge|briefed|aware)"
    r"|(?:sources|insiders) (?:said|say|says|told)|the (?:people|sources|person) (?:said|added)"
    r"|people said|(?:plans|planning|intends|intending|aims|aiming|seeks|seeking|looking|hopes|hoping) to"
    # (a deal's timing, "is expected to close in May", is no hedge of a deal agreed)
    r"|preparing to|poised to|(?:is|are|was|were) (?:widely )?(?:expected|likely|tipped) to"
    r"(?! (?:close|complete|be completed|be closed|be finali[sz]ed|take effect))|nearing a deal"
    r"|close to (?:a|an) (?:deal|agreement)"
    r"|(?:daily|newspaper|paper|news agency|magazine|broadcaster|publication) (?:said|says|reported|reports)"
    r"|according to (?:a|the|media|local|news) (?:\w+ )?reports?"
    # ("Media reports had indicated that P was about to resign", "after a report that he would quit")
    r"|(?:is|are|was|were) about to (?:resign|quit|leave|step|depart|exit|sell|buy|acquire|raise|close|join)"
    r"|reports? (?:had |have |has )?(?:indicated|suggested|claimed) that"
    r"|(?:a|the) (?:media |news |press )?report (?:that|(?:in|by|from) (?:\S+ ){1,6}?(?:said|says|claimed|suggested))"
    r"|(?:is|are|was|were) (?:close|nearing|near) (?:to )?(?:securing|raising|buying|acquiring|closing|sealing)"
    r"|speculation|unconfirmed|(?:could|may|might) (?:soon )?(?:raise|acquire|buy|leave|join|take)"
    r"|potential(?:ly)?|possible)\b"
)

DENIAL_PATTERN = (
    r"\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s)|refut(?:ed|es)|rebut(?:ted|s)"
    # "dismissed the rumours" denies; "dismissed its chief executive" is a firing
    r"|dismiss(?:ed|es) (?:as|(?:it|them|this|that) as|(?:the |those |these |such |that |any |a |an )?"
    r"(?:[\w\-]+ ){0,2}?(?:reports?|rumou?rs?|speculation|claims?|stor(?:y|ies)|suggestions?|talk|allegations?))"
    r"|(?:is|was|were|are) not in (?:any )?(?:talks|discussions|negotiations)"
    r"|(?:has|had|have) no (?:plans?|intention)|untrue|baseless|groundless|false report"
    r"|not (?:true|accurate)|no truth|(?:is|are|was|were) not (?:currently )?considering"
    r"|(?:called|calling|calls|described|describing|termed) (?:the|those|these|such|that)"
    r" (?:reports?|rumou?rs?|claims?)"
    r" (?:as )?(?:mere |pure |market )?(?:speculation|speculative|rumou?rs?|inaccurate|wrong))\b"
)

NEGATION_PATTERN = (
    r"\b(?:not|n't|never|no longer|without|neither|nor|has yet to|have yet to|yet to|instead of|rather than)\b"
)
