"""Companies named only at sentence starts, stakes given to a receiver, ventures of one's own,
people listed or counted as they leave, posts kept at the same company (invented text only).

Each test was written with the extractor version that first reads its construction, and fails
on the version before it (but `test_a_capitalised_opener_without_the_anaphor_stays_no_company`,
a guard that holds on every version): the tests up to `test_a_hyphenated_modifier_is_no_name`
for 2026.12.06-28, from `test_a_tenure_that_ends_in_a_founding` for `-29`, from
`test_a_department_acronym_between_the_company_and_a_title` for `-30`.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings

from newsfold.domain.money import find_money


def test_a_sentence_opening_name_followed_by_the_company_is_that_company() -> None:
    # A one-word name seen only opening sentences is no solid organisation by itself (it may be
    # any capitalised word); the next sentence calling it "the company" or "it" settles it.
    for second in (
        "The company has raised $3 million from Harbor Ventures.",
        "On Monday, the startup said it had raised $3 million from Harbor Ventures.",
        "It has raised $3 million from Harbor Ventures.",
    ):
        (f,) = fundings("Pelbrook makes routing tools for ferry operators. " + second)
        assert (f.company, f.amount, f.investors) == ("Pelbrook", 3_000_000, ("Harbor Ventures",)), second
    (a,) = acquisitions("Dalvo builds chips for drones. The company agreed to acquire Kinra Systems for $40 million.")
    assert (a.acquirer, a.target) == ("Dalvo", "Kinra Systems")


def test_a_capitalised_opener_without_the_anaphor_stays_no_company() -> None:
    # "Details" is no name; nor is an opener whose next sentence speaks of another company.
    assert fundings("Details were not disclosed. The company raised $3 million.") == []
    assert fundings("Pelbrook makes routing tools. Analysts expect a raise soon.") == []


def test_a_stake_given_to_a_receiver_is_bought_by_it() -> None:
    (a,) = acquisitions("The agreement gives Dalvo a 30% stake in Kinra Systems, the companies said.")
    assert (a.acquirer, a.target, a.stake_pct) == ("Dalvo", "Kinra Systems", 30.0)
    (b,) = acquisitions(
        "Under the deal, Kinra will hand Dalvo Group a 12 percent stake in its payments unit, Kinra Pay."
    )
    assert (b.acquirer, b.target, b.stake_pct) == ("Dalvo Group", "Kinra Pay", 12.0)
    assert acquisitions("The round gives Harbor Ventures a seat on the board of Kinra Systems.") == []


def test_leaving_to_start_a_studio_or_a_consultancy_founds_a_venture() -> None:
    for body in (
        "Dana Velt, the longtime head of design at Orvane, is leaving to start her own studio.",
        "Dana Velt left Orvane in May to set up a consultancy advising lenders.",
    ):
        (d,) = departures(body)
        assert (d.person, d.from_org, d.founded_new_venture) == ("Dana Velt", "Orvane", True), body


def test_an_adverb_inside_a_passive_purchase() -> None:
    for body in (
        "Pelbrook was quietly acquired by Dalvo in 2019.",
        "Regulators learned that the ticketing site Pelbrook was unexpectedly sold to its rival Dalvo.",
    ):
        (a,) = acquisitions(body)
        assert (a.acquirer, a.target, a.stake_pct) == ("Dalvo", "Pelbrook", 100.0), body
    (p,) = acquisitions("Pelbrook was partly acquired by Dalvo in 2019.")
    assert p.stake_pct is None  # "partly": a stake of unstated size


def test_money_of_a_contrasting_clause_is_not_the_price() -> None:
    (a,) = acquisitions("Pelbrook was sold to Dalvo, whereas Kinra raised €2 million from its founders.")
    assert (a.target, a.amount) == ("Pelbrook", None)
    (b,) = acquisitions("Pelbrook was sold to Dalvo for €2 million, while Kinra raised nothing.")
    assert (b.amount, b.currency) == (2_000_000, "EUR")


def test_a_currency_symbol_after_the_figure() -> None:
    for body, amount, currency in (
        ("Pelbrook said it had raised 45M$ in new funding.", 45_000_000, "USD"),
        ("Pelbrook has raised 12 M€ from Harbor Ventures.", 12_000_000, "EUR"),
        ("Pelbrook has raised 1,5 M€ from Harbor Ventures.", 1_500_000, "EUR"),
    ):
        (f,) = fundings(body)
        assert (f.company, f.amount, f.currency) == ("Pelbrook", amount, currency), body
    # A symbol that opens the next figure belongs to it.
    assert [(m.text, m.amount) for m in find_money("By 2021 $5 million had gone in.")] == [("$5 million", 5_000_000)]


def test_a_title_for_a_region_before_the_apposed_name() -> None:
    (d,) = departures(
        "Orvane's sales director for the Nordic region, Dana Velt, announced her exit in a note on Kinra."
    )
    assert (d.person, d.from_org) == ("Dana Velt", "Orvane")


def test_a_target_that_accepts_a_takeover_offer() -> None:
    (a,) = acquisitions("Shareholders cheered after Pelbrook formally accepted a takeover offer from Dalvo Systems.")
    assert (a.acquirer, a.target, a.stake_pct) == ("Dalvo Systems", "Pelbrook", 100.0)
    (b,) = acquisitions("Pelbrook has accepted a $2 billion takeover bid from Dalvo Systems, the companies said.")
    assert (b.acquirer, b.amount) == ("Dalvo Systems", 2_000_000_000)
    assert acquisitions("Pelbrook rejected a takeover offer from Dalvo Systems.") == []


def test_the_round_came_from_its_investors() -> None:
    for second in (
        "The funding came from Harbor Ventures and Gridline Capital.",
        "Funding for Pelbrook came from Harbor Ventures and Gridline Capital, which together put in the money.",
    ):
        (f,) = fundings("Pelbrook Labs has raised $9 million. " + second)
        assert f.investors == ("Harbor Ventures", "Gridline Capital"), second
    (g,) = fundings("Pelbrook Labs has raised $9 million. Its revenue came from Harbor Ventures and Gridline Capital.")
    assert g.investors == ()


def test_titled_people_listed_before_a_verb_of_leaving_each_leave() -> None:
    body = (
        "Turnover at Orvane keeps rising. Orvane's retail chief Dana Velt and its head of hiring Omar Lint "
        "have either left or will soon leave the company."
    )
    assert sorted((d.person, d.from_org) for d in departures(body)) == [
        ("Dana Velt", "Orvane"),
        ("Omar Lint", "Orvane"),
    ]
    # A relative clause is no title: its name is not listed with the leavers.
    body = "Dana Velt, who joined Kinra in 2019, and Omar Lint have left Orvane."
    assert [d.person for d in departures(body)] == ["Omar Lint"]


def test_a_counted_group_hired_away_then_named() -> None:
    body = (
        "Kinra has recruited at least eight Orvane engineers, one report says, including Dana Velt, Omar Lint, "
        "Ivo Marsh and Lena Quist, who built its flagship model."
    )
    moves = sorted((d.person, d.from_org, d.to_org) for d in departures(body))
    assert moves == [(p, "Orvane", "Kinra") for p in ("Dana Velt", "Ivo Marsh", "Lena Quist", "Omar Lint")]


def test_the_time_of_a_move_between_the_two_companies() -> None:
    for when in ("in 1998", "in May", "earlier this year"):
        (d,) = departures(f"Ivo Marsh joined Orvane {when} from Dalvo, where he ran sales.")
        assert (d.person, d.from_org, d.to_org) == ("Ivo Marsh", "Dalvo", "Orvane"), when
    assert departures("Ivo Marsh joined Orvane in 1994.") == []


def test_a_hyphenated_modifier_is_no_name() -> None:
    (a,) = acquisitions("Dalvo's $95 million acquisition of AI-enabled payroll startup Kinra was the year's biggest.")
    assert (a.acquirer, a.target) == ("Dalvo", "Kinra")


def test_a_tenure_that_ends_in_a_founding() -> None:
    for body in (
        "Ivo Marsh spent nine years at Orvane before he launched Pelbrook.",
        "Ivo Marsh worked at Orvane for a decade before starting Pelbrook in 2021.",
        "Shares of Orvane Inc rose on Monday. Ivo Marsh, who worked at the company for six years before "
        "founding Pelbrook, said the mood had changed.",
    ):
        (d,) = departures(body)
        assert (d.person, d.to_org, d.founded_new_venture) == ("Ivo Marsh", "Pelbrook", True), body
        assert d.from_org in ("Orvane", "Orvane Inc"), body
    assert departures("Ivo Marsh worked at Orvane before joining Pelbrook as an adviser.") == []


def test_becoming_the_same_companys_chair_is_no_departure() -> None:
    for body in (
        "Orvane's longtime chief executive Dana Velt is stepping down and handing over to Omar Lint. "
        "Orvane said Velt would be named chairman of the board, while Lint runs the business day to day.",
        "Dana Velt, president of Orvane Rail Co. since 2015, will step down in the spring, Orvane Rail Co. said. "
        "Velt will then become the firm's chairman.",
    ):
        assert departures(body) == [], body
    # The chair of another company is a move.
    (d,) = departures("Dana Velt is stepping down as chief executive of Orvane. She will become chairman of Kinra.")
    assert (d.person, d.from_org) == ("Dana Velt", "Orvane")


def test_staying_on_as_acting_chief_is_still_a_departure() -> None:
    body = (
        "Kinra Paper announced on Monday that its chief executive, Dana Velt, has quit after being named chief "
        "executive of the utility Orvane Energy. Velt will stay on as interim chief executive until a successor "
        "is found. Kinra Paper reported earlier that its sales fell."
    )
    (d,) = departures(body)
    assert (d.person, d.from_org, d.to_org) == ("Dana Velt", "Kinra Paper", "Orvane Energy")


def test_a_company_that_lost_its_founders_names_them() -> None:
    body = (
        "Last year the carrier Kinra Air lost three of its founders: Dana Velt, who built its fleet, and "
        "Omar Lint and Ivo Marsh, both engineers."
    )
    assert sorted((d.person, d.from_org) for d in departures(body)) == [
        ("Dana Velt", "Kinra Air"),
        ("Ivo Marsh", "Kinra Air"),
        ("Omar Lint", "Kinra Air"),
    ]


def test_descriptors_and_stake_words_in_capitals_are_no_names() -> None:
    (a,) = acquisitions(
        "Chipmaker Orvane Electronics Corp. will acquire Kinra Devices Inc. in a cash deal worth $2.1 billion."
    )
    assert (a.acquirer, a.target) == ("Orvane Electronics Corp", "Kinra Devices Inc")
    (b,) = acquisitions("Toolmaker Inc will acquire Kinra Devices in a cash deal worth $2.1 billion.")
    assert b.acquirer == "Toolmaker Inc"
    (c,) = acquisitions(
        "Orvane Tech Takes Majority Stake in Kinra Games\n"
        "Orvane Tech bought a majority stake in Kinra Games, the studio said on Friday."
    )
    assert (c.acquirer, c.target, c.stake_pct) == ("Orvane Tech", "Kinra Games", None)


def test_a_department_acronym_between_the_company_and_a_title() -> None:
    body = "Orvane UI exec Dana Velt is leaving the company to go to Kinra. Orvane said it would hire a replacement."
    (d,) = departures(body)
    assert (d.person, d.from_org, d.to_org) == ("Dana Velt", "Orvane", "Kinra")
    # A company named with the acronym keeps it where no title follows.
    body = "Orvane AI chief Dana Velt is leaving. Orvane AI raised $5 million last year."
    assert [d.from_org for d in departures(body)] == ["Orvane AI"]


def test_talk_of_a_departure_is_no_report_of_one() -> None:
    for body in (
        "Talk of Omar Lint stepping down at Kinra has so far come to nothing.",
        "Discussion about Omar Lint stepping down as chief executive of Kinra is so far unsubstantiated.",
    ):
        assert departures(body) == [], body


def test_a_hire_named_after_the_title_it_held_elsewhere() -> None:
    (d,) = departures("Kinra hired the head of sales at Dalvo, Omar Lint, last year.")
    assert (d.person, d.from_org, d.to_org) == ("Omar Lint", "Dalvo", "Kinra")
    # "the ex-head of Y, P": a description of the past, as "former Y executive P" is; never
    # the organisation read as the person.
    assert (
        departures("In 2015 the bank Kinra hired the ex-head of Orvane Payments, Dana Velt, as its technology chief.")
        == []
    )


def test_a_two_word_company_ending_in_a_trade_noun_is_no_person() -> None:
    # "Kinra Air", "Orvane Collective": two capitalised words shaped like a personal name, the
    # second a trade's noun; with nothing else to type them they were read as people.
    (f,) = fundings("Orvane Collective kicked off the month by announcing it had raised $216 million.")
    assert f.company == "Orvane Collective"
    (d,) = departures("Kinra Air said that its chief executive, Dana Velt, has resigned.")
    assert (d.person, d.from_org) == ("Dana Velt", "Kinra Air")


def test_a_sellers_proceeds_are_no_round() -> None:
    for body in (
        "The government sold a 9.5% stake in state-run Kinra Telecom Co., raising more than 3.7 billion pounds.",
        "Orvane sold a 10% stake in Kinra Telecom Co., raising $121 million.",
    ):
        assert fundings(body) == [], body
    (f,) = fundings("Kinra Telecom Co. sold new shares to Harbor Ventures, raising $121 million in its Series B.")
    assert (f.company, f.round) == ("Kinra Telecom Co", "Series B")


def test_a_deal_the_text_says_failed_is_none() -> None:
    for body in (
        "He oversaw several projects, among them the failed sale of Dalvo Mobile to Pelbrook Corp.",
        "Regulators halted Orvane's blocked $40 billion takeover of Kinra Systems.",
    ):
        assert acquisitions(body) == [], body
    (a,) = acquisitions("The sale of Dalvo Mobile to Pelbrook Corp closed on Monday.")
    assert (a.acquirer, a.target) == ("Pelbrook Corp", "Dalvo Mobile")
