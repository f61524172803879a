"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ as completed in the round on faults
of the general case met in fresh wire sentences (issue 12, 2026-11-29).

Added (load_lexicon creates what is missing and changes nothing else): 163 "put|place|add ... blacklist" (a
blacklist after a possessive is a noun the doer adds names to: "added 45 Russian companies to its export
blacklist"); 084 "hand over|back ... exchange|swap for" (a swap named by what one side is given for what it hands
over: "handed over Brittney Griner in exchange for Viktor Bout"); 15, the military incidents wires report between
two sides' aircraft and ships, "collide with", "come within ... feet|metres|yards of", "fly within ... feet|metres|
yards of", "dump ... fuel on"; 112, a noun of judgement as "bear ... responsibility" is, "is|was ... behind ...
attack|hacking|poisoning|campaign|..." ("Pompeo said Russia was behind the SolarWinds hacking campaign": who says so
accuses); 11 "unsafe", "unprofessional" (what wires quote the Pentagon calling an intercept); 16 (cooperation) "suspend ...
agreement|deal" ("suspended the grain deal" was the military suspension of a treaty). The Russian side (vocabulary/ru/) of the
incident and the swap: 15 «столкнуться ... беспилотник|самолет|корабль|судно|истребитель|дрон|эсминец» (not «столкнуться
с трудностями»), 084 «передать ... обмен» («передала Грайнер в обмен на Бута»).

No entry or actor is changed or removed, so an editor's work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_wire_wordings(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)
    load_actors(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0043_quote_help_names_what_may_differ"),
    ]

    operations = [
        migrations.RunPython(add_wire_wordings, migrations.RunPython.noop),
    ]
