"""Bring the English lexicon of databases seeded earlier up to the revised vocabulary/en/lexicon.json.

The expressions added since are created (load_lexicon). Three shipped expressions changed: "seize" alone is now a
seizure by force (171, military; seizing compounds, missions or assets has expressions of its own), and "hand over"
and "dismiss ... as|accusation|..." gave way to narrower expressions. A shipped entry is changed or removed only while
it still holds the values it was shipped with, so an editor's edit is kept; running it again changes nothing.
"""

from django.db import migrations

SHIPPED_BEFORE = {
    "seize": {"cameo_code": "171", "event_type": "Seize or damage property", "category": "diplomatic"},
    "hand over": {
        "cameo_code": "084",
        "event_type": "Return or release persons or property",
        "category": "cooperation",
    },
    "dismiss ... as|accusation|accusations|allegation|allegations|claim|claims|report|reports|criticism": {
        "cameo_code": "11",
        "event_type": "Disapprove",
        "category": "rhetoric",
    },
}
REVISED_FIELDS = ("part_of_speech", "cameo_code", "event_type", "category", "score")


def revise_english_lexicon(apps, schema_editor):
    from timeline.assistant.vocabulary import lexicon_entries, load_lexicon

    using = schema_editor.connection.alias
    model = apps.get_model("timeline", "LexiconEntry")
    shipped = {entry["expression"]: entry for entry in lexicon_entries("en")}
    for expression, before in SHIPPED_BEFORE.items():
        unedited = model.objects.using(using).filter(language="en", expression=expression, **before)
        if expression in shipped:
            unedited.update(**{name: shipped[expression][name] for name in REVISED_FIELDS})
        else:
            unedited.delete()
    load_lexicon(model, using)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0018_evidence_translation"),
    ]

    operations = [
        migrations.RunPython(revise_english_lexicon, migrations.RunPython.noop),
    ]
