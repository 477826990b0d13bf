"""Koelkastblad: the few things to know in the first hour, on one A4 page for the fridge door.

The home address (what 112 asks first), the national numbers and when to call each, the
contact outside the area, the meeting places near the house and outside the neighbourhood, the
emergency radio and its FM frequency, and what to do first when the power fails: each member's
devices that need power (when they stop, whom to call, what to do), medicines that must stay
cold, and with oxygen in the house the no-open-fire warning instead of any candle advice.
"""

from __future__ import annotations

import dataclasses

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

SHORT_PLACE = 60  # a place cut to about one line on the sheet; the plan has it in full
SHORT_TEXT = 80  # what to do with a device, or with a cold medicine, cut to a line or two
SHORT_NAME = 40  # a member's, device's or supplier's name on the sheet
COMPACT_NAME = 25  # the same, when every device gets one line


def shorten(text: str, limit: int | None) -> str:
    """``text``'s first line, cut at a word to about ``limit`` characters with "…" when it is
    longer (None: the whole text, its white space made single)."""
    if limit is None:
        return " ".join(text.split())
    lines = [line for line in text.splitlines() if line.strip()]
    first = " ".join(lines[0].split()) if lines else ""
    if len(first) <= limit and len(lines) <= 1:
        return first
    if len(first) > limit:
        cut = first[:limit + 1].rsplit(" ", 1)[0] if " " in first[:limit + 1] else first[:limit]
        first = cut.rstrip(" ,.;:-–")
    return f"{first}…"


def national_rows(number_pt: float | None = None) -> str:
    """The three national numbers with when to use them, as a two-column table."""
    words = national_number_labels()
    size = f" style='font-size: {number_pt}pt;'" if number_pt else ""  # on the text: Qt ignores it on a cell
    rows = "".join(
        f"<tr><td width='30%'><b{size}>{esc(entry.number)}</b></td>"
        f"<td>{esc(words.get(entry.purpose, ''))}</td></tr>"
        for entry in NATIONAL_NUMBERS)
    return f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table>"


def address_line(household: Household) -> str:
    """"Address: Voorbeeldstraat 12, 3512 AB Utrecht" (as the plan writes it), whole, or a line
    to write it on: the first thing 112 asks."""
    home = household.home
    town = " ".join(part for part in (home.postcode.strip(), " ".join(home.municipality.split())) if part)
    place = ", ".join(part for part in (" ".join(home.address.split()), town) if part)
    return labelled(tr("Address"), place)


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


def device_paragraphs(household: Household, details: bool = True, short: bool = False,
                      compact: bool = False) -> list[str]:
    """Per device: whose it is, what it is and when it stops, whom to call (the supplier's
    24-hour number: always), what to do. The same device with the same hours, supplier and
    steps for several members is one paragraph with their names. ``short`` cuts what to do and a
    long name to a line; without ``details`` what to do is left out (it is on the plan);
    ``compact`` puts each device on as few lines as it can: short names, when it stops, whom to call."""
    name_limit = COMPACT_NAME if compact else SHORT_NAME if short else None
    groups: dict[tuple[str, str, str, str], list[str]] = {}
    for member in sorted(household.members, key=lambda m: m.position):
        for device in household.devices_of(member.id):
            what = shorten(device_name(device), name_limit)
            call = device_call_text(dataclasses.replace(device, supplier=shorten(device.supplier, name_limit)))
            call = call[:1].upper() + call[1:] + "." if call else ""
            phone = display(device.supplier_phone)
            if phone:  # the number never breaks over two lines
                call = call.replace(phone, phone.replace(" ", "\u00a0"))
            todo = " ".join(device.when_power_fails.split()) if details else ""
            todo = shorten(todo, SHORT_TEXT) if short and todo else todo
            who = groups.setdefault((what, device_stop_text(device), call, todo), [])
            if member.name.strip():
                who.append(shorten(member.name, name_limit))
    paragraphs = []
    for (what, stop, call, todo), names in groups.items():
        title = f"{', '.join(names)} – {what}" if names else what
        head = f"<b>{esc(title)}: {esc(stop)}</b>"
        if compact:  # "… zuurstof op. Bel …": a full stop between the two on one line
            paragraphs.append(f"<p>{head}" + (f"<b>.</b> {esc(call)}" if call else "") + "</p>")
            continue
        lines = [esc(text) for text in (call, todo) if text]
        paragraphs.append(f"<p style='margin-top: 6pt;'>{head}"
                          + (f"<br>{' '.join(lines)}" if lines else "") + "</p>")
    return paragraphs


def supply_paragraphs(household: Household, report: KitReport | None, options: PrintOptions) -> list[str]:
    """How long the kit's water and food last, and each daily medicine that runs out within the
    horizon ("Na 48 uur is de Metoprolol 50 mg (Oma Riet) op."), on the day of printing."""
    if report is None or not household.members:
        return []
    language = current_language()
    autonomy = report.autonomy
    parts = []
    if autonomy.water_hours is not None:  # none in the kit: "geen water", not "water voor minder dan een uur"
        parts.append(tr("water for %1").replace("%1", duration_words(autonomy.water_hours, language))
                     if autonomy.water_hours > 0 else tr("no water"))
    if autonomy.food_hours is not None:
        parts.append(tr("food for %1").replace("%1", duration_words(autonomy.food_hours, language))
                     if autonomy.food_hours > 0 else tr("no food"))
    lines = []
    if parts:
        lines.append(tr("Your kit on %1: %2.").replace("%1", format_date(options.today.isoformat()))
                     .replace("%2", ", ".join(parts)))
    for supply in autonomy.medicines:
        if supply.hours < supply.needed_hours:
            who = f"{supply.medicine} ({supply.member})" if supply.member else supply.medicine
            lines.append(run_out_line(supply.hours, who))
    return [f"<p style='margin-top: 6pt;'>{'<br>'.join(esc(line) for line in lines)}</p>"] if lines else []


def run_out_line(hours: float, what: str) -> str:
    """"After 48 hours the Metoprolol 50 mg (Oma Riet) runs out." (hours rounded down; "After 1
    hour …"), "Within an hour …" for less, and "No stock of … in the house." when there is none
    (as the timeline says it), never "After 0 hours"."""
    whole = int(hours + 1e-9)
    if hours <= 0:
        return tr("No stock of %1 in the house.").replace("%1", what)
    if whole == 0:
        return tr("Within an hour the %1 runs out.").replace("%1", what)
    if whole == 1:
        return tr("After 1 hour the %1 runs out.").replace("%1", what)
    return tr("After %1 hours the %2 runs out.").replace("%1", str(whole)).replace("%2", what)


def cold_medicine_paragraphs(household: Household, short: bool = False) -> list[str]:
    """Medicines that must stay cold, with what the household wrote to do (FACTS 6.3);
    ``short``: a long name and note cut to a line or so."""
    names = {member.id: member.name for member in household.members}
    paragraphs = []
    for medicine in household.medicines:
        if not medicine.keep_cold:
            continue
        who = names.get(medicine.member_id, "")
        limit = SHORT_NAME if short else None
        what = f"{shorten(medicine.name, limit)} ({shorten(who, limit)})" if who else shorten(medicine.name, limit)
        note = shorten(medicine.cold_note, SHORT_TEXT if short else None) or tr(
            "Put it in the coolest room, out of the sun; never in the freezer.")
        title = tr("Keep cold: %1.").replace("%1", what)
        paragraphs.append(f"<p style='margin-top: 6pt;'><b>{esc(title)}</b> {esc(note)}</p>")
    return paragraphs


# Large print starts at the fridge's own size; a household with devices, cold medicines and a
# hearing need steps down so the sheet stays one page on the fridge door: to 13 pt at the most,
# still larger than the normal size (12 pt). From 13 pt on the margins are 10 mm (a home printer
# prints to about 5 mm), so the demo household's sheet keeps everything at 13 pt.
FRIDGE_STEPS = (FRIDGE_LARGE, Sizes(body=15, heading=20, title=26, footer=12, margins_mm=20),
                Sizes(body=14, heading=18, title=24, footer=11, margins_mm=15),
                Sizes(body=13, heading=17, title=22, footer=11, margins_mm=10))  # still larger than normal (12)

# Only when every step of SHORTEN_ORDER still needs a second page (dozens of devices, each with
# its own supplier): smaller print rather than a second page or a supplier's number left out.
LAST_STEPS = (Sizes(body=12, heading=15, title=20, footer=10, margins_mm=10),
              Sizes(body=11, heading=13, title=18, footer=9, margins_mm=10),
              Sizes(body=10, heading=12, title=16, footer=8, margins_mm=10),
              Sizes(body=9, heading=11, title=14, footer=8, margins_mm=10),
              Sizes(body=8, heading=10, title=12, footer=7, margins_mm=10))


# What the sheet shortens, then leaves out, in this order, when even the smallest size needs a
# second page. "short_places": a long place, its notes and the contact's name cut to about a
# line with "…" (the plan has them in full); "steps": the general power-cut steps; "short_details":
# what to do with a device and a cold medicine cut to a line or so; "supplies": the kit's hours;
# "help_details": the notes of the places to go; "places_2": two places to go, not three; "cold":
# the medicines to keep cold (in the plan's member list); "details": what to do with each device
# (in the plan); "places_1": one place to go; "compact": each device on one line; "places_0":
# no place to go (the plan has them). Each smaller size applies again only as many as it needs.
# Never left out or cut: the home address, the numbers to call, the oxygen warning (FACTS 6.1)
# and each device's stop time and supplier's 24-hour number.
SHORTEN_ORDER = ("short_places", "steps", "short_details", "supplies", "help_details", "places_2",
                 "cold", "details", "places_1", "compact", "places_0")
FRIDGE_HELP_POINTS = 3  # places to go when nothing works on the sheet; all of them are on the plan


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
        self._dropped = 0  # how many of SHORTEN_ORDER are applied to stay on one page

    def _applied(self, step: str) -> bool:
        return step in SHORTEN_ORDER[:self._dropped]

    def body_html(self) -> str:
        household = self.household
        plan = household.plan
        places = meeting_place_labels()
        short = self._applied("short_places")
        contact = labelled(tr("Name"), shorten(plan.contact_name, SHORT_NAME if short else None)) + labelled(
            tr("Phone"), display(plan.contact_phone))
        meet = ""
        for place_id in ("near", "neighbourhood"):
            place = household.meeting_places.get(place_id)
            meet += self._place_line(places[place_id][0], place.place if place else "")
        more = tr("More on what to do: see the emergency plan.")  # outside the f-string: lupdate finds it
        details = not self._applied("details")
        short_details = self._applied("short_details")
        return "".join((
            heading(tr("In an emergency"), 1),
            address_line(household),  # what you tell 112 first: never left out, never cut
            heading(tr("Numbers to call")), national_rows(self.sizes.heading),
            *_no_voice(household, self.options),
            # right under the numbers: never left out, never pushed to the foot of the page
            *([f"<p style='margin-top: 6pt;'><b>{esc(oxygen_flame_warning())}</b></p>"]  # OXYGEN_FLAME_FACTS
              if has_oxygen(household) else []),
            heading(tr("Contact person outside the area")), contact,
            heading(counts.paper_where_we_meet(len(household.members))), meet,
            *self._help_points(),
            heading(tr("Emergency radio")), labelled(tr("Radio"), radio_text(household)),
            heading(tr("When the power fails")),
            *device_paragraphs(household, details, short_details, self._applied("compact")),
            *self._unless_dropped("supplies", supply_paragraphs(household, self.report, self.options)),
            *self._unless_dropped("cold", cold_medicine_paragraphs(household, short_details)),
            *self._unless_dropped("steps", [bullets(power_cut_steps(household))]),
            *([f"<p style='margin-top: 6pt;'><b>{esc(more)}</b></p>"] if self._dropped else []),
        ))

    def _place_text(self, place: str) -> str:
        """A place in bold; when cut to a line, with "…" and "(see the emergency plan)"."""
        whole = " ".join(place.split())
        shown = shorten(whole, SHORT_PLACE) if self._applied("short_places") else whole
        if shown == whole:
            return f"<b>{esc(shown)}</b>"
        see = tr("(see the emergency plan)")
        return f"<b>{esc(shown)}</b> {esc(see)}"

    def _place_line(self, label: str, place: str) -> str:
        """"Label: place", or a line to write on (labelled) when there is none."""
        if not place.strip():
            return labelled(label, "")
        return f"<p>{esc(label)}: {self._place_text(place)}</p>"

    def _help_points(self) -> list[str]:
        """The places to go when nothing works that the household filled in, one row each with
        a short name: the emergency point, the town hall and the fire station first (FACTS 1.2,
        6.7), at most FRIDGE_HELP_POINTS (fewer on a crowded sheet); nothing when none is filled
        (the plan has lines to write them on)."""
        places = sorted(filled(self.household.help_points), key=lambda point: point.id not in FIRST_CHOICE)
        room = next((count for step, count in (("places_0", 0), ("places_1", 1), ("places_2", 2))
                     if self._applied(step)), FRIDGE_HELP_POINTS)
        places = places[:room]  # the rest is on the plan
        if not places:
            return []
        details = not self._applied("help_details")
        limit = SHORT_PLACE if self._applied("short_places") else None
        names = help_point_short_labels()
        rows = "".join(
            f"<tr><td width='30%'>{esc(names[point.id])}</td><td>{self._place_text(point.place)}"
            + (f"<br>{esc(shorten(point.details, limit))}" if details and point.details.strip() else "")
            + "</td></tr>" for point in places)
        return [heading(tr("When nothing works, go to")),
                f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table>"]

    def _unless_dropped(self, part: str, html: list[str]) -> list[str]:
        """``html``, or nothing when this part is left out to keep the sheet on one page."""
        return [] if self._applied(part) else html

    @property
    def margins_mm(self) -> float:
        """The margin of the sizes that fit on one page (asked before the page is set up)."""
        self._fit_one_page()
        return self.sizes.margins_mm

    def _fit_one_page(self) -> None:
        """The largest print with everything; at the smallest size the fewest steps of
        SHORTEN_ORDER that fit; only when all of them do not, smaller print, each size again
        with the fewest steps that fit (so a smaller size puts back what it has room for)."""
        if self._fitted:
            return
        self._fitted = True
        for sizes in FRIDGE_STEPS if self.options.large else (self.sizes,):
            self.sizes = sizes
            if self._one_page():
                return
        if self._fewest_drops(try_none=False):  # at the floor: shorten, then leave out, never clip
            return
        for sizes in LAST_STEPS:
            if sizes.body < self.sizes.body:
                self.sizes = sizes
                if self._fewest_drops():
                    return

    def _fewest_drops(self, try_none: bool = True) -> bool:
        """At this size, apply the fewest steps of SHORTEN_ORDER that keep the sheet on one page
        (without ``try_none`` when with none it is known not to). False, with all of them applied,
        when even that is more than a page. From the first step on each one only makes the
        sheet shorter, so a binary search finds the count in a few layouts; none is tried on
        its own (the first step adds the line that points to the plan)."""
        self._dropped = 0
        if try_none and self._one_page():
            return True
        self._dropped = len(SHORTEN_ORDER)
        if not self._one_page():
            return False
        too_few, enough = 0, len(SHORTEN_ORDER)
        while enough - too_few > 1:
            self._dropped = (too_few + enough) // 2
            if self._one_page():
                enough = self._dropped
            else:
                too_few = self._dropped
        self._dropped = enough
        return True

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
