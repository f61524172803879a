"""Words of a sentence with their offsets and stems (Snowball's English stemmer).

Stems let one lexicon entry match every form of a word: "expel" matches
expels, expelled and expelling; "sanction" matches sanctions and sanctioned.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-‐]\w+)*|[^\w\s]")
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


@lru_cache(maxsize=4)
def stemmer(language: str = "en") -> Any:
    return snowballstemmer.stemmer({"en": "english", "ru": "russian"}.get(language, "english"))


@lru_cache(maxsize=50_000)
def stem(word: str, language: str = "en") -> str:
    return str(stemmer(language).stemWord(word.lower().replace("‐", "-")))


def word_stems(word: str, language: str = "en") -> frozenset[str]:
    """The stems a word may stand for: its own, its verb's if irregular, and "freed" as "free"."""
    lower = word.lower()
    found = {stem(lower, language)}
    if language == "en":
        if lower in IRREGULAR:
            found.add(stem(IRREGULAR[lower], language))
        if lower.endswith("ed") and len(lower) > 4:
            found |= {stem(lower[:-1], language), stem(lower[:-2], language)}
    return frozenset(found)


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
