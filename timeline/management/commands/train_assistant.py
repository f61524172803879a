"""Train the detector of sentences worth a look on the development gold, or judge it by cross-validation."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from timeline.assistant.languages import Vocabulary
from timeline.assistant.training import FOLDS, THRESHOLD, Flags, cross_validate, development_passages, train
from timeline.assistant.worth_a_look import WEIGHTS


class Command(BaseCommand):
    help = (
        "Train the detector of the Suggest page's sentences worth a look (which sentences no candidate quotes "
        "report an event) on tests/data/dev and write timeline/assistant/worth_a_look.json. With "
        "--cross-validate, write nothing: judge it at each threshold, each passage by a detector not trained on it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cross-validate", action="store_true", help="Print cross-validated figures only.")
        parser.add_argument("--folds", type=int, default=FOLDS)
        parser.add_argument(
            "--thresholds",
            default=str(THRESHOLD),
            help="Comma-separated probabilities at or above which a sentence is flagged, judged in cross-validation.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        read = development_passages(Vocabulary.from_database("en"))
        if options["cross_validate"]:
            thresholds = [float(value) for value in options["thresholds"].split(",")]
            for threshold, flags in zip(thresholds, cross_validate(read, thresholds, options["folds"]), strict=True):
                self.stdout.write(figures(threshold, flags))
            return
        detector = train(read)
        WEIGHTS.write_text(detector.to_json(), encoding="utf-8")
        self.stdout.write(f"Wrote {WEIGHTS.name}: {len(detector.weights)} weights, threshold {detector.threshold}.")


def figures(threshold: float, flags: Flags) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part / whole:.1%}" if whole else "-"

    return (
        f"threshold {threshold}: {flags.flagged} of {flags.open} open sentences flagged in {flags.passages} passages "
        f"({flags.flagged / max(flags.passages, 1):.2f} a passage); {flags.hits} quote a gold event no candidate "
        f"quotes (precision {share(flags.hits, flags.flagged)}); {flags.caught} of {flags.unproposed} such events "
        f"flagged (recall {share(flags.caught, flags.unproposed)})"
    )
