"""The chart as a PNG, for the link previews (og:image, twitter:image) of the timeline page.

Its address is the page's with /chart.png for / (the same filters), so it is
stable; the image is rendered once per content state and filter and kept in
Django's cache, and sent with the embeds' ETag, Last-Modified and max-age.
"""

import hashlib

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_safe

from .. import caching
from ..analysis import PAGE_COLUMNS, events_frame, timeline_order
from ..bilingual import reader_language
from ..chart import build_chart, x_range_of
from ..chart_context import published_index_bound
from ..chart_image import CHART_HEIGHT, chart_png
from ..eras.records import published_eras
from ..filters import EventFilterForm
from ..models import Event
from .embeds import cacheable, filter_pairs

IMAGE_SECONDS = 24 * 60 * 60


def image_key(request) -> str:
    state = caching.content_state()
    pairs = sorted(filter_pairs(request.GET))
    # The chart's texts are in the reader's language.
    version = f"{state.token}|{pairs}|{reader_language()}"
    return "timeline:chart-png:" + hashlib.sha256(version.encode()).hexdigest()[:32]


def render_png(form) -> bytes:
    frame = events_frame(timeline_order(form.filter(Event.objects.published())), PAGE_COLUMNS)
    date_from, date_to = form.cleaned_data.get("date_from"), form.cleaned_data.get("date_to")
    x_range = x_range_of(frame, date_from, date_to)
    eras = published_eras(x_range[0].date(), x_range[1].date()) if x_range else []
    chart = build_chart(frame, eras, published_index_bound(), date_from, date_to, height=CHART_HEIGHT)
    return chart_png(chart, len(frame))


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
