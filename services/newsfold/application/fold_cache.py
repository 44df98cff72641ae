"""Fold states kept between batches: a bounded cache in front of the event store.

A stream's fold state is the set of its events, and the event store holds exactly that
set (``stream_id``, versions 1..n), so the store is the state and the worker only keeps
recently folded states at hand. Each is kept compressed (``fold_state.py``) with the
stream version it reflects. The fold commit reads every touched stream's stored version
under the append lock anyway, and uses a kept state only when its version is the stored
one; any other stream with events is re-read from the store in that transaction: one
this worker never folded (it just started, or took the partition over), one evicted to
stay within the bound, one another worker appended to meanwhile (its partition moved
away and back). The cache can make the fold faster, never different.

States are put back only after their transaction commits, so a rolled-back batch leaves
no state for a version that does not exist. (A database restored from a backup under a
running worker may hold other events under the same versions: restart the workers after
such an operation, as for ``known_entities.py``.)

This replaced a changelogged Faust table, which lived whole in memory (per subject ever
reported, without a bound), was replayed from its changelog at every start and rebalance
(growing with history), and had every touched stream's whole state written to the broker
again each batch (figures: docs/performance.md, "Figures behind the code").
"""

from __future__ import annotations

from collections import OrderedDict

from newsfold.application.fold_state import decode_state, encode_state
from newsfold.domain.folding import StreamState

# What one entry costs beyond its compressed bytes and key: the ordered dict's slot and
# link, the (version, bytes) tuple, the bytes and str headers, the int. Estimated from
# CPython's object sizes; it only makes the bound count entries, not just payload.
ENTRY_OVERHEAD = 256


class FoldCache:
    """Compressed fold states with their stream versions, least recently used first,
    within ``max_bytes`` (0 keeps nothing: every stream with history is re-read)."""

    def __init__(self, max_bytes: int) -> None:
        if max_bytes < 0:
            raise ValueError("max_bytes must not be negative")
        self.max_bytes = max_bytes
        self.nbytes = 0
        self._entries: OrderedDict[str, tuple[int, bytes]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, stream_id: str, version: int) -> StreamState | None:
        """The state of ``stream_id`` if one is kept for exactly ``version``, else None
        (a state for another version is stale and dropped)."""
        entry = self._entries.get(stream_id)
        if entry is None:
            return None
        if entry[0] != version:
            self._drop(stream_id)
            return None
        self._entries.move_to_end(stream_id)
        return decode_state(entry[1])

    def put(self, stream_id: str, version: int, state: StreamState) -> None:
        """Keep ``state`` as the fold of ``stream_id``'s events 1..``version``."""
        if stream_id in self._entries:
            self._drop(stream_id)
        if not self.max_bytes:
            return
        blob = encode_state(state)
        self._entries[stream_id] = (version, blob)
        self.nbytes += _cost(stream_id, blob)
        while self.nbytes > self.max_bytes and self._entries:
            self._drop(next(iter(self._entries)))

    def _drop(self, stream_id: str) -> None:
        _, blob = self._entries.pop(stream_id)
        self.nbytes -= _cost(stream_id, blob)


def _cost(stream_id: str, blob: bytes) -> int:
    return len(blob) + len(stream_id) + ENTRY_OVERHEAD
