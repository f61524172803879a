"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/lexicon.json as revised in the round
on general faults (issue 12, 2026-11-26, seventh wave).

Added (load_lexicon creates what is missing and changes nothing else): supplies, flows and gas cut, stopped,
suspended or reduced ("Gazprom cut gas supplies to Ukraine", "reduced gas flows to Germany", "stopped gas to
Poland"; CAMEO 163, sanctions: trade and energy measures). "gas" only right after the verb, so "cut the price of
the natural gas it sells" stays a price cut. No entry is changed or removed, so an editor's work is kept; running it
again changes nothing.
"""

from django.db import migrations


def add_energy_cuts(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0028_lexicon_for_attributions_and_departures"),
    ]

    operations = [
        migrations.RunPython(add_energy_cuts, migrations.RunPython.noop),
    ]
