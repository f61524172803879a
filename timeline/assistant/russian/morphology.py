"""Russian words through pymorphy3 and the OpenCorpora dictionary: lemmas, parts of speech and cases.

Russian is inflected: «Россия», «России», «Россией» are one word, and
«выслал», «вышлет», «высылает» two verbs of one meaning (the perfective
«выслать» and the imperfective «высылать»). Every word is reduced to the
lemmas of all its readings (pymorphy3 does not choose between «стали» the verb
and «стали» the steel), but for an imperative one when it has others, so a
vocabulary written in base forms matches every form. Letters are compared
with «ё» as «е», as most Russian printing writes it.
"""

from dataclasses import dataclass
from functools import lru_cache

import pymorphy3

VERB_TAGS = frozenset({"VERB", "INFN"})
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def plain(word: str) -> str:
    """Lower case, «ё» written «е», hyphens of every kind as "-"."""
    return word.lower().replace("ё", "е").replace("‐", "-")


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@dataclass(frozen=True)
class Analysis:
    """What a word may be: its lemmas, parts of speech, grammemes of its readings, and its likeliest reading."""

    lemma: str  # of its likeliest reading
    lemmas: frozenset[str]  # of all its readings, and the word itself
    parts_of_speech: frozenset[str]
    grammemes: frozenset[str]  # of all its readings
    likeliest: frozenset[str]  # the grammemes of its likeliest reading, its part of speech among them

    def is_verb(self) -> bool:
        """A finite verb or an infinitive in its likeliest reading."""
        return bool(self.likeliest & VERB_TAGS)

    def is_(self, *grammemes: str) -> bool:
        """Whether its likeliest reading has one of the grammemes."""
        return bool(self.likeliest & set(grammemes))

    def can_be(self, *grammemes: str) -> bool:
        """Whether one of its readings has one of the grammemes."""
        return bool(self.grammemes & set(grammemes))


@lru_cache(maxsize=100_000)
def analyse(word: str) -> Analysis:
    word = plain(word)
    readings = analyzer().parse(word)
    lemmas = {word} | {plain(reading.normal_form) for reading in reported_readings(readings)}
    grammemes: set[str] = set()
    for reading in readings:
        grammemes |= set(reading.tag.grammemes)
    parts = {str(reading.tag.POS) for reading in readings if reading.tag.POS}
    likeliest = frozenset(readings[0].tag.grammemes) if readings else frozenset()
    lemma = plain(readings[0].normal_form) if readings else word
    return Analysis(lemma, frozenset(lemmas), frozenset(parts), frozenset(grammemes), likeliest)


def reported_readings(readings: list[pymorphy3.analyzer.Parse]) -> list[pymorphy3.analyzer.Parse]:
    """News reports its acts in the indicative: an imperative reading counts only when the word has no other
    («вышли» is «выйти», not «выслать»; «вышлите» is «выслать»)."""
    indicative = [reading for reading in readings if "impr" not in reading.tag]
    return indicative or readings


def lemmas(word: str) -> frozenset[str]:
    return analyse(word).lemmas


@lru_cache(maxsize=10_000)
def base_form_lemmas(word: str) -> frozenset[str]:
    """The lemmas a vocabulary word written in its base form stands for: itself when it is a base form
    («вести» the verb, not «весть» the news), else every lemma of its readings («США», «меры»)."""
    word = plain(word)
    readings = analyzer().parse(word)
    if any(plain(reading.normal_form) == word for reading in readings):
        return frozenset({word})
    return lemmas(word)


GENDERS = frozenset({"masc", "femn", "neut"})


def agreeing(verb: str, agreement: tuple[str, str] | None) -> str:
    """A finite verb made to agree with a subject it was not written for, given the subject's number and gender
    (subject_agreement): «объявила» (the administration's) after «Барак Обама» is «объявил», «высылает» after «США»
    «высылают»; a short adjective or participle agrees as a past verb does («готов», «намерена» after «США» are
    «готовы», «намерены»). A word that is none of these in its likeliest reading, or an unknown agreement, leaves it
    as it is."""
    readings = analyzer().parse(plain(verb))
    short_form = bool({"ADJS", "PRTS"} & readings[0].tag.grammemes)
    if agreement is None or not ({"VERB", "indc"} <= readings[0].tag.grammemes or short_form):
        return verb
    if short_form:  # «намерен» is read first as «намеренный» («намеренны»): the shortest of the short forms
        forms = (reading.inflect(agreement_grammemes(agreement, past=True)) for reading in readings)
        found = [form.word for form in forms if form is not None and {"ADJS", "PRTS"} & form.tag.grammemes]
        inflected_word = min(found, key=len) if found else plain(verb)
    else:
        inflected = readings[0].inflect(agreement_grammemes(agreement, past="past" in readings[0].tag))
        inflected_word = inflected.word if inflected is not None else plain(verb)
    if inflected_word == plain(verb):
        return verb
    return inflected_word.capitalize() if verb[:1].isupper() else inflected_word


def agreement_grammemes(agreement: tuple[str, str], past: bool) -> set[str]:
    """A past verb agrees in gender (or is plural), a present or future one in number and person."""
    number, gender = agreement
    if past:
        return {"plur"} if number == "plur" else {"sing", gender}
    return {number, "3per"}


def subject_agreement(subject: str) -> tuple[str, str] | None:
    """The number and gender a verb takes after a name: those of its first word read as a noun or a surname in the
    nominative («Министерство иностранных дел» neuter, «США» plural); None when they are not known («Обама» may be
    either)."""
    for word in subject.split():
        for reading in analyzer().parse(plain(word)):
            if reading.tag.POS in {"NOUN", "ADJF"} and "nomn" in reading.tag:
                if "plur" in reading.tag or "Pltm" in reading.tag:
                    return "plur", ""
                gender = reading.tag.gender
                return ("sing", gender) if gender in GENDERS else None
    return None
