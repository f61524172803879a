"""Reading sentences: splitting with offsets, actors through aliases, speakers, lexicon expressions."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_actor
from timeline.assistant.actors import ActorMatcher
from timeline.assistant.lexicon import Lexicon, expression_pattern, load_seed
from timeline.assistant.sentences import split_sentences
from timeline.assistant.speakers import find_speaker
from timeline.models import Actor, LexiconEntry

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
    assert names(matcher.actors("Let us talk about USA Today and Trumpism.")) == []
    assert names(matcher.actors("The US and the U.S. Senate")) == ["United States"]


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


def test_moscow_the_city_is_taken_for_russia_a_documented_limitation(matcher):
    assert names(matcher.actors("Tillerson visits Moscow.")) == ["Rex Tillerson", "Russia"]


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
        ("Lavrov told Tillerson that the steps were hostile.", "Lavrov", None),
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


# The lexicon


def entry(expression, score, code="190", category="military"):
    return LexiconEntry(expression=expression, cameo_code=code, event_type="test", category=category, score=score)


@pytest.mark.parametrize(
    ("expression", "text", "matched"),
    [
        ("expel*", "Russia expelled 35 diplomats", "expelled"),
        ("expel*", "an expulsion", None),
        ("impose* ... sanction*", "The bill imposes tough new sanctions on Moscow", "imposes tough new sanctions"),
        ("impose* ... sanction*", "imposes a one two three four five sanctions", None),
        ("phone call", "in a Phone  call on Friday", "Phone  call"),
        ("aid", "an aide said", None),
    ],
)
def test_expressions_match_whole_words_with_endings_and_gaps(expression, text, matched):
    match = expression_pattern(expression).search(text)

    assert (match.group() if match else None) == matched


def test_a_happening_beats_a_verb_of_saying_and_a_longer_expression_beats_a_shorter_one():
    lexicon = Lexicon(
        [
            entry("said", 0, code="010", category="rhetoric"),
            entry("sanction*", -8, code="163"),
            entry("ease* ... sanction*", 7, code="085"),
        ]
    )

    assert lexicon.best_match("The ministry said sanctions were imposed.").entry.expression == "sanction*"
    assert lexicon.best_match("Washington said it would ease the sanctions.").entry.expression == "ease* ... sanction*"
    assert lexicon.best_match("The ministry said so.").entry.expression == "said"


def test_an_expression_in_the_opening_phrase_yields_to_the_main_clause():
    lexicon = Lexicon([entry("strike*", -10), entry("denounc*", -2, code="11", category="rhetoric")])

    match = lexicon.best_match("Within hours of the missile strikes, the Kremlin was denouncing an aggression.")

    assert match.entry.expression == "denounc*"


def test_a_negated_expression_is_flagged():
    lexicon = Lexicon([entry("lift* ... sanction*", 7, code="085")])

    assert lexicon.best_match("The Senate would not lift sanctions on Moscow.").negated
    assert not lexicon.best_match("The Senate voted to lift sanctions on Moscow.").negated


@pytest.mark.parametrize("expression", ["...", "*", "... expel*", "expel* ...", "ex*pel"])
def test_an_unusable_expression_is_a_validation_error(db, expression):
    with pytest.raises(ValidationError) as error:
        entry(expression, -5, code="174").full_clean()

    assert "expression" in error.value.message_dict


def test_the_seeded_lexicon_is_anchored_on_the_reference_scores(db):
    load_seed(LexiconEntry)  # the migration seeds it; a transactional test may have emptied the table since
    reference = {"190": -10.0, "163": -8.0, "174": -5.0, "161": -4.0, "11": -2.0, "010": 0.0, "04": 1.0, "042": 1.9}
    seeded = {code: float(score) for code, score in LexiconEntry.objects.values_list("cameo_code", "score")}

    assert {code: seeded.get(code) for code in reference} == reference
    for expression in ["strike*", "missile*", "sanction*", "expel*", "suspend*", "talk*", "visit*", "phone call*"]:
        assert LexiconEntry.objects.filter(expression=expression).exists(), expression
