"""Seed the lexicon of event expressions from timeline/assistant/lexicon.json."""

from django.db import migrations

from timeline.assistant.lexicon import load_seed


def seed_lexicon(apps, schema_editor):
    load_seed(apps.get_model("timeline", "LexiconEntry"), using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0004_assistant"),
    ]

    operations = [
        # Unapplying 0004 drops the table, so there is nothing to undo here.
        migrations.RunPython(seed_lexicon, migrations.RunPython.noop),
    ]
