"""A PDF is made in memory and written by the one writer: on a full disk the old file stays,
no truncated PDF and no temporary file is left, and the error names the user's file."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.supplies import kit_report
from app.report.builders import build_document
from app.report.document import PrintOptions, pdf_bytes, write_pdf
from app.storage.safe_write import SpecialTarget
from app.words.bilingual import os_error_reason
from tests.fault_injection import fail_at, list_steps
from tests.tiny_disk import fill, leftovers, tiny_disk

TODAY = dt.date(2026, 3, 10)
OLD = b"%PDF-1.4 the old, complete PDF %%EOF\n"


def _document(kind: str = "plan"):
    household, stock = demo_household(), demo_stock(TODAY)
    report = kit_report(household, stock, TODAY, 72, None)
    return build_document(kind, household, stock, report, PrintOptions(TODAY, next_check_of(report)))


def _scene(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for name in os.listdir(folder):
        os.unlink(folder / name)
    target = folder / "plan.pdf"
    target.write_bytes(OLD)
    return target


def test_the_pdf_is_made_in_memory_and_is_complete(qapp) -> None:
    data, pages = pdf_bytes(_document())
    assert pages >= 2
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_an_error_at_every_step_of_write_pdf_leaves_the_old_pdf(qapp, tmp_path) -> None:
    document = _document()
    folder = tmp_path / "out"
    target = _scene(folder)
    steps = list_steps(lambda: write_pdf(document, target))
    kinds = [step.split()[0] for step in steps]
    assert kinds[0] == "open" and kinds[-3:] == ["fsync", "replace", "fsync"], steps
    for n, step in enumerate(steps[:-1]):  # the last step syncs the folder after the rename
        target = _scene(folder)
        outcome = fail_at(lambda: write_pdf(document, target), n)  # noqa: B023
        assert isinstance(outcome, OSError) and outcome.errno == errno.ENOSPC, (step, outcome)
        assert outcome.filename == str(target)
        assert os_error_reason(outcome, "nl") == "de schijf is vol"
        assert target.read_bytes() == OLD, step
        assert leftovers(folder, {"plan.pdf"}) == [], step
    print(f"write_pdf: {len(steps) - 1} failure points")


def test_a_really_full_disk_leaves_no_truncated_pdf(qapp, tmp_path) -> None:
    document = _document()
    with tiny_disk(tmp_path / "stick", size="64k") as stick:
        target = stick / "plan.pdf"
        target.write_bytes(OLD)
        fill(stick)
        with pytest.raises(OSError) as caught:
            write_pdf(document, target)
        assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(target)
        assert target.read_bytes() == OLD
        assert leftovers(stick, {"plan.pdf", "filler.bin"}) == []


def test_a_new_pdf_too_big_for_the_disk_is_not_left_half_written(qapp, tmp_path) -> None:
    document = _document()
    data, _ = pdf_bytes(document)
    with tiny_disk(tmp_path / "stick", size="16k") as stick:
        target = stick / "plan.pdf"
        assert len(data) > 16 * 1024, "the plan must not fit on the tiny disk for this test"
        with pytest.raises(OSError):
            write_pdf(document, target)
        assert not target.exists() and leftovers(stick, set()) == []


def test_a_link_is_refused(qapp, tmp_path) -> None:
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(OLD)
    link = tmp_path / "plan.pdf"
    link.symlink_to(elsewhere)
    with pytest.raises(SpecialTarget):
        write_pdf(_document("fridge"), link)
    assert link.is_symlink() and elsewhere.read_bytes() == OLD
