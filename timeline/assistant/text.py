"""Words of a sentence with their offsets and stems (Snowball's English stemmer).

Stems let one lexicon entry match every form of a word: "expel" matches
expels, expelled and expelling; "sanction" matches sanctions and sanctioned.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer

TOKEN = re.compile(r"\w+(?:[-‐]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Token:
    index: int
    text: str
    start: int
    end: int
    stem: str

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


def tokenize(text: str, language: str = "en") -> list[Token]:
    return [
        Token(index, match.group(), match.start(), match.end(), stem(match.group(), language))
        for index, match in enumerate(TOKEN.finditer(text))
    ]
