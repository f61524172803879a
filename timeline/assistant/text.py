"""Words of a sentence with their offsets and stems: Snowball's English stemmer, Russian lemmas.

Stems let one lexicon entry match every form of a word: "expel" matches
expels, expelled and expelling; "sanction" matches sanctions and sanctioned.
Russian words are reduced to their lemmas by a morphological dictionary
(russian/morphology.py) rather than stemmed: «выслал», «вышлет» and
«высылки» share no stem a stemmer could find, but have the lemmas «выслать»
and «высылка».
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer

from .russian.morphology import analyse, base_form_lemmas, lemmas

# An amount is one word ("$2.5", "1,000", "$1.5 billion"), so that "approved $2.5 billion in aid" keeps its verb near
# its noun; a contracted negation is a word of its own ("did|n't", "wo|n't"), read as "not" is
# "Russia's": the possessive after a name
POSSESSIVE = re.compile(r"['’]s\b")
TOKEN = re.compile(
    r"\w+(?=n['’]t\b)|n['’]t\b|(?:[A-Za-z]\.){2,}|[$€£]?\d+(?:[.,]\d+)*(?:\s+(?:million|billion|trillion)\b)?(?![\w-])"
    r"|\w+(?:[-‐]\w+)*|[^\w\s]"
)
# Past forms the stemmer cannot bring back to their verb.
IRREGULAR = {
    "met": "meet",
    "held": "hold",
    "struck": "strike",
    "froze": "freeze",
    "frozen": "freeze",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "sent": "send",
    "broke": "break",
    "broken": "break",
    "began": "begin",
    "begun": "begin",
    "spoke": "speak",
    "spoken": "speak",
    "told": "tell",
    "said": "say",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "made": "make",
    "led": "lead",
    "left": "leave",
    "fought": "fight",
    "flew": "fly",
    "flown": "fly",
    "drew": "draw",
    "drawn": "draw",
    "sold": "sell",
    "brought": "bring",
    "sought": "seek",
    "shot": "shoot",
    "stole": "steal",
    "stolen": "steal",
    "wrote": "write",
    "written": "write",
    "chose": "choose",
    "chosen": "choose",
    "came": "come",
    "went": "go",
    "gone": "go",
    "won": "win",
    "lost": "lose",
    "kept": "keep",
    "stood": "stand",
    "forbade": "forbid",
    "forbidden": "forbid",
    "swore": "swear",
    "sworn": "swear",
    "threw": "throw",
    "thrown": "throw",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "hung": "hang",
    "overtook": "overtake",
    "undertook": "undertake",
    "shook": "shake",
    "caught": "catch",
    "bent": "bend",
}


@dataclass(frozen=True)
class Token:
    index: int
    text: str
    start: int
    end: int
    stem: str
    stems: frozenset[str]

    @property
    def lower(self) -> str:
        return self.text.lower()

    def is_word(self) -> bool:
        return self.text[0].isalnum()

    def is_number(self) -> bool:
        """A count or an amount: "35", "1,000", "$2.5"."""
        return self.text.lstrip("$€£")[:1].isdigit()


RUSSIAN = "ru"


@lru_cache(maxsize=4)
def stemmer(language: str = "en") -> Any:
    return snowballstemmer.stemmer("english")


# Words Snowball cuts to another word's stem: "Clinton's aides" are no "aid"
KEPT_APART = {"aide": "aide", "aides": "aide"}


@lru_cache(maxsize=50_000)
def stem(word: str, language: str = "en") -> str:
    if language == RUSSIAN:
        return analyse(word).lemma
    lower = word.lower().replace("‐", "-")
    return KEPT_APART.get(lower) or str(stemmer(language).stemWord(lower))


def word_stems(word: str, language: str = "en") -> frozenset[str]:
    """The stems a word may stand for: its own, its verb's if irregular, and "freed" as "free";
    a Russian word's lemmas."""
    if language == RUSSIAN:
        return lemmas(word)
    lower = word.lower()
    found = {stem(lower, language)}
    if lower in IRREGULAR:
        found.add(stem(IRREGULAR[lower], language))
    if lower.endswith("ed") and len(lower) > 4:
        found |= {stem(lower[:-1], language), stem(lower[:-2], language)}
    return frozenset(found)


def expression_stems(word: str, language: str = "en") -> frozenset[str]:
    """What a word of the vocabulary, written in its base form, matches."""
    return base_form_lemmas(word) if language == RUSSIAN else frozenset({stem(word, language)})


def tokenize(text: str, language: str = "en") -> list[Token]:
    return [
        Token(
            index,
            match.group(),
            match.start(),
            match.end(),
            stem(match.group(), language),
            word_stems(match.group(), language),
        )
        for index, match in enumerate(TOKEN.finditer(text))
    ]
