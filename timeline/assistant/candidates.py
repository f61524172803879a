"""Candidate events proposed from the sentences of a source.

A sentence becomes a candidate when an expression of the lexicon matches it
and it names an actor or has a speaker (a sentence naming no actor, such as
"the two governments exchanged prisoners", is not proposed). A later
sentence of the same speaker that only continues the statement ("...,"
Peskov added; "he went on to say"; a bare quotation right after) joins the
candidate as a further quote when it has no time expression and no
expression of its own other than a verb of saying.

Dates: a sentence's own time expression; else, for a sentence reporting the
same speaker as the candidate just before, that candidate's date (flagged);
else the publication date with precision "approximate" (flagged).

Each candidate is then compared with the candidates before it (possible
duplicates) and with the stored events (a proposed merge), and marked when
an editor has decided on it or its sentence is already quoted as evidence.
"""

import datetime
import hashlib
import re
from dataclasses import dataclass, field, replace

from django.db.models import Q

from ..dates import in_words
from ..models import Actor, Event, Evidence, Theater
from .actors import ActorMatcher
from .dates import CONTEXT, EXPRESSION, publication_date, resolve
from .lexicon import Lexicon
from .models import LexiconEntry
from .sentences import split_sentences
from .similarity import Report, event_report, same_happening, wording_similarity
from .speakers import find_speaker

MAX_FOLLOW_ON_GAP = 3  # sentences between a statement and its continuation
TITLE_WORDS = 14
BARE_QUOTATION = re.compile(r"^[\"“][^\"“”]+[\"”]$")
EVENT_SEARCH_MARGIN = datetime.timedelta(days=40)  # wide enough for a month either side


@dataclass
class Vocabulary:
    """The editors' data the assistant reads: lexicon, actors and theaters, compiled once per run."""

    lexicon: Lexicon
    actors: ActorMatcher
    theaters: list

    @classmethod
    def from_database(cls):
        theaters = [(theater_pattern(theater.name), theater) for theater in Theater.objects.all()]
        return cls(Lexicon(LexiconEntry.objects.all()), ActorMatcher(Actor.objects.all()), theaters)

    def theater(self, text):
        """The theater named first in the text, or None."""
        found = []
        for pattern, theater in self.theaters:
            match = pattern.search(text)
            if match:
                found.append((match.start(), theater.pk, theater))
        return min(found)[2] if found else None


def theater_pattern(name):
    # A theater's name also matches its derived words: "Syria" in "Syrian", "Elections" in "election".
    stem = name[:-1] if name.endswith("s") else name
    return re.compile(r"(?<!\w)" + re.escape(stem), re.IGNORECASE)


@dataclass
class Reading:
    """What one sentence says."""

    sentence: object
    match: object
    speaker: object
    actors: list
    date: object  # a ResolvedDate, or None without a time expression


@dataclass
class Candidate:
    number: int
    readings: list
    date: object
    theater: object = None
    similar_to: object = None
    merge_into: object = None
    decision: object = None
    cited_by: list = field(default_factory=list)

    @property
    def first_sentence(self):
        return self.readings[0].sentence

    @property
    def sentences(self):
        return [reading.sentence for reading in self.readings]

    @property
    def text(self):
        return " ".join(sentence.text for sentence in self.sentences)

    @property
    def key(self):
        return candidate_key(self.first_sentence.text)

    @property
    def match(self):
        matches = [reading.match for reading in self.readings if reading.match]
        return max(matches, key=lambda match: match.rank())

    @property
    def entry(self):
        return self.match.entry

    @property
    def speaker(self):
        return self.readings[0].speaker

    @property
    def actors(self):
        return list(dict.fromkeys(actor for reading in self.readings for actor in reading.actors))

    @property
    def title(self):
        words = self.first_sentence.text.strip("\"“”'‘’ ").split()
        title = " ".join(words[:TITLE_WORDS]).rstrip(",;:")
        return title + "…" if len(words) > TITLE_WORDS else title

    def date_in_words(self):
        return in_words(self.date.date, self.date.precision)

    def report(self):
        return Report(self.text, self.date.date, self.date.precision, self.entry.category, tuple(self.actors))

    def is_open(self):
        """Still to be decided: not decided before and not already quoted as evidence."""
        return self.decision is None and not self.cited_by


def candidate_key(sentence_text):
    return hashlib.sha256(" ".join(sentence_text.split()).encode()).hexdigest()


def suggest(source, vocabulary=None):
    """Every candidate of the source, annotated; callers show the open ones."""
    vocabulary = vocabulary or Vocabulary.from_database()
    candidates = group_readings(read_sentences(source, vocabulary), source.published)
    for candidate in candidates:
        candidate.theater = vocabulary.theater(candidate.text)
    mark_decided_and_cited(source, candidates)
    mark_duplicates(candidates)
    propose_merges(candidates)
    return candidates


def read_sentences(source, vocabulary):
    readings = []
    for sentence in split_sentences(source.body):
        speaker = find_speaker(sentence.text, vocabulary.actors)
        if speaker and speaker.is_pronoun:
            speaker = recent_speaker(readings)
        actors = vocabulary.actors.actors(sentence.text)
        if speaker and speaker.actor and speaker.actor not in actors:
            actors.append(speaker.actor)
        match = vocabulary.lexicon.best_match(sentence.text)
        readings.append(Reading(sentence, match, speaker, actors, resolve(sentence.text, source.published)))
    return readings


def recent_speaker(readings):
    """Whom "he said" refers to: the last speaker named in the few sentences before."""
    recent = readings[-MAX_FOLLOW_ON_GAP:]
    return next((reading.speaker for reading in reversed(recent) if reading.speaker), None)


def group_readings(readings, published):
    candidates = []
    for reading in readings:
        previous = candidates[-1] if candidates else None
        if previous and continues_statement(previous, reading):
            previous.readings.append(reading)
        elif reading.match and (reading.actors or reading.speaker):
            date = reading.date or carried_date(previous, reading) or publication_date(published)
            candidates.append(Candidate(len(candidates) + 1, [reading], date))
    return candidates


def same_speaker(candidate, reading):
    near = reading.sentence.index - candidate.readings[-1].sentence.index <= MAX_FOLLOW_ON_GAP
    return bool(near and reading.speaker and candidate.speaker and reading.speaker.name == candidate.speaker.name)


def continues_statement(candidate, reading):
    """A further quote of the candidate's speaker that adds no happening or date of its own."""
    if reading.date is not None or (reading.match and not reading.match.entry.is_statement()):
        return False
    return same_speaker(candidate, reading) or quotation_follows(candidate, reading)


def quotation_follows(candidate, reading):
    """A sentence that is only a quotation, right after a quoted speaker, is that speaker's."""
    adjacent = reading.sentence.index == candidate.readings[-1].sentence.index + 1
    return bool(adjacent and candidate.speaker and not reading.speaker and BARE_QUOTATION.match(reading.sentence.text))


def carried_date(previous, reading):
    if previous and same_speaker(previous, reading) and previous.date.basis == EXPRESSION:
        return replace(previous.date, basis=CONTEXT)
    return None


def mark_decided_and_cited(source, candidates):
    decisions = {decision.key: decision for decision in source.candidate_decisions.select_related("event")}
    quoted = list(Evidence.objects.filter(source=source).select_related("event"))
    for candidate in candidates:
        candidate.decision = decisions.get(candidate.key)
        first = candidate.first_sentence
        citing = [evidence.event for evidence in quoted if evidence.start < first.end and first.start < evidence.end]
        candidate.cited_by = list(dict.fromkeys(citing))


def mark_duplicates(candidates):
    reports = [candidate.report() for candidate in candidates]
    for index, candidate in enumerate(candidates):
        candidate.similar_to = next(
            (candidates[earlier] for earlier in range(index) if same_happening(reports[index], reports[earlier])), None
        )


def propose_merges(candidates):
    """The stored event each open candidate most likely reports again, if any."""
    open_candidates = [candidate for candidate in candidates if candidate.is_open()]
    if not open_candidates:
        return
    events = [(event, event_report(event)) for event in nearby_events(open_candidates)]
    for candidate in open_candidates:
        report = candidate.report()
        same = [
            (wording_similarity(report.text, other.text), event.pk, event)
            for event, other in events
            if same_happening(report, other)
        ]
        candidate.merge_into = max(same, key=lambda item: item[:2])[2] if same else None


def nearby_events(candidates):
    near = Q()
    for date in {candidate.date.date for candidate in candidates}:
        near |= Q(date__range=(date - EVENT_SEARCH_MARGIN, date + EVENT_SEARCH_MARGIN))
    return Event.objects.filter(near, is_synthetic=False).prefetch_related("evidence", "actors").order_by("date", "pk")
