"""What a download writes in its language, worked out once per download rather than once per event.

A download of 100,000 events says the same few thousand days in words, the same
two hundred scores, the same category names and the same link texts over and
over; through Django's translation functions each of them costs a catalogue
look-up. `Words` is made once per download, with the download's language active,
and remembers each text the first time it is written: the texts are the same
functions' results, so the download's bytes are too.
"""

import datetime
from collections.abc import Callable, Hashable
from decimal import Decimal
from html import escape
from typing import Any, Generic, TypeVar

from django.utils.translation import gettext as _

from . import dates
from .analysis import category_labels
from .bilingual import FALLBACK_HTML, LANGUAGES, Shown, badge_text, column, other_language, reader_language
from .eras import records as era_records
from .eras.records import EraRecord
from .localised import decimal, quotation_marks
from .models import score_reading

Result = TypeVar("Result")


class Remembered(Generic[Result]):
    """A function of a few hashable arguments whose results are kept: called once per distinct arguments."""

    def __init__(self, function: Callable[..., Result]) -> None:
        self.function = function
        self.results: dict[tuple[Hashable, ...], Result] = {}

    def __call__(self, *arguments: Hashable) -> Result:
        try:
            return self.results[arguments]
        except KeyError:
            result = self.results[arguments] = self.function(*arguments)
            return result


def date_text(day: datetime.date, precision: str, end: datetime.date | None) -> str:
    """As Event.date_in_words: '7 April 2017', 'week of 3 April 2017 to 9 April 2017'..., in the active language
    («неделя 24 июля 2017 г. — 2 августа 2017 г.»)."""
    text = dates.in_words(day, precision)
    return dates.span_in_words(text, dates.day_in_words(end)) if end else text


def iso(date: datetime.date | None) -> str:
    return date.strftime("%Y-%m-%d") if date else ""


def start_date(date: datetime.date, precision: str) -> dict[str, int | str]:
    """TimelineJS date parts: no day for a month, only the year for a year, the Monday for a week; the display
    date says the precision."""
    date = dates.normalise(date, precision)
    parts: dict[str, int | str] = {"year": date.year}
    if precision != dates.YEAR:
        parts["month"] = date.month
    if precision not in (dates.MONTH, dates.YEAR):
        parts["day"] = date.day
    parts["display_date"] = dates.in_words(date, precision)
    return parts


def end_date(date: datetime.date) -> dict[str, int | str]:
    return {"year": date.year, "month": date.month, "day": date.day, "display_date": dates.day_in_words(date)}


def score_paragraph(score: Decimal) -> str:
    """<p>Score +8.0 on the Goldstein scale: strong thaw.</p>, escaped."""
    value = float(score)
    sentence = _("Score %(score)s on the Goldstein scale: %(reading)s.") % {
        "score": decimal(value, signed=True),
        "reading": score_reading(value),
    }
    return f"<p>{escape(sentence)}</p>"


class Words:
    """The texts of one download in the active language: make it once the download's language is active.

    The dates, date parts, scores and eras are remembered as they come; the dicts of date parts are
    shared by every event on that day, so nothing may change them."""

    def __init__(self, eras: list[EraRecord] | None = None) -> None:
        self.language = reader_language()
        self.categories = category_labels()
        self.marks = quotation_marks()
        self.badges = {language: escape(badge_text(language)) for language in LANGUAGES}
        self.source = escape(_("Source"))
        self.event_page = escape(_("Event page"))
        self.date_text = Remembered(date_text)
        self.iso = Remembered(iso)
        self.start_date = Remembered(start_date)
        self.end_date = Remembered(end_date)
        self.score_paragraph = Remembered(score_paragraph)
        self.eras = Remembered(lambda first_day, last_day: era_records.csv_eras(eras or [], first_day, last_day))
        self.columns = Remembered(lambda field: [(language, column(field, language)) for language in LANGUAGES])
        reader_first = (self.language, other_language(self.language))
        self.reader_first = Remembered(lambda field: [(language, column(field, language)) for language in reader_first])

    def quoted(self, text: str) -> str:
        """'“text”' in English, «text» in Russian (timeline.localised.quoted)."""
        return self.marks % {"text": text}

    def in_languages(self, row: dict[str, Any], field: str) -> dict[str, str | None]:
        """The row's `field` in each language, None where missing: {"en": ..., "ru": ...}."""
        return {language: row[name] or None for language, name in self.columns(field)}

    def shown(self, row: dict[str, Any], field: str) -> Shown:
        """As timeline.bilingual.shown: the row's `field` in the download's language, else the other's, marked."""
        for language, name in self.reader_first(field):
            if text := row[name]:
                return Shown(text, language, language != self.language)
        return Shown("", self.language, False)

    def html(self, text: Shown) -> str:
        """Shown.as_html: the text escaped; a fallback inside an element with its `lang`, then the badge."""
        if not text.is_fallback:
            return escape(text.text)
        return FALLBACK_HTML.format(text.language, escape(text.text), self.badges[text.language])
