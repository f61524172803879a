"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ (feature-articles round, branch `feat`,
2026-11-29): 163 "double|triple|quadruple|increase ... tariff|tariffs|duty|duties" ("doubled the tariff on Indian
goods" was no sanction), 04 "talk for ... hour|hours|minutes" ("the two leaders talked for nearly three hours" was
no meeting), 13 "face ... consequences|repercussions|retaliation" ("said Russia would face 'very severe
consequences' if ..." was a bare statement), 164 "suspend|halt|freeze ... engagement|consultations" ("suspending its
bilateral engagement with Russia" was a treaty suspended, military).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_feature_articles_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0050_wire_responses_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_feature_articles_vocabulary, migrations.RunPython.noop),
    ]
