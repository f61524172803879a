"""The content's two languages: which one a reader gets, and what is shown when a text is missing in it.

Events (title, headline label, summary), eras (title, description), theaters and
actors (names) have a column per language, side by side on their tables
(django-modeltranslation, registered in timeline/translation.py: `title_en`,
`title_ru`...). A reader gets the text in the page's language; where it is
missing, the other language's text, marked: the element holding it carries
its `lang` and a small badge says "in Russian" («на английском» on a Russian
page), so a screen reader pronounces it right and a reader knows why.

Code that reads many rows (frames, downloads, search, ordering) names the
columns itself (`title_en`, `title_ru`), so nothing depends on which language
was active when a query was built; one object on a page reads `event.title`,
modeltranslation's text in the active language with the other as fallback.
The timeline's order (date, then English title) is the same in both
languages, so "Event 3 of 16" and a page of the list mean the same to both.
"""

import re
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Case, CharField, Q, Value, When
from django.db.models.expressions import Expression
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import pgettext

LANGUAGES: tuple[str, ...] = tuple(settings.MODELTRANSLATION_LANGUAGES)
DEFAULT: str = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# A text shown in another language than the reader's: its language, the text and the badge, each escaped.
FALLBACK_HTML = '<span lang="{}">{}</span> <span class="language-badge">{}</span>'
# «2017 г.», «1991–1993 гг.» as editors type them, with a plain space the line may break at.
RUSSIAN_YEAR_MARK = re.compile(r"(\d) (гг?\.)")


def reader_language(language: str | None = None) -> str:
    """The content language for `language` (default: the active one): "ru" for ru or ru-RU, else English."""
    code = (language or translation.get_language() or DEFAULT).lower()
    base = code.split("-")[0]
    return base if base in LANGUAGES else DEFAULT


def other_language(language: str) -> str:
    return next(other for other in LANGUAGES if other != language)


def column(field: str, language: str) -> str:
    """The column of a translated field in a language: column("title", "ru") is "title_ru"."""
    return f"{field}_{language}"


def badge_text(language: str) -> str:
    """What the badge beside a text in `language` says, in the reader's language: "in English"."""
    names = {
        "en": pgettext("a text shown in another language than the page's", "in English"),
        "ru": pgettext("a text shown in another language than the page's", "in Russian"),
    }
    return names[language]


@dataclass(frozen=True)
class Shown:
    """A text as a reader gets it: in `language`, which is not theirs when `is_fallback`."""

    text: str
    language: str
    is_fallback: bool

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    def as_html(self) -> SafeString:
        """The text escaped, Russian's year marks kept on their year's line; a fallback inside an element with its
        `lang`, followed by the badge."""
        text = RUSSIAN_YEAR_MARK.sub("\\1\u00a0\\2", self.text) if self.language == "ru" else self.text
        if not self.is_fallback:
            return format_html("{}", text)
        return format_html(FALLBACK_HTML, self.language, text, badge_text(self.language))

    def as_text(self) -> str:
        """The text with the badge in brackets, for plain text (hover labels, SVG titles): "Title (in English)"."""
        if not self.is_fallback:
            return self.text
        return f"{self.text} ({badge_text(self.language)})"


def shown(values: dict[str, Any] | Any, field: str, language: str | None = None) -> Shown:
    """`field` of an object or a row for a reader of `language` (default: the active one): their language's
    text, else the other's, marked as a fallback; empty if neither has one.

    An object or row has the field in each language (`title_en`, `title_ru`), or, as a row of
    analysis.events_frame, the text already chosen and its language (`title`, `title_language`).
    """
    reader = reader_language(language)
    get = values.get if isinstance(values, dict) else lambda name: getattr(values, name, None)
    chosen_language = get(f"{field}_language")
    if chosen_language:
        return Shown(get(field) or "", chosen_language, chosen_language != reader)
    for candidate in (reader, other_language(reader)):
        text = get(column(field, candidate))
        if text:
            return Shown(text, candidate, candidate != reader)
    return Shown("", reader, False)


def translation_language(quote_language: str, language: str | None = None) -> str | None:
    """The language an editor's translation of a quote in `quote_language` is shown in to a reader of
    `language` (default: the active one): theirs, when the quote is in the other; None when they read the quote's."""
    reader = reader_language(language)
    return reader if reader_language(quote_language) != reader else None


def has_text(field: str, language: str) -> Q:
    """Rows whose `field` has a text in `language` (neither NULL nor empty)."""
    name = column(field, language)
    return Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})


def shown_expression(field: str, language: str) -> Expression:
    """SQL for `field` as a reader of `language` gets it: their language's text, else the other's."""
    other = other_language(language)
    return Coalesce(NullIf(column(field, language), Value("")), column(field, other), output_field=CharField())


def shown_language_expression(field: str, language: str) -> Expression:
    """SQL for the language `shown_expression` gives the text in."""
    return Case(
        When(has_text(field, language), then=Value(language)),
        default=Value(other_language(language)),
        output_field=CharField(),
    )


def shown_label_expression(language: str) -> Expression:
    """The headline label in the language the title is shown in: the reader's label, or none when the reader's
    title is there (the chart then shortens the title), else the other language's label."""
    return Case(
        When(has_text("label", language), then=column("label", language)),
        When(has_text("title", language), then=Value("")),
        default=Coalesce(column("label", other_language(language)), Value("")),
        output_field=CharField(),
    )
