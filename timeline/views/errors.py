"""The site's answer to a request it cannot read (HTTP 400), in words.

A form larger than settings.DATA_UPLOAD_MAX_MEMORY_SIZE is refused before any
view runs; the page says so and how much the site takes, instead of Django's
bare "Bad Request (400)".
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    context = {
        "too_large": isinstance(exception, RequestDataTooBig),
        "limit_megabytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE / (1024 * 1024),
    }
    return render(request, "400.html", context, status=400)
