"""Questions asked, which are no appeals: "Putin asked, to some laughter, against whom the expansion was intended",
"Lavrov asked reporters whether NATO would ever stop expanding". Asking someone to do something ("asked Blinken to
explain") stays an appeal or a demand.
"""

import re

from .lexicon import LexiconMatch
from .text import Token

ASKING = frozenset(["ask"])
# after "asked": an aside, up to three words that are not "to" (whom it was asked of), then a question word
QUESTION_AFTER = re.compile(
    r"(?:\s*,[^,.;]*,)?\s+(?:(?!to\b)[\w.'’-]+\s+){0,3}?(?:(?:against|for|with|to) )?"
    r"(?:why|whether|how|what|who|whom|if|where|which)\b",
    re.IGNORECASE,
)


def asks_a_question(match: LexiconMatch, tokens: list[Token], text: str) -> bool:
    """Whether the act is a verb of asking alone, followed by the question it asks."""
    return (
        match.first == match.last
        and bool(tokens[match.first].stems & ASKING)
        and QUESTION_AFTER.match(text, match.end) is not None
    )
