"""WSGI entry point, served by gunicorn in production."""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")

application = get_wsgi_application()


# Container objects allocated, net, between collections of the youngest generation (Python's default: 700).
# An uncached chart allocates some hundred thousand (rows, pandas's and Django's objects), nearly all freed
# by reference counting; at 700 the collector ran about fifty times per answer, walking the survivors each
# time (2-5 ms of an answer's 150 at 100,000 events), at 10,000 a few times (under 1 ms). Cyclic garbage
# waits at most that many allocations longer.
YOUNG_GENERATION_THRESHOLD = 10_000


def ready_to_serve() -> None:
    """Import every view now rather than at the first request, then move what start-up made (some 140,000
    objects: Django, pandas, numpy, the URLconf) out of the garbage collector's reach (gc.freeze). A full
    collection, which an uncached chart triggers every few answers, walked them all: 100-150 ms in the
    middle of an answer; after this it walks only what requests made (5-15 ms). The youngest generation
    is collected less often (YOUNG_GENERATION_THRESHOLD)."""
    get_resolver().url_patterns  # noqa: B018  (imports the URLconf and every view)
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, older, oldest)


ready_to_serve()
