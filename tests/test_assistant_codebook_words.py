"""Words of wire English for the acts of the CAMEO codebook, added to the English lexicon from the codebook rather
than from any passage's misses (migration 0037): each gives a candidate with its act's code, category and sign.
Every sentence here is new, written for these tests; none comes from an evaluation set."""

import pytest

from tests.proposed import only, read

COOPERATIVE = 1
HOSTILE = -1


@pytest.mark.parametrize(
    ("sentence", "code", "category", "sign"),
    [
        # 04 consult, 042 visit, 043 host
        ("Lavrov and Pompeo exchanged views on Syria in Vienna on Monday.", "04", "diplomatic", COOPERATIVE),
        ("Kerry paid a visit to Sochi on Tuesday.", "042", "diplomatic", COOPERATIVE),
        ("Putin received Tillerson at the Kremlin on Wednesday.", "043", "diplomatic", COOPERATIVE),
        # 05 diplomatic cooperation, 057 agreement
        ("Moscow and Washington agreed on Monday to upgrade ties.", "05", "diplomatic", COOPERATIVE),
        ("Russia and the United States renewed the treaty on Tuesday.", "057", "cooperation", COOPERATIVE),
        # 06 material cooperation, 063 judicial cooperation, 07 aid
        ("Russia extradited the suspect to the United States on Monday.", "063", "cooperation", COOPERATIVE),
        (
            "The Pentagon will deliver more missiles to Ukraine, officials said on Tuesday.",
            "07",
            "cooperation",
            COOPERATIVE,
        ),
        # 08 yield, 084 release, 085 ease sanctions, 087 de-escalate
        ("Russia rescinded the expulsion order on Friday.", "08", "diplomatic", COOPERATIVE),
        ("Washington won the release of two Americans on Friday.", "084", "cooperation", COOPERATIVE),
        ("Washington rolled back sanctions on Aeroflot on Tuesday.", "085", "sanctions", COOPERATIVE),
        ("Russian troops retreated from Kherson on Friday.", "087", "military", COOPERATIVE),
        # 11 disapprove, 112 accuse, 114 complain
        ("Moscow scoffed at the accusation on Tuesday.", "11", "rhetoric", HOSTILE),
        ("The Kremlin charged that the CIA was behind the protests.", "112", "rhetoric", HOSTILE),
        ("Russia called in the US ambassador on Friday.", "114", "diplomatic", HOSTILE),
        # 12 reject, 125 reject a meeting, 129 veto
        ("Moscow brushed aside the American proposal on Tuesday.", "12", "diplomatic", HOSTILE),
        ("The United States boycotted the summit in St Petersburg.", "125", "diplomatic", HOSTILE),
        ("Russia cast its veto on the Syria resolution on Friday.", "129", "diplomatic", HOSTILE),
        # 13 threaten: sanctions
        ("Washington is mulling sanctions on Russian banks, officials said on Tuesday.", "131", "sanctions", HOSTILE),
        # 15 force posture
        ("Russia amassed troops on the Ukrainian border in April.", "15", "military", HOSTILE),
        ("Russian jets violated Estonian airspace on Friday.", "15", "military", HOSTILE),
        # 16 reduce relations
        ("Russia tore up the arms control treaty on Friday.", "16", "military", HOSTILE),
        ("Moscow shuttered the American consulate in Yekaterinburg on Monday.", "161", "diplomatic", HOSTILE),
        ("Washington withheld military aid from Kyiv on Tuesday.", "162", "cooperation", HOSTILE),
        ("The Treasury designated five Russian banks on Tuesday.", "163", "sanctions", HOSTILE),
        ("Russia froze the talks on strategic stability on Monday.", "164", "diplomatic", HOSTILE),
        # 17 coerce
        ("Russian hackers breached the networks of the State Department.", "17", "other", HOSTILE),
        ("Russia revoked the visas of three American journalists on Friday.", "172", "diplomatic", HOSTILE),
        ("Russian security services took the American into custody on Friday.", "173", "diplomatic", HOSTILE),
        ("Russia ousted two American diplomats on Friday.", "174", "diplomatic", HOSTILE),
        # 18 assault, 19 fight, 191 blockade, 195 aerial weapons, 20 mass violence
        ("Gunmen took two Americans hostage in Chechnya on Sunday.", "18", "military", HOSTILE),
        ("A Ukrainian drone sank a Russian patrol ship on Tuesday.", "19", "military", HOSTILE),
        ("Russia blockaded Ukrainian ports on Monday.", "191", "military", HOSTILE),
        ("Russia targeted Kharkiv with drones overnight on Tuesday.", "195", "military", HOSTILE),
        ("Syria used chemical weapons in Douma, the State Department said on Tuesday.", "20", "military", HOSTILE),
    ],
)
def test_a_word_of_the_codebook_gives_its_act(shipped_vocabulary, sentence, code, category, sign):
    candidate = only(read(sentence, "2019-06-12", shipped_vocabulary))

    assert (candidate.code, candidate.category) == (code, category)
    assert (candidate.score > 0) - (candidate.score < 0) == sign


def test_a_word_of_the_codebook_takes_the_readers_negation(shipped_vocabulary):
    """A new hostile word refused is restraint, as the old ones are: "will not shutter" is no closure."""
    candidate = only(
        read("Russia will not shutter the American consulate, Lavrov said.", "2019-06-12", shipped_vocabulary)
    )

    assert (candidate.code, candidate.score > 0) == ("08", True)


def test_a_judgement_of_the_codebook_is_a_disapproval(shipped_vocabulary):
    candidate = only(read("Zakharova called the sanctions Russophobic hysteria.", "2019-06-12", shipped_vocabulary))

    assert (candidate.code, candidate.category, candidate.score < 0) == ("11", "rhetoric", True)
