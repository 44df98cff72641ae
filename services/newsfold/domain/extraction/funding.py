"""Funding rules: a company raises money, in a named round, from named investors.

A funding trigger is a verb of raising (raised, secured, closed, landed, bagged, ...) whose
object is money or a funding noun ("a Series B", "new investment"), or a hedged plan
("weighing a new funding round"). Objects such as prices, stakes or revenue are rejected,
which keeps "raised prices" and stake purchases out. Investors come from the same sentence
or from follow-up sentences about "the round" ("led by", "with participation from",
"X and Y also took part", "were among the investors", "a third-party allotment of shares to X").
With several deals in one sentence, each investor list goes to the nearest deal before it.

Rounds named by their lead ("P led a $10m round for X", "... round that valued X", "X said
P led a round", "P, which financed X's seed round"), by an investment ("P invested $15m in a
Series D round for <descriptor>, X", "P's minority investment in X", "the startups in which P
has invested are A, B and C") are X's rounds with P as investor. The subject of a
raising verb is found by :mod:`.clauses` (not a prepositional object, not inside an aside).

Rounds mentioned in passing count too: "since its $50m Series B" (the clause's subject, or
the main clause's after an opening phrase), "P, which led its $15m Series A" (the company
named before P; P its lead), "Its last round, a $40m Series B, ...", "X makes drones. The
startup, which raised $20m last year, ...", "P made a strategic investment in X", "P has
invested in A, B and C", "AI startups, including A, B and C, have all raised". Money won or
paid ("secured $30m in orders", "won a $30m contract", "a $2m licence fee") is no round.
"""

from __future__ import annotations

import re

from .candidates import DepartureCand, FundingCand
from .certainty import certainty
from .clauses import DEFINITE_WHICH_RE, asides, fronted_subject, in_aside, reporting_verb
from .coref import latest_list
from .document import MONEY_TOKEN_RE, TOKEN_RE, Doc, E, M
from .lexicon import PERCENT

_ROUND_RE = re.compile(
    r"\b(?P<series>(?:pre-)?[Ss]eries\s+[A-K](?:\d|\+|-\d)?)(?![\w])"
    r"|\b(?P<seed>pre-seed|[Pp]re-[Ss]eed|seed|Seed(?=\s+(?:round|funding|financing|investment|stage|capital)))\b"
    r"|\b(?P<ipo>pre-IPO|Pre-IPO)\b"
    r"|\b(?P<prea>[Pp]re-[A-K]\+?)(?=\s+(?:round|funding|financing|investment))"
    r"|\b(?P<letter>[A-K]\+?)(?=\s+round\b)"
    r"|\b(?P<named>angel|strategic|bridge|growth|mezzanine|Angel|Strategic|Bridge)"
    r"(?=\s+(?:round|funding|financing|investment))"
    r"|\b(?P<debt>(?:venture\s+)?debt(?=\s+(?:round|funding|financing|facility|from|led)|[,.]|$))"
    r"|\b(?P<note>convertible\s+(?:note|bond|loan)s?)"
)
_FUND_VERB_RE = re.compile(
    r"(?=[rsclbnagopwdemthRSCLBNAGOPWDEMTH])\b(?:rais(?:ed|es|e|ing)|mop(?:ped|s|ping)?\s+up|secur(?:ed|es|e|ing)"
    r"|clos(?:ed|es|e|ing)|land(?:ed|s|ing)?|bag(?:ged|s|ging)?|bank(?:ed|s)"
    # ("pocketed", "scooped (up)", "snapped up", "reeled in", "hauled in", "amassed", "been handed")
    # (money pocketed is a round's only when said to be one: founders pocket a sale's proceeds)
    r"|pocket(?:ed|s|ing)?(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+)?\x03\d+\x04\s+in\s+"
    r"(?:(?:a|an|its|fresh|new)\s+)?(?:[\w\-]+\s+){0,2}?(?:funding|financing|round|investment|capital|[Ss]eries|seed)\b)"
    r"|scoop(?:ed|s|ing)?(?:\s+up)?|snap(?:ped|s|ping)?\s+up|reel(?:ed|s|ing)?\s+in"
    r"|haul(?:ed|s|ing)?\s+in|amass(?:ed|es|ing)?|been\s+handed"
    r"|nab(?:bed|s)?|nett?(?:ed|s)?|garner(?:ed|s|ing)?|attract(?:ed|s|ing)?|receiv(?:ed|es|e|ing)"
    r"|obtain(?:ed|s)?|complet(?:ed|es|e|ing)|pick(?:ed|s)?\s+up|pull(?:ed|s)?\s+in|rak(?:ed|es)\s+in|br(?:ought|ings)\s+in"
    r"|snag(?:ged|s)?|scor(?:ed|es)|collect(?:ed|s)|won|wins|get|gets|got|draw(?:s|n)?|drew|announc(?:ed|es)|bringing\s+in"
    # ("took R24-million from newcomer investor Y", "had taken $18m in a 2015 Series B round")
    r"|t(?:ook|aken|akes)(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\x03\d+\x04\s+(?:from|in\s+(?:a|an|its|the|their)\s))"
    # ("had taken in $64 million of venture capital", "has wrapped up its first financing round")
    r"|t(?:ook|aken|akes|aking)\s+in(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+)?\x03)"
    r"|wrap(?:ped|s|ping)?\s+up(?=\s+(?:its|their|a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:round|financing|funding|raise)\b)"
    # a round-up's ranking: "came next with 54 billion won from Y", "comes in just behind with a
    # EUR13 million deal", "rounds out the top three with EUR7 million raised from Y"
    r"|c(?:ame|omes)\s+(?:in\s+)?(?:next|second|third|fourth|fifth|(?:just\s+|close\s+)?behind)\s+with"
    r"(?=\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?\x03)"
    r"|round(?:s|ed)\s+out\s+the\s+(?:top|list)(?:\s+\w+)?\s+with(?=\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?\x03)"
    r"|extend(?:ed|s|ing)?(?=\s+(?:its|their|the)\s+(?:[Ss]eries\s+[A-K]|seed|[Pp]re-[Ss]eed|[\w\-]+\s+round)))\b"
)
_AMT_WORDS = (
    r"(?:(?:an?|the|its|their|about|around|roughly|nearly|almost|approximately|some|more\s+than|over|"
    r"up\s+to|under|less\s+than|a\s+total\s+of|total|just|close\s+to|another|an\s+additional|additional|"
    r"as\s+much\s+as|at\s+least|upwards\s+of|north\s+of|in\s+excess\s+of|well|only|"
    r"fresh|new|further|combined|extra|record|whopping|hefty|massive|nearly|estimated|initial|first|"
    r"successfully|already|reportedly|US|U\.S\.)\s+){0,4}"
)
_FUND_OBJ_RE = re.compile(
    r"\s+"
    + _AMT_WORDS
    + r"(?:"
    + M
    + r"|undisclosed\s+(?:amount|sum)\b|(?:[\w\-+]+\s+){0,3}?(?:rounds|round|funding|financing|investment|"
    r"investments|capital|backing(?!\s+(?:for|to)\b)|money|funds|cash\s+injection|[Ss]eries\s+[A-K]|seed|pre-seed|venture\s+debt|"
    r"raise|tranche)\b|(?:tens\s+of\s+|hundreds\s+of\s+)?(?:billions|millions)(?!\s+of\s+(?:users|people|customers|"
    r"downloads|views|subscribers|devices|units|shares|viewers|followers|visitors|patients)\b))"
)
_NOT_FUNDING_AFTER_RE = re.compile(
    r"\s+(?:\S+\s+){0,5}?(?:stake|acquisition|purchase|takeover|buyout|holding|prices?|revenue|sales|"
    r"profits?|losses|earnings|net\s+income|orders|bookings|fees|"
    r"forecast|guidance|rates?|dividend|salar(?:y|ies)|wages|concerns?|questions?|awareness|doubts|"
    r"its\s+stake|deal\b|the\s+deal|merger|shares\s+(?:at|up|down)|capital\s+(?:requirements?|ratios?|buffers?|adequacy))\b"
)
_OBJ_TAIL_RE = re.compile(r"(?:\s*(?:[\w\-]+|\x01\d+\x02)){0,3}")
# Money a company wins, earns or is paid is no round: "secured $30m in orders", "won a $30m
# contract", "received a $2m licence fee", "landed a $30m order from P", "sold $500m of bonds".
_NOT_ROUND_MONEY_RE = re.compile(
    r"\s+" + _AMT_WORDS + M + r"\s+(?:(?:in|of|worth\s+of)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:orders?|contracts?|fees?|payments?|royalt(?:y|ies)|bookings|tenders?|bonds?|sales|revenues?|"
    r"deals?|purchase\s+orders?|grants?|subsid(?:y|ies)|(?:share\s+)?buybacks?|repurchases?|dividends?|"
    r"(?:debt|bond|share|stock|rights|secondary|public)\s+(?:offering|issue|sale)s?|IPO|initial\s+public\s+offering|"
    r"listing|flotation|guarantees?|bail-?outs?|rescue\s+(?:package|deal|loan)s?|state\s+aid|aid|compensation|"
    r"settlements?|refunds?|premiums|pre-?orders|deposits|donations|sponsorships?|tax\s+credits|"
    r"(?<!convertible\s)(?:notes|debentures)|rights\s+issue)\b"
)
# Money raised by a listed company's or a fund manager's own means is no round of a company:
# "raised $1bn for its third fund", "closed a $250m seed fund", "raised $2bn across two funds"
# (a venture firm's fund, from its limited partners; not "raised $10m in funds"), "raised $2bn
# by selling senior notes", "raised $50m from the sale of its stake in Y", "raised $500m through
# a rights issue", "$3bn from the government".
_FOR_FUND_RE = re.compile(
    M + r"\s+(?:(?:for|in|into|toward|towards|across)\s+)?(?:(?:its|their|a|an|the|new|his|her)\s+)?"
    r"(?:(?:two|three|four|five|six|several|multiple|\d+)\s+(?:[\w\-]+\s+)?funds\b"
    r"|(?:(?!(?:from|by|with|led|at|and|of|including|among|to)\b)[\w\-]+\s+){0,3}?(?:fund|vehicle)\b(?!-)"
    r"(?!\s+(?:its|the|a|an|their|his|her|our|new|further|more|expansion|growth|operations|research)\b))"
)
_NOT_ROUND_MEANS_RE = re.compile(
    M + r"[^.;\x03]{0,60}?\b(?:through|via|by|from|with)\s+(?:(?:an?|its|the|their)\s+)?"
    r"(?:(?:selling|issuing|sale\s+of|sales\s+of|issue\s+of|issuance\s+of)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:bonds?|notes|debentures|assets?|stake|stakes|shares\s+to\s+the\s+public|unit|business|division|"
    r"building|property|properties|headquarters)\b"
    r"|(?:[\w\-]+\s+){0,2}?(?:rights\s+(?:issue|offering)|bond\s+(?:sale|issue|offering)|bonds|notes|debentures|"
    r"IPO|initial\s+public\s+offering|(?:debt|share|stock)\s+(?:sale|offering)|asset\s+sales?|loans?|"
    r"(?:sale-and-)?leasebacks?)\b)"
    # (payers right after the money: "raised $80m from advertisers", "$2bn from the government")
    r"|" + M + r"\s+(?:[\w\-]+\s+){0,2}?from\s+(?:(?:its|the|their)\s+)?(?:[a-z][\w\-]*\s+)?"
    r"(?:(?:government|state|treasury|ministry|taxpayers)(?![\-'’])|advertisers|customers|clients|donors|sponsors|"
    r"shoppers|subscribers|tenants)\b(?!\s+(?:and|as\s+well\s+as|&)\b)"
)
# A raise that is an IPO or bond sale named just before the verb: "filed for an initial public
# offering on Monday, seeking to raise up to $300m", "its IPO, which raised $420m", "priced its
# IPO at $18 a share, raising $270m".
_PUBLIC_ISSUE_BEFORE_RE = re.compile(
    r"\b(?:IPO|initial\s+public\s+offering|public\s+offering|listing|flotation|rights\s+issue|bond\s+sale|"
    r"list(?:ing)?\s+(?:its\s+shares\s+)?(?:in|on)\s+(?:[A-Z][\w\-]*|\x01\d+\x02)|go(?:es|ing)?\s+public)\b"
    r"(?:[^.;]{0,80}?\b(?:seeking|aiming|looking|hoping|expect(?:s|ed|ing)?|plans?|planning|set|hopes)\s+to"
    r"|\s*,?\s+(?:which|that)(?:\s+[\w\-]+){0,2}?|[^.;]{0,80}?,)\s+$"
)
_PLAN_RE = re.compile(
    r"\b(?:weigh(?:ing|s)?|consider(?:ing|s)?|seek(?:ing|s)?|plan(?:ning|s)?|eye(?:ing|s)?|explor(?:ing|es)"
    r"|pursu(?:ing|es)|prepar(?:ing|es)|in\s+talks\s+(?:for|on)|look(?:ing|s)\s+for|mull(?:ing|s)?"
    r"|negotiat(?:ing|es))\s+"
    r"(?:a|an|its|another)\s+(?:new\s+|fresh\s+|further\s+|possible\s+|potential\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:funding|financing|round|raise|fundraising|fundraise|[Ss]eries\s+[A-K]\+?|seed\s+round)(?![\w+])"
)
# Weak verbs ("announced", "got") count only with money or an explicit funding noun.
_NEEDS_CLEAR_OBJECT = ("announc", "complet", "receiv", "got", "get", "won", "win", "draw", "drew")
_CLEAR_OBJECT_RE = re.compile(r"\x03|round|funding|financing|investment|[Ss]eries\s+[A-K]|seed")
_COLON_RE = re.compile(E + r"\s*[:–—]\s+(?:raised\s+|raises\s+)?" + M)
# What makes a "Name: $X" bullet a round rather than a reported figure.
_BULLET_ROUND_RE = re.compile(
    r"\b(?:[Ss]eries\s+[A-K]|(?:pre-)?[Ss]eed|[Pp]re-[A-K]|rounds?|rais\w*|fund(?:ing|raise|raising)|financing|"
    r"investment|investors?|led\s+by|from|backed|backing|angel|bridge|growth|venture|debt)\b"
)
_THE_ROUND_RE = re.compile(r"\b[Tt]he\s+(?:[Ss]eries\s+[A-K]\+?|seed\s+round|pre-IPO\s+round)(?![\w+])")
_ANON_RE = re.compile(
    M + r"\s+(?:[Ss]eries\s+[A-K]\+?|[Ss]eed\s+round|pre-IPO\s+round)(?![\w+])"
    r"|" + M + r"\s+(?:(?:[Ss]eries\s+[A-K]\+?|seed|pre-seed|[Ss]eed|pre-IPO|strategic|growth|bridge|angel)\s+)?"
    r"(?:funding\s+|financing\s+|investment\s+|equity\s+|venture\s+)?(?:round|raise|financing|investment)\b"
    r"|(?:[Ss]eries\s+[A-K]\+?|seed|[Ss]eed|pre-IPO)\s+(?:funding\s+)?(?:round|financing)\s+of\s+"
    r"(?:about\s+|around\s+|roughly\s+)?" + M
)
# _ANON_RE without its last form ("a Series B round of $X"), used when no "of <money>" occurs:
# the first forms open with the money token, a literal the engine finds in C.
_ANON_M_RE = re.compile(_ANON_RE.pattern.rsplit("|(?:[Ss]eries", 1)[0])
_ANON_OF_RE = re.compile(r"of\s+(?:about\s+|around\s+|roughly\s+)?\x03")
# ("invested $X in Australian LNG projects": the name modifies what was invested in)
_NAME_MODIFIES = (
    r"(?!\s+(?:[a-z][\w\-]*\s+)?(?:projects?|assets|plants?|mines?|fields?|facilities|operations|infrastructure|"
    r"propert(?:y|ies)|sector|market|industry|bonds|shares|stocks|sites?|factor(?:y|ies)|startups|companies|firms|"
    r"businesses|ventures)\b)"
)
_INVESTED_RE = re.compile(
    # (or unnamed backers: "The investors put a total of $215 million into X in 2018")
    r"(?:" + E + r"|\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ee]xisting)\s+(?:[\w\-]+\s+)?)?"
    r"(?:[Ii]nvestors|organisations|organizations|[Bb]ackers|shareholders|funds)|\b[Tt]hey)"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|together\s+|collectively\s+)?(?:invested|invests|is\s+investing|"
    r"will\s+invest|injected|poured|pumped|ploughed|plowed|put"
    # ("has agreed to put $620m into X", "plans to invest")
    r"|(?:agreed|agrees|plans|pledged|pledges|committed|commits|is\s+set|is\s+to)\s+to\s+(?:invest|inject|pour|pump|put))"
    r"\s+(?:about\s+|around\s+|roughly\s+|another\s+|an\s+additional\s+|"
    r"a\s+total\s+of\s+)?" + M + r"\s+(?:\w+\s+){0,2}?in(?:to)?\s+(?:the\s+)?" + E + _NAME_MODIFIES
)
# Rounds named by a noun rather than a verb, as round-ups write them: "a $40m Series C round
# for payments firm X", "X's £100 million round", "the $7 million poured into X".
_ROUND_NOUN = (
    r"(?:rounds?|raise|capital\s+raising|investment|injection|funding|financing|fundraise|fundraising|placement"
    r"|[Ss]eries\s+[A-K](?![\w+]))"
)
_ROUND_FOR_RE = re.compile(
    M
    + r"\s+(?:[\w\-]+\s+){0,4}?"
    + _ROUND_NOUN
    # ("a £60m series B round involving two pension funds for X")
    + r"(?:\s+(?:involving|including|from|with)(?:\s+[a-z][\w\-]*){1,5}?)?\s+(?:for|into|in)\s+(?:the\s+)?"
    # ("a $13 million round for a Lagos-based payments company, X")
    + r"(?:an?\s+(?:[\w\-]+\s+){0,4}?(?:company|startup|start-up|firm|platform|provider|maker|developer|business|"
    r"lender|fintech|app|operator)\s*,\s+)?" + E + r"(?!['’])"
    r"|"
    + M
    + r"\s+(?:was\s+|were\s+|been\s+)?(?:poured|invested|injected|pumped)\s+into\s+(?:the\s+)?"
    + E
    + r"(?!['’])"
)
# "the $225 million round raised by X in 2016", "£1m raised by app X": the amount heads the
# phrase and the company is the agent of the participle.
_MORE_BY_RE = re.compile(
    r"(?:\s+(?:from|in|with)\s+[^,;\x03]{1,60}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:about\s+|around\s+|roughly\s+)?"
    r"\x03(\d+)\x04\s+by\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?\x01(\d+)\x02(?!['’])"
)
_RAISED_BY_RE = re.compile(
    M
    + r"\s+(?:(?:[\w\-]+\s+){0,3}?"
    + _ROUND_NOUN
    + r"\s+)?(?:raised|secured|closed|landed|collected|banked)\s+(?:earlier\s+(?:this|last)\s+\w+\s+|last\s+\w+\s+|"
    r"in\s+\d{4}\s+)?by\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?" + E + r"(?!['’])"
)
_DEAL_FOR_RE = re.compile(
    r"(?:,\s+|\band\s+)an?\s+"
    + M
    + r"\s+(?:[\w\-]+\s+){0,2}?deal\s+for\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,4}?"
    + E
    + r"(?!['’])"
)
_POSS_CLOSED_RE = re.compile(E + r"['’]s?\s+" + M + r"\s+(?:closed|raised|secured|landed)\b")
# "the $20 million round values X at $200 million": the round of the company it values.
_ROUND_VALUES_RE = re.compile(
    M
    + r"\s+(?:[\w\-]+\s+){0,3}?"
    + _ROUND_NOUN
    + r"\s+(?:(?:that|which)\s+)?(?:values|valued|valuing)\s+(?:the\s+)?"
    + E
    + r"(?!['’])"
)
_ROUND_FOR_LED_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[\w\-\x03\x04]+\s+){0,4}?"
    + _ROUND_NOUN
    + r"\s+(?:for|in|of)\s+(?:the\s+)?"
    + E
    + r"(?!['’])\s+(?:was|were|has\s+been|had\s+been|is\s+being|is|will\s+be)\s+(?:co-)?(?:led|headed|backed)\s+by\b"
)
_POSS_ROUND_RE = re.compile(E + r"['’]s?\s+(?:[\w\-]+\s+){0,2}?" + M + r"\s+(?:[\w\-]+\s+){0,2}?" + _ROUND_NOUN + r"\b")
# "X led the pack with a $117 million round": the round belongs to the verb's subject.
_WITH_ROUND_RE = re.compile(
    r"\b[a-z][\w\-]*\s+(?:(?:the|this|that)\s+[\w\-]+\s+)?with\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,2}?"
    + M
    + r"\s+(?:[\w\-]+\s+){0,3}?(?:round|raise)\b"
)
# "A, B and C also attracted investments": every name coordinated with the subject.
_CO_SUBJECTS_RE = re.compile(
    r"((?:\x01\d+\x02\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:[a-z][\w\-]*\s+){1,3}?(?:[Tt]he\s+)?(?=\x01))?)+)"
    r"\x01\d+\x02(?:\s+|,\s+(?=(?:have|each|both|all)\b))(?:(?:also|both|all|have|has|had|each)\s+)*$"
)
# (an appositive list closes with a comma before a plural verb: "The four startups, A, B and C, have each raised")
# "invested $100 million in X in 2023, as well as 15 billion won in Y and 5 billion won in Z":
# each amount "in" a name of an investing sentence is a round of that company.
_INVEST_SENT_RE = re.compile(r"\binvest(?:ed|s|ing|ments?)\b")
_INVEST_VERB_RE = re.compile(r"\binvest(?:ed|s|ing)?\b")
_MONEY_IN_RE = re.compile(M + r"\s+in(?:to)?\s+(?:the\s+)?" + E + r"(?!['’])" + _NAME_MODIFIES)
# (the investor named, or "it"/"they": "Last month it announced a $900m investment in X")
_MADE_INVESTMENT_RE = re.compile(
    r"(?:\x01(?P<inv>\d+)\x02|\b(?:[Ii]t|[Tt]hey))"
    + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?P<v>made|makes|announced|unveiled|completed|led)\s+(?:a|an)\s+"
    + r"(?:\x03(?P<m>\d+)\x04\s+)?(?:[\w\-]+\s+){0,2}?investment\s+in(?:to)?\s+(?:the\s+)?"
    + r"\x01(?P<co>\d+)\x02"
    + r"(?!['’])"
)
_BACKED_WITH_RE = re.compile(
    E
    + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:backed|is\s+backing|are\s+backing|backs)\s+(?:the\s+)?"
    + E
    # ("is backing X through a $70 million capital increase")
    + r"(?!['’])\s+(?:with|through|via)\s+(?:an?\s+)?"
    + _AMT_WORDS
    + M
    + r"|"
    + E
    + r"\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|is\s+being)\s+backed\s+with\s+"
    + _AMT_WORDS
    + M
    + r"(?:\s+[\w\-]+){0,3}?\s+by\s+(?:the\s+)?"
    + E
)
_FOR_VENTURE_RE = re.compile(
    r"\s+" + _AMT_WORDS + M + r"(?:\s+[\w\-]+){0,3}?\s+(?:for|to\s+(?:start|launch|found|set\s+up|build))\s+"
    r"(?:(?:her|his|their|the)\s+(?:new\s+|own\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:startup|start-up|company|venture|firm|lab)\s*,?\s+)?" + E + r"(?!['’])"
)
_UNNAMED_VENTURE_RE = re.compile(
    r"\b(?:for\s+(?:an?|his|her|their)\s+(?:new\s+|own\s+|planned\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:startup|start-up|venture|company|firm|fund)"
    r"|(?:across|for|in)\s+(?:two|three|four|five|several|multiple|various|his|her|their)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:startups|start-ups|ventures|companies|firms|funds))\b"
)
_CONJ_IN_RE = re.compile(r"\band\b|\bas\s+well\s+as\b|&")
# (a place inside a comma aside: ", all based in C,")
_PREP_BEFORE_RE = re.compile(r",\s+(?:[a-z][\w\-]*\s+){1,4}?(?:in|at|near|outside|from)\s+(?:the\s+)?$")
_NAMED_PLURAL_SUBJ_RE = re.compile(
    r"\x02(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){0,2}?(?:startups|start-ups|companies|firms|fintechs|insurtechs|players|"
    r"rivals|peers|competitors|lenders|banks|makers|unicorns|businesses|brands|carmakers|chipmakers|ventures|"
    r"founders|entrepreneurs)\s+(?:(?:have|has|had|also|all|each|together|collectively|too|both|already|"
    r"reportedly|recently)\s+)*$"
)
_PLURAL_SUBJ_RE = re.compile(
    r"\b(?:[Aa]ll\s+(?:of\s+)?(?:these|those|the|four|three|five|two|six)\s+(?:[\w\-\"']+\s+){0,2}?"
    r"(?:companies|startups|firms|unicorns)|(?:[Tt]hese|[Tt]hose|[Bb]oth)\s+(?:[\w\-\"']+\s+){0,2}?"
    r"(?:companies|startups|firms|unicorns)|[Aa]ll\s+(?:of\s+them|four|three|five)|[Ee]ach\s+of\s+them"
    r"|[Tt]hey)\b[^,]*$"
)

_LIST = (
    r"((?:[Tt]he\s+|[A-Z][a-z]+['’]s\s+)?\x01\d+\x02(?:(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
    r"(?:[Tt]he\s+|[A-Z][a-z]+['’]s\s+)?\x01\d+\x02)*)"
)
# A list that ends the phrase ("led by X, Y and Z"): an item followed by a verb starts a new
# clause ("..., and Farouk is now hiring"), so it is not part of the list.
_LIST_OPEN = (
    r"((?:[Tt]he\s+|[A-Z][a-z]+['’]s\s+)?\x01\d+\x02(?:(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
    r"(?:[Tt]he\s+|[A-Z][a-z]+['’]s\s+)?\x01\d+\x02(?!['’]s(?!\s+(?:[\w\-]+\s+){0,2}?(?:fund|arm|vehicle|affiliate)\b)|\s+(?:is|are|was|were|has|have|had|will|would|said|says|reported|reports|told|plans|added|"
    r"also|now|raised|raises|secured|secures|landed|lands|closed|closes|bagged|bags|picked|picks|netted|nets|"
    r"acquired|acquires|bought|buys|took|takes|hired|hires|announced|announces|got|gets|won|wins)\b))*)"
)
# (a tail of unnamed investors may name some: "A, B and angel investors including P also took part")
_LIST_TAIL = (
    r"(?:\s*,?\s+(?:and|as\s+well\s+as|plus)\s+(?:[a-z][\w\-]*\s+){0,4}?[a-z][\w\-]*"
    r"(?:\s+(?:including|such\s+as|like)\s+(?P<more>\x01\d+\x02(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\x01\d+\x02)*))?)?"
)
_JOIN_WORDS = (
    "joining",
    "participating",
    "investing",
    "taking part",
    "chipping in",
    "contributing",
    "in tow",
    "pitching in",
    "following on",
    "co-investing",
)
# (words one of which must occur in the lower-cased sentence, pattern): gating keeps this cheap.
_LEAD_PATTERNS: list[tuple[tuple[str, ...], re.Pattern[str]]] = [
    (("leading",), re.compile(r"\b(?:with|and)\s+" + _LIST + r"\s+(?:co-)?leading\b")),
    (
        ("led by", "headed by", "spearheaded by", "anchored by"),
        re.compile(
            r"\b(?:co-)?(?:led|headed|spearheaded|anchored)\s+by\s+(?:(?:a\s+(?:group|consortium)\s+of\s+)?investors\s+"
            r"(?:including|such\s+as|like)\s+)?(?:[A-Z][a-z]+['’]s\s+|(?:[A-Za-z][\w\-]*\s+){0,4}?\x01\d+\x02['’]s\s+(?=\x01))?"
            r"(?:[\w]+-(?:backed|owned|controlled|run)\s+)?" + _LIST_OPEN
        ),
    ),
    (
        ("led ",),
        re.compile(
            _LIST
            # (an appositive may follow the lead: "P, the venture arm of Q, led the round")
            + r"(?:,\s+(?:the|a|an|which|who)\s+[^,;\x01]{1,60}?(?:\x01\d+\x02)?,)?"
            + r"\s+(?:also\s+|has\s+|have\s+)?(?:co-)?led\s+(?:the|this|its|a|an)\s+(?:[\w\-$\x03\x04\d]+\s+){0,4}?"
            r"(?:round|financing|funding|investment|raise|deal|tranche)"
        ),
    ),
    (
        ("led,", "led.", "led;"),
        # "A led, joined by B": the lead named with the bare verb
        re.compile(_LIST + r"\s+(?:also\s+)?(?:co-)?led(?=\s*[,.;])"),
    ),
    (
        ("lead ",),
        re.compile(
            _LIST + r"\s+(?:is|was|are|were)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:co-)?lead\s+(?:the|this|a)\s+"
            r"(?:[\w\-]+\s+){0,2}?(?:round|financing|investment|raise)"
        ),
    ),
]
_PARTICIPANT_PATTERNS: list[tuple[tuple[str, ...], re.Pattern[str]]] = [
    (
        ("participating in", "investing in"),
        re.compile(
            r"\b(?:[Pp]articipating|[Ii]nvesting)\s+in\s+the\s+(?:investment|round|financing|funding|raise)\s+"
            r"(?:were|was|are|is)\s+" + _LIST_OPEN
        ),
    ),
    ((", with ",), re.compile(r"\bby\s+\x01\d+\x02,\s+with\s+" + _LIST + r"\s*(?:[.;)]|$)")),
    (
        ("participation",),
        # ("participation from the U.K. state-backed X": a few descriptor words may precede the list)
        re.compile(r"\bparticipation\s+(?:from|of|by)\s+(?:(?:[A-Z]\.)+\s+|[a-z][\w\-]*\s+){0,3}?" + _LIST_OPEN),
    ),
    # (not "..., followed by Y's $11m round": a company with a round of its own in a round-up)
    ((" by ",), re.compile(r"\b(?:joined|accompanied|followed)\s+by\s+(?!\x01\d+\x02['’]s?\s)" + _LIST_OPEN)),
    (
        ("along with",),
        # ("..., along with existing backers A and B")
        re.compile(
            r"\balong\s+with\s+(?:(?:existing|other|returning|new|previous)\s+)?(?:(?:backers|investors|shareholders)\s+)?"
            + _LIST_OPEN
        ),
    ),
    (
        _JOIN_WORDS,
        re.compile(
            r"\b(?:with|and)\s+"
            + _LIST
            + r"(?:\s*,?\s+among\s+others)?\s+(?:also\s+)?(?:joining|participating|investing|"
            r"taking\s+part|chipping\s+in)"
        ),
    ),
    (
        _JOIN_WORDS,
        re.compile(
            r"\b(?:with|alongside)\s+" + _LIST + _LIST_TAIL + r"\s+(?:also\s+)?(?:participating|taking\s+part|joining|"
            r"investing|chipping\s+in|contributing|co-investing|in\s+tow|pitching\s+in|following\s+on)"
        ),
    ),
    (
        (
            "participated",
            "took part",
            "invested",
            "chipped in",
            "came in",
            "pitched in",
            "joined",
            "contributed",
            "backed the",
        ),
        re.compile(
            _LIST + _LIST_TAIL + r"\s+(?:also\s+|have\s+also\s+|had\s+also\s+|have\s+|had\s+|has\s+)?"
            r"(?:participated|took\s+part|"
            r"invested|chipped\s+in|co-invested|came\s+in|pitched\s+in|joined\s+(?:the|in)|joined(?=\s*[,.;])|"
            r"contributed|backed\s+the)"
        ),
    ),
    (
        ("among", "part of", "one of"),
        re.compile(
            _LIST
            + r"\s+(?:were|was|are|is)\s+(?:also\s+)?(?:among|part\s+of|one\s+of)\s+(?:the\s+)?(?:other\s+|new\s+|"
            r"existing\s+)?(?:investors|backers|participants|investor|backer)"
        ),
    ),
    (
        ("investors", "backers", "participants", "shareholders"),
        re.compile(
            r"\b(?:[Ii]nvestors|[Bb]ackers|[Pp]articipants|[Ss]hareholders)"
            r"(?:\s+in\s+(?:that|the|this)\s+(?:[\w\-]+\s+)?(?:round|financing|raise))?"
            # ("from backers that included A and B")
            r"(?:\s+(?:that|who|which))?"
            r"\s+(?:also\s+)?(?:including|includes?|included|such\s+as|like|were|are)\s+" + _LIST
        ),
    ),
    (
        ("featured", "included", "drew", "attracted"),
        # "That round also included A, B and C", "The round, worth about $11m, also drew A and B"
        re.compile(
            r"\b(?:round|financing|raise|fundraise|fundraising)(?:\s*,[^,;\x01]{1,60},)?\s+(?:also\s+)?"
            r"(?:featured|included|drew|attracted)\s+"
            r"(?:participation\s+from\s+)?" + _LIST_OPEN
        ),
    ),
    (
        ("came from", "comes from", "come from"),
        # "The funding came from A and B", "Money for the round came from A, B and C"
        re.compile(
            r"\b(?:[Ff]unding|[Ff]inancing|[Mm]oney|[Cc]apital|[Ii]nvestment|[Cc]ash|[Rr]ound)(?:\s+(?:for|in)\s+(?:the\s+)?"
            r"(?:[\w\-]+|\x01\d+\x02))?\s+(?:also\s+|mainly\s+|mostly\s+)?(?:came|comes|come)\s+from\s+"
            r"(?:(?:existing|new|returning|other)\s+)?(?:(?:investors|backers|shareholders)\s+)?(?:including\s+|such\s+as\s+)?"
            + _LIST_OPEN
        ),
    ),
    (
        ("shares to",),
        re.compile(
            r"\b(?:allotment|allocation|issu(?:e|ance|ing)|placement|sale)\s+of\s+(?:new\s+)?(?:shares|stock|equity)\s+"
            r"to\s+" + _LIST_OPEN
        ),
    ),
    (
        ("to participate", "to join", "to invest"),
        re.compile(
            _LIST + r"\s+(?:is|are)\s+(?:also\s+)?(?:likely|expected|set|said|in\s+talks|in\s+discussions)\s+to\s+"
            r"(?:participate|join|invest)"
        ),
    ),
]
_INVESTOR_HINT_RE = re.compile(
    r"led\b|lead|particip|part\b|invest|backer|backed|among|chipp|join|contribut|pitch|came|from|shareholder"
    r"|headed|anchored|followed|accompanied|shares\s+to|featured|included|drew|attracted"
)
_FROM_RE = re.compile(
    r"\bfrom\s+(?:(?:(?:a|an)\s+(?:group|consortium|syndicate)\s+of\s+)?investors\s+(?:including|such\s+as)\s+"
    r"|(?:a|an)\s+(?:[\w\-]+\s+)?(?:consortium|syndicate|group)\s+(?:of\s+[\w\-]+\s+)?(?:including|such\s+as)\s+)?"
    + _LIST_OPEN
)
_BACKED_RE = re.compile(r"\bbacked\s+by\s+" + _LIST_OPEN)
_ASIDE_BACKED_RE = re.compile(r",\s+(?:(?:which|that|who)\s+(?:is|are|was|were|has\s+been)\s+(?:also\s+)?)?b$")


# "A landed R84-million and B R51-million": a second company and amount, the verb left out.
_GAPPED_RE = re.compile(
    r"\x03(\d+)\x04(?:\s*,\s*|\s+)and\s+(?:[a-z][\w\-]*\s+){0,3}?\x01(\d+)\x02\s+"
    # ("... and C roughly $6.9 billion")
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|over|more\s+than|just\s+over|close\s+to)\s+)?"
    r"\x03(\d+)\x04"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:from|in|each|respectively|both|led)\b)"
)


def _gapped_rounds(doc: Doc, i: int, text: str, here: list[FundingCand], covered: set[int]) -> None:
    for m in _GAPPED_RE.finditer(text):
        first, company, j = int(m.group(1)), doc.mentions[int(m.group(2))].entity, int(m.group(3))
        told = next((c for c in here if c.amount == first and c.company is not None), None)
        if told is None or j in covered or not doc.could_be_org(company) or doc.is_person(company):
            continue
        if any(c.company == company for c in here):
            continue
        here.append(FundingCand(company, i, amount=j, certainty=told.certainty, sents=[i], pos=m.start(2)))
        covered.add(j)


def find_funding(doc: Doc, sent_ids: list[int], departures: list[DepartureCand]) -> list[FundingCand]:
    """Funding mentions in article order; anonymous ones (``company=None``) merge later."""
    out: list[FundingCand] = []
    ventures = {d.person: d.to_org for d in departures if d.to_org is not None and d.founded}
    for i in sent_ids:
        text = doc.abstract(i)
        here: list[FundingCand] = []
        covered: set[int] = set()
        for v in _FUND_VERB_RE.finditer(text):
            obj = _FUND_OBJ_RE.match(text, v.end())
            if not obj:
                continue
            bad = _NOT_FUNDING_AFTER_RE.match(text, v.end())
            if bad and bad.end() <= _OBJ_TAIL_RE.match(text, obj.end()).end():
                continue  # "raised its stake", "secured a $50m deal" (not "$2bn of investment in a deal")
            if v.group(0).startswith(_NEEDS_CLEAR_OBJECT) and not _CLEAR_OBJECT_RE.search(obj.group(0)):
                continue
            if "\x03" in obj.group(0) and _NOT_ROUND_MONEY_RE.match(text, v.end()):
                continue
            if _not_a_round(text, v.start(), v.end(), obj.end()):
                continue
            _add_verb_mention(doc, i, text, v.start(), v.end(), ventures, here, covered)
        low = text.lower()
        planned = "fund" in low or "financ" in low or "round" in low or "rais" in low or "series" in low
        for p in _PLAN_RE.finditer(text) if planned else ():
            _add_verb_mention(doc, i, text, p.start(), p.end(), ventures, here, covered, hedged=True)
        invested = "invest" in low or "inject" in low or "pour" in low or "put" in low or "pump" in low or "plo" in low
        for m in _INVESTED_RE.finditer(text) if invested else ():
            company = doc.mentions[int(m.group(3))].entity
            investors = [doc.mentions[int(m.group(1))].entity] if m.group(1) is not None else []
            cert = certainty(text, m.start())
            if cert is None or not doc.could_be_org(company) or doc.is_person(company):
                continue
            j = int(m.group(2))
            here.append(
                FundingCand(company, i, amount=j, investors=investors, certainty=cert, sents=[i], pos=m.start())
            )
            covered.add(j)
        for m in _INVESTED_IN_LIST_RE.finditer(text) if invested and "stake" not in low else ():
            investor = doc.mentions[int(m.group(1))].entity
            cert = certainty(text, m.start())
            for eid in _ids(doc, m.group(2)) if cert is not None else ():
                if eid == investor or not doc.could_be_org(eid) or doc.is_person(eid):
                    continue
                if any(c.company == eid for c in here):
                    continue
                here.append(FundingCand(eid, i, investors=[investor], certainty=cert, sents=[i], pos=m.start()))
        described = ("invested in" in text or "investment in" in text) and "stake" not in low
        for m in _INVESTED_IN_DESCRIBED_RE.finditer(text) if described else ():
            investor = (
                doc.mentions[int(m.group(1))].entity
                if m.group(1) is not None
                else doc.subject(i, text, m.start("verb"))
            )
            cert = certainty(text, m.start())
            for eid in _ids(doc, m.group("items")) if cert is not None and investor is not None else ():
                if eid == investor or not doc.could_be_org(eid) or doc.is_person(eid):
                    continue
                if any(c.company == eid for c in here):
                    continue
                here.append(FundingCand(eid, i, investors=[investor], certainty=cert, sents=[i], pos=m.start()))
        for m in _BACKED_IN_ROUND_RE.finditer(text) if "backed" in low else ():
            # "P has also backed X in a funding round last year": X's round, P its investor
            investor, company = doc.mentions[int(m.group(1))].entity, doc.mentions[int(m.group(2))].entity
            cert = certainty(text, m.start())
            if cert is None or investor == company or not doc.could_be_org(company) or doc.is_person(company):
                continue
            rnd = round_named(m.group(0))
            here.append(
                FundingCand(company, i, round=rnd, investors=[investor], certainty=cert, sents=[i], pos=m.start())
            )
        for m in _INJECTION_RECEIVED_RE.finditer(text) if "receiv" in low or "secur" in low else ():
            # "a $410 million capital injection X received in July": X's round
            company, j = doc.mentions[int(m.group(2))].entity, int(m.group(1))
            cert = certainty(text, m.start())
            if cert is None or j in covered or not doc.could_be_org(company) or doc.is_person(company):
                continue
            covered.add(j)
            here.append(
                FundingCand(
                    company, i, amount=j, round=round_named(m.group(0)), certainty=cert, sents=[i], pos=m.start()
                )
            )
        for m in _MADE_INVESTMENT_RE.finditer(text) if invested and "stake" not in low else ():
            # "P made a strategic investment in X": X's round, P its investor (with a stake
            # named, it is a stake purchase instead)
            company = doc.mentions[int(m.group("co"))].entity
            if m.group("inv") is not None:
                investor: int | None = doc.mentions[int(m.group("inv"))].entity
            else:
                investor = doc.subject(i, text, m.start("v"))
            cert = certainty(text, m.start())
            if cert is None or investor is None or investor == company or not doc.could_be_org(company):
                continue
            if doc.is_person(company) or not doc.could_be_org(investor):
                continue
            j = int(m.group("m")) if m.group("m") is not None else None
            if j is not None and (j in covered or doc.money[j].amount is None):
                j = None
            if j is not None:
                covered.add(j)
            rnd = round_named(m.group(0))
            here.append(
                FundingCand(
                    company, i, amount=j, round=rnd, investors=[investor], certainty=cert, sents=[i], pos=m.start()
                )
            )
        for m in _BACKED_WITH_RE.finditer(text) if "back" in low else ():
            # "P has backed X with $20m", "X was backed with $20m by P": X's round, P its investor
            if m.group(1) is not None:
                investor, company = doc.mentions[int(m.group(1))].entity, doc.mentions[int(m.group(2))].entity
                j = int(m.group(3))
            else:
                company, j = doc.mentions[int(m.group(4))].entity, int(m.group(5))
                investor = doc.mentions[int(m.group(6))].entity
            cert = certainty(text, m.start())
            if cert is None or j in covered or doc.money[j].amount is None or investor == company:
                continue
            if not doc.could_be_org(company) or doc.is_person(company):
                continue
            here.append(
                FundingCand(company, i, amount=j, investors=[investor], certainty=cert, sents=[i], pos=m.start())
            )
            covered.add(j)
        if " led " in text:
            _led_rounds(doc, i, text, here, covered)
        for m in _SUBSCRIBE_RE.finditer(text) if "subscri" in low else ():
            # "Current backers will subscribe for new shares in X worth $2m": a round of X
            # (a named company taking new shares buys a stake instead)
            j = int(m.group(2))
            company = doc.mentions[int(m.group(1))].entity
            subj = doc.subject(i, text, m.start())
            cert = certainty(text, m.start())
            if cert is None or j in covered or doc.money[j].amount is None or not doc.could_be_org(company):
                continue
            if (
                subj is not None
                and subj != company
                and doc.is_org(subj)
                and _NAMED_SUBSCRIBER_RE.search(text, 0, m.start())
            ):
                continue
            here.append(FundingCand(company, i, amount=j, certainty=cert, sents=[i], pos=m.start()))
            covered.add(j)
        for m in _CHEQUES_RE.finditer(text) if "cheque" in low or "check" in low or "bets" in low else ():
            # "Kinra unveiled two more cheques: $120 million for Y and $180 million for Z"
            investor = doc.subject(i, text, m.start())
            cert = certainty(text, m.start())
            for pair in _MONEY_FOR_RE.finditer(text, m.start()) if cert is not None else ():
                j, company = int(pair.group(1)), doc.mentions[int(pair.group(2))].entity
                if j in covered or doc.money[j].amount is None or not doc.could_be_org(company):
                    continue
                if doc.is_person(company) or company == investor:
                    continue
                covered.add(j)
                investors = [investor] if investor is not None and doc.is_org(investor) else []
                here.append(
                    FundingCand(company, i, amount=j, investors=investors, certainty=cert, sents=[i], pos=pair.start())
                )
        for m in _GROSS_PROCEEDS_RE.finditer(text) if "proceeds" in low else ():
            # "X has closed its private placement, ... for gross proceeds of C$61m": X's raise
            j = int(m.group(1))
            company = doc.subject(i, text, m.start())
            cert = certainty(text, m.start())
            if cert is None or j in covered or company is None or doc.money[j].amount is None:
                continue
            if doc.is_org(company) and not doc.is_person(company):
                covered.add(j)
                here.append(FundingCand(company, i, amount=j, certainty=cert, sents=[i], pos=m.start()))
        raise_lists: list[tuple[int, int]] = []  # (their names are companies, not investors)
        for m in _RAISES_FROM_RE.finditer(text) if "raises" in low or "rounds" in low else ():
            # "Other notable raises came from A, B and C": a round of each, of unstated size
            raise_lists.append((m.start(), m.end()))
            cert = certainty(text, m.start())
            for eid in _ids(doc, m.group(1)) if cert is not None else ():
                if doc.could_be_org(eid) and not doc.is_person(eid) and not any(c.company == eid for c in here):
                    here.append(FundingCand(eid, i, certainty=cert, sents=[i], pos=m.start()))
        for m in _IN_WHICH_INVESTED_RE.finditer(text) if invested and "which" in text else ():
            # "Other startups in which P has invested are A, B and C."
            investor = doc.mentions[int(m.group(1))].entity
            cert = certainty(text, m.start())
            for eid in _ids(doc, m.group(2)) if cert is not None else ():
                if eid != investor and doc.could_be_org(eid) and not doc.is_person(eid):
                    here.append(FundingCand(eid, i, investors=[investor], certainty=cert, sents=[i], pos=-1))
        for m in _POSS_INVESTMENT_RE.finditer(text) if invested and ("'" in text or "’" in text) else ():
            # "P's minority investment in X": X's round, P its investor
            investor, company = doc.mentions[int(m.group(1))].entity, doc.mentions[int(m.group(3))].entity
            cert = certainty(text, m.start())
            if cert is None or investor == company or not doc.could_be_org(company) or doc.is_person(company):
                continue
            if any(c.company == company for c in here):
                continue
            j = int(m.group(2)) if m.group(2) is not None else None
            if j is not None and (j in covered or doc.money[j].amount is None):
                j = None
            if j is not None:
                covered.add(j)
            here.append(
                FundingCand(company, i, amount=j, investors=[investor], certainty=cert, sents=[i], pos=m.start())
            )
        for m in _FUNDED_POSS_ROUND_RE.finditer(text) if "'" in text or "’" in text else ():
            # "P, which financed X's whole seed round": X's round, P its investor
            company = doc.mentions[int(m.group(1))].entity
            investor = doc.subject(i, text, m.start())
            cert = certainty(text, m.start())
            if cert is None or investor is None or investor == company or not doc.could_be_org(company):
                continue
            leads = [investor] if m.group(0).lstrip().startswith(("led", "co-led")) else []
            here.append(
                FundingCand(
                    company,
                    i,
                    round=round_named(m.group(0)),
                    investors=[investor],
                    leads=leads,
                    certainty=cert,
                    sents=[i],
                    pos=m.start(),
                )
            )
        for m in _INVESTED_ROUND_FOR_RE.finditer(text) if invested else ():
            # "P has invested $15m in a Series D round for the region's largest grocer, X"
            j, k = int(m.group(1)), int(m.group(2))
            company = doc.mentions[k].entity
            investor = doc.subject(i, text, m.start())
            cert = certainty(text, m.start())
            if j in covered or cert is None or not doc.could_be_org(company) or investor == company:
                continue
            here.append(
                FundingCand(
                    company,
                    i,
                    amount=j if doc.money[j].amount is not None else None,
                    round=round_named(m.group(0)),
                    investors=[] if investor is None else [investor],
                    certainty=cert,
                    sents=[i],
                    pos=m.start(),
                )
            )
            covered.add(j)
        if "\x03" in text:
            _noun_rounds(doc, i, text, here, covered)
            _its_rounds(doc, i, text, here, covered)
            if " with " in text:
                _with_rounds(doc, i, text, here, covered)
            for m in _LED_POSS_ROUND_RE.finditer(text) if " led " in text and ("'" in text or "’" in text) else ():
                # "P, which also backs Q, led X's $12 million round": P leads X's round
                company = doc.mentions[int(m.group(1))].entity
                lead = doc.subject(i, text, m.start())
                if lead is None or lead == company or not doc.could_be_org(lead) or doc.is_person(lead):
                    continue
                for c in here:
                    if c.company == company:
                        for bucket in (c.investors, c.leads):
                            if lead not in bucket:
                                bucket.append(lead)
        for m in _ROUND_FOR_LED_RE.finditer(text) if " by " in text else ():
            # "The round for X was led by P": X's round (its investors are read below)
            company = doc.mentions[int(m.group(1))].entity
            cert = certainty(text, m.start())
            if cert is None or not doc.could_be_org(company) or any(c.company == company for c in here):
                continue
            j = None
            for mm in MONEY_TOKEN_RE.finditer(text, m.start(), m.start(1)):
                k = int(mm.group(1))
                if (
                    k not in covered
                    and doc.money_role[k] not in ("alt", "valuation")
                    and doc.money[k].amount is not None
                ):
                    j = k
                    covered.add(k)
                    break
            rnd = round_named(text[m.start() : m.start(1)])
            here.append(FundingCand(company, i, amount=j, round=rnd, certainty=cert, sents=[i], pos=m.start()))
        for m in _COLON_RE.finditer(text) if ":" in text else ():
            # Newsletter bullets: "Acme Robotics (Lyon): $9M seed, led by X."
            j = int(m.group(2))
            if j in covered or doc.money[j].amount is None:
                continue
            if not _BULLET_ROUND_RE.search(text[m.end() : _clause_end(text, m.end()) + 1][:120]):
                continue  # "Subscription Revenues: $412 million, up 20%": a figure, not a round
            company = doc.mentions[int(m.group(1))].entity
            rnd = round_named(text[m.end() : m.end() + 40])
            here.append(FundingCand(company, i, amount=j, round=rnd, sents=[i], pos=m.start()))
            covered.add(j)
        anon = (_ANON_RE if _ANON_OF_RE.search(text) else _ANON_M_RE) if "\x03" in text else None
        for m in anon.finditer(text) if anon is not None else ():
            j = int(next(g for g in m.groups() if g is not None))
            if j in covered or doc.money_role[j] in ("alt", "valuation"):
                continue
            cert = certainty(text, m.start())
            if cert is None:
                continue
            rnd = round_named(text[m.start() : m.end() + 1])
            here.append(
                FundingCand(None, i, amount=j, round=rnd, certainty=cert, primary=False, sents=[i], pos=m.start())
            )
            covered.add(j)
        if here and " and " in text:
            _gapped_rounds(doc, i, text, here, covered)
        investors, leads = _investors(text, here) if "\x01" in text and _INVESTOR_HINT_RE.search(low) else ([], [])
        if raise_lists:
            investors = [(at, g) for at, g in investors if not any(a <= at < b for a, b in raise_lists)]
        if here:
            if len(here) == 1 or any(c.pos < 0 for c in here):
                _attach(doc, here[0] if len(here) > 1 else here[-1], [g for _, g in investors], [g for _, g in leads])
            else:
                # Several deals in one sentence ("A raised X led by P; B picked up Y from Q"):
                # each investor list belongs to the nearest deal before it.
                ordered = sorted(here, key=lambda c: c.pos)
                for groups, is_lead in ((investors, False), (leads, True)):
                    for at, group in groups:
                        owner = ordered[0]
                        for c in ordered:
                            if c.pos <= at:
                                owner = c
                        _attach(doc, owner, [] if is_lead else [group], [group] if is_lead else [])
            out.extend(here)
        elif investors:
            _attach_recent(doc, out, i, [g for _, g in investors], [g for _, g in leads], text)
        if not here and out and i - out[-1].sent <= 2 and out[-1].round is None:
            the_round = _THE_ROUND_RE.search(text)
            if the_round:
                out[-1].round = round_named(the_round.group(0))  # "The Series C values it at ..."
        _attach_valuation(doc, i, text, here or out[-1:] if out and i - out[-1].sent <= 2 else here)
    return out


# The subject's mention is not the company when it is a founder in a "set up by A, B and
# C" list, or the product in "the maker of the X chatbot".
_FOUNDER_LIST_BEFORE_RE = re.compile(
    r"\b(?:founded|co-founded|cofounded|set\s+up|started|established|launched|created|built|run|led|headed)"
    r"\s+(?:[\w\-]+\s+){0,4}?by\s+(?:(?:[\w\-.]+\s+){0,3}?\x01\d+\x02\s*(?:,\s*(?:and\s+)?|and\s+))*"
    r"(?:[\w\-.]+\s+){0,3}?$"
)
_LIST_CLOSED_RE = re.compile(r"\band\s+(?:[\w\-.]+\s+){0,3}?\x01\d+\x02\s*,\s*$")
_PRODUCT_OF_BEFORE_RE = re.compile(
    r"\b(?:maker|makers|developer|developers|creator|creators|owner|owners|operator|publisher)\s+of\s+(?:the\s+)?$"
)
# "had raised a combined $20 million", "a cumulative $1 billion": a sum over several rounds.
_AGGREGATE_BEFORE_RE = re.compile(
    r"\b(?:combined|cumulative|collectively|together)\s+(?:total\s+of\s+)?(?:about\s+|around\s+|roughly\s+|"
    r"nearly\s+|over\s+|more\s+than\s+|some\s+)?$"
)


# "helped the region raise $49bn", "companies in the bloc struggle to raise billions": a place,
# a market or companies in general raise the money, not a named company.
_GENERIC_SUBJ_RE = re.compile(
    r"\b(?:region|regions|city|cities|country|countries|sector|sectors|market|markets|industry|ecosystem|"
    r"continent|nation|bloc|companies|startups|start-ups|firms|founders)"
    r"(?:\s+(?:in|of|across|from)\s+(?:the\s+)?[\w\-]+)?,?\s+(?:(?:still|often|struggle|struggles|struggled|need|needs|"
    r"to|can|could|must|have|has|had|helped|help|tried|try|manage|managed|continue|continued)\s+){0,3}$"
)


# (also an apposition describing the name: "X, a developer of software for logistics companies,")
_OPEN_RELATIVE_RE = re.compile(r",\s+(?:which|who|that|an?|the)\b[^,]*$")


def _subject_mention(doc: Doc, text: str, eid: int, end: int) -> re.Match[str] | None:
    """The last mention of entity ``eid`` before ``end`` in abstract sentence ``text``."""
    last = None
    for t in TOKEN_RE.finditer(text, 0, end):
        if doc.mentions[int(t.group(1))].entity == eid:
            last = t
    return last


def _not_the_company(doc: Doc, text: str, subj: int, start: int) -> int | None:
    """``subj`` as the company raising at ``start``, corrected: the possessed name for an
    owner ("P's X raised": X), None for a founder or a product."""
    t = _subject_mention(doc, text, subj, start)
    if t is None:
        return subj
    founders = _FOUNDER_LIST_BEFORE_RE.search(text, max(0, t.start() - 160), t.start())
    if founders and not _LIST_CLOSED_RE.search(founders.group(0)):
        return None  # ("co-led by A and B, X raised": the list closed with "and B"; X is no founder)
    if _PRODUCT_OF_BEFORE_RE.search(text, max(0, t.start() - 30), t.start()):
        return None
    if doc.kind(subj) == "org":
        return subj
    owned = _OWNED_RE.match(text, t.end())
    if owned:
        return doc.mentions[int(owned.group(1))].entity
    if doc.entities[subj].person_shape and (
        doc.mentions[int(t.group(1))].possessive or text.startswith(_PAY_VERBS, start)
    ):
        return None  # "P's lab raised": not P; "P received $200 million": pay, not a round
    return subj


_PAY_VERBS = ("receiv", "got", "get", "won", "win", "earn")


_POSS_HEAD_RE = re.compile(r"[^\x01]{0,30}\x01(\d+)\x02['’]s\s+(?:[a-z][\w\-]*\s+){1,2}$")
_OWNED_RE = re.compile(r"['’]s?\s+" + E + r"(?=\s*,|\s+(?:has|have|had|was|is|raised|raises|secured|closed|said|will))")


def _noun_rounds(doc: Doc, i: int, text: str, here: list[FundingCand], covered: set[int]) -> None:
    """Rounds named by a noun with their company (see _ROUND_FOR_RE), not already found."""
    found: list[tuple[int, int, int]] = []  # (position, money, company mention)
    for m in _ROUND_FOR_RE.finditer(text):
        j, k = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        found.append((m.start(), int(j), int(k)))
    for m in _RAISED_BY_RE.finditer(text) if " by " in text else ():
        found.append((m.start(), int(m.group(1)), int(m.group(2))))
        end = m.end()
        while more := _MORE_BY_RE.match(text, end):
            # "$280m raised by A, $140m by B and $110m by C": the verb left out after the first
            found.append((more.start(1), int(more.group(1)), int(more.group(2))))
            end = more.end()
    if found and " deal" in text:
        # "... were a $210m series C round for X, a $95m deal for Y and ...": a deal
        # listed among rounds is one too.
        for m in _DEAL_FOR_RE.finditer(text):
            found.append((m.start(), int(m.group(1)), int(m.group(2))))
    for m in _ROUND_VALUES_RE.finditer(text) if "valu" in text else ():
        found.append((m.start(), int(m.group(1)), int(m.group(2))))
    n_for = len(found)
    for m in _POSS_ROUND_RE.finditer(text):
        found.append((m.start(), int(m.group(2)), int(m.group(1))))
    if len(found) > n_for:
        # "among them X's £90m round in March and Y's £40m raised in June": a possessed
        # amount listed among rounds is one too.
        for m in _POSS_CLOSED_RE.finditer(text):
            found.append((m.start(), int(m.group(2)), int(m.group(1))))
    investor = None
    inv = _INVEST_SENT_RE.search(text)
    if inv:
        for m in _MONEY_IN_RE.finditer(text):
            found.append((m.start(), int(m.group(1)), int(m.group(2))))
        verb = _INVEST_VERB_RE.search(text)
        investor = doc.subject(i, text, verb.start()) if verb else None
        if investor is not None and not doc.is_org(investor):
            investor = None
    for m in _WITH_ROUND_RE.finditer(text) if " with " in text else ():
        subj = doc.subject(i, text, m.start())
        if subj is None and (owner := _POSS_HEAD_RE.match(text, 0, m.start())):
            subj = doc.mentions[int(owner.group(1))].entity  # "X's story started with a $30m seed round"
        if subj is not None:
            k = next(
                (
                    int(t.group(1))
                    for t in TOKEN_RE.finditer(text, 0, m.start())
                    if doc.mentions[int(t.group(1))].entity == subj
                ),
                -1,
            )
            if k >= 0:
                found.append((m.start(), int(m.group(1)), k))
    for pos, j, k in sorted(found):
        company = doc.mentions[k].entity
        if j in covered or doc.money_role[j] in ("alt", "valuation") or doc.money[j].amount is None:
            continue
        if not doc.could_be_org(company) or (doc.entities[company].person_shape and doc.kind(company) != "org"):
            continue
        cert = certainty(text, pos)
        if cert is None:
            continue
        # (the round named up to the next amount: "a $95m deal for Y and a £60m series B round")
        own = text.find("\x04", pos)
        nxt = text.find("\x03", own if own >= 0 else pos)
        rnd = round_named(text[pos : min(len(text), pos + 60, nxt if nxt >= 0 else len(text))])
        investors = [investor] if investor is not None and investor != company else []
        here.append(
            FundingCand(company, i, amount=j, round=rnd, investors=investors, certainty=cert, sents=[i], pos=pos)
        )
        covered.add(j)


# "since its $50 million Series B", "Following its $12m seed round, X ...": a round the pronoun's
# company raised (an investor's "its $30m investment" or "its $300m fund" is not one).
_ITS_ROUND_RE = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?!its\b)[\w\-]+\s+){0,2}?"
    # ("Its last round, a $40 million Series B, was led by P")
    r"(?:(?:last|latest|previous|most\s+recent|first)\s+(?:funding\s+)?round,\s+(?:an?\s+)?)?"
    + M
    + r"\s+(?:[\w\-]+\s+){0,2}?(?:round|raise|fundraise|fundraising|financing|[Ss]eries\s+[A-K]\+?(?![\w+])|"
    r"(?:pre-)?seed\s+round)\b"
)


# "X topped the chart with $48 million in its Series C round", "closed the year with $5 million
# in fresh funding": the amount a round brought, owned by the clause's subject.
_WITH_AMOUNT_IN_ROUND_RE = re.compile(
    r"\bwith\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+)?\x03(\d+)\x04\s+in\s+"
    r"(?:its\s+|their\s+|a\s+|an\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:round|funding|financing)\b"
)


def _fresh_amount(doc: Doc, j: int, covered: set[int]) -> bool:
    """Is amount ``j`` a plain figure no rule has taken yet (not a conversion or valuation)?"""
    return j not in covered and doc.money_role[j] not in ("alt", "valuation") and doc.money[j].amount is not None


def _with_rounds(doc: Doc, i: int, text: str, here: list[FundingCand], covered: set[int]) -> None:
    """Rounds told as "X ... with $M in (its) round": the subject raised the amount."""
    for m in _WITH_AMOUNT_IN_ROUND_RE.finditer(text):
        j = int(m.group(1))
        if not _fresh_amount(doc, j, covered):
            continue
        _add_round(doc, i, text, m, doc.subject(i, text, m.start()), j, None, here, covered)


def _add_round(
    doc: Doc,
    i: int,
    text: str,
    m: re.Match[str],
    company: int | None,
    j: int,
    lead: int | None,
    here: list[FundingCand],
    covered: set[int],
) -> None:
    """The round ``m`` names, of ``company`` (when an organisation) for amount ``j``, led by ``lead``."""
    if company is None or not doc.could_be_org(company) or doc.is_person(company):
        return
    cert = certainty(text, m.start())
    if cert is None:
        return
    leads = [lead] if lead is not None else []
    rnd = round_named(text[m.start() : m.end() + 1])
    here.append(
        FundingCand(
            company,
            i,
            amount=j,
            round=rnd,
            investors=list(leads),
            leads=leads,
            certainty=cert,
            sents=[i],
            pos=m.start(),
        )
    )
    covered.add(j)


# "The $25 million round was led by P", "The company's $8m seed round ...": a sentence opening
# with a round no name owns, after the article has named its company.
_THE_ROUND_OPENS_RE = re.compile(
    r"^\s*[\"“]?[Tt]he\s+(?:(?:company|firm|startup|start-up|group)['’]s\s+)?(?:(?:latest|new|fresh|most\s+recent)\s+)?"
    + M
    + r"\s+(?:[\w\-]+\s+){0,2}?(?:round|raise|fundraise|fundraising|financing|[Ss]eries\s+[A-K]\+?(?![\w+])|"
    r"(?:pre-)?seed\s+round)\b"
)


def _its_rounds(doc: Doc, i: int, text: str, here: list[FundingCand], covered: set[int]) -> None:
    """Rounds named by a noun a possessive pronoun owns: the owner is the clause's subject, or,
    in a phrase opening the sentence, the main clause's subject. A sentence opening with "the"
    round names the article's company's (``topic_org``)."""
    the = _THE_ROUND_OPENS_RE.match(text) if i > 0 and text.lstrip(' "“').startswith(("The ", "the ")) else None
    if the is not None and _fresh_amount(doc, int(the.group(1)), covered):
        _add_round(doc, i, text, the, doc.topic_org(i), int(the.group(1)), None, here, covered)
    for m in _ITS_ROUND_RE.finditer(text) if ("its " in text or "Its " in text or "heir " in text) else ():
        j = int(m.group(1))
        if not _fresh_amount(doc, j, covered):
            continue
        k = fronted_subject(text, m.start())
        company = doc.mentions[k].entity if k is not None else doc.subject(i, text, m.start())
        if company is None and "\x01" not in text[: m.start()] and i > 0:
            company = doc.topic_org(i)  # "Its last round, a $40m Series B, ...": the article's company
        lead = None
        if company is not None and _LED_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            # "X's backers include P, which led its $15m Series A": the subject leads the round;
            # "its" is the company named before it
            lead = company
            company = doc.resolve_pronoun(i, text[: m.start()], "it", {lead})
        _add_round(doc, i, text, m, company, j, lead, here, covered)


_LED_BEFORE_RE = re.compile(r"\b(?:co-)?(?:led|leading|headed|heading|anchored|anchoring|financed|funded)\s+$")
_INVESTED_ROUND_FOR_RE = re.compile(
    r"\binvest(?:ed|s|ing)?\s+(?:about\s+|around\s+|roughly\s+|some\s+)?"
    + M
    + r"\s+in(?:to)?\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w\-]+\s+){0,4}?(?:round|financing|funding)(?:\s+of\s+(?:funding|financing|investment))?\s+(?:for|of)\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w\-]+|\x01\d+\x02)['’]s\s+)?(?:(?:[\w\-]+\s+){0,5}?[\w\-]+,\s+)?" + E + r"(?!['’])"
)
_SUBSCRIBE_RE = re.compile(
    r"\bsubscrib(?:e|es|ed|ing)\s+(?:for|to)\s+(?:[\d,.]+\s+(?:million\s+)?)?(?:new\s+)?(?:shares|stock)\s+(?:in|of)\s+"
    r"(?:the\s+)?"
    + E
    + r"(?!['’])[^.;\x01]{0,60}?\b(?:at\s+a\s+(?:total\s+)?cost\s+of|for|worth|totalling|totaling)\s+"
    r"(?:about\s+|around\s+|some\s+)?" + M
)
# A named company (not "current backers") as the subscriber: its clause opens with the name.
_NAMED_SUBSCRIBER_RE = re.compile(r"\x02\s+(?:(?:has|have|had|will|would|also|agreed|agrees|to|plans)\s+)*$")
# "unveiled two more cheques: $120 million for Y and $180 million for Z"
_CHEQUES_RE = re.compile(r"\b(?:cheques|checks|bets|investments)\s*:\s+(?=\x03)")
_MONEY_FOR_RE = re.compile(
    r"(?:[:,]|\band)\s+(?:another\s+)?\x03(\d+)\x04\s+(?:for|in|into)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?\x01(\d+)\x02(?!['’])"
)
# "has closed its private placement, selling 1.9m shares at C$31.50 for gross proceeds of C$61m"
_GROSS_PROCEEDS_RE = re.compile(
    r"\b(?:private\s+placement|public\s+offering|share\s+offering|offering|placement|rights\s+issue)\b"
    r"[^.;\x01]{0,120}?\b(?:gross|net|total)\s+proceeds\s+of\s+(?:about\s+|approximately\s+|around\s+)?\x03(\d+)\x04"
)
# "Other notable raises came from A, B and C", "This week's rounds went to A and B"
_RAISES_FROM_RE = re.compile(
    r"\b(?:raises|rounds|fundraises|fundraisings)\s+(?:(?:this|last)\s+(?:week|month)\s+)?"
    r"(?:came\s+from|went\s+to|were\s+(?:by|from))\s+" + _LIST_OPEN
)
_IN_WHICH_INVESTED_RE = re.compile(
    r"\b(?:companies|startups|start-ups|firms|ventures|businesses)\s+in(?:to)?\s+which\s+"
    + E
    + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?invested\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:include|includes|included|are|were)\s+" + _LIST_OPEN
)
_POSS_INVESTMENT_RE = re.compile(
    E + r"\.?['’]s?\s+(?:(?:" + M + r"|[a-z][\w\-]*)\s+){0,3}?investment\s+in(?:to)?\s+(?:the\s+)?" + E + r"(?!['’])"
)
_FUNDED_POSS_ROUND_RE = re.compile(
    r"\b(?:funded|financed|co-led|led|backed|joined|(?:invested|participated|took\s+part)\s+in)\s+"
    + E
    + r"['’]s?\s+(?:entire\s+|whole\s+|first\s+|latest\s+)?"
    r"(?:[Ss]eries\s+[A-K]\+?|seed|pre-seed|angel)\s+(?:funding\s+|financing\s+)?round\b"
)
_LED_POSS_ROUND_RE = re.compile(
    r"\b(?:co-)?led\s+" + E + r"['’]s?\s+(?:[\w\-\x03\x04]+\s+){0,3}?(?:round|financing|funding|raise|"
    r"[Ss]eries\s+[A-K]\+?(?![\w+]))"
)
# "P led a $10 million round for X", "P led the Series D round that valued X at ...", "X said P
# led a $10 million round": a round named by its lead, the company found around it.
_LED_ROUND_RE = re.compile(
    _LIST + r"\s+(?:also\s+|has\s+|had\s+)?(?:co-)?led\s+(?:the|a|an|its|their)\s+"
    r"(?P<np>(?:(?!(?:of|for|in|into|that|which)\b)[\w\-$\x03\x04]+\s+){0,5}?)"
    r"(?:(?:round|financing|funding|investment|raise|tranche|seed)\b|[Ss]eries\s+[A-K]\+?(?![\w+]))(?:\s+round\b)?"
)
_ROUND_COMPANY_RE = re.compile(
    r"(?:\s+of\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?\s+(?:(?:for|in|into)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?"
    r"|(?:that|which)\s+valued\s+|,?\s+valuing\s+)" + E + r"(?!['’])"
)


def _led_rounds(doc: Doc, i: int, text: str, here: list[FundingCand], covered: set[int]) -> None:
    for m in _LED_ROUND_RE.finditer(text):
        leads = _ids(doc, m.group(1))
        company = None
        owner = _ROUND_COMPANY_RE.match(text, m.end())
        if owner:
            company = doc.mentions[int(owner.group(1))].entity
        else:
            r = reporting_verb(text, m.start())
            if r is not None:
                company = doc.subject(i, text, r)
        if company is None or company in leads or not doc.could_be_org(company) or doc.is_person(company):
            continue
        if any(c.company == company for c in here):
            continue  # the round is read already ("X raised $5m; P led the round")
        cert = certainty(text, m.start())
        if cert is None:
            continue
        amount = None
        for mm in MONEY_TOKEN_RE.finditer(m.group("np")):
            j = int(mm.group(1))
            if j not in covered and doc.money_role[j] not in ("alt", "valuation") and doc.money[j].amount is not None:
                amount = j
                covered.add(j)
                break
        rnd = round_named(text[m.start("np") : m.end() + 1])
        here.append(
            FundingCand(
                company,
                i,
                amount=amount,
                round=rnd,
                investors=list(leads),
                leads=list(leads),
                certainty=cert,
                sents=[i],
                pos=m.start(),
            )
        )


_ROUND_WORD_RE = re.compile(r"\b(?:round|funding|financing)\b")


_PUBLIC_ISSUE_RE = re.compile(
    r"\b(?:IPO|initial\s+public\s+offering|public\s+offering|flotation|rights\s+issue|bond\s+sale|"
    r"(?:debt|share|stock)\s+(?:offering|sale)|(?:to|will|plans\s+to|planning\s+to)\s+list\s+(?:in|on))\b"
)


def generic_subject_before(text: str, pos: int) -> bool:
    """Is the subject before ``pos`` companies or places in general ("companies in the bloc
    struggle to raise", "the region's startups have raised")? No one company raises there."""
    generic = _GENERIC_SUBJ_RE.search(text, max(0, pos - 80), pos)
    return generic is not None and not _OPEN_RELATIVE_RE.search(text, max(0, generic.start() - 160), generic.start())


def money_not_a_round(text: str) -> bool:
    """Does abstract sentence ``text`` tell money that is no round (won, earned or paid; a fund's
    own; raised by a public issue, debt or an asset sale)? The rules' own exclusions read over
    the whole sentence, for a reader that has no verb position to anchor them to."""
    if _NOT_ROUND_MONEY_RE.search(text) or _PUBLIC_ISSUE_RE.search(text):
        return True
    return any(
        _FOR_FUND_RE.match(text, m.start()) or _NOT_ROUND_MEANS_RE.match(text, m.start())
        for m in MONEY_TOKEN_RE.finditer(text)
    )


def _not_a_round(text: str, start: int, end: int, obj_end: int) -> bool:
    """Money raised through a fund, a public issue, debt or an asset sale: no round of a company
    (unless a round is named: "raised $5m in a pre-IPO round")."""
    m = MONEY_TOKEN_RE.search(text, end, obj_end + 1)
    if m is not None and _FOR_FUND_RE.match(text, m.start()):
        return True
    clause = text[end : _clause_end(text, end)]
    if _ROUND_RE.search(clause) or _ROUND_WORD_RE.search(clause):
        return False
    if m is not None and _NOT_ROUND_MEANS_RE.match(text, m.start()):
        return True
    if _STAKE_SALE_BEFORE_RE.search(text, max(0, start - 160), start):
        return True  # "sold a 9.5% stake in T, raising $121 million": a seller's proceeds
    return _PUBLIC_ISSUE_BEFORE_RE.search(text, max(0, start - 160), start) is not None


# A stake or shares sold just before a participle of raising: the money is the seller's
# proceeds, no round ("X sold a 10% stake in T, raising $121 million").
_STAKE_SALE_BEFORE_RE = re.compile(
    r"\b(?:sold|sells|selling|offloaded|offloading|divested|divesting)\s+[^;]{0,100}?\b(?:stake|shares|holding|"
    r"stock)\b[^;]{0,80}?,\s+(?:thereby\s+)?$"
)


def _add_verb_mention(
    doc: Doc,
    i: int,
    text: str,
    start: int,
    end: int,
    ventures: dict[int, int | None],
    here: list[FundingCand],
    covered: set[int],
    hedged: bool = False,
) -> None:
    cert = certainty(text, start)
    if cert is None:
        return
    if hedged and cert == "confirmed":
        cert = "rumored"
    companies: list[int] = []
    if _NAMED_PLURAL_SUBJ_RE.search(text, max(0, start - 80), start):
        return  # "Fellow London startups have also raised", "Y's rivals raised": the name only modifies
    plural = _PLURAL_SUBJ_RE.search(text, max(0, start - 80), start)
    subj = None if plural else doc.subject(i, text, start)
    if subj is None and i > 0 and DEFINITE_WHICH_RE.match(text[:start]):
        subj = doc.topic_org(i)  # "X makes drones. The startup, which raised $20m last year, ..."
    if subj is not None and (doc.is_person(subj) or doc.entities[subj].person_shape):
        # "P raised $20m for her new startup, X", "P raised $5m from angels to start X": the
        # company the money is raised for.
        fr = _FOR_VENTURE_RE.match(text, end, _clause_end(text, end))
        if fr is not None and (doc.is_person(subj) or " to " in fr.group(0)):
            cand = doc.mentions[int(fr.group(2))].entity
            if cand != subj and doc.could_be_org(cand) and not doc.is_person(cand):
                subj = cand
        elif (
            subj not in ventures
            and doc.is_person(subj)
            and _UNNAMED_VENTURE_RE.search(text, end, _clause_end(text, end))
        ):
            return  # "P has secured $5m for a new fintech venture", "P raised $50m across three startups"
    if subj is not None and (doc.kind(subj) == "person" or (subj in ventures and doc.is_person(subj))):
        venture = ventures.get(subj)
        subj = venture if venture is not None else None
        if subj is None:
            return
    if subj is not None:
        if generic_subject_before(text, start):
            return  # (not when the noun ends a relative clause: "X, which serves startups, has raised")
        subj = _not_the_company(doc, text, subj, start)
        if subj is None:
            return
    if subj is None:
        clause = text[max(0, start - 80) : start]
        listed = _INCLUDING_LIST_RE.search(text, max(0, start - 240), start)
        after = (
            _INCLUDE_LIST_AFTER_RE.match(text, end) if _THAT_RAISED_RE.search(text, max(0, start - 60), start) else None
        )
        if listed:
            # "China's AI tigers, including A, B and C, have all raised large rounds"
            # (an untyped name listed among companies is one: "A, B and C Minds")
            companies = [e for e in _ids(doc, next(g for g in listed.groups() if g)) if doc.kind(e) != "person"]
        elif after:
            companies = [e for e in _ids(doc, after.group(1)) if not doc.is_person(e)]
        elif _PLURAL_SUBJ_RE.search(clause):
            companies = latest_list(doc, i, start)
    else:
        companies = [subj]
        co = _CO_SUBJECTS_RE.search(text, max(0, start - 240), start)
        if co and not _CONJ_IN_RE.search(co.group(0)):
            co = None  # "Backed by P, X has raised": commas alone coordinate no subjects
        if co and _LIST_CLOSED_RE.search(co.group(1)):
            co = None  # "Founded by A and B, X has raised": the list closed before X
        for t in TOKEN_RE.finditer(text, co.start(), co.end()) if co else ():
            if _PREP_BEFORE_RE.search(text, max(0, t.start() - 60), t.start()):
                continue  # "A and B, both based in C, have each raised": C is no subject
            other = doc.mentions[int(t.group(1))].entity
            if other not in companies and doc.kind(other) != "person":
                companies.append(other)
    companies = [c for c in companies if doc.could_be_org(c)]
    amount = None
    vague = False
    clause_end = _clause_end(text, end)
    for mm in MONEY_TOKEN_RE.finditer(text, start, clause_end):
        j = int(mm.group(1))
        if j in covered or doc.money_role[j] in ("alt", "valuation"):
            continue
        if _AGGREGATE_BEFORE_RE.search(text, max(0, mm.start() - 40), mm.start()):
            return  # a sum over several companies or rounds, not one round
        if doc.money[j].amount is None:
            vague = True
            covered.add(j)
            break
        amount = j
        covered.add(j)
        break
    rnd = round_named(text[start : min(len(text), end + 90)])
    if rnd is None and text[max(0, start - 2) : start] == ", ":
        # "a Series A round came next, raising $90 million": the participle's round
        rnd = round_named(text[max(0, start - 80) : start])
    if not companies:
        if amount is not None or rnd is not None:
            here.append(
                FundingCand(None, i, amount=amount, round=rnd, certainty=cert, primary=False, sents=[i], pos=start)
            )
        return
    stake = (
        _FOR_STAKE_RE.match(text, text.index("\x04", text.index(f"\x03{amount}\x04")) + 1)
        if amount is not None
        else None
    )
    for company in companies:
        here.append(
            FundingCand(company, i, amount=amount, vague=vague, round=rnd, certainty=cert, sents=[i], pos=start)
        )
        if stake:
            here[-1].for_stake = float(stake.group(1))


_INCLUDING_LIST_RE = re.compile(
    r"(?:\b(?:including|such\s+as|like)\s+" + _LIST + r",|[–—]\s+" + _LIST + r"\s+[–—])"
    # "four unicorns – A, B, C and D – each of which has raised billions"
    r"\s+(?:(?:each|all|both)\s+of\s+(?:which|them)\s+|(?:which|that)\s+)?(?:(?:have|has|had|all|each|both|also)\s+)*$"
)
# "Startups that raised funding this week include A, B and C": the list the generic subject names.
_THAT_RAISED_RE = re.compile(
    r"\b(?:[Ss]tartups|[Ss]tart-ups|[Cc]ompanies|[Ff]irms|[Vv]entures|[Uu]nicorns)\s+(?:that|which)\s+(?:(?:have|had|also|recently)\s+)*$"
)
_INCLUDE_LIST_AFTER_RE = re.compile(
    r"(?:\s+(?:[\w\-]+|\x03\d+\x04)){0,5}?\s+(?:include|includes|included|were|are)\s+" + _LIST + r"\s*(?:[.;]|$)"
)
_BACKED_IN_ROUND_RE = re.compile(
    E
    + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|previously\s+|already\s+)*backed\s+"
    + E
    + r"\s+in\s+(?:a|an|its|the|their)\s+(?:[\w\-]+\s+){0,3}?(?:round|funding|financing)\b"
)
_INJECTION_RECEIVED_RE = re.compile(
    M + r"\s+(?:[\w\-]+\s+){0,2}?(?:capital\s+injection|injection|investment|funding\s+round|round)\s+"
    r"(?:that\s+|which\s+)?" + E + r"\s+(?:had\s+|has\s+)?(?:received|secured)\b"
)
# "P has invested in A, B and C", "P has poured money into A and B": a round of each, P an investor.
_INVESTED_IN_LIST_RE = re.compile(
    E + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:previously\s+)?(?:invested|poured\s+(?:money|funds|capital)|"
    r"put\s+(?:money|funds|capital))\s+in(?:to)?\s+" + _LIST_OPEN + r"(?!['’])"
)
# "The company has previously invested in U.S. AI firm X, the cloud provider Y and search
# engine Z": investees each told with a description.
_DESC_ITEM = (
    r"(?:(?:the|an?)\s+)?(?:(?:[A-Z]\.[A-Z]\.|[A-Z]{2,4}|(?!(?:and|or|in|of|for|from|with|since|after)\b)[a-z][\w\-]*)\s+)"
    r"{0,5}?\x01\d+\x02(?!['’])"
)
_INVESTED_IN_DESCRIBED_RE = re.compile(
    r"(?:"
    + E
    + r"|\b[Tt]he\s+(?:company|firm|group)|\b[Ii]t)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:previously\s+)?"
    # ("invested in a funding round of travel platform X", "made an investment in X")
    r"(?P<verb>invested\s+in\s+(?:(?:a|the)\s+(?:[\w\-]+\s+)?(?:funding|financing)?\s*round\s+(?:of|for|by)\s+)?"
    r"|made\s+(?:an?\s+)?(?:[\w\-]+\s+)?investment\s+in\s+)"
    r"(?P<items>" + _DESC_ITEM + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _DESC_ITEM + r")*)"
)
_FOR_STAKE_RE = re.compile(
    r"(?:\s+[\w\-]+){0,4}?\s+for\s+(?:a|an)\s+(\d+(?:\.\d+)?)(?:\s|-)?" + PERCENT + r"\s+(?:equity\s+)?stake\b"
)


_CLAUSE_END_RE = re.compile(r";|\.\s|,\s+(?:while|but|and\s+(?:it|the|its|he|she))\b|,\s+when\b")


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_END_RE.search(text, pos)
    return m.start() if m else len(text)


def round_named(text: str) -> str | None:
    """The first round ``text`` names ("Series B", "Seed", "Pre-IPO", "Debt"), or None."""
    m = _ROUND_RE.search(text)
    if not m:
        return None
    if m.group("series"):
        s = m.group("series")
        s = re.sub(r"\s+", " ", s)
        return "Pre-S" + s[5:].strip() if s.lower().startswith("pre-") else s[0].upper() + s[1:]
    if m.group("seed"):
        return "Pre-Seed" if m.group("seed").lower().startswith("pre") else "Seed"
    if m.group("ipo"):
        return "Pre-IPO"
    if m.group("prea"):
        return "Pre-" + m.group("prea")[4:]
    if m.group("debt"):
        return "Debt"
    if m.group("note"):
        return "Convertible " + m.group("note").split()[-1].rstrip("s")
    if m.group("letter"):
        return "Series " + m.group("letter")
    return m.group("named").capitalize()


def _ids(doc: Doc, group: str) -> list[int]:
    return [doc.mentions[int(x)].entity for x in TOKEN_RE.findall(group)]


def _investors(text: str, here: list[FundingCand]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Investor name-token groups (position, raw abstract list) found in the sentence."""
    investors: list[tuple[int, str]] = []
    leads: list[tuple[int, str]] = []
    low = text.lower()
    for hints, pat in _LEAD_PATTERNS:
        if any(h in low for h in hints):
            for m in pat.finditer(text):
                leads.append((m.start(), m.group(1)))
                investors.append((m.start(), m.group(1)))
    for hints, pat in _PARTICIPANT_PATTERNS:
        if any(h in low for h in hints):
            for m in pat.finditer(text):
                investors.append((m.start(), m.group(1)))
                if "more" in pat.groupindex and m.group("more"):
                    investors.append((m.start(), m.group("more")))
    if here:
        if "from " in low:
            first = min(c.pos for c in here)
            spans = asides(text, first) if ", " in text[:first] else []
            for m in _FROM_RE.finditer(text):
                if m.start() < first and in_aside(spans, m.start()):
                    continue  # "X, a spinout from Q, raised $8m": Q is no investor
                investors.append((m.start(), m.group(1)))
        if "backed by" in low:
            # ("X, which is backed by P, raised $10m from Q": P is an earlier backer, not this
            # round's investor, when the sentence names the round's own)
            named = bool(investors)
            for m in _BACKED_RE.finditer(text):
                if not (named and _ASIDE_BACKED_RE.search(text, max(0, m.start() - 30), m.start() + 1)):
                    investors.append((m.start(), m.group(1)))
    return investors, leads


def _attach(doc: Doc, cand: FundingCand, investors: list[str], leads: list[str]) -> None:
    for group in investors:
        for eid in _ids(doc, group):
            if eid != cand.company and eid not in cand.investors:
                cand.investors.append(eid)
    for group in leads:
        for eid in _ids(doc, group):
            if eid != cand.company and eid not in cand.leads:
                cand.leads.append(eid)


def _attach_recent(
    doc: Doc, out: list[FundingCand], i: int, investors: list[str], leads: list[str], text: str = ""
) -> None:
    if not out or i - out[-1].sent > 4:
        return
    cand = out[-1]
    named = _THE_ROUND_RE.search(text) if text else None
    if named is not None and cand.round is not None:
        # "The Series B ... was led by P": the round the sentence names, not the latest one.
        rnd = round_named(named.group(0))
        if rnd != cand.round:
            same = [c for c in out if c.round == rnd]
            if not same:
                return
            cand = same[-1]
    _attach(doc, cand, investors, leads)
    if i not in cand.sents:
        cand.sents.append(i)


_VAL_SENT_RE = re.compile(r"\bvalu(?:es|ed|ing|ation)\b")


def _attach_valuation(doc: Doc, i: int, text: str, cands: list[FundingCand]) -> None:
    if not cands or "valu" not in text or not _VAL_SENT_RE.search(text):
        return
    for mm in MONEY_TOKEN_RE.finditer(text):
        j = int(mm.group(1))
        if doc.money_role[j] == "valuation" and doc.money[j].amount is not None:
            cand = cands[-1]
            if cand.valuation is None:
                cand.valuation = j
                if i not in cand.sents:
                    cand.sents.append(i)
            return
