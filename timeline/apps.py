from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = _("Timeline")

    def ready(self):
        from relations import checks  # noqa: F401  (registers the deployment checks)

        from . import caching, chart_context
        from .models import Actor, Era, EraEvidence, Event, Evidence, Source, Theater

        # Every model whose rows a public page, embed or download shows.
        caching.track(Event, Evidence, Source, Actor, Theater, Era, EraEvidence)
        chart_context.connect_signals()
