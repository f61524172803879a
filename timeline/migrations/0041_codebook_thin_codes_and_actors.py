"""Bring the English lexicon and actors of databases seeded earlier up to vocabulary/en/ as widened in the third
codebook round (issue 12, 2026-11-27): wire verbs for the CAMEO codes the lexicon had few words for, and the actors
wires name beside the two sides, chosen from the codebook and wire usage, not from any passage's misses.

Added to the lexicon, by root (load_lexicon creates what is missing and changes nothing else): 03 "agree ... in
principle", "express ... interest in", "hold ... out ... prospect"; 04 "convene", "send ... delegation|emissary",
"haggle"; 054 "recognize ... sovereignty|statehood|successor"; 057 "thrash out ... deal", "issue|release ... joint
statement|joint communique"; 06 "grant|allow ... overflight"; 07 "approve ... sale|aid|package|weapons", "ship ...
food|grain|medicine|fuel|aid"; 071 "forgive ... debt"; 08 "bow to ... pressure|demands", "cave to", "give up ...
claim|plans|demands|bid", "shelve ... plan|deployment|proposal"; 087 "scale back|down ... exercise|drills|patrols";
10 "set ... deadline", "give ... days|weeks|months|hours ... to"; 12 "turn ... deaf ear", "stand firm", "dig in ...
heels"; 13 "respond|reply|retaliate ... in kind"; 15 "built up"; 161 "downgrade ... presence|mission|embassy"; 162
"cut (off) ... funding|funds"; 163 "hit|slap ... with ... sanctions|tariffs|penalties", "target ... with ...
sanctions", "forbid ... imports|exports|adoptions|entry|flights"; 17 "target ... election|elections|voting"; 19
"sweep into", "blow up ... dam|bridge|pipeline|depot|plant|railway", "lay ... mines"; and nouns after a light verb with
the verbs wires put before them: 02 "plea for"; 051 "express ... support|backing";
125 "walkout"; 163 "levy ... sanctions|tariffs|duties", "roll out ... sanctions", "deny|refuse ... entry" (a denial
of entry was read as a denial, 016).

Added to the actors (load_actors creates the missing ones and completes the others): states (Estonia, Latvia,
Lithuania, Finland, Sweden, Canada, Italy, Hungary, the Czech Republic, Romania, Bulgaria, Armenia, Azerbaijan,
Venezuela, Cuba, Libya, Egypt, South Korea, Pakistan, with demonyms; capitals that host summits or name treaties are
no aliases), bodies (OSCE, G7, G8, G20, IAEA, OPEC, the Council of Europe, the ICC, IMF, World Bank, WTO, CSTO, the
Wagner Group, Rosneft, Lukoil, Rosatom, the Bank of Russia, Russia's Security Council, Investigative Committee and
Prosecutor General's Office, the US Commerce Department and National Security Council), and officials of both sides
and of the others since 1991 (Chernomyrdin, Kiriyenko, Mishustin, Patrushev, Naryshkin, Bortnikov, Gerasimov,
Kislyak, Churkin, Gore, Pence, Talbott, Haley, McFaul, Huntsman, Mnuchin, Yellen, Mueller, Stoltenberg, Macron,
Merkel, Kuleba, Saakashvili, Tokayev and others: 85 people, 22 bodies and 19 states in all).

The Russian side (vocabulary/ru/), the TASS, RIA and Interfax wordings of the same acts: 04 «направить делегацию»;
07 «одобрить продажу|поставки|помощь|пакет»; 071 «списать долг»; 08 «пойти на попятную», «отступить под давлением»,
«отказаться от планов|претензий|требований», «отложить планы|размещение»; 087 «свернуть учения|маневры|группировку»;
09 «открыть (уголовное) дело»; 10 «установить срок»; 15 «стянуть|сосредоточить войска|силы|технику»; 161 «выйти из
Совета|организации|альянса|ПАСЕ|ОБСЕ»; 163 «включить|внести в стоп-лист», «перекрыть газ|поставки|вентиль»; 174
«приказать покинуть»; 19 «занять город|село|поселок»; 195 «выпустить ракеты|снаряды|беспилотники»; and Russian names
for 124 of the new actors (Bulgaria has none: «в Польшу и Болгарию, которые отказались ...» lost its refusal).

No entry or actor is changed or removed, so an editor's work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_thin_codes_and_actors(apps, schema_editor):
    from timeline.assistant.vocabulary import load_actors, load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)
    load_actors(apps.get_model("timeline", "Actor"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0040_codebook_nouns_and_phrasals"),
    ]

    operations = [
        migrations.RunPython(add_thin_codes_and_actors, migrations.RunPython.noop),
    ]
