"""The filter form's checkboxes, written without a template per choice."""

import html

from django import template
from django.forms.boundfield import BoundField, BoundWidget
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def choice_labels(field: BoundField) -> SafeString:
    """Every choice of the field as `<label class="choice"><input …> Label</label>`, in one loop
    (a template loop over the hundred actors cost more than the rest of the filter form)."""
    return mark_safe(
        "".join(
            f'<label class="choice">{choice_input(choice)} {escaped(choice.choice_label)}</label>' for choice in field
        )
    )


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
        return f" {escaped(name)}"
    return f' {escaped(name)}="{escaped(str(value))}"'


def escaped(text: object) -> str:
    """What django.utils.html.conditional_escape writes, without its wrapper for lazy texts (it is
    called some five hundred times per page)."""
    if isinstance(text, Promise):
        text = str(text)
    if hasattr(text, "__html__"):
        return text.__html__()
    return html.escape(str(text))
