"""CheckList-style behavioural cases for departures (invented names, own words).

Each case is a sentence in a common news construction and the departures it states as
(person, from_org, to_org, founded_new_venture); founded None means "not asserted here".
Negative cases (a board seat given up, a role change inside the company, a dismissal
reversed, a descriptor "former X executive", sabbaticals, interim roles, denials, "left the
stage") must yield no visible departure. A hire of someone said to have been "previously" at
Y (in the same or the next sentence) is a hiring away from a named employer: a departure from
Y (corpus rules).
"""

from __future__ import annotations

import pytest
from extraction_helpers import departures, visible

Row = tuple[str, str, str | None, bool | None]

POSITIVE: list[tuple[str, list[Row]]] = [
    ("Mara Elvin resigned from Quillon Robotics on Monday.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    ("Mara Elvin has left Quillon Robotics after six years.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "Quillon Robotics said its chief technology officer, Mara Elvin, has stepped down.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin, the chief scientist of Quillon Robotics, quit last week to start her own company.",
        [("Mara Elvin", "Quillon Robotics", None, True)],
    ),
    (
        "Mara Elvin left Quillon Robotics to found Tessaly Labs, a chip startup.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    (
        "Mara Elvin left Quillon Robotics to join Harrow Tide as head of research.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin is leaving Quillon Robotics for rival Harrow Tide.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin departed Quillon Robotics in March and later joined Harrow Tide.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Quillon Robotics confirmed the departure of Mara Elvin, its head of AI.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin's exit from Quillon Robotics was announced on Friday.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin will step down as chief executive of Quillon Robotics at the end of the year.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    ("Mara Elvin is retiring from Quillon Robotics after 30 years.", [("Mara Elvin", "Quillon Robotics", None, False)]),
    ("Quillon Robotics said Mara Elvin would retire in June.", [("Mara Elvin", "Quillon Robotics", None, False)]),
    (
        "Quillon Robotics has parted ways with its chief operating officer, Mara Elvin.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Quillon Robotics fired Mara Elvin, its head of sales, on Tuesday.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    ("Mara Elvin was ousted as chief executive of Quillon Robotics.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "Mara Elvin and Tomas Reyes, two senior engineers, left Quillon Robotics in May.",
        [("Mara Elvin", "Quillon Robotics", None, None), ("Tomas Reyes", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin, Tomas Reyes and Ines Marlow have all left Quillon Robotics.",
        [
            ("Mara Elvin", "Quillon Robotics", None, None),
            ("Tomas Reyes", "Quillon Robotics", None, None),
            ("Ines Marlow", "Quillon Robotics", None, None),
        ],
    ),
    ("Quillon Robotics co-founder Mara Elvin has left the company.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "Mara Elvin, who joined Quillon Robotics in 2019, resigned on Friday.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Quillon Robotics's head of design, Mara Elvin, is departing to launch a startup.",
        [("Mara Elvin", "Quillon Robotics", None, True)],
    ),
    (
        "Mara Elvin quit Quillon Robotics and co-founded Tessaly Labs with two colleagues.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    ("1001 Minds said its chief executive Mara Elvin had resigned.", [("Mara Elvin", "1001 Minds", None, None)]),
    ("Mara Elvin has left Team9 to join Beautiful.AI.", [("Mara Elvin", "Team9", "Beautiful.AI", False)]),
    (
        "Harrow Tide poached Mara Elvin from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide has hired Mara Elvin away from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide lured Mara Elvin from Quillon Robotics to run its robotics unit.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin was poached by Harrow Tide from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide hired Mara Elvin, previously head of AI at Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide has hired Mara Elvin, who previously led research at Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide recruited Quillon Robotics engineers Mara Elvin and Tomas Reyes.",
        [
            ("Mara Elvin", "Quillon Robotics", "Harrow Tide", False),
            ("Tomas Reyes", "Quillon Robotics", "Harrow Tide", False),
        ],
    ),
    (
        "Harrow Tide hired Quillon Robotics's head of AI, Mara Elvin.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin joins Harrow Tide from Quillon Robotics, where she ran the vision team.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin has joined Harrow Tide after eight years at Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Quillon Robotics's former vision chief, Mara Elvin, has joined Harrow Tide.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin, head of AI at Quillon Robotics, is joining Harrow Tide as chief scientist.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide appointed Mara Elvin, the finance chief of Quillon Robotics, as its new CFO.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin has been named chief executive of Harrow Tide after nine years at Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide has hired the three co-founders of Quillon Robotics, Mara Elvin, Tomas Reyes and Ines Marlow.",
        [
            ("Mara Elvin", "Quillon Robotics", "Harrow Tide", False),
            ("Tomas Reyes", "Quillon Robotics", "Harrow Tide", False),
            ("Ines Marlow", "Quillon Robotics", "Harrow Tide", False),
        ],
    ),
    (
        "Mara Elvin, who until last month ran Quillon Robotics's research arm, has set up Tessaly Labs.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    (
        "Tessaly Labs was founded by Mara Elvin, who previously led research at Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    (
        "Harrow Tide snapped up Mara Elvin from Quillon Robotics last week.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide said it had hired Mara Elvin from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin is moving to Harrow Tide from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin is expected to leave Quillon Robotics, people familiar with the matter said.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        '"I have decided to leave Quillon Robotics," Mara Elvin said in a post.',
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Harrow Tide has appointed Mara Elvin as chief technology officer. "
        "She previously led robotics at Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin, the former chief executive of Quillon Robotics, has launched a new venture called Tessaly Labs.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    ("QUILLON EXIT: Mara Elvin quits Quillon Robotics.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "SAN FRANCISCO (Reuters) - Mara Elvin has resigned as chief executive of Quillon Robotics, "
        "the company said on Monday.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Quillon Robotics announced that its chief financial officer, Mara Elvin, will leave the company in June.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Quillon Robotics lost its head of AI, Mara Elvin, to Harrow Tide this week.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin has left Quillon Robotics. She is joining Harrow Tide as head of research.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin has left Quillon Robotics. She plans to start her own company.",
        [("Mara Elvin", "Quillon Robotics", None, True)],
    ),
    (
        "Mara Elvin, who led the vision team at Quillon Robotics, has departed to co-found Tessaly Labs.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    (
        "Quillon Robotics is losing Mara Elvin, its chief operating officer, who is retiring at the end of March.",
        [("Mara Elvin", "Quillon Robotics", None, False)],
    ),
    (
        "Mara Elvin, who left Quillon Robotics in 2015, said the new rules would help startups.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin, Quillon Robotics's former chief scientist, has joined Harrow Tide.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide has brought on Mara Elvin, who spent a decade at Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin is stepping down from Quillon Robotics to focus on her family.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin exited Quillon Robotics last year and started Tessaly Labs.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    (
        "Mara Elvin, co-founder of Quillon Robotics, is leaving to build a new AI lab.",
        [("Mara Elvin", "Quillon Robotics", None, True)],
    ),
    (
        "Quillon Robotics said Mara Elvin and Tomas Reyes would leave at the end of the month.",
        [("Mara Elvin", "Quillon Robotics", None, None), ("Tomas Reyes", "Quillon Robotics", None, None)],
    ),
    (
        "Harrow Tide's new chief scientist, Mara Elvin, comes from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin, the new chief executive of Harrow Tide, came from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide hired away Mara Elvin from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin has been hired by Harrow Tide from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Harrow Tide has hired two Quillon Robotics researchers, Mara Elvin and Tomas Reyes.",
        [
            ("Mara Elvin", "Quillon Robotics", "Harrow Tide", False),
            ("Tomas Reyes", "Quillon Robotics", "Harrow Tide", False),
        ],
    ),
    (
        "Mara Elvin handed in her resignation to Quillon Robotics on Friday.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    ("Mara Elvin was dismissed by Quillon Robotics last week.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "Quillon Robotics announced Mara Elvin's resignation on Friday.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "The resignation of Mara Elvin, Quillon Robotics's chief executive, was announced on Friday.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    ("Mara Elvin left Quillon Robotics's AI lab in May.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "Mara Elvin left Quillon Robotics's robotics team to join Harrow Tide.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin, who was Quillon Robotics's head of AI until March, has joined Harrow Tide.",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin has left Quillon Robotics after five years, the company confirmed.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Quillon Robotics confirmed that Mara Elvin is no longer with the company.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    ("Mara Elvin has stepped away from Quillon Robotics.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    ("Mara Elvin is out as chief executive of Quillon Robotics.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "Quillon Robotics CTO Mara Elvin departs for Harrow Tide",
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    ("Mara Elvin, 54, resigned from Quillon Robotics on Monday.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    ("Dr. Mara Elvin resigned from Quillon Robotics on Monday.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "Quillon Robotics' chief executive Mara Elvin resigned on Monday.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Quillon Robotics is looking for a new finance chief after Mara Elvin left in May.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin ended her eight-year tenure at Quillon Robotics in June.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin and Tomas Reyes are joining Harrow Tide's AI unit from Quillon Robotics.",
        [
            ("Mara Elvin", "Quillon Robotics", "Harrow Tide", False),
            ("Tomas Reyes", "Quillon Robotics", "Harrow Tide", False),
        ],
    ),
    (
        "Mara Elvin will depart Quillon Robotics at the end of the year and start a new one.",
        [("Mara Elvin", "Quillon Robotics", None, True)],
    ),
    (
        (
            "Quillon Robotics said on Tuesday that Mara Elvin would step down. Elvin, who "
            "founded the company's AI lab, will join Harrow Tide."
        ),
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin is leaving Quillon Robotics. Elvin plans to start her own company.",
        [("Mara Elvin", "Quillon Robotics", None, True)],
    ),
    (
        (
            "Harrow Tide said it had hired Mara Elvin. Elvin spent six years at Quillon "
            "Robotics, most recently as head of AI."
        ),
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        (
            "Tessaly Labs, a startup founded last year by former Quillon Robotics researchers "
            "Mara Elvin and Tomas Reyes, sells vision chips."
        ),
        [
            ("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True),
            ("Tomas Reyes", "Quillon Robotics", "Tessaly Labs", True),
        ],
    ),
    ("Mara Elvin (pictured) has resigned from Quillon Robotics.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        (
            "Quillon Robotics chief executive Mara Elvin will step down in March, the company "
            "said in a statement on Tuesday. She will be replaced by Tomas Reyes."
        ),
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Quillon Robotics hired Tomas Reyes to replace Mara Elvin, who left in January.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin, Quillon Robotics's longtime chief financial officer, is retiring.",
        [("Mara Elvin", "Quillon Robotics", None, False)],
    ),
    ("After a decade at Quillon Robotics, Mara Elvin is moving on.", [("Mara Elvin", "Quillon Robotics", None, None)]),
    (
        "Mara Elvin, the Quillon Robotics co-founder who left last year, has started Tessaly Labs.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    (
        "Quillon Robotics reinstated its dividend after Mara Elvin resigned.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin resigned from Quillon Robotics. The company later brought back its old logo.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Quillon Robotics's Mara Elvin and Harrow Tide's Tomas Reyes both left in May.",
        [("Mara Elvin", "Quillon Robotics", None, None), ("Tomas Reyes", "Harrow Tide", None, None)],
    ),
    (
        (
            "Quillon Robotics said Mara Elvin, its head of AI, would leave to join Harrow "
            "Tide, which is backed by Orrin Capital."
        ),
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    (
        "Mara Elvin, formerly of Harrow Tide, has resigned from Quillon Robotics.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin left Quillon Robotics, where she had worked since 2015, in March.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        (
            "Mara Elvin, the former Harrow Tide executive who became Quillon Robotics's chief "
            "executive in 2021, resigned on Monday."
        ),
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        "Mara Elvin, a former Harrow Tide engineer, quit Quillon Robotics to start Tessaly Labs.",
        [("Mara Elvin", "Quillon Robotics", "Tessaly Labs", True)],
    ),
    (
        ("Mara Elvin was appointed acting chief executive of Quillon Robotics after Tomas Reyes resigned."),
        [("Tomas Reyes", "Quillon Robotics", None, None)],
    ),
    (
        ("Quillon Robotics has named Tomas Reyes interim chief executive following the resignation of Mara Elvin."),
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        (
            "Mara Elvin, who stepped down as Quillon Robotics's chief executive in March, has "
            "joined Harrow Tide as an adviser."
        ),
        [("Mara Elvin", "Quillon Robotics", "Harrow Tide", False)],
    ),
    pytest.param(
        "Harrow Tide named Mara Elvin, until recently a partner at Orrin Capital, as its finance chief.",
        [("Mara Elvin", "Orrin Capital", "Harrow Tide", False)],
        marks=pytest.mark.xfail(
            strict=True, reason="'X named P as its CFO': 'named' is not read as hiring (too often 'named one of ...')"
        ),
    ),
    (
        "Quillon Robotics, whose chief executive Mara Elvin resigned last week, said sales rose.",
        [("Mara Elvin", "Quillon Robotics", None, None)],
    ),
    (
        ("Harrow Tide appointed Mara Elvin, until recently a partner at Orrin Capital, as its finance chief."),
        [("Mara Elvin", "Orrin Capital", "Harrow Tide", False)],
    ),
]

NEGATIVE: list[str] = [
    "Mara Elvin stepped down from the board of Quillon Robotics but remains its chief scientist.",
    "Mara Elvin stepped down as chair of Quillon Robotics's audit committee.",
    "Mara Elvin stepped down as chief executive of Quillon Robotics and became executive chairman.",
    "Quillon Robotics promoted Mara Elvin to chief operating officer.",
    "Quillon Robotics named Mara Elvin its new president, replacing Tomas Reyes, who will remain chairman.",
    "Mara Elvin, a former Quillon Robotics executive, said the market was cooling.",
    "Former Quillon Robotics engineer Mara Elvin spoke at the conference on Thursday.",
    "Harrow Tide, founded by a former Quillon Robotics executive, sells warehouse robots.",
    "Harrow Tide hired 200 engineers last year.",
    "Mara Elvin left the stage to applause after her keynote at the Quillon Robotics event.",
    "Mara Elvin left Berlin for San Francisco in 2020.",
    "Mara Elvin denied reports that she would leave Quillon Robotics.",
    "Quillon Robotics said Mara Elvin has no plans to leave the company.",
    "Mara Elvin is taking a six-month sabbatical from Quillon Robotics and will return in the spring.",
    "Mara Elvin will serve as interim chief executive of Quillon Robotics while the board searches for a successor.",
    "Quillon Robotics fired Mara Elvin on Monday but reinstated her two days later.",
    "Mara Elvin left a comment on the Quillon Robotics forum.",
    "Quillon Robotics said the departure of customers hurt its revenue.",
    "Mara Elvin joined Quillon Robotics in 2015 as an engineer.",
    "Mara Elvin was previously head of AI at Quillon Robotics.",
    "Harrow Tide hired Mara Elvin as a consultant last year.",
    "Quillon Robotics moved Mara Elvin to its cloud unit.",
    "Mara Elvin was promoted to chief executive of Quillon Robotics after Tomas Reyes stepped down as "
    "chief executive and became chairman.",
    "Mara Elvin will return to Quillon Robotics after a sabbatical.",
    "Quillon Robotics said it would not replace Mara Elvin, who remains chief executive.",
    "Mara Elvin has been named interim chief executive of Quillon Robotics.",
    "Quillon Robotics hired Mara Elvin in 2018 as a product manager.",
    "Mara Elvin left her phone at the Quillon Robotics office.",
    "Mara Elvin left Quillon Robotics's annual meeting early.",
    "Quillon Robotics recruited 50 engineers from Harrow Tide.",
    "Mara Elvin stepped down from Quillon Robotics's board but will stay on as an adviser.",
    "Mara Elvin moved to London to open Quillon Robotics's new office.",
    "Mara Elvin, formerly of Quillon Robotics, commented on the report.",
    "Harrow Tide's chief executive Mara Elvin, a former Quillon Robotics executive, announced the results.",
    "Quillon Robotics has lost 20 percent of its value to Harrow Tide's gains.",
    "Harrow Tide lost the contract to Quillon Robotics last year.",
    "Mara Elvin left Quillon Robotics's headquarters at noon.",
    "Mara Elvin was hired by Quillon Robotics in 2010.",
    "Passengers left the departure lounge at Quillon Robotics's airport terminal.",
    "Quillon Robotics said it expects no departures from its leadership team.",
    "Mara Elvin has no intention of leaving Quillon Robotics, she said.",
    "Mara Elvin joined Quillon Robotics's board in 2021.",
    "Mara Elvin moved from the sales team to the product team at Quillon Robotics.",
    "Mara Elvin is out as a speaker at the Quillon Robotics conference.",
    "Mara Elvin stepped away from the microphone at Quillon Robotics.",
    "Quillon Robotics lost its chief executive, Mara Elvin, to cancer last year.",
    "Quillon Robotics fired Mara Elvin on Monday. Two days later the board reversed its decision to fire her.",
    "Mara Elvin was ousted as chief executive of Quillon Robotics on Friday. She was reinstated on Sunday.",
    "Most of Harrow Tide's revenue comes from Quillon Robotics.",
    "Mara Elvin, Harrow Tide's chief executive, said the idea came from Quillon Robotics.",
    "Mara Elvin takes a leave of absence from Quillon Robotics.",
    "Quillon Robotics said Mara Elvin would remain in her role until a successor is found.",
    "Harrow Tide appointed Mara Elvin to its board of directors.",
    "Mara Elvin was hired by Quillon Robotics as a contractor last month.",
]


def _rows(text: str) -> list[Row]:
    return sorted((d.person, d.from_org, d.to_org, d.founded_new_venture) for d in visible(departures(text)))


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_departure_constructions(text: str, expected: list[Row]) -> None:
    got = _rows(text)
    assert len(got) == len(expected), got
    for person, from_org, to_org, founded in expected:
        assert any(
            g[0] == person and g[1] == from_org and g[2] == to_org and (founded is None or g[3] == founded) for g in got
        ), got


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_departure(text: str) -> None:
    assert _rows(text) == []


def test_hedged_leaving_is_not_confirmed() -> None:
    deps = departures("Analysts said Mara Elvin could leave Quillon Robotics if the deal fails.")
    assert all(d.certainty != "confirmed" for d in deps)
