"""Finding actors in a sentence through their names and aliases.

The vocabulary is the Actor table: editors add aliases in the admin, not in
code. A name or alias matches as a whole word or phrase ("Trump" not in
"Trumpism", "US" not in "USA"). Short aliases (four characters or fewer) and
aliases without lower-case letters ("US", "U.S.", "NATO") must match their
case exactly, so "us" the pronoun is not the United States; longer ones match
in any case, so "the Kremlin" also matches at the start of a sentence. Where
aliases overlap the longest wins: "US Secretary of State Rex Tillerson" is
Tillerson, not also the United States.

Known limitation: an alias means the same actor wherever it appears. "Moscow"
as an alias of Russia makes "Tillerson visits Moscow" name Russia as an actor
although Moscow is only the place; a capital used for its government and the
city itself are not told apart. Editors remove such actors before accepting.
"""

import re
from dataclasses import dataclass

SHORT_ALIAS_LENGTH = 4


@dataclass(frozen=True)
class Mention:
    actor: object
    start: int
    end: int


def term_pattern(term):
    words = [re.escape(word) for word in term.split()]
    flags = 0 if is_case_sensitive(term) else re.IGNORECASE
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", flags)


def is_case_sensitive(term):
    return len(term) <= SHORT_ALIAS_LENGTH or not any(character.islower() for character in term)


class ActorMatcher:
    """Finds the given actors in text; build it once per run, it compiles every name and alias."""

    def __init__(self, actors):
        terms = {}
        for actor in actors:
            for term in [actor.name, *actor.alias_list()]:
                terms.setdefault(term, actor)
        longest_first = sorted(terms.items(), key=lambda item: len(item[0]), reverse=True)
        self.patterns = [(term_pattern(term), actor) for term, actor in longest_first]

    def mentions(self, text):
        """Non-overlapping mentions in text order; of overlapping ones the longest is kept."""
        taken = []
        for pattern, actor in self.patterns:
            for match in pattern.finditer(text):
                if not any(match.start() < end and start < match.end() for start, end, _ in taken):
                    taken.append((match.start(), match.end(), actor))
        return [Mention(actor, start, end) for start, end, actor in sorted(taken, key=lambda item: item[0])]

    def actors(self, text):
        """The actors mentioned in text, each once, in order of first mention."""
        return list(dict.fromkeys(mention.actor for mention in self.mentions(text)))
