"""The recommended emergency kit for one household, from the catalogue in resources/kit/.

The catalogue is data: each item has a category, a quantity rule, a unit, a source (who
says so, in words) and source keys (``facts``: the sections of the fact sheet, see
``resources/sources.toml``). The horizons carry their labels and the energy figures their
keys too, and so do the months of the half-yearly kit check. The rules turn the household (people by age group, pets) and the horizon (72 hours
by default) into quantities, and every quantity carries the sum that produced it, so the
page can show how a number was reached. ``daily_terms`` and ``daily_need`` give the same
sums for one day of a category (the water or food a household uses per day).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.core.household import Household
from app.paths import resource

DEFAULT_HOURS = 72
MIN_DAYS, MAX_DAYS = 1, 28

# Units that can be counted in another unit of the same item, with the factor to it.
CONVERSIONS: dict[str, tuple[str, float]] = {"ml": ("l", 0.001), "kj": ("kcal", 1 / 4.184)}

RULES = ("person", "person_day", "adult", "child", "baby", "baby_day", "pet_day", "household",
         "energy", "medicine")
# The rules that count per day, and for energy per age group per day.
DAILY_RULES = ("person_day", "baby_day", "pet_day", "energy")


@dataclass(frozen=True)
class CatalogueItem:
    """One thing the kit should hold."""

    id: str
    category: str
    rule: str
    amount: float
    unit: str
    source: str
    name: dict[str, str]
    note: dict[str, str] = field(default_factory=dict)
    grab_bag: bool = False
    light: bool = False
    facts: tuple[str, ...] = ()  # source keys: "FACTS 1.4"

    def label(self, language: str) -> str:
        return self.name.get(language) or self.name.get("nl", self.id)

    def hint(self, language: str) -> str:
        return self.note.get(language) or self.note.get("nl", "")


@dataclass(frozen=True)
class Horizon:
    id: str
    hours: int
    source: str
    label: dict[str, str] = field(default_factory=dict)  # "72 hours (3 days): the advice of the booklet"
    short: dict[str, str] = field(default_factory=dict)  # "72 hours"
    facts: tuple[str, ...] = ()

    def text(self, language: str, short: bool = False) -> str:
        """The horizon in words ("" when the catalogue gives none)."""
        texts = self.short if short else self.label
        return texts.get(language) or texts.get("nl", "")


@dataclass(frozen=True)
class Catalogue:
    items: tuple[CatalogueItem, ...]
    categories: tuple[str, ...]
    horizons: tuple[Horizon, ...]
    sources: dict[str, dict[str, str]]
    energy_per_day: dict[str, float]
    energy_sources: dict[str, str]
    energy_note: dict[str, str]
    energy_facts: tuple[str, ...] = ()
    check_months: tuple[int, ...] = ()  # the half-yearly kit check: June and December
    check_facts: tuple[str, ...] = ()

    def item(self, item_id: str) -> CatalogueItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def horizon(self, hours: float) -> Horizon | None:
        """The preset for exactly ``hours``, if there is one."""
        return next((horizon for horizon in self.horizons if horizon.hours == hours), None)

    def source_text(self, source: str, language: str) -> str:
        texts = self.sources.get(source, {})
        return texts.get(language) or texts.get("nl", source)


class CatalogueError(ValueError):
    """resources/kit/catalogue.json breaks its own rules (a packaging error, caught by tests)."""


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    """Build and check a catalogue from its JSON form."""
    sources = data["sources"]
    categories = tuple(data["categories"])
    items = []
    for raw in data["items"]:
        item = CatalogueItem(
            id=raw["id"], category=raw["category"], rule=raw["rule"], amount=float(raw["amount"]),
            unit=raw["unit"], source=raw["source"], name=raw.get("name") or {}, note=raw.get("note", {}),
            grab_bag=bool(raw.get("grab_bag", False)), light=bool(raw.get("light", False)),
            facts=tuple(raw.get("facts", ())),
        )
        if item.rule not in RULES or item.category not in categories or item.source not in sources:
            raise CatalogueError(f"item {item.id}: unknown rule, category or source")
        if not (item.name.get("nl") and item.name.get("en")):
            raise CatalogueError(f"item {item.id}: needs a Dutch and an English name")
        items.append(item)
    if len({item.id for item in items}) != len(items):
        raise CatalogueError("item ids must be unique")
    energy = data["energy"]
    check = data.get("check", {})
    months = tuple(int(month) for month in check.get("months", ()))
    if months and (list(months) != sorted(set(months)) or not 1 <= months[0] <= months[-1] <= 12):
        raise CatalogueError(f"check months must be months in order, each once: {months}")
    return Catalogue(
        items=tuple(items),
        categories=categories,
        horizons=tuple(Horizon(h["id"], int(h["hours"]), h["source"], h.get("label", {}), h.get("short", {}),
                               tuple(h.get("facts", ()))) for h in data["horizons"]),
        sources=sources,
        energy_per_day={group: float(kcal) for group, kcal in energy["per_day"].items()},
        energy_sources=energy["sources"],
        energy_note=energy["note"],
        energy_facts=tuple(energy.get("facts", ())),
        check_months=months,
        check_facts=tuple(check.get("facts", ())),
    )


@cache
def catalogue() -> Catalogue:
    """The kit catalogue shipped with Paraat."""
    return parse_catalogue(json.loads(resource("kit", "catalogue.json").read_text(encoding="utf-8")))


# --- requirements ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One part of a sum: ``amount`` per ``per`` × ``count`` (× days)."""

    amount: float
    per: str  # the rule, or an age group for energy
    count: int
    days: float

    @property
    def value(self) -> float:
        return self.amount * self.count * self.days


@dataclass(frozen=True)
class Requirement:
    """How much of one item this household needs for the horizon, and how that was worked out."""

    item: CatalogueItem
    quantity: float
    terms: tuple[Term, ...]
    subject: str = ""  # the member, for medicines

    @property
    def applies(self) -> bool:
        return self.quantity > 0


def horizon_days(hours: float) -> float:
    return hours / 24


def medicine_item_id(medicine_id: int | None) -> str:
    return f"medicine:{medicine_id}"


class _Counts:
    """How many the household has of what each rule counts, worked out once."""

    def __init__(self, household: Household) -> None:
        self.ages = ages = household.age_counts()
        persons = len(household.members)
        self.by_rule = {"person": persons, "person_day": persons, "adult": ages["adult"] + ages["senior"],
                        "child": ages["child"] + ages["baby"], "baby": ages["baby"],
                        "baby_day": ages["baby"], "pet_day": household.pet_count(), "household": 1}


def _terms(item: CatalogueItem, counts: _Counts, days: float, kit: Catalogue) -> tuple[Term, ...]:
    """The sum behind one item's quantity for ``days`` (non-daily rules ignore the days)."""
    if item.rule == "energy":
        return tuple(Term(kit.energy_per_day[group], group, counts.ages[group], days)
                     for group in ("adult", "senior", "child", "baby") if counts.ages[group])
    days = days if item.rule in DAILY_RULES else 1
    return (Term(item.amount, item.rule, counts.by_rule[item.rule], days),)


def daily_items(category: str, kit: Catalogue | None = None) -> tuple[CatalogueItem, ...]:
    """The items of ``category`` that the catalogue counts per day (water: people's and pets')."""
    kit = kit or catalogue()
    return tuple(item for item in kit.items if item.category == category and item.rule in DAILY_RULES)


def daily_terms(household: Household, category: str, kit: Catalogue | None = None) -> tuple[Term, ...]:
    """What this household uses of ``category`` in one day, term by term, by the catalogue's
    rules (water: litres per person and per pet; food: kcal per age group). Empty terms
    (nobody counted) are left out."""
    kit = kit or catalogue()
    counts = _Counts(household)
    return tuple(term for item in daily_items(category, kit)
                 for term in _terms(item, counts, 1, kit) if term.count)


def daily_need(household: Household, category: str, kit: Catalogue | None = None) -> float:
    """The sum of ``daily_terms``: litres of water, kcal of food a day; 0 when nothing counts.

    ValueError for a category whose daily items are counted in different units (baby: days
    of food and nappies), which cannot be added up."""
    kit = kit or catalogue()
    if len({item.unit for item in daily_items(category, kit)}) > 1:
        raise ValueError(f"the daily items of {category!r} have different units")
    return sum(term.value for term in daily_terms(household, category, kit))


def requirements(household: Household, hours: float = DEFAULT_HOURS,
                 kit: Catalogue | None = None) -> list[Requirement]:
    """The kit for this household: one requirement per catalogue item that applies, plus one
    per member's medicine. Items that do not apply (no babies, no pets) are left out."""
    kit = kit or catalogue()
    days = horizon_days(hours)
    persons = len(household.members)
    counts = _Counts(household)
    result: list[Requirement] = []
    for item in kit.items:
        terms = _terms(item, counts, days, kit)
        quantity = sum(term.value for term in terms)
        if item.unit in ("pcs", "pack", "set", "day", "eur"):
            quantity = math.ceil(round(quantity, 6))
        if quantity > 0 and (persons or item.rule in ("pet_day",)):
            result.append(Requirement(item, round(quantity, 3), terms))
    names = {member.id: member.name for member in household.members}
    for medicine in household.medicines:
        item = CatalogueItem(
            id=medicine_item_id(medicine.id), category="first_aid", rule="medicine",
            amount=float(medicine.days_needed), unit="day", source="booklet",
            name={"nl": medicine.name, "en": medicine.name}, grab_bag=True,
        )
        needed = max(float(medicine.days_needed), math.ceil(days))
        result.append(Requirement(item, needed, (Term(needed, "medicine", 1, 1),),
                                  names.get(medicine.member_id, "")))
    return result


def convert(quantity: float, unit: str, to_unit: str) -> float | None:
    """``quantity`` in ``to_unit``, or None when the units do not fit together."""
    if unit == to_unit:
        return quantity
    base, factor = CONVERSIONS.get(unit, (unit, 1.0))
    if base == to_unit:
        return quantity * factor
    return None


def units_for(item_unit: str) -> list[str]:
    """The units a stock entry for an item with ``item_unit`` can be counted in."""
    return [item_unit] + [unit for unit, (base, _) in CONVERSIONS.items() if base == item_unit]
