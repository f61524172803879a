"""The predicates of a sentence's main clauses set apart: which later words of a clause are actions of their own,
and where one conjunct ends and the next, with a subject or a contrast of its own, begins.

"Medvedev welcomed the decision within hours, and on Friday Putin praised it": two conjuncts, each with its
doer and its time. "The United States on Thursday expelled 35 diplomats and closed two compounds": one
subject, and "on Thursday" dates both.
"""

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .clauses import MAIN
from .lexicon import NOUN, LexiconMatch
from .noun_or_verb import BE_FORMS, LIGHT_VERBS, looks_nominal
from .text import Token
from .words import ADVERBS, DETERMINERS

if TYPE_CHECKING:
    from .reading import Action

COORDINATOR = re.compile(r"(?:,\s*)?\b(?:and|but|while|whereas|yet)\b|;", re.IGNORECASE)
CONTRASTING = re.compile(r"\b(?:but|while|whereas|yet)\b|;", re.IGNORECASE)
PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|it|they|we)\s+(?:\w+\s+)?$", re.IGNORECASE)
JOINING_WORDS = ("and", "but", ",", "while", "then")
SUBJECT_TO_VERB = 4  # words from a conjunct's own subject to its verb ("and Moscow responded by expelling")


@dataclass(frozen=True)
class Conjoining:
    """What tells whether a later word of a clause is joined to the action before it."""

    tokens: list[Token]
    phrases: Sequence[Any]  # the actors the sentence names
    text: str


def later_conjuncts(
    governing: LexiconMatch,
    verbal: Sequence[LexiconMatch],
    nouns: Sequence[LexiconMatch],
    links: Sequence[LexiconMatch],
    sentence: Conjoining,
) -> list[LexiconMatch]:
    """The clause's further actions after the one that governs it, each joined to the action before it:
    - a verb after "and", "but" or a comma: "expelled 35 diplomats and closed two compounds", also in the passive
      ("crossed into Poland and were shot down");
    - what a verb of saying, refusing or intent joined to the action frames: "agreed to talks but refused to lift
      the ban", "hosted Medvedev and promised to support ...", "and described the measures as hostile";
    - a verb after "and" and a subject of its own: "Norway expelled four diplomats and Moscow responded by
      expelling three".
    A list of one kind of measure ("export controls and sanctions") is one action."""
    chosen: list[LexiconMatch] = []
    previous = governing
    contents = sorted({*verbal, *nouns}, key=lambda match: match.first)
    for match in contents:
        if match.first <= previous.last or same_list(previous, match, sentence.tokens):
            continue
        framed = any(framed_in_a_conjunct(previous, link, match, links, sentence.tokens) for link in links)
        verb_joined = match in verbal and (
            coordinated(previous, match, sentence.tokens) or has_its_own_subject(previous, match, sentence)
        )
        if framed or verb_joined:
            chosen.append(match)
            previous = match
    return chosen


def same_list(previous: LexiconMatch, match: LexiconMatch, tokens: list[Token]) -> bool:
    """ "export controls and sanctions": nouns of one kind of measure in a row."""
    return (
        looks_nominal(match, tokens)
        and looks_nominal(previous, tokens)
        and match.entry.cameo_code == previous.entry.cameo_code
    )


def coordinated(previous: LexiconMatch, match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether `match` is a verb joined to the previous action as a second action of its own."""
    between = [token for token in tokens[previous.last + 1 : match.first] if token.is_word() or token.text == ","]
    if [token.lower for token in between[-2:]] == [",", "to"]:
        return False  # "summoned the ambassador, Anatoly Antonov, to protest": what the act was done for
    # "... and imposed new sanctions": a light verb and the noun's modifiers stand between "and" and the noun;
    # "... and were intercepted": an auxiliary
    while between and (
        between[-1].lower in ADVERBS
        or between[-1].lower in BE_FORMS
        or between[-1].lower.endswith("ly")
        or (
            (match.part_of_speech == NOUN or looks_nominal(match, tokens))
            and (between[-1].stems & LIGHT_VERBS or between[-1].lower in DETERMINERS or between[-1].is_number())
        )
    ):
        between.pop()
    words = [token.lower for token in between]
    return bool(words) and words[-1] in JOINING_WORDS


def framed_in_a_conjunct(
    previous: LexiconMatch,
    link: LexiconMatch,
    match: LexiconMatch,
    links: Sequence[LexiconMatch],
    tokens: list[Token],
) -> bool:
    """ "called the vote politically motivated and announced that Moscow had decided to leave the council": an
    action framed by a verb of saying, refusing or intent joined to the first action is a second action. The link
    joins the nearest predicate before it: in "carried out the attack, a source told reporters, describing him as a
    criminal" the description is the source's, not a second act of the attackers."""
    nearer = any(previous.last < other.first and other.last < link.first for other in links)
    return previous.last < link.first and link.last < match.first and not nearer and coordinated(previous, link, tokens)


def has_its_own_subject(previous: LexiconMatch, match: LexiconMatch, sentence: Conjoining) -> bool:
    """ "... and Moscow responded by expelling three": "and", an actor named, and the verb a few words on."""
    tokens = sentence.tokens
    between = tokens[previous.last + 1 : match.first]
    joining = [token for token in between if token.lower in ("and", "but")]
    if not joining:
        return False
    after = joining[-1]
    subject = next(
        (phrase for phrase in sentence.phrases if after.end < phrase.start and phrase.end <= tokens[match.first].start),
        None,
    )
    if subject is None or sentence.text[after.end : subject.start].strip() not in ("", "then"):
        return False
    words_on = [token for token in between if token.start >= subject.end and token.is_word()]
    return len(words_on) <= SUBJECT_TO_VERB


def mark_conjuncts(actions: Sequence["Action"], phrases: Sequence[Any], text: str) -> None:
    """Give each main-clause action the span of its conjunct, when the sentence's main clauses have more than one,
    and whether a subject of its own opens it; an aside's actions only the second ("when Russia annexed Crimea and
    the United States imposed sanctions": the sanctions are not Russia's)."""
    mark_own_subjects_in_asides(actions, phrases, text)
    main = sorted((action for action in actions if action.clause.kind == MAIN), key=lambda action: action.match.start)
    if not main:
        return
    starts = [0]
    for previous, action in itertools.pairwise(main):
        boundary = new_conjunct(previous, action, phrases, text)
        action.subject_of_its_own = boundary is not None and not CONTRASTING.match(text, boundary)
        starts.append(boundary if boundary is not None else starts[-1])
    if len(set(starts)) == 1:
        return
    for action, conjunct_start in zip(main, starts, strict=True):
        conjunct_end = min((start for start in starts if start > conjunct_start), default=len(text))
        action.conjunct = (conjunct_start, conjunct_end)


def mark_own_subjects_in_asides(actions: Sequence["Action"], phrases: Sequence[Any], text: str) -> None:
    in_asides = sorted(
        (action for action in actions if action.clause.kind != MAIN), key=lambda action: action.match.start
    )
    for previous, action in itertools.pairwise(in_asides):
        if previous.clause == action.clause:
            boundary = new_conjunct(previous, action, phrases, text)
            action.subject_of_its_own = boundary is not None and not CONTRASTING.match(text, boundary)


def new_conjunct(previous: "Action", action: "Action", phrases: Sequence[Any], text: str) -> int | None:
    """Where the conjunct of `action` begins: at the last conjunction between the two predicates, when it is a
    contrast or a subject follows it ("and on Friday Putin praised"); None when the two share their subject."""
    coordinators = list(COORDINATOR.finditer(text, previous.match.end, action.match.start))
    if not coordinators:
        return None
    last = coordinators[-1]
    if CONTRASTING.search(last.group()):
        return last.start() + (len(last.group()) - len(last.group().lstrip(", ")))
    named = any(last.end() <= phrase.start and phrase.end <= action.match.start for phrase in phrases)
    pronoun = PRONOUN_SUBJECT.search(text, last.end(), action.match.start)
    return last.start() if named or pronoun else None


def in_a_later_conjunct(start: int, action: "Action") -> bool:
    """Whether a time expression of a main clause at `start` lies in a conjunct after the action's own: it dates
    that conjunct's act ("..., and on Friday Putin praised it"), while a time of an earlier conjunct carries on to
    later ones ("Germany expelled 40 diplomats on Monday, and France ordered 35 more to leave")."""
    return action.conjunct is not None and start >= action.conjunct[1]
