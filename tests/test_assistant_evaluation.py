"""Strict evaluation: what counts as found, what counts against precision, and the sets it runs on."""

import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from timeline.assistant.evaluation import (
    HELD_OUT,
    HELD_OUT_RUSSIAN,
    SETS,
    Gold,
    Passage,
    evaluate_group,
    load_passages,
    score_passage,
    seed_passages,
)
from timeline.models import Actor

from .gold import EXPELLED

pytestmark = pytest.mark.django_db
BODY = (
    "The United States on Thursday expelled 35 Russian diplomats.\nThe Obama administration ordered the Russians out."
)


def score(shipped_vocabulary, *events, body=BODY):
    sides = dict(Actor.objects.values_list("name", "side"))
    return score_passage(Passage("test", datetime.date(2016, 12, 29), body, list(events)), shipped_vocabulary, sides)


def test_a_candidate_quoting_the_sentence_right_on_every_count_finds_the_event(shipped_vocabulary):
    result = score(shipped_vocabulary, EXPELLED)

    assert (result.found, result.candidates, result.recall, result.precision) == (1, 1, 1.0, 1.0)
    assert (result.direction, result.category, result.date, result.roles) == (1, 1, 1, 1)


@pytest.mark.parametrize(
    "changes",
    [
        {"category": "sanctions"},
        {"score": Decimal("2.0")},
        {"date": datetime.date(2016, 12, 28)},
        {"quotes": ("Nothing else happened",)},
    ],
)
def test_one_wrong_count_and_the_event_is_not_found(shipped_vocabulary, changes):
    gold = Gold(**{**EXPELLED.__dict__, **changes})

    result = score(shipped_vocabulary, gold, body=BODY.splitlines()[0] + "\nNothing else happened.")

    assert (result.found, result.recall) == (0, 0.0)


def test_a_date_inside_a_coarser_gold_precision_is_right_and_a_coarser_candidate_is_not(shipped_vocabulary):
    week = Gold(**{**EXPELLED.__dict__, "date": datetime.date(2016, 12, 26), "precision": "week"})
    assert score(shipped_vocabulary, week).found == 1

    body = "The United States expelled 35 Russian diplomats last week."
    day = Gold(**{**EXPELLED.__dict__, "date": datetime.date(2016, 12, 22)})
    assert score(shipped_vocabulary, day, body=body).found == 0


def test_a_second_candidate_for_the_same_event_is_a_miss(shipped_vocabulary):
    body = (
        "The United States on Thursday expelled 35 Russian diplomats.\nNATO on Thursday expelled 35 Russian diplomats."
    )
    both = Gold(**{**EXPELLED.__dict__, "quotes": ("expelled 35 Russian diplomats.\nNATO on Thursday expelled",)})

    result = score(shipped_vocabulary, both, body=body)

    assert (result.found, result.candidates, result.precision) == (1, 2, 0.5)


def test_the_sets_are_wire_passages_whose_gold_quotes_are_verbatim():
    heldout = load_passages(SETS["heldout"][0])
    dev = load_passages(SETS["dev"][0])

    assert len(heldout) >= 12
    assert len(dev) > len(heldout)
    years = sorted(passage.published.year for passage in heldout)
    assert years[0] <= 1992
    assert years[-1] >= 2025
    for passage in [*heldout, *dev]:
        for gold in passage.events:
            assert all(quote in passage.body for quote in gold.quotes), passage.name
    codes = {
        item["cameo"][:2]
        for path in SETS["heldout"][0].glob("*.json")
        for item in json.loads(path.read_text())["events"]
    }
    assert len(codes) >= 14


def test_the_seed_gold_is_read_from_the_fixture_with_roles():
    passages, sides = seed_passages()

    assert sum(len(passage.events) for passage in passages) == 16
    assert all(gold.source and gold.target for passage in passages for gold in passage.events)
    assert sides["Russia"] == "ru"


@pytest.mark.parametrize("set_name", ["seeds", "dev", "heldout"])
def test_evaluate_suggestions_prints_a_row_per_passage_and_the_strict_total(shipped_vocabulary, set_name):
    output = io.StringIO()

    call_command("evaluate_suggestions", "--set", set_name, stdout=output)

    lines = output.getvalue().splitlines()
    assert lines[0].split() == [
        "passage",
        "events",
        "candidates",
        "found",
        "recall",
        "precision",
        "located",
        "direction",
        "category",
        "date",
        "roles",
    ]
    total = lines[-1].split()
    assert total[:2] == ["Total", f"({set_name})"]
    assert total[5].endswith("%")
    assert total[6].endswith("%")


def test_the_held_out_total_adds_up_the_english_held_out_sets(shipped_vocabulary):
    *sets, total = evaluate_group("heldout-all", shipped_vocabulary)

    assert [score.label for score in sets] == [f"Total ({set_name})" for set_name in HELD_OUT]
    for score, set_name in zip(sets[1:], HELD_OUT[1:], strict=True):
        assert score.passages == len(load_passages(SETS[set_name][0])) >= 12  # issue 12: at least 12 passages a set
    for count in ("passages", "events", "candidates", "found", "located", "direction", "category", "date", "roles"):
        assert getattr(total, count) == sum(getattr(score, count) for score in sets), count
    assert total.recall == sum(score.found for score in sets) / sum(score.events for score in sets)


def test_evaluate_suggestions_all_prints_every_set_by_its_total_and_the_held_out_totals(shipped_vocabulary):
    output = io.StringIO()

    call_command("evaluate_suggestions", "--set", "all", stdout=output)

    labels = [line.split("  ")[0].strip() for line in output.getvalue().splitlines()[1:]]
    assert labels == [
        "Total (seeds)",
        "Total (dev)",
        *(f"Total ({set_name})" for set_name in HELD_OUT),
        "Total (dev-ru)",
        "Total (dev-ru2)",
        "Total (dev-ru3)",
        "Total (dev-ru4)",
        "Total (dev-ru5)",
        "Total (dev-ru6)",
        "Total (dev-ru7)",
        "Total (dev-ru8)",
        "Total (dev-ru9)",
        "Total (heldout-ru)",
        "Total (heldout-ru2)",
        "Total (held-out: " + " + ".join(HELD_OUT) + ")",
        "Total (held-out: " + " + ".join(HELD_OUT_RUSSIAN) + ")",
    ]


@pytest.mark.parametrize("set_name", [*HELD_OUT, "heldout-ru", "heldout-ru2", "heldout-all", "all"])
def test_the_misses_of_a_held_out_set_are_never_printed(set_name):
    output = io.StringIO()

    with pytest.raises(CommandError, match="refused"):
        call_command("evaluate_suggestions", "--set", set_name, "--misses", stdout=output)

    assert output.getvalue() == ""


@pytest.mark.parametrize("set_name", ["heldout-ru", "heldout-ru2"])
def test_a_held_out_set_alone_prints_its_total_and_no_row_per_passage(shipped_vocabulary, set_name):
    output = io.StringIO()

    call_command("evaluate_suggestions", "--set", set_name, stdout=output)

    header, *rows = output.getvalue().splitlines()
    assert header.split()[0] == "passage"
    assert [row.split()[:2] for row in rows] == [["Total", f"({set_name})"]]
