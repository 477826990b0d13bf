"""Words for the household and its plan: age groups, heating, the regional broadcaster, the
meeting places, tasks and agreements, and each item of the "still to do" list.

The core speaks in codes so it stays free of Qt; this module turns them into words in the
user's language through Qt's translations.
"""

from __future__ import annotations

import math

from app.core.broadcasters import broadcasters
from app.core.household import MissingItem
from app.core.kit import horizon_days
from app.core.phones import display
from app.core.records import Device, Medicine
from app.words.counts import medicine_enough, scenario_questions, spare_supplies_hours
from app.words.i18n import tr
from app.words.numbers import format_amount


def age_group_labels() -> dict[str, str]:
    return {
        "baby": tr("Baby (under 2)"),
        "child": tr("Child (2 to 17)"),
        "adult": tr("Adult"),
        "senior": tr("65 or older"),
    }


def numbered_member_name(group: str, number: int) -> str:
    """The name the first-start questions give a person of an age group until the user
    types one: "Volwassene 1", "Persoon 65+ 2", "Kind 1", "Baby 1"."""
    names = {"adult": tr("Adult %1"), "senior": tr("Person 65+ %1"), "child": tr("Child %1"),
             "baby": tr("Baby %1")}
    return names[group].replace("%1", str(number))


def heating_labels() -> dict[str, str]:
    return {
        "gas": tr("Central heating on gas"),
        "heat_pump": tr("Heat pump"),
        "district": tr("District heating"),
        "electric": tr("Electric heating"),
        "wood": tr("Wood or pellet stove"),
        "other": tr("Something else"),
    }


def not_sure_label() -> str:
    """The answer to a kit question that leaves it open (stored as "")."""
    return tr("Don't know / later")


def yes_no_labels() -> dict[str, str]:
    return {"yes": tr("Yes"), "no": tr("No")}


def heating_question() -> tuple[str, str]:
    """The heating question and what the answer changes in the kit list."""
    return (tr("How is your home heated?"),
            tr("A wood or pellet stove puts dry wood or pellets on your kit list. Your kit list also "
               "says whether your heating still works without power."))


def kit_questions() -> list[tuple[str, str, str]]:
    """The yes/no questions that change the kit list (records.KIT_QUESTIONS): the field, the
    question, and one line on what the answer changes (the catalogue's ``when`` does it)."""
    return [
        ("has_car", tr("Do you have a car?"),
         tr("No: the spare car key goes off your kit list.")),
        ("glasses", tr("Does anyone wear glasses or contact lenses?"),
         tr("Yes: spare glasses or extra lenses go on your kit list.")),
        ("hearing_aids", tr("Does anyone wear a hearing aid?"),
         tr("Yes: batteries for the hearing aid go on your kit list.")),
        ("menstruation", tr("Does anyone in the house have periods?"),
         tr("No: sanitary pads go off your kit list.")),
        ("toddler", tr("Is there a toddler who still wears nappies?"),
         tr("Yes: nappies for your toddler go on your kit list. Babies under 2 already count through the people in the house.")),
        ("own_well", tr("Do you have your own well for water?"),
         tr("Yes: your kit list says at the water why you cannot count on your well in a power cut.")),
    ]


# --- medicines ---------------------------------------------------------------------------------

KEEP_COLD_FACTS = ("FACTS 6.3",)
"""The source of ``keep_cold_advice``: the coolest room out of the sun, never in the freezer
(FDA, broward.org), and the package leaflet decides how long (limits differ per product)."""


def keep_cold_advice() -> str:
    """What to do with a medicine that must stay cold when the fridge is off (KEEP_COLD_FACTS)."""
    return tr("When the power is off: put the medicine in the coolest room of the house, out of the sun. "
              "Never put it in the freezer. How long it may stay out of the fridge is different for each "
              "medicine: the package leaflet says so, or ask your pharmacy.")


def medicine_kind_labels() -> dict[int, str]:
    """Medicine.as_needed: 0 taken every day, 1 only when needed."""
    return {0: tr("Every day"), 1: tr("Only when needed")}


def medicine_supply_text(medicine: Medicine, hours: float) -> str:
    """How long the doses in the house last against the horizon, or what to fill in first.

    A daily medicine needs the horizon in whole days (app/core/kit.medicine_requirement); the
    days it lasts are rounded down to a tenth, so the line never promises too much."""
    if medicine.as_needed:
        have = format_amount(medicine.in_stock or 0)
        mark = "✔ " if (medicine.in_stock or 0) >= 1 else "⚠ "
        return mark + tr("Only when needed: keep at least 1 in the house. You have %1.").replace("%1", have)
    if not medicine.per_day:
        return tr("Fill in how many times a day, then Paraat works out how long it lasts.")
    if medicine.in_stock is None:
        return tr("Fill in how many you have in the house, then Paraat works out how long it lasts.")
    needed = math.ceil(round(horizon_days(hours), 6))
    return medicine_enough(medicine.days_in_stock or 0.0, needed, medicine.per_day)


def medicine_paper_text(medicine: Medicine) -> str:
    """How the medicine is taken, for paper: "every day, 2 times a day; keep cold"."""
    if medicine.as_needed:
        parts = [tr("only when needed")]
    elif medicine.per_day:
        parts = [tr("every day, %1 times a day").replace("%1", format_amount(medicine.per_day))
                 if medicine.per_day != 1 else tr("every day, once a day")]
    else:
        parts = [tr("every day")]
    if medicine.keep_cold:
        parts.append(tr("keep cold"))
    return "; ".join(parts)


def broadcaster_labels() -> dict[str, str]:
    return {key: f"{item.name} – {item.area}" for key, item in broadcasters().items()}


def frequency_hint(broadcaster_id: str) -> str:
    """Where to find the FM frequency, with the known ones for this broadcaster."""
    base = tr("Find the FM frequency for your area on denkvooruit.nl/radio or on the broadcaster's website, and write it here now: during a power cut you cannot look it up.")
    item = broadcasters().get(broadcaster_id)
    if item is None or not item.frequencies:
        return base
    known = ", ".join(f"{f.where} {f.mhz} FM" for f in item.frequencies)
    return tr("Known frequencies: %1.").replace("%1", known) + " " + base


def meeting_place_labels() -> dict[str, tuple[str, str]]:
    """Label and hint for each of the four meeting places."""
    return {
        "home": (tr("In the house"), tr("The safest room, if you must stay inside.")),
        "near": (tr("Near the house"), tr("For example a tree or a corner you all know, if you must leave the house quickly.")),
        "neighbourhood": (tr("Outside the neighbourhood"), tr("If you cannot go back to your street.")),
        "town": (tr("Outside the town"), tr("If the whole town must leave: family or friends further away.")),
    }


def help_point_labels() -> dict[str, str]:
    """The name of each place to go when nothing works (records.HELP_POINTS)."""
    return {
        "emergency_point": tr("Emergency point of your municipality (noodsteunpunt)"),
        "fire_station": tr("Nearest fire station"),
        "town_hall": tr("Town hall"),
        "gp": tr("General practice"),
        "hospital": tr("Hospital"),
    }


def help_point_short_labels() -> dict[str, str]:
    """The places' names where room is short (the fridge sheet)."""
    return {
        "emergency_point": tr("Emergency point"),
        "fire_station": tr("Fire station"),
        "town_hall": tr("Town hall"),
        "gp": tr("GP"),
        "hospital": tr("Hospital"),
    }


def help_point_details_label() -> str:
    """The label of a place's notes field."""
    return tr("Opening hours, how to get there")


def help_points_own_words() -> str:
    """Why the fields are empty until the household fills them."""
    return tr("Paraat never fills in an address for you. Write down the name and address of each place you know.")


def help_points_heading(persons: int) -> str:
    """The plan page's heading: "you" to a household of one, "we" to more (or none yet)."""
    return tr("Where do you go when nothing works?", "one person") if persons == 1 else tr(
        "Where do we go when nothing works?")


def paper_where_to_go(persons: int) -> str:
    """The heading on paper: one person says "I", a household "we"."""
    return tr("Where do I go when nothing works?") if persons == 1 else tr("Where do we go when nothing works?")


def role_labels() -> dict[str, str]:
    return {
        "gas": tr("Who turns off the gas?"),
        "water": tr("Who turns off the water?"),
        "power": tr("Who turns off the power?"),
        "pets": tr("Who takes the pets?"),
        "grab_bag": tr("Who takes the grab bag?"),
        "neighbours": tr("Who checks on the neighbours?"),
    }


def scenario_labels(persons: int = 0) -> dict[str, tuple[str, str]]:
    """Title and a question to start the agreement, for each scenario ("you" to one person)."""
    asks = scenario_questions(persons)
    return {
        "power": (tr("Power cut"), asks["power"]),
        "water": (tr("No drinking water"), asks["water"]),
        "evacuation": (tr("Evacuation or flood"), asks["evacuation"]),
        "shelter": (tr("Stay inside"), tr("When the siren sounds or NL-Alert says so: windows and doors shut, ventilation off, radio on. Who does what?")),
        "heat": (tr("Heat wave"), tr("Who needs extra water and a cool room? Who checks on them?")),
        "networks": (tr("No phone or payments"), asks["networks"]),
    }


def missing_text(item: MissingItem) -> str:
    """One line of the "still to do" checklist."""
    places = meeting_place_labels()
    roles = role_labels()
    scenarios = scenario_labels()
    texts = {
        "no_members": tr("Add the people who live in your house."),
        "municipality": tr("Fill in your municipality."),
        "broadcaster": tr("Choose your regional broadcaster (the emergency radio)."),
        "fm_frequency": tr("Write down the FM frequency of your regional broadcaster."),
        "water_main": tr("Write down where the main water tap is."),
        "gas_valve": tr("Write down where the gas valve is."),
        "meter_box": tr("Write down where the meter box is."),
        "helper_for_member": tr("Who helps %1 in an emergency?"),
        "out_of_area_contact": tr("Choose a contact person outside the area, with a phone number."),
        "stay_place": tr("Agree where you can stay if you cannot go home."),
        "pickup_first": tr("Who fetches %1 from school or childcare?"),
        "pickup_backup": tr("Who fetches %1 if the first person cannot?"),
        "care_helper": tr("Who helps %1?"),
        "documents": tr("Write down where your important papers are."),
        "help_point": tr("Write down where to go when nothing works: the town hall, the fire station or the emergency point."),
    }
    if item.code.startswith("meeting_"):
        return tr("Choose a meeting place: %1.").replace("%1", places[item.code[8:]][0].lower())
    if item.code.startswith("role_"):
        return roles[item.code[5:]]
    if item.code.startswith("scenario_"):
        return tr("Make an agreement for: %1.").replace("%1", scenarios[item.code[9:]][0].lower())
    return texts.get(item.code, item.code).replace("%1", item.subject)


# --- devices that need power -----------------------------------------------------------------

DEVICE_FACTS = ("FACTS 6.1",)
"""The source of the device questions (how long it runs on its battery, the spare cylinders,
who to call, what the person does) and of ``device_stop_text``."""

OXYGEN_FLAME_FACTS = ("FACTS 6.1",)
"""The source of ``oxygen_flame_warning``: no open fire in the room, no smoking; extra oxygen
makes fabrics, bedding and paper catch fire easily (dz.nl, brandveiligheidthuis.vrd.nl)."""

CARBON_MONOXIDE_FACTS = ("FACTS 6.2",)
"""The source of ``carbon_monoxide_warning``: a generator, camping heater or stove, a (gas)
barbecue or patio heater never indoors, also not with a window or door open."""


def device_kind_labels() -> dict[str, str]:
    """records.DEVICE_KINDS in plain words."""
    return {
        "oxygen_concentrator": tr("Oxygen device (concentrator)"),
        "ventilator": tr("Breathing machine (ventilator)"),
        "cpap": tr("CPAP or BiPAP"),
        "suction_pump": tr("Suction device"),
        "dialysis": tr("Dialysis at home"),
        "feeding_pump": tr("Feeding pump"),
        "wheelchair": tr("Electric wheelchair or mobility scooter"),
        "stair_lift": tr("Stair lift"),
        "hoist_or_mattress": tr("Hoist or air mattress"),
        "alarm_pendant": tr("Alarm button (personal alarm)"),
        "insulin_pump_cgm": tr("Insulin pump or glucose sensor"),
        "other": tr("Something else"),
    }


def _hours(hours: float) -> str:
    """Hours rounded down to a tenth, so a line never promises too much."""
    return format_amount(math.floor(hours * 10 + 1e-9) / 10)


def device_name(device: Device) -> str:
    """What the household calls it, or the kind in words."""
    return device.name.strip() or device_kind_labels().get(device.kind, device.kind)


def device_run_out_text(device: Device) -> str:
    """How long the device keeps working after the power fails, or which hours to fill in
    first (never a guessed number: empty hours are unknown)."""
    if device.cylinders and device.cylinder_hours is None:
        return tr("Fill in how many hours one spare cylinder lasts, then Paraat works out how long it keeps working without power.")
    if device.battery_hours is None:
        if device.run_out_hours is not None:
            return spare_supplies_hours(math.floor(device.run_out_hours * 10 + 1e-9) / 10)
        return tr("Fill in how long the battery lasts (0 if it has none), then Paraat works out how long it "
                  "keeps working without power.")
    hours = device.run_out_hours or 0.0
    if hours == 0:
        return tr("Stops at once when the power fails.")
    if _hours(hours) == "1":
        return tr("Keeps working for about 1 hour after the power fails.")
    return tr("Keeps working for about %1 hours after the power fails.").replace("%1", _hours(hours))


def device_stop_text(device: Device) -> str:
    """For paper, under the device's name: "After 14 hours: oxygen runs out", or with unknown
    hours a blank to fill in ("After ___ hours: device stops")."""
    known = device.battery_hours is not None and not (device.cylinders and device.cylinder_hours is None)
    what = tr("oxygen runs out") if device.uses_oxygen else tr("device stops")
    if not known:
        return tr("After ___ hours: %1").replace("%1", what)
    hours = _hours(device.run_out_hours or 0.0)
    if hours == "0":
        return tr("When the power fails: %1").replace("%1", what)
    if hours == "1":
        return tr("After 1 hour: %1").replace("%1", what)
    return tr("After %1 hours: %2").replace("%1", hours).replace("%2", what)


def device_call_text(device: Device) -> str:
    """"call Vivisol 0800 0222444 (24 hours)", or '' when neither is known."""
    phone = display(device.supplier_phone)
    if not device.supplier and not phone:
        return ""
    who = " ".join(part for part in (device.supplier.strip(), phone) if part)
    return tr("call %1 (24 hours)").replace("%1", who) if phone else tr("call %1").replace("%1", who)


def oxygen_flame_warning() -> str:
    """The one fixed warning with oxygen in the house (OXYGEN_FLAME_FACTS)."""
    return tr("Oxygen in the house: no candles, matches or other open fire. No gas cooker or gas heater "
              "in the room. Nobody smokes. Why? Extra oxygen makes clothes, bedding and paper catch fire "
              "very fast. Use a torch for light.")


def carbon_monoxide_warning() -> str:
    """What must never burn indoors in a power cut (CARBON_MONOXIDE_FACTS)."""
    return tr("Never use a generator, a camping heater or camping stove, a barbecue (also on gas) or a "
              "patio heater indoors, not even with a window open. They make carbon monoxide, a poisonous "
              "gas.")
