"""Candidates from whole articles: the seed articles, three articles the assistant was not built on, the commands."""

import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.factories import add_evidence, make_actor, make_event
from timeline import importers
from timeline.assistant import decisions
from timeline.assistant.candidates import suggest
from timeline.assistant.evaluation import curated_events, evaluate, quotes_overlap
from timeline.assistant.lexicon import load_seed
from timeline.models import Actor, Event, LexiconEntry, Source

ARTICLES = Path(__file__).resolve().parent / "data" / "assistant"
pytestmark = pytest.mark.django_db


@pytest.fixture
def lexicon(db):
    # The migration seeds the lexicon; a transactional test may have emptied the table since.
    load_seed(LexiconEntry)


@pytest.fixture
def vocabulary(seed, lexicon):
    """The seed's actors, and the people and institutions the extra articles name."""
    for name, kind, side, aliases in [
        ("Kurt Volker", Actor.Kind.PERSON, Actor.Side.UNITED_STATES, "Volker\nUS special envoy Kurt Volker"),
        ("Ukraine", Actor.Kind.STATE, Actor.Side.OTHER, "Kiev\nKyiv"),
        ("Mike Pompeo", Actor.Kind.PERSON, Actor.Side.UNITED_STATES, "Pompeo"),
        ("Mitch McConnell", Actor.Kind.PERSON, Actor.Side.UNITED_STATES, "McConnell"),
        ("US Treasury", Actor.Kind.INSTITUTION, Actor.Side.UNITED_STATES, "Treasury Department\nTreasury"),
        ("Janet Yellen", Actor.Kind.PERSON, Actor.Side.UNITED_STATES, "Yellen"),
        ("OSCE", Actor.Kind.INSTITUTION, Actor.Side.OTHER, ""),
    ]:
        make_actor(name, kind=kind, side=side, aliases=aliases)


def import_article(file_name, published):
    article = importers.ArticleFile(path=ARTICLES / file_name, outlet="Example Wire", published=published)
    return importers.save_articles(importers.prepare_articles([article]))[0].source


def candidate_with(candidates, words):
    found = [candidate for candidate in candidates if words in candidate.text]
    assert len(found) == 1, f"{len(found)} candidates with {words!r}"
    return found[0]


def summary(candidate):
    return (candidate.date.date, candidate.date.precision, candidate.date.expected, candidate.entry.cameo_code)


def actor_names(candidate):
    return {actor.name for actor in candidate.actors}


# The seed articles, against their curated events


def test_every_curated_event_of_the_seed_articles_has_a_candidate_quoting_it(vocabulary):
    for source in Source.objects.all():
        candidates = suggest(source)
        for event in curated_events(source):
            assert any(quotes_overlap(candidate, event, source) for candidate in candidates), event.title


def test_evaluation_of_the_seed_articles_reaches_the_required_recall_with_dates(vocabulary):
    scores, total = evaluate(Source.objects.order_by("pk"))

    assert [score.events for score in scores] == [10, 6]
    assert all(score.recall >= 0.8 for score in scores)
    assert total.recall >= 0.8
    assert total.recall_right_day >= 0.8
    # Sentences without a time expression are dated "approximate" by design; the others must be right.
    assert total.recall_dated_right >= 0.6


def test_seed_dates_resolve_with_their_precision(vocabulary):
    cnn = suggest(Source.objects.get(outlet="CNN"))
    hotair = suggest(Source.objects.get(outlet="HotAir"))

    assert summary(candidate_with(cnn, "last week President Vladimir Putin"))[:3] == (
        datetime.date(2017, 3, 27),
        "week",
        False,
    )
    assert summary(candidate_with(cnn, "said Thursday that Tillerson"))[:3] == (datetime.date(2017, 4, 6), "day", False)
    assert summary(candidate_with(cnn, "when US Secretary of State Rex Tillerson visits"))[:3] == (
        datetime.date(2017, 4, 10),
        "week",
        True,
    )
    assert summary(candidate_with(hotair, "U.S. Senate on Thursday"))[:3] == (datetime.date(2017, 7, 27), "day", False)
    assert summary(candidate_with(hotair, "just last night"))[:3] == (datetime.date(2017, 7, 28), "day", False)


def test_a_statement_continued_by_its_speaker_is_one_candidate_with_several_quotes(vocabulary):
    cnn = suggest(Source.objects.get(outlet="CNN"))

    lavrov = candidate_with(cnn, "lamented Friday")

    assert lavrov.speaker.name == "Sergey Lavrov"
    assert [sentence.text[:22] for sentence in lavrov.sentences] == ["Speaking about the mis", "But he went on to say:"]


def test_a_follow_on_statement_without_a_date_takes_its_speakers_date_flagged(vocabulary):
    hotair = suggest(Source.objects.get(outlet="HotAir"))

    staff_cut = candidate_with(hotair, "decision to cut U.S. diplomatic staff")

    assert (staff_cut.date.date, staff_cut.date.precision, staff_cut.date.basis) == (
        datetime.date(2017, 7, 28),
        "day",
        "context",
    )
    assert staff_cut.date.needs_check


def test_two_reports_of_one_visit_are_marked_as_possible_duplicates(vocabulary):
    cnn = suggest(Source.objects.get(outlet="CNN"))

    meets = candidate_with(cnn, "meets his Russian counterpart next week")
    visits = candidate_with(cnn, "Tillerson visits Moscow")

    assert visits.similar_to is meets


# Articles the assistant was not built on


def test_a_ceasefire_article(vocabulary):
    candidates = suggest(import_article("wire-2019-09-15-ceasefire.txt", "2019-09-15"))

    endorsed = candidate_with(candidates, "endorsed a ceasefire")
    assert summary(endorsed) == (datetime.date(2019, 9, 14), "day", False, "0871")
    assert {"United States", "Russia", "Ukraine"} <= actor_names(endorsed)
    assert summary(candidate_with(candidates, "withdraw heavy weapons")) == (
        datetime.date(2019, 9, 16),
        "week",
        True,
        "087",
    )
    assert summary(candidate_with(candidates, "shelling")) == (datetime.date(2019, 8, 1), "month", False, "195")
    volker = candidate_with(candidates, "must not be wasted")
    assert volker.speaker.name == "Kurt Volker"
    assert volker.sentences[-1].text == '"We expect every side to honour it."'
    assert volker.date.basis == "publication"
    assert volker.date.precision == "approximate"


def test_a_summit_article(vocabulary):
    candidates = suggest(import_article("wire-2018-07-18-summit.txt", "2018-07-18"))

    met = candidate_with(candidates, "met for more than two hours")
    assert summary(met) == (datetime.date(2018, 7, 16), "day", False, "04")
    assert {"Donald Trump", "Vladimir Putin"} <= actor_names(met)
    agreed = candidate_with(candidates, "agreed to resume talks")
    assert agreed.date.basis == "publication"  # "which stalled in March" dates something else
    mcconnell = candidate_with(candidates, "would not lift sanctions")
    assert mcconnell.speaker.name == "Mitch McConnell"
    assert mcconnell.match.negated
    assert summary(mcconnell)[:2] == (datetime.date(2018, 7, 17), "day")
    assert summary(candidate_with(candidates, "Pompeo will meet")) == (datetime.date(2018, 8, 1), "month", True, "04")
    assert summary(candidate_with(candidates, "expelled two US diplomats")) == (
        datetime.date(2018, 7, 1),
        "month",
        False,
        "174",
    )


def test_a_sanctions_relief_article(vocabulary):
    candidates = suggest(import_article("wire-2021-05-20-sanctions-relief.txt", "2021-05-20"))

    lifted = candidate_with(candidates, "lifted sanctions")
    assert summary(lifted) == (datetime.date(2021, 5, 19), "day", False, "085")
    assert lifted.entry.category == "sanctions"
    assert lifted.entry.score > 0
    assert lifted.speaker.name == "US Treasury"
    assert summary(candidate_with(candidates, "imposed in April 2018")) == (
        datetime.date(2018, 4, 1),
        "month",
        False,
        "163",
    )
    yellen = candidate_with(candidates, "Janet Yellen said")
    assert len(yellen.sentences) == 2
    assert yellen.speaker.name == "Janet Yellen"
    assert summary(candidate_with(candidates, "talks on cyber security")) == (
        datetime.date(2021, 5, 24),
        "week",
        True,
        "04",
    )


# Decisions, evidence and merges


def test_a_decided_candidate_is_remembered_and_no_longer_open(vocabulary, editor):
    source = Source.objects.get(outlet="HotAir")
    first = next(candidate for candidate in suggest(source) if candidate.is_open())

    decisions.reject(first, source, editor)

    again = next(candidate for candidate in suggest(source) if candidate.key == first.key)
    assert again.decision.decision == "rejected"
    assert not again.is_open()


def test_a_sentence_already_quoted_as_evidence_is_not_open(vocabulary):
    source = Source.objects.get(outlet="CNN")

    quoted = candidate_with(suggest(source), "Tomahawk cruise missile strikes, the Kremlin")

    assert [event.slug for event in quoted.cited_by] == ["kremlin-denounces-us-strikes-as-aggression"]
    assert not quoted.is_open()


def test_a_new_report_of_a_stored_happening_is_proposed_for_merging(vocabulary):
    lavrov = Actor.objects.get(name="Sergey Lavrov")
    stored = make_event(
        title="Lavrov and Pompeo meet in Washington",
        date=datetime.date(2018, 8, 1),
        date_precision=Event.Precision.MONTH,
        actors=[lavrov],
        quote=None,
    )
    make_event(
        title="Lavrov visits Tokyo", date=datetime.date(2018, 3, 1), date_precision="month", actors=[lavrov], quote=None
    )

    candidates = suggest(import_article("wire-2018-07-18-summit.txt", "2018-07-18"))

    assert candidate_with(candidates, "Pompeo will meet").merge_into == stored
    assert candidate_with(candidates, "expelled two US diplomats").merge_into is None


# The commands


def test_suggest_events_prints_each_open_candidate(vocabulary):
    source = import_article("wire-2021-05-20-sanctions-relief.txt", "2021-05-20")
    output = io.StringIO()

    call_command("suggest_events", str(source.pk), stdout=output)

    text = output.getvalue()
    assert "19 May 2021" in text
    assert "week of 24 May 2021 (expected" in text
    assert "quote [0–189]: “The United States on Wednesday lifted sanctions" in text
    assert "speaker: Dmitry Peskov" in text
    assert "sanctions, score +7.0 (CAMEO 085" in text


def test_suggest_events_json_has_the_fields_scripts_need_and_hides_decided_candidates(vocabulary, editor):
    source = Source.objects.get(outlet="HotAir")
    first = next(candidate for candidate in suggest(source) if candidate.is_open())
    decisions.reject(first, source, editor)

    shown = json.loads(run_command("suggest_events", str(source.pk), "--json"))
    everything = json.loads(run_command("suggest_events", str(source.pk), "--json", "--all"))

    assert first.key not in {candidate["key"] for candidate in shown}
    assert len(everything) == len(suggest(source))
    call = next(candidate for candidate in everything if "in a phone call on Friday" in candidate["quotes"][0]["text"])
    assert {key: call[key] for key in ("date", "precision", "expected", "speaker", "category", "score")} == {
        "date": "2017-07-28",
        "precision": "day",
        "expected": False,
        "speaker": "Sergey Lavrov",
        "category": "cooperation",
        "score": 4.0,
    }
    assert {"Sergey Lavrov", "Rex Tillerson"} <= set(call["actors"])
    quote = call["quotes"][0]
    assert source.body[quote["start"] : quote["end"]] == quote["text"]


def test_suggest_events_refuses_an_unknown_source(db):
    with pytest.raises(CommandError, match="There is no source #404"):
        call_command("suggest_events", "404", stdout=io.StringIO())


def test_evaluate_suggestions_prints_a_row_per_source_and_the_total(vocabulary):
    add_evidence(
        make_event(quote=None), Source.objects.get(outlet="CNN"), "Moscow was informed that the strikes were imminent"
    )

    text = run_command("evaluate_suggestions")

    rows = {line.split("  ")[0]: line.split() for line in text.splitlines()}
    assert set(rows) == {
        "source",
        "#1 CNN, 2017-04-07",
        "#2 HotAir, 2017-07-29",
        "Total of sources with curated events",
    }
    assert rows["#1 CNN, 2017-04-07"][4:6] == ["11", "11"]  # the added event counts, and is matched
    assert rows["Total of sources with curated events"][-5] == "100%"  # recall


def run_command(*args):
    output = io.StringIO()
    call_command(*args, stdout=output)
    return output.getvalue()
