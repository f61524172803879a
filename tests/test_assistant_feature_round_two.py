"""Feature and analysis articles, second round (branch `feat2`, 2026-11-29): acts a writer only imagines, asks
about or denies, and the signs of acts feature prose words its own way.

Met in six feature-style dev passages written gold first; each test fails on the code before its rule or
vocabulary, on sentences of its own.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose

pytestmark = pytest.mark.django_db


def read(text, vocabulary, published="2019-11-20"):
    return propose("Headline\n" + text, datetime.date.fromisoformat(published), vocabulary)


def titles(candidates):
    return [candidate.title for candidate in candidates]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov could have expelled the American attache in the spring.",
        "The real question is whether Pompeo will impose new sanctions on Moscow.",
        "Whether the Duma will ratify the accord is anybody's guess.",
        "Pompeo conceded nothing to Lavrov in Sochi.",
        "Putin gave up none of his objections to the radar in Romania.",
        "Pompeo offered no concession to Lavrov at the meeting.",
    ],
)
def test_an_act_only_imagined_asked_about_or_of_nothing_is_no_event(sentence, shipped_vocabulary):
    assert titles(read(sentence, shipped_vocabulary)) == []


def test_an_act_of_no_fewer_than_some_is_read(shipped_vocabulary):
    candidates = read("On Tuesday Russia expelled no fewer than ten American diplomats.", shipped_vocabulary)

    assert [candidate.code for candidate in candidates] == ["174"]


def test_an_act_said_never_to_have_been_done_is_a_disapproval(shipped_vocabulary):
    candidates = read("On Monday Lavrov said the consul should never have been expelled.", shipped_vocabulary)

    assert [(candidate.code, candidate.category) for candidate in candidates] == [("11", "rhetoric")]


def test_the_back_of_a_retort_is_no_support(shipped_vocabulary):
    candidates = read("This time Lavrov did not hit back.", shipped_vocabulary)

    assert [
        candidate.code for candidate in candidates if candidate.code.startswith("05") or candidate.code == "12"
    ] == []


def test_a_breakfast_with_the_other_side_is_a_meeting(shipped_vocabulary):
    candidates = read("On Sunday Pompeo had lunch with Lavrov in Sochi.", shipped_vocabulary)

    assert [(candidate.code, candidate.category) for candidate in candidates] == [("04", "diplomatic")]


def test_a_signed_understanding_is_an_agreement(shipped_vocabulary):
    candidates = read("On Friday Trump and Putin signed an understanding on Syria.", shipped_vocabulary)

    assert [(candidate.code, candidate.category) for candidate in candidates] == [("057", "cooperation")]


def test_letting_the_other_side_s_aircraft_cross_is_cooperation_not_a_show_of_force(shipped_vocabulary):
    candidates = read("Last week Russia allowed American cargo planes to cross its airspace.", shipped_vocabulary)

    assert [candidate.score > 0 for candidate in candidates] == [True]


def test_the_same_day_counts_from_a_date_its_own_sentence_named(shipped_vocabulary):
    candidates = read(
        "Lavrov met Pompeo in Sochi on Tuesday.\n\n"
        "In March, Pompeo had imposed sanctions on Rosneft, and Lavrov condemned them the same day.",
        shipped_vocabulary,
    )

    assert [(candidate.date.date, candidate.date.precision) for candidate in candidates[1:]] == [
        (datetime.date(2019, 3, 1), "month"),
        (datetime.date(2019, 3, 1), "month"),
    ]


def test_congratulations_sent_are_praise(shipped_vocabulary):
    candidates = read("On Wednesday the Kremlin sent its warm congratulations to Biden.", shipped_vocabulary)

    assert [(candidate.code, candidate.score > 0) for candidate in candidates] == [("051", True)]
