"""Event identity and envelopes."""

from __future__ import annotations

from newsfold.contracts import first_error
from newsfold.domain.article import Article
from newsfold.domain.envelope import body_fingerprint, envelop, retraction
from newsfold.domain.events import Acquisition, Departure, Evidence, Funding

ART = Article("a-1", "Body text.", source="Wire", url="https://x.example", published_at="2025-01-02T00:00:00Z")


def test_ids_depend_on_content_not_on_evidence_or_time():
    one = envelop(ART, [Funding(company="Kite", amount=5.0, currency="USD")], "v1", "2025-01-01T00:00:00Z")
    two = envelop(
        ART,
        [Funding(company="Kite", amount=5.0, currency="USD", evidence=(Evidence("x", 0, 1),))],
        "v2",
        "2026-01-01T00:00:00Z",
    )
    changed = envelop(ART, [Funding(company="Kite", amount=6.0, currency="USD")], "v1", "t")
    assert one[0].event_id == two[0].event_id
    assert one[0].event_id != changed[0].event_id


def test_duplicates_within_an_article_are_kept_once():
    dup = Departure(person="Ada Quell", from_org="Orvo")
    assert len(envelop(ART, [dup, dup], "v1", "t")) == 1


def test_streams_are_keyed_by_subject():
    envs = envelop(
        ART,
        [
            Departure(person="Quell Ada", from_org="Orvo"),
            Acquisition(acquirer="Brume", target="Tarn Labs", stake_pct=100),
            Funding(company="Kite AI"),
        ],
        "v1",
        "t",
    )
    assert [e.stream_id for e in envs] == ["departure:ada quell", "acquisition:tarn", "funding:kite"]


def test_envelopes_and_retractions_match_the_wire_schema():
    envs = envelop(
        ART,
        [Acquisition(acquirer="Brume", target="Tarn", stake_pct=40, amount=1e6, currency="EUR", amount_usd=1.1e6)],
        "v1",
        "2025-01-01T00:00:00Z",
    )
    for env in [*envs, retraction(envs[0], "v2", "2025-01-03T00:00:00Z", "gone")]:
        assert first_error("envelope.v1", env.to_dict()) is None


def test_syndicated_copies_share_a_fingerprint():
    assert body_fingerprint("Orvo  buys\nTarn.") == body_fingerprint("orvo buys tarn.")
    assert body_fingerprint("Orvo buys Tarn.") != body_fingerprint("Orvo buys Kite.")
