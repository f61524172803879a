"""Bring the Russian lexicon and actor names of databases seeded earlier up to vocabulary/ru/ as revised in the
round on Russian text the assistant never saw (issue 12, 2026-11-26, dev-ru2).

Added (load_lexicon and load_actors create what is missing and change nothing else): readiness or a promise to
help («готов помочь», «пообещал помогать»: 033, cooperation); exchanges of detainees and convicts («обмен
задержанными», «обменялись осужденными»: 084); a visit or trip cut short («прервал визит», «прервал поездку»: 125);
concern and disappointment («обеспокоен», «разочарован»: 11) and «ошибочный» as a judgement (11); hackers attacking
(«хакеры атаковали»: 17, cyber, not force). Russia's Security Council («Совбез России», «Совет безопасности РФ») is
Russia, no longer the UN Security Council of the alias «Совбез»; «российский парламент», «парламент России» are the
Federal Assembly. No entry is changed or removed, so an editor's work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_wire_report_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    alias = schema_editor.connection.alias
    load_lexicon(apps.get_model("timeline", "LexiconEntry"), alias)
    load_actors(apps.get_model("timeline", "Actor"), alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0029_lexicon_for_energy_cuts"),
    ]

    operations = [
        migrations.RunPython(add_wire_report_vocabulary, migrations.RunPython.noop),
    ]
