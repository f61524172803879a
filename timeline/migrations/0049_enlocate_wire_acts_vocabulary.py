"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ (located-and-dated round, branch
enlocate, 2026-11-29): acts wire writers report that no candidate quoted. 04 "working dinner|lunch|breakfast" ("Monday's
working dinner between the two presidents") and "take part in ... talks|negotiations|consultations|meeting|summit"
(so that "said it would not take part in the talks" is a refusal); 042 "fly into" ("flew into Tbilisi"); 07 "lift|end
... pause|freeze|hold ... aid|assistance|deliveries|shipments" ("lifted its pause on military aid"); 06
"authorize|authorise ... to use|strike|fire" and "give ... permission|go-ahead ... to use|strike|fire" (leave to use
weapons given to an ally); 13 "symmetrical|symmetric|proportional|retaliatory response|measures" (beside "mirror
response": "instructed the ministries to prepare a symmetrical response"); 11 "no justification" ("said there was no
justification for the move") and "shoot|shot back" ("shot back that ..." was praise, the verb "back").

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_wire_acts_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0048_rufresh_russian_wire_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_wire_acts_vocabulary, migrations.RunPython.noop),
    ]
