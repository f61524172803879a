"""An action's kind read again from the words around it.

"Gazprom said that Ukraine was siphoning off gas, an accusation Naftogaz denied": what is said, named by the answer
to it as an accusation, a charge or an allegation, is one (112), though no word of it accuses.

"dismissed the accusation as nonsense": a denial that judges what it denies is a disapproval (11), as "called the
accusation nonsense" is. "requested an emergency session of the Security Council": an appeal for a meeting is an
appeal to meet (026), diplomatic like the meeting it asks for, not the rhetoric of other appeals.

"backed a fourth round of U.N. sanctions on Iran", "voted for new sanctions": support for sanctions is taking part
in them (163), as the gold codes a vote for U.N. sanctions, not praise (051); support for lifting them is not, and
praise of sanctions others imposed ("Kyiv welcomed the sanctions") stays praise.

"no longer considers itself bound by the treaty", "would no longer observe the truce": an agreement no longer kept
is one left (16), not a refusal (12) nor restraint: military for a treaty or a truce, as the gold codes arms-control
treaties left, cooperation for another agreement. A treaty or a truce still kept ("would continue to observe the
treaty") is restraint in arms, military as well.

"Bush and Yeltsin agreed to cut their arsenals", "agreed that Syria would surrender its chemical arsenal": two
sides agreeing on an act reached an agreement (057), or did the act together. "ruled out the use of force": a
refusal that names a hostile step holds it back (08), as "declined to retaliate" does. "said no outside country
would be allowed to veto it", "said Washington had no right to impose sanctions": a hostile step the other side
is not allowed is refused to it (12), not held back by it.

"The Pentagon said Russian jets had struck the drone": force between the two powers that only the other power says
was used on it is that power's accusation (112), as the gold codes an attack only the other side alleges; what a
power says of its own forces ("the Defence Ministry said its jets intercepted the drone") stays their act.
"""

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .clauses import MAIN
from .lexicon import NOUN, LexiconMatch
from .signs import (
    AGREEING,
    AGREEMENT,
    DENIAL,
    INTENT_CODE,
    REFUSAL,
    RESTRAINT,
    STATEMENT,
    THREAT_OBJECT,
    THREAT_OBJECT_END,
    THREAT_OBJECT_REACH,
    threat_kind,
)
from .targets import NEGATIVE_JUDGEMENT_CODES

if TYPE_CHECKING:
    from .reading import Action

DISAPPROVAL = ("11", "Disapprove", Decimal("-2.0"), "rhetoric")
ACCUSATION = ("112", "Accuse", Decimal("-2.0"), "rhetoric")
# ", an accusation Ukraine's gas company denied", ", a charge the ministry rejected": an answer that names what was
# said (not ", a charge that ...", which says what the charge is)
ACCUSATION_ANSWERED = re.compile(
    r",\s+(?:an?|the)\s+(?:\w+\s+)?(?:accusation|allegation|charge)s?\s+(?!that\b|of\b|against\b)", re.IGNORECASE
)
# "warned that a strike could unleash terrorism", "warned that any attack on Syria would be a mistake": the force a
# warning names as its clause's subject is the other side's, which the warning judges (unless it says how that
# force would be answered)
FORCE_WARNED_OF = re.compile(
    r"\s+(?:that\s+)?(?:a|an|any|such)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|invasion|intervention|"
    r"military action)\b[^,;:.]{0,40}?\b(?:could|would|might|may|will)\b"
    # "would be met by Russian air defences", "would draw a response": the answer to it threatened
    r"(?![^,;:.]*\b(?:met|answer\w*|counter\w*|repell\w*|rebuff\w*|respon\w*|retaliat\w*|repl(?:y|ies|ied))\b)",
    re.IGNORECASE,
)
# "would not be allowed to", "has no right to": what precedes the act denies the doer leave to do it
NO_LEAVE_TO = re.compile(
    r"\b(?:(?:be|been|being|is|are|was|were)\s+(?:allowed|permitted)|right)\s+to\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
NO_LEAVE_REACH = 40
APPEAL_CODE = "02"
APPEAL_TO_MEET = ("026", "Appeal to others to meet or negotiate", Decimal("3.0"), "diplomatic")
# Between a denial and the judgement it makes: what is denied, then "as" ("rejected the charges as 'groundless'")
JUDGED_AS = re.compile(r"(?:\s+[\w'-]+){0,3}\s+as\s+[\"“]?(?:[\w-]+\s+){0,3}[\"“]?", re.IGNORECASE)
# What an appeal asks for when it is a meeting: "requested an emergency session", "called for urgent talks"
MEETING_ASKED_FOR = re.compile(
    r"\s*(?:for\s+)?(?:(?:an?|the|new|more|further|direct)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:session|meeting|talks|negotiations|consultations|summit)\b",
    re.IGNORECASE,
)
ENDORSEMENT_CODE = "051"
SUPPORT = re.compile(r"(?:back|support|endors|vot)\w*\b", re.IGNORECASE)  # not "welcome", "praise", "hail"
SANCTIONS_SUPPORTED = ("163", "Impose embargo, boycott, or sanctions", Decimal("-8.0"), "sanctions")
# What an endorsement supports when it is sanctions: a few words, none of easing, then the measure itself
# ("a fourth round of U.N. sanctions", "new EU sanctions", "that resolution, the fourth round of U.N. sanctions"; not
# "the lifting of sanctions", "sanctions relief")
SANCTIONS_SUPPORTED_AS_OBJECT = re.compile(
    r",?\s+(?:(?!(?:lift|eas|remov|relax|waiv|end|suspen|scrap)\w*\b)[\w.'’-]+,?\s+){0,7}?"
    r"(?:sanctions|embargo|export\s+controls)\b(?!\s+(?:relief|waivers?|exemptions?)\b)",
    re.IGNORECASE,
)
# force and force posture ("struck", "fired on", "buzzed"); not coercion, whose arrests and seizures are not in doubt
FORCE_ROOTS = frozenset(["15", "18", "19", "20"])
THE_TWO_POWERS = frozenset(["us", "ru"])
YIELD_CODE = "08"
AGREEING_THAT = "agree ... that"
# what two sides agreed that someone would do: an act agreed on ("agreed that a Russian brigade will serve under an
# American general"), not a view they share ("agreed that relations were at a low point")
ACT_AGREED_ON = re.compile(r"\s+(?:[\w'’.,-]+\s+){0,8}?(?:would|will|shall|should)\s+(?!not\b|never\b)", re.IGNORECASE)
TOWARDS = re.compile(r"\b(?:work|move|strive|aim)\s+(?:towards?|for)\b", re.IGNORECASE)
# a share in the other side's step, or an end to one's own ("ruled out lifting sanctions"): no step held back
SHARE_OR_END = re.compile(
    r"\b(?:participat\w*|join\w*|help\w*|assist\w*|support\w*|contribut\w*|cooperat\w*|aid|"
    r"lift\w*|eas\w*|remov\w*|relax\w*|waiv\w*|end\w*|suspen\w*|scrap\w*|withdraw\w*|pull\w*)\b",
    re.IGNORECASE,
)
AGREEMENT_LEFT = ("16", "Reduce relations", Decimal("-4.0"))
# the verbs of keeping an agreement among the entries of yielding ("observe", "abide by", "honour", "considers
# itself bound by")
KEEPING = re.compile(r"(?:consider|observ|abid|adher|compl|honou?r|respect|uphold|bound)\w*\b", re.IGNORECASE)
NO_LONGER = re.compile(r"\bno\s+longer\b(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)  # just before the verb
KEPT_OBJECT_REACH = 60  # "abide by the 1987 Intermediate-Range Nuclear Forces Treaty"
MILITARY_AGREEMENT = re.compile(r"\b(?:treaty|treaties|ceasefire|cease-fire|truce|limits|moratorium)\b", re.IGNORECASE)


def denial_that_judges(action: "Action", matches: list[LexiconMatch], text: str) -> None:
    """A denial followed by "as" and a judgement of what it denies is that judgement: a disapproval."""
    if action.code != DENIAL[0] or action.negated:
        return
    if any(
        match.entry.cameo_code in NEGATIVE_JUDGEMENT_CODES
        and match.part_of_speech == NOUN
        and match.start >= action.match.end
        and JUDGED_AS.fullmatch(text, action.match.end, match.start)
        for match in matches
    ):
        action.code, action.event_type, action.score, action.category = DISAPPROVAL


def said_as_an_accusation(action: "Action", text: str) -> None:
    """A bare statement of a main clause that the sentence's answer to it calls an accusation is an accusation."""
    if (
        action.is_statement()
        and action.code == STATEMENT
        and action.clause.kind == MAIN
        and ACCUSATION_ANSWERED.search(text, action.match.end)
    ):
        action.code, action.event_type, action.score, action.category = ACCUSATION


def appeal_to_meet(action: "Action", text: str) -> None:
    """An appeal whose object is a meeting, a session or talks asks the other side to meet."""
    if action.code == APPEAL_CODE and not action.negated and MEETING_ASKED_FOR.match(text, action.match.end):
        action.code, action.event_type, action.score, action.category = APPEAL_TO_MEET


def support_for_sanctions(action: "Action", text: str) -> None:
    """An endorsement whose object is sanctions takes part in them: it is coded as the sanctions."""
    if (
        action.code == ENDORSEMENT_CODE
        and not action.negated
        and SUPPORT.match(action.match.words)
        and SANCTIONS_SUPPORTED_AS_OBJECT.match(text, action.match.end)
    ):
        action.code, action.event_type, action.score, action.category = SANCTIONS_SUPPORTED


def agreement_kept_or_left(action: "Action", text: str) -> None:
    """Keeping a treaty or a truce is restraint in arms ("would continue to observe the treaty"); keeping an
    agreement "no longer" is leaving it: military for a treaty or a truce, cooperation otherwise."""
    match = action.match
    if match.entry.cameo_code != YIELD_CODE or not KEEPING.match(match.words):
        return
    military = MILITARY_AGREEMENT.search(text, match.start, match.end + KEPT_OBJECT_REACH) is not None
    if NO_LONGER.search(text, 0, match.start):
        action.code, action.event_type, action.score = AGREEMENT_LEFT
        action.category = "military" if military else "cooperation"
    elif military and action.code == YIELD_CODE:
        action.category = "military"


def force_alleged_by_the_other_power(action: "Action", accuser: Any) -> None:
    """Force one power used on the other (or on someone unnamed), told only by the other power's speaker, is that
    speaker's accusation."""
    doer, target = action.source, action.target
    if (
        accuser is None
        or doer is None
        or action.code[:2] not in FORCE_ROOTS
        or action.negated
        or action.conditional
        or action.mutual
        or {accuser.side, doer.side} != THE_TWO_POWERS
        or (target is not None and target.side != accuser.side)
    ):
        return
    action.code, action.event_type, action.score, action.category = ACCUSATION
    action.source, action.target, action.accused_of_it = accuser, doer, True


def agreed_together(action: "Action", text: str) -> None:
    """Two sides that "agreed to" a cooperative act, or agreed that someone would do one, reached an agreement ("Bush
    and Yeltsin agreed to cut their arsenals", "agreed that Syria would surrender its chemical arsenal"), and when
    the lexicon knows the act agreed on, they did that act together ("agreed to a ceasefire" is a ceasefire, "agreed
    to restore staffing at their embassies" a thaw); one side agreeing to it states an intent."""
    agreeing = AGREEING in (action.intent_marker, action.entry.expression) or (
        action.entry.expression == AGREEING_THAT and ACT_AGREED_ON.match(text, action.match.end)
    )
    if (
        action.mutual
        and agreeing
        and action.code == INTENT_CODE
        and not TOWARDS.search(text, action.clause.start, action.match.end + 20)
    ):
        entry = action.entry
        if action.intent_marker == AGREEING and entry.cameo_code[:2] != INTENT_CODE:
            action.code, action.event_type, action.score = entry.cameo_code, entry.event_type, Decimal(entry.score)
            action.category = entry.category
        else:
            action.code, action.event_type, action.score, action.category = AGREEMENT


def force_warned_of(action: "Action", text: str) -> None:
    """A warning about force the other side would use is a disapproval of it (11), not a threat of force."""
    if action.entry.expression == "warn" and action.code == "138" and FORCE_WARNED_OF.match(text, action.match.end):
        action.code, action.event_type, action.score, action.category = DISAPPROVAL
        action.conditional = False


def hostile_step_not_allowed(action: "Action", text: str) -> None:
    """A hostile act negated where the doer is denied leave to do it is the speaker's refusal of it, diplomatic."""
    start = action.match.start
    if action.negated and action.entry.score < 0 and NO_LEAVE_TO.search(text, max(0, start - NO_LEAVE_REACH), start):
        action.code, action.event_type, action.score = REFUSAL
        action.category = "diplomatic"


def hostile_step_ruled_out(action: "Action", text: str) -> None:
    """ "ruled out the use of US military force", "declined new sanctions": a refusal that stands alone and names
    force, sanctions or retaliation as what it refuses holds that step back (08), not a rejection of the other side's
    offer; sanctions held back stay sanctions. A share in the other side's force refused ("ruled out any
    participation of Russian troops in military operations"), or an end to one's own ("ruled out lifting
    sanctions"), stays a rejection."""
    match = action.match
    if action.code != REFUSAL[0] or not match.is_frame() or match.entry.cameo_code != REFUSAL[0] or action.negated:
        return
    end = min(len(text), match.end + THREAT_OBJECT_REACH)
    edge = THREAT_OBJECT_END.search(text, match.end, end)
    step = THREAT_OBJECT.search(text, match.end, edge.start() if edge else end)
    if step is not None and not SHARE_OR_END.search(text, match.end, step.start()):
        action.code, action.event_type, action.score = RESTRAINT
        action.category = "sanctions" if threat_kind(step) == "sanctions" else "diplomatic"
