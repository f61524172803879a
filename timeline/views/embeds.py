"""Embeds: the timeline and single events inside other sites' pages, and oEmbed.

Only these views may be framed: they lift X-Frame-Options and send a CSP
frame-ancestors built from settings.EMBED_ALLOWED_ORIGINS; every other page
keeps X-Frame-Options: DENY and frame-ancestors 'none'. The rest of the
Content Security Policy stays as it is (scripts and styles from this site only).
"""

from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlencode, urlsplit

from csp.constants import SELF
from csp.decorators import csp_replace
from django import forms
from django.conf import settings
from django.http import JsonResponse, QueryDict
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import Resolver404, resolve, reverse
from django.utils import formats, translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from .. import caching
from ..address_languages import language_of_path
from ..filters import EventFilterForm, errors_as_sentences
from ..models import Event
from .pages import timeline_context

MIN_HEIGHT, MAX_HEIGHT = 200, 2000
TIMELINE_HEIGHT = 560
# The embed's header, key and footer take about this much of its height; the chart the rest.
EMBED_CHROME_HEIGHT = 150
MIN_CHART_HEIGHT = 180
EVENT_CARD_HEIGHT = 420
OEMBED_WIDTH = 640
# oEmbed consumers ask for the space they have; no screen is wider or taller than this.
MAX_OEMBED_SIZE = 10_000
THEMES = [("light", _("Light")), ("dark", _("Dark")), ("auto", _("Follow the reader's setting"))]
LIST_CHOICES = [("off", _("Chart only")), ("on", _("Chart and list"))]


class EmbedOptionsForm(forms.Form):
    """The options every embed takes from its query string, next to the filters."""

    height = forms.IntegerField(required=False, min_value=MIN_HEIGHT, max_value=MAX_HEIGHT, label=_("Height"))
    theme = forms.ChoiceField(choices=THEMES, required=False, label=_("Theme"))

    default_height = EVENT_CARD_HEIGHT

    def clean_height(self):
        return self.cleaned_data["height"] or self.default_height

    def clean_theme(self):
        return self.cleaned_data["theme"] or "light"

    # The filters' sentences ("Label (name): error"), so a 400 lists both kinds alike.
    def error_summary(self) -> list[str]:
        return errors_as_sentences(self)

    def readable_theme(self) -> str:
        """The theme asked for, else the default: what a problem page shows itself in, whatever else is wrong."""
        self.is_valid()
        return self.cleaned_data.get("theme", "light")


class TimelineEmbedOptionsForm(EmbedOptionsForm):
    list = forms.ChoiceField(choices=LIST_CHOICES, required=False, label=_("List"))
    title = forms.CharField(required=False, max_length=120, label=_("Title"))

    default_height = TIMELINE_HEIGHT

    def clean_list(self):
        return self.cleaned_data["list"] or "off"


def frame_ancestors():
    """Who may frame an embed: this site (for the builder's preview) and EMBED_ALLOWED_ORIGINS ("*" is anyone)."""
    origins = list(settings.EMBED_ALLOWED_ORIGINS)
    return ["*"] if "*" in origins else [SELF, *origins]


def embed_max_age():
    return settings.EMBED_CACHE_SECONDS


# Validators, the response cache, and public caching for EMBED_CACHE_SECONDS.
cacheable = caching.cached_response(max_age=embed_max_age)


EMBED_OPENER_POLICY = "unsafe-none"


def framable(view):
    """Lift X-Frame-Options and allow the configured frame ancestors, read per request.

    An embed also goes without the site's Cross-Origin-Opener-Policy (same-origin): browsers apply it
    only to a page in a tab of its own, never inside a frame, so it guards nothing of an embed, which
    holds only public, cookie-free content; opened in a tab of its own, it would cost the reader
    a new browser process before the first byte.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = csp_replace({"frame-ancestors": frame_ancestors()})(view)(request, *args, **kwargs)
        response["Cross-Origin-Opener-Policy"] = EMBED_OPENER_POLICY
        return response

    # For the 304s the response cache answers. A function takes attributes at run time; mypy's type for
    # what functools.wraps returns declares none.
    wrapped.cross_origin_opener_policy = EMBED_OPENER_POLICY  # type: ignore[attr-defined]
    return xframe_options_exempt(wrapped)


def filter_pairs(query):
    """The (name, value) pairs of `query` that are timeline filters, in order, without empty ones."""
    fields = EventFilterForm.base_fields
    return [(name, value) for name, values in query.lists() if name in fields for value in values if value]


def absolute_url(request, path, pairs):
    url = request.build_absolute_uri(path)
    return f"{url}?{urlencode(pairs)}" if pairs else url


def embed_snippet(src, title, height, width="100%", script_url=None, max_height=None):
    """The HTML a host page pastes: the iframe, and optionally the script that resizes it to its content,
    within `max_height` (a CSS max-height, which the height the script sets cannot pass) when given.

    static/js/embed-builder.js writes the same snippet in the browser (without a max_height); keep the two alike.
    """
    style = format_html("border: 0; max-height: {}px;", max_height) if max_height else "border: 0;"
    snippet = format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" style="{}"></iframe>',
        src,
        title,
        width,
        height,
        style,
    )
    if script_url:
        snippet += format_html('\n<script src="{}" async></script>', script_url)
    return snippet


def timeline_title() -> str:
    return gettext("US–Russia relations timeline")


def event_frame_title(event):
    """The iframe's title attribute for an event card (the builder writes the same)."""
    return f"{event.title} · {timeline_title()}"


def problem(request, messages, theme):
    return render(request, "embed/problem.html", {"messages": messages, "theme": theme}, status=400)


def missing_event(request, theme):
    """The 404 of an event card, framable and in the embed's style: host pages keep their snippet when an
    event is withdrawn, and the site's own 404 (its header and navigation, X-Frame-Options: DENY) would
    show them a broken frame."""
    return render(request, "embed/event_missing.html", {"theme": theme}, status=404)


def embed_chart_height(height):
    """The chart's share of the embed's height: what the title, key and footer leave, at least MIN_CHART_HEIGHT."""
    return max(MIN_CHART_HEIGHT, height - EMBED_CHROME_HEIGHT)


@require_safe
@framable
@cacheable
def timeline_embed(request):
    filters = EventFilterForm(request.GET)
    options = TimelineEmbedOptionsForm(request.GET)
    filters_valid, options_valid = filters.is_valid(), options.is_valid()
    if not (filters_valid and options_valid):
        return problem(request, filters.error_summary() + options.error_summary(), options.readable_theme())
    pairs = filter_pairs(request.GET)
    context = {
        **timeline_context(
            request, filters, embed_chart_height(options.cleaned_data["height"]), slider=False, new_tab=True
        ),
        "form": filters,
        "options": options.cleaned_data,
        "theme": options.cleaned_data["theme"],
        "timeline_url": absolute_url(request, reverse("timeline:index"), pairs),
        "csv_url": absolute_url(request, reverse("timeline:events_csv"), pairs),
        "event_url": request.build_absolute_uri(reverse("timeline:event", args=["__slug__"])),
        "event_path_prefix": event_path_prefix(),
    }
    return render(request, "embed/timeline.html", context)


def event_path_prefix() -> str:
    """The event pages' path before the slug and its closing slash ("/events/", "/ru/events/"): the list
    writes its links from it, as reversing fifty addresses cost more than the rest of its rows."""
    return reverse("timeline:event", args=["-"]).removesuffix("-/")


@require_safe
@framable
@cacheable
def event_embed(request, slug):
    event = Event.objects.published().select_related("theater").filter(slug=slug).first()
    options = EmbedOptionsForm(request.GET)
    if event is None:
        return missing_event(request, options.readable_theme())
    if not options.is_valid():
        return problem(request, options.error_summary(), options.readable_theme())
    context = {
        "event": event,
        "evidence": event.evidence.select_related("source").order_by("pk").first(),
        "options": options.cleaned_data,
        "theme": options.cleaned_data["theme"],
    }
    return render(request, "embed/event.html", context)


@dataclass
class EmbeddablePage:
    embed_path: str
    filters: list
    title: str
    frame_title: str
    height: int


def page_language(request, url) -> str | None:
    """The language of a page of this site (its address's), or None for an address elsewhere."""
    try:
        parts = urlsplit(url)
    except ValueError:  # such as an unclosed IPv6 bracket: "http://[timeline"
        return None
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != request.get_host().lower():
        return None
    return language_of_path(parts.path)


def with_closing_slash(path: str) -> str:
    """The path the site redirects `path` to (APPEND_SLASH), as the timeline's and events' addresses end with a
    slash: "https://timeline.example", as a producer types it, is the timeline."""
    return path if path.endswith("/") else f"{path}/"


def embeddable_page(request, url):
    """The embed of a timeline or published event page of this site, or None for any other URL.

    Call it in the page's language (page_language): the page resolves, and its embed is named, in it."""
    parts = urlsplit(url)
    try:
        match = resolve(with_closing_slash(parts.path))
    except Resolver404:
        return None
    if match.view_name == "timeline:index":
        query = QueryDict(parts.query)
        if not EventFilterForm(query).is_valid():
            return None
        return EmbeddablePage(
            reverse("timeline:embed_timeline"), filter_pairs(query), timeline_title(), timeline_title(), TIMELINE_HEIGHT
        )
    if match.view_name == "timeline:event":
        event = Event.objects.published().filter(slug=match.kwargs["slug"]).first()
        if event is None:
            return None
        return EmbeddablePage(
            reverse("timeline:embed_event", args=[event.slug]),
            [],
            event.title,
            event_frame_title(event),
            EVENT_CARD_HEIGHT,
        )
    return None


def oembed_error(status, message):
    return JsonResponse({"error": message}, status=status)


class OEmbedForm(forms.Form):
    """oEmbed's parameters. Sizes are read by Django's IntegerField, so "²" or "1e3" is a 400 saying why."""

    url = forms.CharField(
        max_length=2000,
        error_messages={
            "required": _("The url parameter is required: the address of a timeline or event page of this site."),
            "max_length": _("The url parameter is longer than any address of this site."),
        },
    )
    maxwidth = forms.IntegerField(required=False, min_value=1, max_value=MAX_OEMBED_SIZE)
    maxheight = forms.IntegerField(required=False, min_value=1, max_value=MAX_OEMBED_SIZE)
    format = forms.CharField(required=False)

    def error_message(self):
        """One sentence per problem, naming the parameter and what it accepts."""
        messages = []
        for name, errors in self.errors.items():
            if name in ("maxwidth", "maxheight"):
                messages.append(
                    _("%(name)s must be a whole number of pixels from 1 to %(largest)s, written in digits.")
                    % {"name": name, "largest": formats.number_format(MAX_OEMBED_SIZE, force_grouping=True)}
                )
            else:
                messages.extend(str(error) for error in errors)
        return " ".join(messages)


@require_safe
@cacheable
def oembed(request):
    """oEmbed 1.0 (oembed.com): a `rich` answer whose html is the embed's iframe."""
    form = OEmbedForm(request.GET)
    if not form.is_valid():
        return oembed_error(400, form.error_message())
    if (form.cleaned_data["format"] or "json") != "json":
        return oembed_error(501, _("Only format=json is available."))
    url = form.cleaned_data["url"].strip()
    language = page_language(request, url)
    if language is None:
        return oembed_error(404, _("This URL is not a timeline or published event page of this site."))
    # The embed, its title and the provider's name in the language of the page asked for.
    with translation.override(language):
        page = embeddable_page(request, url)
        if page is None:
            return oembed_error(404, _("This URL is not a timeline or published event page of this site."))
        answer = oembed_answer(request, page, form.cleaned_data["maxwidth"], form.cleaned_data["maxheight"])
    response = JsonResponse(answer)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def oembed_answer(request, page, max_width, max_height):
    height = min(page.height, max_height) if max_height else page.height
    width = max_width or OEMBED_WIDTH
    # A maxheight below MIN_HEIGHT limits the iframe; the embed itself still takes MIN_HEIGHT.
    options = [("height", max(MIN_HEIGHT, height)), ("theme", "light")]
    src = absolute_url(request, page.embed_path, [*page.filters, *options])
    script_url = request.build_absolute_uri(static("embed.js"))
    return {
        "version": "1.0",
        "type": "rich",
        "title": page.title,
        "provider_name": timeline_title(),
        "provider_url": request.build_absolute_uri(reverse("timeline:index")),
        "cache_age": settings.EMBED_CACHE_SECONDS,
        "html": embed_snippet(src, page.frame_title, height, width if max_width else "100%", script_url, max_height),
        "width": width,
        "height": height,
    }
