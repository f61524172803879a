"""An event's slug made from its title, in either language."""

from django.utils.text import slugify

from .models import Event

SLUG_LENGTH = 100

# Cyrillic letters in Latin ones, as the admin's own slug pre-filling (Django's admin/js/urlify.js) writes them:
# slugify alone drops them, and a Russian title left only its digits ("35") or nothing ("event-2") for an address.
RUSSIAN_IN_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdezijklmnoprstufhcye", strict=True)),
        **{"ё": "yo", "ж": "zh", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ь": "", "ю": "yu", "я": "ya"},
    }
)


def unique_slug(title: str) -> str:
    base = slugify(title.lower().translate(RUSSIAN_IN_LATIN))[:SLUG_LENGTH].strip("-") or "event"
    slug, number = base, 1
    while Event.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
