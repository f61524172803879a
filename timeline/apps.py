from django.apps import AppConfig


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = "Timeline"

    def ready(self):
        from relations import checks  # noqa: F401  (registers the deployment checks)

        from . import caching, chart_context

        caching.connect_signals()
        chart_context.connect_signals()
