"""Words for the kit: units, categories, quantities, what a stock entry is, and sentences about
the horizon, how long the household lasts and how a number was reached.

Every figure on the kit page, the overview and the printed checklist can be explained in
words; the sums come from the ``Term`` objects the core attaches to each requirement.
"""

from __future__ import annotations

from app.core.household import Household
from app.core.kit import Catalogue, catalogue, daily_items, daily_need, horizon_days
from app.core.readiness import Readiness
from app.core.supplies import Autonomy, ItemStatus, KitReport, split_hours
from app.words import bilingual
from app.words.counts import days_text
from app.words.i18n import current_language, tr
from app.words.numbers import format_amount


def unit_labels() -> dict[str, str]:
    return {
        "l": tr("litre"), "ml": tr("ml"), "kcal": tr("kcal"), "kj": tr("kJ"), "eur": tr("euro"),
        "pcs": tr("pieces"), "pack": tr("packs"), "set": tr("sets"), "day": tr("days"),
    }


def category_labels() -> dict[str, str]:
    """The kit's categories in the current language, from resources/words/labels.toml (the
    same words the command line and the shopping list CSV use)."""
    language = current_language()
    return {code: bilingual.category_label(code, language)
            for code in bilingual.label_codes("kit_category")}


def quantity_text(quantity: float, unit: str, up: bool = False) -> str:
    """'1 piece', '3 pieces', '1,5 litre'; days to a tenth ('3,3 days', down, or ``up`` for
    what is still needed)."""
    if unit == "day":
        return days_text(quantity, up)
    if quantity == 1:
        singular = {"pcs": tr("piece"), "pack": tr("pack"), "set": tr("set"), "day": tr("day")}
        if unit in singular:
            return f"1 {singular[unit]}"
    return f"{format_amount(quantity, group=True)} {unit_labels().get(unit, unit)}"


def item_label(item_id: str, name: str, medicines: dict[str, str]) -> str:
    """What a stock entry is, in words: the catalogue name, the medicine, or the own name."""
    if item_id == "own":
        return name
    if item_id.startswith("medicine:"):
        return medicines.get(item_id, name or tr("Medicine"))
    item = catalogue().item(item_id)
    return item.label(current_language()) if item else (name or item_id)


def duration_text(hours: float) -> str:
    """'2 days and 6 hours', '1 day', '5 hours', 'less than an hour'."""
    days, rest = split_hours(hours)
    day_text = tr("1 day") if days == 1 else tr("%1 days").replace("%1", str(days))
    hour_text = tr("1 hour") if rest == 1 else tr("%1 hours").replace("%1", str(rest))
    if days and rest:
        return tr("%1 and %2").replace("%1", day_text).replace("%2", hour_text)
    if days:
        return day_text
    if rest:
        return hour_text
    return tr("less than an hour")


def horizon_text(hours: float, short: bool = False) -> str:
    """The horizon in words, with where it comes from (unless ``short``).

    A preset's words are in the kit catalogue; any other horizon is said in days or hours."""
    preset = catalogue().horizon(hours)
    if preset is not None and preset.text(current_language(), short):
        return preset.text(current_language(), short)
    days = horizon_days(hours)
    return duration_text(hours) if short or days != int(days) else _days(int(days))


def autonomy_sentence(autonomy: Autonomy, persons: int = 2) -> str:
    """'Your water lasts 2 days and 6 hours; food 4 days.' — what is known, nothing invented.
    ``persons``: a household of one is "je" in Dutch, of more "jullie"."""
    parts = []
    if autonomy.water_hours is not None:
        water = tr("your water lasts %1", "one person") if persons == 1 else tr("your water lasts %1")
        parts.append(water.replace("%1", duration_text(autonomy.water_hours)))
    if autonomy.food_hours is not None:
        parts.append(tr("food %1").replace("%1", duration_text(autonomy.food_hours)))
    if autonomy.light_hours is not None:
        parts.append(tr("light %1").replace("%1", duration_text(autonomy.light_hours)))
    if not parts:
        return ""
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def medicine_lines(autonomy: Autonomy) -> list[str]:
    lines = []
    for supply in autonomy.medicines:
        line = tr("%1 for %2: enough for %3 (needed: %4)").replace("%1", supply.medicine) \
            .replace("%2", supply.member or "?").replace("%3", duration_text(supply.hours)) \
            .replace("%4", duration_text(supply.needed_hours))
        mark = "✔ " if supply.hours >= supply.needed_hours else "⚠ "
        lines.append(mark + line)
    return lines


def _people(count: int, group: str) -> str:
    words = {
        "person": (tr("1 person"), tr("%1 people")),
        "adult": (tr("1 adult"), tr("%1 adults")),
        "senior": (tr("1 person of 65 or older"), tr("%1 people of 65 or older")),
        "child": (tr("1 child"), tr("%1 children")),
        "baby": (tr("1 baby"), tr("%1 babies")),
        "pet": (tr("1 animal"), tr("%1 animals")),
    }
    one, many = words[group]
    return one if count == 1 else many.replace("%1", str(count))


def _days(days: float) -> str:
    return days_text(days)


def not_needed_text(reason: str) -> str:
    """'Not needed for us: we have no car' — what a greyed kit row says in words."""
    if not reason.strip():
        return tr("Not needed for us")
    return tr("Not needed for us: %1").replace("%1", reason.strip())


def essential_text() -> str:
    """Why water, food, baby food and medicines cannot be marked "not needed for us"."""
    return tr("You always need water, food, baby food and medicines.")


def origin_labels() -> dict[str, str]:
    """Where one of the household's own things to buy came from, in the current language
    (resources/words/labels.toml, the same words the shopping list CSV and paper use)."""
    language = current_language()
    return {code: bilingual.to_buy_origin_label(code, language)
            for code in bilingual.label_codes("to_buy_origin")}


def explain_requirement(status: ItemStatus, kit: Catalogue, answers: dict[str, str] | None = None) -> str:
    """How the needed amount was worked out, where the rule comes from, and what counts.

    ``answers`` are the home's answers to the kit questions (``kit.answers``): notes that
    depend on them (an own well) are added to the item's hint."""
    requirement = status.requirement
    item = requirement.item
    unit = item.unit
    language = current_language()
    lines = []
    if requirement.not_needed is not None:
        lines.append(not_needed_text(requirement.not_needed) + ". "
                     + tr("It is not on your shopping list and does not count as missing."))
    for term in requirement.terms:
        amount = quantity_text(term.amount, unit)
        if item.rule == "energy":
            lines.append(f"{_people(term.count, term.per)} × {amount} × {_days(term.days)} = "
                         f"{quantity_text(term.value, unit)}")
        elif item.rule in ("person_day", "baby_day", "pet_day"):
            group = {"person_day": "person", "baby_day": "baby", "pet_day": "pet"}[item.rule]
            lines.append(tr("%1 per day").replace("%1", amount) + f" × {_people(term.count, group)} × "
                         f"{_days(term.days)} = {quantity_text(term.value, unit)}")
        elif item.rule in ("person", "adult", "child", "baby"):
            lines.append(tr("%1 each").replace("%1", amount) + f" × {_people(term.count, item.rule)} = "
                         f"{quantity_text(term.value, unit)}")
        elif item.rule == "medicine":
            lines.append(tr("Must last %1: as long as your kit.").replace("%1", _days(term.days)))
        elif item.rule == "as_needed":
            lines.append(tr("Only when needed: keep at least one dose in the house."))
        else:
            lines.append(tr("%1 for the whole household").replace("%1", amount))
    if len(requirement.terms) > 1:
        lines.append(tr("Together: %1").replace("%1", quantity_text(requirement.quantity, unit)))
    if item.rule == "energy":
        lines.append(kit.energy_note.get(language, ""))
    lines.append(tr("Source: %1").replace("%1", kit.source_text(item.source, language)))
    hint = item.hint(language, answers)
    if hint:
        lines.append(hint)
    lines.append(tr("You have %1.").replace("%1", quantity_text(status.present, unit)))
    if status.expired:
        lines.append("⚠ " + tr("%1 is past its date and does not count.").replace("%1", quantity_text(status.expired, unit)))
    return "\n".join(line for line in lines if line)


def kit_explanation(report: KitReport, household: Household) -> str:
    """The working behind the overview's kit figures, in plain words."""
    kit = catalogue()
    categories = category_labels()
    if len(household.members) == 1:  # the kit's button says "niet nodig voor mij" then
        first = tr("The figure counts what you cannot do without first: water, food and daily medicines "
                   "for your whole horizon, then light, radio, warmth and first aid, then the rest. "
                   "Things past their date and things you marked 'not needed for us' do not count. "
                   "How much of each kind you have:", "one person")
    else:
        first = tr("The figure counts what you cannot do without first: water, food and daily medicines "
                   "for your whole horizon, then light, radio, warmth and first aid, then the rest. "
                   "Things past their date and things you marked 'not needed for us' do not count. "
                   "How much of each kind you have:")
    lines = [first]
    for category in kit.categories:
        if category in report.by_category:
            lines.append(f"  • {categories[category]}: {round(report.by_category[category] * 100)}%")
    present = {status.requirement.item.id: status.present for status in report.statuses}
    water_items = daily_items("water", kit)  # the catalogue's per-day water: people's and pets'
    water = sum(present.get(item.id, 0.0) for item in water_items)
    if report.autonomy.water_hours is not None:
        rates = {item.rule: item.amount for item in water_items}
        lines.append(tr("Water: you have %1. Per day you need %2 (%4 per person, %5 per animal), so it lasts %3.")
                     .replace("%1", quantity_text(water, "l"))
                     .replace("%2", quantity_text(daily_need(household, "water", kit), "l"))
                     .replace("%4", quantity_text(rates.get("person_day", 0.0), "l"))
                     .replace("%5", quantity_text(rates.get("pet_day", 0.0), "l"))
                     .replace("%3", duration_text(report.autonomy.water_hours)))
    if report.autonomy.food_hours is not None:
        per_day = daily_need(household, "food", kit)
        lines.append(tr("Food: you have %1. Per day you need %2, so it lasts %3.")
                     .replace("%1", quantity_text(present.get("food", 0.0), "kcal"))
                     .replace("%2", quantity_text(per_day, "kcal"))
                     .replace("%3", duration_text(report.autonomy.food_hours)))
        lines.append(kit.energy_note.get(current_language(), ""))
    if report.autonomy.light_hours is None:
        lines.append(tr("Light: fill in how many hours your torch or candles give light, and Paraat adds them up."))
    else:
        lines.append(tr("Light: the hours you filled in for torches, batteries and candles add up to %1.")
                     .replace("%1", duration_text(report.autonomy.light_hours)))
    lines.extend(medicine_lines(report.autonomy))
    return "\n".join(line for line in lines if line)


def sentences(*parts: str) -> str:
    """Parts joined as sentences: each ends with a full stop (unless it already ends with one,
    a question or an exclamation mark); empty parts are left out."""
    done = [part.strip() for part in parts if part.strip()]
    done = [part[0].upper() + part[1:] for part in done]  # 'nog niet begonnen' starts a sentence
    return " ".join(part if part[-1] in ".?!" else part + "." for part in done)


def readiness_texts(result: Readiness) -> tuple[str, str]:
    """The figure ('62% klaar voor 72 uur', or 'nog niet begonnen') and what to do next: the
    weakest essential with its numbers, that everything essential is there, or to start. The
    words are bilingual's, so the window, the paper and ``paraat status`` say the same."""
    language = current_language()
    figure = bilingual.readiness_figure(result.percent, result.horizon_hours, language)
    if not result.started:
        return figure, bilingual.readiness_word("start_first", language)
    if result.weakest:
        return figure, bilingual.weakest_sentence(result.weakest[0], language)
    return figure, bilingual.readiness_word("ready", language).format(
        horizon=bilingual.horizon_words(result.horizon_hours, language))
