"""Bring the Russian lexicon and actors of databases seeded earlier up to vocabulary/ru/ (issue 12, ninth Russian
round, on themes the earlier sets had little of, 2026-11-29):
- 06 «состыковаться» («корабль состыковался со станцией» was nothing);
- 04 «провести ... заседание», the noun «заседание ... комиссии»; 125 «отложить ... заседание|консультации»;
- 057 «продлить ... ДСНВ|сделку|договоренности», «подписать ... документ» («подписали около двадцати документов»);
- 16 «выйти ... из ... сделки», «вывести ... инспекций|инспекционной» («выводит свои объекты из-под инспекций»),
  «прекратить ... участие», «прекратить свое действие» («договоренности прекратили свое действие» was an
  agreement);
- 11 «непростительный»; 10 «добиваться ... доступа|освобождения|выдачи»;
- 036 «рассчитывать ... обсудить|встретиться|провести»; 03 «вернуться ... к ... исполнению|выполнению|соблюдению»;
- Russian names for Vassily Nebenzia («Небензя»), Sergei Ryabkov («Рябков») and Recep Tayyip Erdogan («Эрдоган»),
  «Российское космическое агентство», «Федеральное космическое агентство» for Roscosmos, and Kazan, Sochi,
  Samara, Krasnodar and Murmansk (with «казанский») for Russia, as its other cities («задержали в Казани»).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; load_actors only
completes the actors; running them again changes nothing.
"""

from django.db import migrations


def add_themes_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)
    load_actors(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0054_catdir_round_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_themes_vocabulary, migrations.RunPython.noop),
    ]
