"""Migration 0013 gives events written before roles existed a source and a target, and leaves set ones alone."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from tests.factories import make_event
from timeline.models import Actor, Event

pytestmark = pytest.mark.django_db
migration = importlib.import_module("timeline.migrations.0013_seed_vocabulary_and_roles")


def run_migration():
    migration.give_events_roles(apps, SimpleNamespace(connection=connection))


def test_events_without_roles_get_those_their_title_says(shipped_vocabulary):
    russia, united_states = Actor.objects.get(name="Russia"), Actor.objects.get(name="United States")
    expulsion = make_event(title="Russia expels 60 US diplomats over poisoning", quote=None)
    set_by_editor = make_event(title="US sanctions Russia", quote=None, source_actor=russia, target_actor=russia)

    run_migration()

    expulsion.refresh_from_db()
    set_by_editor.refresh_from_db()
    assert (expulsion.source_actor, expulsion.target_actor) == (russia, united_states)
    assert (set_by_editor.source_actor, set_by_editor.target_actor) == (russia, russia)


def test_running_it_again_changes_nothing(shipped_vocabulary):
    make_event(title="Russia expels 60 US diplomats over poisoning", quote=None)
    run_migration()
    roles = list(Event.objects.values_list("source_actor", "target_actor"))

    run_migration()

    assert list(Event.objects.values_list("source_actor", "target_actor")) == roles
