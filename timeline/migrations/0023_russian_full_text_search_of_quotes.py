"""The GIN indexes of the free-text filter on PostgreSQL, built from the very expressions
timeline.filters.full_text_search queries: the Russian search of quotes (0016 indexed the English one),
and the events' titles and summaries per language (0016 indexed the English columns before 0021 split
them). SQLite searches substrings, which no index serves: there this does nothing.

The events' indexes are built here and not in 0021 because PostgreSQL refuses to create an index on a
table whose rows the same transaction has just updated (0021 and 0022 fill the English columns), with
"pending trigger events"."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

RUSSIAN_QUOTES_INDEX = GinIndex(SearchVector("quote", config="russian"), name="evidence_full_text_ru")
# The same expressions as timeline.filters.full_text_search; 0016's index read the columns of one language.
FULL_TEXT_INDEXES = [
    GinIndex(SearchVector("title_en", "summary_en", config="english"), name="event_full_text_en"),
    GinIndex(SearchVector("title_ru", "summary_ru", config="russian"), name="event_full_text_ru"),
]
ENGLISH_ONLY_INDEX = GinIndex(SearchVector("title", "summary", config="english"), name="event_full_text")


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("timeline", "Evidence"), RUSSIAN_QUOTES_INDEX)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("timeline", "Evidence"), RUSSIAN_QUOTES_INDEX)


def full_text_indexes_per_language(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    event = apps.get_model("timeline", "Event")
    schema_editor.remove_index(event, ENGLISH_ONLY_INDEX)
    for index in FULL_TEXT_INDEXES:
        schema_editor.add_index(event, index)


def full_text_index_in_english(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    event = apps.get_model("timeline", "Event")
    for index in FULL_TEXT_INDEXES:
        schema_editor.remove_index(event, index)
    schema_editor.add_index(event, ENGLISH_ONLY_INDEX)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0022_editor_notes_in_english_and_russian")]

    operations = [
        migrations.RunPython(add_index, remove_index),
        migrations.RunPython(full_text_indexes_per_language, full_text_index_in_english),
    ]
