"""Training the detector of sentences worth a look (worth_a_look.py) on the development gold, and judging it.

Only tests/data/dev is read: the seeds and the held-out sets stay tests. The
detector learns from the sentences it may flag (no candidate quotes them, they
name an actor or a speaker, the reader found an action): a sentence is an
example of an event when it quotes a gold event no candidate quotes. It is a
logistic regression fitted by full-batch gradient descent from zero weights
for a fixed number of steps: the same data gives the same weights, written
rounded to worth_a_look.json.

Cross-validation holds out whole passages (passage number i is in fold i mod
5): each fold's detector is trained on the other passages and judged on its
own, and the folds are added up.
"""

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .candidates import Reading, propose_from, read_sentences
from .evaluation import SETS, Passage, load_passages, quotes_gold, spans
from .languages import Vocabulary
from .worth_a_look import BIAS, Detector, features, open_to_the_detector, quoted_sentences

THRESHOLD = 0.1  # chosen by cross-validation on dev (README, How the assistant reads)
L2 = 0.01
STEPS = 1500
STEP_SIZE = 1.0
DECIMALS = 4
MIN_COUNT = 2  # a feature seen in fewer training examples gets no weight
FOLDS = 5


@dataclass
class Example:
    names: list[str]
    hit: bool  # the sentence quotes a gold event no candidate quotes


@dataclass
class ReadPassage:
    """A development passage read once: the sentences open to the detector, and its gold events no candidate
    quotes (each as the indexes of the sentences quoting it)."""

    name: str
    examples: list[Example] = field(default_factory=list)
    open_sentences: list[int] = field(default_factory=list)  # the examples' sentence indexes, in order
    unproposed: list[set[int]] = field(default_factory=list)


@dataclass
class Flags:
    """What a detector flagged in some passages, judged against their gold events no candidate quotes."""

    passages: int = 0
    open: int = 0  # sentences open to the detector
    flagged: int = 0
    hits: int = 0  # flagged sentences quoting such an event
    unproposed: int = 0
    caught: int = 0  # such events with a flagged sentence

    def add(self, other: "Flags") -> None:
        for name in ("passages", "open", "flagged", "hits", "unproposed", "caught"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def read_passage(passage: Passage, vocabulary: Vocabulary) -> ReadPassage:
    readings = read_sentences(passage.body, passage.published, vocabulary)
    candidates = propose_from(readings, passage.published, vocabulary)
    read = ReadPassage(passage.name)
    for gold in passage.events:
        gold_spans = spans(passage.body, gold.quotes)
        if not any(quotes_gold(candidate, gold_spans) for candidate in candidates):
            read.unproposed.append(quoting(readings, gold_spans))
    hits = set().union(*read.unproposed)
    quoted = quoted_sentences(candidates)
    for reading in readings:
        if open_to_the_detector(reading, quoted):
            read.examples.append(Example(features(reading), reading.sentence.index in hits))
            read.open_sentences.append(reading.sentence.index)
    return read


def quoting(readings: list[Reading], gold_spans: list[tuple[int, int]]) -> set[int]:
    return {
        reading.sentence.index
        for reading in readings
        if any(reading.sentence.start < end and start < reading.sentence.end for start, end in gold_spans)
    }


def development_passages(vocabulary: Vocabulary) -> list[ReadPassage]:
    return [read_passage(passage, vocabulary) for passage in load_passages(SETS["dev"][0])]


def feature_names(examples: list[Example]) -> list[str]:
    counts = Counter(name for example in examples for name in set(example.names))
    return sorted(name for name, count in counts.items() if count >= MIN_COUNT or name == BIAS)


def matrix(examples: list[Example], names: list[str]) -> np.ndarray:
    column = {name: number for number, name in enumerate(names)}
    values = np.zeros((len(examples), len(names)))
    for row, example in enumerate(examples):
        for name in example.names:
            if name in column:
                values[row, column[name]] = 1.0
    return values


def fit(values: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Weights of a logistic regression with an L2 penalty, by gradient descent from zero."""
    weights = np.zeros(values.shape[1])
    for _ in range(STEPS):
        probabilities = 1 / (1 + np.exp(-(values @ weights)))
        weights -= STEP_SIZE * (values.T @ (probabilities - targets) / len(values) + L2 * weights)
    return weights


def train(read: list[ReadPassage], threshold: float = THRESHOLD) -> Detector:
    examples = [example for passage in read for example in passage.examples]
    names = feature_names(examples)
    weights = fit(matrix(examples, names), np.array([float(example.hit) for example in examples]))
    return Detector(
        {name: round(float(weight), DECIMALS) for name, weight in zip(names, weights, strict=True)}, threshold
    )


def judged(read: ReadPassage, detector: Detector) -> Flags:
    flagged = {
        index
        for index, example in zip(read.open_sentences, read.examples, strict=True)
        if detector.probability(example.names) >= detector.threshold
    }
    hits = set().union(*read.unproposed)
    return Flags(
        passages=1,
        open=len(read.examples),
        flagged=len(flagged),
        hits=len(flagged & hits),
        unproposed=len(read.unproposed),
        caught=sum(1 for sentences in read.unproposed if sentences & flagged),
    )


def cross_validate(read: list[ReadPassage], thresholds: list[float], folds: int = FOLDS) -> list[Flags]:
    """For each threshold, the flags of every passage added up, each judged by a detector not trained on it."""
    totals = [Flags() for _ in thresholds]
    for fold in range(folds):
        detector = train([passage for number, passage in enumerate(read) if number % folds != fold])
        for passage in read[fold::folds]:
            for total, threshold in zip(totals, thresholds, strict=True):
                total.add(judged(passage, Detector(detector.weights, threshold)))
    return totals
