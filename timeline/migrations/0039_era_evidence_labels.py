"""Name the era quotes' era and source fields in the interface's language: without a verbose name the Russian era
page labelled each quote's source field "Source:" in English."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0038_codebook_words"),
    ]

    operations = [
        migrations.AlterField(
            model_name="eraevidence",
            name="era",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="evidence",
                to="timeline.era",
                verbose_name="era",
            ),
        ),
        migrations.AlterField(
            model_name="eraevidence",
            name="source",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="era_evidence",
                to="timeline.source",
                verbose_name="source",
            ),
        ),
        migrations.AlterField(
            model_name="historicaleraevidence",
            name="era",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="timeline.era",
                verbose_name="era",
            ),
        ),
        migrations.AlterField(
            model_name="historicaleraevidence",
            name="source",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="timeline.source",
                verbose_name="source",
            ),
        ),
    ]
