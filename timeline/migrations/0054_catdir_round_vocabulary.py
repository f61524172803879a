"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ (category and direction round, branch
`catdir`, 2026-11-29): 12 "vote|voted|voting ... against ... resolution|draft|proposal|motion" ("voted with Russia
against a European-backed resolution" was no event), 06 "send|sent|ship|shipped|deliver|delivered ...
cargo|cargoes|shipment|shipments|tankers ... gas|LNG|oil|fuel|grain|wheat|coal" ("sent three additional cargoes of
liquefied natural gas to Poland" was none either: material cooperation), and the retaliation frame 13 "respond ...
accordingly|firmly|harshly|reciprocally" widened to "...|proportionately|proportionally|decisively|adequately|
forcefully|resolutely" ("would respond 'proportionately' to any further provocation" was a disapproval, the
provocation's); 138 "have|has|had ... right to intervene" ("said Russia had a right to intervene under the 1994
Budapest agreement" was an accusation) and "remind ... nuclear power|arsenal|weapons|state" (a reminder of one's
nuclear arms is a threat of force); 07 "send|sent ... experts|specialists|advisers|advisors|engineers|rescuers|team|
teams ... help|assist" ("sent two of its computer-security specialists to Tallinn last week to help" was no aid); 15 "build|built|develop|produce ... missile|missiles|warhead|warheads" ("said Russia would build new
land-based missiles" was none: a force posture).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_catdir_round_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0053_feature_round_two_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_catdir_round_vocabulary, migrations.RunPython.noop),
    ]
