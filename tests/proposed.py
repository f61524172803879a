"""What the assistant proposes for a text, for the tests of its rules: `read` runs it, `only` takes the one
candidate a sentence should give (and says which it gave otherwise)."""

import datetime

from timeline.assistant.candidates import propose


def read(text, published, vocabulary):
    return propose(text, datetime.date.fromisoformat(published), vocabulary)


def only(candidates):
    assert len(candidates) == 1, [(candidate.code, candidate.title) for candidate in candidates]
    return candidates[0]
