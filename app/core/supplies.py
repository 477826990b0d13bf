"""What the household has against what it needs: coverage, shopping list, expiry, autonomy.

Pure functions over the requirements (``kit.py``) and the stock entries. Expired stock does
not count as present; stock in a unit that does not fit its item (litres of torch) neither.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import heapq
import math
import operator
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.core.fields import expiry_day
from app.core.household import Household
from app.core.kit import (
    DEFAULT_HOURS,
    Catalogue,
    Requirement,
    catalogue,
    convert,
    daily_items,
    daily_need,
    horizon_days,
    medicine_item_id,
    medicine_requirement,
    requirements,
)
from app.core.records import Stock, ToBuy

EXPIRY_WINDOW_DAYS = 60
CHECK_MONTHS = catalogue().check_months  # June and December (the NL-Alert test months), from the catalogue


last_day = functools.lru_cache(maxsize=8192)(expiry_day)
"""``expiry_day`` once per distinct stored date: 20,000 entries share a few hundred dates, and a
kit report asks for each entry's day several times (status, expiry list, autonomy); the stock
list sorts on it too."""


def is_expired(entry: Stock, today: dt.date) -> bool:
    last = last_day(entry.expires)
    return last is not None and last < today


@dataclass(frozen=True)
class ItemStatus:
    """One requirement with the stock that answers it."""

    requirement: Requirement
    present: float
    entries: tuple[Stock, ...] = ()
    expired: float = 0.0

    @property
    def required(self) -> float:
        return self.requirement.quantity

    @property
    def missing(self) -> float:
        gap = max(0.0, self.required - self.present)
        if self.requirement.item.unit in ("pcs", "pack", "set", "day", "eur"):
            return float(math.ceil(round(gap, 6)))
        return round(gap, 3)

    @property
    def coverage(self) -> float:
        return 1.0 if self.required <= 0 else min(1.0, self.present / self.required)

    @functools.cached_property
    def earliest_expiry(self) -> str:
        """Worked out once per status (the kit table, the checklist and the CSV ask for it)."""
        dated = {entry.expires for entry in self.entries if entry.expires}
        # every text in dated is non-empty, so expiry_day gives a date (never None); the same
        # day written two ways: the first in the entries' order, as min over the list gave
        first = min((last_day(text) or dt.date.max for text in dated), default=None)
        if first is None:
            return ""
        return next(entry.expires for entry in self.entries
                    if entry.expires and last_day(entry.expires) == first)

    @property
    def locations(self) -> list[str]:
        return list(self._locations)

    @functools.cached_property
    def _locations(self) -> tuple[str, ...]:
        """Once per status: an item may have thousands of entries."""
        return tuple(sorted({entry.location for entry in self.entries if entry.location}))


class _Grouped:
    """The stock entries by item id, in the stock list's order: grouped once per kit report and
    shared by the item statuses and the autonomy (20,000 entries are looked at once)."""

    def __init__(self, stock: Iterable[Stock]) -> None:
        self.by_item: dict[str, list[Stock]] = defaultdict(list)
        self._positions: dict[str, list[int]] = defaultdict(list)
        for position, entry in enumerate(stock):
            self.by_item[entry.item_id].append(entry)
            self._positions[entry.item_id].append(position)

    def of(self, item_ids: Iterable[str]) -> list[Stock]:
        """The entries of ``item_ids`` in the stock list's order (sums of floats stay the same)."""
        found = [item_id for item_id in set(item_ids) if self.by_item.get(item_id)]
        if len(found) <= 1:
            return self.by_item[found[0]] if found else []
        merged = heapq.merge(*(zip(self._positions[item_id], self.by_item[item_id], strict=True)
                               for item_id in found), key=operator.itemgetter(0))
        return [entry for _, entry in merged]


def item_statuses(reqs: Iterable[Requirement], stock: Iterable[Stock], today: dt.date) -> list[ItemStatus]:
    return _item_statuses(reqs, _Grouped(stock), today)


def _item_statuses(reqs: Iterable[Requirement], grouped: _Grouped, today: dt.date) -> list[ItemStatus]:
    statuses = []
    for requirement in reqs:
        entries = grouped.by_item.get(requirement.item.id, [])
        present, expired = requirement.base, 0.0
        for entry in entries:
            amount = convert(entry.quantity, entry.unit, requirement.item.unit)
            if amount is None:
                continue
            if is_expired(entry, today):
                expired += amount
            else:
                present += amount
        statuses.append(ItemStatus(requirement, round(present, 3), tuple(entries), round(expired, 3)))
    return statuses


def coverage_by_category(statuses: Iterable[ItemStatus]) -> dict[str, float]:
    """Mean coverage of the items in each category (each item counts the same)."""
    groups: dict[str, list[float]] = defaultdict(list)
    for status in statuses:
        if status.requirement.not_needed is None:
            groups[status.requirement.item.category].append(status.coverage)
    return {category: sum(values) / len(values) for category, values in groups.items()}


def shopping_list(statuses: Iterable[ItemStatus]) -> list[ItemStatus]:
    """The items still (partly) missing, in catalogue order; never an item the household
    marked "not needed for us"."""
    return [status for status in statuses
            if status.missing > 0 and status.requirement.not_needed is None]


@dataclass(frozen=True)
class Expiring:
    expired: tuple[Stock, ...]
    soon: tuple[Stock, ...]


def expiring(stock: Iterable[Stock], today: dt.date, window_days: int = EXPIRY_WINDOW_DAYS,
             include_dismissed: bool = True) -> Expiring:
    """Entries past their date, and entries whose date falls within ``window_days``."""
    expired: list[Stock] = []
    soon: list[Stock] = []
    horizon = today + dt.timedelta(days=window_days)
    for entry in stock:
        if not include_dismissed and entry.dont_remind:
            continue
        last = last_day(entry.expires)
        if last is None:
            continue
        if last < today:
            expired.append(entry)
        elif last <= horizon:
            soon.append(entry)
    for entries in (expired, soon):  # by day, then by id: two stable sorts, the first nearly free
        entries.sort(key=_entry_id)  # (the stock comes in id order)
        entries.sort(key=_entry_day)
    return Expiring(tuple(expired), tuple(soon))


def _entry_id(entry: Stock) -> int:
    return entry.id or 0


def _entry_day(entry: Stock) -> dt.date:
    return last_day(entry.expires) or dt.date.max


# --- autonomy ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MedicineSupply:
    member: str
    medicine: str
    hours: float
    needed_hours: float


@dataclass(frozen=True)
class Autonomy:
    """How many hours the stock lasts for this household (None: unknown or nothing needed)."""

    water_hours: float | None
    food_hours: float | None
    light_hours: float | None
    medicines: tuple[MedicineSupply, ...] = field(default_factory=tuple)


def _present(grouped: _Grouped, item_ids: Iterable[str], unit: str, today: dt.date) -> float:
    total = 0.0
    for entry in grouped.of(item_ids):
        if not is_expired(entry, today):
            amount = convert(entry.quantity, entry.unit, unit)
            total += amount or 0.0
    return total


def _lasts(household: Household, grouped: _Grouped, today: dt.date, kit: Catalogue,
           category: str, unit: str) -> float | None:
    """Hours the stock of ``category``'s daily items lasts at the catalogue's daily need."""
    per_day = daily_need(household, category, kit)
    present = _present(grouped, [item.id for item in daily_items(category, kit)], unit, today)
    return present / per_day * 24 if per_day else None


def autonomy(household: Household, stock: list[Stock], today: dt.date,
             kit: Catalogue | None = None, hours: float = DEFAULT_HOURS) -> Autonomy:
    return _autonomy(household, _Grouped(stock), today, kit or catalogue(), hours)


def _autonomy(household: Household, grouped: _Grouped, today: dt.date, kit: Catalogue,
              hours: float) -> Autonomy:
    water_hours = _lasts(household, grouped, today, kit, "water", "l")
    food_hours = _lasts(household, grouped, today, kit, "food", "kcal")

    light_items = {item.id for item in kit.items if item.light}
    known = [entry for entry in grouped.of(light_items)
             if entry.hours and not is_expired(entry, today)]
    light_hours = sum((entry.hours or 0.0) * entry.quantity for entry in known) if known else None

    names = {member.id: member.name for member in household.members}
    medicines = tuple(
        MedicineSupply(
            names.get(medicine.member_id, ""), medicine.name,
            (_present(grouped, [medicine_item_id(medicine.id)], "day", today)
             + (medicine.days_in_stock or 0.0)) * 24,
            medicine_requirement(medicine, horizon_days(hours)).quantity * 24.0,
        )
        for medicine in household.medicines if not medicine.as_needed
    )
    return Autonomy(water_hours, food_hours, light_hours, medicines)


def split_hours(hours: float) -> tuple[int, int]:
    """Whole days and remaining whole hours (rounded down: never promise more than there is)."""
    whole = int(math.floor(hours + 1e-9))
    return whole // 24, whole % 24


# --- the half-yearly check -----------------------------------------------------------------------


def next_check(last_check: dt.date | None, today: dt.date) -> dt.date:
    """The next kit check: every six months, on the 1st of a check month (``CHECK_MONTHS``
    from the catalogue: June and December, the NL-Alert test months).

    Never checked: the next such date from today. Checked: a check counts for the 1 June or
    1 December nearest to it, and the next is the one after that, i.e. the first such date at
    least three months after the last check (November leads to June, not December; January
    leads to June too, so checks stay three to nine months apart). The three months assume
    check months half a year apart, as the catalogue's are (a test holds it to that).
    """
    start = today if last_check is None else last_check + dt.timedelta(days=91)
    year = start.year
    candidates = [dt.date(year, month, 1) for month in CHECK_MONTHS]
    for candidate in [*candidates, dt.date(year + 1, CHECK_MONTHS[0], 1)]:
        if candidate >= start:
            return candidate
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Tally:
    """Stock entries that share an item, a unit, a date, burning hours and "do not remind",
    added up. What the kit's state needs of them, without the entries themselves: the
    overview reads a few hundred tallies at start instead of 20,000 entries (issue 20)."""

    item_id: str
    unit: str
    expires: str
    hours: float | None
    dont_remind: int
    quantity: float  # the entries' quantities added up
    entries: int  # how many entries

    def as_entry(self, number: int) -> Stock:
        """One stock entry standing for the tally (``number`` as its id)."""
        return Stock(id=number, item_id=self.item_id, quantity=self.quantity, unit=self.unit,
                     expires=self.expires, hours=self.hours, dont_remind=self.dont_remind)


@dataclass(frozen=True)
class ExpiryCounts:
    """How many entries are past their date and going off within the window; ``reminded``:
    without the entries the household asked not to be reminded of."""

    expired: int
    soon: int
    expired_reminded: int
    soon_reminded: int


@dataclass(frozen=True)
class KitReport:
    """Everything the kit page and the overview show, computed once."""

    statuses: tuple[ItemStatus, ...]
    by_category: dict[str, float]
    shopping: tuple[ItemStatus, ...]
    to_buy: tuple[ToBuy, ...]  # the household's own things to buy (not in the catalogue)
    expiry: Expiring
    autonomy: Autonomy
    next_check: dt.date
    check_overdue: bool
    hours: float
    today: dt.date
    last_check: dt.date | None = None  # the last half-yearly check; None: never checked
    people: int = 1  # how many people the household has (none: readiness is "not started")
    counts: ExpiryCounts | None = None
    """Set when the report was made from tallies (``tally_report``): its statuses and expiry
    lists then hold one entry per tally, so the entries are counted here."""

    @property
    def from_tallies(self) -> bool:
        return self.counts is not None


def expiry_counts(report: KitReport) -> ExpiryCounts:
    """The entries past their date and going off soon, from a report of either kind."""
    if report.counts is not None:
        return report.counts
    expired, soon = report.expiry.expired, report.expiry.soon
    return ExpiryCounts(len(expired), len(soon),
                        sum(1 for entry in expired if not entry.dont_remind),
                        sum(1 for entry in soon if not entry.dont_remind))


def kit_report(household: Household, stock: list[Stock], today: dt.date, hours: float,
               last_check: dt.date | None, window_days: int = EXPIRY_WINDOW_DAYS) -> KitReport:
    grouped = _Grouped(stock)  # 20,000 entries grouped once for the statuses and the autonomy
    statuses = _item_statuses(requirements(household, hours), grouped, today)
    check = next_check(last_check, today)
    return KitReport(
        statuses=tuple(statuses),
        by_category=coverage_by_category(statuses),
        shopping=tuple(shopping_list(statuses)),
        to_buy=tuple(household.to_buy),
        expiry=expiring(stock, today, window_days),
        autonomy=_autonomy(household, grouped, today, catalogue(), hours),
        next_check=check,
        check_overdue=last_check is not None and check <= today,
        hours=hours,
        today=today,
        people=len(household.members),
        last_check=last_check,
    )


def tally_report(household: Household, tallies: Iterable[Tally], today: dt.date, hours: float,
                 last_check: dt.date | None, window_days: int = EXPIRY_WINDOW_DAYS) -> KitReport:
    """The kit report from the stock's tallies instead of its entries: the same statuses,
    coverage, shopping list, autonomy and check as ``kit_report`` over the entries, by the same
    code (each tally stands in as one entry with the added-up quantity; every figure is a sum
    over entries). Entries are counted in ``counts``; the statuses know no entry's place or
    name: for the overview and the reminder, not for the kit page."""
    tallies = tuple(tallies)
    stock = [tally.as_entry(number) for number, tally in enumerate(tallies)]
    report = kit_report(household, stock, today, hours, last_check, window_days)
    reminded = expiring(stock, today, window_days, include_dismissed=False)

    def entries(found: Iterable[Stock]) -> int:
        return sum(tallies[entry.id or 0].entries for entry in found)

    counts = ExpiryCounts(entries(report.expiry.expired), entries(report.expiry.soon),
                          entries(reminded.expired), entries(reminded.soon))
    return dataclasses.replace(report, counts=counts)
