"""The faults of the assistant's proposed titles and labels, counted over every candidate of the development sets.

    python bench/titles.py                      counts per set and fault
    python bench/titles.py --list dev           every label and title of a set
    python bench/titles.py --fault ellipsis dev the candidates of one fault

A fault is what an editor would retype before accepting a title or label:

  ellipsis         the label ends in "…"
  no-doer          the title opens with a verb or an auxiliary, naming no one, or is a bare noun ("Truce")
  unfinished-*     the label (or the title) ends on a word that needs one after it ("that", "so", "from", "would",
                   "their", a preposition, an adjective before its noun; in Russian, in its likeliest reading, a
                   preposition, a conjunction, a number, or an adjective or participle not in the instrumental)
  past-tense       an English title's verb in the past where a headline has the present ("signed"; a passive's
                   "was", "were" or "had": "Ames was arrested" where a headline has "Ames arrested")
  actor-colon      a title "Actor: noun" (English) or «Актор: verb» (Russian, where a headline has no colon before
                   the verb)
  one-side         a mutual act ("X and Y agree") titled with one of its sides only
  long-name        a name in the title longer than the actor's short name ("Russian President Dmitry Medvedev")

It reads the development sets only (never a held-out one) on the database DATABASE_URL names.
"""

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")

import django  # noqa: E402

django.setup()

from timeline.assistant import evaluation  # noqa: E402
from timeline.assistant.candidates import Candidate, propose  # noqa: E402
from timeline.assistant.languages import Vocabulary  # noqa: E402
from timeline.assistant.russian.morphology import analyzer  # noqa: E402
from timeline.assistant.russian.titles import russian_name  # noqa: E402

DEVELOPMENT_SETS = ("dev", "dev-ru", "dev-ru2", "dev-ru3", "dev-ru4")
AUXILIARIES = frozenset(
    "would will be is are was were been being has have had did do does should could may might must can shall not "
    "offers threatens".split()
)
NEEDS_A_CONTINUATION = AUXILIARIES | frozenset(
    "a an the of for in into to with at on by from its their his her our this these and or that than about over "
    "under between against as so whether if what which who whose when where while because".split()
)
ADJECTIVE = re.compile(r"^[a-z-]+(?:ic|ical|ian|ican|ean|ese|ish|ous|ern)$|^(?:nuclear|military|joint|new|former)$")
IRREGULAR_PAST = frozenset(
    "held made met took gave sent won struck began sought brought led paid sold bought left kept drew broke spoke "
    "told shot lost threw wrote withdrew flew rose fell ran came went saw said".split()
)
# a Russian word before its noun (an adjective, a participle, a number) or before a clause; an adjective in the
# instrumental is a predicate's («назвал переговоры конструктивными»)
RUSSIAN_LEADING = frozenset({"ADJF", "PRTF", "NUMR", "PREP", "CONJ"})


def english_words(text: str) -> list[str]:
    return re.findall(r"[\w'’.$-]+", text.rstrip("…"))


def first_verb_form(candidate: Candidate) -> str:
    return candidate.action.match.words.split()[0].lower()


def no_doer(candidate: Candidate) -> bool:
    first = candidate.title.split()[0].lower() if candidate.title else ""
    if candidate.language == "ru":
        return bool(first) and is_russian_verb(first)
    if candidate.action.match.part_of_speech == "noun":
        return len(candidate.title.split()) == 1  # "Truce": a noun with no one doing it
    verb = first_verb_form(candidate)
    return first in AUXILIARIES or first in {verb, verb + "s", verb + "es"}


def unfinished(text: str, language: str) -> bool:
    words = text.rstrip("…").split()
    if not words:
        return False
    last = words[-1].strip('.,;:«»"')
    if language == "ru":
        tag = analyzer().parse(last)[0].tag
        return not words[-1].endswith("»") and "ablt" not in tag and bool(RUSSIAN_LEADING & tag.grammemes)
    return last.lower() in NEEDS_A_CONTINUATION or bool(ADJECTIVE.search(last))


def past_tense(candidate: Candidate) -> bool:
    """The title's first word after its capitalised subject is a past form ("signed", "were", "had")."""
    if candidate.language == "ru":
        return False
    words = english_words(candidate.title)
    verb = next((word for word in words[1:] if word[:1].islower() and word != "and"), "")
    if candidate.action.passive:  # "Ames arrested by the FBI": a headline's participle, no past
        return verb in {"was", "were", "had"}
    return verb in {"was", "were", "had", "did"} or verb in IRREGULAR_PAST or (verb.endswith("ed") and verb != "need")


def actor_colon(candidate: Candidate) -> bool:
    head, colon, rest = candidate.title.partition(": ")
    if not colon or len(head.split()) > 4:
        return False
    if candidate.language == "ru":
        first = rest.split()[0].lower() if rest.split() else ""
        return first == "не" or is_russian_verb(first)
    return True


def one_side(candidate: Candidate) -> bool:
    action = candidate.action
    if not action.mutual or action.source is None or action.target is None:
        return False
    names = (
        (russian_name(action.source), russian_name(action.target))
        if candidate.language == "ru"
        else (action.source.label_name(), action.target.label_name())
    )
    return not all(name.split()[-1] in candidate.title for name in names)


def long_name(candidate: Candidate) -> bool:
    sentence = candidate.first_sentence.text
    for phrase in candidate.readings[0].said.phrases:
        written, short = sentence[phrase.start : phrase.end], str(phrase.actor.label_name())
        if len(written) > len(short) and written.endswith(short) and written in candidate.title:
            return True
    return False


def is_russian_verb(word: str) -> bool:
    parsed = analyzer().parse(word.strip("«»"))[0]
    return bool({"VERB", "INFN"} & parsed.tag.grammemes)


FAULTS: dict[str, Callable[[Candidate], bool]] = {
    "ellipsis": lambda candidate: candidate.label.endswith("…"),
    "no-doer": no_doer,
    "unfinished-label": lambda candidate: unfinished(candidate.label, candidate.language),
    "unfinished-title": lambda candidate: unfinished(candidate.title, candidate.language),
    "past-tense": past_tense,
    "actor-colon": actor_colon,
    "one-side": one_side,
    "long-name": long_name,
}


def candidates_of(set_name: str) -> list[Candidate]:
    folder, language = evaluation.SETS[set_name]
    vocabulary = Vocabulary.from_database(language)
    found = []
    for passage in evaluation.load_passages(folder):
        found.extend(propose(passage.body, passage.published, vocabulary))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help=f"of {', '.join(DEVELOPMENT_SETS)} (all when none is named)")
    parser.add_argument("--list", action="store_true", help="print every label and title")
    parser.add_argument("--fault", choices=FAULTS, help="print the candidates of this fault")
    arguments = parser.parse_args()
    if unknown := set(arguments.sets) - set(DEVELOPMENT_SETS):
        parser.error(f"not a development set: {', '.join(sorted(unknown))}")
    print(f"{'set':10} {'candidates':>10} " + " ".join(f"{name:>17}" for name in FAULTS))
    for set_name in arguments.sets or DEVELOPMENT_SETS:
        candidates = candidates_of(set_name)
        counts: Counter[str] = Counter()
        for candidate in candidates:
            faults = [name for name, fault in FAULTS.items() if fault(candidate)]
            counts.update(faults)
            if arguments.list or (arguments.fault and arguments.fault in faults):
                print(f"  {candidate.label!r:48} <- {candidate.title!r}")
        print(f"{set_name:10} {len(candidates):>10} " + " ".join(f"{counts[name]:>17}" for name in FAULTS))


if __name__ == "__main__":
    main()
