"""The texts kept in English and Russian (django-modeltranslation reads this module when the apps load).

Each registered field gets a column per language (`title_en`, `title_ru`); the
field itself (`event.title`) reads the active language's, with the other as
fallback, and its own column keeps the English text, else the Russian
(timeline.models.TranslatedTexts). See timeline/bilingual.py for how pages use them.

History is registered here, after the translation columns exist, so that the
historical tables keep every language of every version (django-simple-history's
documented way with modeltranslation).
"""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from .eras.models import Era
from .models import Actor, Event, Theater


@register(Event)
class EventTexts(TranslationOptions):
    fields = ("title", "label", "summary", "editor_notes")


@register(Era)
class EraTexts(TranslationOptions):
    fields = ("title", "description")


@register(Theater)
class TheaterTexts(TranslationOptions):
    fields = ("name",)
    # Names are unique in each language; a name not yet translated is NULL, which unique lets repeat.
    empty_values = {"name": None}


@register(Actor)
class ActorTexts(TranslationOptions):
    fields = ("name",)
    empty_values = {"name": None}


simple_history.register(Event, m2m_fields=["actors"])
simple_history.register(Era)
