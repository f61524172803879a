"""Responses promised, refusals not made and warnings, as wire reports write them (issue 12, lead, 2026-11-29).

Met in the lead's probe of plain wire sentences; each test fails on the code before its rule or vocabulary, on
sentences of its own.
"""

import datetime

import pytest

from tests.proposed import only
from timeline.assistant.candidates import propose

pytestmark = pytest.mark.django_db


def read(text, vocabulary, published="2021-06-05"):
    return propose("Headline\n" + text, datetime.date.fromisoformat(published), vocabulary)


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Sergey Lavrov said on Thursday that Moscow would respond to the new U.S. measures.",
        '"Russia will react to these expulsions," Kremlin spokesman Dmitry Peskov told reporters on Thursday.',
    ],
)
def test_a_response_promised_to_the_other_sides_measures_is_a_threat(shipped_vocabulary, sentence):
    candidate = only(read(sentence, shipped_vocabulary))

    assert (candidate.code, candidate.category, candidate.score < 0) == ("13", "rhetoric", True)
    assert candidate.date.date == datetime.date(2021, 6, 3)


def test_a_response_told_by_what_it_did_is_that_act(shipped_vocabulary):
    candidate = only(
        read("Russia on Friday responded to the sanctions by expelling ten U.S. diplomats.", shipped_vocabulary)
    )

    assert (candidate.code, candidate.category) == ("174", "diplomatic")


def test_a_warning_that_a_side_will_not_tolerate_an_act_is_hostile_rhetoric(shipped_vocabulary):
    candidate = only(
        read(
            "The United States would not tolerate Russian attacks on its power grid, the White House said on Tuesday.",
            shipped_vocabulary,
        )
    )

    assert (candidate.category, candidate.score < 0) == ("rhetoric", True)
    assert candidate.source_actor.side == "us"


@pytest.mark.parametrize(
    ("sentence", "code", "title"),
    [
        # an attribution after the refusal reports it; it is not what was refused
        (
            "Biden did not rule out talks with Putin later this year, the White House said on Friday.",
            "036",
            "Biden does not rule out talks with Putin",
        ),
        (
            "Moscow has not ruled out new contacts with Washington, a Kremlin spokesman said on Friday.",
            "036",
            "Russia does not rule out new contacts with Washington",
        ),
        # what a refusal not made leaves open that is hostile is threatened, and the title keeps the negation
        (
            "The European Union has not ruled out fresh sanctions against Moscow, a spokeswoman said on Friday.",
            "131",
            "EU does not rule out fresh sanctions against Moscow",
        ),
    ],
)
def test_a_refusal_not_made_leaves_its_act_open_and_says_so(shipped_vocabulary, sentence, code, title):
    candidate = only(read(sentence, shipped_vocabulary))

    assert candidate.code == code
    assert candidate.title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Washington on Tuesday imposed visa restrictions on 30 Russian officials.", "US imposes visa restrictions"),
        ("London on Monday imposed sanctions on five Russian banks.", "UK imposes sanctions on five Russian banks"),
        ("Biden and Putin spoke by phone on Tuesday.", "Biden and Putin speak by phone"),
    ],
)
def test_an_act_written_as_the_object_of_another_verb_is_titled_with_that_verb(shipped_vocabulary, sentence, title):
    """ "imposed visa restrictions" was titled "restricts on", "spoke by phone" "phone": the verb entry's own verb."""
    candidate = only(read(sentence, shipped_vocabulary))

    assert candidate.title.startswith(title), candidate.title
