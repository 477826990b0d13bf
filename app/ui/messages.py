"""Words for the codes the core uses: problems, age groups, places, roles, missing items.

The core speaks in codes so it stays free of Qt; this module turns them into sentences in the
user's language through Qt's translations (context "Messages").
"""

from __future__ import annotations

from app.core.broadcasters import broadcasters
from app.core.fields import Problem
from app.core.household import MissingItem
from app.ui.i18n import tr


def problem_text(problem: Problem) -> str:
    """A plain sentence saying why a value was not saved."""
    params = problem.params
    texts = {
        "required": tr("Please fill this in."),
        "too_long": tr("This is too long: at most %1 characters, you have %2."),
        "control_characters": tr("This text contains invisible control characters. Please type it again."),
        "not_a_number": tr("Please type a number, for example 93.1."),
        "out_of_range": tr("Please choose a number from %1 to %2."),
        "not_a_date": tr("Please write the date as day-month-year, for example 31-12-2026."),
        "no_such_date": tr("This date does not exist. Please check the day and the month."),
        "not_an_option": tr("Please pick one of the choices in the list."),
        "too_many": tr("There is room for at most %1 here."),
        "conflict": tr("This is already there."),
        "not_yes_no": tr("Please answer yes or no."),
        "not_a_phone_number": tr("This is not a phone number. Type it as you would dial it, for example 06-12345678, or with + and the country code for a number abroad."),
        "check_number": tr("Check this number: it cannot be right as it is. It is saved as you typed it."),
    }
    text = texts.get(problem.code, tr("This value cannot be saved."))
    if problem.code == "too_long":
        return text.replace("%1", f"{params['max']:,}".replace(",", ".")).replace("%2", f"{params['length']:,}".replace(",", "."))
    if problem.code == "out_of_range":
        return text.replace("%1", _number(params["min"])).replace("%2", _number(params["max"]))
    if problem.code == "too_many":
        return text.replace("%1", str(params["max"]))
    return text


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def age_group_labels() -> dict[str, str]:
    return {
        "baby": tr("Baby (under 2)"),
        "child": tr("Child (2 to 17)"),
        "adult": tr("Adult"),
        "senior": tr("65 or older"),
    }


def heating_labels() -> dict[str, str]:
    return {
        "gas": tr("Central heating on gas"),
        "heat_pump": tr("Heat pump"),
        "district": tr("District heating"),
        "electric": tr("Electric heating"),
        "wood": tr("Wood or pellet stove"),
        "other": tr("Something else"),
    }


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


def role_labels() -> dict[str, str]:
    return {
        "gas": tr("Who turns off the gas?"),
        "water": tr("Who turns off the water?"),
        "power": tr("Who turns off the power?"),
        "pets": tr("Who takes the pets?"),
        "grab_bag": tr("Who takes the grab bag?"),
        "neighbours": tr("Who checks on the neighbours?"),
    }


def scenario_labels() -> dict[str, tuple[str, str]]:
    """Title and a question to start the agreement, for each scenario."""
    return {
        "power": (tr("Power cut"), tr("Where do we stay warm? Who listens to the radio? When do we check on the neighbours?")),
        "water": (tr("No drinking water"), tr("Where is our stored water? How do we use the toilet?")),
        "evacuation": (tr("Evacuation or flood"), tr("What do we take? Where do we go, and how do we get there?")),
        "shelter": (tr("Stay inside"), tr("When the siren sounds or NL-Alert says so: windows and doors shut, ventilation off, radio on. Who does what?")),
        "heat": (tr("Heat wave"), tr("Who needs extra water and a cool room? Who checks on them?")),
        "networks": (tr("No phone or payments"), tr("Where and when do we meet if we cannot call? How do we pay without a bank card?")),
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
    }
    if item.code.startswith("meeting_"):
        return tr("Choose a meeting place: %1.").replace("%1", places[item.code[8:]][0].lower())
    if item.code.startswith("role_"):
        return roles[item.code[5:]]
    if item.code.startswith("scenario_"):
        return tr("Make an agreement for: %1.").replace("%1", scenarios[item.code[9:]][0].lower())
    return texts.get(item.code, item.code).replace("%1", item.subject)
