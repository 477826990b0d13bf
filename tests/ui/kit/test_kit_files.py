"""Kit files from the GUI: CSV import with preview (all or nothing, undoable), exports, calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.ui.kit import kit_files
from app.ui.kit.kit_files import ImportPreviewDialog

TODAY = dt.date(2026, 11, 28)

GOOD_AND_BAD = (
    "\ufeffonderdeel;naam;hoeveelheid;eenheid;waar;houdbaar tot;in noodtas;uren;notities\r\n"
    "water;;6;liter;Kelder;01-06-2027;nee;;\r\n"
    "eigen;Kampeerstoel;1;stuks;Schuur;;ja;;\r\n"
    "water;;-3;liter;Kelder;;nee;;\r\n"
    "zaklamp;;1;liter;Gang;31-02-2027;nee;;\r\n"
)


@pytest.fixture
def page(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("kit")
    return window.kit


def _patch_open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_import_shows_problems_and_adds_only_after_yes(page, tmp_path, monkeypatch, qtbot):
    session = page.session
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_bytes(GOOD_AND_BAD.encode("utf-8"))
    _patch_open(monkeypatch, csv_file)
    before = session.repository.count("stock")
    seen = {}

    def answer(dialog):
        seen["rows"] = dialog.model.rowCount()
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert session.repository.count("stock") == before  # nothing written while previewing
        dialog.add_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    assert kit_files.import_supplies(page, session) == 2
    assert seen["rows"] == 2
    assert any("regel 4" in text for text in seen["problems"])
    assert any("regel 5" in text for text in seen["problems"])
    assert session.repository.count("stock") == before + 2
    assert any(e.name == "Kampeerstoel" and e.grab_bag for e in session.repository.list("stock"))
    session.undo_stack.undo()  # one step takes the whole import out
    assert session.repository.count("stock") == before


def test_cancelled_import_changes_nothing(page, tmp_path, monkeypatch):
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_bytes(GOOD_AND_BAD.encode("utf-8"))
    _patch_open(monkeypatch, csv_file)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = page.session.repository.list("stock")
    assert kit_files.import_supplies(page, page.session) == 0
    assert page.session.repository.list("stock") == before


def test_unreadable_file_gets_a_plain_message(page, tmp_path, monkeypatch):
    broken = tmp_path / "kapot.csv"
    broken.write_bytes(b"\xff\xfe\x00\x81garbage\x00" * 10)
    _patch_open(monkeypatch, broken)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    before = page.session.repository.count("stock")
    assert kit_files.import_supplies(page, page.session) == 0
    assert told and "kapot.csv" in told[0]
    assert page.session.repository.count("stock") == before


def test_exports_write_real_files(page, tmp_path, monkeypatch):
    target = tmp_path / "kit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), kit_files.tr("Excel, Dutch (semicolons) (*.csv)")))
    assert kit_files.export_supplies(page, page.session) == str(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data
    shopping = tmp_path / "boodschappen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(shopping), "CSV with commas (*.csv)"))
    kit_files.export_shopping_list(page, page.session)
    assert "Drinkwater" in shopping.read_text(encoding="utf-8")
    assert "Hoofdlampjes, één per persoon" in shopping.read_text(encoding="utf-8")  # the own list too
    ics = tmp_path / "noodpakket.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics), ""))
    kit_files.export_calendar(page, page.session)
    calendar = Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) >= 3
    assert all(list(event.walk("VALARM")) for event in events)


def test_export_to_an_unwritable_place_says_so(page, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker / "kit.csv"), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    assert kit_files.export_supplies(page, page.session) is None
    assert told and "kit.csv" in told[0]


def test_preview_model_passes_the_model_tester(page, tmp_path, qtmodeltester):
    from app.exchange.supplies_csv import read_supplies

    csv_file = tmp_path / "lijst.csv"
    csv_file.write_bytes(GOOD_AND_BAD.encode("utf-8"))
    dialog = ImportPreviewDialog(page.session, read_supplies(csv_file, TODAY), str(csv_file))
    qtmodeltester.check(dialog.model)
    dialog.deleteLater()
