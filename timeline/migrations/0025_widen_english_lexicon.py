"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/lexicon.json as revised in the rules
round of issue 12.

Added (load_lexicon creates what is missing and changes nothing else): "assure" (an intent), "pass on ...
intelligence", the exchange of soldiers, journalists and other people, "not ... unanswered" (a threat), "assault",
"compromise" (a concession) and the refusals "refuse" and "decline" (frames: the act refused is coded, the refusal
itself only when no act follows), energy and trade cut off ("cut ... deliveries|exports|imports", and halted,
stopped or suspended, "close ... airspace"), military incidents and exercises ("intercept", "buzz ... warship",
"exercises", "drills"), an ambassador withdrawn, and weapons sent or provided as aid.

Changed: a protest (CAMEO 114, "protest", "lodge ... protest", "note of protest", "formal protest") is criticism, in
the rhetoric category as the coding rules put it; a summons stays diplomatic. Only entries still holding the values
they were shipped with are changed, so an editor's edit is kept; running it again changes nothing.
"""

from django.db import migrations

PROTESTS = ("protest", "lodge ... protest|complaint", "note of protest", "formal protest")


def revise_english_lexicon(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    model = apps.get_model("timeline", "LexiconEntry")
    using = schema_editor.connection.alias
    model.objects.using(using).filter(
        language="en", expression__in=PROTESTS, cameo_code="114", category="diplomatic"
    ).update(category="rhetoric")
    load_lexicon(model, using)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0024_texts_in_both_languages_named_in_both"),
    ]

    operations = [
        migrations.RunPython(revise_english_lexicon, migrations.RunPython.noop),
    ]
