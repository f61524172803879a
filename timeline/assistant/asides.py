"""Which acts of an aside are events of their own, beside the main clause's.

A main clause's act always is. An opening phrase's is when it is a dated call or meeting ("During a video call on
December 7, Biden warned Putin ..."), or a dated act someone does ("Since Russia annexed Crimea in 2014, ..."), or
an act whose agent is named after it ("In a deal brokered by Turkey, ..."). A subordinate clause's is when it has
its own time, names who did it or has a pronoun for the main clause's doer ("a day after it pulled out"). A
relative clause's is when it is dated, answers a claim or a proposal it names ("which Moscow denied", "a proposal
Kyiv turned down"), or names the act just told ("in what the Pentagon called an unsafe maneuver"). A condition's
never is: it makes the main clause's act a threat (signs.py).
"""

import re
from typing import TYPE_CHECKING, Any

from .actors import Phrase
from .clauses import MAIN, OPENING, PROPOSAL_ANSWERED, RELATIVE_CLAUSE, SUBORDINATE, WHICH_ANSWERED
from .lexicon import NOUN
from .signs import ANSWER_TO_A_CLAIM, CONSULT_ROOT, DENIAL
from .targets import JUDGEMENT_CODES, PRONOUN_SUBJECT, reduced_relative

if TYPE_CHECKING:
    from .reading import Action

ANSWER_ROOTS = ("12", "08")  # rejecting or accepting what was proposed or demanded
# ", a move Washington called a blow to global food security", ", in what the Pentagon called an unsafe maneuver":
# an aside in which someone names the act just told judges it
NAMED_AS = re.compile(
    r",\s+(?:in\s+what|(?:a|an|the)\s+(?:\w+\s+)?(?:move|step|decision|action|act|measure|incident|maneuver|manoeuvre)"
    r"(?:\s+that)?)\s+(?:[\w.'’-]+\s+){1,6}?(?:called|calls|described\s+as|describes\s+as|termed|branded|labell?ed)\b",
    re.IGNORECASE,
)


def keeps(action: "Action", found_dates: list[Any], phrases: list[Phrase], text: str = "") -> bool:
    """Main-clause actions; a subordinate clause's action with a time expression or a named actor doing it
    ("after Russian forces launched an invasion"), never one in an opening phrase or a condition."""
    clause = action.clause
    if clause.kind == MAIN:
        return True
    dated = any(clause.contains(item.start) for item in found_dates)
    done_by_someone = action.verbal and (
        any(clause.start <= phrase.start and phrase.end <= action.match.start for phrase in phrases)
        or reduced_relative(action, text, phrases)  # "after talks mediated by the European Commission"
    )
    if clause.kind == OPENING:
        # "Since Russia annexed Crimea in 2014, ...": a dated act someone does opens the sentence
        # "In a deal brokered by Turkey, ...": an act with its agent named after it is done as the sentence's is
        return (
            is_dated_contact(action, found_dates)
            or (dated and done_by_someone)
            or (action.verbal and reduced_relative(action, text, phrases))
        )
    if clause.kind not in (SUBORDINATE, RELATIVE_CLAUSE):
        return False
    if clause.kind == RELATIVE_CLAUSE:
        return (
            dated
            or (done_by_someone and bool(ANSWER_TO_A_CLAIM.match(text, clause.start)))
            or (done_by_someone and answers_a_proposal(action, text, clause.start))
            or (action.code in JUDGEMENT_CODES and bool(NAMED_AS.match(text, clause.start)))
        )
    return dated or done_by_someone or done_by_the_one_just_named(action, text)


def answers_a_proposal(action: "Action", text: str, start: int) -> bool:
    """An aside that answers a proposal it names ("a proposal Kyiv turned down", "a demand Washington welcomed"),
    or a rejection, an acceptance or a denial after "which" ("which Moscow rejected", "blamed Russian aircraft,
    which Moscow denied"): "which Washington has long criticized" judges a thing, and answers nothing."""
    if PROPOSAL_ANSWERED.match(text, start):
        return action.code[:2] in ANSWER_ROOTS or action.code in JUDGEMENT_CODES
    answer = action.code[:2] in ANSWER_ROOTS or action.code == DENIAL[0]
    return bool(WHICH_ANSWERED.match(text, start)) and answer


def done_by_the_one_just_named(action: "Action", text: str) -> bool:
    """ "a day after it pulled out of the agreement": a pronoun subject in the aside stands for the main clause's
    doer, so the aside names who did it."""
    return action.verbal and bool(PRONOUN_SUBJECT.search(text, action.clause.start, action.match.start))


def is_dated_contact(action: "Action", found_dates: list[Any]) -> bool:
    """A call or meeting that opens the sentence with its own date ("During a video call on December 7, Biden
    warned Putin ...") is an event of its own: the two sides talked."""
    dated = any(action.clause.contains(item.start) for item in found_dates)
    return dated and action.code.startswith(CONSULT_ROOT) and action.match.part_of_speech == NOUN
