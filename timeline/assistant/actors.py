"""Finding actors in a sentence: names, aliases, demonyms, and the noun phrases they head.

The vocabulary is the Actor table (seeded from vocabulary/<language>/actors.json,
extended by editors in the admin). A name, alias or demonym matches as a whole
word or phrase ("Trump" not in "Trumpism", "US" not in "USA"). Short terms (four
characters or fewer), terms without lower-case letters ("US", "NATO") and
demonyms ("Russian", not the word "russian" in a title) match their case
exactly; longer ones in any case. Where terms overlap the longest wins.

- A demonym or adjective stands for its actor: "Russian diplomats" are Russia's.
- A noun phrase names one actor: in "Russian Foreign Minister Sergey Lavrov" or
  "Russia's U.N. Ambassador Vassily Nebenzia" the words that follow a demonym
  or possessive of the same side make it more specific (Lavrov), words of
  another side do not (Russia, not the United Nations).
- A place is not an actor: a state, a capital or an institution's building
  after a preposition of place or a verb of travel ("in Moscow", "visits
  Moscow", "at the White House"), or a city named as one ("the English city
  of Salisbury"), is where something happens.
- An alias shared by two actors ("Bush", "Clinton") means the one in office on
  the article's date, when their terms of office are known.
- A person's surname after a given name that is not theirs is someone else:
  "U.S. Ambassador John Sullivan" is not Jake Sullivan.
- A demonym or name joined by a hyphen to a participle of making or brokering
  tells where a thing comes from ("a French-brokered ceasefire plan", "U.S.-made
  missiles"): no actor of the sentence.
"""

import datetime
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .dates import MONTHS, WEEKDAYS

SHORT_TERM_LENGTH = 4
NAME, DEMONYM = "name", "demonym"
PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|inside|outside|near|from|into|across|over|via|through|around|throughout)"
    # "moved to Kyiv", not "a move Washington called a blow": a move goes to a place
    r"|\b(?:visit(?:s|ed|ing)?|mov\w*\s+(?:back\s+)?(?:to|in)|(?:travel|return|fl[eiy]|arriv|head|go|went|came|come|trip|"
    r"journey|flight|dispatch|sent|send|deploy|transferr|deliver)\w*"
    r"(?:\s+(?:back\s+)?(?:to|in))?)"
    # "the English city of Salisbury", "the port of Odesa"; a name after "at a" modifies the place ("at a Kremlin
    # ceremony", "at an EU summit") as after "at the"
    r"|\b(?:city|town|village|port|region|province|oblast)\s+of)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# Words between two mentions that keep them in one noun phrase: titles and roles.
ROLE_WORDS = (
    r"(?:[A-Z][\w.-]*|spokes(?:man|woman|person)|envoy|ambassador|minister|officials?|counterpart|"
    r"press secretary|secretary|chief|leaders?|president|prime minister|deputy|head|director|diplomats?)"
)
# "U.S. Ambassador John Sullivan" is not Jake Sullivan: a given name before a person's surname that is not theirs
GIVEN_NAME_BEFORE = re.compile(r"(?<=\S\s)([A-Z][a-z]+)\s+$")
NOT_GIVEN_NAMES = frozenset(
    "President Secretary Minister Ambassador Senator Representative General Admiral Director Chancellor Premier "
    "Governor Judge Mayor Spokesman Spokeswoman Envoy Chief Deputy Leader Speaker Commander Colonel Captain "
    "Lieutenant Sergeant Major Marshal Officer Agent Counsel Attorney Prosecutor Justice Lord Lady Sir Mister "
    # the British house style writes the honorific without its full stop: "in July Mr Obama"
    "Mr Mrs Ms Dr".split()
).union(WEEKDAYS, MONTHS)
# "a French-brokered plan", "U.S.-made missiles": the thing's origin, not an actor ("Russian-backed" is kept: a proxy)
ORIGIN_AFTER = re.compile(r"-(?:brokered|mediated|made|built|designed|drafted|manufactured|produced|supplied|hosted)\b")
# more than PLACE_BEFORE's longest opening ("transferred back to the ") with room for extra spaces
PLACE_WINDOW = 80
SAME_PHRASE = re.compile(rf"^(?:['’]s)?\s+(?:{ROLE_WORDS}\s+){{0,4}}$")


@dataclass(frozen=True)
class Mention:
    actor: Any
    start: int
    end: int
    kind: str = NAME
    is_place: bool = False


@dataclass(frozen=True)
class Phrase:
    """A noun phrase naming one actor, with the span of all its mentions.

    In an inflected language (Russian), the cases the phrase's first word may
    be in and the preposition before it, which tell its role."""

    actor: Any
    start: int
    end: int
    cases: frozenset[str] = frozenset()
    preposition: str = ""
    head_start: int = -1  # where its titles begin («министр иностранных дел Лавров»), if before `start`

    def may_be_subject(self) -> bool:
        return not self.preposition and "nomn" in self.cases


# Kept for the process: the matcher is built on every reading (and per test), its terms are over a thousand, and re's
# own cache holds 512 patterns.
@functools.cache
def term_pattern(term: str, exact_case: bool) -> re.Pattern[str]:
    words = [re.escape(word) for word in term.split()]
    flags = 0 if exact_case else re.IGNORECASE
    return re.compile(r"(?<![\w.])" + r"\s+".join(words) + r"(?![\w])", flags)


def is_exact_case(term: str, kind: str) -> bool:
    return kind == DEMONYM or len(term) <= SHORT_TERM_LENGTH or not any(character.islower() for character in term)


def in_office(actor: Any, on: datetime.date | None) -> bool:
    if on is None:
        return False
    starts, ends = getattr(actor, "active_from", None), getattr(actor, "active_until", None)
    return (starts is None or starts <= on) and (ends is None or on < ends)


def lines(value: str | Iterable[str]) -> list[str]:
    items = value.splitlines() if isinstance(value, str) else list(value)
    return [item.strip() for item in items if item.strip()]


class ActorMatcher:
    """Finds the given actors in text; build it once per run, it compiles every term."""

    def __init__(self, actors: Iterable[Any]) -> None:
        terms: dict[tuple[str, str], list[Any]] = {}
        for actor in actors:
            for term in [actor.name, *lines(actor.aliases)]:
                terms.setdefault((term, NAME), []).append(actor)
            for term in lines(getattr(actor, "demonyms", "")):
                terms.setdefault((term, DEMONYM), []).append(actor)
        longest_first = sorted(terms.items(), key=lambda item: len(item[0][0]), reverse=True)
        self.patterns = [
            (term_pattern(term, is_exact_case(term, kind)), kind, list(dict.fromkeys(owners)))
            for (term, kind), owners in longest_first
        ]

    def mentions(self, text: str, on: datetime.date | None = None, include_places: bool = True) -> list[Mention]:
        """Non-overlapping mentions in text order; of overlapping ones the longest is kept."""
        taken: list[Mention] = []
        occupied = bytearray(len(text))
        for pattern, kind, owners in self.patterns:
            for match in pattern.finditer(text):
                if any(occupied[match.start() : match.end()]):
                    continue
                actor = pick(owners, on)
                if actor.kind == "person" and someone_elses_surname(text, match, actor):
                    continue
                if ORIGIN_AFTER.match(text, match.end()):
                    continue
                place = kind == NAME and actor.kind != "person" and is_place(text, match.start())
                taken.append(Mention(actor, match.start(), match.end(), kind, place))
                occupied[match.start() : match.end()] = b"\1" * (match.end() - match.start())
        found = sorted(taken, key=lambda mention: mention.start)
        return found if include_places else [mention for mention in found if not mention.is_place]

    def actors(self, text: str, on: datetime.date | None = None) -> list[Any]:
        """The actors mentioned in text (not as places), each once, in order of first mention."""
        return list(dict.fromkeys(mention.actor for mention in self.mentions(text, on, include_places=False)))

    def phrases(self, text: str, on: datetime.date | None = None) -> list[Phrase]:
        """Actors as the noun phrases that name them, places left out."""
        phrases: list[list[Mention]] = []
        for mention in self.mentions(text, on, include_places=False):
            if phrases and SAME_PHRASE.match(text[phrases[-1][-1].end : mention.start]):
                phrases[-1].append(mention)
            else:
                phrases.append([mention])
        return [Phrase(head_of(group), group[0].start, group[-1].end) for group in phrases]


def someone_elses_surname(text: str, match: re.Match[str], actor: Any) -> bool:
    """A one-word name after a given name that is not the actor's: "U.S. Ambassador John Sullivan" is not Jake
    Sullivan, "Sen. Rick Scott" no Scott of the list."""
    if " " in match.group():
        return False
    given = GIVEN_NAME_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return given is not None and given.group(1) not in NOT_GIVEN_NAMES and given.group(1) not in actor.name.split()


def is_place(text: str, start: int) -> bool:
    """Whether the words just before a name make it a place ("visits Moscow"); only the last few words are
    read, so a long text costs no more per name than a short one."""
    return bool(PLACE_BEFORE.search(text, max(0, start - PLACE_WINDOW), start))


def pick(owners: list[Any], on: datetime.date | None) -> Any:
    """Of the actors sharing a term, the one in office on the date (the latest to take office)."""
    if len(owners) == 1:
        return owners[0]
    current = [owner for owner in owners if in_office(owner, on)]
    if not current:
        return owners[0]
    return max(current, key=lambda owner: owner.active_from or datetime.date.min)


def head_of(group: list[Mention]) -> Any:
    """The actor a noun phrase names: its last mention of the first mention's side."""
    side = group[0].actor.side
    return [mention for mention in group if mention.actor.side == side][-1].actor
