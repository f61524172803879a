"""One happening reported twice in a story: candidates folded into the first report of it.

A candidate with the same kind of action (CAMEO family), the same sides acting
and acted upon, and a date that agrees with an earlier candidate's is the same
happening reported again: it is folded into the earlier one as a further
report, which the editor may attach as evidence when accepting.
"""

import re
from typing import TYPE_CHECKING

from ..models import Actor
from .clauses import MAIN
from .continuations import MAX_FOLLOW_ON_GAP
from .noun_or_verb import RELEASE_CODE
from .similarity import dates_agree

if TYPE_CHECKING:
    from .candidates import Candidate


INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another|a second|a separate|a new)\s+$", re.IGNORECASE)
# «Кроме того, Ельцин пообещал ...», «Помимо этого ...»: a further act, as "also"
ALSO = re.compile(r"(?<!\w)(?:also|также|тоже|кроме того|помимо (?:этого|того))(?!\w)", re.IGNORECASE)
# "Sanctions were also imposed on ...": a further measure named by the subject of a passive
ALSO_AFTER_THE_SUBJECT = re.compile(
    r"\s+(?:was|were|has been|have been|had been|will be|would be)\s+also\b", re.IGNORECASE
)
# "A court later ordered him held", "Putin had signed pardons earlier in the day": an act placed before or after
# another is not that other told again
IN_SEQUENCE = re.compile(r"\b(?:later|earlier|afterwards|subsequently|previously)\b", re.IGNORECASE)
MILITARY = "military"
EXPULSION_CODE = "174"
# CAMEO's verbal roots: statements, appeals, intents, consultations, praise; investigations, demands,
# criticism, rejections, threats.
WORDS_ROOTS = {"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"}


def family(code: str) -> str:
    """The kind of action for duplicates: the sub-code among intents (an intent to meet is no intent to
    cooperate), diplomatic cooperation (praise is no signing), disapproval (an accusation is no criticism: "said it
    was outraged ... She accused Moscow of ..." are two acts), reductions and coercion, else the root."""
    return code[:3] if code[:2] in ("03", "05", "11", "16", "17") else code[:2]


def side(actor: Actor | None) -> str | None:
    return actor.side if actor is not None else None


def same_happening_as(candidate: "Candidate", earlier: "Candidate") -> bool:
    if family(candidate.code) != family(earlier.code):
        return False
    if candidate.first_sentence == earlier.first_sentence:
        return one_act_told_in_steps(candidate, earlier)  # else two actions of one sentence are two actions
    if one_sides_release_in_an_exchange(candidate, earlier):
        return False
    if both_mutual_between_the_same_sides(candidate, earlier) and not introduced_as_new(candidate):
        return dates_agree(candidate.date.date, candidate.date.precision, earlier.date.date, earlier.date.precision)
    if candidate.code[:2] in WORDS_ROOTS and candidate.source_actor != earlier.source_actor:
        return False  # two people's statements on one day are two statements
    if introduced_as_new(candidate):
        return False  # "The two men also signed an agreement on ...": another one
    if not same_doer(candidate.source_actor, earlier.source_actor):
        return False
    for mine, theirs in (
        (candidate.source_actor, earlier.source_actor),
        (candidate.target_actor, earlier.target_actor),
    ):
        if mine is not None and theirs is not None and side(mine) != side(theirs):
            return False
    if names_no_one(candidate) or names_no_one(earlier):
        if candidate.first_sentence.index - earlier.readings[-1].sentence.index > MAX_FOLLOW_ON_GAP:
            return False  # a report naming no one is the same happening only close to the other report
        if third_side_doer(candidate) or third_side_doer(earlier):
            return False  # «Ограничения затронули ...», then «Германия ... приостановила ...»: a third party's own act
    return dates_agree(candidate.date.date, candidate.date.precision, earlier.date.date, earlier.date.precision)


def names_no_one(candidate: "Candidate") -> bool:
    return candidate.source_actor is None and candidate.target_actor is None


def third_side_doer(candidate: "Candidate") -> bool:
    return candidate.source_actor is not None and candidate.source_actor.side == Actor.Side.OTHER


def one_act_told_in_steps(candidate: "Candidate", earlier: "Candidate") -> bool:
    """ "Paratroopers rolled into Kosovo's capital and seized the city's airport", "fired on and rammed three
    vessels, then seized them": one doer's uses of force of one kind, joined in one sentence, against no other
    target, are one operation told in steps. Measures listed ("recalled its ambassador, closed two consulates")
    are each a measure, and statements joined are two statements. A diplomat declared persona non grata and told
    to leave («объявил персоной нон грата и потребовал покинуть страну») is one expulsion told in steps."""
    action, other = candidate.action, earlier.action
    targets = {candidate.target_actor, earlier.target_actor} - {None}
    one_doer = candidate.source_actor == earlier.source_actor and len(targets) <= 1
    one_operation = action.follows and action.category == other.category == MILITARY
    return one_doer and action.code == other.code and (one_operation or action.code == EXPULSION_CODE)


def one_sides_release_in_an_exchange(candidate: "Candidate", earlier: "Candidate") -> bool:
    """ "Russia and the US exchanged prisoners", then "Russia freed X", "in return the US handed over Y": each side
    frees its own prisoners, an act of its own beside the exchange of both, as the coding rules count them. The
    exchange named again ("the exchange took place in Istanbul", a noun) is the exchange told again."""
    if {candidate.code, earlier.code} != {RELEASE_CODE} or candidate.action.mutual == earlier.action.mutual:
        return False
    one_side = candidate if earlier.action.mutual else earlier
    return one_side.action.match.part_of_speech != "noun"


def both_mutual_between_the_same_sides(candidate: "Candidate", earlier: "Candidate") -> bool:
    """ "Putin and Bush signed", then "the two men signed": one act of both, named in either order."""
    if not (candidate.action.mutual and earlier.action.mutual):
        return False
    return {side(candidate.source_actor), side(candidate.target_actor)} == {
        side(earlier.source_actor),
        side(earlier.target_actor),
    }


def introduced_as_new(candidate: "Candidate") -> bool:
    """Whether the governing noun comes with an indefinite article ("an agreement", "another deal"), the
    action is said to be a further one ("also signed", «также подписали»), or one before or after another
    ("later ordered")."""
    text, match = candidate.first_sentence.text, candidate.action.match
    before = text[: match.start]
    indefinite = bool(INDEFINITE_BEFORE.search(before)) and match.part_of_speech == "noun"
    in_sequence = bool(IN_SEQUENCE.search(text, candidate.action.clause.start, candidate.action.clause.end))
    return indefinite or in_sequence or bool(ALSO.search(before)) or bool(ALSO_AFTER_THE_SUBJECT.match(text, match.end))


def same_doer(actor: Actor | None, other: Actor | None) -> bool:
    """A state and its own people and institutions can be one doer; two of its institutions (the Senate,
    the White House) are two. The third side holds many states and bodies (Ukraine, NATO, the EU), so two of its
    actors are two doers."""
    if actor is None or other is None or actor == other:
        return True
    if actor.side != other.side or actor.side == Actor.Side.OTHER:
        return False
    return Actor.Kind.STATE in (actor.kind, other.kind)


def fold_duplicates(candidates: list["Candidate"]) -> list["Candidate"]:
    """Candidates left once each happening is proposed once, the others folded in as further reports. A happening
    first named in an aside ("..., a day after Washington blacklisted Rosneft") and then reported in a main clause
    of its own is proposed from the main clause, the aside folded into it."""
    kept: list[Candidate] = []
    for candidate in candidates:
        earlier = next(
            (other for other in kept if other.action.clause.kind == MAIN and same_happening_as(candidate, other)), None
        )
        aside = None
        if earlier is None and candidate.action.clause.kind == MAIN:
            aside = next(
                (other for other in kept if other.action.clause.kind != MAIN and same_happening_as(candidate, other)),
                None,
            )
        if earlier is not None:
            earlier.further.append(candidate)
        elif aside is not None:
            kept[kept.index(aside)] = candidate
            candidate.further += [aside, *aside.further]
        else:
            kept.append(candidate)
    return kept
