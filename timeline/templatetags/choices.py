"""The filter form's checkboxes, written without a template per choice."""

from django import template
from django.forms.boundfield import BoundWidget
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def choice_input(choice: BoundWidget) -> SafeString:
    """The choice's <input>, as Django's forms/widgets/input.html and attrs.html write it.

    `{{ choice.tag }}` renders that template once per choice: for the hundred
    actors of the filter menus it cost more than the rest of the page."""
    widget = choice.data
    attributes = [("type", widget["type"]), ("name", widget["name"])]
    if widget["value"] is not None:
        attributes.append(("value", widget["value"]))
    attributes += widget["attrs"].items()
    return mark_safe("<input" + "".join(html_attribute(name, value) for name, value in attributes) + ">")


def html_attribute(name: str, value: object) -> str:
    """name="value"; True: the name alone; False: nothing (as attrs.html)."""
    if value is False:
        return ""
    if value is True:
        return f" {conditional_escape(name)}"
    return f' {conditional_escape(name)}="{conditional_escape(str(value))}"'
