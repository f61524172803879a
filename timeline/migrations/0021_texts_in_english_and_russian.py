"""Events, eras, theaters and actors in English and Russian (django-modeltranslation's columns).

- Every translated text gets an English and a Russian column, on its table and
  on the history tables; the English columns take the texts stored so far,
  history included, so reverting to an old version keeps its English.
- The actors of the shipped vocabulary get their Russian display names
  (vocabulary/en/actors.json, `name_ru`) where they have none.
- The timeline's order reads the English title. (The free-text search's index per
  language on PostgreSQL is built by 0023, after these updates.)

Running the data steps again changes nothing.
"""

import django.core.validators
from django.conf import settings
from django.db import migrations, models
from django.db.models import F, Q

# (model, translated fields): the English column takes the field's own column where it is empty.
TRANSLATED = [
    ("Event", ["title", "label", "summary"]),
    ("HistoricalEvent", ["title", "label", "summary"]),
    ("Era", ["title", "description"]),
    ("HistoricalEra", ["title", "description"]),
    ("Theater", ["name"]),
    ("Actor", ["name"]),
]


def english_from_stored_texts(apps, schema_editor):
    using = schema_editor.connection.alias
    for model_name, fields in TRANSLATED:
        model = apps.get_model("timeline", model_name)
        for field in fields:
            english = f"{field}_en"
            empty = Q(**{f"{english}__isnull": True}) | Q(**{english: ""})
            model.objects.using(using).filter(empty).update(**{english: F(field)})


def russian_names_of_shipped_actors(apps, schema_editor):
    from timeline.assistant.vocabulary import load_russian_names

    load_russian_names(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0020_interface_in_english_and_russian"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="era",
            options={"ordering": ["start", "title_en"], "verbose_name": "era"},
        ),
        migrations.AlterModelOptions(
            name="event",
            options={"ordering": ["date", "title_en"]},
        ),
        migrations.RemoveIndex(
            model_name="event",
            name="event_timeline_order",
        ),
        migrations.AddField(
            model_name="actor",
            name="name_en",
            field=models.CharField(max_length=200, null=True, unique=True),
        ),
        migrations.AddField(
            model_name="actor",
            name="name_ru",
            field=models.CharField(max_length=200, null=True, unique=True),
        ),
        migrations.AddField(
            model_name="era",
            name="description_en",
            field=models.TextField(
                help_text="One paragraph: what marks the period.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(2000)],
                verbose_name="description",
            ),
        ),
        migrations.AddField(
            model_name="era",
            name="description_ru",
            field=models.TextField(
                help_text="One paragraph: what marks the period.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(2000)],
                verbose_name="description",
            ),
        ),
        migrations.AddField(
            model_name="era",
            name="title_en",
            field=models.CharField(
                help_text="Short enough to label a band on the chart.", max_length=80, null=True, verbose_name="title"
            ),
        ),
        migrations.AddField(
            model_name="era",
            name="title_ru",
            field=models.CharField(
                help_text="Short enough to label a band on the chart.", max_length=80, null=True, verbose_name="title"
            ),
        ),
        migrations.AddField(
            model_name="event",
            name="label_en",
            field=models.CharField(
                blank=True,
                help_text="A short label for the chart, at most 40 characters (e.g. “Tomahawk strikes on Shayrat”).",
                max_length=40,
                null=True,
                verbose_name="headline label",
            ),
        ),
        migrations.AddField(
            model_name="event",
            name="label_ru",
            field=models.CharField(
                blank=True,
                help_text="A short label for the chart, at most 40 characters (e.g. “Tomahawk strikes on Shayrat”).",
                max_length=40,
                null=True,
                verbose_name="headline label",
            ),
        ),
        migrations.AddField(
            model_name="event",
            name="summary_en",
            field=models.TextField(
                blank=True,
                help_text="What happened, for readers. Notes on curation go below.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(5000)],
            ),
        ),
        migrations.AddField(
            model_name="event",
            name="summary_ru",
            field=models.TextField(
                blank=True,
                help_text="What happened, for readers. Notes on curation go below.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(5000)],
            ),
        ),
        migrations.AddField(
            model_name="event",
            name="title_en",
            field=models.CharField(max_length=300, null=True),
        ),
        migrations.AddField(
            model_name="event",
            name="title_ru",
            field=models.CharField(max_length=300, null=True),
        ),
        migrations.AddField(
            model_name="historicalera",
            name="description_en",
            field=models.TextField(
                help_text="One paragraph: what marks the period.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(2000)],
                verbose_name="description",
            ),
        ),
        migrations.AddField(
            model_name="historicalera",
            name="description_ru",
            field=models.TextField(
                help_text="One paragraph: what marks the period.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(2000)],
                verbose_name="description",
            ),
        ),
        migrations.AddField(
            model_name="historicalera",
            name="title_en",
            field=models.CharField(
                help_text="Short enough to label a band on the chart.", max_length=80, null=True, verbose_name="title"
            ),
        ),
        migrations.AddField(
            model_name="historicalera",
            name="title_ru",
            field=models.CharField(
                help_text="Short enough to label a band on the chart.", max_length=80, null=True, verbose_name="title"
            ),
        ),
        migrations.AddField(
            model_name="historicalevent",
            name="label_en",
            field=models.CharField(
                blank=True,
                help_text="A short label for the chart, at most 40 characters (e.g. “Tomahawk strikes on Shayrat”).",
                max_length=40,
                null=True,
                verbose_name="headline label",
            ),
        ),
        migrations.AddField(
            model_name="historicalevent",
            name="label_ru",
            field=models.CharField(
                blank=True,
                help_text="A short label for the chart, at most 40 characters (e.g. “Tomahawk strikes on Shayrat”).",
                max_length=40,
                null=True,
                verbose_name="headline label",
            ),
        ),
        migrations.AddField(
            model_name="historicalevent",
            name="summary_en",
            field=models.TextField(
                blank=True,
                help_text="What happened, for readers. Notes on curation go below.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(5000)],
            ),
        ),
        migrations.AddField(
            model_name="historicalevent",
            name="summary_ru",
            field=models.TextField(
                blank=True,
                help_text="What happened, for readers. Notes on curation go below.",
                null=True,
                validators=[django.core.validators.MaxLengthValidator(5000)],
            ),
        ),
        migrations.AddField(
            model_name="historicalevent",
            name="title_en",
            field=models.CharField(max_length=300, null=True),
        ),
        migrations.AddField(
            model_name="historicalevent",
            name="title_ru",
            field=models.CharField(max_length=300, null=True),
        ),
        migrations.AddField(
            model_name="theater",
            name="name_en",
            field=models.CharField(max_length=100, null=True, unique=True),
        ),
        migrations.AddField(
            model_name="theater",
            name="name_ru",
            field=models.CharField(max_length=100, null=True, unique=True),
        ),
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["status", "date", "title_en", "id"], name="event_timeline_order"),
        ),
        migrations.RunPython(english_from_stored_texts, migrations.RunPython.noop),
        migrations.RunPython(russian_names_of_shipped_actors, migrations.RunPython.noop),
    ]
