"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ (third feature-articles round, branch
`feat3`, 2026-11-29): 12 "turn ... proposal|offer|plan|idea|request|invitation|suggestion|overture|overtures ...
down" ("turned the idea down within weeks" was the offer it turned down, an intent to cooperate) and "not|never
sign" ("told startled ministers that Russia would not sign" was no act); 11 "misguided",
"ill-advised", "insult", "killer", "thug" ("called the decision 'seriously misguided'" and "agreed ... that Putin was
a 'killer'" were no judgement, the second an intent to cooperate); 051 "statesman", "good idea", "brave" ("called
Biden 'a very experienced statesman'", "said it 'sounds like a good idea to me'" were no praise); 057 "sign ...
framework|frameworks" ("signed a framework for a new arms-control treaty" was no act); 04 "join ...
talks|negotiations|consultations" ("Beijing would not join trilateral talks" was no refusal); 042 "go|went to ...
Moscow|Washington|Kyiv|Kiev|Beijing|Minsk|Tehran|Pyongyang|Kremlin" ("In July Mr Obama went to Moscow" was no
visit).

load_lexicon creates what is missing and changes nothing else, so an editor's work is kept; running it again
changes nothing.
"""

from django.db import migrations


def add_feature_round_three_vocabulary(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0055_ru9_themes_vocabulary"),
    ]

    operations = [
        migrations.RunPython(add_feature_round_three_vocabulary, migrations.RunPython.noop),
    ]
