"""Splitting an article body into sentences, each with its offsets into the body.

A sentence never crosses a line break (articles put one paragraph, heading or
bullet on a line). Inside a line, a sentence ends at . ! ? (and any closing
quotes or brackets) followed by a space and a capital letter or an opening
quote, except after abbreviations such as "Lt." or initials such as "U.S.".
A quotation whose marks are balanced on its line is kept whole with its
attribution, so `"It is sad. We regret it," Lavrov said.` is one sentence.
"""

import re
from dataclasses import dataclass

ABBREVIATIONS = set(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt st jr sr no vs etc inc co corp ltd
    jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig pres
    """.split()
)
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
WORD_BEFORE = re.compile(r"([\w.]+)$")
INITIALS = re.compile(r"^(?:[A-Za-z]\.)+$")
# Bullets and dashes that open a line are layout, not part of the sentence.
LINE_LEAD = re.compile(r"^[\s•·*\-–—>]*")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(body):
    """The sentences of `body`, in order; `body[s.start:s.end] == s.text`."""
    sentences = []
    offset = 0
    for paragraph, line in enumerate(body.split("\n")):
        for start, end in line_spans(line):
            sentences.append(Sentence(len(sentences), offset + start, offset + end, line[start:end], paragraph))
        offset += len(line) + 1
    return sentences


def line_spans(line):
    """(start, end) of each sentence in one line, without surrounding white space or a leading bullet."""
    begin = LINE_LEAD.match(line).end()
    if begin >= len(line.rstrip()):
        return []
    quotes_balanced = balanced_quotes(line)
    spans, start = [], begin
    for match in SENTENCE_END.finditer(line, begin):
        end = match.end()
        if is_abbreviation(line, match) or (quotes_balanced and inside_quotation(line[begin:end])):
            continue
        spans.append((start, end))
        start = skip_spaces(line, end)
    if start < len(line.rstrip()):
        spans.append((start, len(line.rstrip())))
    return spans


def skip_spaces(line, position):
    while position < len(line) and line[position].isspace():
        position += 1
    return position


def is_abbreviation(line, match):
    if line[match.start()] != "." or match.group().rstrip("\"'”’)]") != ".":
        return False
    word = WORD_BEFORE.search(line[: match.start() + 1])
    if word is None:
        return False
    token = word.group(1)
    return bool(INITIALS.match(token)) or token.rstrip(".").lower() in ABBREVIATIONS


def balanced_quotes(line):
    return line.count('"') % 2 == 0 and line.count("“") == line.count("”")


def inside_quotation(text):
    """Whether a quotation opened in `text` is still open at its end."""
    straight_open = text.count('"') % 2 == 1
    curly_open = text.count("“") > text.count("”")
    return straight_open or curly_open
