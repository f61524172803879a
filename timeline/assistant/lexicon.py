"""The lexicon of event expressions (LexiconEntry rows), compiled and matched against a sentence's words.

An expression is words in their base form ("expel", "impose", "sanction"),
matched through their stems, so every form of a word matches. "a|b" in a
place offers alternatives ("close ... consulate|embassy"); "..." stands for up
to six words in between. A verb with one object ("broker ... deal") matches its
passive too, the object first and the agent after "by" ("the deal brokered by
Turkey"). Each entry carries a CAMEO code, the Goldstein value
of that code, a category and a part of speech:

- verb: an action when it is the predicate of a clause ("Russia expelled ...");
- noun: an action named by a noun ("new sanctions", "the summit"), taken as the
  action when no verb of the clause is one, or after a light verb ("imposed
  sanctions", "held talks", "signed a treaty");
- frame: a verb that frames another action ("said", "announced", "ordered",
  "retaliated by ..."): the action it frames is coded, and the frame only when
  there is none (a statement).

Which match governs the sentence, its negation and its conditions are decided
by the reader (reading.py), not here. The lexicon is data: seeded from
vocabulary/<language>/lexicon.json by a migration and edited in the admin.
"""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from django.utils.translation import gettext as _

from .dates import WEEKDAYS
from .russian.morphology import analyse
from .text import RUSSIAN, Token, expression_stems, stem

GAP = "..."
MAX_GAP = 6
WEEKDAY_WORDS = frozenset(day.lower() for day in WEEKDAYS)
WEEKDAY_OPENERS = frozenset("on last this next".split())
ASIDE_REACH = 10  # words of an aside set off by commas that a gap skips
# Russian word order puts a time and a place between a verb and its object («подписали в субботу в загородной
# резиденции американского лидера декларацию»).
MAX_GAPS = {RUSSIAN: 10}
# A gap does not cross these: a match stays inside its clause.
GAP_STOPS = {
    "en": {";", ":", "—", "–", ".", "?", "!", "after", "before", "when", "while", "because", "if", "unless", "which"},
    RUSSIAN: {";", ":", "—", "–", ".", "?", "!", "после", "перед", "когда", "пока", "потому", "если", "который", "что"},
}
VERB, NOUN, FRAME = "verb", "noun", "frame"
PASSIVE_SLOTS = 2  # a verb and its object
PARTICIPLE_ENDINGS = ("ed", "en")


@dataclass(frozen=True)
class Pattern:
    slots: tuple[frozenset[str], ...]
    gaps: tuple[bool, ...]  # gaps[i]: words may come between slot i-1 and slot i
    first_words: tuple[str, ...] = ()  # the first slot's words as written, for the guards in fits()
    noun: bool = False
    language: str = "en"


@dataclass(frozen=True)
class LexiconMatch:
    entry: Any  # a LexiconEntry
    first: int  # token indices, inclusive
    last: int
    start: int  # character offsets in the sentence
    end: int
    words: str

    def entry_pattern_slots(self) -> list[str]:
        return [word for word in self.entry.expression.split() if word != GAP]

    @property
    def part_of_speech(self) -> str:
        return str(self.entry.part_of_speech)

    def is_frame(self) -> bool:
        return self.part_of_speech == FRAME


def expression_problem(expression: str) -> str:
    """Why an expression cannot be used, or "" if it can."""
    words = expression.split()
    if not any(word != GAP and word.strip("|*") for word in words):
        return _("Give at least one word.")
    if words[0] == GAP or words[-1] == GAP:
        return _("“%(gap)s” stands between two words; it cannot open or close an expression.") % {"gap": GAP}
    if any(GAP in word and word != GAP for word in words):
        return _("Write “%(gap)s” as a word of its own, with spaces around it.") % {"gap": GAP}
    if any("" in word.split("|") for word in words if word != GAP):
        return _("An alternative (a|b) needs a word on each side of the bar.")
    return ""


def compile_expression(expression: str, language: str = "en") -> Pattern:
    slots: list[frozenset[str]] = []
    gaps: list[bool] = []
    gap = False
    for word in expression.split():
        if word == GAP:
            gap = True
            continue
        slots.append(frozenset().union(*(expression_stems(part.rstrip("*"), language) for part in word.split("|"))))
        gaps.append(gap)
        gap = False
    first = tuple(part.rstrip("*").lower() for part in expression.split()[0].split("|"))
    return Pattern(tuple(slots), tuple(gaps), first, language=language)


def stem_key(expression: str, language: str = "en") -> tuple[tuple[str, ...], ...]:
    """What an expression matches, for finding duplicates: its stems, alternatives sorted."""
    pattern = compile_expression(expression, language)
    return tuple(
        tuple(sorted(slot)) + (("...",) if gap else ()) for slot, gap in zip(pattern.slots, pattern.gaps, strict=True)
    )


def fits(token: Token, slot: frozenset[str]) -> bool:
    # An adverb is not its adjective's noun: "accordingly" is not an "accord".
    return bool(token.stems & slot) and not (token.lower.endswith("ly") and token.stem not in slot)


def fits_first(token: Token, pattern: Pattern) -> bool:
    """The first word, with two guards against stems that join what differs: a noun is no "-ing" form
    ("according" is not an "accord"), and a word the stemmer cuts short must be written alike
    ("use" is not "useful")."""
    if not fits(token, pattern.slots[0]):
        return False
    if pattern.language == RUSSIAN:
        return True  # lemmas, not stems: nothing is cut short
    written = token.lower
    alike = [word for word in pattern.first_words if expression_stems(word, pattern.language) & token.stems]
    if written.endswith("ed") and alike and all(word.endswith("s") and not word.endswith("ss") for word in alike):
        return False  # "were forced to leave" is no "forces ... leave": a plural noun is not written "-ed"
    for word in pattern.first_words:
        if pattern.noun and written.endswith("ing") and not word.endswith("ing"):
            continue
        cut = len(word) - len(stem(word))
        if cut < 3 or written.startswith(word[: len(word) - 1]):
            return True
    return False


def proper_noun(tokens: list[Token], index: int) -> bool:
    """A capitalised word inside a sentence is part of a name: "State" in "Secretary of State"."""
    return (
        index > 0 and tokens[index].text[:1].isupper() and tokens[index - 1].text not in {".", '"', "“", "(", "—", "-"}
    )


def stops_a_gap(token: Token, language: str) -> bool:
    stops = GAP_STOPS.get(language, GAP_STOPS["en"])
    return token.lower in stops or (language == RUSSIAN and bool(token.stems & stops))


def clause_verb_in_a_noun(token: Token, pattern: Pattern) -> bool:
    """A finite verb cannot stand inside a Russian noun expression: «В обмен Москва освободила ..., осужденных» is no
    «обмен ... осужденными», the verb is the clause's predicate."""
    return pattern.noun and pattern.language == RUSSIAN and analyse(token.text).is_("VERB")


def second_predicate(tokens: list[Token], index: int, pattern: Pattern) -> bool:
    """A finite verb after «и», «а», «но» is a second predicate, the end of the first one's words: «назвал проект
    «неприемлемым» и обвинил Вашингтон в попытке ...» is no «назвать ... попытка»."""
    if pattern.language != RUSSIAN or index == 0 or tokens[index - 1].lower not in {"и", "а", "но"}:
        return False
    return analyse(tokens[index].text).is_("VERB")


def past_verb_after_and(tokens: list[Token], index: int, language: str) -> bool:
    """A verb in "-ed" after "and" or "but" is a second predicate, the end of the first one's words: "dismissed the
    questions and accused the United States of ..." is no "dismiss ... accusation"."""
    if language == RUSSIAN or index == 0 or tokens[index - 1].lower not in {"and", "but"}:
        return False
    return tokens[index].lower.endswith("ed")


def match_at(pattern: Pattern, tokens: list[Token], first: int) -> int | None:
    """The index of the last token of a match starting at `first`, or None. An aside set off by two commas inside a
    gap ("barred 500 Americans, including former President Barack Obama, from entering") is not counted in it."""
    if not fits_first(tokens[first], pattern):
        return None
    position = first
    for slot, gap in zip(pattern.slots[1:], pattern.gaps[1:], strict=True):
        limit = MAX_GAPS.get(pattern.language, MAX_GAP) + 1 if gap else 1
        candidate, step = position, 0
        while True:
            candidate, step = candidate + 1, step + 1
            if step > limit or candidate >= len(tokens):
                return None
            if step > 1 and stops_a_gap(tokens[candidate - 1], pattern.language):
                return None
            if gap and a_weekday(tokens, candidate, pattern.language):
                step -= 1  # "withdrew on Friday from the treaty": a day is no word of the gap, nor its "on" a slot's
                continue
            if gap and past_verb_after_and(tokens, candidate, pattern.language):
                return None
            if fits(tokens[candidate], slot):
                position = candidate
                break
            if (
                stops_a_gap(tokens[candidate], pattern.language)
                or clause_verb_in_a_noun(tokens[candidate], pattern)
                or second_predicate(tokens, candidate, pattern)
            ):
                return None
            closing = aside_end(tokens, candidate, pattern.language) if gap else None
            if closing is not None:
                candidate = closing  # the aside and its commas are no words of the gap
    return position


def a_weekday(tokens: list[Token], index: int, language: str) -> bool:
    """A day of the week, or the "on", "last", "this" or "next" before one: "on Friday", "last Tuesday"."""
    if language == RUSSIAN:
        return False
    word = tokens[index].lower
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return word in WEEKDAY_WORDS or (word in WEEKDAY_OPENERS and following in WEEKDAY_WORDS)


def aside_end(tokens: list[Token], comma: int, language: str) -> int | None:
    """The comma closing an aside that opens with the comma at `comma` (", including former President Barack Obama,"),
    when one closes it within ASIDE_REACH words and nothing that stops a gap stands inside; else None."""
    if tokens[comma].text != ",":
        return None
    for index in range(comma + 1, min(len(tokens), comma + ASIDE_REACH + 2)):
        if tokens[index].text == ",":
            return index if index > comma + 1 else None
        if stops_a_gap(tokens[index], language):
            return None
    return None


def passive_at(pattern: Pattern, tokens: list[Token], first: int) -> bool:
    """A verb and its object in the passive, the object first and the agent after "by" ("the deal brokered by
    Turkey", "the accord, brokered by the United Nations"), for an expression of a verb and one object ("broker ...
    deal"): the participle at `first`, the object just before it (a comma between, no other word)."""
    if pattern.language == RUSSIAN or len(pattern.slots) != PASSIVE_SLOTS or first < 1 or first + 1 >= len(tokens):
        return False
    participle = tokens[first]
    if not participle.lower.endswith(PARTICIPLE_ENDINGS) or tokens[first + 1].lower != "by":
        return False
    if not fits_first(participle, pattern):
        return False
    before = tokens[first - 1] if tokens[first - 1].lower != "," or first < 2 else tokens[first - 2]
    return fits(before, pattern.slots[1])


def russian_passive_at(pattern: Pattern, tokens: list[Token], first: int) -> bool:
    """A Russian verb and its object in the passive, the object its subject before it («Инспекции по договору были
    приостановлены», «Приговор американцу был вынесен судом»), for an expression of a verb and one object: a short
    passive participle at `first`, the object within the gap before it, in the same clause. After a modal's «быть»
    («самолеты могли быть сбиты», «должны быть высланы») it is what might or must be, no act."""
    if pattern.language != RUSSIAN or len(pattern.slots) != PASSIVE_SLOTS or not pattern.gaps[1]:
        return False
    participle = tokens[first]
    if not analyse(participle.text).is_("PRTS") or not fits_first(participle, pattern):
        return False
    if first > 0 and tokens[first - 1].lower == "быть":
        return False
    for index in range(first - 1, max(-1, first - MAX_GAPS[RUSSIAN] - 2), -1):
        if fits(tokens[index], pattern.slots[1]):
            return True
        if not tokens[index].is_word() or stops_a_gap(tokens[index], RUSSIAN):
            return False
    return False


def likeness(match: LexiconMatch) -> int:
    """How much of its first word an entry shares with the text: "retaliate" is the verb, "retaliation" the noun."""
    written = match.words.split()[0].lower()
    expression = match.entry_pattern_slots()[0].split("|")[0].lower()
    shared = 0
    for letter, other in zip(written, expression, strict=False):
        if letter != other:
            break
        shared += 1
    return shared


class Lexicon:
    """The entries of one language, compiled once per run."""

    def __init__(self, entries: Iterable[Any], language: str = "en") -> None:
        self.language = language
        self.patterns = [
            (replace(compile_expression(entry.expression, language), noun=entry.part_of_speech == NOUN), entry)
            for entry in entries
        ]
        # Which patterns a word may open, by the stems of their first word: a token is tried against those alone.
        self.opened_by: dict[str, list[int]] = {}
        for number, (pattern, _entry) in enumerate(self.patterns):
            for first_stem in pattern.slots[0]:
                self.opened_by.setdefault(first_stem, []).append(number)

    def matches(self, text: str, tokens: list[Token]) -> list[LexiconMatch]:
        """Every match, overlapping ones included, in text order (of two alike, the entry listed first first)."""
        found = []
        for first, token in enumerate(tokens):
            opened = {number for word_stem in token.stems for number in self.opened_by.get(word_stem, ())}
            for number in sorted(opened):
                pattern, entry = self.patterns[number]
                last = match_at(pattern, tokens, first)
                if last is None and entry.part_of_speech == VERB and passive_at(pattern, tokens, first):
                    last = first  # "the deal brokered by Turkey": the participle stands for "broker ... deal"
                if last is None and entry.part_of_speech == VERB and russian_passive_at(pattern, tokens, first):
                    last = first  # «Инспекции были приостановлены» stands for «приостановить ... инспекции»
                if last is not None and not (entry.part_of_speech != NOUN and proper_noun(tokens, first)):
                    start, end = tokens[first].start, tokens[last].end
                    found.append(LexiconMatch(entry, first, last, start, end, text[start:end]))
        return sorted(found, key=lambda match: (match.first, -match.last))

    def best_matches(self, text: str, tokens: list[Token]) -> list[LexiconMatch]:
        """Matches that do not overlap (frames and actions apart): of overlapping ones, the one of more words,
        then the first, then the one closest to the written word."""
        ranked = sorted(
            self.matches(text, tokens),
            key=lambda match: (-len(match.entry_pattern_slots()), match.first, -likeness(match), match.is_frame()),
        )
        kept: list[LexiconMatch] = []
        for match in ranked:
            # A frame spanning an action ("signed the new sanctions bill") leaves the action to be read.
            rivals = [other for other in kept if other.is_frame() == match.is_frame()]
            if not any(match.first <= other.last and other.first <= match.last for other in rivals):
                kept.append(match)
        return sorted(kept, key=lambda match: match.first)
