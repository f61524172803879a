"""Whom an action is aimed at when no actor is named between it and the next expression (reading.py looks there).

- Two verbs that share their object ("fired on and rammed three Ukrainian vessels"): the first is aimed at the
  second's target.
- Force where a state is the place ("rolled into Georgia", "air strikes in Syria", "crossed into Poland"): that
  state is the target; a place is otherwise no actor (actors.py).
- For an action whose doer is known, an actor of another side named further on in the clause ("Putin is due in
  Brussels for a summit with European Union leaders"), not the one to whom the words are attributed (", the
  Kremlin said").

Only then does candidates.py aim an action at the other side of the two whose relations the timeline follows.
"""

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .actors import Mention, Phrase

if TYPE_CHECKING:
    from .reading import Action

SHARED_OBJECT = re.compile(r"^\s*(?:,\s*)?(?:and|or)\s*$", re.IGNORECASE)
ATTRIBUTED = re.compile(r"\s+(?:\w+\s+)?(?:said|says|told|added|announced|reported|stated)\b", re.IGNORECASE)
FORCE_ROOTS = ("15", "18", "19", "20")
STATE = "state"


def fill_targets(actions: Sequence["Action"], phrases: Sequence[Phrase], places: Sequence[Mention], text: str) -> None:
    """Give target-less actions the target the sentence names for them beyond the next expression."""
    for action, following in itertools.pairwise(actions):
        if (
            action.target is None
            and following.follows
            and SHARED_OBJECT.match(text[action.match.end : following.match.start])
        ):
            action.target = of_another_side(following.target, action.source)
    for action in actions:
        if action.target is None and is_force(action):
            action.target = next(
                (
                    place.actor
                    for place in places
                    if action.match.start < place.start < action.clause.end
                    and place.actor.kind == STATE
                    and of_another_side(place.actor, action.source)
                ),
                None,
            )
        if action.target is None and action.source is not None:
            action.target = next(
                (
                    phrase.actor
                    for phrase in phrases
                    if action.match.end <= phrase.start < action.clause.end
                    and not ATTRIBUTED.match(text, phrase.end)
                    and of_another_side(phrase.actor, action.source)
                ),
                None,
            )


def is_force(action: "Action") -> bool:
    return action.score < 0 and action.code.startswith(FORCE_ROOTS)


def of_another_side(actor: Any, source: Any) -> Any:
    """The actor, when it is not on the source's own side."""
    if actor is None or (source is not None and (actor == source or actor.side == source.side)):
        return None
    return actor
