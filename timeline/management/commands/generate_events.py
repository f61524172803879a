from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from timeline.management.localised import LocalisedCommand
from timeline.synthetic import SYNTHETIC_OUTLET, generate_events


class Command(LocalisedCommand):
    help = (
        "Create N synthetic published events for benchmarks and scale tests. They cite the "
        f"“{SYNTHETIC_OUTLET}” source and their slugs start with “synthetic-”. Never use on a real site."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=0)

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError(_("--count must be at least 1."))
        events = generate_events(count, seed)
        self.stdout.write(
            ngettext(
                "Created %(count)d synthetic event (seed %(seed)d).",
                "Created %(count)d synthetic events (seed %(seed)d).",
                len(events),
            )
            % {"count": len(events), "seed": seed}
        )
