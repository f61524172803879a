"""Splitting an article body into sentences, each with its offsets into the body.

A sentence never crosses a line break (articles put one paragraph, heading or
bullet on a line). Inside a line, pysbd (a maintained rule-based sentence
boundary detector) finds the sentences: it knows abbreviations ("Lt.",
"U.S.", "Jan."), initials and quotations. Bullets and dashes that open a line
are layout, not part of the sentence; so is a wire's dateline ("MOSCOW, Dec 28
(Reuters) - ", "ВЕНА, 9 июля /Интерфакс/. "), which an editor does not quote.
A city in capitals ended by a full stop with nothing that makes it a dateline
("WASHINGTON. The talks ...") stays with its sentence.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

from .datelines import dateline_end

LINE_LEAD = re.compile(r"^[\s•·*\-–—>]*")
DATELINE_CITY = re.compile(r"[A-Z][A-Z'’-]+(?:[ ./]+[A-Z][A-Z'’-]+)*\.")
# The assistant reads the first READ_LIMIT characters of an article (an 8,000-word feature; about 4 s on a loaded
# 2-core machine, once: reading_cache keeps what it made of them), so that a long paste (the import takes up to 2 MB)
# cannot outlast gunicorn's 30-second worker and lose the editor's decision. The rest stays quotable by hand.
READ_LIMIT = 50_000


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    dateline: str = ""  # the dateline before the line's first sentence ("VANCOUVER, British Columbia, April 4 — ")


@lru_cache(maxsize=4)
def segmenter(language: str = "en") -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=True)


def readable_part(body: str) -> str:
    """The part of the body the assistant reads: all of it, or its whole lines within READ_LIMIT (a single longer
    line is cut at the limit)."""
    if len(body) <= READ_LIMIT:
        return body
    line_end = body.rfind("\n", 0, READ_LIMIT)
    return body[: line_end if line_end > 0 else READ_LIMIT]


def split_sentences(body: str, language: str = "en") -> list[Sentence]:
    """The sentences of `body`, in order; `body[s.start:s.end] == s.text`."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(body.split("\n")):
        lead = LINE_LEAD.match(line).end()  # type: ignore[union-attr]  # matches ""
        begin = dateline_end(line, lead)
        dateline = line[lead:begin]
        for number, (start, end) in enumerate(line_spans(line, begin, language)):
            own_dateline = "" if number else dateline
            sentences.append(
                Sentence(len(sentences), offset + start, offset + end, line[start:end], paragraph, own_dateline)
            )
        offset += len(line) + 1
    return sentences


def line_spans(line: str, begin: int, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence in one line from `begin` (after a leading bullet and a dateline), without
    surrounding white space."""
    if begin >= len(line.rstrip()):
        return []
    spans: list[tuple[int, int]] = []
    for span in segmenter(language).segment(line[begin:]):
        text = span.sent
        start = begin + span.start + (len(text) - len(text.lstrip()))
        end = begin + span.start + len(text.rstrip())
        if len(spans) == 1 and DATELINE_CITY.fullmatch(line[spans[0][0] : spans[0][1]]):
            spans[0] = (spans[0][0], end)
        elif spans and start == spans[-1][1]:
            spans[-1] = (spans[-1][0], end)  # «ВЭБ.РФ», "Mail.ru": a stop with no space after it ends no sentence
        elif end > start:
            spans.append((start, end))
    return spans
