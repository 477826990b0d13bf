"""How ready the household is, by need and not by item count: one figure, ready or not, and
the weakest essentials with their numbers.

The rule (docs/user-guide.md, "How ready you are", explains it to the user):

* **Tier 1, what you cannot do without** (FACTS 1.4, FACTS 3): the water of the people and
  pets (3 litres per person and ½ litre per pet a day), the food (kcal per age group a day,
  FACTS 2.4), baby food when there is a baby, and every daily medicine on the household's
  list, each for the whole horizon. Each is one *need*, with what there is, what is needed and
  how many hours it lasts.
* **Tier 2, getting through the dark and cold** (FACTS 1.4, FACTS 1.7, FACTS 1.8): light
  (torch, batteries, power bank, candles), the radio, warmth (blankets) and the first aid kit,
  and at least one dose of every medicine taken only when needed.
* **Tier 3, the rest** of the catalogue (hygiene, tools, papers, cash, can opener, grab bag…).

Items the household marked "not needed for us" count in no tier (water, food, baby food and
medicines cannot be marked).

The figure is ``60 × tier 1 + 25 × tier 2 + 15 × tier 3`` (rounded down), where tier 1 is its
*weakest* need (you are as ready as your shortest essential) and tiers 2 and 3 are the mean of
their items' coverage. Then the caps:

* a tier-1 need below half of the horizon, or any medicine short of the horizon: at most
  ``CAP_SHORT`` (40 %), whatever else is there;
* any other tier-1 need short of the horizon: at most ``CAP_NOT_READY`` (79 %).

**Ready** means every tier-1 need is met for the horizon and every tier-2 item is there.

Before the first run is finished (``started`` False: the first-run wizard has not been
completed and nothing is stored) or while nobody is in the household, the result is *not
started*: no percentage (None, never 0) and not ready.

Every need carries the source keys of the catalogue items behind it (``facts``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.core.kit import DAILY_RULES, catalogue
from app.core.supplies import ItemStatus, KitReport

WEIGHTS = (60, 25, 15)
"""The weight of tier 1, 2 and 3 in the figure (together 100)."""
CAP_SHORT = 40
"""At most this when a tier-1 need covers less than half the horizon or a medicine falls short."""
CAP_NOT_READY = 79
"""At most this while any tier-1 need falls short of the horizon."""
SHORT_SHARE = 0.5
"""Below this share of the horizon a tier-1 need is 'short'."""

TIER_2_CATEGORIES = ("light", "radio")
TIER_2_ITEMS = ("first_aid_kit", "blankets", "firewood")  # warmth: a blanket each, wood to burn
TIER_1_ITEMS = ("baby_food",)


@dataclass(frozen=True)
class Need:
    """One essential: what there is against what the horizon asks for."""

    item: str  # "water", "food", "baby_food", "medicine:3", or a catalogue item id
    label: dict[str, str]  # {"nl": …, "en": …}
    have: float
    need: float
    unit: str  # "l", "kcal", "day", "pcs", …
    hours: float | None  # how long it lasts for this household (None: not a matter of time)
    tier: int
    facts: tuple[str, ...] = ()
    ask: str = ""  # a medicine whose numbers are not filled in: "per_day" or "in_stock"

    @property
    def coverage(self) -> float:
        return 1.0 if self.need <= 0 else min(1.0, self.have / self.need)

    @property
    def met(self) -> bool:
        return self.coverage >= 1.0 - 1e-9

    def name(self, language: str) -> str:
        return self.label.get(language) or self.label.get("nl", self.item)


@dataclass(frozen=True)
class Readiness:
    """The figure (None: not started), ready or not, and the needs weakest first."""

    percent: int | None
    ready: bool
    horizon_hours: float
    needs: tuple[Need, ...]  # every tier-1 and tier-2 need, weakest (lowest tier, lowest cover) first

    @property
    def started(self) -> bool:
        return self.percent is not None

    @property
    def weakest(self) -> tuple[Need, ...]:
        """The needs that fall short, weakest first: tier 1 before tier 2."""
        return tuple(need for need in self.needs if not need.met)


def _tier(status: ItemStatus) -> int:
    item = status.requirement.item
    if item.rule == "medicine" or item.id in TIER_1_ITEMS:
        return 1
    if item.rule == "as_needed":
        return 2
    if item.category in ("water", "food") and item.rule in DAILY_RULES:
        return 1
    if item.category in TIER_2_CATEGORIES or item.id in TIER_2_ITEMS:
        return 2
    return 3


def _combined(category: str, statuses: list[ItemStatus], hours: float | None,
              label: dict[str, str]) -> Need | None:
    """Water or food as one need: the daily items of the category added up."""
    parts = [status for status in statuses
             if status.requirement.item.category == category and _tier(status) == 1]
    if not parts:
        return None
    facts = tuple(dict.fromkeys(fact for part in parts for fact in part.requirement.item.facts))
    if len(parts) > 1:  # e.g. drinking water and the pets' water: name both, as the kit list does
        label = {language: " + ".join(part.requirement.item.name.get(language, "") for part in parts)
                 for language in label}
    return Need(category, label, round(sum(part.present for part in parts), 3),
                round(sum(part.required for part in parts), 3), parts[0].requirement.item.unit,
                hours, 1, facts)


def _needs(report: KitReport) -> list[Need]:
    statuses = [status for status in report.statuses if status.requirement.applies]
    kit = catalogue()
    water, food = kit.item("water"), kit.item("food")
    water_label = water.name if water else {"nl": "Water", "en": "Water"}
    food_label = food.name if food else {"nl": "Eten", "en": "Food"}
    needs = [need for need in (
        _combined("water", statuses, report.autonomy.water_hours, water_label),
        _combined("food", statuses, report.autonomy.food_hours, food_label),
    ) if need is not None]
    for status in statuses:
        item, tier = status.requirement.item, _tier(status)
        if tier == 3 or (tier == 1 and item.category in ("water", "food")):
            continue
        hours = None  # how long it lasts: for medicines and baby food, counted in days
        if item.unit == "day":
            per_day = sum(term.amount * term.count for term in status.requirement.terms
                          if term.per != "medicine") or 1.0  # two babies eat two days' food a day
            hours = status.present / per_day * 24
        label = dict(item.name)
        if status.requirement.subject:
            label = {language: f"{text} ({status.requirement.subject})" for language, text in label.items()}
        facts = item.facts
        ask = status.requirement.ask if status.present <= 0 or status.requirement.ask == "per_day" else ""
        needs.append(Need(item.id, label, status.present, status.required, item.unit, hours, tier, facts,
                          ask))
    return needs


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 1.0


def readiness(report: KitReport, started: bool = True) -> Readiness:
    """The household's readiness for the report's horizon by the rule above."""
    needs = _needs(report)
    if not started or not report.statuses or report.people == 0:  # pets alone: not started
        return Readiness(None, False, report.hours, tuple(sorted(needs, key=_order)))
    tier1 = [need for need in needs if need.tier == 1]
    counted = [status for status in report.statuses if status.requirement.applies]
    tier2 = [status.coverage for status in counted if _tier(status) == 2]
    tier3 = [status.coverage for status in counted if _tier(status) == 3]
    scores = (min((need.coverage for need in tier1), default=1.0), _mean(tier2), _mean(tier3))
    percent = math.floor(sum(weight * score for weight, score in zip(WEIGHTS, scores, strict=True)) + 1e-9)
    short = any(need.coverage < SHORT_SHARE or (need.item.startswith("medicine:") and not need.met)
                for need in tier1)  # tier 1 holds the daily medicines only
    if short:
        percent = min(percent, CAP_SHORT)
    elif not all(need.met for need in tier1):
        percent = min(percent, CAP_NOT_READY)
    ready = all(need.met for need in needs)  # tier 1 and tier 2
    return Readiness(max(0, min(100, percent)), ready, report.hours, tuple(sorted(needs, key=_order)))


def _order(need: Need) -> tuple[int, float, str]:
    return need.tier, need.coverage, need.item
