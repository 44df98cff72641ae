"""Groups dismissed or gone and named as a list (after a count, "among those who have gone", "no
longer with the firm are"), leavings told by a company's announcement, holdings given in per
cent, whole companies bought "all of", companies sold "last year to", an amount after "only about"
(invented text only).

Each test fails on extractor 2026.12.07-33 and passes from `-34`, but the guards whose names
end in `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import acquisitions, departures, fundings


def _left(text: str) -> list[tuple[str, str | None]]:
    return sorted((d.person, d.from_org) for d in departures(text))


def test_officers_dismissed_together_with_their_titles() -> None:
    assert _left(
        "In November last year, Pelbrook Group dismissed group chief executive Dana Velt, group chief financial "
        "officer Omar Lint and Mr Ivo Marsh, who ran its e-commerce unit, after a review."
    ) == [("Dana Velt", "Pelbrook Group"), ("Ivo Marsh", "Pelbrook Group"), ("Omar Lint", "Pelbrook Group")]


def test_a_counted_dismissal_named_in_the_next_sentence() -> None:
    assert _left(
        "Pelbrook Post makes parcels. Ng's move came two days after Pelbrook Post disclosed that it had dismissed "
        "three members of its senior management. They are group chief executive Dana Velt, group chief "
        "financial officer Omar Lint, and Ivo Marsh, who headed the firm's regional unit."
    ) == [("Dana Velt", "Pelbrook Post"), ("Ivo Marsh", "Pelbrook Post"), ("Omar Lint", "Pelbrook Post")]


def test_a_counted_hire_named_in_the_next_sentence_stays_out() -> None:
    assert (
        departures("Pelbrook Semiconductor hired three engineers. They are Dana Velt, Omar Lint and Ivo Marsh.") == []
    )


def test_the_few_who_led_the_resignations() -> None:
    assert _left(
        "Pelbrook Semiconductor lost engineers this week. The three who led the resignations, all based in Boise, "
        "are Dana Velt, who ran an OEM program; Omar Lint, general manager of flash products, and Ivo Marsh, a "
        "manager of research."
    ) == [
        ("Dana Velt", "Pelbrook Semiconductor"),
        ("Ivo Marsh", "Pelbrook Semiconductor"),
        ("Omar Lint", "Pelbrook Semiconductor"),
    ]


def test_people_among_those_gone_and_no_longer_with_the_firm() -> None:
    assert _left(
        "Pelbrook Group has lost several executives. The Harbour Wire understands that Mr Dana Velt, the group "
        "chief technology officer, and Ms Omar Lint, the group chief human resources officer, are among those "
        "who have gone. Also no longer with the firm are Ms Ivo Marsh and Mr Pim Rasko."
    ) == [
        ("Dana Velt", "Pelbrook Group"),
        ("Ivo Marsh", "Pelbrook Group"),
        ("Omar Lint", "Pelbrook Group"),
        ("Pim Rasko", "Pelbrook Group"),
    ]


def test_among_those_who_praised_stays_out() -> None:
    assert departures("Pelbrook Labs makes chips. Dana Velt is among those who have praised the design.") == []


def test_the_company_that_announced_its_officers_leaving() -> None:
    assert _left(
        "Shares of Pelbrook fell on the Kinra Exchange. Pointing to what it called a reset of leadership, "
        "equipment maker Pelbrook Holdings (PH) said on Aug 4 that Dana Velt had relinquished the CEO post with "
        "immediate effect."
    ) == [("Dana Velt", "Pelbrook Holdings")]


def test_leavings_told_with_other_verbs() -> None:
    assert _left(
        "Dana Velt, who stepped away last year from Pelbrook Rails, the payments business she co-founded, now "
        "advises start-ups."
    ) == [("Dana Velt", "Pelbrook Rails")]
    assert _left(
        "Finnish equipment maker Pelbrook Networks is swapping out chief executive Dana Velt after a weak year."
    ) == [("Dana Velt", "Pelbrook Networks")]
    assert _left("Pelbrook Corp said Dana Velt has been pushed aside as chief executive over doubts.") == [
        ("Dana Velt", "Pelbrook Corp")
    ]


def test_a_holding_given_in_per_cent() -> None:
    (a,) = acquisitions("Pelbrook took a 22 per cent holding in Orvane Holdings, the state-linked investment house.")
    assert (a.acquirer, a.target, a.stake_pct) == ("Pelbrook", "Orvane Holdings", 22)


def test_all_of_a_company_bought() -> None:
    (a,) = acquisitions(
        "Kinra Partners has signed a deal to buy all of Pelbrook, an Italian delivery platform, from fellow "
        "buyout firm Gridline Capital."
    )
    assert (a.acquirer, a.target, a.stake_pct) == ("Kinra Partners", "Pelbrook", 100)


def test_a_company_sold_the_following_year() -> None:
    (a,) = acquisitions(
        "Earlier, he co-founded an online payments startup called Pelbrook in 2003, which was sold the following "
        "year to Kinra Card Services for $36 million."
    )
    assert (a.acquirer, a.target, a.amount) == ("Kinra Card Services", "Pelbrook", 36_000_000)


def test_an_amount_after_only_about() -> None:
    (f,) = fundings(
        "Korea's most heavily funded AI company, chip designer Pelbrook Semiconductor, has attracted only about "
        "$150 million in investment."
    )
    assert (f.company, f.amount) == ("Pelbrook Semiconductor", 150_000_000)
