"""The chart as a PNG, for the link previews (og:image, twitter:image) of the timeline page.

Its address is the page's with /chart.png for / (the same filters), so it is
stable; the image is rendered once per content state and filter and kept in
Django's cache, and sent with the embeds' ETag, Last-Modified and max-age.
"""

import hashlib

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from .. import content_version
from ..chart_context import chart_data, chart_of
from ..chart_image import CHART_HEIGHT, chart_png
from ..filters import EventFilterForm
from ..models import Event
from .embeds import cacheable, filter_pairs

IMAGE_SECONDS = 24 * 60 * 60


def image_key(request) -> str:
    state = content_version.content_state()
    pairs = sorted(filter_pairs(request.GET))
    # The chart's texts (interface and content) are in the page's language.
    version = f"{state.token}|{pairs}|{get_language()}"
    return "timeline:chart-png:" + hashlib.sha256(version.encode()).hexdigest()[:32]


def render_png(form) -> bytes:
    data = chart_data(form.filter(Event.objects.published()))
    return chart_png(chart_of(data, form, CHART_HEIGHT), data.count)


@require_safe
@cacheable
def chart_image(request):
    form = EventFilterForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("\n".join(form.error_summary()) + "\n", content_type="text/plain; charset=utf-8")
    key = image_key(request)
    png = cache.get(key)
    if png is None:
        png = render_png(form)
        cache.set(key, png, IMAGE_SECONDS)
    return HttpResponse(png, content_type="image/png")
