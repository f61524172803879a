"""The shipped vocabulary: actors and a lexicon wider than the seed articles, loaded as data, idempotently."""

import json
from collections import Counter

import pytest
from django.core.exceptions import ValidationError

from timeline.assistant.lexicon import GAP, compile_expression, expression_problem, stem_key
from timeline.assistant.noun_or_verb import LIGHT_VERBS
from timeline.assistant.vocabulary import FOLDER, lexicon_entries, load_actors, load_lexicon
from timeline.models import Actor, LexiconEntry

ACTORS = json.loads((FOLDER / "en" / "actors.json").read_text(encoding="utf-8"))
ENTRIES = lexicon_entries("en")
REFERENCE_ROOTS = [f"{root:02d}" for root in range(1, 21)]


def shipped_names():
    return {actor["name"] for actor in ACTORS}


@pytest.mark.parametrize(
    "names",
    [
        # Heads of state of both governments since 1991
        ["George H. W. Bush", "Bill Clinton", "George W. Bush", "Barack Obama", "Donald Trump", "Joe Biden"],
        ["Mikhail Gorbachev", "Boris Yeltsin", "Vladimir Putin", "Dmitry Medvedev"],
        # Foreign ministers
        ["James Baker", "Warren Christopher", "Madeleine Albright", "Colin Powell", "Condoleezza Rice"],
        ["Hillary Clinton", "John Kerry", "Rex Tillerson", "Mike Pompeo", "Antony Blinken", "Marco Rubio"],
        ["Andrei Kozyrev", "Yevgeny Primakov", "Igor Ivanov", "Sergey Lavrov"],
        # Defence ministers
        ["William Perry", "Donald Rumsfeld", "Robert Gates", "Jim Mattis", "Lloyd Austin", "Pete Hegseth"],
        ["Pavel Grachev", "Igor Sergeyev", "Sergei Ivanov", "Anatoly Serdyukov", "Sergei Shoigu", "Andrei Belousov"],
        # Intelligence agencies and legislatures
        ["CIA", "FBI", "NSA", "FSB", "SVR", "GRU", "US Congress", "US Senate", "State Duma", "Federation Council"],
        # Others the relations involve
        ["Ukraine", "NATO", "European Union", "United Nations", "China"],
    ],
)
def test_the_actor_list_covers_both_governments_since_1991_and_the_others(names):
    assert set(names) <= shipped_names()


def test_states_have_their_demonyms_and_offices_their_terms():
    by_name = {actor["name"]: actor for actor in ACTORS}

    assert {"Russian", "Russians"} <= set(by_name["Russia"]["demonyms"])
    assert "American" in by_name["United States"]["demonyms"]
    assert "Ukrainian" in by_name["Ukraine"]["demonyms"]
    assert by_name["George W. Bush"]["active_from"] == "2001-01-20"


def test_no_alias_is_given_twice_to_one_actor_and_every_actor_once():
    assert [name for name, count in Counter(actor["name"] for actor in ACTORS).items() if count > 1] == []
    for actor in ACTORS:
        assert len(actor.get("aliases", [])) == len(set(actor.get("aliases", []))), actor["name"]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_shipped_value_fits_its_column(language):
    """PostgreSQL refuses a value longer than its column, as SQLite does not: a 271-character expression stopped
    every migration on PostgreSQL at the first load of the lexicon."""
    too_long = [
        (field, entry[field])
        for entry in lexicon_entries(language)
        for field in ("expression", "cameo_code", "event_type", "category")
        if len(entry[field]) > LexiconEntry._meta.get_field(field).max_length
    ]
    names = json.loads((FOLDER / language / "actors.json").read_text(encoding="utf-8"))
    too_long += [
        (field, actor[field])
        for actor in names
        for field in ("name", "name_ru", "short_name", "kind", "side")
        if field in actor and len(actor[field]) > Actor._meta.get_field(field).max_length
    ]
    assert too_long == []


def test_the_lexicon_has_every_cameo_root_category():
    assert sorted({entry["cameo_code"][:2] for entry in ENTRIES}) == REFERENCE_ROOTS


def test_the_lexicon_has_no_duplicates():
    keys = Counter(stem_key(entry["expression"]) for entry in ENTRIES)

    assert [key for key, count in keys.items() if count > 1] == []


# the light verb's object sits in the gap, before the noun that describes it ("declared two U.S. diplomats persona
# non grata"): the noun alone would take its doer from the object
OBJECT_COMPLEMENTS = {"declare ... persona non grata"}


def test_no_entry_is_a_light_verb_before_an_entry_of_the_same_code():
    """ "impose ... sanction" says nothing "sanction" does not: a light verb is grammar, not vocabulary."""
    by_key = {stem_key(entry["expression"]): entry["cameo_code"] for entry in ENTRIES}
    redundant = []
    for entry in ENTRIES:
        words = entry["expression"].split()
        if entry["expression"] in OBJECT_COMPLEMENTS:
            continue
        if len(words) > 2 and words[1] == GAP and compile_expression(words[0]).slots[0] & LIGHT_VERBS:
            rest = " ".join(words[2:])
            if by_key.get(stem_key(rest)) == entry["cameo_code"]:
                redundant.append(entry["expression"])
    assert redundant == []


def test_scores_are_the_reference_goldstein_values_of_their_codes():
    reference = {"19": -10.0, "163": -8.0, "174": -5.0, "161": -4.0, "11": -2.0, "010": 0.0, "04": 1.0, "042": 1.9}
    reference |= {"03": 4.0, "057": 8.0, "085": 7.0, "084": 7.0, "13": -6.0, "15": -7.2, "12": -4.0, "08": 5.0}
    shipped = {entry["cameo_code"]: float(entry["score"]) for entry in ENTRIES}

    assert {code: shipped.get(code) for code in reference} == reference


@pytest.mark.parametrize("expression", ["...", "|", "... expel", "expel ...", "close ...consulate", "close a|"])
def test_an_unusable_expression_is_refused(db, expression):
    assert expression_problem(expression)
    entry = LexiconEntry(expression=expression, cameo_code="174", event_type="test", category="diplomatic", score=-5)
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "expression" in error.value.message_dict


def test_loading_the_vocabulary_twice_changes_nothing_and_keeps_editors_work(db):
    load_actors(Actor)
    load_lexicon(LexiconEntry)
    russia = Actor.objects.get(name="Russia")
    russia.aliases += "\nRussian government"
    russia.save()
    LexiconEntry.objects.create(
        expression="stare down", cameo_code="15", event_type="x", category="military", score=-7.2
    )
    counts = (Actor.objects.count(), LexiconEntry.objects.count())

    assert (load_actors(Actor), load_lexicon(LexiconEntry)) == (0, 0)

    assert (Actor.objects.count(), LexiconEntry.objects.count()) == counts
    assert "Russian government" in Actor.objects.get(name="Russia").aliases
    assert LexiconEntry.objects.filter(expression="stare down").exists()


def test_the_migrated_database_holds_the_shipped_vocabulary(db):
    assert shipped_names() <= set(Actor.objects.values_list("name", flat=True))
    assert LexiconEntry.objects.filter(language="en").count() >= len(ENTRIES)
