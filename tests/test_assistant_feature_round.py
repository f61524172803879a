"""Feature and analysis articles (issue 12, branch `feat`, 2026-11-29): background told in the past, times counted from
another time the article named, questions, judgements and admissions that are no acts.

Met in six feature-style dev passages written gold first; each test fails on the code before its rule or vocabulary,
on sentences of its own.
"""

import datetime

import pytest

from tests.proposed import only
from timeline.assistant.candidates import propose
from timeline.assistant.text import word_stems

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


def test_raising_a_tariff_by_a_factor_is_a_sanction(shipped_vocabulary):
    candidate = only(read("Washington on Monday doubled the tariffs on Russian steel.", shipped_vocabulary))

    assert (candidate.code, candidate.category) == ("163", "sanctions")


def test_two_leaders_who_talked_for_hours_met(shipped_vocabulary):
    candidate = only(read("Biden and Putin talked for two hours on Wednesday.", shipped_vocabulary))

    assert (candidate.code[:2], candidate.category, candidate.date.date) == (
        "04",
        "diplomatic",
        datetime.date(2019, 11, 20),
    )


def test_conceding_as_much_admits_a_claim_and_yields_nothing(shipped_vocabulary):
    assert read("Putin's aides conceded as much on Tuesday.", shipped_vocabulary) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin asked, to some laughter, why Washington needed bases in Poland.",
        "Lavrov asked reporters on Monday whether NATO would ever stop expanding.",
    ],
)
def test_a_question_asked_is_no_appeal(shipped_vocabulary, sentence):
    assert [candidate.code for candidate in read(sentence, shipped_vocabulary) if candidate.code[:2] == "02"] == []


def test_aides_are_no_aid(shipped_vocabulary):
    assert not word_stems("aides") & word_stems("aid")
    assert all(
        candidate.code[:2] != "07" for candidate in read("Putin's aides resigned on Tuesday.", shipped_vocabulary)
    )


def test_a_side_that_would_face_consequences_is_threatened(shipped_vocabulary):
    candidate = only(
        read(
            "Blinken warned Lavrov on Tuesday. "
            'On Wednesday, he said Moscow would face "very serious consequences" if Lavrov did not agree to talks.',
            shipped_vocabulary,
        )[1:]
    )

    assert (candidate.code[:2], candidate.category, candidate.date.date) == (
        "13",
        "rhetoric",
        datetime.date(2019, 11, 20),
    )


def test_a_pronoun_subject_is_not_the_speaker_of_a_later_conjunct(shipped_vocabulary):
    candidates = read(
        "Putin thanked Trump on Monday for the call. "
        "He also asked Washington to lift the sanctions on Aeroflot, and Pompeo said he would raise it with Congress.",
        shipped_vocabulary,
    )

    asked = next(candidate for candidate in candidates if "lift" in candidate.title)
    assert asked.source_actor.name == "Vladimir Putin"


def test_he_opening_a_sentence_is_the_person_the_sentence_before_named(shipped_vocabulary):
    candidates = read(
        "The White House condemned the speech on Saturday. "
        "The reply that mattered came from Mike Pompeo, the secretary of state, who spoke later. "
        "He said he would accept Putin's invitation to visit Moscow.",
        shipped_vocabulary,
    )

    assert candidates[-1].source_actor.name == "Mike Pompeo"


def test_an_undated_ledes_day_is_its_datelines(shipped_vocabulary):
    candidates = read(
        "GENEVA, Nov. 18 — For two days the delegations barely spoke.\n\n"
        "Lavrov met Pompeo on Saturday and Sunday.\n\n"
        "Lavrov praised the agreement.",
        shipped_vocabulary,
    )

    assert candidates[-1].date.date == datetime.date(2019, 11, 18)


def test_an_as_clause_after_an_opening_phrase_leaves_the_main_clause_its_own_act(shipped_vocabulary):
    candidates = read(
        "On Monday, as Lavrov met Blinken in Geneva, Washington imposed sanctions on three Russian banks.",
        shipped_vocabulary,
    )

    assert sorted(candidate.code for candidate in candidates) == ["04", "163"]
    assert {candidate.date.date for candidate in candidates} == {datetime.date(2019, 11, 18)}


def test_a_denial_in_an_aside_after_an_accusation_is_the_accused_sides_own_act(shipped_vocabulary):
    candidates = read("American officials on Monday blamed Russian aircraft, which Moscow denied.", shipped_vocabulary)

    assert [(candidate.code, candidate.source_actor.name) for candidate in candidates] == [
        ("112", "United States"),
        ("016", "Russia"),
    ]


def test_engagement_suspended_is_talks_halted(shipped_vocabulary):
    candidate = only(
        read("The State Department on Monday suspended its bilateral engagement with Moscow.", shipped_vocabulary)
    )

    assert (candidate.code, candidate.category) == ("164", "diplomatic")
