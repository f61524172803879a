"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/lexicon.json as revised in the rules
round on the widened dev set (issue 12, 2026-11-26, heldout3 moved into dev).

Added (load_lexicon creates what is missing and changes nothing else): aid frozen ("freeze ... aid"); denials
("reject ... suggestion|accusation|allegation|claim|charge", "has|have|had nothing to do with", CAMEO 016); cyber
attacks named by their means ("hacker attack", "hacking attack", "ransomware attack", CAMEO 17, not force); "rule
out" (a refusal frame, as "refuse" and "decline" are); judgements "illegitimate", "politically motivated", "sham";
vows and promises of retribution or a response (threats); telephone and phone conversations (consultations);
leaving or shelving an agreement or a deal (CAMEO 16 in the cooperation category, as the coding conventions put
it; leaving a treaty, pact or accord stays military); troops withdrawing or pulling out named before the verb
(087); lending halted (163); a recognition (054); a city pounded (195); sanctions prepared, drafted or weighed
(131, a threat); submarines (a military posture, 15); being under sanctions (163); troops ordered to leave
(087); a case or an inquiry opened (09); troops kept in a region, bombers or warships landing, arriving or
docking (15).

Changed: aid reduced or stopped (CAMEO 162, "cut|suspend|halt ... aid|assistance") is cooperation, as the coding
conventions have it (aid given, suspended or resumed is cooperation), not sanctions; "withdraw|pull out ...
treaty|pact|accord|agreement" gave way to the treaty and agreement expressions above. Only entries still holding
the values they were shipped with are changed or removed, so an editor's edit is kept; running it again changes
nothing.
"""

from django.db import migrations

AID_CUT = ("cut ... aid|assistance", "suspend ... aid|assistance", "halt ... aid|assistance")
# Leaving an agreement or a deal is no longer read as leaving a treaty (military): it has expressions of its own.
LEAVING_A_TREATY_BEFORE = ("withdraw ... treaty|pact|accord|agreement", "pull out ... treaty|pact|accord|agreement")


def revise_english_lexicon(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    model = apps.get_model("timeline", "LexiconEntry")
    using = schema_editor.connection.alias
    model.objects.using(using).filter(
        language="en", expression__in=AID_CUT, cameo_code="162", category="sanctions"
    ).update(category="cooperation")
    model.objects.using(using).filter(
        language="en", expression__in=LEAVING_A_TREATY_BEFORE, cameo_code="16", category="military"
    ).delete()
    load_lexicon(model, using)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0025_widen_english_lexicon"),
    ]

    operations = [
        migrations.RunPython(revise_english_lexicon, migrations.RunPython.noop),
    ]
