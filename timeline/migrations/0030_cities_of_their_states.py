"""Bring the English actors of databases seeded earlier up to vocabulary/en/actors.json as revised in the eighth
rules round (issue 12, 2026-11-27).

Cities and regions of a state named in the news, each an alias of its state (load_actors adds the aliases an actor
lacks): Kharkiv, Odesa, Mariupol and other Ukrainian cities are Ukraine's, St Petersburg, Yekaterinburg, Belgorod
and others Russia's, Gori and Poti Georgia's, Salisbury the United Kingdom's, Rzeszow Poland's. A city that is struck
stands for its state ("missiles struck Kharkiv" is aimed at Ukraine); a city named as where something happens ("in
Kharkiv") stays a place (actors.py). Contested places (Crimea, Donetsk, Luhansk, the breakaway regions of Georgia
and Moldova) are left out: who they stand for depends on the story. No alias is removed, so an editor's work is
kept; running it again changes nothing.
"""

from django.db import migrations


def add_cities(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors

    load_actors(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0029_lexicon_for_energy_cuts"),
    ]

    operations = [
        migrations.RunPython(add_cities, migrations.RunPython.noop),
    ]
