"""Koelkastblad: the few things to know in the first hour, on one A4 page for the fridge door.

The national numbers and when to call each, the contact outside the area, the meeting places
near the house and outside the neighbourhood, the emergency radio and its FM frequency, and
what to do first when the power fails.
"""

from __future__ import annotations

from app.core.broadcasters import broadcasters
from app.core.household import Household
from app.core.national import NATIONAL_NUMBERS, national_number
from app.core.phones import display
from app.core.records import Stock
from app.core.supplies import KitReport
from app.report.document import FRIDGE_LARGE, PrintOptions, TextDocument
from app.report.html import bullets, esc, heading, labelled
from app.words.i18n import tr
from app.words.plan import meeting_place_labels
from app.words.together import national_number_labels


def national_rows(number_pt: float | None = None) -> str:
    """The three national numbers with when to use them, as a two-column table."""
    words = national_number_labels()
    size = f" style='font-size: {number_pt}pt;'" if number_pt else ""  # on the text: Qt ignores it on a cell
    rows = "".join(
        f"<tr><td width='30%'><b{size}>{esc(entry.number)}</b></td>"
        f"<td>{esc(words.get(entry.purpose, ''))}</td></tr>"
        for entry in NATIONAL_NUMBERS)
    return f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table>"


def radio_text(household: Household) -> str:
    """"RTV Utrecht, 93.1 FM", or '' when neither is known."""
    home = household.home
    item = broadcasters().get(home.broadcaster)
    name = item.name if item else ""
    frequency = f"{home.fm_frequency} FM" if home.fm_frequency else ""
    return ", ".join(part for part in (name, frequency) if part)


def power_cut_steps(household: Household) -> list[str]:
    """What to do first when the power fails, as escaped HTML list items."""
    radio = radio_text(household)
    outage = national_number("outage").number
    return [
        esc(tr("Get the torch; do not use candles near curtains or children.")),
        esc(tr("Turn on the battery radio: %1.").replace(
            "%1", radio or tr("your regional broadcaster"))),
        esc(tr("Report the outage: call %1.").replace("%1", outage)),
        esc(tr("Unplug devices, so nothing breaks when the power comes back.")),
        esc(tr("Keep the fridge and the freezer closed.")),
        esc(tr("Never use a barbecue or a gas heater indoors.")),
        esc(tr("Check on your neighbours, especially people who live alone.")),
    ]


class FridgeSheet(TextDocument):
    """One page: the numbers, the contact person, the meeting places, the radio, a power cut."""

    def __init__(self, household: Household, options: PrintOptions) -> None:
        super().__init__(options)
        if options.large:
            self.sizes = FRIDGE_LARGE
        self.household = household
        self.title = tr("Fridge sheet")

    def body_html(self) -> str:
        household = self.household
        plan = household.plan
        places = meeting_place_labels()
        contact = labelled(tr("Name"), plan.contact_name) + labelled(
            tr("Phone"), display(plan.contact_phone))
        meet = ""
        for place_id in ("near", "neighbourhood"):
            place = household.meeting_places.get(place_id)
            meet += labelled(places[place_id][0], place.place if place else "")
        return "".join((
            heading(tr("In an emergency"), 1),
            heading(tr("Numbers to call")), national_rows(self.sizes.heading),
            heading(tr("Contact person outside the area")), contact,
            heading(tr("Where we meet")), meet,
            heading(tr("Emergency radio")), labelled(tr("Radio"), radio_text(household)),
            heading(tr("When the power fails")), bullets(power_cut_steps(household)),
        ))


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> FridgeSheet:
    return FridgeSheet(household, options)
