"""Bring the Russian lexicon of databases seeded earlier up to vocabulary/ru/ (issue 12, tenth Russian round, on
acts a reader misses, 2026-11-29):
- 161 «отозвать ... поверенного|соглашение|договор» («отозвал из Конгресса соглашение»), «заморозить ... работу»
  («заморозил работу Совета»), «отложить ... ратификацию»;
- 16 (military) «отменить ... учения|маневры»; 163 «приостановить ... сертификацию», «ввести ... ограничения»;
- 174 the nouns «отзыв ... аккредитации», «сокращение ... численности» («сообщил об отзыве аккредитации»);
- 11 «политизированный», «бессмысленный», «претензия», «эскалация», «высказаться против»; 13 «действовать ... по
  принципу взаимности»;
- «британец» for the United Kingdom («выслала столько же британцев»).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; load_actors only
completes the actors; running them again changes nothing.
"""

from django.db import migrations


def add_hidden_acts_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)
    load_actors(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0056_feature_round_three_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_hidden_acts_vocabulary, migrations.RunPython.noop),
    ]
