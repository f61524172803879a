"""Data downloads of the filtered, published events: CSV, JSON and TimelineJS3 JSON.

They read the same filters as the timeline page, and `lang` (en or ru; by
default the page's language), which each names in its Content-Language and
in its file name or document; invalid filters get a 400 that names the
parameter. Each streams its document (timeline.downloads) with the same few
queries whatever the number of events, and is kept by the response cache
while it stays small enough. Filters that select more than
DOWNLOAD_MAX_EVENTS events get a 400 that says so and asks to narrow them:
a download that large could not be trusted to end inside gunicorn's worker
timeout on a busy server (README, Performance), and a reader would get a
cut-off file.
"""

from collections.abc import Iterator
from typing import TypeVar

from django import forms
from django.conf import settings
from django.db.models import Max, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from .. import downloads, timelinejs
from ..bilingual import LANGUAGES
from ..caching import cached_response
from ..content_version import content_state
from ..eras import records as era_records
from ..filters import EventFilterForm
from ..models import Event

JSON_TYPE = "application/json"
Response = TypeVar("Response", HttpResponse, StreamingHttpResponse)


def public_data(response: Response) -> Response:
    # Public, read-only data: pages elsewhere (a TimelineJS embed, a notebook) may fetch it.
    response["Access-Control-Allow-Origin"] = "*"
    return response


class DownloadForm(EventFilterForm):
    """The filters, and the language of the download."""

    lang = forms.ChoiceField(
        choices=[(language, language) for language in LANGUAGES],
        required=False,
        label=_("Language"),
        error_messages={"invalid_choice": _("“%(value)s” is not a language of this site: use en or ru.")},
    )

    def language(self) -> str:
        return downloads.language_of(self.cleaned_data.get("lang"))


def json_errors(errors: list[str]) -> HttpResponse:
    return public_data(JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False}))


def text_errors(errors: list[str]) -> HttpResponse:
    return public_data(HttpResponseBadRequest("\n".join(errors) + "\n", content_type="text/plain; charset=utf-8"))


def too_many(count: int) -> list[str]:
    """Why a download of `count` events is refused (none when it is not), in the page's language."""
    limit = settings.DOWNLOAD_MAX_EVENTS
    if count <= limit:
        return []
    message = gettext(
        "Events these filters select: %(count)s; a download holds at most %(limit)s. Narrow the filters, "
        "for example with dates (date_from, date_to), and download the events in parts."
    )
    numbers = {
        name: formats.number_format(value, force_grouping=True) for name, value in [("count", count), ("limit", limit)]
    }
    return [message % numbers]


def selected(form: DownloadForm) -> tuple[QuerySet[Event], int]:
    """The published events the valid form's filters select, and how many."""
    events = form.filter(Event.objects.published())
    return events, events.count()


def streamed(lines: Iterator[str], content_type: str, language: str, disposition: str) -> StreamingHttpResponse:
    """A download that says its language: in its header, whatever the page's, and in its name (`disposition`
    "attachment" or "inline", then the file name)."""
    response = public_data(StreamingHttpResponse(lines, content_type=content_type))
    response["Content-Language"] = language
    response["Content-Disposition"] = disposition
    return response


def named(disposition: str, form: DownloadForm, extension: str) -> str:
    """A Content-Disposition with the download's name, which says its filters, its language and the day the
    published data last changed: the JSON documents are "inline", so that their address still shows them (to a
    reader, a notebook, TimelineJS); the page's links ask the browser to save them.

    The day is the content version's (its Last-Modified), which the response cache keys the answer by: a kept
    answer, or a browser's copy confirmed by a 304, is true to its name whenever it is served. The day of the
    download, which the name said before, was that of whoever made the kept copy: yesterday's, after midnight."""
    dates = form.cleaned_data.get("date_from"), form.cleaned_data.get("date_to")
    filtered = bool(set(downloads.applied_filters(form)) - {"lang", "date_from", "date_to"})
    changed = timezone.localtime(content_state().changed_at).date()
    name = downloads.filename(changed, form.language(), extension, *dates, filtered=filtered)
    return f'{disposition}; filename="{name}"'


@require_safe
@cached_response()
def events_csv(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    form = DownloadForm(request.GET)
    if not form.is_valid():
        return text_errors(form.error_summary())
    events, count = selected(form)
    if refused := too_many(count):
        return text_errors(refused)
    eras = era_records.eras_for_filters(form.cleaned_data, with_quotes=False)
    language = form.language()
    lines = downloads.csv_lines(events, downloads.Links(request.build_absolute_uri, language), eras, language)
    return streamed(lines, "text/csv; charset=utf-8", language, named("attachment", form, "csv"))


@require_safe
@cached_response()
def events_json(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    form = DownloadForm(request.GET)
    if not form.is_valid():
        return json_errors(form.error_summary())
    events, count = selected(form)
    if refused := too_many(count):
        return json_errors(refused)
    filters = downloads.applied_filters(form)
    filters.pop("lang", None)  # the document says its language itself
    language = form.language()
    links = downloads.Links(request.build_absolute_uri, language)
    with translation.override(language):
        eras = era_records.json_eras(era_records.eras_for_filters(form.cleaned_data), request.build_absolute_uri)
    lines = downloads.json_lines(events, count, links, filters, eras, language)
    return streamed(lines, JSON_TYPE, language, named("inline", form, "json"))


@require_safe
@cached_response()
def events_timelinejs(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    form = DownloadForm(request.GET)
    if not form.is_valid():
        return json_errors(form.error_summary())
    events, count = selected(form)
    if refused := too_many(count):
        return json_errors(refused)
    last_day = form.cleaned_data.get("date_to") or events.aggregate(last=Max("date"))["last"] or timezone.localdate()
    language = form.language()
    links = downloads.Links(request.build_absolute_uri, language)
    with translation.override(language):
        eras = era_records.timelinejs_eras(era_records.eras_for_filters(form.cleaned_data, with_quotes=False), last_day)
        title = timelinejs.title_slide(count, timelinejs.filter_phrases(form.cleaned_data))
    lines = timelinejs.timelinejs_lines(events, links, title, eras, language)
    return streamed(lines, JSON_TYPE, language, named("inline", form, "timelinejs.json"))
