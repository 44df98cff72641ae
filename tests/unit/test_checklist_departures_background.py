"""CheckList cases for departures told in the background of a story (invented names, own words).

Real reports rarely open with "P resigned from Y": the leaving sits in a relative clause
("P, who left Y last year to start V,"), a fronted subordinate clause ("After leaving Y in
2021, P founded V"), a noun phrase ("since P's exit", "following the resignation of CEO P")
or a hiring ("X appointed P, formerly of Y"). Each case lists (person, from_org, to_org,
founded_new_venture); founded None means "not asserted here". Names include Chinese, Korean,
Indian and Arabic shapes and initials; a surname later in the text is the same person.
Negative cases (descriptors, board seats, internal moves, reversals, sabbaticals, denials,
speculation, idioms) must yield no visible departure.
"""

from __future__ import annotations

import pytest
from extraction_helpers import departures, visible

Row = tuple[str, str, str | None, bool | None]


def _xfail(text: str, rows: list[Row], reason: str) -> object:
    return pytest.param(text, rows, marks=pytest.mark.xfail(strict=True, reason=reason))


POSITIVE: list[object] = [
    # Relative clauses after the name.
    (
        "Lena Okafor, who left Corvane Systems last year to start Brightmoor Labs, said the market was heating up.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True)],
    ),
    (
        "Lena Okafor, a Corvane Systems veteran who quit in March, said the market was heating up.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor, who quit Corvane Systems in protest over the layoffs, has joined Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Lena Okafor and Tomas Brandt, who both left Corvane Systems last year, have started Brightmoor Labs.",
        [
            ("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True),
            ("Tomas Brandt", "Corvane Systems", "Brightmoor Labs", True),
        ],
    ),
    (
        "Lena Okafor, a former Corvane Systems engineer who left the company in 2021, co-founded Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True)],
    ),
    (
        '"It was time for a change," said Lena Okafor, who quit Corvane Systems in April.',
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Brightmoor Labs hired Lena Okafor, who left Corvane Systems in March.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Lena Okafor, who previously led the cloud unit at Corvane Systems before departing in 2022, "
        "now advises startups.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor, who joined Brightmoor Labs from Corvane Systems in May, said hiring was hard.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Brightmoor Labs was started by Lena Okafor and Tomas Brandt, two Corvane Systems researchers "
        "who left in 2023.",
        [
            ("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True),
            ("Tomas Brandt", "Corvane Systems", "Brightmoor Labs", True),
        ],
    ),
    (
        "Lena Okafor, who resigned as Corvane Systems's chief executive in 2020, has launched Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True)],
    ),
    # Fronted subordinate clauses.
    (
        "After leaving Corvane Systems in 2021, Lena Okafor founded Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True)],
    ),
    (
        "Since leaving Corvane Systems in 2022, Lena Okafor has advised several startups.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Having left Corvane Systems in 2020, Lena Okafor went on to found Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True)],
    ),
    (
        "After quitting Corvane Systems, Lena Okafor joined Brightmoor Labs as chief scientist.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Before joining Brightmoor Labs, Lena Okafor spent six years at Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    # Noun phrases.
    (
        "Lena Okafor's departure from Corvane Systems follows a string of senior exits.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Corvane Systems has struggled since Lena Okafor's exit in May.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Following the resignation of CEO Lena Okafor, Corvane Systems named Tomas Brandt interim chief.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Corvane Systems shares fell after the surprise resignation of chief executive Lena Okafor.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Since Lena Okafor's departure in January, Corvane Systems has had no chief technology officer.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor's resignation as Corvane Systems's chief executive takes effect on Monday.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "The abrupt exit of Lena Okafor, Corvane Systems's head of growth, rattled investors.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    # Taken, poached, defected, lost.
    (
        "Lena Okafor was hired away from Corvane Systems by Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Lena Okafor defected to Brightmoor Labs from Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Lena Okafor, Corvane Systems's former head of risk, defected to Brightmoor Labs in June.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Corvane Systems has lost two senior engineers, Lena Okafor and Tomas Brandt, to Brightmoor Labs.",
        [
            ("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False),
            ("Tomas Brandt", "Corvane Systems", "Brightmoor Labs", False),
        ],
    ),
    (
        "Lena Okafor, who was poached from Corvane Systems by Brightmoor Labs last year, leads its AI team.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    # Hiring phrasings.
    (
        "Brightmoor Labs has hired Corvane Systems's head of research Lena Okafor.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Lena Okafor has joined Brightmoor Labs as chief scientist from Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Brightmoor Labs appointed Lena Okafor, formerly of Corvane Systems, as its chief financial officer.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Brightmoor Labs said Lena Okafor joins from Corvane Systems, where she was head of payments.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Brightmoor Labs has recruited Lena Okafor from Corvane Systems to lead its chip effort.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    # The employer left, not another organisation in the sentence.
    (
        "Lena Okafor, a board member of the Lending Standards Council, has resigned as chief executive "
        "of Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor, a graduate of Stanwick University, has left Corvane Systems to join Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Corvane Systems's head of Strategy and Planning, Lena Okafor, has resigned.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor, who spent a decade at Pinecrest Motors before joining Corvane Systems in 2019, "
        "has resigned as Corvane Systems's finance chief.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor, the former Pinecrest Motors executive who ran Corvane Systems's retail arm, "
        "has left Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    # Names: surnames later, non-Western names, initials.
    (
        "Corvane Systems said Lena Okafor would leave in June. Okafor joined the company in 2015.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Zhao Minghui has resigned as chief technology officer of Talvik AI.",
        [("Zhao Minghui", "Talvik AI", None, None)],
    ),
    (
        "Park Ji-hoon, head of the chip division at Haneul Semicon, left the company last month to join "
        "Brightmoor Labs.",
        [("Park Ji-hoon", "Haneul Semicon", "Brightmoor Labs", False)],
    ),
    (
        "Ravi Shankar Iyer, the chief executive of Nuvora Payments, resigned on Tuesday, the Mumbai-based "
        "company said.",
        [("Ravi Shankar Iyer", "Nuvora Payments", None, None)],
    ),
    (
        "Khalid bin Saeed Al Marzan has stepped down as chief executive of Ostrel Bank.",
        [("Khalid bin Saeed Al Marzan", "Ostrel Bank", None, None)],
    ),
    (
        "J.K. Varma quit Nuvora Payments in March.",
        [("J.K. Varma", "Nuvora Payments", None, None)],
    ),
    (
        "Kim Soo-yeon, Haneul Semicon's head of memory, has left to join Brightmoor Labs. Kim said she "
        "wanted a new challenge.",
        [("Kim Soo-yeon", "Haneul Semicon", "Brightmoor Labs", False)],
    ),
    (
        "Zhao Minghui left Talvik AI in 2023 to found Qingyun Robotics. Zhao said the company would make "
        "humanoid robots.",
        [("Zhao Minghui", "Talvik AI", "Qingyun Robotics", True)],
    ),
    (
        "Maria de la Fuente has resigned from Ostrel Bank after 12 years.",
        [("Maria de la Fuente", "Ostrel Bank", None, None)],
    ),
    # Multi-sentence mini-articles.
    (
        "Corvane Systems said on Monday that its chief financial officer, Lena Okafor, would step down at "
        "the end of the quarter. Okafor will be succeeded by Tomas Brandt, the company's treasurer.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Brightmoor Labs, a two-year-old startup, said it had hired Lena Okafor as chief technology "
        "officer. Okafor previously spent eight years at Corvane Systems, where she led the payments team.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "SEOUL (Yonhap) -- Haneul Semicon said Thursday that Lee Min-jae, president of its foundry "
        "business, has resigned. Lee had led the unit since 2020.",
        [("Lee Min-jae", "Haneul Semicon", None, None)],
    ),
    (
        "Talvik AI's chief scientist Zhao Minghui has left the company, according to a statement. Zhao "
        "will start his own company focused on robotics.",
        [("Zhao Minghui", "Talvik AI", None, True)],
    ),
    (
        "BENGALURU: Nuvora Payments co-founder Ananya Krishnamurthy has quit the fintech firm to launch a "
        "new venture, the company said in a filing.",
        [("Ananya Krishnamurthy", "Nuvora Payments", None, True)],
    ),
    (
        "Lena Okafor told staff on Tuesday that she would leave Corvane Systems at the end of March.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Corvane Systems said Lena Okafor, its longtime head of sales, had decided to retire.",
        [("Lena Okafor", "Corvane Systems", None, False)],
    ),
    (
        "Lena Okafor walked away from Corvane Systems in 2019 and never looked back.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Brightmoor Labs named Tomas Brandt chief executive. Brandt replaces Lena Okafor, who left "
        "Brightmoor Labs in May to join Corvane Systems.",
        [("Lena Okafor", "Brightmoor Labs", "Corvane Systems", False)],
    ),
    (
        "Corvane Systems is losing another executive. Lena Okafor, the head of its cloud business, "
        "is leaving at the end of the month, the company said on Friday.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor, who co-founded Corvane Systems in 2014, is stepping down as its chief executive "
        "to focus on a new AI venture.",
        [("Lena Okafor", "Corvane Systems", None, True)],
    ),
    (
        "Lena Okafor left Corvane Systems a year ago to start Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True)],
    ),
    (
        "Corvane Systems's board forced Lena Okafor to resign.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor, who stepped down from Corvane Systems in January, is now chief executive of Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Brightmoor Labs has tapped Lena Okafor, until recently chief risk officer at Corvane Systems, as its new CEO.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Lena Okafor, formerly head of design at Corvane Systems, has joined Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Corvane Systems confirmed on Monday that Lena Okafor had left the company in December.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Lena Okafor, 61, who retired from Corvane Systems in 2019, sits on several boards.",
        [("Lena Okafor", "Corvane Systems", None, False)],
    ),
    (
        "Corvane Systems's chief executive, Lena Okafor, announced her resignation on Friday.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    _xfail(
        "Tomas Brandt, who replaced Lena Okafor as Corvane Systems's chief executive after she left in May, "
        "said sales rose.",
        [("Lena Okafor", "Corvane Systems", None, None)],
        "a pronoun leaver inside a clause nested in a relative clause is not resolved",
    ),
    (
        "Lena Okafor exited Corvane Systems last month and has since joined Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Lena Okafor will leave Corvane Systems, the company said, ending a 20-year career there.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Corvane Systems said Lena Okafor, one of its founding engineers, quit on Friday.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Brightmoor Labs has hired Tomas Brandt and Lena Okafor from Corvane Systems.",
        [
            ("Tomas Brandt", "Corvane Systems", "Brightmoor Labs", False),
            ("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False),
        ],
    ),
    (
        "Lena Okafor said on LinkedIn that she has left Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Haneul Semicon said its chief operating officer Lee Min-jae would retire.",
        [("Lee Min-jae", "Haneul Semicon", None, False)],
    ),
    (
        "Lena Okafor was poached by Brightmoor Labs from Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    (
        "Corvane Systems lost Lena Okafor and Tomas Brandt to Brightmoor Labs.",
        [
            ("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False),
            ("Tomas Brandt", "Corvane Systems", "Brightmoor Labs", False),
        ],
    ),
    _xfail(
        "Lena Okafor's resignation as chief executive of Corvane Systems takes effect on Monday.",
        [("Lena Okafor", "Corvane Systems", None, None)],
        "entities: a possessive name before 'resignation as chief executive of Y' is typed an organisation",
    ),
    # Idioms of leaving used by wire services and Indian, Korean and Chinese English-language outlets.
    (
        "Corvane Systems announced the exit of its chief product officer, Lena Okafor.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Ex-Corvane Systems CTO Lena Okafor, who quit in 2022, raised $10 million for her new startup, "
        "Brightmoor Labs.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", True)],
    ),
    (
        "Lena Okafor, a former Corvane Systems engineer who quit in 2020, said the market was heating up.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Nuvora Payments' chief business officer Sandeep Rao has put in his papers, according to people "
        "aware of the matter.",
        [("Sandeep Rao", "Nuvora Payments", None, None)],
    ),
    ("Sandeep Rao has called it quits at Nuvora Payments.", [("Sandeep Rao", "Nuvora Payments", None, None)]),
    (
        "Sandeep Rao has stepped aside as chief executive of Nuvora Payments.",
        [("Sandeep Rao", "Nuvora Payments", None, None)],
    ),
    (
        "Sandeep Rao will relinquish his role as chief executive of Nuvora Payments.",
        [("Sandeep Rao", "Nuvora Payments", None, None)],
    ),
    (
        "Sandeep Rao has been relieved of his duties at Nuvora Payments.",
        [("Sandeep Rao", "Nuvora Payments", None, None)],
    ),
    (
        "Brightmoor Labs has roped in Sandeep Rao, former chief business officer of Nuvora Payments, as its CEO.",
        [("Sandeep Rao", "Nuvora Payments", "Brightmoor Labs", False)],
    ),
    (
        "Lena Okafor is the latest senior executive to leave Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Corvane Systems co-founder Lena Okafor has announced she is leaving the company.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    ("Lena Okafor has been let go by Corvane Systems.", [("Lena Okafor", "Corvane Systems", None, None)]),
    (
        "Corvane Systems has appointed Tomas Brandt as chief executive, succeeding Lena Okafor, who is retiring.",
        [("Lena Okafor", "Corvane Systems", None, False)],
    ),
    (
        "Wang Lijun, a co-founder of Talvik AI who left the company last year, has started a robotics firm "
        "called Qingyun Robotics.",
        [("Wang Lijun", "Talvik AI", "Qingyun Robotics", True)],
    ),
    (
        "Lena Okafor is joining Brightmoor Labs, leaving her post as chief economist at Corvane Systems.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
    _xfail(
        "Haneul Semicon's former vice chairman Choi Dong-wook, who left the company in 2022, has joined "
        "Brightmoor Labs as an adviser.",
        [("Choi Dong-wook", "Haneul Semicon", "Brightmoor Labs", False)],
        "entities: a two-word company name with no company word is typed a person",
    ),
    _xfail(
        "Sandeep Rao's departure leaves Nuvora Payments without a finance chief.",
        [("Sandeep Rao", "Nuvora Payments", None, None)],
        "entities: the organisation, object of 'leaves', is typed a person",
    ),
    _xfail(
        "Sandeep Rao is heading to Brightmoor Labs after five years at Nuvora Payments.",
        [("Sandeep Rao", "Nuvora Payments", "Brightmoor Labs", False)],
        "'heading to X' is not read as a move (also said of trips and meetings)",
    ),
    # Mini-articles: the leaver named once, then by surname or a description.
    (
        "Corvane Systems is losing its top AI scientist. Lena Okafor is leaving to start her own company, "
        "she said in a post on Tuesday.",
        [("Lena Okafor", "Corvane Systems", None, True)],
    ),
    (
        "Corvane Systems said on Wednesday that Lena Okafor had resigned as chief financial officer for "
        "personal reasons. Tomas Brandt, the company's controller, will serve as interim CFO.",
        [("Lena Okafor", "Corvane Systems", None, None)],
    ),
    (
        "Talvik AI co-founder Zhao Minghui has left the company, the latest in a string of departures. Zhao, "
        "who led the firm's model research, did not respond to a request for comment.",
        [("Zhao Minghui", "Talvik AI", None, None)],
    ),
    (
        "Ostrel Bank said Priya Venkataraman, its head of retail banking, would retire at the end of the year "
        "after 28 years with the lender.",
        [("Priya Venkataraman", "Ostrel Bank", None, False)],
    ),
    _xfail(
        "Brightmoor Labs has hired a top engineer from a rival. Lena Okafor, who ran the chip design team at "
        "Corvane Systems, will lead Brightmoor Labs's hardware group, the company said on Tuesday.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
        "a past job in a relative clause plus a new post elsewhere is not read as a move",
    ),
    _xfail(
        "Lena Okafor has a new job. The former head of payments at Corvane Systems has joined Brightmoor Labs "
        "as chief operating officer.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
        "a definite description ('The former head of payments at Y') is not resolved to the person named before",
    ),
    _xfail(
        "Lena Okafor, chief executive of Brightmoor Labs, previously spent five years at Corvane Systems, "
        "which she left in 2020.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", None)],
        "the current employer in the apposition is not taken as the destination of a past leaving",
    ),
    (
        "Brightmoor Labs announced the appointment of Lena Okafor as chief operating officer. She joins "
        "from Corvane Systems, where she ran global operations.",
        [("Lena Okafor", "Corvane Systems", "Brightmoor Labs", False)],
    ),
]

NEGATIVE: list[str] = [
    "Lena Okafor, Corvane Systems's former chief executive, now chairs an industry group.",
    "Former Corvane Systems chief executive Lena Okafor will speak at the summit.",
    "Brightmoor Labs, founded by former Corvane Systems researchers, raised $20 million.",
    "Lena Okafor gave up her seat on the Corvane Systems board but remains its chief executive.",
    "Lena Okafor moved from chief operating officer to chief executive of Corvane Systems.",
    "Corvane Systems fired Lena Okafor on Monday, then rehired her on Wednesday after staff protests.",
    "Lena Okafor took a sabbatical from Corvane Systems last year and returned in January.",
    "Lena Okafor left the stage after her talk at Corvane Systems's developer day.",
    "Corvane Systems denied that Lena Okafor had resigned.",
    "Lena Okafor said she had no plans to leave Corvane Systems.",
    "Lena Okafor is not leaving Corvane Systems, a spokesperson said.",
    "Corvane Systems dismissed reports that Lena Okafor was quitting.",
    "Lena Okafor resigned herself to a long fight with Corvane Systems.",
    "Lena Okafor left Corvane Systems a voicemail on Friday.",
    "Lena Okafor is leaving Corvane Systems's cloud unit to run its chip division.",
    "Lena Okafor, who heads Corvane Systems's cloud unit, said the departure of key customers hurt growth.",
    "Lena Okafor quit smoking before joining Corvane Systems.",
    "Lena Okafor said she would never leave Corvane Systems.",
    "Lena Okafor exited the meeting early, Corvane Systems staff said.",
    "Corvane Systems considered replacing Lena Okafor but decided against it.",
    "Investors want Lena Okafor to step down from Corvane Systems.",
    "Lena Okafor, who left Corvane Systems's board in 2020, remains its largest shareholder.",
    "Lena Okafor will move from the London office to Corvane Systems's Singapore headquarters.",
    "Zhao Minghui, a former Talvik AI researcher, commented on the paper.",
    "Park Ji-hoon was promoted to president of Haneul Semicon's foundry business.",
    "Corvane Systems said Lena Okafor would stay on as chief executive through 2027.",
    "Lena Okafor, who joined Corvane Systems in 2015, said sales rose.",
    "Lena Okafor rejected speculation that she might leave Corvane Systems.",
    "Brightmoor Labs hired Lena Okafor in 2019 as its first engineer.",
    "Lena Okafor, an alumna of Corvane Systems, spoke on the panel.",
    "The departure lounge at Corvane Systems's campus was closed.",
    "Lena Okafor stepped down as chair of Corvane Systems but remains chief executive.",
    "Corvane Systems left its forecast unchanged, Lena Okafor said.",
    "Lena Okafor's exit interview with Corvane Systems staff was cordial.",
    # Guards for the rules the positive cases above needed.
    "After leaving the stage, Lena Okafor thanked Corvane Systems.",
    "Before leaving Corvane Systems's booth, Lena Okafor met Brightmoor Labs's chief executive.",
    "The departure of Lena Okafor would hurt Corvane Systems, analysts said.",
    "Corvane Systems lost the Pinecrest Motors and Ostrel Bank contracts to Brightmoor Labs.",
    "Lena Okafor joined Brightmoor Labs as an engineer from university.",
    "Lena Okafor was hired from university by Brightmoor Labs.",
    "Mr. Tomas Brandt said Lena Okafor, head of its chip unit, would leave.",
    "Before joining Brightmoor Labs, Lena Okafor studied at Stanwick University.",
    "Brightmoor Labs was founded by Lena Okafor and Tomas Brandt in 2020.",
    "Brightmoor Labs has hired Tomas Brandt and Ostrel Bank from Corvane Systems.",
    "Shareholders urged Lena Okafor to step down as chief executive of Corvane Systems.",
    "Lena Okafor left Corvane Systems's finance team to head its new audit unit.",
    "Sandeep Rao stepped aside from the microphone at Nuvora Payments.",
    "Sandeep Rao will relinquish his role as chair of Nuvora Payments's board.",
    "Sandeep Rao stepped aside as chief executive of Nuvora Payments and became executive chairman.",
    "Lena Okafor, a former Corvane Systems engineer who now runs Brightmoor Labs, said the market was heating up.",
    "Nuvora Payments has elevated Sandeep Rao to chief executive.",
    "Sandeep Rao has been suspended by Nuvora Payments pending an investigation.",
    "Sandeep Rao stepped in as interim chief executive of Nuvora Payments.",
    "Sandeep Rao has stepped up as chief executive of Nuvora Payments.",
    "Sandeep Rao is leaving no stone unturned at Nuvora Payments.",
    "Sandeep Rao left open the possibility of a sale of Nuvora Payments.",
    "Sandeep Rao put in his papers for a visa before joining Nuvora Payments.",
]

SPECULATION: list[str] = [
    "Lena Okafor could leave Corvane Systems if the merger fails, analysts said.",
    "There is speculation that Lena Okafor may leave Corvane Systems.",
    "Lena Okafor might quit Corvane Systems next year, according to people familiar with the matter.",
]


def _rows(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    return sorted((d.person, d.from_org, d.to_org, d.founded_new_venture) for d in visible(departures(text)))


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_background_departure(text: str, expected: list[Row]) -> None:
    got = _rows(text)
    assert len(got) == len(expected), got
    for person, from_org, to_org, founded in expected:
        assert any(
            g[0] == person and g[1] == from_org and g[2] == to_org and (founded is None or g[3] == founded) for g in got
        ), got


@pytest.mark.parametrize("text", NEGATIVE)
def test_background_no_departure(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize("text", SPECULATION)
def test_speculation_is_not_confirmed(text: str) -> None:
    assert all(d.certainty != "confirmed" for d in departures(text))


PRESUPPOSED: list[str] = [
    "Corvane Systems is reportedly looking for a new finance chief since Lena Okafor's departure in May.",
    "Corvane Systems is reportedly looking for a new finance chief following the resignation of Lena Okafor.",
    "Corvane Systems is in talks with Brightmoor Labs after Lena Okafor resigned.",
]


@pytest.mark.parametrize("text", PRESUPPOSED)
def test_leaving_in_a_temporal_phrase_is_not_hedged_by_the_main_clause(text: str) -> None:
    """A leaving told by "since P's exit" / "after P resigned" is taken for granted; a hedge on
    the main clause ("is reportedly looking for", "is in talks") is not about it."""
    assert [(d.person, d.from_org, d.certainty) for d in visible(departures(text))] == [
        ("Lena Okafor", "Corvane Systems", "confirmed")
    ]


def test_sources_still_hedge_a_temporal_leaving() -> None:
    text = "People familiar with the matter said Corvane Systems could name a successor soon after Lena Okafor's exit."
    assert all(d.certainty != "confirmed" for d in departures(text))
