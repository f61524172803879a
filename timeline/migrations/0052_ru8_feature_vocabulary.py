"""Bring the Russian lexicon of databases seeded earlier up to vocabulary/ru/ (issue 12, eighth Russian round, on
feature articles, 2026-11-29): 13 «дорого ... заплатить|поплатиться», «заплатить ... цену», «поплатиться»
(«пообещал, что Москва «заплатит цену»» was an intent to cooperate); 036 «поручить ... начать|провести|возобновить
... переговоры|консультации» («поручили дипломатам начать переговоры» was talks held); 042 «побывать» with the
place before it («в Москве побывал госсекретарь» was no visit); 051 «поздравление», «поздравительный»
(«направил поздравительную телеграмму»); 11 «оскорбление», «оскорбительный», «разочаровывающий» («назвал слова
оскорблением», «назвали заявления «разочаровывающими»» were no disapproval) and «противник» (as «враг»); 04
«проговорить ... по телефону»; 057 «подписать ... понимание» («подписали совместное понимание»); 174 «потребовать ...
покинуть» («потребовала от атташе покинуть страну» was a demand).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_feature_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0051_feature_articles_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_feature_vocabulary, migrations.RunPython.noop),
    ]
