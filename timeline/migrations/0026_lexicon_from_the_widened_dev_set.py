"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/lexicon.json as revised in the rules
round on the widened dev set (issue 12, 2026-11-26, heldout3 moved into dev).

Added (load_lexicon creates what is missing and changes nothing else): aid frozen ("freeze ... aid"), denials
("reject ... suggestion|accusation|allegation|claim|charge", "has|have|had nothing to do with", CAMEO 016) and cyber attacks
named by their means ("hacker attack", "hacking attack", "ransomware attack", CAMEO 17, not force); "rule out" (a
refusal frame, as "refuse" and "decline" are); judgements "illegitimate", "politically motivated", "sham"; vows and
promises of retribution or a response (threats); telephone and phone conversations (consultations).

Changed: aid reduced or stopped (CAMEO 162, "cut|suspend|halt ... aid|assistance") is cooperation, as the coding
rules' convention has it (aid given, suspended or resumed is cooperation), not sanctions. Only entries still holding
the values they were shipped with are changed, so an editor's edit is kept; running it again changes nothing.
"""

from django.db import migrations

AID_CUT = ("cut ... aid|assistance", "suspend ... aid|assistance", "halt ... aid|assistance")


def revise_english_lexicon(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    model = apps.get_model("timeline", "LexiconEntry")
    using = schema_editor.connection.alias
    model.objects.using(using).filter(
        language="en", expression__in=AID_CUT, cameo_code="162", category="sanctions"
    ).update(category="cooperation")
    load_lexicon(model, using)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0025_widen_english_lexicon"),
    ]

    operations = [
        migrations.RunPython(revise_english_lexicon, migrations.RunPython.noop),
    ]
