"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ (category round, 2026-11-29): 163
"approve|adopt ... package|round|wave|batch of sanctions" ("is set to approve its 17th package of sanctions against
Russia" was an aid package approved, 07 cooperation); 051 "vote for" (a vote for a measure is its endorsement, and
one for sanctions is sanctions: kinds.py); 112 "name|identify ... as ... culprit|perpetrator|author|mastermind"
("named the SVR as the perpetrator of the hack" was the hack itself, 17); 08 "consider ... bound by ... treaty|..."
and "bound by ... treaty|..." (so that "no longer considered itself bound by the START II treaty", no event, is an
agreement left: kinds.py); 16 military "give ... notice of ... withdrawal" ("gave Moscow formal notice of the
withdrawal" was none); 057 "join ... treaty|convention|pact" (as "accede to": "submitted documents to join the
Chemical Weapons Convention" was none); 057 "deposit|hand|exchange|submit ... instrument|instruments|document|documents
of accession|ratification" ("handed over Ukraine's documents of accession to the nuclear Non-Proliferation Treaty"
was an intent to cooperate, 03); 19 "sign ... treaty|treaties|law|laws|decree|decrees|documents ...
annexing|incorporating|absorbing" and "incorporate|absorb ... region|regions|territory|..." ("signed treaties
incorporating them" was a treaty signed, 057); 054 "recognize|recognise ... annexation|claim|claims|referendum|
referendums|border|borders" ("would never recognise Russia's claims to Ukrainian territory" was none); 03
"apply|applied ... for ... membership", "apply|applied to join", nouns "application ... to join", "membership
application|applications"; 138 "defend|protect ... with|by ... all ... means" ("will defend the annexed regions with all
the means at its disposal" was none).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_category_round_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0046_fresh_russian_text_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_category_round_vocabulary, migrations.RunPython.noop),
    ]
