"""What the verb that governs an act tells of it, in Russian: whose act it is and whether it is done.

- «договориться о» with a noun is an agreement reached on it («США и ЕС договорились об увеличении поставок»: 057),
  and when the lexicon knows what was agreed on, the two sides did it together («договорились о перемирии»);
  «договориться» with an infinitive states an intent to act («договорились сократить арсеналы», 03), and agreeing on
  a meeting («о консультациях») an intent to meet (036), as the reader already reads them.
- «разрешить» or «позволить» an actor of another side (the dative) to use force is military cooperation with it
  (062), not the permitter's attack («разрешила Киеву наносить удары по территории России»); allowing one's own
  side is the act allowed.
- «намерен», «намеревается» before an act is the doer's own stated intent («президенты намерены провести встречу
  в июне»: an intent to meet, dated the day it is stated, not the meeting in June).
- «предстоит» before an infinitive is a step still ahead («договор еще предстоит ратифицировать»): procedure, no
  event, as an obligation in the passive is (reading.py).
- «при» and a noun of the lexicon with an actor in the genitive after it is that actor's act («обмен состоялся при
  посредничестве Саудовской Аравии»: Saudi Arabia mediated), aimed at the doer of the act before it.
- «согласиться с тем, что» agrees with a claim («согласился с тем, что переговоры зашли в тупик»), as «признал, что»
  would: it frames what is claimed and is no intent to cooperate, which «согласился на встречу» or «согласился
  продлить договор» is.
- A relative clause opening on «который» in the nominative right after an actor names its doer: that actor
  («в Польшу и Болгарию, которые отказались платить»), so its act is proposed like a main clause's.
"""

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ..actors import Mention, Phrase
from ..clauses import RELATIVE_CLAUSE
from ..lexicon import NOUN, LexiconMatch
from ..reading import Action
from ..signs import AGREEMENT, CONSULT_ROOT, INTENT_CODE
from ..text import Token
from .morphology import analyse

AGREEING = frozenset({"договориться", "договариваться"})
CONSENTING = frozenset({"согласиться", "соглашаться"})
WITH_A_CLAIM = ("с", "тем")
ON = frozenset({"о", "об", "обо"})
PERMITTING = frozenset({"разрешить", "разрешать", "позволить", "позволять"})
PERMISSION_REACH = 4
FORCE_ROOTS = ("15", "17", "18", "19", "20")
MILITARY_COOPERATION = ("062", "Cooperate militarily", Decimal("7.4"), "military")
AGENT_REACH = 4
INTENDING = frozenset({"намеренный", "намерен", "намереваться"})
INTENT_REACH = 4
PENDING = re.compile(r"(?i)\bпредсто(?:ит|ят|ял[аои]?)\s+(?:\w+\s+)?$")
RELATIVE_PRONOUN = "который"
# what may stand between the actor and the pronoun: a comma, or a second noun joined to the actor («Польшу и Болгарию»)
ANTECEDENT_END = re.compile(r"(?P<list>\s+и\s+\w+)?\s*,\s*")


def agreed_on(action: Action, tokens: list[Token]) -> None:
    """Two sides that «договорились о» something reached an agreement on it, or did together what the lexicon knows
    they agreed on; one side alone, or an infinitive after the verb, stays an intent."""
    if not action.mutual:
        return
    match = action.match
    if action.code == INTENT_CODE and agreeing(tokens[match.first]) and following_word(tokens, match.last) in ON:
        action.code, action.event_type, action.score, action.category = AGREEMENT
        return
    entry = action.entry
    done_together = not entry.cameo_code.startswith((INTENT_CODE, CONSULT_ROOT))
    if action.intent and done_together and agreed_on_noun(action, tokens):
        action.code, action.event_type, action.score = entry.cameo_code, entry.event_type, Decimal(entry.score)
        action.category = entry.category


def agreeing(token: Token) -> bool:
    return bool(token.stems & AGREEING) and analyse(token.text).is_("VERB")


def following_word(tokens: list[Token], index: int) -> str:
    return tokens[index + 1].lower if index + 1 < len(tokens) else ""


def agreed_on_noun(action: Action, tokens: list[Token]) -> bool:
    """«договорились о полном перемирии»: the noun after «о» and its modifiers, right after the agreeing verb."""
    index = action.match.first - 1
    while index >= 0 and tokens[index].is_word() and analyse(tokens[index].text).is_("ADJF", "NUMR"):
        index -= 1
    return index >= 1 and tokens[index].lower in ON and agreeing(tokens[index - 1])


def permitted_force(action: Action, tokens: list[Token], phrases: list[Phrase]) -> None:
    """Force the subject allows an actor of another side to use is its military cooperation with that actor; force
    it allows its own side, or someone unnamed («разрешил президенту использовать вооруженные силы»), is the act."""
    if action.negated or not action.entry.cameo_code.startswith(FORCE_ROOTS) or action.code.startswith("13"):
        return
    permission = permitting_verb(action, tokens)
    if permission is None or action.source is None:
        return
    allowed = [
        phrase.actor
        for phrase in phrases
        if permission.end <= phrase.start and phrase.end <= action.match.start and "datv" in phrase.cases
    ]
    if allowed and allowed[0].side != action.source.side:
        action.code, action.event_type, action.score, action.category = MILITARY_COOPERATION
        action.target = allowed[0]


def permitting_verb(action: Action, tokens: list[Token]) -> Token | None:
    """A verb of permission a few words before the act, within its clause («разрешила Киеву наносить удары»)."""
    for token in reversed(tokens[max(0, action.match.first - PERMISSION_REACH) : action.match.first]):
        if not token.is_word():
            return None
        if token.stems & PERMITTING and analyse(token.text).is_("VERB", "INFN"):
            return token
    return None


def intended(match: LexiconMatch, tokens: list[Token]) -> bool:
    """«намерены провести встречу», «не намерен вводить»: a word of intent a few words before the act, in its
    clause, or after a noun it governs through the verb after it («встречу президенты намерены провести»)."""
    before = reversed(tokens[max(0, match.first - INTENT_REACH) : match.first])
    after = tokens[match.last + 1 : match.last + 1 + INTENT_REACH] if match.part_of_speech == NOUN else []
    return any(intent_word(side) for side in (before, after))


def intent_word(words: Iterable[Token]) -> bool:
    for token in words:
        if not token.is_word():
            return False
        if token.stems & INTENDING:
            return True
    return False


def pending(action: Action, text: str) -> bool:
    """«Договор еще предстоит ратифицировать»: a step ahead, not taken."""
    return bool(PENDING.search(text, 0, action.match.start))


def antecedent_doer(action: Action, tokens: list[Token], named: list[Phrase | Mention], text: str) -> Any:
    """The actor a relative clause follows when its pronoun, in the nominative, is the subject of the act («в Польшу
    и Болгарию, которые отказались платить»: Poland, the actor of the list), else None."""
    clause = action.clause
    if clause.kind != RELATIVE_CLAUSE or not action.verbal:
        return None
    pronoun = next((token for token in tokens if token.start >= clause.start and token.is_word()), None)
    if pronoun is None or pronoun.start >= action.match.start:
        return None
    analysis = analyse(pronoun.text)
    if RELATIVE_PRONOUN not in analysis.lemmas or not analysis.can_be("nomn"):
        return None
    if any(pronoun.end <= name.start < action.match.start for name in named):
        return None  # «санкции, которые Вашингтон ввел»: the clause names its own subject
    before = sorted((name for name in named if name.end <= clause.start), key=lambda name: name.end)
    if not before or not (end := ANTECEDENT_END.fullmatch(text, before[-1].end, pronoun.start)):
        return None
    return before[-1].actor if agrees(pronoun, text[before[-1].start : before[-1].end], bool(end["list"])) else None


def agrees(pronoun: Token, antecedent: str, listed: bool) -> bool:
    """The pronoun agrees in number with its antecedent: plural after a list («Польшу и Болгарию, которые»), else
    the number of the antecedent's last word («судов из Германии, которые» speaks of the ships)."""
    number = "plur" if analyse(pronoun.text).is_("plur") else "sing"
    if listed:
        return number == "plur"
    last = analyse(antecedent.split()[-1])
    return last.is_(number) or not last.is_("sing", "plur")  # «США» shows no number


def agent_of_noun(match: LexiconMatch, tokens: list[Token], phrases: list[Phrase]) -> Phrase | None:
    """The actor in the genitive a few words after «при» and a noun («при посредничестве ОАЭ и Саудовской Аравии»),
    with no punctuation between."""
    if match.part_of_speech != NOUN or match.first == 0 or tokens[match.first - 1].lower != "при":
        return None
    following = tokens[match.last + 1 : match.last + 1 + AGENT_REACH]
    end = next((token.start for token in following if not token.is_word()), following[-1].end if following else 0)
    return next(
        (phrase for phrase in phrases if tokens[match.last].end < phrase.start < end and "gent" in phrase.cases), None
    )


def agreed_with_a_claim(match: LexiconMatch, tokens: list[Token]) -> bool:
    """«согласился с тем, что ...»: the verb of consent alone, followed by «с тем»."""
    if match.first != match.last or not tokens[match.first].stems & CONSENTING:
        return False
    following = tuple(token.lower for token in tokens[match.last + 1 : match.last + 3])
    return following == WITH_A_CLAIM
