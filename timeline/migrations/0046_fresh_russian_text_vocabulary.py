"""Bring the Russian lexicon of databases seeded earlier up to vocabulary/ru/ (issue 12, sixth Russian round,
2026-11-29): 10 «дать ... срок ... чтобы» and «дать ... N дней ... на ... чтобы» (an ultimatum, «дал России 60 дней на
то, чтобы вернуться к соблюдению договора», was no event); 03 «рассчитывать ... на ... продолжение|развитие|
возобновление|восстановление|сотрудничество|диалог» («Москва рассчитывает на продолжение обменов» was none); 11
«экономическая война» («назвали решение Вашингтона «экономической войной»» was none); 15
«перехватить ... беспилотник|беспилотники|дрон|дроны|БПЛА» (only aircraft with a crew could be intercepted); 085
«отменить ... поправку Джексона-Вэника», «отмена поправки Джексона-Вэника» (the Cold War trade restriction, so that
refusing to lift it is refusing to ease sanctions, 1244).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_fresh_russian_text_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0045_declared_persona_non_grata"),
    ]

    operations = [
        migrations.RunPython(add_fresh_russian_text_vocabulary, migrations.RunPython.noop),
    ]
