"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ (issue 12, 2026-11-29): 174 "declare
... persona non grata" (the noun alone took its doer from the nearest name before it, so "Russia declared two U.S.
embassy employees persona non grata" was an expulsion by the United States); 112 "is|was|were|are
solely|fully|directly responsible for" ("said Russia was solely responsible for the treaty's demise"); 04 "end|conclude
... day|days|round|rounds|session|sessions of talks|negotiations|consultations" ("ended a day of talks without a
breakthrough" was talks broken off, 164); 163 "halt|stop|suspend|end ... transit" ("had halted the transit" of gas);
13 "vow|promise|pledge to respond|react|retaliate" ("condemned the package and vowed to respond": the vow
was lost behind the act before it).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_declared_persona_non_grata(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0044_wire_faults_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_declared_persona_non_grata, migrations.RunPython.noop),
    ]
