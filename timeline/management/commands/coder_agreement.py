"""How far two coders agree under the strict judge the assistant faces, beside the assistant's own figures."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from timeline.assistant.agreement import (
    Codings,
    assistant_against,
    first_coder_against_second,
    load_codings,
    second_coder_against_first,
)
from timeline.assistant.evaluation import Passage, Score, summed
from timeline.assistant.languages import Vocabulary
from timeline.management.commands.evaluate_suggestions import cells, table_lines
from timeline.models import Actor


class Command(BaseCommand):
    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        # the description is translated when it is asked for, in the language then active
        self.help = _(
            "Judge the second coder's events (tests/data/agreement) against the first coder's gold (tests/data/dev) "
            "and the first against the second, with the assistant's strict judge, and the assistant against each "
            "on the same passages: events, found, recall, precision, located, and the accuracy of direction, "
            "category, date and roles among located."
        )
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--passages", action="store_true", help=_("Print a row per passage before each total."))

    def handle(self, *args: Any, **options: Any) -> None:
        codings = load_codings()
        sides = dict(Actor.objects.values_list("name", "side"))
        vocabulary = Vocabulary.from_database("en")
        comparisons = [
            (_("coder B against coder A"), second_coder_against_first(codings, sides)),
            (_("coder A against coder B"), first_coder_against_second(codings, sides)),
            (_("assistant against coder A"), assistant_against(first_golds(codings), vocabulary, sides)),
            (_("assistant against coder B"), assistant_against(second_golds(codings), vocabulary, sides)),
        ]
        count = len(codings)
        self.stdout.write(
            ngettext("%(count)d passage coded by both coders", "%(count)d passages coded by both coders", count)
            % {"count": count}
        )
        rows = []
        for label, scores in comparisons:
            rows += [*(scores if options["passages"] else []), summed(label, scores)]
        self.print_rows(rows)

    def print_rows(self, scores: list[Score]) -> None:
        header = [
            _("judged"),
            _("gold events"),
            _("events judged"),
            _("found"),
            _("recall"),
            _("precision"),
            _("located"),
            _("direction"),
            _("category"),
            _("date"),
            _("roles"),
        ]
        for line in table_lines([header, *(cells(score) for score in scores)]):
            self.stdout.write(line)


def first_golds(codings: list[Codings]) -> list[Passage]:
    return [coding.first_gold for coding in codings]


def second_golds(codings: list[Codings]) -> list[Passage]:
    return [coding.second_gold for coding in codings]
