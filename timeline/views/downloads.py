"""Data downloads of the filtered, published events: CSV, JSON and TimelineJS3 JSON.

They read the same filters as the timeline page; invalid filters get a 400
that names the parameter. Each makes one query per table, whatever the
number of events.
"""

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from .. import downloads
from ..analysis import actors_frame, events_frame, evidence_frame
from ..eras import records as era_records
from ..filters import EventFilterForm
from ..models import Event

JSON_OPTIONS = {"ensure_ascii": False}


def filtered_events(form):
    events = form.filter(Event.objects.published())
    return events, events_frame(events).sort_values(["date", "title"], ignore_index=True)


def json_response(document, status=200):
    response = JsonResponse(document, status=status, json_dumps_params=JSON_OPTIONS)
    # Public, read-only data: pages elsewhere (a TimelineJS embed, a notebook) may fetch it.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def events_csv(request):
    form = EventFilterForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("\n".join(form.error_summary()) + "\n", content_type="text/plain; charset=utf-8")
    events, frame = filtered_events(form)
    table = downloads.csv_table(frame, actors_frame(events), evidence_frame(events), request.build_absolute_uri)
    table["eras"] = era_records.csv_eras_column(
        era_records.eras_for_filters(form.cleaned_data, with_quotes=False), frame["date"]
    )
    response = HttpResponse(downloads.to_csv(table), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{downloads.csv_filename(timezone.localdate())}"'
    return response


@require_safe
def events_json(request):
    form = EventFilterForm(request.GET)
    if not form.is_valid():
        return json_response({"errors": form.error_summary()}, status=400)
    events, frame = filtered_events(form)
    document = downloads.json_document(
        frame, actors_frame(events), evidence_frame(events), request.build_absolute_uri, downloads.applied_filters(form)
    )
    document["eras"] = era_records.json_eras(
        era_records.eras_for_filters(form.cleaned_data), request.build_absolute_uri
    )
    return json_response(document)


@require_safe
def events_timelinejs(request):
    form = EventFilterForm(request.GET)
    if not form.is_valid():
        return json_response({"errors": form.error_summary()}, status=400)
    events, frame = filtered_events(form)
    document = downloads.timelinejs_document(
        frame, evidence_frame(events), request.build_absolute_uri, downloads.filter_phrases(form.cleaned_data)
    )
    last_day = form.cleaned_data.get("date_to") or (
        frame["date"].max().date() if not frame.empty else timezone.localdate()
    )
    document["eras"] = era_records.timelinejs_eras(
        era_records.eras_for_filters(form.cleaned_data, with_quotes=False), last_day
    )
    return json_response(document)
