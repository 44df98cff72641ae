"""Weights of :mod:`.attach`'s role models, written by ``python -m newsfold.evaluation.attach_fit --write``.

Do not edit by hand: refit (and bump ``EXTRACTOR_VERSION``) whenever the rules or the
features change. Roles whose threshold is above 1 are off and have no weights.
"""

WEIGHTS: dict[str, dict[str, float]] = {}

THRESHOLDS: dict[str, float] = {
    "company": 1.01,
    "acquirer": 1.01,
    "target": 1.01,
    "person": 1.01,
    "from_org": 1.01,
}
