"""The assistant's data: the lexicon of event expressions and the editors' decisions on candidates.

These models belong to the timeline app: the last line of timeline/models.py
imports them, after Event is defined, so Django finds them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..models import Event

EXPRESSION_HELP = _(
    "Words in their base form, matched in any form through their stems (“expel” matches expels, expelled, "
    "expelling); “a|b” offers alternatives; “...” stands for up to six words in between "
    "(“close ... consulate|embassy” matches “closed the American consulate”)."
)


class LexiconEntry(models.Model):
    """An expression that signals a kind of event, with its CAMEO code and Goldstein score."""

    # CAMEO's code for "make statement": verbs of saying. A sentence's other expressions come first.
    STATEMENT_CODE = "010"

    class PartOfSpeech(models.TextChoices):
        VERB = "verb", _("Verb: an action when it is the predicate of a clause")
        NOUN = "noun", _("Noun: an action named by a noun (“sanctions”, “summit”)")
        FRAME = "frame", _("Frame: a verb that frames another action (“said”, “announced”, “retaliated”)")

    language = models.CharField(
        _("language"), max_length=12, default="en", help_text=_("The language of the expression (en, ru).")
    )
    expression = models.CharField(_("expression"), max_length=200, help_text=EXPRESSION_HELP)
    part_of_speech = models.CharField(
        _("part of speech"), max_length=5, choices=PartOfSpeech.choices, default=PartOfSpeech.VERB
    )
    cameo_code = models.CharField(
        _("CAMEO code"), max_length=6, help_text=_("The CAMEO event code, such as 174 (expel or deport individuals).")
    )
    event_type = models.CharField(_("event type"), max_length=200, help_text=_("The CAMEO event type, in words."))
    category = models.CharField(_("category"), max_length=12, choices=Event.Category.choices)
    score = models.DecimalField(
        _("score"),
        max_digits=3,
        decimal_places=1,
        validators=[MinValueValidator(-10), MaxValueValidator(10)],
        help_text=_("The Goldstein value GDELT gives the CAMEO code, −10 to +10."),
    )
    notes = models.TextField(
        _("notes"),
        blank=True,
        validators=[MaxLengthValidator(2_000)],
        help_text=_("When the expression misleads, and what editors should check."),
    )

    class Meta:
        ordering = ["language", "expression"]
        verbose_name = _("lexicon entry")
        verbose_name_plural = _("lexicon entries")
        constraints = [
            models.UniqueConstraint(fields=["language", "expression"], name="one_lexicon_entry_per_expression")
        ]

    def __str__(self) -> str:
        return f"{self.expression} ({self.cameo_code}, {self.score:+})"

    def clean(self) -> None:
        from .lexicon import expression_problem

        problem = expression_problem(self.expression)
        if problem:
            raise ValidationError({"expression": problem})

    def is_statement(self) -> bool:
        return self.cameo_code == self.STATEMENT_CODE


class CandidateDecision(models.Model):
    """What an editor did with a suggested candidate, so the next run does not propose it again."""

    class Decision(models.TextChoices):
        ACCEPTED = "accepted", _("Accepted")
        MERGED = "merged", _("Merged into an event")
        REJECTED = "rejected", _("Rejected")

    source = models.ForeignKey(
        "timeline.Source", on_delete=models.CASCADE, related_name="candidate_decisions", verbose_name=_("source")
    )
    key = models.CharField(
        _("key"), max_length=64, help_text=_("A hash of the candidate's first sentence, white space squeezed.")
    )
    start = models.PositiveIntegerField(
        _("start"), help_text=_("Where the candidate's first sentence started in the body.")
    )
    end = models.PositiveIntegerField(_("end"), help_text=_("Where the candidate's first sentence ended in the body."))
    sentence = models.TextField(_("sentence"))
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    event = models.ForeignKey(
        Event,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="candidate_decisions",
        verbose_name=_("event"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True)

    class Meta:
        ordering = ["source", "start"]
        verbose_name = _("candidate decision")
        verbose_name_plural = _("candidate decisions")
        constraints = [models.UniqueConstraint(fields=["source", "key"], name="one_decision_per_candidate")]

    def __str__(self) -> str:
        return f"{self.get_decision_display()}: “{self.sentence[:60]}”"
