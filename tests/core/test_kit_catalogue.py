"""The shipped kit catalogue as data: every item, horizon and energy figure has what the app
needs (rule, category, source, source keys, labels), the kit check's months, and the daily rules the catalogue holds
give the water and food a household uses per day.

That each source key exists in resources/sources.toml is checked in
tests/content/test_sources.py (the index is read by app.content).
"""

from __future__ import annotations

import json
import re

import pytest

from app.core.household import Household
from app.core.kit import (
    DAILY_RULES,
    RULES,
    CatalogueError,
    Term,
    catalogue,
    daily_items,
    daily_need,
    daily_terms,
    parse_catalogue,
)
from app.core.records import UNITS, Member, Pet
from app.core.supplies import CHECK_MONTHS
from app.paths import resource

KEY = re.compile(r"^(FACTS|SEED) \S.*$")


def raw() -> dict:
    return json.loads(resource("kit", "catalogue.json").read_text(encoding="utf-8"))


def household(*ages: str, pets: int = 0) -> Household:
    members = [Member(i, i, f"Persoon {i}", age) for i, age in enumerate(ages, start=1)]
    return Household(members=members, pets=[Pet(1, "Hond", pets)] if pets else [])


# --- schema ------------------------------------------------------------------------------------


@pytest.mark.parametrize("item", raw()["items"], ids=lambda item: item["id"])
def test_every_item_has_a_rule_a_category_a_source_and_source_keys(item):
    data = raw()
    assert item["rule"] in RULES and item["rule"] != "medicine"  # medicines come from the household
    assert item["category"] in data["categories"]
    assert item["source"] in data["sources"]
    assert item["unit"] in UNITS
    assert isinstance(item["amount"], int | float) and item["amount"] > 0
    assert item["facts"] and all(KEY.match(key) for key in item["facts"])
    assert len(set(item["facts"])) == len(item["facts"])
    assert set(item) <= {"id", "category", "rule", "amount", "unit", "source", "facts", "name", "note",
                         "grab_bag", "light", "when", "notes_when", "aliases"}


def test_the_parsed_catalogue_keeps_the_source_keys():
    kit = catalogue()
    for item, data in zip(kit.items, raw()["items"], strict=True):
        assert item.facts == tuple(data["facts"])
    assert kit.energy_facts and all(KEY.match(key) for key in kit.energy_facts)


def test_every_horizon_has_words_a_source_and_source_keys():
    kit = catalogue()
    for horizon in kit.horizons:
        assert horizon.source in kit.sources
        assert horizon.facts and all(KEY.match(key) for key in horizon.facts)
        number = str(horizon.hours) if horizon.hours < 24 * 4 else str(horizon.hours // 24)
        for language in ("nl", "en"):
            label, short = horizon.text(language), horizon.text(language, short=True)
            assert label.startswith(short) and len(label) > len(short), horizon.id
            assert short.split()[0] == number, horizon.id  # the words say the same number
        assert kit.horizon(horizon.hours) is horizon
    assert kit.horizon(100) is None
    assert kit.horizons[0].text("fr") == kit.horizons[0].text("nl")


def test_horizon_words_are_optional_in_a_catalogue_of_ones_own():
    data = raw()
    for horizon in data["horizons"]:
        del horizon["label"], horizon["short"], horizon["facts"]
    kit = parse_catalogue(data)
    assert kit.horizons[0].text("nl") == "" and kit.horizons[0].facts == ()


def test_the_kit_check_months_are_half_a_year_apart_with_their_sources():
    kit = catalogue()
    first, second = kit.check_months  # next_check's three-month rule relies on two months…
    assert second - first == 6  # …half a year apart
    assert kit.check_months == CHECK_MONTHS
    assert kit.check_facts and all(KEY.match(key) for key in kit.check_facts)


@pytest.mark.parametrize("months", [[12, 6], [6, 6], [0, 6], [6, 13]])
def test_check_months_out_of_order_or_range_are_refused(months):
    data = raw()
    data["check"]["months"] = months
    with pytest.raises(CatalogueError, match="check months"):
        parse_catalogue(data)


def test_the_daily_items_of_water_and_food_share_one_unit():
    for category, unit in (("water", "l"), ("food", "kcal")):
        assert {item.unit for item in daily_items(category)} == {unit}
    with pytest.raises(ValueError, match="baby"):
        daily_need(household("baby"), "baby")  # days of food and nappies do not add up
    assert [item.id for item in daily_items("water")] == ["water", "pet_water"]
    assert [item.id for item in daily_items("food")] == ["food"]
    assert set(DAILY_RULES) <= set(RULES)


# --- the daily rules, worked out by hand (FACTS 1.4: 3 L a person, 0.5 L a pet; BBK kcal) ------


def test_water_per_day_is_three_litres_a_person_and_half_a_litre_a_pet():
    family = household("adult", "adult", "child", "baby", "senior", pets=1)
    assert daily_terms(family, "water") == (Term(3.0, "person_day", 5, 1), Term(0.5, "pet_day", 1, 1))
    assert daily_need(family, "water") == 15.5
    assert daily_need(household("adult"), "water") == 3.0
    assert daily_terms(household("adult"), "water") == (Term(3.0, "person_day", 1, 1),)  # no pets: no term
    assert daily_need(household(pets=2), "water") == 1.0
    assert daily_need(Household(), "water") == 0


def test_food_per_day_counts_energy_by_age_group():
    family = household("adult", "adult", "child", "baby", "senior")
    assert daily_need(family, "food") == 2 * 2200 + 2000 + 1800  # the baby's food: baby food days
    assert [term.per for term in daily_terms(family, "food")] == ["adult", "senior", "child"]
    assert daily_need(Household(), "food") == 0


def test_categories_without_daily_rules_need_nothing_a_day():
    assert daily_need(household("adult"), "tools") == 0
    assert daily_terms(household("adult"), "no_such_category") == ()


def test_the_daily_need_follows_the_catalogue():
    data = raw()
    next(item for item in data["items"] if item["id"] == "water")["amount"] = 4
    kit = parse_catalogue(data)
    assert daily_need(household("adult", "adult", pets=1), "water", kit) == 8.5
