"""Train the curation assistant's learned reader on the development gold, or judge it by cross-validation."""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from timeline.assistant.evaluation import Score
from timeline.assistant.languages import Vocabulary
from timeline.assistant.learned import WEIGHTS
from timeline.assistant.training import (
    FOLDS,
    KEEP_THRESHOLD,
    SWITCH_THRESHOLD,
    THRESHOLD,
    cross_validate,
    development_passages,
    train,
)
from timeline.models import Actor


class Command(BaseCommand):
    help = (
        "Train the assistant's learned reader (which sentences the rules left without a candidate report an event, "
        "and its category and direction) on tests/data/dev and write timeline/assistant/learned.json. With "
        "--cross-validate, write nothing: judge the rules alone and rules + model strictly, each passage by a model "
        "not trained on it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cross-validate", action="store_true", help="Print cross-validated figures only.")
        parser.add_argument("--folds", type=int, default=FOLDS)
        parser.add_argument(
            "--thresholds",
            default=f"{THRESHOLD}/{KEEP_THRESHOLD}/{SWITCH_THRESHOLD}",
            help="Comma-separated thresholds add/keep/switch to judge in cross-validation (an add or switch threshold "
            "above 1 adds or changes nothing; a keep threshold of 0 drops nothing).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        read = development_passages(Vocabulary.from_database("en"))
        if options["cross_validate"]:
            sides = dict(Actor.objects.values_list("name", "side"))
            settings = [
                (float(add), float(keep), float(switch))
                for add, keep, switch in (triple.split("/") for triple in options["thresholds"].split(","))
            ]
            labels = ["rules alone"] + [f"rules + model, add {a}, keep {k}, switch {s}" for a, k, s in settings]
            totals = [Score(label) for label in labels]
            for passage in cross_validate(read, sides, settings, options["folds"]):
                for total, score in zip(totals, passage, strict=True):
                    total.add(score)
            for total in totals:
                self.stdout.write(figures(total))
            return
        model = train(read)
        WEIGHTS.write_text(json.dumps(model.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
        self.stdout.write(
            f"Wrote {WEIGHTS.name}: {len(model.detector)} detector weights, {len(model.labels)} labels, "
            f"{len(model.checker)} checker weights."
        )


def figures(score: Score) -> str:
    def share(value: float | None) -> str:
        return "-" if value is None else f"{value:.1%}"

    return (
        f"{score.label}: events {score.events}, candidates {score.candidates}, found {score.found}, "
        f"recall {share(score.recall)}, precision {share(score.precision)}, located {score.located}, "
        f"direction {share(score.accuracy(score.direction))}, category {share(score.accuracy(score.category))}, "
        f"date {share(score.accuracy(score.date))}"
    )
