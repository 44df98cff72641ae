"""The boundary of newsfold.events: every kind of bad envelope is rejected with its reason."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
import pytest

from newsfold.application.event_intake import MAX_TEXT, decode_envelope
from newsfold.application.ingest import Rejected
from newsfold.domain.article import Article
from newsfold.domain.envelope import envelop, retraction
from newsfold.domain.events import Acquisition, Departure, Evidence, Funding

from support import edited

ART = Article("intake-1", "Body.", source="Wire", url="https://x.example", published_at="2025-01-02T00:00:00Z")
FUNDING, DEPARTURE, ACQUISITION = envelop(
    ART,
    [
        Funding(company="Kestrel Quay AI", amount=5e6, currency="USD", amount_usd=5e6, round="Series A",
                investors=("Birchmoor Capital",), evidence=(Evidence("Kestrel Quay AI raised $5 million.", 0, 33),)),
        Departure(person="Odile Varga", from_org="Tamsin Labs", role="research"),
        Acquisition(acquirer="Brume Systems", target="Tarn Dynamics", stake_pct=40),
    ],
    "v1",
    "2025-01-02T00:00:01Z",
)  # fmt: skip
RETRACTION = retraction(FUNDING, "v2", "2025-01-03T00:00:00Z", "not found again")


def _raw(env: Any) -> bytes:
    return orjson.dumps(env if isinstance(env, dict) else env.to_dict())


def _reject(data: Any, key: bytes | None = None) -> Rejected:
    with pytest.raises(Rejected) as caught:
        decode_envelope(data if data is None or isinstance(data, bytes) else _raw(data), key)
    return caught.value


def _edit(env: Any, **changes: Any) -> dict[str, Any]:
    return edited(env.to_dict(), **changes)


@pytest.mark.parametrize("env", [FUNDING, DEPARTURE, ACQUISITION, RETRACTION], ids=lambda e: e.event_type)
def test_what_newsfold_produces_passes_unchanged(env):
    decoded = decode_envelope(_raw(env), env.stream_id.encode())
    assert decoded == env


@pytest.mark.parametrize(
    ("data", "reason", "says"),
    [
        (b"{not json", "not_json", ""),
        (None, "not_json", "tombstone"),
        (b"[1, 2]", "envelope", "not an event envelope"),
        (_edit(FUNDING, event_type="merger"), "envelope", "event_type"),
        (_edit(FUNDING, payload__company=KeyError), "envelope", "company"),
        (_edit(FUNDING, payload__amount="five million"), "envelope", "payload/amount"),
        (_edit(FUNDING, payload__amount=1e308), "envelope", "payload/amount"),
        (_edit(FUNDING, payload__valuation=0), "envelope", "payload/valuation"),
        (_edit(ACQUISITION, payload__stake_pct=150), "envelope", "payload/stake_pct"),
        (_edit(ACQUISITION, payload__stake_pct=0), "envelope", "payload/stake_pct"),
        (_edit(DEPARTURE, payload__person=["Odile", "Varga"]), "envelope", "payload/person"),
        (_edit(FUNDING, event_id="not-a-uuid"), "envelope", "event_id"),
        (_edit(FUNDING, event_id=str(uuid.uuid4()).upper()), "envelope", "canonical"),
        (_edit(RETRACTION, payload__retracts=KeyError), "envelope", "retracts"),
        (_edit(RETRACTION, payload__retracts="0000"), "envelope", "retracts"),
        (_edit(DEPARTURE, payload__person="Odile\x00Varga"), "envelope", "NUL"),
        (_edit(FUNDING, metadata={"note\x00": 1}), "envelope", "NUL"),
        (_edit(FUNDING, metadata={"note": "x" * (MAX_TEXT + 1)}), "envelope", "limit"),
        (_edit(FUNDING, payload__company="Kestrel " * 400), "envelope", "payload/company"),
        (_edit(FUNDING, source__article_id="a" * 201), "envelope", "article_id"),
        (_edit(FUNDING, stream_id="departure:odile varga"), "envelope", "not the subject"),
        (_edit(FUNDING, stream_id="funding:someone else"), "envelope", "not the subject"),
        (_edit(RETRACTION, stream_id="departure:odile varga"), "envelope", "not a funding stream"),
        (_edit(FUNDING, unexpected=True), "envelope", ""),
    ],
    ids=[
        "not-json", "tombstone", "not-an-object", "unknown-type", "no-company", "amount-wrong-type",
        "amount-beyond-any-deal", "valuation-zero", "stake-over-100", "stake-zero",
        "person-wrong-type", "bad-uuid", "uuid-not-canonical", "retraction-without-retracts",
        "retracts-bad-uuid", "nul-in-name", "nul-in-key", "huge-string", "name-too-long",
        "article-id-too-long", "stream-of-other-type", "stream-of-other-subject",
        "retraction-on-other-type", "unknown-field",
    ],
)  # fmt: skip
def test_bad_envelopes_are_rejected_with_their_reason(data, reason, says):
    rejected = _reject(data)
    assert rejected.reason == reason
    assert says in rejected.detail


def test_a_record_keyed_by_another_subject_is_rejected():
    rejected = _reject(_raw(FUNDING), key=b"funding:someone else")
    assert (rejected.reason, "differs from stream_id" in rejected.detail) == ("envelope", True)


def test_a_reused_id_with_other_content_is_a_forgery():
    forged = _edit(FUNDING, payload__amount=9e9, payload__amount_usd=9e9)
    rejected = _reject(forged)
    assert rejected.reason == "forged_id"
    assert FUNDING.event_id in rejected.detail


def test_a_reused_id_of_another_article_is_a_forgery():
    assert _reject(_edit(FUNDING, source__article_id="someone-elses")).reason == "forged_id"


def test_a_retraction_must_carry_the_id_of_what_it_retracts():
    other = str(uuid.uuid4())
    assert _reject(_edit(RETRACTION, payload__retracts=other)).reason == "forged_id"


def test_evidence_and_provenance_beside_the_article_do_not_change_the_id():
    """Documented limit: the id covers article and content, not the sentences quoted."""
    decoded = decode_envelope(_raw(_edit(FUNDING, payload__evidence=[])))
    assert decoded.event_id == FUNDING.event_id


def test_an_escaped_backslash_u0000_is_text_not_a_nul():
    data = _edit(FUNDING, metadata={"note": "a literal \\u0000 in prose"})
    assert decode_envelope(_raw(data)).metadata["note"] == "a literal \\u0000 in prose"


@pytest.mark.parametrize("path", ["occurred_at", "source__published_at"], ids=["occurred_at", "source.published_at"])
@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01T00:30:00+01:00",  # 1 BC in UTC: PostgreSQL stores it, a rebuild read it back as AD 1
        "0000-06-01T00:00:00Z",  # year 0: the canonical shape, yet 1 BC
        "10000-01-01T00:00:00Z",
        "2025-W01-1",
        "garbage",
        "2025-01-02T10:00:00+23:59",
    ],
)
def test_an_instant_that_is_not_strict_rfc3339_in_range_is_refused(path, value):
    """Found by test_fuzz_boundaries: the event store took any ``occurred_at`` PostgreSQL
    parses, so the live fold (which reads strictly) and a rebuild (which reads the stored
    timestamp back) disagreed on ``first_seen``."""
    rejected = _reject(_edit(FUNDING, **{path: value}))
    assert rejected.reason == "envelope" and path.replace("__", "/") in rejected.detail


def test_instants_are_stored_as_the_same_instant_in_utc():
    """Offsets are normalised and digits beyond the microsecond cut, as at article ingest
    (PostgreSQL would round them: the live fold truncated, the stored value was rounded)."""
    edited = _edit(FUNDING, occurred_at="2025-01-02T05:30:00.1234567+05:30", source__published_at=None)
    decoded = decode_envelope(_raw(edited))
    assert decoded.occurred_at == "2025-01-02T00:00:00.123456Z"
    assert decoded.source.published_at is None
    decoded = decode_envelope(_raw(_edit(FUNDING, source__published_at="2025-01-01T19:00:00-05:00")))
    assert decoded.source.published_at == "2025-01-02T00:00:00Z"
