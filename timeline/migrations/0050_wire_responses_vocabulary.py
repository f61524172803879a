"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ (lead's wire sentences, 2026-11-29):
13 "respond|react to ... sanctions|measures|expulsions|steps|moves|actions|decision|restrictions|provocations"
("Lavrov said Russia would respond to the sanctions" was a bare statement, and no candidate; as a frame, "responded
to the sanctions by expelling ..." is still the expulsion), 11 "not ... tolerate" ("the United States would not
tolerate Russian interference" was none, where "warned that ..." was a disapproval).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_wire_responses_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0049_enlocate_wire_acts_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_wire_responses_vocabulary, migrations.RunPython.noop),
    ]
