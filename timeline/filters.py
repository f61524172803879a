"""The timeline's filters: one form reads them from the query string for every
view that lists events (the page, its htmx partials, the downloads, the embeds)."""

import datetime
import re
from collections.abc import Iterator
from typing import Any

from django import forms
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection
from django.db.models import Q, QuerySet
from django.forms.models import ModelChoiceIterator
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .models import Actor, Event, Evidence, Theater
from .widgets import ISO_DATE, IsoDateInput

LEADING_MARKS = re.compile(r"^\W+")
# Addresses carry ISO dates only, so a shared link means the same day everywhere.
ISO_DATE_ERROR = _("Enter a valid date as YYYY-MM-DD, such as 2017-04-07.")
# The dates a filter may name: the chart computes with pandas, whose timestamps end in 1677 and 2262,
# so a farther date would be a server error rather than an empty view.
EARLIEST_FILTER_DATE = datetime.date(1700, 1, 1)
LATEST_FILTER_DATE = datetime.date(2199, 12, 31)
DATE_OUT_OF_RANGE = _("Enter a date between 1700-01-01 and 2199-12-31.")
FILTER_DATE_LIMITS = [
    MinValueValidator(EARLIEST_FILTER_DATE, message=DATE_OUT_OF_RANGE),
    MaxValueValidator(LATEST_FILTER_DATE, message=DATE_OUT_OF_RANGE),
]


class DirectionChoices:
    ESCALATION = "escalation"
    THAW = "thaw"
    choices = [("", _("Both")), (ESCALATION, _("Escalations (score below 0)")), (THAW, _("Thaws (score above 0)"))]


class ChoicesReadAtOnce(ModelChoiceIterator):
    """The choices read by one plain query each time they are listed, as (value, name) rows, in the
    alphabetical order of the names the reader sees.

    Django's iterator reads them with .iterator(), which on PostgreSQL opens a server-side cursor:
    three round trips for a hundred actors. It also makes a model instance of each row, to take its
    value and str() of it; the name, which is what str() gives of an actor or a theater, comes from
    modeltranslation's values_list in the reader's language or its fallback, alike, at a fifth of the
    cost for the filter menus' hundred actors. The database orders by the English name whatever the
    language, and each database by its own collation, so the rows are sorted here."""

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        rows = self.listed().order_by().values_list(self.field.to_field_name or "pk", "name")
        yield from sorted(rows, key=lambda row: alphabetical(row[1]))

    def listed(self) -> QuerySet[Any]:
        return self.queryset


class ActorsOfPublishedEvents(ChoicesReadAtOnce):
    """The actors' menu lists those who take part in a published event: the shipped vocabulary names some three
    hundred actors for the assistant to read, most of whom no published event involves. Any actor may still be
    asked for by its number in the address (a shared link to someone whose events were unpublished finds none)."""

    def listed(self) -> QuerySet[Any]:
        involved = Event.actors.through.objects.filter(event__status=Event.Status.PUBLISHED).values("actor")
        return self.queryset.filter(pk__in=involved)


def alphabetical(name: str) -> str:
    """A name's place in a menu: quotation marks and case aside («Газпром» under Г), and Russian "ё"
    where "е" is (as dictionaries file it)."""
    return LEADING_MARKS.sub("", name).casefold().replace("ё", "е")


class ActorChoiceField(forms.ModelMultipleChoiceField):
    """Actors by id. Each id is read by Django's IntegerField first, so "²", "1e3" or an id
    no database integer can hold is a form error naming the value, never a server error."""

    id_field = forms.IntegerField(min_value=1, max_value=2**63 - 1)
    iterator = ActorsOfPublishedEvents

    def clean(self, value: Any) -> QuerySet[Actor]:
        ids = []
        for pk in value or []:
            if pk == "":
                continue
            try:
                ids.append(self.id_field.clean(pk))
            except forms.ValidationError:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                ) from None
        return super().clean(ids)


class SlugChoiceField(forms.ModelMultipleChoiceField):
    """Rows by slug; a value that cannot be a slug is refused before it reaches the database
    (PostgreSQL cannot even compare a text holding a NUL character)."""

    slug_field = forms.SlugField(allow_unicode=False)
    iterator = ChoicesReadAtOnce

    def clean(self, value: Any) -> QuerySet[Any]:
        for slug in value or []:
            if slug == "":
                continue
            try:
                self.slug_field.clean(slug)
            except forms.ValidationError:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": slug}
                ) from None
        return super().clean(value)


class EventFilterForm(forms.Form):
    date_from = forms.DateField(
        required=False,
        label=_("From"),
        widget=IsoDateInput(),
        input_formats=[ISO_DATE],
        validators=FILTER_DATE_LIMITS,
        error_messages={"invalid": ISO_DATE_ERROR},
    )
    date_to = forms.DateField(
        required=False,
        label=_("To"),
        widget=IsoDateInput(),
        input_formats=[ISO_DATE],
        validators=FILTER_DATE_LIMITS,
        error_messages={"invalid": ISO_DATE_ERROR},
    )
    actor = ActorChoiceField(
        queryset=Actor.objects.all(),
        required=False,
        label=_("Actors"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_pk_value": _("“%(pk)s” is not an actor’s number (a whole number in digits)."),
            "invalid_choice": _("There is no actor number %(value)s."),
        },
    )
    side = forms.MultipleChoiceField(
        choices=Actor.Side.choices, required=False, label=_("Side"), widget=forms.CheckboxSelectMultiple
    )
    category = forms.MultipleChoiceField(
        choices=Event.Category.choices, required=False, label=_("Category"), widget=forms.CheckboxSelectMultiple
    )
    theater = SlugChoiceField(
        queryset=Theater.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Theater"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("There is no theater “%(value)s”.")},
    )
    direction = forms.ChoiceField(choices=DirectionChoices.choices, required=False, label=_("Direction"))
    q = forms.CharField(
        required=False,
        max_length=200,
        label=_("Search"),
        widget=forms.SearchInput(attrs={"placeholder": _("Words in titles, summaries, quotes")}),
    )
    # Who acted (the event's source actor, CAMEO's Actor1): "escalations initiated by Russia".
    initiator = forms.MultipleChoiceField(
        choices=Actor.Side.choices,
        required=False,
        label=_("Initiated by"),
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or self.cleaned_data
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            # Shown next to To, the second of the two dates the reader set.
            self.add_error("date_to", _("The start date (From) must be on or before the end date (To)."))
        return cleaned

    def error_summary(self) -> list[str]:
        return errors_as_sentences(self)

    def filter(self, events: QuerySet[Event]) -> QuerySet[Event]:
        data = self.cleaned_data
        if data.get("date_from") or data.get("date_to"):
            events = events.filter(overlapping(data.get("date_from"), data.get("date_to")))
        if data.get("category"):
            events = events.filter(category__in=data["category"])
        if data.get("theater"):
            events = events.filter(theater__in=data["theater"])
        if data.get("actor"):
            events = events.filter(pk__in=Event.actors.through.objects.filter(actor__in=data["actor"]).values("event"))
        if data.get("side"):
            events = events.filter(
                pk__in=Event.actors.through.objects.filter(actor__side__in=data["side"]).values("event")
            )
        if data.get("direction") == DirectionChoices.ESCALATION:
            events = events.filter(score__lt=0)
        elif data.get("direction") == DirectionChoices.THAW:
            events = events.filter(score__gt=0)
        if data.get("q"):
            events = text_search(events, data["q"])
        if data.get("initiator"):
            events = initiated_by(events, data["initiator"])
        return events

    def is_filtered(self) -> bool:
        query = QueryDict(mutable=True)
        query.update(self.data)
        return any(value for name in self.fields for value in query.getlist(name))


def errors_as_sentences(form: forms.Form) -> list[str]:
    """A form's errors as sentences naming the parameter, for a 400 page or a JSON answer."""
    messages = []
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else None
        for error in errors:
            messages.append(f"{label or field} ({field}): {error}" if field != "__all__" else str(error))
    return messages


def overlapping(date_from: datetime.date | None, date_to: datetime.date | None) -> Q:
    """Events that start within the dates, or start before them and last into them.

    Written as ranges of `date` rather than `(end_date >= from OR date >= from) AND
    date <= to`, which means the same (an event never ends before it starts): the
    database then estimates each branch from its index on dates and reads the few
    rows through it, instead of expecting a quarter of the table.
    """
    starts_within = Q(date__gte=date_from) if date_from else Q()
    if date_to:
        starts_within &= Q(date__lte=date_to)
    if not date_from:
        return starts_within
    return starts_within | Q(date__lt=date_from, end_date__gte=date_from)


def initiated_by(events: QuerySet[Event], sides: list[str]) -> QuerySet[Event]:
    """Events whose source actor (who acted) is on one of the sides."""
    return events.filter(source_actor__side__in=sides)


def text_search(events: QuerySet[Event], text: str) -> QuerySet[Event]:
    """Events whose title, summary or any quote matches `text`, in English or in Russian, whatever the
    page's language (a reader may search either language's words).

    PostgreSQL uses its full-text search, stemmed in each language ("sanction" finds
    "sanctions", «санкция» finds «санкции»); other databases need every word as a substring,
    case-insensitive (SQLite folds only ASCII letters, so a Russian word is also tried
    in lower case and capitalised).
    """
    if connection.vendor == "postgresql":
        return full_text_search(events, text)
    for word in search_terms(text):
        spellings = {word, word.lower(), word.capitalize()}
        in_quotes = Q()
        in_texts = Q()
        for spelling in spellings:
            in_quotes |= Q(quote__icontains=spelling)
            for column in SEARCHED_COLUMNS:
                in_texts |= Q(**{f"{column}__icontains": spelling})
        events = events.filter(in_texts | Q(pk__in=Evidence.objects.filter(in_quotes).values("event")))
    return events


QUOTE_MARKS = str.maketrans(dict.fromkeys("“”„«»", '"'))


def search_terms(text: str) -> list[str]:
    """The words of a search, and its phrases in quote marks (straight, curly or «») each as one term, as
    PostgreSQL's web search reads them: `"at zero"` is that phrase, not the words `"at` and `zero"`."""
    phrases_and_words = re.findall(r'"([^"]*)"|([^\s"]+)', text.translate(QUOTE_MARKS))
    return [" ".join(phrase.split()) or word for phrase, word in phrases_and_words if phrase.strip() or word]


SEARCHED_COLUMNS = ["title_en", "summary_en", "title_ru", "summary_ru"]
# The language of each column pair and its stemming; the GIN indexes of migrations 0016 and 0023
# are built from these very expressions, so the planner uses them.
FULL_TEXT_CONFIGS = {"en": "english", "ru": "russian"}


def full_text_search(events: QuerySet[Event], text: str) -> QuerySet[Event]:
    """Events whose title and summary in either language, or one of whose quotes, match: each a subquery
    a GIN index answers, so no event is read to test it."""
    matches = Q()
    for language, config in FULL_TEXT_CONFIGS.items():
        query = SearchQuery(text, config=config, search_type="websearch")
        in_texts = (
            Event.objects.annotate(document=SearchVector(f"title_{language}", f"summary_{language}", config=config))
            .filter(document=query)
            .values("pk")
        )
        in_quotes = (
            Evidence.objects.annotate(document=SearchVector("quote", config=config))
            .filter(document=query)
            .values("event")
        )
        matches |= Q(pk__in=in_texts) | Q(pk__in=in_quotes)
    return events.filter(matches)
