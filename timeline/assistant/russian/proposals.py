"""A hostile act proposed is advice, not the act: «Лавров предложил президенту выслать 35 дипломатов» is an appeal
(02) to the president, and no one has expelled anyone yet.

The proposer stays the source. The addressee is the actor in the dative between the proposal and the act; a bare
title there («президенту», «правительству») is the proposer's own side, as wire copy writes it, so the appeal is
domestic politics (tests/data/CODING.md: a senator urging the president).
"""

from decimal import Decimal

from ..actors import Phrase
from ..reading import Action
from ..text import Token
from .actors import ROLE_LEMMAS
from .morphology import analyse

PROPOSING = frozenset({"предложить", "предлагать"})
PROPOSAL_REACH = 4  # from the proposal to the act («предложил президенту выслать»)
APPEAL = ("02", "Appeal", Decimal("3.0"), "rhetoric")


def as_proposal(action: Action, tokens: list[Token], phrases: list[Phrase]) -> None:
    """Make a hostile act a proposal governs an appeal to whom it is proposed."""
    if action.score >= 0 or action.negated:
        return
    first = action.match.first
    window = tokens[max(0, first - PROPOSAL_REACH) : first]
    proposal = next((token for token in reversed(window) if token.stems & PROPOSING), None)
    if proposal is None or any(token.text == "," for token in tokens[proposal.index + 1 : first]):
        return
    action.code, action.event_type, action.score, action.category = APPEAL
    between = [phrase for phrase in phrases if proposal.end <= phrase.start < action.match.start]
    addressee = next((phrase for phrase in between if "datv" in phrase.cases), None)
    if addressee is not None:
        action.target = addressee.actor
    elif any(own_side_title(token) for token in tokens[proposal.index + 1 : first]):
        action.target, action.category = None, "domestic"


def own_side_title(token: Token) -> bool:
    analysis = analyse(token.text)
    return bool(analysis.lemmas & ROLE_LEMMAS) and analysis.is_("datv")
