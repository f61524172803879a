"""Bring the Russian lexicon and actor names of databases seeded earlier up to vocabulary/ru/ as revised in the
round on the Russian passive (issue 12, 2026-11-27, dev-ru and dev-ru2).

Added (load_lexicon and load_actors create what is missing and change nothing else): calling something an attempt
(«назвал санкции попыткой наказать ...», «назвал решение попыткой ...»: 112, an accusation). The Russian names of the
cities the eighth rules round made aliases of their states (0031): Saint Petersburg, Yekaterinburg, Vladivostok,
Novosibirsk, Kaliningrad and Belgorod are Russia's; Kharkiv, Odesa, Lviv, Zaporizhzhia, Chernihiv, Kramatorsk, Kryvyi
Rih, Mariupol, Kherson, Bucha and Irpin Ukraine's; Batumi and Kutaisi Georgia's; Salisbury the United Kingdom's;
Rzeszow, Gdansk and Krakow Poland's; so «американец был задержан в Екатеринбурге» is done by Russia. Names that are
also common words («Гори», «Сумы», «Днепр» the river, «Николаев» the surname) are left out. No entry or alias is
changed or removed, so an editor's work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_passive_round_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    alias = schema_editor.connection.alias
    load_lexicon(apps.get_model("timeline", "LexiconEntry"), alias)
    load_actors(apps.get_model("timeline", "Actor"), alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0031_places_and_officials"),
    ]

    operations = [
        migrations.RunPython(add_passive_round_vocabulary, migrations.RunPython.noop),
    ]
