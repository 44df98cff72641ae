"""Which employer a leaver left, when a sentence names more than one (invented text only).

Each test fails on extractor 2026.12.07-40 and passes from the version that added its rule
(`-41`, `-42` or `-43`), but the guards whose names end in `_alone` or `_stays_out`, which hold
on both.
"""

from __future__ import annotations

from extraction_helpers import departures


def _moves(body: str) -> list[tuple[str, str, str | None]]:
    return sorted((d.person, d.from_org, d.to_org) for d in departures(body))


def test_the_company_all_of_them_quit_is_each_one_s_employer() -> None:
    assert _moves(
        "Earlier this year Dalvo head Omar Lint, design chief Ivo Marsh and sales head Tara Quill all quit "
        "Kinra Commerce."
    ) == [
        ("Ivo Marsh", "Kinra Commerce", None),
        ("Omar Lint", "Kinra Commerce", None),
        ("Tara Quill", "Kinra Commerce", None),
    ]


def test_the_company_left_outranks_a_former_title_told_first() -> None:
    body = (
        "Orvane Bank has hired Dana Velt, a former technology chief at Kinra Banking Group, to run its operations. "
        "Velt is leaving Pelbrook Bank of Canada after five years there."
    )
    assert [(d.person, d.from_org) for d in departures(body)] == [("Dana Velt", "Pelbrook Bank of Canada")]


def test_an_earlier_move_told_after_leaving_stays_out() -> None:
    body = (
        "Dana Velt, who ran research at Kinra Technology, has recently left the Oslo-based company to build her own. "
        "She had come to Kinra after leaving Dalvo Group at the end of 2022."
    )
    assert [(d.person, d.from_org) for d in departures(body)] == [("Dana Velt", "Kinra Technology")]


def test_a_sentence_opening_at_a_company_names_the_employer() -> None:
    assert _moves(
        "Over at Pelbrook, Omar Lint, general manager of the company's payments arm, has also handed in his notice."
    ) == [("Omar Lint", "Pelbrook", None)]
    assert _moves("At Pelbrook, the travel site Kinra Group runs, senior vice president Dana Velt has quit.") == [
        ("Dana Velt", "Pelbrook", None)
    ]


def test_an_age_opening_the_sentence_stays_out() -> None:
    assert departures("At 64, Dana Velt has retired.") == []


def test_a_pair_shares_the_apposition_after_them_and_return_to_a_lab() -> None:
    assert _moves(
        "Omar Lint and Ivo Marsh, two co-founders of the new startup Dalvo Labs, left to return to Orvane Systems "
        "last week."
    ) == [("Ivo Marsh", "Dalvo Labs", "Orvane Systems"), ("Omar Lint", "Dalvo Labs", "Orvane Systems")]


def test_the_boss_one_reported_to_is_no_employer() -> None:
    body = (
        "Bo Lianjie, a former Kinra (NASDAQ: KNRA) vice president who ran the company's search business, and "
        "executive director Mo Tianyu, who reported directly to Bo, have joined Orvane Technology, according to a "
        "Monday report by online outlet Tarn News.\nBo spent 14 years at Kinra and Mo 11, and both left the company "
        "around June 2020 following a management reshuffle, the report said."
    )
    assert all(d.from_org != "Bo Lianjie" for d in departures(body))


def test_a_data_provider_and_the_outlet_it_compiled_for_are_no_employers() -> None:
    body = (
        "Most deals this year were small, according to figures executive search firm Tarnwick Search compiled for "
        'The Ledger. "Many executives want to move," said Ravi Sen, chief executive of Tarnwick Search. Dana Velt, '
        "a general manager, has also left to build a venture of her own, Tarnwick's data shows."
    )
    assert departures(body) == []


def test_a_networking_profile_is_no_employer() -> None:
    body = (
        "Dalvo has hired a string of Kinra researchers this year, its Linkbook pages show. "
        "Dana Velt, another former Kinra research scientist, quit to join Dalvo in May, her Linkbook profile shows."
    )
    assert [(d.person, d.from_org) for d in departures(body)] == [("Dana Velt", "Kinra")]


def test_each_entry_of_a_list_of_leavers_keeps_its_own_employer() -> None:
    body = (
        "Among the senior people who have quit big startups recently are Dana Velt, who was chief technology officer "
        "at delivery company Pelbrook and is now founder of Dalvo Labs; and Omar Lint, formerly VP engineering at "
        "furniture brand Kinra, who now runs Orvane."
    )
    assert _moves(body) == [("Dana Velt", "Pelbrook", "Dalvo Labs"), ("Omar Lint", "Kinra", "Orvane")]


def test_where_a_leaver_went_on_to_is_the_destination() -> None:
    body = (
        "Kinra Motors keeps losing leaders, and Pelbrook Bank is hiring. Dana Velt, president of worldwide sales, "
        "left in January after two years at the company. Velt went on to ride-sharing firm Pelbrook, where she has "
        "been COO since February."
    )
    assert _moves(body) == [("Dana Velt", "Kinra Motors", "Pelbrook Bank")]


def test_a_profile_page_opening_a_sentence_is_no_employer() -> None:
    body = (
        "Kinra Motors keeps losing leaders. Here are some of the exits so far:\nInes Varga, chief accounting "
        "officer, departed in March. Her Linkbook profile now lists her as finance chief of Brightlane Energy.\n"
        "Ivo Marsh, vice president of battery engineering, left in June. His Linkbook page does not list a new "
        "position."
    )
    assert [(d.person, d.from_org) for d in departures(body)] == [
        ("Ines Varga", "Kinra Motors"),
        ("Ivo Marsh", "Kinra Motors"),
    ]


def test_departures_that_include_titled_people() -> None:
    body = (
        "Dalvo chief executive Tara Quill is stepping down after ten years in charge, the German software group said. "
        "Her exit comes after a run of prominent departures that includes chief technology officer Ivo Marsh, "
        "executive board member Dana Velt and development architect Omar Pike."
    )
    assert _moves(body) == [
        ("Dana Velt", "Dalvo", None),
        ("Ivo Marsh", "Dalvo", None),
        ("Omar Pike", "Dalvo", None),
        ("Tara Quill", "Dalvo", None),
    ]


def test_recruits_named_after_a_group_hired_from_a_lab() -> None:
    body = (
        "Dalvo Platforms has stepped up hiring for its new research team. Records show Dalvo has recruited at least "
        "12 previously unreported Kinra researchers since August. Another prominent recruit is Omar Pike, whose "
        "work on maths helped Kinra win a prize. Further hires include Sam Lint, whose speciality is search, and Ivo "
        "Marsh, whose research centres on code. At least seven Orvane researchers have joined Dalvo in recent weeks, "
        "among them Dana Velt and Noor Hale. Other Orvane recruits include Aled Price, Femi Cole and Lu Shan, all of "
        "whom now work on safety."
    )
    assert _moves(body) == [
        ("Aled Price", "Orvane", "Dalvo Platforms"),
        ("Dana Velt", "Orvane", "Dalvo Platforms"),
        ("Femi Cole", "Orvane", "Dalvo Platforms"),
        ("Ivo Marsh", "Kinra", "Dalvo Platforms"),
        ("Lu Shan", "Orvane", "Dalvo Platforms"),
        ("Noor Hale", "Orvane", "Dalvo Platforms"),
        ("Omar Pike", "Kinra", "Dalvo Platforms"),
        ("Sam Lint", "Kinra", "Dalvo Platforms"),
    ]


def test_staff_moving_to_a_buyer_of_under_half_are_departures() -> None:
    body = (
        "At least seven Orvane researchers have joined Dalvo in recent weeks, among them Dana Velt and Noor Hale. "
        "The hires follow Dalvo's $9 billion purchase of nearly half of Orvane in May."
    )
    assert _moves(body) == [("Dana Velt", "Orvane", "Dalvo"), ("Noor Hale", "Orvane", "Dalvo")]


def test_a_ticker_printed_after_a_name_is_not_part_of_it() -> None:
    body = (
        "Dalvo Platforms DLVO has hired Ivo Marsh from Kinra Labs, people familiar with the matter said. "
        "Dalvo said Marsh would lead its research unit."
    )
    assert _moves(body) == [("Ivo Marsh", "Kinra Labs", "Dalvo Platforms")]


def test_a_dated_earlier_leaving_named_later_stays_out() -> None:
    body = (
        "Dana Velt, chief executive of Kinra, resigned on Monday, the company said. Velt had left Dalvo in 2015 to "
        "join Kinra as finance chief."
    )
    assert [(d.person, d.from_org) for d in departures(body)] == [("Dana Velt", "Kinra")]


def test_an_imperative_opening_on_a_name_is_not_part_of_it() -> None:
    body = (
        "Kinra has turned out a stream of founders. Take Dana Velt. She quit as Kinra's head of credit risk in 2019 "
        "to start Dalvo, a bookkeeping app."
    )
    assert _moves(body) == [("Dana Velt", "Kinra", "Dalvo")]


def test_people_hired_away_each_with_a_title() -> None:
    body = (
        "Dalvo wrote the template with its deal for Kinra AI, a start-up building an assistant. Dalvo hired away "
        "Kinra co-founder and chief executive Ivo Marsh, chief scientist Dana Velt and roughly 70 of its engineers."
    )
    assert _moves(body) == [("Dana Velt", "Kinra AI", "Dalvo"), ("Ivo Marsh", "Kinra AI", "Dalvo")]


def test_a_counted_group_hired_from_a_rival_s_office() -> None:
    body = (
        "Dalvo Platforms has hired away three senior researchers from Kinra AI's office in Zurich, a blow to its "
        "main rival. The three, Ivo Marsh, Dana Velt and Omar Lint, were central to setting up Kinra's Swiss outpost."
    )
    assert _moves(body) == [
        ("Dana Velt", "Kinra AI", "Dalvo Platforms"),
        ("Ivo Marsh", "Kinra AI", "Dalvo Platforms"),
        ("Omar Lint", "Kinra AI", "Dalvo Platforms"),
    ]


def test_hiring_the_officer_of_the_company_named_before_its() -> None:
    body = (
        "Dalvo recently agreed to license chip technology from inference start-up Kinra while hiring its chief "
        "executive, Omar Lint, who earlier worked at Orvane Search."
    )
    assert _moves(body) == [("Omar Lint", "Kinra", "Dalvo")]
