"""A whole public session of the real Paraat, driven from inside its own event loop.

Run by tests/ui/public/test_public_session.py in a subprocess whose HOME, TMPDIR and XDG folders
are empty temporary folders:

    python public_session_driver.py CANARY PDF_FOLDER

The admin policy (found through XDG_CONFIG_DIRS) makes this run public; the driver does what
a visitor does — the first-run wizard, a member and a contact with a note, a copy to the
clipboard, the plan saved as a PDF through Paraat's own file dialog on "their USB stick" — and
walks away with a message box open. The idle watch (shortened through its test hook) counts
down and wipes; the driver checks the fresh state, closes the new wizard and quits. What it saw
is printed as one JSON line on stdout.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.__main__ import main
from app.core.records import Contact
from app.ui.common.file_dialogs import PrivateFileDialog
from app.ui.public.idle_watch import CountdownDialog
from app.ui.public.public_session import PublicSession
from app.ui.start.wizard import FirstRunWizard

CANARY, PDF_FOLDER = sys.argv[1], Path(sys.argv[2])
seen: dict[str, object] = {"steps": []}


def visible(kind: type) -> list:
    return [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, kind) and widget.isVisible()]


def when(condition: Callable[[], bool], then: Callable[[], None], timeout_ms: int = 30_000) -> None:
    """Run ``then`` as soon as ``condition`` holds (checked every 50 ms), or fail the run."""
    waited = [0]

    def check() -> None:
        if condition():
            then()
        elif waited[0] > timeout_ms:
            seen["error"] = f"timed out waiting before {then.__name__}"
            QApplication.instance().exit(3)
        else:
            waited[0] += 50
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)


def public() -> PublicSession:
    return QApplication.instance().findChild(PublicSession, "public_session")


def step(name: str) -> None:
    seen["steps"].append(name)


def touch() -> None:
    """A mouse move over the window: the visitor is there (arms the idle watch)."""
    window = public().paraat.window
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(20, 20), QPointF(20, 20), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)


def fill_wizard() -> None:
    wizard = visible(FirstRunWizard)[0]
    wizard.people.your_name.setText(CANARY)
    wizard.accept()
    step("wizard")
    when(lambda: not visible(FirstRunWizard), add_records)


def add_records() -> None:
    session = public().paraat.session
    seen["policy_mode"] = public().paraat.location.mode
    session.add("contact", Contact(name=f"Buurvrouw {CANARY}", notes=f"Sleutel onder de mat ({CANARY})"))
    QGuiApplication.clipboard().setText(CANARY)
    members = [member.name for member in session.household().members]
    seen["canary_member"] = CANARY in members
    step("records")
    save_pdf()


def save_pdf() -> None:
    window = public().paraat.window
    window.show_page("print")
    window.print_page.select("plan")

    def choose() -> None:
        dialog = visible(PrivateFileDialog)[0]
        dialog.set_folder(str(PDF_FOLDER))
        dialog.name.setText("plan")  # the dialog adds .pdf
        dialog.ok_button.click()

    when(lambda: bool(visible(PrivateFileDialog)), choose)
    seen["pdf"] = window.print_page.save_pdf()  # blocks in the dialog until choose() answers
    step("pdf")
    walk_away()


def walk_away() -> None:
    watch = public().watch
    watch.set_timing(idle_ms=400, countdown_seconds=2)
    touch()
    seen["armed"] = watch.armed
    # the visitor leaves a message box open; the wipe must close it
    QTimer.singleShot(0, lambda: QMessageBox.information(public().paraat.window, "Paraat", CANARY))
    when(lambda: bool(visible(CountdownDialog)), countdown_shown)


def countdown_shown() -> None:
    seen["countdown"] = visible(CountdownDialog)[0].number.text()
    step("countdown")
    when(lambda: public().wipes == 1, wiped)


def wiped() -> None:
    session = public().paraat.session
    repository = session.repository
    seen["after_wipe_empty"] = repository.is_empty()
    seen["after_wipe_undo"] = session.undo_stack.count()
    seen["message_box_closed"] = not visible(QMessageBox)
    seen["dump_has_canary"] = any(CANARY in line for line in repository.connection.iterdump())
    seen["watch_armed_after_wipe"] = public().watch.armed
    step("wiped")
    when(lambda: bool(visible(FirstRunWizard)), close_new_wizard)


def close_new_wizard() -> None:
    visible(FirstRunWizard)[0].reject()
    step("start screen")
    QTimer.singleShot(100, lambda: public().paraat.window.close())


if __name__ == "__main__":
    application = QApplication(sys.argv[:1])  # run_gui uses this one
    when(lambda: bool(visible(FirstRunWizard)) and public() is not None, fill_wizard)
    seen["exit"] = main(["--lang", "nl"])
    print(json.dumps(seen))
