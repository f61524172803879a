"""The texts kept in English and Russian (django-modeltranslation reads this module when the apps load).

Each registered field gets a column per language (`title_en`, `title_ru`); the
field itself (`event.title`) reads the active language's, with the other as
fallback, and its own column keeps the English text, else the Russian
(timeline.models.TranslatedTexts). See timeline/bilingual.py for how pages use them.

History is registered here, after the translation columns exist, so that the
historical tables keep every language of every version (django-simple-history's
documented way with modeltranslation).
"""

import copy

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
# Actors and theaters keep their versions so that a refused save can show what the other editor changed.
simple_history.register(Actor)
simple_history.register(Theater)


def history_not_unique(model) -> None:
    """The historical copies of a model's unique translated columns, not unique: a second version of the same actor
    repeats its name. django-simple-history makes a unique column's copy merely indexed, but a translated column
    describes itself by its original field (modeltranslation's TranslationField.deconstruct), which is unique."""
    for field in model.history.model._meta.fields:
        original = getattr(field, "translated_field", None)
        if original is not None and original.unique:
            field.translated_field = copy.copy(original)
            field.translated_field._unique = False
            field.translated_field.db_index = True


history_not_unique(Actor)
history_not_unique(Theater)
