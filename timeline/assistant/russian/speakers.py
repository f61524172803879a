"""Who is speaking in a Russian sentence: «..., — заявил Байден», «Лавров заявил, что ...», «по словам Пескова».

The speaker is the subject of a verb of saying: the noun phrase in the
nominative before it in its clause, or, in the inverted order of wire copy
(«..., объявил в четверг министр иностранных дел Сергей Лавров», «— заявил
Байден»), the first one after it. «По словам X» («по данным X») and «как
заявил X» name X. A phrase naming an actor is that actor; a subject not in the list is kept as
written («Посол России в США Анатолий Антонов» is Russia's ambassador, so
Russia). A pronoun («он», «она», «они») is left to the caller to resolve. An
impersonal plural speaks for the place before it («В Кремле заявили»:
impersonal.py).
"""

import re

from ..actors import Mention, Phrase
from ..speakers import RUSSIAN_PRONOUNS, Speaker
from .impersonal import place_speaking
from .morphology import analyse

WORD = re.compile(r"\w+(?:[-‐]\w+)*")
SAYING = frozenset(
    """заявить заявлять сказать говорить сообщить сообщать отметить отмечать подчеркнуть подчеркивать добавить
    добавлять пояснить пояснять объявить объявлять написать писать указать указывать уточнить уточнять рассказать
    рассказывать констатировать признать признавать утверждать настаивать ответить отвечать предупредить
    предупреждать заверить заверять напомнить напоминать считать""".split()
)
# «по словам Пескова», and as wire copy gives a body's account: «по данным Пентагона», «по сведениям ФСБ»
ACCORDING_TO = re.compile(r"(?i)\bпо (?:словам|данным|сведениям|информации)\s+")
BOUNDARY = re.compile(r"[,;:«»\"“”„()]|\s[—–-]\s|\bчто\b")


def find_speaker(text: str, phrases: list[Phrase], places: list[Mention]) -> Speaker | None:
    """The Speaker of a Russian sentence, or None."""
    according = ACCORDING_TO.search(text)
    if according:
        named = next((phrase for phrase in phrases if phrase.start >= according.end()), None)
        if named is not None and named.start - according.end() < 40:
            return Speaker(text[named.head_start if named.head_start >= 0 else named.start : named.end], named.actor)
    for word in WORD.finditer(text):
        analysis = analyse(word.group())
        if not (analysis.lemmas & SAYING and analysis.is_("VERB")):
            continue
        speaker = subject_of(text, word, phrases, places)
        if speaker is not None:
            return speaker
    return None


def subject_of(text: str, verb: re.Match[str], phrases: list[Phrase], places: list[Mention]) -> Speaker | None:
    boundaries = [match.end() for match in BOUNDARY.finditer(text, 0, verb.start())]
    clause_start = boundaries[-1] if boundaries else 0
    following = BOUNDARY.search(text, verb.end())
    clause_end = following.start() if following else len(text)
    before = [p for p in phrases if clause_start <= p.start and p.end <= verb.start() and p.may_be_subject()]
    after = [p for p in phrases if verb.end() <= p.start < clause_end and p.may_be_subject()]
    chosen = before[-1] if before else after[0] if after else None
    if chosen is not None:
        start = chosen.head_start if chosen.head_start >= 0 else chosen.start
        return Speaker(" ".join(text[start : chosen.end].split()), chosen.actor)
    if (place := place_speaking(text, clause_start, verb.start(), places, phrases)) is not None:
        return Speaker(text[place.start : place.end], place.actor)  # «В Кремле заявили»
    words = WORD.findall(text[clause_start : verb.start()])
    if len(words) == 1 and words[0].lower() in RUSSIAN_PRONOUNS:
        return Speaker(words[0].lower())
    return unnamed_subject(words)


def unnamed_subject(words: list[str]) -> Speaker | None:
    """A subject not in the actor list, kept as written: a capitalised name or a title with its words."""
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return None
    if not any(analyse(word).can_be("nomn") and analyse(word).is_("NOUN") for word in words):
        return None
    return Speaker(" ".join(words), None)
