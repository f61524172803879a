"""The agent of a passive may be people acting for an actor: "mediated by the leaders of Germany and France",
"detained by officers of the FSB". The actor they act for did it, not someone named before the verb."""

import pytest

from tests.proposed import only, read


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("The talks in the Belarusian capital were mediated by the leaders of Germany and France.", "Germany"),
        ("An American teacher was detained by officers of the FSB at a Moscow airport on Friday.", "FSB"),
        ("Two Russian diplomats were expelled by the government of Poland on Monday.", "Poland"),
        ("Three Russian tankers were seized by the authorities of Ukraine on Tuesday.", "Ukraine"),
    ],
)
def test_people_acting_for_an_actor_make_it_the_doer(shipped_vocabulary, sentence, doer):
    candidate = only(read(sentence, "2023-03-10", shipped_vocabulary))

    assert candidate.action.source is not None
    assert candidate.action.source.name == doer


def test_the_european_commission_is_the_eu(shipped_vocabulary):
    candidate = only(
        read("The European Commission condemned the Russian drone strikes on Monday.", "2023-03-13", shipped_vocabulary)
    )

    assert candidate.action.source.name == "European Union"


def test_an_act_its_agent_does_in_an_aside_after_the_article_is_the_agents(shipped_vocabulary):
    candidates = read(
        "Kyiv and Moscow signed a new transit contract after talks in Brussels mediated by the European Commission.",
        "2023-03-13",
        shipped_vocabulary,
    )

    mediation = [candidate for candidate in candidates if candidate.code.startswith("045")]
    assert [candidate.action.source.name for candidate in mediation] == ["European Union"]
