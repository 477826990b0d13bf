"""The half-yearly check's steps and the one next-check answer (app/core/check.py, app/words/check.py)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib

from app.core.check import (
    STEP_FACTS,
    NextCheck,
    check_after_today,
    check_steps,
    next_check_of,
)
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.records import Medicine, MeetingPlace, Member, Stock
from app.core.supplies import kit_report
from app.paths import resource
from app.words.check import next_check_sentence, place_title

TODAY = dt.date(2026, 3, 10)


def _report(last: dt.date | None, today: dt.date = TODAY):
    return kit_report(demo_household(), demo_stock(today), today, 72.0, last)


def test_never_checked_means_check_now_without_a_date() -> None:
    check = next_check_of(_report(None))
    assert check == NextCheck("never", None, None) and check.check_now
    assert next_check_sentence(check) == "Controleer je noodpakket nu."
    assert next_check_sentence(check, "en") == "Check your emergency kit now."


def test_checked_gives_the_next_check_day() -> None:
    check = next_check_of(_report(dt.date(2026, 1, 20)))
    assert check == NextCheck("planned", dt.date(2026, 6, 1), dt.date(2026, 1, 20))
    assert not check.check_now
    assert next_check_sentence(check) == "Volgende controle van je noodpakket: 01-06-2026."


def test_a_check_that_is_due_says_check_now_and_when_it_was_planned() -> None:
    check = next_check_of(_report(dt.date(2025, 6, 2), today=dt.date(2026, 2, 1)))
    assert check.state == "due" and check.check_now and check.date == dt.date(2025, 12, 1)
    assert next_check_sentence(check) == "Controleer je noodpakket nu. De controle stond op 01-12-2025."


def test_one_step_per_place_in_order_and_without_a_place_last() -> None:
    stock = [
        Stock(id=1, item_id="water", quantity=6, unit="l", location="Kelder"),
        Stock(id=2, item_id="food", quantity=2000, unit="kcal", location=""),
        Stock(id=3, item_id="flashlight", location="Gangkast"),
        Stock(id=4, item_id="radio", location=" Kelder "),
    ]
    steps = check_steps(Household(), stock, TODAY)
    places = [(step.place, [item.entry.id for item in step.entries]) for step in steps if step.kind == "place"]
    assert places == [("Kelder", [1, 4]), ("Gangkast", [3]), ("", [2])]
    assert [step.kind for step in steps[3:]] == ["batteries", "contacts", "paper"]  # no medicines
    assert place_title("") == "Zonder plek" and place_title("Kelder", "en") == "Place: Kelder"


def test_what_goes_off_before_the_next_check_is_to_use_and_buy_new() -> None:
    until = check_after_today(TODAY)
    assert until == dt.date(2026, 12, 1)  # a check on 10 March: the next is 1 December
    stock = [
        Stock(id=1, item_id="food", unit="kcal", quantity=100, location="Kast", expires="2026-11-30"),
        Stock(id=2, item_id="food", unit="kcal", quantity=100, location="Kast", expires="2026-12"),
        Stock(id=3, item_id="food", unit="kcal", quantity=100, location="Kast", expires="2026-03-01"),
        Stock(id=4, item_id="water", unit="l", quantity=6, location="Kast"),
        Stock(id=5, item_id="water", unit="l", quantity=6, location="Kast", expires="2028-01"),
    ]
    (place, *_rest) = check_steps(Household(), stock, TODAY)
    by_id = {item.entry.id: item for item in place.entries}
    assert [by_id[i].renew for i in (1, 2, 3, 4, 5)] == [True, False, True, False, False]
    assert by_id[3].expired and not by_id[1].expired
    assert by_id[4].refresh_water and not by_id[5].refresh_water  # no date: bottled tap water
    assert [item.entry.id for item in place.renew] == [1, 3]


def test_batteries_contacts_and_medicines_steps_show_what_the_household_has() -> None:
    household = Household(members=[Member(id=1, name="Riet", phone="030-1234567")],
                          medicines=[Medicine(id=7, member_id=1, name="Insuline", per_day=2,
                                              in_stock=20, keep_cold=1)],
                          meeting_places={"near": MeetingPlace("near", "De grote eik")})
    household.home.broadcaster, household.home.fm_frequency = "rtv_utrecht", "93.1"
    stock = [Stock(id=1, item_id="radio", location="Woonkamer"), Stock(id=2, item_id="soap")]
    steps = {step.kind: step for step in check_steps(household, stock, TODAY)}
    assert [item.entry.id for item in steps["batteries"].entries] == [1]
    assert (steps["batteries"].broadcaster, steps["batteries"].fm_frequency) == ("rtv_utrecht", "93.1")
    assert steps["contacts"].phones == (("Riet", "030-1234567"),)
    assert steps["contacts"].meeting_places == (("near", "De grote eik"),)
    (medicine,) = steps["medicines"].medicines
    assert (medicine.member, medicine.days, medicine.medicine.keep_cold) == ("Riet", 10.0, 1)


def test_every_step_names_sources_that_exist() -> None:
    keys = tomllib.loads(resource("sources.toml").read_text(encoding="utf-8"))["keys"]
    for kind, facts in STEP_FACTS.items():
        assert facts, kind
        assert set(facts) <= set(keys), kind


def test_the_check_words_need_no_qt() -> None:
    code = "import sys, app.words.check, app.core.check; assert 'PySide6' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
