"""Short titles and chart labels for candidates: "US expels 35 Russian diplomats".

The title is the source's short name, the governing expression's verb in the
present tense and the words that follow it in its clause (at most a few, time
expressions left out); a negated action reads "will not", a threat
"threatens to", an intent "offers to". A label is the title cut to the
chart's 40 characters at a word.
"""

import re
from typing import Any

from django.utils.translation import gettext as _

LABEL_LENGTH = 40
OBJECT_WORDS = 7
TIME_WORDS = re.compile(
    r"\b(?:on|last|this|next|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)"
    r"|\b(?:yesterday|today|tonight|on \w+ \d{1,2}|in \d{4}|formally|also|still|immediately)\b",
    re.IGNORECASE,
)
PHRASE_END = re.compile(r"[,;:—–()\"“”]|\s(?:and|but|after|as|while|which|who|because|saying|citing|in response)\s")
ES_ENDINGS = ("s", "sh", "ch", "x", "z", "o")


def third_person(verb: str) -> str:
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


def title_for(action: Any, sentence: str) -> str:
    """A short title for the action of a sentence."""
    subject = action.source.label_name() if action.source is not None else ""
    match = action.match
    if match.part_of_speech == "noun" or not base_words(match.entry.expression):
        body = f"{match.words} {object_phrase(sentence, match.end)}".strip()
        return capitalised(f"{subject}: {body}" if subject else body)
    verb = base_words(match.entry.expression)[0]
    first_word_end = match.start + len(match.words.split()[0])
    words = object_phrase(sentence, first_word_end)
    if action.negated:
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
