"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/lexicon.json as revised in the rules
round on proposals not made (issue 12, 2026-11-26): judgements a speaker makes of the other side, which left the
sentence a bare statement before.

Added (load_lexicon creates what is missing and changes nothing else): judgements ("dangerous", "reckless",
"cynical", "hypocritical", "outrageous", "a worry", "alarming", "counterproductive", "destructive", and the anger,
fury, indignation, dismay or irritation a side shows, CAMEO 11), accusations ("complicity", "bears responsibility",
CAMEO 112), goodwill and good faith seen (051), bending (yielding, 08), relations or ties said to improve (05), and
votes: for a resolution (an endorsement, 051) or against (a rejection, 12). No entry is changed or removed, so an
editor's work is kept; running it again changes nothing. The European Union gains its earlier name, "the European
Community", as an alias (load_actors adds the aliases an actor lacks).
"""

from django.db import migrations


def add_judgements(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)
    load_actors(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0026_lexicon_from_the_widened_dev_set"),
    ]

    operations = [
        migrations.RunPython(add_judgements, migrations.RunPython.noop),
    ]
