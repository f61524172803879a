"""Seed the first lexicon of event expressions (the file as it was then, kept in migrations/data/).

Migration 0013 retires the entries of this first lexicon that editors left
unchanged and seeds the current one from timeline/assistant/vocabulary/.
"""

import json
from pathlib import Path

from django.db import migrations

FIRST_LEXICON = Path(__file__).resolve().parent / "data" / "lexicon-0005.json"


def seed_lexicon(apps, schema_editor):
    model = apps.get_model("timeline", "LexiconEntry")
    manager = model.objects.using(schema_editor.connection.alias)
    existing = set(manager.values_list("expression", flat=True))
    entries = json.loads(FIRST_LEXICON.read_text(encoding="utf-8"))
    manager.bulk_create(model(**entry) for entry in entries if entry["expression"] not in existing)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0004_assistant"),
    ]

    operations = [
        # Unapplying 0004 drops the table, so there is nothing to undo here.
        migrations.RunPython(seed_lexicon, migrations.RunPython.noop),
    ]
