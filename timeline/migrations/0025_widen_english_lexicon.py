"""Add the English expressions shipped since 0019 to databases seeded earlier (load_lexicon creates what is missing
and changes nothing else): "assure" (an intent), "pass on ... intelligence", the exchange of soldiers, journalists
and other people, "not ... unanswered" (a threat), "assault", "compromise" (a concession) and the refusals "refuse" and "decline" (frames:
the act refused is coded, the refusal itself only when no act follows), and energy and trade cut off ("cut ...
deliveries|exports|imports", and halted, stopped or suspended, "close ... airspace"), military incidents and
exercises ("intercept", "buzz ... warship", "exercises", "drills"), an ambassador withdrawn, and weapons sent or
provided as aid."""

from django.db import migrations


def add_new_expressions(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0024_texts_in_both_languages_named_in_both"),
    ]

    operations = [
        migrations.RunPython(add_new_expressions, migrations.RunPython.noop),
    ]
