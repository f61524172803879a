"""Template filters for Goldstein scores, dates and quotations, in the active language."""

from django import template

from .. import dates, localised
from ..analysis import score_direction

register = template.Library()


@register.filter
def direction(score):
    """The CSS class of a score: "escalation" below zero, "thaw" above, "neutral" at zero."""
    return score_direction(score)


@register.filter
def score(value) -> str:
    """A score with one decimal: "-4.0" in English, «−4,0» in Russian."""
    return localised.decimal(value)


@register.filter
def day_in_words(date) -> str:
    """'7 April 2017', «7 апреля 2017 г.»."""
    return dates.day_in_words(date)


@register.filter
def quoted(text) -> str:
    """'“text”' in English, «text» in Russian (escaped as any variable is)."""
    return localised.quoted(text)
