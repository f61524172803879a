"""The two sides a story names most, for actions that name too few: "the two leaders", a target left unsaid.

"The two leaders" and "both sides" stand for the most named actor of each of
the two sides whose relations the timeline follows; an action by one side that
names no target is aimed at the other side's state the story names most.
"""

from collections import Counter
from typing import TYPE_CHECKING, Any

from ..models import Actor
from .clauses import RELATIVE_CLAUSE

if TYPE_CHECKING:
    from .candidates import Candidate, Reading


SIDES_OF_INTEREST = (Actor.Side.UNITED_STATES, Actor.Side.RUSSIA)


def stand_in_for_groups(candidates: list["Candidate"], readings: list["Reading"]) -> None:
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


def aim_at_the_other_side(candidates: list["Candidate"], readings: list["Reading"]) -> None:
    """An action by one side that names no target ("Moscow welcomed the move") is aimed at the other side,
    as the state of that side the story names most, when it names one; a domestic act (done to the doer's own
    people, targets_beyond.done_at_home) is not."""
    counts: Counter[Any] = Counter(phrase.actor for reading in readings for phrase in reading.said.phrases)
    states = {
        side: max(
            (a for a in counts if a.side == side and a.kind == Actor.Kind.STATE), key=counts.__getitem__, default=None
        )
        for side in SIDES_OF_INTEREST
    }
    for candidate in candidates:
        action = candidate.action
        if (
            action.target is None
            and action.source is not None
            and action.source.side in SIDES_OF_INTEREST
            and not action.domestic
        ):
            other = SIDES_OF_INTEREST[1 - SIDES_OF_INTEREST.index(action.source.side)]
            action.target = states[other]
