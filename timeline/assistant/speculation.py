"""What commentators think may happen: "Russia could expel American diplomats, analysts said".

An act under a modal ("could", "may", "might", "would", "will") is a threat or an intent when its doer, or
someone speaking for it, says so ("Russia could expel American diplomats, Lavrov said"). When the sentence
gives the words to analysts, experts or observers, people who speak for no side, the act is their forecast:
no one has done it or threatened it, and it is no event. A sentence that names an actor speaking ("Putin said
Russia would respond, analysts noted") gives the words to that actor.
"""

import re

from .lexicon import LexiconMatch
from .signs import predicate_words
from .speakers import Speaker
from .text import Token

SPECULATION_MODALS = frozenset("could might may would will 'll".split())
COMMENTATOR = (
    r"(?:analysts?|experts?|observers?|commentators?|economists?|pundits?|scholars?|strategists?|specialists?)"
)
# "analysts said", "many experts believe", "Western observers expect", "according to two analysts"
COMMENTATORS_SAY = re.compile(
    rf"\b{COMMENTATOR}\s+(?:\w+\s+){{0,2}}?(?:said|say|says|believed?|believes|think|thinks|thought|expected|"
    rf"expects?|predicted|predicts?|suggested|suggests?|speculated?|speculates|warned|warns?|noted|notes?)\b"
    rf"|\baccording to\s+(?:[\w-]+\s+){{0,3}}?{COMMENTATOR}\b",
    re.IGNORECASE,
)


def commentators_forecast(match: LexiconMatch, tokens: list[Token], text: str, speaker: Speaker | None) -> bool:
    """Whether the act is under a modal, or is the saying itself, in a sentence whose words are the commentators'
    own ("analysts said ordinary Russians would pay the price": no one's threat)."""
    return (
        (speaker is None or speaker.actor is None)
        and (match.is_frame() or bool(SPECULATION_MODALS & set(predicate_words(tokens, match))))
        and bool(COMMENTATORS_SAY.search(text))
    )
