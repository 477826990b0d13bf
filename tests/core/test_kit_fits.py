"""A kit that fits the household (issue 16): "not needed for us", the kit questions, and
consumables that grow with people × days.

The expected numbers are written out by hand from the catalogue's rules (FACTS 1.4 names the
items; the amounts per person or household per day are Paraat's estimates, marked as such in
the catalogue), never recomputed with the code under test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.household import Household
from app.core.kit import catalogue, requirements
from app.core.readiness import readiness
from app.core.records import Home, Member, NotNeeded, Stock
from app.core.supplies import kit_report

TODAY = dt.date(2026, 12, 4)


def household(people: int = 2, **answers: str) -> Household:
    members = [Member(i, i, f"Persoon {i}", "adult") for i in range(1, people + 1)]
    return Household(home=Home(**answers), members=members)


def ids(home: Household, hours: float = 72) -> set[str]:
    return {req.item.id for req in requirements(home, hours)}


def quantity(home: Household, item_id: str, hours: float = 72) -> float:
    return next(req.quantity for req in requirements(home, hours) if req.item.id == item_id)


# --- not needed for us ----------------------------------------------------------------------------


def test_an_item_marked_not_needed_stays_listed_with_its_reason_but_is_never_missing() -> None:
    home = household()
    home.not_needed = [NotNeeded(1, "whistle", "De buren hebben er een")]
    whistle = next(req for req in requirements(home) if req.item.id == "whistle")
    assert whistle.not_needed == "De buren hebben er een" and not whistle.applies
    report = kit_report(home, [], TODAY, 72, None)
    assert "whistle" not in {status.requirement.item.id for status in report.shopping}
    assert "whistle" in {status.requirement.item.id for status in report.statuses}


def test_not_needed_is_reversible() -> None:
    home = household()
    home.not_needed = [NotNeeded(1, "whistle", "")]
    assert next(r for r in requirements(home) if r.item.id == "whistle").not_needed == ""
    home.not_needed = []
    assert next(r for r in requirements(home) if r.item.id == "whistle").not_needed is None


def test_not_needed_items_do_not_lower_or_raise_the_figure() -> None:
    home = household(1)
    everything = [Stock(item_id=r.item.id, quantity=r.quantity, unit=r.item.unit)
                  for r in requirements(home)]
    without_whistle = [entry for entry in everything if entry.item_id != "whistle"]
    assert readiness(kit_report(home, everything, TODAY, 72, None)).percent == 100
    assert readiness(kit_report(home, without_whistle, TODAY, 72, None)).percent == 99
    home.not_needed = [NotNeeded(1, "whistle", "Niet voor ons")]
    assert readiness(kit_report(home, without_whistle, TODAY, 72, None)).percent == 100


@pytest.mark.parametrize("item_id", ["water", "food", "pet_water", "baby_food"])
def test_essentials_cannot_be_marked_not_needed(item_id: str) -> None:
    home = household()
    home.members.append(Member(9, 9, "Baby", "baby"))
    home.pets = []
    home.not_needed = [NotNeeded(1, item_id, "Hebben we niet nodig")]
    for req in requirements(home):
        if req.item.id == item_id:
            assert req.not_needed is None and req.applies
    assert catalogue().item(item_id).essential  # type: ignore[union-attr]


# --- the kit questions ------------------------------------------------------------------------------


def test_no_car_means_no_spare_car_key_but_unanswered_keeps_it() -> None:
    assert "car_key" in ids(household())
    assert "car_key" in ids(household(has_car="yes"))
    assert "car_key" not in ids(household(has_car="no"))
    assert "spare_keys" in ids(household(has_car="no"))  # the house keys stay


def test_nobody_menstruating_means_no_pads() -> None:
    assert "sanitary_pads" in ids(household())
    assert "sanitary_pads" not in ids(household(menstruation="no"))


def test_glasses_hearing_aids_and_a_toddler_add_their_items_only_when_answered_yes() -> None:
    plain = ids(household())
    assert not plain & {"spare_glasses", "hearing_aid_batteries", "toddler_nappies"}
    assert "spare_glasses" in ids(household(glasses="yes"))
    assert "hearing_aid_batteries" in ids(household(hearing_aids="yes"))
    assert "toddler_nappies" in ids(household(toddler="yes"))
    assert quantity(household(toddler="yes"), "toddler_nappies", 168) == 35  # 5 a day × 7 days
    for question in ("glasses", "hearing_aids", "toddler"):
        assert ids(household(**{question: "no"})) == plain


@pytest.mark.parametrize(("heating", "firewood", "works_without_power"), [
    ("", False, False),  # not answered
    ("gas", False, False),
    ("wood", True, True),
    ("other", False, False),
    ("heat_pump", False, False),
    ("district", False, False),
    ("electric", False, False),
])
def test_heating_changes_the_warmth_items(heating: str, firewood: bool, works_without_power: bool) -> None:
    from app.core.kit import answers

    home = household(heating=heating)
    found = ids(home)
    assert ("firewood" in found) is firewood
    # Every home keeps a CO alarm: in a power cut people may heat or cook indoors (FACTS 6.2).
    assert {"blankets", "sleeping_bag", "co_alarm"} <= found
    blankets = catalogue().item("blankets")
    assert blankets is not None
    hint = blankets.hint("nl", answers(home))
    assert ("houtkachel geeft ook zonder stroom warmte" in hint) is works_without_power
    assert ("stopt zonder stroom" in hint) is not works_without_power


def test_wood_is_counted_in_days_of_heating_and_counts_as_warmth() -> None:
    home = household(heating="wood")
    assert quantity(home, "firewood") == 3 and quantity(home, "firewood", 240) == 10
    report = kit_report(home, [], TODAY, 72, None)
    assert "firewood" in {need.item for need in readiness(report).needs if need.tier == 2}


def test_an_own_well_adds_a_warning_to_the_water() -> None:
    water = catalogue().item("water")
    assert water is not None
    plain = water.hint("nl", {"own_well": ""})
    well = water.hint("nl", {"own_well": "yes"})
    assert well.startswith(plain) and "pomp" in well and len(well) > len(plain)
    assert water.hint("en", {"own_well": "no"}) == water.hint("en", {})
    assert "pump" in water.hint("en", {"own_well": "yes"})


# --- consumables grow with people × days ------------------------------------------------------------

# item: (1, 4, 12 people) for 72 hours, then for 7 days; worked out by hand.
SCALING = {
    # ½ roll per person per day = ⅛ pack of 4 rolls: 0.375, 1.5, 4.5; 0.875, 3.5, 10.5
    "toilet_paper": ((1, 2, 5), (1, 4, 11)),
    # a pack per person per 6 days (0.1667 a day): 0.5 → 1, 2.0 → 2, 6.0 → 6; 1.17 → 2, 4.67 → 5, 14.0 → 14
    "wet_wipes": ((1, 2, 6), (2, 5, 14)),
    # a bag per person per day
    "bin_bags": ((3, 12, 36), (7, 28, 84)),
    # per household: a set of batteries per 3 days, 3 tealights a day (0.3 of a pack of 10),
    # a pack of pads a week
    "batteries": ((1, 1, 1), (3, 3, 3)),
    "candles": ((1, 1, 1), (3, 3, 3)),
    "sanitary_pads": ((1, 1, 1), (1, 1, 1)),
    # 3 litres per person per day
    "water": ((9, 36, 108), (21, 84, 252)),
    # cash is sized for 72 hours by Nibud and does not grow with the horizon
    "cash_adults": ((70, 280, 840), (70, 280, 840)),
}


@pytest.mark.parametrize("item_id", sorted(SCALING))
def test_consumables_scale_with_people_and_days(item_id: str) -> None:
    for hours, expected in zip((72, 168), SCALING[item_id], strict=True):
        got = tuple(quantity(household(people), item_id, hours) for people in (1, 4, 12))
        assert got == expected, (item_id, hours)


def test_scaled_items_say_so_in_their_source() -> None:
    kit = catalogue()
    for item_id in ("toilet_paper", "wet_wipes", "batteries", "candles", "sanitary_pads"):
        item = kit.item(item_id)
        assert item is not None and item.source == "paraat_scaled"
        assert "per" in kit.source_text(item.source, "en")


def test_the_cash_line_says_what_it_is_for() -> None:
    cash = catalogue().item("cash_adults")
    assert cash is not None
    assert "72 uur" in cash.label("nl") and "72 hours" in cash.label("en")
    for word in ("water", "eten", "medicijnen", "vervoer"):
        assert word in cash.hint("nl")


def test_a_power_bank_and_a_charger_per_mobile_phone() -> None:
    home = household(3)
    assert quantity(home, "powerbank") == 1  # nobody has a number yet: at least one
    home.members[0].phone = "06-12345001"
    home.members[1].phone = "06-12345002"
    assert quantity(home, "powerbank") == 2 and quantity(home, "phone_charger") == 2


# --- baby food is counted once ----------------------------------------------------------------------


def test_a_babys_food_is_baby_food_only() -> None:
    home = household(1)
    home.members.append(Member(2, 2, "Baby", "baby"))
    food = next(req for req in requirements(home) if req.item.id == "food")
    assert food.quantity == 6600  # one adult × 2200 × 3; no kcal for the baby
    assert [term.per for term in food.terms] == ["adult"]
    assert quantity(home, "baby_food") == 3


# --- the older government list ----------------------------------------------------------------------


def test_the_older_list_items_are_there_with_their_source() -> None:
    kit = catalogue()
    for item_id in ("multitool", "insurance_cards", "bin_bags", "rain_gear", "phone_charger",
                    "region_map"):
        item = kit.item(item_id)
        assert item is not None and item.source == "older_list", item_id
        assert "FACTS 1.4" in item.facts


# --- oxygen in the house: no candles (FACTS 6.1) ------------------------------------------------------


@pytest.mark.parametrize("where", ["devices", "notes", "medicine"])
@pytest.mark.parametrize("words", ["Zuurstofconcentrator", "O2-concentrator", "home oxygen"])
def test_oxygen_in_the_house_takes_the_candles_off_and_says_why(where: str, words: str) -> None:
    from app.core.kit import answers
    from app.core.records import Medicine

    home = household(1)
    assert "candles" in ids(home)
    if where == "medicine":
        home.medicines = [Medicine(1, 1, words, per_day=1, in_stock=10)]
    else:
        setattr(home.members[0], where, words)
    assert "candles" not in ids(home)
    torch = catalogue().item("flashlight")
    assert torch is not None
    assert "zuurstof" in torch.hint("nl", answers(home)) and "kaarsen" in torch.hint("nl", answers(home))
    assert "oxygen" in torch.hint("en", answers(home))


def test_a_landline_does_not_ask_for_a_power_bank() -> None:
    home = household(3)
    home.members[0].phone = "06-12345001"
    home.members[1].phone = "030-1234567"  # a landline: no power bank for it
    assert quantity(home, "powerbank") == 1 and quantity(home, "phone_charger") == 1
    home.members[2].phone = "+31 6 12345003"
    assert quantity(home, "powerbank") == 2


def test_consumables_for_many_people_over_long_horizons_are_not_rounded_up_by_a_pack() -> None:
    # 12 people × 13 days × ⅙ pack = 26 packs exactly; 12 × 28 / 6 = 56.
    assert quantity(household(12), "wet_wipes", 13 * 24) == 26
    assert quantity(household(12), "wet_wipes", 28 * 24) == 56
    assert quantity(household(1), "sanitary_pads", 28 * 24) == 4
    assert quantity(household(1), "batteries", 27 * 24) == 9


def test_a_wood_stove_with_oxygen_in_the_house_says_not_in_that_room() -> None:
    from app.core.kit import answers
    from app.core.records import Device

    home = household(1, heating="wood")
    home.devices = [Device(1, 1, "oxygen_concentrator", battery_hours=4)]
    known = answers(home)
    for item_id in ("firewood", "blankets"):
        item = catalogue().item(item_id)
        assert item is not None
        assert "stook geen kachel in de kamer waar de zuurstof" in item.hint("nl", known), item_id
        assert "FACTS 6.1" in item.facts
    assert "zuurstof" not in catalogue().item("firewood").hint("nl", answers(household(1, heating="wood")))  # type: ignore[union-attr]
