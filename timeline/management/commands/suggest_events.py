"""Print the curation assistant's candidate events for a source, as the admin's suggest page shows them."""

import json

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from timeline import importers, localised
from timeline.assistant.candidates import suggest
from timeline.assistant.dates import CONTEXT, PUBLICATION
from timeline.management.localised import LocalisedCommand
from timeline.models import Event, Source

DATE_NOTES = {
    CONTEXT: gettext_lazy("no time expression of its own: the day the story reports on, from “%(expression)s”"),
    PUBLICATION: gettext_lazy("no time expression: the publication date"),
}


class Command(LocalisedCommand):
    help = (
        "Propose candidate events from a source's text: for each, its quote (with offsets into the body), "
        "speaker, actors, category and score from the lexicon, and date resolved against the publication date. "
        "Shows the candidates still to decide, as the admin does; --all adds those decided or already quoted."
    )

    def add_arguments(self, parser):
        parser.add_argument("source_id", type=int, metavar="SOURCE_ID", help="The source's number (its id).")
        parser.add_argument("--json", action="store_true", help="Print the candidates as JSON.")
        parser.add_argument(
            "--all", action="store_true", help="Include candidates already decided or quoted as evidence."
        )

    def handle(self, *args, **options):
        source = Source.objects.filter(pk=options["source_id"]).first()
        if source is None:
            raise CommandError(
                _("There is no source #%(number)s. List sources in the admin.") % {"number": options["source_id"]}
            )
        candidates = [candidate for candidate in suggest(source) if options["all"] or candidate.is_open()]
        if options["json"]:
            self.stdout.write(
                json.dumps([as_dict(candidate) for candidate in candidates], ensure_ascii=False, indent=2)
            )
            return
        self.stdout.write(
            ngettext("%(source)s: %(count)d candidate", "%(source)s: %(count)d candidates", len(candidates))
            % {"source": importers.described_source(source), "count": len(candidates)}
        )
        for candidate in candidates:
            self.write_candidate(candidate)

    def write_candidate(self, candidate):
        data = as_dict(candidate)
        date = candidate.date
        basis = str(DATE_NOTES.get(date.basis, "")) % {"expression": date.expression}
        notes = [note for note in (str(_("expected")) if date.expected else "", basis) if note]
        when = candidate.date_in_words() + (f" ({'; '.join(notes)})" if notes else "")
        self.stdout.write("")
        self.stdout.write(f"#{candidate.number} {when}")
        self.stdout.write(f"  {data['title']}")
        flags = [
            str(flag)
            for flag, on in ((_("negated"), data["negated"]), (_("conditional or threat"), data["conditional"]))
            if on
        ]
        self.stdout.write(
            "  "
            + _("%(category)s, score %(score)s (CAMEO %(code)s %(event_type)s: %(expression)s%(flags)s)")
            % {
                "category": Event.Category(data["category"]).label,
                "score": f"{data['score']:+}",
                "code": data["cameo_code"],
                "event_type": data["event_type"],
                "expression": localised.quoted(data["expression"]),
                "flags": "; " + ", ".join(flags) if flags else "",
            }
        )
        roles = {"source": data["source_actor"] or "?", "target": data["target_actor"] or "?"}
        self.stdout.write("  " + _("roles: %(source)s → %(target)s") % roles)
        for quote in data["quotes"]:
            self.stdout.write("  " + _("quote [%(start)d–%(end)d]: %(text)s") % quoted_sentence(quote))
        for quote in data["further_reports"]:
            self.stdout.write("  " + _("reported again [%(start)d–%(end)d]: %(text)s") % quoted_sentence(quote))
        self.stdout.write("  " + _("speaker: %(speaker)s") % {"speaker": data["speaker"] or "–"})
        self.stdout.write("  " + _("actors: %(actors)s") % {"actors": ", ".join(data["actors"]) or "–"})
        if data["merge_into"]:
            self.stdout.write(
                "  "
                + _("same happening as event #%(number)s: %(title)s")
                % {"number": data["merge_into"]["id"], "title": data["merge_into"]["title"]}
            )
        if data["decision"]:
            self.stdout.write(
                "  " + _("decided: %(decision)s") % {"decision": candidate.decision.get_decision_display()}
            )
        elif data["cited_by"]:
            self.stdout.write("  " + _("already quoted by events %(events)s") % {"events": data["cited_by"]})


def quoted_sentence(quote):
    return {**quote, "text": localised.quoted(quote["text"])}


def as_dict(candidate):
    date = candidate.date
    return {
        "number": candidate.number,
        "key": candidate.key,
        "date": date.date.isoformat(),
        "precision": date.precision,
        "expected": date.expected,
        "date_basis": date.basis,
        "date_needs_check": date.needs_check,
        "date_expression": date.expression,
        "quotes": [
            {"start": sentence.start, "end": sentence.end, "text": sentence.text} for sentence in candidate.sentences
        ],
        "further_reports": [
            {"start": sentence.start, "end": sentence.end, "text": sentence.text}
            for sentence in candidate.further_sentences
        ],
        "speaker": candidate.speaker.name if candidate.speaker else "",
        "actors": [actor.name for actor in candidate.actors],
        "source_actor": candidate.source_actor.name if candidate.source_actor else "",
        "target_actor": candidate.target_actor.name if candidate.target_actor else "",
        "category": candidate.category,
        "score": float(candidate.score),
        "cameo_code": candidate.code,
        "event_type": candidate.event_type,
        "expression": candidate.match.words,
        "negated": candidate.action.negated,
        "conditional": candidate.action.conditional,
        "theater": candidate.theater.name if candidate.theater else "",
        "title": candidate.title,
        "label": candidate.label,
        "merge_into": (
            {"id": candidate.merge_into.pk, "title": candidate.merge_into.title} if candidate.merge_into else None
        ),
        "decision": candidate.decision.decision if candidate.decision else "",
        "cited_by": [event.pk for event in candidate.cited_by],
    }
