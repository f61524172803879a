"""Candidate events proposed from the sentences of a source: one per action reported.

Each sentence is read (reading.py) into its actions; each action with an
actor, a speaker or a verb of its own becomes a candidate, unless it is only
that someone spoke (a bare statement, which the lexicon cannot score). The
story-level rules live beside this module:

    languages.py      each language's reader and patterns; the Vocabulary a source is read with
    continuations.py  a sentence going on from the candidate before (the same speaker, a further quote)
    story_dates.py    the date of an action its own words do not date
    sides.py          "the two leaders", "both sides", and a target left unsaid
    duplicates.py     one happening reported again, folded into its first report
    stored_events.py  decisions, evidence already quoted, and a proposed merge with a stored event
"""

import datetime
import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..dates import in_words
from ..models import SHORT_TEXT_LIMIT, Actor, Event, Source, Theater
from .continuations import HE_OR_SHE, adjacent, continues_statement, person_just_named, recent_speaker
from .dates import ResolvedDate
from .duplicates import fold_duplicates
from .event_types import in_editors_language
from .labels import label_for
from .languages import LANGUAGES, Language, Vocabulary, reader_language
from .models import CandidateDecision
from .reading import Action, SentenceReading
from .sentences import Sentence, readable_part, split_sentences
from .sides import aim_at_the_other_side, stand_in_for_groups
from .similarity import Report
from .speakers import Speaker
from .stored_events import mark_decided_and_cited, propose_merges
from .story_dates import (
    back_then,
    carried_date,
    day_of_the_saying,
    day_told,
    earlier_than_the_story,
    last_day,
    later_than_named,
    named_day,
    named_earlier_in_the_sentence,
    named_in_paragraph,
    on_story_day,
    paragraph_date,
    said_date,
    story_date,
    undated,
)
from .titles import title_for

STATEMENT_CODE = "010"
# A "sentence" longer than a quote may be (models.SHORT_TEXT_LIMIT) is a table or a list without full stops: no
# candidate could quote it, and the reader's work grows faster than its words.
LONGEST_SENTENCE = SHORT_TEXT_LIMIT.limit_value
IMPERSONAL = {"it"}


@dataclass
class Reading:
    """One sentence and what it says."""

    sentence: Sentence
    said: SentenceReading

    @property
    def speaker(self) -> Speaker | None:
        return self.said.speaker


@dataclass
class Candidate:
    number: int
    readings: list[Reading]
    action: Action
    date: ResolvedDate
    key: str = ""
    further: list["Candidate"] = field(default_factory=list)
    theater: Theater | None = None
    merge_into: Event | None = None
    decision: CandidateDecision | None = None
    cited_by: list[Event] = field(default_factory=list)
    language: str = "en"
    # dated by the candidate before it, which was dated by its own words (or so carried): a chain of sentences
    # going on about one happening keeps the day the first of them named
    carried: bool = False

    @property
    def first_sentence(self) -> Sentence:
        return self.readings[0].sentence

    @property
    def sentences(self) -> list[Sentence]:
        return [reading.sentence for reading in self.readings]

    @property
    def further_sentences(self) -> list[Sentence]:
        """Sentences of the same happening reported again, not already among the candidate's own."""
        own = {sentence.index for sentence in self.sentences}
        seen: dict[int, Sentence] = {}
        for other in self.further:
            for sentence in other.sentences:
                if sentence.index not in own:
                    seen.setdefault(sentence.index, sentence)
        return list(seen.values())

    @property
    def text(self) -> str:
        return " ".join(sentence.text for sentence in self.sentences)

    @property
    def match(self) -> Any:
        return self.action.match

    @property
    def entry(self) -> Any:
        return self.action.entry

    @property
    def code(self) -> str:
        return self.action.code

    @property
    def score(self) -> Any:
        return self.action.score

    @property
    def category(self) -> str:
        return self.action.category

    @property
    def event_type(self) -> str:
        return in_editors_language(self.action.event_type)

    @property
    def source_actor(self) -> Actor | None:
        return self.action.source

    @property
    def target_actor(self) -> Actor | None:
        return self.action.target

    @property
    def speaker(self) -> Speaker | None:
        return self.readings[0].speaker

    @property
    def actors(self) -> list[Actor]:
        named = [actor for reading in self.readings for actor in reading.said.actors]
        roles = [actor for actor in (self.source_actor, self.target_actor) if actor is not None]
        return list(dict.fromkeys([*roles, *named]))

    @property
    def title(self) -> str:
        return title_for(self.action, self.first_sentence.text, self.language, self.readings[0].said.phrases)

    @property
    def label(self) -> str:
        return label_for(self.title, self.language)

    def date_in_words(self) -> str:
        return in_words(self.date.date, self.date.precision)

    def report(self) -> Report:
        return Report(self.text, self.date.date, self.date.precision, self.category, tuple(self.actors))

    def is_open(self) -> bool:
        """Still to be decided: not decided before and not already quoted as evidence."""
        return self.decision is None and not self.cited_by


def candidate_key(sentence_text: str, position: int = 0) -> str:
    """A stable name for a candidate: its sentence (white space squeezed) and which of its actions it is."""
    squeezed = " ".join(sentence_text.split())
    return hashlib.sha256((squeezed if position == 0 else f"{squeezed}\x1f{position}").encode()).hexdigest()


def propose(body: str, published: datetime.date, vocabulary: Vocabulary) -> list[Candidate]:
    """The candidates of an article's body, duplicates folded in; nothing is read from or written to the database."""
    return propose_from(read_sentences(body, published, vocabulary), published, vocabulary)


def propose_from(readings: list[Reading], published: datetime.date, vocabulary: Vocabulary) -> list[Candidate]:
    """The candidates of an article's sentences, once read."""
    candidates = build_candidates(readings, published, vocabulary.language)
    stand_in_for_groups(candidates, readings)
    # a target the sentence does not name is not a side it names: fold reports of one happening first
    candidates = fold_duplicates(candidates)
    aim_at_the_other_side(candidates, readings)
    for number, candidate in enumerate(candidates, start=1):
        candidate.number = number
        candidate.theater = vocabulary.theater_of(candidate.text, candidate.source_actor, candidate.target_actor)
        candidate.language = vocabulary.language.code
    return candidates


def suggest(source: Source, vocabulary: Vocabulary | None = None) -> list[Candidate]:
    """Every candidate of the source, annotated; callers show the open ones. A source in a language the
    assistant cannot read has none."""
    language = reader_language(source.language)
    if vocabulary is None and language is None:
        return []
    vocabulary = vocabulary or Vocabulary.from_database(language or "en")
    return annotated(source, propose(source.body, source.published, vocabulary))


def annotated(source: Source, candidates: list[Candidate]) -> list[Candidate]:
    """The source's candidates marked with the editors' decisions and quotes, and the open ones with a merge."""
    mark_decided_and_cited(source, candidates)
    propose_merges(candidates)
    return candidates


def read_sentences(body: str, published: datetime.date, vocabulary: Vocabulary) -> list[Reading]:
    readings: list[Reading] = []
    read = vocabulary.language.read
    for sentence in split_sentences(readable_part(body), vocabulary.language.code):
        if len(sentence.text) > LONGEST_SENTENCE:
            continue
        said = read(sentence.text, published, vocabulary.lexicon, vocabulary.actors)
        if said.speaker and said.speaker.is_pronoun:
            said = read(sentence.text, published, vocabulary.lexicon, vocabulary.actors, recent_speaker(readings))
        readings.append(Reading(sentence, said))
    if vocabulary.language.story_rules is not None:
        vocabulary.language.story_rules(readings)
    return readings


def build_candidates(readings: list[Reading], published: datetime.date, language: Language) -> list[Candidate]:
    candidates: list[Candidate] = []
    news_date = story_date(readings, published)
    spoken: ResolvedDate | None = None  # the day a sentence's main clause last named, with or without a candidate
    named: tuple[int, ResolvedDate] | None = None  # the paragraph and past date a main clause last named
    for number, reading in enumerate(readings):
        previous = candidates[-1] if candidates else None
        before = readings[number - 1] if number else None
        if previous and continues_statement(previous, reading, language):
            previous.readings.append(reading)
            continue
        if previous and reading.said.subject_unnamed and adjacent(previous, reading):
            for action in reading.said.actions:
                if action.verbal or (action.date is not None and action.date.expected):
                    action.source, action.target = previous.source_actor, previous.target_actor
        if previous is not None and language.pronoun_before_verb is not None:
            for action in reading.said.actions:
                if action.source is None and language.pronoun_before_verb.search(
                    reading.sentence.text, 0, action.match.start
                ):
                    action.source = previous.source_actor
        told_before = len(candidates)
        proposed = (action for action in reading.said.actions if proposable(action, reading, language))
        for position, action in enumerate(proposed):
            saying_day = carried_date(previous, reading, language, action) or news_date
            day_spoken_of = day_of_the_saying(
                reading, action, spoken or last_day(candidates, news_date), saying_day, language
            )
            own = named_earlier_in_the_sentence(action, candidates[told_before:]) or on_story_day(
                action.date, news_date if action.date and action.date.from_lede else day_spoken_of
            )
            earlier = (
                None
                if own
                else earlier_than_the_story(reading, language, day_spoken_of)
                or later_than_named(named, reading, language)
            )
            carried = (
                None
                if own or earlier
                else carried_date(previous, reading, language, action)
                or paragraph_date(named, reading)
                or back_then(named, reading, language)
            )
            date = own or earlier or carried or undated(reading, action, news_date, published, language)
            if (
                action.source is None
                and HE_OR_SHE.match(reading.sentence.text)
                and (person := person_just_named(before, previous))
            ):
                action.source = person
            if language.pronoun_subject.match(reading.sentence.text) and previous is not None and action.source is None:
                action.source = previous.source_actor
            key = candidate_key(reading.sentence.text, position)
            candidates.append(Candidate(0, [reading], action, date, key, carried=carried is not None))
        said = said_date(reading, spoken or last_day(candidates, news_date), news_date)
        spoken = named_day(said) or day_told(candidates[told_before:]) or spoken
        named = named_in_paragraph(reading, said) or named
    return candidates


def proposable(action: Action, reading: Reading, language: Language = LANGUAGES["en"]) -> bool:
    """An action is proposed when someone does it (an actor, a speaker, someone the story named before and a pronoun
    stands for, or a verb of its own) and it says more than that someone spoke: a bare statement (CAMEO 010) is no
    event for the timeline."""
    if action.is_statement() and action.code == STATEMENT_CODE:
        return False
    if action.source or action.target or reading.speaker or reading.said.group_mentioned:
        return True
    if action.verbal and done_by_a_pronoun(action, reading, language):
        return True
    return action.match.part_of_speech != "noun" and bool(reading.said.actors)


def done_by_a_pronoun(action: Action, reading: Reading, language: Language) -> bool:
    """ "After the siege, he accused ...", "They agreed on ...": the doer is someone the story named."""
    text = reading.sentence.text
    opening = language.pronoun_subject.match(text)
    before_verb = language.pronoun_before_verb
    return bool(
        (opening and opening.group(0).lower() not in IMPERSONAL)  # "It would be premature to ...": no one
        or (before_verb is not None and before_verb.search(text, action.clause.start, action.match.start))
    )
