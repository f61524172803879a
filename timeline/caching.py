"""HTTP validators for the embeds and oEmbed: an ETag and a Last-Modified date
that change whenever what an embed shows may have changed.

The content state (the newest changes and the number of published events) is
one aggregate query, kept in Django's cache until an Event, Evidence or Source
is saved or deleted. Last-Modified is the newest
`updated_at` of any event or source; the ETag also counts the published events,
so unpublishing or deleting an event changes it even when no date moves.
"""

import hashlib

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Max, Q, Subquery
from django.db.models.signals import post_delete, post_save
from django.templatetags.static import static

from .models import Event, Evidence, Source

CONTENT_STATE_KEY = "timeline:content-state"
# Signals reach only the process that saved; with a per-process cache
# (locmem) the other processes see a change after at most this long.
CONTENT_STATE_SECONDS = 60
# A deploy that changes the embed's assets changes every ETag.
EMBED_ASSETS = ["css/embed.css", "js/embed-frame.js"]


def content_state():
    """{"newest_event", "newest_source", "published"}: the newest changes and the number of published events."""
    state = cache.get(CONTENT_STATE_KEY)
    if state is None:
        state = query_content_state()
        cache.set(CONTENT_STATE_KEY, state, CONTENT_STATE_SECONDS)
    return state


def query_content_state():
    newest_source = Source.objects.order_by("-updated_at").values("updated_at")[:1]
    return Event.objects.aggregate(
        newest_event=Max("updated_at"),
        # Max over a one-row subquery keeps the sources in the same single query.
        newest_source=Max(Subquery(newest_source)),
        published=Count("pk", filter=Q(status=Event.Status.PUBLISHED)),
    )


def last_modified(request, *args, **kwargs):
    """For django.views.decorators.http.condition: the newest change, or None on an empty site."""
    state = content_state()
    dates = [date for date in (state["newest_event"], state["newest_source"]) if date is not None]
    return max(dates, default=None)


def etag(request, *args, **kwargs):
    """For django.views.decorators.http.condition: the content state, the asked URL and the asset versions."""
    state = content_state()
    parts = [
        request.build_absolute_uri(),
        str(state["newest_event"]),
        str(state["newest_source"]),
        str(state["published"]),
        *(static(path) for path in EMBED_ASSETS),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def forget_content_state(sender, **kwargs):
    """Drop the cached state now, and again at commit: a request that read the
    old rows while the transaction was open may have cached them meanwhile."""
    cache.delete(CONTENT_STATE_KEY)
    transaction.on_commit(lambda: cache.delete(CONTENT_STATE_KEY))


def connect_signals():
    for model in (Event, Evidence, Source):
        for signal, name in ((post_save, "save"), (post_delete, "delete")):
            signal.connect(
                forget_content_state, sender=model, dispatch_uid=f"forget-content-state-{name}-{model.__name__}"
            )
