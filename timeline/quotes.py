"""Finding a quote verbatim in a source's text, in time linear in their lengths.

Every word and punctuation mark must be as in the source, in the source's
language. What may differ:
- white space (line breaks, indentation, runs of spaces, no-break spaces);
- invisible characters a web page puts inside words and a copy from it keeps
  (soft hyphens, zero-width spaces, word joiners): a quote is found with or
  without them;
- «ё» and «е» (and «Ё», «Е»): Russian print writes the diaeresis or leaves it
  out, the letters spell the same word («ёлка» is «елка»);
- the typographic variant of a quotation mark: «ёлочки», „лапки“, “English”
  and "straight" double quotes are one mark, as ‘curly’ and 'straight' single
  quotes and apostrophes are another. Dashes and hyphens are not folded: a
  hyphen is not a dash.
Nothing else: not case, not any other letter. A quote found through a
variant is stored as the source writes it (`Passage` gives its offsets).

Both texts are reduced to their words joined by single spaces, folded letter
for letter (so offsets do not move), and searched with str.find (linear in
the worst case); offsets map back to the source through the start of each
word.

When a quote is not found, `nearest_passage` points the editor to the stretch
of the source sharing the most word triples with it: an index of the source's
words, one pass over each text, whatever their lengths.
"""

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"\S+")
# One character for one, so that offsets in a folded text are offsets in the text.
# Removed from both texts before they are compared; a passage's offsets still point into the text as written.
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
VARIANTS = str.maketrans({"ё": "е", "Ё": "Е", **dict.fromkeys("«»„“”‟″", '"'), **dict.fromkeys("‘’‚‛′`", "'")})
# Shown in an error message: enough to recognise the place, never the whole of a long quote.
NEAREST_PASSAGE_CHARACTERS = 300
SHINGLE_WORDS = 3
# Whole words of the source either side of the nearest passage: a cut inside a word ("HINGTON") reads as a typo.
CONTEXT_WORDS = 3


@dataclass(frozen=True)
class Passage:
    start: int
    end: int


@dataclass(frozen=True)
class Words:
    """A text's words: where each starts and ends in the text, and the text as its words joined by spaces."""

    starts: list[int]
    ends: list[int]
    squeezed: str
    squeezed_starts: list[int]
    # For a word with invisible characters: where each of its other characters is in the text, by the word's index.
    visible_offsets: dict[int, list[int]]


def folded(text: str) -> str:
    """The text with the variants that may differ written alike, letter for letter."""
    return text.translate(VARIANTS)


@lru_cache(maxsize=8)
def words_of(text: str) -> Words:
    """Cached: an event's evidence forms check their quotes against the same source body."""
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    squeezed_starts: list[int] = []
    visible_offsets: dict[int, list[int]] = {}
    position = 0
    for match in WORD.finditer(text):
        word = visible(match.group())
        if not word:
            continue
        if len(word) < len(match.group()):
            visible_offsets[len(starts)] = [
                match.start() + offset for offset, character in enumerate(match.group()) if visible(character)
            ]
        starts.append(match.start())
        ends.append(match.end())
        words.append(word)
        squeezed_starts.append(position)
        position += len(word) + 1
    return Words(starts, ends, folded(" ".join(words)), squeezed_starts, visible_offsets)


def visible(text: str) -> str:
    return INVISIBLE.sub("", text)


def locate(quote: str, body: str) -> Passage | None:
    """The Passage of `body` that `quote` matches, white space, invisible characters, «ё» and quotation marks aside."""
    needle = folded(" ".join(visible(quote).split()))
    if not needle:
        return None
    words = words_of(body)
    found = words.squeezed.find(needle)
    if found < 0:
        return None
    return Passage(original_offset(words, found), original_offset(words, found + len(needle) - 1) + 1)


def original_offset(words: Words, squeezed_offset: int) -> int:
    """The offset in the original text of a character (never a joining space) of the squeezed text."""
    index = bisect.bisect_right(words.squeezed_starts, squeezed_offset) - 1
    within = squeezed_offset - words.squeezed_starts[index]
    if index in words.visible_offsets:
        return words.visible_offsets[index][within]
    return words.starts[index] + within


def nearest_passage(quote: str, body: str) -> str:
    """The stretch of `body` that shares the most runs of three words with `quote`, white space squeezed.

    Used in error messages so an editor sees where the quote went wrong. Words are
    compared without case and surrounding punctuation; shorter quotes use shorter runs.
    """
    quote_words = [normalised(word) for word in quote.split()]
    body_words = words_of(body)
    if not quote_words or not body_words.starts:
        return ""
    size = min(SHINGLE_WORDS, len(quote_words))
    wanted = {tuple(quote_words[i : i + size]) for i in range(len(quote_words) - size + 1)}
    normalised_body = [
        normalised(body[start:end]) for start, end in zip(body_words.starts, body_words.ends, strict=True)
    ]
    hits = [tuple(normalised_body[i : i + size]) in wanted for i in range(len(normalised_body) - size + 1)]
    best = best_window(hits, len(quote_words) - size + 1)
    if best is None:
        return ""
    first_word = max(0, best - CONTEXT_WORDS)
    last_word = min(len(body_words.ends), best + len(quote_words) + CONTEXT_WORDS) - 1
    return shortened(" ".join(body[body_words.starts[first_word] : body_words.ends[last_word]].split()))


def normalised(word: str) -> str:
    return folded(visible(word)).strip(".,;:!?\"'()[]—–-").casefold()


def best_window(hits: list[bool], width: int) -> int | None:
    """The start of the `width`-long window of `hits` with the most hits (the first of equals), or None if none."""
    if not any(hits):
        return None
    count = sum(hits[:width])
    best, best_count = 0, count
    for start in range(1, len(hits) - width + 1):
        count += hits[start + width - 1] - hits[start - 1]
        if count > best_count:
            best, best_count = start, count
    return best


def shortened(passage: str) -> str:
    if len(passage) <= NEAREST_PASSAGE_CHARACTERS:
        return passage
    return passage[:NEAREST_PASSAGE_CHARACTERS].rsplit(" ", 1)[0] + " …"
