"""The site's two languages: which one an address is in, and the same view in the other.

English is at the unprefixed addresses, Russian under /ru/ (relations/urls.py).
The address alone decides: never a cookie or the browser's Accept-Language, so
a shared link shows every reader the same page and a cache keeps one copy of it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.middleware.locale import LocaleMiddleware
from django.urls import get_script_prefix
from django.utils import translation


def language_of_path(path_info: str) -> str:
    """The language of an address (its path within the site): its prefix's, or English without one."""
    return translation.get_language_from_path(path_info) or settings.LANGUAGE_CODE


def prefix_of(language: str) -> str:
    """The path every address in `language` starts with, after the script prefix: "" or "/ru"."""
    return "" if language == settings.LANGUAGE_CODE else f"/{language}"


def without_prefix(path_info: str) -> str:
    """The path with its language prefix taken off: "/ru/events/x/" is "/events/x/"."""
    prefix = prefix_of(language_of_path(path_info))
    return path_info[len(prefix) :] if prefix and path_info.startswith(prefix + "/") else path_info


def path_in(language: str, path_info: str) -> str:
    """The same address in `language`, with the script prefix (for links)."""
    return get_script_prefix().rstrip("/") + prefix_of(language) + without_prefix(path_info)


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # in the language itself: "English", "Русский"
    url: str  # the view on screen in this language, query string and all
    absolute_url: str
    base: str  # what the site's addresses start with in this language ("/ru", or "" for English)
    is_current: bool


def language_links(request: HttpRequest) -> list[LanguageLink]:
    """The view on screen in each language: the language switch and the hreflang alternates."""
    current = language_of_path(request.path_info)
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, name in settings.LANGUAGES:
        url = path_in(code, request.path_info) + (f"?{query}" if query else "")
        base = get_script_prefix().rstrip("/") + prefix_of(code)
        links.append(LanguageLink(code, name, url, request.build_absolute_uri(url), base, code == current))
    return links


def languages(request: HttpRequest) -> dict:
    """Context processor: the language links of the page (templates/base.html, the admin's header)."""
    links = language_links(request)
    return {
        "language_links": links,
        "other_languages": [link for link in links if not link.is_current],
        "default_language_link": next(link for link in links if link.code == settings.LANGUAGE_CODE),
        "current_language_base": next(link.base for link in links if link.is_current),
    }


class PathLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without `Vary: Accept-Language`: the address alone decides the
    language here (an unprefixed address is always English), so shared caches keep one copy of a page."""

    def process_request(self, request: HttpRequest) -> None:
        translation.activate(language_of_path(request.path_info))
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
