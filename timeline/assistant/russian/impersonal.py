"""The doer of an impersonal plural: «В Вашингтоне выразили разочарование», «В НАТО назвали решение ошибкой»,
«В Минобороны России заявили, что ...».

Wire copy names a state or a body by the place its people speak from. A finite verb in the plural with no subject
of its own before it in its clause, after «в» + a state or a body, was said or done by that actor. The callers ask
only of verbs that say or judge («заявили», «выразили», «назвали») or are the act itself («осудили»): a verb that
tells what took place («в Москве прошли переговоры») names no doer.
"""

import re

from ...models import Actor
from ..actors import Mention, Phrase
from .morphology import analyse

WORD = re.compile(r"\w+(?:[-‐]\w+)*")
LOCATIVE = frozenset({"в", "во"})
JUDGING = frozenset({"выразить", "выражать", "назвать", "называть"})
KINDS = (Actor.Kind.STATE, Actor.Kind.INSTITUTION)


def place_speaking(
    text: str, clause_start: int, verb_start: int, places: list[Mention], phrases: list[Phrase]
) -> Mention | None:
    """The mention after «в» of the actor the impersonal plural verb at `verb_start` was said or done by, or None."""
    verb = WORD.match(text, verb_start)
    analysis = analyse(verb.group()) if verb else None
    if analysis is None or not (analysis.is_("VERB") and analysis.is_("plur")):
        return None
    if any(clause_start <= phrase.start < verb_start and phrase.may_be_subject() for phrase in phrases):
        return None
    before = [
        place
        for place in places
        if clause_start <= place.start and place.end <= verb_start and place.actor.kind in KINDS
        if after_locative(text, place)
    ]
    if not before or has_own_subject(text[clause_start : before[-1].start] + " " + text[before[-1].end : verb_start]):
        return None
    return before[-1]


def after_locative(text: str, place: Mention) -> bool:
    words = WORD.findall(text[max(0, place.start - 4) : place.start])
    return bool(words) and words[-1].lower() in LOCATIVE


def has_own_subject(outside: str) -> bool:
    """A common noun in the nominative besides the place («в Москве российские дипломаты заявили»)."""
    return any(
        not word[:1].isupper() and analyse(word).is_("NOUN") and analyse(word).is_("nomn")
        for word in WORD.findall(outside)
    )
