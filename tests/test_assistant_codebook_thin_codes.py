"""The third codebook round of the English vocabulary (migration 0041): wire verbs for the CAMEO codes the lexicon
had few words for, and the actors wires name beside the two sides (the officials, bodies and states since 1991 the
actor list lacked), chosen from the codebook and wire usage rather than from any passage's misses. Every sentence
here is new, written for these tests; none comes from an evaluation set."""

import pytest

from tests.proposed import only, read

COOPERATIVE = 1
HOSTILE = -1


@pytest.mark.parametrize(
    ("sentence", "code", "category", "sign"),
    [
        ("Moscow agreed in principle to a new round of talks on Monday.", "03", "diplomatic", COOPERATIVE),
        ("Washington expressed interest in a new arms control deal on Monday.", "03", "diplomatic", COOPERATIVE),
        ("Moscow held out the prospect of a deal on Monday.", "03", "diplomatic", COOPERATIVE),
        ("Russia sent a delegation to Washington on Monday.", "04", "diplomatic", COOPERATIVE),
        ("Russian and American diplomats haggled over the wording on Monday.", "04", "diplomatic", COOPERATIVE),
        ("Russian and American negotiators thrashed out a deal on Monday.", "057", "cooperation", COOPERATIVE),
        ("Washington recognized Russia's sovereignty over the islands on Monday.", "054", "diplomatic", COOPERATIVE),
        ("Russia granted American planes overflight rights on Monday.", "06", "cooperation", COOPERATIVE),
        ("The United States approved the sale of missiles to Ukraine on Monday.", "07", "cooperation", COOPERATIVE),
        ("Washington shipped food to Russia on Monday.", "07", "cooperation", COOPERATIVE),
        ("Washington forgave Russia's Soviet-era debt on Monday.", "071", "cooperation", COOPERATIVE),
        ("Russia bowed to American pressure on Monday.", "08", "diplomatic", COOPERATIVE),
        ("Moscow caved to Washington's demands on Monday.", "08", "diplomatic", COOPERATIVE),
        ("Washington shelved plans for a missile shield on Monday.", "08", "diplomatic", COOPERATIVE),
        ("Russia scaled back its military exercise on Monday.", "087", "military", COOPERATIVE),
        ("Washington set a deadline for Moscow to return to compliance on Monday.", "10", "rhetoric", HOSTILE),
        ("Washington gave Moscow 60 days to return to compliance on Monday.", "10", "rhetoric", HOSTILE),
        ("Moscow turned a deaf ear to Washington's appeals on Monday.", "12", "diplomatic", HOSTILE),
        ("Russia dug in its heels on Monday.", "12", "diplomatic", HOSTILE),
        ("Moscow said it would respond in kind on Monday.", "13", "rhetoric", HOSTILE),
        ("Washington downgraded its diplomatic presence in Moscow on Monday.", "161", "diplomatic", HOSTILE),
        ("Washington cut off funding for the joint program on Monday.", "162", "cooperation", HOSTILE),
        ("Washington hit Moscow with new sanctions on Monday.", "163", "sanctions", HOSTILE),
        ("Moscow forbade American adoptions on Monday.", "163", "sanctions", HOSTILE),
        ("Russian hackers targeted American election systems in 2016.", "17", "other", HOSTILE),
        ("Russian forces swept into the town on Monday.", "19", "military", HOSTILE),
        ("Russian forces laid mines in the port on Monday.", "19", "military", HOSTILE),
        # nouns after a light verb, and verbs wires put before them
        ("Moscow made a plea for calm on Monday.", "02", "rhetoric", COOPERATIVE),
        ("Moscow expressed its support for the American initiative on Monday.", "051", "diplomatic", COOPERATIVE),
        ("Washington levied new sanctions on Moscow on Monday.", "163", "sanctions", HOSTILE),
        ("Washington rolled out new sanctions against Moscow on Monday.", "163", "sanctions", HOSTILE),
        ("Russia denied entry to an American senator on Monday.", "163", "sanctions", HOSTILE),
        ("Russia staged a walkout at the talks on Monday.", "125", "diplomatic", HOSTILE),
    ],
)
def test_a_word_for_a_thin_code_gives_its_act(shipped_vocabulary, sentence, code, category, sign):
    candidate = only(read(sentence, "2019-06-12", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)
    assert (candidate.score > 0) - (candidate.score < 0) == sign


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Kislyak met Flynn in Washington on Monday.", "Sergei Kislyak"),
        ("Chernomyrdin met Gore on Monday.", "Viktor Chernomyrdin"),
        ("Gerasimov ordered the troops to withdraw on Monday.", "Valery Gerasimov"),
        ("The OSCE condemned the Russian move on Monday.", "OSCE"),
        ("The G7 condemned Russia on Monday.", "Group of Seven"),
        ("Estonia expelled a Russian diplomat on Monday.", "Estonia"),
        ("The Wagner Group seized Bakhmut on Monday.", "Wagner Group"),
        ("Stoltenberg criticized Russia on Monday.", "Jens Stoltenberg"),
    ],
)
def test_an_actor_wires_name_is_the_doer(shipped_vocabulary, sentence, source):
    candidate = only(read(sentence, "2019-06-12", shipped_vocabulary))

    assert candidate.source_actor is not None
    assert candidate.source_actor.name == source
