"""Print the curation assistant's candidate events for a source, as the admin's suggest page shows them."""

import json

from django.core.management.base import BaseCommand, CommandError

from timeline.assistant.candidates import suggest
from timeline.assistant.dates import CONTEXT, PUBLICATION
from timeline.models import Source

DATE_NOTES = {
    CONTEXT: "no time expression of its own: the date of the same speaker's previous statement",
    PUBLICATION: "no time expression: the publication date",
}


class Command(BaseCommand):
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
            raise CommandError(f"There is no source #{options['source_id']}. List sources in the admin.")
        candidates = [candidate for candidate in suggest(source) if options["all"] or candidate.is_open()]
        if options["json"]:
            self.stdout.write(
                json.dumps([as_dict(candidate) for candidate in candidates], ensure_ascii=False, indent=2)
            )
            return
        self.stdout.write(f"{source} (source #{source.pk}): {len(candidates)} candidate(s)")
        for candidate in candidates:
            self.write_candidate(candidate)

    def write_candidate(self, candidate):
        data = as_dict(candidate)
        date = candidate.date
        notes = [note for note in ("expected" if date.expected else "", DATE_NOTES.get(date.basis, "")) if note]
        when = candidate.date_in_words() + (f" ({'; '.join(notes)})" if notes else "")
        self.stdout.write("")
        self.stdout.write(f"#{candidate.number} {when}")
        self.stdout.write(f"  {data['title']}")
        flags = [
            flag for flag, on in (("negated", data["negated"]), ("conditional or threat", data["conditional"])) if on
        ]
        self.stdout.write(
            f"  {data['category']}, score {data['score']:+} (CAMEO {data['cameo_code']} {data['event_type']}: "
            f"“{data['expression']}”{'; ' + ', '.join(flags) if flags else ''})"
        )
        self.stdout.write(f"  roles: {data['source_actor'] or '?'} → {data['target_actor'] or '?'}")
        for quote in data["quotes"]:
            self.stdout.write(f"  quote [{quote['start']}–{quote['end']}]: “{quote['text']}”")
        for quote in data["further_reports"]:
            self.stdout.write(f"  reported again [{quote['start']}–{quote['end']}]: “{quote['text']}”")
        self.stdout.write(f"  speaker: {data['speaker'] or '–'}")
        self.stdout.write(f"  actors: {', '.join(data['actors']) or '–'}")
        if data["merge_into"]:
            self.stdout.write(f"  same happening as event #{data['merge_into']['id']}: {data['merge_into']['title']}")
        if data["decision"] or data["cited_by"]:
            self.stdout.write(f"  decided: {data['decision'] or 'already quoted by event(s) ' + str(data['cited_by'])}")


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
