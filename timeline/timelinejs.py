"""The TimelineJS3 download: a title slide naming the filters, the eras, and one slide per event, in the
download's language, written as a stream of the events read as downloads.py reads them."""

from collections.abc import Iterable, Iterator, Mapping
from html import escape
from typing import Any

from django.db.models import QuerySet
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import dates
from .download_words import Words
from .downloads import EventRecord, Links, event_records, in_language, json_stream
from .filters import DirectionChoices
from .localised import quoted
from .models import Actor, Event


def timelinejs_lines(
    events: QuerySet[Event], links: Links, title: dict[str, Any], eras: list[dict], language: str
) -> Iterator[str]:
    """The events in TimelineJS3's JSON format, in `language`: the `title` slide (title_slide), the eras
    (eras.records.timelinejs_eras) and one slide per event."""
    # "language" is not a TimelineJS field (it ignores it): the language of the slides, for whoever reads the data.
    head = {"language": language, "title": title, "eras": eras}
    return in_language(language, json_stream(head, "events", event_slides(events, links)))


def title_slide(count: int, filter_phrases: list[str]) -> dict[str, Any]:
    """The opening slide, in the active language: the site's name and how many events the filters chose."""
    if filter_phrases:
        counted = ngettext("%(count)s published event", "%(count)s published events", count) % {"count": count}
        text = format_html("<p>{}: {}.</p>", counted, "; ".join(filter_phrases))
    else:
        all_of = ngettext("All %(count)s published event.", "All %(count)s published events.", count)
        text = format_html("<p>{}</p>", all_of % {"count": count})
    return {"text": {"headline": _("US–Russia relations timeline"), "text": text}}


def event_slides(events: QuerySet[Event], links: Links) -> Iterator[dict[str, Any]]:
    """A slide per event, in the active language."""
    words = Words()
    for record in event_records(events, with_actors=False):
        yield event_slide(record, links, words)


def event_slide(record: EventRecord, links: Links, words: Words) -> dict[str, Any]:
    """A slide: its dates, headline and text, the category as its group (TimelineJS's rows), and the score."""
    event = record.event
    slide = {
        "start_date": words.start_date(event["date"], event["date_precision"]),
        "text": {"headline": words.html(words.shown(event, "title")), "text": slide_text(record, links, words)},
        "group": words.categories[event["category"]],
        "unique_id": event["slug"],
        # Not a TimelineJS field (it ignores it): the score for whoever reads the data.
        "score": float(event["score"]),
    }
    if event["end_date"]:
        slide["end_date"] = words.end_date(event["end_date"])
    return slide


def slide_text(record: EventRecord, links: Links, words: Words) -> str:
    """The summary, the score, the first quote and its speaker, and links to the source and the event page,
    every text escaped (written with str.format: format_html's checks cost more than the rest of a slide).
    The quote, its speaker, the outlet and the headline are marked with the source's language, as on the pages."""
    event = record.event
    summary = words.shown(event, "summary")
    parts = [f"<p>{words.html(summary)}</p>" if summary else "", words.score_paragraph(event["score"])]
    source = ""
    if record.quotes:
        first = record.quotes[0]
        language = escape(first["source__language"])
        speaker = f"<footer>— {escape(first['speaker'])}</footer>" if first["speaker"] else ""
        quote = escape(words.quoted(first["quote"]))
        parts.append(f'<blockquote lang="{language}"><p>{quote}</p>{speaker}</blockquote>')
        outlet = escape(first["source__outlet"])
        headline = escape(words.quoted(first["source__headline"]))
        name = f'<span lang="{language}">{outlet}</span>, <span lang="{language}">{headline}</span>'
        source = f'{words.source}: <a href="{escape(links.quote_source(first))}">{name}</a> · '
    parts.append(f'<p>{source}<a href="{escape(links.event(event["slug"]))}">{words.event_page}</a></p>')
    return "".join(parts)


def filter_phrases(data: Mapping[str, Any]) -> list[str]:
    """The cleaned filters in words, in the active language, for the title slide, e.g. ["from 1 April 2017",
    "categories: Military"]."""
    phrases = []
    if data.get("date_from"):
        phrases.append(_("from %(day)s") % {"day": dates.day_in_words(data["date_from"])})
    if data.get("date_to"):
        phrases.append(_("to %(day)s") % {"day": dates.day_in_words(data["date_to"])})
    if data.get("actor"):
        phrases.append(listed(_("actors: %(names)s"), [actor.name for actor in data["actor"]]))
    if data.get("side"):
        phrases.append(listed(_("sides: %(names)s"), [Actor.Side(side).label for side in data["side"]]))
    if data.get("category"):
        categories = [Event.Category(category).label for category in data["category"]]
        phrases.append(listed(_("categories: %(names)s"), categories))
    if data.get("theater"):
        phrases.append(listed(_("theaters: %(names)s"), [theater.name for theater in data["theater"]]))
    if data.get("direction"):
        phrases.append(str(dict(DirectionChoices.choices)[data["direction"]]).lower())
    if data.get("q"):
        phrases.append(_("matching %(words)s") % {"words": quoted(data["q"])})
    if data.get("initiator"):
        phrases.append(listed(_("initiated by: %(names)s"), [Actor.Side(side).label for side in data["initiator"]]))
    return phrases


def listed(phrase: str, names: Iterable[object]) -> str:
    return phrase % {"names": ", ".join(str(name) for name in names)}
