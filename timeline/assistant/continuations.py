"""A sentence that goes on from the candidate before it: the same speaker quoted again, or named again.

A later sentence of the same speaker that only continues a statement ("...,"
Peskov added; a bare quotation right after) joins the candidate as a further
quote; "he said" stands for the speaker named in the few sentences before.
"""

import re
from typing import TYPE_CHECKING, Any

from .languages import Language
from .reading import Action
from .speakers import Speaker

if TYPE_CHECKING:
    from .candidates import Candidate, Reading


MAX_FOLLOW_ON_GAP = 3  # sentences between a statement and its continuation
HE_OR_SHE = re.compile(r"\s*(?:he|she)\b", re.IGNORECASE)
PERSON = "person"


def recent_speaker(readings: list["Reading"]) -> Speaker | None:
    """Whom "he said" refers to: the last speaker named in the few sentences before."""
    recent = readings[-MAX_FOLLOW_ON_GAP:]
    return next((reading.speaker for reading in reversed(recent) if reading.speaker), None)


def speaker_goes_on(candidate: "Candidate", reading: "Reading", action: Action) -> bool:
    """The next sentence's doer is the one who spoke in the sentence before."""
    speaker = candidate.speaker
    return bool(adjacent(candidate, reading) and speaker and speaker.actor and action.source == speaker.actor)


def same_speaker(candidate: "Candidate", reading: "Reading") -> bool:
    near = reading.sentence.index - candidate.readings[-1].sentence.index <= MAX_FOLLOW_ON_GAP
    speaker, other = reading.speaker, candidate.speaker
    return bool(near and speaker and other and speaker.name == other.name)


def continues_statement(candidate: "Candidate", reading: "Reading", language: Language) -> bool:
    """A further quote of the candidate's speaker that adds no action or date of its own."""
    said = reading.said
    if said.date is not None:
        return False
    going_on = (
        language.continuing.search(reading.sentence.text)
        and adjacent(candidate, reading)
        and same_speaker(candidate, reading)
    )
    if any(not action.is_statement() for action in said.actions) and not going_on:
        return False
    return same_speaker(candidate, reading) or quotation_follows(candidate, reading, language)


def adjacent(candidate: "Candidate", reading: "Reading") -> bool:
    return reading.sentence.index == candidate.readings[-1].sentence.index + 1


def quotation_follows(candidate: "Candidate", reading: "Reading", language: Language) -> bool:
    """A sentence that is only a quotation, right after a quoted speaker, is that speaker's."""
    adjacent = reading.sentence.index == candidate.readings[-1].sentence.index + 1
    bare = language.bare_quotation.match(reading.sentence.text)
    return bool(adjacent and candidate.speaker and not reading.speaker and bare)


def person_just_named(before: "Reading | None", previous: "Candidate | None") -> Any:
    """ "The reply came from Robert Gates, ..., who spoke the next morning. He told the conference ...": "He" or "She"
    opening a sentence stands for the one person the sentence before named, when that sentence gave no candidate
    (else the candidate's doer goes on)."""
    if before is None or (previous is not None and previous.readings[-1] is before):
        return None
    persons = {actor for actor in before.said.actors if actor.kind == PERSON}
    return persons.pop() if len(persons) == 1 else None
