"""What the assistant reads in a sentence: the governing action, its sign, who did it to whom, and when.

Each case here was read wrongly before: by the first match of a word list,
with negations flagged but not understood, one candidate per sentence and
actors only by their names.
"""

import datetime

import pytest

from tests.proposed import only, read
from timeline.assistant.candidates import propose
from timeline.assistant.dates import resolve
from timeline.dates import YEAR

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "sentence",
    [
        "President Vladimir Putin refused to retaliate against the United States on Friday.",
        "Putin said on Friday that Russia would not expel American diplomats.",
        "Moscow declined on Friday to retaliate for the expulsions.",
    ],
)
def test_a_refusal_to_retaliate_is_restraint_not_an_escalation(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2016-12-30", shipped_vocabulary))

    assert candidate.score >= 0
    assert candidate.code == "08"
    assert candidate.action.negated


def test_a_promise_not_to_make_trouble_is_not_a_sanction(shipped_vocabulary):
    candidates = read(
        '"We will not create problems for American diplomats," Putin said.', "2016-12-30", shipped_vocabulary
    )

    assert all(candidate.score >= 0 for candidate in candidates)


def test_refusing_to_lift_sanctions_is_a_refusal_with_a_negative_sign(shipped_vocabulary):
    candidate = only(
        read(
            "The Senate would not lift sanctions on Moscow, McConnell said on Tuesday.",
            "2018-07-18",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category, float(candidate.score)) == ("1244", "sanctions", -4.0)


def test_russian_diplomats_make_russia_the_target(shipped_vocabulary):
    candidate = only(
        read("The United States on Thursday expelled 35 Russian diplomats.", "2016-12-29", shipped_vocabulary)
    )

    assert (candidate.source_actor.name, candidate.target_actor.name) == ("United States", "Russia")
    assert (candidate.code, candidate.date.date) == ("174", datetime.date(2016, 12, 29))
    assert candidate.title == "US expels 35 Russian diplomats"


def test_two_actions_in_one_sentence_are_two_candidates(shipped_vocabulary):
    candidates = read(
        "The United States on Thursday sanctioned Russia and expelled 35 diplomats.", "2016-12-29", shipped_vocabulary
    )

    assert [candidate.code for candidate in candidates] == ["163", "174"]
    assert {candidate.source_actor.name for candidate in candidates} == {"United States"}


def test_a_deadline_lies_ahead_in_the_year_of_publication():
    date = resolve("The diplomats must leave the country by April 5.", datetime.date(2018, 3, 29))

    assert (date.date, date.expected) == (datetime.date(2018, 4, 5), True)


def test_an_action_due_by_a_deadline_is_expected(shipped_vocabulary):
    candidate = only(
        read("Russia said the 60 U.S. diplomats will be expelled by April 5.", "2018-03-29", shipped_vocabulary)
    )

    assert (candidate.date.date, candidate.date.expected) == (datetime.date(2018, 4, 5), True)


def test_a_year_alone_has_year_precision(shipped_vocabulary):
    candidate = only(read("In 2014, Russia annexed Crimea.", "2018-03-29", shipped_vocabulary))

    assert (candidate.date.date, candidate.date.precision) == (datetime.date(2014, 1, 1), YEAR)


def test_a_veto_is_a_rejection_not_military_de_escalation(shipped_vocabulary):
    candidate = only(
        read("Russia vetoed a U.N. Security Council resolution on Friday.", "2022-02-26", shipped_vocabulary)
    )

    assert (candidate.code, candidate.category, candidate.source_actor.name) == ("129", "diplomatic", "Russia")


def test_blaming_a_country_for_an_attack_is_an_accusation_not_force(shipped_vocabulary):
    candidate = only(
        read(
            "The Kremlin on Friday blamed Washington for the attack on the Syrian air base.",
            "2017-04-07",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category) == ("112", "rhetoric")
    assert (candidate.source_actor.name, candidate.target_actor.name) == ("Kremlin", "United States")


def test_not_a_step_toward_better_relations_is_no_negotiation(shipped_vocabulary):
    candidates = read(
        "Peskov said on Friday the strikes were not a step toward better relations.", "2017-04-07", shipped_vocabulary
    )

    assert all(candidate.score <= 0 for candidate in candidates)


def test_the_two_leaders_meeting_is_proposed_with_both_sides(shipped_vocabulary):
    body = (
        "All eyes were on President Donald Trump and President Vladimir Putin in Helsinki.\n"
        "The two leaders met for more than two hours on Monday."
    )

    candidate = next(candidate for candidate in read(body, "2018-07-16", shipped_vocabulary) if candidate.code == "04")

    assert {candidate.source_actor.name, candidate.target_actor.name} == {"Donald Trump", "Vladimir Putin"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Ukraine on Thursday cut diplomatic ties with Russia.", "Ukraine"),
        ("President Boris Yeltsin on Tuesday condemned the NATO strikes.", "Boris Yeltsin"),
        ("China on Monday criticized the new U.S. sanctions on Russia.", "China"),
    ],
)
def test_actors_beyond_the_seed_articles_are_known(shipped_vocabulary, sentence, source):
    candidate = read(sentence, "2022-02-24", shipped_vocabulary)[0]

    assert candidate.source_actor.name == source


def test_a_threat_is_flagged_and_scored_as_a_threat(shipped_vocabulary):
    candidate = only(
        read(
            "Russia threatened on Monday to expel U.S. diplomats if Washington imposed new sanctions.",
            "2019-01-07",
            shipped_vocabulary,
        )
    )

    assert candidate.action.conditional
    assert candidate.code.startswith("13")
    assert candidate.score < 0


def test_the_city_a_visit_goes_to_is_no_actor_but_its_state_is_the_host(shipped_vocabulary):
    # Moscow is where the visit happens, not someone acting; the visit is paid to Russia (CODING.md: the host)
    candidate = only(read("Tillerson visits Moscow next week.", "2017-04-07", shipped_vocabulary))

    assert candidate.source_actor.name == "Rex Tillerson"
    assert candidate.target_actor.name == "Russia"
    assert candidate.date.expected


def test_the_same_happening_reported_twice_is_one_candidate_with_a_further_report(shipped_vocabulary):
    body = (
        "The United States on Thursday expelled 35 Russian diplomats.\n"
        "The Obama administration ordered the Russian officials out of the country, officials said."
    )

    (candidate,) = read(body, "2016-12-29", shipped_vocabulary)

    assert [sentence.text for sentence in candidate.further_sentences] == [body.splitlines()[1]]


def test_different_happenings_of_the_same_kind_stay_apart(shipped_vocabulary):
    body = (
        "Russia on Thursday expelled 60 U.S. diplomats.\n"
        "On Monday, President Donald Trump ordered 60 Russians out of the country."
    )

    assert len(read(body, "2018-03-29", shipped_vocabulary)) == 2


@pytest.mark.parametrize(
    "dateline",
    ["MOSCOW, March 29 (Reuters) -", "MOSCOW. March 29 (Interfax) -", "ST. PETERSBURG, Mar. 29 (AFP) -"],
)
def test_a_dateline_city_is_no_actor_and_its_date_no_event_date(shipped_vocabulary, dateline):
    candidate = only(
        read(f"{dateline} The Kremlin criticised the decision on Wednesday.", "2018-03-29", shipped_vocabulary)
    )

    assert candidate.date.date == datetime.date(2018, 3, 28)
    assert candidate.target_actor is None


def test_three_actions_of_one_sentence_are_three_candidates_even_of_one_kind(shipped_vocabulary):
    candidates = read(
        "The European Union on Monday recalled its ambassador, closed two Russian consulates and imposed new "
        "sanctions on three banks.",
        "2019-03-18",
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates] == ["161", "161", "163"]
    assert {candidate.source_actor.name for candidate in candidates} == {"European Union"}


@pytest.mark.parametrize(
    ("sentence", "code", "category"),
    [
        ("Blinken and Lavrov on Tuesday agreed to cut their nuclear arsenals.", "057", "cooperation"),
        ("Blinken and Lavrov on Tuesday agreed to work toward a treaty.", "03", "diplomatic"),
        ("Lavrov on Tuesday agreed to cut Russia's nuclear arsenal.", "03", "diplomatic"),
    ],
)
def test_two_sides_agreeing_to_act_reach_an_agreement_one_side_states_an_intent(
    shipped_vocabulary, sentence, code, category
):
    candidate = only(read(sentence, "2023-05-10", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)
    assert candidate.score > 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan on Tuesday agreed to buy $3 billion of Russian treasury bills.",
        "Moscow on Monday offered to keep selling oil to Belarus at a discount if Minsk paid its arrears.",
        "Beijing promised on Friday to buy more Russian gas.",
    ],
)
def test_an_intent_to_pay_buy_or_supply_is_an_economic_intent(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2023-05-10", shipped_vocabulary))

    assert (candidate.code, candidate.category) == ("031", "sanctions")
    assert candidate.score > 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow on Monday offered to keep selling missiles to Belarus.",
        "Lavrov on Tuesday agreed to visit Washington in June.",
        "The Group of Seven on Wednesday offered to lend Russia $24 billion.",
    ],
)
def test_an_intent_of_arms_or_of_no_trade_is_no_economic_intent(shipped_vocabulary, sentence):
    assert all(candidate.code != "031" for candidate in read(sentence, "2023-05-10", shipped_vocabulary))


@pytest.mark.parametrize("marker", ["agreed", "offered"])
def test_an_intent_to_lift_sanctions_is_a_sanctions_thaw(shipped_vocabulary, marker):
    candidate = only(
        read(f"Moscow on Tuesday {marker} to lift sanctions on American farmers.", "2023-05-10", shipped_vocabulary)
    )

    assert candidate.category == "sanctions"
    assert candidate.score > 0


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("President Biden said on Monday he would not cut off aid to Russia.", "diplomatic"),
        ("Washington raised no objection on Monday to the Russian proposal.", "diplomatic"),
        ("Moscow pledged on Monday not to attack the ports.", "military"),
    ],
)
def test_restraint_is_diplomatic_unless_force_is_held_back(shipped_vocabulary, sentence, category):
    candidate = only(read(sentence, "2023-05-10", shipped_vocabulary))

    assert (candidate.code, candidate.category) == ("08", category)


@pytest.mark.parametrize(
    ("follow_up", "day"),
    [
        ("Lavrov condemned the expulsions the same day.", 21),
        ("Lavrov condemned the expulsions within hours.", 21),
        ("Lavrov condemned the expulsions the next day.", 22),
        ("The day before, Lavrov had condemned the new sanctions.", 20),
    ],
)
def test_the_same_day_and_the_day_before_count_from_the_day_the_story_last_spoke_of(shipped_vocabulary, follow_up, day):
    body = (
        "Moscow on Tuesday expelled two American diplomats.\n"
        f"Washington on Wednesday imposed sanctions on three Russian banks. {follow_up}"
    )
    first, second, third = read(body, "2023-06-23", shipped_vocabulary)

    assert [first.date.date, second.date.date] == [datetime.date(2023, 6, 20), datetime.date(2023, 6, 21)]
    assert (third.date.date, third.date.precision) == (datetime.date(2023, 6, day), "day")


def test_an_undated_sentence_takes_the_day_its_paragraph_last_spoke_of(shipped_vocabulary):
    body = "Russia on Sunday expelled two American diplomats. Washington condemned the expulsions."
    first, second = read(body, "2023-06-23", shipped_vocabulary)

    assert first.date.date == second.date.date == datetime.date(2023, 6, 18)


def test_a_clause_opening_with_when_dates_the_main_clause(shipped_vocabulary):
    candidates = read(
        "When the ministers met in Geneva on Tuesday, Lavrov condemned the sanctions.", "2023-06-23", shipped_vocabulary
    )
    condemned = next(candidate for candidate in candidates if candidate.code == "11")

    assert condemned.date.date == datetime.date(2023, 6, 20)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The European Union on Monday warned Moscow of tougher economic sanctions if it sent troops.", "sanctions"),
        (
            "Biden on Monday warned Putin that Washington would impose economic penalties if Russia attacked.",
            "sanctions",
        ),
        ("Putin on Monday warned that any missile strikes on Russia would draw a response.", "military"),
        ("Biden on Monday warned Putin of severe consequences.", "rhetoric"),
    ],
)
def test_a_conditional_warning_threatens_what_it_names(shipped_vocabulary, sentence, category):
    candidate = only(read(sentence, "2023-05-10", shipped_vocabulary))

    assert candidate.category == category
    assert candidate.score < 0


@pytest.mark.parametrize(
    ("sentence", "category", "sign"),
    [
        ("Russian coast guards on Sunday seized two Ukrainian vessels and their crews.", "military", -1),
        ("Russian tanks rolled into Georgia on Friday.", "military", -1),
        ("Russian troops on Friday killed dozens of civilians in Ukraine.", "military", -1),
        ("Iran on Friday shipped hundreds of drones to Russia.", "cooperation", 1),
        ("North Korea on Friday shipped artillery shells to Russia.", "cooperation", 1),
    ],
)
def test_force_against_vessels_and_people_and_arms_shipped_to_a_side(shipped_vocabulary, sentence, category, sign):
    candidate = only(read(sentence, "2023-05-10", shipped_vocabulary))

    assert candidate.category == category
    assert (candidate.score > 0) - (candidate.score < 0) == sign


def test_the_two_sides_of_a_group_do_not_act_in_an_aside_about_a_place(shipped_vocabulary):
    candidates = read(
        "Putin and Biden spoke by phone on Sunday.\n"
        "The two presidents met on Monday in Bishkek, where floods have killed dozens this month.",
        "2023-05-10",
        shipped_vocabulary,
    )

    assert all(candidate.source_actor is None for candidate in candidates if candidate.code.startswith("18"))


@pytest.mark.parametrize(
    ("sentence", "code", "category", "title"),
    [
        (
            "The two diplomats must leave Russia by Friday, the ministry said.",
            "174",
            "diplomatic",
            "The two diplomats must leave Russia",
        ),
        ("Lavrov is due in Washington later this month.", "042", "diplomatic", "Lavrov is due in Washington"),
        ("Russian warships fired on a Ukrainian tug on Sunday.", "19", "military", "Russia fires on a Ukrainian tug"),
        ("Zelensky on Monday called Putin a war criminal.", "112", "rhetoric", ""),
        ("Blinken on Monday called the deal a significant step.", "051", "diplomatic", ""),
        ("Thousands of Russians protested in several cities on Saturday.", "14", "other", ""),
    ],
)
def test_deadlines_visits_due_fire_verdicts_and_street_protests(shipped_vocabulary, sentence, code, category, title):
    candidate = only(read(sentence, "2023-05-10", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)
    assert candidate.title.startswith(title)


def test_a_deadline_and_a_visit_due_lie_ahead(shipped_vocabulary):
    deadline = only(read("The two diplomats must leave Russia by Friday.", "2023-05-10", shipped_vocabulary))
    visit = only(read("Lavrov is due in Washington on Friday.", "2023-05-10", shipped_vocabulary))

    assert deadline.date.expected
    assert visit.date.expected
    assert deadline.date.date == visit.date.date == datetime.date(2023, 5, 12)


@pytest.mark.parametrize(("words", "count"), [("signed an", 2), ("also signed the", 2), ("signed the", 1)])
def test_an_agreement_introduced_as_new_is_another_happening(shipped_vocabulary, words, count):
    body = (
        "Putin and Bush on Saturday signed a treaty cutting their nuclear arsenals.\n"
        f"The two men {words} agreement on nuclear terrorism, officials said."
    )

    assert len(read(body, "2006-07-16", shipped_vocabulary)) == count


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("A Moscow court later ordered him held in custody.", 3),
        ("Putin had signed pardons for the prisoners earlier in the day, the Kremlin said.", 3),
        ("Putin had signed pardons for the prisoners, the Kremlin said.", 2),
    ],
)
def test_an_act_placed_before_or_after_another_is_another_happening(shipped_vocabulary, second, count):
    body = f"Russia on Thursday arrested a Wall Street Journal reporter and released two Americans.\n{second}"
    arrests_and_releases = [c for c in read(body, "2024-08-02", shipped_vocabulary) if c.code in ("173", "084")]

    assert len(arrests_and_releases) == count, [c.title for c in arrests_and_releases]


def test_an_act_the_main_clause_follows_takes_its_day_for_the_editor_to_check(shipped_vocabulary):
    candidates = read(
        "Biden on Thursday announced new sanctions after Russian forces invaded Ukraine.",
        "2022-02-25",
        shipped_vocabulary,
    )
    invasion = next(candidate for candidate in candidates if candidate.code.startswith("19"))

    assert (invasion.date.date, invasion.date.precision) == (datetime.date(2022, 2, 24), "day")
    assert invasion.date.needs_check


@pytest.mark.parametrize(("words", "title"), [("was prepared to", "is prepared to"), ("was ready to", "is ready to")])
def test_an_intent_of_readiness_reads_is_ready_in_its_title(shipped_vocabulary, words, title):
    candidate = only(
        read(f"Moscow said on Wednesday it {words} take further action.", "2022-02-25", shipped_vocabulary)
    )

    assert title in candidate.title
    assert candidate.source_actor.name == "Russia"


def test_a_denial_that_has_nothing_to_do_with_it_reads_has_in_its_title(shipped_vocabulary):
    candidate = only(
        read("The Kremlin said on Wednesday it had nothing to do with the fire.", "2022-02-25", shipped_vocabulary)
    )

    assert "has nothing to do with" in candidate.title


def test_a_story_whose_lede_has_no_date_is_dated_by_the_sentence_after_it(shipped_vocabulary):
    body = (
        "If you were hoping for fireworks in Vienna, you will have been disappointed.\n"
        "Biden and Putin met in Vienna on Thursday.\n"
        "Biden criticised the jailing of Russian opposition leaders."
    )
    criticised = next(candidate for candidate in read(body, "2021-06-18", shipped_vocabulary) if candidate.code == "11")

    assert criticised.date.date == datetime.date(2021, 6, 17)


@pytest.mark.parametrize(
    ("sentence", "code", "score"),
    [
        ("Lavrov on Monday dismissed the reports as a fabrication.", "016", 0),
        ("Moscow on Monday dismissed Western allegations of meddling.", "016", 0),
        ("The Kremlin on Monday dismissed the new sanctions as pointless.", "11", -2),
    ],
)
def test_dismissing_claims_is_a_denial_dismissing_measures_a_disapproval(shipped_vocabulary, sentence, code, score):
    candidate = only(read(sentence, "2022-04-05", shipped_vocabulary))

    assert (candidate.code, candidate.score) == (code, score)


@pytest.mark.parametrize(
    ("sentence", "code", "category"),
    [
        ("Blinken on Monday raised the detention of American journalists with Lavrov.", "11", "rhetoric"),
        ("Putin and Biden on Monday adopted a joint declaration on cyber security.", "057", "cooperation"),
    ],
)
def test_raising_a_grievance_is_criticism_adopting_a_declaration_an_agreement(
    shipped_vocabulary, sentence, code, category
):
    candidate = only(read(sentence, "2021-06-18", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)


@pytest.mark.parametrize(
    ("opening", "codes"), [("During a video call on Tuesday", ["04", "13"]), ("On Tuesday", ["13"])]
)
def test_a_dated_call_opening_the_sentence_is_an_event_between_the_two_sides(shipped_vocabulary, opening, codes):
    candidates = read(f"{opening}, Biden warned Putin of severe consequences.", "2021-12-10", shipped_vocabulary)

    assert [candidate.code for candidate in candidates] == codes
    call = candidates[0]
    assert {call.source_actor.name, call.target_actor.name} == {"Joe Biden", "Vladimir Putin"}
    assert call.date.date == datetime.date(2021, 12, 7)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Lavrov on Monday called the new sanctions draconian.", "11"),
        ("The Kremlin on Monday called the expulsions a relapse into the Cold War.", "11"),
        ("Guterres on Monday called the deal between Russia and Ukraine a beacon of hope.", "051"),
    ],
)
def test_a_verdict_in_words_of_judgement_is_criticism_or_praise(shipped_vocabulary, sentence, code):
    candidate = only(read(sentence, "2022-07-22", shipped_vocabulary))

    assert candidate.code == code


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov said on Thursday the American sanctions were illegal.",
        "Lavrov said on Thursday that the U.S. decision was a blow to European security.",
    ],
)
def test_who_speaks_a_judgement_judges_and_what_is_judged_is_the_target(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2020-05-22", shipped_vocabulary))

    assert (candidate.source_actor.name, candidate.target_actor.name) == ("Sergey Lavrov", "United States")


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Senators on Tuesday condemned the decision to lift the sanctions.", "domestic"),
        ("Duma deputies on Tuesday denounced the treaty as a surrender.", "domestic"),
        ("The State Duma on Tuesday condemned the American sanctions.", "rhetoric"),
    ],
)
def test_a_legislature_s_verdict_aimed_at_no_one_abroad_is_domestic(shipped_vocabulary, sentence, category):
    candidate = only(read(sentence, "2020-05-22", shipped_vocabulary))

    assert (candidate.code, candidate.category) == ("11", category)


@pytest.mark.parametrize(("follow", "count"), [("saying he had raised concerns about", 1), ("and later expelled", 2)])
def test_what_the_doer_says_of_an_act_of_the_same_kind_is_that_act_told_again(shipped_vocabulary, follow, count):
    sentence = f"Blinken on Saturday criticised Lavrov over the arrests, {follow} two Russian diplomats."

    assert len(read(sentence, "2023-05-14", shipped_vocabulary)) == count


def test_of_two_frames_the_one_that_says_more_than_speaking_is_the_action(shipped_vocabulary):
    candidate = only(read("Lavrov said on Friday Russia would respond firmly.", "2017-09-02", shipped_vocabulary))

    assert candidate.code == "13"
    assert candidate.score < 0


@pytest.mark.parametrize(
    ("sentence", "proposed"),
    [
        ("Since Russia annexed Crimea in 2014, relations with Kyiv have soured.", True),
        ("Since the annexation in 2014, relations with Kyiv have soured.", False),
    ],
)
def test_a_dated_act_someone_does_in_an_opening_clause_is_an_event(shipped_vocabulary, sentence, proposed):
    candidates = read(sentence, "2018-11-30", shipped_vocabulary)

    annexations = [candidate for candidate in candidates if candidate.code == "19"]
    assert bool(annexations) == proposed
    if proposed:
        assert (annexations[0].date.date, annexations[0].date.precision) == (datetime.date(2014, 1, 1), YEAR)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Russia on Friday seized two American diplomatic compounds.", "diplomatic"),
        ("Russian troops on Friday seized Crimea.", "military"),
        ("Britain on Friday seized the assets of Russian banks.", "sanctions"),
    ],
)
def test_what_is_seized_decides_the_kind_of_seizure(shipped_vocabulary, sentence, category):
    candidate = only(read(sentence, "2017-09-02", shipped_vocabulary))

    assert candidate.category == category


def test_a_president_handing_over_to_his_successor_releases_no_one(shipped_vocabulary):
    candidates = read(
        "Bush, who hands over to Bill Clinton on January 20, met Yeltsin.", "1993-01-03", shipped_vocabulary
    )

    assert all(candidate.code != "084" for candidate in candidates)


def test_holding_off_is_restraint_and_readiness_to_act_under_a_condition_is_a_threat(shipped_vocabulary):
    held_off, ready = read(
        "The European Union held off on new sanctions on Thursday but said it was ready to act if the fighting "
        "continued.",
        "2015-02-13",
        shipped_vocabulary,
    )

    assert (held_off.code, held_off.score > 0) == ("08", True)
    assert ready.score < 0
    assert ready.action.conditional
    assert ready.source_actor.name == "European Union"
    assert "threatens to act" in ready.title


@pytest.mark.parametrize(("gap", "day"), [("two days after", 8), ("a day after", 9), ("after", 10)])
def test_an_act_so_many_days_before_the_main_one_is_dated_that_many_days_earlier(shipped_vocabulary, gap, day):
    candidates = read(
        f"Moscow on Friday expelled two American diplomats, {gap} the State Department imposed sanctions on Russian "
        "banks.",
        "2018-08-11",
        shipped_vocabulary,
    )
    sanctions = next(candidate for candidate in candidates if candidate.code == "163")

    assert (sanctions.date.date, sanctions.date.precision) == (datetime.date(2018, 8, day), "day")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the negation stands before the light verb and the object's modifiers, not next to the noun
        ("Putin on Saturday ordered his ministers not to start new disarmament talks with Washington.", "12"),
        # "not be the first to": the negation reaches through the verb group
        ("Putin said on Tuesday that Russia would not be the first to resume nuclear tests.", "08"),
    ],
)
def test_a_negation_reaches_the_action_through_its_own_predicate(shipped_vocabulary, sentence, code):
    candidate = only(read(sentence, "2019-02-02", shipped_vocabulary))

    assert candidate.action.negated
    assert candidate.code == code


def test_a_negation_stops_at_the_edge_of_its_clause(shipped_vocabulary):
    candidates = read(
        "Moscow did not comment, and the United States on Friday expelled 35 Russian diplomats.",
        "2016-12-30",
        shipped_vocabulary,
    )

    assert [(candidate.code, candidate.action.negated) for candidate in candidates] == [("174", False)]


def test_a_negated_reluctance_to_act_is_a_threat_not_restraint(shipped_vocabulary):
    candidate = only(
        read(
            'The State Department said on Tuesday it would "not hesitate" to impose new sanctions on Russia.',
            "2023-09-13",
            shipped_vocabulary,
        )
    )

    assert not candidate.action.negated
    assert (candidate.code, candidate.category, float(candidate.score)) == ("131", "sanctions", -5.8)


def test_a_condition_does_not_reach_across_a_contrast(shipped_vocabulary):
    candidates = read(
        "Putin said on Tuesday that Russia would not be the first to resume nuclear tests "
        "but would deploy new missiles if Washington tested first.",
        "2023-02-21",
        shipped_vocabulary,
    )

    first, *others = candidates
    assert (first.code, first.action.conditional) == ("08", False)
    assert others
    assert all(candidate.action.conditional for candidate in others)


def test_a_gerund_after_a_verb_of_going_on_is_the_action(shipped_vocabulary):
    candidate = only(
        read(
            "Trump told Putin on Sunday that the United States would keep sharing intelligence on terrorist threats.",
            "2017-12-18",
            shipped_vocabulary,
        )
    )

    assert candidate.match.words == "sharing intelligence"  # the gerund governs ("keep" is no act)
    assert candidate.action.verbal
    assert candidate.code == "03"  # sharing promised to go on: an intent


def test_an_assurance_of_a_cooperative_act_is_an_intent(shipped_vocabulary):
    candidate = only(
        read(
            "On Sunday, Putin assured Trump that Russia would pass on any information about threats to Americans.",
            "2017-12-18",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category, float(candidate.score)) == ("03", "diplomatic", 4.0)


def test_refusing_a_cooperative_act_other_than_easing_sanctions_is_a_diplomatic_rejection(shipped_vocabulary):
    candidate = only(
        read(
            "Zakharova said on Tuesday that Moscow would not exchange the soldier for Russians held in America.",
            "2024-05-07",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category, float(candidate.score)) == ("12", "diplomatic", -4.0)


def test_an_act_that_will_not_go_unanswered_is_a_threat(shipped_vocabulary):
    candidate = only(
        read(
            "Zakharova said on Thursday that the expulsions would not go unanswered.", "2016-06-30", shipped_vocabulary
        )
    )

    assert (candidate.code, float(candidate.score), candidate.action.negated) == ("13", -6.0, False)
    assert candidate.title.lower().endswith("not go unanswered")  # the words as written, not "Nots go unanswered"


@pytest.mark.parametrize(
    ("sentence", "code", "score"),
    [
        ("When Warsaw asked in 2007 for more Patriot batteries, Washington politely declined.", "12", -4.0),
        ("Beijing refused, as it always has.", "12", -4.0),
        ("Moscow declined on Friday to retaliate for the expulsions.", "08", 5.0),
        ("Ryabkov said on Friday that Moscow would not compromise on key principles.", "12", -4.0),
    ],
)
def test_a_refusal_is_a_rejection_when_it_refuses_no_act_it_names(shipped_vocabulary, sentence, code, score):
    candidate = read(sentence, "2009-09-18", shipped_vocabulary)[-1]

    assert (candidate.code, float(candidate.score)) == (code, score)


def test_declining_to_comment_is_no_event(shipped_vocabulary):
    sentence = "Kremlin spokesman Dmitry Peskov declined to comment on the case on Monday."

    assert read(sentence, "2024-05-07", shipped_vocabulary) == []


def test_a_word_in_quotation_marks_after_a_possessive_is_a_noun(shipped_vocabulary):
    candidate = only(
        read(
            'Kim pledged his country\'s "full and unconditional support" '
            'for Moscow\'s "sacred fight" against the West.',
            "2023-09-13",
            shipped_vocabulary,
        )
    )

    assert candidate.score > 0
    assert candidate.code.startswith("03")


def test_a_year_naming_a_thing_does_not_date_the_action(shipped_vocabulary):
    first, second = read(
        "Putin said on Saturday that Russia was suspending its obligations under the treaty, "
        "a day after the United States announced it would withdraw from the 1987 pact.",
        "2019-02-02",
        shipped_vocabulary,
    )

    assert (first.date.date, second.date.date) == (datetime.date(2019, 2, 2), datetime.date(2019, 2, 1))


def test_a_pronoun_subject_after_an_opening_phrase_is_the_one_just_named(shipped_vocabulary):
    candidates = read(
        "Putin met Bush in Bratislava on Thursday. "
        "After the Beslan school siege in September, he accused unnamed foreign powers of wanting to divide Russia.",
        "2005-02-25",
        shipped_vocabulary,
    )

    accusation = candidates[-1]
    assert (accusation.code, accusation.source_actor.name) == ("112", "Vladimir Putin")


def test_a_noun_after_seek_is_its_action(shipped_vocabulary):
    candidate = only(
        read(
            "Clinton said on Thursday that Washington would not seek further expulsions of Russian diplomats.",
            "2010-07-09",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.target_actor.name) == ("08", "Russia")


def test_a_noun_that_is_the_subject_of_a_passive_light_verb_is_its_action(shipped_vocabulary):
    candidate = only(
        read("The White House said new sanctions would be announced on Wednesday.", "2022-04-05", shipped_vocabulary)
    )

    assert (candidate.code, candidate.date.date, candidate.date.expected) == ("163", datetime.date(2022, 4, 6), True)


def test_cutting_deliveries_is_an_energy_sanction_dated_after_a_dateline_without_a_place(shipped_vocabulary):
    candidate = only(
        read(
            "Jan. 2 (Bloomberg) -- Gazprom cut deliveries meant for Ukraine yesterday after talks on a price failed.",
            "2006-01-02",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category) == ("163", "sanctions")
    assert candidate.date.date == datetime.date(2006, 1, 1)


def test_a_gerund_in_quotation_marks_is_a_term_not_an_action(shipped_vocabulary):
    candidates = read(
        'The nominees have taken a hard line on Russian "aggression" in Ukraine and "meddling" in the US elections.',
        "2017-04-07",
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates if candidate.code.startswith("17")] == []


def test_a_speaker_named_again_as_the_doer_of_the_next_sentence_keeps_the_date(shipped_vocabulary):
    candidates = read(
        "A Russian guard beat an American diplomat in Moscow this month, the State Department said Wednesday.\n\n"
        "Maria Zakharova said Thursday that the expulsions would not go unanswered.\n\n"
        "Zakharova also demanded that Washington stop using diplomatic cover for intelligence officers.",
        "2016-06-30",
        shipped_vocabulary,
    )

    demand = candidates[-1]
    assert (demand.code, demand.date.date) == ("10", datetime.date(2016, 6, 30))


def test_a_when_clause_dates_an_undated_main_clause_before_it(shipped_vocabulary):
    first = read(
        "Kerry had raised the harassment of American diplomats with Putin when they met in Moscow in March.",
        "2016-06-30",
        shipped_vocabulary,
    )[0]

    assert (first.code, first.date.date, first.date.precision) == ("11", datetime.date(2016, 3, 1), "month")


def test_a_condition_ending_a_that_clause_does_not_reach_back_to_an_earlier_action(shipped_vocabulary):
    freeze, warning = read(
        "Obama on Monday froze the assets of seven Russian officials and warned that more sanctions would follow "
        "if Moscow annexed the peninsula.",
        "2014-03-17",
        shipped_vocabulary,
    )

    assert (freeze.code, freeze.action.conditional) == ("163", False)
    assert (warning.code, warning.category) == ("131", "sanctions")


def test_the_first_of_two_joint_subjects_leads_a_hostile_measure(shipped_vocabulary):
    candidate = only(
        read(
            "The United States and the European Union on Monday imposed sanctions on Russian officials.",
            "2014-03-17",
            shipped_vocabulary,
        )
    )

    assert (candidate.source_actor.name, candidate.target_actor.name) == ("United States", "Russia")


@pytest.mark.parametrize(
    ("sentence", "code", "category"),
    [
        (
            "Two Russian fighter jets intercepted a U.S. reconnaissance plane over the Baltic Sea on Monday.",
            "15",
            "military",
        ),
        ("Russia withdrew its ambassador from Washington on Monday.", "161", "diplomatic"),
        ("The United States on Monday sent more weapons and ammunition to Ukraine.", "07", "cooperation"),
        ("Canada closed its airspace to Russian aircraft on Monday.", "163", "sanctions"),
    ],
)
def test_wire_vocabulary_of_incidents_envoys_arms_and_airspace(shipped_vocabulary, sentence, code, category):
    candidate = only(read(sentence, "2022-02-28", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)


def test_an_attempt_named_as_a_purpose_is_no_event(shipped_vocabulary):
    candidates = read(
        "Moscow decided on Thursday not to use its missile batteries, which cover much of Syria, "
        "to try to intercept the Tomahawks.",
        "2017-04-07",
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates if candidate.code.startswith("15")] == []


def test_a_subordinator_used_as_a_preposition_before_a_name_does_not_swallow_the_next_verb(shipped_vocabulary):
    accusation, demand = read(
        "Zelensky on Tuesday accused Russian forces of the worst war crimes since World War II "
        "and demanded that the council expel Russia.",
        "2022-04-05",
        shipped_vocabulary,
    )

    assert (accusation.code, demand.code) == ("112", "10")


def test_a_subordinate_clause_with_its_own_verb_keeps_its_second_verb(shipped_vocabulary):
    candidates = read(
        "Sanctions have been in place since Russia annexed Crimea and invaded Donbas in 2014.",
        "2022-04-05",
        shipped_vocabulary,
    )

    assert [(candidate.code, candidate.action.clause.kind) for candidate in candidates] == [
        ("19", "subordinate"),
        ("19", "subordinate"),
    ]


def test_even_if_is_a_concession_not_a_condition(shipped_vocabulary):
    candidate = read(
        "Trump's decision on Thursday to call off his meeting with Putin was a notable turn, even if it came by tweet.",
        "2018-11-30",
        shipped_vocabulary,
    )[0]

    assert (candidate.code, candidate.action.conditional) == ("125", False)


def test_a_participle_between_subject_and_verb_is_an_aside_and_sanctions_held_back_stay_sanctions(
    shipped_vocabulary,
):
    candidates = read(
        "European Union leaders, meeting in Brussels later on Thursday, held off on new sanctions against Russia.",
        "2015-02-12",
        shipped_vocabulary,
    )
    restraint = next(candidate for candidate in candidates if candidate.code == "08")

    assert (restraint.category, float(restraint.score), restraint.target_actor.name) == ("sanctions", 5.0, "Russia")


def test_aid_not_cut_off_is_diplomatic_restraint(shipped_vocabulary):
    candidate = only(
        read("President Clinton said Monday that he would not cut off aid to Russia.", "1994-02-28", shipped_vocabulary)
    )

    assert (candidate.code, candidate.category) == ("08", "diplomatic")


def test_a_gerund_after_without_says_how_and_is_no_refusal(shipped_vocabulary):
    candidates = read(
        "It would be a mistake on Tuesday to spend the aid without asking what kind of Russia it is paying for.",
        "1993-10-06",
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates if candidate.code.startswith("12")] == []


def test_a_protest_is_criticism_and_a_summons_diplomacy(shipped_vocabulary):
    protest = only(read("Christopher protested to Kozyrev by telephone on Thursday.", "1994-02-28", shipped_vocabulary))
    summons = only(read("Russia summoned the U.S. ambassador on Thursday.", "1994-02-28", shipped_vocabulary))

    assert (protest.code, protest.category) == ("114", "rhetoric")
    assert (summons.code, summons.category) == ("114", "diplomatic")


def test_the_agent_of_a_passive_is_the_first_by_phrase_after_the_verb_article_or_not(shipped_vocabulary):
    arrest = only(read("Ames, a CIA officer, was arrested by the FBI on Monday.", "1994-02-28", shipped_vocabulary))
    downed = read(
        "The jet was shot down over Ukraine on Thursday by a missile fired from territory controlled by "
        "Russian-backed separatists.",
        "2014-07-18",
        shipped_vocabulary,
    )

    assert (arrest.source_actor.name, arrest.target_actor.name, arrest.category) == ("FBI", "CIA", "domestic")
    assert [candidate.source_actor for candidate in downed] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin on Tuesday rejected any suggestion of Russian involvement.",
        '"Russia has nothing to do with these hacker attacks," Peskov told reporters on Tuesday.',
    ],
)
def test_rejecting_a_claim_of_involvement_is_a_denial_and_a_hacker_attack_no_use_of_force(shipped_vocabulary, sentence):
    candidates = read(sentence, "2021-05-11", shipped_vocabulary)

    assert [(candidate.code, candidate.category) for candidate in candidates] == [("016", "rhetoric")]


def test_aid_suspended_is_cooperation_cut_back(shipped_vocabulary):
    candidate = only(
        read(
            "Bush said on Tuesday the United States would suspend economic aid to Moscow.",
            "1991-08-20",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category, float(candidate.score)) == ("162", "cooperation", -5.6)


def test_sanctions_also_imposed_in_the_passive_are_a_further_measure_not_the_same_one(shipped_vocabulary):
    candidates = read(
        "On Wednesday the Treasury imposed sanctions on Sberbank and Alfa-Bank. "
        "Sanctions were also imposed on Putin's two adult daughters.",
        "2022-04-08",
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates] == ["163", "163"]
    assert candidates[1].target_actor.name == "Vladimir Putin"


def test_ruling_out_what_names_no_act_is_a_rejection_and_not_ruling_out_a_summit_an_opening(shipped_vocabulary):
    ruled_out = only(
        read(
            "On Monday Putin ruled out any participation of Russian troops in operations in Afghanistan.",
            "2001-09-25",
            shipped_vocabulary,
        )
    )
    not_ruled_out = only(
        read(
            "Kremlin spokesman Dmitry Peskov said on Thursday a summit with Trump had not been ruled out but needed "
            "careful preparation.",
            "2025-10-23",
            shipped_vocabulary,
        )
    )

    assert (ruled_out.code, ruled_out.category, float(ruled_out.score)) == ("12", "diplomatic", -4.0)
    assert (not_ruled_out.category, not_ruled_out.score > 0) == ("diplomatic", True)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ('Russia\'s envoy on Thursday called the vote "an illegitimate and politically motivated step."', "11"),
        ("Medvedev vowed on Tuesday that Kyiv would face retribution.", "13"),
        ("Putin on Tuesday promised a response to the attack on the bridge.", "13"),
        ("Putin and Bush held an hour-long telephone conversation on Saturday.", "04"),
    ],
)
def test_the_lexicon_reads_judgements_vows_of_retribution_and_conversations(shipped_vocabulary, sentence, code):
    assert [candidate.code for candidate in read(sentence, "2024-12-18", shipped_vocabulary)][:1] == [code]


def test_a_year_naming_a_treaty_by_its_capitalised_name_does_not_date_the_act(shipped_vocabulary):
    candidate = only(
        read(
            "The leaders also exchanged the instruments of ratification of the 1991 START treaty.",
            "1994-12-06",
            shipped_vocabulary,
        )
    )

    assert (candidate.date.date, candidate.date.precision) == (datetime.date(1994, 12, 6), "day")


def test_a_relative_clause_without_a_comma_is_an_aside(shipped_vocabulary):
    candidates = read(
        "Ten foreigners, among them two U.S. military veterans who had fought for Ukraine, were released on Wednesday.",
        "2022-09-22",
        shipped_vocabulary,
    )

    assert "19" not in [candidate.code[:2] for candidate in candidates]
    assert [candidate.code for candidate in candidates] == ["084"]


def test_an_amount_is_one_word_so_the_verb_still_governs_its_noun(shipped_vocabulary):
    candidate = only(
        read("Last week Congress approved $2.5 billion in aid for Russia.", "1993-10-06", shipped_vocabulary)
    )

    assert (candidate.code, candidate.category, candidate.source_actor.name) == ("07", "cooperation", "US Congress")


def test_restraint_promised_if_a_condition_is_met_is_a_threat_and_restraint_unless_provoked_stays_restraint(
    shipped_vocabulary,
):
    unless = only(
        read(
            "Putin said on Saturday Russia would not deploy the missiles in Europe unless the United States did so "
            "first.",
            "2019-02-02",
            shipped_vocabulary,
        )
    )
    assert (unless.code, unless.score > 0) == ("08", True)

    candidate = only(
        read(
            "Putin said on Monday that if his proposals were accepted, Russia would not need to deploy new missiles "
            "in the Kaliningrad region.",
            "2007-07-03",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category, candidate.score < 0) == ("138", "military", True)
    assert candidate.action.conditional


def test_a_warning_that_names_weapons_or_all_the_means_at_its_disposal_threatens_force(shipped_vocabulary):
    candidate = only(
        read(
            'Putin on Wednesday warned the West that he was ready to use "all the means at our disposal" to defend '
            "Russian territory.",
            "2022-09-22",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category) == ("138", "military")


def test_a_light_verb_reaches_its_noun_past_a_possessive_but_not_past_that(shipped_vocabulary):
    ordered = only(
        read(
            "President Vladimir Putin on Wednesday ordered Russia's first military mobilisation since World War Two.",
            "2022-09-22",
            shipped_vocabulary,
        )
    )
    concluded = read(
        "Washington on Friday concluded that the strikes were a mistake.", "2017-04-08", shipped_vocabulary
    )

    assert (ordered.code, ordered.category) == ("15", "military")
    assert "19" not in [candidate.code for candidate in concluded]


@pytest.mark.parametrize(
    ("sentence", "code", "category"),
    [
        ("Washington on Monday withdrew a civilian nuclear cooperation agreement with Russia.", "16", "cooperation"),
        ("Russia on Monday pulled out of the agreement on grain exports.", "16", "cooperation"),
        ("The United States on Monday withdrew from the Open Skies treaty.", "16", "military"),
        ("Ukrainian troops began withdrawing from Crimea on Monday.", "087", "military"),
        ("EU leaders on Monday agreed to halt new lending to Russia.", "163", "sanctions"),
        ("Britain and France also announced their recognition of Kosovo on Monday.", "054", "diplomatic"),
    ],
)
def test_leaving_an_agreement_is_cooperation_cut_leaving_a_treaty_military_and_troops_withdrawing_de_escalation(
    shipped_vocabulary, sentence, code, category
):
    candidate = read(sentence, "2014-03-25", shipped_vocabulary)[0]

    assert (candidate.code, candidate.category) == (code, category)


def test_an_aside_whose_pronoun_subject_stands_for_the_doer_is_an_action_of_its_own(shipped_vocabulary):
    candidates = read(
        "Russia pounded Odesa with drones and missiles on Tuesday, a day after it pulled out of the grain agreement.",
        "2023-07-18",
        shipped_vocabulary,
    )

    assert [(candidate.code, candidate.source_actor.name) for candidate in candidates] == [
        ("195", "Russia"),
        ("16", "Russia"),
    ]


def test_a_report_whose_target_is_unnamed_folds_into_the_happening_before_it_is_aimed(shipped_vocabulary):
    candidates = read(
        "KYIV, July 18 (AFP) - Russia pounded Ukraine's ports with drones and missiles overnight.\n\n"
        'Moscow\'s defence ministry described the strikes as a "mass retaliatory strike" against sites where '
        '"terrorist acts" against Russia were being prepared. US Secretary of State Antony Blinken condemned them.',
        "2023-07-18",
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates] == ["195", "11"]
    assert len(candidates[0].further) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        'On July 14, Trump gave Russia 50 days to agree to a ceasefire or face "very severe" tariffs.',
        "EU foreign ministers on Monday agreed to prepare a new package of sanctions against Russia.",
    ],
)
def test_an_ultimatum_or_sanctions_in_preparation_threaten_sanctions(shipped_vocabulary, sentence):
    candidate = read(sentence, "2025-07-15", shipped_vocabulary)[0]

    assert (candidate.code, candidate.category, float(candidate.score)) == ("131", "sanctions", -5.8)


def test_a_vow_that_names_no_cooperative_act_is_a_threat(shipped_vocabulary):
    candidate = only(
        read(
            'Medvedev on Tuesday vowed that the men behind it would face "inevitable retribution."',
            "2024-12-18",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.score < 0) == ("13", True)


def test_the_giver_of_an_ultimatum_threatens_its_receiver_and_submarines_ordered_are_military_posture(
    shipped_vocabulary,
):
    ultimatum = read(
        'On July 14, Donald Trump gave Russia 50 days to agree to a ceasefire or face "very severe" tariffs.',
        "2025-07-15",
        shipped_vocabulary,
    )[0]
    submarines = only(
        read(
            "On Friday Trump announced that he had ordered two nuclear submarines to be positioned near Russia.",
            "2025-08-02",
            shipped_vocabulary,
        )
    )

    assert (ultimatum.source_actor.name, ultimatum.target_actor.name) == ("Donald Trump", "Russia")
    assert (submarines.code, submarines.category, submarines.source_actor.name) == ("15", "military", "Donald Trump")


@pytest.mark.parametrize(
    ("sentence", "code", "category"),
    [
        ("Kirillov had been under British sanctions since October.", "163", "sanctions"),
        ("Russia's Investigative Committee on Wednesday opened a terrorism case.", "09", "domestic"),
    ],
)
def test_being_under_sanctions_is_being_sanctioned_and_opening_a_case_an_investigation(
    shipped_vocabulary, sentence, code, category
):
    candidate = only(read(sentence, "2024-12-18", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)


def test_a_phrase_opening_with_a_preposition_but_holding_a_subject_and_verb_is_the_main_clause(shipped_vocabulary):
    candidates = read(
        "In October he called off a planned meeting with Putin in Budapest, and on October 22 the Treasury imposed "
        "sanctions on Rosneft.",
        "2026-01-03",
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates] == ["125", "163"]
    assert candidates[0].date.date == datetime.date(2025, 10, 1)


def test_a_relative_clause_with_that_is_an_aside_whose_date_is_its_own(shipped_vocabulary):
    demanded, confiscated = read(
        "The Russian delegation on Thursday demanded the return of two compounds that were confiscated by the "
        "Obama administration in December 2016.",
        "2026-03-12",
        shipped_vocabulary,
    )

    assert (demanded.code, demanded.date.date) == ("10", datetime.date(2026, 3, 12))
    assert (confiscated.code, confiscated.date.date, confiscated.date.precision) == (
        "171",
        datetime.date(2016, 12, 1),
        "month",
    )


def test_troops_ordered_to_leave_withdraw_they_are_not_expelled(shipped_vocabulary):
    candidates = read(
        "Foreign Minister Igor Ivanov said on Saturday the troops had been ordered to leave.",
        "1999-06-13",
        shipped_vocabulary,
    )

    assert [(candidate.code, candidate.category) for candidate in candidates] == [("087", "military")]


@pytest.mark.parametrize(
    "sentence",
    ["Moscow has not commented on the accusation.", "The Kremlin has yet to comment on the American sanctions."],
)
def test_not_commenting_on_an_act_is_no_act(shipped_vocabulary, sentence):
    assert read(sentence, "2014-02-07", shipped_vocabulary) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Russian Tu-160 strategic bombers landed in Venezuela on Wednesday.",
        "Lavrov said on Tuesday that Russia would keep about 3,800 soldiers in each of the two regions.",
    ],
)
def test_bombers_landing_abroad_and_troops_kept_in_a_region_are_a_military_posture(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2008-09-11", shipped_vocabulary))

    assert (candidate.code, candidate.category, candidate.source_actor.side) == ("15", "military", "ru")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ('Foreign Minister Sergey Lavrov described the deployment as "reckless."', "11"),
        ("Foreign Minister Sergey Lavrov said the new American missiles in Europe were dangerous.", "11"),
        ("Foreign Minister Sergey Lavrov said Washington bears responsibility for the crisis.", "112"),
        ("Foreign Minister Sergey Lavrov said the American silence amounted to complicity.", "112"),
        ('Foreign Minister Sergey Lavrov said the two Americans had been "caught red-handed."', "112"),
    ],
)
def test_a_judgement_or_an_accusation_in_what_is_said_is_criticism_not_a_bare_statement(
    shipped_vocabulary, sentence, code
):
    candidate = only(read(sentence, "2019-03-12", shipped_vocabulary))

    assert (candidate.code, candidate.category, float(candidate.score)) == (code, "rhetoric", -2.0)
    assert candidate.source_actor.name == "Sergey Lavrov"


def test_a_judgement_word_describing_a_thing_in_a_definite_phrase_is_no_judgement(shipped_vocabulary):
    candidate = only(
        read(
            "Bush and Yeltsin on Tuesday agreed to scrap their most dangerous land-based missiles.",
            "1992-06-17",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category) == ("057", "cooperation")


def test_judgement_words_that_run_on_are_one_judgement_aimed_at_what_follows(shipped_vocabulary):
    candidate = only(
        read(
            'On Monday, Ambassador Linda Thomas-Greenfield called the vote a "dangerous violation of Ukrainian '
            'sovereignty."',
            "2022-10-12",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.target_actor.name) == ("11", "Ukraine")


def test_an_act_whose_doer_is_a_pronoun_for_someone_named_before_is_proposed(shipped_vocabulary):
    candidates = propose(
        "The talks in Geneva ended late on Monday. They agreed on an exchange of prisoners.",
        datetime.date(2025, 6, 3),
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates] == ["084"]


def test_anger_made_no_secret_of_is_criticism_dated_by_its_sentence_not_by_the_decision_it_is_about(
    shipped_vocabulary,
):
    candidate = only(
        read(
            "Russian officials made no secret of their anger over last week's decision by NATO.",
            "2019-03-12",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category, float(candidate.score)) == ("11", "rhetoric", -2.0)
    assert (candidate.date.date, candidate.date.precision) == (datetime.date(2019, 3, 12), "day")


@pytest.mark.parametrize(
    ("sentence", "code", "score"),
    [
        ("China voted on Friday for the Security Council resolution on Syria.", "051", 3.4),
        ("Russia voted against the American draft on Friday.", "12", -4.0),
    ],
)
def test_a_vote_for_a_resolution_endorses_it_and_a_vote_against_rejects(shipped_vocabulary, sentence, code, score):
    candidate = only(read(sentence, "2019-03-12", shipped_vocabulary))

    assert (candidate.code, candidate.category, float(candidate.score)) == (code, "diplomatic", score)


@pytest.mark.parametrize("answer", ["a charge the State Department rejected", "an accusation Washington denied"])
def test_a_claim_answered_in_an_aside_is_a_denial_of_its_own(shipped_vocabulary, answer):
    accused, denied = read(
        f"Moscow on Monday accused the CIA of plotting the attack, {answer}.", "2024-03-26", shipped_vocabulary
    )

    assert (accused.code, accused.source_actor.name) == ("112", "Russia")
    assert (denied.code, denied.category, denied.source_actor.side) == ("016", "rhetoric", "us")


def test_an_aside_whose_doer_answers_no_claim_is_no_act_of_its_own(shipped_vocabulary):
    candidate = only(
        read(
            "Moscow on Monday accused the CIA of plotting the attack, which Washington has long criticized.",
            "2024-03-26",
            shipped_vocabulary,
        )
    )

    assert candidate.code == "112"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Foreign Minister Sergey Lavrov said on Tuesday that ties with Washington had improved.", "05"),
        ("Foreign Minister Sergey Lavrov called the release a gesture of goodwill.", "051"),
    ],
)
def test_relations_said_to_improve_and_goodwill_seen_are_a_thaw(shipped_vocabulary, sentence, code):
    candidate = only(read(sentence, "2019-03-12", shipped_vocabulary))

    assert (candidate.code, candidate.category, candidate.source_actor.name) == (code, "diplomatic", "Sergey Lavrov")
    assert candidate.score > 0


def test_an_amount_in_millions_or_billions_is_one_word_and_the_european_community_is_the_eu(shipped_vocabulary):
    candidate = only(
        read(
            "The European Community froze about $1.5 billion in food and technical aid on Monday.",
            "1991-08-20",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category, candidate.source_actor.name) == ("162", "cooperation", "European Union")


def test_what_is_said_during_a_call_is_the_call(shipped_vocabulary):
    candidate = only(
        read(
            "Biden informed Putin of the new measures during a telephone call on Tuesday.",
            "2022-02-16",
            shipped_vocabulary,
        )
    )

    assert (candidate.code, candidate.category, candidate.date.date) == ("04", "diplomatic", datetime.date(2022, 2, 15))
    assert {candidate.source_actor.name, candidate.target_actor.name} == {"Joe Biden", "Vladimir Putin"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrov said on Monday that if the United States went ahead with the shield, Russia would have to aim its "
        "missiles at Europe.",
        "Medvedev wrote on Monday that if the saboteurs were found to work for Kyiv, they would be destroyed.",
    ],
)
def test_a_statement_setting_a_condition_on_what_will_follow_is_a_threat(shipped_vocabulary, sentence):
    candidate = only(read(sentence, "2024-03-26", shipped_vocabulary))

    assert (candidate.code, candidate.category, candidate.action.conditional) == ("138", "military", True)


def test_a_statement_setting_a_condition_on_what_will_not_follow_is_no_threat(shipped_vocabulary):
    assert (
        read(
            "Lavrov said on Monday that if Washington came back to the table, Russia would not stand in the way.",
            "2024-03-26",
            shipped_vocabulary,
        )
        == []
    )


def test_an_impersonal_it_is_no_one_named_before(shipped_vocabulary):
    assert (
        propose(
            "The talks in Geneva ended late on Monday. It would be premature to lift sanctions.",
            datetime.date(2025, 6, 3),
            shipped_vocabulary,
        )
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "code", "score"),
    [
        ("Putin showed no sign on Friday of bending to the American ultimatum.", "12", -4.0),
        ("Clinton said on Monday that Yeltsin had bent over backwards to keep the peace.", "08", 5.0),
    ],
)
def test_bending_is_yielding_and_no_sign_of_bending_a_refusal(shipped_vocabulary, sentence, code, score):
    candidate = only(read(sentence, "2019-03-12", shipped_vocabulary))

    assert (candidate.code, candidate.category, float(candidate.score)) == (code, "diplomatic", score)


def test_a_noun_whose_head_is_written_as_a_past_verb_is_a_subject_and_its_verb(shipped_vocabulary):
    candidate = only(
        read("On Sunday, Russian drones struck a power station near Kharkiv.", "2024-03-26", shipped_vocabulary)
    )

    assert (candidate.code, candidate.category, candidate.source_actor.name) == ("195", "military", "Russia")


def test_a_protest_at_a_state_s_embassy_is_aimed_at_that_state(shipped_vocabulary):
    at_the_embassy = read(
        "Hundreds of demonstrators gathered outside the U.S. Embassy in Moscow on Thursday.",
        "2003-03-21",
        shipped_vocabulary,
    )
    in_the_city = read("Hundreds of demonstrators gathered in Moscow on Thursday.", "2003-03-21", shipped_vocabulary)

    assert [(candidate.target_actor.name, candidate.score < 0) for candidate in at_the_embassy] == [
        ("United States", True)
    ]
    assert all(
        candidate.target_actor is None or candidate.target_actor.name != "United States" for candidate in in_the_city
    )


def test_a_visit_between_two_sides_is_the_event_of_an_act_the_lexicon_does_not_know(shipped_vocabulary):
    handed = read(
        "Deputy Foreign Minister Sergei Ryabkov handed the documents to US Assistant Secretary of State Karen "
        "Donfried during her visit to Moscow on Wednesday.",
        "2021-12-17",
        shipped_vocabulary,
    )
    at_home = read(
        "Medvedev spoke on Friday during a visit to the Kamchatka peninsula, two days after the State Department "
        "said it would impose sanctions.",
        "2018-08-10",
        shipped_vocabulary,
    )

    assert [(candidate.code, candidate.date.date) for candidate in handed] == [("042", datetime.date(2021, 12, 15))]
    assert not [candidate for candidate in at_home if candidate.code.startswith("04")]
