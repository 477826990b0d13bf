"""Stock against requirements: coverage, shopping list, expiry, autonomy and the kit check.

Every expected number is worked out by hand in the test (3 L water per person per day, 0.5 L
per pet per day, 2200 / 2000 / 1800 / 800 kcal per adult / senior / child / baby per day).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.demo import demo_household, demo_stock
from app.core.fields import expiry_day
from app.core.household import Household
from app.core.kit import CatalogueItem, Requirement, Term, catalogue, requirements, units_for
from app.core.records import Medicine, Member, Pet, Stock, clean_record
from app.core.supplies import (
    EXPIRY_WINDOW_DAYS,
    Autonomy,
    ItemStatus,
    MedicineSupply,
    autonomy,
    coverage_by_category,
    expiring,
    is_expired,
    item_statuses,
    kit_report,
    next_check,
    shopping_list,
    split_hours,
)

TODAY = dt.date(2026, 3, 15)


def household(*ages: str, pets: int = 0, medicines: tuple[Medicine, ...] = ()) -> Household:
    members = [Member(i, i, f"Persoon {i}", age) for i, age in enumerate(ages, start=1)]
    return Household(members=members, pets=[Pet(1, "Hond", pets)] if pets else [],
                     medicines=list(medicines))


def stock(item_id: str, quantity: float, unit: str, expires: str = "", entry_id: int | None = None,
          **extra: object) -> Stock:
    return Stock(entry_id, item_id, "", quantity, unit, expires=expires, **extra)


def status_of(statuses: list[ItemStatus], item_id: str) -> ItemStatus:
    return next(s for s in statuses if s.requirement.item.id == item_id)


def single_adult_statuses(entries: list[Stock], today: dt.date = TODAY) -> list[ItemStatus]:
    return item_statuses(requirements(household("adult"), 72), entries, today)


def full_stock(home: Household, hours: float = 72) -> list[Stock]:
    """Exactly what the household needs, one entry per requirement."""
    return [stock(req.item.id, req.quantity, req.item.unit, entry_id=n)
            for n, req in enumerate(requirements(home, hours), start=1)]


# --- item_statuses --------------------------------------------------------------------------


def test_several_entries_add_up_across_fitting_units() -> None:
    # Single adult for 72 h: 9 L of water.
    water = status_of(single_adult_statuses([
        stock("water", 6, "l", entry_id=1),
        stock("water", 1500, "ml", entry_id=2),
    ]), "water")
    assert water.required == 9
    assert water.present == 7.5
    assert water.missing == 1.5  # litres are not rounded up
    assert water.coverage == pytest.approx(7.5 / 9)
    assert len(water.entries) == 2


def test_kilojoules_count_as_kilocalories() -> None:
    # Single adult for 72 h: 3 × 2200 = 6600 kcal; 4184 kJ is 1000 kcal.
    food = status_of(single_adult_statuses([
        stock("food", 5600, "kcal"), stock("food", 4184, "kj")]), "food")
    assert food.required == 6600
    assert food.present == pytest.approx(6600)
    assert food.missing == 0
    assert food.coverage == pytest.approx(1.0)


def test_stock_in_a_unit_that_does_not_fit_does_not_count() -> None:
    statuses = single_adult_statuses([
        stock("water", 5, "pcs"), stock("flashlight", 2, "l"), stock("water", 2, "l")])
    water = status_of(statuses, "water")
    assert water.present == 2
    assert water.expired == 0
    assert len(water.entries) == 2  # listed, but not counted
    flashlight = status_of(statuses, "flashlight")
    assert (flashlight.present, flashlight.missing, flashlight.coverage) == (0, 1, 0)


def test_expired_stock_does_not_count_but_is_reported() -> None:
    water = status_of(single_adult_statuses([
        stock("water", 4, "l", "2026-03-14"),  # yesterday
        stock("water", 3, "l", "2026-03-15"),  # today: still good
        stock("water", 1000, "ml", "2026-02"),  # ended 28 February
    ]), "water")
    assert water.present == 3
    assert water.expired == 5  # 4 L + 1000 ml
    assert water.missing == 6


def test_a_month_expiry_counts_until_the_end_of_that_month() -> None:
    entries = [stock("water", 9, "l", "2026-03")]
    last_day = status_of(single_adult_statuses(entries, dt.date(2026, 3, 31)), "water")
    assert (last_day.present, last_day.expired, last_day.coverage) == (9, 0, 1.0)
    day_after = status_of(single_adult_statuses(entries, dt.date(2026, 4, 1)), "water")
    assert (day_after.present, day_after.expired, day_after.coverage) == (0, 9, 0.0)


def test_a_month_expiry_in_february_of_a_leap_year_runs_to_the_29th() -> None:
    entries = [stock("water", 9, "l", "2028-02")]
    assert status_of(single_adult_statuses(entries, dt.date(2028, 2, 29)), "water").present == 9
    assert status_of(single_adult_statuses(entries, dt.date(2028, 3, 1)), "water").present == 0


def test_is_expired() -> None:
    assert not is_expired(stock("water", 1, "l", ""), TODAY)
    assert not is_expired(stock("water", 1, "l", "2026-03-15"), TODAY)
    assert is_expired(stock("water", 1, "l", "2026-03-14"), TODAY)
    assert not is_expired(stock("water", 1, "l", "2026-03"), dt.date(2026, 3, 31))
    assert is_expired(stock("water", 1, "l", "2026-03"), dt.date(2026, 4, 1))
    assert not is_expired(stock("water", 1, "l", "2025-12"), dt.date(2025, 12, 31))
    assert is_expired(stock("water", 1, "l", "2025-12"), dt.date(2026, 1, 1))


def test_coverage_is_capped_at_one() -> None:
    water = status_of(single_adult_statuses([stock("water", 20, "l")]), "water")
    assert water.present == 20
    assert water.coverage == 1.0
    assert water.missing == 0


def test_missing_rounds_up_for_pieces_and_money() -> None:
    statuses = single_adult_statuses([stock("cash_adults", 69.5, "eur"),
                                      stock("water", 8.75, "l")])
    assert status_of(statuses, "cash_adults").missing == 1  # €0.50 short → €1
    assert status_of(statuses, "water").missing == 0.25  # litres stay exact
    # 36 h with a baby: baby food 1.5 days → 2 required; half a day present leaves 2 to buy.
    reqs = requirements(household("adult", "baby"), 36)
    baby_food = status_of(item_statuses(reqs, [stock("baby_food", 0.5, "day")], TODAY),
                          "baby_food")
    assert (baby_food.required, baby_food.present, baby_food.missing) == (2, 0.5, 2)


def test_a_requirement_of_nothing_is_covered() -> None:
    item = CatalogueItem("x", "tools", "household", 1.0, "pcs", "booklet", {"nl": "x", "en": "x"})
    status = ItemStatus(Requirement(item, 0, (Term(1.0, "household", 0, 1),)), 0)
    assert (status.coverage, status.missing) == (1.0, 0)


def test_entries_for_other_items_are_ignored() -> None:
    statuses = single_adult_statuses([stock("own", 5, "l"), stock("medicine:1", 5, "day"),
                                      stock("pet_water", 5, "l")])  # no pets: no pet water row
    assert all(s.present == 0 and s.entries == () for s in statuses)


def test_earliest_expiry_and_locations() -> None:
    water = status_of(single_adult_statuses([
        stock("water", 1, "l", "2027-03", location="Kelder"),
        stock("water", 1, "l", "2027-02-28", location="Zolder"),
        stock("water", 1, "l", "", location="Kelder"),
        stock("water", 1, "l", "2027-02", location=""),
    ]), "water")
    # 2027-02 lasts until 28 February, the same day as 2027-02-28.
    assert water.earliest_expiry in ("2027-02-28", "2027-02")
    assert water.locations == ["Kelder", "Zolder"]
    undated = status_of(single_adult_statuses([stock("water", 1, "l")]), "water")
    assert undated.earliest_expiry == ""
    assert undated.locations == []


def test_earliest_expiry_compares_dates_not_text() -> None:
    water = status_of(single_adult_statuses([
        stock("water", 1, "l", "2027-03"),  # 31 March
        stock("water", 1, "l", "2027-03-15"),
    ]), "water")
    assert water.earliest_expiry == "2027-03-15"


# --- shopping list and coverage ---------------------------------------------------------------


def test_shopping_list_lists_exactly_the_missing_items_in_catalogue_order() -> None:
    home = household("adult")
    entries = [entry for entry in full_stock(home) if entry.item_id not in ("radio", "whistle")]
    entries = [dataclasses.replace(e, quantity=4.5) if e.item_id == "water" else e
               for e in entries]
    statuses = item_statuses(requirements(home, 72), entries, TODAY)
    shopping = shopping_list(statuses)
    assert [(s.requirement.item.id, s.missing) for s in shopping] == [
        ("water", 4.5), ("radio", 1), ("whistle", 1)]
    # 32 items for one adult who answered no kit question yet: water half, radio and whistle
    # not at all, the rest covered.
    assert len(statuses) == 32


def test_a_complete_kit_has_an_empty_shopping_list() -> None:
    home = household("adult", "adult", "child", "baby", pets=2,
                     medicines=(Medicine(1, 1, "Metoprolol", days_needed=14),))
    entries = full_stock(home, 168)
    statuses = item_statuses(requirements(home, 168), entries, TODAY)
    assert shopping_list(statuses) == []
    assert set(coverage_by_category(statuses).values()) == {1.0}


def test_an_empty_kit_lists_everything() -> None:
    reqs = requirements(household("senior"), 72)
    statuses = item_statuses(reqs, [], TODAY)
    assert [s.requirement for s in shopping_list(statuses)] == reqs
    assert set(coverage_by_category(statuses).values()) == {0.0}


def test_coverage_by_category_is_the_mean_of_its_items() -> None:
    # Two people and one dog for 72 h: water 18 L, pet water 1.5 L.
    home = household("adult", "adult", pets=1)
    statuses = item_statuses(requirements(home, 72), [
        stock("water", 9, "l"),  # 9 / 18 = 0.5
        stock("pet_water", 3, "l"),  # capped at 1
        stock("flashlight", 1, "pcs"),
        stock("batteries", 1, "set"),  # light: 2 of 4 items (batteries 1 of 1 set) → 0.5
        stock("toothbrush", 1, "pcs"),  # hygiene: toothbrush 1/2, five other items 0 → 0.5 / 6
        stock("cash_adults", 35, "eur"),  # cash: 35 / 140 → 0.25
    ], TODAY)
    by_category = coverage_by_category(statuses)
    assert by_category["water"] == pytest.approx((0.5 + 1.0 + 0.0) / 3)  # and the empty jerrycan
    assert by_category["light"] == pytest.approx(0.5)
    assert by_category["hygiene"] == pytest.approx(0.5 / 6)
    assert by_category["cash"] == pytest.approx(0.25)
    assert by_category["radio"] == 0.0
    # No babies: the baby category does not appear at all.
    assert "baby" not in by_category
    assert set(by_category) == {"water", "food", "light", "radio", "first_aid", "hygiene",
                                "tools", "documents", "cash", "pets", "grab_bag", "warmth"}


def test_coverage_of_nothing_is_empty() -> None:
    assert coverage_by_category([]) == {}


# --- expiring ---------------------------------------------------------------------------------


def test_expiring_splits_expired_and_soon_within_60_days() -> None:
    today = dt.date(2026, 5, 1)  # the window runs to 30 June
    assert EXPIRY_WINDOW_DAYS == 60
    entries = [
        stock("water", 1, "l", "2026-06-30", 1),  # last day of the window: soon
        stock("water", 1, "l", "2026-04", 2),  # ended 30 April: expired
        stock("water", 1, "l", "2026-07-01", 3),  # just outside
        stock("food", 1, "kcal", "2026-05", 4),  # to 31 May: soon
        stock("food", 1, "kcal", "2026-04-30", 5),  # expired
        stock("radio", 1, "pcs", "", 6),  # undated: never
        stock("food", 1, "kcal", "2026-06", 7),  # to 30 June: soon
        stock("food", 1, "kcal", "2026-05-01", 8),  # today: soon, not expired
        stock("water", 1, "l", "2025-01-10", 9),  # long expired
        stock("water", 1, "l", "2026-07", 10),  # to 31 July: outside
    ]
    result = expiring(entries, today)
    assert [entry.id for entry in result.expired] == [9, 2, 5]  # 2 and 5 tie: by id
    assert [entry.id for entry in result.soon] == [8, 4, 1, 7]  # 1 and 7 tie on 30 June


def test_expiring_with_a_shorter_window() -> None:
    today = dt.date(2026, 5, 1)
    entries = [stock("water", 1, "l", "2026-05-31", 1), stock("water", 1, "l", "2026-06-01", 2)]
    assert [e.id for e in expiring(entries, today, window_days=30).soon] == [1]
    assert [e.id for e in expiring(entries, today, window_days=31).soon] == [1, 2]
    assert [e.id for e in expiring(entries, today, window_days=0).soon] == []


def test_expiring_can_leave_out_dismissed_entries() -> None:
    today = dt.date(2026, 5, 1)
    entries = [
        stock("water", 1, "l", "2026-04-01", 1, dont_remind=1),
        stock("water", 1, "l", "2026-04-02", 2),
        stock("food", 1, "kcal", "2026-05-10", 3, dont_remind=1),
        stock("food", 1, "kcal", "2026-05-11", 4),
    ]
    everything = expiring(entries, today)
    assert ([e.id for e in everything.expired], [e.id for e in everything.soon]) == ([1, 2], [3, 4])
    reminded = expiring(entries, today, include_dismissed=False)
    assert ([e.id for e in reminded.expired], [e.id for e in reminded.soon]) == ([2], [4])


def test_expiring_sorts_first_expiring_first_whatever_the_input_order() -> None:
    today = dt.date(2026, 1, 1)
    dates = ["2026-02-20", "2026-01-15", "2026-01", "2026-02-01", "2026-01-02"]
    entries = [stock("water", 1, "l", d, n) for n, d in enumerate(dates, start=1)]
    assert [e.expires for e in expiring(entries, today).soon] == [
        "2026-01-02", "2026-01-15", "2026-01", "2026-02-01", "2026-02-20"]
    assert [e.expires for e in expiring(list(reversed(entries)), today).soon] == [
        "2026-01-02", "2026-01-15", "2026-01", "2026-02-01", "2026-02-20"]


def test_expiring_entries_of_one_day_keep_their_id_order() -> None:
    today = dt.date(2026, 1, 1)
    entries = [stock("water", 1, "l", "2026-01-20", number) for number in (7, 3, 9)]
    entries.append(stock("water", 1, "l", "2026-01-10", 8))
    assert [e.id for e in expiring(entries, today).soon] == [8, 3, 7, 9]
    assert [e.id for e in expiring(entries, dt.date(2026, 2, 1)).expired] == [8, 3, 7, 9]


def test_a_kit_report_reads_each_stored_date_once_however_many_entries() -> None:
    # 2,000 entries over 20 dates: the report looks at each entry several times (status,
    # expiry list, autonomy) but parses each of the 20 texts only once (issue 20: an edit
    # with 20,000 entries parsed about 67,000 dates)
    from app.core import supplies

    dates = [f"2026-04-{day:02d}" for day in range(1, 21)]
    entries = [stock(("water", "food", "flashlight")[n % 3], 1, ("l", "kcal", "pcs")[n % 3],
                     dates[n % 20], n + 1, hours=2) for n in range(2000)]
    supplies.last_day.cache_clear()
    report = kit_report(household("adult"), entries, TODAY, 72, None)
    assert supplies.last_day.cache_info().misses == 20
    water = status_of(list(report.statuses), "water")
    assert water.earliest_expiry == "2026-04-01"
    assert supplies.last_day.cache_info().misses == 20
    # the same figures as the separate functions that work on the whole list
    assert report.autonomy == autonomy(household("adult"), entries, TODAY)
    assert report.expiry == expiring(entries, TODAY)
    assert [(s.present, s.expired, s.entries) for s in report.statuses] == [
        (s.present, s.expired, s.entries)
        for s in item_statuses(requirements(household("adult"), 72), entries, TODAY)]


def test_water_and_food_add_up_in_the_order_of_the_stock_list() -> None:
    # entries of several daily items are summed in the stock list's order, as a plain loop
    # over the list does: the float sum is the same to the last digit
    home = household("adult", "adult")
    entries = [stock(("water", "pet_water", "water")[n % 3], round(0.37 * (n % 11) + 0.1, 2), "l")
               for n in range(300)]
    water_items = {"water", "pet_water"}
    total = 0.0
    for entry in entries:
        if entry.item_id in water_items:
            total += entry.quantity
    assert autonomy(home, entries, TODAY).water_hours == total / 6.0 * 24


def test_nothing_dated_nothing_expiring() -> None:
    result = expiring([stock("radio", 1, "pcs")], TODAY)
    assert (result.expired, result.soon) == ((), ())


# --- autonomy --------------------------------------------------------------------------------


def test_water_hours_for_five_people_and_a_pet() -> None:
    # 5 × 3 L + 1 × 0.5 L = 15.5 L a day; 34 L / 15.5 L × 24 h = 52.645… h: 2 days 4 hours.
    home = household("adult", "adult", "senior", "child", "baby", pets=1)
    result = autonomy(home, [stock("water", 24, "l"), stock("water", 10000, "ml")], TODAY)
    assert result.water_hours == pytest.approx(52.645, abs=0.001)
    assert split_hours(result.water_hours) == (2, 4)


def test_water_for_pets_counts_towards_the_water_supply() -> None:
    # 2 people + 2 dogs: 6 + 1 = 7 L a day; 7 L of water + 3.5 L of pet water lasts 36 h.
    home = household("adult", "adult", pets=2)
    result = autonomy(home, [stock("water", 7, "l"), stock("pet_water", 3.5, "l")], TODAY)
    assert result.water_hours == pytest.approx(36)


def test_expired_and_misfit_stock_do_not_feed_anyone() -> None:
    home = household("adult")  # 3 L, 2200 kcal a day
    entries = [stock("water", 30, "l", "2026-03-14"), stock("water", 6, "pcs"),
               stock("water", 1.5, "l", "2026-03"), stock("food", 1100, "kcal", "2026-02")]
    result = autonomy(home, entries, TODAY)
    assert result.water_hours == pytest.approx(12)  # only the 1.5 L still good
    assert result.food_hours == 0


def test_food_hours() -> None:
    # 2 adults + 1 senior + 1 child + 1 baby: 4400 + 2000 + 1800 = 8200 kcal a day (the baby
    # has baby food, counted in days).
    home = household("adult", "adult", "senior", "child", "baby")
    result = autonomy(home, [stock("food", 8200, "kcal"), stock("food", 17154.4, "kj")], TODAY)
    # 8200 kcal + 17154.4 kJ (4100 kcal) = 12300 kcal → 1.5 days.
    assert result.food_hours == pytest.approx(36)
    assert split_hours(result.food_hours) == (1, 12)


def test_light_hours_add_up_hours_times_quantity() -> None:
    home = household("adult")
    entries = [
        stock("flashlight", 2, "pcs", hours=8),  # 16 h
        stock("candles", 3, "pack", hours=4),  # 12 h
        stock("batteries", 1, "set"),  # hours unknown: left out
        stock("powerbank", 1, "pcs", hours=100),  # not a light
        stock("flashlight", 1, "pcs", "2026-01", hours=50),  # expired
    ]
    assert autonomy(home, entries, TODAY).light_hours == pytest.approx(28)


def test_light_hours_are_unknown_without_hours() -> None:
    home = household("adult")
    assert autonomy(home, [stock("flashlight", 2, "pcs")], TODAY).light_hours is None
    assert autonomy(home, [], TODAY).light_hours is None
    assert autonomy(home, [stock("flashlight", 2, "pcs", hours=0.0)], TODAY).light_hours is None


def test_medicine_supply_per_medicine() -> None:
    medicines = (Medicine(1, 1, "Metoprolol", per_day=2, in_stock=8),  # 4 days in the house
                 Medicine(2, 2, "Inhalator", per_day=1),
                 Medicine(3, 2, "Zalf"),
                 Medicine(4, 2, "Puffer", as_needed=1, in_stock=1))  # only when needed: no hours
    home = household("senior", "child", medicines=medicines)
    entries = [stock("medicine:1", 10, "day"),  # days on the stock list still count
               stock("medicine:2", 5, "day"), stock("medicine:2", 4, "day"),
               stock("medicine:3", 2, "day", "2026-01-01")]  # expired
    result = autonomy(home, entries, TODAY)
    assert result.medicines == (
        MedicineSupply("Persoon 1", "Metoprolol", 336.0, 72.0),  # (10 + 4) days
        MedicineSupply("Persoon 2", "Inhalator", 216.0, 72.0),
        MedicineSupply("Persoon 2", "Zalf", 0.0, 72.0),
    )
    week = autonomy(home, entries, TODAY, hours=168)
    assert [supply.needed_hours for supply in week.medicines] == [168.0] * 3


def test_nobody_at_home_gives_no_hours() -> None:
    result = autonomy(Household(), [stock("water", 10, "l"), stock("food", 5000, "kcal")], TODAY)
    assert result == Autonomy(None, None, None, ())


def test_pets_alone_have_water_hours_but_no_food_hours() -> None:
    result = autonomy(household(pets=2), [stock("water", 2, "l")], TODAY)  # 1 L a day
    assert result.water_hours == pytest.approx(48)
    assert result.food_hours is None


def test_no_stock_means_zero_hours_not_unknown() -> None:
    result = autonomy(household("adult"), [], TODAY)
    assert (result.water_hours, result.food_hours, result.light_hours) == (0, 0, None)


@pytest.mark.parametrize(("hours", "expected"), [
    (0, (0, 0)), (1, (0, 1)), (23.99, (0, 23)), (24, (1, 0)), (52.645, (2, 4)), (72, (3, 0)),
    (47.9999999999, (2, 0)), (241.5, (10, 1)),
])
def test_split_hours_rounds_down(hours: float, expected: tuple[int, int]) -> None:
    assert split_hours(hours) == expected


# --- the half-yearly check --------------------------------------------------------------------


@pytest.mark.parametrize(("last", "today", "expected"), [
    (None, dt.date(2026, 11, 28), dt.date(2026, 12, 1)),
    (None, dt.date(2026, 12, 1), dt.date(2026, 12, 1)),  # the day itself
    (None, dt.date(2026, 12, 2), dt.date(2027, 6, 1)),
    (None, dt.date(2026, 1, 1), dt.date(2026, 6, 1)),
    (None, dt.date(2026, 6, 2), dt.date(2026, 12, 1)),
    (dt.date(2026, 11, 28), dt.date(2026, 11, 28), dt.date(2027, 6, 1)),
    (dt.date(2026, 1, 10), dt.date(2026, 1, 10), dt.date(2026, 6, 1)),
    (dt.date(2026, 12, 1), dt.date(2026, 12, 1), dt.date(2027, 6, 1)),
    (dt.date(2026, 6, 1), dt.date(2026, 6, 1), dt.date(2026, 12, 1)),
    (dt.date(2026, 5, 20), dt.date(2026, 5, 20), dt.date(2026, 12, 1)),  # counts for June
    (dt.date(2026, 8, 15), dt.date(2026, 9, 1), dt.date(2026, 12, 1)),
])
def test_next_check(last: dt.date | None, today: dt.date, expected: dt.date) -> None:
    assert next_check(last, today) == expected


def test_a_check_long_ago_is_overdue() -> None:
    today = dt.date(2026, 5, 1)
    check = next_check(dt.date(2024, 3, 1), today)
    assert check == dt.date(2024, 6, 1)
    assert check < today
    report = kit_report(household("adult"), [], today, 72, dt.date(2024, 3, 1))
    assert report.next_check == dt.date(2024, 6, 1)
    assert report.check_overdue is True


def test_never_checked_is_not_overdue_and_a_recent_check_is_not_either() -> None:
    today = dt.date(2026, 12, 1)
    never = kit_report(household("adult"), [], today, 72, None)
    assert (never.next_check, never.check_overdue) == (dt.date(2026, 12, 1), False)
    recent = kit_report(household("adult"), [], today, 72, dt.date(2026, 11, 28))
    assert (recent.next_check, recent.check_overdue) == (dt.date(2027, 6, 1), False)
    due = kit_report(household("adult"), [], dt.date(2027, 6, 1), 72, dt.date(2026, 11, 28))
    assert due.check_overdue is True  # due on the day itself


@settings(max_examples=300, deadline=None)
@given(today=st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
       back=st.one_of(st.none(), st.integers(0, 3000)))
def test_next_check_is_always_a_check_day_after_the_start(today: dt.date, back: int | None) -> None:
    last = None if back is None else today - dt.timedelta(days=back)
    check = next_check(last, today)
    assert check.day == 1 and check.month in (6, 12)
    start = today if last is None else last
    assert check >= start
    if last is None:
        assert (check - today).days <= 184  # the very next 1 June or 1 December
    else:
        # Checks stay about six months apart: never sooner than three months, never a year.
        assert 91 <= (check - last).days <= 275


# --- the report -----------------------------------------------------------------------------


def test_kit_report_for_the_demo_household() -> None:
    today = dt.date(2026, 3, 15)
    home = demo_household()  # 2 adults, a child, a baby, a senior and a dog
    report = kit_report(home, demo_stock(today), today, 72, None)
    assert (report.hours, report.today) == (72, today)
    statuses = {s.requirement.item.id: s for s in report.statuses}
    # Water: 5 × 3 × 3 = 45 L needed; 24 L + 10 L present.
    assert (statuses["water"].required, statuses["water"].present) == (45, 34)
    assert statuses["water"].missing == 11
    # Food: 3 × (2 × 2200 + 2000 + 1800) = 24600 kcal (the baby has baby food); the 4000 kcal
    # of crackers expired.
    assert (statuses["food"].required, statuses["food"].present, statuses["food"].expired) == (
        24600, 9000, 4000)
    # Cash: 3 adults (2 adults + senior) × 70 = 210; 2 children × 30 = 60.
    assert (statuses["cash_adults"].required, statuses["cash_adults"].present) == (210, 100)
    assert statuses["cash_adults"].missing == 110
    assert statuses["cash_children"].required == 60
    # Medicines: Metoprolol 10 tablets at 1 a day, insulin 20 doses at 2 a day: 10 days each,
    # 3 needed; the EpiPen is only for when needed: 2 in the house, 1 asked for.
    assert [(statuses[f"medicine:{n}"].required, statuses[f"medicine:{n}"].present)
            for n in (1, 2, 3)] == [(3, 10), (3, 10), (1, 2)]
    # Autonomy: 34 L for 15.5 L a day; 9000 kcal for 8200 kcal a day; 2 torches × 8 h.
    assert report.autonomy.water_hours == pytest.approx(52.645, abs=0.001)
    assert report.autonomy.food_hours == pytest.approx(9000 / 8200 * 24)
    assert report.autonomy.light_hours == pytest.approx(16)
    assert [(m.medicine, m.hours, m.needed_hours) for m in report.autonomy.medicines] == [
        ("Metoprolol 50 mg", 240, 72), ("Insuline (pen)", 240, 72)]
    # The tools are not needed (borrowed from the neighbour): listed with the reason, not missing.
    assert statuses["tools"].requirement.not_needed == "We lenen gereedschap van de buurman op nummer 14"
    assert report.to_buy == tuple(home.to_buy)
    # Expiry: the crackers expired; the wet wipes (25 days) and the jerrycan (40 days) soon.
    assert [e.id for e in report.expiry.expired] == [4]
    assert [e.id for e in report.expiry.soon] == [12, 2]
    # The summary fields agree with the statuses.
    assert report.by_category == coverage_by_category(list(report.statuses))
    assert report.shopping == tuple(shopping_list(list(report.statuses)))
    shopping_ids = [s.requirement.item.id for s in report.shopping]
    assert "water" in shopping_ids and "tools" not in shopping_ids
    assert "radio" not in shopping_ids and "medicine:1" not in shopping_ids
    assert (report.next_check, report.check_overdue) == (dt.date(2026, 6, 1), False)


def test_kit_report_uses_its_window_for_expiry() -> None:
    today = dt.date(2026, 3, 15)
    report = kit_report(demo_household(), demo_stock(today), today, 72, None, window_days=30)
    assert [e.id for e in report.expiry.soon] == [12]


def test_kit_report_follows_the_horizon() -> None:
    today = dt.date(2026, 3, 15)
    report = kit_report(demo_household(), [], today, 240, None)
    water = next(s for s in report.statuses if s.requirement.item.id == "water")
    assert water.required == 150  # 5 × 3 × 10
    not_needed = [s for s in report.statuses if s.requirement.not_needed is not None]
    assert [s.requirement.item.id for s in not_needed] == ["tools"]
    # Without stock everything is on the list but the tools and the medicines in the house.
    in_house = {"tools", "medicine:1", "medicine:2", "medicine:3"}
    assert {s.requirement.item.id for s in report.shopping} == {
        s.requirement.item.id for s in report.statuses} - in_house


# --- the demo kit ------------------------------------------------------------------------------


@pytest.mark.parametrize("today", [
    dt.date(2026, 1, 31), dt.date(2026, 12, 31), dt.date(2026, 3, 15), dt.date(2028, 2, 29),
    dt.date(2026, 11, 30), dt.date(2027, 6, 30), dt.date(2026, 12, 1),
])
def test_demo_stock_has_one_expired_entry_and_some_expiring_soon(today: dt.date) -> None:
    entries = demo_stock(today)
    result = expiring(entries, today)
    assert [e.id for e in result.expired] == [4]  # the crackers, 10 days past
    assert [e.id for e in result.soon] == [12, 2]  # wet wipes in 25 days, jerrycan in 40
    assert all(0 <= (expiry_day(e.expires) - today).days <= 60 for e in result.soon)


@pytest.mark.parametrize(("today", "expected"), [
    # months(14), months(18), months(30), months(20), months(8), months(24)
    (dt.date(2026, 1, 31), ["2027-03", "2027-07", "2028-07", "2027-09", "2026-09", "2028-01"]),
    (dt.date(2026, 12, 31), ["2028-02", "2028-06", "2029-06", "2028-08", "2027-08", "2028-12"]),
    (dt.date(2026, 5, 10), ["2027-07", "2027-11", "2028-11", "2028-01", "2027-01", "2028-05"]),
    (dt.date(2026, 4, 1), ["2027-06", "2027-10", "2028-10", "2027-12", "2026-12", "2028-04"]),
])
def test_demo_stock_months_roll_over_the_year(today: dt.date, expected: list[str]) -> None:
    entries = {e.id: e for e in demo_stock(today)}
    assert [entries[n].expires for n in (1, 3, 7, 9, 13, 15)] == expected


def test_demo_stock_day_dates_and_added() -> None:
    today = dt.date(2026, 12, 31)
    entries = {e.id: e for e in demo_stock(today)}
    assert entries[2].expires == "2027-02-09"  # + 40 days
    assert entries[4].expires == "2026-12-21"  # - 10 days
    assert entries[11].expires == ""  # a CO alarm does not go off
    assert entries[12].expires == "2027-01-25"  # + 25 days
    assert {e.added for e in entries.values()} == {"2026-12-31"}


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)))
def test_demo_stock_is_valid_and_fits_the_catalogue_on_any_day(today: dt.date) -> None:
    entries = demo_stock(today)
    ids = [e.id for e in entries]
    assert len(set(ids)) == len(ids)
    medicine_ids = {f"medicine:{m.id}" for m in demo_household().medicines}
    for entry in entries:
        assert clean_record("stock", entry) == entry
        item = catalogue().item(entry.item_id)
        if item is not None:
            assert entry.unit in units_for(item.unit), entry.id
        else:
            assert entry.item_id in medicine_ids | {"own"}, entry.id
        if entry.item_id == "own":
            assert entry.name
    result = expiring(entries, today)
    assert [e.id for e in result.expired] == [4]
    assert [e.id for e in result.soon] == [12, 2]
