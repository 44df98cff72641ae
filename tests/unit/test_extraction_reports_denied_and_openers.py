"""A reported leaving the company denies later ("Mr P has not resigned", "P continues as chief
executive"), reports told as reports ("media reports had indicated that", "a report in X said",
"was about to resign"), and discourse adverbs opening a sentence that are no company
("Elsewhere, ...") (invented text only).

Each test fails on extractor 2026.12.07-37 and passes from `-38`, but the guards whose names
end in `_alone` or `_stays_out`, which hold on both.
"""

from __future__ import annotations

from extraction_helpers import departures, fundings, visible


def test_a_report_of_a_leaving_denied_by_the_company() -> None:
    body = (
        "Media reports had indicated that Kinra Group chief executive Dana Velt was about to resign. Later on "
        'Thursday, the company told the market that it "confirms that Ms Velt continues as group chief executive".'
    )
    assert visible(departures(body)) == []


def test_a_denial_told_before_the_report_it_denies() -> None:
    body = (
        "Kinra Group confirms that the CEO's position is unchanged and that Ms Dana Velt has not resigned. Kinra "
        "makes chips. It was founded in 2001. It sells to carmakers. It has 300 staff. It is based in Leeds. A "
        "report in The Daily Ledger on Thursday said Ms Velt would resign before the end of the day."
    )
    assert visible(departures(body)) == []


def test_a_reported_leaving_is_rumoured() -> None:
    found = departures("Media reports had indicated that Kinra Group chief executive Dana Velt was about to resign.")
    assert [(d.person, d.from_org, d.certainty) for d in found] == [("Dana Velt", "Kinra Group", "rumored")]


def test_a_rumoured_leaving_without_a_denial_alone() -> None:
    found = departures("Dana Velt will leave Kinra Group in June, people familiar said. Velt has not commented.")
    assert [(d.person, d.certainty) for d in found] == [("Dana Velt", "rumored")]


def test_a_journey_about_to_end_is_no_hedge_alone() -> None:
    found = departures(
        "Kinra Labs has a new plan. That journey is about to end: Dana Velt, the chief operating officer of Kinra "
        "Labs, is leaving the company in December."
    )
    assert [(d.person, d.certainty) for d in found] == [("Dana Velt", "confirmed")]


def test_a_discourse_adverb_opening_a_sentence_is_no_company() -> None:
    found = fundings(
        "Kinra raised $5 million. Elsewhere, Nordic startups working on energy collected $3.1 billion last year."
    )
    assert [f.company for f in found] == ["Kinra"]


def test_founders_stepping_back_from_the_everyday_running_leave_nothing() -> None:
    assert (
        departures(
            "Peers including Kinra founder Dana Velt and Dalvo's Omar Lint have all stepped back from the everyday "
            "running of their companies."
        )
        == []
    )


def test_founders_pocketing_a_sale_s_proceeds_raise_nothing() -> None:
    assert fundings("Co-founders Dana Velt and Omar Lint will pocket £48million and £13million respectively.") == []
