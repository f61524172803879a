"""Upgrading a database that holds events, through the migrations that split the texts into English
and Russian: on PostgreSQL an index may not be built in the transaction that updated its table's rows."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("timeline", "0020_interface_in_english_and_russian")]
AFTER = [("timeline", "0024_texts_in_both_languages_named_in_both")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def back_to_the_latest_migration(transactional_db):
    """The test database is shared: the tests after this one expect every migration applied."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.usefixtures("back_to_the_latest_migration")
def test_a_database_with_events_upgrades_to_both_languages_and_back():
    apps = migrate(BEFORE)
    theater = apps.get_model("timeline", "Theater").objects.create(name="Syria", slug="syria")
    apps.get_model("timeline", "Event").objects.create(
        title="Strikes on Shayrat",
        slug="strikes-on-shayrat",
        summary="Cruise missiles hit an airbase.",
        date=datetime.date(2017, 4, 7),
        category="military",
        score=-10,
        status="published",
        theater=theater,
        editor_notes="Checked against the CNN piece.",
    )

    apps = migrate(AFTER)
    event = apps.get_model("timeline", "Event").objects.get()
    assert (event.title_en, event.summary_en, event.editor_notes_en) == (
        "Strikes on Shayrat",
        "Cruise missiles hit an airbase.",
        "Checked against the CNN piece.",
    )
    assert apps.get_model("timeline", "Theater").objects.get().name_en == "Syria"

    migrate(BEFORE)
    migrate(AFTER)
