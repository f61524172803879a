"""Bring the Russian lexicon of databases seeded earlier up to vocabulary/ru/ as revised in the fourth Russian round
(issue 12, 2026-11-27, dev-ru3).

Added (load_lexicon creates what is missing and changes nothing else): using force («применить силу») and engaging in
clashes or battle («вступать в столкновения», «вступить в бой») are force (19), so «не применит силу» and «не будут
вступать в столкновения» are restraint. No entry is changed or removed, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_fourth_russian_round_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0033_laws_exchanges_and_moscow_region_ru"),
    ]

    operations = [
        migrations.RunPython(add_fourth_russian_round_vocabulary, migrations.RunPython.noop),
    ]
