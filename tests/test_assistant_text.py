"""Reading sentences: splitting with offsets, actors through aliases, speakers, lexicon expressions."""

import datetime

import pytest

from tests.factories import make_actor
from timeline.assistant.actors import ActorMatcher
from timeline.assistant.sentences import split_sentences
from timeline.assistant.speakers import find_speaker
from timeline.models import Actor

# Sentences


def test_sentences_carry_their_offsets_into_the_body():
    body = "Moscow (CNN) The U.S. Senate voted. Lt. Gen. Flynn left.\n\n  • Tillerson meets Lavrov next week\nEnd."

    sentences = split_sentences(body)

    assert [sentence.text for sentence in sentences] == [
        "Moscow (CNN) The U.S. Senate voted.",
        "Lt. Gen. Flynn left.",
        "Tillerson meets Lavrov next week",
        "End.",
    ]
    assert all(body[sentence.start : sentence.end] == sentence.text for sentence in sentences)
    assert [sentence.paragraph for sentence in sentences] == [0, 0, 2, 3]


def test_a_quotation_of_several_sentences_stays_with_its_attribution():
    body = '"Everything turned out opposite. We are very concerned," Peskov added. Lavrov spoke next.'

    texts = [sentence.text for sentence in split_sentences(body)]

    assert texts == ['"Everything turned out opposite. We are very concerned," Peskov added.', "Lavrov spoke next."]


def test_a_full_stop_inside_a_closing_quotation_ends_the_sentence():
    body = 'The Kremlin denounced "an aggression." The ministry suspended the channel.'

    assert [sentence.text for sentence in split_sentences(body)] == [
        'The Kremlin denounced "an aggression."',
        "The ministry suspended the channel.",
    ]


def test_an_unbalanced_quotation_does_not_swallow_the_line():
    body = "They realise it is hard,” said Andrew Weiss. Calling it a fixation is harsh."

    assert len(split_sentences(body)) == 2


@pytest.mark.parametrize(
    ("line", "first_sentence"),
    [
        ("MOSCOW, Dec 28 (Reuters) - Putin signed the law. It takes effect in January.", "Putin signed the law."),
        ("ANKARA, Turkey (AP) — Russia freed two Americans.", "Russia freed two Americans."),
        ("SAN FRANCISCO (AP) — Officials entered the consulate.", "Officials entered the consulate."),
        ("WASHINGTON. June 25 (Interfax) - Obama hosted Medvedev.", "Obama hosted Medvedev."),
        ("MOSCOW — Police detained two Americans.", "Police detained two Americans."),
        ("ВЕНА, 9 июля /Интерфакс/. Россия и США провели обмен.", "Россия и США провели обмен."),
        ("ЖЕНЕВА, 6 марта — РИА Новости. Лавров встретился с Клинтон.", "Лавров встретился с Клинтон."),
        ("ВАШИНГТОН, 18 марта. Обама подписал указ.", "Обама подписал указ."),
        # one recogniser for the sentence and the clause: the forms the clause splitters knew alone
        ("WASHINGTON (CNN)Putin met Tillerson.", "Putin met Tillerson."),
        ("Jan. 2 (Bloomberg) -- Gazprom cut deliveries.", "Gazprom cut deliveries."),
        ("МОСКВА, 29 марта 2019 г. /ТАСС/. Лавров встретился с Помпео.", "Лавров встретился с Помпео."),
        # capitals and a dash that are no dateline
        ("NATO — which Moscow opposes — grew again.", "NATO — which Moscow opposes — grew again."),
        ("U.S. - Russia talks resumed.", "U.S. - Russia talks resumed."),
    ],
)
def test_a_wires_dateline_is_not_part_of_the_sentence_an_editor_quotes(line, first_sentence):
    body = "Headline words\n" + line

    sentence = split_sentences(body)[1]

    assert sentence.text == first_sentence
    assert body[sentence.start : sentence.end] == first_sentence


# Actors


@pytest.fixture
def matcher(db):
    make_actor("United States", side=Actor.Side.UNITED_STATES, aliases="US\nU.S.\nWashington")
    make_actor("Russia", aliases="Moscow\nthe Russians")
    make_actor("Kremlin", kind=Actor.Kind.INSTITUTION, aliases="the Kremlin")
    make_actor(
        "Rex Tillerson",
        kind=Actor.Kind.PERSON,
        side=Actor.Side.UNITED_STATES,
        aliases="Tillerson\nUS Secretary of State Rex Tillerson",
    )
    make_actor("Donald Trump", kind=Actor.Kind.PERSON, side=Actor.Side.UNITED_STATES, aliases="Trump")
    make_actor("Dmitry Peskov", kind=Actor.Kind.PERSON, aliases="Peskov\nKremlin spokesman Dmitry Peskov")
    return ActorMatcher(Actor.objects.all())


def names(actors):
    return [actor.name for actor in actors]


def test_actors_are_found_by_name_and_alias_in_order_of_mention(matcher):
    assert names(matcher.actors("The Kremlin said Moscow would answer Washington.")) == [
        "Kremlin",
        "Russia",
        "United States",
    ]


def test_short_aliases_match_their_case_exactly_and_whole_words_only(matcher):
    assert names(matcher.actors("Let us talk about Trumpism and the usual suspects.")) == []
    assert names(matcher.actors("The US and the U.S. Senate")) == ["United States", "US Senate"]


def test_long_aliases_match_in_any_case(matcher):
    assert names(matcher.actors("The Russians and the kremlin disagreed.")) == ["Russia", "Kremlin"]


def test_the_longest_overlapping_alias_wins(matcher):
    mentions = matcher.mentions("US Secretary of State Rex Tillerson flew to Moscow.")

    assert [(mention.actor.name, mention.start) for mention in mentions] == [("Rex Tillerson", 0), ("Russia", 44)]


def test_an_alias_added_by_an_editor_is_used_by_the_next_matcher(matcher):
    russia = Actor.objects.get(name="Russia")
    russia.aliases += "\nRussian government"
    russia.save()

    assert names(ActorMatcher(Actor.objects.all()).actors("The Russian government objected.")) == ["Russia"]


@pytest.mark.parametrize(
    "sentence",
    ["Tillerson visits Moscow.", "Trump met reporters in Moscow.", "Tillerson flew to Moscow on Monday."],
)
def test_a_city_where_something_happens_is_a_place_not_an_actor(matcher, sentence):
    assert "Russia" not in names(matcher.actors(sentence))


def test_a_capital_that_acts_is_its_state(matcher):
    assert names(matcher.actors("Moscow expelled the diplomats; Washington protested.")) == ["Russia", "United States"]


def test_a_demonym_names_its_actor(matcher):
    russia = Actor.objects.get(name="Russia")
    russia.demonyms = "Russian\nRussians"
    russia.save()
    matcher = ActorMatcher(Actor.objects.all())

    assert names(matcher.actors("The US expelled 35 Russian diplomats and Russian-owned compounds.")) == [
        "United States",
        "Russia",
    ]
    assert names(matcher.actors("The russian word for it.")) == []


def test_a_noun_phrase_names_its_most_specific_actor_of_the_same_side(matcher):
    lavrov = make_actor("Sergey Lavrov", kind=Actor.Kind.PERSON, aliases="Lavrov")
    un = make_actor("United Nations", side=Actor.Side.OTHER, kind=Actor.Kind.INSTITUTION, aliases="U.N.")
    russia = Actor.objects.get(name="Russia")
    russia.demonyms = "Russian"
    russia.save()
    matcher = ActorMatcher(Actor.objects.all())

    assert [phrase.actor for phrase in matcher.phrases("Russian Foreign Minister Sergey Lavrov said.")] == [lavrov]
    # a diplomat the list does not hold: the phrase is Russia's, not the United Nations'
    assert [phrase.actor for phrase in matcher.phrases("Russia's U.N. Ambassador Gennady Kuzmin said.")] == [russia]
    assert un not in [phrase.actor for phrase in matcher.phrases("Russia's U.N. Ambassador said.")]


def test_an_alias_two_actors_share_means_the_one_in_office(db):
    father = make_actor("George H. W. Bush", kind=Actor.Kind.PERSON, side=Actor.Side.UNITED_STATES, aliases="Bush")
    son = make_actor("George W. Bush", kind=Actor.Kind.PERSON, side=Actor.Side.UNITED_STATES, aliases="Bush")
    Actor.objects.filter(pk=father.pk).update(
        active_from=datetime.date(1989, 1, 20), active_until=datetime.date(1993, 1, 20)
    )
    Actor.objects.filter(pk=son.pk).update(
        active_from=datetime.date(2001, 1, 20), active_until=datetime.date(2009, 1, 20)
    )
    matcher = ActorMatcher(Actor.objects.filter(pk__in=[father.pk, son.pk]))

    assert matcher.actors("Bush signed the treaty.", datetime.date(1992, 6, 17)) == [father]
    assert matcher.actors("Bush signed the treaty.", datetime.date(2002, 5, 24)) == [son]


# Speakers


@pytest.mark.parametrize(
    ("sentence", "speaker", "actor"),
    [
        (
            'The threat had "significantly increased," Kremlin spokesman Dmitry Peskov said Friday.',
            "Kremlin spokesman Dmitry Peskov",
            "Dmitry Peskov",
        ),
        ('"We are very concerned," Peskov added.', "Peskov", "Dmitry Peskov"),
        ("Lavrov told Tillerson that the steps were hostile.", "Lavrov", "Sergey Lavrov"),
        ("They realise it is hard,” said Andrew Weiss, a former adviser.", "Andrew Weiss", None),
        (
            "A senior State Department official said Thursday that the US was willing.",
            "A senior State Department official",
            None,
        ),
        (
            "Ever since, to the point that last week President Trump said they were at zero.",
            "President Trump",
            "Donald Trump",
        ),
        ("Talks will go on, according to the Kremlin.", "the Kremlin", "Kremlin"),
        ('But he went on to say: "Hopefully not."', "he", None),
    ],
)
def test_the_speaker_of_a_quotation_or_reported_speech(matcher, sentence, speaker, actor):
    found = find_speaker(sentence, matcher)

    assert found.text == speaker
    assert (found.actor.name if found.actor else None) == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Later, they minimized the impact of the strikes and announced that defenses would be sent.",
        "The US missile strikes drove relations to a new low.",
    ],
)
def test_no_speaker_without_a_subject_of_a_verb_of_saying(matcher, sentence):
    assert find_speaker(sentence, matcher) is None
