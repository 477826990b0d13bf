"""The half-yearly check of the kit, step by step, and the one answer to "when is the next check?".

The booklet's advice (FACTS 1.4, 6.9) is to check the kit every six months: is everything still
there, what goes off before the next check (use it and buy new: first in, first out, FACTS 2.4;
self-bottled tap water is refreshed every six months, FACTS 1.4), do the torch, the radio and the
CO-alarm work (FACTS 6.9), are the phone numbers and meeting places still right (FACTS 1.5), are
the medicines still enough (FACTS 6.9, 6.3), and is the printed plan still the plan (FACTS 1.4:
update the kit when your situation changes; FACTS 1.5: keep things on paper).

``check_steps`` turns a household and its stock into those steps: one per storage place (stock
grouped by ``location``, entries without a place last), then batteries and radio, phone numbers
and meeting places, medicines, and the printed plan. ``next_check_of`` is what the window, the
printed plan and checklist, ``paraat status`` and the calendar file all show: never checked →
"check now" (no date), otherwise the next check day (``supplies.next_check``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.fields import expiry_day
from app.core.household import Household
from app.core.records import MEETING_PLACES, Medicine, Stock
from app.core.supplies import KitReport, next_check

WATER_ITEMS = frozenset({"water", "pet_water"})
# What the batteries-and-radio step asks to test (FACTS 1.4 torch, radio, batteries; FACTS 6.9
# torch, radio and CO-alarm batteries; FACTS 6.2 the CO alarm).
TEST_ITEMS = ("flashlight", "radio", "batteries", "powerbank", "co_alarm", "hearing_aid_batteries")

STEP_KINDS = ("place", "batteries", "contacts", "medicines", "paper")
STEP_FACTS: dict[str, tuple[str, ...]] = {
    "place": ("FACTS 1.4", "FACTS 2.4", "FACTS 6.9"),
    "batteries": ("FACTS 1.4", "FACTS 6.9", "FACTS 6.8"),
    "contacts": ("FACTS 1.4", "FACTS 1.5"),
    "medicines": ("FACTS 6.9", "FACTS 6.3"),
    "paper": ("FACTS 1.4", "FACTS 1.5"),
}


# --- when is the next check ---------------------------------------------------------------------


@dataclass(frozen=True)
class NextCheck:
    """The next check as every place shows it.

    ``state`` is "never" (never checked: check now, no date), "due" (the planned day has come:
    check now, ``date`` is the day it was planned) or "planned" (``date`` is the next check).
    """

    state: str
    date: dt.date | None
    last: dt.date | None

    @property
    def check_now(self) -> bool:
        return self.state != "planned"


def next_check_of(report: KitReport) -> NextCheck:
    """The next check for this kit report (``report.last_check`` and ``report.next_check``)."""
    if report.last_check is None:
        return NextCheck("never", None, None)
    if report.check_overdue:
        return NextCheck("due", report.next_check, report.last_check)
    return NextCheck("planned", report.next_check, report.last_check)


def check_after_today(today: dt.date) -> dt.date:
    """The next check when the check is done today: what must last until then."""
    return next_check(today, today)


# --- the steps ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckEntry:
    """One stock entry as the check shows it.

    ``renew``: it is past its date or goes off before the next check: use it and buy new.
    ``refresh_water``: water without a best-before date (tap water you bottled yourself):
    refresh it every six months (FACTS 1.4).
    """

    entry: Stock
    renew: bool
    expired: bool
    refresh_water: bool


@dataclass(frozen=True)
class MedicineCheck:
    """A medicine at the check: its doses in stock, the days they last, and if it must stay cold."""

    medicine: Medicine
    member: str
    days: float | None  # None: only when needed, or not known


@dataclass(frozen=True)
class CheckStep:
    """One step of the check. ``kind`` is one of STEP_KINDS; ``place`` is the storage place of a
    "place" step ("" for entries without a place); ``facts`` are the source keys of its advice."""

    kind: str
    place: str = ""
    entries: tuple[CheckEntry, ...] = ()
    phones: tuple[tuple[str, str], ...] = ()  # (who, number)
    meeting_places: tuple[tuple[str, str], ...] = ()  # (MEETING_PLACES id, place as written)
    broadcaster: str = ""  # the regional broadcaster's id, and its FM frequency
    fm_frequency: str = ""
    medicines: tuple[MedicineCheck, ...] = ()

    @property
    def facts(self) -> tuple[str, ...]:
        return STEP_FACTS[self.kind]

    @property
    def renew(self) -> tuple[CheckEntry, ...]:
        return tuple(entry for entry in self.entries if entry.renew)


def check_entry(entry: Stock, today: dt.date, until: dt.date) -> CheckEntry:
    """``entry`` at a check done ``today`` whose next check is ``until``."""
    last = expiry_day(entry.expires)
    expired = last is not None and last < today
    renew = last is not None and last < until
    water = entry.item_id in WATER_ITEMS and last is None
    return CheckEntry(entry, renew, expired, water)


def place_steps(stock: list[Stock], today: dt.date) -> list[CheckStep]:
    """One step per storage place, in the order of first appearance; no place last."""
    until = check_after_today(today)
    places: dict[str, list[CheckEntry]] = {}
    for entry in stock:
        places.setdefault(entry.location.strip(), []).append(check_entry(entry, today, until))
    order = [place for place in places if place] + ([""] if "" in places else [])
    return [CheckStep("place", place, tuple(places[place])) for place in order]


def _phones(household: Household) -> tuple[tuple[str, str], ...]:
    phones: list[tuple[str, str]] = []
    if household.plan.contact_phone:
        phones.append((household.plan.contact_name, household.plan.contact_phone))
    phones.extend((member.name, member.phone) for member in household.members if member.phone)
    numbers = household.phones_by_contact()
    for contact in household.contacts:
        phones.extend((contact.name, phone.number) for phone in numbers.get(contact.id, []))
    return tuple(phones)


def check_steps(household: Household, stock: list[Stock], today: dt.date) -> list[CheckStep]:
    """Every step of a check done ``today``: the places, then batteries and radio, phone numbers
    and meeting places, medicines (when there are any), and the printed plan."""
    steps = place_steps(stock, today)
    until = check_after_today(today)
    tested = tuple(check_entry(entry, today, until) for entry in stock if entry.item_id in TEST_ITEMS)
    steps.append(CheckStep("batteries", entries=tested, broadcaster=household.home.broadcaster,
                           fm_frequency=household.home.fm_frequency))
    places = tuple((place_id, household.meeting_places[place_id].place)
                   for place_id in MEETING_PLACES if place_id in household.meeting_places)
    steps.append(CheckStep("contacts", phones=_phones(household), meeting_places=places))
    if household.medicines:
        names = {member.id: member.name for member in household.members}
        medicines = tuple(MedicineCheck(medicine, names.get(medicine.member_id, ""),
                                        medicine.days_in_stock)
                          for medicine in household.medicines)
        steps.append(CheckStep("medicines", medicines=medicines))
    steps.append(CheckStep("paper"))
    return steps
