"""A learned reader beside the rules: events in sentences the rules propose nothing for.

The rules propose an action only when the lexicon scores it; a side's bare
statement about the other ("Lavrov said Washington had no right ..."), coded
as rhetoric, criticism or a stance, gives them a frame and nothing to score.
Two logistic regressions, trained on the development gold (training.py) and
shipped as counts-free weights in learned.json, read such sentences:

- the detector: whether a sentence the rules left without a candidate, which
  names an actor and has an action the reader found, reports a gold event;
- the labeller: which category and direction that event has; the class's
  usual CAMEO code and Goldstein score come with it.

Each feature is a name (a word's stem, a side named, the speaker's side, the
CAMEO root of an action the reader found, ...); a sentence's score is the sum
of its features' weights, so reading needs no numpy. The model reads English
only: it was trained on English passages.
"""

import json
import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .dates import ResolvedDate
from .story_dates import on_story_day
from .text import tokenize

if TYPE_CHECKING:
    from .candidates import Candidate, Reading

WEIGHTS = Path(__file__).with_name("learned.json")
QUOTATION_MARK = re.compile(r"[\"“”«»]")
BIAS = "bias"


@dataclass(frozen=True)
class Label:
    """What the labeller says of an event: its category and direction, with the class's usual code and score."""

    category: str
    code: str
    event_type: str
    score: Decimal


@dataclass(frozen=True)
class Model:
    detector: dict[str, float]
    threshold: float
    labels: list[Label]
    labeller: list[dict[str, float]]  # one weight per feature, per label
    checker: dict[str, float]
    keep_threshold: float
    categories: list[str]
    recategoriser: list[dict[str, float]]  # one weight per candidate feature, per category
    switch_threshold: float

    def category(self, names: list[str], current: str) -> str:
        """The category the recategoriser is confident of, else the rules' own."""
        scores = [sum(weights.get(name, 0.0) for name in names) for weights in self.recategoriser]
        top = max(scores)
        total = sum(math.exp(score - top) for score in scores)
        best = scores.index(top)
        return self.categories[best] if 1 / total >= self.switch_threshold else current

    def probability(self, names: list[str]) -> float:
        return logistic(sum(self.detector.get(name, 0.0) for name in names))

    def keeps(self, names: list[str]) -> bool:
        return logistic(sum(self.checker.get(name, 0.0) for name in names)) >= self.keep_threshold

    def label(self, names: list[str]) -> Label:
        scores = [sum(weights.get(name, 0.0) for name in names) for weights in self.labeller]
        return self.labels[scores.index(max(scores))]

    def to_json(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "keep_threshold": self.keep_threshold,
            "checker": self.checker,
            "categories": self.categories,
            "recategoriser": self.recategoriser,
            "switch_threshold": self.switch_threshold,
            "labels": [
                {
                    "category": label.category,
                    "code": label.code,
                    "event_type": label.event_type,
                    "score": str(label.score),
                }
                for label in self.labels
            ],
            "detector": self.detector,
            "labeller": self.labeller,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Model":
        labels = [
            Label(item["category"], item["code"], item["event_type"], Decimal(item["score"])) for item in data["labels"]
        ]
        return cls(
            data["detector"],
            data["threshold"],
            labels,
            data["labeller"],
            data["checker"],
            data["keep_threshold"],
            data["categories"],
            data["recategoriser"],
            data["switch_threshold"],
        )


def logistic(value: float) -> float:
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, value))))


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    if not WEIGHTS.exists():
        return None
    return Model.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def features(reading: "Reading") -> list[str]:
    """The names of a sentence's features: its words' stems, the sides it names and speaks for, its actions."""
    said = reading.said
    names = {BIAS}
    names |= {
        f"stem:{token.stem}" for token in tokenize(reading.sentence.text) if token.is_word() and not token.is_number()
    }
    sides = sorted({str(actor.side) for actor in said.actors})
    names |= {f"side:{side}" for side in sides}
    if len(sides) > 1:
        names.add("sides:several")
    if said.speaker is not None:
        names.add(f"speaker:{said.speaker.actor.side if said.speaker.actor else 'unnamed'}")
    for action in said.actions:
        names.add(f"cameo:{action.code[:2]}")
        names |= {flag for flag in ("negated", "conditional", "intent") if getattr(action, flag)}
        if action.is_statement():
            names.add("statement")
    if QUOTATION_MARK.search(reading.sentence.text):
        names.add("quotation")
    if reading.sentence.index == 0:
        names.add("lede")
    return sorted(names)


def candidate_features(candidate: "Candidate", candidates: list["Candidate"]) -> list[str]:
    """The names of a rules candidate's features: its sentence's, and what the rules made of it."""
    action, date = candidate.action, candidate.date
    names = set(features(candidate.readings[0]))
    names |= {
        f"code:{action.code}",
        f"root:{action.code[:2]}",
        f"category:{action.category}",
        f"sign:{(action.score > 0) - (action.score < 0)}",
        f"clause:{action.clause.kind}",
        f"part:{action.match.part_of_speech}",
        f"source:{action.source.side if action.source else 'none'}",
        f"target:{action.target.side if action.target else 'none'}",
        f"precision:{date.precision}",
        f"basis:{date.basis}",
        f"sentences:{min(len(candidate.readings), 3)}",
    }
    flags = {
        "carried": candidate.carried,
        "expected": date.expected,
        "further": bool(candidate.further),
        "action_negated": action.negated,
        "action_conditional": action.conditional,
        "action_intent": action.intent,
        "mutual": action.mutual,
        "follows": action.follows,
        "verbal": action.verbal,
        "shares_sentence": sum(other.first_sentence.index == candidate.first_sentence.index for other in candidates)
        > 1,
    }
    names |= {name for name, present in flags.items() if present}
    return sorted(names)


def open_to_the_model(reading: "Reading", quoted: set[int]) -> bool:
    """A sentence the rules proposed nothing from, naming an actor, with an action the reader found (a frame)."""
    said = reading.said
    return reading.sentence.index not in quoted and bool(said.actions) and bool(said.actors or said.speaker)


def propose_learned(
    candidates: list["Candidate"], readings: list["Reading"], news_date: ResolvedDate, model: Model
) -> list["Candidate"]:
    """The rules' candidates the checker keeps, with the model's own, in the order of their sentences."""
    from .candidates import Candidate, candidate_key

    quoted = {sentence.index for candidate in candidates for sentence in candidate.sentences}
    proposed = []
    for candidate in candidates:
        names = candidate_features(candidate, candidates)
        if not model.keeps(names):
            continue
        category = model.category(names, candidate.category)
        if category != candidate.category:
            candidate = replace(candidate, action=replace(candidate.action, category=category))
        proposed.append(candidate)
    for reading in readings:
        if not open_to_the_model(reading, quoted):
            continue
        names = features(reading)
        if model.probability(names) < model.threshold:
            continue
        label = model.label(names)
        action = replace(
            reading.said.actions[0],
            code=label.code,
            event_type=label.event_type,
            score=label.score,
            category=label.category,
        )
        date = context_date(reading, proposed, news_date)
        proposed.append(Candidate(0, [reading], action, date, candidate_key(reading.sentence.text)))
    return sorted(proposed, key=lambda candidate: candidate.first_sentence.index)


def context_date(reading: "Reading", candidates: list["Candidate"], news_date: ResolvedDate) -> ResolvedDate:
    """The sentence's own date, else the last earlier candidate's in its paragraph, else the story's day."""
    own = on_story_day(reading.said.date, news_date)
    if own is not None:
        return own
    sentence = reading.sentence
    earlier = [
        candidate
        for candidate in candidates
        if candidate.first_sentence.paragraph == sentence.paragraph
        and candidate.first_sentence.index < sentence.index
        and not candidate.date.expected
    ]
    if earlier:
        return max(earlier, key=lambda candidate: candidate.first_sentence.index).date
    return news_date
