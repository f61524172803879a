"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ (second feature-articles round, branch
`feat2`, 2026-11-29): 04 "have|has|had breakfast|lunch|dinner with" ("had breakfast with Putin at his dacha" was no
meeting), 057 "sign ... understanding|understandings" ("signed a joint understanding" was no agreement), 06
"let|allow|permit ... troops|flights|aircraft|... ... cross|fly|transit|pass" ("agreed to let American troops ... fly
across its territory" was a force posture), 051 "send|sent|offer|offered|extend|extended ... congratulations|
congratulatory" ("the Kremlin sent its congratulations only hours later" was no praise).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_feature_round_two_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0052_ru8_feature_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_feature_round_two_vocabulary, migrations.RunPython.noop),
    ]
