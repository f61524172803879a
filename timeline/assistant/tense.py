"""Verbs in the headline's tense, the present: "Russia and Ukraine reach a deal", "Putin signs the treaty".

A title's verb is the lexicon's base form made third person (third_person); words written in the past before a
noun expression ("signed a deal", "has signed", "will hold") are turned into the present too (in_the_present), as
far as a past form tells its base: an irregular verb from text.IRREGULAR, a regular one by its spelling when the
spelling leaves no doubt ("signed", "announced", "stopped", "agreed"). A form that could come of two bases
("visited" of "visit", "invited" of "invite") stays as written.
"""

import re

from .text import IRREGULAR

ES_ENDINGS = ("s", "sh", "ch", "x", "z", "o")

# Words an expression may open with whose present tense is not the word with -s: "must leave", "due in" ("is due
# in Washington"), "ready to" ("is ready to act"), "have ... a call" ("has a call"); "has nothing to do with" is in the
# third person already.
UNINFLECTED = {
    "must": "must",
    "has": "has",
    "have": "has",
    "be": "is",
    "due": "is due",
    "ready": "is ready",
    "willing": "is willing",
    "open": "is open",
    "prepared": "is prepared",
    "in": "is in",
    "under": "is under",
    "at": "is at",
}
PLURAL_UNINFLECTED = {"has": "have", "have": "have", "be": "are"}
SAME_IN_THE_PAST = frozenset("set put cut hit cast let quit spread shut bid".split())
PERFECT = frozenset(["has", "have", "had"])
COPULA_PAST = {"was": "is", "were": "are"}
FUTURE = frozenset(["will", "would"])
VOWELS = "aeiou"
# a base ending in a silent "e" after these: "announced", "urged", "imposed", "approved", "seized", "issued"
SILENT_E_AFTER = re.compile(r"(?:[^s]s|[cgvzu])$")
SILENT_E_AT = re.compile(rf"(?:^cre|[^{VOWELS}]|[iu])at$")
# unstressed endings that keep their consonant single: "offered", "opened", "targeted", "abandoned" (not
# "completed", "deleted", whose base ends in "e")
UNSTRESSED = re.compile(r"(?:er|en|on|om|[gk]et)$")
# a stressed "-ete" base: "completed", "depleted", "competed", "deleted"
STRESSED_ETE = re.compile(r"(?:plet|mpet|delet)$")


def third_person(verb: str, doers: int = 1, as_written: str = "") -> str:
    """The verb in the present tense, for one doer or (a mutual act, "Putin and Trump meet") two; an adjective the
    sentence wrote as a verb ("opened", not "open to") is that verb's ("opens")."""
    if as_written and as_written.lower() != verb and UNINFLECTED.get(verb, "").startswith("is "):
        return verb if doers > 1 else verb + "s"
    if doers > 1:
        return PLURAL_UNINFLECTED.get(verb, UNINFLECTED.get(verb, verb).replace("is ", "are ", 1))
    if verb in UNINFLECTED:
        return UNINFLECTED[verb]
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(ES_ENDINGS) else "s")


def in_the_present(words: list[str], doers: int = 1) -> list[str]:
    """The verb opening the words in the present tense ("signed a deal": "signs a deal", "has signed": "signs", "will
    hold": "holds"), or the words as written when their verb's base is not certain."""
    first = words[0].lower() if words else ""
    if first in COPULA_PAST:
        return [COPULA_PAST[first], *words[1:]]  # "was not concerned": "is not concerned"
    if first in FUTURE and words[1:2] == ["not"]:
        return ["will", *words[1:]]  # "would not seek": "will not seek"
    if first in PERFECT | FUTURE and len(words) > 1:
        base = base_of(words[1]) if first in PERFECT else words[1]
        return [third_person(base, doers), *words[2:]] if base and base.isalpha() and base.islower() else words
    base = base_of(first)
    return [third_person(base, doers), *words[1:]] if base else words


def base_of(past: str) -> str | None:
    """The base form of a past tense or participle, when its spelling tells it; else None."""
    if past in IRREGULAR:
        return IRREGULAR[past]
    if past in SAME_IN_THE_PAST:
        return past
    if not past.endswith("ed") or len(past) < 5 or not past.isalpha() or not past.islower():
        return None
    stem = past[:-2]
    if past.endswith("ied"):
        return past[:-3] + "y"
    if past.endswith("eed"):
        return past[:-1]  # "agreed", "freed"
    if stem.endswith("ll"):
        return stem if syllables(stem) == 1 else None  # "called"; "expelled" and "cancelled" double their "l"
    if stem[-1] == stem[-2] and stem[-1] not in "sfz" + VOWELS:
        return stem[:-1]  # "stopped", "committed"
    if SILENT_E_AFTER.search(stem) or SILENT_E_AT.search(stem):
        return stem + "e"  # "announced", "negotiated", "created"
    if stem[-1] not in VOWELS and (stem[-2] not in VOWELS or (stem[-3] in VOWELS and stem[-4:-3] != "q")):
        return stem  # "signed", "reached", "warned", "joined", "treated"
    if stem[-1] in "wy":
        return stem  # "allowed", "stayed"
    if UNSTRESSED.search(stem) and syllables(stem) > 1:
        return stem
    if STRESSED_ETE.search(stem):
        return stem + "e"
    if syllables(stem) == 1 and stem[-1] not in "wxy":
        return stem + "e"  # "voted", "named": a short vowel would have doubled the consonant
    return None


def syllables(word: str) -> int:
    return len(re.findall(f"[{VOWELS}]+", word))
