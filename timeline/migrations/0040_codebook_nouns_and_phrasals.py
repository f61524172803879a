"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ as widened in the second codebook round
(issue 12, 2026-11-27): 94 expressions for what the first round (0038) left out, the event nouns, the phrasal and
multiword verbs and the words of stance that wire reports use for the acts of the CAMEO codebook, chosen from the
codebook and the usage of wire English, not from any passage's misses.

Added, by root (load_lexicon creates what is missing and changes nothing else):
- nouns, which name the act after a light verb ("launched a crackdown"), as a judgement, or as the subject of a
  dated clause: 03 "olive branch", "overture(s)", "openness"; 05 "reconciliation", "warming ... relations"; 064
  "intelligence sharing"; 07 "arms|weapons sale|transfer|package", "military|security package"; 08 "climbdown",
  "about-face"; 085 "sanctions waiver|exemption"; 087 "drawdown", "pullback", "troop withdrawal"; 0871
  "humanitarian pause"; 11 "outrage" (it also covers "outrageous"), "tirade", "broadside", "diatribe",
  "dressing-down", "economic warfare", "affront", "slap in the face", "scathing", "egregious", "reprehensible",
  "unwarranted"; 15 "military|troop buildup"; 161 "suspension|severance of relations"; 162 "aid freeze|cut",
  "suspension|freeze|halt|cutoff of aid"; 163 "punitive measures", "asset seizure", "sanctions package|regime",
  "visa ban"; 164 "suspension|breakdown of talks"; 17 "disinformation|cyber|hacking campaign", "cyber operation",
  "election interference"; 172 "crackdown on"; 173 "show trial"; 18 "hostage-taking", "assassination attempt";
  19 "military|ground operation", "ground offensive", "shootdown"; 191 "naval blockade", "siege"; 195 "air|bombing
  campaign", "bombing raid";
- phrasal and multiword verbs: 04 "reach out to"; 05 "mend ... fences", "bury ... hatchet"; 11 "bristle at", "rail
  against", "speak out against", "take aim at", "pour scorn on", "cry foul", "frown on|upon", "take ... to task",
  "fire back at"; 114 "file|register ... protest|complaint"; 12 "throw|threw out the proposal", "balk|baulk at",
  "pour ... cold water on", "give|gave|given ... the cold shoulder|short shrift", "dismiss ... overtures|demands";
  125 "stay away from the summit|talks"; 15 "step|ramp up ... patrols|presence|drills"; 16 "pull ... plug ...
  deal|project|pipeline"; 163 "step|ramp|ratchet up ... sanctions"; 172 "crack|clamp down on"; 174 "kick out ...
  diplomats", "throw|threw out ... diplomats"; 191 "besiege", "lay|laid ... siege";
- verbs of stance: 016 "disown"; 051 "give|gave|given ... blessing|nod|green light", "side with"; 12 "repudiate".

No entry is changed or removed, so an editor's work is kept; running it again changes nothing. (The shipped list
dropped "outrageous" for "outrage", whose stem matches both; a database seeded before keeps it, which changes
nothing it finds.)
"""

from django.db import migrations


def add_codebook_nouns_and_phrasals(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0039_era_evidence_labels"),
    ]

    operations = [
        migrations.RunPython(add_codebook_nouns_and_phrasals, migrations.RunPython.noop),
    ]
