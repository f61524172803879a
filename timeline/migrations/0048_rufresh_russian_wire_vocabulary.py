"""Bring the Russian lexicon of databases seeded earlier up to vocabulary/ru/ (issue 12, seventh Russian round,
2026-11-29): 11 «подвергнуть ... критике» («Заявления американской стороны подверг критике и МИД России» was a bare
statement); 164 «приостановление|прекращение|заморозка ... переговоров|диалога|консультаций» and 161
«приостановить ... контакты», «приостановление ... контактов» («объявил о приостановлении двусторонних контактов
с Россией» was a treaty suspended, military); 112 «не ... выполнить ... обязательства» and «невыполнение ...
обязательств» («заявил, что Москва не выполнила своих обязательств» was no accusation); 173 «вынести ... приговор»;
11 «нечестный», «несправедливый», «недемократический» («назвала выборы «нечестными»» was a bare statement), and
«провоцирующий», «дестабилизирующий» («назвал «серьезным провоцирующим фактором»» was one).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_russian_wire_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0047_encat_category_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_russian_wire_vocabulary, migrations.RunPython.noop),
    ]
