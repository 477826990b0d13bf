"""'Wat als…?': the government's power-cut timeline, made personal for one household.

The scenario (``resources/guidance/timeline.toml``, read by ``timeline_data``) says what happens 2, 6, 8, 24, 48 and 72 hours after a
large power cut starts. ``personal_timeline`` adds, under each step, what that means for this
household, from its own data: how much water is left and for how long (from
``app.core.supplies.kit_report``), whose medicines run out, who uses equipment that needs
power, where the torch and the radio are, the regional broadcaster, the meeting places and
the contact outside the area, the neighbours to look in on, and what the kit is planned for.
Each device from the household page and each daily medicine appears at the step at or before
the hour it runs out, with that hour ("Na 14 uur is de zuurstof van Riet op … Bel …"). A
device's hours are rounded down to a tenth, as on paper (``app.words.plan.device_stop_text``:
"+13,5 u" there, "Na 13,5 uur" here); less than an hour is "binnen een uur". A device whose
hours are not all filled in (no battery hours, or spare cylinders without their hours) gets
no hour at all: the first step asks for what is missing, with what is known for sure
("minstens 4 uur"), like the household page. At +2 hours every device also gets two actions
while phones still work: call the supplier now, and, when it may stop within the time the kit
is for and the household wrote down no plan, agree where the person goes (FACTS 6.1, 1.7).

Every step also has ``actions``: what anyone does then (light, sanitation, warmth, food,
water, news, neighbours), from the same file, each with its source keys. With oxygen in the
house (``app.core.household.oxygen_users``) the actions with ``unless = ["oxygen"]`` are left
out and one action says why there is no open flame (FACTS 6.1).
Where data is missing the line says so and links to the page where it is filled in
(``app:kit``, ``app:household``, ``app:plan``, ``app:together``). An empty household gets
one line per step that asks to fill in the household first, and no numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.content import formats
from app.content.chapters import fill, may_have_changed, placeholder_values
from app.content.formats import check_language
from app.content.help_points import first_place
from app.content.timeline_data import ACTION_FIELDS, Action, TimelineDataError, Value, timeline_text
from app.core.broadcasters import broadcasters
from app.core.household import Household, has_oxygen, oxygen_users, together_status
from app.core.kit import DEFAULT_HOURS, catalogue, daily_need
from app.core.records import Device, Stock
from app.core.supplies import ItemStatus, KitReport, kit_report
from app.core.supplies import is_expired as _expired
from app.words.bilingual import month_name, word

STEP_HOURS = tuple(step.hours for step in timeline_text().steps)
PHONES_FAIL_AT = 6
"""From this step on phones mostly fail (the scenario's +6 hours; FACTS 1.7): a device that
stops later gets "can't call? go now" with its line."""


@dataclass(frozen=True)
class PersonalLine:
    """One sentence for this household; ``link`` (e.g. "app:kit") when something is missing."""

    text: str
    link: str | None = None
    topic: str = ""  # water, food, medicine, device, torch, radio, light, cash, broadcaster, …
    sources: tuple[str, ...] = ()  # keys in resources/sources.toml


@dataclass(frozen=True)
class TimelineStep:
    """One moment of the scenario, with what it means for this household."""

    hours: int
    title: str
    what_happens: str
    for_you: list[PersonalLine] = field(default_factory=list)
    actions: list[PersonalLine] = field(default_factory=list)  # what anyone does now


def intro(language: str) -> str:
    """One sentence that introduces the scenario."""
    return timeline_text().intro[check_language(language)]


def _say(key: str, language: str, *, persons: int = 0, **values: object) -> str:
    """A personal line for a household of ``persons`` ("je" or "jullie", formats.address);
    ``values`` come from the household and are never read as markup."""
    return formats.address(timeline_text().lines[key][language], persons).format(**values)


def _step(index: int, language: str) -> TimelineStep:
    text = timeline_text()
    step = text.steps[index]
    title = text.title[language].format(elapsed=formats.hours_text(step.hours, language),
                                        headline=step.headline[language])
    return TimelineStep(step.hours, title, fill(step.what_happens[language], language), [])


def scenario(language: str) -> list[TimelineStep]:
    """The scenario alone, without personal lines."""
    check_language(language)
    return [_step(index, language) for index in range(len(STEP_HOURS))]


class _Context:
    """What the lines need, worked out once."""

    def __init__(self, household: Household, stock: list[Stock], today: dt.date, language: str,
                 hours: float, report: KitReport | None = None) -> None:
        self.household, self.stock, self.today, self.language = household, stock, today, language
        self.hours = hours
        # the window's own report when it has one for this day and horizon: one report per change
        self.report: KitReport = report or kit_report(household, stock, today, hours, None)
        persons, pets = len(household.members), household.pet_count()
        # Litres a day for people and pets, by the kit catalogue's rules.
        self.water_per_day = daily_need(household, "water")
        word = timeline_text().word
        people = [formats.count(persons, word("person", language), word("people", language))]
        if pets:
            people.append(formats.count(pets, word("animal", language), word("animals", language)))
        self.people = f" {word('and', language)} ".join(people)
        self.your = word("your_one" if persons == 1 else "your_many", language)
        self.oxygen = oxygen_users(household)

    def say(self, key: str, link: str | None = None, topic: str = "", **values: object) -> PersonalLine:
        return PersonalLine(_say(key, self.language, persons=len(self.household.members), your=self.your, **values),
                            link, topic,
                            timeline_text().line_sources[key])

    def duration(self, hours: float) -> str:
        return formats.duration(hours, self.language)

    def status(self, item_id: str) -> ItemStatus | None:
        return next((s for s in self.report.statuses if s.requirement.item.id == item_id), None)

    def locations(self, item_id: str) -> tuple[bool, list[str]]:
        """Whether the kit holds ``item_id`` (not expired) and where it is kept."""
        entries = [e for e in self.stock
                   if e.item_id == item_id and e.quantity > 0 and not _expired(e, self.today)]
        return bool(entries), sorted({e.location for e in entries if e.location})


# --- the lines, topic by topic ---------------------------------------------------------------------


def _water(ctx: _Context, previous: int, now: int) -> list[PersonalLine]:
    lasts = ctx.report.autonomy.water_hours
    if lasts is None:
        return []
    if lasts <= 0:
        if previous > 0:
            return []
        need = formats.litres(ctx.water_per_day, ctx.language)
        return [ctx.say("water_none", "app:kit", "water", people=ctx.people, need=need)]
    if lasts <= previous:
        return [ctx.say("water_gone", "app:kit", "water", when=ctx.duration(lasts))]
    if lasts <= now:
        return [ctx.say("water_runs_out", "app:kit", "water", when=ctx.duration(lasts))]
    litres = lasts * ctx.water_per_day / 24
    left = max(0.0, litres - ctx.water_per_day / 24 * now)
    return [ctx.say("water_left", None, "water", elapsed=formats.hours_text(now, ctx.language),
                    left=formats.litres(left, ctx.language), lasts=ctx.duration(lasts - now),
                    people=ctx.people)]


def _food(ctx: _Context, previous: int, now: int, status_step: bool) -> list[PersonalLine]:
    lasts = ctx.report.autonomy.food_hours
    if lasts is None:
        return []
    if lasts <= 0:
        return [ctx.say("food_none", "app:kit", "food")] if status_step else []
    if previous < lasts <= now:
        return [ctx.say("food_runs_out", "app:kit", "food", when=ctx.duration(lasts))]
    if status_step and lasts > now:
        return [ctx.say("food_left", None, "food", lasts=ctx.duration(lasts - now))]
    return []


def step_at(hours: float) -> int:
    """The step at or before ``hours`` after the power went (the first step for less)."""
    return max((step for step in STEP_HOURS if step <= hours), default=STEP_HOURS[0])


def _medicines(ctx: _Context, previous: int, now: int, last: int) -> list[PersonalLine]:
    lines = []
    fallback = timeline_text().word("someone", ctx.language)
    supplies = ctx.report.autonomy.medicines
    for supply in supplies:
        member = supply.member or fallback
        if supply.hours <= 0:
            if previous == 0:
                lines.append(ctx.say("medicine_none", "app:kit", "medicine",
                                     medicine=supply.medicine, member=member))
        elif supply.hours <= last and step_at(supply.hours) == now:
            # At the step at or before the hour it runs out, with that hour.
            lines.append(ctx.say("medicine_runs_out", "app:kit", "medicine", medicine=supply.medicine,
                                 member=member, at=formats.hours_text(supply.hours, ctx.language)))
    if now == STATUS_STEP and supplies and all(s.hours > last for s in supplies):
        lines.append(ctx.say("medicine_ok", None, "medicine",
                             last=formats.hours_text(last, ctx.language)))
    return lines


def _devices(ctx: _Context) -> list[PersonalLine]:
    """The members' own words about their devices; a member whose devices are on the household
    page gets those lines instead (with the hour they stop), not the same device twice."""
    listed = {device.member_id for device in ctx.household.devices}
    return [ctx.say("device", None, "device", member=m.name, devices=" ".join(m.devices.split()))
            for m in ctx.household.members if m.devices.strip() and m.id not in listed]


def device_hours_known(device: Device) -> bool:
    """Whether every hour that adds up to the run-out hour is filled in: the battery's, and one
    cylinder's when there are spare cylinders (as ``app.words.plan.device_stop_text`` decides
    between "+14 u" and "+ ___ u"). Unknown spare-battery hours count as no spare battery."""
    return device.battery_hours is not None and not (device.cylinders and device.cylinder_hours is None)


def device_hours_text(hours: float, language: str) -> str:
    """'13,5 uur' / '13.5 hours' / '1 hour': rounded down to a tenth, the paper's figure."""
    amount = formats.floor_to(hours, 1)
    return f"{formats.number(amount, language)} {word('hour' if amount == 1 else 'hours', language)}"


def _device_names(ctx: _Context, device: Device) -> dict[str, object]:
    text = timeline_text()
    members = {m.id: m.name for m in ctx.household.members}
    member = members.get(device.member_id) or text.word("someone", ctx.language)
    name = " ".join(device.name.split()) or text.word(f"device_{device.kind}", ctx.language)
    return {"member": member, "device": name}


def _device_hours_missing(ctx: _Context, device: Device, values: dict[str, object]) -> list[PersonalLine]:
    """No hour for a device whose hours are not all filled in: what is known for sure (at
    least …), and which hours to fill in."""
    battery = device.battery_hours is None
    cylinder = bool(device.cylinders) and device.cylinder_hours is None
    missing = "both" if battery and cylinder else "battery" if battery else "cylinder"
    at_least = formats.floor_to(device.run_out_hours or 0.0, 1)
    if at_least > 0:
        return [ctx.say("device_at_least", None, "device", at=device_hours_text(at_least, ctx.language),
                        **values),
                ctx.say(f"device_ask_{missing}", "app:household", "device")]
    key = {"both": "device_all_hours_unknown", "battery": "device_hours_unknown",
           "cylinder": "device_cylinder_hours_unknown"}[missing]
    return [ctx.say(key, "app:household", "device", **values)]


def _device_line(ctx: _Context, device: Device) -> PersonalLine:
    """When ``device`` stops, whom to call (its 24-hour number) and what the person then does."""
    values = _device_names(ctx, device)
    hours = device.run_out_hours or 0.0
    oxygen = device.uses_oxygen
    if not device_hours_known(device):
        parts = _device_hours_missing(ctx, device, values)
    elif hours <= 0:
        parts = [ctx.say("device_stops_now", None, "device", **values)]
    elif hours < 1:
        parts = [ctx.say("device_oxygen_out_soon" if oxygen else "device_battery_out_soon", None, "device",
                         **values)]
    else:
        parts = [ctx.say("device_oxygen_out" if oxygen else "device_battery_out", None, "device",
                         at=device_hours_text(hours, ctx.language), **values)]
    supplier, phone = " ".join(device.supplier.split()), device.supplier_phone.strip()
    if supplier and phone:
        parts.append(ctx.say("device_call", None, "device", supplier=supplier, phone=phone))
    elif phone:
        parts.append(ctx.say("device_call_number", None, "device", phone=phone))
    else:
        parts.append(ctx.say("device_call_missing", "app:household", "device"))
    plan = " ".join(device.when_power_fails.split())
    if plan:
        parts.append(ctx.say("device_plan", None, "device", plan=plan))
    if _go_in_time(ctx, device) and _device_step(device) >= PHONES_FAIL_AT:
        parts.append(ctx.say("device_phones_down", None, "device", **values))  # FACTS 1.7
    link = next((part.link for part in parts if part.link), None)
    sources = tuple(dict.fromkeys(key for part in parts for key in part.sources))
    return PersonalLine(" ".join(part.text for part in parts), link, "device", sources)


def _go_in_time(ctx: _Context, device: Device) -> bool:
    """Whether the device stops at a known hour within the kit's horizon (at least the
    scenario's 72 hours): then the timeline says to go somewhere with power before it does."""
    hours = device.run_out_hours or 0.0
    return device_hours_known(device) and 0 < hours <= max(ctx.hours, STEP_HOURS[-1])


def _device_step(device: Device) -> int:
    """The step a device's line is under: at or before the hour it stops; the first step when
    its hours are not all known (that is where the line asks for them)."""
    return step_at(device.run_out_hours or 0.0) if device_hours_known(device) else STEP_HOURS[0]


def _device_run_outs(ctx: _Context, now: int) -> list[PersonalLine]:
    """Each device at the step at or before the hour it stops; unknown hours at the first step."""
    return [_device_line(ctx, device) for device in ctx.household.devices if _device_step(device) == now]


def _device_actions(ctx: _Context) -> list[PersonalLine]:
    """What to do at +2 hours for each device, while phones still work: call the supplier now;
    and when the device may stop within the time the kit is for (or the scenario's 72 hours,
    whichever is longer) and there is no plan of the household's own, agree where the person
    goes. With hours not all filled in, what is known for sure counts: it may stop after that."""
    horizon = max(ctx.hours, STEP_HOURS[-1])
    lines = []
    for device in ctx.household.devices:
        values = _device_names(ctx, device)
        supplier, phone = " ".join(device.supplier.split()), device.supplier_phone.strip()
        if supplier and phone:
            lines.append(ctx.say("device_call_now", None, "device", supplier=supplier, phone=phone, **values))
        elif phone:
            lines.append(ctx.say("device_call_now_number", None, "device", phone=phone, **values))
        elif supplier:
            lines.append(ctx.say("device_call_now_no_phone", "app:household", "device", supplier=supplier,
                                 **values))
        else:
            lines.append(ctx.say("device_call_now_missing", "app:household", "device", **values))
        hours = device.run_out_hours or 0.0
        if _go_in_time(ctx, device):  # go in time, whatever the own plan
            lines.append(ctx.say("device_go_in_time", None, "device",
                                 at=device_hours_text(hours, ctx.language), **values))
        elif not device.when_power_fails.strip() and hours <= horizon:
            lines.append(ctx.say("device_where_to_go", "app:household", "device", **values))
        if hours <= horizon and ctx.household.home.has_car == "no":
            lines.append(ctx.say("device_no_car", None, "device", **values))
    return lines


def _heating(ctx: _Context) -> list[PersonalLine]:
    heating = ctx.household.home.heating
    if heating == "wood" and ctx.oxygen:
        return [ctx.say("heating_wood_oxygen", None, "heating",
                        oxygen_people=formats.join_words(ctx.oxygen, ctx.language))]
    if heating == "wood":
        return [ctx.say("heating_wood", None, "heating")]
    if heating in ("gas", "heat_pump", "district", "electric"):
        word = timeline_text().word
        persons = len(ctx.household.members)
        # one person (or nobody filled in yet): "a blanket or sleeping bag.", not "for everyone: 1 person"
        people = formats.count(persons, word("person", ctx.language), word("people", ctx.language)) if persons > 1 else ""
        return [ctx.say("heating_stops", None, "heating", people=people)]
    if not heating:
        return [ctx.say("heating_unknown", "app:household", "heating")]
    return []


def _torch_and_radio(ctx: _Context) -> list[PersonalLine]:
    lines = []
    for item_id, prefix in (("flashlight", "torch"), ("radio", "radio")):
        present, where = ctx.locations(item_id)
        if present and where:
            lines.append(ctx.say(f"{prefix}_here", None, prefix,
                                 where=formats.join_words(where, ctx.language)))
        elif present:
            lines.append(ctx.say(f"{prefix}_nowhere", "app:kit", prefix))
        else:
            lines.append(ctx.say(f"{prefix}_missing", "app:kit", prefix))
    light = ctx.report.autonomy.light_hours
    if has_oxygen(ctx.household):  # candles are no light in a home with oxygen (FACTS 6.1)
        lamps = {item.id for item in catalogue().items if item.light and item.id != "candles"}
        known = [e for e in ctx.stock if e.item_id in lamps and e.hours and not _expired(e, ctx.today)]
        light = sum((e.hours or 0.0) * e.quantity for e in known) if known else None
    if light:
        lines.append(ctx.say("light_hours", None, "light", lasts=ctx.duration(light)))
    return lines


def _cash(ctx: _Context) -> list[PersonalLine]:
    statuses = [s for s in (ctx.status("cash_adults"), ctx.status("cash_children")) if s]
    if not statuses:
        return []
    present = sum(s.present for s in statuses)
    required = sum(s.required for s in statuses)
    money = {"present": formats.euros(present, ctx.language),
             "required": formats.euros(required, ctx.language)}
    if present >= required:
        return [ctx.say("cash_enough", None, "cash", **money)]
    return [ctx.say("cash_short", "app:kit", "cash", **money)]


def _broadcaster(ctx: _Context) -> list[PersonalLine]:
    home = ctx.household.home
    known = broadcasters().get(home.broadcaster)
    if known and home.fm_frequency:
        return [ctx.say("broadcaster", None, "broadcaster", frequency=home.fm_frequency, name=known.name)]
    if known:
        return [ctx.say("broadcaster_no_frequency", "app:household", "broadcaster", name=known.name)]
    if home.fm_frequency:
        return [ctx.say("frequency_no_broadcaster", "app:household", "broadcaster",
                        frequency=home.fm_frequency)]
    return [ctx.say("broadcaster_missing", "app:household", "broadcaster")]


def _contact(ctx: _Context) -> list[PersonalLine]:
    plan, household = ctx.household.plan, ctx.household
    name, phone = plan.contact_name.strip(), plan.contact_phone.strip()
    if not name:
        contact = next((c for c in household.contacts if c.category == "out_of_area"), None)
        if contact is not None:
            name = contact.name
            phones = household.phones_of(contact.id)
            phone = phones[0].number if phones else ""
    if name and phone:
        return [ctx.say("contact", None, "contact", name=name, phone=phone)]
    if name:
        return [ctx.say("contact_no_phone", "app:plan", "contact", name=name)]
    return [ctx.say("contact_missing", "app:plan", "contact")]


def _place(ctx: _Context, place_id: str, key: str) -> list[PersonalLine]:
    place = ctx.household.meeting_places.get(place_id)
    if place is not None and place.place.strip():
        return [ctx.say(key, None, "meeting", place=place.place.strip())]
    return [ctx.say(f"{key}_missing", "app:plan", "meeting")]


def _stay(ctx: _Context) -> list[PersonalLine]:
    place = ctx.household.plan.stay_place.strip()
    if place:
        return [ctx.say("stay", None, "stay", place=place)]
    return [ctx.say("stay_missing", "app:plan", "stay")]


def _neighbours(ctx: _Context) -> list[PersonalLine]:
    household = ctx.household
    members = {m.id: m.name for m in household.members}
    contacts = {c.id: c.name for c in household.contacts}
    lines = []
    for check in household.checks:
        member, contact = members.get(check.member_id), contacts.get(check.contact_id)
        if member and contact:
            lines.append(ctx.say(check.direction, None, "neighbours", member=member, contact=contact))
    for person in household.members:
        if person.has_needs and person.needs_help_from.strip():
            lines.append(ctx.say("helper", None, "neighbours", helper=person.needs_help_from.strip(),
                                 member=person.name))
    status = together_status(household)
    for name in status.unchecked:
        lines.append(ctx.say("unchecked", "app:together", "neighbours", name=name))
    neighbours = [c.name for c in household.contacts if c.category == "neighbour"]
    if not neighbours:
        lines.append(ctx.say("neighbours_missing", "app:together", "neighbours"))
    elif not any(c.direction == "member_checks" for c in household.checks):
        lines.append(ctx.say("neighbours", None, "neighbours",
                             names=formats.join_words(neighbours, ctx.language)))
    return lines


def _horizon(ctx: _Context) -> list[PersonalLine]:
    language = ctx.language
    hours = ctx.hours
    if hours > DEFAULT_HOURS and hours % 24 == 0:
        horizon = formats.days_text(int(hours // 24), language)
    else:
        horizon = formats.hours_text(hours, language)
    default = formats.hours_text(DEFAULT_HOURS, language)
    if hours < DEFAULT_HOURS:
        lines = [ctx.say("horizon_short", "app:kit", "horizon", horizon=horizon, default=default)]
    elif hours == DEFAULT_HOURS:
        lines = [ctx.say("horizon_exact", None, "horizon", horizon=horizon)]
    else:
        lines = [ctx.say("horizon_long", None, "horizon", horizon=horizon, default=default)]
    missing = len(ctx.report.shopping)
    if missing == 0:
        lines.append(ctx.say("complete", None, "horizon"))
    elif missing == 1:
        lines.append(ctx.say("shopping_one", "app:kit", "horizon"))
    else:
        lines.append(ctx.say("shopping", "app:kit", "horizon", count=missing))
    municipality = ctx.household.home.municipality.strip()
    own = first_place(ctx.household.help_points)  # the emergency point, else town hall, fire station
    if own is not None:
        lines.append(ctx.say("help_point_own", None, "help_point", place=" ".join(own.place.split())))
    elif municipality:
        lines.append(ctx.say("help_point", None, "help_point", municipality=municipality))
    else:
        lines.append(ctx.say("help_point_missing", "app:household", "help_point"))
    return lines


def _fridge(ctx: _Context) -> list[PersonalLine]:
    return [ctx.say("fridge", None, "fridge")]


def _near(ctx: _Context) -> list[PersonalLine]:
    return _place(ctx, "near", "meet_near")


def _away(ctx: _Context) -> list[PersonalLine]:
    return _place(ctx, "neighbourhood", "meet_away")


# --- the actions: what anyone does at a step -------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)\}")


def _month(value: str, language: str) -> str:
    year, month = value.split("-")
    return f"{month_name(int(month), language)} {year}"


def value_text(value: Value, language: str) -> str:
    """'3 minuten', '7 °C', '24 uur', '3 liter', '70', 'februari 2026'."""
    if isinstance(value.value, str):
        return _month(value.value, language)
    amount = float(value.value)
    if value.unit == "minutes":
        return f"{formats.number(amount, language)} {timeline_text().word('minutes', language)}"
    if value.unit == "celsius":
        return f"{formats.number(amount, language)} °C"
    if value.unit == "hours":
        return formats.hours_text(amount, language)
    if value.unit == "litres":
        return formats.litres(amount, language)
    return formats.number(amount, language)


def action_text(action: Action, language: str, today: dt.date, fields: dict[str, str], persons: int = 0) -> str:
    """The action's sentence with its numbers, chapter placeholders and household ``fields``
    filled in, "je" or "jullie" for ``persons``; a fact that can change gets "(stand: februari
    2026)" at the end."""
    text = timeline_text()
    chapter = placeholder_values(language)
    dated: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in text.values:
            value = text.values[name]
            if value.as_of and value.as_of not in dated:
                dated.append(value.as_of)
            return value_text(value, language)
        if name in chapter:
            return chapter[name]
        if name in fields:
            return fields[name]
        raise TimelineDataError(f"unknown placeholder {{{name}}} in an action")

    sentence = _FIELD.sub(replace, formats.address(action.text[language], persons))
    for as_of in dated:
        key = "as_of_old" if may_have_changed(as_of, today) else "as_of"
        sentence += f" ({text.word(key, language).format(date=_month(as_of, language))})"
    return sentence


def flags(household: Household) -> dict[str, bool]:
    """The flags actions can need or be left out for (timeline_data.FLAGS)."""
    return {"oxygen": has_oxygen(household),
            "baby": any(member.age_group == "baby" for member in household.members)}


def step_actions(index: int, household: Household, today: dt.date, language: str) -> list[PersonalLine]:
    """What anyone does at step ``index``, for this household's flags."""
    found = flags(household)
    oxygen = oxygen_users(household)
    fields = {"oxygen_people": formats.join_words(oxygen, language)}
    assert set(fields) == set(ACTION_FIELDS)
    persons = len(household.members)
    return [PersonalLine(action_text(action, language, today, fields, persons), None, action.topic, action.sources)
            for action in timeline_text().steps[index].actions
            if all(found[name] for name in action.needs) and not any(found[name] for name in action.unless)]


# --- the timeline ----------------------------------------------------------------------------------

# Which topics appear under which step, after the water, food and medicine lines that every
# step may have. The keys are the scenario's hours (a test checks they match STEP_HOURS).
TOPICS: dict[int, tuple[Callable[[_Context], list[PersonalLine]], ...]] = {
    2: (_devices, _torch_and_radio, _cash),  # cash machines fail, the dark sets in
    6: (_broadcaster, _contact, _near),  # phones fail, an NL-Alert comes
    8: (_away, _stay),  # roads and shops: where do we go
    24: (_fridge, _neighbours),  # food goes off, neighbours need a look
    48: (_heating,),  # the house is cold by now
    72: (_horizon,),  # what the kit is planned for, where help is
}
STATUS_STEP = 8  # shops are closed: how long food and medicines last from here


def personal_timeline(household: Household, stock: list[Stock], today: dt.date, language: str,
                      hours: float = DEFAULT_HOURS, report: KitReport | None = None) -> list[TimelineStep]:
    """The scenario with, under each step, what it means for this household.

    ``hours`` is the horizon the kit is planned for (the kit page's choice); the steps
    themselves always run to 72 hours, as in the government's scenario. ``report``: the kit
    report of this household, stock, day and horizon when the caller has it already.
    """
    if report is not None and (report.hours != hours or report.today != today):
        report = None  # made for another day or horizon: not this timeline's
    check_language(language)
    if not hours > 0:
        raise ValueError(f"the kit horizon must be a positive number of hours, not {hours!r}")
    steps = scenario(language)
    actions = [step_actions(index, household, today, language) for index in range(len(steps))]
    if not household.members:
        line = PersonalLine(_say("empty", language), "app:household", "empty")
        return [TimelineStep(s.hours, s.title, s.what_happens, [line], todo)
                for s, todo in zip(steps, actions, strict=True)]
    ctx = _Context(household, stock, today, language, hours, report)
    last = STEP_HOURS[-1]
    result = []
    previous = 0
    actions[0] = _device_actions(ctx) + actions[0]  # +2 hours: phones still work
    for step, todo in zip(steps, actions, strict=True):
        now = step.hours
        lines = (_device_run_outs(ctx, now) + _water(ctx, previous, now)
                 + _food(ctx, previous, now, now == STATUS_STEP) + _medicines(ctx, previous, now, last))
        for topic in TOPICS.get(now, ()):
            lines += topic(ctx)
        result.append(TimelineStep(now, step.title, step.what_happens, lines, todo))
        previous = now
    return result
