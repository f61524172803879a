"""Candidate events proposed from the sentences of a source: one per action reported.

Each sentence is read (reading.py) into its actions; each action with an
actor, a speaker or a verb of its own becomes a candidate, unless it is only
that someone spoke (a bare statement, which the lexicon cannot score). A later sentence
of the same speaker that only continues a statement ("...," Peskov added; a
bare quotation right after) joins the candidate as a further quote.

Dates: the action's own time expression; else, for a sentence continuing the
same speaker, that candidate's date; else, for a sentence in the future tense,
the publication date, approximate and expected; else the day of the story (a wire
report's lede: "The United States on Thursday expelled ...", when it is
within three days of publication; else the publication day). All of these but the first
are flagged for the editor to check.

Duplicates: a candidate with the same kind of action (CAMEO family), the same
sides acting and acted upon, and a date that agrees with an earlier
candidate's is the same happening reported again: it is folded into the
earlier one as a further report, which the editor may attach as evidence when
accepting. "The two leaders" and "both sides" stand for the two sides the
story names most.

Each candidate is then compared with the stored events (a proposed merge),
and marked when an editor has decided on it or its sentence is already quoted
as evidence.
"""

import datetime
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from django.db.models import Q, QuerySet

from ..dates import DAY, in_words
from ..models import Actor, Event, Evidence, Source, Theater
from . import reading as english_reading
from .actors import ActorMatcher
from .clauses import MAIN, RELATIVE_CLAUSE
from .dates import CONTEXT, EXPRESSION, PUBLICATION, ResolvedDate, publication_date
from .lexicon import Lexicon
from .models import CandidateDecision, LexiconEntry
from .reading import Action, SentenceReading
from .russian import reading as russian_reading
from .russian.actors import RussianActorMatcher
from .russian.dates import in_future_clause
from .sentences import Sentence, split_sentences
from .similarity import Report, dates_agree, event_report, same_happening, wording_similarity
from .speakers import Speaker
from .titles import label_for, title_for

INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another|a second|a separate|a new)\s+$", re.IGNORECASE)
ALSO = re.compile(r"(?<!\w)(?:also|также|тоже)(?!\w)", re.IGNORECASE)
# "Sanctions were also imposed on ...": a further measure named by the subject of a passive
ALSO_AFTER_THE_SUBJECT = re.compile(
    r"\s+(?:was|were|has been|have been|had been|will be|would be)\s+also\b", re.IGNORECASE
)
# "A court later ordered him held", "Putin had signed pardons earlier in the day": an act placed before or after
# another is not that other told again
IN_SEQUENCE = re.compile(r"\b(?:later|earlier|afterwards|subsequently|previously)\b", re.IGNORECASE)
MAX_FOLLOW_ON_GAP = 3
LEDE_SENTENCES = (
    2  # an undated lede's story is dated by the sentence after it  # sentences between a statement and its continuation
)
# A personal pronoun as the subject right before the verb, whatever opens the sentence
PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:(?:also|then|later|again|\w+ly)\s+)?$", re.IGNORECASE)
FUTURE = re.compile(
    r"\b(?:will|shall|won[’']t|is (?:due|set|expected|scheduled|going) to|are (?:due|set|expected|scheduled|going)"
    r" to|plans? to)\b",
    re.IGNORECASE,
)
QUOTATION = re.compile(r"«[^»]*»|„[^“]*“|\"[^\"]*\"|“[^”]*”")


@dataclass(frozen=True)
class Language:
    """What the story-level rules need of a language: its reader and a few patterns."""

    code: str
    read: Callable[..., SentenceReading]
    bare_quotation: re.Pattern[str]
    pronoun_subject: re.Pattern[str]  # "He said ...": the same speaker goes on
    continuing: re.Pattern[str]  # "...," Peskov added; "he went on to say"
    future: Callable[[str], bool]  # whether a clause speaks of what lies ahead
    # "After the siege, he accused ...": a pronoun right before the action's verb is the one just named
    pronoun_before_verb: re.Pattern[str] | None = None


def russian_future(clause: str) -> bool:
    """A Russian clause in the future tense, what is quoted left aside («понесут последствия», — заявил ...)."""
    outside = QUOTATION.sub(" ", clause)
    return bool(outside.strip()) and in_future_clause(outside, len(outside), len(outside))


LANGUAGES = {
    "en": Language(
        "en",
        english_reading.read,
        re.compile(r"^[\"“][^\"“”]+[\"”]$"),
        re.compile(r"^(?:He|She|They|It)\b"),
        re.compile(r"\b(?:added|adds|went on|continued)\b", re.IGNORECASE),
        lambda clause: bool(FUTURE.search(clause)),
        PRONOUN_BEFORE,
    ),
    "ru": Language(
        "ru",
        russian_reading.read,
        re.compile(r"^[«„\"“][^«»„“\"]+[»“\"”]\.?$"),
        re.compile(r"^(?:Он|Она|Они)\b"),
        re.compile(r"(?i)\b(?:добавил\w*|продолжил\w*)\b"),
        russian_future,
    ),
}


def reader_language(tag: str) -> str | None:
    """The language the assistant reads a source in: the primary subtag of its language ("ru-RU" is "ru"),
    or None when the assistant has no reader for it."""
    primary = (tag or "en").split("-")[0].split("_")[0].strip().lower()
    return primary if primary in LANGUAGES else None


LEDE_DAYS = datetime.timedelta(days=3)
STATEMENT_CODE = "010"
IMPERSONAL = {"it"}
MILITARY = "military"
EVENT_SEARCH_MARGIN = datetime.timedelta(days=40)  # wide enough for a month either side
SIDES_OF_INTEREST = (Actor.Side.UNITED_STATES, Actor.Side.RUSSIA)
# CAMEO's verbal roots: statements, appeals, intents, consultations, praise; investigations, demands,
# criticism, rejections, threats.
WORDS_ROOTS = {"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"}


@dataclass
class Vocabulary:
    """The editors' data the assistant reads: lexicon, actors and theaters, compiled once per run."""

    lexicon: Lexicon
    actors: Any  # an ActorMatcher, or a RussianActorMatcher
    theaters: list
    language: Language = field(default_factory=lambda: LANGUAGES["en"])

    @classmethod
    def from_database(cls, language: str = "en") -> "Vocabulary":
        theaters = [(theater_pattern(theater.name), theater) for theater in Theater.objects.all()]
        lexicon = Lexicon(LexiconEntry.objects.filter(language=language), language)
        actors = list(Actor.objects.all())
        matcher = RussianActorMatcher(actors) if language == "ru" else ActorMatcher(actors)
        return cls(lexicon, matcher, theaters, LANGUAGES[language])

    def theater(self, text: str) -> Theater | None:
        """The theater named first in the text, or None."""
        found = []
        for pattern, theater in self.theaters:
            match = pattern.search(text)
            if match:
                found.append((match.start(), theater.pk, theater))
        return min(found)[2] if found else None


def theater_pattern(name: str) -> re.Pattern[str]:
    # A theater's name also matches its derived words: "Syria" in "Syrian", "Elections" in "election".
    stem = name[:-1] if name.endswith("s") else name
    return re.compile(r"(?<!\w)" + re.escape(stem), re.IGNORECASE)


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
        return self.action.event_type

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
        return title_for(self.action, self.first_sentence.text, self.language)

    @property
    def label(self) -> str:
        return label_for(self.title)

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
    readings = read_sentences(body, published, vocabulary)
    candidates = build_candidates(readings, published, vocabulary.language)
    stand_in_for_groups(candidates, readings)
    # a target the sentence does not name is not a side it names: fold reports of one happening first
    candidates = fold_duplicates(candidates)
    aim_at_the_other_side(candidates, readings)
    for number, candidate in enumerate(candidates, start=1):
        candidate.number = number
        candidate.theater = vocabulary.theater(candidate.text)
        candidate.language = vocabulary.language.code
    return candidates


def suggest(source: Source, vocabulary: Vocabulary | None = None) -> list[Candidate]:
    """Every candidate of the source, annotated; callers show the open ones. A source in a language the
    assistant cannot read has none."""
    language = reader_language(source.language)
    if vocabulary is None and language is None:
        return []
    vocabulary = vocabulary or Vocabulary.from_database(language or "en")
    candidates = propose(source.body, source.published, vocabulary)
    mark_decided_and_cited(source, candidates)
    propose_merges(candidates)
    return candidates


def read_sentences(body: str, published: datetime.date, vocabulary: Vocabulary) -> list[Reading]:
    readings: list[Reading] = []
    read = vocabulary.language.read
    for sentence in split_sentences(body, vocabulary.language.code):
        said = read(sentence.text, published, vocabulary.lexicon, vocabulary.actors)
        if said.speaker and said.speaker.is_pronoun:
            said = read(sentence.text, published, vocabulary.lexicon, vocabulary.actors, recent_speaker(readings))
        readings.append(Reading(sentence, said))
    return readings


def recent_speaker(readings: list[Reading]) -> Speaker | None:
    """Whom "he said" refers to: the last speaker named in the few sentences before."""
    recent = readings[-MAX_FOLLOW_ON_GAP:]
    return next((reading.speaker for reading in reversed(recent) if reading.speaker), None)


def build_candidates(readings: list[Reading], published: datetime.date, language: Language) -> list[Candidate]:
    candidates: list[Candidate] = []
    news_date = story_date(readings, published)
    spoken: ResolvedDate | None = None  # the day a sentence's main clause last named, with or without a candidate
    named: tuple[int, ResolvedDate] | None = None  # the paragraph and past date a main clause last named
    for reading in readings:
        previous = candidates[-1] if candidates else None
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
        proposed = (action for action in reading.said.actions if proposable(action, reading, language))
        for position, action in enumerate(proposed):
            own = on_story_day(action.date, spoken or last_day(candidates, news_date))
            carried = (
                None if own else carried_date(previous, reading, language, action) or paragraph_date(named, reading)
            )
            date = own or carried or undated(reading, action, news_date, published, language)
            if language.pronoun_subject.match(reading.sentence.text) and previous is not None and action.source is None:
                action.source = previous.source_actor
            candidate = Candidate(0, [reading], action, date, candidate_key(reading.sentence.text, position))
            candidate.carried = carried is not None
            candidates.append(candidate)
        spoken = named_day(reading) or spoken
        named = named_in_paragraph(reading) or named
    return candidates


def named_in_paragraph(reading: Reading) -> tuple[int, ResolvedDate] | None:
    """The past date a sentence's main clause names by its own words, of any precision, with its paragraph ("In
    November a peace plan leaked to the press."), whether or not the sentence gave a candidate."""
    date = reading.said.date
    if date is None or date.expected or date.story_days is not None or date.basis != EXPRESSION:
        return None
    return reading.sentence.paragraph, date


def paragraph_date(named: tuple[int, ResolvedDate] | None, reading: Reading) -> ResolvedDate | None:
    """The date the sentence's paragraph last named, for an undated sentence that goes on in it ("Ukraine and its
    allies rejected several of its terms.")."""
    if named is None or named[0] != reading.sentence.paragraph:
        return None
    return replace(named[1], basis=CONTEXT)


def named_day(reading: Reading) -> ResolvedDate | None:
    """The day a sentence's main clause names by its own words ("Peskov announced on Monday ..."), which "hours
    earlier" in the next sentence counts from, whether or not the sentence gave a candidate."""
    date = reading.said.date
    if date is None or date.precision != DAY or date.expected or date.story_days is not None:
        return None
    return date if date.basis == EXPRESSION else None


def story_date(readings: list[Reading], published: datetime.date) -> ResolvedDate:
    """The day a wire story reports on: its lede's day when the lede dates it within days of publication
    ("The United States on Thursday expelled ..."), or the next sentence's when the lede has no date, else the
    publication day."""
    opening = [reading for reading in readings if reading.said.actions or reading.said.date][:LEDE_SENTENCES]
    for reading in opening:
        date = reading.said.date
        if date is None:
            continue  # a lede without a date ("If you were hoping for fireworks, ..."): the next sentence's
        if (
            date.story_days is None
            and date.precision == DAY
            and not date.expected
            and published - date.date <= LEDE_DAYS
        ):
            return date
        break
    return ResolvedDate(published, DAY, basis=PUBLICATION)


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


def last_day(candidates: list[Candidate], news_date: ResolvedDate) -> ResolvedDate:
    """The day the story last spoke of: the last main-clause candidate dated to a day by its own words (not a
    background clause's: "sanctions, which Washington imposed on March 17"), else the story's day."""
    dated = (
        candidate.date
        for candidate in reversed(candidates)
        if candidate.action.clause.kind == MAIN
        and candidate.date.basis == EXPRESSION
        and candidate.date.precision == DAY
        and not candidate.date.expected
    )
    return next(dated, news_date)


def on_story_day(date: ResolvedDate | None, news_date: ResolvedDate) -> ResolvedDate | None:
    """A date counted from the day the story reports on («в тот же день», «накануне») put on that day."""
    if date is None or date.story_days is None:
        return date
    day = news_date.date + datetime.timedelta(days=date.story_days)
    return replace(date, date=day, story_days=None, basis=CONTEXT)


def undated(
    reading: Reading, action: Action, news_date: ResolvedDate, published: datetime.date, language: Language
) -> ResolvedDate:
    """The date of an action without a time expression: ahead if its clause is in the future, else the story's."""
    clause = reading.sentence.text[action.clause.start : action.match.start]
    stance = action.negated or action.conditional  # a refusal or a threat is dated when it is made
    if language.future(clause) and not stance:
        return replace(publication_date(published), expected=True)
    return replace(news_date, basis=CONTEXT if news_date.basis == EXPRESSION else PUBLICATION, expected=False)


def speaker_goes_on(candidate: Candidate, reading: Reading, action: Action) -> bool:
    """The next sentence's doer is the one who spoke in the sentence before."""
    speaker = candidate.speaker
    return bool(adjacent(candidate, reading) and speaker and speaker.actor and action.source == speaker.actor)


def same_speaker(candidate: Candidate, reading: Reading) -> bool:
    near = reading.sentence.index - candidate.readings[-1].sentence.index <= MAX_FOLLOW_ON_GAP
    speaker, other = reading.speaker, candidate.speaker
    return bool(near and speaker and other and speaker.name == other.name)


def continues_statement(candidate: Candidate, reading: Reading, language: Language) -> bool:
    """A further quote of the candidate's speaker that adds no action or date of its own."""
    said = reading.said
    if said.date is not None:
        return False
    going_on = (
        language.continuing.search(reading.sentence.text)
        and adjacent(candidate, reading)
        and same_speaker(candidate, reading)
    )
    if any(not action.is_statement() for action in said.actions) and not going_on:
        return False
    return same_speaker(candidate, reading) or quotation_follows(candidate, reading, language)


def adjacent(candidate: Candidate, reading: Reading) -> bool:
    return reading.sentence.index == candidate.readings[-1].sentence.index + 1


def quotation_follows(candidate: Candidate, reading: Reading, language: Language) -> bool:
    """A sentence that is only a quotation, right after a quoted speaker, is that speaker's."""
    adjacent = reading.sentence.index == candidate.readings[-1].sentence.index + 1
    bare = language.bare_quotation.match(reading.sentence.text)
    return bool(adjacent and candidate.speaker and not reading.speaker and bare)


def carried_date(
    previous: Candidate | None, reading: Reading, language: Language, action: Action | None = None
) -> ResolvedDate | None:
    """The date of the candidate before, for the same speaker going on (named again as the doer: "Zakharova also
    demanded ...") or a sentence opening with "He", "They"."""
    continues = (
        language.pronoun_subject.match(reading.sentence.text)
        or (previous and same_speaker(previous, reading))
        or (previous and action and speaker_goes_on(previous, reading, action))
    )
    same_paragraph = previous and previous.readings[-1].sentence.paragraph == reading.sentence.paragraph
    if previous and (continues or same_paragraph) and dated_by_its_words(previous) and not previous.date.expected:
        return replace(previous.date, basis=CONTEXT)
    return None


def dated_by_its_words(candidate: Candidate) -> bool:
    """A date of the candidate's own time expression, counted from the story's day or not ("Hours earlier, ..."),
    or carried to it from one that was ("On Friday Lavrov called Tillerson. Lavrov told him ... Lavrov and
    Tillerson agreed ...")."""
    own = candidate.action.date
    return not candidate.date.needs_check or (own is not None and own.story_days is not None) or candidate.carried


def stand_in_for_groups(candidates: list[Candidate], readings: list[Reading]) -> None:
    """ "The two leaders", "both sides": the most named actor of each side, when the action has no actor."""
    counts: Counter[Any] = Counter(phrase.actor for reading in readings for phrase in reading.said.phrases)
    leading = [
        max((a for a in counts if a.side == side), key=counts.__getitem__, default=None) for side in SIDES_OF_INTEREST
    ]
    if None in leading:
        return
    for candidate in candidates:
        action = candidate.action
        aside = action.clause.kind == RELATIVE_CLAUSE  # "..., where ethnic violence has killed hundreds"
        if candidate.readings[0].said.group_mentioned and action.source is None and not aside:
            action.source, action.target, action.mutual = leading[0], leading[1], True


def aim_at_the_other_side(candidates: list[Candidate], readings: list[Reading]) -> None:
    """An action by one side that names no target ("Moscow welcomed the move") is aimed at the other side,
    as the state of that side the story names most, when it names one."""
    counts: Counter[Any] = Counter(phrase.actor for reading in readings for phrase in reading.said.phrases)
    states = {
        side: max(
            (a for a in counts if a.side == side and a.kind == Actor.Kind.STATE), key=counts.__getitem__, default=None
        )
        for side in SIDES_OF_INTEREST
    }
    for candidate in candidates:
        action = candidate.action
        if action.target is None and action.source is not None and action.source.side in SIDES_OF_INTEREST:
            other = SIDES_OF_INTEREST[1 - SIDES_OF_INTEREST.index(action.source.side)]
            action.target = states[other]


def family(code: str) -> str:
    """The kind of action for duplicates: the sub-code among intents (an intent to meet is no intent to
    cooperate), diplomatic cooperation (praise is no signing), reductions and coercion, else the root."""
    return code[:3] if code[:2] in ("03", "05", "16", "17") else code[:2]


def side(actor: Actor | None) -> str | None:
    return actor.side if actor is not None else None


def same_happening_as(candidate: Candidate, earlier: Candidate) -> bool:
    if family(candidate.code) != family(earlier.code):
        return False
    if candidate.first_sentence == earlier.first_sentence:
        return one_act_told_in_steps(candidate, earlier)  # else two actions of one sentence are two actions
    if both_mutual_between_the_same_sides(candidate, earlier) and not introduced_as_new(candidate):
        return dates_agree(candidate.date.date, candidate.date.precision, earlier.date.date, earlier.date.precision)
    if candidate.code[:2] in WORDS_ROOTS and candidate.source_actor != earlier.source_actor:
        return False  # two people's statements on one day are two statements
    if introduced_as_new(candidate):
        return False  # "The two men also signed an agreement on ...": another one
    if not same_doer(candidate.source_actor, earlier.source_actor):
        return False
    for mine, theirs in (
        (candidate.source_actor, earlier.source_actor),
        (candidate.target_actor, earlier.target_actor),
    ):
        if mine is not None and theirs is not None and side(mine) != side(theirs):
            return False
    nameless = not any(actor is not None for actor in (candidate.source_actor, candidate.target_actor))
    if nameless and candidate.first_sentence.index - earlier.readings[-1].sentence.index > MAX_FOLLOW_ON_GAP:
        return False  # a report naming no one is the same happening only close to the first report
    return dates_agree(candidate.date.date, candidate.date.precision, earlier.date.date, earlier.date.precision)


def one_act_told_in_steps(candidate: Candidate, earlier: Candidate) -> bool:
    """ "Paratroopers rolled into Kosovo's capital and seized the city's airport", "fired on and rammed three
    vessels, then seized them": one doer's uses of force of one kind, joined in one sentence, against no other
    target, are one operation told in steps. Measures listed ("recalled its ambassador, closed two consulates")
    are each a measure, and statements joined are two statements."""
    action, other = candidate.action, earlier.action
    targets = {candidate.target_actor, earlier.target_actor} - {None}
    return (
        action.follows
        and action.code == other.code
        and action.category == other.category == MILITARY
        and candidate.source_actor == earlier.source_actor
        and len(targets) <= 1
    )


def both_mutual_between_the_same_sides(candidate: Candidate, earlier: Candidate) -> bool:
    """ "Putin and Bush signed", then "the two men signed": one act of both, named in either order."""
    if not (candidate.action.mutual and earlier.action.mutual):
        return False
    return {side(candidate.source_actor), side(candidate.target_actor)} == {
        side(earlier.source_actor),
        side(earlier.target_actor),
    }


def introduced_as_new(candidate: Candidate) -> bool:
    """Whether the governing noun comes with an indefinite article ("an agreement", "another deal"), the
    action is said to be a further one ("also signed", «также подписали»), or one before or after another
    ("later ordered")."""
    text, match = candidate.first_sentence.text, candidate.action.match
    before = text[: match.start]
    indefinite = bool(INDEFINITE_BEFORE.search(before)) and match.part_of_speech == "noun"
    in_sequence = bool(IN_SEQUENCE.search(text, candidate.action.clause.start, candidate.action.clause.end))
    return indefinite or in_sequence or bool(ALSO.search(before)) or bool(ALSO_AFTER_THE_SUBJECT.match(text, match.end))


def same_doer(actor: Actor | None, other: Actor | None) -> bool:
    """A state and its own people and institutions can be one doer; two of its institutions (the Senate,
    the White House) are two."""
    if actor is None or other is None or actor == other:
        return True
    if actor.side != other.side:
        return False
    return Actor.Kind.STATE in (actor.kind, other.kind)


def fold_duplicates(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates left once each happening is proposed once, the others folded in as further reports. A happening
    first named in an aside ("..., a day after Washington blacklisted Rosneft") and then reported in a main clause
    of its own is proposed from the main clause, the aside folded into it."""
    kept: list[Candidate] = []
    for candidate in candidates:
        earlier = next(
            (other for other in kept if other.action.clause.kind == MAIN and same_happening_as(candidate, other)), None
        )
        aside = None
        if earlier is None and candidate.action.clause.kind == MAIN:
            aside = next(
                (other for other in kept if other.action.clause.kind != MAIN and same_happening_as(candidate, other)),
                None,
            )
        if earlier is not None:
            earlier.further.append(candidate)
        elif aside is not None:
            kept[kept.index(aside)] = candidate
            candidate.further += [aside, *aside.further]
        else:
            kept.append(candidate)
    return kept


def mark_decided_and_cited(source: Source, candidates: list[Candidate]) -> None:
    decisions = {decision.key: decision for decision in source.candidate_decisions.select_related("event")}
    quoted = list(Evidence.objects.filter(source=source).select_related("event"))
    for candidate in candidates:
        candidate.decision = decisions.get(candidate.key)
        first = candidate.first_sentence
        citing = [evidence.event for evidence in quoted if evidence.start < first.end and first.start < evidence.end]
        candidate.cited_by = list(dict.fromkeys(citing))


def propose_merges(candidates: list[Candidate]) -> None:
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


def nearby_events(candidates: list[Candidate]) -> QuerySet[Event]:
    near = Q()
    for date in {candidate.date.date for candidate in candidates}:
        near |= Q(date__range=(date - EVENT_SEARCH_MARGIN, date + EVENT_SEARCH_MARGIN))
    return Event.objects.filter(near, is_synthetic=False).prefetch_related("evidence", "actors").order_by("date", "pk")
