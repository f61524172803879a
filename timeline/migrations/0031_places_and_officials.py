"""Bring the actors of databases seeded earlier up to vocabulary/en/actors.json as revised in the eighth rules round
(issue 12, 2026-11-26).

Cities and regions of a state named in the news, each an alias of its state (load_actors adds the aliases an actor
lacks): Kharkiv, Odesa, Mariupol and other Ukrainian cities are Ukraine's, St Petersburg, Yekaterinburg, Belgorod
and others Russia's, Gori and Poti Georgia's, Salisbury the United Kingdom's, Rzeszow Poland's. A city that is struck
stands for its state ("missiles struck Kharkiv" is aimed at Ukraine); a city named as where something happens ("in
Kharkiv") stays a place (actors.py). Contested places (Crimea, Donetsk, Luhansk, the breakaway regions of Georgia
and Moldova) are left out: who they stand for depends on the story. No alias is removed, so an editor's work is
kept; running it again changes nothing.

Officials the news of both sides names often, and the leaders of states beside them, are added as actors (with their
Russian names): the American envoys and national security advisers Steve Witkoff, Mike Waltz, Kurt Volker, Keith
Kellogg, Jake Sullivan and John Bolton, Vice President JD Vance and Victoria Nuland; on the Russian side Yuri
Ushakov, Sergei Ryabkov, Kirill Dmitriev, Vassily Nebenzia and Anatoly Antonov; the presidents of Ukraine since 1991,
Recep Tayyip Erdogan, Alexander Lukashenko and Kim Jong Un. An actor an editor removed is created again only if it
was never there: load_actors creates what the table lacks by name.
"""

from django.db import migrations


def add_places_and_officials(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors

    load_actors(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0030_lexicon_for_wire_reports_ru"),
    ]

    operations = [
        migrations.RunPython(add_places_and_officials, migrations.RunPython.noop),
    ]
