"""A populated database survives a backup and a restore into an empty one, row for row."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from django.core import serializers
from django.core.management import CommandError, call_command

from timeline.backups import REBUILT_BY_MIGRATE
from timeline.models import Event

from .conftest import SEED_FIXTURE


def every_row():
    """Every backed-up row, serialised with natural keys so ids of rebuilt rows don't matter."""
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label in REBUILT_BY_MIGRATE or model._meta.label_lower in REBUILT_BY_MIGRATE:
            continue
        rows[model._meta.label] = serializers.serialize(
            "json", model.objects.order_by("pk"), use_natural_foreign_keys=True, use_natural_primary_keys=True
        )
    return rows


def populate():
    call_command("loaddata", SEED_FIXTURE, verbosity=0)
    editor = User.objects.create_user("alice", password="a-long-passphrase-1")
    # Transactional tests start from a flushed database, without the data migration's group.
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="change_event"))
    editor.groups.add(editors)
    event = Event.objects.first()
    event._history_user = editor
    event.title = "An edited title"
    event.save()


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_every_row_into_an_empty_database(tmp_path):
    populate()
    before = every_row()
    assert len(before["timeline.HistoricalEvent"]) > 2

    call_command("backup", directory=str(tmp_path))
    backup = next(tmp_path.glob("relations-*.json.gz"))
    call_command("flush", interactive=False, verbosity=0)
    assert not Event.objects.exists()
    call_command("restore", str(backup))

    assert every_row() == before
    assert Event.objects.get(title="An edited title").history.first().history_user.username == "alice"


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_is_not_empty(tmp_path):
    populate()
    call_command("backup", directory=str(tmp_path))
    backup = next(tmp_path.glob("relations-*.json.gz"))

    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(backup))


@pytest.mark.django_db
def test_restore_names_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore", str(tmp_path / "missing.json.gz"))
