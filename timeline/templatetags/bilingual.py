"""Texts in the reader's language, or in the other one, marked (timeline.bilingual)."""

from typing import Any

from django import template
from django.utils.safestring import SafeString

from .. import bilingual

register = template.Library()


@register.filter
def shown(values: Any, field: str) -> SafeString:
    """`{{ event|shown:"title" }}`: the title in the page's language, or in the other one inside an element
    with its `lang` and followed by a badge ("in English"); `{{ event.title }}` is the plain text, for attributes."""
    return bilingual.shown(values, field).as_html()


@register.filter
def translation_language(quote_language: str) -> str | None:
    """`{% with into=item.source.language|translation_language %}`: the reader's language when the quote is in
    the other one (an editor's translation is then shown, marked), else None."""
    return bilingual.translation_language(quote_language)
