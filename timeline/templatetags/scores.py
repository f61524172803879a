"""Template filters for Goldstein scores."""

from django import template

register = template.Library()


@register.filter
def direction(score):
    """The CSS class of a score: "escalation" below zero, "thaw" above, "neutral" at zero."""
    if score < 0:
        return "escalation"
    if score > 0:
        return "thaw"
    return "neutral"
