"""Short titles and chart labels for candidates: "US expels 35 Russian diplomats".

The title is the source's short name, the governing expression's verb in the
present tense and the words that follow it in its clause (at most a few, time
expressions left out); a negated action reads "will not", a threat
"threatens to", an intent "offers to". A label is the title cut to the
chart's 40 characters at a word.
"""

import datetime
import re
from typing import Any

from django.utils.translation import gettext as _

from .signs import negated_object

LABEL_LENGTH = 40
INTENT_MARKER_CODE = "03"
OBJECT_WORDS = 7
TIME_WORDS = re.compile(
    r"\b(?:on|last|this|next|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)"
    r"|\b(?:yesterday|today|tonight|on \w+ \d{1,2}|in \d{4}|formally|also|still|immediately)\b",
    re.IGNORECASE,
)
PHRASE_END = re.compile(r"[,;:—–()\"“”]|\s(?:and|but|after|as|while|which|who|because|saying|citing|in response)\s")
ES_ENDINGS = ("s", "sh", "ch", "x", "z", "o")


# Words an expression may open with that take no -s: "must leave", "due in" ("is due in Washington"),
# "ready to" ("is ready to act"); "has nothing to do with" is in the third person already.
UNINFLECTED = {
    "must": "must",
    "has": "has",
    "due": "is due",
    "ready": "is ready",
    "willing": "is willing",
    "open": "is open",
    "prepared": "is prepared",
}


def third_person(verb: str) -> str:
    if verb in UNINFLECTED:
        return UNINFLECTED[verb]
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(ES_ENDINGS) else "s")


def base_words(expression: str) -> list[str]:
    return [word.split("|")[0] for word in expression.split() if word != "..."]


def object_phrase(text: str, start: int) -> str:
    rest = text[start:]
    end = PHRASE_END.search(rest)
    words = TIME_WORDS.sub("", rest[: end.start()] if end else rest).split()
    return " ".join(words[:OBJECT_WORDS]).rstrip(".,;:")


def title_for(action: Any, sentence: str, language: str = "en") -> str:
    """A short title for the action of a sentence."""
    if language == "ru":
        return russian_title(action, sentence)
    subject = action.source.label_name() if action.source is not None else ""
    match = action.match
    # a noun, or a verb phrase that is its own negation ("not ... unanswered"): the words as written
    if match.part_of_speech == "noun" or base_words(match.entry.expression)[:1] in ([], ["not"]):
        body = f"{match.words} {object_phrase(sentence, match.end)}".strip()
        return capitalised(f"{subject}: {body}" if subject else body)
    verb = base_words(match.entry.expression)[0]
    first_word_end = match.start + len(match.words.split()[0])
    words = object_phrase(sentence, first_word_end)
    if action.conditional and match.entry.cameo_code == INTENT_MARKER_CODE:
        phrase, words = _("threatens to"), object_phrase(sentence, match.end)  # "ready to act if ..."
    elif action.negated and not negated_object(match, sentence):  # "threatens no one" reads as written
        phrase = _("will not %(verb)s") % {"verb": verb}
    elif action.code.startswith("13") and action.conditional and not match.entry.cameo_code.startswith(("11", "13")):
        phrase = _("threatens to %(verb)s") % {"verb": verb}
    elif action.intent:
        phrase = _("offers to %(verb)s") % {"verb": verb}
    else:
        phrase = third_person(verb)
    return capitalised(" ".join(part for part in (subject, phrase, words) if part))


def capitalised(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def label_for(title: str) -> str:
    """The title cut at a word to fit the chart's label."""
    if len(title) <= LABEL_LENGTH:
        return title
    cut = title[: LABEL_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


RUSSIAN_PHRASE_END = re.compile(r"[,;:—–()]|\s(?:и|а|но|после|когда|если|который|которые|чтобы)\s")
DANGLING = re.compile(r"(?:\s+(?:в|во|на|до|к|по|с|о|об|от|за|из|для|против))+$", re.IGNORECASE)


def russian_title(action: Any, sentence: str) -> str:
    """«Россия: высылает 60 американских дипломатов»: the actor's Russian name, then the sentence's own words
    from the verb carrying the action (or the negation before it), time expressions left out."""
    from .russian.dates import find
    from .russian.reading import title_span
    from .text import tokenize

    start = title_span(action, tokenize(sentence, "ru"))
    rest = sentence[start:]
    end = RUSSIAN_PHRASE_END.search(rest, len(action.match.words) if start == action.match.start else 1)
    phrase = rest[: end.start()] if end else rest
    for found in sorted(find(phrase, datetime.date.today()), key=lambda item: -item.start):
        phrase = phrase[: found.start] + phrase[found.end :]
    words = DANGLING.sub("", " ".join(phrase.split()[: OBJECT_WORDS + 1]).rstrip(".,;: "))
    if words.count("«") > words.count("»"):
        words += "»"
    elif words.count("»") > words.count("«"):
        words = words.replace("»", "")
    subject = russian_name(action.source) if action.source is not None else ""
    return capitalised(f"{subject}: {words}" if subject else words)


def russian_name(actor: Any) -> str:
    """An actor's first Russian alias, else its short name."""
    cyrillic = [alias for alias in actor.alias_list() if re.search("[А-яЁё]", alias)]
    return cyrillic[0] if cyrillic else str(actor.label_name())
