"""Forms of the assistant's admin pages: reviewing a candidate, adding an article from its text."""

import datetime
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect, RelatedFieldWidgetWrapper
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Field, ManyToOneRel, Model, QuerySet
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .. import importers
from ..admin_input import KeysCheckedMultipleChoiceField
from ..forms import without_maxlength
from ..models import LONG_TEXT_LIMIT, Actor, Event, Evidence, Source, Theater
from ..widgets import IsoDateInput
from .candidates import Candidate
from .decisions import EventFields
from .sentences import Sentence

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise

ACCEPT, MERGE, REJECT = "accept", "merge", "reject"
MERGE_WINDOW = datetime.timedelta(days=60)
# An article, pasted or uploaded, is at most this big (a long feature is ~100 KB); the
# request as a whole is held to settings.DATA_UPLOAD_MAX_MEMORY_SIZE, a little more.
MAX_UPLOAD_BYTES = MAX_ARTICLE_BYTES = 2 * 1024 * 1024
# The admin shows a stored source's text, never replaces it: quotes are checked against it.
ADMIN_UPDATE_ADVICE = _(
    "If this is the same article, corrected: a stored source's text is not replaced here; an administrator can "
    "replace it with manage.py import_article --update, which keeps the earlier version in its history."
)
# The admin's look for text and date fields; dates as YYYY-MM-DD, like every date input of the site.
TEXT_INPUT = forms.TextInput(attrs={"class": "vTextField"})
TITLE_INPUT = forms.TextInput(attrs={"class": "vLargeTextField"})  # as wide as the summary: titles run to 300
DATE_INPUT = IsoDateInput(attrs={"class": "vDateField"})


def label_of(model: type[Model], field_name: str) -> "_StrOrPromise":
    """The model field's own verbose name as a form label ("Title", «Заголовок»), translated when shown."""
    # A field of the model itself, never a reverse relation (which has no verbose name).
    field = cast("Field[Any, Any]", model._meta.get_field(field_name))
    return capfirst(field.verbose_name)


class ActorAutocomplete(AutocompleteSelect):
    """The admin's autocomplete for an actor, as the event's own admin page has it: the editor types a few letters
    of a name, alias or demonym and picks from what the admin finds. The page sends only the chosen actor, named from
    the choices the page read once (Django's widget asks the database for it, a query a form)."""

    def optgroups(
        self, name: str, value: Sequence[str], attr: dict[str, Any] | None = None
    ) -> list[tuple[str | None, list[dict[str, Any]], int | None]]:
        labels = {str(key): label for key, label in self.choices if key != ""}
        chosen = [key for key in map(str, value) if key in labels][:1]
        options = [] if self.is_required else [self.create_option(name, "", "", False, 0)]
        options += [self.create_option(name, key, labels[key], True, len(options)) for key in chosen]
        return [(None, options, 0)]


def actor_select(field_name: str, can_add: bool) -> RelatedFieldWidgetWrapper:
    """A choice of actor with the admin's "+" that adds a missing actor in a pop-up, without leaving the page."""
    field = Event._meta.get_field(field_name)
    relation = cast(ManyToOneRel, field.remote_field)
    return RelatedFieldWidgetWrapper(
        ActorAutocomplete(field, admin.site),
        relation,
        admin.site,
        can_add_related=can_add,
        can_change_related=False,
        can_view_related=False,
    )


class CandidateForm(forms.Form):
    """The fields of the event a candidate would become, filled in with the assistant's proposal."""

    title = forms.CharField(label=label_of(Event, "title"), max_length=300, widget=TITLE_INPUT)
    label = forms.CharField(
        label=_("Headline label"),
        max_length=40,
        required=False,
        widget=TEXT_INPUT,
        help_text=_("The chart's label for the event, at most 40 characters."),
    )
    source_actor = forms.ModelChoiceField(
        label=_("Who acted"), queryset=Actor.objects.all(), required=False, help_text=_("CAMEO's Actor1.")
    )
    target_actor = forms.ModelChoiceField(
        label=_("Acted upon"), queryset=Actor.objects.all(), required=False, help_text=_("CAMEO's Actor2.")
    )
    summary = forms.CharField(
        label=label_of(Event, "summary"),
        widget=forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
        required=False,
        validators=[LONG_TEXT_LIMIT],
    )
    date = forms.DateField(label=label_of(Event, "date"), widget=DATE_INPUT)
    date_precision = forms.ChoiceField(label=label_of(Event, "date_precision"), choices=Event.Precision.choices)
    category = forms.ChoiceField(label=label_of(Event, "category"), choices=Event.Category.choices)
    theater = forms.ModelChoiceField(label=label_of(Event, "theater"), queryset=Theater.objects.all(), required=False)
    score = forms.DecimalField(
        label=label_of(Event, "score"),
        max_digits=3,
        decimal_places=1,
        validators=[MinValueValidator(-10), MaxValueValidator(10)],
    )
    actors = KeysCheckedMultipleChoiceField(
        label=label_of(Event, "actors"),
        queryset=Actor.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    quotes = forms.MultipleChoiceField(
        label=_("Quotes"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The sentences kept as evidence, verbatim."),
    )
    further_reports = forms.MultipleChoiceField(
        label=_("Same happening, reported again"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Other sentences of the article that report this happening: attached as further evidence."),
    )
    speaker = forms.CharField(label=label_of(Evidence, "speaker"), max_length=200, required=False, widget=TEXT_INPUT)
    merge_into = forms.ModelChoiceField(
        label=_("Same happening as"),
        queryset=Event.objects.none(),
        required=False,
        help_text=_("For “Merge”: the event on the timeline this candidate reports again."),
    )

    def __init__(
        self,
        candidate: Candidate,
        *args: Any,
        action: str | None = None,
        can_add_actors: bool = False,
        choices: "PageChoices | None" = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("prefix", f"candidate-{candidate.number}")
        kwargs.setdefault("initial", initial_values(candidate))
        super().__init__(*args, **kwargs)
        self.candidate, self.action = candidate, action
        without_maxlength(self)
        for name in ("source_actor", "target_actor"):
            field = cast(forms.ModelChoiceField, self.fields[name])
            field.widget = actor_select(name, can_add_actors)
            field.widget.choices = field.choices  # a widget set after the field was made has no choices yet
        cast(forms.ModelMultipleChoiceField, self.fields["actors"]).queryset = Actor.objects.filter(
            pk__in=[actor.pk for actor in candidate.actors]
        )
        cast(forms.MultipleChoiceField, self.fields["quotes"]).choices = [
            (str(index), sentence.text) for index, sentence in enumerate(candidate.sentences)
        ]
        cast(forms.MultipleChoiceField, self.fields["further_reports"]).choices = [
            (str(index), sentence.text) for index, sentence in enumerate(candidate.further_sentences)
        ]
        if not candidate.further_sentences:
            del self.fields["further_reports"]
        cast(forms.ModelChoiceField, self.fields["merge_into"]).queryset = events_around(candidate.date.date)
        if choices is not None:
            self.list_from(choices)

    def list_from(self, choices: "PageChoices") -> None:
        """The page's lists in place of a query a field: the querysets stay, and check what is sent."""
        fields = cast(dict[str, forms.ModelChoiceField], self.fields)
        fields["source_actor"].choices = fields["target_actor"].choices = choices.actors
        fields["theater"].choices = choices.theaters
        named = fields["actors"]
        named.choices = [(actor.pk, named.label_from_instance(actor)) for actor in self.candidate.actors]
        merge = fields["merge_into"]
        day = self.candidate.date.date
        near = [event for event in choices.events if abs(event.date - day) <= MERGE_WINDOW]
        merge.choices = [("", merge.empty_label), *((event.pk, merge.label_from_instance(event)) for event in near)]

    @staticmethod
    def actor_media() -> forms.Media:
        """The admin's scripts for the actors' autocomplete and the "+" pop-up that adds an actor."""
        return actor_select("source_actor", True).media

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.action == ACCEPT and not cleaned.get("theater"):
            self.add_error("theater", _("Choose where the happening plays out."))
        if self.action == MERGE and not cleaned.get("merge_into"):
            self.add_error("merge_into", _("Choose the event this candidate reports again."))
        return cleaned

    def selected_sentences(self) -> list[Sentence]:
        own = [self.candidate.sentences[int(index)] for index in self.cleaned_data["quotes"]]
        further = self.candidate.further_sentences
        return own + [further[int(index)] for index in self.cleaned_data.get("further_reports", [])]

    def event_fields(self) -> EventFields:
        names = [
            "title",
            "label",
            "summary",
            "date",
            "date_precision",
            "category",
            "theater",
            "score",
            "source_actor",
            "target_actor",
        ]
        return cast(EventFields, {name: self.cleaned_data[name] for name in names})

    def chosen_actors(self) -> list[Actor]:
        """The actors ticked, and the roles' actors, which an event also names."""
        roles = [self.cleaned_data.get(name) for name in ("source_actor", "target_actor")]
        return list(dict.fromkeys([*self.cleaned_data["actors"], *(actor for actor in roles if actor)]))


class LookForm(CandidateForm):
    """The event a sentence worth a look would become: its quote, the story's date and the actors it names; the
    category and score are the editor's to choose (the detector guesses neither)."""

    def __init__(self, look: Candidate, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", f"look-{look.number}")
        kwargs.setdefault("initial", {**initial_values(look), "category": "", "score": None})
        super().__init__(look, *args, **kwargs)
        category = cast(forms.ChoiceField, self.fields["category"])
        category.choices = [("", "---------"), *Event.Category.choices]


def initial_values(candidate: Candidate) -> dict[str, object]:
    return {
        "title": candidate.title,
        "label": candidate.label,
        "source_actor": candidate.source_actor,
        "target_actor": candidate.target_actor,
        "date": candidate.date.date,
        "date_precision": candidate.date.precision,
        "category": candidate.category,
        "theater": candidate.theater,
        "score": candidate.score,
        "actors": [actor.pk for actor in candidate.actors],
        "quotes": [str(index) for index in range(len(candidate.sentences))],
        "further_reports": [str(index) for index in range(len(candidate.further_sentences))],
        "speaker": candidate.speaker.name if candidate.speaker else "",
        "merge_into": candidate.merge_into,
    }


def events_around(date: datetime.date) -> QuerySet[Event]:
    return events_between(date - MERGE_WINDOW, date + MERGE_WINDOW)


def events_between(first: datetime.date, last: datetime.date) -> QuerySet[Event]:
    return Event.objects.filter(date__range=(first, last), is_synthetic=False).order_by("date", "title")


@dataclass(frozen=True)
class PageChoices:
    """What the forms on a page of suggestions list, read once for the page rather than once a form: every actor,
    every theater and the events the page's candidates may be merged into."""

    actors: list[Any]
    theaters: list[Any]
    events: list[Event]

    @classmethod
    def read(cls, candidates: Sequence[Candidate]) -> "PageChoices":
        days = [candidate.date.date for candidate in candidates]
        events = list(events_between(min(days) - MERGE_WINDOW, max(days) + MERGE_WINDOW)) if days else []
        fields = CandidateForm.base_fields
        return cls(listed(fields["source_actor"]), listed(fields["theater"]), events)


def listed(field: forms.Field) -> list[Any]:
    """A model choice field's choices, its empty one first, read from the database now."""
    model_field = cast(forms.ModelChoiceField, field)
    return list(model_field.iterator(model_field))


def megabytes(size: int) -> str:
    return _("%(size).1f MB") % {"size": size / (1024 * 1024)}


class UploadedText:
    """Text received in the admin, read by the importer as it reads a file.

    Line breaks are stored as \n: browsers send a textarea's as \r\n, and the
    text goes through a textarea between the preview and the save.
    """

    def __init__(self, name: str, data: bytes) -> None:
        self.name, self.data = name, data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")

    def read_bytes(self) -> bytes:
        return self.data

    def __str__(self) -> str:
        return self.name


class ArticleTextForm(forms.Form):
    """An article pasted or uploaded as a .txt file, with the facts its text does not carry."""

    outlet = forms.CharField(label=label_of(Source, "outlet"), max_length=200, widget=TEXT_INPUT)
    published = forms.DateField(label=label_of(Source, "published"), widget=DATE_INPUT)
    url = forms.URLField(
        label=label_of(Source, "url"),
        max_length=1000,
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"class": "vURLField"}),
    )
    author = forms.CharField(label=label_of(Source, "author"), max_length=200, required=False)
    language = forms.CharField(
        label=label_of(Source, "language"),
        max_length=12,
        required=False,
        help_text=_(
            "An IETF language tag, such as en or ru. Leave it blank to tell it from the text: Russian when most "
            "of its letters are Cyrillic, else English."
        ),
    )
    text = forms.CharField(
        label=_("Article text"),
        # static/js/article-size.js reads these and refuses to send a longer text, saying why.
        widget=forms.Textarea(
            attrs={
                "rows": 16,
                "class": "vLargeTextField",
                "data-max-bytes": MAX_ARTICLE_BYTES,
                "data-too-large": _(
                    "This text is %(size)s; an article can be at most %(limit)s. Paste the article alone, "
                    "without the rest of the page, or split it. Nothing was sent."
                ),
            }
        ),
        required=False,
        strip=False,
        help_text=_("The article as received, headline on the first line. Or upload it as a file below."),
    )
    file = forms.FileField(
        label=_("Or a .txt file"), required=False, help_text=_("UTF-8 text, headline on the first line.")
    )
    previewed = forms.CharField(widget=forms.HiddenInput, required=False)
    prepared: importers.PreparedArticle  # the article as it would be saved, once the form is valid

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        size = len(text.encode())
        if size > MAX_ARTICLE_BYTES:
            raise ValidationError(
                _("This text is %(size)s; an article can be at most %(limit)s. Paste the article alone, or split it."),
                params={"size": megabytes(size), "limit": megabytes(MAX_ARTICLE_BYTES)},
                code="too_large",
            )
        return text

    def clean_file(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if PurePath(upload.name).suffix.lower() != ".txt":
            raise ValidationError(_("Upload a plain text file ending in .txt."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is %(size)s, larger than the %(limit)s an article can be; is it an article?"),
                params={"size": megabytes(upload.size), "limit": megabytes(MAX_UPLOAD_BYTES)},
                code="too_large",
            )
        return upload

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        text, upload = cleaned.get("text"), cleaned.get("file")
        if bool(text and text.strip()) == bool(upload):
            raise ValidationError(_("Paste the article's text or upload its file, one of the two."))
        received = (
            UploadedText(upload.name, upload.read())
            if upload
            else UploadedText(str(_("The pasted text")), (text or "").encode())
        )
        article = importers.ArticleFile(
            path=received,  # type: ignore[arg-type]  # read like a file: read_bytes() and str()
            outlet=cleaned["outlet"],
            published=cleaned["published"],
            url=cleaned.get("url", ""),
            author=cleaned.get("author", ""),
            language=cleaned.get("language", ""),
        )
        try:
            (self.prepared,) = importers.prepare_articles([article], update_advice=ADMIN_UPDATE_ADVICE)
        except importers.ArticleImportError as error:
            raise ValidationError(error.messages) from error
        if self.prepared.action == importers.UNCHANGED:
            stored = self.prepared.source
            raise ValidationError(
                _("This article is already stored with this text: %(source)s (source #%(number)s)."),
                params={"source": stored, "number": stored.pk},
                code="unchanged",
            )
        return cleaned

    def fingerprint(self) -> str:
        """What the editor saw in the preview; saving anything else needs a new preview."""
        source = self.prepared.source
        parts = [source.outlet, str(source.published), source.url, source.author, source.language, source.raw_text]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def was_previewed(self) -> bool:
        return self.cleaned_data.get("previewed") == self.fingerprint()
