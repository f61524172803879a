"""Seed the Russian vocabulary: Russian names, aliases and adjectives of the shipped actors, and the Russian lexicon.

The actors gain the Russian aliases and demonyms of vocabulary/ru/actors.json
(in base forms: the Russian reader matches every inflected form); the
lexicon gains the entries of vocabulary/ru/lexicon.json, language "ru".
Nothing an editor wrote is changed or removed, and running it again changes
nothing.
"""

from django.db import migrations


def seed_russian_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    using = schema_editor.connection.alias
    load_actors(apps.get_model("timeline", "Actor"), using)
    load_lexicon(apps.get_model("timeline", "LexiconEntry"), using)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0016_full_text_indexes_on_postgresql"),
    ]

    operations = [
        migrations.RunPython(seed_russian_vocabulary, migrations.RunPython.noop),
    ]
