"""Paraat as people start it (``python -m app --data-dir …``), plus what a person does once a
screen reader listens: run by tests/accessibility/test_atspi.py inside the AT-SPI session.

Nothing here is in the program: the script wraps ``QApplication.exec`` so that, once the
window is up, it builds every page (they are built on first show) for the walker to walk; once
the walker has written its "listening" file, it opens Samen (the contacts),
types "06-1234" as the first phone number of the first contact and presses Enter, as a person
does with the keyboard. That saves (heard as "Alles is opgeslagen") and the number cannot be
right (heard as "Controleer dit nummer …"). Then it writes the "done" file and waits.

    python drive_app.py LISTENING_FILE DONE_FILE -- paraat arguments …
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's app, as -m app finds it

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from app.cli import main  # noqa: E402

listening, done = Path(sys.argv[1]), Path(sys.argv[2])
arguments = sys.argv[sys.argv.index("--") + 1:]


def main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            return widget
    return None


def act() -> None:
    window = main_window()
    if window is None or not listening.exists():
        QTimer.singleShot(200, act)
        return
    window.activateWindow()
    window.show_page("together")  # type: ignore[attr-defined]
    page = window.together  # type: ignore[attr-defined]
    page.contacts._select_row(0)
    number = page.phones.findChild(QLineEdit, "contact_phone.number")
    number.setFocus()
    number.selectAll()
    QTest.keyClicks(number, "06-1234")
    QTest.keyClick(number, Qt.Key.Key_Return)
    QTimer.singleShot(500, lambda: done.write_text("done", encoding="utf-8"))


original_exec = QApplication.exec


def build_every_page() -> None:
    """Pages are built on first show: build them all before the walker walks the tree."""
    window = main_window()
    if window is not None:
        window.pages.build_all()  # type: ignore[attr-defined]


def exec_and_act(*_args: object) -> int:
    QTimer.singleShot(0, build_every_page)
    QTimer.singleShot(200, act)
    return original_exec()


QApplication.exec = exec_and_act  # type: ignore[method-assign,assignment]
sys.exit(main(arguments))
