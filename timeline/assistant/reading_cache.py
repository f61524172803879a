"""What the assistant makes of a source, kept in the cache between the Suggest page's requests.

Reading is the slow part of the Suggest page (about 0.7 s for an 8,000-character article, 3 s for the
50,000 characters it reads at most), and an editor's every decision is a POST and a redirect that both
need the candidates. What the reading gives depends only on the text read, the publication date, the
vocabulary (actors, theaters and the lexicon of the source's language) and the assistant's code, so the
key is a digest of all of them: an edited body, actor, theater or lexicon entry, or a new release of the
code, reads afresh, and nothing needs invalidating. The editors' decisions and quotes are not part of
it: callers look them up on every request.
"""

import functools
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from django.core.cache import cache

from ..models import Actor, Source, Theater
from .languages import Vocabulary
from .models import LexiconEntry
from .sentences import readable_part

# A day: an editor works through an article in one sitting; a stale key only wastes its space until then.
TIMEOUT_SECONDS = 60 * 60 * 24
CODE = Path(__file__).resolve().parent.parent  # the timeline app: the assistant and the modules it imports
CODE_SUFFIXES = (".py", ".json")

Reading = TypeVar("Reading")


def cached_reading(source: Source, language: str, read: Callable[[Vocabulary], Reading]) -> Reading:
    """`read(vocabulary)` for the source, from the cache when the same text, date, vocabulary and code were read."""
    key = reading_key(source, language)
    found = cache.get(key)
    if found is None:
        found = read(Vocabulary.from_database(language))
        cache.set(key, found, TIMEOUT_SECONDS)
    return found


def reading_key(source: Source, language: str) -> str:
    digest = hashlib.sha256()
    for part in (code_version(), language, source.published, readable_part(source.body), *vocabulary_rows(language)):
        digest.update(repr(part).encode())
        digest.update(b"\x1f")
    return f"assistant-reading:{digest.hexdigest()}"


def vocabulary_rows(language: str) -> tuple[list[tuple], ...]:
    """Every column of every row the language's Vocabulary is built from."""
    return (
        list(Actor.objects.order_by("pk").values_list()),
        list(Theater.objects.order_by("pk").values_list()),
        list(LexiconEntry.objects.filter(language=language).order_by("pk").values_list()),
    )


@functools.cache
def code_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(CODE.rglob("*")):
        if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(CODE)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
