"""Scratch databases: a throw-away database beside the real one, migrated from empty.

Backups use them to learn what `migrate` alone puts in a database (the seeded
vocabularies, the groups), and to prove that a backup restores by restoring it.
SQLite gets a temporary file; PostgreSQL a database on the same server, dropped
afterwards.
"""

import contextlib
import copy
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.utils import load_backend


@contextlib.contextmanager
def scratch_database(like: str = DEFAULT_DB_ALIAS) -> Iterator[str]:
    """The alias of a new, migrated database on the same kind of server as `like`; gone afterwards."""
    token = secrets.token_hex(4)
    alias = f"scratch_{token}"
    settings_dict = copy.deepcopy(connections[like].settings_dict)
    vendor = connections[like].vendor
    with contextlib.ExitStack() as cleanup:
        if vendor == "sqlite":
            directory = cleanup.enter_context(tempfile.TemporaryDirectory(prefix="relations-scratch-"))
            settings_dict["NAME"] = str(Path(directory) / "scratch.sqlite3")
        elif vendor == "postgresql":
            settings_dict["NAME"] = f"{settings_dict['NAME']}_scratch_{token}"
            create_postgresql_database(like, settings_dict["NAME"])
            cleanup.callback(drop_postgresql_database, like, settings_dict["NAME"])
        else:
            raise NotImplementedError(f"No scratch databases on {vendor}.")
        settings_dict["CONN_MAX_AGE"] = 0
        # Registered as a connection only, not in settings: Django's test cases
        # allow such dynamically created connections beside their own databases.
        connections[alias] = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)
        cleanup.callback(forget, alias)
        call_command("migrate", database=alias, interactive=False, verbosity=0)
        yield alias


def forget(alias: str) -> None:
    connections[alias].close()
    del connections[alias]


def create_postgresql_database(like: str, name: str) -> None:
    with connections[like]._nodb_cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {connections[like].ops.quote_name(name)}")


def drop_postgresql_database(like: str, name: str) -> None:
    with connections[like]._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {connections[like].ops.quote_name(name)} WITH (FORCE)")
