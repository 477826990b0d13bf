"""The kit catalogue and the requirements it gives for a household.

Expected quantities are worked out by hand from the booklet's numbers (FACTS.md 1.4: 3 L of
water per person per day, about 0.5 L per pet per day, €70 per adult, €30 per child), the
catalogue's energy figures (2200 / 2000 / 1800 kcal per adult / senior / child per day; a baby's
food is its own item, in days) and Paraat's estimates for consumables (per person or household
per day); they are written out, never recomputed with the code under test.
"""

from __future__ import annotations

import copy
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.household import Household
from app.core.kit import (
    DEFAULT_HOURS,
    RULES,
    Catalogue,
    CatalogueError,
    Requirement,
    Term,
    catalogue,
    convert,
    horizon_days,
    medicine_item_id,
    parse_catalogue,
    requirements,
    units_for,
)
from app.core.records import AGE_GROUPS, UNITS, Medicine, Member, Pet

PIECE_UNITS = {"pcs", "pack", "set", "day", "eur"}

# The items every household with at least one person needs once, whatever its size, for 72
# hours, while no kit question is answered (so the car key, the pads and the CO alarm are on
# the list; nobody has a phone number, so one power bank and one charger).
HOUSEHOLD_ITEMS = {
    "water_containers": 1, "can_opener": 1, "flashlight": 1, "powerbank": 1, "phone_charger": 1,
    "radio": 1, "first_aid_kit": 1, "soap": 1, "tools": 1, "whistle": 1, "multitool": 1,
    "spare_keys": 1, "car_key": 1, "phone_list": 1, "region_map": 1, "grab_bag": 1, "co_alarm": 1,
    "batteries": 1,  # one set per 3 days
    "candles": 1,  # 0.3 pack (3 tealights of a pack of 10) a day × 3 days = 0.9
    "sanitary_pads": 1,  # one pack a week, rounded up
}
# What each person adds once (not per day).
PER_PERSON = ("toothbrush", "blankets", "id_copies", "insurance_cards", "rain_gear", "sleeping_bag")


def per_person(count: int) -> dict[str, int]:
    return dict.fromkeys(PER_PERSON, count)


def household(*ages: str, pets: int = 0, medicines: tuple[Medicine, ...] = ()) -> Household:
    members = [Member(i, i, f"Persoon {i}", age) for i, age in enumerate(ages, start=1)]
    pet_list = [Pet(1, "Hond", pets)] if pets else []
    return Household(members=members, pets=pet_list, medicines=list(medicines))


def family() -> Household:
    """2 adults, 1 child, 1 baby and 2 dogs."""
    return household("adult", "adult", "child", "baby", pets=2)


def quantities(reqs: list[Requirement]) -> dict[str, float]:
    return {req.item.id: req.quantity for req in reqs}


# --- the shipped catalogue -----------------------------------------------------------------------


def test_catalogue_loads_and_is_cached() -> None:
    kit = catalogue()
    assert isinstance(kit, Catalogue)
    assert catalogue() is kit
    assert len(kit.items) == 41


def test_every_item_has_dutch_and_english_names_and_known_references() -> None:
    kit = catalogue()
    for item in kit.items:
        assert item.name.get("nl", "").strip(), item.id
        assert item.name.get("en", "").strip(), item.id
        assert item.source in kit.sources, item.id
        assert item.category in kit.categories, item.id
        assert item.rule in RULES, item.id
        assert item.unit in UNITS, item.id
        assert item.amount > 0, item.id
        assert set(item.note) <= {"nl", "en"}, item.id
        if item.note:
            assert item.note.get("nl") and item.note.get("en"), item.id


def test_item_ids_are_unique_and_not_medicine_ids() -> None:
    ids = [item.id for item in catalogue().items]
    assert len(ids) == len(set(ids))
    assert not any(item_id.startswith("medicine:") or item_id == "own" for item_id in ids)


def test_every_category_has_an_item_and_every_source_text_is_bilingual() -> None:
    kit = catalogue()
    assert {item.category for item in kit.items} == set(kit.categories)
    for source, texts in kit.sources.items():
        assert texts.get("nl") and texts.get("en"), source


def test_catalogue_numbers_match_the_booklet() -> None:
    kit = catalogue()
    water, pet_water = kit.item("water"), kit.item("pet_water")
    assert (water.rule, water.amount, water.unit) == ("person_day", 3.0, "l")
    assert (pet_water.rule, pet_water.amount, pet_water.unit) == ("pet_day", 0.5, "l")
    cash_adults, cash_children = kit.item("cash_adults"), kit.item("cash_children")
    assert (cash_adults.rule, cash_adults.amount, cash_adults.unit) == ("adult", 70.0, "eur")
    assert (cash_children.rule, cash_children.amount, cash_children.unit) == ("child", 30.0, "eur")
    assert cash_adults.source == cash_children.source == "nibud"
    assert kit.item("food").rule == "energy"
    assert kit.energy_per_day == {"adult": 2200.0, "senior": 2000.0, "child": 1800.0}
    assert set(kit.energy_per_day) == set(AGE_GROUPS) - {"baby"}  # baby food is its own item
    assert set(kit.energy_sources) == set(AGE_GROUPS) - {"baby"}
    assert set(kit.energy_sources.values()) <= set(kit.sources)
    assert kit.energy_note.get("nl") and kit.energy_note.get("en")


def test_horizons_are_72_hours_a_week_and_ten_days() -> None:
    kit = catalogue()
    assert [(h.id, h.hours, h.source) for h in kit.horizons] == [
        ("72h", 72, "booklet"), ("7d", 168, "msb"), ("10d", 240, "bbk")]
    assert DEFAULT_HOURS == 72
    for horizon in kit.horizons:
        assert horizon.source in kit.sources


def test_light_items_are_the_ones_that_give_light() -> None:
    assert {item.id for item in catalogue().items if item.light} == {
        "flashlight", "batteries", "candles"}


def test_item_lookup_and_labels_fall_back_to_dutch() -> None:
    kit = catalogue()
    assert kit.item("no_such_item") is None
    water = kit.item("water")
    assert water.label("nl") == "Drinkwater"
    assert water.label("en") == "Drinking water"
    assert water.label("de") == "Drinkwater"
    assert water.hint("en").startswith("3 litres per person per day")
    assert water.hint("fr") == water.hint("nl")
    assert kit.item("whistle").hint("en") == ""  # no note at all
    assert kit.source_text("nibud", "en").startswith("Booklet, with amounts by Nibud")
    assert kit.source_text("nibud", "fr") == kit.sources["nibud"]["nl"]
    assert kit.source_text("unknown", "en") == "unknown"


# --- parse_catalogue refuses a broken catalogue --------------------------------------------------


def minimal() -> dict:
    return {
        "sources": {"booklet": {"nl": "Boekje", "en": "Booklet"}},
        "horizons": [{"id": "72h", "hours": 72, "source": "booklet"}],
        "energy": {"per_day": {"adult": 2200, "senior": 2000, "child": 1800, "baby": 800},
                   "sources": {"adult": "booklet"}, "note": {"nl": "n", "en": "n"}},
        "categories": ["water", "tools"],
        "items": [
            {"id": "water", "category": "water", "rule": "person_day", "amount": 3, "unit": "l",
             "source": "booklet", "name": {"nl": "Water", "en": "Water"}, "facts": ["FACTS 1.4"]},
            {"id": "whistle", "category": "tools", "rule": "household", "amount": "1",
             "unit": "pcs", "source": "booklet", "name": {"nl": "Fluitje", "en": "Whistle"},
             "grab_bag": 1, "facts": ["FACTS 1.4"]},
        ],
    }


def test_parse_catalogue_accepts_a_small_valid_catalogue() -> None:
    kit = parse_catalogue(minimal())
    assert [item.id for item in kit.items] == ["water", "whistle"]
    whistle = kit.item("whistle")
    assert whistle.amount == 1.0 and isinstance(whistle.amount, float)
    assert whistle.grab_bag is True and whistle.light is False
    assert whistle.note == {}
    assert kit.horizons[0].hours == 72
    assert kit.energy_per_day["adult"] == 2200.0
    # A catalogue of its own drives requirements.
    assert quantities(requirements(household("adult"), 72, kit)) == {"water": 9, "whistle": 1}


def test_parse_catalogue_refuses_duplicate_ids() -> None:
    data = minimal()
    data["items"].append(copy.deepcopy(data["items"][0]))
    with pytest.raises(CatalogueError, match="unique"):
        parse_catalogue(data)


@pytest.mark.parametrize(("key", "value"), [
    ("rule", "per_cat"), ("category", "snacks"), ("source", "internet")])
def test_parse_catalogue_refuses_unknown_rule_category_or_source(key: str, value: str) -> None:
    data = minimal()
    data["items"][0][key] = value
    with pytest.raises(CatalogueError, match="water"):
        parse_catalogue(data)


@pytest.mark.parametrize("name", [{"nl": "Water"}, {"en": "Water"}, {"nl": "", "en": "Water"},
                                  {}, None])
def test_parse_catalogue_refuses_a_missing_name(name: dict | None) -> None:
    data = minimal()
    if name is None:
        del data["items"][0]["name"]
    else:
        data["items"][0]["name"] = name
    with pytest.raises(CatalogueError, match="Dutch and an English name"):
        parse_catalogue(data)


def test_catalogue_error_is_a_value_error() -> None:
    assert issubclass(CatalogueError, ValueError)


# --- requirements: household shapes --------------------------------------------------------------


def test_a_single_senior_for_72_hours() -> None:
    reqs = requirements(household("senior"))
    assert quantities(reqs) == {
        **HOUSEHOLD_ITEMS, **per_person(1),
        "water": 9,  # 1 × 3 L × 3 days
        "food": 6000,  # 3 days × 2000 kcal
        "toilet_paper": 1,  # ⅛ pack of 4 rolls × 3 days = 0.375, rounded up
        "wet_wipes": 1,  # one pack per person per 6 days: ½, rounded up
        "bin_bags": 3,  # one a day
        "cash_adults": 70,
    }
    ids = {req.item.id for req in reqs}
    assert not ids & {"cash_children", "baby_food", "nappies", "pet_food", "pet_water"}
    assert all(req.applies for req in reqs)


def test_the_default_horizon_is_72_hours() -> None:
    assert quantities(requirements(family())) == quantities(requirements(family(), 72))


def test_a_family_with_a_baby_and_two_dogs_for_72_hours() -> None:
    reqs = requirements(family(), 72)
    assert quantities(reqs) == {
        **HOUSEHOLD_ITEMS, **per_person(4),
        "water": 36,  # 4 people × 3 L × 3 days
        "pet_water": 3,  # 2 dogs × 0.5 L × 3 days
        "food": 18600,  # 3 × (2 × 2200 + 1800): the baby's food is "baby_food", counted once
        "toilet_paper": 2,  # 4 × ⅛ × 3 = 1.5
        "wet_wipes": 2,  # 4 × 3 / 6
        "bin_bags": 12,  # 4 × 3
        "cash_adults": 140,  # 2 × €70
        "cash_children": 60,  # (child + baby) × €30
        "nappies": 18,  # 6 × 3 days
        "baby_food": 3,
        "pet_food": 6,  # 2 dogs × 3 days
    }
    # Requirements come in catalogue order.
    catalogue_order = [item.id for item in catalogue().items]
    assert [req.item.id for req in reqs] == [i for i in catalogue_order if i in quantities(reqs)]


def test_the_family_for_a_week() -> None:
    got = quantities(requirements(family(), 168))
    assert got["water"] == 84  # 4 × 3 × 7
    assert got["pet_water"] == 7  # 2 × 0.5 × 7
    assert got["food"] == 43400  # 7 × 6200 (no kcal for the baby)
    assert got["nappies"] == 42  # 6 × 7
    assert got["baby_food"] == 7
    assert got["pet_food"] == 14
    # Per-person and per-household counts do not grow with the horizon; consumables do.
    assert (got["cash_adults"], got["cash_children"], got["toothbrush"], got["blankets"]) == (
        140, 60, 4, 4)
    assert got["radio"] == 1
    assert (got["toilet_paper"], got["wet_wipes"], got["bin_bags"]) == (4, 5, 28)  # 3.5, 4.67, 28
    assert (got["batteries"], got["candles"], got["sanitary_pads"]) == (3, 3, 1)  # 2.33, 2.1, 1


def test_the_family_for_ten_days() -> None:
    got = quantities(requirements(family(), 240))
    assert got["water"] == 120  # 4 × 3 × 10
    assert got["pet_water"] == 10  # 2 × 0.5 × 10
    assert got["food"] == 62000  # 10 × 6200
    assert got["nappies"] == 60
    assert got["baby_food"] == 10
    assert got["pet_food"] == 20
    assert (got["cash_adults"], got["cash_children"]) == (140, 60)


def test_a_custom_36_hour_horizon_rounds_pieces_up_but_not_litres() -> None:
    got = quantities(requirements(household("adult", "baby", pets=1), 36))  # 1.5 days
    assert got["water"] == 9  # 2 × 3 × 1.5
    assert got["pet_water"] == 0.75  # 1 × 0.5 × 1.5: litres are not rounded
    assert got["food"] == 3300  # 1.5 × 2200: kcal are not rounded
    assert got["baby_food"] == 2  # 1.5 days, rounded up
    assert got["pet_food"] == 2  # 1.5, rounded up
    assert got["nappies"] == 9  # 6 × 1.5 is already whole
    assert got["cash_adults"] == 70 and got["cash_children"] == 30


def test_a_custom_30_hour_horizon() -> None:
    got = quantities(requirements(family(), 30))  # 1.25 days
    assert got["water"] == 15  # 4 × 3 × 1.25
    assert got["pet_water"] == 1.25  # 2 × 0.5 × 1.25
    assert got["food"] == 7750  # 1.25 × 6200
    assert got["nappies"] == 8  # 7.5 → 8
    assert got["baby_food"] == 2  # 1.25 → 2
    assert got["pet_food"] == 3  # 2.5 → 3


def test_a_whole_number_of_pieces_is_not_rounded_up_by_float_noise() -> None:
    # 4 h is 1/6 day; 6 nappies × 1/6 is one nappy, not two.
    got = quantities(requirements(household("baby"), 4))
    assert got["nappies"] == 1
    assert got["baby_food"] == 1  # 1/6 day rounds up to one day
    # 0.1 day × 3 L is 0.3 L exactly once rounded, not 0.30000000000000004.
    assert quantities(requirements(household("adult"), 2.4))["water"] == 0.3


def test_every_age_group_counts_for_water_and_its_own_energy() -> None:
    got = quantities(requirements(household("adult", "senior", "child", "baby"), 24))
    assert got["water"] == 12  # 4 × 3 × 1
    assert got["food"] == 6000  # 2200 + 2000 + 1800; the baby has baby food
    assert got["cash_adults"] == 140  # adult and senior
    assert got["cash_children"] == 60  # child and baby
    assert got["nappies"] == 6 and got["baby_food"] == 1


def test_nobody_at_home_needs_nothing() -> None:
    assert requirements(Household()) == []


def test_pets_alone_still_need_water_and_food() -> None:
    assert quantities(requirements(household(pets=3), 72)) == {
        "pet_water": 4.5,  # 3 × 0.5 × 3
        "pet_food": 9,
    }


def test_pets_are_counted_by_their_count_not_their_records() -> None:
    home = household("adult")
    home.pets = [Pet(1, "Hond", 2), Pet(2, "Kat", 3)]
    got = quantities(requirements(home, 72))
    assert got["pet_water"] == 7.5  # 5 × 0.5 × 3
    assert got["pet_food"] == 15


# --- medicines ---------------------------------------------------------------------------------


def test_a_daily_medicine_must_last_the_horizon_and_its_doses_in_the_house_count_as_days() -> None:
    medicines = (
        Medicine(1, 1, "Metoprolol", days_needed=14, per_day=1, in_stock=10),  # 10 days
        Medicine(2, 2, "Insuline", per_day=2, in_stock=5),  # 2.5 days
        Medicine(3, 99, "Zonder eigenaar"),  # nothing known yet: 0 days
    )
    home = household("senior", "child", medicines=medicines)
    reqs = [req for req in requirements(home, 72) if req.item.id.startswith("medicine:")]
    # The old 'days needed' (14) no longer counts: the booklet names no number of days.
    assert [(r.item.id, r.quantity, r.base, r.subject) for r in reqs] == [
        ("medicine:1", 3, 10, "Persoon 1"),
        ("medicine:2", 3, 2.5, "Persoon 2"),
        ("medicine:3", 3, 0, ""),  # a member that is not there has no name
    ]
    first = reqs[0].item
    assert (first.category, first.unit, first.rule, first.grab_bag, first.facts) == (
        "first_aid", "day", "medicine", True, ("FACTS 1.4", "FACTS 3"))
    assert first.name == {"nl": "Metoprolol", "en": "Metoprolol"}
    assert first.essential

    def days(hours: float) -> list[float]:
        return [r.quantity for r in requirements(home, hours) if r.item.rule == "medicine"]

    assert days(36) == [2, 2, 2]  # ceil(1.5) = 2
    assert days(49) == [3, 3, 3]  # ceil(49 / 24) = 3
    assert days(168) == [7, 7, 7]
    assert days(240) == [10, 10, 10]


def test_a_medicine_taken_only_when_needed_asks_for_at_least_one_dose() -> None:
    puffer = Medicine(1, 1, "Puffer", as_needed=1, per_day=4, in_stock=0)
    home = household("adult", medicines=(puffer,))
    (req,) = [r for r in requirements(home, 168) if r.item.id == "medicine:1"]
    assert (req.item.rule, req.item.unit, req.quantity, req.base) == ("as_needed", "pcs", 1, 0)
    assert puffer.days_in_stock is None  # no days for a medicine taken only when needed
    home.medicines = [Medicine(1, 1, "Puffer", as_needed=1, in_stock=2)]
    (req,) = [r for r in requirements(home, 168) if r.item.id == "medicine:1"]
    assert req.base == 2


def test_medicine_days_in_stock() -> None:
    assert Medicine(per_day=2, in_stock=7).days_in_stock == 3.5
    assert Medicine(per_day=None, in_stock=7).days_in_stock is None  # ask how often a day
    assert Medicine(per_day=1, in_stock=None).days_in_stock is None
    assert Medicine(per_day=1, in_stock=0).days_in_stock == 0


def test_medicine_item_ids() -> None:
    assert medicine_item_id(5) == "medicine:5"
    assert medicine_item_id(None) == "medicine:None"


# --- the explanation matches the number ----------------------------------------------------------


def test_the_family_food_sum_is_spelled_out() -> None:
    food = next(r for r in requirements(family(), 72) if r.item.id == "food")
    assert food.terms == (Term(2200, "adult", 2, 3.0), Term(1800, "child", 1, 3.0))
    assert [term.value for term in food.terms] == [13200, 5400]  # the baby has baby food
    water = next(r for r in requirements(family(), 72) if r.item.id == "water")
    assert water.terms == (Term(3.0, "person_day", 4, 3.0),)
    cash = next(r for r in requirements(family(), 72) if r.item.id == "cash_children")
    assert cash.terms == (Term(30.0, "child", 2, 1),)


@pytest.mark.parametrize("hours", [72, 168, 240])
def test_terms_multiply_out_to_the_quantity_on_the_presets(hours: int) -> None:
    medicines = (Medicine(1, 1, "Metoprolol", days_needed=14),)
    home = household("adult", "adult", "senior", "child", "baby", pets=2, medicines=medicines)
    for req in requirements(home, hours):
        total = sum(term.value for term in req.terms)
        if req.item.unit in PIECE_UNITS:  # pieces: the sum rounded up (3 × ⅓ set is 1 set)
            assert req.quantity == math.ceil(round(total, 2)), req.item.id
        else:
            assert total == pytest.approx(req.quantity), req.item.id


@settings(max_examples=60, deadline=None)
@given(
    ages=st.lists(st.sampled_from(AGE_GROUPS), max_size=8),
    pets=st.integers(0, 6),
    hours=st.integers(1, 28 * 24),
)
def test_terms_explain_every_quantity(ages: list[str], pets: int, hours: int) -> None:
    """Litres and kcal are the sum of the terms; pieces are that sum rounded up."""
    for req in requirements(household(*ages, pets=pets), hours):
        total = sum(term.value for term in req.terms)
        if req.item.unit in PIECE_UNITS:
            assert req.quantity == math.ceil(round(total, 2)), req.item.id
            assert req.quantity == int(req.quantity)
        else:
            assert req.quantity == pytest.approx(total, abs=0.0006), req.item.id
        assert req.quantity > 0
        for term in req.terms:
            assert term.days in (1, horizon_days(hours))


# --- units ------------------------------------------------------------------------------------


def test_convert_between_fitting_units() -> None:
    assert convert(500, "ml", "l") == pytest.approx(0.5)
    assert convert(1500, "ml", "l") == pytest.approx(1.5)
    assert convert(4184, "kj", "kcal") == pytest.approx(1000)
    assert convert(836.8, "kj", "kcal") == pytest.approx(200)
    assert convert(3, "l", "l") == 3
    assert convert(2, "pcs", "pcs") == 2


def test_convert_refuses_units_that_do_not_fit() -> None:
    assert convert(2, "l", "pcs") is None
    assert convert(2, "ml", "kcal") is None
    assert convert(2, "kj", "l") is None
    assert convert(2, "eur", "day") is None
    assert convert(2, "l", "ml") is None  # only towards the catalogue's own unit


def test_units_for_an_item() -> None:
    assert units_for("l") == ["l", "ml"]
    assert units_for("kcal") == ["kcal", "kj"]
    assert units_for("pcs") == ["pcs"]
    assert units_for("day") == ["day"]
    assert units_for("eur") == ["eur"]


def test_every_unit_offered_for_a_catalogue_item_converts_to_it() -> None:
    for item in catalogue().items:
        offered = units_for(item.unit)
        assert offered[0] == item.unit
        assert set(offered) <= set(UNITS)
        for unit in offered:
            assert convert(1.0, unit, item.unit) is not None, (item.id, unit)
