"""The recommended emergency kit for one household, from the catalogue in resources/kit/.

The catalogue is data: each item has a category, a quantity rule, a unit and a source. The
rules turn the household (people by age group, pets) and the horizon (72 hours by default)
into quantities, and every quantity carries the sum that produced it, so the page can show
how a number was reached.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache

from app.core.household import Household
from app.paths import resource

DEFAULT_HOURS = 72
MIN_DAYS, MAX_DAYS = 1, 28

# Units that can be counted in another unit of the same item, with the factor to it.
CONVERSIONS: dict[str, tuple[str, float]] = {"ml": ("l", 0.001), "kj": ("kcal", 1 / 4.184)}

RULES = ("person", "person_day", "adult", "child", "baby", "baby_day", "pet_day", "household",
         "energy", "medicine")


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

    def label(self, language: str) -> str:
        return self.name.get(language) or self.name.get("nl", self.id)

    def hint(self, language: str) -> str:
        return self.note.get(language) or self.note.get("nl", "")


@dataclass(frozen=True)
class Horizon:
    id: str
    hours: int
    source: str


@dataclass(frozen=True)
class Catalogue:
    items: tuple[CatalogueItem, ...]
    categories: tuple[str, ...]
    horizons: tuple[Horizon, ...]
    sources: dict[str, dict[str, str]]
    energy_per_day: dict[str, float]
    energy_sources: dict[str, str]
    energy_note: dict[str, str]

    def item(self, item_id: str) -> CatalogueItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def source_text(self, source: str, language: str) -> str:
        texts = self.sources.get(source, {})
        return texts.get(language) or texts.get("nl", source)


class CatalogueError(ValueError):
    """resources/kit/catalogue.json breaks its own rules (a packaging error, caught by tests)."""


def parse_catalogue(data: dict) -> Catalogue:
    """Build and check a catalogue from its JSON form."""
    sources = data["sources"]
    categories = tuple(data["categories"])
    items = []
    for raw in data["items"]:
        item = CatalogueItem(
            id=raw["id"], category=raw["category"], rule=raw["rule"], amount=float(raw["amount"]),
            unit=raw["unit"], source=raw["source"], name=raw.get("name") or {}, note=raw.get("note", {}),
            grab_bag=bool(raw.get("grab_bag", False)), light=bool(raw.get("light", False)),
        )
        if item.rule not in RULES or item.category not in categories or item.source not in sources:
            raise CatalogueError(f"item {item.id}: unknown rule, category or source")
        if not (item.name.get("nl") and item.name.get("en")):
            raise CatalogueError(f"item {item.id}: needs a Dutch and an English name")
        items.append(item)
    if len({item.id for item in items}) != len(items):
        raise CatalogueError("item ids must be unique")
    energy = data["energy"]
    return Catalogue(
        items=tuple(items),
        categories=categories,
        horizons=tuple(Horizon(h["id"], int(h["hours"]), h["source"]) for h in data["horizons"]),
        sources=sources,
        energy_per_day={group: float(kcal) for group, kcal in energy["per_day"].items()},
        energy_sources=energy["sources"],
        energy_note=energy["note"],
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


def requirements(household: Household, hours: float = DEFAULT_HOURS,
                 kit: Catalogue | None = None) -> list[Requirement]:
    """The kit for this household: one requirement per catalogue item that applies, plus one
    per member's medicine. Items that do not apply (no babies, no pets) are left out."""
    kit = kit or catalogue()
    days = horizon_days(hours)
    ages = household.age_counts()
    persons = len(household.members)
    adults = ages["adult"] + ages["senior"]
    children = ages["child"] + ages["baby"]
    pets = household.pet_count()
    counts = {"person": persons, "adult": adults, "child": children, "baby": ages["baby"],
              "household": 1}
    result: list[Requirement] = []
    for item in kit.items:
        if item.rule == "energy":
            terms = tuple(Term(kit.energy_per_day[group], group, ages[group], days)
                          for group in ("adult", "senior", "child", "baby") if ages[group])
        elif item.rule == "person_day":
            terms = (Term(item.amount, item.rule, persons, days),)
        elif item.rule == "baby_day":
            terms = (Term(item.amount, item.rule, ages["baby"], days),)
        elif item.rule == "pet_day":
            terms = (Term(item.amount, item.rule, pets, days),)
        else:
            terms = (Term(item.amount, item.rule, counts[item.rule], 1),)
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
