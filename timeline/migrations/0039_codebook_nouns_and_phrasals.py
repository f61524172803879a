"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ as widened in the second codebook round
(issue 12, 2026-11-27). PLACEHOLDER
"""

from django.db import migrations


def add_codebook_nouns_and_phrasals(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0038_codebook_words"),
    ]

    operations = [
        migrations.RunPython(add_codebook_nouns_and_phrasals, migrations.RunPython.noop),
    ]
