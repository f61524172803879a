"""Migration 0019 brings a database seeded with the earlier English lexicon up to the revised one, and keeps what
editors changed."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from timeline.assistant.vocabulary import lexicon_entries
from timeline.models import Actor, LexiconEntry

pytestmark = pytest.mark.django_db
migration = importlib.import_module("timeline.migrations.0019_revise_english_lexicon")
HAND_OVER = "hand over"


def run_migration():
    migration.revise_english_lexicon(apps, SimpleNamespace(connection=connection))


def earlier_entry(expression, **changes):
    LexiconEntry.objects.filter(language="en", expression=expression).delete()
    fields = {"part_of_speech": "verb", "score": "-7.0", **migration.SHIPPED_BEFORE[expression], **changes}
    return LexiconEntry.objects.create(language="en", expression=expression, **fields)


def test_unedited_entries_take_their_revised_meaning_or_give_way(db):
    earlier_entry("seize")
    earlier_entry(HAND_OVER, score="7.0")

    run_migration()

    seize = LexiconEntry.objects.get(language="en", expression="seize")
    assert (seize.cameo_code, seize.category) == ("171", "military")
    assert not LexiconEntry.objects.filter(language="en", expression=HAND_OVER).exists()
    shipped = {entry["expression"] for entry in lexicon_entries("en")}
    assert shipped <= set(LexiconEntry.objects.filter(language="en").values_list("expression", flat=True))


def test_an_edited_entry_is_kept_and_running_it_again_changes_nothing(db):
    earlier_entry("seize", category="sanctions")
    run_migration()
    rows = sorted(LexiconEntry.objects.values_list("language", "expression", "cameo_code", "category"))

    run_migration()

    assert LexiconEntry.objects.get(language="en", expression="seize").category == "sanctions"
    assert sorted(LexiconEntry.objects.values_list("language", "expression", "cameo_code", "category")) == rows


widening = importlib.import_module("timeline.migrations.0025_widen_english_lexicon")


def test_migration_0025_makes_an_unedited_protest_rhetoric_keeps_an_edited_one_and_adds_the_new_expressions(db):
    LexiconEntry.objects.filter(language="en", expression__in=["protest", "formal protest", "intercept"]).delete()
    shipped_as = {"cameo_code": "114", "event_type": "Complain officially", "score": "-2.0"}
    LexiconEntry.objects.create(
        language="en", expression="protest", part_of_speech="verb", category="diplomatic", **shipped_as
    )
    LexiconEntry.objects.create(
        language="en", expression="formal protest", part_of_speech="noun", category="other", **shipped_as
    )

    widening.revise_english_lexicon(apps, SimpleNamespace(connection=connection))

    assert LexiconEntry.objects.get(language="en", expression="protest").category == "rhetoric"
    assert LexiconEntry.objects.get(language="en", expression="formal protest").category == "other"
    assert LexiconEntry.objects.get(language="en", expression="intercept").cameo_code == "15"


from_widened_dev = importlib.import_module("timeline.migrations.0026_lexicon_from_the_widened_dev_set")


def test_migration_0026_makes_unedited_aid_cuts_cooperation_keeps_an_edited_one_and_adds_the_new_expressions(db):
    cut = [
        "suspend ... aid|assistance",
        "halt ... aid|assistance",
        "has|have|had nothing to do with",
        "ransomware attack",
    ]
    LexiconEntry.objects.filter(language="en", expression__in=cut).delete()
    shipped_as = {"cameo_code": "162", "event_type": "Reduce or stop aid", "score": "-5.6", "part_of_speech": "verb"}
    LexiconEntry.objects.create(language="en", expression=cut[0], category="sanctions", **shipped_as)
    LexiconEntry.objects.create(language="en", expression=cut[1], category="rhetoric", **shipped_as)

    from_widened_dev.revise_english_lexicon(apps, SimpleNamespace(connection=connection))

    assert LexiconEntry.objects.get(language="en", expression=cut[0]).category == "cooperation"
    assert LexiconEntry.objects.get(language="en", expression=cut[1]).category == "rhetoric"
    assert LexiconEntry.objects.get(language="en", expression="has|have|had nothing to do with").cameo_code == "016"
    assert LexiconEntry.objects.get(language="en", expression="ransomware attack").category == "other"


def test_migration_0026_gives_way_an_unedited_treaty_or_agreement_expression_and_keeps_an_edited_one(db):
    both = from_widened_dev.LEAVING_A_TREATY_BEFORE
    shipped_as = {"cameo_code": "16", "event_type": "Reduce relations", "score": "-4.0", "part_of_speech": "verb"}
    LexiconEntry.objects.create(language="en", expression=both[0], category="military", **shipped_as)
    LexiconEntry.objects.create(language="en", expression=both[1], category="diplomatic", **shipped_as)

    from_widened_dev.revise_english_lexicon(apps, SimpleNamespace(connection=connection))

    assert not LexiconEntry.objects.filter(language="en", expression=both[0]).exists()
    assert LexiconEntry.objects.get(language="en", expression=both[1]).category == "diplomatic"
    assert LexiconEntry.objects.get(language="en", expression="withdraw ... agreement|deal").category == "cooperation"


for_what_is_said = importlib.import_module("timeline.migrations.0027_lexicon_for_what_is_said")


def test_migration_0027_adds_the_judgements_and_keeps_an_edited_entry(db):
    LexiconEntry.objects.filter(language="en", expression__in=["complicity", "reckless", "vote against"]).delete()
    edited = LexiconEntry.objects.get(language="en", expression="sham")
    edited.score = "-3.0"
    edited.save()

    european_union = Actor.objects.get(name="European Union")
    european_union.aliases = "EU\nthe European Union"
    european_union.save()

    for_what_is_said.add_judgements(apps, SimpleNamespace(connection=connection))

    assert LexiconEntry.objects.get(language="en", expression="complicity").cameo_code == "112"
    assert LexiconEntry.objects.get(language="en", expression="reckless").cameo_code == "11"
    assert LexiconEntry.objects.get(language="en", expression="vote against").cameo_code == "12"
    assert str(LexiconEntry.objects.get(language="en", expression="sham").score) == "-3.0"
    assert "European Community" in Actor.objects.get(name="European Union").aliases.splitlines()


attributions_and_departures = importlib.import_module(
    "timeline.migrations.0028_lexicon_for_attributions_and_departures"
)
DEPARTURE = "leave|quit|exit ... council|organisation|organization|alliance|assembly"
PASSED_ON = "pass ... intelligence|information|tip|warning ... to"


def test_migration_0028_adds_attributions_and_departures_and_keeps_an_edited_entry(db):
    LexiconEntry.objects.filter(language="en", expression__in=["attribute ... to", DEPARTURE, PASSED_ON]).delete()
    edited = LexiconEntry.objects.get(language="en", expression="blame")
    edited.score = "-3.0"
    edited.save()

    attributions_and_departures.add_attributions_and_departures(apps, SimpleNamespace(connection=connection))
    attributions_and_departures.add_attributions_and_departures(apps, SimpleNamespace(connection=connection))

    assert LexiconEntry.objects.get(language="en", expression="attribute ... to").cameo_code == "112"
    assert LexiconEntry.objects.get(language="en", expression=PASSED_ON).cameo_code == "064"
    departure = LexiconEntry.objects.get(language="en", expression=DEPARTURE)
    assert (departure.cameo_code, departure.category) == ("161", "diplomatic")
    assert str(LexiconEntry.objects.get(language="en", expression="blame").score) == "-3.0"
    assert LexiconEntry.objects.filter(language="en", expression=DEPARTURE).count() == 1


energy_cuts = importlib.import_module("timeline.migrations.0029_lexicon_for_energy_cuts")


def test_migration_0029_adds_the_energy_cuts_and_keeps_an_edited_entry(db):
    LexiconEntry.objects.filter(language="en", expression__in=["cut ... supplies|flows", "stop gas"]).delete()
    edited = LexiconEntry.objects.get(language="en", expression="halt ... gas|oil|supplies|pipeline")
    edited.score = "-6.0"
    edited.save()

    energy_cuts.add_energy_cuts(apps, SimpleNamespace(connection=connection))
    energy_cuts.add_energy_cuts(apps, SimpleNamespace(connection=connection))

    assert LexiconEntry.objects.get(language="en", expression="cut ... supplies|flows").cameo_code == "163"
    assert LexiconEntry.objects.get(language="en", expression="stop gas").category == "sanctions"
    assert str(LexiconEntry.objects.get(language="en", expression="halt ... gas|oil|supplies|pipeline").score) == "-6.0"


wire_reports_ru = importlib.import_module("timeline.migrations.0030_lexicon_for_wire_reports_ru")
CUT_SHORT = "прервать|прерывать ... визит|поездку|турне"
HACKERS = "хакер ... атаковать"


def test_migration_0030_adds_the_russian_wire_vocabulary_and_keeps_an_edited_entry(db):
    LexiconEntry.objects.filter(language="ru", expression__in=[CUT_SHORT, HACKERS, "обеспокоенный"]).delete()
    edited = LexiconEntry.objects.get(language="ru", expression="ошибка")
    edited.score = "-3.0"
    edited.save()
    russia = Actor.objects.get(name="Russia")
    russia.aliases = "Россия\nМосква"
    russia.save()

    wire_reports_ru.add_wire_report_vocabulary(apps, SimpleNamespace(connection=connection))
    wire_reports_ru.add_wire_report_vocabulary(apps, SimpleNamespace(connection=connection))

    assert LexiconEntry.objects.get(language="ru", expression=CUT_SHORT).cameo_code == "125"
    hackers = LexiconEntry.objects.get(language="ru", expression=HACKERS)
    assert (hackers.cameo_code, hackers.category) == ("17", "other")
    assert LexiconEntry.objects.get(language="ru", expression="обеспокоенный").cameo_code == "11"
    assert str(LexiconEntry.objects.get(language="ru", expression="ошибка").score) == "-3.0"
    assert LexiconEntry.objects.filter(language="ru", expression=CUT_SHORT).count() == 1
    assert "Совбез России" in Actor.objects.get(name="Russia").aliases.splitlines()
    assert "российский парламент" in Actor.objects.get(name="Federal Assembly").aliases.splitlines()


places_and_officials = importlib.import_module("timeline.migrations.0031_places_and_officials")


def test_migration_0031_adds_cities_and_officials_and_keeps_an_editors_alias(db):
    ukraine = Actor.objects.get(name="Ukraine")
    ukraine.aliases = "Kyiv\nKiev\nKyiv Oblast"  # an editor's alias, and no cities yet
    ukraine.save()
    Actor.objects.filter(name="Steve Witkoff").delete()

    places_and_officials.add_places_and_officials(apps, SimpleNamespace(connection=connection))
    places_and_officials.add_places_and_officials(apps, SimpleNamespace(connection=connection))

    aliases = Actor.objects.get(name="Ukraine").aliases.splitlines()
    assert "Kyiv Oblast" in aliases
    assert aliases.count("Kharkiv") == 1
    assert "Yekaterinburg" in Actor.objects.get(name="Russia").aliases.splitlines()
    witkoff = Actor.objects.get(name="Steve Witkoff")
    assert (witkoff.side, witkoff.kind, witkoff.name_ru) == ("us", "person", "Стив Уиткофф")


passives_and_cities_ru = importlib.import_module("timeline.migrations.0032_passives_and_cities_ru")
CALLED_AN_ATTEMPT = "назвать|называть ... попытка"


def test_migration_0032_adds_the_russian_accusation_and_cities_and_keeps_edits(db):
    LexiconEntry.objects.filter(language="ru", expression=CALLED_AN_ATTEMPT).delete()
    edited = LexiconEntry.objects.get(language="ru", expression="обвинить|обвинять")
    edited.score = "-3.0"
    edited.save()
    russia = Actor.objects.get(name="Russia")
    russia.aliases = "Россия\nМосква\nЧелябинск"  # an editor's alias, and no Russian city names yet
    russia.save()

    passives_and_cities_ru.add_passive_round_vocabulary(apps, SimpleNamespace(connection=connection))
    passives_and_cities_ru.add_passive_round_vocabulary(apps, SimpleNamespace(connection=connection))

    attempt = LexiconEntry.objects.get(language="ru", expression=CALLED_AN_ATTEMPT)
    assert (attempt.cameo_code, attempt.category) == ("112", "rhetoric")
    assert str(LexiconEntry.objects.get(language="ru", expression="обвинить|обвинять").score) == "-3.0"
    aliases = Actor.objects.get(name="Russia").aliases.splitlines()
    assert "Челябинск" in aliases
    assert aliases.count("Екатеринбург") == 1
    assert "Харьков" in Actor.objects.get(name="Ukraine").aliases.splitlines()


third_russian_round = importlib.import_module("timeline.migrations.0033_laws_exchanges_and_moscow_region_ru")
LAW_THAT_BANS = (
    "подписать|подписывать|принять|принимать|одобрить|одобрять|утвердить|утверждать ... закон|законопроект ... "
    "запрещать|запрет|ограничивать|ограничение|санкция"
)


def test_migration_0033_adds_the_law_that_bans_the_exchange_and_the_moscow_region_and_keeps_edits(db):
    LexiconEntry.objects.filter(language="ru", expression__in=[LAW_THAT_BANS, "обмен"]).delete()
    edited = LexiconEntry.objects.get(language="ru", expression="освобождение")
    edited.score = "6.0"
    edited.save()
    russia = Actor.objects.get(name="Russia")
    russia.aliases = "Россия\nМосква\nЧелябинск"  # an editor's alias, and no Moscow region yet
    russia.save()

    third_russian_round.add_third_russian_round_vocabulary(apps, SimpleNamespace(connection=connection))
    third_russian_round.add_third_russian_round_vocabulary(apps, SimpleNamespace(connection=connection))

    law = LexiconEntry.objects.get(language="ru", expression=LAW_THAT_BANS)
    assert (law.cameo_code, law.category) == ("163", "sanctions")
    assert LexiconEntry.objects.get(language="ru", expression="обмен").cameo_code == "084"
    assert LexiconEntry.objects.get(language="ru", expression="объявить|объявлять о|об выходе").cameo_code == "16"
    assert LexiconEntry.objects.get(language="ru", expression="проект ... договора|соглашения").cameo_code == "03"
    assert str(LexiconEntry.objects.get(language="ru", expression="освобождение").score) == "6.0"
    aliases = Actor.objects.get(name="Russia").aliases.splitlines()
    assert "Челябинск" in aliases
    assert aliases.count("подмосковный") == 1


fourth_russian_round = importlib.import_module("timeline.migrations.0034_force_ru")
USING_FORCE = "применить|применять ... силу"
CLASHING = "вступить|вступать ... в ... столкновение|столкновения|бой|бои"


def test_migration_0034_adds_force_and_clashes_and_keeps_edits(db):
    LexiconEntry.objects.filter(language="ru", expression__in=[USING_FORCE, CLASHING]).delete()
    edited = LexiconEntry.objects.get(language="ru", expression="штурмовать")
    edited.score = "-9.5"
    edited.save()

    fourth_russian_round.add_fourth_russian_round_vocabulary(apps, SimpleNamespace(connection=connection))
    fourth_russian_round.add_fourth_russian_round_vocabulary(apps, SimpleNamespace(connection=connection))

    for expression in (USING_FORCE, CLASHING):
        entry = LexiconEntry.objects.get(language="ru", expression=expression)
        assert (entry.cameo_code, entry.category) == ("19", "military")
    assert str(LexiconEntry.objects.get(language="ru", expression="штурмовать").score) == "-9.5"


european_commission = importlib.import_module("timeline.migrations.0035_european_commission")


def test_migration_0035_makes_the_european_commission_the_eu_and_keeps_an_editors_alias(db):
    european_union = Actor.objects.get(name="European Union")
    european_union.aliases = "EU\nBrussels institutions"  # an editor's alias, and no Commission yet
    european_union.save()

    european_commission.add_the_european_commission(apps, SimpleNamespace(connection=connection))
    european_commission.add_the_european_commission(apps, SimpleNamespace(connection=connection))

    aliases = Actor.objects.get(name="European Union").aliases.splitlines()
    assert "Brussels institutions" in aliases
    assert aliases.count("European Commission") == 1


fifth_russian_round = importlib.import_module("timeline.migrations.0036_denials_and_doubts_ru")
DENYING = "отвергнуть|отвергать ... обвинение|обвинения|причастность"
NO_ANSWER_LEFT = "не ... остаться|оставаться ... без ответа"
DOUBTING = "поставить|ставить ... под ... сомнение"
RESUMING = "возобновить|возобновлять ... поставки|транзит|экспорт|импорт"


def test_migration_0036_adds_denials_doubts_easing_and_no_answer_left_and_keeps_edits(db):
    LexiconEntry.objects.filter(
        language="ru", expression__in=[DENYING, NO_ANSWER_LEFT, DOUBTING, RESUMING, "разочарование"]
    ).delete()
    edited = LexiconEntry.objects.get(language="ru", expression="отрицать")
    edited.score = "-0.5"
    edited.save()

    fifth_russian_round.add_fifth_russian_round_vocabulary(apps, SimpleNamespace(connection=connection))
    fifth_russian_round.add_fifth_russian_round_vocabulary(apps, SimpleNamespace(connection=connection))

    codes = {
        expression: LexiconEntry.objects.get(language="ru", expression=expression).cameo_code
        for expression in (DENYING, NO_ANSWER_LEFT, DOUBTING, RESUMING, "разочарование")
    }
    assert codes == {DENYING: "016", NO_ANSWER_LEFT: "13", DOUBTING: "11", RESUMING: "085", "разочарование": "11"}
    assert str(LexiconEntry.objects.get(language="ru", expression="отрицать").score) == "-0.5"


sixth_russian_round = importlib.import_module("timeline.migrations.0046_fresh_russian_text_vocabulary")
SIXTH_ROUND_CODES = {
    "дать|давать ... срок|сроки ... чтобы": "10",
    "дать|давать ... дней|дня|суток|часов|недель|недели|неделю|месяц|месяца|месяцев ... на ... чтобы": "10",
    "рассчитывать ... на ... продолжение|развитие|возобновление|восстановление|сотрудничество|диалог": "03",
    "экономическая война": "11",
    "перехватить|перехватывать ... беспилотник|беспилотники|дрон|дроны|БПЛА": "15",
    "отменить|отменять ... поправку|поправки ... Джексона-Вэника": "085",
    "отмена поправки Джексона-Вэника": "085",
}


def test_migration_0046_adds_the_vocabulary_of_fresh_russian_text_and_keeps_edits(db):
    LexiconEntry.objects.filter(language="ru", expression__in=list(SIXTH_ROUND_CODES)).delete()
    edited = LexiconEntry.objects.get(language="ru", expression="установить|устанавливать ... срок|сроки")
    edited.score = "-4.5"
    edited.save()

    for _ in range(2):
        sixth_russian_round.add_fresh_russian_text_vocabulary(apps, SimpleNamespace(connection=connection))

    codes = {
        expression: LexiconEntry.objects.get(language="ru", expression=expression).cameo_code
        for expression in SIXTH_ROUND_CODES
    }
    assert codes == SIXTH_ROUND_CODES
    edited.refresh_from_db()
    assert str(edited.score) == "-4.5"


seventh_russian_round = importlib.import_module("timeline.migrations.0048_rufresh_russian_wire_vocabulary")
SEVENTH_ROUND_CODES = {
    "подвергнуть|подвергать ... критике": "11",
    "приостановление|прекращение|заморозка ... переговоров|диалога|консультаций": "164",
    "приостановить|приостанавливать ... контакты": "161",
    "приостановление|прекращение|заморозка ... контактов": "161",
    "не ... выполнить|выполнять ... обязательства|обязательств|обязательство": "112",
    "невыполнение ... обязательств": "112",
    "вынести|выносить ... приговор": "173",
    "нечестный": "11",
    "несправедливый": "11",
    "недемократический": "11",
    "провоцирующий": "11",
    "дестабилизирующий": "11",
}


def test_migration_0048_adds_the_vocabulary_of_russian_wire_text_and_keeps_edits(db):
    kept = "вынести|выносить ... приговор"
    LexiconEntry.objects.filter(language="ru", expression__in=list(SEVENTH_ROUND_CODES)).exclude(
        expression=kept
    ).delete()
    edited = LexiconEntry.objects.get(language="ru", expression=kept)
    edited.score = "-4.5"
    edited.save()

    for _ in range(2):
        seventh_russian_round.add_russian_wire_vocabulary(apps, SimpleNamespace(connection=connection))

    codes = {
        expression: LexiconEntry.objects.get(language="ru", expression=expression).cameo_code
        for expression in SEVENTH_ROUND_CODES
    }
    assert codes == SEVENTH_ROUND_CODES
    edited.refresh_from_db()
    assert str(edited.score) == "-4.5"
