"""Who is speaking in a sentence: `"...," Peskov said`, `said Andrew Weiss`, `Lavrov told Tillerson`.

The speaker is the subject of the first verb of saying, or the name after a
verb of saying that follows a quotation. When the subject is a pronoun ("he
went on to say") the caller resolves it to the previous speaker. A speaker
phrase that ends with an actor's name or alias is that actor ("Kremlin
spokesman Dmitry Peskov" is Dmitry Peskov); otherwise it is kept as written
("A senior State Department official").
"""

import datetime
import re
from dataclasses import dataclass
from typing import Any

from .actors import ActorMatcher

SPEECH_VERB = (
    r"(?:went on to |continued to )?"
    r"(?:said|says|say|added|adds|told|tells|stated|announced|announces|declared|declares|warned|warns|"
    r"lamented|noted|insisted|stressed|claimed|argued|wrote|tweeted|explained|acknowledged|admitted|"
    r"complained|replied|responded|confirmed|denied|asserted|remarked|cautioned)"
)
VERB_AFTER_QUOTATION = re.compile(rf"[,!?.…]\s*[\"”’]\s+{SPEECH_VERB}\s+(?P<speaker>(?:[A-Z][\w.’'-]*\s*)+)")
ACCORDING_TO = re.compile(r"\baccording to (?P<speaker>(?:the |a )?(?:[A-Z][\w.’'-]*\s*)+)")
SUBJECT_VERB = re.compile(rf"(?<![\w-]){SPEECH_VERB}\b")
CLAUSE_BOUNDARY = re.compile(r"[,;:\"“”()]|--|—|–|\bthat\b|\bwhen\b|\bwhile\b|\bas\b")
CONJUNCTIONS = {"but", "and", "yet", "so", "however", "meanwhile", "later", "then", "also"}
ARTICLES = {"a", "an", "the"}
PRONOUNS = {"he", "she", "they", "it"}
RUSSIAN_PRONOUNS = {"он", "она", "они"}
TRAILING_WORDS = {
    "also",
    "later",
    "then",
    "previously",
    "earlier",
    "again",
    "reportedly",
    "separately",
    "has",
    "had",
    "have",
}
RELATIVE_WORDS = {"which", "who", "that", "this", "there", "what", "we", "i", "you"}
MAX_SPEAKER_WORDS = 8
# A subject such as "A senior State Department official" has lower-case words, but not a run of
# three or more: "they minimized the impact and announced" is a clause, not a speaker.
LOWER_CASE_RUN = re.compile(r"(?:\b[a-z][\w’'-]*\s+){2}[a-z]")


@dataclass(frozen=True)
class Speaker:
    text: str
    actor: Any = None

    @property
    def name(self) -> str:
        return self.actor.name if self.actor else self.text

    @property
    def is_pronoun(self) -> bool:
        return self.actor is None and self.text.lower() in PRONOUNS | RUSSIAN_PRONOUNS


def find_speaker(text: str, matcher: ActorMatcher) -> Speaker | None:
    """The Speaker of the sentence, or None."""
    phrase = speaker_phrase(text)
    if not phrase:
        return None
    return Speaker(phrase, actor_at_end(phrase, matcher))


def speaker_phrase(text: str) -> str:
    for pattern in (VERB_AFTER_QUOTATION, ACCORDING_TO):
        match = pattern.search(text)
        if match:
            return match["speaker"].strip().rstrip(".")
    for verb in SUBJECT_VERB.finditer(text):
        subject = subject_before(text, verb.start())
        if subject:
            return subject
    return ""


def subject_before(text: str, verb_start: int) -> str:
    boundaries = [match.end() for match in CLAUSE_BOUNDARY.finditer(text, 0, verb_start)]
    words = text[boundaries[-1] if boundaries else 0 : verb_start].split()
    while words and words[-1].lower() in TRAILING_WORDS:
        words.pop()
    while words and not starts_subject(words[0]):
        words.pop(0)
    subject = " ".join(words)
    if not words or len(words) > MAX_SPEAKER_WORDS or words[0].lower() in RELATIVE_WORDS:
        return ""
    if (words[0].lower() in PRONOUNS and len(words) > 1) or LOWER_CASE_RUN.search(subject):
        return ""
    return subject


def starts_subject(word: str) -> bool:
    lowered = word.lower()
    if lowered in CONJUNCTIONS:
        return False
    return word[0].isupper() or lowered in ARTICLES or lowered in PRONOUNS


def actor_at_end(phrase: str, matcher: ActorMatcher) -> Any:
    mentions = matcher.mentions(phrase)
    if mentions and mentions[-1].end == len(phrase):
        return mentions[-1].actor
    return None


def speaking_actor(speaker: Speaker | None, matcher: ActorMatcher, published: datetime.date) -> Any:
    """The actor a speaker is or speaks for: "U.S. European Command" speaks for the United States."""
    if speaker is None or speaker.actor is not None:
        return speaker.actor if speaker else None
    mentions = matcher.mentions(speaker.text, published, include_places=False)
    return mentions[-1].actor if mentions else None
