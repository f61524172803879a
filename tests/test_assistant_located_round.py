"""Faults met in the located-and-dated round (branch enlocate, 2026-11-29): gold events no candidate quoted, and
dates given relative to another act. Each test reads sentences of its own, not the data sets', and failed before the
rule or the vocabulary it tests."""

import datetime

import pytest

from timeline.assistant.candidates import propose

pytestmark = pytest.mark.django_db


def read(text, vocabulary, published="2024-03-15"):
    return propose(text, datetime.date.fromisoformat(published), vocabulary)


def dated(candidates, code):
    return [(found.date.date.isoformat(), found.date.precision) for found in candidates if found.code == code]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov on Friday criticised the decision, a day after his deputy, Sergei Ryabkov, met Rubio in Geneva.",
        "Lavrov on Friday criticised the decision, a day after the U.S. envoy, Kurt Volker, met Ryabkov in Geneva.",
    ],
)
def test_a_name_set_off_by_commas_in_a_day_after_clause_leaves_the_act_a_day_before(shipped_vocabulary, sentence):
    """ "a day after his special envoy, Steve Witkoff, met Putin" was dated the main clause's Friday: the clause ended
    at the comma before the name."""
    assert dated(read(sentence, shipped_vocabulary), "04") == [("2024-03-14", "day")]


@pytest.mark.parametrize("opening", ["Later in the day", "Earlier in the day"])
def test_later_in_the_day_is_the_day_the_story_last_named(shipped_vocabulary, opening):
    """ "Later in the day, President Boris Yeltsin told reporters ..." after a Wednesday had the lede's Tuesday."""
    text = (
        "The Kremlin recalled its envoy to NATO on Monday.\n\n"
        "Lavrov criticised the alliance on Wednesday.\n\n"
        f"{opening}, Putin praised Trump for his restraint."
    )

    assert dated(read(text, shipped_vocabulary), "051") == [("2024-03-13", "day")]


@pytest.mark.parametrize(
    ("report", "code", "day"),
    [
        ("The Defense Department said it had sent humanitarian aid to Kyiv the previous day.", "07", "2024-03-14"),
        ("Ryabkov said the U.S. envoy had been summoned to the ministry earlier in the day.", "114", "2024-03-15"),
        ("Lavrov said a day earlier that Moscow would expel British diplomats.", "174", "2024-03-14"),
    ],
)
def test_a_time_counted_back_in_a_report_counts_from_the_day_of_the_saying(shipped_vocabulary, report, code, day):
    """ "The Pentagon said it had airlifted supplies to Tbilisi the previous day" in a Friday story was dated the
    Monday before the Tuesday another paragraph named: the saying, which names no day, is the story's."""
    text = (
        "Russia expelled two U.S. diplomats on Friday.\n\n"
        "The United States had closed a Russian consulate on Tuesday.\n\n"
        f"{report}"
    )

    assert (code, day, "day") in [
        (candidate.code, candidate.date.date.isoformat(), candidate.date.precision)
        for candidate in read(text, shipped_vocabulary)
    ]


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        (
            "Blinken spent Monday in Kyiv with a Turkish-brokered plan and demanded that Russia lift its blockade.",
            "Antony Blinken",
        ),
        (
            "Lavrov spent the day in Ankara with a U.S.-drafted plan and demanded that NATO halt arms supplies.",
            "Sergey Lavrov",
        ),
    ],
)
def test_a_demonym_joined_to_a_participle_of_origin_is_no_doer(shipped_vocabulary, sentence, doer):
    """ "Rice flew into Tbilisi with a French-brokered ceasefire plan and demanded that Russian troops leave" was a
    demand by France: the demonym tells where the plan comes from."""
    demands = [candidate for candidate in read(sentence, shipped_vocabulary) if candidate.code.startswith("10")]

    assert [str(candidate.source_actor) for candidate in demands] == [doer]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Lavrov and Blinken held a working lunch in Vienna on Tuesday.", "04"),
        ("Blinken flew into Warsaw on Monday for talks on Ukraine.", "042"),
        ("The Pentagon on Monday lifted its freeze on military aid to Kyiv.", "07"),
        ("Biden on Monday authorized Kyiv to use U.S. missiles against targets in Russia.", "06"),
        ("Scholz on Monday gave Ukraine permission to strike Russian territory with German weapons.", "06"),
        ("The Kremlin on Monday ordered retaliatory measures against Washington.", "13"),
        ("Blinken said on Monday there was no justification for Russia's decision.", "11"),
    ],
)
def test_acts_wire_writers_report_are_read(shipped_vocabulary, sentence, code):
    """ "Yesterday's working dinner between the two presidents", "flew into Tbilisi", "lifted its pause on military
    aid", "authorized Ukraine to use American weapons", "prepare a symmetrical response", "said there was no
    justification" were no act of the lexicon."""
    assert code in [candidate.code for candidate in read(sentence, shipped_vocabulary)]


def test_not_taking_part_in_talks_is_a_refusal(shipped_vocabulary):
    """ "China said on Friday it would not take part in the three-way arms control talks" was no event."""
    candidates = read(
        "Beijing said on Monday it would not take part in the arms control negotiations.", shipped_vocabulary
    )

    assert [(candidate.code[:2], str(candidate.source_actor)) for candidate in candidates] == [("12", "China")]


def test_an_invitation_to_a_meeting_ahead_is_made_on_the_day_it_is_reported(shipped_vocabulary):
    """ "He also invited Yeltsin to the Group of Seven summit in Denver in June, where the Russian leader will join the
    political discussions" was an invitation dated June."""
    text = "Putin also invited Trump to a summit in Moscow in August, where the two leaders will sign the pact."

    assert dated(read(text, shipped_vocabulary, published="2025-05-14"), "036") == [("2025-05-14", "day")]


def test_an_invitation_still_to_come_keeps_its_time(shipped_vocabulary):
    text = "NATO is due to invite Sweden to join the alliance at a summit in Vilnius in July."

    assert dated(read(text, shipped_vocabulary, published="2025-05-14"), "036") == [("2025-07-01", "month")]


def test_earlier_this_month_before_a_dated_saying_dates_the_report(shipped_vocabulary):
    """ "A Russian police guard tackled and beat an American diplomat ... earlier this month, the State Department
    said Wednesday": this month's part before the story is over, so the saying's Wednesday is not the act's."""
    text = (
        "Belarusian police detained a Polish diplomat in Minsk earlier this month, the Foreign Ministry said Wednesday."
    )

    assert dated(read(text, shipped_vocabulary, published="2016-06-30"), "173") == [("2016-06-01", "month")]


def test_a_time_inside_a_perfect_the_speaker_reports_does_not_date_the_speakers_next_act(shipped_vocabulary):
    """ "Medvedev said Russia had voted for new sanctions earlier this month, but criticised the unilateral measures"
    dated the criticism this month: the time tells when the vote was."""
    text = "Lavrov said on Friday that Moscow had expelled two British diplomats last week, but praised Washington."
    plain = "Lavrov said Moscow had expelled two British diplomats last week, but praised Washington's restraint."

    # the saying's own time still dates the next act; without one, the story's day does
    assert dated(read(text, shipped_vocabulary, published="2024-03-16"), "051") == [("2024-03-15", "day")]
    assert dated(read(plain, shipped_vocabulary, published="2024-03-16"), "051") == [("2024-03-16", "day")]


@pytest.mark.parametrize(
    "reply",
    [
        "Stoltenberg retorted that Russia had violated the treaty for years.",
        "Stoltenberg hit back at Moscow, saying Russia had violated the treaty for years.",
    ],
)
def test_a_reply_right_after_what_it_answers_takes_its_day(shipped_vocabulary, reply):
    """ "Polyanskiy on Thursday accused the United States of fuelling a new arms race. The American envoy retorted that
    Russia had spent a decade violating the pact" had the story's day, not Thursday."""
    text = f"Ryabkov on Monday accused NATO of provocations near Russia's borders.\n\n{reply}"
    candidates = read(text, shipped_vocabulary)

    assert len(candidates) == 2
    assert {candidate.date.date.isoformat() for candidate in candidates} == {"2024-03-11"}


def test_shooting_back_is_a_retort_not_backing(shipped_vocabulary):
    """ "Stoltenberg shot back that Russia had violated the treaty" was "Stoltenberg backs", a praise."""
    candidates = read("Peskov shot back on Monday that Washington had broken its word.", shipped_vocabulary)

    assert [(candidate.code, str(candidate.source_actor)) for candidate in candidates] == [("11", "Dmitry Peskov")]
