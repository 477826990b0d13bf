"""Kit files from the GUI: CSV import with preview (all or nothing, undoable), exports, calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.ui.kit import kit_files
from app.ui.kit.kit_files import ImportPreviewDialog
from tests.ui.helpers import hold

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


def test_reading_the_csv_runs_off_the_gui_thread_and_a_second_click_does_nothing(page, tmp_path, monkeypatch,
                                                                                 qtbot):
    """The file is read and checked in a worker thread behind a busy dialog; the kit page is
    disabled meanwhile, so a second click starts nothing; the rows are added in the GUI thread."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    session = page.session
    csv_file = tmp_path / "lijst.csv"
    csv_file.write_bytes(GOOD_AND_BAD.encode("utf-8"))
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(1), (str(csv_file), ""))[1])
    release, seen = hold(monkeypatch, kit_files, "read_supplies")

    def while_busy():
        dialog = page.window().findChild(QProgressDialog, "worker.busy")
        seen["dialog"] = dialog.labelText() if dialog is not None and dialog.isVisible() else None
        seen["enabled"] = page.import_button.isEnabled()
        page.import_button.click()
        seen["again"] = kit_files.import_supplies(page, session)
        release.set()

    def answer(dialog):
        seen["add_thread"] = threading.current_thread()
        dialog.add_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    before = session.repository.count("stock")
    QTimer.singleShot(50, while_busy)
    assert kit_files.import_supplies(page, session) == 2
    assert seen["thread"] is not threading.main_thread()
    assert seen["add_thread"] is threading.main_thread()
    assert seen["dialog"] == "Het bestand wordt gelezen…" and seen["enabled"] is False
    assert seen["again"] == 0 and len(asked) == 1
    assert session.repository.count("stock") == before + 2 and page.import_button.isEnabled()


def test_the_calendar_and_the_csv_are_made_off_the_gui_thread(page, tmp_path, monkeypatch):
    import threading

    threads = {}
    for name in ("build_calendar", "write_supplies"):
        real = getattr(kit_files, name)

        def record(*args, _real=real, _name=name, **kwargs):
            threads[_name] = threading.current_thread()
            return _real(*args, **kwargs)

        monkeypatch.setattr(kit_files, name, record)
    ics, csv_file = tmp_path / "noodpakket.ics", tmp_path / "kit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics), ""))
    assert kit_files.export_calendar(page, page.session) == str(ics)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_file), ""))
    assert kit_files.export_supplies(page, page.session) == str(csv_file)
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR") and csv_file.stat().st_size > 100
    assert set(threads) == {"build_calendar", "write_supplies"}
    assert all(thread is not threading.main_thread() for thread in threads.values())
