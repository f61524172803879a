"""Dates with a precision: normalising them and saying them in words, in the active language.

English: "7 April 2017", "week of 3 April 2017", "April 2017", "2017", "around 7 April 2017".
Russian: «7 апреля 2017 г.», «неделя 3 апреля 2017 г.», «апрель 2017 г.», «2017 г.», «около 7 апреля 2017 г.».
The patterns and month names are in the translation catalogues (locale/), so a language
says a date its own way: the month after a day (genitive in Russian) differs from the month alone.
"""

import datetime
from collections.abc import Iterable

from django.utils.translation import gettext, pgettext, pgettext_lazy

DAY = "day"
WEEK = "week"
MONTH = "month"
YEAR = "year"
APPROXIMATE = "approximate"

# "7 April 2017": the month after a day (Russian: «7 апреля»).
MONTHS_AFTER_DAY = {
    1: pgettext_lazy("month after a day, as in 7 April 2017", "January"),
    2: pgettext_lazy("month after a day, as in 7 April 2017", "February"),
    3: pgettext_lazy("month after a day, as in 7 April 2017", "March"),
    4: pgettext_lazy("month after a day, as in 7 April 2017", "April"),
    5: pgettext_lazy("month after a day, as in 7 April 2017", "May"),
    6: pgettext_lazy("month after a day, as in 7 April 2017", "June"),
    7: pgettext_lazy("month after a day, as in 7 April 2017", "July"),
    8: pgettext_lazy("month after a day, as in 7 April 2017", "August"),
    9: pgettext_lazy("month after a day, as in 7 April 2017", "September"),
    10: pgettext_lazy("month after a day, as in 7 April 2017", "October"),
    11: pgettext_lazy("month after a day, as in 7 April 2017", "November"),
    12: pgettext_lazy("month after a day, as in 7 April 2017", "December"),
}
# "April 2017": the month alone (Russian: «апрель 2017 г.»).
MONTHS_ALONE = {
    1: pgettext_lazy("month alone, as in April 2017", "January"),
    2: pgettext_lazy("month alone, as in April 2017", "February"),
    3: pgettext_lazy("month alone, as in April 2017", "March"),
    4: pgettext_lazy("month alone, as in April 2017", "April"),
    5: pgettext_lazy("month alone, as in April 2017", "May"),
    6: pgettext_lazy("month alone, as in April 2017", "June"),
    7: pgettext_lazy("month alone, as in April 2017", "July"),
    8: pgettext_lazy("month alone, as in April 2017", "August"),
    9: pgettext_lazy("month alone, as in April 2017", "September"),
    10: pgettext_lazy("month alone, as in April 2017", "October"),
    11: pgettext_lazy("month alone, as in April 2017", "November"),
    12: pgettext_lazy("month alone, as in April 2017", "December"),
}
# The chart's date ticks for a month: "Apr 2017" (Russian: «апр. 2017», «май 2017»).
MONTHS_SHORT = {
    1: pgettext_lazy("abbreviated month on the chart's date axis", "Jan"),
    2: pgettext_lazy("abbreviated month on the chart's date axis", "Feb"),
    3: pgettext_lazy("abbreviated month on the chart's date axis", "Mar"),
    4: pgettext_lazy("abbreviated month on the chart's date axis", "Apr"),
    5: pgettext_lazy("abbreviated month on the chart's date axis", "May"),
    6: pgettext_lazy("abbreviated month on the chart's date axis", "Jun"),
    7: pgettext_lazy("abbreviated month on the chart's date axis", "Jul"),
    8: pgettext_lazy("abbreviated month on the chart's date axis", "Aug"),
    9: pgettext_lazy("abbreviated month on the chart's date axis", "Sep"),
    10: pgettext_lazy("abbreviated month on the chart's date axis", "Oct"),
    11: pgettext_lazy("abbreviated month on the chart's date axis", "Nov"),
    12: pgettext_lazy("abbreviated month on the chart's date axis", "Dec"),
}


# The chart's date ticks for a day: "8 May" (Russian, after a day: «8 мая», «10 апр.»).
MONTHS_SHORT_AFTER_DAY = {
    1: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Jan"),
    2: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Feb"),
    3: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Mar"),
    4: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Apr"),
    5: pgettext_lazy("abbreviated month after a day on the chart's date axis", "May"),
    6: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Jun"),
    7: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Jul"),
    8: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Aug"),
    9: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Sep"),
    10: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Oct"),
    11: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Nov"),
    12: pgettext_lazy("abbreviated month after a day on the chart's date axis", "Dec"),
}


# Translators write the space that must not break as a no-break space: Russian's «2017 г.» keeps «г.» on the
# year's line, in pages and downloads alike.


def day_pattern() -> str:
    return pgettext("a date: day, month, year", "%(day)s %(month)s %(year)s")


def month_pattern() -> str:
    return pgettext("a date: month and year", "%(month)s %(year)s")


def year_pattern() -> str:
    return pgettext("a date: a year alone", "%(year)s")


def week_pattern() -> str:
    return gettext("week of %(day)s")


def approximate_pattern() -> str:
    return gettext("around %(day)s")


def span_pattern() -> str:
    return gettext("%(start)s to %(end)s")


def normalise(date, precision):
    """The canonical date stored for a precision: weeks start on Monday, months on the 1st, years on 1 January."""
    if precision == WEEK:
        return date - datetime.timedelta(days=date.weekday())
    if precision == MONTH:
        return date.replace(day=1)
    if precision == YEAR:
        return date.replace(month=1, day=1)
    return date


def day_in_words(date: datetime.date) -> str:
    """'7 April 2017', «7 апреля 2017 г.»."""
    return day_pattern() % {"day": date.day, "month": MONTHS_AFTER_DAY[date.month], "year": date.year}


def days_in_words(days: Iterable[datetime.date]) -> list[str]:
    """day_in_words of each day, with the pattern and the month names looked up once (a chart's hundreds of bars)."""
    pattern = day_pattern()
    months = {number: str(name) for number, name in MONTHS_AFTER_DAY.items()}
    return [pattern % {"day": day.day, "month": months[day.month], "year": day.year} for day in days]


def months_in_words(days: Iterable[datetime.date]) -> list[str]:
    """month_in_words of each day's month, looked up once."""
    pattern = month_pattern()
    months = {number: str(name) for number, name in MONTHS_ALONE.items()}
    return [pattern % {"month": months[day.month], "year": day.year} for day in days]


def month_in_words(date: datetime.date) -> str:
    """'April 2017', «апрель 2017 г.»."""
    return month_pattern() % {"month": MONTHS_ALONE[date.month], "year": date.year}


def in_words(date, precision):
    """'7 April 2017', 'week of 3 April 2017', 'April 2017', '2017' or 'around 7 April 2017'."""
    if precision == WEEK:
        return week_pattern() % {"day": day_in_words(date)}
    if precision == MONTH:
        return month_in_words(date)
    if precision == YEAR:
        return year_pattern() % {"year": date.year}
    if precision == APPROXIMATE:
        return approximate_pattern() % {"day": day_in_words(date)}
    return day_in_words(date)


def span_in_words(start: str, end: str) -> str:
    """Two dates in words as a span: '7 April 2017 to 9 April 2017', «7 апреля 2017 г. — 9 апреля 2017 г.»."""
    return span_pattern() % {"start": start, "end": end}


def short_month(date: datetime.date) -> str:
    """A date tick of the chart for a month: 'Apr 2017', «апр. 2017»."""
    return pgettext("a month tick on the chart's date axis", "%(month)s %(year)s") % {
        "month": MONTHS_SHORT[date.month],
        "year": date.year,
    }


def short_day(date: datetime.date) -> str:
    """A date tick of the chart for a day: '7 Apr', «7 апр.», «8 мая»."""
    return pgettext("a day tick on the chart's date axis", "%(day)s %(month)s") % {
        "day": date.day,
        "month": MONTHS_SHORT_AFTER_DAY[date.month],
    }


def period_end(date, precision):
    """The last day the date could stand for: the Sunday of its week, the end of its month or year."""
    if precision == WEEK:
        return normalise(date, WEEK) + datetime.timedelta(days=6)
    if precision == MONTH:
        next_month = (date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return next_month - datetime.timedelta(days=1)
    if precision == YEAR:
        return date.replace(month=12, day=31)
    return date
