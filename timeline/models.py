"""The data of record: sources, actors, theaters, events and the evidence behind them."""

from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.manager import MultilingualManager
from simple_history.models import HistoricalRecords

from . import dates, quotes
from .localised import quoted

# Limits of the texts editors type or paste. Validators rather than max_length: max_length
# would also put a maxlength on the textarea, and browsers cut a longer paste silently.
LONG_TEXT_LIMIT = MaxLengthValidator(5_000)
SHORT_TEXT_LIMIT = MaxLengthValidator(2_000)
QUOTE_HELP = _(
    "Copied verbatim from the source: every word and punctuation mark as the source writes it. Only white space, "
    "the style of quotation marks and apostrophes, and «ё» written as «е» may differ."
)


# How much of a quote names its evidence in the admin (an inline's heading, the list of what a deletion removes).
NAMED_QUOTE_CHARACTERS = 80


def named_quote(quote, outlet):
    """“The quote's opening…” (Outlet), in the language's quotation marks: on one line, cut after a whole word, and
    marked as cut."""
    quote = " ".join(quote.split())
    if len(quote) > NAMED_QUOTE_CHARACTERS:
        quote = quote[: NAMED_QUOTE_CHARACTERS + 1].rsplit(maxsplit=1)[0] + "…"
    return f"{quoted(quote)} ({outlet})"


class TranslatedTexts(models.Model):
    """A model with texts in English and Russian (registered in timeline/translation.py).

    Saving fills each translated field's own column (`title`, beside `title_en`
    and `title_ru`) with its English text, else its Russian one, whatever the
    language of the request: the column then means the same on every row, and
    the unique names of actors and theaters stay unique in English.

    Each model names modeltranslation's manager itself (`objects`): modeltranslation
    would otherwise swap in a class made at run time, which the type checker
    cannot see (typeddjango/django-stubs#1023). Its columns per language are
    declared for the type checker too; modeltranslation adds the fields.
    """

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            super().save(*args, **kwargs)


class StaleVersionError(Exception):
    """A save based on a version of the object older than the stored one."""

    def __init__(self, stored_object, stored_version):
        self.stored_version = stored_version
        super().__init__(
            gettext(
                "“%(object)s” was saved by someone else (version %(stored)s) after version %(started)s, "
                "which this save started from."
            )
            % {"object": stored_object, "stored": stored_version, "started": stored_object.expected_version}
        )


class Versioned(models.Model):
    """A model editors edit in the admin: every save raises its version, and a save based on an older version
    than the stored one is refused (optimistic locking; timeline.forms.VersionCheckedForm tells the editor)."""

    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        editable=False,
        help_text=_("Raised by every save; a save based on an older version is refused."),
    )

    class Meta:
        abstract = True

    # The version an editor's form started from; when set, a save refuses to
    # overwrite a newer stored version.
    expected_version = None

    def save(self, *args, **kwargs):
        if self._state.adding:
            return super().save(*args, **kwargs)
        with transaction.atomic():
            stored = type(self)._base_manager.select_for_update().values_list("version", flat=True).get(pk=self.pk)
            if self.expected_version is not None and stored != self.expected_version:
                raise StaleVersionError(self, stored)
            self.version = stored + 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
            super().save(*args, **kwargs)
            self.expected_version = None


class Source(Versioned):
    outlet = models.CharField(_("outlet"), max_length=200)
    headline = models.CharField(_("headline"), max_length=500)
    url = models.URLField(_("URL"), max_length=1000, blank=True, help_text=_("The article's original address."))
    published = models.DateField(
        _("published"), help_text=_("The day the article was published; relative dates in it resolve against this.")
    )
    author = models.CharField(_("author"), max_length=200, blank=True)
    language = models.CharField(
        _("language"), max_length=12, default="en", help_text=_("An IETF language tag, such as en or ru.")
    )
    body = models.TextField(_("body"), help_text=_("The article as stored: the text quotes are checked against."))
    raw_text = models.TextField(
        _("raw text"), help_text=_("The text exactly as received, before page debris was removed.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-published", "outlet"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="unique_source_url_when_set",
                violation_error_message=_("Another source already has this URL."),
            ),
        ]

    def __str__(self):
        return gettext("%(outlet)s, “%(headline)s”, %(published)s") % {
            "outlet": self.outlet,
            "headline": self.headline,
            "published": dates.day_in_words(self.published),
        }

    def get_absolute_url(self):
        return reverse("timeline:source", args=[self.pk])

    def web_url(self):
        """The original address, only if it is a web address (never a javascript: or data: link)."""
        return self.url if self.url.lower().startswith(("https://", "http://")) else ""


class Actor(Versioned, TranslatedTexts):
    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        INSTITUTION = "institution", _("Institution")
        STATE = "state", _("State")

    class Side(models.TextChoices):
        UNITED_STATES = "us", _("United States")
        RUSSIA = "ru", _("Russia")
        OTHER = "other", pgettext_lazy("side", "Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    side = models.CharField(_("side"), max_length=5, choices=Side.choices)
    aliases = models.TextField(
        _("aliases"),
        blank=True,
        validators=[SHORT_TEXT_LIMIT],
        help_text=_("Other names the actor goes by in articles, one per line (e.g. “Kremlin”, “Moscow”)."),
    )
    short_name = models.CharField(
        _("short name"),
        max_length=60,
        blank=True,
        help_text=_("The name used in short titles and chart labels (e.g. “US”, “Putin”)."),
    )
    demonyms = models.TextField(
        _("demonyms"),
        blank=True,
        help_text=_(
            "Adjectives and nouns of nationality that stand for the actor, one per line, written as in "
            "articles (e.g. “Russian”, “Russians”). “Russian diplomats” then names Russia."
        ),
    )
    active_from = models.DateField(
        _("active from"),
        null=True,
        blank=True,
        help_text=_("For an office holder: when the term began. Tells apart actors sharing an alias."),
    )
    active_until = models.DateField(
        _("active until"), null=True, blank=True, help_text=_("For an office holder: when the term ended.")
    )
    name_en: str | None
    name_ru: str | None

    objects = MultilingualManager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")

    def __str__(self):
        return self.name

    def label_name(self):
        """The name for short titles and labels."""
        return self.short_name or self.name

    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]


class Theater(Versioned, TranslatedTexts):
    """Where a happening plays out: Syria, Ukraine, bilateral, space, elections..."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True, validators=[SHORT_TEXT_LIMIT])
    name_en: str | None
    name_ru: str | None

    objects = MultilingualManager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("theater")
        verbose_name_plural = _("theaters")

    def __str__(self):
        return self.name


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Event.Status.PUBLISHED)

    def without_evidence(self):
        return self.filter(evidence__isnull=True)


SCORE_HELP = _(
    "Goldstein conflict–cooperation scale, −10 to +10: negative is escalation, positive is thaw. "
    "Anchors: use of conventional military force −10, sanctions −8, expelling people −5, "
    "reducing diplomatic relations −4, disapproval −2, a statement 0, consulting +1, "
    "a visit +1.9, intent to cooperate +4, signing an agreement +8."
)


# A one-line reading of a score, by strength and sign (True: an escalation).
SCORE_READINGS = {
    ("strong", True): _("strong escalation"),
    ("plain", True): _("escalation"),
    ("mild", True): _("mild escalation"),
    ("strong", False): _("strong thaw"),
    ("plain", False): _("thaw"),
    ("mild", False): _("mild thaw"),
}


def score_reading(score):
    """A one-line reading of a Goldstein score: 'strong escalation' ... 'strong thaw'."""
    if score == 0:
        return gettext("neutral")
    magnitude = abs(score)
    strength = "strong" if magnitude >= 7 else "plain" if magnitude >= 3 else "mild"
    return str(SCORE_READINGS[(strength, score < 0)])


class Event(Versioned, TranslatedTexts):
    class Precision(models.TextChoices):
        DAY = dates.DAY, _("Day")
        WEEK = dates.WEEK, _("Week")
        MONTH = dates.MONTH, _("Month")
        YEAR = dates.YEAR, _("Year")
        APPROXIMATE = dates.APPROXIMATE, _("Approximate")

    class Category(models.TextChoices):
        MILITARY = "military", _("Military")
        DIPLOMATIC = "diplomatic", _("Diplomatic")
        SANCTIONS = "sanctions", _("Sanctions and economic")
        RHETORIC = "rhetoric", _("Statement and rhetoric")
        COOPERATION = "cooperation", _("Cooperation")
        DOMESTIC = "domestic", _("Domestic politics")
        OTHER = "other", pgettext_lazy("category", "Other")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=300)
    label = models.CharField(
        _("headline label"),
        max_length=40,
        blank=True,
        help_text=_("A short label for the chart, at most 40 characters (e.g. “Tomahawk strikes on Shayrat”)."),
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    summary = models.TextField(
        _("summary"),
        blank=True,
        validators=[LONG_TEXT_LIMIT],
        help_text=_("What happened, for readers. Notes on curation go below."),
    )
    editor_notes = models.TextField(
        _("editor notes"),
        blank=True,
        validators=[LONG_TEXT_LIMIT],
        help_text=_(
            "How the event was dated and other curation notes; shown on the event page under "
            "“How this was dated”, never in the summary."
        ),
    )
    date = models.DateField(
        _("date"),
        help_text=_(
            "For week precision the Monday of the week is stored, for month precision the 1st, "
            "for year precision 1 January."
        ),
    )
    date_precision = models.CharField(
        _("date precision"), max_length=12, choices=Precision.choices, default=Precision.DAY
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Only for happenings that span several days.")
    )
    category = models.CharField(_("category"), max_length=12, choices=Category.choices)
    theater = models.ForeignKey(Theater, on_delete=models.PROTECT, related_name="events", verbose_name=_("theater"))
    actors = models.ManyToManyField(Actor, related_name="events", blank=True, verbose_name=_("actors"))
    source_actor = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events_initiated",
        verbose_name=_("source actor"),
        help_text=_("Who acted (CAMEO’s Actor1): the expelling, sanctioning or proposing side."),
    )
    target_actor = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events_received",
        verbose_name=_("target actor"),
        help_text=_("Who was acted upon (CAMEO’s Actor2)."),
    )
    score = models.DecimalField(
        _("score"),
        max_digits=3,
        decimal_places=1,
        validators=[MinValueValidator(-10), MaxValueValidator(10)],
        help_text=SCORE_HELP,
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    is_synthetic = models.BooleanField(
        _("synthetic"),
        default=False,
        editable=False,
        help_text=_("Generated for benchmarks and scale tests; never a real event."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("created by"),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("updated by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # History (with the actors) is registered in timeline/translation.py, after the translation columns.

    objects = MultilingualManager.from_queryset(EventQuerySet)()
    title_en: str | None
    title_ru: str | None
    label_en: str | None
    label_ru: str | None
    summary_en: str | None
    summary_ru: str | None
    editor_notes_en: str | None
    editor_notes_ru: str | None
    history: ClassVar[Any]  # simple_history's manager (an untyped library)

    class Meta:
        # The English title orders events on the same day in both languages (timeline/bilingual.py).
        ordering = ["date", "title_en"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # One for every way the public pages read events (see bench/query_plans.py for the plans):
        # the list in timeline order, per-day sums read from the index alone, and the filters.
        indexes = [
            models.Index(fields=["status", "date", "title_en", "id"], name="event_timeline_order"),
            models.Index(fields=["status", "date", "score"], name="event_daily_scores"),
            models.Index(fields=["status", "category", "date"], name="event_category_dates"),
            models.Index(fields=["status", "theater", "date"], name="event_theater_dates"),
            models.Index(fields=["end_date"], condition=Q(end_date__isnull=False), name="event_end_dates"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(score__gte=-10) & Q(score__lte=10), name="event_score_in_range"),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("date")),
                name="event_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return f"{self.date_in_words()}: {self.title}"

    def get_absolute_url(self):
        return reverse("timeline:event", args=[self.slug])

    def clean(self):
        """Every fault at once: a fault left unsaid here would reach the editor as the raw name of the database's
        constraint («Нарушено ограничение "event_ends_after_it_starts"»)."""
        errors: dict[str, object] = {}
        if not (self.title_en or self.title_ru):
            errors["title_en"] = gettext("Give the event a title, in English or in Russian.")
        # Against the day the editor gave, before a precision moves it back to the 1st or a Monday.
        if self.date and self.end_date and self.end_date < self.date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if self.date:
            self.date = dates.normalise(self.date, self.date_precision)
        if errors:
            raise ValidationError(errors)

    def date_in_words(self):
        start = dates.in_words(self.date, self.date_precision)
        if self.end_date:
            return dates.span_in_words(start, dates.day_in_words(self.end_date))
        return start

    def score_reading(self):
        return score_reading(self.score)

    def is_published(self):
        return self.status == self.Status.PUBLISHED


def event_actor_in_words(link) -> str:
    return f"{link.actor} — {link.event}"


# Django names the table it makes for Event.actors in English whatever the language, "Event-actor relationship", and
# each row "Event_actors object (12)": the admin's deletion pages of an event or an actor list those rows.
EventActor = Event.actors.through
EventActor._meta.verbose_name = _("event's actor")
EventActor._meta.verbose_name_plural = _("events' actors")
EventActor.__str__ = event_actor_in_words  # type: ignore[method-assign]  # Django makes the class, not this module


class Evidence(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("event"))
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence", verbose_name=_("source"))
    quote = models.TextField(
        _("quote"),
        validators=[SHORT_TEXT_LIMIT],
        help_text=QUOTE_HELP,
    )
    speaker = models.CharField(_("speaker"), max_length=200, blank=True, help_text=_("Who is quoted, if anyone."))
    translation = models.TextField(
        _("editor's translation"),
        blank=True,
        validators=[SHORT_TEXT_LIMIT],
        help_text=_(
            "Optional: the quote translated by an editor, for readers of the other language. Always shown marked "
            "as a translation, beside the quote, never instead of it; it is not checked against the source."
        ),
    )
    start = models.PositiveIntegerField(
        _("start"), editable=False, help_text=_("Where the quote starts in the source body.")
    )
    end = models.PositiveIntegerField(_("end"), editable=False, help_text=_("Where the quote ends in the source body."))
    history = HistoricalRecords()

    class Meta:
        ordering = ["event", "pk"]
        verbose_name = _("evidence")
        verbose_name_plural = pgettext_lazy("plural", "evidence")

    def __str__(self):
        return named_quote(self.quote, self.source.outlet)

    def get_absolute_url(self):
        return f"{self.source.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        """The passage's id on its source's page."""
        return f"evidence-{self.pk}"

    @property
    def backs(self):
        return self.event

    def clean(self):
        if not self.quote.strip() or self.source_id is None or len(self.quote) > SHORT_TEXT_LIMIT.limit_value:
            return
        passage = quotes.locate(self.quote, self.source.body)
        if passage is None:
            raise ValidationError({"quote": self.not_found_message()})
        self.start, self.end = passage.start, passage.end
        as_written = self.source.body[passage.start : passage.end]
        if " ".join(as_written.split()) != " ".join(self.quote.split()):
            self.quote = as_written  # found through «ё» for «е» or another quotation mark: keep the source's

    def not_found_message(self):
        message = gettext("This quote does not occur word for word in %(source)s.") % {"source": self.source}
        nearest = quotes.nearest_passage(self.quote, self.source.body)
        if nearest:
            message += " " + gettext("The nearest passage is: “%(passage)s”.") % {"passage": nearest}
        return message


class ContentVersion(models.Model):
    """One row whose token changes with every change to what the public sees.

    timeline.caching keys its validators and its response cache by it; a
    random token (not a counter) never repeats after a rolled-back change.
    """

    token = models.BigIntegerField()
    changed_at = models.DateTimeField()

    def __str__(self):
        return f"{self.token:x} ({self.changed_at:%Y-%m-%d %H:%M:%S})"


# The curation assistant's models (lexicon, decisions on candidates) live with the assistant;
# eras with their module. Imported here, after the models they refer to, so that Django's
# app registry finds them in timeline.models (hence E402, and F401: nothing here uses them).
from .assistant.models import CandidateDecision, LexiconEntry  # noqa: E402, F401
from .eras.models import Era, EraEvidence  # noqa: E402, F401
from .lockouts import LockedOutLogIn  # noqa: E402, F401
from .submissions import AddFormClaim  # noqa: E402, F401
