"""The kit's dates as an iCalendar file (RFC 5545) for the user's own calendar app.

Events, all of them all-day and marked free time (TRANSP:TRANSPARENT):

* the half-yearly kit check on the date the window and the printed plan show
  (``app.core.check.next_check_of``; today when the kit was never checked: "check now"), every
  six months, with a reminder at 09:00 on the day;
* "refresh stored tap water" every six months from the same date, when the kit holds water;
* one event per stock entry on the last day of its best-before date (the end of the month for
  a month-precision date), with a reminder seven days before at 09:00. Entries marked "don't
  remind" get none, and neither do entries already past their date: a reminder in the past
  never rings, and the kit page lists them.

Every event has a stable UID (``kit-check@paraat.invalid``, ``stock-<id>@paraat.invalid``), so
importing a newer file updates the events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable

from icalendar import Alarm, Calendar, Event

from app.core.check import next_check_of
from app.core.fields import expiry_day, format_expiry
from app.core.kit import catalogue
from app.core.records import Stock
from app.core.supplies import KitReport
from app.exchange.files import write_atomic
from app.words.bilingual import number_text, unit_word

PRODID = "-//Paraat//Paraat//NL"
DOMAIN = "paraat.invalid"
WATER_ITEMS = frozenset({"water", "pet_water"})
CHECK_REMINDER = dt.timedelta(hours=9)  # 09:00 on the day
EXPIRY_REMINDER = -dt.timedelta(days=6, hours=15)  # 09:00, seven days before

_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "calendar": "Paraat: noodpakket",
        "check": "Noodpakket controleren",
        "check_text": "Kijk het noodpakket na: is alles er nog, is niets over de datum, "
                      "werken de zaklamp en de radio, zitten er verse batterijen in? Vervang "
                      "wat op of over de datum is. Paraat loopt de controle stap voor stap met je door.",
        "water": "Opgeslagen kraanwater verversen",
        "water_text": "Vervang kraanwater dat je zelf hebt opgeslagen door vers water: het is "
                      "zes maanden goed. Flessenwater uit de winkel mag blijven staan tot de "
                      "houdbaarheidsdatum.",
        "expires": "Houdbaar tot",
        "expires_text": "{amount}, houdbaar tot {date}. Gebruik het op tijd en vervang het.",
        "medicine": "Medicijn",
        "where": "Plek: {where}",
    },
    "en": {
        "calendar": "Paraat: emergency kit",
        "check": "Check the emergency kit",
        "check_text": "Check the emergency kit: is everything still there, is nothing past "
                      "its date, do the torch and the radio work, are the batteries fresh? "
                      "Replace what is used up or out of date. Paraat takes you through the "
                      "check step by step.",
        "water": "Refresh stored tap water",
        "water_text": "Replace tap water you stored yourself with fresh water: it keeps six "
                      "months. Bottled water from the shop keeps until its best-before date.",
        "expires": "Best before",
        "expires_text": "{amount}, best before {date}. Use it in time and replace it.",
        "medicine": "Medicine",
        "where": "Location: {where}",
    },
}


def _texts(language: str) -> dict[str, str]:
    return _TEXTS["en" if language == "en" else "nl"]


def _all_day(uid: str, day: dt.date, summary: str, description: str,
             stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event


def _alarm(description: str, trigger: dt.timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    alarm.add("trigger", trigger)
    return alarm


def entry_label(entry: Stock, language: str, medicines: dict[str, str]) -> str:
    """What a stock entry is: the own name, the catalogue's name, or the medicine's."""
    if entry.item_id == "own" and entry.name:
        return entry.name
    if entry.item_id.startswith("medicine:"):
        return medicines.get(entry.item_id) or entry.name or _texts(language)["medicine"]
    item = catalogue().item(entry.item_id)
    return entry.name or (item.label(language) if item else entry.item_id)


def _entry_uid(entry: Stock, taken: set[str]) -> str:
    if entry.id is not None:
        base = f"stock-{entry.id}"
    else:  # not stored yet: derive it from what the entry is
        key = "\x1f".join((entry.item_id, entry.name, entry.location, entry.expires))
        base = "stock-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    uid, number = f"{base}@{DOMAIN}", 1
    while uid in taken:
        number += 1
        uid = f"{base}-{number}@{DOMAIN}"
    taken.add(uid)
    return uid


def build_calendar(report: KitReport, stock: Iterable[Stock], language: str = "nl", *,
                   today: dt.date | None = None, stamp: dt.datetime | None = None) -> bytes:
    """The kit's dates as the bytes of an .ics file, in Dutch or English."""
    today = today or dt.date.today()
    stamp = stamp or dt.datetime.now(dt.UTC)
    words = _texts(language)
    stock = list(stock)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", words["calendar"])

    check_day = next_check_of(report).date or today  # never checked: check now
    check = _all_day(f"kit-check@{DOMAIN}", check_day, words["check"],
                     words["check_text"], stamp)
    check.add("rrule", {"freq": "monthly", "interval": 6})
    check.add_component(_alarm(words["check"], CHECK_REMINDER))
    calendar.add_component(check)

    if any(entry.item_id in WATER_ITEMS for entry in stock):
        water = _all_day(f"water-refresh@{DOMAIN}", report.next_check, words["water"],
                         words["water_text"], stamp)
        water.add("rrule", {"freq": "monthly", "interval": 6})
        water.add_component(_alarm(words["water"], CHECK_REMINDER))
        calendar.add_component(water)

    medicines = {
        status.requirement.item.id: status.requirement.item.label(language)
        for status in report.statuses if status.requirement.item.id.startswith("medicine:")
    }
    taken: set[str] = set()
    for entry in stock:
        last = expiry_day(entry.expires)
        if last is None or entry.dont_remind or last < today:
            continue
        label = entry_label(entry, language, medicines)
        summary = f"{words['expires']}: {label}"
        if entry.location:
            summary += f" ({entry.location})"
        amount = f"{number_text(entry.quantity, language)} {unit_word(entry.unit, language)}"
        lines = [words["expires_text"].format(amount=amount, date=format_expiry(entry.expires))]
        if entry.location:
            lines.append(words["where"].format(where=entry.location))
        if entry.notes:
            lines.append(entry.notes)
        event = _all_day(_entry_uid(entry, taken), last, summary, "\n".join(lines), stamp)
        event.add_component(_alarm(summary, EXPIRY_REMINDER))
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def write_calendar(path: str | os.PathLike[str], data: bytes) -> None:
    """Write the .ics bytes atomically (the old file or the whole new one)."""
    write_atomic(path, data)
