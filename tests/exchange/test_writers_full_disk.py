"""Every exchange writer (CSV, shopping list, vCard, iCalendar, JSON, the locked plan file)
goes through the one writer: an error at every file-system step of every writer leaves the
old file and no temporary file, and is told as the real reason, naming the user's file."""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.core.supplies import kit_report
from app.exchange import calendar, json_export, plan_file, supplies_csv, vcard
from app.words.bilingual import os_error_reason
from tests.fault_injection import fail_at, list_steps
from tests.tiny_disk import fill, leftovers, tiny_disk

TODAY = dt.date(2026, 3, 10)
OLD = b"the old file, complete\n"
FAST = plan_file.KdfParams(memory_kib=8, iterations=1, lanes=1)


def _writers() -> dict[str, Callable[[Path], object]]:
    household, stock = demo_household(), demo_stock(TODAY)
    report = kit_report(household, stock, TODAY, 72, None)
    ics = calendar.build_calendar(report, stock, "nl", today=TODAY)
    return {
        "supplies.csv": lambda path: supplies_csv.write_supplies(stock, path),
        "shopping.csv": lambda path: supplies_csv.write_shopping_list(report.shopping, path),
        "contacts.vcf": lambda path: vcard.write_vcards(household.contacts, household.phones, path),
        "kit.ics": lambda path: calendar.write_calendar(path, ics),
        "plan.json": lambda path: json_export.write_json(path, household, stock),
        "plan.paraat": lambda path: plan_file.write_plan(path, household, stock, "tulp fiets regen lamp",
                                                          FAST),
    }


WRITERS = sorted(_writers())


def _scene(folder: Path, name: str) -> Path:
    folder.mkdir(exist_ok=True)
    for entry in os.listdir(folder):
        os.unlink(folder / entry)
    target = folder / name
    target.write_bytes(OLD)
    return target


@pytest.mark.parametrize("name", WRITERS)
def test_an_error_at_every_step_of_every_writer_leaves_the_old_file(tmp_path, name) -> None:
    write = _writers()[name]
    folder = tmp_path / "out"
    target = _scene(folder, name)
    steps = list_steps(lambda: write(target))
    assert [step.split()[0] for step in steps][-3:] == ["fsync", "replace", "fsync"], steps
    for code in (errno.ENOSPC, errno.EACCES, errno.EROFS):
        for n, step in enumerate(steps[:-1]):  # the last step syncs the folder after the rename
            target = _scene(folder, name)
            outcome = fail_at(lambda: write(target), n, code)  # noqa: B023
            assert isinstance(outcome, OSError) and outcome.errno == code, (step, outcome)
            assert outcome.filename == str(target), step
            assert target.read_bytes() == OLD, step
            assert leftovers(folder, {name}) == [], step
    target = _scene(folder, name)
    outcome = fail_at(lambda: write(target), 0, errno.ENOSPC)
    assert os_error_reason(outcome, "nl") == "de schijf is vol"
    print(f"{name}: {len(steps) - 1} failure points x 3 errors")


@pytest.mark.parametrize("name", WRITERS)
def test_every_writer_on_a_really_full_disk(tmp_path, name) -> None:
    write = _writers()[name]
    with tiny_disk(tmp_path / "stick") as stick:
        target = stick / name
        target.write_bytes(OLD)
        fill(stick)
        with pytest.raises(OSError) as caught:
            write(target)
        assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(target)
        assert target.read_bytes() == OLD
        assert leftovers(stick, {name, "filler.bin"}) == []


@pytest.mark.parametrize("name", WRITERS)
def test_every_writer_refuses_a_link(tmp_path, name) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(OLD)
    link = tmp_path / name
    link.symlink_to(elsewhere)
    with pytest.raises(OSError) as caught:
        _writers()[name](link)
    assert os_error_reason(caught.value, "en") == "this is a link to another file, not a normal file"
    assert link.is_symlink() and elsewhere.read_bytes() == OLD
