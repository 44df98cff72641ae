"""The bytes of one stream's fold state, as the worker's fold cache keeps it.

The cache (``fold_cache.py``) holds as many recently folded streams as its memory bound
allows, so its values are compressed JSON: a state is a set of mentions whose keys and
phrasing repeat, and zlib at level 1 with a preset dictionary shrinks it severalfold for a
few tens of microseconds per touched stream (figures: docs/performance.md, "Figures
behind the code"). The bytes never leave the process
that wrote them, so the format is free to change.
"""

from __future__ import annotations

import zlib

import orjson

from newsfold.domain.folding import StreamState

LEVEL = 1  # the fastest level; higher ones buy a few percent more for several times the CPU

# A preset dictionary: one state is too small (about a kilobyte) for zlib to learn its
# repeated keys and phrasing from the state alone (see docs/performance.md). The
# strings zlib finds here cost nothing to repeat.
ZDICT = (
    b'{"mentions":{"event_id":"event_type":"departure","funding","acquisition","occurred_at":"'
    b'"source":{"article_id":"outlet":"url":"https://","published_at":"","fingerprint":"'
    b'"payload":{"person":"from_org":"role":null,"chief executive officer","to_org":"'
    b'"founded_new_venture":false,true,"company":"amount":"currency":"USD","EUR","CNY","amount_usd":'
    b'"round":"Series A","Seed","valuation":null,"valuation_currency":"investors":["lead_investors":['
    b'"acquirer":"target":"stake_pct":null,"certainty":"confirmed","rumored","denied",'
    b'"evidence":[{"text":"start":0,"end":"}]},"retracted":[]}'
    b" the company said on has raised million billion led by with participation from"
    b" acquired a stake in agreed to buy left to found joined as chief officer of"
)


def encode_state(state: StreamState) -> bytes:
    compressor = zlib.compressobj(LEVEL, zdict=ZDICT)
    return compressor.compress(orjson.dumps(state.to_dict())) + compressor.flush()


def decode_state(stored: bytes) -> StreamState:
    return StreamState.from_dict(orjson.loads(zlib.decompressobj(zdict=ZDICT).decompress(stored)))
