"""The published eras for the chart, the page and the downloads."""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.html import format_html

from .. import dates
from ..bilingual import LANGUAGES, shown
from .models import Era, EraEvidence

# The CSV download's guard against formulas (timeline.downloads.FORMULA_START).
FORMULA_START = r"[=+\-@\t\r]"


@dataclass
class EraQuote:
    quote: str
    speaker: str
    outlet: str
    headline: str
    published: datetime.date
    url: str
    page: str
    language: str  # the source's: the quote is in it


@dataclass
class EraRecord:
    """A published era as the chart, the page and the downloads use it; its title and description in each
    language, `title` and `description` in the active one (timeline.bilingual)."""

    id: int
    title_en: str
    title_ru: str
    start: datetime.date
    end: datetime.date | None
    direction: str
    description_en: str
    description_ru: str
    quotes: list[EraQuote] = field(default_factory=list)

    @property
    def title(self) -> str:
        return str(shown(self, "title"))

    @property
    def description(self) -> str:
        return str(shown(self, "description"))

    @property
    def direction_label(self) -> str:
        return str(Era.Direction(self.direction).label)

    def texts(self, name: str) -> dict[str, str | None]:
        """The title or description in each language, None where missing: {"en": ..., "ru": ...}."""
        return {language: getattr(self, f"{name}_{language}") or None for language in LANGUAGES}

    def dates_in_words(self) -> str:
        return Era.dates_in_words(self)  # type: ignore[arg-type]  # the same fields as an Era

    def overlaps(self, first_day: datetime.date | None, last_day: datetime.date | None) -> bool:
        """Whether the era shares at least a day with [first_day, last_day] (overlaps)."""
        return overlaps(self.start, self.end, first_day, last_day)

    def drawn_end(self, last_day: datetime.date) -> datetime.date:
        """Where the chart ends an era: its end, or the chart's last day for one that goes on."""
        return self.end if self.end is not None else max(last_day, self.start)


def overlaps(
    start: datetime.date, end: datetime.date | None, first_day: datetime.date | None, last_day: datetime.date | None
) -> bool:
    """Whether the days from `start` to `end` (None: it goes on) share at least one with [first_day, last_day] (None
    leaves that side open): the one rule for the eras of a download, which holds those sharing a day with the
    filters' dates (eras_for_filters, through Era.objects.overlapping, the same rule in SQL), and names in an event's
    CSV row those of them sharing a day with the event, from its date to its end date."""
    return (last_day is None or start <= last_day) and (first_day is None or end is None or first_day <= end)


def published_eras(
    first_day: datetime.date | None = None, last_day: datetime.date | None = None, with_quotes: bool = True
) -> list[EraRecord]:
    """The published eras sharing a day with [first_day, last_day]: one query, and one for their quotes."""
    eras = list(Era.objects.published().overlapping(first_day, last_day))
    evidence = EraEvidence.objects.filter(era__in=eras).select_related("source").order_by("era_id", "pk")
    quotes_by_era: dict[int, list[EraQuote]] = {}
    for item in evidence if with_quotes and eras else []:  # no eras: no quotes, and no query to compile
        quotes_by_era.setdefault(item.era_id, []).append(
            EraQuote(
                item.quote,
                item.speaker,
                item.source.outlet,
                item.source.headline,
                item.source.published,
                item.source.web_url(),
                item.get_absolute_url(),
                item.source.language,
            )
        )
    return [
        EraRecord(
            era.pk,
            era.title_en or "",
            era.title_ru or "",
            era.start,
            era.end,
            era.direction,
            era.description_en or "",
            era.description_ru or "",
            quotes_by_era.get(era.pk, []),
        )
        for era in eras
    ]


def json_eras(eras: list[EraRecord], absolute_url) -> list[dict]:
    """The eras of the JSON download: title and description in each language, dates in ISO form, quotes with
    their sources."""
    return [
        {
            "title": era.texts("title"),
            "start": era.start.isoformat(),
            "end": era.end.isoformat() if era.end else None,
            "direction": era.direction,
            "description": era.texts("description"),
            "quotes": [
                {
                    "quote": quote.quote,
                    "speaker": quote.speaker,
                    "source": {
                        "outlet": quote.outlet,
                        "headline": quote.headline,
                        "published": quote.published.isoformat(),
                        "url": quote.url,
                        "page": absolute_url(quote.page),
                    },
                }
                for quote in era.quotes
            ],
        }
        for era in eras
    ]


def timelinejs_eras(eras: list[EraRecord], last_day: datetime.date) -> list[dict]:
    """TimelineJS3 eras: start and end dates and a headline; an era that goes on ends on `last_day`.

    An era ends at least a day after it starts: TimelineJS drops an end equal to the start, then refuses the
    whole timeline ("All eras must have start and end dates") — as with an era that goes on and began after
    the last event the filters show, or an era of one day."""
    return [
        {
            "start_date": date_parts(era.start),
            "end_date": date_parts(max(era.drawn_end(last_day), era.start + datetime.timedelta(days=1))),
            "text": {
                "headline": shown(era, "title").as_html(),
                "text": format_html("<p>{}</p>", shown(era, "description").as_html()),
            },
        }
        for era in eras
    ]


def date_parts(day: datetime.date) -> dict:
    return {"year": day.year, "month": day.month, "day": day.day, "display_date": dates.day_in_words(day)}


def eras_for_filters(cleaned_data: dict, with_quotes: bool = True) -> list[EraRecord]:
    """The eras of a download: the published eras sharing a day with the filters' dates (overlaps; all of them
    when no dates are given), whether they began before date_from or go on after date_to."""
    return published_eras(cleaned_data.get("date_from"), cleaned_data.get("date_to"), with_quotes)


def csv_eras(eras: list[EraRecord], first_day: datetime.date, last_day: datetime.date) -> str:
    """The CSV's eras cell of an event from `first_day` to `last_day`: the titles of the `eras` (the download's)
    sharing a day with it, "; "-joined, with a leading apostrophe where a spreadsheet would see a formula."""
    text = "; ".join(era.title for era in eras if era.overlaps(first_day, last_day))
    return "'" + text if re.match(FORMULA_START, text) else text
