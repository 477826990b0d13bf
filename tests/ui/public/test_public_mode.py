"""Public mode in the window: banner, idle countdown, wipe, delete all, locked settings, logging."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QRadioButton

from app.core.records import Contact, Member
from app.paths import data_location
from app.policy import Policy
from app.storage.repository import Repository
from app.ui.public import public_banner
from app.ui.public.idle_watch import CountdownDialog, IdleWatch
from app.ui.public.public_session import PublicSession, open_memory_repository
from app.ui.settings import delete_all
from app.ui.start.application import Paraat, setup_logging
from app.words.i18n import Translations
from tests.ui.helpers import click

CANARY = "ZZCANARY-4711"


def move_mouse(widget) -> None:
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def public_paraat(qapp, monkeypatch) -> Iterator[Paraat]:
    """Paraat as run_gui starts it in public mode, without the first-run wizard."""
    monkeypatch.setattr(Paraat, "first_run", lambda self: None)
    policy = Policy(mode="public", library_name="Bibliotheek <b>Zuidstad</b>", idle_minutes=5)
    repository = open_memory_repository()
    repository.set_setting("language", "nl")
    paraat = Paraat(qapp, repository, data_location(public=True), None, policy)
    paraat.start_language = "nl"
    paraat.public = PublicSession(paraat, policy)
    paraat.build_window()
    yield paraat
    paraat.public.watch.stop()
    paraat.public.setParent(None)
    if paraat.window is not None:
        paraat.window.close()
        paraat.window.deleteLater()
    paraat.session.repository.close()
    Translations(qapp).use("en")


def test_the_banner_shows_the_library_and_how_to_take_the_plan_home(public_paraat, qtbot) -> None:
    window = public_paraat.window
    banner = window.public_banner
    assert banner is not None and banner.isVisible()
    title = window.findChild(QLabel, "public_banner.title")
    assert title.text() == "Openbare computer van Bibliotheek <b>Zuidstad</b>"
    assert title.textFormat() == Qt.TextFormat.PlainText  # a policy name is never markup
    text = window.findChild(QLabel, "public_banner.text").text()
    assert "Op deze computer blijft niets bewaard" in text and "5 minuten" in text and "USB-stick" in text
    assert public_paraat.public.watch.timer.interval() == 5 * 60_000  # the policy's idle time
    assert window.save_state.text() == "Alleen in het geheugen"
    click(qtbot, window.findChild(QPushButton, "public_banner.take_home"))
    assert window.current_page() == ("carry" if "carry" in window.pages else "print")
    assert "backups" not in window.pages  # nothing is kept, so there are no backups to list


def test_a_normal_window_has_no_banner(launcher) -> None:
    window = launcher.start()
    assert window.public_banner is None
    assert "backups" in window.pages
    assert window.findChild(QLabel, "public_banner.title") is None


def test_erase_everything_asks_first_then_starts_over_empty(public_paraat, qtbot, monkeypatch) -> None:
    old_session = public_paraat.session
    old_session.add("member", Member(name=CANARY))
    old_session.add("contact", Contact(name="Buurvrouw", notes=CANARY))
    old_window = public_paraat.window
    answers = iter([False, True])
    asked = []
    monkeypatch.setattr(public_banner, "confirm_erase", lambda parent: asked.append(parent) or next(answers))
    erase = old_window.findChild(QPushButton, "public_banner.erase")
    click(qtbot, erase)
    assert public_paraat.session is old_session and public_paraat.public.wipes == 0
    click(qtbot, erase)
    qtbot.waitUntil(lambda: public_paraat.public.wipes == 1)
    assert len(asked) == 2
    session = public_paraat.session
    assert session is not old_session and public_paraat.window is not old_window
    assert session.repository.is_empty() and session.undo_stack.count() == 0
    assert not any(CANARY in line for line in session.repository.connection.iterdump())
    with pytest.raises(Exception, match="closed"):
        old_session.repository.connection.execute("SELECT 1")
    assert public_paraat.window.public_banner is not None
    assert "gewist" in public_paraat.window.statusBar().currentMessage()


def test_the_settings_page_offers_the_same_erase(public_paraat, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(public_banner, "confirm_erase", lambda parent: True)
    window = public_paraat.window
    window.show_page("settings")
    assert window.findChild(QLabel, "settings.data_folder") is None  # no folder to show
    click(qtbot, window.findChild(QPushButton, "settings.erase"))
    qtbot.waitUntil(lambda: public_paraat.public.wipes == 1)


def test_a_wipe_closes_an_open_dialog_first(public_paraat, qtbot) -> None:
    public_paraat.session.add("member", Member(name=CANARY))
    outcome = []

    def open_box() -> None:
        outcome.append(QMessageBox.information(public_paraat.window, "Paraat", CANARY))
        outcome.append(public_paraat.public.wipes)  # the wipe waited for this loop to end

    def idle_wipe() -> None:  # like the idle watch: a timer, inside the message box's own loop
        outcome.append(QApplication.activeModalWidget() is not None)
        public_paraat.public.wipe()

    QTimer.singleShot(0, open_box)
    QTimer.singleShot(200, idle_wipe)
    qtbot.waitUntil(lambda: public_paraat.public.wipes == 1, timeout=5000)
    assert outcome[0] is True  # the box was open when the wipe began
    assert outcome[2] == 0  # and its exec() returned before anything was wiped
    assert public_paraat.session.repository.is_empty()


# --- the idle watch ---------------------------------------------------------------------------


@pytest.fixture
def watch(qapp) -> Iterator[IdleWatch]:
    idle = IdleWatch(qapp, idle_ms=150, countdown_seconds=2)
    yield idle
    idle.stop()
    idle.setParent(None)


def test_nothing_counts_before_the_first_input(watch, qtbot) -> None:
    qtbot.wait(400)
    assert not watch.armed and watch.dialog is None


def test_idle_time_asks_then_continue_keeps_everything(watch, qtbot) -> None:
    expired = []
    watch.expired.connect(lambda: expired.append(True))
    move_mouse(watch.app.activeWindow() or QLabel())
    assert watch.armed and watch.timer.isActive()
    qtbot.waitUntil(lambda: watch.dialog is not None and watch.dialog.isVisible())
    dialog = watch.dialog
    assert dialog.windowTitle() == "Are you still there?"
    assert dialog.number.text() == "2" and "In 2 seconds" in dialog.text.text()
    move_mouse(dialog)  # a passer-by's mouse does not answer the question
    assert watch.dialog is dialog
    click(qtbot, dialog.findChild(QPushButton, "countdown.continue"))
    assert watch.dialog is None and expired == [] and watch.timer.isActive()


def test_input_postpones_the_question(watch, qtbot) -> None:
    label = QLabel()
    for _ in range(6):
        move_mouse(label)
        qtbot.wait(60)
    assert watch.dialog is None


def test_no_answer_expires_after_the_countdown(watch, qtbot) -> None:
    expired = []
    watch.expired.connect(lambda: expired.append(True))
    move_mouse(QLabel())
    qtbot.waitUntil(lambda: watch.dialog is not None)
    qtbot.waitUntil(lambda: watch.dialog is not None and watch.dialog.number.text() == "1", timeout=3000)
    assert "In 1 second " in watch.dialog.text.text()
    qtbot.waitUntil(lambda: expired == [True], timeout=3000)
    assert watch.dialog is None and not watch.timer.isActive()


def test_erase_now_and_escape(qtbot) -> None:
    dialog = CountdownDialog(60)
    qtbot.addWidget(dialog)
    results = []
    dialog.continued.connect(lambda: results.append("continued"))
    dialog.expired.connect(lambda: results.append("expired"))
    dialog.start()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert results == ["continued"] and not dialog.timer.isActive()
    other = CountdownDialog(60)
    qtbot.addWidget(other)
    other.expired.connect(lambda: results.append("expired"))
    other.start()
    click(qtbot, other.findChild(QPushButton, "countdown.erase"))
    assert results == ["continued", "expired"]


# --- locked policy, logging, delete all in normal mode --------------------------------------------


def test_a_locked_policy_fixes_the_language(qapp, data_dir) -> None:
    repository = Repository.open(data_location(data_dir).database)
    paraat = Paraat(qapp, repository, data_location(data_dir), None, Policy(locked=True, language="nl"))
    try:
        window = paraat.build_window()
        window.show_page("settings")
        buttons = [window.findChild(QRadioButton, f"settings.language.{code}") for code in ("nl", "en")]
        assert buttons[0].isChecked() and not any(button.isEnabled() for button in buttons)
        assert all(button.isEnabled() for button in window.findChildren(QRadioButton)
                   if button.objectName().startswith("settings.size."))
    finally:
        paraat.window.close()
        repository.close()
        Translations(qapp).use("en")


def test_public_mode_logs_to_no_file(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(data_location(public=True))
        added = [handler for handler in root.handlers if handler not in before]
        assert added and not any(isinstance(handler, logging.FileHandler) for handler in added)
    finally:
        for handler in [handler for handler in root.handlers if handler not in before]:
            root.removeHandler(handler)


def test_delete_all_needs_the_tick(qtbot, tmp_path) -> None:
    dialog = delete_all.DeleteAllDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    assert dialog.result() == delete_all.QDialog.DialogCode.Accepted


def test_delete_all_from_settings_removes_the_files_and_starts_fresh(launcher, qtbot, data_dir,
                                                                        monkeypatch) -> None:
    window = launcher.start()
    launcher.paraat.session.add("member", Member(name=CANARY))
    (data_dir / "backups").mkdir()
    (data_dir / "backups" / "paraat-2026-11-28T041502-start.sqlite3").write_bytes(
        (data_dir / "paraat.sqlite3").read_bytes())
    asked, told = [], []
    monkeypatch.setattr(delete_all, "ask", lambda parent, folder: asked.append(folder) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.show_page("settings")
    click(qtbot, window.findChild(QPushButton, "settings.erase"))
    assert asked == [str(data_dir)]
    assert "verwijderd" in told[0] and "leeg huishouden" in told[0]
    assert not (data_dir / "backups").exists()
    needles = [CANARY.encode(), CANARY.encode("utf-16-le")]
    assert not [path for path in data_dir.rglob("*") if path.is_file()
                and any(needle in path.read_bytes() for needle in needles)]
    session = launcher.paraat.session
    assert session.repository.is_empty() and launcher.paraat.window is not window
    assert session.setting("language") == "nl"


def test_portable_run_keeps_everything_beside_the_program(qapp, tmp_path, data_dir, monkeypatch) -> None:
    from app import paths
    from app.cli.parser import build_parser
    from app.ui.common import file_dialogs
    from app.ui.start.application import run_gui

    monkeypatch.setattr(paths, "install_dir", lambda: tmp_path / "stick")
    monkeypatch.setattr(paths, "policy_files", lambda: [tmp_path / "none.toml"])
    try:
        assert run_gui(build_parser().parse_args(["--portable", "--smoke-test", "--lang", "nl"])) == 0
        assert file_dialogs.private  # Qt's dialog would write QtProject.conf outside the stick
    finally:
        file_dialogs.configure(private_dialogs=False, allow_local_save=True)
        Translations(qapp).use("en")
    assert (tmp_path / "stick" / "data" / "paraat.sqlite3").is_file()
    assert not data_dir.exists()


def test_a_broken_policy_still_starts_and_stays_public(qapp, tmp_path, data_dir, monkeypatch, caplog) -> None:
    from app import paths
    from app.cli.parser import build_parser
    from app.ui.common import file_dialogs
    from app.ui.start.application import run_gui

    broken = tmp_path / "paraat-policy.toml"
    broken.write_bytes(b'mode = = "normal"\nlibrary_name = "Zuidstad"\n')
    monkeypatch.setattr(paths, "policy_files", lambda: [broken])
    try:
        with caplog.at_level(logging.WARNING):
            assert run_gui(build_parser().parse_args(["--smoke-test", "--lang", "nl"])) == 0
        assert file_dialogs.private and not file_dialogs.local_save_allowed
    finally:
        file_dialogs.configure(private_dialogs=False, allow_local_save=True)
        for child in qapp.findChildren(PublicSession):
            child.setParent(None)
        Translations(qapp).use("en")
    assert "not valid TOML" in caplog.text and "Zuidstad" not in caplog.text
    assert not data_dir.exists()  # public: no folder, no database, no log file
