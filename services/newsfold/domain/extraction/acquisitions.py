"""Acquisition rules: a company buys another outright (stake 100) or buys a stake in it.

Forms covered: "A acquired/bought/agreed to buy/snapped up T", "A took a 40% stake in T",
"A will acquire a 26% stake in T", "A completed its purchase of T", "T was acquired by A",
"the acquisition of T by A", "T agreed to sell itself to A", "..., as the snack maker agreed to
sell a 40% stake to A", "A bought B's rival T", hedged approaches ("A is weighing an acquisition
of T", "A made a bid for T"). The price is the money after
the verb introduced by "for", "paying", "worth", "a bid of", or a follow-up sentence ("The
deal was valued at ...", "The $X transaction"). Only names can be objects, so "acquired
users" or "acquired a taste" never match.

Shapes of real copy read too: the price paid before the verb ("will pay $X to buy T",
"spent $X to take a 10% stake in T") or inside the noun ("announced a record $X purchase of
T"), a bracketed price after each of coordinated objects ("bought T ($X) and U ($Y)"),
"her/its T" and "Norway's T" objects, a pronoun object ("paid $X to buy it": the sentence's
head), the passive of a described company ("The app maker, started by two students, was
sold to A"), stakes bought without a name ("a 30% stake in the lender"; "T said A will take
a 30% stake"), sold by their holders ("its founders sold their stake in the company to A"),
taken with money ("injects $X into T by subscribing to new shares", "invests $X in T for a
stake", "now has 2% of T after a capital increase", "becomes the biggest shareholder in T
with a 30% stake"), and buyout offers from named bidders.

Deals mentioned in passing are read as well: "since its $2bn purchase of T" (cataphora after
an opening phrase: "Since its purchase of T, A ..."), "A, whose purchase of T closed", "T,
acquired by A for $X in 2020, ...", "was acquired in 2020 by A", "A completes $X T
acquisition", "the acquisition of T, which A announced", "T's sale to A", "take T private",
"make T a wholly owned subsidiary", "take (full) control of T", "paid $X for a 20% stake in
T", "acquired T in 2022 and a 20% stake in U", and "the startup"/"it" objects whose referent
opens an earlier sentence. A deal noun's value ("in a deal that valued the startup at $X")
is a whole company's price, never a stake's.
"""

from __future__ import annotations

import re

from .candidates import AcquisitionCand
from .certainty import announced_plan, certainty
from .clauses import DEFINITE_WHICH_RE, fronted_subject, reporting_verb
from .document import EP, MONEY_TOKEN_RE, TOKEN_RE, Doc, E, M
from .lexicon import PERCENT

_PCT = r"(\d+(?:\.\d+)?)(?:\s|-)?" + PERCENT
# "stake" with the kind a writer puts between a percentage and the noun ("a 51% controlling
# stake", "a 10% strategic stake", "a 20% equity stake").
_STAKE_NOUN = r"(?:(?:equity|controlling|non-controlling|strategic)\s+)?stake"
# What a writer puts before a company's name: a possessive place or a capitalised origin, then a
# few lower-case descriptor words ("China's", "US group", "flight search startup").
_DESCRIBED = (
    r"(?:[A-Z][\w\-]*['’]s\s+|(?:[A-Z][\w\-.]*(?:-based)?\s+)(?=[a-z]))?"
    r"(?:(?!(?:and|or|but|for|from|with|which|that|to|of)\b)[a-z][\w\-]*\s+){0,3}?"
)
# A place owning the company named next, left in the text by the name finder ("South Korea's T").
_PLACE_OWNER = r"[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?['’]s\s+"
_PLACE_POSSESSIVE = r"(?:" + _PLACE_OWNER + r")?"
# Verbs of paying a price ("handed over $1.7bn for 51% of T").
_PAY_VERBS = r"(?:pay|pays|paid|paying|spend|spends|spent|spending|hand(?:s|ed|ing)?\s+over)"
_APPROX = (
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+|some\s+|just\s+over\s+|over\s+"
    r"|more\s+than\s+)?"
)
# A description of the company named next, in words a name never takes ("Paris-based coding
# bootcamp T", "machine tool producer T"): a place or an origin, then up to four lower-case words,
# none a function word or a word that makes the name something else's (shares, rights, control).
_OBJ_DESCRIPTION = (
    r"(?:the\s+)?(?:[A-Z][\w\-.]*(?:-based)?\s+(?=[a-z]))?"
    r"(?:(?!(?:of|in|for|from|with|to|by|and|or|at|on|as|than|into|onto|via|including|such|like|its|their|his|her|"
    r"a|an|the|this|that|these|those|all|some|more|most|back|up|out|over|off|shares?|stakes?|rights|assets|control|"
    r"ownership|customers|clients|users|operations|part|parts|half|majority|minority|remaining|rest|stock|interest|"
    r"holdings?|licen[cs]es?|patents?|time|ads?|advertising|which|who|that|said|says|will|would|has|had|is|was|"
    # (quantifiers and verbs: "bought every X chip", "IP buys include X")
    r"every|each|any|no|many|several|few|other|another|include[sd]?|are|were|be|been|being|have|do|does|did|can|"
    r"could|may|might|must|should|also|now|then|still|even|just|only|already|again|not|never)\b)"
    r"[a-z][\w\-]*\s+){1,4}?(?=\x01)"
)
_VERB_RE = re.compile(
    r"(?=[abpstisbhgnABPSTISBHGN])\b(?P<v>acquir(?:ed|es|e|ing)|buy(?:s|ing)?(?:\s+out)?|bought(?:\s+out)?"
    # ("swallowed T for $X", "gobbled up rival T", "absorbed T", "nabbed T", "grabbed a stake in T")
    r"|swallow(?:ed|s|ing)?(?:\s+up)?|gobbl(?:ed|es|e|ing)\s+up|absorb(?:ed|s|ing)?|nab(?:bed|s|bing)?|grab(?:bed|s|bing)?"
    r"|purchas(?:ed|es|e|ing)|snap(?:ped|s|ping)?\s+up"
    r"|scoop(?:ed|s|ing)?\s+up|pick(?:ed|s|ing)?\s+up|(?:tak(?:e|es|en|ing)|took)\s+over|tak(?:e|es|en|ing)|took"
    r"|secur(?:ed|es|e|ing)|build(?:s|ing)?|buil(?:t)|ink(?:ed|s)?|hold(?:s|ing)?)\b"
)
# Verbs of receiving: a stake in a named company only ("A will receive a small stake in T").
_GET_VERB_RE = re.compile(r"\b(?P<v>receiv(?:e|es|ed|ing)|gets?|got|gain(?:s|ed|ing)?|obtain(?:s|ed|ing)?)\b")
# "T accepted a takeover offer from A", "T has agreed to a $2 billion buyout bid from A": the
# target agrees to be bought (the price, where given, inside the noun phrase).
_ACCEPTED_OFFER_RE = re.compile(
    r"\x01(?P<t>\d+)\x02(?:\s+(?:has|have|had|formally|finally|unanimously|also|on\s+\w+))*\s+"
    r"(?:accepted|accepts|agreed\s+to|agrees\s+to|backed|recommended)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:\x03(?P<m>\d+)\x04\s+(?:[\w\-]+\s+){0,2}?)?(?:takeover|buyout|acquisition|purchase)\s+"
    r"(?:offer|bid|proposal|approach)\s+(?:from|by)\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+|\x01\d+\x02['’]s\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,2}?\x01(?P<a>\d+)\x02(?!['’])"
)
# Verbs of giving: "the deal gives A a 30% stake in T" (the receiver, named right after, buys).
_GIVE_VERB_RE = re.compile(r"\b(?:giv(?:e|es|en|ing)|gave|hand(?:s|ed|ing)?)\s+(?:the\s+)?\x01(?P<k>\d+)\x02")
_STAKE_OBJ_RE = re.compile(
    r"\s+"
    # ("acquire 200,000 preferred shares, or about a 10 percent stake, in T": the count of
    # shares restated as a stake)
    + r"(?:(?:an?\s+)?(?:additional\s+|further\s+|another\s+)?(?:about\s+|around\s+|some\s+)?[\d.,]+\s+"
    r"(?:million\s+|billion\s+)?(?:[a-z]+\s+){0,2}?shares\s*,?\s+or\s+)?"
    + _APPROX
    + r"(?:an?\s+|the\s+|its\s+)?(?:additional\s+|further\s+|new\s+)?"
    + _APPROX
    + r"(?:"
    + _PCT
    + r"\s+|[\"“']?(?P<q>majority|minority|controlling|significant|small|large|sizable|sizeable|strategic|"
    r"undisclosed|non-controlling|substantial|major|partial|direct)[\"”']?\s+)?(?:[\"“'][\w\-]+[\"”']\s+)?"
    r"(?:(?:majority|minority|equity|controlling|non-controlling|strategic)\s+)?(?:stakes?|holdings?|"
    r"interests?|shareholdings?|position)(?:\s+of\s+" + _APPROX + _PCT + r")?"
    r"(?:\s+for\s+" + _APPROX + r"\x03(?P<price>\d+)\x04)?,?\s+(?:in|of)\s+(?:the\s+)?"
    # ("in Saudi online pharmacy T", "in Dubai-based food and grocery app T": a nationality or
    # a place adjective, then a few descriptor words)
    r"(?:[A-Z][\w\-]*(?:-based)?\s+(?=[a-z]))?"
    r"(?:(?!(?:or|but|for|from|with|which|that)\b)[a-z][\w\-]*\s+){0,4}?(?:[A-Z][\w\-]+['’]s\s+|\x01\d+\x02\s+(?=\x01))?"
    + EP
    # ("a 49% stake in T's profits": a share of T's income, not of T)
    + r"(?!(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+)?(?:profits?|revenues?|earnings|income|royalt(?:y|ies)|proceeds|returns|"
    r"cash\s+flows?)\b)"
)
_ALL_SHARES_RE = re.compile(
    r"\s+(?:(?:all|all\s+of\s+the|all\s+the|the\s+remaining|all\s+remaining|all\s+outstanding|the\s+entire|100%\s+of\s+the)\s+"
    r"(?:outstanding\s+|issued\s+)?(?:shares|stock|equity|stake|shareholding)\s+(?:of|in)|all\s+of)\s+(?:the\s+)?"
    # ("the entire equity of fellow chip design company T")
    r"(?:(?:(?:fellow|rival|peer)\s+)?(?:(?!(?:and|or|for|from|with|which|that)\b)[\w\-]+\s+){0,3}?"
    r"(?:company|firm|startup|start-up|maker|developer|provider|group|business)\s+|)" + EP
)
_PCT_ITS_RE = re.compile(r"\s+" + _APPROX + _PCT + r"\s+of\s+(?:its|their)\s+(?:shares|stock|equity|capital)\b")
_PCT_OBJ_RE = re.compile(
    r"\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?(?:the\s+)?(?:remaining\s+|other\s+|outstanding\s+)?"
    + _APPROX
    + _PCT
    # ("7.4 per cent of Portugal's T", "3.8 percent of microcontroller maker T")
    + r"\s+(?:of|in)\s+(?:the\s+|"
    + _PLACE_OWNER
    + r"|"
    + _OBJ_DESCRIPTION
    + r")?"
    + EP
)
# A part of a company as the object: "the low-end server business of (Swiss group) T", "T's NAND
# flash unit", "T's Middle East operations". ``words`` name the part; "its entire business" is T.
_UNIT_NOUNS = r"(?:business|businesses|unit|division|arm|operations)"
_UNIT_WORDS = r"(?P<words>(?:(?:(?!(?:of|for|from|with|to|by|in|at|on|or|that|which)\b)[\w\-&]+|\x01\d+\x02)\s+){1,4}?)"
_UNIT_OBJ_RE = re.compile(
    r"\s+(?:the\s+|its\s+)?" + _UNIT_WORDS + r"(?P<noun>" + _UNIT_NOUNS + r")\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]*['’]s\s+|[A-Z][\w\-.]*(?:-based)?\s+(?=[a-z]))?(?:(?!(?:and|or|for|from|with|to|of)\b)[a-z][\w\-]*\s+){0,3}?"
    r"\x01(?P<t>\d+)\x02(?!['’])"
    r"|\s+(?:the\s+)?\x01(?P<t2>\d+)\x02['’]s?\s+"
    + _UNIT_WORDS.replace("words", "words2")
    + r"(?P<noun2>"
    + _UNIT_NOUNS
    + r")\b"
)
_WHOLE_WORDS = frozenset({"entire", "whole", "core", "remaining", "existing", "main", "own", "global", "worldwide"})


def unit_name(doc: Doc, words: str, noun: str) -> str | None:
    """ "low-end server", "business" -> "low-end server business" (a capitalised word the finder
    took for a name, "NAND", spelt as written); None when the words only say the whole ("its
    entire business")."""
    words = TOKEN_RE.sub(
        lambda t: doc.body[doc.mentions[int(t.group(1))].start : doc.mentions[int(t.group(1))].end], words
    )
    kept = [w for w in words.split() if w.lower() not in _WHOLE_WORDS]
    return " ".join([*kept, noun]) if kept else None


_DIRECT_OBJ_RE = re.compile(
    # "its (Mideast) competitor T", "its longtime partner T": a relation noun, maybe with a
    # place or an adjective before it, between the possessive and the name
    r"\s+(?:(?:his|her|their|its)\s+(?:(?:former|own|smaller|larger|local|struggling|troubled|ailing|bigger|"
    r"domestic|longtime|long-time|regional|[A-Z]{2,3}|[A-Z][a-z]+)\s+){0,2}"
    r"(?:(?:rival|competitor|peer|partner|supplier|distributor|counterpart)\s+)?(?=\x01)|[A-Z][\w\-]+['’]s\s+(?=\x01)"
    # "another Danish mobile gaming company, T,": a description with the name in apposition
    r"|(?:an?|another)\s+(?:(?!(?:of|in|for|from|with|to|by|and|or)\b)[\w\-]+\s+){0,5}?(?:company|firm|startup|start-up|"
    r"developer|maker|provider|platform|studio|business|group|lender|bank|operator|specialist|rival|competitor)\s*,\s+"
    r"(?=\x01\d+\x02\s*(?:,|\s(?:for|in|last|this|from)\b))|" + _OBJ_DESCRIPTION + r")?"
    r"(?:fellow\s+|rival\s+|competitor\s+|the\s+|smaller\s+rival\s+)?(?:\x01\d+\x02['’]s\s+(?:[a-z][\w\-]*\s+){0,3})?"
    + E
    + r"(?!['’]s\s)"
)
# "closed a $110 million deal for mobile commerce firm T": a priced deal for a company (the
# abstract has already dropped the descriptor; "a deal for T to supply chips" is no purchase).
_DEAL_FOR_RE = re.compile(
    r"\b(?:clos(?:ed|es|ing)|struck|strikes|sign(?:ed|s|ing)|seal(?:ed|s|ing)|agreed|announc(?:ed|es|ing)|ink(?:ed|s))\s+"
    r"(?:a|an|the|its)\s+\x03\d+\x04\s+(?:[\w\-]+\s+)?deal\s+for\s+(?:the\s+)?"
    r"\x01(\d+)\x02(?!['’])(?!\s+to\s)"
)
# The bare apostrophe of a name ending in "s" ("Y Ventures' tower"), not a closing quote.
_S_POSSESSIVE_RE = re.compile(
    r"['’]\s+(?!(?:for|from|in|on|at|to|and|or|with|after|before|last|this|earlier|as|by|through|under|which|"
    r"that|who|said|says|is|was|will|would|has|had|a|an|the|its|their)\b)[a-z]"
)
_NOUN_RE = re.compile(
    r"\b(?:complet(?:ed|es|e|ing)|announc(?:ed|es|e|ing)|clos(?:ed|es|e|ing)|finali[sz](?:ed|es|e|ing)|"
    r"agreed|agrees|seal(?:ed|s)?|sign(?:ed|s)?|mak(?:es|ing)|made|unveil(?:ed|s|ing)?|confirm(?:ed|s)|"
    r"weigh(?:s|ing)?|consider(?:s|ing)?|explor(?:es|ing|e)|mull(?:s|ing)?|eye(?:s|ing)?|pursu(?:es|ing|e)|"
    r"plan(?:s|ning)?|prepar(?:es|ing|e)|discuss(?:es|ing)?|negotiat(?:es|ing|e)|study(?:ing)?|launch(?:es|ed|ing)?"
    r"|clinch(?:ed|es|ing)?|struck|strikes)\s+"
    # ("announced acquisition of T": headline and wire style drops the article)
    r"(?:(?:its|the|a|an|their)\s+(?:\S+\s+){0,3}?|(?=acquisition\s|purchase\s|takeover\s|buyout\s))"
    r"(?:acquisition|purchase|takeover|buyout)\s+of\s+(?:the\s+)?"
    # ("of Middle Eastern online retailer T": capitalised words left in an abstract are no names)
    r"(?:[A-Z][a-z]+\s+){0,2}?(?:(?!(?:and|or|but|for|from|with|which|that|shares|stock)\b)[a-z][\w\-]*\s+){0,3}?"
    + E
    + r"(?!['’]s\s)"
)
# "completed the acquisition of a 60% stake in T", "paid $300 million for a 20% stake in T": the
# verb's subject buys the stake. (A sale of a stake names no buyer.)
_NOUN_STAKE_RE = re.compile(
    r"\b(?:complet(?:ed|es|e|ing)|announc(?:ed|es|e|ing)|clos(?:ed|es|e|ing)|finali[sz](?:ed|es|e|ing)|agreed|agrees|"
    r"seal(?:ed|s)?|sign(?:ed|s)?|confirm(?:ed|s)|weigh(?:s|ing)?|consider(?:s|ing)?|explor(?:es|ing|e)|"
    r"pursu(?:es|ing|e)|negotiat(?:es|ing|e))\s+(?:its|the|a|an|their)\s+(?:[\w\-\x03\x04]+\s+){0,3}?"
    r"(?:acquisition|purchase)\s+of\s+(?:an?\s+|the\s+)?(?:further\s+|additional\s+|remaining\s+)?"
    r"(?:"
    + _PCT
    + r"\s+|(?P<q>majority|minority|controlling|significant)\s+)?"
    + _STAKE_NOUN
    + r"\s+in\s+(?:the\s+)?"
    + _PLACE_POSSESSIVE
    + E
    + r"(?!['’])"
    # ("will spend $300m on a 30% stake in T", "is putting $240m into a 4.2% stake in T")
    r"|\b(?:"
    + _PAY_VERBS
    + r"|put(?:s|ting)?|invest(?:s|ed|ing)?)\s+"
    + _APPROX
    + r"\x03(?P<price>\d+)\x04\s+(?:in\s+cash\s+)?(?:for|on|into|in)\s+(?:an?\s+|the\s+)?"
    r"(?:further\s+|additional\s+|remaining\s+)?"
    r"(?:(?P<pct2>\d+(?:\.\d+)?)(?:\s|-)?"
    + PERCENT
    + r"\s+)?(?:(?:majority|minority|controlling)\s+)?"
    + _STAKE_NOUN
    + r"\s+in\s+(?:the\s+)?"
    + _PLACE_POSSESSIVE
    + r"\x01(?P<t2>\d+)\x02(?!['’])"
)
# "A agreed to take T private", "T was taken private by A": a buyout of the whole company.
# "A will make T a wholly owned subsidiary", "take full ownership/control of T": the whole
# company; "take control of T" alone: a controlling stake of unstated size.
_CONTROL_RE = re.compile(
    r"\b(?:make|makes|made|making|turn|turns|turned|turning)\s+(?:the\s+)?\x01(?P<t>\d+)\x02\s+(?:into\s+)?(?:a|an|its)\s+"
    r"(?:(?P<whole>wholly[\s-]owned|fully[\s-]owned)\s+|consolidated\s+)?subsidiary\b"
    r"|\b(?:take|takes|took|taking|taken|gain|gains|gained|gaining|assume|assumes|assumed|acquire|acquires|acquired)\s+"
    r"(?P<full>full\s+|complete\s+|100%\s+|sole\s+)?(?:control|ownership)\s+of\s+(?:the\s+)?\x01(?P<t2>\d+)\x02(?!['’])"
    # "paid $150m for majority control of Chilean travel booking service T": the price of control
    r"|\b"
    + _PAY_VERBS
    + r"\s+"
    + _APPROX
    + r"\x03(?P<price>\d+)\x04\s+(?:in\s+cash\s+)?for\s+(?P<full3>full\s+|complete\s+|sole\s+)?"
    r"(?:majority\s+|controlling\s+)?(?:control|ownership)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]*(?:-based)?\s+(?=[a-z]))?(?:(?!(?:or|but|for|from|with|which|that)\b)[a-z][\w\-]*\s+){0,4}?"
    r"\x01(?P<t3>\d+)\x02(?!['’])"
)
# "T's shareholders approved its sale to A", "T's $2bn sale to A": the owner of the sale is sold.
_SALE_TO_RE = re.compile(
    r"(?:\x01(?P<t>\d+)\x02['’]s?|\b(?P<p>[Ii]ts|[Tt]heir))\s+(?:(?:\x03\d+\x04|[a-z][\w\-]*)\s+){0,2}?sale\s+to\s+"
    r"(?:the\s+)?\x01(?P<a>\d+)\x02(?!['’])"
)
_PRIVATE_RE = re.compile(
    # ("take U.S. regional station group T private": a place and a description may come first)
    r"\b(?:take|takes|took|taking)\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+)?(?:[a-z][\w\-]*\s+){0,3}?\x01(?P<t>\d+)\x02\s+private\b"
    r"|\x01(?P<t2>\d+)\x02(?:,\s+[^,]*,)?\s+(?:has\s+been|had\s+been|was|were|is\s+being|will\s+be|is\s+to\s+be|"
    r"would\s+be|agreed\s+to\s+be)\s+taken\s+private\s+by\s+(?:the\s+)?\x01(?P<a>\d+)\x02"
)
# "weighing a bid for X", "made an offer for X": an approach to buy the whole company.
_BID_RE = re.compile(
    r"\b(?:weigh(?:s|ing)?|consider(?:s|ing)?|explor(?:es|ing|e)|mull(?:s|ing)?|prepar(?:es|ing|e)|"
    r"plan(?:s|ning)?|mak(?:es|ing|e)|made|launch(?:es|ed|ing)?|submit(?:s|ted|ting)?|"
    # "had announced a 2.4 billion euro takeover bid for T", "tabled an offer for T", "has
    # sweetened its bid for T": a bid made, told by its announcement or its revision
    r"announc(?:es|ed|ing|e)|tabl(?:es|ed|ing|e)|lodg(?:es|ed|ing|e)|sweeten(?:s|ed|ing)?|rais(?:es|ed|ing)|"
    r"improv(?:es|ed|ing)|"
    # "will propose a competing tender offer for T", "put forward an offer for T"
    r"propos(?:es|ed|ing|e)|put(?:s|ting)?\s+forward|start(?:s|ed|ing)?)\s+"
    r"(?:a|an|its)\s+(?:(?:[\w\-]+|\x03\d+\x04)\s+){0,3}?(?:bid|offer|approach)"
    # ("a tender offer valued at 312 billion yen ($2.05 billion) for T")
    r"(?:\s+(?:valued\s+at|worth)\s+(?:about\s+|around\s+|roughly\s+)?\x03\d+\x04(?:\s*\(\s*\x03\d+\x04\s*\))?)?"
    r"\s+for\s+(?:the\s+|" + _PLACE_OWNER + r"|" + _OBJ_DESCRIPTION + r")?"
    # ("a tender offer for shares in T", "an offer for the 58 per cent of T it does not hold")
    r"(?:(?:remaining\s+|outstanding\s+)?shares\s+(?:of|in)\s+(?:the\s+)?"
    r"|(?:remaining\s+)?(?P<pct>\d+(?:\.\d+)?)\s?" + PERCENT + r"\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?)?"
    r"\x01(?P<t>\d+)\x02(?!['’])"
)
# "A has emerged as the winning bidder for (a controlling stake in) T": the auction's buyer.
_WINNING_BIDDER_RE = re.compile(
    r"\b(?:emerged|emerges|emerging|was\s+named|has\s+been\s+named|was\s+chosen|has\s+been\s+chosen|is|was)\s+as\s+"
    r"the\s+(?:winning|successful|preferred)\s+bidder\s+for\s+(?:the\s+)?"
    r"(?P<stake>(?:an?\s+)?(?:[\w\-]+\s+){0,2}?stake\s+in\s+(?:the\s+)?)?\x01(?P<t>\d+)\x02(?!['’])"
)
# A person buys a company only with a verb of buying it outright ("tycoon P is buying T"), never
# "took" or "picked up", which a person's subject confuses with other objects.
_SHARES_AFTER_RE = re.compile(r"['’]?s?\s+(?:[\w\-]+\s+)?(?:shares|stock|stake|bonds|notes)\b")
_PERSON_BUYS_RE = re.compile(
    r"(?:is\s+|are\s+|has\s+|have\s+|had\s+|will\s+)?(?:buying|bought|buys|acquir(?:ed|es|ing))\s"
)
# (a date or price may stand between the verb and its agent: "was acquired in 2020 by A",
# "acquired for $300 million in 2020 by A")
# Up to three lower-case descriptor words before a name ("security giant"), no preposition.
_DESCRIPTOR_WORDS = r"(?:(?!(?:to|of|from|with|for|in|at|on|and|or|than|as|by)\b)[a-z][\w\-]*\s+){0,3}?"
_ADVERBIALS = (
    r"(?:\s+(?:in|on|for|last|during|earlier\s+this|this|the\s+following|the\s+next|the\s+same|later\s+that)\s+"
    r"(?:\x03\d+\x04|[\w\-]+)(?:\s+\d{4})?){0,2}"
)
_PASSIVE_RE = re.compile(
    E + r"(?:,\s+[^,]*,|,?\s+(?:which|that))?\s+(?:has\s+been|had\s+been|was|were|is\s+being|will\s+be|is\s+to\s+be|"
    r"agreed\s+to\s+be|"
    # ("confirmed it had agreed a deal to be acquired by A")
    r"(?:had\s+|has\s+)?(?:agreed|struck|signed|reached)\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?:deal|agreement)\s+to\s+be|"
    r"to\s+be|would\s+be|has\s+agreed\s+to\s+be|is\s+set\s+to\s+be|could\s+be|have\s+been|had\s+been)\s+"
    # (any adverb in "-ly": "was quietly acquired by A")
    r"(?:(?P<part>partially|partly)\s+|(?:fully|wholly|eventually|later|since|subsequently|recently|[a-z]{2,}ly)\s+)?"
    r"(?:acquired|bought|purchased|taken\s+over|snapped\s+up)" + _ADVERBIALS + r"\s+by\s+(?:the\s+)?"
    # ("by US security giant A": a nationality and a descriptor before the buyer, never a
    # phrase with a preposition: "bought by people close to A")
    r"(?:(?:[A-Z]{2,3}|[A-Z][a-z]+)\s+(?=[a-z]))?" + _DESCRIPTOR_WORDS + E
)
# "T confirmed it had agreed a deal to be acquired by A": a pronoun subject of the passive.
_IT_PASSIVE_RE = re.compile(
    r"\b(?:it|It)\s+(?P<v>(?:had\s+|has\s+)?(?:agreed\s+(?:(?:a|an)\s+(?:[\w\-]+\s+)?(?:deal|agreement)\s+)?to\s+be|"
    r"(?:has|had)\s+been|was|is\s+to\s+be|will\s+be))\s+(?:[a-z]{2,}ly\s+)?(?:acquired|bought|purchased|taken\s+over)"
    r"\s+by\s+(?:the\s+)?"
    r"(?:(?:[A-Z]{2,3}|[A-Z][a-z]+)\s+(?=[a-z]))?" + _DESCRIPTOR_WORDS + E
)
# "both T and U have been acquired by A": the first of two coordinated subjects.
_COORDINATED_BEFORE_RE = re.compile(r"\x01(\d+)\x02\s+(?:and|&)\s+$")
# "T, acquired by A for $300 million in 2020, makes drones": a participle set off after the name,
# perhaps after the noun of an appositive ("T, a studio acquired by A").
_PARTICIPLE_RE = re.compile(
    E + r",\s+(?:(?:an?|the)\s+(?:[\w\-]+\s+){1,3}?)?(?:(?:later|since|subsequently|eventually|then)\s+)?"
    r"(?:acquired|bought|purchased|taken\s+over|"
    r"snapped\s+up)" + _ADVERBIALS + r"\s+by\s+(?:the\s+)?" + E + r"(?!['’])"
)
# "A also made several other acquisitions in the last few years, including T, U and V": a
# round-up of the buyer's deals, each a whole company.
_MADE_ACQUISITIONS_RE = re.compile(
    E + r"(?:['’]s)?\s+(?:(?:has|have|had|also|since|then|recently)\s+)*(?:made|completed|closed|announced|"
    r"struck|done|did)\s+(?:[\w\-]+\s+){0,3}?acquisitions\b[^,;:\x01]{0,60}?,?\s+(?:including|such\s+as|among\s+them)\s+"
)
_LIST_ITEM_RE = re.compile(r"\x01(\d+)\x02(?:\s*,\s*(?:and\s+)?|\s+and\s+)?")


def _names_listed(text: str, pos: int) -> list[int]:
    """Mention indexes of the names listed from ``pos`` ("T, U and V"), up to the list's end."""
    out: list[int] = []
    while (m := _LIST_ITEM_RE.match(text, pos)) is not None:
        out.append(int(m.group(1)))
        if m.end() == m.start(1) + len(m.group(1)) + 1:
            break  # no separator after this name: the list ends here
        pos = m.end()
    return out


# "X will be merged into Y" / "X merged into Y": Y absorbs X. ("X and Y agreed to merge" names
# no acquirer and is not an acquisition.)
_MERGED_INTO_RE = re.compile(
    E + r"(?:,\s+[^,]*,|,)?\s+(?:has\s+been\s+|had\s+been\s+|was\s+|were\s+|is\s+being\s+|will\s+be\s+|is\s+to\s+be\s+|"
    r"would\s+be\s+|is\s+set\s+to\s+be\s+|has\s+|had\s+|will\s+)?(?:merged|merge|fold(?:ed)?)\s+into\s+(?:the\s+)?" + E
)
# "raised its stake (in X) to 51%": the stake now held.
_STAKE_TO_RE = re.compile(
    r"\b(?:(?:rais|increas|lift|boost)(?:ed|es|e|ing)|up(?:ped|s|ping))\s+(?:its|their)\s+(?:stake|holding|shareholding)\s+"
    r"(?:in\s+(?:the\s+)?" + E + r"\s+)?(?:from\s+" + _PCT + r"\s+)?to\s+" + _APPROX + _PCT
)
_HOLDERS_STAKE_RE = re.compile(r"['’]s\s+(?:[a-z][\w\-]*\s+)?(?:stake|holding|shareholding)\s+in\s+")
_PAID_TO_RAISE_STAKE_RE = re.compile(
    r"\b(?:spent|spends|spending|paid|pays|paying|invested|invests)\s+" + _APPROX + r"\x03(\d+)\x04\s+"
    r"(?:[\w\-]+\s+){0,3}?to\s+(?:increase|raise|lift|boost|up|expand|add\s+to)\s+(?:its|their)\s+"
    r"(?:stake|holding|shareholding)\s+in\s+(?:the\s+)?" + E + r"(?!['’])"
)
_OF_BY_RE = re.compile(
    r"\b(?:acquisition|purchase|takeover|buyout)\s+of\s+(?:the\s+)?" + E + r"\s+by\s+(?:the\s+)?" + E
)
# "the sale of T to A", "the sale of its T unit to A": the seller's named business goes to A.
_SALE_OF_TO_RE = re.compile(
    r"\b(?:sale|divestment|divestiture)\s+of\s+(?:its\s+|the\s+|their\s+)?"
    # ("the £1.2bn sale of flight search startup T to China's A", "... to US group A")
    + _DESCRIBED
    + E
    + r"(?!['’])(?:\s+(?:unit|business|division|subsidiary|arm))?\s+to\s+(?:the\s+)?"
    + _DESCRIBED
    + E
    + r"(?!['’])"
)
# "T agreed to a £580m sale to US group A": the subject is the company sold.
_AGREED_SALE_TO_RE = re.compile(
    r"\b(?:agreed|agrees|agreeing|has\s+agreed)\s+to\s+(?:an?|the)\s+(?:\x03(?P<m>\d+)\x04\s+)?"
    r"(?:(?:cash|all-cash|all-stock|recommended|friendly)\s+)?(?:sale|takeover)\s+(?:to|by)\s+(?:the\s+)?"
    + _DESCRIBED
    + r"\x01(?P<a>\d+)\x02(?!['’])"
)
# "the acquisition of a 51 per cent stake in T by A", "the acquisition of 24.9 per cent of T by a
# fund managed by A", "the acquisition of the entire issued share capital of T by A".
_STAKE_OF_BY_RE = re.compile(
    r"\b(?:acquisition|purchase)\s+of\s+(?:(?:an?\s+)?(?:(?P<pct>\d+(?:\.\d+)?)(?:\s|-)?" + PERCENT + r"\s+"
    r"|(?P<q>majority|minority|controlling)\s+)?" + _STAKE_NOUN + r"\s+in"
    r"|(?P<pct2>\d+(?:\.\d+)?)(?:\s|-)?" + PERCENT + r"\s+of"
    r"|the\s+(?P<whole>entire|whole)\s+(?:issued\s+)?(?:share\s+capital|equity|shares)\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]*(?:-based)?\s+(?=[a-z])|[A-Z][a-z]+['’]s\s+)?"  # ("Nairobi-based", "Mombasa's")
    r"(?:(?!(?:and|or|but|for|from|with|which|that|by)\b)[a-z][\w\-]*\s+){0,4}?\x01(?P<t>\d+)\x02(?!['’])"
    r"\s+by\s+(?:the\s+|an?\s+(?:[\w\-]+\s+){0,2}?(?:managed|owned|controlled|backed|run)\s+by\s+)?"
    r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s+)?\x01(?P<a>\d+)\x02"  # ("by South Africa's A")
)
# "X's $2 billion acquisition of T", "its purchase of T", "the company's takeover of T": a
# noun phrase owned by the acquirer (background deals are annotated too).
# Words between a possessive and the deal noun that make the owner an onlooker, not the buyer:
# "the watchdog X's approval for the acquisition of T".
_ONLOOKER = (
    r"(?!(?:approvals?|nod|clearance|consent|permission|go-ahead|objections?|review|probe|investigation|scrutiny|"
    r"blessing|for)\b)"
)
_POSS_NOUN_RE = re.compile(
    r"(?:\x01(\d+)\x02['’]s?|\b([Ii]ts|[Tt]heir|(?<=\x02,\s)whose)|\b[Tt]he\s+(company|firm|group)['’]s)\s+(?:"
    + _ONLOOKER
    + r"[\w\-]+,?\s+){0,3}?"
    # ("X's pending, $16.7 billion takeover of T"; an offer or a bid is no deal yet)
    r"(?:" + M + r"\s+(?:[\w\-]+\s+){0,2}?)?(?:acquisition|purchase|takeover|buyout)"
    # ("X's $275 million purchase in March of T")
    r"(?:\s+(?:in|last)\s+(?:[A-Z][a-z]+|\d{4})(?:\s+\d{4})?)?\s+of\s+(?:the\s+)?"
    r"(?:(?!(?:and|or|but|for|from|with|which|that)\b)[a-z][\w\-]*\s+){0,3}?(?:[A-Z][\w\-]+['’]s\s+)?"
    + E
    + r"(?!['’]s)"
)
# "Following the $7bn acquisition of T in 2020, A has grown": a deal noun in a phrase opening
# the sentence belongs to the main clause's subject.
_FRONTED_THE_NOUN_RE = re.compile(
    # ("Less than a year after completing the acquisition of T, A ...")
    r"\s*(?:(?:[Ll]ess|[Mm]ore|[Oo]nly|[Jj]ust)\s+than\s+(?:\w+\s+){1,2}?(?=after|since))?"
    r"(?:(?:[Ff]ollowing|[Aa]fter|[Ss]ince|[Uu]pon|[Ww]ith|after|since)\s+(?:(?:completing|closing|finalising|finalizing)\s+)?"
    r"the\s+(?:(?:" + M + r"|[\w\-]+)\s+){0,3}?"
    r"(?:acquisition|purchase|takeover|buyout)\s+of"
    r"|(?:[Aa]fter|[Ss]ince|[Uu]pon)\s+(?:acquiring|buying|purchasing|taking\s+over))"  # ("After buying T, A ...")
    r"\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?"  # ("of Israeli chip firm T")
    r"(?:(?!(?:and|or|but|for|from|with|which|that)\b)[a-z][\w\-]*\s+){0,3}?" + E + r"(?!['’]s)(?!\s+by\b)"
)
# "X's purchase of a 20% stake in T", "its acquisition of a majority stake in T".
_POSS_STAKE_RE = re.compile(
    r"(?:\x01(\d+)\x02['’]s?|\b([Ii]ts|[Tt]heir))\s+(?:"
    + _ONLOOKER
    + r"[\w\-\x03\x04]+\s+){0,3}?(?:acquisition|purchase)"
    r"\s+of\s+"
    r"(?:an?\s+|the\s+)?(?:further\s+|additional\s+)?(?:"
    + _PCT
    + r"\s+|(?:majority|minority|controlling|significant)\s+)?"
    + _STAKE_NOUN
    + r"\s+in\s+(?:the\s+)?"
    + E
    + r"(?!['’])"
)
_OFFER_FROM_RE = re.compile(
    r"\b(?:buyout|takeover|tender|acquisition|purchase|counter-?)\s*(?:offer|bid|proposal)\s+from\s+(?:the\s+)?"
    + E
    + r"(?!['’])"
)
_MONEY_BEFORE_RE = re.compile(M + r"\s*(?:\(\s*\x03\d+\x04\s*\)\s*)?(?:[a-z][\w\-]*\s+)?$")
_REJECTED_RE = re.compile(r"\b(?:reject|rebuff|spurn|turn(?:ed|s)?\s+down|declin)\w*\s+(?:[\w\-$\x03\x04\d]+\s+){0,6}$")
_POSS_APPOS_RE = re.compile(
    r"(?:\x01(\d+)\x02['’]s?|\b[Ii]ts)\s+(?:[\w\-]+\s+){0,2}?(?:acquisition|purchase|takeover|buyout)"
    r"(?:\s+(?:in|last|earlier\s+in)\s+(?:\d{4}|[A-Z][a-z]+))?\s+of\s+(?:another|an?)\s+[^,;\x01\x03]{3,120}?,\s+"
    + E
    + r"(?!['’])(?=\s*[,.;]|\s+(?:and|in|for)\b)"
)
# "T's $15 billion acquisition by A", "T was sold to A".
_POSS_BY_RE = re.compile(
    r"(?:"
    + E
    + r"['’]s?|\b([Ii]ts))\s+(?:[\w\-]+\s+){0,2}?(?:"
    + M
    + r"\s+(?:[\w\-]+\s+){0,2}?)?(?:acquisition|purchase|takeover|buyout)"
    r"\s+by\s+(?:the\s+)?" + E
)
_SOLD_TO_RE = re.compile(
    E + r"(?:,\s+[^,]*,)?\s+(?:was|were|has\s+(?:just\s+|now\s+|already\s+)?been|had\s+been|is\s+being|will\s+be|"
    r"is\s+to\s+be|would\s+be)\s+(?:[a-z]{2,}ly\s+)?"
    # ("has just been sold to Nasdaq-listed A", "was quietly sold to rival A")
    r"sold"
    + _ADVERBIALS
    + r"\s+to\s+(?:the\s+)?(?:[A-Z][\w\-]*-(?:listed|based)\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    + E
    + r"(?!['’]s)"
)
_AUX_RE = re.compile(
    r"\b(?:has|had|was|were|is|will|would|could|agreed|to)\s+(?:been\s+|being\s+|be\s+)?(?:acquired|bought|purchased|taken|snapped|set|to)\b"
)
_PASSIVE_NP_RE = re.compile(
    r"\b(?:has\s+been|had\s+been|was|were|is\s+being|will\s+be|is\s+to\s+be|would\s+be|is\s+set\s+to\s+be|"
    r"(?:has\s+|had\s+)?agreed\s+to\s+be)\s+(?:[a-z]{2,}ly\s+)?"
    r"(?:(?:acquired|bought|purchased|taken\s+over|snapped\s+up)"
    + _ADVERBIALS
    + r"\s+by|sold"
    + _ADVERBIALS
    + r"\s+to)\s+(?:the\s+)?"
    + E
    + r"(?!['’]s)"
)
_INVEST_STAKE_RE = re.compile(
    r"\b(?:invest(?:s|ed|ing)?|put(?:s|ting)?|inject(?:s|ed|ing)?)\s+" + _APPROX + r"\x03(?P<m>\d+)\x04\s+in(?:to)?\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w\-]+|\x01\d+\x02)['’]s\s+)?\x01(?P<t>\d+)\x02(?!['’])\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:for\s+(?:an?\s+)?(?:(?P<pct>\d+(?:\.\d+)?)(?:\s|-)?"
    + PERCENT
    + r"\s+|[\w\-]+\s+)?"
    + _STAKE_NOUN
    + r"|by\s+(?:taking\s+up|subscribing\s+(?:to|for)|buying|acquiring)\s+(?:[\w\-]+\s+){0,2}?shares)\b"
)
# "A made a strategic investment in T, taking a 10% stake": the stake the investment buys.
_INVESTMENT_STAKE_RE = re.compile(
    r"\binvest(?:s|ed|ing|ment)?\s+(?:[\w\-\x03\x04]+\s+){0,3}?in(?:to)?\s+(?:the\s+)?\x01(?P<t>\d+)\x02(?!['’]),?\s+"
    r"(?:taking|acquiring|receiving|getting|gaining|for|in\s+exchange\s+for|in\s+return\s+for)\s+(?:an?\s+)?"
    r"(?:(?P<pct>\d+(?:\.\d+)?)(?:\s|-)?"
    + PERCENT
    + r"\s+|(?:minority|majority|controlling)\s+)?"
    + _STAKE_NOUN
    + r"\b"
)
_OWNED = (
    r"(?:(?:privately|publicly|state|family|majority|wholly)[\s\-]owned\s+|[\w\-]+-(?:owned|listed|backed|based)\s+)?"
)
# ("has sold a $40 million stake in its T subsidiary to A": the money is the stake's price)
_STAKE_SOLD_RE = re.compile(
    r"\b(?:sold|sell|sells|selling)\s+(?:their|its|his|her|a|the)\s+(?:combined\s+|entire\s+|remaining\s+|whole\s+)?"
    r"(?:\x03(?P<m>\d+)\x04\s+)?(?:(?:minority|majority|controlling|small|further)\s+)?"
    r"(?:(?P<pct>\d+(?:\.\d+)?)(?:\s|-)?"
    + PERCENT
    + r"\s+)?"
    + _STAKE_NOUN
    + r"s?\s+in\s+(?:the\s+|its\s+)?"
    # ("a 51% stake in state-owned T (TB) to privately owned A": an ownership word, an abbreviation)
    + _OWNED
    + r"(?:\x01(?P<t>\d+)\x02(?:\s+\([A-Z][\w&\-]{0,9}\))?(?:\s+(?:unit|subsidiary|arm|business|division))?|"
    r"(?:company|firm|startup|start-up|business|group))"
    r"\s+to\s+(?:the\s+)?" + _OWNED + r"\x01(?P<a>\d+)\x02(?!['’])"
)
_NAMED_BEFORE_RE = re.compile(r"\x02\s+(?:(?:has|have|had|also|since|recently)\s+)*$")
_OWNS_AFTER_RE = re.compile(
    r"\x01(?P<a>\d+)\x02(?:,\s+[^,]{0,80},)?\s+(?:now\s+)?(?:owns|holds|has)\s+(?:a|an)\s+"
    + _APPROX
    + r"(?P<pct>\d+(?:\.\d+)?)(?:\s|-)?"
    + PERCENT
    + r"\s+"
    + _STAKE_NOUN
    + r"\s+in\s+"
    r"(?:the\s+)?\x01(?P<t>\d+)\x02"
    r"(?!['’])\s+after\s+(?:an?\s+|its\s+|the\s+)?(?:[\w\-]+\s+)?(?:investment|purchase|injection|deal|capital\s+increase)"
    r"(?:\s+of\s+" + _APPROX + r"\x03(?P<m>\d+)\x04)?"
)
_STAKE_UNNAMED_RE = re.compile(
    r"\s+"
    + _APPROX
    + r"(?:an?\s+)?(?:additional\s+|further\s+)?"
    + _APPROX
    + r"(?P<pct>\d+(?:\.\d+)?)(?:\s|-)?"
    + PERCENT
    + r"\s+"
    + _STAKE_NOUN
    + r"(?:\s+in\s+the\s+(?P<noun>company|firm|startup|start-up|lender|bank|group|business|insurer|retailer|"
    r"carrier|operator|platform|developer|maker|chipmaker|automaker)\b|(?!\s+(?:in|of)\b))"
)
_STAKE_CONTEXT_RE = re.compile(r"\x02")  # (a named buyer at least: "Kestrel Bank will take a 30% stake")


def _subject_at(doc: Doc, text: str, pos: int, eid: int | None) -> int:
    """Where the buyer's own mention stands before ``pos`` (its clause's start), else ``pos``."""
    at = pos
    for t in TOKEN_RE.finditer(text, 0, pos):
        if doc.mentions[int(t.group(1))].entity == eid:
            at = t.start()
    return at


_NAMED_SAID_RE = re.compile(r",\s+\x01(\d+)\x02\s+(?:said|says|announced|confirmed)\b")
_SHAREHOLDER_RE = re.compile(
    E + r"\s+(?:will\s+|would\s+|has\s+|had\s+|is\s+set\s+to\s+|is\s+to\s+)?(?:now\s+)?(?:become|becomes|became)\s+"
    r"(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:shareholder|stakeholder|investor)\s+in\s+(?:the\s+)?"
    + E
    + r"(?!['’])\s+with\s+(?:a|an)\s+"
    + _APPROX
    + _PCT
    + r"\s+"
    + _STAKE_NOUN
    + r"\b"
)
_INCLUDING_RE = re.compile(
    r"\b(?:acquired|bought|purchased|snapped\s+up)\s+(?:several|many|a\s+number\s+of|a\s+few|dozens\s+of|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+|other)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:companies|firms|startups|start-ups|businesses|rivals|competitors)\b[^.;\x01]{0,40}?,?\s+including\s+(?:the\s+)?"
    + E
    + r"(?!['’])"
)
_SELL_RE = re.compile(
    E + r"\s+(?:has\s+)?(?:agreed\s+to\s+|will\s+|plans\s+to\s+)?(?:sell|sold|sells)\s+(?:itself|"
    r"(?:a\s+|its\s+)?(?:" + _PCT + r"\s+|majority\s+|minority\s+|controlling\s+)?stake)\s+to\s+"
    r"(?:the\s+|" + _OBJ_DESCRIPTION + r")?" + E
)
# "P sold T to A", "P, who sold T to A in 2019": the object sold is the target, whoever sells it.
_SOLD_OBJ_TO_RE = re.compile(
    r"\b(?:sold|sells|sell|selling)\s+(?:the\s+|" + _OBJ_DESCRIPTION + r")?" + E + r"(?!['’])\s+to\s+"
    r"(?:the\s+|" + _OBJ_DESCRIPTION + r")?" + E + r"(?!['’])"
)
# "P will sell its T unit to A", "sold its T and U businesses to A": a named part of the seller.
_SOLD_PART_TO_RE = re.compile(
    r"\b(?:sold|sells|sell|selling)\s+(?:its|their|the)\s+(?P<parts>\x01\d+\x02(?:(?:\s*,\s*|\s+and\s+)\x01\d+\x02)*)"
    r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:unit|units|business|businesses|division|divisions|arm|subsidiary|subsidiaries|"
    r"operations|assets|brand|brands|app|apps|platform|service)\s+to\s+(?:the\s+|rival\s+)?" + E + r"(?!['’])"
)
# "A will pay $2 billion for T": paying a price for a company is buying it.
_PAY_FOR_RE = re.compile(
    r"\b"
    + _PAY_VERBS
    + r"\s+"
    + _APPROX
    + M
    + r"\s+(?:in\s+cash\s+)?for\s+(?:the\s+|"
    + _OBJ_DESCRIPTION
    + r")?"
    + E
    + r"(?!['’])(?=\s*[,.;]|\s+(?:in|last|this|on|from|to|and|as|after|before|earlier)\b|\s*$)"
)
# "A will pay $1.9 billion for the server business of T": a price paid for a part of T.
_PAY_FOR_PART_RE = re.compile(r"\b" + _PAY_VERBS + r"\s+" + _APPROX + M + r"\s+(?:in\s+cash\s+)?for(?=\s)")
# "A handed over $1.7bn for 51% of mobile games maker T": the price of a share of T.
_PAY_FOR_PCT_RE = re.compile(
    r"\b"
    + _PAY_VERBS
    + r"\s+"
    + _APPROX
    + M
    + r"\s+(?:in\s+cash\s+)?for\s+(?:about\s+|around\s+|nearly\s+|some\s+)?"
    + _PCT
    + r"\s+of\s+(?:the\s+|"
    + _OBJ_DESCRIPTION
    + r")?"
    + E
    + r"(?!['’])"
)
# "..., as the snack maker agreed to sell a 40% stake to Y": the seller is the verb's subject.
_SELL_SUBJ_RE = re.compile(
    r"\b(?:agreed\s+to\s+|agrees\s+to\s+|will\s+|plans\s+to\s+|is\s+to\s+)?(?:sell|sold|sells|selling)\s+(?:itself|"
    r"(?:a\s+|its\s+)?(?:" + _PCT + r"\s+|majority\s+|minority\s+|controlling\s+)?stake)\s+to\s+"
    r"(?:the\s+|" + _OBJ_DESCRIPTION + r")?" + E
)
_WHICH_RE = re.compile(E + r",\s+which\s+" + E + r"\s+(?:acquired|bought|purchased)\b")
# "The acquisition of T, which A announced in March, closed": the relative clause names the buyer.
_NOUN_WHICH_RE = re.compile(
    r"\b(?:acquisition|purchase|takeover|buyout)\s+of\s+(?:the\s+)?"
    + E
    + r"(?!['’]),\s+which\s+(?:the\s+)?"
    + E
    + r"\s+(?:has\s+|had\s+)?(?:announced|agreed|unveiled|completed|closed|made|struck|sealed)\b"
)
# "T will become a wholly owned subsidiary of A", "T became part of A after a $2bn deal".
_BECOME_PART_RE = re.compile(
    E + r"(?:,\s+[^,]*,)?\s+(?:will\s+|would\s+|is\s+to\s+|is\s+set\s+to\s+|has\s+|had\s+)?(?:become|becomes|became|"
    r"become)\s+(?:a\s+)?(?:(?:wholly[\s-]owned|fully[\s-]owned)\s+)?(?:subsidiary|unit|part)\s+of\s+(?:the\s+)?"
    + E
    + r"(?!['’])"
)
_PCT_OF_RE = re.compile(
    r"\b(?:for|of|buying|acquiring|taking)\s+" + _APPROX + _PCT + r"\s+of\s+(?:the\s+(?:company|startup|firm|"
    r"business|group)|its\s+shares|it|\x01\d+\x02)"
)
_PRICE_BEFORE_RE = re.compile(
    r"(?:\bfor|\bpaying|\bpays|\bpaid|\bworth|\bvalued\s+at|\bprice\s+of|\bbid\s+of|\boffer\s+of|\bdeal\s+of|"
    r"\btotal\s+of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|approximately\s+|up\s+to\s+|"
    r"more\s+than\s+|an\s+estimated\s+|a\s+reported\s+)?$"
)
_FOLLOW_RE = re.compile(
    r"\b(?:deal|transaction|acquisition|purchase|takeover|buyout|holding|stake)\b.{0,40}?\b(?:valued\s+at|"
    r"worth|was\s+for|for|includes|included|comprises|totals|totalled|totaled)\s+"
    + _APPROX
    + M
    + r"|\b(?:paying|pay|pays|paid)\s+"
    + _APPROX
    + M
    + r"|"
    + M
    + r"\s+(?:\)\s*)?(?:cash\s+)?(?:deal|transaction|acquisition|purchase|takeover|buyout)\b"
    r"|\b(?:deal|transaction|acquisition|purchase|takeover)\s+(?:is\s+|was\s+)?(?:valued\s+at|worth)\s+"
    + _APPROX
    + M
    + r"|\bvalu(?:es|ed|ing)\s+the\s+(?:deal|transaction|acquisition|purchase|takeover|offer)\s+at\s+"
    + _APPROX
    + M
    + r"|\b(?:deal|transaction|acquisition|purchase|takeover|buyout)\b[^.;]{0,80}?\bwill\s+cost\s+(?:\x01\d+\x02\s+)?"
    + _APPROX
    + M
    + r"|\b(?:acquisition|purchase|deal|transaction|takeover|total|investment)\s+(?:cost|price|consideration|value|"
    r"amount|sum)\s+"
    r"(?:[\w\-]+\s+){0,4}?(?:be|is|was|of|at|totals?|reach(?:es)?)\s+"
    + _APPROX
    + M
    # ("The transaction, which is subject to regulatory approval, is valued at $X")
    + r"|\b(?:deal|transaction|acquisition|purchase|takeover)\s*,\s+[^,;]{1,80},\s+(?:is|was|will\s+be)\s+"
    r"(?:valued\s+at|worth)\s+" + _APPROX + M,
)


def find_acquisitions(doc: Doc, sent_ids: list[int]) -> list[AcquisitionCand]:
    out: list[AcquisitionCand] = []
    for i in sent_ids:
        text = doc.abstract(i)
        found_here = False
        if "\x01" in text:
            low = text.lower()
            for v in _VERB_RE.finditer(text):
                found_here |= _verb_mention(doc, i, text, v, out)
            for v in _GET_VERB_RE.finditer(text) if "stake" in low else ():
                if _STAKE_OBJ_RE.match(text, v.end()):  # "A will receive a small equity stake in T"
                    found_here |= _verb_mention(doc, i, text, v, out)
            for v in _GIVE_VERB_RE.finditer(text) if "stake" in low else ():
                stake = _STAKE_OBJ_RE.match(text, v.end())
                if stake is not None:
                    pct_s = stake.group(1) or stake.group(3)
                    receiver = doc.mentions[int(v.group("k"))].entity
                    found_here |= _add(
                        doc,
                        i,
                        text,
                        v.start(),
                        stake.end(),
                        receiver,
                        int(stake.groups()[-1]),
                        float(pct_s) if pct_s else None,
                        True,
                        out,
                    )
            for m in _ACCEPTED_OFFER_RE.finditer(text) if ("offer" in low or "bid" in low or "propos" in low) else ():
                n_before = len(out)
                acquirer = doc.mentions[int(m.group("a"))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group("t")), 100.0, False, out)
                money = m.group("m")
                if len(out) > n_before and money is not None and doc.money[int(money)].amount is not None:
                    out[-1].amount = int(money)
            nouns = "acquisition" in low or "purchase" in low or "takeover" in low or "buyout" in low
            for m in _DEAL_FOR_RE.finditer(text) if " deal for " in text else ():
                inner = MONEY_TOKEN_RE.search(text, m.start(), m.end())
                target = doc.mentions[int(m.group(1))].entity
                if (
                    doc.is_org(target)
                    and not doc.is_person(target)
                    and _add(doc, i, text, m.start(), m.end(), None, int(m.group(1)), 100.0, False, out)
                ):
                    found_here = True
                    _set_price(doc, out[-1], inner.group(1) if inner else None, ("alt", "valuation"))
            for m in _NOUN_RE.finditer(text) if nouns else ():
                inner = MONEY_TOKEN_RE.search(text, m.start(), m.end())
                found = _add(doc, i, text, m.start(), m.end(), None, int(m.group(1)), 100.0, False, out)
                j = int(inner.group(1)) if inner else -1
                if found and j >= 0 and doc.money_role[j] != "valuation" and doc.money[j].amount is not None:
                    out[-1].amount = j  # "announced a record $X acquisition of T"
                found_here |= found
            for m in _PASSIVE_RE.finditer(text) if " by " in text else ():
                acquirer = doc.mentions[int(m.group(3))].entity
                # (certainty read at the verb: "its unit, X, which was acquired by A" is a fact
                # even in a sentence that hedges something else)
                aux = _AUX_RE.search(text, m.start(), m.end())
                at = aux.start() if aux else m.start()
                pct, explicit = (None, True) if m.group("part") else (100.0, False)
                found_here |= _add(doc, i, text, at, m.end(), acquirer, int(m.group(1)), pct, explicit, out)
                first = _COORDINATED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                if first is not None:
                    found_here |= _add(doc, i, text, at, m.end(), acquirer, int(first.group(1)), pct, explicit, out)
            for m in _NOUN_STAKE_RE.finditer(text) if "stake" in low else ():
                pct_s = m.group(1) or m.group("pct2")
                k = int(m.group(3) if m.group(3) is not None else m.group("t2"))
                n_before = len(out)
                if _add(doc, i, text, m.start(), m.end(), None, k, float(pct_s) if pct_s else None, True, out):
                    found_here = True
                    _set_price(doc, out[n_before], m.group("price"))
            for m in (
                _CONTROL_RE.finditer(text) if ("subsidiary" in low or "control" in low or "ownership" in low) else ()
            ):
                if m.group("t") is not None:
                    pct = 100.0 if m.group("whole") else None
                    k = int(m.group("t"))
                elif m.group("t2") is not None:
                    pct = 100.0 if m.group("full") else None
                    k = int(m.group("t2"))
                else:
                    pct = 100.0 if m.group("full3") else None
                    k = int(m.group("t3"))
                n_before = len(out)
                if _add(doc, i, text, m.start(), m.end(), None, k, pct, pct is None, out):
                    found_here = True
                    _set_price(doc, out[n_before], m.group("price"))
            for m in _SALE_TO_RE.finditer(text) if " sale to " in text else ():
                acquirer = doc.mentions[int(m.group("a"))].entity
                if m.group("t") is not None:
                    k = int(m.group("t"))
                else:
                    owner = doc.resolve_pronoun(i, text[: m.start()], "it", {acquirer})
                    k = (
                        -1
                        if owner is None
                        else next((x for x in doc.entities[owner].mentions if not doc.mentions[x].quoted), -1)
                    )
                if k >= 0:
                    n_before = len(out)
                    if _add(doc, i, text, m.start(), m.end(), acquirer, k, 100.0, False, out):
                        found_here = True
                        inner = MONEY_TOKEN_RE.search(text, m.start(), m.end())
                        if inner and doc.money[int(inner.group(1))].amount is not None:
                            out[n_before].amount = int(inner.group(1))
            for m in _PRIVATE_RE.finditer(text) if " private" in text else ():
                if m.group("t") is not None:
                    found_here |= _add(doc, i, text, m.start(), m.end(), None, int(m.group("t")), 100.0, False, out)
                else:
                    acquirer = doc.mentions[int(m.group("a"))].entity
                    found_here |= _add(
                        doc, i, text, m.start(), m.end(), acquirer, int(m.group("t2")), 100.0, False, out
                    )
            for m in _ADJUNCT_RE.finditer(text) if nouns else ():
                acquirer = doc.mentions[int(m.group("a"))].entity if m.group("a") is not None else None
                n_before = len(out)
                if _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group("t")), 100.0, False, out):
                    found_here = True
                    inner = MONEY_TOKEN_RE.search(text, m.start(), m.end())
                    j = int(inner.group(1)) if inner else -1
                    if j >= 0 and doc.money[j].amount is not None and doc.money_role[j] not in ("alt", "valuation"):
                        out[n_before].amount = j
            for m in _MADE_ACQUISITIONS_RE.finditer(text) if "acquisitions" in low else ():
                acquirer = doc.mentions[int(m.group(1))].entity
                for k in _names_listed(text, m.end()):
                    found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, k, 100.0, False, out)
            for m in _PARTICIPLE_RE.finditer(text) if " by " in text else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
            for m in _POSS_NOUN_RE.finditer(text) if nouns else ():
                found_here |= _poss_noun(doc, i, text, m, out)
            fronted = _FRONTED_THE_NOUN_RE.match(text) if (nouns or "ing " in text[:40]) and not found_here else None
            front = fronted_subject(text, fronted.start()) if fronted else None
            if fronted and front is not None:
                acq = doc.mentions[front].entity
                k = int(fronted.group(fronted.lastindex or 1))
                if acq != doc.mentions[k].entity and doc.could_be_org(acq) and not doc.is_person(acq):
                    found_here |= _add(doc, i, text, fronted.start(), fronted.end(), acq, k, 100.0, False, out)
            for m in _POSS_STAKE_RE.finditer(text) if nouns and "stake" in low else ():
                if m.group(1) is not None:
                    owner: int | None = doc.mentions[int(m.group(1))].entity
                else:
                    owner = _its_owner(doc, i, text, m.start(), doc.mentions[int(m.group(4))].entity)
                if owner is not None and doc.could_be_org(owner):
                    pct_s = m.group(3)
                    n_before = len(out)
                    found_here |= _add(
                        doc,
                        i,
                        text,
                        m.start(),
                        m.end(),
                        owner,
                        int(m.group(4)),
                        float(pct_s) if pct_s else None,
                        True,
                        out,
                    )
                    inner = MONEY_TOKEN_RE.search(text, m.start(), m.end())
                    j = int(inner.group(1)) if inner else -1
                    price_ok = (
                        j >= 0 and doc.money[j].amount is not None and doc.money_role[j] not in ("alt", "valuation")
                    )
                    if len(out) > n_before and price_ok:
                        out[n_before].amount = j  # "X's $50m purchase of a stake in T"
            for m in _POSS_APPOS_RE.finditer(text) if nouns and not found_here else ():
                # "X's purchase in 2019 of another payroll specialist, T, ..."
                if m.group(1) is not None:
                    acq: int | None = doc.mentions[int(m.group(1))].entity
                else:
                    acq = doc.resolve_pronoun(i, text[: m.start()], "it", {doc.mentions[int(m.group(2))].entity})
                if acq is not None and doc.is_org(acq) and not doc.is_person(acq):
                    found_here |= _add(doc, i, text, m.start(), m.end(), acq, int(m.group(2)), 100.0, False, out)
            for m in _OFFER_FROM_RE.finditer(text) if ("offer" in low or " bid" in low) else ():
                # "T's directors favour a $X buyout offer from A over a takeover bid
                # from B": each bidder's offer for the company the sentence is about
                if _REJECTED_RE.search(text, max(0, m.start() - 60), m.start()):
                    continue
                bidder = doc.mentions[int(m.group(1))].entity
                bidders = {doc.mentions[int(b.group(1))].entity for b in _OFFER_FROM_RE.finditer(text)}
                target = next(
                    (
                        e
                        for e in (doc.mentions[int(t.group(1))].entity for t in TOKEN_RE.finditer(text))
                        if e not in bidders and doc.could_be_org(e) and not doc.entities[e].weak
                    ),
                    None,
                )
                if target is not None:
                    k = next((x for x in doc.entities[target].mentions if not doc.mentions[x].quoted), -1)
                    if k >= 0 and _add(doc, i, text, m.start(), m.end(), bidder, k, 100.0, False, out):
                        found_here = True
                        priced = _MONEY_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
                        if priced and doc.money[int(priced.group(1))].amount is not None:
                            out[-1].amount = int(priced.group(1))  # "a $3.7 billion buyout offer from A"
            for m in _POSS_BY_RE.finditer(text) if nouns and " by " in text else ():
                found_here |= _poss_by(doc, i, text, m, out)
            for m in _IT_PASSIVE_RE.finditer(text) if not found_here and " by " in text else ():
                target = doc.subject(i, text, m.start("v"))
                acquirer = doc.mentions[int(m.group(2))].entity  # (group 1 is the verb)
                if target is None or target == acquirer or not doc.could_be_org(target) or doc.is_person(target):
                    continue
                k = next((k for k in doc.entities[target].mentions if not doc.mentions[k].quoted), None)
                if k is not None:
                    found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, k, 100.0, False, out)
            for m in _SOLD_TO_RE.finditer(text) if " sold " in text else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
            for m in _STAKE_OF_BY_RE.finditer(text) if nouns and " by " in text else ():
                acquirer = doc.mentions[int(m.group("a"))].entity
                pct_s = m.group("pct") or m.group("pct2")
                pct = 100.0 if m.group("whole") else (float(pct_s) if pct_s else None)
                explicit = not m.group("whole")
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group("t")), pct, explicit, out)
            for m in _OF_BY_RE.finditer(text) if nouns and " by " in text else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
            for m in _SALE_OF_TO_RE.finditer(text) if " to " in text and "of" in low else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
            for m in _AGREED_SALE_TO_RE.finditer(text) if "agree" in low else ():
                acquirer = doc.mentions[int(m.group("a"))].entity
                sold = doc.subject(i, text, m.start())
                k = (
                    -1
                    if sold is None
                    else next((x for x in doc.entities[sold].mentions if not doc.mentions[x].quoted), -1)
                )
                n_before = len(out)
                if (
                    k >= 0
                    and sold != acquirer
                    and _add(doc, i, text, m.start(), m.end(), acquirer, k, 100.0, False, out)
                ):
                    found_here = True
                    _set_price(doc, out[n_before], m.group("m"))
            for m in _SELL_RE.finditer(text) if ("sell" in low or "sold" in low) else ():
                acquirer = doc.mentions[int(m.group(3))].entity
                pct = float(m.group(2)) if m.group(2) else (None if "stake" in m.group(0) else 100.0)
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), pct, pct != 100.0, out)
            for m in _SOLD_OBJ_TO_RE.finditer(text) if not found_here and ("sell" in low or "sold" in low) else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
            for m in _SOLD_PART_TO_RE.finditer(text) if not found_here and ("sell" in low or "sold" in low) else ():
                acquirer = doc.mentions[int(m.group(2))].entity  # (group 1 is the parts sold)
                for t in TOKEN_RE.finditer(m.group("parts")):
                    found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(t.group(1)), 100.0, False, out)
            for m in _PAY_FOR_RE.finditer(text) if not found_here and "pa" in low else ():
                n_before = len(out)
                if _add(doc, i, text, m.start(), m.end(), None, int(m.group(2)), 100.0, False, out):
                    found_here = True
                    if doc.money_role[int(m.group(1))] != "alt" and doc.money[int(m.group(1))].amount is not None:
                        out[n_before].amount = int(m.group(1))
            for m in _PAY_FOR_PART_RE.finditer(text) if not found_here and "pa" in low else ():
                part = _UNIT_OBJ_RE.match(text, m.end())
                if part is not None and _add_part(doc, i, text, m.start(), part, out):
                    found_here = True
                    _set_price(doc, out[-1], m.group(1))
            for m in _PAY_FOR_PCT_RE.finditer(text) if not found_here and ("pa" in low or "hand" in low) else ():
                if _add(doc, i, text, m.start(), m.end(), None, int(m.group(3)), float(m.group(2)), True, out):
                    found_here = True
                    _set_price(doc, out[-1], m.group(1))
            if ("sell" in low or "sold" in low) and not found_here:
                for m in _SELL_SUBJ_RE.finditer(text):
                    target = doc.subject(i, text, m.start())
                    if target is None:
                        continue
                    acquirer = doc.mentions[int(m.group(2))].entity
                    pct = float(m.group(1)) if m.group(1) else (None if "stake" in m.group(0) else 100.0)
                    k = next((k for k in doc.entities[target].mentions if not doc.mentions[k].quoted), None)
                    if k is not None:
                        found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, k, pct, pct != 100.0, out)
            if not found_here and (" by " in text or " to " in text):
                for m in _PASSIVE_NP_RE.finditer(text):
                    # "The app maker, started by two students, was sold to A": the target is
                    # the clause's subject, not a name right before the verb.
                    if m.start() > 0 and text[: m.start()].rstrip().endswith("\x02"):
                        continue  # a named subject: the passive rules above read it
                    if _POSSESSED_NOUN_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                        continue  # "T's drones were bought by A": T's goods, not T
                    target = doc.subject(i, text, m.start())
                    if target is None and i > 0 and DEFINITE_WHICH_RE.match(text, 0, m.start()):
                        target = doc.topic_org(i)  # "T makes drones. The company, which was acquired by A, ..."
                    k = (
                        -1
                        if target is None
                        else next((x for x in doc.entities[target].mentions if not doc.mentions[x].quoted), -1)
                    )
                    if k >= 0 and not any(c.target == target for c in out):  # (a restatement of a deal read)
                        acquirer = doc.mentions[int(m.group(1))].entity
                        found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, k, 100.0, False, out)
            if "shares" in low or "stake" in low:
                for m in _INVEST_STAKE_RE.finditer(text):
                    # "A injects $X into T by subscribing to new shares", "invests $X in T for a stake"
                    pct = float(m.group("pct")) if m.group("pct") else None
                    if _add(doc, i, text, m.start(), m.end(), None, int(m.group("t")), pct, True, out):
                        j = int(m.group("m"))
                        if doc.money[j].amount is not None and doc.money_role[j] != "alt":
                            out[-1].amount = j
                        found_here = True
            for m in _INVESTMENT_STAKE_RE.finditer(text) if "stake" in low and "invest" in low else ():
                pct = float(m.group("pct")) if m.group("pct") else None
                n_before = len(out)
                if _add(doc, i, text, m.start(), m.end(), None, int(m.group("t")), pct, True, out):
                    # ("a $30 million investment in T": the price stands before the noun)
                    inner = MONEY_TOKEN_RE.search(text, max(0, m.start() - 25), m.end())
                    j = int(inner.group(1)) if inner else -1
                    if j >= 0 and doc.money[j].amount is not None and doc.money_role[j] not in ("alt", "valuation"):
                        out[n_before].amount = j
                    found_here = True
            if "stake" in low and ("sold" in low or "sell" in low):
                for m in _STAKE_SOLD_RE.finditer(text):
                    # "its two founders sold their stake in the company to A"
                    acquirer = doc.mentions[int(m.group("a"))].entity
                    if m.group("t") is not None:
                        k = int(m.group("t"))
                    else:
                        target = doc.topic_org(i, exclude={acquirer})
                        k = (
                            -1
                            if target is None
                            else next((x for x in doc.entities[target].mentions if not doc.mentions[x].quoted), -1)
                        )
                    if k >= 0:
                        pct = float(m.group("pct")) if m.group("pct") else None
                        n_before = len(out)
                        if _add(doc, i, text, m.start(), m.end(), acquirer, k, pct, True, out):
                            found_here = True
                            j = int(m.group("m")) if m.group("m") is not None else -1
                            if j >= 0 and doc.money[j].amount is not None and doc.money_role[j] == "plain":
                                out[n_before].amount = j
            for m in _OWNS_AFTER_RE.finditer(text) if " after " in low else ():
                # "A now has a 2% stake in T after a capital increase of $X": a purchase
                pct = float(m.group("pct"))
                k = int(m.group("t"))
                if _add(doc, i, text, m.start(), m.end(), doc.mentions[int(m.group("a"))].entity, k, pct, True, out):
                    j = m.group("m")
                    if j is not None and doc.money[int(j)].amount is not None:
                        out[-1].amount = int(j)
                    found_here = True
            for m in _SHAREHOLDER_RE.finditer(text) if "shareholder" in low else ():
                # "A becomes the biggest shareholder in T with a 30% stake"
                found_here |= _add(
                    doc,
                    i,
                    text,
                    m.start(),
                    m.end(),
                    doc.mentions[int(m.group(1))].entity,
                    int(m.group(2)),
                    float(m.group(3)),
                    True,
                    out,
                )
            for m in _INCLUDING_RE.finditer(text) if "including" in low else ():
                # "A has bought a number of small rivals, including T, for $X" (a named A:
                # a pronoun here often reaches back to the last company bought)
                if _NAMED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                    found_here |= _add(doc, i, text, m.start(), m.end(), None, int(m.group(1)), 100.0, False, out)
            for m in _WINNING_BIDDER_RE.finditer(text) if "bidder" in low else ():
                stake = m.group("stake") is not None
                found_here |= _add(
                    doc, i, text, m.start(), m.end(), None, int(m.group("t")), None if stake else 100.0, stake, out
                )
            for m in _BID_RE.finditer(text) if (" bid " in low or "offer" in low or "approach" in low) else ():
                pct = m.group("pct")
                n_before = len(out)
                k = int(m.group("t"))
                if _add(doc, i, text, m.start(), m.end(), None, k, float(pct) if pct else 100.0, bool(pct), out):
                    found_here = True
                    inner = MONEY_TOKEN_RE.search(text, m.start(), m.end())  # "tabled a £17bn offer for T"
                    _set_price(doc, out[n_before], inner.group(1) if inner else None, ("alt", "valuation"))
            for m in _MERGED_INTO_RE.finditer(text) if "into" in low else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
            for m in _STAKE_TO_RE.finditer(text) if "stake" in low or "holding" in low else ():
                pct = float(m.group(3))
                if m.group(1) is not None:
                    found_here |= _add(doc, i, text, m.start(), m.end(), None, int(m.group(1)), pct, True, out)
                    continue
                owner = doc.subject(i, text, m.start())
                recent = [c for c in out if i - c.sent <= 2]
                mine = [c for c in recent if c.acquirer == owner] or [c for c in recent if c.sent == i]
                if mine:
                    mine[-1].stake_pct, mine[-1].stake_explicit = pct, True
            for m in _PAID_TO_RAISE_STAKE_RE.finditer(text) if "stake" in low or "holding" in low else ():
                # "A spent HK$1.1 billion to increase its stake in T": a purchase of shares of T
                n_before = len(out)
                if _add(doc, i, text, m.start(), m.end(), None, int(m.group(2)), None, True, out):
                    found_here = True
                    j = int(m.group(1))
                    if doc.money[j].amount is not None and doc.money_role[j] != "alt":
                        out[n_before].amount = j
            for m in _NOUN_WHICH_RE.finditer(text) if nouns and "which" in low else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
            for m in _BECOME_PART_RE.finditer(text) if ("subsidiary" in low or "part of" in low) else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
            for m in _WHICH_RE.finditer(text) if "which" in low else ():
                acquirer = doc.mentions[int(m.group(2))].entity
                found_here |= _add(doc, i, text, m.start(), m.end(), acquirer, int(m.group(1)), 100.0, False, out)
        if not found_here and out and i - out[-1].sent <= 2:
            _follow_up(doc, i, text, out[-1])
    return out


_GRANTOR_BEFORE_ITS_RE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?\x01\d+\x02\s+for\s+$")


def _its_owner(doc: Doc, i: int, text: str, pos: int, target: int) -> int | None:
    """Whose is the "its" at ``pos`` ("its purchase of T")? The organisation it resolves to,
    but the sentence's subject when that name is a grantor after "from"/"by" ("A has received
    clearance from regulator R for its purchase of T": A's purchase, not R's)."""
    owner = doc.resolve_pronoun(i, text[:pos], "it", {target})
    if owner is not None and _GRANTOR_BEFORE_ITS_RE.search(text, max(0, pos - 60), pos):
        subj = doc.subject(i, text, pos)
        if subj is not None and subj not in (owner, target) and doc.is_org(subj) and not doc.is_person(subj):
            return subj
    return owner


def _poss_noun(doc: Doc, i: int, text: str, m: re.Match[str], out: list[AcquisitionCand]) -> bool:
    """An acquisition named by a noun its acquirer owns (see _POSS_NOUN_RE), and the ones
    coordinated after it ("its $2 billion acquisition of T in May and $15 billion
    acquisition of U in 2017")."""
    k = int(m.group(5))
    target = doc.mentions[k].entity
    subject_owner = False
    if m.group(1) is not None:
        acquirer: int | None = doc.mentions[int(m.group(1))].entity
    elif m.group(2) == "whose":
        # "A, whose $2 billion purchase of T closed in May, ...": the name the clause follows
        acquirer = doc.mentions[int(TOKEN_RE.findall(text, 0, m.start())[-1])].entity
        subject_owner = acquirer != target
    elif m.group(2) is not None:
        acquirer = _its_owner(doc, i, text, m.start(), target)
        if acquirer is None:
            # "A has grown since its purchase of T" / "Since its purchase of T, A has grown": the
            # clause's subject, or the main clause's after a phrase opening the sentence.
            front = fronted_subject(text, m.start())
            acquirer = doc.mentions[front].entity if front is not None else doc.subject(i, text, m.start())
            subject_owner = acquirer is not None and acquirer != target
            if not subject_owner:
                acquirer = None
    else:
        # "the company's": an organisation named earlier in the sentence, else the topic.
        acquirer = next(
            (
                e
                for e in (doc.mentions[int(t)].entity for t in reversed(TOKEN_RE.findall(text, 0, m.start())))
                if e != target and doc.is_org(e) and not doc.is_person(e)
            ),
            None,
        )
        if acquirer is None:
            acquirer = doc.topic_org(i, exclude={target})
    if acquirer is None:
        return False
    if m.group(1) is not None or subject_owner:
        # A named owner of the deal noun only needs not to be known as a person, as the
        # subject of "acquired" ("Harrow Tide's $2 billion acquisition of T"); so does the
        # subject a pronoun owner stands for.
        if not doc.could_be_org(acquirer):
            return False
    elif not doc.is_org(acquirer) or doc.is_person(acquirer):
        return False
    found = _add_priced(doc, i, text, m.start(), m.end(), acquirer, k, m.group(4), out)
    more = _AND_NOUN_RE.match(text, m.end())
    if found and more:
        _add_priced(doc, i, text, more.start(), more.end(), acquirer, int(more.group(2)), more.group(1), out)
    return found


def _poss_by(doc: Doc, i: int, text: str, m: re.Match[str], out: list[AcquisitionCand]) -> bool:
    """ "T's $15 billion acquisition by A", "(T ...) its acquisition by A"."""
    acquirer = doc.mentions[int(m.group(4))].entity
    if m.group(1) is not None:
        k = int(m.group(1))
    else:
        target = doc.resolve_pronoun(i, text[: m.start()], "it", {acquirer})
        if target is None:
            return False
        k = next((x for x in doc.entities[target].mentions if not doc.mentions[x].quoted), -1)
        if k < 0:
            return False
    return _add_priced(doc, i, text, m.start(), m.end(), acquirer, k, m.group(3), out)


def _add_priced(
    doc: Doc,
    i: int,
    text: str,
    start: int,
    end: int,
    acquirer: int,
    k: int,
    money: str | None,
    out: list[AcquisitionCand],
) -> bool:
    """:func:`_add` with the price named inside the noun phrase ("its $2 billion purchase")."""
    if not _add(doc, i, text, start, end, acquirer, k, 100.0, False, out):
        return False
    if money is not None and doc.money_role[int(money)] != "valuation":
        out[-1].amount = int(money)
    return True


_CO_BUYERS_RE = re.compile(
    r"((?:\x01\d+\x02\.?\s*(?:,\s*(?:and\s+)?|and\s+))+)\x01\d+\x02\s+(?:(?:also|both|jointly|have|has|had|each|will|"
    r"agreed|agree|on\s+\w+|plan|plans)\s+)*(?:to\s+)?$"
)
_MORE_STAKES_RE = re.compile(
    r"\.?(?:\s*,\s*(?:an?\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*,\s*)?|\s+)(?:and\s+)?(?:an?\s+)?"
    + _APPROX
    + _PCT
    + r"\s+stake\s+in\s+(?:the\s+)?(?:(?!(?:and|or|but|for|from|with|which|that)\b)[a-z][\w\-]*\s+){0,3}?"
    + EP
)
_AND_NOUN_RE = re.compile(
    r"[^.;\x01]{0,40}?\band\s+(?:its\s+|the\s+|a\s+)?(?:" + M + r"\s+(?:[\w\-]+\s+){0,2}?)?"
    r"(?:acquisition|purchase|takeover|buyout)\s+of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?" + E + r"(?!['’]s)"
)


def _verb_mention(doc: Doc, i: int, text: str, v: re.Match[str], out: list[AcquisitionCand]) -> bool:
    verb = v.group("v")
    low = verb.lower()
    whole = _ALL_SHARES_RE.match(text, v.end())
    if whole:
        return _add(doc, i, text, v.start(), whole.end(), None, int(whole.group(1)), 100.0, False, out)
    stake = _STAKE_OBJ_RE.match(text, v.end())
    if stake:
        pct_s = stake.group(1) or stake.group(3)
        pct = float(pct_s) if pct_s else None
        n_before = len(out)
        if not _add(doc, i, text, v.start(), stake.end(), None, int(stake.groups()[-1]), pct, True, out):
            return False
        first = out[n_before]
        first.held = low.startswith("hold")
        price = stake.group("price")
        if price is not None and doc.money[int(price)].amount is not None and doc.money_role[int(price)] != "alt":
            first.amount = int(price)  # "a further 7.5% stake for $X in T"
        # "A and B agreed to acquire stakes in T": each buyer takes a stake.
        co = _CO_BUYERS_RE.search(text, max(0, v.start() - 240), v.start())
        for tok in TOKEN_RE.findall(co.group(1)) if co else ():
            other = doc.mentions[int(tok)].entity
            # (a name coordinated with the buying subject needs, like it, only not to be a person)
            if other not in (first.acquirer, first.target) and doc.could_be_org(other):
                _add(doc, i, text, v.start(), stake.end(), other, int(stake.groups()[-1]), pct, True, out)
        # "a 7% stake in T, a 5% stake in U and a 6% stake in V": one purchase per stake.
        end = stake.end()
        n_stakes = len(out)
        while more := _MORE_STAKES_RE.match(text, end):
            _add(
                doc, i, text, v.start(), more.end(), first.acquirer, int(more.group(2)), float(more.group(1)), True, out
            )
            end = more.end()
        if len(out) > n_stakes:
            for c in out[n_before:]:
                c.amount = None  # one price for several stakes is no single stake's price
        return True
    unnamed = _STAKE_UNNAMED_RE.match(text, v.end()) if not low.startswith(("hold", "secur", "buil", "ink")) else None
    if unnamed:
        # "a 30% stake in the lender", or "X said A will take a 30% stake": the company is
        # the one the sentence (its speaker) or the article is about.
        acquirer = doc.subject(i, text, v.start())
        target = None
        r = reporting_verb(text, _subject_at(doc, text, v.start(), acquirer))
        if r is not None:
            target = doc.subject(i, text, r)
        if target is None and (unnamed.group("noun") or _STAKE_CONTEXT_RE.search(text, 0, v.start())):
            target = doc.topic_org(i, exclude={acquirer} if acquirer is not None else None)
        if acquirer is not None and target is not None and target != acquirer and doc.could_be_org(target):
            k = next((x for x in doc.entities[target].mentions if not doc.mentions[x].quoted), -1)
            pct = float(unnamed.group("pct")) if unnamed.group("pct") else None
            if k >= 0 and not doc.is_person(target):
                return _add(doc, i, text, v.start(), unnamed.end(), acquirer, k, pct, True, out)
    if low.startswith(("tak", "took")) and not low.endswith("over"):
        # "would take roughly 24% of China's T", "took 8 per cent of T for $8.7 million"
        pobj = _PCT_OBJ_RE.match(text, v.end())
        if pobj:
            return _add(doc, i, text, v.start(), pobj.end(), None, int(pobj.group(2)), float(pobj.group(1)), True, out)
    if low.startswith(("tak", "took", "secur", "buil", "ink", "hold")) and not low.endswith("over"):
        return False
    its = _PCT_ITS_RE.match(text, v.end())
    if its:
        acquirer = doc.subject(i, text, v.start())
        target = doc.resolve_pronoun(i, text[: v.start()], "it", {acquirer} if acquirer is not None else set())
        if acquirer is not None and target is not None:
            k = doc.entities[target].mentions[-1]
            return _add(doc, i, text, v.start(), its.end(), acquirer, k, float(its.group(1)), True, out)
    pobj = _PCT_OBJ_RE.match(text, v.end())
    if pobj:
        return _add(doc, i, text, v.start(), pobj.end(), None, int(pobj.group(2)), float(pobj.group(1)), True, out)
    part = _UNIT_OBJ_RE.match(text, v.end()) if "\x02" in text[v.end() : v.end() + 120] else None
    if part is not None and _add_part(doc, i, text, v.start(), part, out):
        return True
    obj = _DIRECT_OBJ_RE.match(text, v.end())
    if (
        obj
        and _S_POSSESSIVE_RE.match(text, obj.end())
        and doc.name(doc.mentions[int(obj.group(1))].entity).endswith("s")
    ):
        return False  # "bought Kelp Ventures' office tower": something of T's, not T
    if low.startswith("pick") and not (
        obj and (_OWN_KIND_RE.match(obj.group(0)) or _PRICE_AFTER_RE.match(text, obj.end()))
    ):
        return False  # "picked up" buys a company only when it is a rival or has a price ("picked up the pace")
    if obj:
        n_before = len(out)
        if not _add(doc, i, text, v.start(), obj.end(), None, int(obj.group(1)), 100.0, False, out):
            return False
        if _HOLDERS_STAKE_RE.search(obj.group(0)):
            # "acquire Y's stake in T": a stake of unstated size
            out[-1].stake_pct, out[-1].stake_explicit = None, True
        _bracket_price(doc, text, obj.end(), out[-1])
        # "acquired T (<$X>) and U (<$Y>)": each coordinated object is a purchase of its own.
        end = obj.end()
        while more := _MORE_OBJ_RE.match(text, end):
            if _add(doc, i, text, v.start(), more.end(), out[n_before].acquirer, int(more.group(1)), 100.0, False, out):
                out[-1].amount = None
                _bracket_price(doc, text, more.end(), out[-1])
            end = more.end()
        first = out[n_before]
        if len(out) > n_before + 1 and first.amount is not None and text.find(f"\x03{first.amount}\x04") > end:
            first.amount = None  # "acquired T and U for a combined $X": no one target's price
        if len(out) == n_before + 1 and (priced := _PRICED_MORE_RE.match(text, end)):
            # "bought T for $X in 2018 and then security software maker U for $Y a year later"
            if _add(doc, i, text, v.start(), priced.end(), first.acquirer, int(priced.group("u")), 100.0, False, out):
                out[-1].amount = None  # (its own price only, never the first one's)
                _set_price(doc, out[-1], priced.group("p2"))
            end = priced.end()
        stake = _AND_STAKE_RE.match(text, end)
        if stake:
            # "having acquired T in 2022 and a 20% stake in U last year": a stake bought too
            _add(
                doc,
                i,
                text,
                v.start(),
                stake.end(),
                first.acquirer,
                int(stake.group(2)),
                float(stake.group(1)),
                True,
                out,
            )
        return True
    definite = _DEFINITE_OBJ_RE.match(text, v.end())
    if definite and i > 0:
        # "T makes drones. A bought the startup in 2019": the company the article is about.
        acquirer = doc.subject(i, text, v.start())
        target = doc.topic_org(i, exclude={acquirer} if acquirer is not None else None)
        if target is None:
            # (a one-word name seen only opening the sentence before: "Brisko raised $5m in 2021.")
            head = doc.first_head(i - 1, doc.abstract(i - 1))
            if head is not None and head[0] == "e" and head[1] != acquirer and doc.could_be_org(head[1]):
                target = head[1]
        if acquirer is not None and target is not None and not doc.is_person(target):
            k = next((x for x in doc.entities[target].mentions if not doc.mentions[x].quoted), -1)
            if k >= 0 and _add(doc, i, text, v.start(), definite.end(), acquirer, k, 100.0, False, out):
                return True
    pron = _PRONOUN_OBJ_RE.match(text, v.end())
    if pron:
        # "paid $X to buy it": the company the sentence is about.
        acquirer = doc.subject(i, text, v.start())
        head = doc.first_head(i, text, 0, v.start())
        if acquirer is not None and head is not None and head[0] == "e" and head[1] != acquirer:
            k = next((x for x in doc.entities[head[1]].mentions if not doc.mentions[x].quoted), -1)
            if k >= 0 and doc.could_be_org(head[1]) and not doc.entities[head[1]].weak:  # ("it" is never a person)
                return _add(doc, i, text, v.start(), pron.end(), acquirer, k, 100.0, False, out)
        elif acquirer is not None and head is not None and head[0] == "e" and i > 0:
            # "T raised $20m in 2021. A bought it two years later": the buyer heads the sentence,
            # so "it" is the organisation the article is about
            target = doc.topic_org(i, exclude={acquirer})
            if target is not None and not doc.entities[target].weak:
                k = next((x for x in doc.entities[target].mentions if not doc.mentions[x].quoted), -1)
                if k >= 0:
                    return _add(doc, i, text, v.start(), pron.end(), acquirer, k, 100.0, False, out)
    return False


_OWN_KIND_RE = re.compile(r"\s+(?:its|their|his|her)\s|.*\brival\s")  # "picked up its (rival) T"
_PRICE_AFTER_RE = re.compile(r"\s+(?:\([^()]*\)\s+)?for\s+" + _APPROX + M)
_DEFINITE_OBJ_RE = re.compile(
    r"\s+the\s+(?:[a-z][\w\-]*\s+){0,2}?(?:startup|start-up|company|firm|business|developer|platform)(?!['’])"
    r"(?=\s*[,.;]|\s+(?:in|for|last|this|earlier|from|and|as|after|before|on)\b|\s*$)"
)
_POSSESSED_NOUN_BEFORE_RE = re.compile(r"\x02['’]s?\s+(?:[a-z][\w\-]*\s+){1,2}$")
_AND_STAKE_RE = re.compile(
    r"(?:\s+(?:in|last|this|earlier)\s+[\w\-]+(?:\s+\d{4})?)?,?\s+and\s+(?:an?\s+)?"
    + _APPROX
    + _PCT
    + r"\s+"
    + _STAKE_NOUN
    + r"\s+in\s+(?:the\s+)?"
    + E
    + r"(?!['’])(?!\s+(?:was|were|is|are|has|had|will|would)\b)"
)
_PRONOUN_OBJ_RE = re.compile(r"\s+it\b(?!['’])(?!\s+(?:to|is|was|has|had|will|would)\b)")
_BRACKET_PRICE_RE = re.compile(r"\s*\(\s*" + _APPROX + M + r"\s*\)")
_MORE_OBJ_RE = re.compile(
    r"(?:\s*\(\s*[^()]{0,40}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|rival\s+|"
    + _OBJ_DESCRIPTION
    + r")?"
    + E
    + r"(?!['’]s)(?!\s+(?:is|are|was|were|has|have|had|will|would|said|says|also|now|plans|agreed|announced|"
    r"acquired|bought|took|raised)\b)(?=\s*\(\s*\x03|\s*[,.;]|\s+(?:and|for|in|from|to|as|last|this|earlier)\b|$)"
)


# A second purchase coordinated after the first one's price, with a price of its own.
_PRICED_MORE_RE = re.compile(
    r"\s+for\s+"
    + _APPROX
    + r"\x03\d+\x04(?:\s+(?:in|last|this|earlier)\s+[\w\-]+(?:\s+\d{4})?)?,?\s+and\s+(?:then\s+|later\s+|also\s+)?"
    # (descriptor words, never a verb of their own: "and sold U for $Y" is no purchase)
    r"(?:[A-Z][\w\-]*(?:-based)?\s+(?=[a-z]))?(?:(?!(?:or|but|for|from|with|which|that|the|its|sold|sells|sell|"
    r"bought|took|spun|made|[a-z]+ed)\b)[a-z][\w\-]*\s+){0,4}?"
    r"\x01(?P<u>\d+)\x02(?!['’])\s+for\s+" + _APPROX + r"\x03(?P<p2>\d+)\x04"
)


def _add_part(doc: Doc, i: int, text: str, start: int, part: re.Match[str], out: list[AcquisitionCand]) -> bool:
    """A purchase of the part of a company ``part`` (:data:`_UNIT_OBJ_RE`) names, told from
    ``start``: the whole company when the words say only the whole ("its entire business")."""
    k = int(part.group("t") or part.group("t2"))
    unit = unit_name(doc, part.group("words") or part.group("words2"), part.group("noun") or part.group("noun2"))
    if not _add(doc, i, text, start, part.end(), None, k, 100.0, False, out):
        return False
    out[-1].unit = unit
    return True


def _set_price(doc: Doc, cand: AcquisitionCand, token: str | None, unusable: tuple[str, ...] = ("alt",)) -> None:
    """The money token ``token`` (its index, as the pattern captured it) is ``cand``'s price when
    it is a figure and no conversion or price per share (nor, where asked, a valuation)."""
    if token is not None and doc.money[int(token)].amount is not None and doc.money_role[int(token)] not in unusable:
        cand.amount = int(token)


def _bracket_price(doc: Doc, text: str, end: int, cand: AcquisitionCand) -> None:
    """ "acquired T (<$X>)": money bracketed right after the target is its price."""
    m = _BRACKET_PRICE_RE.match(text, end)
    if m and doc.money[int(m.group(1))].amount is not None:
        cand.amount = int(m.group(1))


def _add(
    doc: Doc,
    i: int,
    text: str,
    start: int,
    end: int,
    acquirer: int | None,
    target_mention: int,
    pct: float | None,
    explicit: bool,
    out: list[AcquisitionCand],
) -> bool:
    target = doc.mentions[target_mention].entity
    if acquirer is None:
        acquirer = doc.subject(i, text, start)
        if acquirer is not None and _PRONOUN_SUBJ_BEFORE_RE.search(text, max(0, start - 40), start):
            # "A acquired T in 2021, and a year later it bought U": "it" continues the buyer
            # of the clause before, not the company it bought
            earlier = [c for c in out if c.sent == i and c.target == acquirer]
            if earlier:
                acquirer = earlier[-1].acquirer
    if acquirer is None or acquirer == target:
        return False
    if not doc.could_be_org(acquirer) and (
        not _PERSON_BUYS_RE.match(text, start) or _SHARES_AFTER_RE.match(doc.body, doc.mentions[target_mention].end)
    ):
        return False  # (a person buying a company's shares is investing: "P bought T shares")
    if doc.kind(target) == "person" or doc.mentions[target_mention].quoted:
        return False
    cert = certainty(text, start)
    if cert is None:
        return False
    if pct is None and explicit:
        m = _PCT_OF_RE.search(text)
        if m:
            pct = float(m.group(1))
    minority = False
    if pct == 100.0 and not explicit and " of " in text:
        # "its purchase of nearly half of T", "bought a third of T": a fraction, not the whole
        at = doc.mentions[target_mention]
        tok = text.find(f"\x01{target_mention}\x02")
        part = _FRACTION_OF_RE.search(text, max(0, tok - 80), tok) if tok > 0 and not at.quoted else None
        if part is not None:
            exact = _FRACTIONS.get(part.group("f").lower().replace("-", " "))
            pct, explicit = (None if part.group("q") or exact is None else exact), True
            minority = exact is not None and exact <= 50
    if cert == "rumored" and announced_plan(text):
        # "A intends to take 9% of T, T announced": a plan a party announces is a deal announced
        said = _NAMED_SAID_RE.search(text, start)
        if said and doc.mentions[int(said.group(1))].entity in (acquirer, target):
            cert = "confirmed"
    cand = AcquisitionCand(
        acquirer, target, i, stake_pct=pct, stake_explicit=explicit, certainty=cert, sents=[i], minority=minority
    )
    cand.amount = _price(doc, text, start, end)
    if cand.amount is None and pct == 100.0 and not explicit:
        # "bought T in a deal that valued the startup at $2 billion": for the whole company the
        # value the deal puts on it is its price (for a stake it is not).
        dv = _DEAL_VALUED_RE.search(text, end)
        if dv and doc.money[int(dv.group(1))].amount is not None and doc.money_role[int(dv.group(1))] != "alt":
            cand.amount = int(dv.group(1))
    out.append(cand)
    return True


_FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "a quarter": 25.0, "one quarter": 25.0,
              "two thirds": 200 / 3, "three quarters": 75.0}  # fmt: skip
_FRACTION_OF_RE = re.compile(
    r"\b(?:(?P<q>nearly|almost|about|roughly|around|some|just\s+under|just\s+over|more\s+than|less\s+than|over|under)\s+)?"
    r"(?P<f>half|a\s+third|one[\s\-]third|a\s+quarter|one[\s\-]quarter|two[\s\-]thirds|three[\s\-]quarters|most|part)\s+of\s+"
    r"(?:the\s+|its\s+)?(?:[a-z][\w\-]*\s+){0,3}?$"
)
_DEAL_VALUED_RE = re.compile(
    r"\b(?:deal|transaction|agreement|takeover|acquisition|offer)(?:\s*,\s+[^,;]{1,80},)?\s+(?:(?:that|which)\s+)?"
    r"(?:valued|values|valuing)\s+"
    r"(?:[\w\-]+\s+|\x01\d+\x02\s+){0,3}?at\s+"
    + _APPROX
    + M
    + r"|\b(?:deal|transaction)\s+valuing\s+(?:[\w\-]+\s+|\x01\d+\x02\s+){0,3}?at\s+"
    + _APPROX
    + M
)


_MAIN_VERB_GAP_RE = re.compile(
    r",\s+(?:has|have|had|is|are|was|were|will|would|said|says)\b|,\s+(?:[a-z]+\s+)?(?:raised|secured|closed)\b"
    # (a contrasting clause with a subject of its own: "T was sold to A, while U closed a $2m round")
    r"|,\s+(?:while|whereas)\b|,\s+but\s+\x01\d+\x02"
)
_PRONOUN_SUBJ_BEFORE_RE = re.compile(r"\b(?:it|they)\s+(?:(?:also|then|later|has|had|will|would|subsequently)\s+)*$")
# "A completes $2bn T acquisition", "A's T takeover closed": the target named before the noun.
_ADJUNCT_RE = re.compile(
    r"(?:\b(?:complet|announc|clos|finali[sz]|seal|confirm)[a-z]*\s+(?:its\s+|the\s+|a\s+)?|\x01(?P<a>\d+)\x02['’]s?\s+)"
    r"(?:" + M + r"\s+)?(?:[a-z][\w\-]*\s+)?\x01(?P<t>\d+)\x02(?!['’])\s+(?:acquisition|takeover|buyout|purchase)\b"
    r"(?!\s+(?:of|by|orders?|price)\b)"
)
_PAY_TO_BUY_RE = re.compile(
    r"\b(?:" + _PAY_VERBS + r"|shell(?:s|ed|ing)?\s+out|fork(?:s|ed|ing)?\s+out|"
    r"invest(?:s|ed|ing)?|put|puts|putting)\s+" + _APPROX + M + r"\s+(?:in\s+cash\s+)?(?:(?:in\s+order\s+)?to\s+)$"
)


def _price(doc: Doc, text: str, start: int, end: int) -> int | None:
    """The deal price: money after the object, else a priced mention ("a bid of $X") before it."""
    paid = (
        _PAY_TO_BUY_RE.search(text, max(0, start - 80), start) if "\x03" in text[max(0, start - 80) : start] else None
    )
    if paid and doc.money[int(paid.group(1))].amount is not None and doc.money_role[int(paid.group(1))] != "alt":
        return int(paid.group(1))  # "paid $X to buy T"
    first_plain = None
    for mm in MONEY_TOKEN_RE.finditer(text, end):
        j = int(mm.group(1))
        role = doc.money_role[j]
        if role in ("alt", "valuation") or doc.money[j].amount is None:
            continue
        if role == "price" or _PRICE_BEFORE_RE.search(text, max(0, mm.start() - 40), mm.start()):
            return j
        if first_plain is None and not _MAIN_VERB_GAP_RE.search(text, end, mm.start()):
            # (not past the verb of a main clause: "P, who sold T, which A acquired in 2020, has
            # raised $8m": that clause's money)
            first_plain = j
    for mm in MONEY_TOKEN_RE.finditer(text, 0, start):
        j = int(mm.group(1))
        if doc.money_role[j] == "price" and doc.money[j].amount is not None:
            return j
    if first_plain is not None:
        return first_plain
    return None


def _follow_up(doc: Doc, i: int, text: str, cand: AcquisitionCand) -> None:
    """Price or stake stated in a sentence after the deal ("The deal was valued at $X")."""
    m = _FOLLOW_RE.search(text)
    if m:
        j = int(next(g for g in m.groups() if g is not None))
        if doc.money[j].amount is not None and doc.money_role[j] != "alt":
            if cand.amount is None:
                cand.amount = j
            if i not in cand.sents:
                cand.sents.append(i)
    if cand.amount is None and cand.stake_pct == 100.0 and not cand.stake_explicit:
        dv = _DEAL_VALUED_RE.search(text)  # "The deal values T at $2 billion": a whole company's price
        if dv and doc.money[int(dv.group(1))].amount is not None and doc.money_role[int(dv.group(1))] != "alt":
            cand.amount = int(dv.group(1))
            if i not in cand.sents:
                cand.sents.append(i)
    if cand.stake_explicit and cand.stake_pct is None:
        p = _PCT_OF_RE.search(text)
        if p:
            cand.stake_pct = float(p.group(1))
