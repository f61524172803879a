"""Deployment checks of our own, run by `manage.py check --deploy` (and so by `make serve`)."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def debug_is_off(app_configs, **kwargs):
    """Django only warns about DEBUG in deployment (security.W018); serving with it on is refused."""
    if settings.DEBUG:
        return [
            Error(
                "DEBUG is on, which shows any visitor tracebacks with settings and source code.",
                hint="Production runs with DJANGO_DEBUG=0 (and a DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS).",
                id="relations.E001",
            )
        ]
    return []
