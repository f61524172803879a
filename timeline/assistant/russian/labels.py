"""A Russian title shortened as a news agency's headline is, for the chart's label: each step leaves the words
that say who did what to whom and drops what a headline drops, a first name before a surname («госсекретаря
Хиллари Клинтон»: «госсекретаря Клинтон»), a state's adjective for the state after its noun («35 российских
дипломатов»: «35 дипломатов РФ») and the place of an act between its verb and its object («подписали в Кремле
соглашение»: «подписали соглашение»). labels.russian_label takes the first that fits.
"""

from .morphology import analyse
from .nouns import NOUN_MODIFIERS

# a state's adjective and the short name a headline writes after the noun, in the genitive («дипломатов США»)
STATES_BY_ADJECTIVE = {
    "американский": "США",
    "российский": "РФ",
    "украинский": "Украины",
    "белорусский": "Белоруссии",
    "китайский": "КНР",
}
# «российская сторона» is the state itself: «назвал российскую сторону партнером», «назвал РФ партнером»
SIDE_NOUNS = frozenset(["сторона"])
PLACE_PREPOSITIONS = frozenset(["в", "во", "на"])
LOCATIVES = ("loct", "loc2")


def shortened_forms(tokens: list[str]) -> list[list[str]]:
    """The title's words after each step in turn, every step on the one before."""
    forms = []
    for step in (without_first_names, states_after_their_nouns, without_places_of_acts):
        tokens = step(tokens)
        forms.append(tokens)
    return forms


def without_first_names(tokens: list[str]) -> list[str]:
    """A first name before a surname left out, except the title's first word (its doer, which the surname
    alone may not name: «Хиллари Клинтон» and «Билл Клинтон»)."""
    return [
        token
        for index, token in enumerate(tokens)
        if not (index and index + 1 < len(tokens) and is_first_name(token) and is_name(tokens[index + 1]))
    ]


def is_first_name(token: str) -> bool:
    return token.isalpha() and token[0].isupper() and analyse(token).is_("Name")


def is_name(token: str) -> bool:
    return token[:1].isupper() and analyse(token.rstrip(",;:")).is_("Name", "Surn")


def states_after_their_nouns(tokens: list[str]) -> list[str]:
    """«американских дипломатов» as «дипломатов США», «американской стороны» as «США»; before a person's name
    the adjective is left out («американскую баскетболистку Грайнер»: «баскетболистку Грайнер»)."""
    result = list(tokens)
    for index in range(len(result) - 2, -1, -1):
        state = STATES_BY_ADJECTIVE.get(analyse(result[index]).lemma)
        if state is None or not result[index].isalpha():
            continue
        noun = head_noun(result, index + 1)
        if noun is None:
            continue
        word = result[noun].rstrip(",;:")
        tail = result[noun][len(word) :]
        if analyse(word).lemma in SIDE_NOUNS:
            result[index : noun + 1] = [state + tail]
        elif noun + 1 < len(result) and result[noun + 1][:1].isupper() and not tail:
            del result[index]
        else:
            result[index : noun + 1] = [*result[index + 1 : noun], word, state + tail]
    return result


def head_noun(tokens: list[str], start: int) -> int | None:
    """The index of the noun the modifiers from `start` go with."""
    for index in range(start, len(tokens)):
        analysis = analyse(tokens[index].rstrip(",;:"))
        if analysis.is_("NOUN"):
            return index
        if not analysis.is_(*NOUN_MODIFIERS) or not tokens[index].isalpha():
            return None
    return None


def without_places_of_acts(tokens: list[str]) -> list[str]:
    """«в Кремле», «на военной базе Элмендорф-Ричардсон» left out where they stand between a verb and what
    follows it: where the act was done, which a headline leaves to the story."""
    result = list(tokens)
    index = 1
    while index < len(result) - 1:
        end = place_end(result, index)
        if end is not None and end < len(result) and analyse(result[index - 1]).is_("VERB"):
            del result[index:end]
        else:
            index += 1
    return result


def place_end(tokens: list[str], start: int) -> int | None:
    """The end of a place phrase opening at `start`: a preposition, modifiers, a noun in the locative, and the
    names after it; None where no such phrase opens, or one ends a clause (a comma after it)."""
    if tokens[start] not in PLACE_PREPOSITIONS:
        return None
    noun = head_noun(tokens, start + 1)
    if noun is None or not analyse(tokens[noun]).is_(*LOCATIVES) or not tokens[noun].isalpha():
        return None
    end = noun + 1
    while end < len(tokens) and tokens[end][:1].isupper():
        if not tokens[end].replace("-", "").isalpha():
            return None
        end += 1
    return end
