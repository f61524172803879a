"""A GIN index for the free-text filter's Russian search of quotes on PostgreSQL, built from the very
expression timeline.filters.full_text_search queries (0016 indexed the English one); SQLite searches
substrings, which no index serves: there this does nothing."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

RUSSIAN_QUOTES_INDEX = GinIndex(SearchVector("quote", config="russian"), name="evidence_full_text_ru")


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("timeline", "Evidence"), RUSSIAN_QUOTES_INDEX)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("timeline", "Evidence"), RUSSIAN_QUOTES_INDEX)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0022_editor_notes_in_english_and_russian")]

    operations = [migrations.RunPython(add_index, remove_index)]
