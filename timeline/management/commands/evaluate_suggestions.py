"""Judge the curation assistant strictly against hand-written gold events."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.assistant.evaluation import GROUPS, SET_NAMES, Score, evaluate, evaluate_group


class Command(BaseCommand):
    help = (
        "Run the curation assistant on a set of passages and judge it strictly: a gold event is found only if one "
        "candidate quotes its sentence, with the same direction (sign of the score), the same category and a date "
        "within the gold precision. Prints recall, precision (a duplicate candidate is a miss), and, among the gold "
        "events some candidate quotes, the accuracy of direction, category, date and roles (source and target sides)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--set",
            choices=SET_NAMES,
            default="seeds",
            dest="set_name",
            help="Which passages. A held-out set prints its total only; a group (heldout-all, all) prints each "
            "set's total and the joint totals of the English and of the Russian held-out sets, never a row per "
            "passage.",
        )
        parser.add_argument(
            "--misses",
            action="store_true",
            help="List every gold event not found and every candidate that found nothing. Refused on the held-out "
            "sets: a held-out passage read for its failures belongs to the development set.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        set_name = options["set_name"]
        held_out = set_name.startswith("heldout")
        if options["misses"] and (set_name in GROUPS or held_out):
            raise CommandError(
                f"--misses is refused on {set_name}: the held-out passages are judged by their figures only. "
                "Move a passage to tests/data/dev to read its failures."
            )
        if set_name in GROUPS:
            self.print_rows(evaluate_group(set_name))
            return
        scores, total = evaluate(set_name)
        # a held-out set prints its total only: a row per passage is a look at it
        self.print_rows([total] if held_out else [*scores, total])
        if options["misses"]:
            for line in total.misses:
                self.stdout.write(line)

    def print_rows(self, scores: list[Score]) -> None:
        rows = [
            [
                "passage",
                "events",
                "candidates",
                "found",
                "recall",
                "precision",
                "located",
                "direction",
                "category",
                "date",
                "roles",
            ]
        ]
        rows += [cells(score) for score in scores]
        for line in table_lines(rows):
            self.stdout.write(line)


def table_lines(rows: list[list[str]]) -> list[str]:
    """The rows as aligned text: the first column to the left, the others to the right."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return [
        "  ".join([row[0].ljust(widths[0]), *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True))])
        for row in rows
    ]


def cells(score: Score) -> list[str]:
    return [
        score.label,
        str(score.events),
        str(score.candidates),
        str(score.found),
        percent(score.recall),
        percent(score.precision),
        str(score.located),
        percent(score.accuracy(score.direction)),
        percent(score.accuracy(score.category)),
        percent(score.accuracy(score.date)),
        percent(score.accuracy(score.roles)),
    ]


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"
