"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/lexicon.json as revised in the rules
round on located events read wrongly (issue 12, 2026-11-26, sixth wave).

Added (load_lexicon creates what is missing and changes nothing else): an attack or a campaign attributed to
someone ("attribute ... to", an accusation, CAMEO 112), a side leaving a council, an organisation, an
alliance or an assembly (reducing relations, 161, diplomatic), and intelligence, a tip or a warning passed to
someone (sharing intelligence, 064). No entry is changed or removed, so an editor's
work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_attributions_and_departures(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0027_lexicon_for_what_is_said"),
    ]

    operations = [
        migrations.RunPython(add_attributions_and_departures, migrations.RunPython.noop),
    ]
