"""Seed the shipped vocabulary (actors, lexicon) and give existing events their source and target actors.

- Actors: the shipped list (heads of state, foreign and defence ministers,
  intelligence agencies and legislatures of both governments since 1991,
  Ukraine, NATO, the EU, the UN, China...) is merged in by name.
- Lexicon: the entries of the first lexicon (0005) that editors left
  unchanged are retired; the current one is added. Entries editors wrote or
  changed stay.
- Roles: an event without a source and target gets those the assistant reads
  in its title and quotes; editors correct them in the admin. An event whose
  roles are set is left alone.

Running it again changes nothing.
"""

import json
from pathlib import Path

from django.db import migrations

FIRST_LEXICON = Path(__file__).resolve().parent / "data" / "lexicon-0005.json"


def seed_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    using = schema_editor.connection.alias
    load_actors(apps.get_model("timeline", "Actor"), using)
    retire_first_lexicon(apps.get_model("timeline", "LexiconEntry"), using)
    load_lexicon(apps.get_model("timeline", "LexiconEntry"), using)


def retire_first_lexicon(model, using):
    for entry in json.loads(FIRST_LEXICON.read_text(encoding="utf-8")):
        model.objects.using(using).filter(
            expression=entry["expression"],
            cameo_code=entry["cameo_code"],
            score=entry["score"],
            category=entry["category"],
            notes=entry["notes"],
        ).delete()


def give_events_roles(apps, schema_editor):
    from timeline.assistant.roles import propose_roles

    using = schema_editor.connection.alias
    event_model = apps.get_model("timeline", "Event")
    actors = list(apps.get_model("timeline", "Actor").objects.using(using))
    entries = list(apps.get_model("timeline", "LexiconEntry").objects.using(using).filter(language="en"))
    events = event_model.objects.using(using).filter(source_actor=None, target_actor=None, is_synthetic=False)
    for event in events.prefetch_related("evidence"):
        quotes = [evidence.quote for evidence in event.evidence.all()]
        source, target = propose_roles(event.title, quotes, event.date, actors, entries)
        if source or target:
            event_model.objects.using(using).filter(pk=event.pk).update(source_actor=source, target_actor=target)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0012_assistant_vocabulary_roles_year"),
    ]

    operations = [
        migrations.RunPython(seed_vocabulary, migrations.RunPython.noop),
        migrations.RunPython(give_events_roles, migrations.RunPython.noop),
    ]
