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
        self.stdout.write(
            f"  {data['category']}, score {data['score']:+} (CAMEO {data['cameo_code']} {data['event_type']}: "
            f"“{data['expression']}”{', negated in the sentence: check the score' if data['negated'] else ''})"
        )
        for quote in data["quotes"]:
            self.stdout.write(f"  quote [{quote['start']}–{quote['end']}]: “{quote['text']}”")
        self.stdout.write(f"  speaker: {data['speaker'] or '–'}")
        self.stdout.write(f"  actors: {', '.join(data['actors']) or '–'}")
        if data["merge_into"]:
            self.stdout.write(f"  same happening as event #{data['merge_into']['id']}: {data['merge_into']['title']}")
        if data["similar_to"]:
            self.stdout.write(f"  possibly the same happening as candidate #{data['similar_to']}")
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
        "speaker": candidate.speaker.name if candidate.speaker else "",
        "actors": [actor.name for actor in candidate.actors],
        "category": candidate.entry.category,
        "score": float(candidate.entry.score),
        "cameo_code": candidate.entry.cameo_code,
        "event_type": candidate.entry.event_type,
        "expression": candidate.match.words,
        "negated": candidate.match.negated,
        "theater": candidate.theater.name if candidate.theater else "",
        "title": candidate.title,
        "similar_to": candidate.similar_to.number if candidate.similar_to else None,
        "merge_into": (
            {"id": candidate.merge_into.pk, "title": candidate.merge_into.title} if candidate.merge_into else None
        ),
        "decision": candidate.decision.decision if candidate.decision else "",
        "cited_by": [event.pk for event in candidate.cited_by],
    }
