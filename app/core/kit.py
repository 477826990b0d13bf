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

from app.core.household import Household, has_oxygen
from app.core.phones import is_mobile
from app.core.records import Medicine
from app.paths import resource

DEFAULT_HOURS = 72
MIN_DAYS, MAX_DAYS = 1, 28

# Units that can be counted in another unit of the same item, with the factor to it.
CONVERSIONS: dict[str, tuple[str, float]] = {"ml": ("l", 0.001), "kj": ("kcal", 1 / 4.184)}

RULES = ("person", "person_day", "adult", "child", "baby", "baby_day", "pet_day", "household",
         "household_day", "phone", "energy", "medicine", "as_needed")
# The rules that count per day, and for energy per age group per day.
DAILY_RULES = ("person_day", "baby_day", "pet_day", "household_day", "energy")
# Energy per age group: babies are left out, because their food is its own item ("baby_food",
# in days), so it is counted once.
ENERGY_GROUPS = ("adult", "senior", "child")
# Items a household cannot mark "not needed for us": what it cannot do without (the honest
# figure depends on them). Medicines are the household's own list: delete one instead.
ESSENTIAL_ITEMS = ("water", "pet_water", "food", "baby_food")
WHEN_FIELDS = ("heating", "has_car", "glasses", "hearing_aids", "menstruation", "own_well", "toddler",
               "oxygen")  # oxygen: "yes" when a member uses oxygen (from devices, notes, medicines)


@dataclass(frozen=True)
class When:
    """A condition on the home's answers: the item or note applies when ``field``'s answer is
    (``negate`` False) or is not (``negate`` True) one of ``values``; "" is "not answered"."""

    field: str
    values: tuple[str, ...]
    negate: bool = False

    def holds(self, answers: dict[str, str]) -> bool:
        return (answers.get(self.field, "") in self.values) != self.negate


def _when(raw: dict[str, Any] | None, where: str) -> When | None:
    if raw is None:
        return None
    field_name, values = raw.get("field"), raw.get("in", raw.get("not_in"))
    if field_name not in WHEN_FIELDS or not isinstance(values, list) or ("in" in raw) == ("not_in" in raw):
        raise CatalogueError(f"{where}: a condition needs a known field and 'in' or 'not_in'")
    return When(field_name, tuple(values), negate="not_in" in raw)


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
    when: When | None = None  # only for households whose answers meet this
    # extra notes that apply when the home's answers meet their condition (own well, heating)
    notes_when: tuple[tuple[When, dict[str, str]], ...] = ()
    aliases: tuple[str, ...] = ()  # names the item had before, so an older CSV file still reads

    def label(self, language: str) -> str:
        return self.name.get(language) or self.name.get("nl", self.id)

    def hint(self, language: str, answers: dict[str, str] | None = None) -> str:
        """The item's note, plus the notes whose condition the home's ``answers`` meet."""
        parts = [self.note.get(language) or self.note.get("nl", "")]
        for when, note in self.notes_when:
            if answers is not None and when.holds(answers):
                parts.append(note.get(language) or note.get("nl", ""))
        return " ".join(part for part in parts if part)

    @property
    def essential(self) -> bool:
        """Cannot be marked "not needed for us" (water, food, baby food, medicines)."""
        return self.id in ESSENTIAL_ITEMS or self.rule in ("medicine", "as_needed")


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
            facts=tuple(raw.get("facts", ())), when=_when(raw.get("when"), f"item {raw['id']}"),
            notes_when=tuple((_when(extra["when"], f"item {raw['id']}") or When("", ()),
                              {"nl": extra["nl"], "en": extra["en"]})
                             for extra in raw.get("notes_when", ())),
            aliases=tuple(raw.get("aliases", ())),
        )
        if item.rule not in RULES or item.category not in categories or item.source not in sources:
            raise CatalogueError(f"item {item.id}: unknown rule, category or source")
        if not (item.name.get("nl") and item.name.get("en")):
            raise CatalogueError(f"item {item.id}: needs a Dutch and an English name")
        if not item.facts:
            raise CatalogueError(f"item {item.id}: needs source keys ('facts')")
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
    not_needed: str | None = None  # the household marked it "not needed for us" (the reason)
    base: float = 0.0  # what the household has outside the stock list (a medicine's doses, in days)
    ask: str = ""  # what the household still has to fill in: "per_day" or "in_stock" (medicines)

    @property
    def applies(self) -> bool:
        return self.quantity > 0 and self.not_needed is None


def horizon_days(hours: float) -> float:
    return hours / 24


def medicine_item_id(medicine_id: int | None) -> str:
    return f"medicine:{medicine_id}"


class _Counts:
    """How many the household has of what each rule counts, worked out once."""

    def __init__(self, household: Household) -> None:
        self.ages = ages = household.age_counts()
        persons = len(household.members)
        phones = sum(1 for member in household.members if member.phone and is_mobile(member.phone))
        self.by_rule = {"person": persons, "person_day": persons, "adult": ages["adult"] + ages["senior"],
                        "child": ages["child"] + ages["baby"], "baby": ages["baby"],
                        "baby_day": ages["baby"], "pet_day": household.pet_count(), "household": 1,
                        "household_day": 1, "phone": max(phones, 1) if persons else 0}


def _terms(item: CatalogueItem, counts: _Counts, days: float, kit: Catalogue) -> tuple[Term, ...]:
    """The sum behind one item's quantity for ``days`` (non-daily rules ignore the days)."""
    if item.rule == "energy":
        return tuple(Term(kit.energy_per_day[group], group, counts.ages[group], days)
                     for group in ENERGY_GROUPS if counts.ages[group])
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


def answers(household: Household) -> dict[str, str]:
    """The home's answers to the kit questions ("" = not answered), by field."""
    found = {name: str(getattr(household.home, name, "") or "") for name in WHEN_FIELDS}
    found["oxygen"] = "yes" if has_oxygen(household) else ""
    return found


MEDICINE_FACTS = ("FACTS 1.4", "FACTS 3")
"""The booklet asks for your own medicines in the kit and names no number of days (FACTS 3):
a daily medicine must last the household's horizon, like the water."""


def medicine_requirement(medicine: Medicine, days: float, subject: str = "") -> Requirement:
    """A daily medicine: enough days for the horizon (rounded up to whole days); the doses in
    the house count as ``in_stock / per_day`` days. Only when needed: at least one dose."""
    base_name = {"nl": medicine.name, "en": medicine.name}
    if medicine.as_needed:
        item = CatalogueItem(id=medicine_item_id(medicine.id), category="first_aid", rule="as_needed",
                             amount=1.0, unit="pcs", source="booklet", name=base_name, grab_bag=True,
                             facts=MEDICINE_FACTS)
        return Requirement(item, 1.0, (Term(1.0, "as_needed", 1, 1),), subject,
                           base=float(medicine.in_stock or 0.0))
    needed = float(math.ceil(round(days, 6)))
    item = CatalogueItem(id=medicine_item_id(medicine.id), category="first_aid", rule="medicine",
                         amount=1.0, unit="day", source="booklet", name=base_name, grab_bag=True,
                         facts=MEDICINE_FACTS)
    ask = ("per_day" if medicine.per_day is None and medicine.in_stock
           else "in_stock" if medicine.in_stock is None else "")
    return Requirement(item, needed, (Term(1.0, "medicine", 1, needed),), subject,
                       base=medicine.days_in_stock or 0.0, ask=ask)


def requirements(household: Household, hours: float = DEFAULT_HOURS,
                 kit: Catalogue | None = None) -> list[Requirement]:
    """The kit for this household: one requirement per catalogue item that applies, plus one
    per member's medicine. Items that do not apply (no babies, no pets, no car) are left out;
    items the household marked "not needed for us" stay in, with the reason (``not_needed``),
    and count as neither present nor missing."""
    kit = kit or catalogue()
    days = horizon_days(hours)
    persons = len(household.members)
    counts = _Counts(household)
    known = answers(household)  # once: it reads every member, medicine and device for oxygen
    result: list[Requirement] = []
    for item in kit.items:
        if item.when is not None and not item.when.holds(known):  # not for this household's answers
            continue
        terms = _terms(item, counts, days, kit)
        quantity = sum(term.value for term in terms)
        if item.unit in ("pcs", "pack", "set", "day", "eur"):
            quantity = math.ceil(round(quantity, 2))  # 3 × 0.3333 is 1, not 2
        if quantity > 0 and (persons or item.rule in ("pet_day",)):
            reason = None if item.essential else household.not_needed_reason(item.id)
            result.append(Requirement(item, round(quantity, 3), terms, not_needed=reason))
    names = {member.id: member.name for member in household.members}
    for medicine in household.medicines:
        result.append(medicine_requirement(medicine, days, names.get(medicine.member_id, "")))
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
