"""Sentences worth a look: what a learned detector flags where the rules propose nothing.

The rules propose an action only when the lexicon scores it; a side's bare
statement about the other ("Lavrov said Washington had no right ...") gives
them a frame and nothing to score. A logistic regression (the detector),
trained on the development gold by training.py and shipped as weights in
worth_a_look.json, says how likely such a sentence is to report an event.

What it flags is shown to the editor beside the candidates, never as one: it
guesses no category, direction or score, so evaluate_suggestions never sees
it. A flagged sentence can still become a draft event (a Look is accepted like
a candidate, its category and score left for the editor). The detector was
trained on English passages. A Russian source shows every open sentence: on
the Russian development sets 26 of their 29 quote an event no candidate
quotes (26 of the 41 such events), too few examples to learn weights from and
too many hits to hide.

Each feature is a name (a word's stem, a side named, the speaker's side, the
CAMEO root of an action the reader found, ...); a sentence's score is the sum
of its features' weights, so reading needs no numpy.
"""

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..models import Evidence, Source
from .candidates import Candidate, Reading, annotated, candidate_key, propose_from, read_sentences
from .languages import Vocabulary, reader_language
from .reading_cache import cached_reading
from .story_dates import story_date
from .text import tokenize

WEIGHTS = Path(__file__).with_name("worth_a_look.json")
QUOTATION_MARK = re.compile(r"[\"“”«»]")
BIAS = "bias"
ENGLISH = "en"


@dataclass(frozen=True)
class Detector:
    weights: dict[str, float]
    threshold: float

    def probability(self, names: list[str]) -> float:
        total = sum(self.weights.get(name, 0.0) for name in names)
        return 1 / (1 + math.exp(-max(-50.0, min(50.0, total))))

    def flags(self, reading: Reading) -> bool:
        return self.probability(features(reading)) >= self.threshold

    def to_json(self) -> str:
        return json.dumps({"threshold": self.threshold, "weights": self.weights}, indent=0, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Detector":
        data = json.loads(text)
        return cls(data["weights"], data["threshold"])


@lru_cache(maxsize=1)
def shipped_detector() -> Detector:
    return Detector.from_json(WEIGHTS.read_text(encoding="utf-8"))


EVERY_OPEN_SENTENCE = Detector({}, threshold=0.0)


def detector_for(language: str) -> Detector:
    """The trained detector for English, every open sentence for Russian (see the module's docstring)."""
    return shipped_detector() if language == ENGLISH else EVERY_OPEN_SENTENCE


class Look(Candidate):
    """A flagged sentence as the editor may turn it into a draft event: the quote, the story's date and the
    actors named; its action is only the frame the reader found, whose category and score are no guess."""


def features(reading: Reading) -> list[str]:
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


def quoted_sentences(candidates: list[Candidate]) -> set[int]:
    return {sentence.index for candidate in candidates for sentence in candidate.sentences}


def open_to_the_detector(reading: Reading, quoted: set[int]) -> bool:
    """A sentence no candidate quotes, naming an actor or a speaker, with an action the reader found (a frame)."""
    said = reading.said
    return reading.sentence.index not in quoted and bool(said.actions) and bool(said.actors or said.speaker)


def flagged(readings: list[Reading], candidates: list[Candidate], detector: Detector) -> list[Reading]:
    quoted = quoted_sentences(candidates)
    return [reading for reading in readings if open_to_the_detector(reading, quoted) and detector.flags(reading)]


def suggest_with_looks(source: Source) -> tuple[list[Candidate], list[Look]]:
    """The source's candidates (as candidates.suggest gives them) and its open sentences worth a look: those the
    language's detector flags, not decided on or quoted as evidence already."""
    language = reader_language(source.language)
    if language is None:
        return [], []
    candidates, looks = cached_reading(source, language, lambda vocabulary: read_source(source, vocabulary))
    return annotated(source, candidates), still_open(source, looks)


def read_source(source: Source, vocabulary: Vocabulary) -> tuple[list[Candidate], list[Look]]:
    """The source's candidates and the sentences the detector flags, before any decision is looked up."""
    readings = read_sentences(source.body, source.published, vocabulary)
    candidates = propose_from(readings, source.published, vocabulary)
    news_date = story_date(readings, source.published)
    detector = detector_for(vocabulary.language.code)
    looks = [
        Look(number, [reading], reading.said.actions[0], news_date, candidate_key(reading.sentence.text))
        for number, reading in enumerate(flagged(readings, candidates, detector), start=1)
    ]
    return candidates, looks


def still_open(source: Source, looks: list[Look]) -> list[Look]:
    decided = set(source.candidate_decisions.values_list("key", flat=True))
    quoted = list(Evidence.objects.filter(source=source).values_list("start", "end"))
    return [
        look
        for look in looks
        if look.key not in decided
        and not any(start < look.first_sentence.end and look.first_sentence.start < end for start, end in quoted)
    ]
