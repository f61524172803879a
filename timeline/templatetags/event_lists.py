"""The rows of the event lists (the timeline's and the embed's), written without a template per row.

Fifty rows of a dozen variables each cost Django's template engine more than the rest of the
list: each variable is looked up, localised and escaped through several layers. The rows come
from analysis.list_rows with their texts ready (score in words, title and theater as HTML); here
they are only escaped and placed, the same HTML a {% for %} loop wrote.
"""

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from .choices import escaped

register = template.Library()


@register.simple_tag
def timeline_rows(rows: list[dict[str, Any]], link_prefix: str, open_slug: str, score_title: str) -> SafeString:
    """The timeline's list: each row's `<li>` opening its event in the panel (`link_prefix` + slug), the
    open event's marked as current, with its first quote."""
    prefix, title = escaped(link_prefix), escaped(score_title)
    items = []
    for row in rows:
        link = prefix + escaped(row["slug_path"])
        current = ' aria-current="true"' if row["slug"] == open_slug else ""
        items.append(
            '\n  <li class="event-row">\n'
            f'    <time datetime="{escaped(row["iso_date"])}">{escaped(row["date_text"])}</time>\n'
            '    <div class="event-row-body">\n'
            f'      <h3><a href="{link}#panel" hx-get="{link}" hx-target="#panel" '
            f'data-event-slug="{escaped(row["slug"])}"{current}>{escaped(row["title_html"])}</a></h3>\n'
            f"      {first_quote(row.get('first_quote'))}\n"
            f'      <p class="meta">{escaped(row["category_label"])} · {escaped(row["theater_html"])}</p>\n'
            "    </div>\n"
            f'    <span class="score {escaped(row["direction"])}" title="{title}">{escaped(row["score_text"])}</span>\n'
            "  </li>\n  "
        )
    return mark_safe("".join(items))


def first_quote(quote: dict[str, Any] | None) -> str:
    if not quote:
        return ""
    speaker = f" <cite>— {escaped(quote['speaker'])}</cite>" if quote["speaker"] else ""
    return f'<blockquote lang="{escaped(quote["source_language"])}">{escaped(quote["quoted"])}{speaker}</blockquote>'


@register.simple_tag
def embed_rows(rows: list[dict[str, Any]], path_prefix: str, score_title: str) -> SafeString:
    """The embed's list: each row's `<li>` linking to its event page in a new tab."""
    prefix, title = escaped(path_prefix), escaped(score_title)
    items = []
    for row in rows:
        items.append(
            '\n    <li class="embed-row">\n'
            f'      <time datetime="{escaped(row["iso_date"])}">{escaped(row["date_text"])}</time>\n'
            f'      <a href="{prefix}{escaped(row["slug_path"])}/" target="_blank" rel="noopener">'
            f"{escaped(row['title_html'])}</a>\n"
            f'      <span class="score {escaped(row["direction"])}" title="{title}">'
            f"{escaped(row['score_text'])}</span>\n"
            "    </li>\n    "
        )
    return mark_safe("".join(items))
