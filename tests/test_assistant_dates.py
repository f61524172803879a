"""Resolving time expressions against the publication date, keeping their precision."""

import datetime

import pytest

from timeline.assistant.dates import EXPRESSION, PUBLICATION, publication_date, resolve

MONDAY_2_JANUARY_2017 = datetime.date(2017, 1, 2)
FRIDAY_7_APRIL_2017 = datetime.date(2017, 4, 7)
SATURDAY_29_JULY_2017 = datetime.date(2017, 7, 29)


def resolved(text, published):
    found = resolve(text, published)
    assert found is not None, f"no time expression found in {text!r}"
    return found.date, found.precision, found.expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Across the year boundary: published Monday 2 January 2017.
        ("Diplomats were expelled last week.", MONDAY_2_JANUARY_2017, (datetime.date(2016, 12, 26), "week", False)),
        ("The ministers spoke on Friday.", MONDAY_2_JANUARY_2017, (datetime.date(2016, 12, 30), "day", False)),
        ("Sanctions were imposed in December.", MONDAY_2_JANUARY_2017, (datetime.date(2016, 12, 1), "month", False)),
        ("The talks began in January.", MONDAY_2_JANUARY_2017, (datetime.date(2017, 1, 1), "month", False)),
        ("Moscow protested yesterday.", MONDAY_2_JANUARY_2017, (datetime.date(2017, 1, 1), "day", False)),
        ("The vote came last night.", MONDAY_2_JANUARY_2017, (datetime.date(2017, 1, 1), "day", False)),
        ("Envoys met on Thursday.", MONDAY_2_JANUARY_2017, (datetime.date(2016, 12, 29), "day", False)),
        ("Russia warned last month.", MONDAY_2_JANUARY_2017, (datetime.date(2016, 12, 1), "month", False)),
        # An article published on a Friday that says "Friday" means that day.
        ("Peskov said Friday that the risk had grown.", FRIDAY_7_APRIL_2017, (FRIDAY_7_APRIL_2017, "day", False)),
        (
            "An official said Thursday that talks would go on.",
            FRIDAY_7_APRIL_2017,
            (datetime.date(2017, 4, 6), "day", False),
        ),
        ("He visited last Friday.", FRIDAY_7_APRIL_2017, (datetime.date(2017, 3, 31), "day", False)),
        ("Putin said last week they were at zero.", FRIDAY_7_APRIL_2017, (datetime.date(2017, 3, 27), "week", False)),
        ("The warning came earlier this week.", FRIDAY_7_APRIL_2017, (datetime.date(2017, 4, 3), "week", False)),
        ("This week marked a new low.", SATURDAY_29_JULY_2017, (datetime.date(2017, 7, 24), "week", False)),
        ("The Senate on Thursday passed the bill.", SATURDAY_29_JULY_2017, (datetime.date(2017, 7, 27), "day", False)),
        (
            "Rebels were evicted from Aleppo in January.",
            FRIDAY_7_APRIL_2017,
            (datetime.date(2017, 1, 1), "month", False),
        ),
        # Across a month boundary.
        ("The envoy arrived yesterday.", datetime.date(2017, 3, 1), (datetime.date(2017, 2, 28), "day", False)),
        ("Talks resumed last week.", datetime.date(2017, 3, 2), (datetime.date(2017, 2, 20), "week", False)),
        # Written-out dates, with and without a year.
        ("The treaty was signed on 6 April 2016.", FRIDAY_7_APRIL_2017, (datetime.date(2016, 4, 6), "day", False)),
        ("The treaty was signed on December 30.", MONDAY_2_JANUARY_2017, (datetime.date(2016, 12, 30), "day", False)),
        (
            "Sanctions were imposed in April 2018.",
            datetime.date(2021, 5, 20),
            (datetime.date(2018, 4, 1), "month", False),
        ),
        ("They met three weeks ago.", FRIDAY_7_APRIL_2017, (datetime.date(2017, 3, 13), "week", False)),
    ],
)
def test_past_expressions_resolve_to_their_period(text, published, expected):
    assert resolved(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Tillerson visits Moscow next week.", FRIDAY_7_APRIL_2017, (datetime.date(2017, 4, 10), "week", True)),
        ("Tillerson visits Moscow next week.", datetime.date(2016, 12, 30), (datetime.date(2017, 1, 2), "week", True)),
        ("The ministers will meet on Friday.", FRIDAY_7_APRIL_2017, (datetime.date(2017, 4, 14), "day", True)),
        ("The ministers meet tomorrow.", datetime.date(2016, 12, 31), (datetime.date(2017, 1, 1), "day", True)),
        ("A decision is due later this week.", FRIDAY_7_APRIL_2017, (datetime.date(2017, 4, 3), "week", True)),
        (
            "Pompeo will meet Lavrov next month.",
            datetime.date(2018, 12, 18),
            (datetime.date(2019, 1, 1), "month", True),
        ),
        ("The summit will be held in January.", datetime.date(2017, 4, 7), (datetime.date(2018, 1, 1), "month", True)),
        ("The summit will be held on 6 May.", FRIDAY_7_APRIL_2017, (datetime.date(2017, 5, 6), "day", True)),
    ],
)
def test_future_expressions_are_flagged_as_expected(text, published, expected):
    assert resolved(text, published) == expected


def test_the_tense_of_another_clause_does_not_make_a_past_weekday_future():
    assert resolved("Putin said on Friday that Russia will retaliate.", FRIDAY_7_APRIL_2017) == (
        FRIDAY_7_APRIL_2017,
        "day",
        False,
    )


def test_a_span_measured_up_to_the_time_of_writing_is_approximate():
    found = resolve("After 11 weeks of the Trump administration, illusions were shredded.", FRIDAY_7_APRIL_2017)

    assert (found.date, found.precision, found.basis) == (FRIDAY_7_APRIL_2017, "approximate", EXPRESSION)
    assert found.expression == "After 11 weeks of"


def test_the_most_precise_expression_of_a_sentence_wins():
    found = resolve("Last month's row flared again on Tuesday.", FRIDAY_7_APRIL_2017)

    assert (found.date, found.precision, found.expression) == (datetime.date(2017, 4, 4), "day", "Tuesday")


def test_a_date_in_a_relative_clause_dates_something_else():
    text = "The leaders agreed to resume arms talks, which stalled in March, and to meet again."

    assert resolve(text, datetime.date(2018, 7, 18)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Moscow is angry at the US airstrikes on Syria.",
        "Theresa May said she may travel.",  # neither the name nor the verb is a month
        "Relations were better in 2014.",  # a year alone: the timeline has no year precision
    ],
)
def test_sentences_without_a_time_expression_resolve_to_nothing(text):
    assert resolve(text, FRIDAY_7_APRIL_2017) is None


def test_the_fall_back_is_the_publication_date_flagged_approximate():
    fallback = publication_date(FRIDAY_7_APRIL_2017)

    assert (fallback.date, fallback.precision, fallback.basis) == (FRIDAY_7_APRIL_2017, "approximate", PUBLICATION)
    assert fallback.needs_check
