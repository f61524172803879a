"""A law the story reports as a ban or a sanction, and its other legislative steps.

«Путин подписал закон, запрещающий гражданам США ...» tells what the law does; the story's other steps of a law
(«Госдума приняла законопроект 19 декабря», «Совет Федерации одобрил его 26 декабря») do not say it again, and are
steps of the same sanction (163), aimed at whom it is aimed, each on its own date. A story that names no such law
leaves its bills as they are read: statements of the legislature, no event.
"""

import re
from collections.abc import Sequence
from typing import Any

from .morphology import analyse

LAWS = frozenset({"закон", "законопроект"})
PASSING = frozenset({"принять", "принимать", "одобрить", "одобрять", "утвердить", "утверждать", "подписать"})
SANCTION_CODE = "163"
# «одобрил его», «подписал ее»: the law the story speaks of, named by a pronoun after the verb
PRONOUN_AFTER = re.compile(r"\s+(?:его|ее|её)\b")


def steps_of_a_banning_law(readings: Sequence[Any]) -> None:
    """Give a legislative step on «закон», «законопроект» or a pronoun the act of the banning law the story reports."""
    actions = [action for reading in readings for action in reading.said.actions]
    law = next((action for action in actions if action.code == SANCTION_CODE and names_a_law(action)), None)
    if law is None:
        return
    for reading in readings:
        for action in reading.said.actions:
            if action is not law and action.is_statement() and passes_a_law(action, reading.said.text):
                action.code, action.event_type, action.score, action.category = (
                    law.code,
                    law.event_type,
                    law.score,
                    law.category,
                )
                action.target = action.target or law.target


def lemmas_of(words: str) -> set[str]:
    return {lemma for word in re.findall(r"\w+", words) for lemma in analyse(word).lemmas}


def names_a_law(action: Any) -> bool:
    return bool(lemmas_of(action.match.words) & LAWS)


def passes_a_law(action: Any, text: str) -> bool:
    """«приняла законопроект», «одобрил его»: a verb of passing whose object is a law or a pronoun for one."""
    words = lemmas_of(action.match.words)
    return bool(words & PASSING) and (bool(words & LAWS) or bool(PRONOUN_AFTER.match(text, action.match.end)))
