"""Bring the Russian lexicon of databases seeded earlier up to vocabulary/ru/ as widened from the CAMEO codebook
(issue 12, 2026-11-27, the sixth Russian round).

The words were written code by code from the codebook and the usage of Russian wire reports, not from any
passage's misses: assurances and guarantees (03); agreeing to, offering or being ready for a meeting (036); holding
talks, exchanging views (04); visits paid, trips and flights to a capital (042); receiving someone in the Kremlin
(043); resuming talks, sitting down at the table (046); establishing relations (05); a positive assessment (051);
concluding an agreement or a deal (057); aid and arms given, supplied or handed over (07); arsenals cut and weapons
destroyed (087); investigations opened (09); putting forward demands (10); a negative assessment,
indignation (11); charges put forward, suspicion, an attack attributed (112); protesting (114); strikes and marches (14); exercises, launches, alerts and intercepts (15); cooperation wound up
(161); visas and accreditation refused or cancelled (172); sentences and custody (173); extradition (174); sinking
and destroying (19). load_lexicon creates what is missing and changes nothing else, so an editor's
work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_sixth_russian_round_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0036_denials_and_doubts_ru"),
    ]

    operations = [
        migrations.RunPython(add_sixth_russian_round_vocabulary, migrations.RunPython.noop),
    ]
