"""Scoring the candidates of each source against the source's curated, published events.

A candidate matches an event when one of its sentences overlaps a quote the
event cites from the source, or when its date comes from a time expression,
agrees with the event's date within their precisions (an approximate date is
taken as its day) and the two share an actor.

- recall: the share of events matched by at least one candidate;
- precision: the share of candidates that match at least one event;
- date accuracy: the share of matching candidates whose date and precision
  equal those of an event they match;
- recall with the right day: the share of events with a candidate that quotes
  the event's evidence and has the event's date (its precision aside: a
  sentence without a time expression is "approximate" by design);
- recall with the right date: the same, with the event's precision too.

Decisions and existing evidence are ignored: every candidate is scored. A
source without curated events has nothing to be compared with: it is listed,
but left out of the total.
"""

from dataclasses import dataclass, fields

from ..models import Event
from .candidates import Vocabulary, suggest
from .similarity import dates_agree


@dataclass
class Score:
    label: str
    candidates: int = 0
    events: int = 0
    matched_events: int = 0
    matched_candidates: int = 0
    candidates_dated_right: int = 0
    events_on_right_day: int = 0
    events_dated_right: int = 0

    @property
    def recall(self):
        return ratio(self.matched_events, self.events)

    @property
    def precision(self):
        return ratio(self.matched_candidates, self.candidates) if self.events else None

    @property
    def date_accuracy(self):
        return ratio(self.candidates_dated_right, self.matched_candidates)

    @property
    def recall_right_day(self):
        return ratio(self.events_on_right_day, self.events)

    @property
    def recall_dated_right(self):
        return ratio(self.events_dated_right, self.events)

    def add(self, other):
        for counted in fields(self)[1:]:
            setattr(self, counted.name, getattr(self, counted.name) + getattr(other, counted.name))


def ratio(part, whole):
    return part / whole if whole else None


def curated_events(source):
    return list(
        Event.objects.published()
        .filter(evidence__source=source)
        .distinct()
        .prefetch_related("evidence", "actors")
        .order_by("date", "pk")
    )


def quotes_overlap(candidate, event, source):
    spans = [(evidence.start, evidence.end) for evidence in event.evidence.all() if evidence.source_id == source.pk]
    return any(
        start < sentence.end and sentence.start < end for sentence in candidate.sentences for start, end in spans
    )


def date_and_actor_agree(candidate, event):
    if candidate.date.needs_check:
        return False
    if not dates_agree(
        candidate.date.date, candidate.date.precision, event.date, event.date_precision, approximate_days=0
    ):
        return False
    return bool({actor.pk for actor in candidate.actors} & {actor.pk for actor in event.actors.all()})


def matches(candidate, event, source):
    return quotes_overlap(candidate, event, source) or date_and_actor_agree(candidate, event)


def dated_right(candidate, event):
    return candidate.date.date == event.date and candidate.date.precision == event.date_precision


def score_source(source, vocabulary):
    candidates = suggest(source, vocabulary)
    events = curated_events(source)
    pairs = [(candidate, event) for candidate in candidates for event in events if matches(candidate, event, source)]
    right = [(candidate, event) for candidate, event in pairs if dated_right(candidate, event)]
    quoting = [(candidate, event) for candidate, event in pairs if quotes_overlap(candidate, event, source)]
    quoted_right_day = [(candidate, event) for candidate, event in quoting if candidate.date.date == event.date]
    quoted_right = [(candidate, event) for candidate, event in quoting if dated_right(candidate, event)]
    return Score(
        label=f"#{source.pk} {source.outlet}, {source.published:%Y-%m-%d}",
        candidates=len(candidates),
        events=len(events),
        matched_events=len({event.pk for _, event in pairs}),
        matched_candidates=len({candidate.number for candidate, _ in pairs}),
        candidates_dated_right=len({candidate.number for candidate, _ in right}),
        events_on_right_day=len({event.pk for _, event in quoted_right_day}),
        events_dated_right=len({event.pk for _, event in quoted_right}),
    )


def evaluate(sources):
    """A Score per source, and the total over the sources that have curated events."""
    vocabulary = Vocabulary.from_database()
    scores = [score_source(source, vocabulary) for source in sources]
    total = Score(label="Total of sources with curated events")
    for score in scores:
        if score.events:
            total.add(score)
    return scores, total
