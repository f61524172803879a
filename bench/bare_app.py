"""The load benchmark's floor: a one-file Django project whose one view returns a constant body.

`/<size>` answers `size` bytes of HTML, built once per size, so under the same
gunicorn as the site it measures what serving a response of that size costs
Django and gunicorn with nothing else to do. Run: gunicorn bench.bare_app.
"""

from functools import cache

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="bench-only-" + "x" * 50,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


@cache
def body(size):
    return (b"<!doctype html><p>" + b"x" * size)[:size]


def constant(request, size):
    return HttpResponse(body(size), content_type="text/html; charset=utf-8")


urlpatterns = [path("<int:size>", constant)]
application = get_wsgi_application()
