"""A synthetic, deterministic news corpus for the benchmarks.

The benchmark needs many realistic articles (~300 words) whose *shape* matches what the
worker sees in production: a lead paragraph that reports one or two industry events
(departures, funding rounds, acquisitions; confirmed, rumoured or denied), background and
distractor paragraphs (earnings, launches, quotes) that mention money and names without
being events, and the same fact re-reported by other outlets in other words, plus some
syndicated verbatim copies. All names are invented from syllables; all sentences are
written for this module. The same ``seed`` always yields the same corpus.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

_SYL = (
    "zor vel tra mik lon bra dex qui nor sal fen ark ven tor cal mer pha sto gri zen "
    "ola rin vas kor ema lut tes bri hal dun sev nix par quo ryl tam bex ond"
).split()
_COMPANY_SUFFIX = ("Labs", "Systems", "Robotics", "Analytics", "Networks", "Bio", "Energy", "Cloud", "Health", "")
_INVESTOR_SUFFIX = ("Ventures", "Capital", "Partners", "Growth")
_FIRST = (
    "Mara Tomas Ilse Kenji Priya Dario Lena Oskar Yara Felix Noor Ravi Sofia Idris Hana Marek Ines "
    "Caleb Zuri Anika Bruno Celine Emeka Farah Goran Hideo Jonas Leila Matteo Nadia Pavel Rosa Soren Talia"
).split()
_ROLES = (
    "chief technology officer",
    "head of research",
    "vice president of engineering",
    "chief operating officer",
    "chief product officer",
    "head of sales",
    "general counsel",
)
_AREAS = ("engineering", "research", "product", "design", "infrastructure", "security", "sales")
_CITIES = ("Lisbon", "Austin", "Nairobi", "Oslo", "Toronto", "Seoul", "Warsaw", "Bogota", "Dublin", "Pune")
_SECTORS = ("fintech", "logistics", "biotech", "robotics", "climate", "security", "developer-tools", "edtech")
_THINGS = (
    "warehouse robots",
    "payment software",
    "battery chemistry",
    "code review tools",
    "satellite imagery",
    "fraud detection models",
    "clinical trial software",
    "drone navigation",
)
_ROUNDS = ("seed round", "Series A", "Series B", "Series C", "Series D", "growth round")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_OUTLET_A = ("Northgate", "Harbor", "Meridian", "Copperline", "Bluefield", "Ironbridge", "Lakeside", "Summit")
_OUTLET_B = ("Tech Daily", "Business Wire Review", "Ledger", "Signal", "Dispatch", "Chronicle", "Insider", "Post")


def _money(rng: random.Random, low: float = 2, high: float = 900) -> tuple[str, float]:
    """An amount in one of the many ways articles write it, and its rough size in millions."""
    millions = round(rng.uniform(low, high), 1 if rng.random() < 0.3 else 0)
    style = rng.randrange(7)
    if millions >= 1000 or (style == 6 and millions > 100):
        billions = round(millions / 1000, 1) or 0.5
        return rng.choice((f"${billions} billion", f"US${billions}bn", f"€{billions} billion")), billions * 1000
    whole = int(millions) if float(millions).is_integer() else millions
    return (
        (
            f"${whole} million",
            f"${whole}m",
            f"€{whole} million",
            f"£{whole} million",
            f"{whole} million euros",
            f"US${whole} million",
            f"${whole}M",
        )[style],
        millions,
    )


@dataclass
class _Names:
    """Invented names, drawn without reuse so that each fact has its own subject."""

    rng: random.Random
    used: set[str] = field(default_factory=set)
    longer: int = 0  # syllables added to every word once the shorter names run out

    def _word(self, parts: int) -> str:
        return "".join(self.rng.choice(_SYL) for _ in range(parts + self.longer)).capitalize()

    def _fresh(self, make: object) -> str:
        """A name not drawn before. Past ~600,000 articles the two- and three-syllable
        names run out; from then on every word is a syllable longer (corpora up to that
        size are unchanged)."""
        while self.longer < 4:
            for _ in range(100):
                name = make()  # type: ignore[operator]
                if name not in self.used:
                    self.used.add(name)
                    return name
            self.longer += 1
        raise RuntimeError("name space exhausted")

    def company(self) -> str:
        return self._fresh(lambda: f"{self._word(self.rng.choice((2, 3)))} {self.rng.choice(_COMPANY_SUFFIX)}".strip())

    def investor(self) -> str:
        return self._fresh(lambda: f"{self._word(2)} {self.rng.choice(_INVESTOR_SUFFIX)}")

    def person(self) -> str:
        return self._fresh(lambda: f"{self.rng.choice(_FIRST)} {self._word(self.rng.choice((2, 3)))}")


@dataclass
class _Fact:
    """One real-world event that several articles may report."""

    kind: str
    slots: dict[str, str]


def _new_fact(rng: random.Random, names: _Names, companies: list[str], investors: list[str]) -> _Fact:
    kind = rng.choices(("departure", "funding", "acquisition"), weights=(4, 4, 3))[0]
    pick = rng.choice
    if kind == "departure":
        slots = {
            "person": names.person(),
            "org": pick(companies),
            "org2": pick(companies),
            "newco": names.company(),
            "role": pick(_ROLES),
            "area": pick(_AREAS),
            "thing": pick(_THINGS),
        }
    elif kind == "funding":
        money, size = _money(rng, 1, 400)
        valuation, _ = _money(rng, size * 4, size * 12)
        slots = {
            "company": names.company(),
            "money": money,
            "valuation": valuation,
            "round": pick(_ROUNDS),
            "inv1": pick(investors),
            "inv2": pick(investors),
            "city": pick(_CITIES),
            "sector": pick(_SECTORS),
            "thing": pick(_THINGS),
        }
    else:
        slots = {
            "acq": pick(companies),
            "target": names.company(),
            "money": _money(rng, 20, 4000)[0],
            "pct": str(rng.choice((10, 15, 20, 25, 30, 40, 51, 60, 75))),
            "thing": pick(_THINGS),
        }
    return _Fact(kind, slots)


# Event sentences, per kind and certainty. Every slot comes from the fact.
_REPORTS: dict[str, dict[str, tuple[str, ...]]] = {
    "departure": {
        "confirmed": (
            "{person}, who led {area} at {org}, resigned this week to start a company of their own.",
            "{org} said on {day} that its {role}, {person}, has left the company.",
            "{person} has stepped down as {role} of {org} and will join {org2} next month.",
            "{person}, the former {role} at {org}, has founded {newco}, a startup building {thing}.",
        ),
        "rumored": (
            "{person} is reportedly preparing to leave {org}, according to two people familiar with the matter.",
        ),
        "denied": ("{org} denied a report that {person}, its {role}, was leaving the company.",),
    },
    "funding": {
        "confirmed": (
            "{company}, a {city}-based {sector} startup, has raised {money} in a {round} led by {inv1}, "
            "with participation from {inv2}.",
            "{company} said on {day} it had closed a {money} {round} at a valuation of {valuation}.",
            "{inv1} led a {money} investment in {company}, which makes {thing}, the company said.",
        ),
        "rumored": ("{company} is in talks to raise about {money} from {inv1}, people familiar with the plans said.",),
        "denied": ("{company} denied reports that it was raising new capital from {inv1}.",),
    },
    "acquisition": {
        "confirmed": (
            "{acq} acquired a {pct}% stake in {target} for {money}, the companies said on {day}.",
            "{acq} has agreed to buy {target}, a maker of {thing}, for {money}.",
            "{acq} completed its acquisition of {target} on {day} in a deal valued at {money}.",
        ),
        "rumored": ("{acq} is exploring a takeover of {target}, according to people briefed on the talks.",),
        "denied": ("{acq} denied that it was in talks to acquire {target}.",),
    },
}

# Background sentences: names and numbers, but no event for the extractor.
_FILLER = (
    "{c1} reported quarterly revenue of {m1}, slightly ahead of what analysts had expected.",
    "Shares of {c1} rose {p}% in early trading after the announcement.",
    "The company employs about {n} people across {k} offices.",
    "{c1} launched a new line of {thing} earlier this year and plans to expand into {city}.",
    "Analysts at {inv} said demand for {thing} had been uneven over the past two quarters.",
    '"We are focused on building products our customers rely on every day," a spokesperson said.',
    "{c1} and {c2} announced a partnership last spring to share data on {thing}.",
    "Regulators in {city} have opened a consultation on rules that could affect {sector} companies.",
    "The wider {sector} market has cooled since last year, when investors poured money into the sector.",
    "{c2} declined to comment on the report.",
    "{c1} was founded in {year} and sells {thing} to hospitals, retailers and manufacturers.",
    "Competition for engineers in {city} remains intense, recruiters said.",
    "The firm said it expects to break even by the end of next year.",
    "Earlier this month {c2} cut its full-year outlook, citing weaker orders from large customers.",
    "Industry groups have asked for clearer guidance on how {thing} should be certified.",
    "{c1} opened an office in {city} in {year} and has hired steadily since.",
)


def _fill(rng: random.Random, companies: list[str], investors: list[str]) -> dict[str, str]:
    return {
        "c1": rng.choice(companies),
        "c2": rng.choice(companies),
        "inv": rng.choice(investors),
        "m1": _money(rng)[0],
        "p": str(rng.randint(2, 14)),
        "n": str(rng.randrange(40, 9000, 10)),
        "k": str(rng.randint(2, 19)),
        "thing": rng.choice(_THINGS),
        "city": rng.choice(_CITIES),
        "sector": rng.choice(_SECTORS),
        "year": str(rng.randint(1998, 2021)),
    }


def _paragraph(rng: random.Random, companies: list[str], investors: list[str], sentences: int) -> str:
    slots = _fill(rng, companies, investors)
    return " ".join(t.format(**slots) for t in rng.sample(_FILLER, sentences))


def _report(rng: random.Random, fact: _Fact) -> str:
    certainty = rng.choices(("confirmed", "rumored", "denied"), weights=(80, 15, 5))[0]
    return rng.choice(_REPORTS[fact.kind][certainty]).format(day=rng.choice(_DAYS), **fact.slots)


def _title(fact: _Fact | None, rng: random.Random) -> str:
    if fact is None:
        return f"Market notes: {rng.choice(_SECTORS)} outlook for the quarter"
    subject = fact.slots.get("person") or fact.slots.get("company") or fact.slots.get("target")
    return f"{subject}: what the latest {fact.kind} means for the {rng.choice(_SECTORS)} sector"


def generate(n: int, seed: int = 7, repeat_fraction: float = 0.3, syndicated_fraction: float = 0.04) -> Iterator[dict]:
    """``n`` articles as ``news_article.v1`` dicts, deterministic in ``seed``.

    About ``repeat_fraction`` of the event reports re-report an earlier fact (another outlet,
    other words), ``syndicated_fraction`` of articles are verbatim copies of an earlier one
    under another outlet, and about one article in ten reports no event at all.
    """
    rng = random.Random(seed)
    names = _Names(rng)
    companies = [names.company() for _ in range(400)]
    investors = [names.investor() for _ in range(120)]
    outlets = [f"{a} {b}" for a in _OUTLET_A for b in _OUTLET_B]
    facts: list[_Fact] = []
    recent: list[str] = []
    start = datetime(2025, 1, 6, 7, 0, tzinfo=UTC)
    for i in range(n):
        outlet = rng.choice(outlets)
        published = (start + timedelta(seconds=37 * i + rng.randrange(600))).isoformat().replace("+00:00", "Z")
        if recent and rng.random() < syndicated_fraction:
            body = rng.choice(recent)
            title = "Syndicated: " + body[:60]
        else:
            reported: list[_Fact] = []
            for _ in range(rng.choices((0, 1, 2), weights=(1, 7, 2))[0]):
                if facts and rng.random() < repeat_fraction:
                    # Re-reports cluster on recent facts, as news cycles do.
                    reported.append(facts[max(0, len(facts) - 1 - int(rng.expovariate(1 / 200)))])
                else:
                    facts.append(_new_fact(rng, names, companies, investors))
                    reported.append(facts[-1])
            lead = " ".join(_report(rng, f) for f in reported)
            paragraphs = [lead] if lead else []
            while sum(len(p.split()) for p in paragraphs) < 270:
                paragraphs.append(_paragraph(rng, companies, investors, rng.randint(2, 4)))
            body = "\n\n".join(paragraphs)
            title = _title(reported[0] if reported else None, rng)
            recent = [*recent[-49:], body]
        slug = outlet.lower().replace(" ", "-")
        yield {
            "article_id": f"bench-{seed}-{i:07d}",
            "source": outlet,
            "url": f"https://{slug}.example/{i}",
            "title": title,
            "published_at": published,
            "language": "en",
            "body": body,
        }


if __name__ == "__main__":  # a peek at the corpus: python benchmarks/corpus_gen.py
    for article in generate(3):
        print(article["title"], "\n", article["body"], "\n")
