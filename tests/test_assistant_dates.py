"""Resolving time expressions against the publication date, keeping their precision."""

import datetime

import pytest

from timeline.assistant.candidates import propose
from timeline.assistant.clauses import RELATIVE_CLAUSE, split_clauses
from timeline.assistant.dates import EXPRESSION, PUBLICATION, publication_date, resolve

MONDAY_2_JANUARY_2017 = datetime.date(2017, 1, 2)
FRIDAY_7_APRIL_2017 = datetime.date(2017, 4, 7)
SATURDAY_29_JULY_2017 = datetime.date(2017, 7, 29)
APRIL_8_2022 = datetime.date(2022, 4, 8)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would" before the weekday: the act lies ahead of the saying
        ("The White House said Clinton would telephone Yeltsin on Friday.", (datetime.date(2017, 4, 14), "day", True)),
        # after it, or in another clause, the weekday dates the saying or the past act
        ("Putin said on Wednesday Russia would respond.", (datetime.date(2017, 4, 5), "day", False)),
        (
            "He predicted the Duma would ratify it, but deputies denounced it on Tuesday.",
            (datetime.date(2017, 4, 4), "day", False),
        ),
        ("The minister said he would have met Kerry on Monday.", (datetime.date(2017, 4, 3), "day", False)),
        # a journey or meeting in the simple present is on the timetable
        ("Bush flies to Paris on Monday for talks with Mitterrand.", (datetime.date(2017, 4, 10), "day", True)),
        (
            "Tillerson met Lavrov on Monday, and Putin meets him on Wednesday.",
            (datetime.date(2017, 4, 3), "day", False),
        ),
    ],
)
def test_a_weekday_after_would_in_reported_speech_lies_ahead(text, expected):
    assert resolved(text, FRIDAY_7_APRIL_2017) == expected


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
    ],
)
def test_sentences_without_a_time_expression_resolve_to_nothing(text):
    assert resolve(text, FRIDAY_7_APRIL_2017) is None


def test_the_fall_back_is_the_publication_date_flagged_approximate():
    fallback = publication_date(FRIDAY_7_APRIL_2017)

    assert (fallback.date, fallback.precision, fallback.basis) == (FRIDAY_7_APRIL_2017, "approximate", PUBLICATION)
    assert fallback.needs_check


def test_a_year_is_stored_as_its_first_day_and_said_as_the_year(db):
    import pandas as pd

    from timeline import dates
    from timeline.analysis import dates_in_words
    from timeline.download_words import start_date

    day = datetime.date(2014, 3, 18)
    assert dates.normalise(day, dates.YEAR) == datetime.date(2014, 1, 1)
    assert dates.period_end(day, dates.YEAR) == datetime.date(2014, 12, 31)
    assert dates.in_words(datetime.date(2014, 1, 1), dates.YEAR) == "2014"
    frame = pd.DataFrame({"date": pd.to_datetime(["2014-01-01"]), "date_precision": ["year"], "end_date": [pd.NaT]})
    assert list(dates_in_words(frame)) == ["2014"]
    assert start_date(datetime.date(2014, 1, 1), dates.YEAR) == {"year": 2014, "display_date": "2014"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Russia annexed Crimea in 2014.", datetime.date(2018, 3, 29), (datetime.date(2014, 1, 1), "year", False)),
        ("Hackers broke in last year.", datetime.date(2016, 10, 7), (datetime.date(2015, 1, 1), "year", False)),
        ("They must leave by April 5.", datetime.date(2018, 3, 29), (datetime.date(2018, 4, 5), "day", True)),
        ("They must leave by January 1.", datetime.date(2016, 12, 30), (datetime.date(2017, 1, 1), "day", True)),
        (
            "The two will talk in the coming days.",
            datetime.date(2023, 3, 14),
            (datetime.date(2023, 3, 14), "approximate", True),
        ),
    ],
)
def test_years_deadlines_and_coming_days(text, published, expected):
    found = resolve(text, published)

    assert (found.date, found.precision, found.expected) == expected


def test_a_deadline_of_something_past_does_not_date_it():
    assert resolve("A court ordered him held in custody until May 29.", datetime.date(2023, 3, 30)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks on the plan to sell reactors to Iran failed on Wednesday.", (datetime.date(2017, 4, 5), "day", False)),
        ("Russia plans to hold talks on Wednesday.", (datetime.date(2017, 4, 12), "day", True)),
        ("We plan to meet on Wednesday, Lavrov said.", (datetime.date(2017, 4, 12), "day", True)),
    ],
)
def test_a_plan_named_by_a_noun_does_not_put_the_clause_in_the_future(text, expected):
    assert resolved(text, FRIDAY_7_APRIL_2017) == expected


def test_hours_earlier_counts_from_the_day_the_story_last_named_and_the_paragraph_keeps_it(shipped_vocabulary):
    candidates = propose(
        "KYIV, July 18 (AFP) - Russia shelled Odesa on Tuesday.\n\n"
        "Kremlin spokesman Dmitry Peskov said on Monday that the initiative was no longer valid.\n\n"
        "Hours earlier, Ukraine attacked the Crimean bridge with sea drones. Russia blamed Ukraine's special services.",
        datetime.date(2023, 7, 18),
        shipped_vocabulary,
    )
    attacked, blamed = (next(c for c in candidates if c.code == code) for code in ("19", "112"))

    assert (attacked.date.date, attacked.date.precision) == (datetime.date(2023, 7, 17), "day")
    assert (blamed.date.date, blamed.date.precision) == (datetime.date(2023, 7, 17), "day")


def test_an_undated_sentence_a_day_after_an_act_dates_the_act_a_day_before_the_story_s_last_day(shipped_vocabulary):
    candidates = propose(
        "WASHINGTON, July 18 (AFP) - Separatists shot down a Malaysian airliner over Ukraine on Thursday.\n\n"
        "The crash came a day after Washington imposed its toughest sanctions yet on Russia.",
        datetime.date(2014, 7, 18),
        shipped_vocabulary,
    )
    sanctions = next(candidate for candidate in candidates if candidate.code == "163")

    assert (sanctions.date.date, sanctions.date.precision) == (datetime.date(2014, 7, 16), "day")


def test_a_weekday_in_the_attribution_after_a_report_in_the_future_is_the_day_it_was_said():
    date = resolve(
        "Russia will share intelligence with the United States, President Vladimir Putin said in a televised "
        "address on Monday night.",
        datetime.date(2001, 9, 25),
    )

    assert (date.date, date.precision, date.expected) == (datetime.date(2001, 9, 24), "day", False)


def test_before_dawn_is_a_time_of_day_not_a_clause_so_its_weekday_dates_the_lede(shipped_vocabulary):
    candidates = propose(
        "PRISTINA, Yugoslavia (AP) - Russian paratroopers rolled into Kosovo's capital before dawn Saturday and seized "
        "the city's airport.",
        datetime.date(1999, 6, 13),
        shipped_vocabulary,
    )

    assert {candidate.date.date for candidate in candidates} == {datetime.date(1999, 6, 12)}


def test_a_day_carried_to_an_undated_sentence_carries_on_while_the_same_doers_go_on(shipped_vocabulary):
    candidates = propose(
        "Russia on Saturday ordered the United States to cut its diplomatic staff.\n\n"
        "Foreign Minister Sergei Lavrov told Secretary of State Rex Tillerson in a phone call on Friday that Russia "
        "was ready to cooperate.\n\n"
        "Lavrov told Tillerson that Moscow's decision to cut U.S. diplomatic staff was prompted by hostile steps.\n\n"
        'Lavrov and Tillerson "agreed to maintain contact on a range of bilateral issues", the Foreign Ministry said.',
        datetime.date(2017, 7, 29),
        shipped_vocabulary,
    )
    agreed = next(candidate for candidate in candidates if candidate.first_sentence.text.startswith("Lavrov and"))

    assert (agreed.date.date, agreed.date.precision) == (datetime.date(2017, 7, 28), "day")


def test_an_undated_sentence_takes_the_date_its_paragraph_named_in_a_sentence_that_proposed_nothing(
    shipped_vocabulary,
):
    candidates = propose(
        "Russia on Friday expelled two American diplomats.\n\n"
        "In November a peace plan drafted by the two envoys leaked to the press. "
        "Ukraine and its European allies rejected several of its terms.",
        datetime.date(2026, 1, 3),
        shipped_vocabulary,
    )
    rejected = next(candidate for candidate in candidates if candidate.code.startswith("12"))

    assert (rejected.date.date, rejected.date.precision) == (datetime.date(2025, 11, 1), "month")
    assert rejected.date.needs_check


@pytest.mark.parametrize("onset", ["starting in August", "beginning in August", "effective August 1"])
def test_the_day_a_measure_takes_effect_does_not_date_the_decision(onset):
    decided = resolve(f"European Union governments agreed to ban imports of Russian coal {onset}.", APRIL_8_2022)
    ahead = resolve(f"The ban on imports of Russian coal will take effect {onset}.", APRIL_8_2022)

    assert decided is None
    assert (ahead.date.month, ahead.date.year, ahead.expected) == (8, 2022, True)


@pytest.mark.parametrize(
    ("published", "week"),
    [
        (datetime.date(1999, 6, 13), datetime.date(1999, 6, 14)),  # a Sunday: the week that starts the next day
        (datetime.date(1999, 6, 9), datetime.date(1999, 6, 7)),  # a Wednesday: the week under way
    ],
)
def test_later_this_week_lies_in_the_week_ahead_even_on_a_sunday(published, week):
    date = resolve("Cohen is expected to meet Sergeyev in Helsinki later this week.", published)

    assert (date.date, date.precision, date.expected) == (week, "week", True)


def test_a_lede_opening_with_when_dates_the_story(shipped_vocabulary):
    candidates = propose(
        "When Vladimir Putin landed in Pyongyang in the small hours of Wednesday, it was tempting to see the trip as "
        "theater.\n\n"
        'Before leaving, Putin and Kim Jong Un signed a "comprehensive strategic partnership" treaty.',
        datetime.date(2024, 6, 21),
        shipped_vocabulary,
    )
    signed = next(candidate for candidate in candidates if candidate.code == "057")

    assert (signed.date.date, signed.date.precision) == (datetime.date(2024, 6, 19), "day")


def test_an_attribution_after_a_comma_dates_the_report_it_closes(shipped_vocabulary):
    candidates = propose(
        "MOSCOW, Dec 18 (Reuters) - Russia detained an Uzbek man on Wednesday on suspicion of killing a general.\n\n"
        "The United States did not support or enable the plot, a State Department spokesman said on Tuesday.",
        datetime.date(2024, 12, 18),
        shipped_vocabulary,
    )
    denial = next(candidate for candidate in candidates if candidate.first_sentence.index == 1)

    assert (denial.date.date, denial.date.basis) == (datetime.date(2024, 12, 17), "expression")


def test_an_apposition_is_still_an_aside():
    text = "Russia released Vadim Krasikov, a Russian convicted of murder in Berlin, on Thursday."
    kinds = [(clause.kind, text[clause.start : clause.end]) for clause in split_clauses(text)]

    assert (RELATIVE_CLAUSE, ", a Russian convicted of murder in Berlin") in kinds
