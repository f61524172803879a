"""Bring the English lexicon of databases seeded earlier up to vocabulary/en/ as widened from the CAMEO codebook
(issue 12, 2026-11-27): 277 expressions that wire reports (Reuters, AP, AFP) use for the acts of each root and its
main sub-codes between states, chosen from the codebook and the usage of wire English, not from any passage's misses.

Added, by root (load_lexicon creates what is missing and changes nothing else):
- 01: frames of saying ("reiterated", "emphasised", "underscored", "pointed out", "reaffirmed"); 016 "refuted",
  "disavowed"; 02 "called upon", "lobbied", "sought aid|backing|loans|mediation";
- 03 "undertook to", "eager to", "keen to"; 036 "accepted an invitation";
- 04 "exchanged views", "shook hands", "had talks", "had a (phone) call|conversation|meeting", "conversation";
  042 "paid a visit", "landed in"; 043 "received ... at the Kremlin|White House"; 045 "facilitated talks|the swap";
- 05 "upgraded|strengthened|deepened ties", "broke the ice", "sent the ambassador back", "thaw", "détente";
  051 "paid tribute", "complimented", "extolled", "solidarity", "gratitude";
  057 "inked|renewed|prolonged|finalised a deal|treaty", "acceded to", "hammered out", "ratification",
  "memorandum of understanding";
- 06 "teamed up", "partnered with", "coordinated efforts", "joint investigation"; 063 (new) "extradited";
  064 "tipped off";
- 07 "delivered|transferred|gave weapons|missiles|tanks", "airlifted aid", "allocated|earmarked aid", "relief
  supplies", "arms|weapons shipments|deliveries"; 071 "wrote off|rescheduled debt", "bailed out", "debt relief";
- 08 "climbed down", "caved in", "acquiesced", "backed off", "reversed|rescinded the decision|ban|order",
  "withdrew its objection|veto", "abandoned the plan|demand", "softened its stance", "allowed inspectors|monitors",
  "honoured|upheld the treaty|ceasefire|commitments", "consular access"; 084 "won the release", "traded
  prisoners", "handed back", "returned the remains|crew|compounds"; 085 "rolled back|scrapped|ended sanctions",
  "lifted|eased tariffs|curbs", "restored|resumed supplies|exports|trade", "reopened airspace|markets", "exempted
  from sanctions", "granted|issued waivers|licences"; 087 "disengaged", "stood down", "retreated", "scaled back
  troops", "lifted|ended the blockade|siege", "halted|paused strikes|the offensive|hostilities"; 0871 "cessation of
  hostilities";
- 09 "held hearings", "looked into"; 10 "told ... to stop|withdraw|release";
- 11 "reproached", "admonished", "took issue with", "chastised", "upbraided", "vilified", "demonised", "scoffed
  at", "sneered at", and judgements ("displeasure", "disapproval", "frustration", "confrontational", "escalatory",
  "belligerent", "hysteria", "Russophobia", "blackmail", "witch hunt", "ludicrous", "preposterous", "inadmissible",
  "intolerable", "inexcusable", "unlawful", "short-sighted", "unhelpful", "appalling", "heinous", "barbaric",
  "arrogance", "hypocrisy", "double standards", "piracy"); 112 "charged that", "pointed the finger", "laid the
  blame"; 114 "called in the ambassador", "handed a note|démarche", "démarche";
- 12 "brushed aside|shot down the proposal", "blocked the resolution|bid", "withheld consent|approval", "shunned",
  "stonewalled"; 125 "boycotted|scrapped the summit|talks", "declined an invitation", "pulled out of the summit";
  129 "cast|wielded|used its veto";
- 13 "reprisal", "mirror response|measures"; 131 "mulled|contemplated|explored|readied sanctions"; 138
  "sabre-rattling", "nuclear blackmail", "nuclear threat";
- 14 "staged a protest|sit-in|vigil", "marched on the embassy", "sit-in";
- 15 "amassed|concentrated troops", "called up reservists", "raised|heightened the alert|readiness", "placed ... on
  alert", "test-fired", "test-launched", "shadowed a destroyer", "violated|entered airspace|waters",
  "increased|bolstered|beefed up the presence|forces", "sent|dispatched submarines|destroyers|ships", "bombers flew",
  "high alert", "combat readiness", "missile launch", "freedom of navigation";
- 16 "terminated|renounced|tore up|walked away from the treaty|agreement", "ended|cut|froze|curtailed
  cooperation|participation"; 161 "shuttered the consulate", "expelled|excluded ... from the G8|council", "broke
  relations", "suspended relations|contacts", "withdrew|recalled diplomats|staff"; 162 "withheld|paused|blocked
  aid"; 163 "designated banks|entities|individuals", "penalised", "nationalised|expropriated assets",
  "restricted|curbed exports|trade", "capped prices", "raised tariffs|duties", "imposed duties|levies|penalties",
  "excluded|disconnected ... from SWIFT", "shut|turned off the gas|taps", "throttled supplies", "halted trade",
  "froze|blocked|seized reserves|funds", "added ... to the Entity List|sanctions list", "curbs", "price cap",
  "restrictive measures", "countersanctions", "trade restrictions"; 164 "froze|ended|abandoned|walked away
  from|pulled out of|withdrew from talks";
- 17 "breached|infiltrated|penetrated networks|systems", "jammed GPS|signals", "cyber espionage", "influence
  campaign|operations"; 171 "boarded the ship|vessel"; 172 "revoked|denied visas|accreditation|licences",
  "stripped ... of accreditation|immunity", "declared ... undesirable", "designated ... a foreign agent", "denied
  consular access"; 173 "took into custody", "apprehended", "locked up", "put on trial"; 174 "ousted|ejected
  diplomats", "sent diplomats home", "slashed|reduced|capped the staff|mission";
- 18 "murdered", "shot dead", "gunned down", "stabbed", "took hostage", "hijacked";
- 19 "recaptured", "retook", "liberated the town|city", "overran", "exchanged fire", "ambushed", "skirmished", "waged
  war", "declared war", "went to war", "hit positions|bases|infrastructure", "sank the ship", "destroyed
  tanks|aircraft|drones", "violated|breached the ceasefire|truce", "counteroffensive", "counterattack"; 191 (new)
  "blockaded", "blocked|closed the ports|strait"; 195 "dropped bombs", "targeted ... with missiles|drones",
  "barrage";
- 20 "used chemical weapons", "used a nerve agent", "used nuclear weapons" (the shipped "use ... chemical
  weapon|chemical weapons|nerve agent" cannot match: a bar offers one word, not a phrase), "mass killings",
  "gas attack".

No entry is changed or removed, so an editor's work is kept; running it again changes nothing.
"""

from django.db import migrations


def add_codebook_words(apps, schema_editor):
    from timeline.assistant.vocabulary import load_lexicon

    load_lexicon(apps.get_model("timeline", "LexiconEntry"), schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0037_codebook_words_ru"),
    ]

    operations = [
        migrations.RunPython(add_codebook_words, migrations.RunPython.noop),
    ]
