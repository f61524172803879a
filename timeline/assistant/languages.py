"""The languages the assistant reads, and the editors' data it reads a source's sentences with.

Each language (LANGUAGES) brings its sentence reader (reading.py, russian/reading.py)
and the few patterns the story-level rules need: a bare quotation, a pronoun
opening a sentence, a speaker going on ("...," Peskov added), the future tense.
A Vocabulary is the lexicon, actors and theaters of one language, compiled
once per run.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..models import Actor, Theater
from . import reading as english_reading
from .actors import ActorMatcher
from .lexicon import Lexicon
from .models import LexiconEntry
from .reading import SentenceReading
from .russian import reading as russian_reading
from .russian.actors import RussianActorMatcher
from .russian.dates import in_future_clause
from .russian.laws import steps_of_a_banning_law
from .sides import SIDES_OF_INTEREST
from .text import RUSSIAN, Token, expression_stems, tokenize

# A personal pronoun as the subject right before the verb, whatever opens the sentence
# The theater an editor's data names "bilateral" (the seed's): the acts of the two sides upon each other.
BILATERAL_SLUG = "bilateral"
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
    # what one sentence tells of another in this language's stories (russian/laws.py), applied once all are read
    story_rules: Callable[[Sequence[Any]], None] | None = None
    # «Тогда Кремль назвал ...»: a sentence set at the time the story last named
    back_then: re.Pattern[str] | None = None
    # "Earlier, Washington expelled ...": a sentence set some time before the day the story last named
    earlier: re.Pattern[str] | None = None
    # «Через несколько недель их обменяли»: a sentence set some time after the date the story last named, its
    # groups the count («несколько», «два», none) and the unit («недель», «месяц»)
    later: re.Pattern[str] | None = None
    # "The Pentagon said it had airlifted aid the previous day": a saying, whose day a time of the report counts from
    saying: re.Pattern[str] | None = None
    # "The American envoy retorted that ...": a reply to what the sentence before reported, on its occasion
    reply: re.Pattern[str] | None = None


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
        earlier=re.compile(r"^(?:Earlier|Previously|Before that)\s*,"),
        saying=re.compile(r"\b(?:said|says|told|announced|confirmed|reported)\b"),
        reply=re.compile(r"\b(?:retort(?:s|ed)?|repl(?:y|ies|ied)|countered|(?:hit|hits|shot|fired) back)\b"),
    ),
    "ru": Language(
        "ru",
        russian_reading.read,
        re.compile(r"^[«„\"“][^«»„“\"]+[»“\"”]\.?$"),
        re.compile(r"^(?:Он|Она|Они)\b"),
        re.compile(r"(?i)\b(?:добавил\w*|продолжил\w*)\b"),
        russian_future,
        story_rules=steps_of_a_banning_law,
        back_then=re.compile(r"^(?:Тогда|В то время|В тот момент)\b(?!\s+как\b)"),
        earlier=re.compile(r"^(?:Ранее|Прежде|До этого)\b(?!\s+(?:чем|как)\b)"),
        later=re.compile(
            r"^(?:Через|Спустя)\s+(?P<count>несколько|пару|две|два|три|четыре|пять|)\s*"
            r"(?P<unit>дней|дня|день|недель|недели|неделю|месяцев|месяца|месяц)\b"
        ),
    ),
}


def reader_language(tag: str) -> str | None:
    """The language the assistant reads a source in: the primary subtag of its language ("ru-RU" is "ru"),
    or None when the assistant has no reader for it."""
    primary = (tag or "en").split("-")[0].split("_")[0].strip().lower()
    return primary if primary in LANGUAGES else None


@dataclass
class Vocabulary:
    """The editors' data the assistant reads: lexicon, actors and theaters, compiled once per run."""

    lexicon: Lexicon
    actors: Any  # an ActorMatcher, or a RussianActorMatcher
    theaters: list
    language: Language = field(default_factory=lambda: LANGUAGES["en"])
    # proposed for an act of one side upon the other in a sentence that names no theater
    bilateral: Theater | None = None

    @classmethod
    def from_database(cls, language: str = "en") -> "Vocabulary":
        theaters = [
            (name_finder(theater_name(theater, language), language), theater) for theater in Theater.objects.all()
        ]
        lexicon = Lexicon(LexiconEntry.objects.filter(language=language), language)
        actors = list(Actor.objects.all())
        matcher = RussianActorMatcher(actors) if language == "ru" else ActorMatcher(actors)
        bilateral = next((theater for _, theater in theaters if theater.slug == BILATERAL_SLUG), None)
        return cls(lexicon, matcher, theaters, LANGUAGES[language], bilateral)

    def theater(self, text: str) -> Theater | None:
        """The theater named first in the text, or None."""
        found = []
        for find, theater in self.theaters:
            start = find(text)
            if start is not None:
                found.append((start, theater.pk, theater))
        return min(found)[2] if found else None

    def theater_of(self, text: str, source: Actor | None, target: Actor | None) -> Theater | None:
        """The theater the text names first; else, for an act of one side upon the other, the bilateral one."""
        named = self.theater(text)
        if named is not None or source is None or target is None:
            return named
        return self.bilateral if {source.side, target.side} == set(SIDES_OF_INTEREST) else None


def theater_name(theater: Theater, language: str) -> str:
    """The theater's name in the language of the text read, not in the language the page is shown in (an English
    article read in the Russian admin looks for "Syria", not «Сирия»)."""
    return getattr(theater, f"name_{language}", None) or theater.name_en or theater.name


def name_finder(name: str, language: str) -> Callable[[str], int | None]:
    """Where a theater's name first stands in a text, or None."""
    return russian_name_finder(name) if language == RUSSIAN else english_name_finder(name)


def english_name_finder(name: str) -> Callable[[str], int | None]:
    # A theater's name also matches its derived words: "Syria" in "Syrian", "Elections" in "election".
    stem = name[:-1] if name.endswith("s") else name
    pattern = re.compile(r"(?<!\w)" + re.escape(stem), re.IGNORECASE)

    def find(text: str) -> int | None:
        match = pattern.search(text)
        return match.start() if match else None

    return find


def russian_name_finder(name: str) -> Callable[[str], int | None]:
    """A Russian name in any of its forms: «Сирия» in «в Сирии», «Двусторонние отношения» in «двусторонних
    отношений»."""
    wanted = [expression_stems(word, RUSSIAN) for word in name.split()]

    def find(text: str) -> int | None:
        words = russian_words(text)
        for first in range(len(words) - len(wanted) + 1):
            if all(words[first + offset].stems & stems for offset, stems in enumerate(wanted)):
                return words[first].start
        return None

    return find


@lru_cache(maxsize=16)
def russian_words(text: str) -> tuple[Token, ...]:
    """The words of a text, tokenized once for all the theaters' names looked for in it."""
    return tuple(token for token in tokenize(text, RUSSIAN) if token.is_word())
