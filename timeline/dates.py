"""Dates with a precision: normalising them and saying them in words."""

import datetime

DAY = "day"
WEEK = "week"
MONTH = "month"
YEAR = "year"
APPROXIMATE = "approximate"


def normalise(date, precision):
    """The canonical date stored for a precision: weeks start on Monday, months on the 1st, years on 1 January."""
    if precision == WEEK:
        return date - datetime.timedelta(days=date.weekday())
    if precision == MONTH:
        return date.replace(day=1)
    if precision == YEAR:
        return date.replace(month=1, day=1)
    return date


def day_in_words(date):
    return f"{date.day} {date:%B %Y}"


def in_words(date, precision):
    """'7 April 2017', 'week of 3 April 2017', 'April 2017', '2017' or 'around 7 April 2017'."""
    if precision == WEEK:
        return f"week of {day_in_words(date)}"
    if precision == MONTH:
        return f"{date:%B %Y}"
    if precision == YEAR:
        return str(date.year)
    if precision == APPROXIMATE:
        return f"around {day_in_words(date)}"
    return day_in_words(date)


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
