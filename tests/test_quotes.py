"""Quote matching: white space aside, verbatim; and the nearest passage when a quote is not there."""

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.quotes import INVISIBLE, Passage, folded, locate, nearest_passage

BODY = (
    "Moscow announced on Friday that it would expel diplomats.\n\n"
    "The foreign   minister said relations were at a low point.\n"
    "Washington said it was ready to talk about cooperation in space."
)


def reference_locate(quote, body):
    """The definition: the quote's words, escaped, joined by runs of white space, in the folded texts
    («ё» as «е», every double quotation mark alike, every single one alike; letter for letter), with
    invisible characters (soft hyphens, zero-width spaces) dropped from the quote and allowed anywhere in the body."""
    words = folded(INVISIBLE.sub("", quote)).split()
    if not words:
        return None
    invisible = f"{INVISIBLE.pattern}*"
    blank = rf"(?:\s|{INVISIBLE.pattern})*\s(?:\s|{INVISIBLE.pattern})*"
    pattern = blank.join(invisible.join(re.escape(character) for character in word) for word in words)
    match = re.search(pattern, folded(body))
    return Passage(match.start(), match.end()) if match else None


def test_a_quote_is_found_whatever_its_white_space():
    passage = locate("The foreign minister said\nrelations were", BODY)

    assert BODY[passage.start : passage.end] == "The foreign   minister said relations were"


def test_a_quote_copied_from_a_web_page_is_found_with_or_without_its_soft_hyphens():
    body = "Накануне встречи администрация Байдена отказалась вводить санкции против оператора газо\u00adпровода."
    copied = "администрация Бай\u00adдена отказалась вводить санкции против оператора газопровода"

    passage = locate(copied, body)

    assert body[passage.start : passage.end] == copied.replace("Бай\u00adдена", "Байдена").replace("газо", "газо\u00ad")
    assert locate("отказалась\u200b вводить санкции", body) is not None


def test_a_changed_word_or_mark_is_not_found():
    assert locate("The foreign minister said relations were at a low point!", BODY) is None
    assert locate("the foreign minister", BODY) is None


texts = st.text(alphabet=st.sampled_from(list("ab c.\n\t\u00a0\u00ad\u200bёеЁЕ«»\"„“'’-—")), max_size=60)


@given(body=texts, quote=texts)
def test_locate_agrees_with_the_definition(body, quote):
    assert locate(quote, body) == reference_locate(quote, body)


@given(body=texts, start=st.integers(0, 60), length=st.integers(1, 30))
def test_any_stretch_of_the_body_is_found_where_the_definition_finds_it(body, start, length):
    quote = body[start : start + length]

    assert locate(quote, body) == reference_locate(quote, body)


def test_the_nearest_passage_of_a_misquote_is_where_it_went_wrong():
    nearest = nearest_passage("the Foreign Minister said relations were at their lowest point", BODY)

    assert "The foreign minister said relations were at a low point." in nearest
    assert "cooperation in space" not in nearest


def test_the_nearest_passage_of_a_long_misquote_is_shortened():
    body = " ".join(f"word{number}" for number in range(100_000))
    quote = " ".join(f"word{number}" for number in range(50_000, 60_000)) + " changed"

    nearest = nearest_passage(quote, body)

    assert nearest.startswith("word49") or nearest.startswith("word50000")
    assert len(nearest) <= 302
    assert nearest.endswith("…")


def test_no_nearest_passage_when_nothing_is_shared():
    assert nearest_passage("entirely unrelated words here", BODY) == ""
