"""Versions for every model editors edit in the admin, and the claims of add forms (no input loses an editor's work).

Eras, sources, actors and theaters get the version events have (timeline.models.Versioned), so that a save over
someone else's newer save is refused instead of overwriting it; actors and theaters get a history. A refused form is
rebased on the history record of the version it started from, so each row of these models whose stored version has
no record (rows loaded from fixtures or by data migrations, which record no history) gets one now: without it a
conflict on that row could neither say what changed nor keep the other editor's save on the form. AddFormClaim notes
the one-time token of each add form sent, so that the same form sent twice saves once (timeline.submissions).
Reversing drops the new columns and tables; the records added to the histories of events, eras and sources stay.
"""

import datetime

import django.core.validators
import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models
from django.db.models import Max

# The added records' date: after every record already kept, so that each is its row's latest, and otherwise fixed, so
# that migrating two fresh databases records the same rows (a backup restores into a freshly migrated database,
# timeline.backups.rows_in_the_way).
RECORDED_AT = datetime.datetime(2026, 11, 28, tzinfo=datetime.UTC)
VERSIONED = ["Actor", "Theater", "Era", "Source", "Event"]
BATCH = 1_000


def record_stored_versions(apps, schema_editor):
    """A history record of each versioned row whose stored version has none, as the row is stored now."""
    alias = schema_editor.connection.alias
    for name in VERSIONED:
        model, historical = apps.get_model("timeline", name), apps.get_model("timeline", f"Historical{name}")
        recorded = set(historical.objects.using(alias).values_list("id", "version"))
        with_history = {pk for pk, _version in recorded}
        latest = historical.objects.using(alias).aggregate(latest=Max("history_date"))["latest"]
        recorded_at = max(RECORDED_AT, latest + datetime.timedelta(microseconds=1)) if latest else RECORDED_AT
        columns = [field.attname for field in model._meta.concrete_fields]
        unrecorded = (row for row in model.objects.using(alias).iterator() if (row.pk, row.version) not in recorded)
        records = historical.objects.using(alias).bulk_create(
            (
                historical(
                    **{column: getattr(row, column) for column in columns},
                    history_date=recorded_at,
                    history_type="~" if row.pk in with_history else "+",
                )
                for row in unrecorded
            ),
            batch_size=BATCH,
        )
        if name == "Event":
            record_actors(apps, alias, records)


def record_actors(apps, alias, records):
    """The actors of each event as its new records' (the history keeps an event's actors beside it)."""
    through = apps.get_model("timeline", "Event").actors.through
    recorded_through = apps.get_model("timeline", "HistoricalEvent_actors")
    actors: dict[int, list[int]] = {}
    for event_id, actor_id in through.objects.using(alias).values_list("event_id", "actor_id"):
        actors.setdefault(event_id, []).append(actor_id)
    recorded_through.objects.using(alias).bulk_create(
        (
            recorded_through(event_id=record.id, actor_id=actor_id, history_id=record.history_id)
            for record in records
            for actor_id in actors.get(record.id, [])
        ),
        batch_size=BATCH,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0041_codebook_thin_codes_and_actors"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="AddFormClaim",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(max_length=64, unique=True)),
                ("object_id", models.CharField(blank=True, max_length=64)),
                ("claimed_at", models.DateTimeField(auto_now_add=True, db_index=True)),
            ],
        ),
        migrations.AddField(
            model_name="actor",
            name="version",
            field=models.PositiveIntegerField(
                default=1,
                editable=False,
                help_text="Raised by every save; a save based on an older version is refused.",
                verbose_name="version",
            ),
        ),
        migrations.AddField(
            model_name="era",
            name="version",
            field=models.PositiveIntegerField(
                default=1,
                editable=False,
                help_text="Raised by every save; a save based on an older version is refused.",
                verbose_name="version",
            ),
        ),
        migrations.AddField(
            model_name="historicalera",
            name="version",
            field=models.PositiveIntegerField(
                default=1,
                editable=False,
                help_text="Raised by every save; a save based on an older version is refused.",
                verbose_name="version",
            ),
        ),
        migrations.AddField(
            model_name="historicalsource",
            name="version",
            field=models.PositiveIntegerField(
                default=1,
                editable=False,
                help_text="Raised by every save; a save based on an older version is refused.",
                verbose_name="version",
            ),
        ),
        migrations.AddField(
            model_name="source",
            name="version",
            field=models.PositiveIntegerField(
                default=1,
                editable=False,
                help_text="Raised by every save; a save based on an older version is refused.",
                verbose_name="version",
            ),
        ),
        migrations.AddField(
            model_name="theater",
            name="version",
            field=models.PositiveIntegerField(
                default=1,
                editable=False,
                help_text="Raised by every save; a save based on an older version is refused.",
                verbose_name="version",
            ),
        ),
        migrations.CreateModel(
            name="HistoricalActor",
            fields=[
                ("id", models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name="ID")),
                (
                    "version",
                    models.PositiveIntegerField(
                        default=1,
                        editable=False,
                        help_text="Raised by every save; a save based on an older version is refused.",
                        verbose_name="version",
                    ),
                ),
                ("name", models.CharField(db_index=True, max_length=200, verbose_name="name")),
                ("name_en", models.CharField(db_index=True, max_length=200, null=True, verbose_name="name")),
                ("name_ru", models.CharField(db_index=True, max_length=200, null=True, verbose_name="name")),
                (
                    "kind",
                    models.CharField(
                        choices=[("person", "Person"), ("institution", "Institution"), ("state", "State")],
                        max_length=12,
                        verbose_name="kind",
                    ),
                ),
                (
                    "side",
                    models.CharField(
                        choices=[("us", "United States"), ("ru", "Russia"), ("other", "Other")],
                        max_length=5,
                        verbose_name="side",
                    ),
                ),
                (
                    "aliases",
                    models.TextField(
                        blank=True,
                        help_text="Other names the actor goes by in articles, one per line (e.g. “Kremlin”, “Moscow”).",
                        validators=[django.core.validators.MaxLengthValidator(2000)],
                        verbose_name="aliases",
                    ),
                ),
                (
                    "short_name",
                    models.CharField(
                        blank=True,
                        help_text="The name used in short titles and chart labels (e.g. “US”, “Putin”).",
                        max_length=60,
                        verbose_name="short name",
                    ),
                ),
                (
                    "demonyms",
                    models.TextField(
                        blank=True,
                        help_text="Adjectives and nouns of nationality that stand for the actor, one per line, written as in articles (e.g. “Russian”, “Russians”). “Russian diplomats” then names Russia.",
                        verbose_name="demonyms",
                    ),
                ),
                (
                    "active_from",
                    models.DateField(
                        blank=True,
                        help_text="For an office holder: when the term began. Tells apart actors sharing an alias.",
                        null=True,
                        verbose_name="active from",
                    ),
                ),
                (
                    "active_until",
                    models.DateField(
                        blank=True,
                        help_text="For an office holder: when the term ended.",
                        null=True,
                        verbose_name="active until",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical actor",
                "verbose_name_plural": "historical actors",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalTheater",
            fields=[
                ("id", models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name="ID")),
                (
                    "version",
                    models.PositiveIntegerField(
                        default=1,
                        editable=False,
                        help_text="Raised by every save; a save based on an older version is refused.",
                        verbose_name="version",
                    ),
                ),
                ("name", models.CharField(db_index=True, max_length=100, verbose_name="name")),
                ("name_en", models.CharField(db_index=True, max_length=100, null=True, verbose_name="name")),
                ("name_ru", models.CharField(db_index=True, max_length=100, null=True, verbose_name="name")),
                ("slug", models.SlugField(max_length=100, verbose_name="slug")),
                (
                    "description",
                    models.TextField(
                        blank=True,
                        validators=[django.core.validators.MaxLengthValidator(2000)],
                        verbose_name="description",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical theater",
                "verbose_name_plural": "historical theaters",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.RunPython(record_stored_versions, migrations.RunPython.noop),
    ]
