"""Addresses under /en/: English lives at the unprefixed addresses, so they redirect there."""

from django.http import HttpRequest, HttpResponsePermanentRedirect
from django.urls import get_script_prefix


def unprefixed(request: HttpRequest, rest: str) -> HttpResponsePermanentRedirect:
    """/en/embed/?theme=dark is /embed/?theme=dark."""
    # "/en//elsewhere.example" must not become "//elsewhere.example", another site's address.
    rest = rest.lstrip("/\\")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{get_script_prefix()}{rest}" + (f"?{query}" if query else ""))
