"""How far two coders agree, judged exactly as strictly as the assistant is.

tests/data/agreement holds a second coder's events ("coder B") for passages of tests/data/dev, whose gold is the
first coder's ("coder A"). Each coder's events are read as candidates and judged by evaluation.py's strict judge
against the other's: an event counts only where it quotes the same sentence as the gold event (its own quote, not its
`also` sentences: the assistant's further sentences do not count either), with the same direction, the same
category and a date inside the gold period; each event finds at most one, and a second event for a gold event already
found is a miss. So "B against A" is B's recall and precision with A as the gold, and "A against B" the reverse.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .dates import ResolvedDate
from .evaluation import DATA, SETS, Gold, Passage, Score, judge, load_passage, score_passage, spans
from .languages import Vocabulary
from .sentences import Sentence, split_sentences

SECOND_CODING = DATA / "agreement"


@dataclass(frozen=True)
class CodedActor:
    """An actor a coder named, as the judge compares roles: by its side."""

    side: str | None


@dataclass(frozen=True)
class CodedEvent:
    """A coder's event in the shape the strict judge reads a candidate in."""

    sentences: list[Sentence]
    score: Decimal
    category: str
    date: ResolvedDate
    source_actor: CodedActor | None
    target_actor: CodedActor | None
    code: str = ""

    @property
    def title(self) -> str:
        return self.sentences[0].text if self.sentences else ""


@dataclass
class Codings:
    """One passage coded twice: its body and the two coders' events."""

    name: str
    published: datetime.date
    body: str
    first: list[Gold]
    second: list[Gold]

    @property
    def first_gold(self) -> Passage:
        return Passage(self.name, self.published, self.body, self.first)

    @property
    def second_gold(self) -> Passage:
        return Passage(self.name, self.published, self.body, self.second)


def sentences_quoted(body: str, gold: Gold, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences the event's own quote (not its `also`) lies in."""
    ((start, end),) = spans(body, gold.quotes[:1])
    return [sentence for sentence in sentences if sentence.start < end and start < sentence.end]


def actor(name: str | None, sides: dict[str, str]) -> CodedActor | None:
    return CodedActor(sides.get(name)) if name else None


def as_candidates(body: str, events: list[Gold], sides: dict[str, str]) -> list[CodedEvent]:
    sentences = split_sentences(body)
    return [
        CodedEvent(
            sentences=sentences_quoted(body, gold, sentences),
            score=gold.score,
            category=gold.category,
            date=ResolvedDate(gold.date, gold.precision, gold.expected),
            source_actor=actor(gold.source, sides),
            target_actor=actor(gold.target, sides),
        )
        for gold in events
    ]


def agreement(gold: Passage, coded: list[Gold], sides: dict[str, str]) -> Score:
    """One coder's events judged against the other's as gold."""
    return judge(gold, as_candidates(gold.body, coded, sides), sides)


def load_codings(second: Path = SECOND_CODING, first: Path = SETS["dev"][0]) -> list[Codings]:
    """Every passage the second coder coded, with the first coder's gold beside it (the text stays in `first`)."""
    codings = []
    for coded_file in sorted(second.glob("*.json")):
        gold = load_passage(first / coded_file.name, first / f"{coded_file.stem}.txt")
        coded = load_passage(coded_file, first / f"{coded_file.stem}.txt")
        codings.append(Codings(gold.name, gold.published, gold.body, gold.events, coded.events))
    return codings


def second_coder_against_first(codings: list[Codings], sides: dict[str, str]) -> list[Score]:
    return [agreement(coding.first_gold, coding.second, sides) for coding in codings]


def first_coder_against_second(codings: list[Codings], sides: dict[str, str]) -> list[Score]:
    return [agreement(coding.second_gold, coding.first, sides) for coding in codings]


def assistant_against(passages: list[Passage], vocabulary: Vocabulary, sides: dict[str, str]) -> list[Score]:
    """The assistant run on these passages and judged against their gold, as evaluate_suggestions judges it."""
    return [score_passage(passage, vocabulary, sides) for passage in passages]
