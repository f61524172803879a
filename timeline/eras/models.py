"""Eras and the quotes that back them."""

from typing import Any, ClassVar
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.manager import MultilingualManager
from simple_history.models import HistoricalRecords

from .. import dates, quotes
from ..models import QUOTE_HELP, TranslatedTexts, Versioned, named_quote

# As for events' evidence (timeline.models.SHORT_TEXT_LIMIT): long enough for any quote or paragraph,
# short enough that checking a quote stays quick.
TEXT_LIMIT = MaxLengthValidator(2_000)


class EraQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def overlapping(self, first_day, last_day):
        """Eras that share at least a day with [first_day, last_day]; None leaves that side open (in SQL, the rule of
        timeline.eras.records.overlaps)."""
        eras = self
        if last_day is not None:
            eras = eras.filter(start__lte=last_day)
        if first_day is not None:
            eras = eras.filter(Q(end__isnull=True) | Q(end__gte=first_day))
        return eras


class Era(Versioned, TranslatedTexts):
    class Direction(models.TextChoices):
        TENSION = "tension", _("Tension")
        DETENTE = "detente", _("Détente")
        NEUTRAL = "neutral", _("Neutral")

    title = models.CharField(_("title"), max_length=80, help_text=_("Short enough to label a band on the chart."))
    start = models.DateField(_("start"))
    end = models.DateField(_("end"), null=True, blank=True, help_text=_("Leave empty for an era that goes on."))
    description = models.TextField(
        _("description"), validators=[TEXT_LIMIT], help_text=_("One paragraph: what marks the period.")
    )
    direction = models.CharField(_("direction"), max_length=8, choices=Direction.choices)
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published eras appear on the timeline and in the downloads.")
    )
    updated_at = models.DateTimeField(auto_now=True)
    # History is registered in timeline/translation.py, after the translation columns.

    # modeltranslation's manager and columns, named for the type checker (timeline.models.TranslatedTexts).
    objects = MultilingualManager.from_queryset(EraQuerySet)()
    title_en: str | None
    title_ru: str | None
    description_en: str | None
    description_ru: str | None
    history: ClassVar[Any]  # simple_history's manager (an untyped library)

    class Meta:
        app_label = "timeline"
        ordering = ["start", "title_en"]
        verbose_name = _("era")
        verbose_name_plural = _("eras")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("start")), name="era_ends_after_it_starts"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.dates_in_words()})"

    def clean(self):
        """Every fault at once: a fault left unsaid here would reach the editor as the raw name of the database's
        constraint («Нарушено ограничение "era_ends_after_it_starts"»)."""
        errors = {}
        if not (self.title_en or self.title_ru):
            errors["title_en"] = _("Give the era a title, in English or in Russian.")
        if not (self.description_en or self.description_ru):
            errors["description_en"] = _("Describe the era, in English or in Russian.")
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end cannot be before the start.")
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self):
        """The timeline over the era's days: an era has no page of its own."""
        days = {"date_from": self.start.isoformat()}
        if self.end:
            days["date_to"] = self.end.isoformat()
        return f"{reverse('timeline:index')}?{urlencode(days)}"

    def dates_in_words(self):
        start = dates.day_in_words(self.start)
        if self.end is None:
            return _("from %(start)s") % {"start": start}
        return _("%(start)s to %(end)s") % {"start": start, "end": dates.day_in_words(self.end)}


class EraEvidence(models.Model):
    era = models.ForeignKey(Era, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("era"))
    source = models.ForeignKey(
        "timeline.Source", on_delete=models.PROTECT, related_name="era_evidence", verbose_name=_("source")
    )
    quote = models.TextField(
        _("quote"),
        validators=[TEXT_LIMIT],
        help_text=QUOTE_HELP,
    )
    speaker = models.CharField(_("speaker"), max_length=200, blank=True, help_text=_("Who is quoted, if anyone."))
    start = models.PositiveIntegerField(editable=False)
    end = models.PositiveIntegerField(editable=False)
    history = HistoricalRecords()

    class Meta:
        app_label = "timeline"
        ordering = ["era", "pk"]
        verbose_name = _("era evidence")
        verbose_name_plural = pgettext_lazy("plural", "era evidence")

    def __str__(self):
        return named_quote(self.quote, self.source.outlet)

    def get_absolute_url(self):
        return f"{self.source.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        """The passage's id on its source's page."""
        return f"era-evidence-{self.pk}"

    @property
    def backs(self):
        return self.era

    def clean(self):
        if not self.quote.strip() or self.source_id is None or len(self.quote) > TEXT_LIMIT.limit_value:
            return  # nothing to check, or a quote too long, which its field's validator reports
        passage = quotes.locate(self.quote, self.source.body)
        if passage is None:
            message = _("This quote does not occur word for word in %(source)s.") % {"source": self.source}
            nearest = quotes.nearest_passage(self.quote, self.source.body)
            if nearest:
                message += " " + _("The nearest passage is: “%(passage)s”.") % {"passage": nearest}
            raise ValidationError({"quote": message})
        self.start, self.end = passage.start, passage.end
