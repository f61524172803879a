"""Judging the assistant strictly against gold events written by hand.

A gold event is found only when one candidate
- quotes its sentence (one of the candidate's sentences overlaps a quote the
  gold event gives, or one it lists under `also`),
- has the same direction (the sign of the Goldstein score: escalation,
  neutral or thaw),
- has the same category, and
- has a date within the gold date's precision (the candidate's period lies
  inside the gold period: a day inside its week, never a week inside a day;
  an approximate date stands for a week either side).

Each candidate can find at most one gold event and each gold event is found
by at most one candidate (a maximum matching). Then:
- recall: gold events found / gold events;
- precision: candidates that found a gold event / candidates; a second
  candidate for an event already found is a miss, as is any candidate that
  finds nothing;
- direction, category, date and roles accuracy: among the gold events some
  candidate quotes ("located"), the share whose best candidate quoting them
  (the matched one, else the one right on the most counts) has the right
  direction, category, date, and source and target on the right sides
  (either order for a mutual act).

Sets: `seeds` are the two articles of record with their curated events
(fixtures/seed.json); `dev`, `heldout`, `heldout2`, `heldout4`, `heldout5`,
`heldout6`, `heldout7` and `heldout8` are the passages of tests/data/dev,
tests/data/heldout, tests/data/heldout2, tests/data/heldout4, tests/data/heldout5,
tests/data/heldout6, tests/data/heldout7 and tests/data/heldout8 with their gold
(.json beside each .txt); `dev-ru`, `dev-ru2` (written in the round on Russian text of issue 12),
`dev-ru3`, `dev-ru4`, `dev-ru5`, `dev-ru6`, `dev-ru7`, `dev-ru8`, `dev-ru9` (written in
the fourth, fifth, sixth, seventh, eighth, ninth and tenth Russian rounds) and
`heldout-ru` and `heldout-ru2` (a second blind Russian held-out set) are Russian
passages (tests/data/RUSSIAN.md), read by the Russian
reader and judged exactly as strictly. Groups judge several sets at once, each
reported by its total: `heldout-all` the English held-out sets and their joint
total, `all` every
set and that held-out total.
"""

import datetime
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from django.conf import settings

from ..cleaning import parse_article
from ..dates import APPROXIMATE, normalise, period_end
from .candidates import propose
from .dates import ResolvedDate
from .languages import Vocabulary
from .sentences import Sentence

DATA = Path(settings.BASE_DIR) / "tests" / "data"
# Each set: its folder and the language its passages are read in.
SETS = {
    "dev": (DATA / "dev", "en"),
    "heldout": (DATA / "heldout", "en"),
    "heldout2": (DATA / "heldout2", "en"),
    "heldout4": (DATA / "heldout4", "en"),
    "heldout5": (DATA / "heldout5", "en"),
    "heldout6": (DATA / "heldout6", "en"),
    "heldout7": (DATA / "heldout7", "en"),
    "heldout8": (DATA / "heldout8", "en"),
    "dev-ru": (DATA / "dev-ru", "ru"),
    "dev-ru2": (DATA / "dev-ru2", "ru"),
    "dev-ru3": (DATA / "dev-ru3", "ru"),
    "dev-ru4": (DATA / "dev-ru4", "ru"),
    "dev-ru5": (DATA / "dev-ru5", "ru"),
    "dev-ru6": (DATA / "dev-ru6", "ru"),
    "dev-ru7": (DATA / "dev-ru7", "ru"),
    "dev-ru8": (DATA / "dev-ru8", "ru"),
    "dev-ru9": (DATA / "dev-ru9", "ru"),
    "heldout-ru": (DATA / "heldout-ru", "ru"),
    "heldout-ru2": (DATA / "heldout-ru2", "ru"),
}
HELD_OUT = ("heldout", "heldout2", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
HELD_OUT_RUSSIAN = ("heldout-ru", "heldout-ru2")
GROUPS = {"heldout-all": HELD_OUT, "all": ("seeds", *SETS)}
SET_NAMES = ["seeds", *SETS, *GROUPS]
SEED_FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "seed.json"
APPROXIMATE_MARGIN = datetime.timedelta(days=7)


@dataclass(frozen=True)
class Gold:
    quotes: tuple[str, ...]
    source: str | None
    target: str | None
    category: str
    score: Decimal
    date: datetime.date
    precision: str
    expected: bool = False
    mutual: bool = False


class Judged(Protocol):
    """What the judge reads of a candidate: the assistant's Candidate, or a coder's event (agreement.py)."""

    @property
    def sentences(self) -> list[Sentence]: ...
    @property
    def score(self) -> Any: ...
    @property
    def category(self) -> str: ...
    @property
    def date(self) -> ResolvedDate: ...
    @property
    def source_actor(self) -> Any: ...
    @property
    def target_actor(self) -> Any: ...
    @property
    def code(self) -> str: ...
    @property
    def title(self) -> str: ...


@dataclass
class Passage:
    name: str
    published: datetime.date
    body: str
    events: list[Gold]


@dataclass
class Score:
    label: str
    passages: int = 0
    events: int = 0
    candidates: int = 0
    found: int = 0
    located: int = 0
    direction: int = 0
    category: int = 0
    date: int = 0
    roles: int = 0
    misses: list[str] = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float | None:
        return part / whole if whole else None

    @property
    def recall(self) -> float | None:
        return self.ratio(self.found, self.events)

    @property
    def precision(self) -> float | None:
        return self.ratio(self.found, self.candidates)

    def accuracy(self, count: int) -> float | None:
        return self.ratio(count, self.located)

    def add(self, other: "Score") -> None:
        for name in ("passages", "events", "candidates", "found", "located", "direction", "category", "date", "roles"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses


def direction(score: Decimal | float) -> int:
    return (score > 0) - (score < 0)


def period(date: datetime.date, precision: str) -> tuple[datetime.date, datetime.date]:
    if precision == APPROXIMATE:
        return date - APPROXIMATE_MARGIN, date + APPROXIMATE_MARGIN
    start = normalise(date, precision)
    return start, period_end(start, precision)


def date_within(candidate: Judged, gold: Gold) -> bool:
    start, end = period(candidate.date.date, candidate.date.precision)
    gold_start, gold_end = period(gold.date, gold.precision)
    return gold_start <= start and end <= gold_end


def spans(body: str, quotes: Iterable[str]) -> list[tuple[int, int]]:
    found = []
    for quote in quotes:
        start = body.find(quote)
        if start < 0:
            raise ValueError(f"gold quote not in the passage: {quote!r}")
        found.append((start, start + len(quote)))
    return found


def quotes_gold(candidate: Judged, gold_spans: list[tuple[int, int]]) -> bool:
    return any(s.start < end and start < s.end for s in candidate.sentences for start, end in gold_spans)


def side_of(actor: Any) -> str | None:
    return actor.side if actor is not None else None


def roles_right(candidate: Judged, gold: Gold, sides: dict[str, str]) -> bool:
    wanted = (sides.get(gold.source or ""), sides.get(gold.target or ""))
    got = (side_of(candidate.source_actor), side_of(candidate.target_actor))
    return got == wanted or (gold.mutual and got == wanted[::-1])


def checks(candidate: Judged, gold: Gold) -> tuple[bool, bool, bool]:
    return (
        direction(candidate.score) == direction(gold.score),
        candidate.category == gold.category,
        date_within(candidate, gold),
    )


def maximum_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """Gold index -> candidate index, as many pairs as possible (augmenting paths)."""
    owner: dict[int, int] = {}

    def assign(gold: int, seen: set[int]) -> bool:
        for candidate in edges.get(gold, []):
            if candidate in seen:
                continue
            seen.add(candidate)
            if candidate not in owner or assign(owner[candidate], seen):
                owner[candidate] = gold
                return True
        return False

    for gold in edges:
        assign(gold, set())
    return {gold: candidate for candidate, gold in owner.items()}


def score_passage(passage: Passage, vocabulary: Vocabulary, sides: dict[str, str]) -> Score:
    return judge(passage, propose(passage.body, passage.published, vocabulary), sides)


def judge(passage: Passage, candidates: Sequence[Judged], sides: dict[str, str]) -> Score:
    """The passage's gold events against these candidates (the assistant's, or another coder's events)."""
    score = Score(passage.name, passages=1, events=len(passage.events), candidates=len(candidates))
    quoting = {
        index: [c for c, candidate in enumerate(candidates) if quotes_gold(candidate, spans(passage.body, gold.quotes))]
        for index, gold in enumerate(passage.events)
    }
    full = {
        index: [c for c in found if all(checks(candidates[c], passage.events[index]))]
        for index, found in quoting.items()
    }
    matched = maximum_matching(full)
    score.found = len(matched)
    for index, gold in enumerate(passage.events):
        if not quoting[index]:
            score.misses.append(f"{passage.name}: not located: {gold.quotes[0]}")
            continue
        score.located += 1
        best = (
            candidates[matched[index]]
            if index in matched
            else max((candidates[c] for c in quoting[index]), key=lambda candidate: sum(checks(candidate, gold)))
        )
        right_direction, right_category, right_date = checks(best, gold)
        score.direction += right_direction
        score.category += right_category
        score.date += right_date
        score.roles += roles_right(best, gold, sides)
        if index not in matched:
            score.misses.append(
                f"{passage.name}: wrong for {gold.quotes[0]!r}: got {best.code} {best.category} {best.score} "
                f"{best.date.date} {best.date.precision}; "
                f"want {gold.category} {gold.score} {gold.date} {gold.precision}"
            )
    used = set(matched.values())
    for number, candidate in enumerate(candidates):
        if number not in used:
            score.misses.append(f"{passage.name}: unmatched candidate {candidate.code} {candidate.title!r}")
    return score


def load_passages(directory: Path) -> list[Passage]:
    return [load_passage(gold_file, gold_file.with_suffix(".txt")) for gold_file in sorted(directory.glob("*.json"))]


def load_passage(gold_file: Path, text_file: Path) -> Passage:
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    article = parse_article(text_file.read_text(encoding="utf-8"))
    events = [gold_event(item) for item in data["events"]]
    return Passage(gold_file.stem, datetime.date.fromisoformat(data["published"]), article.body, events)


def gold_event(item: dict[str, Any]) -> Gold:
    return Gold(
        quotes=(item["quote"], *item.get("also", [])),
        source=item.get("source"),
        target=item.get("target"),
        category=item["category"],
        score=Decimal(str(item["score"])),
        date=datetime.date.fromisoformat(item["date"]),
        precision=item["precision"],
        expected=item.get("expected", False),
        mutual=item.get("mutual", False),
    )


def seed_passages() -> tuple[list[Passage], dict[str, str]]:
    """The seed articles and their published events, read from the fixture (not the database)."""
    rows = json.loads(SEED_FIXTURE.read_text(encoding="utf-8"))
    actors = {row["pk"]: row["fields"]["name"] for row in rows if row["model"] == "timeline.actor"}
    sources = {row["pk"]: row["fields"] for row in rows if row["model"] == "timeline.source"}
    evidence: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        if row["model"] == "timeline.evidence":
            evidence.setdefault(row["fields"]["event"], []).append(row["fields"])
    events: dict[int, list[Gold]] = {pk: [] for pk in sources}
    for row in rows:
        fields = row["fields"]
        if row["model"] != "timeline.event" or fields["status"] != "published":
            continue
        for source_pk in {item["source"] for item in evidence.get(row["pk"], [])}:
            quotes = tuple(item["quote"] for item in evidence[row["pk"]] if item["source"] == source_pk)
            events[source_pk].append(seed_gold(fields, quotes, actors))
    passages = [
        Passage(
            f"seed #{pk} {fields['outlet']}",
            datetime.date.fromisoformat(fields["published"]),
            fields["body"],
            events[pk],
        )
        for pk, fields in sources.items()
    ]
    return passages, actors_sides(rows)


def seed_gold(fields: dict[str, Any], quotes: tuple[str, ...], actors: dict[int, str]) -> Gold:
    return Gold(
        quotes=quotes,
        source=actors.get(fields.get("source_actor") or 0),
        target=actors.get(fields.get("target_actor") or 0),
        category=fields["category"],
        score=Decimal(fields["score"]),
        date=datetime.date.fromisoformat(fields["date"]),
        precision=fields["date_precision"],
    )


def actors_sides(rows: list[dict[str, Any]]) -> dict[str, str]:
    return {row["fields"]["name"]: row["fields"]["side"] for row in rows if row["model"] == "timeline.actor"}


def evaluate(set_name: str, vocabulary: Vocabulary | None = None) -> tuple[list[Score], Score]:
    """A Score per passage of the set, and their total."""
    from ..models import Actor

    folder, language = SETS.get(set_name, (DATA, "en"))
    vocabulary = vocabulary or Vocabulary.from_database(language)
    sides = dict(Actor.objects.values_list("name", "side"))
    if set_name == "seeds":
        passages, seed_sides = seed_passages()
        sides = {**seed_sides, **sides}
    else:
        passages = load_passages(folder)
    scores = [score_passage(passage, vocabulary, sides) for passage in passages]
    return scores, summed(f"Total ({set_name})", scores)


def summed(label: str, scores: Iterable[Score]) -> Score:
    """One Score adding up `scores`, under `label`."""
    total = Score(label)
    for score in scores:
        total.add(score)
    return total


def evaluate_group(group: str, vocabulary: Vocabulary | None = None) -> list[Score]:
    """The total of each set of the group, then the joint totals of the English and of the Russian held-out sets
    (each when the group has all of its sets)."""
    totals = {set_name: evaluate(set_name, vocabulary)[1] for set_name in GROUPS[group]}
    joint = [
        summed("Total (held-out: " + " + ".join(sets) + ")", (totals[name] for name in sets))
        for sets in (HELD_OUT, HELD_OUT_RUSSIAN)
        if set(sets) <= set(totals)
    ]
    return [*totals.values(), *joint]
