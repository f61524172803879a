"""Not ruling something out: «Кремль не исключает новых обменов», «не исключил введения санкций», «не исключает,
что применит силу».

«Не исключать» negates nothing that is done: it is openness to the act it bears on, an intent to cooperate (03)
for a cooperative act and a threat (13) for a hostile one, as «может» makes a hostile act a threat. The reader
(reading.py) takes the noun after it as an action and leaves its «не» out of the act's sign.
"""

from ..lexicon import LexiconMatch
from ..text import Token

RULING_OUT = frozenset({"исключать", "исключить"})
OPENNESS_WINDOW = 3
COMPLEMENT = "что"


def not_ruled_out(match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether the action is what «не исключает» bears on, a few words before it with no punctuation between but the
    comma of «не исключает, что применит силу» (what may be done, not what is)."""
    index, words = match.first - 1, 0
    while index >= 0 and words < OPENNESS_WINDOW:
        if tokens[index].lower == COMPLEMENT and index >= 2 and tokens[index - 1].text == ",":
            index -= 2  # «исключает, что»: on to the verb before the comma
            continue
        if not tokens[index].is_word():
            return False
        if tokens[index].stems & RULING_OUT:
            return index > 0 and tokens[index - 1].lower == "не"
        index, words = index - 1, words + 1
    return False


def ruling_out_negation(token: Token, tokens: list[Token]) -> bool:
    """The «не» of «не исключает»: it belongs to the openness, not to the act."""
    following = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
    return token.lower == "не" and following is not None and bool(following.stems & RULING_OUT)
