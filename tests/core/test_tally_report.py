"""Issue 20: the overview's kit state from the stock's tallies is the kit report's, figure for
figure, for the households a wrong figure could hurt (one person alone on oxygen, a baby, pets,
medicines), with entries past their date, going off soon, in odd units and not to be reminded of.

Quantities are multiples of a quarter, so sums in any order are exact and the reports can be
compared for equality, not nearly."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.kit import catalogue, medicine_item_id, units_for
from app.core.readiness import readiness
from app.core.records import Device, Medicine, Member, Pet, Stock
from app.core.supplies import KitReport, Tally, expiry_counts, kit_report, tally_report

TODAY = dt.date(2026, 12, 4)
LAST_CHECK = dt.date(2026, 5, 20)


def tallies_of(stock: list[Stock]) -> list[Tally]:
    """What ``Repository.stock_tallies`` sums, summed in Python."""
    groups: dict[tuple[str, str, str, float | None, int], list[Stock]] = defaultdict(list)
    for entry in stock:
        groups[(entry.item_id, entry.unit, entry.expires, entry.hours, entry.dont_remind)].append(entry)
    return [Tally(item_id, unit, expires, hours, dont_remind,
                  sum(entry.quantity for entry in entries), len(entries))
            for (item_id, unit, expires, hours, dont_remind), entries
            in sorted(groups.items(), key=lambda item: repr(item[0]))]


def figures(report: KitReport) -> dict[str, object]:
    """Everything the overview and the reminder show of a report."""
    result = readiness(report)
    return {
        "statuses": [(s.requirement.item.id, s.present, s.expired, s.missing, s.coverage)
                     for s in report.statuses],
        "by_category": report.by_category,
        "shopping": [(s.requirement.item.id, s.missing) for s in report.shopping],
        "autonomy": report.autonomy,
        "readiness": result,
        "counts": expiry_counts(report),
        "check": (report.next_check, report.check_overdue, report.last_check),
        "people": report.people,
    }


def alone_on_oxygen() -> Household:
    return Household(members=[Member(id=1, position=1, name="Riet", age_group="senior")],
                     medicines=[Medicine(id=1, member_id=1, name="Metoprolol", per_day=2.0,
                                         in_stock=10.0)],
                     devices=[Device(id=1, member_id=1, kind="oxygen_concentrator", battery_hours=4.0,
                                     cylinders=2, cylinder_hours=8.0)])


def with_baby_and_pets() -> Household:
    return Household(members=[Member(id=1, position=1, name="Sam", age_group="adult"),
                              Member(id=2, position=2, name="Noor", age_group="baby")],
                     pets=[Pet(id=1, species="Kat", count=2)])


HOUSEHOLDS = {"demo": demo_household(), "alone on oxygen": alone_on_oxygen(),
              "baby and pets": with_baby_and_pets()}
DATES = ("", "2026-11-30", "2026-12-03", "2026-12-04", "2026-12-05", "2027-01-10", "2027-01",
         "2026-12", "2026-11", "2030-06-01")


def entries() -> st.SearchStrategy[list[Stock]]:
    items = [item for item in catalogue().items]
    item_ids = [*(item.id for item in items), medicine_item_id(1), "own"]
    units = {item.id: units_for(item.unit) for item in items}

    @st.composite
    def entry(draw: st.DrawFn) -> Stock:
        item_id = draw(st.sampled_from(item_ids))
        choices = units.get(item_id, ["pcs", "day"])
        unit = draw(st.sampled_from([*choices, "l"]))  # now and then a unit that does not fit
        return Stock(item_id=item_id, quantity=draw(st.integers(1, 40)) / 4, unit=unit,
                     expires=draw(st.sampled_from(DATES)),
                     hours=draw(st.sampled_from([None, 4.0, 12.5])),
                     dont_remind=draw(st.sampled_from([0, 0, 1])))

    return st.lists(entry(), max_size=60)


@settings(max_examples=60, deadline=None)
@given(stock=entries(), name=st.sampled_from(sorted(HOUSEHOLDS)), hours=st.sampled_from([24.0, 72.0, 168.0]))
def test_the_tally_report_shows_what_the_kit_report_shows(stock: list[Stock], name: str,
                                                          hours: float) -> None:
    household = HOUSEHOLDS[name]
    stock = [dataclasses.replace(entry, id=number) for number, entry in enumerate(stock, start=1)]
    full = kit_report(household, stock, TODAY, hours, LAST_CHECK)
    tallied = tally_report(household, tallies_of(stock), TODAY, hours, LAST_CHECK)
    assert tallied.from_tallies and not full.from_tallies
    assert figures(tallied) == figures(full)


def test_the_demo_kit_from_tallies() -> None:
    """The demo household's own stock: few tallies, the same figures, the entries counted."""
    stock = demo_stock(TODAY)
    tallies = tallies_of(stock)
    full = kit_report(demo_household(), stock, TODAY, 72.0, None)
    tallied = tally_report(demo_household(), tallies, TODAY, 72.0, None)
    assert figures(tallied) == figures(full)
    assert sum(tally.entries for tally in tallies) == len(stock)


def test_entries_are_counted_not_tallies() -> None:
    """Five cans past their date in one tally are five things past their date; those the
    household asked not to be reminded of count on the overview, not in the reminder."""
    stock = [Stock(id=n, item_id="food", quantity=1, unit="kcal", expires="2026-11-01",
                   dont_remind=int(n > 5)) for n in range(1, 8)]
    stock += [Stock(id=10, item_id="water", quantity=6, unit="l", expires="2026-12-20")]
    counts = expiry_counts(tally_report(alone_on_oxygen(), tallies_of(stock), TODAY, 72.0, None))
    assert counts == expiry_counts(kit_report(alone_on_oxygen(), stock, TODAY, 72.0, None))
    assert (counts.expired, counts.soon, counts.expired_reminded, counts.soon_reminded) == (7, 1, 5, 1)
