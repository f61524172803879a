"""The data downloads of the filtered events, built from the analysis frames.

Every function here takes the frames of timeline.analysis (events, actors,
evidence) and returns rows or documents; the views only read the filters,
make the frames and wrap the result in a response. Addresses are made
absolute by `absolute_url`, a function from a path to a URL (in the views,
request.build_absolute_uri).
"""

from collections import defaultdict

import numpy as np
import pandas as pd
from django import forms
from django.urls import reverse
from django.utils.html import escape, format_html

from . import dates
from .analysis import first_quotes
from .filters import DirectionChoices
from .models import Actor, Event

ISO_DATE = "%Y-%m-%d"
TIMELINE_TITLE = "US–Russia relations timeline"

# OWASP's advice on CSV injection: a cell starting with one of these may be
# run as a formula by a spreadsheet, so it gets a leading apostrophe.
FORMULA_START = r"[=+\-@\t\r]"
NUMERIC_CSV_COLUMNS = ["score"]


def csv_filename(today):
    return f"us-russia-events-{today:%Y-%m-%d}.csv"


# The columns every download shares


def event_columns(events, absolute_url):
    """One row per event, in the events' order: dates as ISO text (no end date: ""), the permalink, labels."""
    return pd.DataFrame(
        {
            "date": events["date"].dt.strftime(ISO_DATE),
            "date_precision": events["date_precision"],
            "date_text": events["date_text"],
            "end_date": events["end_date"].dt.strftime(ISO_DATE).fillna(""),
            "title": events["title"],
            "summary": events["summary"],
            "url": permalinks(events, absolute_url),
            "score": events["score"],
            "category": events["category_label"],
            "theater": events["theater"],
        },
        index=events.index,
    )


def url_pattern(absolute_url, view_name, placeholder):
    """The absolute URL of `view_name` split around its argument, to build many URLs without reversing each."""
    before, after = absolute_url(reverse(view_name, args=[placeholder])).split(str(placeholder))
    return before, after


def permalinks(events, absolute_url):
    before, after = url_pattern(absolute_url, "timeline:event", "placeholder-slug")
    return before + events["slug"] + after


def lists_by_event(values, event_ids):
    """The values of each event as a list, indexed by event id (a vectorised groupby(...).agg(list))."""
    if event_ids.empty:
        return pd.Series(dtype=object)
    order = np.argsort(event_ids.to_numpy(), kind="stable")
    ids, ordered = event_ids.to_numpy()[order], values.to_numpy()[order]
    unique_ids, starts = np.unique(ids, return_index=True)
    chunks = np.split(ordered, starts[1:])
    return pd.Series([chunk.tolist() for chunk in chunks], index=unique_ids, dtype=object)


def per_event(events, values_by_event, default_factory):
    """Values indexed by event id, aligned on the events; an event with none gets default_factory()."""
    return events["id"].map(defaultdict(default_factory, values_by_event.to_dict()))


def evidence_pages(evidence, absolute_url):
    """Our source page of each quote, at the quote: /sources/<id>/#evidence-<id>."""
    before, after = url_pattern(absolute_url, "timeline:source", 987654321)
    return before + evidence["source_id"].astype(str) + after + "#evidence-" + evidence["id"].astype(str)


def source_links(evidence, pages):
    """The article's own address where it has a web address, else our page of the source."""
    urls = evidence["source_url"]
    return urls.where(urls.str.match(r"https?://", case=False), pages)


def published_dates(evidence):
    return pd.to_datetime(evidence["source_published"]).dt.strftime(ISO_DATE)


# CSV


def csv_table(events, actors, evidence, absolute_url):
    """The CSV's rows: actors as "; "-joined names, quotes with their sources in one cell separated by " | "."""
    table = event_columns(events, absolute_url)
    table["actors"] = per_event(events, lists_by_event(actors["actor"], actors["event_id"]).map("; ".join), str)
    cited = lists_by_event(citations(evidence, absolute_url), evidence["event_id"]).map(" | ".join)
    table["quotes"] = per_event(events, cited, str)
    return neutralise_formulas(table)


def citations(evidence, absolute_url):
    """Each quote as “quote” — speaker, Outlet, headline (published) <link>, its white space squeezed."""
    quote = evidence["quote"].str.split().str.join(" ")
    speaker = (evidence["speaker"] + ", ").where(evidence["speaker"] != "", "")
    link = source_links(evidence, evidence_pages(evidence, absolute_url))
    return (
        "“"
        + quote
        + "” — "
        + speaker
        + evidence["source_outlet"]
        + ", "
        + evidence["source_headline"]
        + " ("
        + published_dates(evidence)
        + ") <"
        + link
        + ">"
    )


def neutralise_formulas(table):
    """Text cells that a spreadsheet would read as a formula get a leading apostrophe; numbers stay numbers."""
    table = table.copy()
    for column in table.columns.difference(NUMERIC_CSV_COLUMNS):
        text = table[column]
        table[column] = text.mask(text.str.match(FORMULA_START), "'" + text)
    return table


def to_csv(table):
    return table.to_csv(index=False, lineterminator="\r\n")


# JSON


def json_document(events, actors, evidence, absolute_url, filters):
    return {"count": len(events), "filters": filters, "events": json_events(events, actors, evidence, absolute_url)}


def json_events(events, actors, evidence, absolute_url):
    """The events as JSON objects: actors as a list of names, quotes as a list of objects with their source."""
    table = event_columns(events, absolute_url)
    end_dates = table["end_date"].astype(object)
    table["end_date"] = end_dates.where(end_dates != "", None)
    table["actors"] = per_event(events, lists_by_event(actors["actor"], actors["event_id"]), list)
    quotes = lists_by_event(quote_objects(evidence, absolute_url), evidence["event_id"])
    table["quotes"] = per_event(events, quotes, list)
    return table.to_dict("records")


def quote_objects(evidence, absolute_url):
    """Each quote as {quote, speaker, source: {outlet, headline, published, url, page}}."""
    columns = zip(
        evidence["quote"],
        evidence["speaker"],
        evidence["source_outlet"],
        evidence["source_headline"],
        published_dates(evidence),
        evidence["source_url"],
        evidence_pages(evidence, absolute_url),
        strict=True,
    )
    objects = [
        {
            "quote": quote,
            "speaker": speaker,
            "source": {"outlet": outlet, "headline": headline, "published": published, "url": url, "page": page},
        }
        for quote, speaker, outlet, headline, published, url, page in columns
    ]
    return pd.Series(objects, index=evidence.index, dtype=object)


def applied_filters(form):
    """The non-empty filter parameters as given: lists for the repeatable ones, text for the others."""
    filters = {}
    for name, field in form.fields.items():
        values = [value for value in form.data.getlist(name) if value]
        if values:
            filters[name] = values if isinstance(field, forms.MultipleChoiceField) else values[0]
    return filters


# TimelineJS3


def timelinejs_document(events, evidence, absolute_url, filter_phrases):
    """The events in TimelineJS3's JSON format: a title slide and one slide per event."""
    return {
        "title": title_slide(len(events), filter_phrases),
        "events": [event_slide(row) for row in slide_rows(events, evidence, absolute_url).to_dict("records")],
    }


def title_slide(count, filter_phrases):
    counted = format_html("{} published event{}", count, "" if count == 1 else "s")
    if filter_phrases:
        text = format_html("<p>{}: {}.</p>", counted, "; ".join(filter_phrases))
    else:
        text = format_html("<p>All {}.</p>", counted)
    return {"text": {"headline": TIMELINE_TITLE, "text": text}}


def slide_rows(events, evidence, absolute_url):
    """The events with their permalink and their first quote ("" where they have none)."""
    first = first_quotes(evidence)
    quotes = pd.DataFrame(
        {
            "quote": first["quote"],
            "speaker": first["speaker"],
            "source_name": first["source_outlet"] + ", “" + first["source_headline"] + "”",
            "source_link": source_links(first, evidence_pages(first, absolute_url)),
        }
    )
    rows = events.assign(url=permalinks(events, absolute_url)).join(quotes, on="id", validate="one_to_one")
    text_columns = ["quote", "speaker", "source_name", "source_link"]
    rows[text_columns] = rows[text_columns].fillna("")
    return rows


def event_slide(row):
    slide = {
        "start_date": start_date(row["date"].date(), row["date_precision"]),
        "text": {"headline": escape(row["title"]), "text": slide_text(row)},
        "group": row["category_label"],
        "unique_id": row["slug"],
    }
    if not pd.isna(row["end_date"]):
        slide["end_date"] = end_date(row["end_date"].date())
    return slide


def start_date(date, precision):
    """TimelineJS date parts: no day for a month, only the year for a year, the Monday for a week; the display
    date says the precision."""
    date = dates.normalise(date, precision)
    parts = {"year": date.year}
    if precision != dates.YEAR:
        parts["month"] = date.month
    if precision not in (dates.MONTH, dates.YEAR):
        parts["day"] = date.day
    parts["display_date"] = dates.in_words(date, precision)
    return parts


def end_date(date):
    return {"year": date.year, "month": date.month, "day": date.day, "display_date": dates.day_in_words(date)}


def slide_text(row):
    """The summary, the first quote and its speaker, and links to the source and to the event page, escaped."""
    summary = format_html("<p>{}</p>", row["summary"]) if row["summary"] else ""
    quote, source = "", ""
    if row["quote"]:
        speaker = format_html("<footer>— {}</footer>", row["speaker"]) if row["speaker"] else ""
        quote = format_html("<blockquote><p>“{}”</p>{}</blockquote>", row["quote"], speaker)
        source = format_html('Source: <a href="{}">{}</a> · ', row["source_link"], row["source_name"])
    links = format_html('<p>{}<a href="{}">Event page</a></p>', source, row["url"])
    return format_html("{}{}{}", summary, quote, links)


def filter_phrases(data):
    """The cleaned filters in words for the title slide, e.g. ["from 1 April 2017", "categories: Military"]."""
    phrases = []
    if data.get("date_from"):
        phrases.append(f"from {dates.day_in_words(data['date_from'])}")
    if data.get("date_to"):
        phrases.append(f"to {dates.day_in_words(data['date_to'])}")
    if data.get("actor"):
        phrases.append("actors: " + ", ".join(actor.name for actor in data["actor"]))
    if data.get("side"):
        phrases.append("sides: " + ", ".join(Actor.Side(side).label for side in data["side"]))
    if data.get("category"):
        phrases.append("categories: " + ", ".join(Event.Category(category).label for category in data["category"]))
    if data.get("theater"):
        phrases.append("theaters: " + ", ".join(theater.name for theater in data["theater"]))
    if data.get("direction"):
        phrases.append(dict(DirectionChoices.choices)[data["direction"]].lower())
    if data.get("q"):
        phrases.append(f"matching “{data['q']}”")
    return phrases
