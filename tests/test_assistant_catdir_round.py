"""Category and direction round (branch `catdir`, 2026-11-29): how a category or a sign is chosen for the acts
whose category or sign is easy to get wrong (a warning, a threat of force or of sanctions; an incident and an
accusation about it; meetings, agreements and aid).

Met in eight dev passages written gold first; each test fails on the code before its rule or vocabulary, on
sentences of its own.
"""

import datetime

import pytest

from timeline.assistant.candidates import propose

pytestmark = pytest.mark.django_db


def read(text, vocabulary, published="2019-11-20"):
    return propose("Headline\n" + text, datetime.date.fromisoformat(published), vocabulary)


def kinds(candidates):
    return [(candidate.code, candidate.category) for candidate in candidates]


def test_a_comma_inside_a_closing_quote_ends_its_clause(shipped_vocabulary):
    candidates = read(
        'Lavrov called the plan "a provocation," and the Foreign Ministry summoned the American envoy.',
        shipped_vocabulary,
    )

    assert kinds(candidates) == [("11", "rhetoric"), ("114", "diplomatic")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Shoigu warned that the army would launch a new offensive if Kyiv kept shelling the border.",
            ("138", "military"),
        ),
        (
            "Lukashenko warned that his troops would move to the frontier unless Warsaw backed down.",
            ("138", "military"),
        ),
        ("Gazprom warned Kyiv that its deliveries would be halted unless it paid its debts.", ("131", "sanctions")),
        (
            "Medvedev warned that Moscow would cut off gas supplies to any country that capped its price.",
            ("131", "sanctions"),
        ),
    ],
)
def test_a_warning_is_a_threat_of_the_measure_it_names(sentence, kind, shipped_vocabulary):
    assert kinds(read(sentence, shipped_vocabulary)) == [kind]


@pytest.mark.parametrize(
    ("sentence", "accuser", "accused"),
    [
        (
            "The State Department said Russian warships had fired on an American patrol boat in the Baltic.",
            "US State Department",
            "Russia",
        ),
        ("Lavrov said American jets had bombed a Russian convoy near Aleppo.", "Sergey Lavrov", "United States"),
    ],
)
def test_force_one_power_says_the_other_used_on_it_is_an_accusation(sentence, accuser, accused, shipped_vocabulary):
    candidates = read(sentence, shipped_vocabulary)

    assert [(c.code, c.category, c.source_actor.name, c.target_actor.name) for c in candidates] == [
        ("112", "rhetoric", accuser, accused)
    ]
    assert candidates[0].title.startswith(f"{candidates[0].source_actor.label_name()} accuses ")
    own_forces = "The Russian Defence Ministry said its warships had fired on an American patrol boat in the Baltic."
    assert kinds(read(own_forces, shipped_vocabulary)) == [("19", "military")]  # a power's account of its own act


def test_two_sides_that_agreed_someone_would_act_reached_an_agreement(shipped_vocabulary):
    agreed = read(
        "Blinken and Lavrov agreed on Friday that both embassies would restore their consular staff.",
        shipped_vocabulary,
    )
    shared_view = read("Blinken and Lavrov agreed on Friday that the talks had been frank.", shipped_vocabulary)

    assert kinds(agreed) == [("057", "cooperation")]
    assert kinds(shared_view) == [("03", "diplomatic")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The Kremlin reserved the right to respond, including with military means, if the bases were built.",
            ("138", "military"),
        ),
        ("Lavrov reserved the right to answer Warsaw with sanctions of its own.", ("131", "sanctions")),
    ],
)
def test_a_threat_is_of_the_measure_it_names(sentence, kind, shipped_vocabulary):
    assert kinds(read(sentence, shipped_vocabulary)) == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Washington shipped two tankers of diesel fuel to Kyiv last week.", ("06", "cooperation")),
        ("China voted on Monday with Moscow against the American draft at the Security Council.", ("12", "diplomatic")),
    ],
)
def test_fuel_shipped_is_cooperation_and_a_vote_against_a_draft_a_rejection(sentence, kind, shipped_vocabulary):
    assert kinds(read(sentence, shipped_vocabulary)) == [kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Austin on Monday ruled out any use of force against Belarus.", ("08", "diplomatic")),
        ("Scholz declined fresh sanctions against Moscow at the summit.", ("08", "sanctions")),
        ("Scholz ruled out lifting the sanctions against Moscow.", ("12", "diplomatic")),
    ],
)
def test_a_hostile_step_ruled_out_is_held_back(sentence, kind, shipped_vocabulary):
    assert kinds(read(sentence, shipped_vocabulary)) == [kind]


def test_a_judgement_said_before_a_second_verb_is_an_act_of_its_own(shipped_vocabulary):
    candidates = read(
        'Zakharova said on Monday that the raids were "unacceptable" and urged Washington to return the property.',
        shipped_vocabulary,
    )

    assert [(c.code, c.category, c.source_actor.name) for c in candidates] == [
        ("11", "rhetoric", "Maria Zakharova"),
        ("02", "rhetoric", "Maria Zakharova"),
    ]


def test_an_accusation_after_a_criticism_of_the_same_speaker_is_an_act_of_its_own(shipped_vocabulary):
    candidates = read(
        "Nikki Haley said on Friday that Washington was outraged by the vote. "
        "She accused Moscow of shielding Damascus from any scrutiny.",
        shipped_vocabulary,
    )

    assert [candidate.code for candidate in candidates] == ["11", "112"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gerasimov said Russia would respond to any new provocation near its borders.",
        "The ministry said Moscow would respond decisively to any further provocations.",
    ],
)
def test_what_a_retaliation_answers_is_not_the_answerers_act(sentence, shipped_vocabulary):
    assert kinds(read(sentence, shipped_vocabulary)) == [("13", "rhetoric")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the deal Moscow will hand back the islands by the end of the year.",
        "Back in Moscow on Friday, Lavrov met reporters at the ministry.",
        "The envoys kept open back channels to the Kremlin through the winter.",
    ],
)
def test_back_as_a_particle_an_adverb_or_a_noun_is_no_support(sentence, shipped_vocabulary):
    assert [c.code for c in read(sentence, shipped_vocabulary) if c.code == "051"] == []


def test_a_gerund_after_after_only_dates_the_judgement_said(shipped_vocabulary):
    candidates = read('"It is a grave mistake," Lavrov told journalists after arriving in Ankara.', shipped_vocabulary)

    assert kinds(candidates) == [("11", "rhetoric")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Medvedev said on Sunday that Russia had every right to intervene to protect its citizens in Abkhazia.",
        "Lukashenko reminded Warsaw that Belarus now hosted Russian nuclear weapons.",
    ],
)
def test_a_right_to_intervene_and_a_nuclear_reminder_threaten_force(sentence, shipped_vocabulary):
    assert kinds(read(sentence, shipped_vocabulary)) == [("138", "military")]


def test_experts_sent_to_help_are_aid(shipped_vocabulary):
    candidates = read(
        "Washington sent a team of FBI experts to Moscow to help investigate the bombings.", shipped_vocabulary
    )

    assert kinds(candidates) == [("07", "cooperation")]


def test_a_vote_for_a_resolution_named_as_sanctions_is_taking_part_in_them(shipped_vocabulary):
    candidates = read(
        "On Friday Russia voted for the resolution, a new round of U.N. sanctions on North Korea.", shipped_vocabulary
    )

    assert kinds(candidates) == [("163", "sanctions")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday Trump gave Putin two weeks to accept a truce or see new tariffs on Russian oil.",
        "The EU gave Minsk ten days to free the prisoners or suffer further sanctions.",
    ],
)
def test_an_ultimatum_threatens_what_its_alternative_names(sentence, shipped_vocabulary):
    assert kinds(read(sentence, shipped_vocabulary)) == [("131", "sanctions")]


def test_a_treaty_threatened_to_be_left_is_no_threat_of_force(shipped_vocabulary):
    candidates = read(
        "Lavrov said Moscow might pull out of the treaty if Washington deployed the new missiles.", shipped_vocabulary
    )

    assert kinds(candidates) == [("13", "rhetoric")]


def test_missiles_built_are_a_force_posture(shipped_vocabulary):
    candidates = read(
        "Shoigu said on Friday that Russia would develop new intermediate-range missiles.", shipped_vocabulary
    )

    assert kinds(candidates) == [("15", "military")]
