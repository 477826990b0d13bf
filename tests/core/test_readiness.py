"""The readiness figure by need (app/core/readiness.py): water, food and medicines first."""

from __future__ import annotations

import datetime as dt

from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.kit import catalogue
from app.core.readiness import CAP_SHORT, readiness
from app.core.records import Stock
from app.core.supplies import kit_report
from app.paths import resource

TODAY = dt.date(2026, 3, 12)


def _full_stock(household: Household, tiers: tuple[int, ...]) -> list[Stock]:
    """Exactly what the horizon asks for, for the items of ``tiers``."""
    from app.core.readiness import _tier

    report = kit_report(household, [], TODAY, 72, None)
    return [Stock(item_id=status.requirement.item.id, quantity=status.required,
                  unit=status.requirement.item.unit)
            for status in report.statuses if _tier(status) in tiers]


def test_demo_without_water_is_not_ready_and_under_half() -> None:
    household = demo_household()
    stock = [entry for entry in _full_stock(household, (1, 2, 3)) if entry.item_id != "water"]
    result = readiness(kit_report(household, stock, TODAY, 72, None))
    assert result.ready is False
    assert result.percent is not None and result.percent < 50
    assert result.weakest[0].item == "water"
    # the real demo kit with its water taken out too
    stock = [entry for entry in demo_stock(TODAY) if entry.item_id != "water"]
    result = readiness(kit_report(household, stock, TODAY, 72, None))
    assert result.ready is False and result.percent is not None and result.percent < 50


def test_all_essentials_without_the_extras_is_ready_and_at_least_80() -> None:
    household = demo_household()
    result = readiness(kit_report(household, _full_stock(household, (1, 2)), TODAY, 72, None))
    assert result.percent is not None and result.percent >= 80
    assert result.ready is True and result.weakest == ()
    full = readiness(kit_report(household, _full_stock(household, (1, 2, 3)), TODAY, 72, None))
    assert full.percent == 100 and full.ready


def test_a_missing_medicine_is_not_ready_and_at_most_half() -> None:
    household = demo_household()
    stock = [entry for entry in _full_stock(household, (1, 2, 3)) if entry.item_id != "medicine:1"]
    household.medicines[0].in_stock = 0  # Metoprolol, taken daily: none left in the house
    result = readiness(kit_report(household, stock, TODAY, 72, None))
    assert result.ready is False
    assert result.percent is not None and result.percent <= 50 and result.percent <= CAP_SHORT
    assert result.weakest[0].item == "medicine:1"


def test_tier_one_short_of_the_horizon_is_never_ready() -> None:
    household = demo_household()
    stock = _full_stock(household, (1, 2, 3))
    stock = [Stock(item_id=e.item_id, quantity=e.quantity * (0.8 if e.item_id == "food" else 1),
                   unit=e.unit) for e in stock]
    result = readiness(kit_report(household, stock, TODAY, 72, None))
    assert not result.ready and result.percent is not None and CAP_SHORT < result.percent <= 79


def test_not_started_has_no_figure() -> None:
    empty = readiness(kit_report(Household(), [], TODAY, 72, None))
    assert empty.percent is None and empty.ready is False and not empty.started
    household = demo_household()
    waiting = readiness(kit_report(household, demo_stock(TODAY), TODAY, 72, None), started=False)
    assert waiting.percent is None and waiting.ready is False


def test_weakest_water_in_words_with_numbers_and_sources() -> None:
    from app.words.bilingual import weakest_sentence

    household = demo_household()
    stock = [Stock(item_id="water", quantity=6, unit="l")]
    result = readiness(kit_report(household, stock, TODAY, 72, None))
    water = next(need for need in result.needs if need.item == "water")
    assert water.have == 6 and water.hours is not None
    text = weakest_sentence(water, "nl")
    # the demo has a dog: the pets' water is counted with it, and named, as on the kit list
    assert text.startswith("Drinkwater + Water voor huisdieren: 6 van ")
    assert "liter — genoeg voor " in text
    assert "6 of " in weakest_sentence(water, "en")
    import tomllib

    keys = tomllib.loads(resource("sources.toml").read_text(encoding="utf-8"))["keys"]
    for need in result.needs:
        assert need.facts and all(fact in keys for fact in need.facts), need.item
    assert catalogue().item("water") is not None


def test_water_need_names_what_it_adds_up_as_the_kit_list_does() -> None:
    """Screen and status agree: the water need is the sum of the kit's water rows, and its name
    says which rows; without pets it is the drinking water alone."""
    from dataclasses import replace

    household = demo_household()
    report = kit_report(household, [], TODAY, 72, None)
    rows = {status.requirement.item.id: status.required for status in report.statuses
            if status.requirement.item.category == "water" and status.requirement.item.unit == "l"}
    water = next(need for need in readiness(report).needs if need.item == "water")
    assert water.need == sum(rows.values()) and set(rows) == {"water", "pet_water"}
    assert water.name("nl") == "Drinkwater + Water voor huisdieren"
    alone = replace(household, pets=[])
    report = kit_report(alone, [], TODAY, 72, None)
    water = next(need for need in readiness(report).needs if need.item == "water")
    assert water.name("nl") == "Drinkwater"
    assert water.need == next(status.required for status in report.statuses
                              if status.requirement.item.id == "water")


def test_pets_alone_are_not_started() -> None:
    from app.core.records import Pet

    household = Household(pets=[Pet(1, "Kat", 2)])
    stock = [Stock(item_id="pet_water", quantity=3, unit="l"),
             Stock(item_id="pet_food", quantity=6, unit="day")]
    result = readiness(kit_report(household, stock, TODAY, 72, None))
    assert result.percent is None and result.ready is False


def test_baby_food_lasts_per_baby() -> None:
    from app.core.records import Member

    household = Household(members=[Member(1, 1, "Ouder", "adult"), Member(2, 2, "Baby 1", "baby"),
                                   Member(3, 3, "Baby 2", "baby")])
    stock = [Stock(item_id="baby_food", quantity=4, unit="day")]
    report = kit_report(household, stock, TODAY, 72, None)
    baby = next(need for need in readiness(report).needs if need.item == "baby_food")
    assert (baby.have, baby.need) == (4, 6)  # 2 babies × 3 days
    assert baby.hours == 48  # two babies eat 4 days' food in 2 days


def test_a_medicine_without_its_numbers_asks_for_them_instead_of_guessing() -> None:
    from app.core.records import Medicine, Member
    from app.words.bilingual import weakest_sentence

    household = Household(members=[Member(1, 1, "Opa Henk", "senior")],
                          medicines=[Medicine(1, 1, "Insuline", in_stock=30)])  # how often: not known
    report = kit_report(household, [], TODAY, 72, None)
    need = next(need for need in readiness(report).needs if need.item == "medicine:1")
    assert need.ask == "per_day" and need.have == 0
    assert weakest_sentence(need, "nl") == (
        "Insuline (Opa Henk): 0 van 3 dagen — vul bij Huishouden in hoe vaak per dag je het neemt")
    household.medicines = [Medicine(1, 1, "Insuline", per_day=2)]  # how many in the house: not known
    report = kit_report(household, [], TODAY, 72, None)
    need = next(need for need in readiness(report).needs if need.item == "medicine:1")
    assert need.ask == "in_stock"
    assert weakest_sentence(need, "en").endswith("fill in under Household how many you have in the house")
    household.medicines = [Medicine(1, 1, "Insuline", per_day=2, in_stock=4)]
    report = kit_report(household, [], TODAY, 72, None)
    need = next(need for need in readiness(report).needs if need.item == "medicine:1")
    assert need.ask == "" and weakest_sentence(need, "nl") == (
        "Insuline (Opa Henk): 2 van 3 dagen — genoeg voor 2 dagen")
