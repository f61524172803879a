"""Finding English left on a Russian page: Latin-alphabet words that are neither data nor allowed.

A page's text comes as (text, language) pieces: each text node with the language of its nearest
`lang` attribute, and the attributes a reader meets (title, aria-label, placeholder, alt, and the
page's description). Pieces in another language than Russian (the language switch, a quote marked
as English) are not interface text. From the rest, every stored text of the data is taken out
(titles, labels, summaries, quotes, names, headlines: they stay as editors and sources wrote them),
and what is left may hold Latin words only from a short allow-list.
"""

import re
from html.parser import HTMLParser

from timeline.filters import EventFilterForm
from timeline.models import Actor, Era, EraEvidence, Event, Evidence, Source, Theater

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_'’]*")
# Names of formats, tools and keys, and the parameters and values an address must say (the embed's
# and oEmbed's error messages name them as they are typed).
ALLOWED = {
    "CSV",
    "JSON",
    "TimelineJS",
    "HTML",
    "JavaScript",
    "iframe",
    "URL",
    "url",
    "CAMEO",
    "Actor",
    "Ctrl",
    "Shift",
    "Mac",
    "PNG",
    "light",
    "dark",
    "auto",
    "on",
    "off",
    "format",
    "json",
    "height",
    "theme",
    "list",
    "title",
    "maxwidth",
    "maxheight",
    *EventFilterForm.base_fields,
}
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
SKIPPED_ELEMENTS = {"script", "style", "template", "noscript"}


def data_texts() -> list[str]:
    """Every stored text the public pages show, longest first (so a title goes before its words)."""
    texts: list[str] = []
    for event in Event.objects.all():
        texts += [event.title, event.label, event.summary, event.editor_notes, event.slug]
    texts += list(Evidence.objects.values_list("quote", flat=True))
    texts += list(Evidence.objects.values_list("speaker", flat=True))
    for source in Source.objects.all():
        texts += [source.outlet, source.headline, source.author, source.body]
    for actor in Actor.objects.all():
        texts += [actor.name, actor.short_name]
    texts += list(Theater.objects.values_list("name", flat=True))
    for era in Era.objects.all():
        texts += [era.title, era.description]
    texts += list(EraEvidence.objects.values_list("quote", flat=True))
    texts += list(EraEvidence.objects.values_list("speaker", flat=True))
    return sorted({" ".join(text.split()) for text in texts if text and text.strip()}, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    """The text with every data text in it taken out; a data text cut short with "…" (a chart label) is data too."""
    text = " ".join(text.split())
    if any(text in item for item in data):
        return ""  # a part of a data text, such as a stretch of an article between two quoted passages
    if text.endswith("…") and any(item.startswith(text[:-1].rstrip()) for item in data):
        return ""
    for item in data:
        if item in text:
            text = text.replace(item, " ")
    return text


def untranslated_words(pieces: list[tuple[str, str]], data: list[str]) -> dict[str, str]:
    """Each Latin word left in the Russian pieces, with the first text it was found in."""
    found: dict[str, str] = {}
    for text, language in pieces:
        if not language.startswith("ru"):
            continue
        rest = without_data(text, data)
        for word in LATIN_WORD.findall(rest):
            if word not in ALLOWED:
                found.setdefault(word, " ".join(text.split())[:160])
    return found


class PageText(HTMLParser):
    """An HTML page's (text, language) pieces, as tests/browser gathers them from the live page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str, str]] = []
        self.stack: list[tuple[str, str, bool]] = []  # (tag, language, skipped)

    def language(self) -> str:
        return self.stack[-1][1] if self.stack else ""

    def skipped(self) -> bool:
        return bool(self.stack) and self.stack[-1][2]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        language = values.get("lang") or self.language()
        skipped = self.skipped() or tag in SKIPPED_ELEMENTS or "hidden" in values
        if tag == "meta" and values.get("name") == "description":
            self.pieces.append((values.get("content") or "", language))
        if not skipped:
            self.pieces += [(values[name] or "", language) for name in ATTRIBUTES if values.get(name)]
        if tag not in {"meta", "link", "input", "br", "img", "hr", "source", "use", "path", "line", "rect", "circle"}:
            self.stack.append((tag, language, skipped))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if data.strip() and not self.skipped():
            self.pieces.append((data, self.language()))


def html_pieces(html: str) -> list[tuple[str, str]]:
    parser = PageText()
    parser.feed(html)
    return parser.pieces
