"""The session reads each table once per change and shares it (issue 20), and no change path
leaves a page with the data from before: after each one the stock, the household and the kit
report are read again."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.core.demo import demo_household, demo_stock
from app.core.records import Contact, Stock
from tests.ui.conftest import DEMO_DAY

TODAY = DEMO_DAY  # the day of the ``demo`` fixture (tests/ui/conftest.py)


def water(session) -> float:
    return next(s for s in session.kit_report().statuses if s.requirement.item.id == "water").present


def test_one_read_and_one_report_per_change(demo, reads):
    first = demo.kit_report()
    assert demo.kit_report() is first
    demo.stock(), demo.household(), demo.stock()
    assert reads.count("stock") <= 1 and reads.count("member") <= 1
    assert demo.stock() is not demo.stock()  # each caller gets its own list
    contact = demo.repository.list("contact")[0]
    reads.clear()
    demo.set_field("contact", contact.id, "name", "Els")
    report = demo.kit_report()
    assert report is not first
    demo.stock(), demo.household(), demo.kit_report()
    assert reads.count("stock") == 0  # a contact's name leaves the stock as read
    assert reads.count("contact") == 1
    entry = demo.stock()[0]
    reads.clear()
    demo.set_field("stock", entry.id, "quantity", entry.quantity + 1)
    demo.stock(), demo.household(), demo.kit_report(), demo.stock()
    assert reads.count("stock") == 1 and reads.count("contact") == 0
    assert next(c for c in demo.household().contacts if c.id == contact.id).name == "Els"


def test_every_change_path_shows_the_new_data(demo):
    before = water(demo)
    bottle = demo.add("stock", Stock(item_id="water", quantity=6, unit="l"))
    assert water(demo) == before + 6 and any(e.id == bottle.id for e in demo.stock())
    demo.set_field("stock", bottle.id, "quantity", 10)
    assert water(demo) == before + 10
    demo.undo_stack.undo()
    assert water(demo) == before + 6
    demo.undo_stack.redo()
    assert water(demo) == before + 10
    demo.delete("stock", bottle.id)
    assert water(demo) == before and all(e.id != bottle.id for e in demo.stock())
    demo.undo_stack.undo()
    assert water(demo) == before + 10
    stored = demo.import_records("stock", [Stock(item_id="water", quantity=2, unit="l")])
    assert water(demo) == before + 12
    demo.undo_stack.undo()
    assert water(demo) == before + 10 and all(e.id != stored[0].id for e in demo.stock())
    demo.import_contacts([(Contact(name="Nieuwe buur"), [])])
    assert "Nieuwe buur" in [c.name for c in demo.household().contacts]
    demo.add_many([("stock", Stock(item_id="water", quantity=1, unit="l"))])
    assert water(demo) == before + 11
    demo.replace_all(demo_household(), demo_stock(TODAY))
    assert water(demo) == before
    assert len(demo.stock()) == len(demo_stock(TODAY))


def test_settings_and_the_day_change_the_report(demo):
    three_days = demo.kit_report()
    demo.set_setting("kit_hours", "168")
    week = demo.kit_report()
    assert week is not three_days and week.hours == 168
    demo.clock = lambda: TODAY + dt.timedelta(days=1)
    assert demo.kit_report() is not week and demo.kit_report().today == TODAY + dt.timedelta(days=1)


def test_a_write_past_the_session_is_seen(demo):
    """Something that writes with the repository itself (or SQL) still makes the next read
    fresh: the cache is keyed on the connection's own count of changes."""
    before = water(demo)
    demo.repository.add("stock", Stock(item_id="water", quantity=4, unit="l"))
    assert water(demo) == before + 4
    demo.repository.connection.execute("DELETE FROM stock WHERE quantity = 4")
    demo.repository.connection.commit()
    assert water(demo) == before


def test_a_restored_backup_is_read_again(demo):
    if demo.backups_folder is None:
        pytest.skip("in memory: no backups")
    before = water(demo)
    made = demo.backup("manual")
    assert made is not None
    demo.add("stock", Stock(item_id="water", quantity=9, unit="l"))
    assert water(demo) == before + 9
    demo.restore_backup(made.path)
    assert water(demo) == before


def test_records_handed_out_do_not_change_the_shared_list(demo):
    stock = demo.stock()
    stock.clear()
    assert demo.stock()
    household = demo.household()
    household.members.clear()
    assert demo.household().members
    assert dataclasses.is_dataclass(demo.stock()[0])
