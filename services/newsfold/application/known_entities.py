"""Spellings the entity registry is known to hold, so the fold skips names it has written.

The registry (``organizations``, ``people``) only grows: a spelling once stored under a
key stays there, and a rebuild rewrites every spelling in the log. Yet every batch's merge
read (and locked) each name's row and upserted it; the people read was the fold commit's
most expensive statement in a profile. A key whose spellings in a batch were all committed
before needs no write: its aliases, hence its display name, would not change, and its
parent is kept current when the parent itself is first stored
(``projector.upsert_entities``). On the benchmark's articles, where most people are new,
this spares the people read in one commit in seven; names recur far more in real news.

A bounded LRU per worker: a miss only costs the write it would have cost anyway.
Spellings are remembered only after their transaction commits. (A database restored or
emptied under a running worker invalidates this, as it does the worker's positions:
restart workers after such an operation.)
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping

Names = Mapping[str, set[str]]


class KnownEntities:
    """(kind, key, spelling) triples known to be stored, least recently seen first."""

    def __init__(self, capacity: int = 20_000) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._seen: OrderedDict[tuple[str, str, str], None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._seen)

    def unknown(self, kind: str, found: Names) -> dict[str, set[str]]:
        """The keys of ``found`` with at least one spelling not known to be stored."""
        out: dict[str, set[str]] = {}
        for key, names in found.items():
            for name in names:
                triple = (kind, key, name)
                if triple in self._seen:
                    self._seen.move_to_end(triple)
                else:
                    out[key] = names
                    break
        return out

    def remember(self, kind: str, stored: Names) -> None:
        """Record spellings a committed transaction has stored."""
        for key, names in stored.items():
            for name in names:
                triple = (kind, key, name)
                self._seen[triple] = None
                self._seen.move_to_end(triple)
        while len(self._seen) > self.capacity:
            self._seen.popitem(last=False)
