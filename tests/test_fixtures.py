"""The seed data of record: sources as imported, quotes where they say they are, dates as stored."""

import datetime
import importlib
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from timeline import dates, quotes
from timeline.cleaning import parse_article
from timeline.models import Actor, ContentVersion, Event, Evidence, Source, Theater

from .conftest import SEED_FIXTURE

# CI checks the shared folder out beside the clone.
ARTICLES_OF_RECORD = Path(__file__).resolve().parent.parent / ".." / "shared" / "articles"

pytestmark = pytest.mark.usefixtures("seed")


def squeezed(text):
    return " ".join(text.split())


def test_every_quote_is_found_where_its_offsets_say():
    evidence = list(Evidence.objects.select_related("source"))
    assert evidence
    for item in evidence:
        body = item.source.body
        passage = quotes.locate(item.quote, body)
        assert passage is not None, f"evidence #{item.pk} does not occur in {item.source}: {item.quote}"
        assert (item.start, item.end) == (passage.start, passage.end), f"evidence #{item.pk} has stale offsets"
        assert squeezed(body[item.start : item.end]) == squeezed(item.quote)


def test_published_events_are_backed_by_both_sources():
    published = Event.objects.published()
    assert published.count() >= 15
    assert list(published.without_evidence().values_list("slug", flat=True)) == []
    for source in Source.objects.all():
        assert published.filter(evidence__source=source).distinct().count() >= 6, f"too few events cite {source}"


def test_published_events_have_a_summary_and_actors():
    for event in Event.objects.published().prefetch_related("actors"):
        assert event.summary.strip(), f"{event.slug} has no summary"
        assert event.actors.all(), f"{event.slug} names no actors"


def test_each_source_is_its_raw_text_cleaned_as_an_import_cleans_it():
    for source in Source.objects.all():
        parsed = parse_article(source.raw_text)
        assert source.headline == parsed.headline
        assert source.body == parsed.body


def test_raw_texts_are_the_articles_of_record_unedited():
    if not ARTICLES_OF_RECORD.is_dir():
        pytest.skip(f"no articles of record at {ARTICLES_OF_RECORD}")
    articles = {path.name: path.read_bytes().decode("utf-8") for path in ARTICLES_OF_RECORD.glob("*.txt")}
    raw_texts = set(Source.objects.values_list("raw_text", flat=True))
    assert [name for name, text in articles.items() if text not in raw_texts] == []
    assert len(raw_texts) == len(articles)


def test_dates_are_stored_in_the_canonical_form_of_their_precision():
    for event in Event.objects.all():
        assert dates.normalise(event.date, event.date_precision) == event.date, (
            f"{event.slug}: a {event.date_precision} date must be stored as "
            f"{dates.normalise(event.date, event.date_precision)}"
        )


def test_no_evidence_quotes_page_debris():
    for item in Evidence.objects.select_related("source"):
        debris = {squeezed(line.text) for line in parse_article(item.source.raw_text).removed}
        assert [line for line in debris if line in squeezed(item.quote)] == [], f"evidence #{item.pk} quotes debris"


def test_every_row_passes_model_validation():
    # loaddata saves raw rows; the admin's rules are checked here instead.
    problems = []
    for model in (Source, Theater, Actor, Event, Evidence):
        for row in model.objects.all():
            try:
                row.full_clean()
            except ValidationError as error:
                problems.append(f"{model.__name__} #{row.pk}: {error.message_dict}")
    assert problems == []


def test_published_seed_events_say_who_acted_on_whom():
    assert not Event.objects.published().filter(source_actor=None).exists()
    assert not Event.objects.published().filter(target_actor=None).exists()


def stored_rows():
    """Every row of every timeline table, history and many-to-many tables included."""
    models = apps.get_app_config("timeline").get_models(include_auto_created=True)
    # The content version is not content: any load counts as a change to what the public sees.
    content = [model for model in models if model is not ContentVersion]
    return {model._meta.label: list(model._default_manager.order_by("pk").values()) for model in content}


def test_loading_the_fixture_again_changes_nothing():
    before = stored_rows()
    assert before["timeline.Event"]

    call_command("loaddata", SEED_FIXTURE, verbosity=0)

    assert stored_rows() == before


# How an event was dated is an editor's note, never part of what readers are told happened.
DATING_RATIONALE = re.compile(r"\bdated\b|\bbecause\b|\bdates (it|the)\b|\bwriting on\b|\bplaces (it|the)\b", re.I)


def test_summaries_tell_what_happened_and_editor_notes_how_it_was_dated():
    for event in Event.objects.published():
        assert not DATING_RATIONALE.search(event.summary), f"{event.slug}: dating notes in the summary"
        assert event.editor_notes.startswith("Dated "), f"{event.slug} has no dating note"
        assert dates.in_words(event.date, event.date_precision).replace("week of ", "") in event.editor_notes


def test_the_notes_migration_moves_seeded_summaries_and_spares_edited_ones():
    migration = importlib.import_module("timeline.migrations.0008_seed_editor_notes")
    state_apps = MigrationLoader(connection).project_state(("timeline", "0008_seed_editor_notes")).apps
    schema_editor = SimpleNamespace(connection=connection)
    slug, (seeded, summary, notes) = next(iter(migration.SEED_SUMMARIES.items()))
    edited_slug = list(migration.SEED_SUMMARIES)[1]
    # The migration knew one summary column; the texts in each language came later (0017).
    events = Event.objects.rewrite(False)
    events.filter(slug=slug).update(summary=seeded, editor_notes="")
    events.filter(slug=edited_slug).update(summary="An editor's own words.", editor_notes="")

    migration.move_notes(state_apps, schema_editor)

    assert events.filter(slug=slug, summary=summary, editor_notes=notes).exists()
    assert events.filter(slug=edited_slug, summary="An editor's own words.", editor_notes="").exists()

    migration.restore_summaries(state_apps, schema_editor)

    assert events.filter(slug=slug, summary=seeded, editor_notes="").exists()


def test_every_published_text_of_record_is_in_russian_too():
    from timeline.eras.models import Era

    missing = [
        f"{row} {field}"
        for rows, fields in (
            (Event.objects.published(), ("title", "label", "summary", "editor_notes")),
            (Era.objects.all(), ("title", "description")),
            (Theater.objects.all(), ("name",)),
            (Actor.objects.filter(events__isnull=False).distinct(), ("name",)),
        )
        for row in rows
        for field in fields
        if not (getattr(row, f"{field}_ru") or "").strip()
    ]
    assert missing == []


# Quotation marks around a translation would pass it off as someone's words; names of ships and
# weapons are set in guillemets in Russian and are no quotes.
QUOTED = re.compile(r"«([^»]+)»|“([^”]+)”|\"([^\"]+)\"")
NAMES_IN_GUILLEMETS = {"Томагавк", "Томагавками", "Адмирал Григорович"}


def quoted_spans(text):
    return [next(group for group in match.groups() if group) for match in QUOTED.finditer(text or "")]


def test_russian_texts_quote_only_words_their_sources_say():
    from timeline.eras.models import Era

    texts = [
        (event, event.evidence.all(), event.title_ru, event.label_ru, event.summary_ru, event.editor_notes_ru)
        for event in Event.objects.all()
    ]
    texts += [(era, era.evidence.all(), era.title_ru, era.description_ru) for era in Era.objects.all()]
    assert texts
    invented = []
    for row, evidence, *russian in texts:
        bodies = [squeezed(item.source.body) for item in evidence]
        for text in russian:
            for span in quoted_spans(text):
                if span not in NAMES_IN_GUILLEMETS and not any(squeezed(span) in body for body in bodies):
                    invented.append(f"{row}: «{span}»")
    assert invented == []


def test_the_seed_actors_carry_the_shipped_vocabulary_of_every_language():
    """`make run` migrates (the shipped vocabulary) and then loads the seed, which replaces its actors by primary
    key: they must carry every alias, demonym and term the vocabulary gives them, or both readers lose them."""
    from timeline.assistant.languages import Vocabulary
    from timeline.assistant.russian.reading import read
    from timeline.assistant.vocabulary import load_actors

    rows = json.loads(SEED_FIXTURE.read_text(encoding="utf-8"))
    seed_actors = Actor.objects.filter(pk__in=[row["pk"] for row in rows if row["model"] == "timeline.actor"])
    names = ("aliases", "demonyms", "short_name", "name_ru", "active_from", "active_until")
    loaded = list(seed_actors.order_by("pk").values_list(*names))
    load_actors(Actor)
    assert list(seed_actors.order_by("pk").values_list(*names)) == loaded

    russian = Vocabulary.from_database("ru")
    said = read(
        "Вашингтон выслал 35 российских дипломатов.", datetime.date(2016, 12, 29), russian.lexicon, russian.actors
    )
    assert [(action.source.name, action.target.name) for action in said.actions] == [("United States", "Russia")]
