"""The predicates of a sentence's main clauses set apart: where one conjunct ends and the next, with a subject or a
contrast of its own, begins.

"Medvedev welcomed the decision within hours, and on Friday Putin praised it": two conjuncts, each with its
doer and its time. "The United States on Thursday expelled 35 diplomats and closed two compounds": one
subject, and "on Thursday" dates both.
"""

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .clauses import MAIN

if TYPE_CHECKING:
    from .reading import Action

COORDINATOR = re.compile(r"(?:,\s*)?\b(?:and|but|while|whereas|yet)\b|;", re.IGNORECASE)
CONTRASTING = re.compile(r"\b(?:but|while|whereas|yet)\b|;", re.IGNORECASE)
PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|it|they|we)\s+(?:\w+\s+)?$", re.IGNORECASE)


def mark_conjuncts(actions: Sequence["Action"], phrases: Sequence[Any], text: str) -> None:
    """Give each main-clause action the span of its conjunct, when the sentence's main clauses have more than one,
    and whether a subject of its own opens it."""
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
