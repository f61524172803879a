"""A refusal negated, and a refusal to comment.

«Не откажется от строительства», «не намерен отказываться от санкций»: a refusal with «не» before it is no restraint
(two negations do not make the act undone): the doer keeps to what it was asked to give up, a rejection (12) of the
other side's demand, a refusal to ease sanctions (1244) when the sanctions are what it keeps, and an intent to go on
(03) when it keeps to something cooperative. «Отказался комментировать», «отказался от комментариев» is no event, as
"declined to comment" is none in English, nor is the comment put first («от комментариев журналистам отказался»).
An act said not to be planned after it («проводить саммит в ближайшее время не планируется», «встреча не состоится»)
is negated as one with «не» before it.
"""

import itertools
from decimal import Decimal

from ..lexicon import LexiconMatch
from ..reading import Action
from ..signs import CONSULT_ROOT, INTENT_CODE, INTENT_TO_MEET_CODE, REFUSAL, REFUSAL_TO_EASE_SANCTIONS
from ..text import Token

REFUSAL_LEMMAS = frozenset({"отказаться", "отказываться", "отказ"})
COMMENTING = frozenset({"комментировать", "прокомментировать", "комментарий"})
# «проводить саммит не планируется»; «обсуждать ... мы не видим возможным», «продлевать его не считаем нужным»
NOT_PLANNED = frozenset(
    """планироваться планировать предполагаться предполагать ожидаться ожидать намечаться состояться
    видеть считать""".split()
)
NOT_PLANNED_REACH = 12  # tokens from the act to «не планируется», quotation marks included
CLAUSE_ENDS = frozenset({",", ".", ";", ":", "—", "–"})
REFUSAL_WINDOW = 4  # from the refusal to the act it bears on («не намерен отказываться от санкций»)
NEGATION_REACH = 2  # from «не» to the refusal («не откажется», «не намерен отказываться»)


def refusal_denied(match: LexiconMatch, tokens: list[Token]) -> bool:
    """Whether the action is a refusal, or what a refusal bears on, with «не» just before the refusal."""
    refusal = refusal_index(match, tokens)
    if refusal is None:
        return False
    before = tokens[max(0, refusal - NEGATION_REACH) : refusal]
    words = [token for token in before if token.is_word()]
    return len(words) == len(before) and any(token.lower == "не" for token in words)


def kept_to(action: Action) -> None:
    """What a doer that will not give something up does: rejects the demand to, keeps its sanctions, or goes on
    cooperating."""
    action.negated = False
    if action.score > 0:
        action.intent = True
        action.code = INTENT_TO_MEET_CODE if action.code.startswith(CONSULT_ROOT) else INTENT_CODE
        action.event_type, action.score, action.category = "Express intent to cooperate", Decimal("4.0"), "diplomatic"
    elif action.category == "sanctions" and action.entry.cameo_code != REFUSAL[0]:
        action.code, action.event_type, action.score = REFUSAL_TO_EASE_SANCTIONS
    else:
        action.code, action.event_type, action.score = REFUSAL
        action.category = "diplomatic"


def refusal_index(match: LexiconMatch, tokens: list[Token]) -> int | None:
    if tokens[match.first].stems & REFUSAL_LEMMAS:
        return match.first
    for index in range(match.first - 1, max(-1, match.first - 1 - REFUSAL_WINDOW), -1):
        if not tokens[index].is_word():
            return None
        if tokens[index].stems & REFUSAL_LEMMAS:
            return index
    return None


def declined_comment(match: LexiconMatch, tokens: list[Token]) -> bool:
    """A refusal with commenting among the two words after it («отказались комментировать приговор») or the three
    before it («от комментариев журналистам отказался»)."""
    if not tokens[match.first].stems & REFUSAL_LEMMAS:
        return False
    following = tokens[match.last + 1 : match.last + 3]
    preceding = [token for token in tokens[max(0, match.first - 3) : match.first] if token.is_word()]
    return any(token.stems & COMMENTING for token in following + preceding)


def not_planned_after(match: LexiconMatch, tokens: list[Token]) -> bool:
    """«проводить саммит «в ближайшем будущем» не планируется», «обсуждать в такой атмосфере технические вопросы мы
    сейчас не видим возможным»: «не» and a verb of planning or judging after the act, in its clause."""
    following = []
    for token in tokens[match.last + 1 : match.last + 1 + NOT_PLANNED_REACH]:
        if token.text in CLAUSE_ENDS:
            break
        if token.is_word():
            following.append(token)
    return any(
        token.lower == "не" and bool(next_word.stems & NOT_PLANNED)
        for token, next_word in itertools.pairwise(following)
    )
