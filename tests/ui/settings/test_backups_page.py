"""The Backups page, backups before imports, and restore end to end through run_gui."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTableView

from app.cli.parser import build_parser
from app.core.demo import demo_household, demo_stock
from app.core.records import Contact, Member, Stock
from app.storage import backups
from app.storage.repository import Repository
from app.ui.common.session import Session
from app.ui.settings import backups_page
from app.ui.settings.backup_banner import BackupProblemBanner
from app.ui.settings.backups_page import BackupsPage
from app.ui.start.application import run_gui
from app.ui.start.main_window import MainWindow
from tests.ui.helpers import click

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def filled(session: Session) -> Session:
    session.replace_all(demo_household(), demo_stock(TODAY))  # empty before: no backup
    return session


@pytest.fixture
def page(qtbot, filled: Session) -> BackupsPage:
    widget = BackupsPage(filled)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def _button(page: BackupsPage, name: str) -> QPushButton:
    return page.findChild(QPushButton, f"backups.{name}")


def test_session_keeps_backups_beside_its_file(filled: Session, data_dir: Path) -> None:
    assert filled.backups_folder == data_dir / "backups"
    assert not filled.backups_folder.exists()  # filling an empty household needs none


def test_imports_and_replacing_take_a_backup_first(filled: Session) -> None:
    filled.import_records("stock", [Stock(item_id="water", quantity=6, unit="l")])
    filled.import_contacts([(Contact(name="Buurvrouw"), [])])
    filled.replace_all(demo_household(), demo_stock(TODAY))
    made = backups.list_backups(filled.backups_folder)
    assert sorted(b.reason for b in made) == ["import", "import", "replace"]
    stock = len(demo_stock(TODAY))
    # each holds the state just before its change
    assert sorted((b.stock, b.contacts) for b in made) == sorted([
        (stock, len(demo_household().contacts)), (stock + 1, len(demo_household().contacts)),
        (stock + 1, len(demo_household().contacts) + 1)])


def test_page_lists_backups_with_reason_and_summary(page: BackupsPage, filled: Session,
                                                    qtmodeltester) -> None:
    filled.backup("manual")
    model = page.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Made by you"
    household = demo_household()
    assert model.index(0, 2).data() == (
        f"{len(household.members)} people, {len(household.contacts)} contacts, "
        f"{len(demo_stock(TODAY))} things in the kit")
    assert "2026" in model.index(0, 0).data() or str(dt.date.today().year) in model.index(0, 0).data()
    qtmodeltester.check(model)


def test_make_a_backup_now(qtbot, page: BackupsPage, filled: Session) -> None:
    assert page.model.rowCount() == 0
    assert page.status.text().startswith("There is no backup yet.")  # the empty list says what to do
    click(qtbot, _button(page, "make"))
    assert page.model.rowCount() == 1
    assert page.status.text() == "A backup has been made."
    assert [b.reason for b in backups.list_backups(filled.backups_folder)] == ["manual"]


def test_a_backup_made_elsewhere_ends_no_backup_yet(qtbot, page: BackupsPage, filled: Session) -> None:
    """The daily backup (or one before an import) appears while the page says there is none:
    the list shows it and the words that there is none go away (issue 18)."""
    assert page.status.text().startswith("There is no backup yet.")
    filled.backup("manual")  # not through the page's button: its status is not touched
    page.hide()
    page.show()  # the page reloads its list when it is shown again
    assert page.model.rowCount() == 1
    assert "no backup" not in page.status.text()
    assert page.status.text() == ""


def test_restore_asks_then_puts_the_backup_back(qtbot, page: BackupsPage, filled: Session,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    filled.backup("manual")
    filled.add("member", Member(name="Na de kopie"))
    assert filled.undo_stack.count() == 1
    questions = []
    monkeypatch.setattr(backups_page, "ask",
                        lambda parent, text, yes: questions.append(text) or True)
    page.table.selectRow(0)
    with qtbot.waitSignal(filled.changed) as changed:
        click(qtbot, _button(page, "restore"))
    assert changed.args == ["*"]
    assert len(questions) == 1 and "backup" in questions[0]
    assert "Na de kopie" not in [m.name for m in filled.repository.list("member")]
    assert filled.undo_stack.count() == 0
    reasons = [page.model.info(row).reason for row in range(page.model.rowCount())]
    assert sorted(reasons) == ["manual", "restore"]  # what was there is kept too
    assert "is back" in page.status.text()


def test_restore_cancelled_changes_nothing(qtbot, page: BackupsPage, filled: Session,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    filled.backup("manual")
    filled.add("member", Member(name="Blijft"))
    monkeypatch.setattr(backups_page, "ask", lambda parent, text, yes: False)
    page.table.selectRow(0)
    click(qtbot, _button(page, "restore"))
    assert "Blijft" in [m.name for m in filled.repository.list("member")]
    assert page.model.rowCount() == 1


def test_damaged_backup_is_refused_with_a_message(qtbot, page: BackupsPage, filled: Session,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    made = filled.backup("manual")
    made.path.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    page.reload()
    assert "Damaged" in page.model.index(0, 2).data()
    warnings = []
    monkeypatch.setattr(backups_page, "warn", lambda parent, text: warnings.append(text))
    monkeypatch.setattr(backups_page, "ask", lambda *args: pytest.fail("must not ask"))
    page.table.selectRow(0)
    before = filled.household()
    click(qtbot, _button(page, "restore"))
    assert len(warnings) == 1 and "damaged" in warnings[0]
    assert filled.household() == before


def test_open_the_folder_opens_a_local_folder(qtbot, page: BackupsPage, filled: Session,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, _button(page, "open"))
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == filled.backups_folder
    assert filled.backups_folder.is_dir()


def test_keyboard_and_names(page: BackupsPage) -> None:
    label = next(lbl for lbl in page.findChildren(QLabel) if lbl.buddy() is page.table)
    assert "&" in label.text()
    for name in ("make", "restore", "open"):
        assert _button(page, name).accessibleName()
        assert "&" in _button(page, name).text()
    assert page.table.accessibleName()
    order = [page.table, _button(page, "make"), _button(page, "restore"), _button(page, "open")]
    for first, second in zip(order, order[1:], strict=False):
        widget = first.nextInFocusChain()
        while widget is not second and widget is not first:
            assert not (widget.isVisible() and widget.focusPolicy() and
                        isinstance(widget, (QPushButton, QTableView))), widget.objectName()
            widget = widget.nextInFocusChain()
        assert widget is second


def test_in_memory_the_page_says_no_backups_are_kept(qtbot, data_dir: Path) -> None:
    repository = Repository.open(":memory:")
    session = Session(repository)
    try:
        session.add("member", Member(name="Bezoeker"))
        assert session.backups_folder is None
        assert session.backup("manual") is None
        session.import_records("stock", [Stock(item_id="water", quantity=6, unit="l")])
        widget = BackupsPage(session)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.findChild(QLabel, "backups.none").isVisible()
        assert widget.findChild(QPushButton, "backups.make") is None
        assert not data_dir.exists() or not any(data_dir.rglob("*"))
    finally:
        repository.close()


def test_sidebar_has_the_backups_page(launcher) -> None:
    window = launcher.start()
    names = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert "Reservekopieën" in names
    launcher.paraat.session.navigate_requested.emit("backups", "")
    assert window.current_page() == "backups"
    assert window.stack.currentWidget() is window.backups


# --- end to end: make data, back up, damage the file, start, see the message, find the data -----


def test_damaged_file_at_start_is_restored_from_the_backup(launcher, qtbot, data_dir: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    launcher.start_demo(TODAY)
    session = launcher.paraat.session
    session.add("member", Member(name="Oma Jansen"))
    made = session.backup("manual")
    members = [m.name for m in session.repository.list("member")]
    launcher.stop()
    database = data_dir / "paraat.sqlite3"
    damaged = bytearray(database.read_bytes())
    damaged[0:4096] = bytes(4096)  # the first page (header and schema) is gone
    database.write_bytes(bytes(damaged))

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda *args: pytest.fail(f"fatal dialog: {args}"))
    seen: dict[str, object] = {}

    def look_then_quit(*args) -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        assert len(windows) == 1
        seen["members"] = [m.name for m in windows[0].session.repository.list("member")]
        seen["sidebar"] = windows[0].sidebar.count()
        windows[0].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", look_then_quit)
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--lang", "nl"])
    assert run_gui(args) == 0
    assert seen["members"] == members and "Oma Jansen" in members
    assert len(shown) == 1
    message = shown[0]
    assert "beschadigd" in message and "reservekopie" in message
    assert made.when.strftime("%H:%M") in message
    kept = [p for p in data_dir.iterdir() if p.name.startswith("paraat-damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)
    assert str(kept[0]) in message
    # and the next start is quiet
    shown.clear()
    assert run_gui(args) == 0
    assert shown == []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.deleteLater()


# --- a backup that cannot be made is told in the window, with the reason -------------------------


def test_failing_backup_at_start_is_told_in_the_window_in_dutch(launcher, data_dir: Path) -> None:
    window = launcher.start_demo(TODAY)  # Dutch
    session = launcher.paraat.session
    session.add("member", Member(name="Nieuw"))
    assert not window.backup_problem.isVisibleTo(window)
    session.backups_folder.write_text("een bestand waar de map hoort")
    assert session.backup_at_start() is None
    banner = window.backup_problem
    assert banner.isVisibleTo(window)
    text = banner.text.text()
    assert "Paraat kon geen reservekopie maken" in text
    assert "er staat een bestand op de plek van de map met reservekopieën" in text
    assert "/tmp" not in text and "Errno" not in text
    assert window.statusBar().currentMessage() == (
        "Er is geen reservekopie gemaakt. Lees de melding bovenaan het venster.")
    # the Backups page says it too, and the banner's button goes there
    assert window.backups.status.text() == "⚠ " + session.backup_problem
    click_button = banner.findChild(QPushButton, "backup_problem.show")
    click_button.click()
    assert window.current_page() == "backups" and not banner.isVisibleTo(window)
    # once a backup works again, the warning goes
    banner.show_problem(session.backup_problem)
    session.backups_folder.unlink()
    assert session.backup("manual") is not None
    assert session.backup_problem == "" and not banner.isVisibleTo(window)


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "the disk is full"),
    (errno.EACCES, "Paraat may not write in the backups folder"),
    (errno.ENOENT, "the backups folder is not there"),
    (errno.EROFS, "read-only"),
])
def test_the_reason_is_said_in_plain_words(qtbot, page: BackupsPage, filled: Session,
                                           monkeypatch: pytest.MonkeyPatch, code: int,
                                           words: str) -> None:
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(filled.backups_folder / "x.tmp-1"))

    monkeypatch.setattr(backups, "make_backup", fail)
    told: list[str] = []
    filled.backup_failed.connect(told.append)
    click(qtbot, _button(page, "make"))
    assert len(told) == 1 and words in told[0]
    assert told[0].startswith("Paraat could not make a backup: ")
    assert ".tmp" not in told[0] and os.strerror(code) not in told[0]
    assert page.status.text() == "⚠ " + told[0]
    banner = BackupProblemBanner(filled)  # made after the failure: shows it at once
    qtbot.addWidget(banner)
    assert not banner.isHidden() and words in banner.text.text()


def test_a_disk_full_inside_sqlite_and_a_failed_check_are_said_too(
        filled: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    for error, words in ((sqlite3.OperationalError("database or disk is full"), "the disk is full"),
                         (backups.BackupError("check"), "did not pass its check")):
        monkeypatch.setattr(backups, "backup_at_start",
                            lambda *args, error=error, **kwargs: (_ for _ in ()).throw(error))
        assert filled.backup_at_start() is None
        assert words in filled.backup_problem


def test_a_damaged_backup_on_top_is_not_the_one_selected(page: BackupsPage,
                                                         filled: Session) -> None:
    good = filled.backup("manual")
    damaged = filled.backups_folder / backups.backup_name(dt.datetime(2030, 1, 1), "manual")
    damaged.write_bytes(b"not a database" * 100)
    page.reload()
    assert page.model.info(0).path == damaged  # listed first: it says nothing about itself
    assert page.model.info(page.selected_row()).path == good.path
