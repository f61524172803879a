"""The short titles the assistant proposes read as headlines (whole phrases, states and passives as such), and a
participle with its agent ("agents arrested by the FBI") is a passive, titled and done as one."""

import datetime

import pytest

from tests.proposed import only, read
from timeline.assistant.candidates import propose
from timeline.assistant.labels import label_for
from timeline.assistant.russian.morphology import subject_agreement
from timeline.assistant.russian.titles import agreeing_with, russian_words
from timeline.assistant.titles import object_phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("calls for a full investigation into the crash.", "calls for a full investigation into the crash"),
        ("met for more than four hours in a hotel near the airport.", "met for more than four hours in a hotel"),
        ("must leave Russia by Friday.", "must leave Russia"),
        ("offered gas at last year's price.", "offered gas at last year's price"),
        ("telephoned Yeltsin the same day to offer his support.", "telephoned Yeltsin to offer his support"),
        # a quotation's sentence ends the phrase, an abbreviation does not
        ("bears full blame for the blast. There was no foreign role.", "bears full blame for the blast"),
        (". Kyiv chose this path", ""),
        ("met U.S. President Joe Biden in Geneva.", "met U.S. President Joe Biden in Geneva"),
    ],
)
def test_an_object_phrase_ends_on_a_word_that_carries_meaning(text, phrase):
    assert object_phrase(text, 0) == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a name across the cut is kept whole
        (
            "told eight consular officers to depart from the United States within a week.",
            "told eight consular officers to depart from the United States",
        ),
        (
            "flew to Helsinki for a meeting with Finnish President Sauli Niinisto on energy.",
            "flew to Helsinki for a meeting with Finnish President Sauli Niinisto",
        ),
        # a cut does not end on an adjective before its noun, an auxiliary or a quantifier
        (
            "agreed to halve the number of their tactical nuclear weapons by 2030.",
            "agreed to halve the number of their tactical nuclear weapons",
        ),
        (
            "said the new pipeline tariffs would only hurt European consumers.",
            "said the new pipeline tariffs would only hurt",
        ),
        (
            "warned that the sanctions would leave no room for compromise.",
            "warned that the sanctions would leave no room",
        ),
        # what ends a phrase by itself stays, and a month is no auxiliary
        ("called the annexation illegal and dangerous.", "called the annexation illegal"),
        ("called the drills dangerous.", "called the drills dangerous"),
        (
            "resumed talks with the visiting delegation in May in Geneva.",
            "resumed talks with the visiting delegation in May",
        ),
    ],
)
def test_a_phrase_cut_short_is_not_cut_inside_a_name_or_before_a_noun(text, phrase):
    assert object_phrase(text, 0) == phrase


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Moscow was disappointed by the decision, the ministry said on Monday.",
            "Russia is disappointed by the decision",
        ),
        ("Ukraine said it was not consulted about the talks in Riyadh.", "Ukraine is not consulted about the talks"),
    ],
)
def test_a_state_after_a_copula_reads_is_not_as_an_act(shipped_vocabulary, sentence, title):
    candidate = only(read(sentence, "2019-03-04", shipped_vocabulary))

    assert title in candidate.title
    assert "disappoints" not in candidate.title
    assert "will not consult" not in candidate.title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Two Russian diplomats were expelled from the United States on Friday.",
            "Two Russian diplomats expelled from the United States",
        ),
        (
            "Jack Miller, a veteran of the State Department, was arrested by the FSB on Tuesday.",
            "Jack Miller arrested by the FSB",
        ),
        (
            "Ten Russian agents arrested by the FBI were flown to Vienna on Friday.",
            "Ten Russian agents arrested by the FBI",
        ),
    ],
)
def test_a_passive_title_keeps_its_subject_and_leaves_an_aside_out(shipped_vocabulary, sentence, title):
    titles = [candidate.title for candidate in read(sentence, "2019-03-04", shipped_vocabulary)]

    assert any(found.startswith(title) for found in titles), titles


def test_a_title_never_names_its_doer_twice(shipped_vocabulary):
    body = "A U.S. Embassy employee was arrested by the FSB in Moscow on Tuesday."
    candidate = only(propose(body, datetime.date(2019, 3, 6), shipped_vocabulary))

    assert candidate.title.count("FSB") == 1
    assert len(label_for(candidate.title)) <= 40


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Ten Russian agents arrested by the FBI were flown to Vienna on Friday.", "FBI", "Russia"),
        ("The FBI on Monday arrested by mistake a Russian diplomat.", "FBI", "Russia"),
    ],
)
def test_a_participle_with_its_agent_is_done_by_the_agent(shipped_vocabulary, sentence, source, target):
    candidate = only(read(sentence, "2019-03-04", shipped_vocabulary))

    assert (candidate.source_actor.name, candidate.target_actor.name) == (source, target)


def test_an_intent_coded_as_a_threat_is_titled_as_one(shipped_vocabulary):
    candidate = only(
        read(
            "The State Department said on Monday it remained committed to hold Russia accountable for the attack.",
            "2019-03-04",
            shipped_vocabulary,
        )
    )

    assert candidate.code.startswith("13")
    assert "threatens to hold Russia accountable" in candidate.title


@pytest.mark.parametrize(
    ("phrase", "title_end"),
    [
        ("провели в аэропорту Вены крупнейший со времен холодной войны обмен заключенными", "холодной войны"),
        ("договорились сократить стратегические ядерные арсеналы примерно на две трети к 2012 году", "на две трети"),
        ("подписал указ о запрете импорта в США российской нефти и газа", "российской нефти"),
    ],
)
def test_a_russian_title_reaches_the_noun_its_last_words_lead_to(phrase, title_end):
    assert " ".join(russian_words(phrase.split())).endswith(title_end)


@pytest.mark.parametrize(
    ("subject", "words", "agreeing"),
    [
        ("Барак Обама", "объявила о высылке 35 дипломатов", "объявил о высылке 35 дипломатов"),
        ("США", "не будет высылать дипломатов", "не будут высылать дипломатов"),
        ("США", "вводит санкции", "вводят санкции"),
        ("Министерство иностранных дел", "заявил протест", "заявило протест"),
        ("Россия", "выслала 60 дипломатов", "выслала 60 дипломатов"),
        # no finite verb first, or a subject of either gender: as written
        ("США", "о высылке дипломатов", "о высылке дипломатов"),
        ("Обама", "объявила о высылке", "объявила о высылке"),
    ],
)
def test_a_russian_titles_verb_agrees_with_the_titles_subject(subject, words, agreeing):
    assert agreeing_with(subject_agreement(subject), words) == agreeing


def test_a_russian_title_with_no_noun_within_reach_keeps_its_first_cut():
    words = "не направила ни одного запроса о кибератаках в профильные российские и иные".split()

    assert russian_words(words) == words[:8]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Russian forces withdrew from Kherson on Wednesday.", "Russian forces withdraw from Kherson"),
        ("Russian troops pulled out of Kherson on Wednesday.", "Russian troops pull out of Kherson"),
    ],
)
def test_an_expression_led_by_its_subject_is_titled_from_the_doers_words(shipped_vocabulary, sentence, title):
    candidate = only(read(sentence, "2022-11-11", shipped_vocabulary))

    assert candidate.title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Medvedev and Obama met in Prague on Thursday.", "Medvedev and Obama meet in Prague"),
        ("Putin and Obama discussed Syria by telephone on Tuesday.", "Putin and Obama discuss Syria by telephone"),
    ],
)
def test_a_mutual_act_is_titled_with_both_doers_and_a_plural_verb(shipped_vocabulary, sentence, title):
    candidate = only(read(sentence, "2016-03-04", shipped_vocabulary))

    assert candidate.action.mutual
    assert candidate.title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Washington announced new export controls on Friday.", "US announces new export controls"),
        ("Russia and Ukraine signed a grain deal on Friday.", "Russia and Ukraine sign a grain deal"),
        ("Putin on Tuesday signed the treaty with Kyiv.", "Putin signs the treaty with Kyiv"),
    ],
)
def test_a_noun_expression_keeps_the_doers_verb_before_it(shipped_vocabulary, sentence, title):
    candidate = only(read(sentence, "2016-03-04", shipped_vocabulary))

    assert candidate.action.match.part_of_speech == "noun"
    assert candidate.title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Russia, in a statement, voiced concern over the drills on Monday.", "Russia: concern over the drills"),
        ("Lavrov said on Monday it was a mistake.", "Lavrov: mistake"),
    ],
)
def test_a_noun_expression_apart_from_the_doers_verb_reads_after_the_doers_name(shipped_vocabulary, sentence, title):
    assert only(read(sentence, "2016-03-04", shipped_vocabulary)).title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Putin agreed to extend the treaty for five years.", "Putin agrees to extend the treaty for five years"),
        (
            "Biden pledged to send more air defence systems to Kyiv.",
            "Biden pledges to send more air defence systems to Kyiv",
        ),
        ("Ukraine agreed on Tuesday to hold talks with Russia.", "Ukraine agrees to hold talks with Russia"),
        ("Moscow is ready to resume talks with Washington.", "Russia offers to talk with Washington"),
    ],
)
def test_an_intent_is_titled_with_its_own_verb(shipped_vocabulary, sentence, title):
    """ "agreed to extend" is no offer to extend: the verb of intent, when it is one, says what was done."""
    candidate = only(read(sentence, "2021-01-26", shipped_vocabulary))

    assert candidate.title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # an act to come, said as a threat: a threat to act
        (
            "The Kremlin will retaliate against any seizure of its assets, Peskov said.",
            "Kremlin threatens to retaliate against any seizure of its assets",
        ),
        # done: the act
        ("Russia retaliated against the new EU sanctions on Monday.", "Russia retaliates against the new EU sanctions"),
        # said or written with a threat in it: what was said, never "threatens to say"
        (
            "Early this week, Lavrov said that if the new radar went ahead, Russia would have to rethink its plans.",
            "Lavrov says that if the new radar went ahead",
        ),
    ],
)
def test_a_threat_is_titled_as_one_and_a_saying_as_said(shipped_vocabulary, sentence, title):
    (candidate,) = read(sentence, "2021-03-03", shipped_vocabulary)

    assert candidate.title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # "have|has|had a ... conversation": the present tense of "have" is "has", and the title reaches the
        # expression's last word though an "and" stands inside it
        (
            '"We had a frank and useful conversation," Blinken told reporters on Friday.',
            "Blinken has a frank and useful conversation",
        ),
        ("Putin and Biden had a phone call on Tuesday.", "Putin and Biden have a phone call"),
    ],
)
def test_a_title_conjugates_have_and_keeps_the_whole_expression(shipped_vocabulary, sentence, title):
    candidate = only(propose(sentence, datetime.date(2024, 8, 2), shipped_vocabulary))
    assert candidate.title == title


def test_a_title_reads_through_a_quoted_word_without_its_quote_marks():
    # a headline quotes without quote marks, and "would" before the quoted word cannot end it
    assert object_phrase('that any new U.S. sanctions would "poison" the talks.', 0) == (
        "that any new U.S. sanctions would poison"
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a clause the cut leaves with its subject only goes: "warns Oslo", not "warns Oslo that the Baltic states"
        (
            "warned Oslo that the Baltic states and their northern neighbours would face sanctions.",
            "warned Oslo",
        ),
        # "so" and an adjective of a point of the compass need what follows them
        ("stood down the alert so that talks could resume.", "stood down the alert"),
        (
            "endorsed a ceasefire along the front line in eastern Ukraine and Moldova.",
            "endorsed a ceasefire along the front line",
        ),
    ],
)
def test_a_phrase_cut_short_does_not_end_inside_a_clause_or_on_a_word_needing_the_next(text, phrase):
    assert object_phrase(text, 0) == phrase


def test_a_title_writes_an_actor_by_its_short_name_with_the_title_before_it_left_out(shipped_vocabulary):
    candidate = only(
        read("Obama hosted Russian President Dmitry Medvedev at the White House.", "2010-06-25", shipped_vocabulary)
    )

    assert candidate.title == "Obama hosts Medvedev at the White House"
