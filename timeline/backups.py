"""Complete backups of the database as Django fixtures, and restoring them.

A backup holds every row that is not rebuilt by `migrate`: sources, events,
evidence, actors, theaters, their history, users, groups and the admin log.
Content types and permissions are recreated by `migrate` and referred to by
natural keys, so a backup loads into any freshly migrated database.
"""

import datetime
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.test.utils import override_settings

REBUILT_BY_MIGRATE = ["contenttypes", "auth.permission", "sessions"]
MODELS_THAT_MUST_BE_EMPTY = ["timeline.Source", "timeline.Event", "auth.User"]


def backup_path(directory):
    now = datetime.datetime.now(datetime.UTC)
    return Path(directory) / f"relations-{now:%Y-%m-%dT%H%M%SZ}.json.gz"


def write_backup(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    call_command(
        "dumpdata",
        natural_foreign=True,
        natural_primary=True,
        exclude=REBUILT_BY_MIGRATE,
        output=str(path),
        verbosity=0,
    )
    return path


def rows_in_the_way():
    """Names of the models that already hold rows a restore would collide with."""
    return [label for label in MODELS_THAT_MUST_BE_EMPTY if apps.get_model(label).objects.exists()]


def restore_backup(path):
    # loaddata saves rows raw, which django-simple-history ignores, but it still
    # records many-to-many changes; a restore must add no history of its own.
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        call_command("loaddata", str(path), verbosity=0)
