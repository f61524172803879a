"""Data downloads of the filtered events (being written)."""
from django.http import HttpResponse


def events_csv(request):
    return HttpResponse(status=501)


def events_json(request):
    return HttpResponse(status=501)


def events_timelinejs(request):
    return HttpResponse(status=501)
