"""Every count the window shows, with the right singular or plural: "1 person" / "4 people",
"1 persoon" / "4 personen", never "1 personen".

Each function gives ``plural()`` the two phrases (English source, Dutch in paraat_nl.ts) and
fills in the other values; tests/words/test_counts.py drives each one for 0, 1, 2 and 5 in
both languages. The labels of a kit line (``app.words.kit``) and the backups list
(``app.words.backups``) use ``plural()`` the same way.
"""

from __future__ import annotations

import math

from app.words.i18n import tr
from app.words.numbers import plural


def household_people(count: int, groups: str) -> str:
    """The overview's first line: "3 people: 2 × adult, 1 × child."."""
    return plural(count, tr("1 person: %2."), tr("%1 people: %2.")).replace("%2", groups)


def parts_filled_in(done: int, total: int, overview: bool) -> str:
    """How much of the plan is filled in; the overview asks for the next part, the plan page
    points to the overview."""
    if overview:
        text = plural(done, tr("1 of %2 parts of your plan is filled in. Do the next one now: it takes a few minutes."),
                      tr("%1 of %2 parts of your plan are filled in. Do the next one now: it takes a few minutes."))
    else:
        text = plural(done, tr("1 of %2 parts of your plan is filled in. The Overview shows what is still missing."),
                      tr("%1 of %2 parts of your plan are filled in. The Overview shows what is still missing."))
    return text.replace("%2", str(total))


def tenth_of_a_day(days: float, up: bool = False) -> float:
    """Days to at most one decimal: down (what the house has never promises too much), or
    ``up`` (what is still needed never says too little)."""
    scaled = days * 10
    return (math.ceil(scaled - 1e-6) if up else math.floor(scaled + 1e-6)) / 10


def days_text(days: float, up: bool = False) -> str:
    """'1 day', '3.3 days', '0 days': rounded to a tenth first, so 1.04 is '1 day'."""
    return plural(tenth_of_a_day(days, up), tr("1 day"), tr("%1 days"))


def enough_for_days(days: float) -> str:
    """A medicine in the kit check: "Enough for 3 days."."""
    return plural(tenth_of_a_day(days), tr("Enough for 1 day."), tr("Enough for %1 days."))


def medicine_enough(days: float, needed: int, per_day: float) -> str:
    """A daily medicine against the kit: "✔ Enough for 3.3 days. Needed: 3 days (9 times)."
    (the doses in brackets, so the days are not read as tablets)."""
    mark = "✔ " if tenth_of_a_day(days) >= needed else "⚠ "
    doses = needed * per_day
    return (mark + enough_for_days(days) + " "
            + tr("Needed: %1 (%2).").replace("%1", days_text(needed))
            .replace("%2", plural(doses, tr("1 time"), tr("%1 times"))))


def about_hours(hours: float) -> str:
    """How long a device works without power, in the household page's table."""
    return plural(hours, tr("About 1 hour"), tr("About %1 hours"))


def entries_saved(count: int, path: str) -> str:
    return plural(count, tr("1 entry saved in %2."), tr("%1 entries saved in %2.")).replace("%2", path)


def rows_can_be_added(count: int) -> str:
    return plural(count, tr("1 row can be added."), tr("%1 rows can be added."))


def rows_left_out(count: int) -> str:
    return plural(count, tr("1 row has a problem and will be left out; fix it in the file and import it "
                            "again if you need it."),
                  tr("%1 rows have a problem and will be left out; fix them in the file and import it "
                     "again if you need them."))


def add_rows(count: int) -> str:
    """The import dialog's button."""
    return plural(count, tr("Add 1 row"), tr("Add %1 rows"))


def entries_added(count: int) -> str:
    return plural(count, tr("1 entry added. Press Ctrl+Z to take it out again."),
                  tr("%1 entries added. Press Ctrl+Z to take them out again."))


def contacts_saved(count: int, path: str) -> str:
    return plural(count, tr("1 contact saved in %2. Open that file on your phone to add it."),
                  tr("%1 contacts saved in %2. Open that file on your phone to add them.")).replace("%2", path)


def add_contacts(count: int) -> str:
    """The contact import dialog's button."""
    return plural(count, tr("Add 1 contact"), tr("Add %1 contacts"))


def contacts_added(count: int) -> str:
    return plural(count, tr("1 contact added. Press Ctrl+Z to take it out again."),
                  tr("%1 contacts added. Press Ctrl+Z to take them out again."))


def plan_file_holds(members: int, contacts: int, stock: int) -> str:
    """What a locked plan file holds, before it replaces everything."""
    return (tr("The file holds %1, %2 and %3.")
            .replace("%1", plural(members, tr("1 member of the household"), tr("%1 members of the household")))
            .replace("%2", plural(contacts, tr("1 contact"), tr("%1 contacts")))
            .replace("%3", plural(stock, tr("1 thing in the emergency kit"), tr("%1 things in the emergency kit"))))


def pdf_saved(path: str, pages: int) -> str:
    """The print page after saving a PDF: "Saved a.pdf (1 page)."."""
    return plural(pages, tr("Saved %2 (1 page)."), tr("Saved %2 (%1 pages).")).replace("%2", path)


def files_deleted(count: int) -> str:
    return plural(count, tr("Paraat deleted 1 file. You start again with an empty household."),
                  tr("Paraat deleted %1 files. You start again with an empty household."))


def hours_text(hours: float) -> str:
    """"1 hour", "13,5 hours"."""
    return plural(hours, tr("1 hour"), tr("%1 hours"))



def spare_supplies_hours(hours: float) -> str:
    """A device whose battery hours are missing: what the spare supplies give for sure."""
    return plural(hours, tr("With the spare supplies it keeps working for at least 1 hour. Also fill in how "
                            "long the battery lasts."),
                  tr("With the spare supplies it keeps working for at least %1 hours. Also fill in how long "
                     "the battery lasts."))


# --- a household of one is "je", of more "jullie" -------------------------------------------
# English says "your" to both; Dutch says "je" to one person and "jullie" to more. The Dutch
# for one person is the same English source with the note "one person".

def your_household(persons: int) -> str:
    """The overview's heading: "Jullie huishouden", or "Jouw huishouden" for one person."""
    return tr("Your household", "one person") if persons == 1 else tr("Your household")


def step_one_heading(persons: int) -> str:
    return (tr("Step 1: Your emergency kit", "one person") if persons == 1
            else tr("Step 1: Your emergency kit"))


def step_two_heading(persons: int) -> str:
    return (tr("Step 2: Your emergency plan", "one person") if persons == 1
            else tr("Step 2: Your emergency plan"))


def timeline_intro(persons: int) -> str:
    """The power-cut timeline's first lines on the Information page."""
    if persons == 1:
        return tr("This is how the government expects a large power cut to go, hour by hour. Under each "
                  "step: what it means for your household, from what you filled in.", "one person")
    return tr("This is how the government expects a large power cut to go, hour by hour. Under each step: "
              "what it means for your household, from what you filled in.")


def for_your_household(persons: int) -> str:
    return tr("For your household:", "one person") if persons == 1 else tr("For your household:")


def not_needed_button(persons: int) -> str:
    """The kit page's button for an item the household does not need."""
    return tr("Not needed for us…", "one person") if persons == 1 else tr("Not needed for us…")


def not_needed_tip(persons: int) -> str:
    return (tr("Say that your household does not need this item, and why.", "one person") if persons <= 1
            else tr("Say that your household does not need this item, and why."))


def why_not_needed(persons: int, label: str) -> str:
    text = tr("Why do you not need “%1”?", "one person") if persons <= 1 else tr("Why do you not need “%1”?")
    return text.replace("%1", label)


def agreements_hint(persons: int) -> str:
    """The plan page's agreements: what was agreed (with whom, for one person)."""
    return (tr("Write down in a few words what you agreed for each situation.", "one person") if persons <= 1
            else tr("Write down in a few words what you agreed for each situation."))


def household_title(persons: int) -> str:
    """The Household page's title: "Ons huishouden", "Jouw huishouden" for one person."""
    return tr("Your household", "one person") if persons == 1 else tr("Our household")


def your_household_heading(persons: int) -> str:
    """The overview's heading: "Jullie huishouden", "Jouw huishouden" for one person and
    "Je huishouden" while nobody is filled in."""
    return tr("Your household", "nobody yet") if persons == 0 else your_household(persons)


def step_one(persons: int) -> str:
    return tr("Step 1: Your emergency kit", "nobody yet") if persons == 0 else step_one_heading(persons)


def step_two(persons: int) -> str:
    return tr("Step 2: Your emergency plan", "nobody yet") if persons == 0 else step_two_heading(persons)


def plan_labels(persons: int) -> dict[str, str]:
    """The plan page's labels that say "we": "you" for a household of one."""
    if persons == 1:
        return {
            "meet": tr("Where do you meet?", "one person"),
            "stay": tr("Where can you stay?", "one person"),
            "stay_place": tr("Place to stay if you cannot go home", "one person"),
            "last_practised": tr("Last time you practised the plan", "one person"),
            "agreements": tr("What do you do when…", "one person"),
            "learned": tr("What you learned from practising", "one person"),
            "spare_key": tr("Has a spare key of your house", "one person"),
        }
    return {
        "meet": tr("Where do we meet?"),
        "stay": tr("Where can we stay?"),
        "stay_place": tr("Place to stay if we cannot go home"),
        "last_practised": tr("Last time we practised the plan"),
        "agreements": tr("What do we do when…"),
        "learned": tr("What we learned from practising"),
        "spare_key": tr("Has a spare key of our house"),
    }


def scenario_questions(persons: int) -> dict[str, str]:
    """The questions that start an agreement and say "we": "you" for a household of one."""
    if persons == 1:
        return {
            "power": tr("Where do you stay warm? When do you listen to the radio? When do you check on the neighbours?",
                        "one person"),
            "water": tr("Where is your stored water? How do you use the toilet?", "one person"),
            "evacuation": tr("What do you take? Where do you go, and how do you get there?", "one person"),
            "networks": tr("Where and when do you meet if you cannot call? How do you pay without a bank card?",
                           "one person"),
        }
    return {
        "power": tr("Where do we stay warm? Who listens to the radio? When do we check on the neighbours?"),
        "water": tr("Where is our stored water? How do we use the toilet?"),
        "evacuation": tr("What do we take? Where do we go, and how do we get there?"),
        "networks": tr("Where and when do we meet if we cannot call? How do we pay without a bank card?"),
    }


# The printed plan speaks for the household ("Waar we elkaar treffen"); for one person it speaks
# as that person ("Waar ik anderen tref"), in English too.

def paper_plan_heading(persons: int) -> str:
    return tr("My emergency plan") if persons == 1 else tr("Our emergency plan")


def paper_where_we_meet(persons: int) -> str:
    return tr("Where I meet others") if persons == 1 else tr("Where we meet")


def paper_what_we_agreed(persons: int) -> str:
    return tr("What I agreed") if persons == 1 else tr("What we agreed")


def paper_where_we_can_stay(persons: int) -> str:
    return tr("Where I can stay") if persons == 1 else tr("Where we can stay")


def paper_not_needed(persons: int) -> str:
    return tr("Not needed for me") if persons == 1 else tr("Not needed for us")
