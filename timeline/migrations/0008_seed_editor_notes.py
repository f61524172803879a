"""The seed events' dating notes move out of their public summaries into editor_notes.

Only rows whose summary is still the seed text are changed, so an editor's own
wording is never overwritten; reversing restores the old summaries the same way.
"""

from django.db import migrations

# slug: (summary as seeded, summary without the dating notes, the notes)
SEED_SUMMARIES = {
    "putin-says-russia-us-relations-at-zero": (
        "In the week before 7 April 2017 President Vladimir Putin said that Russia's relations with the United States were basically “at zero”. CNN reports that Moscow's expectations of a “reset” with Washington had ebbed since Donald Trump's inauguration.",
        "President Vladimir Putin said that Russia's relations with the United States were basically “at zero”. CNN reports that Moscow's expectations of a “reset” with Washington had ebbed since Donald Trump's inauguration.",
        "Dated to the week of 27 March 2017: CNN's report of Friday 7 April 2017 says Putin spoke “last week”, without naming the day.",
    ),
    "tillerson-warns-moscow-over-support-for-assad": (
        "US Secretary of State Rex Tillerson warned that Moscow should “consider carefully their continued support for the Assad regime”. CNN dates the warning only as earlier in the week of 3 April 2017 and sees no sign that Russia will dilute its backing for Syrian President Bashar al-Assad.",
        "US Secretary of State Rex Tillerson warned that Moscow should “consider carefully their continued support for the Assad regime”. CNN sees no sign that Russia will dilute its backing for Syrian President Bashar al-Assad.",
        "Dated to the week of 3 April 2017: CNN's report of Friday 7 April 2017 places the warning only “earlier this week”.",
    ),
    "state-department-previews-tillerson-message-to-moscow": (
        "A senior State Department official said on Thursday 6 April 2017 that Tillerson's core message in Moscow would be that the US is willing to work with Russia in areas of practical cooperation. The official added that the US remained committed to holding Russia accountable when it violates international norms.",
        "A senior State Department official said that Tillerson's core message in Moscow would be that the US is willing to work with Russia in areas of practical cooperation. The official added that the US remained committed to holding Russia accountable when it violates international norms.",
        "Dated 6 April 2017: CNN's report of Friday 7 April 2017 says the official spoke on “Thursday”.",
    ),
    "us-tomahawk-strikes-in-syria": (
        "The United States struck Syria, Moscow's main ally in the Middle East, with Tomahawk cruise missiles; Moscow appears to see them as a one-off response to the Syrian government's alleged use of chemical weapons that week, and Russian forces were neither targeted nor affected. The strikes are dated 7 April 2017 because CNN's report of that Friday has the Kremlin denouncing them within hours and Kremlin spokesman Dmitry Peskov commenting on them on Friday.",
        "The United States struck Syria, Moscow's main ally in the Middle East, with Tomahawk cruise missiles; Moscow appears to see them as a one-off response to the Syrian government's alleged use of chemical weapons that week, and Russian forces were neither targeted nor affected.",
        "Dated 7 April 2017: CNN's report of that Friday has the Kremlin denouncing the strikes within hours, and Kremlin spokesman Dmitry Peskov commenting on them on Friday.",
    ),
    "kremlin-denounces-us-strikes-as-aggression": (
        "Within hours of the US cruise missile strikes in Syria on 7 April 2017, the Kremlin denounced them as “an aggression against a sovereign state in violation of the norms of international law”. CNN describes Moscow as angry at the strikes.",
        "Within hours of the US cruise missile strikes in Syria, the Kremlin denounced them as “an aggression against a sovereign state in violation of the norms of international law”. CNN describes Moscow as angry at the strikes.",
        "Dated 7 April 2017, the day of the strikes: CNN's report of that Friday has the Kremlin denouncing them “within hours”.",
    ),
    "russia-suspends-syria-air-safety-mechanism": (
        "Russia's Foreign Ministry announced the immediate suspension of the mechanism that prevents misunderstandings between Russian and US aircraft over Syria. The announcement was among Moscow's first reactions to the US missile strikes of 7 April 2017.",
        "Russia's Foreign Ministry announced the immediate suspension of the mechanism that prevents misunderstandings between Russian and US aircraft over Syria. The announcement was among Moscow's first reactions to the US missile strikes.",
        "Dated 7 April 2017, the day of the strikes: CNN's report of that Friday gives the announcement among Moscow's first reactions to them.",
    ),
    "peskov-says-risk-of-us-russia-collision-in-syria-has-risen": (
        "Kremlin spokesman Dmitry Peskov told reporters on Friday 7 April 2017 that the threat of a direct collision between the US and Russia in Syria had “significantly increased”. He said Trump had campaigned on fighting international terrorism and ISIS with a broad coalition, that everything had turned out exactly opposite, and that Moscow was “very concerned”.",
        "Kremlin spokesman Dmitry Peskov told reporters that the threat of a direct collision between the US and Russia in Syria had “significantly increased”. He said Trump had campaigned on fighting international terrorism and ISIS with a broad coalition, that everything had turned out exactly opposite, and that Moscow was “very concerned”.",
        "Dated 7 April 2017: CNN's report of that day says Peskov spoke “Friday” on a conference call with reporters.",
    ),
    "russia-sends-warship-admiral-grigorovich-to-mediterranean": (
        "Later on the day of the US strikes, 7 April 2017, Russia played down their impact and announced that improved air defences would be dispatched to Syria. Military sources said a Russian warship equipped with cruise missiles, the Admiral Grigorovich, would be sent to the Mediterranean.",
        "Later on the day of the US strikes, Russia played down their impact and announced that improved air defences would be dispatched to Syria. Military sources said a Russian warship equipped with cruise missiles, the Admiral Grigorovich, would be sent to the Mediterranean.",
        "Dated 7 April 2017: CNN's report of that Friday says the Russians responded “later” on the day of the strikes.",
    ),
    "lavrov-says-strikes-damage-already-bad-relations": (
        "Russian Foreign Minister Sergey Lavrov said on Friday 7 April 2017 that it was sad how damaging the US missile strikes were to the already bad relations between the two countries. He added that he hoped they would not lead to any irreversible damage.",
        "Russian Foreign Minister Sergey Lavrov said that it was sad how damaging the US missile strikes were to the already bad relations between the two countries. He added that he hoped they would not lead to any irreversible damage.",
        "Dated 7 April 2017: CNN's report of that day says Lavrov spoke “Friday”.",
    ),
    "tillerson-to-visit-moscow-for-talks-with-lavrov": (
        "US Secretary of State Rex Tillerson was due to visit Moscow and meet his Russian counterpart, Sergey Lavrov, in the week of 10 April 2017. CNN writes that the visit may begin to show whether the damage to relations from the US strikes in Syria can be assessed, let alone repaired.",
        "US Secretary of State Rex Tillerson was due to visit Moscow and meet his Russian counterpart, Sergey Lavrov. CNN writes that the visit may begin to show whether the damage to relations from the US strikes in Syria can be assessed, let alone repaired.",
        "Dated to the week of 10 April 2017: CNN's report of Friday 7 April 2017 announces the visit for “next week” without naming the day. It was expected, not yet reported, when the article appeared.",
    ),
    "white-house-signals-trump-will-sign-russia-sanctions-bill": (
        "In the week of 24 July 2017 there were indications from the White House that President Donald Trump would sign the new Russia sanctions bill. HotAir calls the week another low point in Russian-American relations and says it prompted responses from Vladimir Putin's government.",
        "There were indications from the White House that President Donald Trump would sign the new Russia sanctions bill. HotAir calls this another low point in Russian-American relations and says it prompted responses from Vladimir Putin's government.",
        "Dated to the week of 24 July 2017: HotAir's article of Saturday 29 July 2017 says “this week”.",
    ),
    "us-senate-passes-new-russia-sanctions-bill": (
        "On Thursday 27 July 2017 the US Senate passed a bill that imposes new sanctions on Russia and limits the president's ability to ease them. Reuters, quoted by HotAir, calls the vote a signal that the Senate does not trust Trump on Russia.",
        "The US Senate passed a bill that imposes new sanctions on Russia and limits the president's ability to ease them. Reuters, quoted by HotAir, calls the vote a signal that the Senate does not trust Trump on Russia.",
        "Dated 27 July 2017: Reuters, quoted in HotAir's article of Saturday 29 July 2017, says the Senate passed the bill “on Thursday”.",
    ),
    "russia-expels-us-diplomats-and-seizes-two-compounds": (
        "In retaliation for the new US sanctions bill, Russia decided to expel hundreds of US diplomats and to seize two US compounds. HotAir's article of Saturday 29 July 2017 says the measure was covered “yesterday”, and Lavrov defended the cut in US diplomatic staff in his call with Tillerson on Friday 28 July.",
        "In retaliation for the new US sanctions bill, Russia decided to expel hundreds of US diplomats and to seize two US compounds.",
        "Dated 28 July 2017: HotAir's article of Saturday 29 July 2017 says the measure was covered “yesterday”, and Lavrov defended the cut in US diplomatic staff in his call with Tillerson on Friday 28 July.",
    ),
    "lavrov-tells-tillerson-russia-ready-to-normalise-relations": (
        "In a phone call on Friday 28 July 2017, Russian Foreign Minister Sergei Lavrov told US Secretary of State Rex Tillerson that Russia was ready to normalise relations with the United States and to cooperate on major global issues. HotAir, writing on Saturday 29 July, places the call “just last night”.",
        "In a phone call, Russian Foreign Minister Sergei Lavrov told US Secretary of State Rex Tillerson that Russia was ready to normalise relations with the United States and to cooperate on major global issues.",
        "Dated 28 July 2017: Reuters, quoted by HotAir, dates the call “on Friday”; HotAir, writing on Saturday 29 July, places it “just last night”.",
    ),
    "lavrov-blames-washingtons-hostile-steps-for-staff-cut": (
        "In his phone call with Rex Tillerson on Friday 28 July 2017, Sergei Lavrov said that Moscow's decision to cut US diplomatic staff in Russia was prompted by “a number of Washington's hostile steps”. HotAir quotes the exchange from Reuters' report of the call.",
        "In his phone call with Rex Tillerson, Sergei Lavrov said that Moscow's decision to cut US diplomatic staff in Russia was prompted by “a number of Washington's hostile steps”. HotAir quotes the exchange from Reuters' report of the call.",
        "Dated 28 July 2017: the phone call of Friday 28 July, as Reuters, quoted in HotAir's article of Saturday 29 July, dates it.",
    ),
    "lavrov-and-tillerson-agree-to-keep-in-contact": (
        "Russia's Foreign Ministry said in a statement that Lavrov and Tillerson had agreed in their phone call of Friday 28 July 2017 to maintain contact on a range of bilateral issues. HotAir cites the call as a sign that diplomats were trying to keep the channels open despite the dispute over sanctions.",
        "Russia's Foreign Ministry said in a statement that Lavrov and Tillerson had agreed in their phone call to maintain contact on a range of bilateral issues. HotAir cites the call as a sign that diplomats were trying to keep the channels open despite the dispute over sanctions.",
        "Dated 28 July 2017: the phone call of Friday 28 July, as Reuters, quoted in HotAir's article of Saturday 29 July, dates it.",
    ),
}


def move_notes(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    for slug, (seeded, summary, notes) in SEED_SUMMARIES.items():
        Event.objects.filter(slug=slug, summary=seeded, editor_notes="").update(summary=summary, editor_notes=notes)


def restore_summaries(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    for slug, (seeded, summary, notes) in SEED_SUMMARIES.items():
        Event.objects.filter(slug=slug, summary=summary, editor_notes=notes).update(summary=seeded, editor_notes="")


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0007_event_label_notes_roles"),
    ]

    operations = [
        migrations.RunPython(move_notes, restore_summaries),
    ]
