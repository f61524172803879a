"""The evaluation sets' files: every gold quote verbatim in its passage, dates and precisions that mean something.

The English sets (heldout, heldout2, heldout4, heldout5, heldout6, heldout7, heldout8, dev) are checked for form;
heldout2, heldout4, heldout5, heldout6, heldout7 and heldout8, written blind, and dev are also held to the coding
rules' letter: actor names from the shipped list, the reference Goldstein value of each code, dates normalised to
their precision, and `expected` exactly when a dated event lies after the publication date. The second Russian
held-out set, heldout-ru2, written blind, is checked for both.
"""

import datetime
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SETS = ("heldout", "heldout2", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "dev", "heldout-ru2")
LETTER_SETS = ("heldout2", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "dev", "heldout-ru2")
ACTORS = Path(__file__).parent.parent / "timeline" / "assistant" / "vocabulary" / "en" / "actors.json"
CATEGORIES = {"military", "diplomatic", "sanctions", "rhetoric", "cooperation", "domestic", "other"}
PRECISIONS = {"day", "week", "month", "year", "approximate"}
REQUIRED = {"quote", "source", "target", "cameo", "category", "score", "date", "precision", "expected"}
OPTIONAL = {"also", "mutual"}
# Goldstein values of /work/shared/reference/goldstein-cameo.md: a listed sub-code's own value, else its root's.
ROOT_VALUES = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0, "10": -5.0,
    "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0,
    "20": -10.0,
}  # fmt: skip
SUB_CODE_VALUES = {
    "010": 0.0, "031": 5.2, "0311": 5.2, "0312": 5.2, "0313": 5.2, "0314": 5.2, "034": 7.0, "036": 4.0, "037": 5.0,
    "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0, "051": 3.4, "054": 6.0, "055": 7.0, "056": 7.0,
    "057": 8.0, "061": 6.4, "062": 7.4, "064": 7.0, "071": 7.4, "081": 5.0, "084": 7.0, "085": 7.0, "0871": 9.0,
    "0874": 10.0, "112": -2.0, "125": -5.0, "128": -5.0, "131": -5.8, "136": -7.0, "137": -7.0, "138": -7.0,
    "139": -7.0, "161": -4.0, "162": -5.6, "163": -8.0, "164": -7.0, "166": -7.0, "172": -5.0, "173": -5.0,
    "174": -5.0, "175": -9.0, "190": -10.0, "191": -9.5, "193": -10.0, "195": -10.0,
}  # fmt: skip


def passages(*set_names):
    return [path for name in set_names for path in sorted((DATA / name).glob("*.txt"))]


def read(text_path):
    headline, blank, *body = text_path.read_text(encoding="utf-8").split("\n")
    gold = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
    return headline, blank, "\n".join(body), gold


@pytest.mark.parametrize("text_path", passages(*SETS), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_every_passage_has_a_headline_and_gold_quoting_its_body_verbatim(text_path):
    headline, blank, body, gold = read(text_path)

    assert headline.strip()
    assert blank == ""
    assert body.strip()
    assert {"outlet", "published", "events"} <= set(gold)
    datetime.date.fromisoformat(gold["published"])
    assert gold["events"]
    for event in gold["events"]:
        assert REQUIRED <= set(event) <= REQUIRED | OPTIONAL | {"language"}, event
        for quote in [event["quote"], *event.get("also", [])]:
            assert quote, event
            assert quote in body, quote
        datetime.date.fromisoformat(event["date"])
        assert event["precision"] in PRECISIONS, event
        assert event["category"] in CATEGORIES, event
        assert event["cameo"].isdigit(), event
        assert 1 <= int(event["cameo"][:2]) <= 20, event
        assert isinstance(event["expected"], bool)


def test_every_gold_file_has_its_passage():
    for name in SETS:
        assert {path.stem for path in (DATA / name).glob("*.json")} == {path.stem for path in passages(name)}


@pytest.mark.parametrize("text_path", passages(*LETTER_SETS), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_the_blind_held_out_and_the_dev_gold_follow_the_coding_rules_to_the_letter(text_path):
    actors = {actor["name"] for actor in json.loads(ACTORS.read_text(encoding="utf-8"))}
    _, _, body, gold = read(text_path)
    published = datetime.date.fromisoformat(gold["published"])
    quotes = []

    for event in gold["events"]:
        quotes += [event["quote"], *event.get("also", [])]
        assert {event["source"], event["target"]} - {None} <= actors, event
        assert event["source"] or event["cameo"].startswith("14"), "only a crowd acts without an actor"
        code = event["cameo"]
        assert event["score"] == SUB_CODE_VALUES.get(code, ROOT_VALUES[code[:2]]), event
        date = datetime.date.fromisoformat(event["date"])
        precision = event["precision"]
        assert precision != "week" or date.weekday() == 0, "a week is dated by its Monday"
        assert precision not in ("month", "year") or date.day == 1, "a month or year is dated by its first day"
        assert precision != "year" or date.month == 1
        if precision == "day":
            assert event["expected"] == (date > published), event
    assert all(body.count(quote) == 1 for quote in quotes), "each quote points at one place"
    assert len(quotes) == len(set(quotes)), "no sentence is two events' quote"


@pytest.mark.parametrize("set_name", ["heldout2", "heldout4", "heldout5"])
def test_a_blind_held_out_set_spans_the_years_and_every_cameo_root(set_name):
    golds = [read(path)[3] for path in passages(set_name)]
    years = sorted(datetime.date.fromisoformat(gold["published"]).year for gold in golds)
    roots = {event["cameo"][:2] for gold in golds for event in gold["events"]}

    assert len(golds) >= 15
    assert years[0] <= 1992
    assert years[-1] >= 2025
    assert roots == set(ROOT_VALUES)
