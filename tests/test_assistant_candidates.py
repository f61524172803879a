"""Candidates of stored sources: decisions, evidence, merges, and the suggest_events command."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from tests.factories import make_event, make_source
from timeline.assistant import decisions
from timeline.assistant.candidates import suggest
from timeline.models import Actor, Event, Source

pytestmark = pytest.mark.django_db

WIRE = (
    "The United States on Wednesday lifted sanctions on the Russian aluminium producer Rusal, the Treasury "
    "Department said.\n"
    "Kremlin spokesman Dmitry Peskov told reporters on Thursday that Russia was ready to work with Washington.\n"
    "Diplomats from both countries will hold talks on cyber security in Geneva next week, the Russian Foreign "
    "Ministry said."
)


@pytest.fixture
def vocabulary(seed, shipped_vocabulary):
    return shipped_vocabulary


def wire_source():
    return make_source(body=WIRE, published=datetime.date(2021, 5, 20))


def candidate_with(candidates, words):
    found = [candidate for candidate in candidates if words in candidate.text]
    assert len(found) == 1, f"{len(found)} candidates with {words!r}"
    return found[0]


def test_a_decided_candidate_is_remembered_and_no_longer_open(vocabulary, editor):
    source = Source.objects.get(outlet="HotAir")
    first = next(candidate for candidate in suggest(source) if candidate.is_open())

    decisions.reject(first, source, editor)

    again = next(candidate for candidate in suggest(source) if candidate.key == first.key)
    assert again.decision.decision == "rejected"
    assert not again.is_open()


def test_two_candidates_of_one_sentence_have_keys_of_their_own(vocabulary):
    source = make_source(body="The United States on Thursday sanctioned Russia and expelled 35 diplomats.")

    keys = [candidate.key for candidate in suggest(source)]

    assert len(set(keys)) == len(keys) == 2


def test_a_sentence_already_quoted_as_evidence_is_not_open(vocabulary):
    source = Source.objects.get(outlet="CNN")

    quoted = candidate_with(suggest(source), "Tomahawk cruise missile strikes, the Kremlin")

    assert [event.slug for event in quoted.cited_by] == ["kremlin-denounces-us-strikes-as-aggression"]
    assert not quoted.is_open()


def test_a_new_report_of_a_stored_happening_is_proposed_for_merging(vocabulary):
    peskov = Actor.objects.get(name="Dmitry Peskov")
    stored = make_event(
        title="Peskov says Russia is ready to work with Washington",
        date=datetime.date(2021, 5, 20),
        date_precision=Event.Precision.DAY,
        category=Event.Category.DIPLOMATIC,
        actors=[peskov],
        quote=None,
    )

    candidates = suggest(wire_source())

    assert candidate_with(candidates, "ready to work with Washington").merge_into == stored
    assert candidate_with(candidates, "lifted sanctions").merge_into is None


def test_suggest_events_prints_each_open_candidate(vocabulary):
    source = wire_source()

    text = run_command("suggest_events", str(source.pk))

    assert "19 May 2021" in text
    assert "week of 24 May 2021 (expected" in text
    assert "quote [0–" in text
    assert "“The United States on Wednesday lifted sanctions" in text
    assert "speaker: Dmitry Peskov" in text
    assert "Sanctions and economic, score +7.0 (CAMEO 085" in text
    assert "US → Russia" in text or "United States → Russia" in text


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("en_GB.UTF-8", "no time expression of its own: the day the story reports on, from “Tuesday”"),
        ("ru_RU.UTF-8", "своего указания времени нет: день, о котором рассказывает материал, по выражению «Tuesday»"),
    ],
    ids=["English", "Russian"],
)
def test_suggest_events_says_where_a_date_without_its_own_time_expression_comes_from(
    vocabulary, monkeypatch, language, note
):
    """Peskov's sentence has no time expression: its day is the lede's Tuesday, not a statement of his."""
    monkeypatch.setenv("LANG", language)
    body = (
        "The United States on Tuesday imposed sanctions on 14 tankers that carry Russian oil.\n"
        "Kremlin spokesman Dmitry Peskov called the measures illegal."
    )
    source = make_source(body=body, published=datetime.date(2025, 3, 6))

    text = run_command("suggest_events", str(source.pk))

    peskov = next(block for block in text.split("\n\n") if "Peskov called" in block)
    assert f"({note})" in peskov.splitlines()[0]
    assert "previous statement" not in text


def test_suggest_events_json_has_the_fields_scripts_need_and_hides_decided_candidates(vocabulary, editor):
    source = wire_source()
    first = next(candidate for candidate in suggest(source) if candidate.is_open())
    decisions.reject(first, source, editor)

    shown = json.loads(run_command("suggest_events", str(source.pk), "--json"))
    everything = json.loads(run_command("suggest_events", str(source.pk), "--json", "--all"))

    assert first.key not in {candidate["key"] for candidate in shown}
    assert len(everything) == len(suggest(source))
    ready = next(candidate for candidate in everything if "ready to work" in candidate["quotes"][0]["text"])
    assert {key: ready[key] for key in ("date", "precision", "expected", "speaker", "category", "score")} == {
        "date": "2021-05-20",
        "precision": "day",
        "expected": False,
        "speaker": "Dmitry Peskov",
        "category": "diplomatic",
        "score": 4.0,
    }
    assert ready["target_actor"] == "United States"
    assert ready["title"]
    assert len(ready["label"]) <= 40
    quote = ready["quotes"][0]
    assert source.body[quote["start"] : quote["end"]] == quote["text"]


def test_suggest_events_refuses_an_unknown_source(db):
    with pytest.raises(CommandError, match="There is no source #404"):
        call_command("suggest_events", "404", stdout=io.StringIO())


def run_command(*args):
    output = io.StringIO()
    call_command(*args, stdout=output)
    return output.getvalue()
