"""Editors' notes (how an event was dated) in English and Russian, like the event's other texts (0019):
the English column takes the notes stored so far, history included. Running it again changes nothing."""

import django.core.validators
from django.db import migrations, models
from django.db.models import F, Q


def english_from_stored_notes(apps, schema_editor):
    using = schema_editor.connection.alias
    for model_name in ("Event", "HistoricalEvent"):
        model = apps.get_model("timeline", model_name)
        empty = Q(editor_notes_en__isnull=True) | Q(editor_notes_en="")
        model.objects.using(using).filter(empty).update(editor_notes_en=F("editor_notes"))


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0021_texts_in_english_and_russian"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="editor_notes_en",
            field=models.TextField(
                blank=True,
                help_text="How the event was dated and other curation notes; shown on the event page under “How this was dated”, never in the summary.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(5000)],
            ),
        ),
        migrations.AddField(
            model_name="event",
            name="editor_notes_ru",
            field=models.TextField(
                blank=True,
                help_text="How the event was dated and other curation notes; shown on the event page under “How this was dated”, never in the summary.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(5000)],
            ),
        ),
        migrations.AddField(
            model_name="historicalevent",
            name="editor_notes_en",
            field=models.TextField(
                blank=True,
                help_text="How the event was dated and other curation notes; shown on the event page under “How this was dated”, never in the summary.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(5000)],
            ),
        ),
        migrations.AddField(
            model_name="historicalevent",
            name="editor_notes_ru",
            field=models.TextField(
                blank=True,
                help_text="How the event was dated and other curation notes; shown on the event page under “How this was dated”, never in the summary.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(5000)],
            ),
        ),
        migrations.RunPython(english_from_stored_notes, migrations.RunPython.noop),
    ]
