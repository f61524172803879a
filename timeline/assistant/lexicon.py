"""Scoring a sentence with the lexicon of event expressions (LexiconEntry rows).

Each entry ties an expression ("expel*", "impose* ... sanction*") to a CAMEO
event code, a category and the Goldstein value of that code. The lexicon is
data: it is seeded from lexicon.json by a migration and editors extend it in
the admin.

When several expressions match, the one describing the sentence is chosen:
an expression of some happening beats a bare verb of saying (CAMEO 010: "the
ministry said ..." is a statement only if nothing else happened); then the
expression of more words wins, being more specific ("sanctions relief" over
"sanction*"); then the stronger score; then the earlier one. Expressions in a
sentence's opening phrase ("Within hours of the missile strikes, the Kremlin
denounced ...") set the scene and count only when nothing else matches.

The lexicon does not understand negation: "would not lift sanctions" matches
"lift* ... sanction*". Such a match is flagged as negated for the editor.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

SEED_FILE = Path(__file__).resolve().parent / "lexicon.json"
GAP = "..."
GAP_PATTERN = r"\s+(?:\S+\s+){0,4}?"
# An opening phrase: a preposition or participle up to the first comma.
OPENING_PHRASE = re.compile(
    r"^(?:after|amid|amidst|before|beyond|despite|during|following|in response to|since|within|"
    r"speaking (?:about|of|on)|asked about|responding to|reacting to|commenting on)\b[^,]{0,120},",
    re.IGNORECASE,
)
# "would not lift sanctions", "never agreed": the expression may say the opposite of what happened.
NEGATION = re.compile(r"\b(?:not|never|no|without|n[’']t)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class LexiconMatch:
    entry: object
    start: int
    end: int
    words: str
    in_opening_phrase: bool = False
    negated: bool = False

    def rank(self):
        entry = self.entry
        return (
            not self.in_opening_phrase,
            not entry.is_statement(),
            word_count(entry.expression),
            abs(entry.score),
            -self.start,
        )


def expression_problem(expression):
    """Why an expression cannot be used, or "" if it can."""
    words = expression.split()
    if not any(word.strip("*") and word != GAP for word in words):
        return "Give at least one word."
    if words[0] == GAP or words[-1] == GAP:
        return f"“{GAP}” stands between two words; it cannot open or close an expression."
    if any("*" in word[:-1] for word in words):
        return "A * may only end a word."
    return ""


def expression_pattern(expression):
    pattern, separator = "", ""
    for word in expression.split():
        if word == GAP:
            separator = GAP_PATTERN
            continue
        pattern += separator + re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "")
        separator = r"\s+"
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)


def word_count(expression):
    return len([word for word in expression.split() if word != GAP])


class Lexicon:
    """The entries, compiled once per run."""

    def __init__(self, entries):
        self.patterns = [(expression_pattern(entry.expression), entry) for entry in entries]

    def matches(self, text):
        opening = OPENING_PHRASE.match(text)
        opening_end = opening.end() if opening else 0
        return [
            LexiconMatch(
                entry,
                match.start(),
                match.end(),
                match.group(),
                in_opening_phrase=match.start() < opening_end,
                negated=bool(NEGATION.search(text, 0, match.start())),
            )
            for pattern, entry in self.patterns
            for match in pattern.finditer(text)
        ]

    def best_match(self, text):
        """The match that describes the sentence, or None."""
        return max(self.matches(text), key=LexiconMatch.rank, default=None)


def seed_entries():
    """The entries of lexicon.json, as dictionaries of LexiconEntry fields."""
    return json.loads(SEED_FILE.read_text(encoding="utf-8"))


def load_seed(model, using="default"):
    """Create the entries of lexicon.json that `model` (LexiconEntry, or its migration state) lacks."""
    manager = model.objects.using(using)
    existing = set(manager.values_list("expression", flat=True))
    manager.bulk_create(model(**entry) for entry in seed_entries() if entry["expression"] not in existing)
