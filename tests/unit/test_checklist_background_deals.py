"""CheckList cases for deals mentioned in passing, stakes, talks and role fillers (invented text).

Real outlets mention most deals as background: in a relative clause ("X, which raised $20m
last year, ..."), a noun phrase ("since its $2bn purchase of X") or a participle ("X,
acquired by Z in 2020, ..."). Each case gives the key fields; slot cases give the scored
fields too. Negative cases keep the rules honest: every rule has one.
"""

from __future__ import annotations

import pytest
from extraction_helpers import run, visible

from newsfold.domain.events import Acquisition, Funding

# (body, expected funding companies, one entry per event)
FUNDING = [
    # background rounds in relative clauses, participles and noun phrases
    ("Tamsin Labs, which raised $20m last year from Orrin Partners and Ferro Capital, is hiring.", ["Tamsin Labs"]),
    ("Following its $50 million Series B in 2022, Tamsin Labs opened an office in Austin.", ["Tamsin Labs"]),
    ("Tamsin Labs has doubled its staff since its $50 million Series B in 2022.", ["Tamsin Labs"]),
    ("Tamsin Labs, backed by Orrin Partners and Ferro Capital, raised $12 million in a bridge round.", ["Tamsin Labs"]),
    ("Tamsin Labs bagged $3 million in a pre-seed round led by Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs has mopped up $12 million in fresh funding.", ["Tamsin Labs"]),
    ("Tamsin Labs has secured an undisclosed amount in strategic investment from Harrow Tide.", ["Tamsin Labs"]),
    ("Tamsin Labs received a strategic investment from Harrow Tide.", ["Tamsin Labs"]),
    ("The investment in Tamsin Labs was led by Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs raised $4 million in a Series A extension.", ["Tamsin Labs"]),
    ("In a round co-led by Orrin Partners and Ferro Capital, Tamsin Labs raised $12 million.", ["Tamsin Labs"]),
    ("Tamsin Labs's $12 million seed round, led by Orrin Partners, closed in May.", ["Tamsin Labs"]),
    ("Orrin Partners' investment in Tamsin Labs was its largest this year.", ["Tamsin Labs"]),
    ("Tamsin Labs raised $3 million in a bridge round ahead of its Series B.", ["Tamsin Labs"]),
    ("Tamsin Labs has closed a $12 million round co-led by Orrin Partners and Ferro Capital.", ["Tamsin Labs"]),
    (
        "Tamsin Labs landed $12 million from investors including Orrin Partners, its chief executive said.",
        ["Tamsin Labs"],
    ),
    ("Orrin Partners-backed Tamsin Labs said on Monday it had closed a $12 million round.", ["Tamsin Labs"]),
    ("Tamsin Labs announced it has raised $12 million in an investment led by Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs, which counts Orrin Partners among its investors, has raised $12 million.", ["Tamsin Labs"]),
    # investors, earlier backers and former employers are not the company
    ("Tamsin Labs raised $12 million from Orrin Partners, an early backer of Quillon Robotics.", ["Tamsin Labs"]),
    ("Orrin Partners, which also backs Quillon Robotics, led Tamsin Labs' $12 million round.", ["Tamsin Labs"]),
    ("Tamsin Labs, founded by former Harrow Tide engineers, has raised $12 million.", ["Tamsin Labs"]),
    ("Founded by two former Harrow Tide researchers, Tamsin Labs has raised $12 million.", ["Tamsin Labs"]),
    (
        "Mara Elvin, who left Harrow Tide in 2021 to start Tamsin Labs, said the startup raised $12 million.",
        ["Tamsin Labs"],
    ),
    # other markets' phrasing
    ("Tamsin Labs has raised Rs 40 crore in a Series A round led by Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs said Tuesday it attracted 10 billion won in Series B investment.", ["Tamsin Labs"]),
    ("Tamsin Labs has completed a Series A+ financing round of nearly 100 million yuan.", ["Tamsin Labs"]),
    ("Tamsin Labs completed a 100 million yuan Pre-A round led by Orrin Partners.", ["Tamsin Labs"]),
    (
        "Tel Aviv-based Tamsin Labs has raised $12 million in a seed round led by Orrin Partners, "
        "with participation from Ferro Capital.",
        ["Tamsin Labs"],
    ),
    # names
    ("Kinetiq has raised $8 million in seed funding.", ["Kinetiq"]),
    ("Moxa3D raised $8 million in a seed round.", ["Moxa3D"]),
    ("Nuvo.io has raised $8 million in a seed round.", ["Nuvo.io"]),
    # cumulative totals next to a round
    (
        "Tamsin Labs has raised $30 million in a Series B round led by Orrin Partners. "
        "The startup has raised $45 million to date.",
        ["Tamsin Labs"],
    ),
    ("Tamsin Labs, which has raised $90 million to date, has raised $30 million in a Series C.", ["Tamsin Labs"]),
    ("Tamsin Labs has raised $90 million to date.", ["Tamsin Labs"]),
    # mini articles
    (
        "Tamsin Labs has raised $30 million in a Series B round led by Orrin Partners. Ferro Capital and "
        "Kelp Ventures also took part. The round brings the total the startup has raised to $45 million.",
        ["Tamsin Labs"],
    ),
    (
        "Harrow Tide has acquired Quillon Robotics for $400 million. Quillon Robotics, which raised $50 million "
        "in a Series B led by Orrin Partners in 2022, makes inspection drones.",
        ["Quillon Robotics"],
    ),
    (
        "Quillon Robotics said Wednesday that it has attracted 15 billion won ($11 million) in a Series B round. "
        "The round was led by Orrin Partners, with Ferro Capital participating.",
        ["Quillon Robotics"],
    ),
    (
        "Tamsin Labs makes farm drones. The startup, which raised $20 million last year from Orrin Partners, "
        "said sales doubled.",
        ["Tamsin Labs"],
    ),
    ("Tamsin Labs has bagged funding from Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs mopped up $12 million from Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs closed a $5 million extension of its Series A.", ["Tamsin Labs"]),
    ("Tamsin Labs, a portfolio company of Orrin Partners, raised $12 million in a Series A.", ["Tamsin Labs"]),
    ("Mara Elvin, a former Harrow Tide executive, founded Tamsin Labs, which has raised $12 million.", ["Tamsin Labs"]),
    (
        "Tamsin Labs, founded in 2020 by former Harrow Tide and Quillon Robotics engineers, raised $12 million.",
        ["Tamsin Labs"],
    ),
    ("Founded by Mara Elvin and Tom Hale, Tamsin Labs has raised $12 million.", ["Tamsin Labs"]),
    ("Harrow Tide made a strategic investment in Tamsin Labs.", ["Tamsin Labs"]),
    ("Harrow Tide has made a $30 million investment in Tamsin Labs.", ["Tamsin Labs"]),
    ("Tamsin Labs has completed an angel round worth tens of millions of yuan.", ["Tamsin Labs"]),
    (
        "Tamsin Labs raised $12 million in Series A funding, bringing its total funding to $20 million. "
        "Tamsin Labs previously raised $8 million in seed funding in 2022.",
        ["Tamsin Labs", "Tamsin Labs"],
    ),
    ("Delivery startup zipp has raised $8 million in seed funding.", ["zipp"]),
    (
        "Tamsin Labs, a Singapore-based fintech, announced on Tuesday that it has raised US$15 million in a "
        "Series B funding round.",
        ["Tamsin Labs"],
    ),
    (
        "Tamsin Labs on Tuesday said it had raised $15 million from a clutch of investors led by Orrin Partners.",
        ["Tamsin Labs"],
    ),
    ("Orrin Partners has led a $15 million Series B investment in Tamsin Labs.", ["Tamsin Labs"]),
    (
        "Tamsin Labs has secured investment from Orrin Partners, the company said, without disclosing the amount.",
        ["Tamsin Labs"],
    ),
    ("Tamsin Labs has secured backing from Orrin Partners and Ferro Capital.", ["Tamsin Labs"]),
    ("Tamsin Labs got a $15 million cash injection from Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs, an Orrin Partners portfolio company, raised $15 million.", ["Tamsin Labs"]),
    ("Tamsin Labs has raised NIS 50 million from Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs — which makes farm drones — raised $15 million.", ["Tamsin Labs"]),
    ("Tamsin Labs makes farm drones. It raised $15 million from Orrin Partners last year.", ["Tamsin Labs"]),
    ("Last year, Tamsin Labs raised $15 million from Orrin Partners.", ["Tamsin Labs"]),
    ("Tamsin Labs' backers include Orrin Partners, which led its $15 million Series A in 2022.", ["Tamsin Labs"]),
    ("Harrow Tide's venture arm, Kelp Ventures, led Tamsin Labs' $15 million Series A.", ["Tamsin Labs"]),
    (
        "The Series B round, which brings Tamsin Labs' total funding to $40 million, was led by Orrin Partners.",
        ["Tamsin Labs"],
    ),
    (
        "Kelp Systems, a Seoul-based chip designer, said Monday it has secured 30 billion won in a Series C round. "
        "The round was led by Orrin Partners, with Ferro Capital and Harrow Tide participating. The company plans "
        "to use the funds to expand. Kelp Systems has raised a total of 60 billion won since its founding in 2018.",
        ["Kelp Systems"],
    ),
    ("Orrin Partners invested in Quillon Robotics' seed round in 2019.", ["Quillon Robotics"]),
    ("Tamsin Labs secures $5M to scale AI tutoring", ["Tamsin Labs"]),
    ("Orrin Partners leads $5M seed round in Tamsin Labs", ["Tamsin Labs"]),
    ("Orrin Partners has doubled down on Kelp Systems, leading its $20 million Series B.", ["Kelp Systems"]),
    (
        "SAN FRANCISCO, March 3, 2026 /PRNewswire/ -- Kelp Systems, the leading platform for drone inspections, "
        "today announced it has raised $30 million in Series B funding led by Orrin Partners. The round also "
        "included participation from existing investors Ferro Capital and Harrow Tide. About Orrin Partners: "
        "Orrin Partners is a venture capital firm with $2 billion under management.",
        ["Kelp Systems"],
    ),
    (
        "Kelp Systems has raised $30 million. The company previously raised $10 million in a Series A round "
        "in 2023 led by Ferro Capital.",
        ["Kelp Systems", "Kelp Systems"],
    ),
    (
        "Kelp Systems was founded in 2018 by Mara Elvin and Tom Hale and has raised $60 million to date from "
        "investors including Orrin Partners. Its last round, a $40 million Series B, was led by Orrin Partners "
        "in 2022.",
        ["Kelp Systems"],
    ),
    (
        "China's so-called AI tigers, including Kelpo, Brisko AI, Tamsa and Quilmo, have all raised large rounds "
        "from tech giants over the past year.",
        ["Brisko AI", "Kelpo", "Quilmo", "Tamsa"],
    ),
    ("Harrow Tide has invested in Kelpo, Brisko AI and Tamsa.", ["Brisko AI", "Kelpo", "Tamsa"]),
    ("Harrow Tide has also invested in Kelpo and Brisko AI.", ["Brisko AI", "Kelpo"]),
    ("Lab 31 has raised $5 million in seed funding.", ["Lab 31"]),
    # negatives: money that is not a round
    ("Tamsin Labs is now valued at $2 billion.", []),
    ("Tamsin Labs sold $500 million of bonds to fund its expansion.", []),
    ("Tamsin Labs signed a $200 million revolving credit facility with three banks.", []),
    ("Tamsin Labs received a $2 million licence fee from Harrow Tide.", []),
    ("Tamsin Labs paid a $3 million licence fee to Harrow Tide.", []),
    ("Tamsin Labs' revenue rose to $30 million.", []),
    ("Tamsin Labs secured $30 million in orders from carmakers.", []),
    ("Tamsin Labs won a $30 million contract from the navy.", []),
    ("Tamsin Labs landed a $30 million order from Harrow Tide.", []),
    ("Tamsin Labs generated $30 million in revenue last year.", []),
    ("Tamsin Labs's valuation rose to $2 billion after the deal.", []),
    ("Tamsin Labs secured $30 million in sales in its first year.", []),
    ("Tamsin Labs received $30 million in payments from customers.", []),
    ("Harrow Tide bought a 20% stake in Quillon Robotics for $300 million.", []),
    ("Harrow Tide will take a 48.5% stake in Quillon Robotics by subscribing to new shares.", []),
    ("Tamsin Labs closed the quarter with $30 million in cash.", []),
    ("Harrow Tide's shares fell after its $2 billion bond sale.", []),
    ("Harrow Tide said its $300 million fund will back ten startups.", []),
    ("Tamsin Labs plans to spend its $12 million budget on hiring.", []),
    ("The startup, which raised $20 million last year, said sales doubled.", []),
    ("Harrow Tide made a $2 billion investment in its factories.", []),
    ("Harrow Tide made a strategic investment in Tamsin Labs, taking a 10% stake.", []),
    ("Harrow Tide has made a $30 million investment in Tamsin Labs in exchange for a 12% stake.", []),
    ("Tamsin Labs secured backing for its plan from the city council.", []),
    ("Orrin Partners, which led its $15 million fund in 2022, backs Tamsin Labs.", []),
    ("Quillon Robotics' investors include Orrin Partners, Ferro Capital and Harrow Tide.", []),
    ("Harrow Tide completes $2bn Quillon Robotics acquisition", []),
    ("Investors including Harrow Tide and Orrin Capital have raised their bets on AI.", []),
    ("Rivals, including Kelpo and Brisko AI, have raised prices.", []),
    ("Harrow Tide has invested in Kelpo's rival.", []),
    ("Harrow Tide has invested in new factories.", []),
    ("Harrow Tide invested in Kelpo for a 10% stake.", []),
    ("Tamsin Labs raised $30 million in an initial coin offering that regulators later halted.", None),
]

# (body, expected (acquirer, target) pairs)
ACQUISITION = [
    (
        "Harrow Tide has expanded in Europe since its $2 billion purchase of Quillon Robotics.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Since its $2 billion purchase of Quillon Robotics, Harrow Tide has expanded in Europe.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Quillon Robotics, which Harrow Tide acquired in 2019 for $300 million, is hiring.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Quillon Robotics was acquired by Harrow Tide for $300 million in 2020.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Quillon Robotics, acquired by Harrow Tide for $300 million in 2020, makes drones.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Quillon Robotics was acquired in 2020 by Harrow Tide.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide's 2021 takeover of Quillon Robotics doubled its sales.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "After Harrow Tide bought a 20% stake in Quillon Robotics last year, the two firms launched a drone.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide is in talks to buy Quillon Robotics for about $12 billion, people familiar with the matter said.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide will take a 48.5% stake in Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide raised its stake in Quillon Robotics to 30%.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide will take a 25% stake in Quillon Robotics by subscribing to new shares.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide agreed to buy Quillon Robotics in a deal that valued the startup at $2 billion.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide said on Monday it had agreed to acquire Seoul-based Quillon Robotics for 300 billion won.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide has acquired Quillon Robotics from Ferro Capital Fund III for $400 million.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide snapped up a 10% stake in Quillon Robotics for $50 million last year.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide has agreed to acquire a majority stake in Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide, which bought Tamsin Labs for $300 million in 2021, has now agreed to acquire Quillon Robotics.",
        [("Harrow Tide", "Quillon Robotics"), ("Harrow Tide", "Tamsin Labs")],
    ),
    ("Harrow Tide acquired Quillon Robotics for an undisclosed sum.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide completed the acquisition of a 60% stake in Quillon Robotics.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide is buying Quillon Robotics, the companies said in a statement.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide is considering buying Quillon Robotics, sources said.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide is exploring an acquisition of Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide paid $300 million for a 20% stake in Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Ferro Capital, a private equity fund, sold Quillon Robotics to Harrow Tide for $400 million.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Vextra has acquired Quillon Robotics.", [("Vextra", "Quillon Robotics")]),
    ("Harrow Tide has acquired Nuvo.io for $40 million.", [("Harrow Tide", "Nuvo.io")]),
    (
        "Harrow Tide said it would buy Quillon Robotics for $2 billion. Harrow Tide acquired Tamsin Labs in 2021 "
        "for $300 million. The deal is expected to close in the third quarter.",
        [("Harrow Tide", "Quillon Robotics"), ("Harrow Tide", "Tamsin Labs")],
    ),
    (
        "Quillon Robotics makes drones. Harrow Tide bought the startup in 2019 for $300 million.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide will acquire Quillon Robotics, the deal, first reported by Tickline, is worth $2 billion.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Orrin Partners-backed Tamsin Labs agreed to buy Quillon Robotics.", [("Tamsin Labs", "Quillon Robotics")]),
    (
        "Ferro Capital agreed to take Quillon Robotics private in a $3 billion deal.",
        [("Ferro Capital", "Quillon Robotics")],
    ),
    ("Quillon Robotics has been taken private by Ferro Capital.", [("Ferro Capital", "Quillon Robotics")]),
    ("Harrow Tide upped its stake in Quillon Robotics to 35%.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide, whose $2 billion purchase of Quillon Robotics closed in May, is hiring.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide made a strategic investment in Tamsin Labs, taking a 10% stake.", [("Harrow Tide", "Tamsin Labs")]),
    (
        "Quillon Robotics became part of Harrow Tide after a $2 billion deal in 2021.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Harrow Tide merged Quillon Robotics into its drone unit after buying it for $300 million.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide completed its $2 billion acquisition of Quillon Robotics.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide's Korean unit Kelp Systems has acquired Quillon Robotics.", [("Kelp Systems", "Quillon Robotics")]),
    ("Harrow Tide buys Quillon Robotics in $2 billion deal", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Harrow Tide has signed a definitive agreement to acquire Quillon Robotics.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Quillon Robotics was snapped up by Harrow Tide in 2019.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "The acquisition of Quillon Robotics, which Harrow Tide announced in March, closed on Friday.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Quillon Robotics will become a wholly owned subsidiary of Harrow Tide.", [("Harrow Tide", "Quillon Robotics")]),
    (
        "Quillon Robotics' owner, Ferro Capital, sold the company to Harrow Tide for $400 million.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "In 2021, Harrow Tide acquired Quillon Robotics for $1.2 billion, and a year later it bought Tamsin Labs.",
        [("Harrow Tide", "Quillon Robotics"), ("Harrow Tide", "Tamsin Labs")],
    ),
    (
        "Quillon Robotics bought Tamsin Labs in 2020, and it later bought Kelp Systems.",
        [("Quillon Robotics", "Kelp Systems"), ("Quillon Robotics", "Tamsin Labs")],
    ),
    (
        "Quillon Robotics makes drones. The company, which was acquired by Harrow Tide in 2019, employs 300 people.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    (
        "Quillon Robotics raised $20 million in 2021 from Orrin Partners. Harrow Tide bought it two years later "
        "for $300 million.",
        [("Harrow Tide", "Quillon Robotics")],
    ),
    ("Harrow Tide completes Quillon Robotics acquisition", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide's Quillon Robotics acquisition closed in May.", [("Harrow Tide", "Quillon Robotics")]),
    ("Harrow Tide will make Kelp Systems a wholly owned subsidiary.", [("Harrow Tide", "Kelp Systems")]),
    ("Harrow Tide will take full ownership of Kelp Systems.", [("Harrow Tide", "Kelp Systems")]),
    ("Harrow Tide will take control of Kelp Systems.", [("Harrow Tide", "Kelp Systems")]),
    ("Kelp Systems shareholders approved its sale to Harrow Tide.", [("Harrow Tide", "Kelp Systems")]),
    ("Kelp Systems' $2 billion sale to Harrow Tide closed in May.", [("Harrow Tide", "Kelp Systems")]),
    ("Harrow Tide is nearing a deal to acquire Kelp Systems.", [("Harrow Tide", "Kelp Systems")]),
    (
        "Harrow Tide has been on a buying spree, having acquired Tamsin Labs in 2022 and a 20 percent stake in "
        "Quillon Robotics last year.",
        [("Harrow Tide", "Quillon Robotics"), ("Harrow Tide", "Tamsin Labs")],
    ),
    (
        "Drone inspection startup Kelp Systems has raised $42 million in a Series B round. The financing comes a "
        "year after Kelp Systems acquired Brisk Analytics, a small computer-vision company, for an undisclosed sum. "
        "Quillon Robotics itself was bought by Harrow Tide in 2021 for $1.1 billion.",
        [("Harrow Tide", "Quillon Robotics"), ("Kelp Systems", "Brisk Analytics")],
    ),
    ("Harrow Tide invested in Kelpo for a 10% stake.", [("Harrow Tide", "Kelpo")]),
    ("Harrow Tide has acquired Cell 9 for $40 million.", [("Harrow Tide", "Cell 9")]),
    ("Brisko raised $5 million in 2021. Vextra acquired the company in 2023.", [("Vextra", "Brisko")]),
    ("Harrow Tide is said to be weighing an offer for Kelp Systems.", [("Harrow Tide", "Kelp Systems")]),
    ("Harrow Tide has acquired fintech startup payzo.", [("Harrow Tide", "payzo")]),
    # negatives
    ("Harrow Tide paid a $5 million licence fee to Quillon Robotics.", []),
    ("Harrow Tide, which has invested in Quillon Robotics, reported revenue of $2 billion.", []),
    ("Harrow Tide bought $2 billion of bonds issued by Quillon Robotics.", []),
    ("Harrow Tide sold its stake in Quillon Robotics last year.", []),
    ("Harrow Tide owns 30% of Quillon Robotics.", []),
    ("Quillon Robotics is 30%-owned by Harrow Tide.", []),
    ("Harrow Tide bought advertising on Quillon Robotics' platform.", []),
    ("Harrow Tide acquired a licence from Quillon Robotics.", []),
    ("Harrow Tide has invested $300 million in Quillon Robotics.", []),
    ("Harrow Tide led a $30 million round in Quillon Robotics.", []),
    ("Harrow Tide is a shareholder in Quillon Robotics.", []),
    ("Quillon Robotics became part of Harrow Tide's supply chain.", []),
    ("Quillon Robotics became a partner of Harrow Tide.", []),
    ("The acquisition of Quillon Robotics, which Harrow Tide opposed, collapsed.", []),
    ("Harrow Tide announced a Quillon Robotics purchase order for 500 drones.", []),
    ("Harrow Tide makes chips. Harrow Tide bought it in 2019.", []),
    ("Mara Elvin founded the app in 2019. Harrow Tide bought it last year.", []),
    ("The company, which was acquired by Harrow Tide in 2019, employs 300 people.", []),
    ("Harrow Tide will make Kelp Systems a partner.", []),
    ("Harrow Tide lost control of its supply chain to Kelp Systems.", []),
    ("Harrow Tide's sales to Kelp Systems rose 10%.", []),
    ("Kelp Systems, in which Harrow Tide holds a 20% stake, raised $10 million.", []),
    ("Kelp Systems has agreed to merge with Harrow Tide in an all-stock deal.", []),
    ("Mara Elvin joined in 2021. Vextra acquired the company in 2023.", []),
    ("Harrow Tide made an offer for Kelp Systems' drone unit.", []),
    ("Harrow Tide took Quillon Robotics public in 2019.", []),
    ("Quillon Robotics said data acquired by Harrow Tide in 2020 was lost.", []),
    ("Quillon Robotics' drones were bought in 2020 by Harrow Tide.", []),
    ("Harrow Tide completed the sale of a 60% stake in Quillon Robotics.", []),
    ("Harrow Tide will not pay $300 million for a 20% stake in Quillon Robotics.", []),
    ("Quillon Robotics makes drones. Harrow Tide bought the company's drones in 2019.", []),
    ("Harrow Tide bought the company in 2019.", []),
    ("Harrow Tide invested in Tamsin Labs, taking part in its Series A.", []),
    ("Harrow Tide rejected talks to buy Quillon Robotics.", []),
]

# (body, company, amount, currency, round)
FUNDING_SLOTS = [
    (
        "Tamsin Labs, which has raised $90 million to date, has raised $30 million in a Series C.",
        "Tamsin Labs",
        30e6,
        "USD",
        "Series C",
    ),
    ("Tamsin Labs raised $20 million, bringing its valuation to $300 million.", "Tamsin Labs", 20e6, "USD", None),
    ("Tamsin Labs, whose revenue reached $20 million last year, raised $5 million.", "Tamsin Labs", 5e6, "USD", None),
    (
        "Tamsin Labs raised $12 million in Series A funding and signed a $50 million credit facility.",
        "Tamsin Labs",
        12e6,
        "USD",
        "Series A",
    ),
    (
        "Tamsin Labs has secured an undisclosed amount in strategic investment from Harrow Tide.",
        "Tamsin Labs",
        None,
        None,
        "Strategic",
    ),
    ("Tamsin Labs raised $3 million in a bridge round ahead of its Series B.", "Tamsin Labs", 3e6, "USD", "Bridge"),
    (
        "Tamsin Labs has raised Rs 40 crore in a Series A round led by Orrin Partners.",
        "Tamsin Labs",
        400e6,
        "INR",
        "Series A",
    ),
    (
        "Tamsin Labs said Tuesday it attracted 10 billion won in Series B investment.",
        "Tamsin Labs",
        10e9,
        "KRW",
        "Series B",
    ),
    (
        "Tamsin Labs completed a 100 million yuan Pre-A round led by Orrin Partners.",
        "Tamsin Labs",
        100e6,
        "CNY",
        "Pre-A",
    ),
    (
        "Tamsin Labs has raised $30 million in a Series B round led by Orrin Partners. "
        "The startup has raised $45 million to date.",
        "Tamsin Labs",
        30e6,
        "USD",
        "Series B",
    ),
    ("Kelp Systems raises Rs 50 Cr in Series A led by Orrin Partners", "Kelp Systems", 500e6, "INR", "Series A"),
    ("Kelp Systems bags $6 Mn in Series A", "Kelp Systems", 6e6, "USD", "Series A"),
    (
        "Kelp Systems has raised $60 million to date. Its last round, a $40 million Series B, was led by Orrin "
        "Partners in 2022.",
        "Kelp Systems",
        40e6,
        "USD",
        "Series B",
    ),
    ("Tamsin Labs raised $4 million in a Series A extension.", "Tamsin Labs", 4e6, "USD", "Series A"),
    (
        "Following its $50 million Series B in 2022, Tamsin Labs opened an office in Austin.",
        "Tamsin Labs",
        50e6,
        "USD",
        "Series B",
    ),
    (
        "Tamsin Labs has raised $5 million (about Rs 41 crore) in a pre-Series A round led by Orrin Partners.",
        "Tamsin Labs",
        5e6,
        "USD",
        "Pre-Series A",
    ),
]

# (body, company, investors)
INVESTOR_SLOTS = [
    (
        "Tamsin Labs raised $12 million from Orrin Partners, an early backer of Quillon Robotics.",
        "Tamsin Labs",
        ["Orrin Partners"],
    ),
    (
        "Tamsin Labs has raised $30 million in a Series B round led by Orrin Partners. Ferro Capital and "
        "Kelp Ventures also took part.",
        "Tamsin Labs",
        ["Ferro Capital", "Kelp Ventures", "Orrin Partners"],
    ),
    (
        "In a round co-led by Orrin Partners and Ferro Capital, Tamsin Labs raised $12 million.",
        "Tamsin Labs",
        ["Ferro Capital", "Orrin Partners"],
    ),
    (
        "Quillon Robotics said Wednesday that it has attracted 15 billion won ($11 million) in a Series B round. "
        "The round was led by Orrin Partners, with Ferro Capital participating.",
        "Quillon Robotics",
        ["Ferro Capital", "Orrin Partners"],
    ),
    (
        "Tamsin Labs raised $12 million. Orrin Partners, the venture arm of Harrow Tide, led the round.",
        "Tamsin Labs",
        ["Orrin Partners"],
    ),
    (
        "Tamsin Labs has raised a $40 million Series B co-led by Orrin Partners and Ferro Capital, with existing "
        "investors Kelp Ventures and Harrow Tide also participating.",
        "Tamsin Labs",
        ["Ferro Capital", "Harrow Tide", "Kelp Ventures", "Orrin Partners"],
    ),
    (
        "Tamsin Labs' backers include Orrin Partners, which led its $15 million Series A in 2022.",
        "Tamsin Labs",
        ["Orrin Partners"],
    ),
    (
        "Tamsin Labs, which is backed by Orrin Partners, said on Friday it raised $10 million from Ferro Capital.",
        "Tamsin Labs",
        ["Ferro Capital"],
    ),
    ("Tamsin Labs, backed by Orrin Partners, raised $10 million.", "Tamsin Labs", ["Orrin Partners"]),
    (
        "Tamsin Labs said on Thursday it had raised $25 million. The Series B was led by Orrin Partners. "
        "Existing investors Ferro Capital and Kelp Ventures also participated.",
        "Tamsin Labs",
        ["Ferro Capital", "Kelp Ventures", "Orrin Partners"],
    ),
    (
        "Kelp Systems has raised $20 million in a Series A round led by Orrin Partners. Ferro Capital, Harrow Tide "
        "and angel investors including Mara Elvin also participated.",
        "Kelp Systems",
        ["Ferro Capital", "Harrow Tide", "Mara Elvin", "Orrin Partners"],
    ),
    ("Kelp Systems, a spinout from Quillon Robotics, raised $8 million.", "Kelp Systems", []),
    ("Kelp Systems raised $8 million from Quillon Robotics, a former partner.", "Kelp Systems", ["Quillon Robotics"]),
    (
        "Orrin Partners, which manages $2 billion, led the $8 million round in Kelp Systems.",
        "Kelp Systems",
        ["Orrin Partners"],
    ),
    (
        "Kelp Systems has completed a Pre-A+ round of financing worth nearly 200 million yuan. The round was jointly "
        "led by Orrin Capital and Ferro Capital, with existing shareholder Harrow Tide following on.",
        "Kelp Systems",
        ["Ferro Capital", "Harrow Tide", "Orrin Capital"],
    ),
    ("Harrow Tide made a strategic investment in Tamsin Labs.", "Tamsin Labs", ["Harrow Tide"]),
    ("Tamsin Labs received a strategic investment from Harrow Tide.", "Tamsin Labs", ["Harrow Tide"]),
    (
        "Orrin Partners, which also backs Quillon Robotics, led Tamsin Labs' $12 million round.",
        "Tamsin Labs",
        ["Orrin Partners"],
    ),
]

# (body, acquirer, target, stake_pct, amount, currency, certainty)
ACQ_SLOTS = [
    (
        "Quillon Robotics, which Harrow Tide acquired in 2019 for $300 million, is hiring.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        300e6,
        "USD",
        "confirmed",
    ),
    (
        "Quillon Robotics was acquired by Harrow Tide for $300 million in 2020.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        300e6,
        "USD",
        "confirmed",
    ),
    (
        "Quillon Robotics, acquired by Harrow Tide for $300 million in 2020, makes drones.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        300e6,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide is in talks to buy Quillon Robotics for about $12 billion, people familiar with the matter said.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        12e9,
        "USD",
        "rumored",
    ),
    (
        "Harrow Tide will take a 48.5% stake in Quillon Robotics.",
        "Harrow Tide",
        "Quillon Robotics",
        48.5,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide raised its stake in Quillon Robotics to 30%.",
        "Harrow Tide",
        "Quillon Robotics",
        30.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide agreed to buy Quillon Robotics in a deal that valued the startup at $2 billion.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        2e9,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide said on Monday it had agreed to acquire Seoul-based Quillon Robotics for 300 billion won.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        300e9,
        "KRW",
        "confirmed",
    ),
    (
        "Harrow Tide snapped up a 10% stake in Quillon Robotics for $50 million last year.",
        "Harrow Tide",
        "Quillon Robotics",
        10.0,
        50e6,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide has agreed to acquire a majority stake in Quillon Robotics.",
        "Harrow Tide",
        "Quillon Robotics",
        None,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide acquired Quillon Robotics for an undisclosed sum.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide paid $300 million for a 20% stake in Quillon Robotics.",
        "Harrow Tide",
        "Quillon Robotics",
        20.0,
        300e6,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide is considering buying Quillon Robotics, sources said.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        None,
        None,
        "rumored",
    ),
    (
        "Harrow Tide has acquired Quillon Robotics from Ferro Capital Fund III for $400 million.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        400e6,
        "USD",
        "confirmed",
    ),
    (
        "Quillon Robotics makes drones. Harrow Tide bought the startup in 2019 for $300 million.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        300e6,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide bought a 20% stake in Quillon Robotics in a deal that valued the startup at $2 billion.",
        "Harrow Tide",
        "Quillon Robotics",
        20.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide upped its stake in Quillon Robotics to 35%.",
        "Harrow Tide",
        "Quillon Robotics",
        35.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide has made a $30 million investment in Tamsin Labs in exchange for a 12% stake.",
        "Harrow Tide",
        "Tamsin Labs",
        12.0,
        30e6,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide is acquiring Quillon Robotics for $2 billion, Tickline reported, citing people familiar "
        "with the matter.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        2e9,
        "USD",
        "rumored",
    ),
    (
        "Harrow Tide agreed to acquire the 60% of Quillon Robotics it does not already own.",
        "Harrow Tide",
        "Quillon Robotics",
        60.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide acquired Quillon Robotics and Tamsin Labs for a combined $500 million.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide acquired a 26% stake in Quillon Robotics for Rs 500 crore.",
        "Harrow Tide",
        "Quillon Robotics",
        26.0,
        5e9,
        "INR",
        "confirmed",
    ),
    (
        "Harrow Tide will buy Quillon Robotics. The deal values Quillon Robotics at $2 billion, including debt.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        2e9,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide will buy a 30% stake in Quillon Robotics. The deal values Quillon Robotics at $2 billion.",
        "Harrow Tide",
        "Quillon Robotics",
        30.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide completes $2bn Quillon Robotics acquisition",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        2e9,
        "USD",
        "confirmed",
    ),
    ("Harrow Tide has held talks to buy Kelp Systems.", "Harrow Tide", "Kelp Systems", 100.0, None, None, "rumored"),
    ("Harrow Tide will take control of Kelp Systems.", "Harrow Tide", "Kelp Systems", None, None, None, "confirmed"),
    (
        "Harrow Tide will take full ownership of Kelp Systems.",
        "Harrow Tide",
        "Kelp Systems",
        100.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Mara Elvin, who previously co-founded Quillon Robotics, which Harrow Tide acquired in 2020, has raised "
        "$8 million for her new startup, Kelp Systems.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide is in advanced talks to acquire Kelp Systems, Bloomberg News reported, citing people familiar "
        "with the matter.",
        "Harrow Tide",
        "Kelp Systems",
        100.0,
        None,
        None,
        "rumored",
    ),
    (
        "Harrow Tide agreed to buy Kelp Systems, according to a person familiar with the matter.",
        "Harrow Tide",
        "Kelp Systems",
        100.0,
        None,
        None,
        "rumored",
    ),
    (
        "Harrow Tide will buy Quillon Robotics. The deal, first reported by Tickline on Monday, values Quillon "
        "Robotics at $2 billion.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        2e9,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide will buy Quillon Robotics. The transaction, which is subject to regulatory approval, is valued "
        "at $2 billion.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        2e9,
        "USD",
        "confirmed",
    ),
    (
        "Harrow Tide will buy a 30% stake in Quillon Robotics. The deal, first reported by Tickline, values Quillon "
        "Robotics at $2 billion.",
        "Harrow Tide",
        "Quillon Robotics",
        30.0,
        None,
        None,
        "confirmed",
    ),
    (
        "Harrow Tide's 2021 takeover of Quillon Robotics for $300 million doubled its sales.",
        "Harrow Tide",
        "Quillon Robotics",
        100.0,
        300e6,
        "USD",
        "confirmed",
    ),
]


def _fundings(body: str) -> list[str]:
    return sorted(e.company for e in visible(run(body)) if isinstance(e, Funding))


def _acqs(body: str) -> list[tuple[str, str]]:
    return sorted((e.acquirer, e.target) for e in visible(run(body)) if isinstance(e, Acquisition))


XFAIL: dict[str, str] = {
    "The Series B round, which brings Tamsin Labs' total funding to $40 million, was led by Orrin Partners.": (
        "a round whose company is named only as the owner of a total in its relative clause"
    ),
    "Quillon Robotics' owner, Ferro Capital, sold the company to Harrow Tide for $400 million.": (
        "'sold the company to A' whose company is the possessor of the subject's head noun"
    ),
    "Harrow Tide merged Quillon Robotics into its drone unit after buying it for $300 million.": (
        "a pronoun object of a gerund in an 'after' clause is not resolved to the main clause's object"
    ),
}


def _params(cases):  # type: ignore[no-untyped-def]
    out = []
    for i, case in enumerate(cases):
        body = case[0]
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[body])] if body in XFAIL else []
        out.append(pytest.param(*case, id=f"{i:02d}", marks=marks))
    return out


@pytest.mark.parametrize(("body", "want"), _params(FUNDING))
def test_background_funding(body: str, want: list[str] | None) -> None:
    if want is None:
        return
    assert _fundings(body) == sorted(want)


@pytest.mark.parametrize(("body", "want"), _params(ACQUISITION))
def test_background_acquisition(body: str, want: list[tuple[str, str]]) -> None:
    assert _acqs(body) == sorted(want)


def _one(body: str, kind: type, **key: str):  # type: ignore[no-untyped-def]
    found = [e for e in visible(run(body)) if isinstance(e, kind) and all(getattr(e, k) == v for k, v in key.items())]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("body", "company", "amount", "currency", "rnd"), _params(FUNDING_SLOTS))
def test_funding_slots(body: str, company: str, amount: float | None, currency: str | None, rnd: str | None) -> None:
    e = _one(body, Funding, company=company)
    assert (e.amount, e.currency, e.round) == (amount, currency, rnd)


@pytest.mark.parametrize(("body", "company", "investors"), _params(INVESTOR_SLOTS))
def test_investor_slots(body: str, company: str, investors: list[str]) -> None:
    e = _one(body, Funding, company=company)
    assert sorted(e.investors) == sorted(investors)


@pytest.mark.parametrize(("body", "acquirer", "target", "stake", "amount", "currency", "cert"), _params(ACQ_SLOTS))
def test_acquisition_slots(
    body: str, acquirer: str, target: str, stake: float | None, amount: float | None, currency: str | None, cert: str
) -> None:
    e = _one(body, Acquisition, acquirer=acquirer, target=target)
    assert (e.stake_pct, e.amount, e.currency, e.certainty) == (stake, amount, currency, cert)


def test_a_past_round_in_a_relative_clause_is_a_fact_beside_a_round_in_talks() -> None:
    body = "Tamsin Labs, which last raised $12 million in 2021, is now in talks to raise $50 million."
    got = sorted((e.company, e.amount, e.certainty) for e in visible(run(body)) if isinstance(e, Funding))
    assert got == [("Tamsin Labs", 12e6, "confirmed"), ("Tamsin Labs", 50e6, "rumored")]


def test_shekel_amount() -> None:
    e = _one("Tamsin Labs has raised NIS 50 million from Orrin Partners.", Funding, company="Tamsin Labs")
    assert (e.amount, e.currency) == (50e6, "ILS")


def test_a_stake_in_a_passive_clause_after_a_purchase_is_not_the_buyers() -> None:
    body = "Harrow Tide acquired Tamsin Labs, and a 20% stake in Quillon Robotics was sold to Ferro Capital."
    assert ("Harrow Tide", "Quillon Robotics") not in _acqs(body)
