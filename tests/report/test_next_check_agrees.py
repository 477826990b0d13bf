"""Screen and paper agree on the next kit check: the overview, the kit page, the printed plan and
checklist (read back with pdftotext) and ``paraat status --json`` say the same words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.__main__ import main
from app.core.check import NextCheck, check_after_today
from app.core.fields import format_date
from app.core.supplies import next_check
from app.paths import data_location
from app.report.document import PrintOptions
from app.storage.repository import Repository
from app.ui.common.session import Session
from app.ui.kit.kit_page import KitPage
from app.ui.overview.overview_page import OverviewPage
from app.words.i18n import Translations
from tests.report.conftest import flat, pdf_text


def _status(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _paper(folder: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = folder.parent / f"{kind}.pdf"
    assert main(["--data-dir", str(folder), "--lang", "nl", "export-pdf", kind, str(path)]) == 0
    capsys.readouterr()
    return flat(pdf_text(path))


def _screen(qapp: QApplication, folder: Path) -> tuple[str, str]:
    repository = Repository.open(data_location(folder).database)
    translations = Translations(qapp)
    translations.use("nl")
    try:
        session = Session(repository)
        overview, kit = OverviewPage(session), KitPage(session)
        session.changed.emit("*")
        return overview.check_label.text(), kit.check_label.text()
    finally:
        translations.use("en")
        repository.close()


@pytest.mark.parametrize("checked", [False, True])
def test_the_same_next_check_on_screen_on_paper_and_in_status(
        qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str], checked: bool) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    today = dt.date.today()
    if checked:
        repository = Repository.open(data_location(folder).database)
        repository.set_setting("kit_last_check", today.isoformat())
        repository.close()
        expected = f"Volgende controle van je noodpakket: {format_date(check_after_today(today).isoformat())}."
    else:
        expected = "Controleer je noodpakket nu."

    status = _status(folder, capsys)
    assert status["check_text"] == expected
    assert status["check_now"] is not checked
    assert status["next_check"] == (check_after_today(today).isoformat() if checked else None)
    for kind in ("checklist", "plan"):
        text = _paper(folder, kind, capsys)
        assert expected in text, kind
        assert ("Controleer je noodpakket nu" in text) is not checked, kind
    overview, kit = _screen(qapp, folder)
    assert overview.endswith(expected)
    assert kit.startswith(("⚠ " if not checked else "") + expected)


def test_an_overdue_check_says_check_now_on_screen_and_on_every_paper(
        qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The last check was over a year ago: the window, ``paraat status`` and the plan, fridge
    sheet and checklist all say 'check now' with the day it was planned, never a date as if
    the check were still to come."""
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    today = dt.date.today()
    last = today - dt.timedelta(days=400)
    repository = Repository.open(data_location(folder).database)
    repository.set_setting("kit_last_check", last.isoformat())
    repository.close()
    planned = next_check(last, last)
    assert planned <= today
    expected = f"Controleer je noodpakket nu. De controle stond op {format_date(planned.isoformat())}."

    status = _status(folder, capsys)
    assert status["check_text"] == expected and status["check_now"] is True
    overview, kit = _screen(qapp, folder)
    assert overview.endswith(expected)
    assert kit.startswith("⚠ " + expected)
    for kind in ("plan", "fridge", "checklist"):
        text = _paper(folder, kind, capsys)
        assert expected in text, kind
        assert "Volgende controle" not in text, kind


def test_a_plain_date_is_never_printed_as_planned_when_it_has_passed() -> None:
    """PrintOptions takes the window's NextCheck; an old caller's plain date is honest: due
    when it is not after today."""
    today = dt.date(2026, 3, 12)
    assert PrintOptions(today, NextCheck("due", today, None)).check.state == "due"
    assert PrintOptions(today, today).check == NextCheck("due", today, None)  # type: ignore[arg-type]
    later = today + dt.timedelta(days=1)
    assert PrintOptions(today, later).check == NextCheck("planned", later, None)  # type: ignore[arg-type]
    assert PrintOptions(today, None).check.state == "never"  # type: ignore[arg-type]
