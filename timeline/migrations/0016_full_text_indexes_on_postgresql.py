"""GIN indexes for the free-text filter on PostgreSQL, built from the very
SearchVector expressions timeline.filters queries, so the planner can use them.

SQLite searches substrings, which no index serves; there this does nothing.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# (model, index): the same expressions as timeline.filters.full_text_search.
FULL_TEXT_INDEXES = [
    ("Event", GinIndex(SearchVector("title", "summary", config="english"), name="event_full_text")),
    ("Evidence", GinIndex(SearchVector("quote", config="english"), name="evidence_full_text")),
]


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in FULL_TEXT_INDEXES:
        schema_editor.add_index(apps.get_model("timeline", model_name), index)


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, index in FULL_TEXT_INDEXES:
        schema_editor.remove_index(apps.get_model("timeline", model_name), index)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0015_content_version_and_filter_indexes")]

    operations = [migrations.RunPython(add_indexes, remove_indexes)]
