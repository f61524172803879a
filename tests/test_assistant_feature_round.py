"""Feature and analysis articles (issue 12, branch `feat`, 2026-11-29): background told in the past, times counted from
another time the article named, questions, judgements and admissions that are no acts.

Met in six feature-style dev passages written gold first; each test fails on the code before its rule or vocabulary,
on sentences of its own.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose

pytestmark = pytest.mark.django_db


def read(text, vocabulary, published="2019-11-20"):
    return propose("Headline\n" + text, datetime.date.fromisoformat(published), vocabulary)


def dates(candidates):
    return [(candidate.title, candidate.date.date) for candidate in candidates]


def test_the_next_day_counts_from_the_day_its_sentence_named(shipped_vocabulary):
    candidates = read(
        "Lavrov met Pompeo in Washington on Tuesday.\n\n"
        "The crisis peaked on October 3, and Trump telephoned Putin the next day.",
        shipped_vocabulary,
    )

    assert [candidate.date.date for candidate in candidates] == [
        datetime.date(2019, 11, 19),
        datetime.date(2019, 10, 4),
    ]


def test_days_later_count_from_the_day_the_story_last_named(shipped_vocabulary):
    candidates = read(
        "The ceasefire took hold on October 3. Four days later, Russian jets bombed a Ukrainian depot. "
        "That night, Zelensky accused Moscow of breaking the truce.",
        shipped_vocabulary,
    )

    assert [candidate.date.date for candidate in candidates] == [datetime.date(2019, 10, 7)] * 2


def test_a_day_counted_in_a_sentence_without_a_candidate_dates_its_paragraph(shipped_vocabulary):
    candidates = read(
        "Russia expelled two American diplomats on October 3.\n\n"
        "Three days later a consulate in Yekaterinburg was set on fire. "
        "The State Department blamed Russian security services.",
        shipped_vocabulary,
    )

    assert candidates[-1].date.date == datetime.date(2019, 10, 6)


def test_an_opening_so_many_days_after_a_dated_act_sets_the_day_after_it(shipped_vocabulary):
    candidates = read(
        "Five days after the talks collapsed on October 3, Washington imposed sanctions on Russian banks.",
        shipped_vocabulary,
    )

    assert candidates[-1].date.date == datetime.date(2019, 10, 8)
