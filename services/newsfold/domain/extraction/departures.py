"""Departure rules: a person leaves an organisation, maybe to found a venture or join a rival.

Triggers are verbs of leaving (resigned, stepped down, left, quit, departed, exited, parted
ways, retired, "tendered her resignation"), their nouns ("her departure from Y", "P's exit
from Y"), being taken (poached by, hired by, "X has hired/appointed P", "X hired the three
co-founders of Y, A, B and C" in an acqui-hire), moving ("joins X after eight years at Y",
"joins X from Y", "Y's former CTO, P, joined X"), founder credits ("X, founded by former Y
executive P", "X was founded by P, who previously led research at Y") and founding after an
ended job ("P, who until last month ran Y's research arm, has set up X"). The employer comes
from the verb's object, else from the person's stated affiliation anywhere in the article,
else from the article's topic organisation. The destination and whether a new venture was
founded come from what follows the verb ("to found X", "to join X", "to start his own
company", "to join a startup").

Attachment follows the sentence's structure: the subject may close an apposition ("Y's
director of Z, P, left"), stand behind "who" after one, be coordinated with its own
apposition ("A, head of X, and B, head of Y, left"), or be named after a fronted clause
("Before he retires from Y, P will ..."). The employer left is a *current* one (titles marked
"former", "previously", the "from" of "joined X from Y" and destinations inside relative
clauses are past), "the company" is the sentence's head organisation, and a title held at
"its" organisation ranks before a second title. Moves phrased as hiring ("X recruited Y
researchers A and B", "A and B are joining X", "P has been appointed CEO of X after years at
Y", "replace A with B, head of Y's unit") identify a departure when the old employer is named:
"X poached P from Y", "X hired P, previously head of AI at Y" (or "She previously led ... at Y"
in the next sentence), "Y lost its head of AI, P, to X"; whoever takes a person from a named
employer is an organisation unless typed a person. Nominalisations with "of" ("confirmed the
departure of P") count, and a leaving reversed in the same report ("fired P but reinstated her")
is none.
"""

from __future__ import annotations

import re

from .candidates import DepartureCand
from .certainty import certainty
from .coref import JOINED_WHEN, affiliation, affiliation_in, pronoun_previous_job
from .document import EP, TOKEN_RE, Doc, E
from .lexicon import FUNCTION_WORDS, PHRASAL_LEAVE_STEMS, ROLE_NOUNS, TITLE_MODIFIER_WORDS, UNIT_NOUNS
from .sources import news_sources
from .triggers import trie_alternation

_LEAVE_RE = re.compile(
    r"\b(?:resign(?:ed|s|ing)?|step(?:ped|s|ping)?\s+down|st(?:oo|a)d(?:s|ing)?\s+down|quit(?:s|ting)?|left|leav(?:es|ing|e)"
    r"|abandon(?:ed|s|ing)?(?=\s+\x01\d+\x02\s+for\s+\x01)"
    r"|depart(?:ed|s|ing)?|exit(?:ed|s|ing)|part(?:ed|s|ing)\s+ways|walk(?:ed|s|ing)\s+(?:away|out)(?:\s+of(?=\s+(?:the\s+)?\x01))?"
    r"|jump(?:ed|s|ing)\s+ship|call(?:ed|s|ing)?\s+it\s+a\s+day"
    # "moved from payments group Y to become CFO at X"
    r"|mov(?:ed|es|e|ing)\s+from(?:\s+[a-z][\w\-]*){0,3}?(?=\s+\x01\d+\x02\s+to\s+(?:become|join|take|head|lead|run)\b)"
    r"|retir(?:ed|es|ing|e)|stop(?:ped|s|ping)\s+working\s+(?:at|for)(?=\s+(?:the\s+)?\x01)|(?:has|have|had)\s+moved\s+on|(?:is|are)\s+moving\s+on"
    # "stepped away from Y", "is no longer with the company", "is out as CEO of Y",
    # "ended her eight-year tenure at Y"
    r"|step(?:ped|s|ping)?\s+away(?:\s+(?:last|this|earlier\s+this)\s+(?:year|month|week)|\s+in\s+\d{4})?(?=\s+from\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:\x01|(?:role|post|position|job|"
    r"company|firm)\b))|(?:is|are|was|were)\s+no\s+longer\s+(?:with|at)(?=\s+(?:the\s+(?:company|firm|group|startup)\b|\x01))"
    # "is also gone", "is out after three years", "is stepping back from the company", "is heading for
    # the exit", "will vacate her role as"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|now|already|both|all)\s+)?gone(?=\s*(?:[,.;:]|$)|\s+(?:from|after|since|too|as\s+well)\b)"
    r"|(?:is|are|was|were)\s+(?:(?:also|now|already)\s+)?out(?=\s*(?:[,.;]|$)|\s+(?:after|following|amid|over|at)\b)"
    # (not "stepped back from the everyday running of their companies": a founder who stays)
    r"|step(?:ped|s|ping)?\s+back(?=\s+as\s|\s+from\s+(?:the|his|her|their)\s+(?:company|firm|business|group|role|post|"
    r"position|job)\b)"
    r"|head(?:s|ed|ing)?\s+(?:for|to(?:wards?)?)\s+the\s+exits?\b"
    r"|vacat(?:e|es|ed|ing)\s+(?:his|her|their)\s+(?:role|post|position|job|seat)(?=\s+(?:as|at)\s)"
    # "are both on their way out", "could be on his way out" (not "on her way out of the room")
    r"|(?:is|are|was|were|be)\s+(?:(?:both|all|also|now|already|reportedly|said\s+to\s+be)\s+)?on\s+(?:his|her|their)\s+"
    r"way\s+out(?!\s+of\s+(?:the\s+)?(?:building|room|door|meeting|country|city|office|stage|hall))"
    r"|(?:is|are|was|were)\s+out(?=\s+as\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:"
    + trie_alternation(ROLE_NOUNS)
    + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)\b)"
    r"|end(?:ed|s|ing)\s+(?:her|his|their)\s+(?:[\w\-]+\s+){0,2}?(?:tenure|stint|career)(?=\s+(?:at|with)\s+)|moves\s+on|bow(?:ed|s)\s+out"
    r"|defect(?:ed|s|ing)?(?=\s+(?:to|from)\b)|mov(?:e|es|ed|ing)(?:\s+over)?(?=\s+to\s+(?:the\s+(?:(?!(?:new|role|position|post|job|team|"
    r"division|unit|office|headquarters|board|group)\s)[\w\-&]+\s+){0,4}?)?\x01)"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been|got|is\s+being)\s+(?:ousted|fired|dismissed|sacked|axed|"
    # ("was removed without cause", "removed as chief executive"; not "removed from the board")
    r"removed(?=\s+(?:as|without|over|after|following|from\s+(?:his|her|their)\s+(?:post|position|role|job))\s)|"
    r"let\s+go|forced\s+out|pushed\s+out|pushed\s+aside(?=\s+as\s))(?!\s+(?:of|by\s+(?:the\s+)?(?:board|shareholders|investors)\s+as\s+chair))"
    r"|(?:tender(?:ed|s|ing)?|submit(?:ted|s|ting)?|hand(?:ed|s|ing)\s+in|offer(?:ed|s|ing)?|announc(?:ed|es|ing)"
    r"|handed)\s+(?:(?:his|her|their)\s+resignation|(?:their\s+)?resignations\b)"
    # "has put in his papers" (resigned), "called it quits", "stepped aside as CEO of Y",
    # "relinquished her role as", "was relieved of his duties"
    r"|(?:put(?:s|ting)?|hand(?:ed|s|ing)?)\s+in\s+(?:his|her|their)\s+(?:papers|notice)|call(?:ed|s|ing)?\s+it\s+quits"
    # "has given her notice at Y"
    r"|(?:giv(?:e|es|en|ing)|gave)\s+(?:his|her|their)\s+notice"
    # "called time on her stint at Y"
    r"|call(?:ed|s|ing)?\s+time\s+on\s+(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:stints?|tenures?|careers?|time)"
    r"|st(?:ep(?:ped|s|ping)?|ood|ands?|anding)\s+aside(?=\s+(?:as|from)\s)"
    r"|relinquish(?:ed|es|ing)?\s+(?:his|her|their)\s+(?:role|post|position|job)(?=\s+(?:as|at)\s)"
    # ("had relinquished the CEO post with immediate effect")
    r"|relinquish(?:ed|es|ing)?\s+the\s+(?:CEO|chief\s+executive(?:\s+officer)?)\s+(?:role|post|position|job)\b"
    # "has given up the CEO post and his seat on the board", "gave up her job at Y"
    r"|(?:giv(?:e|es|en|ing)|gave)\s+up\s+(?:his|her|their|the)\s+(?:(?:[\w\-]+|CEO|CTO|CFO|COO)\s+){0,2}?"
    r"(?:role|post|position|job)(?=\s+(?:as|at|of|and|with|to)\s|[,.;])"
    r"|(?:was|were|has\s+been|have\s+been)\s+relieved\s+of\s+(?:his|her|their)\s+(?:duties|post|position|role)"
    # "will transition out of their roles" (the verb sometimes quoted: "start to transition” out")
    r"|transition(?:s|ed|ing)?[”\"’]?\s+out(?=\s+of\s+(?:his|her|their)\s+(?:roles?|posts?|positions?|jobs?)\b))\b"
)
# Verbs that mean leaving a job whatever follows ("will step down once the deal closes").
_ALWAYS_JOB = (
    "put",
    "transition",
    "call",
    "relinquish",
    "give",
    "gave",
    "resign",
    "step",
    "stood",
    "stand",
    "abandon",
    "retir",
    "bow",
    "tender",
    "submit",
    "hand",
    "offer",
    "announc",
    "was ",
    "were ",
    "has ",
    "have ",
    "had ",
    "got ",
    "is ",
    "are ",
    "end",
)
# "stepped down as CEO and became executive chairman": a new role at the same company, not a
# departure (unless a named organisation follows: "... to become chief executive of Y").
_ROLE_CHANGE_RE = re.compile(
    r"^\s+as\s+(?:[^,.;\x01\x03]|\x01\d+\x02){1,60}?\b(?:and|to|but)\s+(?:will\s+|has\s+|would\s+|is\s+to\s+)?"
    r"(?:become|became|becomes|becoming|remain|remains|stay|stays|continue|continues|take\s+(?:up|on)|"
    r"took\s+(?:up|on)|takes\s+(?:up|on)|move|moves|moved|shift|shifts|shifted)\b(?![^,.;]*\x01)"
)
# "step down and become chairman", "retire to become senior adviser": a post kept at the company.
_STAYS_AS_RE = re.compile(
    r"^\s+(?:(?:from\s+(?:the\s+|his\s+|her\s+)?(?:post|role|position)|at\s+the\s+end\s+of\s+\w+)\s+)?(and|to)\s+"
    r"(?:will\s+|would\s+|is\s+to\s+)?(?:become|becomes|became|take\s+(?:up|on)\s+the\s+(?:role|post)\s+of|"
    r"stay\s+on\s+as|remain\s+as|continue\s+as|serve\s+as)\s+(?:the\s+|its\s+|our\s+)?(?:company['’]s\s+)?"
    r"(?:non-executive\s+|executive\s+|honorary\s+|deputy\s+)?(?:vice[\s\-]+)?(?:chair|chairman|chairwoman|"
    r"chairperson|senior\s+advis[eo]r|special\s+advis[eo]r|advis[eo]r)\b[^,.;]*"
)
# "stepped down from the board", "as chair of its ethics committee", "from day-to-day
# operations", "from executive roles": a seat or duty given up while the person stays (corpus
# rule: leaving a board or a post while staying at the company is not a departure).
_NOT_JOB_EXIT_RE = re.compile(
    r"^\s+(?:from|as)\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?:\x01\d+\x02(?:['’]s)?\s+)?"
    r"(?:(?!and\b|or\b|at\b|of\b)[\w\-]+\s+){0,4}?(?:of\s+(?:the\s+|its\s+|\x01\d+\x02['’]s\s+)?"
    r"(?:\x01\d+\x02\s+)?)?(?:(?!and\b|or\b|at\b|of\b)[\w\-]+\s+){0,2}?(?:board|boards|committee|council|"
    r"day-to-day|executive\s+roles|operational\s+roles|management\s+roles|body|association|federation|chamber|"
    r"forum|lobby|trade\s+group|industry\s+group)\b"
)
_ON_LEAVE_BEFORE_RE = re.compile(
    r"\b(?:on\s+(?:[\w\-]+\s+){0,2}|(?:medical|sick|maternity|paternity|parental|garden|annual|unpaid|"
    r"compassionate|extended|study)\s+)$",
    re.I,
)
# "... but remains chair", "... and will stay on as an adviser": the person stays at the company.
_REMAINS_AFTER_RE = re.compile(
    r"[^.;]*?\b(?:but|and|while|though|although)\s+(?:(?:he|she|they|will|would|is\s+to|intends?\s+to|plans?\s+to)\s+)*"
    # ("..., although they intend to retain their positions as board members")
    r"(?:remains?|remaining|stays?|staying|retain(?:s|ing)?\s+(?:his|her|their)\s+(?:positions?|seats?|roles?|posts?))"
    r"\s+(?:on\s+)?(?:as\s+)?[\"“]?(?:the\s+|its\s+|a\s+|an\s+|our\s+)?(?:company['’]s\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:chair|chairman|chairwoman|chairperson|chief\s+executive|CEO|president|on\s+the\s+board|"
    r"board\s+members?|directors?|"
    r"with\s+the\s+(?:company|firm|group|bank)|at\s+the\s+(?:company|firm|group|bank))\b"
)
# A leaver that is no one in particular, right before the verb.
_NO_NAMED_LEAVER_RE = re.compile(
    r"\b(?:nobody|no\s+one|none|anyone|anybody|everyone|everybody|someone|somebody|no\s+(?:staff|employees|"
    r"workers|executives|managers|engineers)|(?:staff|employees|workers|engineers|executives|managers|people)\s+who)"
    r"\s+(?:(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had|to|not|also|ever|else|"
    r"else's|wants?|wanted|plans?|planned)\s+)*$",
    re.I,
)
_VERB_ADVERBS = r"also|has|had|have|then|later|abruptly|suddenly|recently|quietly|reportedly|both|all"
_OPEN_APPOSITION_RE = re.compile(
    r"(?:^|,\s+|\.\s+)\x01(\d+)\x02,\s+(?:a\s+|the\s+|its\s+)?(?:[\w\-]+\s+){0,4}?(?:of|at)\s+(?:the\s+)?\x01\d+\x02\s+"
    r"(?:(?:also|has|had|have|then|later|abruptly|suddenly)\s+)*$"
)
# "A, B and C left": the names coordinated with the verb's subject leave too.
# A job title in front of a listed name ("chief operating officer A, head of engineering B and
# head of data C left"): title and function words only, never a verb.
_TITLE_PHRASE = (
    r"(?:(?:"
    + trie_alternation(
        (*ROLE_NOUNS, *TITLE_MODIFIER_WORDS, *FUNCTION_WORDS, "of", "vice", "general", "managing", "operating")
    )
    + r"|CEO|CTO|CFO|COO|[Cc]hief|[Hh]ead|[Ss]enior|[Vv]ice)\s+){0,5}?"
)
# A title before a listed name may hold any lower-case words and an organisation's possessive
# ("head of Y's mapping unit P"), never a verb or a relative pronoun (then it is a clause).
_LIST_TITLE_PHRASE = (
    r"(?:(?:(?!(?:who|whom|whose|which|that|said|says|has|have|had|was|were|is|are|will|would|and|or|but|"
    r"joined|left|led|ran|runs|leads|after|before|while)\b)[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO|VP|SVP|EVP"
    r"|[A-Z][a-z]+(?=\s+(?:of|officer|head|chief|president|director|lead|manager)\b)|(?<=\bof\s)[A-Z][a-z]+(?=\s+[a-z])"
    r"|\x01\d+\x02['’]s)\s+){0,6}?"
)
_CO_SUBJECTS_RE = re.compile(
    r"((?:(?:\x01\d+\x02['’]s\s+)?\x01\d+\x02\s*(?:,\s*(?:and\s+)?|and\s+)" + _LIST_TITLE_PHRASE + r")+)"
    r"(?:\x01\d+\x02['’]s\s+)?\x01\d+\x02\s+"
    r"(?:(?:also|both|all|have|has|had|each|either|now|since)\s+)*$"
)
# A name in such a list, with the organisation owning it ("Y's A").
_OWNED_NAME_RE = re.compile(r"(?:\x01(\d+)\x02['’]s\s+)?\x01(\d+)\x02")
# "stepping down as CEO of X and will take up a new role at its parent": a move inside the group.
_NEW_ROLE_RE = re.compile(
    r"^\s+as\s+[^.;]{1,80}?\band\s+(?:will\s+|would\s+|is\s+to\s+)?(?:take|takes|took|taking|assume|assumes|"
    r"move\s+to|moves\s+to)\s+(?:up\s+|on\s+)?(?:a|another)\s+(?:new\s+)?(?:role|position|post|job)\b"
)
# A possessive pronoun after a closed relative clause refers to the sentence's subject
# ("P, who helped remove Q last year, announced his resignation": P's, not Q's).
_REL_CLAUSE_PREFIX_RE = re.compile(r"^\s*" + E + r"\s*,\s+(?:who|whose)\b[^,;]*,\s+(?:[\w\-]+\s+){0,4}$")
# "has been named CEO of Y, leaving X" / "joined Y, leaving X": the destination precedes.
_NAMED_BEFORE_RE = re.compile(
    r"\b(?:named|appointed|tapped|hired|made|became|becomes|joined|joins|joining)\s+(?:(?:as\s+)?(?:the\s+|its\s+|"
    r"new\s+)?(?:[\w\-]+\s+){0,4}?(?:of|at|by)\s+)?(?:the\s+)?" + E + r"\s*,\s*$"
)
# "her departure from X", "Y's exit from X", "his resignation": the possessor leaves.
_NOUN_LEAVE_RE = re.compile(
    r"(?:\x01(\d+)\x02['’]s|\b([Hh]is|[Hh]er))\s+(?:(?:abrupt|sudden|surprise|recent|planned|expected|"
    r"imminent|early|eventual|announced|own)\s+)?(?:departure|exit|resignation|retirement|defection)\b"
    r"(?:\s+(?:from|at)\s+(?:the\s+)?" + EP + r")?"
    # "P's resignation as Y's chief executive" / "as chief executive of Y": the post left names Y
    r"(?:\s+as\s+(?:(?:the|its|her|his)\s+)?(?:\x01(?P<as_org>\d+)\x02['’]s\s+)?(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|AI)\s+){0,5}"
    r"(?:" + trie_alternation(ROLE_NOUNS) + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)"
    r"(?:\s+(?:of|at)\s+(?:the\s+)?\x01(?P<as_org2>\d+)\x02(?!['’]s))?(?=[\s,.;]))?"
)
# "confirmed the departure of P, its head of AI": the nominalisation's "of" names the leaver.
_CLOSED_APP_AFTER_RE = re.compile(r"\s*,\s+[^,;]{1,80}?,(?=\s)")
_NOUN_OF_RE = re.compile(
    r"\b(?:departure|exit|resignation|retirement|defection|ouster|dismissal|firing)s?\s+of\s+(?:(?:(?:its|their|the)\s+)?"
    # "the resignation of CEO P" / "of chief executive P": a bare title before the name
    r"(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO|AI|VP|SVP|EVP)\s+){0,4}?"
    r"(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)\s*,\s+)?)?\x01(\d+)\x02(?!['’]s)(?:(?!)(his))?(?:\s+(?:from|at)\s+(?:the\s+)?"
    + EP
    + r")?"
)
# "X, who until last month ran Y's research arm," / "who previously led research at Y": an ended job.
_PAST_JOB_RE = re.compile(
    r"\bwho\s+(?:until|till|up\s+to)\s+(?:[\w\-]+\s+){0,3}?(?:ran|led|headed|oversaw|managed|was|worked|served)\b"
    r"(?:\s+(?!(?:has|have|had|is|will)\b)[\w\-]+){0,6}?\s+(?:(?:at|of|for|with|in)\s+)?(?:the\s+)?"
    + EP
    + r"|\bwho\s+(?:previously|formerly|once|until\s+recently)\s+(?:ran|led|headed|oversaw|managed|was|worked|served)"
    r"\b(?:\s+(?!(?:has|have|had|is|will)\b)[\w\-]+){0,6}?\s+(?:(?:at|of|for|with|in)\s+)?(?:the\s+)?" + EP
)
# Nouns for the employer itself, the object of a leave verb ("left the social network").
EMPLOYER_NOUNS = (
    r"company|firm|startup|start-up|group|lab|business|organi[sz]ation|employer|network|platform|bank|lender|"
    r"insurer|maker|developer|retailer|giant|operator|carrier|unicorn|studio|marketplace|conglomerate|"
    r"chipmaker|carmaker|automaker|venture|outfit|fintech|neobank|insurtech|edtech|healthtech|proptech"
)
# What may follow a verb of leaving for it to mean leaving a job (not "left the stage").
_LEAVE_AFTER_OK_RE = re.compile(
    r"^(?:['’\"”]?\s*(?:[,.;:)]|$)|\s+(?:from\s+|with\s+|as\s+)?(?:the\s+)?\x01"
    r"|\s+as\s+(?:[\w\-]+\s+){1,5}?(?:at|of|with)\s+(?:the\s+)?\x01"
    r"|\s+(?:from\s+)?(?:the|her|his|their|its)\s+(?:[\w\-]+(?:['’]s)?\s+){0,3}?(?:team|board|posts?|positions?|roles?|jobs?|"
    r"unit|division|" + EMPLOYER_NOUNS + r")\b"
    r"|\s+to\s+|\s+(?:and|or|after|in|on|at|last|this|early|late|earlier|recently|abruptly|effective|due\s+to|because|"
    r"amid|following|over|for|before|since|just|less|more|nearly|about|around|citing|unexpectedly|suddenly|"
    r"together|along|alongside|"
    r"amicably|voluntarily|"
    r"\"?on\s+good\s+terms|quietly|that|the\s+same|two|three|four|several|months|weeks|days|"
    # ("will depart once he has handed over", "plans to leave next year", "will leave shortly")
    r"next|soon|shortly|immediately|once|when|by|later|within|upon)\b)",
)
_OBJECT_RE = re.compile(
    r"^\s+(?:(?:from|with|by|at)\s+(?:the\s+)?|as\s+(?:[\w\-]+\s+){1,5}?(?:at|of)\s+(?:the\s+)?"
    r"|as\s+(?:the\s+)?(?=\x01\d+\x02['’]s)"
    r"|(?:from\s+)?(?:her|his|their)\s+(?:jobs?|posts?|roles?|positions?|seats?)\s+(?:as\s+(?:[\w\-]+\s+){1,6}?)?(?:at|of|with)\s+"
    r"(?:the\s+)?|(?:the\s+)?)" + EP
)
# "left Y's <noun phrase>": the head noun of what was left.
_POSS_OBJECT_RE = re.compile(
    r"^\s+(?:from\s+)?(?:the\s+)?\x01\d+\x02['’]s\s+(?:(?!(?:to|for|and|in|on|at|after|as)\b)[a-z][\w\-]*\s+){0,3}?"
    r"([a-z][\w\-]*)\b(?!\s+(?:[a-z][\w\-]*\s+)?(?:team|unit|division|lab|group|department|arm))"
    r"(?=\s*(?:[,.;]|$|\s+(?:to|for|and|in|on|at|after|early|late|last|this|as|when|where|with|before)\b))"
)
_JOB_PLACE_NOUNS = UNIT_NOUNS | frozenset(
    "company firm startup start-up employ payroll ranks staff workforce leadership management helm subsidiary "
    "affiliate venture".split()
)
_SUCCESSION_BEFORE_RE = re.compile(
    r"\b(?:"
    + trie_alternation(ROLE_NOUNS)
    + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)\s+(?:of|at)\s+(?:the\s+)?\x01(\d+)\x02"
    r"(?!['’]s)\s+(?:after|following|to\s+replace|replacing)\s+(?:\x01\d+\x02|(?:he|she|they))\s+(?:(?:"
    + _VERB_ADVERBS
    + r")\s+)*$"
)
_OBJ_PLACE_RE = re.compile(
    r"\s+(?:board|boardroom|building|headquarters|offices?|campus|premises|stage|meeting|conference|event|"
    r"booth|stand|plant|factory|store|shop|site|compound|auditorium|hall|arena|stadium|court|courtroom|hearing|"
    r"summit|talks|negotiations|call)\b"
)
# Verbs whose bare object is what was left ("all quit Y", "left Y"): an untyped name there is
# the employer, even one shaped like a person's name (people are seldom "quit").
_DIRECT_LEAVE_RE = re.compile(
    r"(?:quit|quits|quitting|left|leaves|leaving|exited|exits|exiting|departed|departs)$", re.I
)
_EARLIER_MOVE_RE = re.compile(r"\b(?:after|before|since|until|had)\s+$", re.I)
_FRONTED_AT_RE = re.compile(r"\s*(?:(?:Over|Elsewhere|Meanwhile)\s*,?\s+at|At|Inside)\s+(?:the\s+)?" + E + r"\s*,")
_RESIGNATION_TO_RE = re.compile(r"^\s+to\s+(?:the\s+)?" + EP)
_DEFINITE_OBJ_RE = re.compile(
    # ("left the company", "is leaving the world's largest social network")
    r"^\s+(?:from\s+)?(?:the|her|his|their)\s+(?:[\w\-]+(?:['’]s)?\s+){0,3}?(?:" + EMPLOYER_NOUNS + r")\b"
)
_FOR_RE = re.compile(r"\s+for\s+(?:rival\s+|the\s+)?" + E + r"(?!['’]s)")
# "X reported that P ...": the sentence's head is a reporter, not necessarily P's employer.
_REPORTED_THAT_RE = re.compile(r"\b(?:reported|reports|said|says|wrote|writes|learned|understands)\s+(?:that\s+)?\x01")
_TO_RE = re.compile(
    r"\s+to\s+(?:rival\s+|the\s+(?:(?!(?:new|role|position|post|job|team|division|unit|office|headquarters|"
    r"board|group)\s)[\w\-&]+\s+){0,4}?)?" + E + r"(?!['’]s)"
)
_AT_ORG_BEFORE_RE = re.compile(
    # ("in talks with X": a counterparty, not an employer)
    r"\b(?:at|(?<!talks\s)(?<!deal\s)(?<!agreement\s)(?<!partnership\s)(?<!merger\s)with|from"
    # ("spent five years on Y's mapping team before leaving")
    r"|on(?=\s+(?:the\s+)?\x01\d+\x02['’]s\s+(?:[\w\-]+\s+){0,3}?(?:team|unit|division|lab|staff)\b))\s+(?:the\s+)?"
    + EP
    + r"(?=[^,;]*$)"
)
# "Y said on Aug 4 that chief executive P had resigned": the organisation announcing its own
# officer's leaving (the person named right after "that", past a title).
_SAID_THAT_RE = re.compile(
    r"\x01(\d+)\x02(?:\s*\([^)]{1,20}\))?\s+(?:said|says|announced|announces|confirmed|confirms|disclosed)\s+"
    r"(?:(?:on|in|late|early|last)\s+(?:[\w\-]+\s+){1,3}?)?that\s+(?:its\s+)?(?:(?:[a-z][\w\-]*|CEO|CFO|CTO|COO)\s+){0,5}?"
    r"\x01\d+\x02(?:\s*,[^,;]{1,80},)?\s+(?:(?:had|has|have|will|would|is|was)\s+)?(?:[a-z]+ly\s+)?$"
)
# "After six years as director of Y, P stepped down", "Touted as a rising star at software group
# Y, P quit": a clause opening the sentence names the post's organisation.
_AFTER_YEARS_AT_RE = re.compile(
    r"\s*(?:After\s+(?:[\w\-]+\s+){1,3}?(?:years?|months|decades?)\s+(?:as\s+(?:[\w\-]+\s+){1,5}?)?(?:at|of|with|in)"
    r"|(?:Touted|Seen|Known|Hailed|Regarded)\s+as\s+(?:[\"“”'‘’]?[\w\-]+[\"“”'‘’]?\s+){1,6}?(?:at|of))\s+"
    r"(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?" + EP + r"(?=[^;\x01]{0,100}?,\s+\x01)"
)
_ORG_REMOVED_RE = re.compile(
    r"\b(?:parted\s+ways\s+with|ousted|ousting|fired|firing|dismissed|dismissing|sacked|sacking|axed|axing|"
    r"let\s+go(?:\s+of)?|"
    # "said goodbye to its CFO, P", "accepted the resignation of P", "has shown P the door"
    r"sa(?:id|ys|y|ying)\s+goodbye\s+to|b(?:id|ids|ade)\s+farewell\s+to|accept(?:ed|s|ing)?\s+the\s+resignations?\s+of|"
    r"show(?:ed|n|s|ing)?(?=\s[^.;]{0,80}?\x02\s+the\s+door\b)|"
    r"swap(?:ped|ping|s)?\s+out|"
    r"removed|forced\s+out|replac(?:ed|es|e|ing)(?=\s+(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+){0,5}?\x01\d+\x02\s+"
    # ("will replace its president and chief executive, P, the board said": its own title-holder)
    r"(?:with|by)\s+\x01|\s+its\s+(?:[\w\-]+\s+){0,5}?[\w\-]+\s*,\s+\x01\d+\x02\s*,))\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|VP|\x01\d+\x02)\s+){0,5}?"
    # "parted ways with its chief operating officer, P": a title closed by the apposed name
    r"(?:(?:"
    + trie_alternation(ROLE_NOUNS)
    + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO)\s*,\s+(?=\x01\d+\x02\s*(?:[,.;]|$)))?"
    + E
    # "ousting former Mobile Devices group head P": the unit is a modifier, P the person.
    + r"(?!\s+(?:(?!(?:and|or|with|by|as|to|for|from|at|in|of)\b)[a-z][\w\-]*\s+){1,3}\x01)"
)
_BOARD_OF_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:after|when|as|since)\s+)(?:(?:[Tt]he\s+)?(?:board(?:\s+of\s+directors)?|directors|"
    r"shareholders|owners)\s+(?:of|at)\s+(?:the\s+)?\x01(\d+)\x02|\x01(\d+)\x02['’]s\s+(?:board(?:\s+of\s+directors)?|"
    r"directors|shareholders|owners))\s+(?:(?:has|have|had|on\s+\w+|also|then|abruptly|unanimously)\s+)*$"
)
_WHICH_OBJECT_RE = re.compile(
    r"\x01(\d+)\x02\s*,\s+which\s+(?:he|she|they)\s+(?:(?:had|has|have|eventually|finally|then|only)\s+)*$"
)
_APPOINTED_TO_RE = re.compile(
    r"\b(?:has\s+been|have\s+been|was|were|is|had\s+been)\s+(?:appointed|named|tapped|hired|recruited)\s+(?:as\s+)?"
    r"(?:the\s+|its\s+|a\s+|an\s+)?(?:new\s+)?(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|CMO|VP|SVP|EVP|AI)\s+){1,6}?"
    r"(?:of|at|for)\s+(?:the\s+)?" + E + r"(?!['’]s)"
)
_NEW_ONE_RE = re.compile(
    r"\b(?:start|launch|found|form|build|set\s+up|starting|launching|founding|building)\s+(?:a|another)\s+"
    r"(?:new\s+)?one\b"
)
_APPOINTED_ELSEWHERE_RE = re.compile(
    r"\b(?:after|upon|on|following)\s+(?:being|his|her|their)\s+(?:appointed|named|appointment)\b"
)
_REPLACED_WITH_RE = re.compile(r"\s+(?:with|by)\s+(?:[\w\-]+\s+){0,3}?\x01(\d+)\x02")
_POSS_VENTURE_RE = re.compile(
    r"\b(?P<pron>[Hh]er|[Hh]is|[Tt]heir)\s+(?:new\s+|own\s+)?(?:startup|start-up|company|venture|firm|lab)\s*,?\s+"
    r"(?:called\s+|named\s+)?" + E
)
_REST_END_RE = re.compile(r",\s+(?:and|while|but)\s+(?=\x01)|;|\.\s")

_FOUND_NAMED_RE = re.compile(
    r"\b(?:co-?found(?:ed|ing|s)?|found(?:ed|ing|s)?|launch(?:ed|ing|es)?|start(?:ed|ing|s)?|"
    r"set(?:ting)?\s+up|establish(?:ed|ing|es)?|form(?:ed|ing|s)?|creat(?:ed|ing|e|es))\s+(?:(?:a|an|his|her|their)\s+(?:own\s+)?(?:new\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:company|startup|start-up|firm|venture|business|lab|fund)\s*(?:,\s*|\s+(?:called|named|dubbed)\s+|,\s+(?:called|named|dubbed)\s+))?"
    + E
)
_AS_FOUNDER_RE = re.compile(
    r"\b(?:as|is|was)\s+(?:the\s+|a\s+|its\s+)?(?:co-?)?founder(?:\s+and\s+[\w\s\-]+?)?\s+of\s+(?:the\s+)?" + E
)
_FOUND_UNNAMED_RE = re.compile(
    r"\b(?:start|launch|found|pursue|prepare|build|set\s+up|establish|create|form|co-found|focus\s+on|"
    r"work\s+on|begin|starting|launching|founding|pursuing|building"
    r"|(?:has|have|has\s+since|have\s+since|had\s+since)\s+(?:started|launched|founded|co-founded|set\s+up|"
    r"established|formed|created))\s+(?:a|an|his|her|their)\s+(?:own\s+)?"
    r"(?:new\s+)?(?:[\w\-]+\s+){0,4}?(?:company|startup|start-up|venture|firm|business|project|lab|"
    r"enterprise|outfit|studio|agency|consultancy)\b"
    # ("to strike out on her own", "to go it alone")
    r"|\bstrik(?:e|es|ing)\s+out\s+on\s+(?:his|her|their)\s+own\b|\bgo(?:es|ing)?\s+it\s+alone\b"
    r"|\b(?:own|new)\s+(?:[\w\-]+\s+){0,2}?(?:company|venture|startup|start-up|business|studio|agency|consultancy|firm)"
    r"(?:e?s)?\b"
    r"|\b(?:start-?up|company|venture|firm|business)\s+of\s+(?:his|her|their)\s+own\b|\bto\s+found\s+(?:a|an)\b"
)
_JOIN_NAMED_RE = re.compile(
    r"\b(?:to\s+join|will\s+join|and\s+(?:will\s+|has\s+|later\s+|then\s+|recently\s+|subsequently\s+)?join(?:ed|s)?|joining|to\s+become\s+[^,]*?\s+(?:at|of)|"
    # "resigned after being appointed chief executive of X"
    r"(?:after|upon|on|following)\s+(?:being|having\s+been)\s+(?:appointed|named|hired\s+as)\s+[^,]*?\s+(?:at|of)|"
    r"to\s+(?:lead|head|run|oversee|direct|build)\s+[^,]*?\s+at|and\s+is\s+now\s+(?:[\w\-]+\s+){0,4}?at|"
    # "P, who stepped down from Y in May, is now chief executive of X"
    r",\s+is\s+now\s+(?:the\s+|a\s+|an\s+)?(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)\s+){1,4}?(?:at|of|with)|"
    r"and\s+(?:has|had)\s+since\s+joined|"
    r"(?:has\s+been|was|been|being)\s+(?:poached|hired|recruited|lured(?:\s+away)?|snapped\s+up)\s+by|"
    r"to\s+take\s+(?:up\s+)?(?:a|the)\s+[^,]*?\s+(?:at|with)|moving\s+to|move\s+to|defect(?:ed|ing)?\s+to|"
    r"to\s+go\s+to|(?:is|are)\s+(?:going|heading|decamping)\s+to|"
    # "left to return to X", "to go back to X", "to rejoin X"
    r"to\s+(?:return|go\s+back|head\s+back|move\s+back)\s+to|to\s+rejoin|and\s+(?:has\s+)?(?:returned|gone\s+back)\s+to|"
    # "has left the company and taken a job at X"
    r"and\s+(?:has\s+|have\s+)?(?:taken|took|accepted|landed)\s+(?:up\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:job|position|role|post)\s+(?:at|with))"
    r"\s+(?:rival\s+|the\s+)?" + E + r"(?!['’]s\s+board|\s+board|['’]s\s+\w+\s+board)"
    # "to become manager of the X team at Y": X names a unit of Y, the company joined
    r"(?!\s+(?:team|unit|division|business|arm|lab|department|platform|app|project)\b)"
)
_JOIN_PERSON_RE = re.compile(r"\bjoin\s+(him|her|them)\s+as\s+(?:a\s+)?(?:fellow\s+)?co-?founder")
_JOIN_UNNAMED_RE = re.compile(
    r"\b(?:to\s+join|joining|will\s+join)\s+(?:a|an|another)\s+(?:[\w\-]+\s+){0,3}?(?:startup|start-up|company|firm|"
    r"rival|competitor|lab)\b"
)

_POACHED_RE = re.compile(
    r"\b(?:has\s+been|have\s+been|was|were|been|got|is\s+being)\s+(?:poached|hired|recruited|lured(?:\s+away)?|"
    r"snapped\s+up)\s+"
    # "was hired away from Y by X": the employer left before the taker
    r"(?:(?:away\s+)?from\s+(?:rival\s+|the\s+)?\x01(?P<src>\d+)\x02(?!['’]s)\s+)?"
    r"by\s+(?:rival\s+|the\s+)?" + E
)
_HIRED_RE = re.compile(
    r"(?:" + E + r"\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+|since\s+|now\s+|recently\s+|just\s+)?(?:appointed|"
    r"appoints|tapped|taps|hired|poached|recruited|lured(?:\s+away)?|"
    r"brought\s+on|brought\s+in|brings\s+in|bringing\s+in|hires|poaches|recruits|snapped\s+up|took\s+on|takes\s+on|"
    r"roped\s+in|ropes\s+in)"
    r"\s+(?:former\s+|ex-)?"
    # "appointed Y design director P": the employer before the title.
    r"(?:\x01(?P<emp>\d+)\x02(?:['’]s)?\s+(?=(?:(?!(?:from|at|of|to|as|and|with|for|in|on|by|who|which)\s)[a-z][\w\-]*\s+"
    r"|CEO\s+|CTO\s+|CFO\s+|COO\s+|VP\s+){1,4}\x01))?"
    # "hired Y's head of AI, P": a title at Y closed by the apposed name.
    r"(?:\x01\d+\x02['’]s\s+(?:(?:[\w\-]+|\x01\d+\x02)\s+){0,5}?[\w\-]+,\s+(?=\x01\d+\x02\s*(?:[,.;]|$)))?"
    # "hired the ex-head of Y, P, as ...": a title "of"/"at" Y closed by the apposed name.
    r"(?:(?:the\s+|a\s+|its\s+)?(?:[\w\-]+\s+){0,5}?(?:of|at|for)\s+(?:the\s+)?\x01(?P<tof>\d+)\x02\s*,\s+"
    r"(?=\x01\d+\x02\s*(?:[,.;]|$)))?"
    r"(?:[\w\-]+\s+){0,4}?" + E
)
_FORMER_IN_RE = re.compile(r"\b(?:former|ex-)", re.I)
_PEOPLE_LIST = r"(\x01\d+\x02(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\x01\d+\x02)*)"
_TITLED_PEOPLE_LIST = (
    r"(\x01\d+\x02(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|VP)\s+){0,3}?"
    r"\x01\d+\x02)*)"
)
_GROUP_NOUNS = (
    r"(?:co-?founders|founders|founding\s+team|executives|leaders|researchers|engineers|scientists|team|leadership)"
)
# "X has hired the three co-founders of Y, A, B and C" / "X hired Y's founders, A and B" (acqui-hires).
_HIRED_GROUP_RE = re.compile(
    E + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:hired|poached|recruited|lured(?:\s+away)?|brought\s+on|"
    r"hires|poaches|recruits|snapped\s+up|took\s+on|is\s+hiring|will\s+hire)\s+(?:the\s+|all\s+)?"
    r"(?:(?:[\w\-]+\s+){0,2}?" + _GROUP_NOUNS + r"\s+(?:of|from|at)\s+(?:the\s+)?" + E + r"(?!['’]s)"
    r"|" + E + r"['’]s\s+(?:[\w\-]+\s+){0,2}?" + _GROUP_NOUNS + r")\s*,?\s+(?:including\s+|namely\s+)?" + _PEOPLE_LIST
)
_HIRED_ORG_PEOPLE_RE = re.compile(
    r"\b(?:(?:hired|poached|recruited|lured|hires|poaches|recruits)(?:\s+away)?|brought\s+on|snapped\s+up|took\s+on)"
    # ("recruited at least eight Y engineers", "hired more than a dozen Y researchers")
    r"\s+(?:(?:the|at\s+least|more\s+than|about|around|some|over|nearly|a|dozens\s+of|dozen|several|\d+|two|three|four|"
    # ("hired yet another Y executive, P,")
    r"five|six|seven|eight|nine|ten|eleven|twelve|another|yet|one\s+more)\s+){0,3}"
    + EP
    + r"\s+(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|AI|VP|R&D)\s+){0,4}?(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|AI|VP|R&D)"
    # (the people after "including", perhaps past an attribution: "..., per one report, including A")
    r"(?:\s*,?\s+(?:(?:per|according\s+to|reportedly)\b[^,;—–]{0,40}?|[^,;—–]{0,40}?\b(?:says|said|reports|reported))?"
    r"\s*[,—–]?\s*"
    # ("hired away Y co-founder and chief executive A, chief scientist B and ...": each with a title)
    r"(?:including|among\s+them|such\s+as|notably)\s+|(?:\s*,)?\s+)" + _TITLED_PEOPLE_LIST
)
_JOINS_RE = re.compile(
    r"\b(?:joins|has\s+joined|have\s+(?:also\s+)?joined|(?:is|are)\s+(?:also\s+)?joining|will\s+(?:also\s+)?join|"
    r"will\s+(?:also\s+)?be\s+joining|"
    r"(?:is|are)\s+set\s+to\s+join|(?:is|are)\s+to\s+join|has\s+(?:also\s+)?joined|joined"
    # "P was one of the first Y researchers to join X"
    r"|(?:is|was)\s+(?:also\s+)?(?:one\s+of\s+|among\s+)?the\s+(?:first|latest|last|next|newest|second|third)\s+"
    r"(?:[\w\-]+\s+|\x01\d+\x02\s+){0,5}?to\s+join"
    # "formally started work at X": a join told by its first day
    r"|(?:(?:has|have|had|will)\s+)?(?:formally\s+|officially\s+)?(?:started|starts|start|began|begins|begin)\s+"
    r"(?:work|working)\s+(?:at|for)"
    # "P went on to X, where he is COO": where a leaver went, told after the leaving
    r"|went\s+on\s+to|(?:has|have)\s+(?:since\s+)?gone\s+(?:on\s+)?to|moved\s+on\s+to)\s+(?:rival\s+|the\s+)?"
    + E
    + r"(?!['’]s\s+board|\s+board|['’]s\s+\w+\s+board)"
)
_JOIN_THE_COMPANY_RE = re.compile(
    r"\b(?:joins|will\s+join|is\s+(?:set\s+)?to\s+join|has\s+joined|is\s+joining)\s+(?:the\s+(?:company|firm|group|startup|lab)\b"
    r"(?!['’]s\s+(?:[\w\-]+\s+)?board)"  # ("will join the startup's board": a seat, not a job)
    r"|(?=(?:as|from)\s))"
)
_FROM_AFTER_JOIN_RE = re.compile(r"from\s+(?:rival\s+|the\s+)?" + EP)
_JOINED_FROM_RE = re.compile(
    r"\bjoin(?:ed|s)?\s+(?:rival\s+)?"
    + E
    + r"(?:\s+as(?:\s+[\w\-]+){1,5}?(?=\s+from\s))?"
    + JOINED_WHEN  # ("joined X in 1998 from Y": the time of the move between)
    + r"\s+from\s+(?:the\s+)?"
    + E
)
_FOUNDED_BY_RE = re.compile(
    E + r"(?:,\s+[^,]*?|\s+)(?:(?:was|were|is|had\s+been|has\s+been)\s+)?\b(?:co-?founded|founded|started|launched|"
    r"set\s+up|established)\s+(?:last\s+\w+\s+|"
    r"in\s+\d{4}\s+)?by\s+(?:its\s+)?(?P<former>former|ex-)?"
)
_VENTURE_HE_FOUNDED_RE = re.compile(
    E + r",\s+(?:the|a|an|his|her)\s+(?:[\w\-]+\s+){0,3}?(?:startup|start-up|company|venture|firm|lab)\s+"
    r"(?:that\s+|which\s+)?(he|she|they)\s+(?:later\s+|then\s+)?(?:co-?)?found(?:ed)?\b"
)
_FOUND_SUBJ_RE = re.compile(
    r"\b(?:co-?founded|founded|launched|started|set\s+up|is\s+starting|has\s+started|is\s+launching|"
    r"established|resurfaced\s+as\s+(?:the\s+)?(?:co-?)?founder\s+of|(?:is|was|as)\s+(?:the\s+)?"
    r"(?:co-?)?founder\s+of)\s+(?:the\s+|(?:a|an|his|her|their)\s+(?:own\s+)?(?:new\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:company|startup|start-up|firm|venture|business|lab|fund)\s*(?:,\s*|\s+(?:called|named|dubbed)\s+|"
    r",\s+(?:called|named|dubbed)\s+))?" + E
)
_ADJECTIVAL_BEFORE_RE = re.compile(
    r"(?:['’]s|\b(?:the|its|their|his|her|a|an))\s+(?:(?:recently|newly|just)\s+)?$", re.I
)
# "P spent four years at Y before he co-founded T", "worked at the company for a decade before
# starting T": a tenure that ends in a founding is the job left for the venture.
_TENURE_THEN_FOUNDED_RE = re.compile(
    r"\b(?:spent|spending|worked|working|served|serving)\s+(?:[\w\-]+\s+){0,5}?(?:at|with)\s+"
    r"(?:(?P<desc>the\s+(?:company|firm|group|startup|start-up|bank|lab))\b|(?:the\s+)?\x01(?P<y>\d+)\x02(?!['’]))"
    r"(?:\s+(?:for|as)\s+[^,;\x01]{1,50}?)?\s*,?\s+(?:before|then)\s+(?:he\s+|she\s+|they\s+)?"
    r"(?:later\s+|eventually\s+|going\s+on\s+to\s+|went\s+on\s+to\s+)?"
    r"(?:co-?found(?:ed|ing)?|found(?:ed|ing)?|start(?:ed|ing)?|launch(?:ed|ing)?|setting\s+up|set\s+up)\s+" + E
)
_EARLIER_FOUNDING_RE = re.compile(r"\b(?:previously|formerly|once|originally|had|had\s+previously|had\s+earlier)\s+$")
_FORMER_APPOSITION_RE = re.compile(r"\s*,\s+(?:a\s+|the\s+|another\s+|one\s+)?(?:former|ex-)")
_FORMER_JUST_BEFORE_RE = re.compile(r"(?:\b[Ff]ormer\s+|\b[Ee]x-)$")
_NEW_VENTURE_NAME_RE = re.compile(
    r"\b[Tt]he\s+(?:new\s+)?(?:company|startup|start-up|venture|firm|business|lab)\s*,?\s+"
    r"(?:(?:to\s+be\s+|will\s+be\s+|is\s+|which\s+is\s+)?(?:called|named|dubbed)\s+" + E + r"|" + E + r"\s*,)"
)
_NOUN_ASSERT_BEFORE_RE = re.compile(
    r"\b(?:[Aa]fter|[Ss]ince|[Ff]ollowing|follows|followed|[Uu]pon|[Aa]head\s+of|[Bb]efore|announced|confirmed|disclosed|[Ww]ith|"
    r"[Ww]hen|[Aa]mid|[Ii]n\s+the\s+wake\s+of|[Dd]espite|"
    # ("News of P's departure from Y broke", "Investors cheered P's departure")
    r"[Nn]ews\s+of|[Ww]ord\s+of|cheered|welcomed|mourned|lamented|regretted|noted)\s+"
    r"(?:(?:on|last|this|late\s+on|earlier\s+this)\s+[\w\-]+\s+)?"  # ("announced on Thursday the departure of P")
    r"(?:[\w\-]+\s+){0,2}$"
)
_NOUN_ASSERT_AFTER_RE = re.compile(
    r"(?:\s+(?:in|on|last|this|earlier)\s+[\w\-]+(?:\s+\d+)?)?\s*,?\s+(?:(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+"
    r"(?:(?:officially|formally|publicly|quietly|internally|first)\s+)?(?:announced|confirmed|disclosed|reported|"
    r"made\s+public|effective)|(?:takes|took|will\s+take)\s+effect|(?:comes|came|follows|followed)\b"
    # "The abrupt exit of P rattled investors": a told leaving as the subject of a past verb
    r"|(?:rattled|shocked|stunned|surprised|sparked|triggered|prompted|fuelled|fueled|raised|marked|hit|left|"
    r"leaves|marks|adds|added|caps|capped|ends|ended|deals|dealt|sent|shook|caught|underscores|underscored)\b)"
)
_CALLS_FOR_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|pressure\s+for)\s+(?:[\w\-]+\s+){0,2}$"
)
_BOARD_RE = re.compile(r"[^.;]*?\b(?:board|non-executive)\b")
_VENTURE_NOUNS = ("company", "startup", "start-up", "venture", "firm", "business", "lab")
# Words one of which _FOUND_SUBJ_RE needs ("set" for "set up" across any whitespace).
_FOUND_SUBJ_WORDS = ("founded", "launched", "started", "set", "starting", "launching", "established", "founder")
_FORMER_AFTER_RE = re.compile(
    r"\s*,\s+(?:a\s+|the\s+)?(?:former|ex-|previously|until\s+recently)\s+[^,]*?\b(?:(?:at|of|with)\s+(?:the\s+)?"
    # ("previously a senior director on Y's design team": the team names its employer)
    r"|(?:on|in)\s+(?=\x01\d+\x02['’]s\s+(?:[\w\-]+\s+){0,2}?(?:team|unit|group|division|lab|arm|department)\b))" + EP
)
_FORMER_BEFORE_RE = re.compile(r"^\s*(?:(?:former|ex-)\s*)?" + EP + r"\s+(?:[\w\-]+\s+){0,5}$")


_FRONTED_JOIN_RE = re.compile(
    r"(?:[Bb]efore|[Pp]rior\s+to)\s+joining\s+(?:the\s+)?\x01(\d+)\x02(?!['’]s)[^,;]{0,40},\s+\x01(\d+)\x02\s+"
    r"(?:(?:had|has|was|previously)\s+)*(?:spent|worked|served|led|ran|headed|oversaw|was)\b[^,;]{0,60}?"
    r"\b(?:at|with|for)\s+(?:the\s+)?\x01(\d+)\x02(?!['’]s\s+board)"
)
# "P, president of its foundry business," / "its chief technology officer P"
_ITS_TITLE_RE = re.compile(
    r"\x01\d+\x02\s*,\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?(?:of|at)\s+its\s|\bits\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:" + trie_alternation(ROLE_NOUNS) + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)\s*,?\s+\x01"
)
# "leaving Y's cloud unit to run its chip division"
_TO_OWN_UNIT_RE = re.compile(
    r"\s+to\s+(?:run|lead|head|oversee|manage|join|take\s+over|take\s+charge\s+of)\s+(?:its|the\s+company['’]s|"
    r"the\s+group['’]s)\s"
)
# "left Y a voicemail" (but "left Y a year ago": a time, not a thing given)
_INDIRECT_OBJECT_RE = re.compile(
    r"^\s+(?:the\s+)?\x01\d+\x02(?!['’]s)\s+(?:a|an)\s+(?!(?:year|decade|month|week|day|few|couple|little|short|"
    r"long|half|fortnight|quarter|number)\b)[a-z]"
)
# "investors want P to step down", "urged P to resign": the leaving is asked for, not told.
_WANTED_TO_RE = re.compile(
    r"\b(?:want(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|call(?:s|ed|ing)?\s+for|"
    r"ask(?:s|ed|ing)?|demand(?:s|ed|ing)?|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?|expect(?:s|ed|ing)?)\s+"
    r"(?:(?:its|their|the)\s+(?:[\w\-]+\s+){0,4}?)?\x01\d+\x02\s+to\s+(?:(?:immediately|quickly|formally|publicly)\s+)?$"
)


_HE_SHE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")  # compiled once: re.search would look it up per call


def find_departures(doc: Doc, sent_ids: list[int]) -> list[DepartureCand]:
    """Departure mentions (primary and supporting) from the trigger sentences."""
    out: list[DepartureCand] = []
    last: tuple[int, DepartureCand] | None = None  # the latest sentence's leaving, for "Among them"
    counted: tuple[int, int, str] | None = None  # a group counted but not named: (sentence, employer, certainty)
    for i in sent_ids:
        n_before = len(out)
        text = doc.abstract(i)
        if "\x01" not in text and not _HE_SHE_RE.search(text):
            continue
        low = text.lower()
        if counted is not None and counted[0] == i - 1 and (they := _THEY_ARE_RE.match(text)):
            # "... had dismissed three members of its senior management. They are A, B and C."
            _listed_people(doc, i, text, they.end(), counted[1], counted[2], out)
        counted = None if counted is None or counted[0] < i - 1 else counted
        among = _AMONG_THEM_RE.match(text) if last is not None and last[0] == i - 1 else None
        if among is not None and last is not None:
            # "P plans to resign together with eight other executives. Among them are director A,
            # deputy president B and ...": the group the sentence before counted, leaving the same
            # (the employer the leaver counted with was first said to leave: "formerly at X" later
            # in the sentence of the count names no group's employer)
            first = next((c for c in out if c.person == last[1].person), last[1])
            _listed_people(doc, i, text, among.end(), first.from_org, last[1].certainty, out)
        leaving = _has(low, _LEAVE_HINTS)
        taken = _has(low, _TAKEN_HINTS)
        if leaving:
            _leave_mentions(doc, i, text, out)
            if "departure" in low or "exit" in low or "resignation" in low or "retirement" in low or "defection" in low:
                _noun_leave_mentions(doc, i, text, out)
                _exits_include(doc, i, text, out)
            elif " who have " in low or " who had " in low:
                _exits_include(doc, i, text, out)  # "Other partners who have left ... include A"
            if " their " in low:
                _pairs_left_their(doc, i, text, out)
        if "latest" in low or "newest" in low or "most recent" in low:
            _latest_to_leave(doc, i, text, out)
        if "until now" in low or "until recently" in low:
            _until_now_elsewhere(doc, i, text, out)
        if "among those who" in low or "no longer with the" in low:
            _among_those_gone(doc, i, text, out)
        if leaving and "mong " in text and ";" in text:
            _among_who_left(doc, i, text, out)
        if leaving and _has(low, _GROUP_PLURALS):
            _group_named_in_apposition(doc, i, text, out)
        if taken:
            _poach_mentions(doc, i, text, out)
        if (taken or "hiring" in low) and " its " in text:
            _hiring_its_officer(doc, i, text, out)
        if _has(low, _FOUND_HINTS):
            _founder_mentions(doc, i, text, out)
        if len(out) > n_before and _reversed(doc, i, text, {c.person for c in out[n_before:]}):
            del out[n_before:]  # "fired P on Monday but reinstated her": no departure
        for cand in out[n_before:]:
            if cand.founded and cand.to_org is not None:
                doc.ventures.append((i, cand.to_org))
        if out and leaving and _OTHERS_COUNTED_RE.search(text):
            last = (i, out[-1])  # (the group's employer: the latest leaving's, maybe told before)
        if len(out) == n_before and " who " in text and text.lstrip().startswith("The "):
            _the_few_who_left(doc, i, text, out)  # "The three who led the resignations are A, B and C"
        if len(out) == n_before and (leaving or taken):
            counted = _counted_unnamed(doc, i, text)  # "it had dismissed three members of its management"
    within = _moved_within(doc)
    if within:
        out = [c for c in out if (c.person, c.from_org) not in within]
    staying: set[int] = set()
    for c in out:
        if c.person not in staying and (_stays_on_later(doc, c) or _denied_by_staying(doc, c)):
            staying.add(c.person)
    if staying:
        out = [c for c in out if c.person not in staying]  # (every mention of that leaving)
    _named_later(doc, sent_ids, out)
    return out


# "together with eight other executives", "by all eight private-sector directors", "and four
# others": a group counted in a sentence of leaving, named in the next.
_OTHERS_COUNTED_RE = re.compile(
    r"\b(?:all|other|more|several|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:executives|directors|managers|officials|employees|staff|staffers|researchers|engineers|"
    r"colleagues|members|partners)\b|\band\s+(?:\w+\s+)?others\b"
)
# Verbs of a group's leaving (not of its hiring: "hired three engineers. They are ...").
_GONE_VERB_RE = re.compile(
    r"\b(?:resign(?:ed|s|ing)?|left|quit|depart(?:ed|s|ing)?|exit(?:ed|s|ing)|dismiss(?:ed|es|ing)|fired|ousted|sacked|"
    r"let\s+go|removed|laid\s+off|stepped\s+down|retir(?:ed|es|ing))\b"
)
_THEY_ARE_RE = re.compile(r"\s*(?:They|Those\s+(?:leaving|departing|dismissed))\s+(?:are|were|include|included)\s+")
# "The three who led the resignations, all based in Boise, are A, who ...; B, ... and C"
_FEW_WHO_LEFT_RE = re.compile(
    r"\s*The\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){0,2}?who\s+(?:have\s+|had\s+)?"
    r"(?:left|quit|resigned|departed|walked\s+out|led\s+the\s+(?:resignations|exodus|walkout|departures))\b"
    r"(?:,[^;,]{0,60},)?\s+(?:are|were)\s+"
)


def _counted_unnamed(doc: Doc, i: int, text: str) -> tuple[int, int, str] | None:
    """A leaving of a counted group no name is given for, its employer and certainty."""
    count = _OTHERS_COUNTED_RE.search(text)
    if count is None or not _GONE_VERB_RE.search(text):
        return None
    cert = certainty(text, count.start())
    sources = news_sources(doc)
    before = [doc.mentions[int(t)].entity for t in TOKEN_RE.findall(text, 0, count.start())]
    orgs = [e for e in before if doc.is_solid_org(e) and not doc.is_person(e) and e not in sources]
    org = orgs[-1] if orgs else doc.topic_org(i, exclude=set(sources) or None)
    if cert is None or org is None or doc.is_person(org):
        return None
    return i, org, cert


def _the_few_who_left(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    m = _FEW_WHO_LEFT_RE.match(text)
    org = _most_named_org(doc) if m else None
    cert = certainty(text, m.start()) if m else None
    if m is not None and org is not None and cert is not None:
        # (items set apart by semicolons and commas alike: "A, who ...; B, title, and C")
        _listed_people(doc, i, text.replace(";", ","), m.end(), org, cert, out)


def _most_named_org(doc: Doc) -> int | None:
    """The organisation the article names most often (not an outlet it cites): its subject."""
    sources = news_sources(doc)
    counts: dict[int, int] = {}
    for mm in doc.mentions:
        counts[mm.entity] = counts.get(mm.entity, 0) + 1
    orgs = [e for e in counts if doc.is_solid_org(e) and not doc.is_person(e) and e not in sources]
    return max(orgs, key=lambda e: counts[e], default=None)


_AMONG_THEM_RE = re.compile(r"(?:Among|Those)\s+(?:them|leaving|departing)\s+(?:are|were|include|included)\s+")


# "resigned as chief executive", "step down as chairman": a post left, maybe not the company.
_POST_LEFT_RE = re.compile(
    r"\b(?:(?:resign(?:ed|s|ing)?|step(?:ped|s|ping)?\s+down|st(?:oo|a)d(?:s|ing)?\s+down)\s+as|resignation\s+of)"
    r"\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:" + trie_alternation(ROLE_NOUNS) + r"|CEO|CTO|CFO|COO)\b"
)
# "Chief Executive Officer P resigned": a title right before the leaver's name.
_TITLED_NAME_RE = re.compile(
    r"(?:" + trie_alternation(ROLE_NOUNS) + r"|CEO|CTO|CFO|COO|[Cc]hairman|[Pp]resident)\s+\x01(\d+)\x02(?!['’])"
)
# "he would stay on temporarily as executive vice-chairman", "will maintain his position as
# head of X", "continues to lead one of its businesses": still at the company.
_STAYS_ON_RE = re.compile(
    r"\s*(?:(?:would|will|is\s+to|is\s+set\s+to|plans\s+to|has\s+agreed\s+to|also|however|then|later|eventually)\s+)*"
    r"(?:stay(?:s)?\s+on|remain(?:s)?\s+(?:(?:for\s+now|for\s+the\s+time\s+being|temporarily)\s+)?(?:at|with|on|as)|continue(?:s)?\s+to\s+(?:lead|head|run|serve|oversee|work)|"
    r"continue(?:s)?\s+as|(?:maintain|continue|retain)(?:s)?\s+(?:his|her|their)\s+(?:position|role|post|seat)s?|"
    r"keep(?:s)?\s+(?:his|her|their)\s+(?:position|role|post|seat)|"
    # ("P will become the firm's chairman", "P would be appointed chairman of the board": the
    # chair of the same company, so only the post was left)
    r"(?:be\s+)?(?:become|becomes|appointed|named|made)\s+(?:as\s+)?(?:the\s+)?(?:(?:firm|company|group)['’]s\s+|its\s+)?"
    r"(?:non-executive\s+|executive\s+|honorary\s+)?(?:vice[\s\-]+)?(?:chair|chairman|chairwoman|chairperson)"
    r"(?!\s+(?:of|at)\s+(?:the\s+)?\x01))\b"
)
_STAY_SUBJECT_RE = re.compile(
    r"(?:^|[.;:]\s*|,\s+(?:but|and|while)\s+|\b(?:said|saying|says)\s+(?:that\s+)?)"
    r"(?:(?P<pro>[Hh]e|[Ss]he)|\x01(\d+)\x02(?:\s*,\s+who\b[^,;]*,)?)\s+"  # ("P, who came from Y, continues to lead")
)


def _stays_on_later(doc: Doc, cand: DepartureCand) -> bool:
    """Is a post left ("resigned as chief executive") followed, in this sentence or the next
    few, by the person staying at the company ("he would stay on as vice-chairman", "Kim will
    maintain his position as head of X")? Then no job was left, only a post."""
    text = doc.abstract(cand.sent)
    # (a post is named: "resigned as CEO", or "Chief Executive P resigned"; without one only
    # becoming the same company's chair says the person stays: "P, president of Y, will step
    # down ... P will become the firm's chairman")
    post_named = _POST_LEFT_RE.search(text) is not None or any(
        doc.mentions[int(t.group(1))].entity == cand.person for t in _TITLED_NAME_RE.finditer(text)
    )
    for j in range(cand.sent, min(len(doc.sents), cand.sent + 8)):
        t = doc.abstract(j)
        if "ay" not in t and "ain" not in t and "ontinue" not in t and "eep" not in t and "hair" not in t:
            continue  # (stay, remain, maintain, continue, keep, a chair: none of them here)
        for m in _STAY_SUBJECT_RE.finditer(t):
            if m.group(2) is not None:
                who = doc.mentions[int(m.group(2))].entity
            elif j - cand.sent <= 6:
                # a pronoun a few sentences on, when it stands for the one who left the post
                who = doc.resolve_pronoun(j, t[: m.start("pro")], m.group("pro"), set())
            else:
                continue
            stay = _STAYS_ON_RE.match(t, m.end()) if who == cand.person else None
            if stay is not None and not post_named and "hair" not in stay.group(0):
                continue
            if stay is not None and not _ADVISORY_RE.match(t, stay.end()):
                return True
    return False


# "Mr P has not resigned", "confirms that Mr P continues as group chief executive", "insists P is
# staying put": a reported leaving denied in the same report.
_NOT_LEAVING_RE = re.compile(
    r"\s+(?:(?:has|have|had)\s+not\s+(?:resigned|quit|left|stepped\s+down|tendered\s+(?:his|her|their)\s+resignation)"
    r"|(?:is|are|was)\s+not\s+(?:leaving|resigning|stepping\s+down|quitting)"
    r"|(?:will|would)\s+not\s+(?:resign|leave|step\s+down|quit)|(?:is|was)\s+staying\s+put"
    r"|(?:continues|continued|remains|remained)\s+(?:as|in\s+(?:his|her|the)\s+(?:role|post|position)))\b"
)
_DENIAL_OPENER_RE = re.compile(
    r"(?:^|[.;:\"“]\s*|\b(?:confirm(?:s|ed)?|insist(?:s|ed)?|said|says|stated|stressed)\s+|\bthat\s+)"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:(?:under-pressure|embattled|its|the)\s+)*(?:[a-z][\w\-]*\s+){0,3}?\x01(\d+)\x02"
)


def _denied_by_staying(doc: Doc, cand: DepartureCand) -> bool:
    """Is a rumoured leaving's person said, anywhere in the article, not to be leaving ("Mr P
    has not resigned", "P continues as chief executive")? Asked once per person."""
    if cand.certainty != "rumored":
        return False
    key = ("not_leaving", cand.person)
    found = doc.memo.get(key)
    if found is None:
        sents = sorted({doc.sent_of(doc.mentions[k].start) for k in doc.entities[cand.person].mentions})
        found = doc.memo[key] = any(_says_not_leaving(doc, doc.abstract(j), cand.person) for j in sents)
    return bool(found)


def _says_not_leaving(doc: Doc, text: str, person: int) -> bool:
    if " not " not in text and "ontinue" not in text and "emain" not in text and "put" not in text:
        return False
    return any(
        doc.mentions[int(m.group(1))].entity == person and _NOT_LEAVING_RE.match(text, m.end())
        for m in _DENIAL_OPENER_RE.finditer(text)
    )


# "would stay on as an adviser until March", "will continue as acting CEO until further notice":
# a handover on the way out, still a departure.
_ADVISORY_RE = re.compile(r"[^.;]{0,30}?\b(?:advis[eo]r|advisory|consultant|consulting|acting|interim)\b")


_REVERSED_RE = re.compile(
    r"\b(?:(?:reinstat(?:ed|es|ing)|re-?hir(?:ed|es|ing)|brought|bringing|brings)\s+(?P<obj>him|her|them|\x01\d+\x02)"
    r"(?!['’]s)|revers(?:ed|es|ing)\s+(?:the|its|their|his|her|that)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:decision\s+to\s+(?:fire|dismiss|oust|remove)|firing|dismissal|ouster|removal)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:restored|reinstated|rehired|re-hired|brought\s+back))\b"
)


_PRONOUN_RE = re.compile(r"\b(?:him|her|them|[Hh]e|[Ss]he|[Tt]hey)\b")


def _reversed(doc: Doc, i: int, text: str, persons: set[int]) -> bool:
    """Is the leaving told in sentence ``i`` undone in the same report: the same sentence or the
    next one reinstating the person, by name or pronoun ("... but reinstated her two days later",
    "The board reversed its decision to fire him")?"""
    for j in (i, i + 1):
        if j >= len(doc.sents):
            break
        t = text if j == i else doc.abstract(j)
        if not any(w in t for w in ("rein", "rehir", "re-hir", "back", "revers", "restor")):
            continue
        for m in _REVERSED_RE.finditer(t):
            obj = m.group("obj")
            whom = obj is None or obj[0] != "\x01" or doc.mentions[int(obj[1:-1])].entity in persons
            if whom and (j == i or obj is not None or _PRONOUN_RE.search(t) or _names_any(doc, t, persons)):
                return True
    return False


def _names_any(doc: Doc, text: str, persons: set[int]) -> bool:
    return any(doc.mentions[int(t)].entity in persons for t in TOKEN_RE.findall(text))


_UNNAMED_ROLE = r"(?:CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO|chief\s+[a-z]+\s+officer|president|chairman|chairwoman)"
# "the company's COO abruptly resigned, and today, its CTO followed suit": a title, no name yet.
_UNNAMED_ROLE_LEAVE_RE = re.compile(
    r"\b(?:[Ii]ts|[Tt]he\s+(?:company|firm|group|bank|startup)['’]s)\s+(?P<role>" + _UNNAMED_ROLE + r")\s+"
    r"(?:(?:abruptly|suddenly|also|has|have|had|then|quietly|later)\s+)*"
    r"(?:resigned|quit|left|departed|retired|stepped\s+down|followed\s+suit)\b"
)
_ROLE_NAMED_RE = re.compile(r"\b[Tt]he\s+(?P<role>" + _UNNAMED_ROLE + r")\s*,\s+\x01(\d+)\x02\s*,")


def undone(doc: Doc, cand: DepartureCand) -> bool:
    """Would the rules drop this leaving found by another reader: undone in the same report, a
    post left while staying at the company or at a unit of the group the person heads, a rumour
    the person denies, a move within a group?"""
    text = doc.abstract(cand.sent)
    return (
        _reversed(doc, cand.sent, text, {cand.person})
        or (cand.from_org is not None and _post_within_group(doc, cand.sent, text, cand.person, cand.from_org))
        or (_POST_AS_RE.search(text) is not None and _current_title_at(doc, cand, text))
        or _stays_on_later(doc, cand)
        or _denied_by_staying(doc, cand)
        or (cand.person, cand.from_org) in _moved_within(doc)
    )


def _current_title_at(doc: Doc, cand: DepartureCand, text: str) -> bool:
    """Does the sentence give the leaver a current title at the employer said left ("P, chief
    executive of Y, left his position as director of Y Cloud")? Then only a post was left."""
    org, _ = affiliation_in(doc, cand.sent, text, cand.person, current=True)
    return org is not None and org == cand.from_org


def _named_later(doc: Doc, sent_ids: list[int], out: list[DepartureCand]) -> None:
    """A departure told by title only ("its CTO followed suit") is the one of the person the
    article later names with that title ("the CTO, P,"), when no other departure names P."""
    unnamed: list[tuple[int, str, str]] = []
    for i in sent_ids:
        text = doc.abstract(i)
        if "its " not in text and "'s " not in text and "’s " not in text:
            continue
        for m in _UNNAMED_ROLE_LEAVE_RE.finditer(text):
            cert = certainty(text, m.start())
            if cert is not None:
                unnamed.append((i, m.group("role").lower(), cert))
    if not unnamed:
        return
    have = {c.person for c in out}
    for i, role, cert in unnamed:
        org = doc.topic_org(i)
        if org is None:
            continue
        for j in range(i + 1, min(len(doc.sents), i + 6)):
            for m in _ROLE_NAMED_RE.finditer(doc.abstract(j)):
                person = doc.mentions[int(m.group(2))].entity
                if m.group("role").lower() == role and person not in have and person_ok(doc, person):
                    out.append(DepartureCand(person, j, from_org=org, certainty=cert))
                    have.add(person)


def _moved_within(doc: Doc) -> set[tuple[int, int]]:
    """(person, organisation) pairs of role changes inside a group found so far in ``doc``."""
    found = doc.memo.get("moved_within")
    if found is None:
        found = doc.memo["moved_within"] = set()
    return found  # type: ignore[return-value]


def _joined_elsewhere(
    person: int, sent: int, org: int | None, to_org: int | None, role: str | None, cert: str
) -> DepartureCand:
    """A move to an existing firm; it identifies a departure only when the old employer
    is known and differs from the new one."""
    return DepartureCand(
        person,
        sent,
        from_org=org,
        to_org=to_org,
        founded=False,
        role=role,
        certainty=cert,
        primary=org is not None and org != to_org,
    )


_LEAVE_HINTS = (
    "transition",
    *PHRASAL_LEAVE_STEMS,
    "no longer",
    "out as",
    "ended ",
    "ends ",
    "ending ",
    "resign",
    "step",
    "stood down",
    "papers",
    "aside",
    "relinquish",
    "relieved",
    "stand",
    "abandon",
    "left",
    "leav",
    "quit",
    "depart",
    "exit",
    "parted",
    "walk",
    "retir",
    "mov",
    "bow",
    "defect",
    "oust",
    "fired",
    "dismissed",
    "sacked",
    "let go",
    "forced out",
    "pushed out",
    "pushed aside",
    "removed",
)
# Words of a company removing its officer (:data:`_ORG_REMOVED_RE`'s cheap gate).
_REMOVED_HINTS = (
    "parted",
    "oust",
    "fired",
    "firing",
    "dismiss",
    "sack",
    "let go",
    "removed",
    "forced",
    "replac",
    "swap",
    "goodbye",
    "farewell",
    "the door",
    "resignation of",
    "axed",
    "axing",
)
_TAKEN_HINTS = (
    "roped in",
    "ropes in",
    "took on",
    "takes on",
    "comes from",
    "came from",
    "arrive",
    "coming from",
    "over from",
    "lost",
    "losing",
    "loses",
    "appoint",
    "named",
    "replac",
    "ousting",
    "firing",
    "tapped",
    "taps",
    "poach",
    "hire",
    "recruit",
    "lure",
    "brought",
    "snapped",
    "join",
    "raid",
    "work at",
    "work for",
    "went on to",
    "gone to",
    "gone on to",
    "moved on to",
    *_REMOVED_HINTS,
    "bringing in",
)
_FOUND_HINTS = (
    "found",
    "launch",
    "start",
    "set up",
    "establish",
    "form",
    "creat",
    "own ",
    "new ",
    "called",
    "named",
    "dubbed",
    "venture,",
    "company,",
    "startup,",
    "start-up,",
    "firm,",
    "lab,",
    "her ",
    "his ",
    "their ",
)


def _has(text: str, hints: tuple[str, ...]) -> bool:
    # Substring tests run in C; an alternation regex would try every hint at every position.
    return any(h in text for h in hints)


def _named_leave(
    doc: Doc,
    i: int,
    listed: str,
    out: list[DepartureCand],
    from_org: int,
    cert: str,
    to_org: int | None = None,
    founded: bool | None = None,
    guessed: bool = False,
) -> None:
    """Each person named in ``listed`` (a span of sentence ``i``'s abstract) leaves ``from_org``."""
    for tok in TOKEN_RE.findall(listed):
        person = doc.mentions[int(tok)].entity
        if person_ok(doc, person):
            out.append(
                DepartureCand(
                    person, i, from_org=from_org, to_org=to_org, founded=founded, certainty=cert, guessed=guessed
                )
            )


def person_ok(doc: Doc, eid: int | None) -> bool:
    """A person who can leave a job. A one-word name (a product line, a nickname: "its
    Android chief", "known as Jay") is accepted only when shaped like a personal name."""
    if eid is None or not doc.is_person(eid) or doc.is_org(eid):
        return False
    ent = doc.entities[eid]
    return ent.person_shape or " " in ent.name


# Leavings told as a bare state ("is gone", "is out after ..."): their subject must stand right
# before them, a pronoun or the person's name (past an apposition).
_BARE_STATE_RE = re.compile(
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|now|already|both|all)\s+)?(?:gone|out)$"
)
_PRONOUN_JUST_BEFORE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+$")


def _named_right_before(doc: Doc, text: str, pos: int, person: int) -> bool:
    """Is ``person`` (or a personal pronoun) the subject standing right before ``pos``?"""
    m = _SUBJECT_JUST_BEFORE_RE.search(text, 0, pos)
    if m is not None:
        return doc.mentions[int(m.group(1))].entity == person
    return _PRONOUN_JUST_BEFORE_RE.search(text, max(0, pos - 8), pos) is not None


def _not_a_leaving(text: str, v: re.Match[str]) -> bool:
    """Is the leave word ``v`` no leaving whoever its subject (checked before looking for one)?"""
    after = text[v.end() :]
    if not v.group(0).lower().startswith(_ALWAYS_JOB) and not _LEAVE_AFTER_OK_RE.match(after):
        return True
    if v.group(0).lower() == "leave" and (
        _ON_LEAVE_BEFORE_RE.search(text, max(0, v.start() - 40), v.start()) or after.startswith(" of absence")
    ):
        return True  # "is on medical leave", "a leave of absence": time off, not a departure
    if _REMAINS_AFTER_RE.match(text, v.end(), v.end() + 160):
        return True  # "left day-to-day running to her co-founder but remains chair": still there
    # "said nobody would leave", "staff who leave for rivals": no named person
    return _NO_NAMED_LEAVER_RE.search(text, max(0, v.start() - 60), v.start()) is not None


def _stays(after: str) -> bool:
    """A new post at the same company ("will step down and become chairman"), not a leaving."""
    stay = _STAYS_AS_RE.match(after)
    return stay is not None and ("\x01" not in stay.group(0) or stay.group(1) == "and")


def _not_the_job(text: str, v: re.Match[str]) -> bool:
    """Is what ``v`` leaves no job: a board seat or a duty, a place or an occasion, a unit for
    another of the same company, something given ("left Y a voicemail"), or only a demand?"""
    after = text[v.end() :]
    if _NOT_JOB_EXIT_RE.match(after):
        return True  # a board seat or a duty given up, not the job
    poss = _POSS_OBJECT_RE.match(after) if "s " in after[:40] else None
    if poss and poss.group(1).lower() not in _JOB_PLACE_NOUNS:
        return True  # "left Y's annual meeting": a place or an occasion of Y's, not a job there
    if poss and poss.group(1).lower() in UNIT_NOUNS and _TO_OWN_UNIT_RE.match(after, poss.end()):
        return True  # "is leaving Y's cloud unit to run its chip division": a move inside Y
    if v.group(0).lower().startswith("le") and _INDIRECT_OBJECT_RE.match(after):
        return True  # "left Y a voicemail": Y is given something, not left
    # "investors want P to step down": a demand, not a leaving
    return (
        "to " in text[v.start() - 4 : v.start()]
        and _WANTED_TO_RE.search(text, max(0, v.start() - 120), v.start()) is not None
    )


def job_leaving_told(text: str) -> bool:
    """Does abstract sentence ``text`` hold a leave word that the rules would read as someone
    leaving a job (whoever the subject, whatever the certainty)? For a reader without the
    rules' verb positions: a sentence where every leave word is a board seat given up, a
    voicemail left or a post changed within the company tells no departure."""
    for v in _LEAVE_RE.finditer(text):
        if _not_a_leaving(text, v) or _stays(text[v.end() :]) or _not_the_job(text, v):
            continue
        if _leave_certainty(text, v.start(), v.end()) is None:
            continue
        after = text[v.end() :]
        if after.startswith(" as ") and (_ROLE_CHANGE_RE.match(after) or _NEW_ROLE_RE.match(after)):
            continue
        return True
    return False


def _leave_mentions(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    for v in _LEAVE_RE.finditer(text):
        after = text[v.end() :]
        if _not_a_leaving(text, v):
            continue
        person = _subject_person(doc, i, text, v.start())
        if (
            person is not None
            and _BARE_STATE_RE.match(v.group(0))
            and not _named_right_before(doc, text, v.start(), person)
        ):
            continue  # "said the worst is gone": a state of something else, not the person's
        pair: list[int] = []
        if person is None and "they" in text:
            # "A and B said they were leaving Y": each of them leaves
            said = _THEY_SAID_RE.search(text, max(0, v.start() - 200), v.start())
            pair = [doc.mentions[int(t)].entity for t in TOKEN_RE.findall(said.group("names"))] if said else []
            pair = [p for p in pair if person_ok(doc, p) and doc.is_person(p)]
            person = pair[0] if len(pair) >= 2 else None
        if person is None:
            if "includ" in after or "such as" in after:
                _listed_leavers(doc, i, text, v, out)
            elif ", " in text[: v.start()]:
                _apposed_pair_leavers(doc, i, text, v, out)
            continue
        cert = _leave_certainty(text, v.start(), v.end())
        if cert is None:
            continue
        if cert == "rumored" and _presupposed(text, v.start()):
            cert = "confirmed"  # "After leaving Y, P is said to be weighing a venture"
        if _stays(after):
            continue  # "will step down and become chairman": a new post at the same company
        if after.startswith(" as "):
            change = _ROLE_CHANGE_RE.match(after) or _NEW_ROLE_RE.match(after)
            if change:
                # A new role at the same company; the same person "resigning from" the
                # organisation named here elsewhere in the article is this move, not a departure.
                named = TOKEN_RE.search(change.group(0))
                if named:
                    _moved_within(doc).add((person, doc.mentions[int(named.group(1))].entity))
                continue
        if _not_the_job(text, v):
            continue
        cand = DepartureCand(person=person, sent=i, certainty=cert)
        left_named = False  # the verb's own object names the employer ("all quit Y")
        obj = _OBJECT_RE.match(after)
        if obj is None and v.group(0).endswith("resignation"):
            obj = _RESIGNATION_TO_RE.match(after)  # "handed in her resignation to Y": Y is the employer
        obj_eid = doc.mentions[int(obj.group(1))].entity if obj else -1
        if obj and _OBJ_PLACE_RE.match(after, obj.end()):
            continue  # "left the Y board", "exited the Y building": a seat or a place of Y's, not a job
        # (what one resigns "from" or leaves "as" its officer is an organisation, whatever its shape)
        if obj and (
            doc.is_org(obj_eid)
            or ((" as " in obj.group(0) or "from" in obj.group(0)) and doc.could_be_org(obj_eid))
            or (doc.kind(obj_eid) is None and _DIRECT_LEAVE_RE.match(v.group(0)) and obj.group(0).startswith(" \x01"))
        ):
            if _POST_AS_RE.search(obj.group(0)) and _post_within_group(doc, i, text, person, obj_eid):
                continue  # "left his post as director of Y Cloud" while heading Y: a post, not the job
            cand.from_org = doc.mentions[int(obj.group(1))].entity
            left_named = True
            # (not "came to X after leaving Y in 2022": an earlier move, told in passing)
            cand.named = (
                _EARLIER_MOVE_RE.search(text, max(0, v.start() - 12), v.start()) is None
                and _DATED_AFTER_RE.match(text, v.end() + obj.end()) is None  # ("left Y in 2015")
            )
            rest_start = v.end() + obj.end()
            f = _FOR_RE.match(text, rest_start)
            if f is None and v.group(0)[:3].lower() in ("def", "mov", "jum"):
                f = _TO_RE.match(text, rest_start)  # "defected from Y to X", "jumped ship from Y to X"
            if f:
                cand.to_org, cand.founded = doc.mentions[int(f.group(1))].entity, False
        else:
            rest_start = v.end()
            f = _FOR_RE.match(text, rest_start) or _TO_RE.match(text, rest_start)
            if f and doc.kind(doc.mentions[int(f.group(1))].entity) != "person":
                cand.to_org, cand.founded = doc.mentions[int(f.group(1))].entity, False
                fr = _FROM_AFTER_RE.match(text, f.end())  # "is moving to X from Y"
                fr_eid = doc.mentions[int(fr.group(1))].entity if fr else -1
                if fr and doc.is_org(fr_eid) and not doc.is_person(fr_eid) and fr_eid != cand.to_org:
                    cand.from_org = fr_eid
        end = _REST_END_RE.search(text, rest_start)
        rest = text[rest_start : end.start() if end else len(text)]
        _destination(doc, i, text, rest, rest_start, cand)
        if (
            cand.to_org is None
            and cand.founded is None
            and _FRONTED_PARTICIPLE_RE.search(text, max(0, v.start() - 40), v.start())
        ):
            main = _MAIN_SUBJECT_AFTER_RE.match(text, v.start())
            joined = _MAIN_JOINED_RE.match(text, main.end()) if main else None
            j_eid = doc.mentions[int(joined.group(1))].entity if joined else None
            if j_eid is not None and j_eid != cand.from_org and doc.kind(j_eid) != "person":
                cand.to_org, cand.founded = j_eid, False  # "After quitting Y, P joined X"
        if cand.founded is None and (obj or _DEFINITE_OBJ_RE.match(after)) and _NEW_ONE_RE.search(rest):
            cand.founded = True  # "will leave the company ... and start a new one"
        if cand.founded is None and v.group(0).lower().startswith("retir"):
            cand.founded = False  # retiring is leaving working life, not starting a venture
        if cand.to_org is None and v.group(0) == "leaving":
            nb = _NAMED_BEFORE_RE.search(text, max(0, v.start() - 120), v.start())
            nb_eid = doc.mentions[int(nb.group(1))].entity if nb else None
            if nb_eid is not None and nb_eid not in (person, cand.from_org) and doc.could_be_org(nb_eid):
                cand.to_org, cand.founded = nb_eid, False
        if cand.from_org is None and (at := _FRONTED_AT_RE.match(text)) is not None:
            # "Over at Y, P, head of its payments arm, has handed in his notice": the place the
            # sentence opens with is where the leaver works (not "At 45, P retired").
            at_eid = doc.mentions[int(at.group(1))].entity
            if doc.is_org(at_eid) and not doc.is_person(at_eid) and at_eid not in (person, cand.to_org):
                cand.from_org = at_eid
        if cand.from_org is None and "which" in text:
            # "... at Y, which he left in August": the relative pronoun is the verb's object.
            rel = _WHICH_OBJECT_RE.search(text, max(0, v.start() - 60), v.start())
            if rel and doc.is_org(doc.mentions[int(rel.group(1))].entity):
                cand.from_org = doc.mentions[int(rel.group(1))].entity
        if cand.from_org is None and _DEFINITE_OBJ_RE.match(after):
            # "X said P left the company": the company is the sentence's head organisation,
            # unless the subject itself names P's employer ("X reported that P, a vice
            # president at Y, is leaving the company": the reporter is no employer).
            head = doc.first_head(i, text, 0, v.start())
            ok = (
                head is not None
                and head[0] == "e"
                and head[1] not in (person, cand.to_org)
                and head[1] not in news_sources(doc)
            )
            if ok and head is not None and doc.is_solid_org(head[1]) and not doc.is_person(head[1]):
                own = None
                if _REPORTED_THAT_RE.search(text, 0, v.start()):
                    own, _ = affiliation_in(doc, i, text[: v.start()], person, current=True)
                cand.from_org = own if own is not None and own != cand.to_org else head[1]
        if cand.from_org is None:
            owner = _POSS_PEOPLE_RE.search(text, max(0, v.start() - 200), v.start())
            org_eid = doc.mentions[int(owner.group(1))].entity if owner else -1
            if owner and not owner.group(2) and not doc.name(org_eid).endswith("s"):
                owner = None  # a bare apostrophe marks the possessive of a plural-looking name only
            if owner and doc.mentions[int(owner.group(3))].entity == person:
                # an untyped possessor of a named person is an organisation ("Y's P left")
                typed_ok = doc.is_org(org_eid) and not doc.is_person(org_eid)
                if (typed_ok or doc.kind(org_eid) is None) and org_eid not in (cand.to_org, person):
                    cand.from_org = org_eid  # "Y's A and B left": Y's, for each of them
        # Employers the sentence names as past ("former Y executive P will step down") are not
        # the one being left; nor, for a verb of leaving, is a past job stated elsewhere.
        former = _former_orgs(doc, text[: v.start()])
        if (
            cand.from_org is None
            and former
            and obj is None
            and _WHO_BEFORE_RE.search(text, max(0, v.start() - 40), v.start())
        ):
            # "ex-Y CTO P, who quit in 2022,": the relative clause tells how the former job ended
            past = _former_employer(doc, i, text, person)
            if past is not None and past in former and past != cand.to_org:
                cand.from_org = past
        if cand.from_org is None and former and obj is None and text[: v.start()].rstrip().endswith(","):
            # "P, another former Y research scientist, quit to join X": with no other employer
            # named, the apposition's "former" is this very leaving
            past = _former_employer(doc, i, text, person)
            if past is not None and past in former and past != cand.to_org:
                cand.from_org = past
        if cand.from_org is None and obj is None and "joined" in text:
            # "P joined Y in 2014 as vice chairman before stepping down last year"
            jb = _JOINED_BEFORE_RE.search(text, max(0, v.start() - 160), v.start())
            y = doc.mentions[int(jb.group(1))].entity if jb else -1
            if jb and doc.is_org(y) and not doc.is_person(y) and y != cand.to_org:
                cand.from_org = y
        if cand.from_org is None and obj is None:
            # "Former Y president P left the company": a title the leaver held at Y, opening the
            # sentence, names the employer left (its "former" is the leaving itself).
            titled = _TITLED_SUBJECT_RE.match(text)
            if titled and doc.mentions[int(titled.group(2))].entity == person:
                y = doc.mentions[int(titled.group(1))].entity
                if doc.is_org(y) and not doc.is_person(y) and y != cand.to_org:
                    cand.from_org = y
        org, role = affiliation(doc, person, i, current=True)
        if org is not None and (org == cand.to_org or org in former):
            org = None  # "who left for Y": Y is where P went
        if org is not None and (appointed := _APPOINTED_ELSEWHERE_RE.search(text, v.end())) is not None:
            later = {doc.mentions[int(k)].entity for k in TOKEN_RE.findall(text, appointed.end())}
            if org in later:
                # "resigned after being appointed CEO of Norway's energy group Y": the new post's
                # organisation is where P goes, not the one P leaves
                if cand.to_org is None:
                    cand.to_org, cand.founded = org, False
                org = None
        if cand.from_org is None:
            cand.from_org = org
        cand.role = role
        if cand.from_org is None:
            # "X spent nine years at Y before quitting": an employer named before the verb.
            at = _AT_ORG_BEFORE_RE.search(text, 0, v.start())
            at_eid = doc.mentions[int(at.group(1))].entity if at else -1
            if at and doc.is_org(at_eid) and at_eid not in former:
                cand.from_org = at_eid
        if cand.from_org is None and ("after" in text or "follow" in text or "replac" in text):
            # "P was appointed chief executive of Y after Q resigned": the post filled is Q's.
            succ = _SUCCESSION_BEFORE_RE.search(text, max(0, v.start() - 200), v.start())
            succ_eid = doc.mentions[int(succ.group(1))].entity if succ else -1
            if succ and doc.is_org(succ_eid) and not doc.is_person(succ_eid) and succ_eid != cand.to_org:
                cand.from_org = succ_eid
        if cand.from_org is None:
            # "X announced that its CFO Y will retire": the sentence's own head organisation
            # (not a participle opening the sentence and seen nowhere else: "Unconfirmed
            # reports say P ...").
            head = doc.first_head(i, text, 0, v.start())
            if (
                head
                and head[0] == "e"
                and head[1] not in (person, cand.to_org)
                and head[1] not in former
                and head[1] not in news_sources(doc)
                and doc.is_org(head[1])
                and not (doc.entities[head[1]].weak and doc.name(head[1]).endswith("ed"))
            ):
                cand.from_org = head[1]
        if cand.from_org is None and " its " in text[: v.start()]:
            # "X said P, president of its chip unit, has resigned": an untyped sentence head
            # whose title "its" the leaver holds is the employer.
            head = doc.first_head(i, text, 0, v.start())
            h_eid = head[1] if head and head[0] == "e" else None
            untyped = h_eid is not None and doc.kind(h_eid) is None and h_eid not in former
            if untyped and h_eid not in (person, cand.to_org) and _ITS_TITLE_RE.search(text, 0, v.start()):
                cand.from_org = h_eid
        if cand.from_org is None and "that" in text:
            # "Pointing to ..., maker Y (Y) said on Aug 4 that P had resigned": the company saying it
            st = _SAID_THAT_RE.search(text, 0, v.start())
            st_eid = doc.mentions[int(st.group(1))].entity if st else -1
            announcer = st is not None and doc.is_org(st_eid) and not doc.is_person(st_eid)
            if announcer and st_eid not in news_sources(doc) and st_eid not in (person, cand.to_org, *former):
                cand.from_org = st_eid
        if cand.from_org is None:
            # "After six years as director of Y, P stepped down": the tenure that opens the sentence
            ay = _AFTER_YEARS_AT_RE.match(text, 0, v.start())
            ay_eid = doc.mentions[int(ay.group(1))].entity if ay else -1
            if ay and doc.could_be_org(ay_eid) and not doc.is_person(ay_eid) and ay_eid != cand.to_org:
                cand.from_org = ay_eid
        if cand.from_org is None:
            excl = former | news_sources(doc) | ({cand.to_org} if cand.to_org is not None else set())
            cand.from_org = doc.topic_org(i, exclude=excl or None)
            cand.guessed = True
        if cand.from_org == person:
            cand.from_org = None
        out.append(cand)
        co = _CO_SUBJECTS_RE.search(text, max(0, v.start() - 240), v.start())
        others = []
        owners: dict[int, int] = {}  # "Y's A and Z's B left": each from their own organisation
        for pm in _OWNED_NAME_RE.finditer(co.group(1)) if co else ():
            other = doc.mentions[int(pm.group(2))].entity
            others.append(other)
            if pm.group(1) is not None and doc.kind(doc.mentions[int(pm.group(1))].entity) != "person":
                owners[other] = doc.mentions[int(pm.group(1))].entity
            elif other != person:
                own, _ = affiliation_in(doc, i, text, other)  # "Y global equities manager A and P left"
                if own is not None and own != other and not doc.is_person(own):
                    owners[other] = own
        if len(pair) >= 2:
            others = pair[1:]
        if not others and " and " in text[max(0, v.start() - 300) : v.start()]:
            # "A, the head of X, and P left" / "P and A, two engineers, left"
            others = _co_apposed(doc, text, person, v.start()) or _coordinated_after(doc, text, person, v.start())
        for other in others:
            if other != person and person_ok(doc, other):
                out.append(
                    DepartureCand(
                        other,
                        i,
                        # ("Z head A and B all quit Y": the employer left is Y for each)
                        from_org=cand.from_org if left_named else owners.get(other, cand.from_org),
                        to_org=cand.to_org,
                        founded=cand.founded,
                        certainty=cert,
                    )
                )
        if "with" in after[:80] or "alongside" in after[:80]:
            _companions(doc, i, text, v.end(), cand, out)


# "A and B said they were leaving Y": the pronoun stands for the people named before the verb of saying.
_THEY_SAID_RE = re.compile(
    r"(?P<names>\x01\d+\x02(?:\s*,\s*\x01\d+\x02)*,?\s+and\s+\x01\d+\x02)\s+(?:(?:have|had|also|both)\s+)*"
    r"(?:said|say|says|announced|confirmed|told\s+[\w\-]+)\s+(?:(?:on|late|last)\s+\w+\s+)?(?:that\s+)?they\s+"
    r"(?:(?:were|are|had|have|would|will|both|also)\s+)*$"
)


# "P resigned, along with chief financial officer Q", "left together with A and B": the people
# named as leaving with the subject (a title or "its" before each name, no other name between).
_COMPANION_RE = re.compile(
    r"[^.;:\x01\x03]{0,60}?\b(?:(?:together|along)\s+with|alongside)\s+"
    r"(?:(?:[\w\-]+|CEO|CTO|CFO|COO)\s+){0,5}?\x01(\d+)\x02(?!['’])"
)
_NEXT_COMPANION_RE = re.compile(
    r"(?:\s*,\s*[^,;\x01]{0,60}?)?(?:\s*,)?\s+and\s+(?:(?:[\w\-]+|CEO|CTO|CFO|COO)\s+){0,5}?\x01(\d+)\x02(?!['’])"
)


def _companions(doc: Doc, i: int, text: str, end: int, cand: DepartureCand, out: list[DepartureCand]) -> None:
    """Each person named as leaving together with ``cand``'s leaver leaves too: from the
    employer the sentence gives them, else the same one."""
    m = _COMPANION_RE.match(text, end)
    while m is not None:
        other = doc.mentions[int(m.group(1))].entity
        if other == cand.person or not person_ok(doc, other) or not doc.is_person(other):
            return
        own, _ = affiliation_in(doc, i, text, other, current=True)
        from_org = own if own is not None and own != other and not doc.is_person(own) else cand.from_org
        out.append(DepartureCand(other, i, from_org=from_org, certainty=cand.certainty))
        m = _NEXT_COMPANION_RE.match(text, m.end())


# "joined Y in 2014 as vice chairman before | stepping down": the job joined is the one left.
_JOINED_BEFORE_RE = re.compile(
    r"\bjoined\s+(?:the\s+)?\x01(\d+)\x02(?!['’])[^,;\x01]*?\s+(?:before|until|but|and\s+(?:later|then|eventually))\s+$"
)
# "Former Y president P", "Y's longtime CFO P" opening a sentence: the subject and the title's organisation.
_TITLED_SUBJECT_RE = re.compile(
    r"\s*(?:(?:[Ff]ormer|[Ee]x-|[Tt]he|[Ll]ong-?time|[Vv]eteran)\s*)*\x01(\d+)\x02\.?(?:['’]s)?\s+"
    r"(?:(?:former|longtime|long-time|veteran|"
    + trie_alternation((*ROLE_NOUNS, "vice", "senior", "general", "managing"))
    + r"|CEO|CTO|CFO|COO|AI)\s+){0,4}?(?:"
    + trie_alternation(ROLE_NOUNS)
    + r"|CEO|CTO|CFO|COO|CSO|CPO|CMO|CIO)\s+"
    r"\x01(\d+)\x02"
)
# "Y's director of Z, P, left": the name closing an apposition is the subject.
_CLOSED_APPOSITION_RE = re.compile(r",\s+\x01(\d+)\x02\s*,\s+(?:(?:" + _VERB_ADVERBS + r")\s+)*$")
# "..., P, an early member of Y's lab, who left in May": "who" stands for a person.
_WHO_BEFORE_RE = re.compile(r"\bwho\s+(?:(?:" + _VERB_ADVERBS + r")\s+)*$")
# "A, the head of X, and B, the head of Y, left": appositive subjects coordinated.
_CO_APPOSED_RE = re.compile(
    r"\x01(\d+)\x02(?:\s*,\s+(?:(?!\b(?:who|which|said|says)\b)[^,;\x01])*(?:\x01\d+\x02(?:['’]s)?[^,;\x01]*){0,2})?\s*,?\s+and\s+$"
)


# "Before he retires from Y, P will ...": a pronoun in a fronted subordinate clause looks ahead.
_FRONTED_PRONOUN_RE = re.compile(
    r"\b(?:[Bb]efore|[Aa]fter|[Ww]hen|[Uu]ntil|[Oo]nce|[Ww]hile|[Ss]ince|[Aa]s\s+soon\s+as)\s+(?:he|she)\s+"
    r"(?:(?:will|would|has|had|is|was|eventually|finally|formally|officially)\s+)*$"
)
_MAIN_SUBJECT_AFTER_RE = re.compile(r"[^,;.]*,\s+\x01(\d+)\x02(?!['’]s)")
# "After leaving Y in 2021, P founded V" / "Having quit Y, P ...": a participle clause opening the
# sentence has no subject of its own; it is the main clause's, named after the comma.
_FRONTED_PARTICIPLE_RE = re.compile(
    r"(?:^|[;:]\s+|[\"“]\s*)(?:[Aa]fter|[Ss]ince|[Hh]aving|[Uu]pon|[Oo]n|[Bb]efore|[Ss]hortly\s+(?:after|before)|"
    r"[Ss]oon\s+after|[Ww]hen|[Ww]hile)\s+$"
)
# The main clause's verb of joining: "After quitting Y, P joined X as ...".
_MAIN_JOINED_RE = re.compile(
    r"\s+(?:(?:has|had|then|later|quickly|soon)\s+)*(?:joined|joins|went\s+on\s+to\s+join|moved\s+to)\s+"
    r"(?:rival\s+|the\s+)?\x01(\d+)\x02(?!['’]s)"
)


_REL_SUBJECT_RE = re.compile(
    r"^\s*\x01(\d+)\x02\s*,\s+(?:who|whose|whom)\b[^;\"“”]*,\s+(?:(?:" + _VERB_ADVERBS + r"|will|would|is|was)\s+)*$"
)
# "Y's CBO P who joined in 2010, will also be exiting": the same clause inside the sentence,
# its opening comma sometimes missing.
_REL_SUBJECT_INSIDE_RE = re.compile(
    r"\x01(\d+)\x02\s*,?\s+whom?\b[^;\"“”]*,\s+(?:(?:" + _VERB_ADVERBS + r"|will|would|is|was|be|has|had)\s+)*$"
)
_QUOTE_I_RE = re.compile(r"^\s*[\"“]\s*I\s+(?:(?:[\w\-’']+)\s+){0,4}$")
_SPEAKER_AFTER_RE = re.compile(
    r"[,.]?\s*[\"”]\s*,?\s*(?:\x01(\d+)\x02\s+(?:said|says|wrote|writes|told)\b|(?:said|says|wrote|writes)\s+\x01(\d+)\x02)"
)


def _subject_person(doc: Doc, i: int, text: str, pos: int) -> int | None:
    """The person who is the subject of the verb at ``pos``, or None."""
    if ("he " in text or "she " in text) and _FRONTED_PRONOUN_RE.search(text, max(0, pos - 60), pos):
        fronted = _FRONTED_PRONOUN_RE.search(text, max(0, pos - 60), pos)
        assert fronted is not None
        earlier = [doc.mentions[int(t)].entity for t in TOKEN_RE.findall(text, 0, fronted.start())]
        main = _MAIN_SUBJECT_AFTER_RE.match(text, pos)
        if main and not any(doc.is_person(e) for e in earlier):
            eid = doc.mentions[int(main.group(1))].entity
            if person_ok(doc, eid):
                return eid
    if _FRONTED_PARTICIPLE_RE.search(text, max(0, pos - 40), pos):
        main = _MAIN_SUBJECT_AFTER_RE.match(text, pos)
        eid = doc.mentions[int(main.group(1))].entity if main else None
        if eid is not None and person_ok(doc, eid):
            return eid
    person = doc.subject(i, text, pos)
    if person_ok(doc, person):
        return person
    lo = max(0, pos - 200)
    if "who" in text:
        rel = _REL_SUBJECT_RE.match(text, 0, pos)  # "P, who joined Y in 2019, resigned"
        if rel is None:
            rel = _REL_SUBJECT_INSIDE_RE.search(text, lo, pos)
        if rel and person_ok(doc, doc.mentions[int(rel.group(1))].entity):
            return doc.mentions[int(rel.group(1))].entity
    if "I " in text and _QUOTE_I_RE.match(text, 0, pos):
        sp = _SPEAKER_AFTER_RE.search(text, pos)  # '"I am leaving Y," P said': the speaker
        if sp:
            eid = doc.mentions[int(sp.group(1) or sp.group(2))].entity
            if person_ok(doc, eid):
                return eid
    closed = _CLOSED_APPOSITION_RE.search(text, lo, pos)
    if closed and person_ok(doc, doc.mentions[int(closed.group(1))].entity):
        return doc.mentions[int(closed.group(1))].entity
    who = _WHO_BEFORE_RE.search(text, max(0, pos - 40), pos)
    if who:
        ents = [doc.mentions[int(t)].entity for t in reversed(TOKEN_RE.findall(text, lo, who.start()))]
        # A name typed as a person beats one merely shaped like one ("Y's Damo Lab").
        for eid in [e for e in ents if doc.kind(e) == "person"] or ents:
            if person_ok(doc, eid):
                return eid
    # "P, co-founder of Y quit": an apposition whose closing comma is missing.
    app = _OPEN_APPOSITION_RE.search(text, max(0, pos - 160), pos)
    person = doc.mentions[int(app.group(1))].entity if app else None
    return person if person_ok(doc, person) else None


def _co_apposed(doc: Doc, text: str, person: int, pos: int) -> list[int]:
    """Persons coordinated before ``person`` with their own appositions ("A, the head of X, and P")."""
    toks = [
        t for t in TOKEN_RE.finditer(text, max(0, pos - 300), pos) if doc.mentions[int(t.group(1))].entity == person
    ]
    if not toks:
        return []
    out: list[int] = []
    end = toks[-1].start()
    for _ in range(4):
        m = _CO_APPOSED_RE.search(text, max(0, end - 160), end)
        if not m:
            break
        eid = doc.mentions[int(m.group(1))].entity
        if not person_ok(doc, eid):
            break
        out.append(eid)
        end = m.start()
        while end > 0 and text[end - 1] in ", ":
            end -= 1
    return out


_MODAL_BEFORE_RE = re.compile(r"\b(?:may|might|could)\s+(?:(?:also|soon|well|eventually)\s+)?(?:be\s+)?$")
_SOURCES_BEFORE_RE = re.compile(
    r"\b(?:from|by|to|via|through)\s+(?:[\w\-]+\s+){0,3}?(?:sources|insiders|people\s+close)\b[^.;]*?\bthat\b", re.I
)
# Hedges that reach back over a comma: attribution to unnamed sources.
_ATTRIBUTION_RE = re.compile(
    r"\b(?:according\s+to\s+(?:[\w\-]+\s+){0,3}?(?:people|persons|sources|insiders|person|source)|"
    r"(?:people|persons|sources|insiders|someone|one\s+person)\s+(?:familiar|close|with|briefed|aware)|"
    r"citing\s+(?:[\w\-]+\s+){0,3}?(?:sources|people|insiders)|(?:is|are|was|were)\s+said\s+to|sources?\s+said)\b",
    re.I,
)


def _leave_certainty(text: str, start: int, end: int) -> str | None:
    """:func:`certainty` of a verb of leaving, where a hedge in a later clause ("P has resigned,
    reportedly to start a venture"; "P, who is set to leave Y, is also considering ...") bears
    on what follows, not on the leaving; attribution to unnamed sources still reaches back."""
    if "dismiss" in text[start:end] or "no longer" in text[start:end]:
        # "P was dismissed by Y": the verb of removal is no denial of a report
        text = text[:start] + "removed".ljust(end - start) + text[end:]
    cert = certainty(text, start)
    if cert == "confirmed" and _MODAL_BEFORE_RE.search(text, max(0, start - 30), start):
        return "rumored"  # "P may also depart the company next year"
    if cert == "confirmed" and "source" in text and _SOURCES_BEFORE_RE.search(text, 0, start):
        return "rumored"  # "X has learned from several sources that P resigned"
    if cert != "rumored":
        return cert
    comma = text.find(",", end)
    if comma < 0:
        return cert
    if certainty(text[:comma], start) == "confirmed" and not _ATTRIBUTION_RE.search(text, comma):
        return "confirmed"
    return cert


_PRESUPPOSING_RE = re.compile(
    r"(?:\b(?:[Aa]fter|[Ss]ince|[Ff]ollowing|[Ii]n\s+the\s+wake\s+of)\s+(?:(?:the|an?|his|her|their)\s+)?"
    r"(?:(?:abrupt|sudden|surprise|recent|unexpected)\s+)?(?:(?:departure|exit|resignation|retirement|ouster)\s+of\s+"
    r"(?:(?:its|the)\s+)?(?:[\w\-]+\s+){0,4}?)?(?:\x01\d+\x02['’]s\s+)?"
    r"|(?:^|[;:]\s+)(?:[Aa]fter|[Ss]ince|[Hh]aving)\s+)$"
)
# "X is reportedly hiring after P resigned": a past leaving in a temporal clause
_AFTER_SUBJECT_RE = re.compile(r"\b(?:[Aa]fter|[Ss]ince)\s+\x01\d+\x02\s+(?:(?:had|has|abruptly|suddenly)\s+)?$")
_PAST_LEAVE_RE = re.compile(r"(?:resigned|quit|left|departed|retired|stepped|exited|was|were)\b")


def _presupposed(text: str, pos: int) -> bool:
    """Is the leaving at ``pos`` taken for granted by a temporal phrase ("since P's exit",
    "following the resignation of P", "After leaving Y, ...") rather than asserted by the
    possibly hedged main clause? Attribution to unnamed sources still hedges it."""
    temporal = _PRESUPPOSING_RE.search(text, max(0, pos - 80), pos) is not None or (
        _AFTER_SUBJECT_RE.search(text, max(0, pos - 40), pos) is not None
        and _PAST_LEAVE_RE.match(text, pos) is not None
    )
    return temporal and not _ATTRIBUTION_RE.search(text)


_POST_AS_RE = re.compile(r"\b(?:job|post|role|position|seat)\s+as\b")


def _post_within_group(doc: Doc, i: int, text: str, person: int, unit: int) -> bool:
    """Does the sentence give ``person`` a current title at a group that ``unit`` belongs to
    (the unit's name extends the group's: "Y" and "Y Cloud Computing")?"""
    org, _ = affiliation_in(doc, i, text, person, current=True)
    if org is None or org == unit:
        return False
    group, part = doc.name(org).lower().split(), doc.name(unit).lower().split()
    return len(part) > len(group) and part[: len(group)] == group


_INCLUDING_RE = re.compile(r"\s*,?\s+(?:including|such\s+as|among\s+them|notably)\s+")


def _listed_leavers(doc: Doc, i: int, text: str, v: re.Match[str], out: list[DepartureCand]) -> None:
    """ "Many founders are quitting, including Y co-founder A, Z's co-founder B", "Several Y
    executives have left the company this year, including A, who led ...; B, ...; and C": each
    listed person leaves the organisation their own title names, else the one the verb's object
    or the subject names ("the company": the article's), the list running over semicolons."""
    inc = _INCLUDING_RE.match(text, v.end())
    obj_org: int | None = None
    if not inc:
        inc = _OBJ_THEN_INCLUDING_RE.match(text, v.end())
        if not inc:
            return
        if inc.group(1) is not None:
            obj_org = doc.mentions[int(inc.group(1))].entity
            if not doc.is_org(obj_org) or doc.is_person(obj_org):
                return
    cert = _leave_certainty(text, v.start(), v.end())
    if cert is None:
        return
    default = obj_org
    if default is None:
        head = doc.first_head(i, text, 0, v.start())
        if head is not None and head[0] == "e" and doc.is_org(head[1]) and not doc.is_person(head[1]):
            default = head[1]  # "Several Y executives have left, including A": Y's
    if default is None and inc.group(0).lstrip(" ,").startswith(("the", "their", "its")):
        default = doc.topic_org(i, exclude=set(news_sources(doc)) or None)
    _listed_people(doc, i, text, inc.end(), default, cert, out)


# "The founders and co-chief executives of Y, A and B, have both stepped down": a plural
# subject of titles at Y, its people named in the apposition.
_APPOSED_PAIR_RE = re.compile(
    r"^\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[^,;\x01]{0,80}?\s(?:of|at)\s+(?:the\s+)?\x01(\d+)\x02\s*,\s+"
    r"((?:\x01\d+\x02\s*(?:,\s*(?:and\s+)?|\s+and\s+))+\x01\d+\x02)\s*,\s+"
    r"(?:(?:have|has|had|both|also|all|each|will|would|are|were)\s+)*$"
)


def _apposed_pair_leavers(doc: Doc, i: int, text: str, v: re.Match[str], out: list[DepartureCand]) -> None:
    m = _APPOSED_PAIR_RE.match(text[: v.start()])
    cert = _leave_certainty(text, v.start(), v.end()) if m else None
    if m is None or cert is None:
        return
    org = doc.mentions[int(m.group(1))].entity
    if not doc.is_org(org) or doc.is_person(org):
        return
    _named_leave(doc, i, m.group(2), out, org, cert)


# "heads such as Y's A, Z's B and W's C left their companies", "Y's co-head P and Z's Q are among
# the names to have left their firms": each person leaves the organisation named with them.
_LEFT_THEIR_RE = re.compile(
    r"\b(?:left|quit|exited|departed|leave|leaving|quitting)\s+(?:their|the)\s+(?:respective\s+)?"
    r"(?:companies|firms|employers|jobs|posts|roles|startups|start-ups|businesses)\b"
)
_ORG_PERSON_PAIR_RE = re.compile(
    r"\x01(\d+)\x02['’]s?\s+(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CPO|CMO|UK|US|AI|VP)\s+){0,6}?\x01(\d+)\x02(?!['’])"
)


def _told(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], str] | None:
    """The first match of ``pattern`` in ``text`` and the certainty it is told with; None when
    there is none or the sentence says it did not happen."""
    m = pattern.search(text)
    cert = certainty(text, m.start()) if m is not None else None
    return (m, cert) if m is not None and cert is not None else None


# "A and B are the latest names on a growing list of executives to leave Y", "A is the newest
# name on the list of staff who have walked out of Y": the sentence's subjects leave Y.
_LATEST_TO_LEAVE_RE = re.compile(
    r"^\s*(?:(?:[A-Z][A-Z.'\-]+\s*)+:\s+|\x01\d+\x02:\s+)?(?P<list>\x01\d+\x02(?:(?:\s*,\s*|\s*,?\s+and\s+)\x01\d+\x02)*)\s+"
    r"(?:is|are|was|were|has\s+become|have\s+become|became)\s+(?:the|a)\s+(?:latest|newest|most\s+recent)\b"
    r"[^.;\x01]{0,120}?\b(?:who\s+(?:have|has|had)\s+(?:[a-z]+\s+)?|to\s+)(?P<verb>left|leave|quit|exited|exit|departed|"
    r"depart|walked\s+out\s+of|walk\s+out\s+of|resigned\s+from|resign\s+from)\s+(?:the\s+)?"
    r"(?:\x01\d+\x02-owned\s+)?(?:[^\s\x01.;]+\s+){0,3}?\x01(?P<org>\d+)\x02(?!['’]s)"
)


# "P, who until now was Y's vice president for sales, will become X's president": the post
# held until now is at one organisation, the next at another.
_UNTIL_NOW_RE = re.compile(
    r"\x01(?P<p>\d+)\x02\s*,\s+(?:who\s+)?until\s+(?:now|recently)\s+(?:was\s+|had\s+been\s+|served\s+as\s+)?"
    r"(?:[^,;\x01]{0,80}?(?:(?:at|of|with)\s+(?:the\s+)?)?\x01(?P<y>\d+)\x02[^,;\x01]{0,60}?)\s*,\s+"
    r"(?:(?:will|is\s+to|is\s+set\s+to)\s+(?:become|join|be|take\s+over\s+as)|becomes|has\s+become|joins|has\s+joined|"
    r"(?:has\s+been|was|is)\s+(?:named|appointed))\s+"
    r"[^,;\x01]{0,80}?(?:(?:at|of|with|for)\s+(?:the\s+)?)?\x01(?P<x>\d+)\x02"
)


def _until_now_elsewhere(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    """A post held "until now" at one organisation and the next one named at another."""
    for m in _UNTIL_NOW_RE.finditer(text):
        person, left, joined = (doc.mentions[int(m.group(k))].entity for k in ("p", "y", "x"))
        if not person_ok(doc, person) or left == joined or not doc.is_org(left) or doc.is_person(joined):
            continue
        if left in (person, joined) or not doc.could_be_org(joined):
            continue
        cert = certainty(text, m.start("x"))
        if cert is not None:
            out.append(DepartureCand(person, i, from_org=left, to_org=joined, founded=False, certainty=cert))


def _latest_to_leave(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    m = _LATEST_TO_LEAVE_RE.match(text)
    if m is None:
        return
    org = doc.mentions[int(m.group("org"))].entity
    cert = certainty(text, m.start("verb"))
    if cert is None or not doc.could_be_org(org) or doc.is_person(org):
        return
    _named_leave(doc, i, m.group("list"), out, org, cert)


# "A, the group CTO, and B, its HR chief, are among those who have gone", "Also no longer with
# the firm are A, B and C": the people named leave the company the article is about.
_AMONG_GONE_RE = re.compile(
    r"\s+(?:are|were|is|was)\s+(?:also\s+)?among\s+(?:those|the\s+[a-z]+)\s+who\s+(?:have|had|has)\s+(?:already\s+)?"
    r"(?:gone|left|departed|quit|resigned|exited|walked\s+out)\b"
)
_NO_LONGER_ARE_RE = re.compile(
    r"^\s*(?:Also\s+)?no\s+longer\s+with\s+the\s+(?:" + EMPLOYER_NOUNS + r")\s+(?:are|is)\s+"
)


def _among_those_gone(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    gone = _AMONG_GONE_RE.search(text)
    if gone is not None:
        span, at = (0, gone.start()), gone.start()
    else:
        inverted = _NO_LONGER_ARE_RE.match(text)
        if inverted is None:
            return
        span, at = (inverted.end(), len(text)), inverted.start()
    cert = certainty(text, at)
    org = doc.topic_org(i, exclude=set(news_sources(doc)) or None)
    if cert is None or org is None:
        return
    _named_leave(doc, i, text[span[0] : span[1]], out, org, cert, guessed=True)


# "X agreed to license technology from Y while hiring its chief executive, P": the officer of
# the company named between the hirer and "its" (a company does not hire away its own).
_HIRING_ITS_RE = re.compile(
    r"\b(?:hir(?:ing|ed|es|e)|poach(?:ing|ed|es)?|recruit(?:ing|ed|s)?)\s+(?:away\s+)?its\s+"
    r"(?:(?:[\w\-]+|CEO|CTO|CFO|COO)\s+){0,3}?(?:" + trie_alternation(ROLE_NOUNS) + r"|CEO|CTO|CFO|COO|CSO|CPO)s?"
    r"\s*,\s+\x01(\d+)\x02"
)


def _hiring_its_officer(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    for m in _HIRING_ITS_RE.finditer(text):
        person = doc.mentions[int(m.group(1))].entity
        hirer = doc.subject(i, text, m.start())
        cert = certainty(text, m.start())
        if cert is None or hirer is None or not person_ok(doc, person) or any(c.person == person for c in out):
            continue
        between = [doc.mentions[int(t)].entity for t in TOKEN_RE.findall(text, 0, m.start())]
        owner = next((e for e in reversed(between) if e != hirer and doc.is_org(e) and not doc.is_person(e)), None)
        if owner is not None and doc.could_be_org(hirer) and not doc.is_person(hirer):
            out.append(DepartureCand(person, i, from_org=owner, to_org=hirer, founded=False, certainty=cert))


# "Among the senior people who have quit unicorns recently are A, who was CTO at food delivery
# company Y and is now founder of X; B, formerly VP engineering at Z, who now runs W; ...":
# each listed leaver with the employer and the venture of their own entry.
_AMONG_WHO_LEFT_RE = re.compile(
    r"\b[Aa]mong\s+(?:the\s+|those\s+)?(?:[\w\-]+\s+){0,5}?(?:who|that)\s+(?:have|has|had)\s+"
    r"(?:(?:recently|also|already|since)\s+)?(?:quit|left|departed|exited|resigned\s+from|walked\s+away\s+from)\b"
    r"[^;]{0,120}?\s+(?:are|were|include|included)\s+"
)
_ENTRY_PAST_RE = re.compile(
    r"\b(?:was|were|formerly|earlier|previously|former|ex-|once)\s+(?:[\w\-]+\s+){0,6}?(?:at|of|with|in)\s+"
    r"(?:the\s+)?(?:[a-z][\w\-]*\s+){0,4}?" + E
)
_ENTRY_NOW_RE = re.compile(
    r"\b(?:now|has\s+(?:since\s+)?(?:co-?founded|founded|started|launched|set\s+up))\s+(?:[\w\-]+\s+){0,6}?"
    r"(?:(?:of|at)\s+)?(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?" + E
)


def _among_who_left(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    among = _AMONG_WHO_LEFT_RE.search(text)
    if among is None:
        return
    cert = certainty(text, among.start())
    if cert is None:
        return
    for entry in text[among.end() :].split(";"):
        names = TOKEN_RE.findall(entry)
        person = doc.mentions[int(names[0])].entity if names else None
        past = _ENTRY_PAST_RE.search(entry)
        if person is None or past is None or not person_ok(doc, person):
            continue
        org = doc.mentions[int(past.group(1))].entity
        if not doc.is_org(org) or doc.is_person(org):
            continue
        cand = DepartureCand(person, i, from_org=org, certainty=cert)
        now = _ENTRY_NOW_RE.search(entry, past.end())
        dest = doc.mentions[int(now.group(1))].entity if now else None
        if dest is not None and dest != org and doc.could_be_org(dest) and not doc.is_person(dest):
            cand.to_org = dest
            cand.founded = True if "found" in now.group(0) else None
        out.append(cand)


_GROUP_PLURALS = ("executives", "directors", "researchers", "engineers", "partners", "founders", "leaders", "officials")
# "two further Y executives, chief scientist A and founder B, resigned from the company": a
# group of Y's named in an apposition to the plural, then the verb of leaving.
_GROUP_APPOSED_RE = re.compile(
    r"\x01(?P<org>\d+)\x02(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){0,2}?(?:" + "|".join(_GROUP_PLURALS) + r")\s*,\s+"
    r"(?P<list>(?:[^,;\x01]{0,40}?\x01\d+\x02\s*(?:,\s*(?:and\s+)?|,?\s+and\s+))+[^,;\x01]{0,40}?\x01\d+\x02)\s*,\s+"
    r"(?:(?:have|has|had|both|also|all|each|now|since)\s+)*(?=(?:resigned|left|quit|departed|stepped\s+down|exited)\b)"
)


def _group_named_in_apposition(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    for m in _GROUP_APPOSED_RE.finditer(text):
        org = doc.mentions[int(m.group("org"))].entity
        verb = _LEAVE_RE.match(text, m.end())
        cert = certainty(text, m.end())
        if verb is None or cert is None or not doc.is_org(org) or doc.is_person(org):
            continue
        obj = _OBJECT_RE.match(text, verb.end())
        if obj is not None and doc.is_org(doc.mentions[int(obj.group(1))].entity):
            org = doc.mentions[int(obj.group(1))].entity  # "... resigned from Z": Z, whoever's group
        _named_leave(doc, i, m.group("list"), out, org, cert)


def _pairs_left_their(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    """People named with their organisations ("Y's P") before "left their companies"."""
    found = _told(_LEFT_THEIR_RE, text)
    if found is None:
        return
    m, cert = found
    for pair in _ORG_PERSON_PAIR_RE.finditer(text, 0, m.start()):
        org, person = (doc.mentions[int(pair.group(k))].entity for k in (1, 2))
        if person_ok(doc, person) and doc.is_org(org) and not doc.is_person(org) and org != person:
            out.append(DepartureCand(person, i, from_org=org, certainty=cert))


def _exits_include(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    """ "Other exits include A, a partner who ..., operating partner B and C": each listed
    person leaves the organisation their title names, else the one the article is about."""
    found = _told(_EXITS_INCLUDE_RE, text)
    if found is None:
        return
    m, cert = found
    # ("Y has seen several departures, including A and B": the sentence's subject, else the
    # organisation the article is about)
    head = doc.first_head(i, text, 0, m.start())
    if head and head[0] == "e" and doc.is_org(head[1]) and not doc.is_person(head[1]):
        default: int | None = head[1]
    else:
        default = doc.topic_org(i)
    _listed_people(doc, i, text, m.end(), default, cert, out)


# "Other exits include", "Recent departures have included", "The departures are", "exits, among them"
_EXITS_INCLUDE_RE = re.compile(
    r"\b(?:[Oo]ther|[Tt]he|[Rr]ecent|[Ee]arlier|[Nn]otable|[Ss]enior|[Hh]igh-profile)\s+(?:[\w\-]+\s+)?"
    r"(?:exits|departures|resignations|leavers|defections)\s+(?:(?:have|had)\s+)?"
    # ("The departures were A and B", but not "The departures were a blow to P's team")
    r"(?:include|includes|included|(?:were|are)(?=\s+(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO)\s+){0,3}\x01))\s+"
    # "disclosed a wave of exits, among them A, B and C" / "several departures, including A and B"
    r"|\b(?:exits|departures|resignations|defections)\s*,\s+(?:among\s+them|including|such\s+as)\s+"
    # "a run of prominent departures that includes chief technology officer A, board member B and C"
    r"|\b(?:exits|departures|resignations|defections)\s+(?:that|which)\s+(?:(?:has|have)\s+)?(?:includes?|included)\s+"
    # "Among the most prominent recent departures are A, who ..., and B"
    r"|\b[Aa]mong\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}?(?:exits|departures|defections|leavers)\s+"
    r"(?:are|were|have\s+been|has\s+been)\s+"
    # "Other partners who have left in recent weeks include A, who ..."
    r"|\b(?:[Oo]ther|[Rr]ecent|[Ss]enior|[Nn]otable)\s+(?:[\w\-]+\s+)?(?:partners|executives|employees|staff|staffers|"
    r"researchers|engineers|managers|leaders|people|names)\s+who\s+(?:have|had)\s+(?:also\s+)?(?:left|departed|quit|exited)"
    r"\b[^,;\x01]{0,40}?\s+(?:include|includes|included|are|were)\s+"
)


def _listed_people(
    doc: Doc, i: int, text: str, start: int, default: int | None, cert: str, out: list[DepartureCand]
) -> None:
    """Each person listed from ``start`` leaves the organisation their own title names, else
    ``default`` (the list running over semicolons when it closes with "; and")."""
    end = text.find(";", start)
    if end >= 0 and _SEMICOLON_LIST_RE.search(text, end):
        end = len(text)  # "A, who ...; B, who ...; and C": one list
    end = len(text) if end < 0 else end
    for t in TOKEN_RE.finditer(text, start, end):
        person = doc.mentions[int(t.group(1))].entity
        if not person_ok(doc, person) or not doc.is_person(person):
            continue
        rel = max(text.rfind(", who ", start, t.start()), text.rfind(", which ", start, t.start()))
        if rel >= 0 and "," not in text[rel + 2 : t.start()] and ";" not in text[rel + 2 : t.start()]:
            continue  # "A, who left to launch X, and B": X is named in A's clause, not listed
        title = _POSS_TITLE_RE.search(text, max(start, t.start() - 80), t.start())
        org = None
        if title is not None and "former" not in title.group(0).lower() and doc.kind(person) == "person":
            org = doc.mentions[int(title.group(1))].entity
        elif default is not None and not _IN_CLAUSE_RE.search(text, start, t.start()):
            org = default  # (a "former" title in a list of leavers is the post just left)
        if org is not None and doc.kind(org) != "person" and org != person:
            out.append(DepartureCand(person, i, from_org=org, certainty=cert))


# "left the company this year, including": the verb's object, then a few words of time.
_OBJ_THEN_INCLUDING_RE = re.compile(
    r"\s+(?:\x01(\d+)\x02|(?:the|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:" + EMPLOYER_NOUNS + r"))"
    r"(?:\s+(?:this|last|in|since|over|during|earlier|recent|the|past|year|years|month|months|week|weeks|\d{4})){0,4}"
    r"\s*,?\s+(?:including|such\s+as|among\s+them|notably)\s+"
)
# A list whose items are set apart by semicolons closes with "; and".
_SEMICOLON_LIST_RE = re.compile(r";\s+and\s")
# A person named inside another item's relative clause ("A, who replaced B;") is no item.
_IN_CLAUSE_RE = re.compile(r"\b(?:replac\w*|succeed\w*|under|with|for|from)\s+[^;,]*$")


def _former_orgs(doc: Doc, prefix: str) -> set[int]:
    """Organisations named as past employers ("former Y executive") in ``prefix``."""
    if "ormer" not in prefix and "x-" not in prefix:
        return set()
    return {doc.mentions[int(m.group(1))].entity for m in _FORMER_ORG_RE.finditer(prefix)}


# "Y's CTO A and B quit": the possessive organisation is the employer of every name listed.
_POSS_PEOPLE_RE = re.compile(
    r"\x01(\d+)\x02['’](s?)\s+(?:[\w\-]+\s+){0,3}?(?:\x01\d+\x02\s*(?:,\s*(?:and\s+)?|and\s+))*"
    r"\x01(\d+)\x02\s+(?:(?:also|both|all|have|has|had|each|then|later)\s+)*$"
)
# The rest of a list after its first name ("the departures of A, B and C").
_MORE_NAMES_RE = re.compile(r"(?:\s*,\s*\x01\d+\x02)*\s*,?\s+and\s+\x01\d+\x02(?!['’])")
_FORMER_ORG_RE = re.compile(r"(?:\b[Ff]ormer|\b[Ee]x-)\s*" + E)


def _noun_leave_mentions(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    """ "Her departure from X", "Y's exit", "his resignation was announced"."""
    matches = list(_NOUN_LEAVE_RE.finditer(text))
    if " of " in text:
        matches += _NOUN_OF_RE.finditer(text)
    for m in matches:
        if _CALLS_FOR_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "calls for his resignation": not (yet) an event
        end = m.end()
        if m.group(1) is not None:
            people: list[int | None] = [doc.mentions[int(m.group(1))].entity]
            plural = m.re is _NOUN_OF_RE and m.group(0).split(None, 1)[0].endswith("s")
            more = _MORE_NAMES_RE.match(text, end) if plural and m.group(3) is None else None
            if more is not None:
                # "the departures of A, B and C": every name of the list left (a singular noun
                # before a list, "the departure of A and B's arrival", is read for A alone)
                people += [doc.mentions[int(t)].entity for t in TOKEN_RE.findall(more.group(0))]
                end = more.end()
        else:
            rel = _REL_CLAUSE_PREFIX_RE.match(text, 0, m.start())
            if rel and doc.is_person(doc.mentions[int(rel.group(1))].entity):
                people = [doc.mentions[int(rel.group(1))].entity]
            else:
                people = [doc.resolve_pronoun(i, text[: m.start()], m.group(2), set())]
        for person in people:
            if person_ok(doc, person):
                assert person is not None
                _noun_leave(doc, i, text, m, end, person, {p for p in people if p is not None}, out)


def _noun_leave(
    doc: Doc, i: int, text: str, m: re.Match[str], end: int, person: int, listed: set[int], out: list[DepartureCand]
) -> None:
    """The departure of ``person`` that the leave noun ``m`` tells; its names (``listed``, the
    people who left together, never one another's employer) end at ``end``."""
    cert = certainty(text, m.start())
    if cert is None:
        return
    # Only an asserted departure counts ("after her departure from X", "his exit was
    # announced"); "nothing has been decided regarding his departure" merely mentions one.
    app = _CLOSED_APP_AFTER_RE.match(text, end)  # "the resignation of P, Y's CEO, was announced"
    asserted = bool(
        _NOUN_ASSERT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        or _NOUN_ASSERT_AFTER_RE.match(text, app.end() if app else end)
    )
    if cert == "rumored" and _presupposed(text, m.start()):
        cert = "confirmed"  # "X is reportedly hiring since P's departure": the leaving is not hedged
    cand = DepartureCand(person=person, sent=i, certainty=cert, primary=asserted)
    if m.group(3) is not None and doc.is_org(doc.mentions[int(m.group(3))].entity):
        cand.from_org = doc.mentions[int(m.group(3))].entity
    as_org = m.groupdict().get("as_org") or m.groupdict().get("as_org2")
    if cand.from_org is None and as_org is not None and doc.is_org(doc.mentions[int(as_org)].entity):
        cand.from_org = doc.mentions[int(as_org)].entity
    stop = _REST_END_RE.search(text, end)
    _destination(doc, i, text, text[end : stop.start() if stop else len(text)], end, cand)
    if cand.founded is None and "retirement" in m.group(0).lower():
        cand.founded = False
    org, role = affiliation(doc, person, i, current=True)
    if cand.from_org is None and (org == person or org not in listed):
        cand.from_org = org  # (the leaver's own name as employer drops the event below, as ever)
    cand.role = role
    if cand.from_org is None:
        # "Y announced P's resignation" / "Y named a CFO following the departure of P": the
        # sentence's head organisation (a sentence opener typed organisation will do here)
        head = doc.first_head(i, text, 0, m.start())
        if head and head[0] == "e" and head[1] not in (person, cand.to_org) and doc.is_org(head[1]):
            cand.from_org = head[1] if not doc.is_person(head[1]) else None
    if cand.from_org is None and asserted and _NOUN_ASSERT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
        # "Since P's departure in May, Y has had no CTO": the main clause's head organisation
        head = doc.first_head(i, text, end)
        if head and head[0] == "e" and head[1] not in (person, cand.to_org) and doc.is_solid_org(head[1]):
            cand.from_org = head[1] if not doc.is_person(head[1]) else None
    if cand.from_org is None:
        cand.from_org = doc.topic_org(i, exclude={cand.to_org} if cand.to_org is not None else None)
        cand.guessed = True
    if cand.from_org == person or cand.from_org is None:
        return
    out.append(cand)


def _past_job(doc: Doc, text: str, person: int) -> int | None:
    """Employer of a job the sentence says ``person`` no longer holds ("who until May ran X")."""
    for m in _PAST_JOB_RE.finditer(text):
        before = TOKEN_RE.findall(text, 0, m.start())
        if not before or doc.mentions[int(before[-1])].entity != person:
            continue
        org = doc.mentions[int(m.group(1) or m.group(2))].entity
        if doc.is_org(org) and not doc.is_person(org):
            return org
    return None


def _former_employer(doc: Doc, i: int, text: str, person: int) -> int | None:
    """Employer of a job the person is said to have held formerly ("ex-X research chief P",
    "P, a former vice president of X")."""
    org, role = affiliation_in(doc, i, text, person)
    if org is None or doc.is_person(org):
        return None
    if role is not None and role.lower().startswith(("former", "ex-", "a former", "the former")):
        return org
    for t in TOKEN_RE.finditer(text):
        eid = doc.mentions[int(t.group(1))].entity
        if eid == person and _FORMER_APPOSITION_RE.match(text, t.end()):
            return org
        if eid == org and _FORMER_JUST_BEFORE_RE.search(text, max(0, t.start() - 8), t.start()):
            return org
    return None


def _destination(doc: Doc, i: int, text: str, rest: str, offset: int, cand: DepartureCand) -> None:
    """Fill ``to_org``/``founded`` from the words after the verb of leaving."""
    if cand.to_org is not None:
        return
    m = _FOUND_NAMED_RE.search(rest) or _AS_FOUNDER_RE.search(rest)
    if m and doc.mentions[int(m.group(1))].entity != cand.from_org:
        cand.to_org, cand.founded = doc.mentions[int(m.group(1))].entity, True
        return
    m = _JOIN_PERSON_RE.search(rest)
    if m:
        cand.founded = True
        cand.join_person = doc.resolve_pronoun(i, text[: offset + m.start(1)], m.group(1), {cand.person})
        return
    m = _JOIN_NAMED_RE.search(rest)
    if m:
        eid = doc.mentions[int(m.group(1))].entity
        if eid != cand.from_org and doc.kind(eid) != "person":
            cand.to_org, cand.founded = eid, False
            return
    if _FOUND_UNNAMED_RE.search(rest):
        cand.founded = True
        return
    if _JOIN_UNNAMED_RE.search(rest) or _APPOINTED_ELSEWHERE_RE.search(rest):
        cand.founded = False  # "to join a startup", "after being appointed as minister"


# "Y lost its head of AI, P, to X": the loser is the employer left, the gainer the destination.
# "Y lost two of its co-founders: A, who ..., and B": the people named after the group leave Y.
_LOST_GROUP_RE = re.compile(
    E + r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|just\s+|recently\s+)?(?:lost|loses|(?:is|are|was|were)\s+losing)\s+"
    r"(?:(?:two|three|four|five|six|several|some|many|a\s+number|a\s+handful|another|more|most)\s+(?:of\s+)?)?"
    r"(?:its|their|the)?\s*(?:(?:top|senior|key|founding|early|star|other)\s+)?" + _GROUP_NOUNS + r"s?\s*(?:[:—–]|,)\s+"
    r"(?:including\s+|namely\s+)?(?=\x01)"
)
# "X lost chief executive A and chief financial officer B": each titled person leaves X.
_TITLED = r"(?:[\w\-]+\s+){0,3}?(?:" + trie_alternation(ROLE_NOUNS) + r"|CEO|CTO|CFO|COO)\s+"
_LOST_TITLED_RE = re.compile(
    E + r"(?:\s*,\s+(?:which|that)\s+[^,;\x01]{1,80},)?"  # ("X, which hosts servers, lost ...")
    r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|just\s+|recently\s+)?(?:lost|loses|(?:is|are|was|were)\s+losing)\s+"
    r"(?:its\s+|their\s+)?(?P<items>"
    + _TITLED
    + E
    + r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:its\s+|their\s+)?"
    + _TITLED
    + E
    + r")+)(?:\s*,?\s+to\s+(?:rival\s+|the\s+)?\x01(?P<to>\d+)\x02(?!['’]s))?"
)
_LOST_TO_RE = re.compile(
    E + r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|just\s+|recently\s+)?(?:lost|loses|(?:is|are|was|were)\s+losing)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:(?:[\w\-]+|\x01\d+\x02['’]s)\s+){0,5}?(?:[\w\-]+\s*,\s+)?"
    + E
    # "lost two engineers, A and B, to X": the people listed after the first
    + r"(?P<more>(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\x01\d+\x02)*)"
    + r"(?:\s*,\s+(?:its\s+|their\s+|the\s+|a\s+)?[^,;\x01]{1,60})?\s*,?\s+to\s+(?:rival\s+|the\s+)?"
    + E
    + r"(?!['’]s)"
)
_COMES_FROM_RE = re.compile(
    r"\b(?:comes|came|arrives|arrived|is\s+coming|moves\s+over|moved\s+over)\s+(?:over\s+)?from\s+(?:rival\s+|the\s+)?"
    + E
    + r"(?!['’]s)"
)
# The verb's subject right before it, past a closed apposition ("P, X's new CTO, comes from Y").
_SUBJECT_JUST_BEFORE_RE = re.compile(
    r"\x01(\d+)\x02\s*(?:,\s+[^,;\x01]{0,60}(?:\x01\d+\x02[^,;\x01]{0,40})?,\s*|\s*,\s+)?(?:(?:also|originally|previously)\s+)?$"
)
_FROM_AFTER_RE = re.compile(r"\s+(?:away\s+)?from\s+(?:rival\s+|the\s+)?\x01(\d+)\x02")


def _single_person(doc: Doc, text: str, person: int) -> bool:
    """Is ``person`` the only name in ``text`` typed a person (so a pronoun after it means them)?"""
    return all(
        doc.mentions[int(t)].entity == person or doc.kind(doc.mentions[int(t)].entity) != "person"
        for t in TOKEN_RE.findall(text)
    )


def _taken_from(doc: Doc, i: int, text: str, person: int, end: int, org: int | None) -> bool:
    """Is ``person``, object of a verb of hiring ending at ``end``, said to come from a named
    organisation: "from Y" right after, or a past or present employer stated in this sentence?"""
    m = _FROM_AFTER_RE.match(text, end)
    if m:
        return doc.is_org(doc.mentions[int(m.group(1))].entity)
    if org is None or doc.is_person(org):
        return False
    return affiliation_in(doc, i, text, person)[0] == org


_RAIDED_RE = re.compile(
    r"\b(?:raid(?:ed|s|ing)?)\s+(?:the\s+)?\x01(?P<y>\d+)\x02['’]s?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:department|team|unit|division|group|ranks|staff|labs?|offices?)\s*,\s+"
    r"(?:hiring|poaching|recruiting|luring|taking|bringing\s+in|snapping\s+up)\s+"
)


def _poach_mentions(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    low = text.lower()
    taken = (
        "poach" in low
        or "hire" in low
        or "recruit" in low
        or "lure" in low
        or "snapped" in low
        or "appoint" in low
        or "tap" in low
    )
    for m in _LOST_TO_RE.finditer(text) if "lost" in low or "losing" in low or "loses" in low else ():
        from_org, person, to_org = (doc.mentions[int(m.group(k))].entity for k in (1, 2, 4))
        if not person_ok(doc, person) or not doc.is_org(from_org) or doc.is_person(from_org):
            continue
        if doc.kind(to_org) == "person" or to_org == from_org:
            continue
        cert = certainty(text, m.start())
        if cert is None:
            continue
        people = [person, *(doc.mentions[int(t)].entity for t in TOKEN_RE.findall(m.group("more")))]
        if not all(person_ok(doc, p) for p in people):
            people = [person]  # "lost P and its Y unit to X": a list that is not all people
        for p in dict.fromkeys(people):
            out.append(DepartureCand(p, i, from_org=from_org, to_org=to_org, founded=False, certainty=cert))
    for m in _LOST_TITLED_RE.finditer(text) if "lost" in low or "losing" in low or "loses" in low else ():
        left = doc.mentions[int(m.group(1))].entity
        cert = certainty(text, m.start())
        people = [doc.mentions[int(t)].entity for t in TOKEN_RE.findall(m.group("items"))]
        if cert is not None and doc.kind(left) != "person" and all(person_ok(doc, p) for p in people):
            to_org = doc.mentions[int(m.group("to"))].entity if m.group("to") else None
            if to_org is not None and (to_org == left or doc.kind(to_org) == "person"):
                continue
            founded = None if to_org is None else False
            for p in dict.fromkeys(people):
                out.append(DepartureCand(p, i, from_org=left, to_org=to_org, founded=founded, certainty=cert))
    for m in _LOST_GROUP_RE.finditer(text) if "lost" in low or "losing" in low or "loses" in low else ():
        left = doc.mentions[int(m.group(1))].entity
        cert = certainty(text, m.start())
        # (whoever loses "its co-founders" is an organisation, whatever its name's shape)
        if cert is not None and doc.kind(left) != "person":
            _listed_people(doc, i, text, m.end(), left, cert, out)
    for m in _COMES_FROM_RE.finditer(text) if " from " in low else ():
        # "X's new chief scientist, P, comes from Y": the current title names the destination.
        from_org = doc.mentions[int(m.group(1))].entity
        subj = _SUBJECT_JUST_BEFORE_RE.search(text, max(0, m.start() - 120), m.start())
        person = doc.mentions[int(subj.group(1))].entity if subj else None
        if not person_ok(doc, person) or not doc.is_org(from_org) or doc.is_person(from_org):
            continue
        assert person is not None
        to_org, role = affiliation_in(doc, i, text, person, current=True)
        cert = certainty(text, m.start())
        if to_org is not None and to_org != from_org and cert is not None and doc.kind(to_org) != "person":
            out.append(
                DepartureCand(person, i, from_org=from_org, to_org=to_org, founded=False, role=role, certainty=cert)
            )
    for m in _RAIDED_RE.finditer(text) if "raid" in low else ():
        # "X has raided Y's marketing department, hiring A, B and C": each leaves Y for X
        from_org = doc.mentions[int(m.group("y"))].entity
        to_org = doc.subject(i, text, m.start())
        cert = certainty(text, m.start())
        if cert is None or to_org is None or to_org == from_org or not doc.is_org(from_org) or doc.is_person(from_org):
            continue
        end = min((k for k in (text.find(";", m.end()), text.find(".", m.end())) if k >= 0), default=len(text))
        for t in TOKEN_RE.finditer(text, m.end(), end):
            person = doc.mentions[int(t.group(1))].entity
            if person_ok(doc, person):
                out.append(DepartureCand(person, i, from_org=from_org, to_org=to_org, founded=False, certainty=cert))
    for m in _POACHED_RE.finditer(text) if taken and " by " in low else ():
        person = doc.subject(i, text, m.start())
        if not person_ok(doc, person):
            continue
        assert person is not None
        cert = certainty(text, m.start())
        if cert is None:
            continue
        to_org = doc.mentions[int(m.group(2))].entity
        org, role = affiliation(doc, person, i)
        fr = _FROM_AFTER_RE.match(text, m.end())  # "was poached by X from Y"
        if fr and doc.is_org(doc.mentions[int(fr.group(1))].entity):
            org = doc.mentions[int(fr.group(1))].entity
        src = doc.mentions[int(m.group("src"))].entity if m.group("src") else None
        if src is not None and doc.is_org(src) and not doc.is_person(src) and src != to_org:
            org = src
        out.append(DepartureCand(person, i, from_org=org, to_org=to_org, founded=False, role=role, certainty=cert))
    roped = "roped in" in low or "ropes in" in low
    for m in (
        _HIRED_RE.finditer(text)
        if taken or roped or _has(low, ("brought on", "brought in", "brings in", "bringing in", "took on", "takes on"))
        else ()
    ):
        if m.group(1) is not None:
            to_org: int | None = doc.mentions[int(m.group(1))].entity
        else:
            if text[max(0, m.start() - 6) : m.start()].endswith(("was ", "were ", "been ", "is ", "being ")):
                continue  # passive: handled by _POACHED_RE
            to_org = doc.subject(i, text, m.start())
        person = doc.mentions[int(m.groups()[-1])].entity
        if to_org is None or not person_ok(doc, person):
            continue
        if (m.group("emp") is not None or m.group("tof") is not None) and _FORMER_IN_RE.search(m.group(0)):
            # "hired former Y executive P", "hired the ex-head of Y, P": a descriptor of the
            # past, not a move away from Y
            continue
        # "Brellow America appointed Y design director P": an untyped name hiring a person
        # titled at another organisation is an organisation.
        untyped_employer = doc.kind(to_org) is None and m.group("emp") is not None
        org, role = affiliation(doc, person, i)
        if m.group("tof") is not None and doc.kind(doc.mentions[int(m.group("tof"))].entity) != "person":
            # "hired the ex-head of Y, P, as ...": the title's organisation, named in the object
            org = doc.mentions[int(m.group("tof"))].entity
            role = None
        fr = _FROM_AFTER_RE.match(text, m.end())  # "snapped up P from Y"
        co_hired: list[int] = []
        if fr is None and " and " in text:
            # "hired A and B from Y": the people coordinated with the object come from Y too
            end = m.end()
            while (c := _COORD_NEXT_RE.match(text, end)) and person_ok(doc, doc.mentions[int(c.group(1))].entity):
                co_hired.append(doc.mentions[int(c.group(1))].entity)
                end = c.end()
            fr = (_FROM_AFTER_RE.match(text, end) or _PLURAL_APPOS_AT_RE.match(text, end)) if co_hired else None
            if fr is None:
                co_hired = []
        if (
            fr
            and doc.is_org(doc.mentions[int(fr.group(1))].entity)
            and not doc.is_person(doc.mentions[int(fr.group(1))].entity)
        ):
            org = doc.mentions[int(fr.group(1))].entity
        after_org = None
        if org is None and i + 1 < len(doc.sents) and _single_person(doc, text, person):
            # "X appointed P as CTO. She previously led robotics at Y."
            org = after_org = pronoun_previous_job(doc, doc.abstract(i + 1), person)
        # "X poached P from Y" / "X hired P, previously head of AI at Y": whoever takes a person
        # away from a named organisation is, unless typed a person, an organisation.
        hirer_ok = doc.kind(to_org) is None and (
            after_org is not None or _taken_from(doc, i, text, person, m.end(), org)
        )
        if (not doc.is_org(to_org) or doc.is_person(to_org)) and not untyped_employer and not hirer_ok:
            continue
        if "board" in low and _BOARD_RE.match(text, m.end()):
            continue  # "appointed P to its board": a board seat, not a move
        cert = certainty(text, m.start())
        if cert is None:
            continue
        out.append(_joined_elsewhere(person, i, org, to_org, role, cert))
        for other in co_hired if org is not None else ():
            if other not in (person, to_org):
                out.append(_joined_elsewhere(other, i, org, to_org, None, cert))
    for m in _APPOINTED_TO_RE.finditer(text) if "appoint" in low or "named" in low or "tapped" in low else ():
        # "P has been appointed chief executive of X after nine years at Y": a move when this
        # sentence states a different, current employer.
        to_org = doc.mentions[int(m.group(1))].entity
        # The name after a title's "of" ("chief executive of X") is an organisation unless typed a person.
        if doc.kind(to_org) is not None and (not doc.is_org(to_org) or doc.is_person(to_org)):
            continue
        if _BOARD_RE.match(m.group(0)):
            continue
        person = _subject_person(doc, i, text, m.start())
        cert = certainty(text, m.start())
        if person is None or cert is None:
            continue
        org, role = affiliation_in(doc, i, text, person, current=True)
        if org is not None and org != to_org:
            out.append(_joined_elsewhere(person, i, org, to_org, role, cert))
    for m in _HIRED_GROUP_RE.finditer(text) if taken or "brought on" in low or "took on" in low else ():
        to_org = doc.mentions[int(m.group(1))].entity
        from_org = doc.mentions[int(m.group(2) or m.group(3))].entity
        # The hirer of a named organisation's staff is an organisation unless typed a person.
        if not (doc.is_org(to_org) or doc.kind(to_org) is None) or not doc.is_org(from_org) or to_org == from_org:
            continue
        cert = certainty(text, m.start())
        if cert is None:
            continue
        _named_leave(doc, i, m.group(4), out, from_org, cert, to_org=to_org, founded=False)
    for m in _HIRED_ORG_PEOPLE_RE.finditer(text) if taken or "brought on" in low or "took on" in low else ():
        # "X also recruited Y researchers A and B": hired away from the organisation before the title.
        from_org = doc.mentions[int(m.group(1))].entity
        to_org = doc.subject(i, text, m.start())
        if to_org is None or not doc.is_org(from_org) or doc.is_person(from_org) or to_org == from_org:
            continue
        if doc.kind(to_org) == "person" or (doc.is_person(to_org) and doc.kind(to_org) is not None):
            continue
        cert = certainty(text, m.start())
        if cert is None:
            continue
        _named_leave(doc, i, m.group(2), out, from_org, cert, to_org=to_org, founded=False)
    for m in _ORG_REMOVED_RE.finditer(text) if _has(low, _REMOVED_HINTS) else ():
        person = doc.mentions[int(m.group(1))].entity
        bd = _BOARD_OF_BEFORE_RE.search(text, 0, m.start())
        # "The board of X fired P": the organisation whose board acts is the one P leaves.
        org = doc.mentions[int(bd.group(1) or bd.group(2))].entity if bd else doc.subject(i, text, m.start())
        titled = [doc.mentions[int(t)].entity for t in TOKEN_RE.findall(m.group(0))[:-1]]
        titled = [e for e in titled if doc.is_org(e) and not doc.is_person(e)]
        if titled and (org is None or doc.is_person(org)):
            org = titled[-1]  # "P fired Y partners A and B": the organisation named with the title
        if not person_ok(doc, person) or org is None or not doc.is_org(org) or doc.is_person(org):
            continue
        cert = certainty(text, m.start())
        if cert is None:
            continue
        out.append(DepartureCand(person, i, from_org=org, certainty=cert))
        end = m.end()
        while (c := _TITLED_COORD_NEXT_RE.match(text, end)) and person_ok(doc, doc.mentions[int(c.group(1))].entity):
            # "fired partners A and B", "dismissed chief executive A, finance chief B and Mr C": each
            out.append(DepartureCand(doc.mentions[int(c.group(1))].entity, i, from_org=org, certainty=cert))
            end = c.end()
        # "X will replace its CEO A with B, head of Y's cloud division": B comes to X from Y.
        w = _REPLACED_WITH_RE.match(text, m.end())
        successor = doc.mentions[int(w.group(1))].entity if w else None
        if successor is not None and successor != person and person_ok(doc, successor):
            s_org, s_role = affiliation_in(doc, i, text, successor, current=True)
            if s_org is not None and s_org != org:
                out.append(_joined_elsewhere(successor, i, s_org, org, s_role, cert))
    joining = "join" in low or "work at" in low or "work for" in low
    joining |= " to " in low and ("went on" in low or "gone" in low or "moved on" in low)
    fj = _FRONTED_JOIN_RE.match(text) if joining and ("efore" in text or "rior" in text) else None
    if fj:
        # "Before joining X, P spent six years at Y": hired from a named employer
        to_org, person, from_org = (doc.mentions[int(fj.group(k))].entity for k in (1, 2, 3))
        cert = certainty(text, fj.start(2))
        ok = person_ok(doc, person) and doc.is_org(from_org) and not doc.is_person(from_org)
        if ok and cert is not None and from_org != to_org and doc.kind(to_org) != "person":
            out.append(DepartureCand(person, i, from_org=from_org, to_org=to_org, founded=False, certainty=cert))
    for m in _JOIN_THE_COMPANY_RE.finditer(text) if joining else ():
        head = doc.first_head(i, text)
        to_org = head[1] if head and head[0] == "e" and doc.is_org(head[1]) else doc.topic_org(i)
        person = doc.subject(i, text, m.start())
        person_tok = None
        if not person_ok(doc, person):
            # "X said P, former VP at Y, has joined as CEO": the nearest person before the verb.
            for t in TOKEN_RE.finditer(text, 0, m.start()):
                if person_ok(doc, doc.mentions[int(t.group(1))].entity):
                    person, person_tok = doc.mentions[int(t.group(1))].entity, t
        if to_org is None or not person_ok(doc, person) or person == to_org:
            continue
        assert person is not None
        cert = certainty(text, m.start())
        if cert is None:
            continue
        org, role = _joined_from(doc, i, text, person)
        if org is None:
            fr = _FROM_AFTER_JOIN_RE.match(text, m.end())
            fa = _FORMER_AFTER_RE.match(text, person_tok.end()) if person_tok else None
            hit = fr or fa
            if hit and doc.is_org(doc.mentions[int(hit.group(1))].entity):
                org = doc.mentions[int(hit.group(1))].entity
        out.append(_joined_elsewhere(person, i, org, to_org, role, cert))
    for m in _JOINS_RE.finditer(text) if joining else ():
        to_org = doc.mentions[int(m.group(1))].entity
        if doc.is_person(to_org):
            continue
        person = _subject_person(doc, i, text, m.start())
        if person is None:
            continue
        cert = certainty(text, m.start())
        if cert is None:
            continue
        if (
            m.group(0).startswith("joined")
            and _DATED_AFTER_RE.match(text, m.end())
            and not _JOINED_FROM_RE.search(text)
        ):
            continue  # "He joined X in 1994": a biography, not where a leaver goes
        people = [person, *_coordinated_after(doc, text, person, m.start())]
        co = _CO_SUBJECTS_RE.search(text, max(0, m.start() - 240), m.start())  # "A and B are joining X"
        for pm in _OWNED_NAME_RE.finditer(co.group(1)) if co else ():
            other = doc.mentions[int(pm.group(2))].entity
            if other not in people and person_ok(doc, other):
                people.append(other)
        shared: tuple[int | None, str | None] = (None, None)
        found = []
        for p in people:
            org, role = _joined_from(doc, i, text, p)
            if org is not None and shared[0] is None:
                shared = (org, role)
            found.append((p, org, role))
        for p, org, role in found:
            if org is None:
                org = shared[0]  # "A and B, two researchers at Y, are joining X"
            explicit_move = _JOINED_FROM_RE.search(text) is not None  # "joined X from Y": a move, even if past
            # "Y's former CTO, P, joined X": the old job is said to be over.
            explicit_move |= role is not None and role.lower().startswith(("former", "ex-"))
            # "Y's CEO P joined X recently": a current title elsewhere, not a dated biography.
            explicit_move |= (
                role is not None
                and not _DATED_AFTER_RE.match(text, m.end())
                and _current_title_before(doc, text, p, m.start())
            )
            primary = org is not None and org != to_org and (explicit_move or not m.group(0).startswith("joined"))
            out.append(
                DepartureCand(
                    p, i, from_org=org, to_org=to_org, founded=False, role=role, certainty=cert, primary=primary
                )
            )


_COORD_NEXT_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)\x01(\d+)\x02")
_TITLED_COORD_NEXT_RE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:" + _TITLED + r")?\x01(\d+)\x02"
)
# "hired A and B, co-founders of Y": a plural apposition naming the employer of all of them (a
# "former" one names a past job, not the one they are hired away from).
_PLURAL_APPOS_AT_RE = re.compile(
    r"\s*,\s+(?:the\s+|both\s+|two\s+|three\s+|its\s+)?(?:(?!former\b)[a-z\-]+\s+){0,2}?"
    r"(?:co-?founders|founders|researchers|engineers|executives|scientists|leaders|partners|directors)\s+"
    r"(?:of|at|from)\s+(?:the\s+|rival\s+)?(?:(?!former\b)[a-z\-]+\s+){0,3}?\x01(\d+)\x02"
)
_DATED_AFTER_RE = re.compile(
    r"\s+(?:back\s+)?in\s+(?:\w+\s+)?\d{4}\b|\s+(?:\w+\s+)?years\s+ago\b|\s+as\s+(?:an?\s+)?(?:intern|engineer|analyst)"
)
_POSS_TITLE_RE = re.compile(
    # (a name and a conjunction start no title: "A and chief research officer B" lists two people)
    r"\x01(\d+)\x02(?:['’]s)?\s+(?!(?:and|or)\s)(?:(?:[a-z][\w\-]*|CEO|CTO|CFO|COO|CSO|CPO|CMO|VP|SVP|EVP|AI)\s+){1,5}$"
)


def _current_title_before(doc: Doc, text: str, person: int, pos: int) -> bool:
    """Does the sentence give ``person`` a current (not former) title at an organisation, as
    "Y's CEO P" / "Y chief scientist P", right before the name?"""
    for t in TOKEN_RE.finditer(text, 0, pos):
        if doc.mentions[int(t.group(1))].entity != person:
            continue
        m = _POSS_TITLE_RE.search(text, max(0, t.start() - 80), t.start())
        if m and doc.is_org(doc.mentions[int(m.group(1))].entity) and "former" not in m.group(0).lower():
            return not _FORMER_JUST_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
        # "P, a vice president at Y, joined X": a current title in the apposition after the name
        a = _APPOS_TITLE_AT_RE.match(text, t.end())
        if a and a.end() <= pos and doc.is_org(doc.mentions[int(a.group(1))].entity):
            return True
    return False


_APPOS_TITLE_AT_RE = re.compile(
    r"\s*,\s+(?:an?\s+|the\s+)?(?:(?!former\b|ex-|then\b)[\w\-]+\s+){0,4}?(?:"
    + trie_alternation(ROLE_NOUNS)
    + r"|CEO|CTO|CFO|COO)\s+(?:at|of|with)\s+(?:the\s+)?\x01(\d+)\x02(?!['’])[^,;\x01]{0,40},"
)


def _coordinated_after(doc: Doc, text: str, person: int, pos: int) -> list[int]:
    """Persons coordinated right after the subject ``person`` before ``pos`` ("A and B, ..., are joining")."""
    out: list[int] = []
    for t in TOKEN_RE.finditer(text, 0, pos):
        if doc.mentions[int(t.group(1))].entity != person:
            continue
        end = t.end()
        while True:
            m = _COORD_NEXT_RE.match(text, end, pos)
            if not m:
                break
            eid = doc.mentions[int(m.group(1))].entity
            if not person_ok(doc, eid) or eid == person:
                break
            out.append(eid)
            end = m.end()
        break
    return out


def _joined_from(doc: Doc, i: int, text: str, person: int) -> tuple[int | None, str | None]:
    """Where a person joining a company comes from, as said in this very sentence."""
    from .coref import affiliation_in

    return affiliation_in(doc, i, text, person)


def _founder_mentions(doc: Doc, i: int, text: str, out: list[DepartureCand]) -> None:
    # "V, the startup founded by former O chief scientist P" / "... founded by P, former head at O"
    low = text.lower()
    founding = "found" in low or "start" in low or "launch" in low or "set up" in low or "establish" in low
    for m in _FOUNDED_BY_RE.finditer(text) if founding and " by " in low else ():
        venture = doc.mentions[int(m.group(1))].entity
        tail = text[m.end() :]
        tokens = list(TOKEN_RE.finditer(tail[:160]))
        person = None
        from_org = None
        shared = False  # "founded by former Y researchers A and B": the title covers the list
        for t in tokens:
            eid = doc.mentions[int(t.group(1))].entity
            if person_ok(doc, eid):
                person = eid
                before = tail[: t.start()]
                fb = _FORMER_BEFORE_RE.match(before) if m.group("former") else None
                if fb:
                    from_org = doc.mentions[int(fb.group(1))].entity
                    shared = True
                fa = _FORMER_AFTER_RE.match(tail, t.end())
                if fa:
                    from_org = doc.mentions[int(fa.group(1))].entity
                break
        if person is None:
            continue
        if from_org is None and "who " in low:
            from_org = _past_job(doc, text, person)  # "founded by P, who previously led research at O"
        cofounders = _coordinated_after(doc, text, person, len(text)) if shared else []
        cert = certainty(text, m.start()) or "confirmed"
        primary = from_org is not None and from_org != venture
        out.append(
            DepartureCand(
                person,
                i,
                from_org=from_org if primary else None,
                to_org=venture,
                founded=True,
                certainty=cert,
                primary=primary,
            )
        )
        for other in cofounders if primary else ():
            if other != venture:
                out.append(DepartureCand(other, i, from_org=from_org, to_org=venture, founded=True, certainty=cert))
        if not shared:
            # "founded by A and B, two Y researchers who left": each co-founder's venture
            for other in _coordinated_after(doc, text, person, len(text)):
                if other != venture:
                    out.append(DepartureCand(other, i, to_org=venture, founded=True, primary=False))
    # "She founded V" / "he resurfaced as the founder of V": supporting mentions.
    # "V, the search startup he co-founded after leaving O"
    for m in _VENTURE_HE_FOUNDED_RE.finditer(text) if "found" in low else ():
        venture = doc.mentions[int(m.group(1))].entity
        person = doc.resolve_pronoun(i, text[: m.start(2)], m.group(2), {venture})
        if person is not None:
            out.append(DepartureCand(person, i, to_org=venture, founded=True, primary=False))
    founded_verb = founding and any(w in low for w in _FOUND_SUBJ_WORDS)
    for m in _FOUND_SUBJ_RE.finditer(text) if founded_verb else ():
        if _EARLIER_FOUNDING_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "P previously founded V": a venture before the job, not where P goes
        if _ADJECTIVAL_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Y's recently established V": a participle describing V, no founder
        venture = doc.mentions[int(m.group(1))].entity
        person = doc.subject(i, text, m.start())
        if not person_ok(doc, person) or person == venture:
            continue
        assert person is not None
        past = _past_job(doc, text, person) if "who " in low else None
        if past is None and ("former" in low or "ex-" in low):
            past = _former_employer(doc, i, text, person)
        primary = past is not None and past != venture and certainty(text, m.start()) is not None
        out.append(
            DepartureCand(
                person,
                i,
                from_org=past if primary else None,
                to_org=venture,
                founded=True,
                primary=primary,
                certainty=certainty(text, m.start()) or "confirmed",
            )
        )
    for m in _TENURE_THEN_FOUNDED_RE.finditer(text) if founding and " before " in low else ():
        venture = doc.mentions[int(m.groups()[-1])].entity
        person = doc.subject(i, text, m.start())
        if not person_ok(doc, person) or person == venture:
            continue
        assert person is not None
        if m.group("y"):
            left: int | None = doc.mentions[int(m.group("y"))].entity
        else:
            # "the company": the latest organisation named before it in the sentence (a quote's
            # subject too: '"Y is hiring," said P, who spent four years at the company'), else
            # the article's
            left = next(
                (
                    e
                    for e in (doc.mentions[int(k)].entity for k in reversed(TOKEN_RE.findall(text, 0, m.start())))
                    if e not in (venture, person) and doc.is_solid_org(e) and not doc.is_person(e)
                ),
                None,
            )
            if left is None:
                left = doc.topic_org(i, exclude={venture, *news_sources(doc)})
        cert = certainty(text, m.start())
        if left is None or left in (venture, person) or doc.is_person(left) or cert is None:
            continue
        out.append(DepartureCand(person, i, from_org=left, to_org=venture, founded=True, certainty=cert))
    # "Her startup, V, said ...": the venture of the person last mentioned.
    poss = ("her " in low or "his " in low or "their " in low) and any(w in low for w in _VENTURE_NOUNS)
    for m in _POSS_VENTURE_RE.finditer(text) if poss else ():
        person = doc.resolve_pronoun(i, text[: m.start()], "she", set())
        venture = doc.mentions[int(m.group(2))].entity
        if person is not None and person != venture:
            out.append(DepartureCand(person, i, to_org=venture, founded=True, primary=False))
    # "X said he plans to start his own company": founding intent of an earlier leaver.
    m = _FOUND_UNNAMED_RE.search(text) if (founding or "own " in low or "new " in low) else None
    if m and not _LEAVE_RE.search(text):
        person = doc.subject(i, text, m.start())
        cert = certainty(text, m.start())
        if person_ok(doc, person) and cert is not None:
            assert person is not None
            past = _past_job(doc, text, person) if "who " in low else None
            out.append(DepartureCand(person, i, from_org=past, founded=True, primary=past is not None, certainty=cert))
    named = "called" in low or "named" in low or "dubbed" in low
    appositive = "the " in low and "," in low and any(w in low for w in _VENTURE_NOUNS)
    m = _NEW_VENTURE_NAME_RE.search(text) if named or appositive else None
    if m:
        venture = doc.mentions[int(m.group(1) or m.group(2))].entity
        for cand in reversed(out):
            if cand.founded and cand.to_org is None:
                out.append(DepartureCand(cand.person, i, to_org=venture, founded=True, primary=False))
                break
