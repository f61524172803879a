"""Finding a quote verbatim in a source's text.

Matching ignores differences in white space only (line breaks, indentation,
runs of spaces): every word and punctuation mark must be as in the source.
"""

import difflib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Passage:
    start: int
    end: int


def quote_pattern(quote):
    words = quote.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def locate(quote, body):
    """Return the Passage of `body` that `quote` matches, or None."""
    pattern = quote_pattern(quote)
    if pattern is None:
        return None
    match = pattern.search(body)
    if match is None:
        return None
    return Passage(match.start(), match.end())


def nearest_passage(quote, body, context=20):
    """The stretch of `body` that shares the longest run of text with `quote`.

    Used in error messages so an editor sees where the quote went wrong.
    """
    squeezed_quote = " ".join(quote.split())
    if not squeezed_quote or not body:
        return ""
    matcher = difflib.SequenceMatcher(None, body, squeezed_quote, autojunk=False)
    match = matcher.find_longest_match(0, len(body), 0, len(squeezed_quote))
    if match.size == 0:
        return ""
    start = max(0, match.a - match.b - context)
    end = min(len(body), match.a + (len(squeezed_quote) - match.b) + context)
    return " ".join(body[start:end].split())
