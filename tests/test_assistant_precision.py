"""Events the assistant locates but read wrongly (category, date, roles), and candidates no event supports.

Each case was read wrongly before the rule it tests: a threat of tariffs scored as a bare threat, and so on.
"""

import datetime

import pytest

from tests.proposed import only
from timeline.assistant.candidates import propose
from timeline.assistant.dates import resolve
from timeline.dates import DAY, MONTH

pytestmark = pytest.mark.django_db


def read(text, published, vocabulary):
    return propose(text, datetime.date.fromisoformat(published), vocabulary)


@pytest.mark.parametrize(
    ("sentence", "code", "category"),
    [
        ('Trump on Monday threatened India with a "penalty" on top of a 25 percent tariff.', "131", "sanctions"),
        ("Biden on Monday threatened Russia with new sanctions.", "131", "sanctions"),
        # a reason is not what is threatened
        ("Rogozin on Monday threatened to pull Russia out of the station over Western sanctions.", "13", "rhetoric"),
    ],
)
def test_a_threat_of_sanctions_named_as_its_object_is_a_sanctions_threat(shipped_vocabulary, sentence, code, category):
    candidate = only(read(sentence, "2025-08-02", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)
    assert candidate.score < 0


def test_what_they_failed_to_conclude_is_no_agreement(shipped_vocabulary):
    sentence = (
        "Bush and Putin failed on Saturday to conclude a deal on Russia's entry into the World Trade Organization, "
        "but pledged to keep negotiating."
    )
    candidates = read(sentence, "2006-07-15", shipped_vocabulary)

    assert [candidate.code for candidate in candidates] == ["036"]


def test_as_early_as_a_weekday_is_the_coming_one_and_expected():
    date = resolve("Moscow was ready to start negotiations as early as Saturday.", datetime.date(2021, 12, 17))

    assert (date.date, date.precision, date.expected) == (datetime.date(2021, 12, 18), DAY, True)


@pytest.mark.parametrize(
    ("sentence", "day", "precision"),
    [
        # the time ahead is when the talks would start; the readiness is stated on the day of the story
        (
            "The Russian Foreign Ministry on Friday published its drafts. Moscow was ready to start negotiations "
            "with Washington as early as Saturday, Ryabkov told journalists.",
            datetime.date(2021, 12, 17),
            DAY,
        ),
        # a time already past dates the proposal itself
        ("Biden proposed a summit with Vladimir Putin during a phone call in April.", datetime.date(2021, 4, 1), MONTH),
    ],
)
def test_an_intent_is_dated_when_it_is_stated_not_when_the_act_would_happen(
    shipped_vocabulary, sentence, day, precision
):
    intent = [candidate for candidate in read(sentence, "2021-12-17", shipped_vocabulary) if candidate.code == "036"]

    assert [(candidate.date.date, candidate.date.precision) for candidate in intent] == [(day, precision)]


def test_a_conjunct_with_a_subject_of_its_own_has_its_own_doer_and_time(shipped_vocabulary):
    sentence = (
        'On Thursday, Obama dropped the shield. Dmitry Medvedev welcomed the decision within hours as a "responsible '
        'move," and on Friday Vladimir Putin, now prime minister, praised it as "correct and brave."'
    )
    candidates = read(sentence, "2009-09-18", shipped_vocabulary)
    praise = {candidate.source_actor.name: candidate.date.date for candidate in candidates if candidate.code == "051"}

    assert praise == {"Dmitry Medvedev": datetime.date(2009, 9, 17), "Vladimir Putin": datetime.date(2009, 9, 18)}


def test_a_time_of_an_earlier_conjunct_carries_on_to_the_next(shipped_vocabulary):
    sentence = "Germany expelled 40 Russian diplomats on Monday, and France ordered 35 more to leave."
    candidates = read(sentence, "2022-04-06", shipped_vocabulary)

    assert [candidate.date.date for candidate in candidates] == [datetime.date(2022, 4, 4)] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The furor over Trump's associates had overwhelmed efforts to begin a dialogue with Russia.",
        "The FBI said it had foiled an attempt to attack the embassy.",
        "Washington made a bid to expel Russia from the council.",
    ],
)
def test_what_someone_only_tries_or_aims_at_is_no_event(shipped_vocabulary, sentence):
    codes = [candidate.code for candidate in read(sentence, "2017-04-07", shipped_vocabulary)]

    assert not any(code.startswith(("04", "17", "19")) for code in codes), codes


@pytest.mark.parametrize(
    ("sentence", "supports"),
    [
        ("Putin still has the keys to our only taxi back and forth to the International Space Station.", False),
        ("Germany backed away from the deal with Russia on Monday.", False),
        ("China backed Russia on Monday.", True),
    ],
)
def test_back_as_an_adverb_or_backing_away_is_no_support(shipped_vocabulary, sentence, supports):
    codes = [candidate.code for candidate in read(sentence, "2017-07-29", shipped_vocabulary)]

    assert ("051" in codes) == supports, codes


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        # force where a state is the place is aimed at that state, not at the other side of the story
        ("In August 2008, Russian tanks rolled into Georgia.", "Russia", "Georgia"),
        ("On the night of September 9, Russian drones crossed into Poland.", "Russia", "Poland"),
        # two verbs sharing their object
        ("On Sunday, Russian border guards fired on and rammed three Ukrainian navy vessels.", "Russia", "Ukraine"),
        # an actor named beyond the next expression, when no one is named before it
        (
            "Putin is due in Brussels next week for a summit with European Union leaders.",
            "Vladimir Putin",
            "European Union",
        ),
    ],
)
def test_the_target_is_the_one_the_sentence_names_before_the_other_side(shipped_vocabulary, sentence, source, target):
    candidates = read(sentence, "2025-10-01", shipped_vocabulary)

    assert {(candidate.source_actor.name, candidate.target_actor.name) for candidate in candidates} == {
        (source, target)
    }


def test_who_calls_someone_names_judges_the_one_named(shipped_vocabulary):
    sentence = 'On Monday, President Joe Biden called Putin a "war criminal."'
    candidate = only(read(sentence, "2022-04-05", shipped_vocabulary))

    assert (candidate.source_actor.name, candidate.target_actor.name) == ("Joe Biden", "Vladimir Putin")


def test_a_happening_named_in_an_aside_and_then_reported_is_proposed_once_from_its_report(shipped_vocabulary):
    text = (
        "Putin said on Thursday that the new sanctions were an unfriendly act, a day after Washington blacklisted "
        "Rosneft and Lukoil.\nThe U.S. Treasury on Wednesday imposed sanctions on Rosneft and Lukoil."
    )
    sanctions = [candidate for candidate in read(text, "2025-10-23", shipped_vocabulary) if candidate.code == "163"]

    assert len(sanctions) == 1
    assert sanctions[0].first_sentence.text.startswith("The U.S. Treasury")
    assert sanctions[0].date.date == datetime.date(2025, 10, 22)
    assert [sentence.text[:5] for sentence in sanctions[0].further_sentences] == ["Putin"]


@pytest.mark.parametrize(
    ("marker", "code", "category"),
    [("have agreed to", "07", "cooperation"), ("offered to", "03", "diplomatic")],
)
def test_aid_agreed_on_is_aid_an_offer_of_it_an_intent(shipped_vocabulary, marker, code, category):
    sentence = f"The Group of Seven on Wednesday {marker} provide Russia with $24 billion in financial aid."
    candidate = only(read(sentence, "1992-04-02", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)


def test_an_intent_to_meet_and_an_intent_to_cooperate_are_two_intents(shipped_vocabulary):
    text = (
        "Trump and Putin met in Helsinki on Monday. The two leaders agreed to resume talks on strategic arms control. "
        'Putin called the talks "very useful" and said the two countries should cooperate on counter-terrorism.'
    )
    codes = [candidate.code for candidate in read(text, "2018-07-18", shipped_vocabulary)]

    assert codes.count("036") == 1, codes
    assert codes.count("03") == 1, codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian paratroopers on Saturday stormed the Ukrainian town of Kherson and seized its airport.",
        "Russian forces on Monday shelled Kharkiv and shelled Odesa.",
    ],
)
def test_one_doers_joined_deeds_of_one_kind_are_one_happening(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2023-05-10", shipped_vocabulary))

    assert candidate.category == "military"
    assert len(candidate.further) == 1  # the second deed, folded in


@pytest.mark.parametrize(
    "sentence",
    [
        # against two targets
        "Russia on Friday expelled ten American diplomats and expelled two German diplomats.",
        # words, not deeds
        "Lavrov on Monday criticised Washington and criticised NATO.",
        # restraint in diplomacy and restraint in force
        "Putin said on Friday that Moscow would not break off ties with Kyiv and would not send bombers to Belarus.",
    ],
)
def test_joined_acts_against_two_targets_or_two_statements_stay_two(shipped_vocabulary, sentence):
    assert len(read(sentence, "2023-05-10", shipped_vocabulary)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The expelled diplomats left Washington on Sunday.",
        "The detained journalist appeared in a Moscow court on Thursday.",
        "Officials in four occupied districts said on Friday that schools would reopen.",
    ],
)
def test_a_participle_describing_a_noun_is_no_act(shipped_vocabulary, sentence):
    assert read(sentence, "2023-05-10", shipped_vocabulary) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Russian troops occupied the town on Monday.", "19"),
        ("Russia expelled diplomats on Monday.", "174"),
        ("The diplomats expelled by Russia on Monday left on Sunday.", "174"),
    ],
)
def test_a_participle_that_is_the_predicate_stays_an_act(shipped_vocabulary, sentence, code):
    assert only(read(sentence, "2023-05-10", shipped_vocabulary)).code == code


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov said on Monday that Russia would keep sharing intelligence with Washington.",
        "Blinken said on Monday that the two countries will continue to work together on Iran.",
    ],
)
def test_cooperation_promised_to_go_on_is_an_intent(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2023-05-10", shipped_vocabulary))

    assert (candidate.code, candidate.category, candidate.score) == ("03", "diplomatic", 4)
    assert candidate.date.date == datetime.date(2023, 5, 8)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Russia will share intelligence with the United States on Monday.", "064"),
        ("Lavrov said on Monday that Russia would continue to observe the treaty.", "08"),
    ],
)
def test_cooperation_done_or_restraint_kept_is_no_intent(shipped_vocabulary, sentence, code):
    assert only(read(sentence, "2023-05-10", shipped_vocabulary)).code == code


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        (
            "Lavrov on Monday condemned the decision and announced that Russia would recall its ambassador.",
            ["11", "161"],
        ),
        ("Peskov on Monday criticised the vote and said Moscow had decided to leave the council.", ["11", "161"]),
    ],
)
def test_an_act_announced_in_a_second_conjunct_is_a_second_action(shipped_vocabulary, sentence, codes):
    assert [candidate.code for candidate in read(sentence, "2023-05-10", shipped_vocabulary)] == codes


def test_a_refusal_in_a_second_conjunct_is_a_second_action(shipped_vocabulary):
    sentence = (
        "The Kremlin agreed on Monday to hold talks with Washington but refused to lift its ban on American food "
        "imports."
    )
    candidates = read(sentence, "2023-05-10", shipped_vocabulary)

    assert [(candidate.code, candidate.score < 0) for candidate in candidates] == [("036", False), ("1244", True)]
    assert candidates[1].action.negated


def test_a_passive_second_conjunct_has_the_agent_as_doer(shipped_vocabulary):
    sentence = "Russian drones struck a depot near Lviv on Sunday and were shot down by Polish jets."
    candidates = read(sentence, "2023-05-10", shipped_vocabulary)

    assert [(candidate.source_actor.name, candidate.target_actor.name) for candidate in candidates] == [
        ("Russia", "Ukraine"),
        ("Poland", "Russia"),
    ]
    assert {candidate.date.date for candidate in candidates} == {datetime.date(2023, 5, 7)}


def test_a_conjunct_with_its_own_subject_and_no_comma_is_a_second_action(shipped_vocabulary):
    sentence = (
        "Britain expelled four Russian diplomats on Tuesday and Moscow responded by expelling three British diplomats."
    )
    candidates = read(sentence, "2023-05-10", shipped_vocabulary)

    assert [(candidate.code, candidate.source_actor.name) for candidate in candidates] == [
        ("174", "United Kingdom"),
        ("174", "Russia"),
    ]


def test_a_judgement_framed_in_a_second_conjunct_is_a_second_action(shipped_vocabulary):
    sentence = "Zakharova on Monday welcomed the talks and described the new sanctions as hostile."
    candidates = read(sentence, "2023-05-10", shipped_vocabulary)

    assert [(candidate.code, candidate.source_actor.name) for candidate in candidates] == [
        ("051", "Maria Zakharova"),
        ("11", "Maria Zakharova"),
    ]


def test_a_description_joins_the_nearest_verb_before_it_not_the_act(shipped_vocabulary):
    sentence = (
        "Ukrainian forces attacked the base on Monday, a military source told Ukrainian media, describing the general "
        "as a war criminal."
    )

    assert [candidate.code for candidate in read(sentence, "2023-05-10", shipped_vocabulary)] == ["19"]


def test_a_list_of_one_kind_of_measure_stays_one_action(shipped_vocabulary):
    sentence = "Washington on Friday announced export controls and sanctions against Moscow."

    assert len(read(sentence, "2023-05-10", shipped_vocabulary)) == 1


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("U.S. officials on Friday attributed the hacking campaign to Russia's SVR.", "112"),
        ("The CIA on Friday passed a warning to the FSB about a planned attack.", "064"),
        ("Moscow on Tuesday decided to leave the council.", "161"),
    ],
)
def test_attributions_departures_and_intelligence_passed_on_are_read(shipped_vocabulary, sentence, code):
    assert only(read(sentence, "2023-05-10", shipped_vocabulary)).code == code


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin on Friday signed a law retaliating against a U.S. law that punishes Russians accused of human rights "
        "abuses.",
        "A general accused of war crimes by the President of Ukraine is not a man Moscow will hand over.",
        "Moscow on Friday freed a Ukrainian, a Russian convicted of espionage in 2019.",
        "Russia observed a day of mourning on Sunday for the 137 people killed when gunmen opened fire at a concert.",
    ],
)
def test_an_accusation_or_conviction_describing_a_noun_is_no_act(shipped_vocabulary, sentence):
    assert all(
        candidate.code not in ("112", "173", "18") for candidate in read(sentence, "2023-05-10", shipped_vocabulary)
    )


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Russian prosecutors on Friday accused Gershkovich of espionage.", "112"),
        ("The FBI on Monday arrested a Russian diplomat.", "173"),
        ("Two Russian soldiers were killed in the attack on Monday.", "18"),
        ("Russian forces on Monday killed 40 civilians in Bucha.", "18"),
    ],
)
def test_an_accusation_or_arrest_made_stays_an_act(shipped_vocabulary, sentence, code):
    assert code in [candidate.code for candidate in read(sentence, "2023-05-10", shipped_vocabulary)]


def test_what_a_letter_urges_is_an_appeal_not_the_measure_it_asks_for(shipped_vocabulary):
    candidate = only(
        read(
            "Senators on Monday sent a letter urging Biden to impose new sanctions on Russia.",
            "2023-05-10",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.score) == ("02", 3)


def test_a_statement_signed_and_what_it_says_are_two_acts(shipped_vocabulary):
    candidates = read(
        "Xi and Putin on Tuesday signed a joint statement in Beijing opposing US plans for missile defence.",
        "2023-05-10",
        shipped_vocabulary,
    )

    assert [(candidate.code, candidate.category) for candidate in candidates] == [
        ("057", "cooperation"),
        ("11", "rhetoric"),
    ]
    assert candidates[1].target_actor.name == "United States"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin on Monday released a statement on the talks.",
        "The Pentagon on Friday released video of the intercept.",
        "The State Department on Tuesday released its annual human rights report.",
        "The government on Monday freed most prices.",
    ],
)
def test_releasing_a_document_or_prices_frees_nobody(shipped_vocabulary, sentence):
    assert all(candidate.code != "084" for candidate in read(sentence, "2023-05-10", shipped_vocabulary))


@pytest.mark.parametrize(
    "sentence",
    ["Russia on Friday freed an American teacher.", "Russia on Friday released the two sailors and their ship."],
)
def test_releasing_people_is_a_release(shipped_vocabulary, sentence):
    assert only(read(sentence, "2023-05-10", shipped_vocabulary)).code == "084"
