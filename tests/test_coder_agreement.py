"""Two coders judged against each other exactly as strictly as the assistant is judged against the gold."""

import datetime
import io
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from timeline.assistant.agreement import SECOND_CODING, agreement, load_codings
from timeline.assistant.evaluation import Gold, Passage
from timeline.models import Actor

from .gold import EXPELLED

pytestmark = pytest.mark.django_db
BODY = (
    "The United States on Thursday expelled 35 Russian diplomats. Moscow called the move hostile.\n"
    "Russia said on Friday it would not retaliate."
)
CALLED_HOSTILE = Gold(
    quotes=("Moscow called the move hostile",),
    source="Russia",
    target="United States",
    category="rhetoric",
    score=Decimal("-2.0"),
    date=datetime.date(2016, 12, 29),
    precision="day",
)
RESTRAINT = Gold(
    quotes=("it would not retaliate",),
    source="Russia",
    target="United States",
    category="diplomatic",
    score=Decimal("5.0"),
    date=datetime.date(2016, 12, 30),
    precision="day",
)
FIRST = [EXPELLED, CALLED_HOSTILE, RESTRAINT]


def judged(first: list[Gold], second: list[Gold]):
    sides = dict(Actor.objects.values_list("name", "side"))
    return agreement(Passage("pair", datetime.date(2016, 12, 30), BODY, first), second, sides)


def test_identical_codings_agree_on_every_count():
    result = judged(FIRST, FIRST)

    assert (result.events, result.candidates, result.found, result.located) == (3, 3, 3, 3)
    assert (result.recall, result.precision) == (1.0, 1.0)
    assert (result.direction, result.category, result.date, result.roles) == (3, 3, 3, 3)


def test_another_category_locates_the_event_but_does_not_find_it():
    result = judged(FIRST, [EXPELLED, replace(CALLED_HOSTILE, category="diplomatic"), RESTRAINT])

    assert (result.found, result.located, result.category) == (2, 3, 2)
    assert result.misses == [
        "pair: wrong for 'Moscow called the move hostile': got  diplomatic -2.0 2016-12-29 day; "
        "want rhetoric -2.0 2016-12-29 day",
        "pair: unmatched candidate  'Moscow called the move hostile.'",
    ]


def test_a_quote_from_another_sentence_does_not_locate_the_event():
    """The reaction quoted from its neighbour in the same line is still another sentence."""
    moved = replace(CALLED_HOSTILE, quotes=("expelled 35 Russian diplomats",))

    result = judged(FIRST, [EXPELLED, moved, RESTRAINT])

    assert (result.found, result.located) == (2, 2)
    assert "pair: not located: Moscow called the move hostile" in result.misses


def test_the_second_coders_also_sentences_do_not_count_only_its_quote_does():
    """As the assistant's further sentences do not: the judge reads the sentence each event quotes."""
    quoting_elsewhere = replace(CALLED_HOSTILE, quotes=("expelled 35 Russian diplomats", "called the move hostile"))

    assert judged([CALLED_HOSTILE], [quoting_elsewhere]).located == 0


def test_another_direction_or_a_day_outside_the_gold_day_is_not_found():
    assert judged([RESTRAINT], [replace(RESTRAINT, score=Decimal("-4.0"))]).found == 0
    assert judged([RESTRAINT], [replace(RESTRAINT, date=datetime.date(2016, 12, 29))]).found == 0


def test_a_day_inside_the_first_coders_week_is_found_but_not_the_other_way_round():
    week = replace(RESTRAINT, date=datetime.date(2016, 12, 26), precision="week")

    assert judged([week], [RESTRAINT]).found == 1
    assert judged([RESTRAINT], [week]).found == 0


def test_a_second_event_for_the_same_gold_event_is_a_miss():
    result = judged([EXPELLED], [EXPELLED, replace(EXPELLED, quotes=("The United States on Thursday",))])

    assert (result.found, result.candidates, result.recall, result.precision) == (1, 2, 1.0, 0.5)


def test_roles_are_judged_by_side_and_either_order_only_for_a_mutual_act():
    reversed_roles = replace(EXPELLED, source="Russia", target="United States")

    assert judged([EXPELLED], [reversed_roles]).roles == 0
    assert judged([replace(EXPELLED, mutual=True)], [reversed_roles]).roles == 1
    assert judged([EXPELLED], [replace(EXPELLED, source="White House")]).roles == 1


def test_every_second_coding_pairs_with_a_dev_passage_and_quotes_it_verbatim():
    actor_names = {actor["name"] for actor in json.loads(actors_file().read_text(encoding="utf-8"))}

    codings = load_codings()

    assert [coding.name for coding in codings] == sorted(path.stem for path in SECOND_CODING.glob("*.json"))
    assert len(codings) == 12
    for coding in codings:
        for event in coding.second:
            assert all(quote in coding.body for quote in event.quotes), coding.name
            assert {event.source, event.target} - {None} <= actor_names, event


def actors_file() -> Path:
    return Path(__file__).parent.parent / "timeline" / "assistant" / "vocabulary" / "en" / "actors.json"


def test_coder_agreement_prints_both_coders_and_the_assistant_against_each(shipped_vocabulary):
    output = io.StringIO()

    call_command("coder_agreement", stdout=output)

    count, header, *rows = output.getvalue().splitlines()
    assert count == "12 passages coded by both coders"
    assert header.split()[:3] == ["judged", "gold", "events"]
    labels = [row.split("  ")[0] for row in rows]
    assert labels == [
        "coder B against coder A",
        "coder A against coder B",
        "assistant against coder A",
        "assistant against coder B",
    ]
    second_against_first, first_against_second = (row.split()[-10:] for row in rows[:2])
    assert second_against_first[0] == first_against_second[1]  # A's events are the gold one way, judged the other
    recall_and_precision, accuracies = second_against_first[3:5], second_against_first[6:]
    assert all(cell.endswith("%") for cell in [*recall_and_precision, *accuracies])


def test_coder_agreement_speaks_russian(shipped_vocabulary):
    output = io.StringIO()

    with translation.override("ru"):
        call_command("coder_agreement", "--passages", stdout=output)

    lines = output.getvalue().splitlines()
    assert lines[0].startswith("12 ")
    assert "coder" not in output.getvalue()
    assert len(lines) == 2 + 4 * 13
