"""Complete backups of the database, and restoring them exactly.

A backup holds every row of every table of every installed model (whatever app
adds them), except what `migrate` rebuilds: content types and permissions
(referred to by their natural keys) and sessions. Rows keep their primary keys,
so users, groups and seeded vocabularies come back under the same ids and every
reference to them (the admin log, history) still points right; values keep full
precision (timestamps to the microsecond).

A restore replaces the contents of those tables with the backup's in one
transaction: rows `migrate` seeded are dropped first, so an editor's deletion of
a seeded lexicon entry, or its re-creation under a new id, is restored as it
was. It refuses a database holding anything `migrate` did not put there, and a
database migrated differently from the one backed up.

The file is gzip'd JSON Lines: a header, then for each table a line naming its
fields and one line per row, then the row counts and a SHA-256 of each table's
lines. It is readable by its owner only, and written under a temporary name
until it has been restored into a scratch database and found equal, table by
table, to what was backed up.
"""

import base64
import datetime
import decimal
import gzip
import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any, cast

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils.duration import duration_iso_string
from django.utils.translation import gettext as _

from .content_version import content_changed
from .scratch import scratch_database

FORMAT = "relations-backup"
VERSION = 1
# The content version is made by migrate too, and is not content: a restore makes it anew.
REBUILT_BY_MIGRATE = {"contenttypes.contenttype", "auth.permission", "sessions.session", "timeline.contentversion"}
BATCH = 1000


def backup_path(directory: str | Path) -> Path:
    now = datetime.datetime.now(datetime.UTC)
    return Path(directory) / f"relations-{now:%Y-%m-%dT%H%M%S.%fZ}.jsonl.gz"


class BackupError(Exception):
    """A backup that cannot be written, verified or restored; the message says why."""


def backed_up_models() -> list[type[models.Model]]:
    """Every model with a table of its own (many-to-many tables included), but those `migrate` rebuilds."""
    return sorted(
        (
            model
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed
            and not model._meta.proxy
            and not model._meta.swapped
            and model._meta.label_lower not in REBUILT_BY_MIGRATE
        ),
        key=lambda model: model._meta.label_lower,
    )


def stored_fields(model: type[models.Model]) -> list[models.Field]:
    return list(model._meta.concrete_fields)


def related(field: models.Field) -> type[models.Model]:
    return cast(type[models.Model], field.related_model)


def by_natural_key(field: models.Field) -> bool:
    """References to rows `migrate` rebuilds are kept by natural key: their ids differ between databases."""
    return field.is_relation and related(field)._meta.label_lower in REBUILT_BY_MIGRATE


# Writing rows


def as_json(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return duration_iso_string(value)
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def row_lines(model: type[models.Model], using: str, blank: Iterable[str] = ()) -> Iterator[str]:
    """The model's rows as canonical JSON lines, in primary-key order; fields in `blank` written as null."""
    fields = stored_fields(model)
    natural_keys = {
        field.attname: {row.pk: list(cast(Any, row).natural_key()) for row in related(field)._base_manager.using(using)}
        for field in fields
        if by_natural_key(field)
    }
    blanked = set(blank)
    rows = model._base_manager.using(using).order_by("pk").values_list(*[field.attname for field in fields])
    for row in rows.iterator(chunk_size=BATCH):
        values = []
        for field, value in zip(fields, row, strict=True):
            if field.name in blanked:
                value = None
            elif field.attname in natural_keys and value is not None:
                value = natural_keys[field.attname][value]
            values.append(as_json(value))
        yield json.dumps(values, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass
class TableSummary:
    count: int = 0
    checksum: str = ""


@dataclass
class Summary:
    tables: dict[str, TableSummary] = dataclass_field(default_factory=dict)

    def differences(self, other: "Summary") -> list[str]:
        messages = []
        for label in sorted(set(self.tables) | set(other.tables)):
            mine, theirs = self.tables.get(label), other.tables.get(label)
            if mine is None or theirs is None:
                messages.append(_("%(table)s: only in one of the two") % {"table": label})
            elif mine.count != theirs.count:
                messages.append(
                    _("%(table)s: %(backed_up)d rows backed up, %(restored)d restored")
                    % {"table": label, "backed_up": mine.count, "restored": theirs.count}
                )
            elif mine.checksum != theirs.checksum:
                messages.append(
                    _("%(table)s: the same number of rows (%(count)d), but their contents differ")
                    % {"table": label, "count": mine.count}
                )
        return messages


def summarise(using: str) -> Summary:
    summary = Summary()
    for model in backed_up_models():
        digest, count = hashlib.sha256(), 0
        for line in row_lines(model, using):
            digest.update(line.encode() + b"\n")
            count += 1
        summary.tables[model._meta.label_lower] = TableSummary(count, digest.hexdigest())
    return summary


def applied_migrations(using: str) -> list[str]:
    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connections[using]).applied_migrations())


def snapshot(using: str, output) -> Summary:
    """Write every backed-up row to `output`, all read in one transaction; return the tables' summary."""
    connection = connections[using]
    already_in_a_transaction = connection.in_atomic_block
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql" and not already_in_a_transaction:
            # One snapshot for every table, whatever editors commit meanwhile.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        summary = Summary()
        write_line(output, {"format": FORMAT, "version": VERSION, "migrations": applied_migrations(using)})
        for model in backed_up_models():
            label = model._meta.label_lower
            write_line(output, {"table": label, "fields": [field.name for field in stored_fields(model)]})
            digest, count = hashlib.sha256(), 0
            for line in row_lines(model, using):
                output.write(line + "\n")
                digest.update(line.encode() + b"\n")
                count += 1
            summary.tables[label] = TableSummary(count, digest.hexdigest())
    write_line(output, {"summary": {label: [table.count, table.checksum] for label, table in summary.tables.items()}})
    return summary


def write_line(output, record: dict) -> None:
    output.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def write_backup(path: Path, using: str = DEFAULT_DB_ALIAS) -> Path:
    """Write a backup to `path`, readable by its owner only, and verify it by restoring it into a scratch
    database; the file appears under its name only once verified."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # whatever the umask
    try:
        with os.fdopen(descriptor, "wb") as raw, gzip.open(raw, "wt", encoding="utf-8") as output:
            summary = snapshot(using, output)
        verify(partial, summary, using)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    return path


def verify(path: Path, summary: Summary, like: str) -> None:
    with scratch_database(like) as scratch:
        restore_backup(path, using=scratch)
        problems = summary.differences(summarise(scratch))
    if problems:
        raise BackupError(
            _("The backup did not restore to what was backed up: %(problems)s.") % {"problems": "; ".join(problems)}
        )


# Reading and restoring


@dataclass
class Table:
    model: type[models.Model]
    fields: list[models.Field]
    rows: list[list] = dataclass_field(default_factory=list)


@dataclass
class Backup:
    migrations: list[str]
    tables: list[Table]
    summary: Summary


def read_backup(path: Path) -> Backup:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            return parse(lines)
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError, KeyError, LookupError) as error:
        raise BackupError(
            _("%(path)s is not a complete backup written by `manage.py backup` (%(error)s).")
            % {"path": path, "error": error}
        ) from error


def parse(lines: Iterable[str]) -> Backup:
    iterator = iter(lines)
    header = json.loads(next(iterator))
    if header.get("format") != FORMAT or header.get("version") != VERSION:
        raise BackupError(_("Not a %(format)s file of version %(version)s.") % {"format": FORMAT, "version": VERSION})
    tables, summary, current = [], None, None
    for line in iterator:
        if line.startswith("{"):
            record = json.loads(line)
            if "table" in record:
                model = apps.get_model(record["table"])
                current = Table(model, [model._meta.get_field(name) for name in record["fields"]])
                tables.append(current)
            elif "summary" in record:
                summary = Summary({label: TableSummary(*values) for label, values in record["summary"].items()})
        elif current is not None:
            current.rows.append(json.loads(line))
    if summary is None:
        raise BackupError(_("The backup ends before its summary: it was cut short."))
    return Backup(header["migrations"], tables, summary)


def restore_backup(path: Path, using: str = DEFAULT_DB_ALIAS) -> None:
    """Replace the backed-up tables' contents with the backup's, in one transaction, and check the result."""
    backup = read_backup(path)
    check_same_migrations(backup, using)
    connection = connections[using]
    with transaction.atomic(using=using):
        tables = [table.model._meta.db_table for table in backup.tables]
        connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables))
        for table in backup.tables:
            insert(table, using)
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), [table.model for table in backup.tables]):
                cursor.execute(statement)
        connection.check_constraints(table_names=tables)
        problems = backup.summary.differences(summarise(using))
        if problems:
            raise BackupError(
                _("The restored rows differ from the backup's: %(problems)s.") % {"problems": "; ".join(problems)}
            )
        # The rows went in without signals: no cached page may outlive them.
        content_changed(using=using)


def check_same_migrations(backup: Backup, using: str) -> None:
    here = applied_migrations(using)
    if here == backup.migrations:
        return
    only_backup = sorted(set(backup.migrations) - set(here))
    only_here = sorted(set(here) - set(backup.migrations))
    differences = []
    if only_backup:
        differences.append(_("applied there, not here: %(migrations)s.") % {"migrations": ", ".join(only_backup)})
    if only_here:
        differences.append(_("applied here, not there: %(migrations)s.") % {"migrations": ", ".join(only_here)})
    raise BackupError(
        _(
            "The backup was made from a database migrated differently: %(differences)s Migrate this database to "
            "the backup's migrations (manage.py migrate APP MIGRATION), restore, then migrate."
        )
        % {"differences": " ".join(differences)}
    )


def insert(table: Table, using: str) -> None:
    connection = connections[using]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(field.column)) for field in table.fields)
    placeholders = ", ".join(["%s"] * len(table.fields))
    statement = f"INSERT INTO {quote(table.model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    natural = NaturalKeys(using)
    with connection.cursor() as cursor:
        for start in range(0, len(table.rows), BATCH):
            batch = table.rows[start : start + BATCH]
            cursor.executemany(statement, [database_values(table.fields, row, natural, connection) for row in batch])


def database_values(fields: list[models.Field], row: list, natural: "NaturalKeys", connection) -> list:
    values = []
    for field, value in zip(fields, row, strict=True):
        if value is not None and by_natural_key(field):
            value = natural.pk(related(field), value)
        elif value is not None:
            value = (getattr(field, "target_field", None) or field).to_python(value)
        values.append(field.get_db_prep_save(value, connection))
    return values


class NaturalKeys:
    """Ids of rebuilt rows (content types, permissions) in this database, by natural key."""

    def __init__(self, using: str):
        self.using = using
        self.cache: dict[tuple[type[models.Model], str], object] = {}

    def pk(self, model: type[models.Model], key: list):
        cache_key = (model, json.dumps(key))
        if cache_key not in self.cache:
            try:
                manager = cast(Any, model._default_manager.db_manager(self.using))
                self.cache[cache_key] = manager.get_by_natural_key(*key).pk
            except ObjectDoesNotExist:
                message = _("The backup refers to a %(model)s %(key)s that this database lacks.") % {
                    "model": model._meta.verbose_name,
                    "key": key,
                }
                raise BackupError(message) from None
        return self.cache[cache_key]


# What stands in a restore's way


def auto_timestamps(model: type[models.Model]) -> list[str]:
    return [
        field.name
        for field in stored_fields(model)
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]


def rows_in_the_way(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Labels of the backed-up tables holding rows that `migrate` alone would not have put there.

    What migrate seeds is learnt by migrating a scratch database; rows are compared
    without their automatic timestamps, which record when migrate ran.
    """
    models_to_check = [model for model in backed_up_models() if model._base_manager.using(using).exists()]
    if not models_to_check:
        return []
    occupied = []
    with scratch_database(using) as scratch:
        for model in models_to_check:
            blank = auto_timestamps(model)
            seeded = set(row_lines(model, scratch, blank))
            if any(line not in seeded for line in row_lines(model, using, blank)):
                occupied.append(model._meta.label)
    return occupied
