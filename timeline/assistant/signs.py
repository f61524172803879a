"""The sign of an action: negated, refused, threatened or intended, and which side's business it is.

An action negated or refused ("will not expel", "refused to retaliate", "no
objection") is restraint towards the other side when the action is hostile
(08 *yield*, +5.0), and a refusal when it is cooperative (12 *reject*, −4.0;
1244 for sanctions). A hostile action under a condition or a threat ("if
...", "could", "threatened to", "warned that ... would") is a threat (13,
−6.0; 138 for force, 131 for sanctions), flagged conditional.
"""

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from .clauses import CONDITIONAL, RELATIVE_CLAUSE, Clause
from .lexicon import NOUN, LexiconMatch
from .speakers import SPEECH_VERB
from .text import Token
from .words import PREDICATE_EDGES

if TYPE_CHECKING:
    from .reading import Action

INTENT_CODE, INTENT_TO_MEET_CODE, CONSULT_ROOT, AID_ROOT = "03", "036", "04", "07"
RESTRAINT = ("08", "Yield: refrain from a hostile act", Decimal("5.0"))
REFUSAL = ("12", "Reject", Decimal("-4.0"))
INTENT_TO_COOPERATE = (INTENT_CODE, "Express intent to cooperate", Decimal("4.0"))
INTENT_TO_MEET = (INTENT_TO_MEET_CODE, "Express intent to meet or negotiate", Decimal("4.0"))
REFUSAL_TO_EASE_SANCTIONS = ("1244", "Refuse to ease economic sanctions", Decimal("-4.0"))
THREATS = {
    "military": ("138", "Threaten to use military force", Decimal("-7.0"), "military"),
    "sanctions": ("131", "Threaten non-force: sanctions", Decimal("-5.8"), "sanctions"),
}
THREAT = ("13", "Threaten", Decimal("-6.0"), "rhetoric")
# force, its posture and coercion, whose threat is one of force ("would deploy missiles if ..."); not a treaty left
FORCE_AND_COERCION_ROOTS = frozenset(["15", "17", "18", "19", "20"])
INTENT_TO_EASE_SANCTIONS = ("034", "Express intent to yield: ease sanctions", Decimal("7.0"))
AGREEMENT = ("057", "Sign formal agreement", Decimal("8.0"), "cooperation")
AGREEING = "agree to"
WARNINGS = {"warn"}
# "Russia would pay a heavy price", "Moscow will pay dearly", "they will pay the price": a penalty foretold to
# someone named (not "people facing hunger would pay the price", a harm foreseen)
PENALTY_FORETOLD = re.compile(
    r"(?:\b[A-Z][\w'’-]*|\b(?:it|they|he|she))\s+(?i:would|will|shall)\s+(?:\w+ly\s+)?[\"“]?"
    r"(?i:pay(?:s|ing)?\s+(?:a|the)\s+(?:[\w-]+\s+)?price|pay\s+dearly)\b"
)
THREAT_OBJECT = re.compile(
    r"\b(?:consequences|retaliat\w*|countermeasures|price to pay|pay a price|"
    r"(?P<sanctions>sanctions|economic (?:measures|penalties|consequences)|export controls|tariffs?|"
    # an energy or trade measure is one of sanctions: "would have their supplies cut", "would halt gas deliveries"
    r"(?:supplies|deliveries|exports)\s+(?:[\w-]+\s+){0,2}?(?:cut|halted|stopped|suspended)|"
    r"(?:cut|cuts|halt|halts|halted|stop|stops|stopped|suspend\w*)\s+(?:off\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:supplies|deliveries|exports))|"
    r"(?P<force>military|force|nuclear|strikes?|weapons?|missiles?|destroy\w*|annihilat\w*|offensive|army|troops|"
    r"all (?:the )?means(?: at (?:our|its|his) disposal)?))\b",
    re.IGNORECASE,
)
VOWED = re.compile(r"vow", re.IGNORECASE)
THREATEN = "threaten"
# What a threat names as its own object ends where a reason or a condition begins: "threatened India with a
# tariff for buying Russian oil" threatens a tariff; "threatened to pull out over Western sanctions" no sanctions
# ("adequate measures, including of a military nature": what the threat includes is its object still)
THREAT_OBJECT_END = re.compile(
    r"[,;](?![\s\"“”]*including\b)|\b(?:over|for|because|after|if|unless|amid|which|that|who)\b", re.IGNORECASE
)
THREAT_OBJECT_REACH = 80
PASSIVE_BEFORE = re.compile(r"\b(?:been|be|being|is|are|was|were)\s+$", re.IGNORECASE)
NOT_UNTIL = re.compile(r"\s+(?:[\w-]+\s+){0,4}?until\b", re.IGNORECASE)
NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)
# what a refusal not made leaves open that is no threat: a meeting, or a deal
MEETING_OBJECT = re.compile(
    r"\b(?:summit|meeting|talks|negotiat\w*|dialogue|visit\w*|meet\w*|consultations|contacts?|conversations?)\b",
    re.IGNORECASE,
)
COOPERATIVE_OBJECT = re.compile(
    r"\b(?:deal|agreement|swap|exchange|release|ceasefire|truce|compromise|cooperat\w*|easing|lifting|aid)\b",
    re.IGNORECASE,
)
# "... or face severe tariffs", "... or see tariffs imposed": what the other side is to do, else what it will suffer
ULTIMATUM = re.compile(r"\bor (?:else )?(?:face|risk|see|suffer|incur|be hit with)\b", re.IGNORECASE)
NEGATIONS = {"not", "n't", "n’t", "never", "no", "without", "nor"}
PREDICATE_REACH = 8
# A clause of its own begins: what follows "that" is another predicate's complement
COMPLEMENT = re.compile(r"\bthat\b", re.IGNORECASE)
# A contrast sets two predicates apart: a condition or a negation of one does not reach the other.
CONTRAST = re.compile(r"\b(?:but|while|whereas|though|although|yet)\b|;", re.IGNORECASE)
# the refusal reaches a few words on, and an infinitive after it to its object's head ("declined to extend the gas
# transit deal")
REFUSALS = re.compile(
    r"\b(?:(?:refus\w*|declin\w*) to\s+(?:[\w-]+\s+){0,5}|"
    r"(?:refus\w*|declin\w*|ruled? out|rules out|h[eo]lds? off(?: on)?|stop(?:s|ped|ping)? short of|"
    r"reject\w* (?:calls?|demands?|proposals?) to|no plans? to|(?:has|have|had) no intention)\s+(?:\w+\s+){0,3})$",
    re.IGNORECASE,
)
# "threatens no one", "expelled nobody", "sent no troops": an object that is no one or nothing negates the act
# ("expelled no fewer than 35" counts them)
NEGATED_OBJECT = re.compile(
    r"\s+(?:(?:to|on|at|against|with|into)\s+)?"
    r"(?:nobody|no[\s-]one|none|nothing|no\s+(?!(?:fewer|less|more|later|sooner|longer|doubt)\b)\w)",
    re.IGNORECASE,
)
MODAL_CONDITION = {"could", "might", "may"}
THREAT_FRAMES = re.compile(
    r"\b(?:threat\w*|vow\w*|warn\w*|reserv\w* the right|(?:not|never)\W+hesitate)\b", re.IGNORECASE
)
# "would not hesitate to impose sanctions": a negated reluctance is no negation (a threat, above);
# "made no secret of their anger": what is not hidden is said
DOUBLE_NEGATIVES = {"hesitate", "hesitated", "hesitating", "shy", "flinch", "secret"}
STATEMENT = "010"
# The legislatures of the shipped actor list (vocabulary/en/actors.json)
LEGISLATURES = frozenset(
    [
        "US Congress",
        "US Senate",
        "US House of Representatives",
        "State Duma",
        "Federation Council",
        "Federal Assembly",
        "Supreme Soviet",
    ]
)
SANCTIONS_CODE = "163"
IF = re.compile(r"\s*if\b", re.IGNORECASE)
# "ready to do so if Washington tested first": what "do so" stands for is named before
READY_TO_ACT = re.compile(
    r"\s*(?:act|respond|react|take (?:further |more |additional )?(?:action|steps|measures)|do (?:so|the same))\b"
)
# ", an accusation Ukraine's gas company denied", ", a claim the Pentagon rejected": someone answers what was said
ANSWER_TO_A_CLAIM = re.compile(
    r",\s+(?:a|an)\s+(?:\w+\s+)?(?:claim|charge|accusation|allegation|assertion|suggestion|version|account)s?\s+(?!that\b)",
    re.IGNORECASE,
)
DENIAL = ("016", "Deny responsibility", Decimal("0.0"), "rhetoric")
# "did not", "had never", "has not", "was not": the negation of what is done already, not of what is yet to be done
PAST_AUXILIARIES = frozenset("did had has have was were".split())
SAYING = re.compile(rf"(?<![\w-]){SPEECH_VERB}\b|\b(?:saying|adding|telling|insisting|stressing)\b", re.IGNORECASE)
ECONOMIC_INTENT = ("031", "Express intent to cooperate economically", Decimal("5.2"), "sanctions")
# What an intent offers when it is money, goods or trade ("agreed to buy $15 billion of bonds", "offered to keep
# supplying gas at last year's price"), up to the clause's edge
ECONOMIC_OBJECT = re.compile(
    r"[$€£]|\b(?:billion|million|prices?|pay(?:ing|s)?|buy(?:ing|s)?|purchas\w*|sell(?:ing|s)?|supply\w*|suppli\w*|"
    r"lend(?:ing|s)?|loans?|credits?|debts?|bonds?|invest\w*|trade|trading|tariffs?|exports?|imports?|gas|oil)\b",
    re.IGNORECASE,
)
INTENT_OBJECT_END = re.compile(r"[,;:]|\b(?:but|if|unless|while|because|after|before|which|who)\b", re.IGNORECASE)
CONSEQUENCE = re.compile(r"\b(?:would|will)\s+(?!not\b|never\b)", re.IGNORECASE)
NEGATED_CONSEQUENCE = re.compile(r"\b(?:not|never|no)\b", re.IGNORECASE)


def is_intent_marker(match: LexiconMatch) -> bool:
    return match.entry.cameo_code == INTENT_CODE and match.part_of_speech != NOUN


def rejected_claim_is_denied(action: "Action", text: str) -> None:
    """ ", a charge the ministry rejected": a claim rejected is denied, as "rejected the charge" is."""
    if (
        action.code == REFUSAL[0]
        and action.clause.kind == RELATIVE_CLAUSE
        and ANSWER_TO_A_CLAIM.match(text, action.clause.start)
    ):
        action.code, action.event_type, action.score, action.category = DENIAL


def denied_past_act(action: "Action", tokens: list[Token], text: str, speaker_named: bool) -> None:
    """ "The Kremlin said Russian forces did not attack the convoy": an act said not to have been done is denied
    (016), not held back or refused. Restraint and refusal are of what is yet to be done ("will not expel",
    "refused to retaliate"); what someone says was not done already is their account of the past. Told by the
    story itself, with no one saying it ("Russia did not retaliate"), a past act not done stays restraint, and a
    refusal not made ("a summit had not been ruled out") is openness, no denial."""
    match = action.match
    reported = speaker_named or bool(SAYING.search(text, 0, match.start))
    if (
        not reported
        or action.entry.cameo_code.startswith(REFUSAL[0])
        or not action.negated
        or action.conditional
        or action.code not in (RESTRAINT[0], REFUSAL[0], REFUSAL_TO_EASE_SANCTIONS[0])
        or refused(action, text)
    ):
        return
    words = [word for word in predicate_words(tokens, match) if word[0].isalpha()]  # 'was "not concerned"'
    negation = next((index for index, word in enumerate(words) if word in NEGATIONS), None)
    if negation and words[negation - 1] in PAST_AUXILIARIES:
        action.code, action.event_type, action.score, action.category = DENIAL


def economic_intent(action: "Action", text: str) -> None:
    """An intent to cooperate (an expression of intent alone, or a verb of intent such as "lend") that offers
    money, goods or trade ("agreed to buy $15 billion of Ukrainian bonds", "offered to keep supplying Ukraine at
    last year's price") is an intent to cooperate economically (CAMEO 031), in the sanctions and economic
    category; arms offered stay arms, aid offered an offer of aid."""
    match = action.match
    if action.code != INTENT_CODE or match.entry.cameo_code != INTENT_CODE or action.negated:
        return  # aid offered stays an offer of aid
    start = match.end if is_intent_marker(match) else match.start
    edge = INTENT_OBJECT_END.search(text, start)
    offered = text[start : edge.start() if edge else len(text)]
    threat = THREAT_OBJECT.search(offered)
    if ECONOMIC_OBJECT.search(offered) and not (threat and threat["force"]):
        action.code, action.event_type, action.score, action.category = ECONOMIC_INTENT


def refusal_not_made(action: "Action", text: str) -> None:
    """ "has not ruled out further sanctions", "did not refuse to meet": a refusal denied leaves the act open. Open
    to a meeting or a deal, one states an intent to it; open to anything else (sanctions, force, expulsions, "more
    steps"), one threatens it. What is left open follows the refusal, or comes before it in the passive ("a summit
    had not been ruled out")."""
    match = action.match
    left_open = text[match.end : match.end + THREAT_OBJECT_REACH]
    if PASSIVE_BEFORE.search(text, 0, match.start):
        left_open += " " + text[max(0, match.start - THREAT_OBJECT_REACH) : match.start]
    meeting = MEETING_OBJECT.search(left_open) is not None
    if meeting or COOPERATIVE_OBJECT.search(left_open):
        action.code, action.event_type, action.score = INTENT_TO_MEET if meeting else INTENT_TO_COOPERATE
        action.category = "diplomatic"
    else:
        action.code, action.event_type, action.score, action.category = THREATS.get(
            threat_kind(THREAT_OBJECT.search(left_open)), THREAT
        )
        action.conditional = True


def apply_sign(action: "Action", tokens: list[Token], text: str, clauses: list[Clause]) -> None:
    match = action.match
    window = predicate_words(tokens, match)
    negation = (
        NEGATIONS & set(window) and not DOUBLE_NEGATIVES & set(window) and not done_only_later(window, match, text)
    )
    if negation and match.is_frame() and match.entry.cameo_code == REFUSAL[0]:
        refusal_not_made(action, text)
        action.left_open_by = match.start
        return
    refusing = REFUSALS.search(text, 0, match.start)
    if refusing is not None and refusal_denied(refusing, text):
        open_to(action)
        action.left_open_by = refusing.start()
        return
    by_refusal = refusing is not None
    action.negated = bool(negation) or by_refusal or negated_object(match, text)
    hostile = action.score < 0
    conditional = conditioned(action, clauses, text) or bool(MODAL_CONDITION & set(window))
    threatened = is_threat_frame(text, match) and not action.negated
    if action.negated and hostile and conditional and on_a_condition(clauses, text) and not by_refusal:
        # "if his proposals were accepted, Russia would not need to deploy new missiles": restraint promised on a
        # condition carries the threat of the act ("would not deploy them unless the US did so first" stays restraint)
        action.code, action.event_type, action.score, action.category = threat_of(action)
        action.conditional = True
    elif action.negated and hostile:
        # force or sanctions held back keep their domain ("held off on new sanctions"), anything else is diplomatic
        if action.category != "military" and not action.code.startswith(SANCTIONS_CODE):
            action.category = "diplomatic"
        action.code, action.event_type, action.score = RESTRAINT
    elif action.negated and action.score > 0:
        refusal = REFUSAL_TO_EASE_SANCTIONS if action.category == "sanctions" else REFUSAL
        action.code, action.event_type, action.score = refusal
        if action.category != "sanctions":  # "would not exchange the soldier": a rejection is diplomatic
            action.category = "diplomatic"
    elif is_intent_marker(match) and VOWED.match(match.words) and not action.negated:
        # "vowed that Kyiv would face inevitable retribution": a vow that names no cooperative act is a threat
        threat = THREAT_OBJECT.search(text, match.end)
        kind = threat_kind(threat)
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
    elif ultimatum := ULTIMATUM.search(text, match.end):
        # "gave Russia 50 days to agree to a ceasefire or face tariffs": an ultimatum threatens what it names
        threat = THREAT_OBJECT.search(text, ultimatum.end(), ultimatum.end() + 60)
        action.ultimatum = True
        kind = threat_kind(threat)
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
        action.conditional = True
    elif (
        (action.entry.expression == THREATEN or action.code == THREAT[0])
        and not action.negated
        and (measure := threatened_measure(text, match.end))
    ):
        # "threatened India with a 25 percent tariff": a threat of sanctions (131), of force (138)
        action.code, action.event_type, action.score, action.category = THREATS[measure]
    elif action.entry.expression in WARNINGS and (
        threat := THREAT_OBJECT.search(text, match.end, match.end + 120)
        or PENALTY_FORETOLD.search(text, match.end, match.end + 120)
    ):
        # "warned Moscow of tougher sanctions if ...": a threat of what the warning names
        kind = threat_kind(threat)
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
        action.conditional = conditional or threatened
    elif hostile and (conditional or threatened) and not action.code.startswith("13"):
        action.code, action.event_type, action.score, action.category = threat_of(action)
        action.conditional = True
    elif (
        action.code == STATEMENT
        and match.is_frame()
        and (threatened_consequence(action, clauses, text) or penalty_foretold(action, text))
    ):
        # "said that if the shield went ahead, Russia would have to pick new targets for its missiles"
        threat = THREAT_OBJECT.search(text, match.end, action.reported_end or len(text))
        kind = threat_kind(threat)
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
        action.conditional = True
    elif is_intent_marker(match) and READY_TO_ACT.match(text, match.end) and any_condition(clauses):
        # "ready to act if the fighting continued": a threat of what the sentence names
        threat = THREAT_OBJECT.search(text)
        kind = threat_kind(threat)
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
        action.conditional = True
    elif action.intent and action.score > 0 and action.category == "sanctions":
        action.code, action.event_type, action.score = INTENT_TO_EASE_SANCTIONS  # "agreed to lift its ban"
    elif action.intent and action.score > 0 and not decided_aid(action):
        code = INTENT_TO_MEET_CODE if action.code.startswith(CONSULT_ROOT) else INTENT_CODE
        action.code, action.event_type, action.score = code, "Express intent to cooperate", Decimal("4.0")
        action.category = "diplomatic"
    action.conditional = action.conditional or conditional


def done_only_later(window: list[str], match: LexiconMatch, text: str) -> bool:
    """ "did not ratify it until 2000": done, at the time "until" names."""
    return bool(PAST_AUXILIARIES & set(window)) and NOT_UNTIL.match(text, match.end) is not None


def refusal_denied(refusal: re.Match[str], text: str) -> bool:
    """ "Putin never refused to meet Biden", "did not decline to retaliate": a verb of refusal itself negated."""
    return NEGATED_BEFORE.search(text, max(0, refusal.start() - 25), refusal.start()) is not None


def open_to(action: "Action") -> None:
    """An act someone did not refuse: intended when it is cooperative, threatened when it is hostile."""
    if action.score < 0:
        action.code, action.event_type, action.score, action.category = threat_of(action)
        action.conditional = True
        return
    meeting = action.code.startswith(CONSULT_ROOT)
    action.code, action.event_type, action.score = INTENT_TO_MEET if meeting else INTENT_TO_COOPERATE
    if meeting:
        action.category = "diplomatic"
    else:
        action.intent = True


def refused(action: "Action", text: str) -> bool:
    """Whether a verb of refusal ("declined to", "ruled out") negates the action, rather than "not" or "no"."""
    return bool(REFUSALS.search(text, 0, action.match.start))


def negated_object(match: LexiconMatch, text: str) -> bool:
    """A verb whose object is no one or nothing ("Russia threatens no one", "sent no troops") is negated, as "does
    not threaten" is."""
    verb_end = match.start + len(match.words.split()[0])
    return match.part_of_speech != NOUN and bool(NEGATED_OBJECT.match(text, verb_end))


def threat_of(action: "Action") -> tuple[str, str, Decimal, str]:
    """The threat of a hostile act: of force for force (138), of sanctions for sanctions (131), else a threat (13);
    "might pull out of the INF treaty if ..." threatens no force, though leaving a treaty is a military act."""
    if action.category == "military" and action.code[:2] not in FORCE_AND_COERCION_ROOTS:
        return THREAT
    return THREATS.get(action.category, THREAT)


def threatened_measure(text: str, start: int) -> str | None:
    """The kind of measure ("sanctions", "military") a threat names as its object, before any reason or condition."""
    end = min(len(text), start + THREAT_OBJECT_REACH)
    edge = THREAT_OBJECT_END.search(text, start, end)
    threat = THREAT_OBJECT.search(text, start, edge.start() if edge else end)
    return threat_kind(threat) or None


def threat_kind(threat: re.Match[str] | None) -> str:
    """The kind of measure a THREAT_OBJECT match names: "sanctions", "military", or "" for none (or no match)."""
    if threat is None:
        return ""
    named = threat.groupdict()
    return "sanctions" if named.get("sanctions") else "military" if named.get("force") else ""


def decided_aid(action: "Action") -> bool:
    """ "The G7 have agreed to provide Russia with $24 billion in aid": aid agreed on is aid given (an offer or a
    pledge of it stays an intent)."""
    return action.intent_marker == AGREEING and action.code.startswith(AID_ROOT)


def predicate_words(tokens: list[Token], match: LexiconMatch) -> list[str]:
    """The words of the action's own predicate before it: back over auxiliaries, "not", "to", a light verb and the
    object's modifiers ("would not be the first to resume nuclear tests", "not to start new disarmament talks"), to
    the clause's edge (a comma, a conjunction, "that") and no further than PREDICATE_REACH words."""
    words: list[str] = []
    for token in reversed(tokens[max(0, match.first - PREDICATE_REACH) : match.first]):
        if token.lower in PREDICATE_EDGES:
            break
        words.append(token.lower)
    return words[::-1]


def conditioned(action: "Action", clauses: list[Clause], text: str) -> bool:
    """A condition ("if ...", "unless ...") bears on the predicate it is attached to, not on one set against it
    ("would not be the first to test but would be ready to do so if Washington tested first": only the second) nor
    on one before the clause it ends ("froze assets and warned that more sanctions would follow if ...": the
    warning's), nor on one before a conjunct with a subject of its own ("imposed sanctions last month, and Trump
    has threatened more if ...": Trump's threat)."""
    for clause in clauses:
        if clause.kind != CONDITIONAL or (action.conjunct is not None and clause.start >= action.conjunct[1]):
            continue
        if clause.start >= action.match.end:
            between = text[action.match.end : clause.start]
            if not CONTRAST.search(between) and not COMPLEMENT.search(between):
                return True
        elif not CONTRAST.search(text[clause.end : action.match.start]):
            return True
    return False


def threatened_consequence(action: "Action", clauses: list[Clause], text: str) -> bool:
    """What is said sets a condition ("if ...") on what will follow: a threat."""
    after = text[action.match.end :]
    return on_a_condition(clauses, text) and bool(CONSEQUENCE.search(after)) and not NEGATED_CONSEQUENCE.search(after)


def penalty_foretold(action: "Action", text: str) -> bool:
    """What is said promises the other side a penalty: "said that Russia would pay a heavy price"."""
    edge = CONTRAST.search(text, action.match.end)
    return bool(PENALTY_FORETOLD.search(text, action.match.end, edge.start() if edge else len(text)))


def on_a_condition(clauses: list[Clause], text: str) -> bool:
    """Whether the sentence sets a condition with "if" (not "unless", which only says when a restraint ends)."""
    return any(clause.kind == CONDITIONAL and IF.match(text, clause.start) for clause in clauses)


def any_condition(clauses: list[Clause]) -> bool:
    return any(clause.kind == CONDITIONAL for clause in clauses)


def is_threat_frame(text: str, match: LexiconMatch) -> bool:
    """A threat frames the action: "threatened to expel", "warned that it would retaliate"."""
    return bool(THREAT_FRAMES.search(text, max(0, match.start - 60), match.start))


def same_side_is_domestic(action: "Action") -> None:
    """Between two actors of one side: domestic politics ("senators urged Trump"); a speaker and their own
    state ("Lavrov said Russia would ...") is no target at all. A legislature's verdict aimed at no one of the
    other side ("Democrats in Congress said the move was illegal") is domestic politics too."""
    source, target = action.source, action.target
    other_side_judged = target is not None and source is not None and target.side != source.side
    if source is not None and source.name in LEGISLATURES and action.code[:2] == "11" and not other_side_judged:
        action.category = "domestic"
        return
    if source is None or target is None or source.side != target.side or source.side == "other":
        return
    if "state" in (source.kind, target.kind):
        action.target = None
    else:
        action.category = "domestic"
