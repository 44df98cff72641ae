"""Where each missed gold event was lost: the first stage of the extractor that failed it.

For every gold event of the real-news corpus that no prediction matched (a false negative),
the stages are checked in the order the extractor runs them:

1. ``name``: a key entity (person, employer, company, acquirer or target) is not among the
   entities the name finder built for the article (compared as the scorer compares names);
2. ``flag``: every key entity is found, but no sentence naming the first key is flagged for
   the event's family by the trigger scan, so the family's rules never read it;
3. ``key``: a prediction of the same type that matched no gold event has one of its keys
   right and another wrong (the event was found, with the wrong employer, buyer or target:
   a false positive and a false negative at once);
4. ``attach``: names found, sentence read, no event: the rules did not attach the entities
   to an event.

The counts say which layer to work on; they are the instrument behind the README's "where
the misses are".

    python -m newsfold.evaluation.diagnose --split dev [--collected 7] [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from ..domain.article import Article
from ..domain.extraction import find_by_rules
from ..domain.extraction.document import Doc
from ..domain.extraction.triggers import ACQUISITION, DEPARTURE, FUNDING
from .predict import predict_rows
from .realnews import SPLITS, load
from .scoring import KEY_FIELDS, keys_match, name_matches, slot_scores

STAGES = ("name", "flag", "key", "attach")
_FAMILY = {"departure": DEPARTURE, "funding": FUNDING, "acquisition": ACQUISITION}


def _entities_for(doc: Doc, gold: dict[str, Any], key: str) -> list[int]:
    """Ids of the article's entities whose name matches gold field ``key``."""
    person = key == "person"
    return [e.id for e in doc.entities if name_matches(e.name, gold, key, person=person)]


def _shares_a_key(etype: str, gold: dict[str, Any], unmatched: list[dict[str, Any]]) -> bool:
    """A prediction of the type that matched no gold event has one of this event's keys right
    and another wrong (for a departure, the person: many people leave one employer)."""
    keys = ("person",) if etype == "departure" else KEY_FIELDS[etype]
    for p in unmatched:
        if p.get("type") != etype:
            continue
        if any(name_matches(p.get(k), gold, k, person=k == "person") for k in keys):
            return True
    return False


def stage_of_miss(article: Article, gold: dict[str, Any], unmatched: list[dict[str, Any]]) -> str:
    """The first stage (see the module docstring) at which gold event ``gold`` was lost;
    ``unmatched`` are the article's predictions that matched no gold event."""
    etype = gold["type"]
    found = find_by_rules(article, budget=None)
    if found is None:
        doc = Doc(article.body)  # no sentence flagged at all: the names still tell stage 1
        kinds: dict[int, int] = {}
    else:
        doc, kinds = found.doc, found.kinds
    per_key = [_entities_for(doc, gold, k) for k in KEY_FIELDS[etype]]
    if any(not ids for ids in per_key):
        return "name"
    first = set(per_key[0])
    sentences = {doc.sent_of(m.start) for m in doc.mentions if m.entity in first}
    if not any(kinds.get(i, 0) & _FAMILY[etype] for i in sentences):
        return "flag"
    if _shares_a_key(etype, gold, unmatched):
        return "key"
    return "attach"


def diagnose(
    directory: str, split: str | None = None, collected: int | None = None
) -> list[tuple[str, str, dict[str, Any]]]:
    """``(article_id, stage, gold event)`` for every missed gold event of the selection."""
    corpus = load(directory, split, collected)
    rows = predict_rows(corpus.articles)
    out: list[tuple[str, str, dict[str, Any]]] = []
    for article, gold_row, pred_row in zip(corpus.articles, corpus.gold, rows, strict=True):
        preds = [p for p in pred_row["events"] if (p.get("certainty") or "confirmed") != "denied"]
        used: set[int] = set()
        missed = []
        for g in gold_row["events"]:
            # the scorer's choice: the unused matching prediction agreeing on most slots
            matches = [
                (sum(slot_scores(g["type"], p, g).values()), n)
                for n, p in enumerate(preds)
                if n not in used and p.get("type") == g["type"] and keys_match(g["type"], p, g)
            ]
            if matches:
                used.add(max(matches, key=lambda m: (m[0], -m[1]))[1])
            else:
                missed.append(g)
        unmatched = [p for n, p in enumerate(preds) if n not in used]
        out.extend((article.article_id, stage_of_miss(article, g, unmatched), g) for g in missed)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Where the real-news misses were lost, by extractor stage.")
    parser.add_argument("--dir", default="tests/realnews")
    parser.add_argument("--split", choices=SPLITS, default=None)
    parser.add_argument("--collected", type=int, default=None)
    parser.add_argument("--list", action="store_true", help="print every miss with its stage")
    args = parser.parse_args(argv)
    misses = diagnose(args.dir, args.split, args.collected)
    counts = Counter((g["type"], stage) for _, stage, g in misses)
    print(f"{'type':<12}" + "".join(f"{s:>8}" for s in STAGES) + f"{'total':>8}")
    for etype in KEY_FIELDS:
        row = [counts[(etype, s)] for s in STAGES]
        print(f"{etype:<12}" + "".join(f"{n:>8}" for n in row) + f"{sum(row):>8}")
    total = [sum(counts[(t, s)] for t in KEY_FIELDS) for s in STAGES]
    print(f"{'all':<12}" + "".join(f"{n:>8}" for n in total) + f"{sum(total):>8}")
    if args.list:
        for aid, stage, g in misses:
            keys = ", ".join(f"{k}={g.get(k)!r}" for k in KEY_FIELDS[g["type"]])
            print(f"  [{aid}] {stage:<7} {g['type']}({keys})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
