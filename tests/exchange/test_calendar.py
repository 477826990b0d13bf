"""The kit's calendar: parsed back with icalendar, events, recurrence, alarms and UIDs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from app.core.demo import demo_household, demo_stock
from app.core.fields import expiry_day
from app.core.household import Household
from app.core.records import Stock
from app.core.supplies import kit_report
from app.exchange.calendar import PRODID, build_calendar, write_calendar

TODAY = dt.date(2026, 3, 10)
STAMP = dt.datetime(2026, 3, 10, 8, 30, tzinfo=dt.UTC)


def build(stock: list[Stock], language: str = "nl", household: Household | None = None,
          last_check: dt.date | None = None) -> Calendar:
    report = kit_report(household or demo_household(), stock, TODAY, 72, last_check)
    data = build_calendar(report, stock, language, today=TODAY, stamp=STAMP)
    assert isinstance(data, bytes)
    return Calendar.from_ical(data)


def events(calendar: Calendar) -> dict[str, object]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_demo_calendar() -> None:
    stock = demo_stock(TODAY)
    calendar = build(stock)
    assert str(calendar["PRODID"]) == PRODID
    assert str(calendar["VERSION"]) == "2.0"
    found = events(calendar)
    dated = [e for e in stock if e.expires and expiry_day(e.expires) >= TODAY]
    assert len(found) == 2 + len(dated) == 2 + 8  # the crackers (id 4) are past their date
    assert len(calendar.walk("VEVENT")) == len(found)  # UIDs are unique
    for uid, event in found.items():
        assert uid.endswith("@paraat.invalid")
        assert event["DTSTAMP"].dt == STAMP
        assert isinstance(event["DTSTART"].dt, dt.date)
        assert not isinstance(event["DTSTART"].dt, dt.datetime)  # all-day
        assert event["DTEND"].dt == event["DTSTART"].dt + dt.timedelta(days=1)
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY" and str(alarms[0]["DESCRIPTION"])


def test_the_half_yearly_check_recurs() -> None:
    calendar = build(demo_stock(TODAY))
    check = events(calendar)["kit-check@paraat.invalid"]
    assert check["DTSTART"].dt == TODAY  # never checked: "check now", as the window says
    assert check["RRULE"] == {"FREQ": ["MONTHLY"], "INTERVAL": [6]}
    assert str(check["SUMMARY"]) == "Noodpakket controleren"
    (alarm,) = check.walk("VALARM")
    assert alarm["TRIGGER"].dt == dt.timedelta(hours=9)
    later = build(demo_stock(TODAY), last_check=dt.date(2026, 1, 20))
    assert events(later)["kit-check@paraat.invalid"]["DTSTART"].dt == dt.date(2026, 6, 1)


def test_water_refresh_only_with_water() -> None:
    stock = demo_stock(TODAY)
    water = events(build(stock))["water-refresh@paraat.invalid"]
    assert water["RRULE"] == {"FREQ": ["MONTHLY"], "INTERVAL": [6]}
    assert "kraanwater" in str(water["SUMMARY"]).lower()
    dry = [entry for entry in stock if entry.item_id not in ("water", "pet_water")]
    assert "water-refresh@paraat.invalid" not in events(build(dry))


def test_expiry_events() -> None:
    stock = demo_stock(TODAY)
    found = events(build(stock))
    water = found["stock-1@paraat.invalid"]  # 24 l in the cellar, month precision
    assert str(water["SUMMARY"]) == "Houdbaar tot: Drinkwater (Kelder)"
    assert water["DTSTART"].dt == dt.date(2027, 5, 31)  # the last day of that month
    assert "24 liter" in str(water["DESCRIPTION"])
    (alarm,) = water.walk("VALARM")
    assert alarm["TRIGGER"].dt == -dt.timedelta(days=6, hours=15)  # 09:00, a week before
    batteries = found["stock-15@paraat.invalid"]
    assert str(batteries["SUMMARY"]) == ("Houdbaar tot: Batterijen voor het hoorapparaat (of een "
                                         "oplader die zonder stroom werkt) (Medicijnkastje oma)")
    wipes = found["stock-12@paraat.invalid"]
    assert str(wipes["SUMMARY"]) == "Houdbaar tot: Vochtige doekjes (Noodtas)"
    assert wipes["DTSTART"].dt == TODAY + dt.timedelta(days=25)


def test_expired_and_dont_remind_entries_get_no_event() -> None:
    stock = demo_stock(TODAY)
    assert "stock-4@paraat.invalid" not in events(build(stock))  # past its date
    quiet = [dataclasses.replace(e, dont_remind=1) if e.id == 1 else e for e in stock]
    found = events(build(quiet))
    assert "stock-1@paraat.invalid" not in found
    assert "stock-2@paraat.invalid" in found
    today = [Stock(30, "water", "", 1, "l", expires=TODAY.isoformat())]
    assert "stock-30@paraat.invalid" in events(build(today))  # the last good day still counts


def test_english_texts() -> None:
    found = events(build(demo_stock(TODAY), "en"))
    assert str(found["kit-check@paraat.invalid"]["SUMMARY"]) == "Check the emergency kit"
    assert str(found["water-refresh@paraat.invalid"]["SUMMARY"]) == "Refresh stored tap water"
    assert str(found["stock-1@paraat.invalid"]["SUMMARY"]) == "Best before: Drinking water (Kelder)"


def test_uids_are_stable_and_unique_without_ids() -> None:
    stock = demo_stock(TODAY)
    assert sorted(events(build(stock))) == sorted(events(build(list(reversed(stock)))))
    twins = [Stock(None, "own", "Blik", 1, "pcs", "Kast", "2027-01-01") for _ in range(3)]
    uids = [str(e["UID"]) for e in build(twins).walk("VEVENT")][1:]
    assert len(set(uids)) == 3
    assert uids == [str(e["UID"]) for e in build(twins).walk("VEVENT")][1:]


def test_an_empty_household_still_gets_the_check() -> None:
    calendar = build([], household=Household())
    assert list(events(calendar)) == ["kit-check@paraat.invalid"]


def test_text_is_escaped_and_survives() -> None:
    odd = [Stock(5, "own", "Soep; tomaat, basilicum", 1, "pcs", "Kast\\boven", "2027-01-01",
                 notes="Regel 1\nRegel 2")]
    event = events(build(odd))["stock-5@paraat.invalid"]
    assert str(event["SUMMARY"]) == "Houdbaar tot: Soep; tomaat, basilicum (Kast\\boven)"
    assert str(event["DESCRIPTION"]).endswith("Regel 1\nRegel 2")


def test_write_calendar(tmp_path: Path) -> None:
    report = kit_report(demo_household(), demo_stock(TODAY), TODAY, 72, None)
    data = build_calendar(report, demo_stock(TODAY), today=TODAY)
    path = tmp_path / "paraat.ics"
    write_calendar(path, data)
    assert path.read_bytes() == data
    assert Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    with pytest.raises(OSError):
        write_calendar(tmp_path / "nergens" / "paraat.ics", data)
