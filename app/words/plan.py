"""Words for the household and its plan: age groups, heating, the regional broadcaster, the
meeting places, tasks and agreements, and each item of the "still to do" list.

The core speaks in codes so it stays free of Qt; this module turns them into words in the
user's language through Qt's translations.
"""

from __future__ import annotations

from app.core.broadcasters import broadcasters
from app.core.household import MissingItem
from app.words.i18n import tr


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
