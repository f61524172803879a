"""Bring the Russian lexicon and actor names of databases seeded earlier up to vocabulary/ru/ as revised in the third
Russian round (issue 12, 2026-11-27, dev-ru and dev-ru2).

Added (load_lexicon and load_actors create what is missing and change nothing else): a law signed, passed or approved
that bans or restricts («подписал закон, запрещающий ...», «принял законопроект о запрете ...») is a sanction (163);
an exchange named alone («не исключает новых обменов») is one of persons (084); leaving named alone («объявил о
выходе») is leaving a treaty (16); being drawn into an arms race («ввязываться в гонку вооружений») is military
posture (15), so not doing it is restraint; words said by telephone («сообщил ему по телефону») are a call (04); an
aircraft striking another's drone or aircraft («задел винт беспилотника») is force (19); the draft of a treaty
(«опубликовал проекты договора») is a proposal (03); the Moscow region («Подмосковье»,
«подмосковный») is Russia's, so «задержана в подмосковном аэропорту» is done by Russia. No entry or alias is changed
or removed, so an editor's work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_third_russian_round_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    alias = schema_editor.connection.alias
    load_lexicon(apps.get_model("timeline", "LexiconEntry"), alias)
    load_actors(apps.get_model("timeline", "Actor"), alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0032_passives_and_cities_ru"),
    ]

    operations = [
        migrations.RunPython(add_third_russian_round_vocabulary, migrations.RunPython.noop),
    ]
