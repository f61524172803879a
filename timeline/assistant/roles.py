"""Who did what to whom in an event already written: read from its title, else its quotes."""

import datetime
from collections.abc import Iterable
from typing import Any

from .actors import ActorMatcher
from .lexicon import Lexicon
from .reading import read


def propose_roles(
    title: str, quotes: Iterable[str], on: datetime.date, actors: Iterable[Any], entries: Iterable[Any]
) -> tuple[Any, Any]:
    """(source, target) of the first action read with an actor, or (None, None)."""
    matcher, lexicon = ActorMatcher(list(actors)), Lexicon(list(entries))
    for text in [title, *quotes]:
        for action in read(text, on, lexicon, matcher).actions:
            if action.source is not None or action.target is not None:
                return action.source, action.target
    return None, None
