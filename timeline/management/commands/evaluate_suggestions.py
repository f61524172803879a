"""Score the assistant's suggestions against the curated events of every source."""

from django.core.management.base import BaseCommand

from timeline.assistant.evaluation import evaluate
from timeline.models import Source

COLUMNS = [
    "candidates",
    "events",
    "matched",
    "recall",
    "precision",
    "date accuracy",
    "recall, right day",
    "recall, right date",
]


class Command(BaseCommand):
    help = (
        "Run the curation assistant on every source and compare its candidates with the source's published "
        "events. A candidate matches an event when one of its sentences overlaps a quote the event cites, or "
        "when its date (from a time expression) agrees with the event's within their precisions and they share "
        "an actor. Recall is the share of events matched, precision the share of candidates matching an event, "
        "date accuracy the share of matching candidates with the event's date and precision. Recall with the "
        "right day is the share of events whose quote a candidate proposes with the event's date; recall with the "
        "right date asks for the event's precision too (a sentence without a time expression is dated "
        '"approximate" by design).'
    )

    def handle(self, *args, **options):
        sources = Source.objects.order_by("published", "pk")
        if not sources:
            self.stdout.write("There are no sources to evaluate.")
            return
        scores, total = evaluate(sources)
        table = [["source", *COLUMNS], *([score.label, *cells(score)] for score in [*scores, total])]
        label_width, *widths = [max(len(str(cell)) for cell in column) for column in zip(*table, strict=True)]
        for label, *values in table:
            right_aligned = [str(value).rjust(width) for value, width in zip(values, widths, strict=True)]
            self.stdout.write("  ".join([label.ljust(label_width), *right_aligned]))


def cells(score):
    return [
        score.candidates,
        score.events,
        score.matched_events,
        percent(score.recall),
        percent(score.precision),
        percent(score.date_accuracy),
        percent(score.recall_right_day),
        percent(score.recall_dated_right),
    ]


def percent(value):
    return "–" if value is None else f"{value:.0%}"
