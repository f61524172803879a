from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = _("Timeline")

    def ready(self):
        from relations import checks  # noqa: F401  (registers the deployment checks)

        from . import chart_context, content_version
        from .models import Actor, Era, EraEvidence, Event, Evidence, Source, Theater

        # Every model whose rows a public page, embed or download shows.
        content_version.track(Event, Evidence, Source, Actor, Theater, Era, EraEvidence)
        # Drafts and their quotes are not public: saving them leaves the cached pages as they are.
        content_version.track_public(Event, lambda events: events.filter(status=Event.Status.PUBLISHED))
        content_version.track_public(Evidence, lambda quotes: quotes.filter(event__status=Event.Status.PUBLISHED))
        chart_context.connect_signals()
