"""Koelkastblad: the few things to know in the first hour, on one A4 page for the fridge door.

The national numbers and when to call each, the contact outside the area, the meeting places
near the house and outside the neighbourhood, the emergency radio and its FM frequency, and
what to do first when the power fails: each member's devices that need power (when they stop,
whom to call, what to do), medicines that must stay cold, and with oxygen in the house the
no-open-fire warning instead of any candle advice.
"""

from __future__ import annotations

from app.content.help_points import FIRST_CHOICE, filled
from app.content.no_voice import fridge_no_voice_line
from app.core.broadcasters import broadcasters
from app.core.fields import format_date
from app.core.household import Household, has_oxygen
from app.core.national import NATIONAL_NUMBERS, national_number
from app.core.phones import display
from app.core.records import HelpPoint, Stock
from app.core.supplies import KitReport
from app.report.document import FRIDGE_LARGE, PrintOptions, Sizes, TextDocument, a4_layout
from app.report.html import bullets, esc, heading, labelled
from app.words import counts
from app.words.bilingual import duration_words
from app.words.i18n import current_language, tr
from app.words.plan import (
    carbon_monoxide_warning,
    device_call_text,
    device_name,
    device_stop_text,
    help_point_labels,
    help_point_short_labels,
    meeting_place_labels,
    oxygen_flame_warning,
)
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


def help_point_paragraph(point: HelpPoint, details: bool = True) -> str:
    """"Brandweerkazerne: <b>Havenweg 5</b>" with its notes on the next line."""
    label = help_point_labels()[point.id]
    notes = f"<br>{esc(point.details)}" if details and point.details.strip() else ""
    return f"<p>{esc(label)}: <b>{esc(point.place)}</b>{notes}</p>"


def radio_text(household: Household) -> str:
    """"RTV Utrecht, 93.1 FM"; "Omroep West, __________ FM" (a line to write the frequency on)
    when only the broadcaster is known; '' when neither is known (the caller prints a line)."""
    home = household.home
    item = broadcasters().get(home.broadcaster)
    name = item.name if item else ""
    frequency = f"{home.fm_frequency} FM" if home.fm_frequency else ("_" * 10 + " FM" if name else "")
    return ", ".join(part for part in (name, frequency) if part)


def power_cut_steps(household: Household) -> list[str]:
    """What to do first when the power fails, as escaped HTML list items. With oxygen in the
    house no line mentions candles (the oxygen warning says why, FACTS 6.1)."""
    radio = radio_text(household)
    outage = national_number("outage").number
    oxygen = has_oxygen(household)  # the oxygen warning says: use a torch
    return [
        *([] if oxygen else [esc(tr("Get the torch; do not use candles near curtains or children."))]),
        esc(tr("Turn on the battery radio: %1.").replace(
            "%1", radio or tr("your regional broadcaster"))),
        esc(tr("Report the outage: call %1.").replace("%1", outage)),
        esc(tr("Unplug devices, so nothing breaks when the power comes back.")),
        esc(tr("Keep the fridge and the freezer closed.")),
        esc(carbon_monoxide_warning()),  # CARBON_MONOXIDE_FACTS
        esc(tr("Check on your neighbours, especially people who live alone.")),
    ]


def device_paragraphs(household: Household, details: bool = True) -> list[str]:
    """Per member with a device: what it is and when it stops, whom to call, what to do
    (without ``details`` only what it is and when it stops)."""
    paragraphs = []
    for member in sorted(household.members, key=lambda m: m.position):
        for device in household.devices_of(member.id):
            title = f"{member.name} – {device_name(device)}" if member.name else device_name(device)
            call = device_call_text(device)
            then = " ".join(text for text in (call[:1].upper() + call[1:] + "." if call else "",
                                               " ".join(device.when_power_fails.split())) if text) if details else ""
            paragraphs.append(f"<p style='margin-top: 6pt;'><b>{esc(title)}: {esc(device_stop_text(device))}</b>"
                              + (f"<br>{esc(then)}" if then else "") + "</p>")
    return paragraphs


def supply_paragraphs(household: Household, report: KitReport | None, options: PrintOptions) -> list[str]:
    """How long the kit's water and food last, and each daily medicine that runs out within the
    horizon ("+60 u: Metoprolol (Oma Riet) op"), as on the timeline, on the day of printing."""
    if report is None or not household.members:
        return []
    language = current_language()
    autonomy = report.autonomy
    parts = []
    if autonomy.water_hours is not None:
        parts.append(tr("water for %1").replace("%1", duration_words(autonomy.water_hours, language)))
    if autonomy.food_hours is not None:
        parts.append(tr("food for %1").replace("%1", duration_words(autonomy.food_hours, language)))
    lines = []
    if parts:
        lines.append(tr("Your kit on %1: %2.").replace("%1", format_date(options.today.isoformat()))
                     .replace("%2", ", ".join(parts)))
    for supply in autonomy.medicines:
        if supply.hours < supply.needed_hours:
            who = f"{supply.medicine} ({supply.member})" if supply.member else supply.medicine
            lines.append(tr("+%1 h: %2 runs out.").replace("%1", str(int(supply.hours + 1e-9)))
                         .replace("%2", who))
    return [f"<p style='margin-top: 6pt;'>{'<br>'.join(esc(line) for line in lines)}</p>"] if lines else []


def cold_medicine_paragraphs(household: Household) -> list[str]:
    """Medicines that must stay cold, with what the household wrote to do (FACTS 6.3)."""
    names = {member.id: member.name for member in household.members}
    paragraphs = []
    for medicine in household.medicines:
        if not medicine.keep_cold:
            continue
        who = names.get(medicine.member_id, "")
        what = f"{medicine.name} ({who})" if who else medicine.name
        note = " ".join(medicine.cold_note.split()) or tr(
            "Put it in the coolest room, out of the sun; never in the freezer.")
        title = tr("Keep cold: %1.").replace("%1", what)
        paragraphs.append(f"<p style='margin-top: 6pt;'><b>{esc(title)}</b> {esc(note)}</p>")
    return paragraphs


# Large print starts at the fridge's own size; a household with devices, cold medicines and a
# hearing need steps down so the sheet stays one page on the fridge door: to 13 pt at the most,
# still larger than the normal size (12 pt).
FRIDGE_STEPS = (FRIDGE_LARGE, Sizes(body=15, heading=20, title=26, footer=12, margins_mm=20),
                Sizes(body=14, heading=18, title=24, footer=11, margins_mm=15),
                Sizes(body=13, heading=17, title=22, footer=11, margins_mm=12))  # still larger than normal (12)


# What the sheet leaves out, in this order, when even the smallest size needs a second page:
# the general power-cut steps, the kit's water and food hours, the notes of the places to go
# when nothing works (in the plan), the medicines to keep cold (in the plan's member list), then
# what to do with each device (in the plan) — its stop time stays. The places themselves stay:
# when the phone is down they are what the sheet is for.
FRIDGE_HELP_POINTS = 3  # places to go when nothing works on the sheet; all of them are on the plan
DROP_ORDER = ("steps", "supplies", "help_details", "cold", "details")


class FridgeSheet(TextDocument):
    """One page: the numbers, the contact person, the meeting places, the radio, a power cut."""

    def __init__(self, household: Household, options: PrintOptions,
                 report: KitReport | None = None) -> None:
        super().__init__(options)
        if options.large:
            self.sizes = FRIDGE_LARGE
        self.household = household
        self.report = report
        self.title = tr("Fridge sheet")
        self._fitted = False
        self._dropped = 0  # how many of DROP_ORDER are left out to stay on one page

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
        more = tr("More on what to do: see the emergency plan.")  # outside the f-string: lupdate finds it
        return "".join((
            heading(tr("In an emergency"), 1),
            heading(tr("Numbers to call")), national_rows(self.sizes.heading),
            *_no_voice(household, self.options),
            heading(tr("Contact person outside the area")), contact,
            heading(counts.paper_where_we_meet(len(household.members))), meet,
            *self._help_points(),
            heading(tr("Emergency radio")), labelled(tr("Radio"), radio_text(household)),
            heading(tr("When the power fails")),
            *device_paragraphs(household, "details" not in DROP_ORDER[:self._dropped]),
            *self._unless_dropped("supplies", supply_paragraphs(household, self.report, self.options)),
            *([f"<p style='margin-top: 6pt;'><b>{esc(oxygen_flame_warning())}</b></p>"]  # OXYGEN_FLAME_FACTS
              if has_oxygen(household) else []),
            *self._unless_dropped("cold", cold_medicine_paragraphs(household)),
            *self._unless_dropped("steps", [bullets(power_cut_steps(household))]),
            *([f"<p style='margin-top: 6pt;'><b>{esc(more)}</b></p>"] if self._dropped else []),
        ))

    def _help_points(self) -> list[str]:
        """The places to go when nothing works that the household filled in, one row each with
        a short name: the emergency point, the town hall and the fire station first (FACTS 1.2,
        6.7), at most FRIDGE_HELP_POINTS; nothing when none is filled (the plan has lines to
        write them on)."""
        places = sorted(filled(self.household.help_points), key=lambda point: point.id not in FIRST_CHOICE)
        places = places[:FRIDGE_HELP_POINTS]  # the rest is on the plan
        if not places:
            return []
        details = "help_details" not in DROP_ORDER[:self._dropped]
        names = help_point_short_labels()
        rows = "".join(
            f"<tr><td width='30%'>{esc(names[point.id])}</td><td><b>{esc(point.place)}</b>"
            + (f"<br>{esc(' '.join(point.details.split()))}" if details and point.details.strip() else "")
            + "</td></tr>" for point in places)
        return [heading(tr("When nothing works, go to")),
                f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table>"]

    def _unless_dropped(self, part: str, html: list[str]) -> list[str]:
        """``html``, or nothing when this part is left out to keep the sheet on one page."""
        return [] if part in DROP_ORDER[:self._dropped] else html

    @property
    def margins_mm(self) -> float:
        """The margin of the sizes that fit on one page (asked before the page is set up)."""
        self._fit_one_page()
        return self.sizes.margins_mm

    def _fit_one_page(self) -> None:
        if self._fitted:
            return
        self._fitted = True
        for sizes in FRIDGE_STEPS if self.options.large else (self.sizes,):
            self.sizes = sizes
            if self._one_page():
                return
        while self._dropped < len(DROP_ORDER):  # at the floor: leave out the least needed, never clip
            self._dropped += 1
            if self._one_page():
                return

    def _one_page(self) -> bool:
        page = a4_layout(self.sizes.margins_mm).paintRectPoints()  # layout units are points
        return self.paged(page.width(), page.height() - self.footer_height()).pageCount() <= 1

    def stylesheet(self) -> str:  # the numbers' table has no lines: less padding
        return super().stylesheet().replace("margin-top: 18pt", "margin-top: 10pt").replace(
            "padding: 5px", "padding: 2px")


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> FridgeSheet:
    return FridgeSheet(household, options, report)


def _no_voice(household: Household, options: PrintOptions) -> list[str]:
    """How to reach 112 without your voice, when someone hears or speaks badly (FACTS 6.6)."""
    line = fridge_no_voice_line(household, current_language(), options.today)
    return [f"<p>{esc(line)}</p>"] if line else []
