"""Training the learned reader (learned.py) on the development gold, and judging it by cross-validation.

Only tests/data/dev is read: the seeds and the held-out sets stay tests. The
detector learns from the sentences the model may propose from (the rules left
them without a candidate, they name an actor, the reader found an action):
a sentence is an example of an event when it quotes a gold event no rules
candidate quotes. The labeller learns from every gold event's sentence, its
class the event's category and direction. Both are logistic regressions fitted
by full-batch gradient descent from zero weights for a fixed number of steps:
the same data gives the same weights, written rounded to learned.json.

Cross-validation holds out whole passages: each fold's model is trained on the
other passages and judged strictly on its own, and the folds are added up.
"""

from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal

import numpy as np

from .candidates import Candidate, Reading, proposed_by_rules, read_sentences
from .dates import ResolvedDate
from .evaluation import (
    SETS,
    Passage,
    Score,
    direction,
    load_passages,
    matching,
    quotes_gold,
    score_candidates,
    spans,
)
from .languages import Vocabulary
from .learned import BIAS, Label, Model, candidate_features, features, open_to_the_model, propose_learned
from .models import LexiconEntry
from .story_dates import story_date

THRESHOLD = 0.5
KEEP_THRESHOLD = 0.3
SWITCH_THRESHOLD = 0.8
L2 = 0.01
STEPS = 1500
STEP_SIZE = 0.5
DECIMALS = 4
MIN_COUNT = 2  # a feature seen in fewer training examples gets no weight
FOLDS = 5
RULES_EVENTS_WEIGHT = 0.0  # how much an event the rules quote counts in the labeller's training
SIGNS = {-1: "-", 0: "0", 1: "+"}


@dataclass
class Example:
    names: list[str]
    label: int


@dataclass
class Labelled:
    names: list[str]
    label: str  # category and direction: "rhetoric-"
    left_by_the_rules: bool  # no rules candidate quotes the event


@dataclass
class ReadPassage:
    """A development passage read once: its sentences, the rules' candidates, and the examples it gives."""

    passage: Passage
    readings: list[Reading]
    rules: list[Candidate]
    news_date: ResolvedDate
    detector: list[Example] = field(default_factory=list)
    checker: list[Example] = field(default_factory=list)  # one per rules candidate: was it found
    recategoriser: list[Labelled] = field(default_factory=list)  # rules candidates quoting a gold event: its category
    labeller: list["Labelled"] = field(default_factory=list)


def read_passage(passage: Passage, vocabulary: Vocabulary) -> ReadPassage:
    readings = read_sentences(passage.body, passage.published, vocabulary)
    rules = proposed_by_rules(readings, passage.published, vocabulary)
    read = ReadPassage(passage, readings, rules, story_date(readings, passage.published))
    gold_spans = [spans(passage.body, gold.quotes) for gold in passage.events]
    unquoted = [spans_ for spans_ in gold_spans if not any(quotes_gold(candidate, spans_) for candidate in rules)]
    quoted = {sentence.index for candidate in rules for sentence in candidate.sentences}
    for reading in readings:
        if open_to_the_model(reading, quoted):
            sentence = reading.sentence
            hit = any(sentence.start < end and start < sentence.end for found in unquoted for start, end in found)
            read.detector.append(Example(features(reading), int(hit)))
    quoting, matched = matching(passage, rules)
    found_by_rules = set(matched.values())
    for number, candidate in enumerate(rules):
        golds = [index for index, found in matched.items() if found == number] or [
            index for index, found in quoting.items() if number in found
        ]
        if golds:
            names = candidate_features(candidate, rules)
            read.recategoriser.append(Labelled(names, passage.events[golds[0]].category, True))
    read.checker = [
        Example(candidate_features(candidate, rules), int(number in found_by_rules))
        for number, candidate in enumerate(rules)
    ]
    for gold, found in zip(passage.events, gold_spans, strict=True):
        start = found[0][0]
        reading = next(r for r in readings if r.sentence.start <= start < r.sentence.end + 1)
        label = gold.category + SIGNS[direction(gold.score)]
        read.labeller.append(Labelled(features(reading), label, found in unquoted))
    return read


def development_passages(vocabulary: Vocabulary) -> list[ReadPassage]:
    return [read_passage(passage, vocabulary) for passage in load_passages(SETS["dev"][0])]


def feature_names(examples: list[list[str]]) -> list[str]:
    counts = Counter(name for names in examples for name in set(names))
    return sorted(name for name, count in counts.items() if count >= MIN_COUNT or name == BIAS)


def matrix(examples: list[list[str]], names: list[str]) -> np.ndarray:
    column = {name: number for number, name in enumerate(names)}
    values = np.zeros((len(examples), len(names)))
    for row, example in enumerate(examples):
        for name in example:
            if name in column:
                values[row, column[name]] = 1.0
    return values


def fit_softmax(values: np.ndarray, targets: np.ndarray, classes: int, counts: np.ndarray | None = None) -> np.ndarray:
    """Weights (features x classes) of a multinomial logistic regression with an L2 penalty, by gradient descent;
    `counts` weighs the examples."""
    counts = np.ones(len(values)) if counts is None else counts
    weights = np.zeros((values.shape[1], classes))
    wanted = np.eye(classes)[targets] * counts[:, None]
    for _ in range(STEPS):
        scores = values @ weights
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        gradient = values.T @ (probabilities * counts[:, None] - wanted) / counts.sum() + L2 * weights
        weights -= STEP_SIZE * gradient
    return weights


def fit_binary(examples: list[Example]) -> dict[str, float]:
    names = feature_names([example.names for example in examples])
    targets = np.array([example.label for example in examples])
    # two classes of a softmax: the difference of their weights is the logistic regression's
    weights = fit_softmax(matrix([example.names for example in examples], names), targets, 2)
    return rounded(names, weights[:, 1] - weights[:, 0])


def fit_labeller(examples: list[Labelled], passages: list[Passage]) -> tuple[list[Label], list[dict[str, float]]]:
    examples = [example for example in examples if example.left_by_the_rules or RULES_EVENTS_WEIGHT]
    classes = sorted({example.label for example in examples})
    names = feature_names([example.names for example in examples])
    targets = np.array([classes.index(example.label) for example in examples])
    counts = np.array([1.0 if example.left_by_the_rules else RULES_EVENTS_WEIGHT for example in examples])
    weights = fit_softmax(matrix([example.names for example in examples], names), targets, len(classes), counts)
    labels = [typical_label(name, passages) for name in classes]
    return labels, [rounded(names, weights[:, number]) for number in range(len(classes))]


def typical_label(name: str, passages: list[Passage]) -> Label:
    """The category and direction of a class, with the CAMEO code and score its gold events have most often."""
    category, sign = name[:-1], name[-1]
    coded = Counter(
        (gold.cameo, gold.score)
        for passage in passages
        for gold in passage.events
        if gold.category == category and SIGNS[direction(gold.score)] == sign
    )
    (code, score), _ = min(coded.items(), key=lambda item: (-item[1], item[0]))
    entry = LexiconEntry.objects.filter(language="en", cameo_code=code).order_by("pk").first()
    return Label(category, code, entry.event_type if entry else "", Decimal(score))


def rounded(names: list[str], weights: np.ndarray) -> dict[str, float]:
    return {name: round(float(weight), DECIMALS) for name, weight in zip(names, weights, strict=True)}


def train(read: list[ReadPassage], threshold: float = THRESHOLD, keep_threshold: float = KEEP_THRESHOLD) -> Model:
    detector = fit_binary([example for passage in read for example in passage.detector])
    checker = fit_binary([example for passage in read for example in passage.checker])
    labels, labeller = fit_labeller(
        [example for passage in read for example in passage.labeller], [passage.passage for passage in read]
    )
    examples = [example for passage in read for example in passage.recategoriser]
    categories = sorted({example.label for example in examples})
    names = feature_names([example.names for example in examples])
    targets = np.array([categories.index(example.label) for example in examples])
    weights = fit_softmax(matrix([example.names for example in examples], names), targets, len(categories))
    recategoriser = [rounded(names, weights[:, number]) for number in range(len(categories))]
    return Model(
        detector, threshold, labels, labeller, checker, keep_threshold, categories, recategoriser, SWITCH_THRESHOLD
    )


def judged(read: ReadPassage, model: Model | None, sides: dict[str, str]) -> Score:
    """The passage judged strictly: the rules' candidates, checked and added to by the model unless it is None.
    Roles are left as the rules gave them (no side is aimed at: the figures judged here do not look at roles)."""
    candidates = list(read.rules)
    if model is not None:
        candidates = propose_learned(candidates, read.readings, read.news_date, model)
    return score_candidates(read.passage, candidates, sides)


def cross_validate(
    read: list[ReadPassage], sides: dict[str, str], settings: list[tuple[float, float, float]], folds: int = FOLDS
) -> list[list[Score]]:
    """Per passage (in order): the rules alone, then rules + model with each (add, keep, switch) thresholds, judged
    by a model that was not trained on that passage (passage number i is in fold i mod folds)."""
    scores: dict[int, list[Score]] = {}
    for fold in range(folds):
        model = train([passage for number, passage in enumerate(read) if number % folds != fold])
        for number in range(fold, len(read), folds):
            passage = read[number]
            scores[number] = [judged(passage, None, sides)] + [
                judged(passage, replace(model, threshold=add, keep_threshold=keep, switch_threshold=switch), sides)
                for add, keep, switch in settings
            ]
    return [scores[number] for number in range(len(read))]
