"""Event nouns, phrasal verbs and words of stance of wire English for the acts of the CAMEO codebook, added to the
English lexicon in its second codebook round (migration 0039), from the codebook rather than from any passage's
misses: each gives a candidate with its act's code, category and sign. Every sentence here is new, written for these
tests; none comes from an evaluation set."""

import pytest

from tests.proposed import only, read

COOPERATIVE = 1
HOSTILE = -1


@pytest.mark.parametrize(
    ("sentence", "code", "category", "sign"),
    [
        # event nouns after a light verb
        ("Putin held out an olive branch to Washington on Monday.", "03", "diplomatic", COOPERATIVE),
        ("Russia announced a drawdown of its forces in Syria on Monday.", "087", "military", COOPERATIVE),
        ("Russia announced a humanitarian pause in Mariupol on Monday.", "0871", "military", COOPERATIVE),
        ("Washington announced the suspension of aid to Moscow on Monday.", "162", "cooperation", HOSTILE),
        ("Moscow announced the suspension of talks on Friday.", "164", "diplomatic", HOSTILE),
        ("Russia launched a crackdown on American media on Monday.", "172", "diplomatic", HOSTILE),
        ("Russia launched a disinformation campaign against Ukraine in 2022.", "17", "other", HOSTILE),
        ("Lavrov launched a tirade against Washington on Friday.", "11", "rhetoric", HOSTILE),
        # phrasal and multiword verbs
        ("Biden reached out to Putin on Tuesday.", "04", "diplomatic", COOPERATIVE),
        ("Russia and the United States mended fences on Friday.", "05", "diplomatic", COOPERATIVE),
        ("Moscow gave the green light to the deal on Friday.", "051", "diplomatic", COOPERATIVE),
        ("Lavrov sided with Beijing on Friday.", "051", "diplomatic", COOPERATIVE),
        ("Russia cracked down on American media on Monday.", "172", "diplomatic", HOSTILE),
        ("Russia threw out ten American diplomats on Monday.", "174", "diplomatic", HOSTILE),
        ("Washington ratcheted up sanctions on Moscow on Friday.", "163", "sanctions", HOSTILE),
        ("Washington pulled the plug on the pipeline project on Friday.", "16", "cooperation", HOSTILE),
        ("Russia stayed away from the summit in Geneva.", "125", "diplomatic", HOSTILE),
        ("Russian forces laid siege to Mariupol in March.", "191", "military", HOSTILE),
        ("Russia filed a protest with the State Department on Friday.", "114", "rhetoric", HOSTILE),
        # stance and judgement
        ("Lavrov bristled at the American remarks on Friday.", "11", "rhetoric", HOSTILE),
        ("Moscow railed against the sanctions on Friday.", "11", "rhetoric", HOSTILE),
        ("Moscow cried foul over the expulsions on Friday.", "11", "rhetoric", HOSTILE),
        ("Moscow expressed outrage at the American decision on Friday.", "11", "rhetoric", HOSTILE),
        ("Washington balked at the Russian demands on Friday.", "12", "diplomatic", HOSTILE),
        ("Moscow poured cold water on the American proposal on Friday.", "12", "diplomatic", HOSTILE),
        ("Washington repudiated the agreement on Friday.", "12", "diplomatic", HOSTILE),
    ],
)
def test_a_word_of_the_second_codebook_round_gives_its_act(shipped_vocabulary, sentence, code, category, sign):
    candidate = only(read(sentence, "2019-06-12", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)
    assert (candidate.score > 0) - (candidate.score < 0) == sign


def test_a_phrasal_verb_of_the_codebook_takes_the_readers_negation(shipped_vocabulary):
    """A hostile phrasal verb refused is restraint, as a one-word verb is: "will not throw out" is no expulsion."""
    candidate = only(
        read("Russia will not throw out American diplomats, Lavrov said.", "2019-06-12", shipped_vocabulary)
    )

    assert (candidate.code, candidate.score > 0) == ("08", True)
