"""How the admin names a field's column in each language: "title (English)", "title (Russian)"."""

from django.utils.translation import pgettext


def localized_verbose_name(verbose_name: str, language: str) -> str:
    """django-modeltranslation calls this lazily, when a form or a message shows the name."""
    names = {
        "en": pgettext("a field's language, after its name: title (English)", "English"),
        "ru": pgettext("a field's language, after its name: title (English)", "Russian"),
    }
    return f"{verbose_name} ({names.get(language, language)})"
