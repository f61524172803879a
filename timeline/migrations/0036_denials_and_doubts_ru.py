"""Bring the Russian lexicon of databases seeded earlier up to vocabulary/ru/ as revised in the fifth Russian round
(issue 12, 2026-11-27, dev-ru4).

Added (load_lexicon creates what is missing and changes nothing else): rejecting an accusation or one's part in
something («отверг обвинения», «отвергает причастность») is a denial (016), not the rejection of a proposal (12);
what «не останется без ответа» is a threat (13), as «не оставит без ответа» already was; disappointment as a noun
(«выразили разочарование») and putting in doubt («поставил под сомнение») are disapproval (11); resuming supplies or
transit and revising measures or sanctions («возобновить транзит», «пересмотреть эти меры») ease them (085). No entry
is changed or removed, so an editor's work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_fifth_russian_round_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0035_european_commission"),
    ]

    operations = [
        migrations.RunPython(add_fifth_russian_round_vocabulary, migrations.RunPython.noop),
    ]
