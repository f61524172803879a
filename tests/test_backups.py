"""Backups restore exactly, whatever editors did: every row of every table, with its id and its
timestamps to the microsecond, into a freshly migrated database, on SQLite and PostgreSQL."""

import datetime
import gzip
import io
import json
import random
import stat
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command

from tests.factories import add_evidence, make_source
from timeline import backups
from timeline.backups import BackupError, backed_up_models, read_backup, restore_backup, rows_in_the_way
from timeline.models import Actor, Event, LexiconEntry, Theater
from timeline.scratch import scratch_database

from .conftest import SEED_FIXTURE

REBUILT = (ContentType, Permission)


def every_row(using="default"):
    """Every backed-up table's rows, in id order, as the database returns them; references to rows
    that migrate rebuilds (whose ids may differ between databases) by natural key."""
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        # The content version is not content: a restore gives it a new token, so no cached page outlives it.
        not_backed_up = (*REBUILT, apps.get_model("sessions.Session"), apps.get_model("timeline.ContentVersion"))
        if model._meta.proxy or not model._meta.managed or model in not_backed_up:
            continue
        rebuilt = {
            field.attname: field.related_model
            for field in model._meta.concrete_fields
            if field.is_relation and field.related_model in REBUILT
        }
        rows = []
        for row in model._base_manager.using(using).order_by("pk").values():
            for attname, related in rebuilt.items():
                if row[attname] is not None:
                    row[attname] = related._base_manager.using(using).get(pk=row[attname]).natural_key()
            rows.append(row)
        tables[model._meta.label] = rows
    return tables


class Walk:
    """A seeded random sequence of what editors do, including to the vocabularies migrate seeds."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.source = make_source()
        self.editors = [User.objects.create_user(f"editor{number}", password="x" * 20) for number in range(3)]
        self.deleted_expressions = []

    def run(self, steps):
        actions = [
            self.add_actor,
            self.add_event,
            self.add_event,
            self.edit_event,
            self.edit_event,
            self.delete_event,
            self.delete_seeded_lexicon_entry,
            self.readd_deleted_expression,
            self.edit_seeded_lexicon_entry,
            self.add_user,
            self.delete_user,
            self.change_groups,
        ]
        for _ in range(steps):
            self.random.choice(actions)()

    def editor(self):
        return self.random.choice(list(User.objects.all()) or self.editors)

    def add_actor(self):
        Actor.objects.create(
            name=f"Actor {self.random.random()}", kind="person", side=self.random.choice(["us", "ru", "other"])
        )

    def add_event(self):
        number = self.random.randrange(10**9)
        theater, _ = Theater.objects.get_or_create(slug="bilateral", defaults={"name": "Bilateral"})
        event = Event(
            title=f"Event {number}",
            slug=f"event-{number}",
            summary="Ünïcode “quotes” and 日本語",
            date=datetime.date(2017, 1, 1) + datetime.timedelta(days=self.random.randrange(2000)),
            category="diplomatic",
            theater=theater,
            score=Decimal(self.random.randrange(-100, 101)) / 10,
            status=self.random.choice(["draft", "review", "published"]),
        )
        event._history_user = self.editor()
        event.save()
        event.actors.set(self.random.sample(list(Actor.objects.all()), min(2, Actor.objects.count())))
        add_evidence(event, self.source, "The foreign minister said relations were at a low point.")

    def some(self, queryset):
        rows = list(queryset)
        return self.random.choice(rows) if rows else None

    def edit_event(self):
        event = self.some(Event.objects.all())
        if event:
            event.title = f"Edited {self.random.random()}"
            event._history_user = self.editor()
            event.save()
            LogEntry.objects.log_actions(event._history_user.pk, [event], CHANGE, change_message="Edited")

    def delete_event(self):
        event = self.some(Event.objects.all())
        if event:
            event.delete()

    def delete_seeded_lexicon_entry(self):
        entry = self.some(LexiconEntry.objects.all())
        if entry:
            self.deleted_expressions.append(
                {name: getattr(entry, name) for name in ("expression", "cameo_code", "event_type", "category", "score")}
            )
            entry.delete()

    def readd_deleted_expression(self):
        if self.deleted_expressions:
            LexiconEntry.objects.create(**self.deleted_expressions.pop(), notes="Added back by an editor.")

    def edit_seeded_lexicon_entry(self):
        entry = self.some(LexiconEntry.objects.all())
        if entry:
            entry.score = Decimal("-9.5")
            entry.save()

    def add_user(self):
        User.objects.create_user(f"user{self.random.randrange(10**9)}", password="y" * 20)

    def delete_user(self):
        user = self.some(User.objects.exclude(pk__in=[editor.pk for editor in self.editors]))
        if user:
            user.delete()

    def change_groups(self):
        group = self.some(Group.objects.all())
        if group:
            self.editor().groups.add(group)
            if self.random.random() < 0.3:
                group.permissions.remove(*group.permissions.all()[:1])


@pytest.fixture
def seeded(db):
    call_command("loaddata", SEED_FIXTURE, verbosity=0)


@pytest.mark.parametrize("seed", [14, 2026])
def test_after_random_editor_actions_a_backup_restores_every_row_into_a_fresh_database(seeded, tmp_path, seed):
    Walk(seed).run(60)
    before = every_row()
    assert any(row["created_at"].microsecond for row in before["timeline.Event"])

    path = backups.write_backup(backups.backup_path(tmp_path))

    with scratch_database() as fresh:
        assert rows_in_the_way(fresh) == [], "a freshly migrated database is ready for a restore"
        assert LexiconEntry.objects.using(fresh).exists(), "migrate seeds the lexicon"
        restore_backup(path, using=fresh)
        after = every_row(fresh)
    for label in before:
        assert after[label] == before[label], label


def test_a_backup_is_readable_by_its_owner_only(seeded, tmp_path):
    path = backups.write_backup(backups.backup_path(tmp_path / "backups"))

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert list(path.parent.iterdir()) == [path], "no partial file is left behind"


def test_a_backup_that_does_not_restore_exactly_is_not_kept(seeded, tmp_path, monkeypatch):
    real_summarise = backups.summarise

    def summarise_losing_a_row(using):
        summary = real_summarise(using)
        summary.tables["timeline.event"].count -= 1
        return summary

    monkeypatch.setattr(backups, "summarise", summarise_losing_a_row)

    with pytest.raises(BackupError, match=r"timeline\.event: .* rows backed up, .* restored"):
        backups.write_backup(backups.backup_path(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_the_backup_holds_every_table_but_those_migrate_rebuilds(seeded, tmp_path):
    path = backups.write_backup(backups.backup_path(tmp_path))

    backup = read_backup(path)

    labels = {table.model._meta.label_lower for table in backup.tables}
    assert {"timeline.event", "timeline.lexiconentry", "auth.user", "auth.user_groups", "admin.logentry"} <= labels
    assert {"timeline.historicalevent", "timeline.event_actors", "axes.accessattempt"} <= labels
    assert not labels & {"contenttypes.contenttype", "auth.permission", "sessions.session"}
    assert labels == {model._meta.label_lower for model in backed_up_models()}


@pytest.mark.django_db(transaction=True)
def test_the_restore_command_refuses_a_database_holding_only_actors(tmp_path):
    call_command("loaddata", SEED_FIXTURE, verbosity=0)
    call_command("backup", directory=str(tmp_path), stdout=io.StringIO())
    backup = next(tmp_path.glob("relations-*.jsonl.gz"))
    call_command("flush", interactive=False, verbosity=0)
    Actor.objects.create(name="Only an actor", kind="person", side="us")

    with pytest.raises(CommandError, match=r"not empty \(timeline.Actor, timeline.HistoricalActor hold rows"):
        call_command("restore", str(backup))
    assert list(Actor.objects.values_list("name", flat=True)) == ["Only an actor"]


@pytest.mark.django_db(transaction=True)
def test_the_restore_command_restores_into_an_emptied_database(tmp_path):
    call_command("loaddata", SEED_FIXTURE, verbosity=0)
    alice = User.objects.create_user("alice", password="a-long-passphrase-1")
    User.objects.filter(pk=alice.pk).update(id=4321)
    before = every_row()
    call_command("backup", directory=str(tmp_path), stdout=io.StringIO())
    call_command("flush", interactive=False, verbosity=0)

    call_command("restore", str(next(tmp_path.glob("relations-*.jsonl.gz"))), stdout=io.StringIO())

    assert every_row() == before
    assert User.objects.get(username="alice").pk == 4321


def test_a_backup_from_a_differently_migrated_database_is_refused(seeded, tmp_path):
    path = backups.write_backup(backups.backup_path(tmp_path))
    lines = gzip.decompress(path.read_bytes()).decode().splitlines()
    header = json.loads(lines[0])
    header["migrations"].append("timeline.9999_from_the_future")
    altered = tmp_path / "altered.jsonl.gz"
    altered.write_bytes(gzip.compress(("\n".join([json.dumps(header), *lines[1:]]) + "\n").encode()))

    with scratch_database() as fresh, pytest.raises(BackupError, match=r"applied there, not here: timeline\.9999"):
        restore_backup(altered, using=fresh)


def test_a_cut_short_backup_is_refused_with_a_reason(seeded, tmp_path):
    path = backups.write_backup(backups.backup_path(tmp_path))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(gzip.decompress(path.read_bytes())[:5000]))

    with pytest.raises(BackupError, match=r"cut short|not a complete backup"):
        read_backup(cut)


def test_restore_names_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore", str(tmp_path / "missing.jsonl.gz"))
