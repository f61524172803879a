"""A Russian action's sign: negation and refusal, threats and warnings, intent, and what is procedure or to be
avoided rather than done (the English reader's ../signs.py, read through Russian words)."""

import re
from decimal import Decimal

from ..clauses import CONDITIONAL, SUBORDINATE, Clause, same_clause
from ..lexicon import NOUN
from ..reading import Action
from ..signs import (
    CONSULT_ROOT,
    INTENT_CODE,
    INTENT_TO_EASE_SANCTIONS,
    INTENT_TO_MEET_CODE,
    REFUSAL,
    REFUSAL_TO_EASE_SANCTIONS,
    RESTRAINT,
    THREAT,
    THREATS,
    threat_kind,
)
from ..targets import NEGATIVE_JUDGEMENT_CODES
from ..text import Token
from .government import intended, pending
from .morphology import analyse
from .nouns import light_verb_before
from .openness import not_ruled_out, ruling_out_negation
from .refusals import REFUSAL_LEMMAS, kept_to, not_planned_after, refusal_denied

NEGATIONS = {"не", "ни", "нет", "без", "никаких", "никакого", "никакой", "никакие", "никакую"}
MODALS = frozenset({"мочь"})
THREAT_FRAMES = re.compile(r"(?i)\b(?:пригроз\w*|угрож\w*|грози\w*|остав\w* за собой право|ультиматум\w*)")
WARNINGS = frozenset({"предупредить", "предупреждать"})
NO_RIGHT = re.compile(
    r"(?i)\b(?:нет|не\s+имеет|не\s+имеют|не\s+имел\w*)\s+(?:\w+\s+){0,2}?(?:права|прав|оснований|основания|полномочий)\b"
)
PROMISES = frozenset({"пообещать", "обещать"})
EASING = re.compile(r"(?i)\b(?:сня\w*|сним\w*|отмен\w*|смягч\w*|ослаб\w*)")
THREAT_OBJECT = re.compile(
    r"(?i)\b(?:последстви\w*|ответ\w*|контрмер\w*|(?P<sanctions>санкци\w*)|(?P<force>военн\w*|сил[аоуыё]\w*|ядерн\w*|удар\w*))"
)
# «ответ на (новые) санкции», «наказание за вмешательство»: what a threat answers, not its means
ANSWERED = re.compile(r"(?i)\b(?:на|за)\s+(?:\w+\s+){0,2}$")
FORCE_ROOTS = ("15", "17", "18", "19", "20")
EXPIRES = re.compile(r"(?i)\s+(?:\w+\s+)?(?:истека\w*|истек\w*|истёк\w*)\b")
PENALTY = re.compile(r"(?i)\W+(?:\w+\W+){0,5}?(?:лишени\w*\s+свободы|заключени\w*|тюремн\w*\s+срок\w*)\b")
DEMAND_CODE = "10"
OBLIGATION = re.compile(r"(?i)\bдолж(?:ен|на|но|ны)\s+(?:был[аио]?\s+|будут?\s+)?быть\s+$")
PREVENTED = re.compile(r"(?i)\b(?:избежать|избегать|предотвратить|предотвращать|не допустить)\s+(?:\w+\s+){0,2}$")
# «По договору стороны сократят арсеналы», «Согласно соглашению, Россия передаст данные»: what an agreement provides
TERMS = re.compile(
    r"(?i)^(?:по|согласно|в соответствии с)\s+(?:\w+\s+)?(?:условиям\s+)?"
    r"(?:договору|договором|договора|соглашению|соглашением|соглашения|документу|документом|документа|сделке|сделкой|сделки)\b"
)


def procedure_or_prevented(action: Action, text: str) -> bool:
    """«должен быть ратифицирован», «предстоит ратифицировать» are procedure; «чтобы избежать столкновений» what is
    not to happen; «По договору стороны сократят ...» the terms of an agreement, not an act of its own; «Договор
    истекает 5 февраля» its term; «по статье грозит до пяти лет» the penalty a law provides, no threat."""
    start = action.match.start
    if OBLIGATION.search(text, 0, start) or PREVENTED.search(text, 0, start) or TERMS.match(text):
        return True
    if action.match.part_of_speech == NOUN and EXPIRES.match(text, action.match.end):
        return True
    if action.code.startswith(THREAT[0]) and PENALTY.match(text, action.match.end):
        return True
    return pending(action, text)


ASKING_ROOTS = ("02", "10")
SO_THAT = re.compile(r"(?i)\W*чтобы\b")


def asked_for(action: Action, actions: list[Action], text: str, tokens: list[Token]) -> bool:
    """«настаивает на том, чтобы Москва отказалась от сделки», «призвал, чтобы стороны возобновили переговоры»,
    «требует вернуть банк в SWIFT, ..., возобновить поставки»: a refusal or a cooperative act in a «чтобы» clause
    after a demand or an appeal, or an infinitive of the demand's own clause, is asked for, not done (a hostile act
    demanded of the other side is ordered, as in reading.ordered_act)."""
    if action.score < 0 and not action.code.startswith(REFUSAL[0]):
        return False
    asking = [
        other for other in actions if other.code.startswith(ASKING_ROOTS) and other.match.end <= action.match.start
    ]
    clause = action.clause
    if clause.kind == SUBORDINATE and SO_THAT.match(text, clause.start):
        return bool(asking)
    infinitive = analyse(tokens[action.match.first].text).is_("INFN")
    return infinitive and any(same_clause(clause, other.clause) for other in asking)


def apply_sign(action: Action, tokens: list[Token], text: str, clauses: list[Clause]) -> bool:
    """Negation, refusal, threat and intent applied to the action; True when it is a judgement denied."""
    match = action.match
    after_comma = words_before(match.first, tokens)
    # «не видит необходимости вводить предусмотренные законом санкции»: a noun is negated through its light verb too
    if match.part_of_speech == NOUN and (verb := light_verb_before(match, tokens)) is not None:
        after_comma += words_before(verb, tokens)
    words = {token.lower for token in after_comma if not ruling_out_negation(token, tokens)}
    refused = any(token.stems & REFUSAL_LEMMAS for token in after_comma)
    marked = action.negated  # by a refusal before it in its clause («отверг требование»)
    action.negated = action.negated or bool(NEGATIONS & words) or refused or not_planned_after(match, tokens)
    hostile = action.score < 0
    open_to = not_ruled_out(match, tokens)  # «не исключает новых обменов»: openness, no refusal
    action.intent = action.intent or open_to or intended(match, tokens)
    modal = any(token.stems & MODALS for token in after_comma) or open_to
    conditional = any(clause.kind == CONDITIONAL for clause in clauses) or modal
    threatened = bool(THREAT_FRAMES.search(text, max(0, match.start - 60), match.start)) and not action.negated
    if action.negated and action.entry.cameo_code in NEGATIVE_JUDGEMENT_CODES:
        return True
    if refusal_denied(match, tokens):
        kept_to(action)  # «не откажется от строительства», «не намерен отказываться от санкций»
        return False
    if rejects_demand(action, marked or refused) or (action.negated and hostile and no_right(action, text)):
        action.code, action.event_type, action.score = REFUSAL
        action.category = "diplomatic"
    elif action.negated and hostile:
        action.code, action.event_type, action.score = RESTRAINT
        if action.category == "rhetoric":
            action.category = "diplomatic"  # «не будет предпринимать ответных мер»: no answer held back is a word
    elif action.negated and action.score > 0:
        refusal = REFUSAL_TO_EASE_SANCTIONS if action.category == "sanctions" else REFUSAL
        action.code, action.event_type, action.score = refusal
        action.category = "sanctions" if action.category == "sanctions" else "diplomatic"  # a rejection
    elif hostile and (conditional or threatened) and not action.code.startswith("13"):
        action.code, action.event_type, action.score, action.category = threat_of(action)
        action.conditional = True
    elif (warns(action, tokens) and (threat := threatened_means(text, match.end))) or (
        threat := promised_sanctions(action, tokens, text)
    ):
        kind = threat_kind(threat)
        action.code, action.event_type, action.score, action.category = THREATS.get(kind, THREAT)
    elif action.intent and action.score > 0 and action.category == "sanctions":
        action.code, action.event_type, action.score = INTENT_TO_EASE_SANCTIONS  # «готова снять санкции»
    elif action.intent and action.score > 0:
        code = INTENT_TO_MEET_CODE if action.code.startswith(CONSULT_ROOT) else INTENT_CODE
        action.code, action.event_type, action.score = code, "Express intent to cooperate", Decimal("4.0")
        action.category = "diplomatic"
    action.conditional = action.conditional or conditional
    return False


def no_right(action: Action, text: str) -> bool:
    """«у США нет никаких правовых оснований запускать механизм восстановления санкций», «Вашингтон не имеет права
    вводить ...»: a hostile act someone is said to have no right to is a claim rejected by the one who says so, not
    restraint."""
    return bool(NO_RIGHT.search(text, action.clause.start, action.match.start))


def words_before(first: int, tokens: list[Token]) -> list[Token]:
    """The few words before tokens[first] since the last comma: where its negation, refusal or modal stands."""
    window = tokens[max(0, first - 4) : first]
    return [token for index, token in enumerate(window) if "," not in {t.text for t in window[index:]}]


def rejects_demand(action: Action, refused: bool) -> bool:
    """«отверг требование Москвы», «отказался выполнять ультиматум»: a demand refused is a rejection (12), not
    restraint; a demand only not made («не требует») stays restraint."""
    return refused and action.entry.cameo_code == DEMAND_CODE


def warns(action: Action, tokens: list[Token]) -> bool:
    """A warning («предупредил, что ...») or a threat the lexicon names without its means («пригрозил»,
    «оставляет за собой право»): what follows tells whether it threatens force or sanctions."""
    return bool(tokens[action.match.first].stems & WARNINGS) or action.code == THREAT[0]


def promised_sanctions(action: Action, tokens: list[Token], text: str) -> re.Match[str] | None:
    """«пообещал, что новые санкции последуют», «пообещал, что Вашингтон добьется восстановления санкций»: a promise
    with no act of its own whose words name sanctions promises them, a threat; «пообещал, что санкции будут сняты»
    promises their easing, and «пообещал помочь выяснить судьбу военнопленных» names no means."""
    if action.code != INTENT_CODE or not tokens[action.match.first].stems & PROMISES:
        return None
    if EASING.search(text, action.match.end, action.match.end + 160):
        return None
    threat = threatened_means(text, action.match.end)
    return threat if threat and threat["sanctions"] else None


def threatened_means(text: str, end: int) -> re.Match[str] | None:
    """The first word after a warning or threat naming its means, past what it answers or punishes («пообещал
    ответ на санкции», «наказание за вмешательство» threaten no sanctions)."""
    for threat in THREAT_OBJECT.finditer(text, end, end + 160):
        if not ANSWERED.search(text, max(0, threat.start() - 40), threat.start()):
            return threat
    return None


def threat_of(action: Action) -> tuple[str, str, Decimal, str]:
    """A threat of force for force, of sanctions for sanctions, else a threat (leaving a treaty is no force)."""
    if action.code.startswith(FORCE_ROOTS):
        return THREATS["military"]
    if action.category == "sanctions":
        return THREATS["sanctions"]
    return THREAT
