"""The European Commission, the European Union's executive, is the European Union (issue 12, 2026-11-27): "talks
mediated by the European Commission" and "the European Commission said it opposed the sanctions" are the EU's.

load_actors adds the aliases an actor lacks and changes nothing else, so an editor's aliases are kept; running it
again changes nothing.
"""

from django.db import migrations


def add_the_european_commission(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors

    load_actors(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0034_force_ru"),
    ]

    operations = [
        migrations.RunPython(add_the_european_commission, migrations.RunPython.noop),
    ]
