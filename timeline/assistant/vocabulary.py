"""The shipped vocabulary: actors and lexicon entries, one folder per language (vocabulary/en/...).

A language is added as data: a folder vocabulary/<language>/ with
- actors.json: actors by their name, with that language's aliases and
  demonyms (a Russian file adds "Путин" to the actor named "Vladimir Putin",
  in base forms: the Russian reader matches every inflected form); the
  actors' Russian display names ("Владимир Путин", shown on Russian pages)
  are `name_ru` in the English list, which defines the actors;
- lexicon.json: groups of expressions by CAMEO code, each group with its
  event type, category and Goldstein value, and its expressions as verbs,
  nouns or frames (see lexicon.py).

Loading is idempotent and never removes an editor's work: an actor found by
name gains the aliases and demonyms it lacks (and the short name and terms of
office it has none of); a lexicon entry is created only when its language has
no entry with the same expression; an actor gets its Russian display name
only while it has none.
"""

import datetime
import json
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent / "vocabulary"
PARTS_OF_SPEECH = ("verb", "noun", "frame")


def shipped(language: str, name: str) -> Any:
    path = FOLDER / language / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def languages() -> list[str]:
    return sorted(path.name for path in FOLDER.iterdir() if path.is_dir())


def lexicon_entries(language: str) -> list[dict[str, Any]]:
    """The lexicon of a language as LexiconEntry field values, one per expression."""
    entries = []
    for group in shipped(language, "lexicon"):
        for part_of_speech in PARTS_OF_SPEECH:
            for expression in group.get(part_of_speech, []):
                entries.append(
                    {
                        "language": language,
                        "expression": expression,
                        "part_of_speech": part_of_speech,
                        "cameo_code": group["code"],
                        "event_type": group["type"],
                        "category": group["category"],
                        "score": f"{group['score']:.1f}",
                        "notes": group.get("notes", ""),
                    }
                )
    return entries


def load_lexicon(model: Any, using: str = "default") -> int:
    """Create the shipped entries the table lacks; return how many were created."""
    manager = model.objects.using(using)
    existing = set(manager.values_list("language", "expression"))
    new = [
        model(**entry)
        for language in languages()
        for entry in lexicon_entries(language)
        if (entry["language"], entry["expression"]) not in existing
    ]
    manager.bulk_create(new)
    return len(new)


def merged_lines(current: str, additions: list[str]) -> str:
    lines = [line for line in current.splitlines() if line.strip()]
    lines += [item for item in additions if item not in lines]
    return "\n".join(lines)


def load_actors(model: Any, using: str = "default") -> int:
    """Create the shipped actors the table lacks and complete the others; return how many were created.
    Only actors that gain something are saved: loading what is already there costs one query."""
    manager = model.objects.using(using)
    actors = {actor.name: actor for actor in manager.all()}
    created = 0
    for language in languages():
        for item in shipped(language, "actors"):
            actor = actors.get(item["name"])
            if actor is None and "kind" not in item:
                continue  # another language's names of an actor an editor removed or renamed
            if actor is None:
                actor = actors[item["name"]] = model(name=item["name"], kind=item["kind"], side=item["side"])
                created += 1
            before = completed_fields(actor)
            complete_actor(actor, item)
            if actor.pk is None or completed_fields(actor) != before:
                actor.save(using=using)
    return created


COMPLETED_FIELDS = ("aliases", "demonyms", "short_name", "active_from", "active_until", "name_ru")


def completed_fields(actor: Any) -> tuple[Any, ...]:
    return tuple(getattr(actor, name, None) for name in COMPLETED_FIELDS)


def complete_actor(actor: Any, item: dict[str, Any]) -> None:
    actor.aliases = merged_lines(actor.aliases, item.get("aliases", []))
    actor.demonyms = merged_lines(actor.demonyms, item.get("demonyms", []))
    actor.short_name = actor.short_name or item.get("short_name", "")
    for bound in ("active_from", "active_until"):
        if getattr(actor, bound) is None and item.get(bound):
            setattr(actor, bound, datetime.date.fromisoformat(item[bound]))
    give_russian_name(actor, item)


def give_russian_name(actor: Any, item: dict[str, Any]) -> bool:
    """Give the actor the shipped Russian display name if it has none (and its table has the column:
    migrations before 0017 load actors too); return whether it got one."""
    if not item.get("name_ru") or not has_field(actor, "name_ru") or actor.name_ru:
        return False
    actor.name_ru = item["name_ru"]
    return True


def has_field(instance: Any, name: str) -> bool:
    return any(field.name == name for field in instance._meta.concrete_fields)


def load_russian_names(model: Any, using: str = "default") -> int:
    """Give the stored actors the shipped Russian display names they lack; return how many got one."""
    named = {item["name"]: item for item in shipped("en", "actors")}
    given = 0
    for actor in model.objects.using(using).filter(name__in=list(named)):
        if give_russian_name(actor, named[actor.name]):
            actor.save(using=using, update_fields=["name_ru"])
            given += 1
    return given
