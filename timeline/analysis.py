"""Events for the chart and the list, read with a constant number of queries.

Sums over time are made by the database: per day for the relations index,
per week or month (TruncWeek/TruncMonth) for the bars of a large timeline.
pandas gets those sums, or at most MARKER_LIMIT events for their markers,
never every row; the list reads its page with LIMIT/OFFSET.
"""

import datetime
import functools
import re
from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote

import numpy as np
import pandas as pd
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Case, Count, FloatField, QuerySet, Sum, Value, When
from django.db.models.functions import Cast, TruncMonth, TruncWeek

from . import dates
from .bilingual import (
    badge_text,
    other_language,
    reader_language,
    shown,
    shown_expression,
    shown_label_expression,
    shown_language_expression,
)
from .localised import decimals
from .models import Event, Evidence

if TYPE_CHECKING:
    from django.db.backends.base.base import BaseDatabaseWrapper
    from django.db.models.sql.compiler import SQLCompiler, _AsSqlType

# The texts are the reader's (title, label, summary: timeline.bilingual); `title_language` says which
# language the title and label are in, the other one where the reader's is missing.
EVENT_COLUMNS = [
    "id",
    "slug",
    "title",
    "title_language",
    "label",
    "summary",
    "date",
    "date_precision",
    "end_date",
    "score",
    "category",
    "theater__name",
    "theater_language",
    "theater__slug",
]
# The timeline page never shows summaries; leaving them out halves the read.
PAGE_COLUMNS = [column for column in EVENT_COLUMNS if column != "summary"]
EVIDENCE_COLUMNS = [
    "id",
    "event_id",
    "quote",
    "speaker",
    "source_id",
    "source__outlet",
    "source__headline",
    "source__url",
    "source__published",
    "source__language",
]


def frame_of(queryset: QuerySet, columns: list[str]) -> pd.DataFrame:
    """The queryset's rows as a DataFrame, read straight from the database cursor.

    At 100,000 rows Django's per-row conversion costs more than the query;
    pandas converts the raw columns at once instead. The columns are named, so
    modeltranslation's rewriting (which selects a set of columns, in no order,
    to give its fallbacks in Python) is turned off.
    """
    rows = rows_of(queryset, columns)
    if rows is None:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame.from_records(rows, columns=columns)


def rows_of(queryset: QuerySet, columns: list[str]) -> list[tuple[Any, ...]] | None:
    """The queryset's rows of `columns`, as the database cursor gives them (see frame_of); None if the
    queryset cannot match anything (e.g. .none()), so there is no query to make."""
    try:
        sql, params = without_rewriting(queryset).values_list(*columns).query.sql_with_params()
    except EmptyResultSet:
        return None
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


DAYS: Final = "datetime64[ns]"


def typed_columns(queryset: QuerySet, types: dict[str, Any]) -> dict[str, pd.Series]:
    """The queryset's columns named in `types`, each converted to its type (a numpy type, or DAYS for
    dates) as it is read. For sums over thousands of days this costs a fraction of building a
    DataFrame of the rows and converting its columns afterwards (2 ms against 9 ms for 9,500 days);
    each column is taken from the rows by itemgetter into np.fromiter, half the cost of zip(*rows)."""
    rows = rows_of(queryset, list(types)) or []
    return {name: typed(rows, position, dtype) for position, (name, dtype) in enumerate(types.items())}


def typed(rows: list[tuple[Any, ...]], position: int, dtype: Any) -> pd.Series:
    """The column at `position` of the rows, as `dtype`."""
    if dtype == DAYS:
        return days_of(rows, position)
    return pd.Series(np.fromiter(map(itemgetter(position), rows), dtype=dtype, count=len(rows)))


UNIX_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()


def days_of(rows: list[tuple[Any, ...]], position: int) -> pd.Series:
    """Days as the database driver gives them (dates from PostgreSQL, and from SQLite for a date column;
    ISO text from SQLite's date functions) as DAYS. Dates go through their day numbers, twice as fast as
    pandas's reading of date objects."""
    values = map(itemgetter(position), rows)
    if rows and type(rows[0][position]) is datetime.date:
        numbers = np.fromiter(map(datetime.date.toordinal, values), dtype=np.int64, count=len(rows))
        return pd.Series((numbers - UNIX_EPOCH_ORDINAL).astype("datetime64[D]").astype(DAYS))
    return pd.to_datetime(pd.Series(list(values), dtype=object)).astype(DAYS)


def without_rewriting(queryset: QuerySet) -> QuerySet:
    """The queryset as Django reads it: the columns it names, in their order."""
    return queryset.rewrite(False) if hasattr(queryset, "rewrite") else queryset


# The event's texts as the reader gets them, computed by the database (timeline.bilingual).
TEXT_COLUMNS = {
    "title": lambda language: shown_expression("title", language),
    "title_language": lambda language: shown_language_expression("title", language),
    "label": shown_label_expression,
    "summary": lambda language: shown_expression("summary", language),
    "theater__name": lambda language: shown_expression("theater__name", language),
    "theater_language": lambda language: shown_language_expression("theater__name", language),
}
SHOWN = "shown_"


def with_texts(events: QuerySet[Event], columns: list[str], language: str) -> tuple[QuerySet[Event], list[str]]:
    """The events with the texts among `columns` annotated in `language`, and the names to select them by."""
    texts = [column for column in columns if column in TEXT_COLUMNS]
    annotated = without_rewriting(events).annotate(
        **{SHOWN + column: TEXT_COLUMNS[column](language) for column in texts}
    )
    return annotated, [SHOWN + column if column in TEXT_COLUMNS else column for column in columns]


def events_frame(
    events: QuerySet[Event], columns: list[str] = EVENT_COLUMNS, language: str | None = None
) -> pd.DataFrame:
    """One row per event, in the queryset's order, with its texts in the reader's `language` (default: the
    active one), its score as a float and its date in words."""
    annotated, selected = with_texts(events, columns, reader_language(language))
    return typed_events(frame_of(annotated, selected), columns)


def no_events_frame(columns: list[str] = EVENT_COLUMNS) -> pd.DataFrame:
    """What events_frame gives for no events (its columns and their types), without a query to compile."""
    return empty_events_frame(tuple(columns)).copy()


@functools.cache
def empty_events_frame(columns: tuple[str, ...]) -> pd.DataFrame:
    # Made once per set of columns: holding no rows, it depends on no data and no language.
    return typed_events(pd.DataFrame(columns=list(columns)), list(columns))


def typed_events(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The rows read by events_frame, named and typed."""
    frame.columns = pd.Index(columns)
    frame = frame.rename(columns={"theater__name": "theater", "theater__slug": "theater_slug"})
    frame["score"] = frame["score"].astype(float)
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    frame["end_date"] = pd.to_datetime(frame["end_date"]).astype("datetime64[ns]")
    frame["category_label"] = frame["category"].map(category_labels())
    frame["date_text"] = dates_in_words(frame)
    return frame


def fallback_titles(events: pd.DataFrame, language: str | None = None) -> pd.Series:
    """Whether each event's title (and label) is shown in the other language than the reader's."""
    if "title_language" not in events:
        return pd.Series(False, index=events.index)
    return events["title_language"] != reader_language(language)


def fallback_languages(events: pd.DataFrame, language: str | None = None) -> np.ndarray:
    """For each event, the language of its title when that is not the reader's, else None."""
    fallback = fallback_titles(events, language).to_numpy(dtype=bool)
    shown = np.full(len(events), None, dtype=object)
    if fallback.any():  # a frame built without languages has no fallback, nor a title_language column
        shown[fallback] = events["title_language"].to_numpy(dtype=object)[fallback]
    return shown


def marked_titles(events: pd.DataFrame, length: int | None = None, language: str | None = None) -> pd.Series:
    """The titles as plain text (cut at a word to `length` characters), each one shown in the other language
    followed by its badge: "Title (in English)" (hover labels, the SVG's titles, the chart in words)."""
    titles = events["title"].astype(str)
    if length is not None:
        titles = shortened(titles, length)
    badge = " (" + badge_text(other_language(reader_language(language))) + ")"
    return titles.where(~fallback_titles(events, language), titles + badge)


def shortened(texts: pd.Series, length: int) -> pd.Series:
    """Texts longer than `length` characters cut at the last word that fits, with an ellipsis."""
    long = texts.str.len() > length
    if not long.any():
        return texts
    cut = texts[long].str.slice(0, length - 1).str.replace(r"\s+\S*$", "", regex=True).str.rstrip(",;:–- ") + "…"
    return texts.where(~long, cut)


def category_labels() -> dict[str, str]:
    """The categories' names in the active language."""
    return {value: str(label) for value, label in Event.Category.choices}


PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def filled(pattern: str, values: dict[str, pd.Series]) -> pd.Series:
    """A translated pattern ("%(day)s %(month)s %(year)s") filled in for every row at once."""
    pieces = PLACEHOLDER.split(pattern)  # text, name, text, name, ..., text
    result = pieces[0]
    for name, text in zip(pieces[1::2], pieces[2::2], strict=True):
        result = result + values[name] + text
    return result if isinstance(result, pd.Series) else pd.Series(result, index=next(iter(values.values())).index)


def dates_in_words(frame: pd.DataFrame) -> pd.Series:
    """The vectorised twin of Event.date_in_words."""
    if frame.empty:
        return pd.Series(dtype=str, index=frame.index)
    day = day_in_words(frame["date"])
    precision = frame["date_precision"]
    text = pd.Series(
        np.select(
            [precision == "week", precision == "month", precision == "year", precision == "approximate"],
            [
                filled(dates.week_pattern(), {"day": day}),
                month_in_words(frame["date"]),
                filled(dates.year_pattern(), {"year": frame["date"].dt.year.astype(str)}),
                filled(dates.approximate_pattern(), {"day": day}),
            ],
            default=day,
        ),
        index=frame.index,
    )
    has_end = frame["end_date"].notna()
    if has_end.any():
        ends = day_in_words(frame.loc[has_end, "end_date"])
        text[has_end] = filled(dates.span_pattern(), {"start": text[has_end], "end": ends})
    return text


def day_in_words(days: pd.Series) -> pd.Series:
    """'7 April 2017', «7 апреля 2017 г.», for a column of days (dates.days_in_words)."""
    return pd.Series(dates.days_in_words(days.dt.date), index=days.index, dtype=object)


def month_in_words(days: pd.Series) -> pd.Series:
    """'April 2017', «апрель 2017 г.», for a column of days (dates.months_in_words)."""
    return pd.Series(dates.months_in_words(days.dt.date), index=days.index, dtype=object)


def first_quotes(event_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The first quote of each of the events, with its source (keys as EVIDENCE_COLUMNS, `source_outlet`...),
    by event id: a page's fifty rows need no DataFrame."""
    rows = Evidence.objects.filter(event_id__in=event_ids).order_by("event_id", "pk").values(*EVIDENCE_COLUMNS)
    quotes: dict[int, dict[str, Any]] = {}
    for row in rows:
        if row["event_id"] not in quotes:
            quotes[row["event_id"]] = {name.replace("source__", "source_"): value for name, value in row.items()}
    return quotes


# Sums made by the database

SCORE = Cast("score", FloatField())
ESCALATION = Case(When(score__lt=0, then=SCORE), default=Value(0.0))
THAW = Case(When(score__gt=0, then=SCORE), default=Value(0.0))


# TruncWeek and TruncMonth of a date, as a date. SQLite computes them with its own date
# functions, not Django's Python function called per row; PostgreSQL truncates the date
# as a timestamp without time zone (with one it would convert every row, twice as slow).


class WeekStart(TruncWeek):
    """The Monday of the week."""

    def as_sqlite(
        self, compiler: "SQLCompiler", connection: "BaseDatabaseWrapper", **extra_context: Any
    ) -> "_AsSqlType":
        sql, params = compiler.compile(self.lhs)
        return f"date({sql}, '-6 days', 'weekday 1')", params

    def as_postgresql(
        self, compiler: "SQLCompiler", connection: "BaseDatabaseWrapper", **extra_context: Any
    ) -> "_AsSqlType":
        sql, params = compiler.compile(self.lhs)
        return f"(DATE_TRUNC('week', ({sql})::timestamp))::date", params


class MonthStart(TruncMonth):
    """The 1st of the month."""

    def as_sqlite(
        self, compiler: "SQLCompiler", connection: "BaseDatabaseWrapper", **extra_context: Any
    ) -> "_AsSqlType":
        sql, params = compiler.compile(self.lhs)
        return f"date({sql}, 'start of month')", params

    def as_postgresql(
        self, compiler: "SQLCompiler", connection: "BaseDatabaseWrapper", **extra_context: Any
    ) -> "_AsSqlType":
        sql, params = compiler.compile(self.lhs)
        return f"(DATE_TRUNC('month', ({sql})::timestamp))::date", params


def timeline_order(events: QuerySet[Event]) -> QuerySet[Event]:
    """Date, then English title, in either language (timeline.bilingual); the id settles ties, so LIMIT/OFFSET
    pages never repeat or skip an event."""
    return events.order_by("date", "title_en", "pk")


def daily_scores(events: QuerySet[Event]) -> pd.DataFrame:
    """One row per day with events, in date order: `date`, summed `score`, number of `events`."""
    days = events.order_by().values("date").annotate(total=Sum(SCORE), count=Count("pk")).order_by("date")
    columns = typed_columns(days, {"date": DAYS, "total": float, "count": int})
    return pd.DataFrame({"date": columns["date"], "score": columns["total"], "events": columns["count"]})


def sql_period_totals(events: QuerySet[Event], period: str) -> pd.DataFrame:
    """Per week (from Monday) or month, indexed by its first day: summed escalation scores,
    summed thaw scores, number of events, and the period's last day (`end`)."""
    start = WeekStart("date") if period == "week" else MonthStart("date")
    periods = (
        events.order_by()
        .annotate(start=start)
        .values("start")
        .annotate(escalation=Sum(ESCALATION), thaw=Sum(THAW), count=Count("pk"))
        .order_by("start")
    )
    columns = typed_columns(periods, {"start": DAYS, "escalation": float, "thaw": float, "count": int})
    starts = columns["start"]
    if period == "week":
        ends = starts + pd.Timedelta(days=6)
    else:
        ends = starts.dt.to_period("M").dt.end_time.dt.normalize().astype(DAYS)
    return pd.DataFrame(
        {
            "escalation": columns["escalation"].to_numpy(),
            "thaw": columns["thaw"].to_numpy(),
            "events": columns["count"].to_numpy(),
            "end": ends.to_numpy(),
        },
        index=pd.DatetimeIndex(starts, name="start"),
    )


# The list


LIST_RENAMES = {"theater__name": "theater", "theater__slug": "theater_slug"}


def list_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """A page of rows selected as `with_texts` names PAGE_COLUMNS, keyed as events_frame's (score as a float,
    labels, date in words), with what the list writes of each: its score in words and its direction, its
    day as ISO, its slug for a URL, its title and theater as HTML (bilingual.shown). Written here for the
    page's fifty rows at once, so the templates only place them; the names of the categories and the
    dates' patterns are looked up once for the page."""
    listed = [{frame_name(name): value for name, value in row.items()} for row in rows]
    words = RowWords(listed)
    for row, day_text in zip(listed, words.days, strict=True):
        words.fill(row, day_text)
    for row, score_text in zip(listed, decimals([row["score"] for row in listed]), strict=True):
        row["score_text"] = score_text
    return listed


def frame_name(name: str) -> str:
    name = name.removeprefix(SHOWN)
    return LIST_RENAMES.get(name, name)


class RowWords:
    """What a page of list rows writes in words, with each lookup made once: the categories' names,
    the reader's language, and each row's day in words (dates.days_in_words)."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.categories = category_labels()
        self.language = reader_language()
        self.days = dates.days_in_words([row["date"] for row in rows])

    def fill(self, row: dict[str, Any], day_text: str) -> None:
        row["score"] = float(row["score"])
        row["direction"] = score_direction(row["score"])
        row["category_label"] = self.categories[row["category"]]
        precision = row["date_precision"]
        text = day_text if precision == dates.DAY else dates.in_words(row["date"], precision)
        if row["end_date"]:
            text = dates.span_in_words(text, dates.day_in_words(row["end_date"]))
        row["date_text"] = text
        row["iso_date"] = row["date"].isoformat()
        row["slug_path"] = quote(row["slug"])
        row["title_html"] = shown(row, "title", self.language).as_html()
        row["theater_html"] = shown(row, "theater", self.language).as_html()


def score_direction(score: float) -> str:
    """The CSS class of a score: "escalation" below zero, "thaw" above, "neutral" at zero."""
    if score < 0:
        return "escalation"
    if score > 0:
        return "thaw"
    return "neutral"
